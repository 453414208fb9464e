"""Dump text → chunks: the four dump styles recognised and read.

Block dumps (blank-line separated), indent dumps (paragraphs open with two
ideographic spaces or spaces, hard-wrapped inside), pdftotext dumps
(hard-wrapped at the column width, form feeds between pages) and line dumps
(every printed line a block of its own, blank lines between) are told apart
by the shape of their lines alone. Indent dumps are read here; pdftotext and
line dumps by printed.py, which rebuilds paragraphs from lines measured against
their column's width.
"""
from __future__ import annotations

from collections import Counter

from ..model import Piece
from .patterns import regex
from .printed import FULL_LINE_SLACK, line_chunks, mixed_chunks, one_column
from .seams import reading_order
from .segment import INDENT, Chunk, _blank_runs, _lines, join_all, unjustify, vertical_runs, width

MIN_INDENTED_SHARE = 0.075  # of lines: this many paragraph openings indented (a 4-line paragraph and less) make an indent dump
MIN_INDENT_MULTI = 0.2  # of lines: inside multi-line runs, so that an indent dump is hard-wrapped
MIN_WRAPPED_SHARE = 0.5  # of lines: more lines inside multi-line blocks than this make a hard-wrapped dump
LINE_DUMP_MIN_BLOCKS = 40  # a line dump has this many blocks at least (a page's printed lines)
LINE_DUMP_NEAR_SHARE = 0.4  # of its blocks within one cell of the commonest width: the column width
LINE_DUMP_MAX_ENDS = 0.25  # of its blocks ending a sentence, at most: lines are cut anywhere, blocks mostly at ends
LINE_DUMP_MULTI_SHARE = 0.05  # of its blocks of more than one line, at most


_GUTTER = regex(r"\S {4,}\S")  # text, a run of spaces, text: two columns set side by side on one line
SIDE_BY_SIDE_SHARE = 0.25  # of lines: this many with a gutter in them make a dump of columns side by side
SIDE_BY_SIDE_LINES = 10  # lines with a gutter, at least


def side_by_side(text: str) -> bool:
    """A dump that prints a page's columns side by side on each line (pdftotext -layout): many lines with a wide
    run of spaces between their text. reader reads a column's lines one after another, not this."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    gutters = sum(1 for ln in lines if _GUTTER.search(ln))
    return gutters >= SIDE_BY_SIDE_LINES and gutters >= SIDE_BY_SIDE_SHARE * len(lines)


def detect_style(text: str) -> str:
    """One of model.STYLES (block, indent, pdftotext or lines), from the shape of the lines alone."""
    return _detect(text, _blank_runs(_lines(text)))


def _detect(text: str, runs) -> str:
    lines = [ln for _, run in runs for _, _, ln in run]
    if not lines:
        return "block"
    indented = sum(1 for ln in lines if INDENT.match(ln))
    multi = sum(len(r) for _, r in runs if len(r) > 1) / len(lines)
    if indented >= MIN_INDENTED_SHARE * len(lines) and multi > MIN_INDENT_MULTI:
        return "indent"
    if "\f" in text or multi > MIN_WRAPPED_SHARE:
        return "pdftotext"
    if _one_line_blocks(runs):
        return "lines"
    return "block"


def _one_line_blocks(runs) -> bool:
    """Every printed line its own block: many one-line blocks, most of one width, few ending a sentence."""
    if len(runs) < LINE_DUMP_MIN_BLOCKS or sum(len(r) > 1 for _, r in runs) > LINE_DUMP_MULTI_SHARE * len(runs):
        return False
    lines = [ln.strip() for _, r in runs for _, _, ln in r]
    return one_column(lines, LINE_DUMP_NEAR_SHARE, LINE_DUMP_MAX_ENDS)


def _indent_cells(line: str) -> float:
    """The width of a line's opening indent: ideographic spaces count one cell, spaces half."""
    m = INDENT.match(line)
    return sum(1.0 if c == "\u3000" else 0.5 for c in m.group(0)) if m else 0.0


def _column_width_raw(lines: list[str]) -> float:
    """The wrap width of an indent dump, indents counted: the most common width of the longer lines."""
    widths = sorted(width(ln) + _indent_cells(ln) for ln in lines if ln.strip())
    if not widths:
        return 0.0
    long = [round(w) for w in widths if w >= widths[len(widths) // 2]]
    return float(Counter(long).most_common(1)[0][0])


def _indented_chunks(run: list[tuple[int, int, str]], gap: int, full: float) -> list[Chunk]:
    """Split a run of an indent dump's lines into paragraphs: each opens with an indent and ends on a line short
    of the column."""
    out: list[Chunk] = []
    cur: list[tuple[int, int, str]] = []

    def flush():
        nonlocal cur, gap
        if cur:
            pieces = tuple(Piece(unjustify(ln.strip()), n, n) for n, _, ln in cur)
            out.append(Chunk(join_all([p.text for p in pieces]), pieces, gap, cur[0][1], bool(INDENT.match(cur[0][2]))))
            cur, gap = [], 0

    for item in run:
        line = item[2]
        if cur and INDENT.match(line):
            flush()
        cur.append(item)
        if width(unjustify(line.strip())) + _indent_cells(line) < full - FULL_LINE_SLACK:
            flush()
    flush()
    return out


def indent_chunks(runs) -> list[Chunk]:
    """Indent dumps: paragraphs rebuilt from hard-wrapped lines, one chunk each."""
    full = _column_width_raw([ln for _, run in runs for _, _, ln in run])
    return [c for gap, run in runs for c in _indented_chunks(run, gap, full)]


def segment(text: str, style: str | None = None) -> tuple[str, list[Chunk]]:
    """Return the style recognised (or given) and the dump's chunks in dump order."""
    runs = _blank_runs(_lines(text))
    style = style or _detect(text, runs)
    if style == "block":
        return style, vertical_runs(mixed_chunks(runs))
    if style == "lines":
        return style, vertical_runs(line_chunks(runs))
    if style == "pdftotext":
        return style, vertical_runs(line_chunks(reading_order(runs), by_run=True))
    return style, vertical_runs(indent_chunks(runs))
