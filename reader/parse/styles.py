"""Dump text → chunks: the four dump styles recognised and read.

Block dumps (blank-line separated), indent dumps (paragraphs open with two
ideographic spaces or spaces, hard-wrapped inside), pdftotext dumps
(hard-wrapped at the column width, form feeds between pages) and line dumps
(every printed line a block of its own, blank lines between) are told apart
by the shape of their lines alone; the hard-wrapped and line readers rebuild
paragraphs from lines measured against their column's width.
"""
from __future__ import annotations

from collections import Counter

from ..model import Piece
from .patterns import regex
from .conventions import BARE_NAME, BYLINE, DATE, DATELINE, HAN, PHOTO_CREDIT, WEEKDAY, ends_paragraph
from .segment import INDENT, Chunk, _blank_runs, _lines, block_chunks, join_all, unjustify, vertical_runs, width

MIN_INDENTED_SHARE = 0.075  # of lines: this many paragraph openings indented (a 4-line paragraph and less) make an indent dump
MIN_INDENT_MULTI = 0.2  # of lines: inside multi-line runs, so that an indent dump is hard-wrapped
MIN_WRAPPED_SHARE = 0.5  # of lines: more lines inside multi-line blocks than this make a hard-wrapped dump
FULL_LINE_SLACK = 1.5  # a wrapped line this many characters short of the column width still counts as full
INDENT_CELLS = 2  # a paragraph's first line is indented by two characters
LINE_DUMP_MIN_BLOCKS = 40  # a line dump has this many blocks at least (a page's printed lines)
LINE_DUMP_NEAR_SHARE = 0.4  # of its blocks within one cell of the commonest width: the column width
LINE_DUMP_MAX_ENDS = 0.25  # of its blocks ending a sentence, at most: lines are cut anywhere, blocks mostly at ends
LINE_DUMP_MULTI_SHARE = 0.05  # of its blocks of more than one line, at most
LINE_WINDOW = 12  # a line dump's column width is read off this many lines either side
BRACKET_LINES = 3  # a credit in brackets wraps onto this many lines at most
LINE_WIDE = 1.3  # a line this many times its column's width (or more) is set across columns: a headline
LINE_MIN_CELLS = 6  # a line narrower than this says nothing of its column's width
CLAUSE_ENDS = ("，", "、", "；", "：", ",", ";", ":")  # a line ending in one goes on, however short
MIN_COLUMN_LINES = 5  # a run of more lines than this sets its own column width; shorter runs use the page's


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
    widths = Counter(round(width(ln)) for ln in lines)
    mode = widths.most_common(1)[0][0]
    if mode < LINE_MIN_CELLS:  # a column of one or two characters a line is text set vertically, not a page's lines
        return False
    near = sum(n for w, n in widths.items() if abs(w - mode) <= 1)
    ends = sum(1 for ln in lines if ends_paragraph(ln))
    return near >= LINE_DUMP_NEAR_SHARE * len(lines) and ends <= LINE_DUMP_MAX_ENDS * len(lines)


def _indent_cells(line: str) -> float:
    """The width of a line's opening indent: ideographic spaces count one cell, spaces half."""
    m = INDENT.match(line)
    return sum(1.0 if c == "\u3000" else 0.5 for c in m.group(0)) if m else 0.0


def _column_width(lines: list[str]) -> float:
    """The wrap width: the most common width among the longer lines."""
    widths = sorted(width(ln) for ln in lines)
    if not widths:
        return 0.0
    long = [round(w) for w in widths if w >= widths[len(widths) // 2]]
    return float(Counter(long).most_common(1)[0][0])


def _column_width_raw(lines: list[str]) -> float:
    """The wrap width of an indent dump, indents counted: the most common width of the longer lines."""
    widths = sorted(width(ln) + _indent_cells(ln) for ln in lines if ln.strip())
    if not widths:
        return 0.0
    long = [round(w) for w in widths if w >= widths[len(widths) // 2]]
    return float(Counter(long).most_common(1)[0][0])


def _wrapped_chunks(run: list[tuple[int, int, str]], gap: int, full: float, by_indent: bool) -> list[Chunk]:
    """Split a run of hard-wrapped lines into paragraphs.

    Indent dumps open each paragraph with an indent. pdftotext drops the indent,
    so there a paragraph ends on a line that ends a sentence and falls short of
    the column, or whose next line is short by about one indent (a first line);
    a line shorter still is a title or a cut piece and stands alone.
    """
    out: list[Chunk] = []
    cur: list[tuple[int, int, str]] = []

    def flush():
        nonlocal cur, gap
        if cur:
            pieces = tuple(Piece(unjustify(ln.strip()), n, n) for n, _, ln in cur)
            out.append(Chunk(join_all([p.text for p in pieces]), pieces, gap, cur[0][1], bool(INDENT.match(cur[0][2]))))
            cur, gap = [], 0

    def shape(line: str) -> tuple[str, float, bool]:
        stripped = unjustify(line.strip())
        return stripped, width(stripped), stripped != line.strip()  # justified: stretched, so full

    for k, item in enumerate(run):
        line = item[2]
        if cur and by_indent and INDENT.match(line):
            flush()
        cur.append(item)
        stripped, w, justified = shape(line)
        if by_indent:
            if w + _indent_cells(line) < full - FULL_LINE_SLACK:
                flush()
            continue
        if justified:
            continue
        terminal = ends_paragraph(stripped)
        nxt = shape(run[k + 1][2]) if k + 1 < len(run) else None
        next_opens = nxt is not None and not nxt[2] and full - INDENT_CELLS - FULL_LINE_SLACK <= nxt[1] < full - FULL_LINE_SLACK
        short = w < full - INDENT_CELLS - FULL_LINE_SLACK
        # an indented-looking line opens a paragraph only when a longer line follows it
        lone = (not terminal and w < full - FULL_LINE_SLACK and nxt is not None and not nxt[2]
                and nxt[1] < full - INDENT_CELLS - FULL_LINE_SLACK)
        if short or lone or (terminal and (w < full - FULL_LINE_SLACK or next_opens)):
            flush()
    flush()
    return out


def wrapped_chunks(runs, by_indent: bool) -> list[Chunk]:
    """Indent and pdftotext dumps: paragraphs rebuilt from hard-wrapped lines, one chunk each."""
    if by_indent:
        full = _column_width_raw([ln for _, run in runs for _, _, ln in run])
    else:
        full = _column_width([unjustify(ln.strip()) for _, run in runs for _, _, ln in run if len(run) > 1])
    out = []
    for gap, run in runs:
        if by_indent:
            out += _wrapped_chunks(run, gap, full, True)
        else:
            local = _column_width([unjustify(ln.strip()) for _, _, ln in run]) if len(run) > MIN_COLUMN_LINES else full
            out += _wrapped_chunks(run, gap, max(local, 1.0), False)
    return out


def _local_widths(lines: list[str]) -> list[float]:
    """Each line's column width: the commonest width of the lines within LINE_WINDOW lines of it that go on
    (end neither a sentence nor short of LINE_MIN_CELLS): the lines inside paragraphs, whose width is the column's."""
    widths = [round(width(ln)) for ln in lines]
    inner = [w if w >= LINE_MIN_CELLS and not ends_paragraph(ln) else None for w, ln in zip(widths, lines)]
    out = []
    for i in range(len(lines)):
        near = [w for w in inner[max(0, i - LINE_WINDOW):i + LINE_WINDOW + 1] if w is not None]
        out.append(float(Counter(near).most_common(1)[0][0]) if near else float(widths[i]))
    return out


_OPENERS = regex("[（(]")
_MARKS = regex("[，,、；;：:。！？!?]")
_SPACED_TITLE = regex(f"{HAN} {HAN}")
_DATELINE_OPENS = regex("^[〔【](?:記者|记者|編譯|编译|本報|本报)")  # a bracketed dateline wrapped onto the next line
_CLOSERS = regex("[）)]")


def _alone(line: str) -> bool:
    """A line that stands alone in a line dump: a credit, a name, or a page header (a date and its weekday)."""
    return bool(BARE_NAME.match(line) or BYLINE.match(line) or PHOTO_CREDIT.match(line)
                or DATE.search(line) and WEEKDAY.search(line) and not _MARKS.search(line))


def _spaced_headline(line: str, w: float, full: float) -> bool:
    """A line wider than its column with no mark in it and its phrases a space apart: a headline across columns."""
    return w > full + FULL_LINE_SLACK and _SPACED_TITLE.search(line) is not None and not _MARKS.search(line)


def _crosshead_line(line: str, out: list[Chunk]) -> bool:
    """A line alone over a paragraph's first line, after a paragraph's end, with no mark in it: a crosshead as wide
    as a narrow column (加装电梯实行“清单制”)."""
    return not _MARKS.search(line) and (not out or ends_paragraph(out[-1].text))


def line_chunks(runs) -> list[Chunk]:
    """Line dump: the lines in dump order rebuilt into paragraphs like pdftotext's, each line measured
    against the column width around it. A line that opens with a dateline opens a chunk; a line wider
    than the column (a headline across columns) stands alone. A short line that ends no sentence nor
    clause is a title line unless a full line follows it and it fills half its column (then it is a
    line set beside a picture, and the paragraph goes on); title lines in a row make one chunk, as a
    block dump gives a headline set on several lines, but a credit or a name stands alone, and a line inside a
    bracket the chunk opened goes on with it (a credit wrapped onto two lines)."""
    items = [(n, page, ln.strip()) for _, r in runs for n, page, ln in r]
    gaps = {r[0][0]: g for g, r in runs}
    fulls = _local_widths([ln for _, _, ln in items])
    out: list[Chunk] = []
    cur: list[tuple[int, int, str]] = []
    in_title = False
    depth = 0  # brackets the chunk has opened and not closed: its next line goes on inside them

    def flush():
        nonlocal in_title, depth
        if cur:
            joined = join_all([ln for _, _, ln in cur])
            out.append(Chunk(joined, tuple(Piece(ln, n, n) for n, _, ln in cur), gaps.get(cur[0][0], 0), cur[0][1]))
            cur.clear()
        in_title, depth = False, 0

    for k, item in enumerate(items):
        line, full = item[2], max(fulls[k], 1.0)
        w = width(line)
        wide = w > full * LINE_WIDE or _spaced_headline(line, w, full)
        nxt = items[k + 1][2] if k + 1 < len(items) else None
        nw = width(nxt) if nxt is not None else 0.0
        next_goes_on = (nxt is not None and full - FULL_LINE_SLACK <= nw <= full + FULL_LINE_SLACK
                        and not DATELINE.match(nxt) and w >= full / 2)
        terminal = ends_paragraph(line)
        short = w < full - INDENT_CELLS - FULL_LINE_SLACK
        title = short and not terminal and not line.endswith(CLAUSE_ENDS) and not next_goes_on
        credit = _alone(line)
        # （作者为…党组 ⏎ 副书记）: a bracket opened in the chunk's first lines goes on
        inside = bool(cur) and depth > 0 and len(cur) < BRACKET_LINES and item[1] == cur[-1][1]
        if inside:
            title = credit = False
        if cur and not inside:
            prev = cur[-1][2]
            if in_title:
                if not title or credit:
                    flush()
            elif (item[1] != cur[-1][1] or wide or credit or DATELINE.match(line) or _DATELINE_OPENS.match(line)
                  or ends_paragraph(prev) and _OPENERS.match(line) or title
                  and width(prev) >= full - FULL_LINE_SLACK and not ends_paragraph(prev)):
                flush()
        cur.append(item)
        depth = max(0, depth + len(_OPENERS.findall(line)) - len(_CLOSERS.findall(line)))
        closed_credit = inside and depth == 0 and BYLINE.match(join_all([ln for _, _, ln in cur]))
        next_opens = nxt is not None and full - INDENT_CELLS - FULL_LINE_SLACK <= nw < full - FULL_LINE_SLACK
        head = not terminal and next_opens and len(cur) == 1 and _crosshead_line(line, out)
        if title and not credit:
            in_title = True
        elif credit or closed_credit or wide or title or head or terminal and (w < full - FULL_LINE_SLACK or next_opens):
            flush()
    flush()
    return out


def segment(text: str, style: str | None = None) -> tuple[str, list[Chunk]]:
    """Return the style recognised (or given) and the dump's chunks in dump order."""
    runs = _blank_runs(_lines(text))
    style = style or _detect(text, runs)
    if style == "block":
        return style, vertical_runs(block_chunks(runs))
    if style == "lines":
        return style, vertical_runs(line_chunks(runs))
    return style, vertical_runs(wrapped_chunks(runs, by_indent=style == "indent"))
