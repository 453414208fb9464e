"""Glyphs in the content stream's order → printed lines (across, or down a column set vertically) → blocks: the
geometry of a PDF page's text, before anything is read off it (pdf.py reads the glyphs, layout.py the blocks)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .conventions import BYLINE
from .leads import run_in_lead

SAME_LINE = 0.3  # of the type size: baselines closer than this are one line
LOOK_BACK = 3  # lines before the last one a glyph may go back to
PHRASE_GAP = 3.0  # of the type size: two phrases of one line stand no further apart …
SENTENCE_LINE = 12  # … unless one is shorter than this (characters): a table's row
LINE_GAP = 1.2  # of the type size: a wider gap between two glyphs on a baseline breaks the line (columns, boxes)
NAME_MAX = 4  # characters: a line this short with gaps in it is a name spaced out, not words
WORD_RUN = 3  # characters down a column: a word's, past which a wide gap ends the line
LATIN_GAP = 0.15  # of the type size: between two Latin letters or figures, a gap this wide is a word space
WORD_GAP = 0.9  # of the type size: a gap this wide inside a line is a space the print shows (奋进  新目标)
SAME_SIZE = 0.08  # relative: type sizes closer than this are one size (a box's label is set an eighth over its items' titles)
LEADING = 0.9  # of the type size: lines further apart than this (white space between them) are not one block
ALIGN = 3.0  # of the type size: a line starts this far from its block's left edge at most (an indent is 2)
SPACED = 2.5  # of the type size: characters set vertically stand at most this far apart (a name spaced out)
STACK = 0.35  # of the type size: glyphs this close across, one under the other, are set vertically
PUNCT_STEP = 0.2  # of the type size: set vertically, a stop after a closing bracket (」。) stands this far under it
PAIRED = 0.5  # of the type size: two punctuation marks set in one em (：“ ”“) may stand this far back, one on the other


@dataclass(frozen=True)
class Glyph:
    """One character of the text layer where it is printed."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    face: str
    bold: bool = False  # printed twice on itself (fake bold by overprinting)
    origin: float = 0.0  # where the pen stood: full-width punctuation set half-width overlaps its box's neighbours


@dataclass(frozen=True)
class Line:
    """Glyphs printed on one baseline (or down one column, when set vertically)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    face: str
    vertical: bool = False
    bold: bool = False
    lead: tuple[str, str] | None = None  # (text, face) of a run-in lead opening it in a face of its own


@dataclass(frozen=True)
class PdfBlock:
    """Lines set together in one size and face: a paragraph's column piece, a headline, a credit."""

    lines: tuple[Line, ...]
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    face: str
    bold: bool = False  # printed twice on itself (fake bold by overprinting)
    copy: bool = False  # the second print of overprinted text: the text layer's, kept apart from the article
    figure: bool = False  # a big figure's cell, its parts joined (figures.py): a box's text, never a caption

    @property
    def text(self) -> str:
        from .segment import join_all

        return join_all([ln.text for ln in self.lines])

    @property
    def vertical(self) -> bool:
        return all(ln.vertical for ln in self.lines)


def _new_line(g: Glyph, line: list[Glyph]) -> bool:
    last = line[-1]
    if abs(g.size - last.size) > SAME_SIZE * max(g.size, last.size):
        return True
    vertical = len(line) > 1 and abs(line[1].x0 - line[0].x0) < STACK * g.size and line[1].top > line[0].top
    if len(line) == 1 or vertical:
        if _down(g, line) and (vertical or g.text.strip()):
            return False
        if vertical:
            return True
    same_baseline = abs(g.bottom - last.bottom) < SAME_LINE * g.size
    return not same_baseline or _steps_back(g, last) or g.x0 - last.x1 > LINE_GAP * g.size


def _down(g: Glyph, line: list[Glyph]) -> bool:
    """g goes on down the column the line is set in: right under its last glyph, past no gap wider than a word
    space after a word (a column's label and its writer's name set down one column, 浮生半日　冬青, are two lines;
    a name spaced out, 林　汐, is one)."""
    last = line[-1]
    return _under(g, last) and not (len(line) >= WORD_RUN and g.top - last.top - last.size > LINE_GAP * g.size)


def _under(g: Glyph, last: Glyph) -> bool:
    """g is set right under last, down one column (text set vertically): loose boxes overlap, and a bracket or a
    stop (」。﹃) stands into the box of the character over it."""
    return (abs(g.x0 - last.x0) < STACK * g.size and g.top - last.top >= PUNCT_STEP * g.size
            and g.top - last.bottom < SPACED * g.size)


def _steps_back(g: Glyph, last: Glyph) -> bool:
    """The pen went back along the baseline: a new line (the next column's, read in the stream's order), but for two
    punctuation marks set together in one em, the second on or just before the first (：“ or ”“ compressed)."""
    if g.origin > last.origin or g.origin == last.origin and g.x0 > last.x0:
        return False  # (a ligature's letters, ﬂ read as f and l, share one pen position, the second box after)
    paired = unicodedata.category(g.text).startswith("P") and unicodedata.category(last.text).startswith("P")
    return not (paired and last.origin - g.origin < PAIRED * g.size)


def _line(glyphs: list[Glyph]) -> Line:
    vertical = len(glyphs) > 1 and glyphs[1].top > glyphs[0].top + STACK * glyphs[0].size
    spaced_name = sum(not g.text.isspace() for g in glyphs) <= NAME_MAX  # 刘  伟: a name spaced out, one word
    text = glyphs[0].text
    for a, b in zip(glyphs, glyphs[1:]):
        latin = a.text.isascii() and b.text.isascii() and a.text.isalnum() and b.text.isalnum()
        gap = b.top - a.top - a.size if vertical else b.x0 - a.x1  # (down a column: from pitch, boxes are loose)
        if (not spaced_name and gap > (LATIN_GAP if latin else WORD_GAP) * b.size
                and not a.text.isspace() and not b.text.isspace()):
            text += " "
        text += b.text
    lead = None if vertical else run_in_lead(glyphs)
    faces: dict[str, int] = {}
    for g in glyphs[len(lead[0]) if lead else 0:]:  # (a line opening with a lead is set in its text's face)
        faces[g.face] = faces.get(g.face, 0) + 1
    inked = [g for g in glyphs if not g.text.isspace()] or glyphs  # a line starts where its first mark is
    return Line(text, min(g.x0 for g in inked), min(g.top for g in glyphs), max(g.x1 for g in glyphs),
                max(g.bottom for g in glyphs), sorted(g.size for g in glyphs)[len(glyphs) // 2],
                max(faces, key=lambda f: (faces[f], f)), vertical, sum(g.bold for g in glyphs) * 2 > len(glyphs), lead)


def lines_of(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs in the content stream's order → lines: a line breaks where the baseline or the size changes, the
    text steps back, or a gap wider than a column's gutter opens; a glyph that goes on with one of the few lines
    before (a headline and the line under it printed in turns) goes back to it."""
    lines: list[list[Glyph]] = []
    for g in glyphs:
        # (set vertically, a stop may come after the next column's first character: it goes back to its column)
        down = next((ln for ln in lines[-2:-1 - LOOK_BACK:-1] if _stacked(ln) and _goes_on(g, ln)
                     or lines and _opens_column(g, ln, lines[-1])), None)
        if lines and not _new_line(g, lines[-1]) and not (down and len(lines[-1]) == 1):
            lines[-1].append(g)
            continue
        back = down or next((ln for ln in lines[-2:-1 - LOOK_BACK:-1] if _goes_on(g, ln)), None)
        if back is not None:
            back.append(g)
        else:
            lines.append([g])
    return [ln for ln in (_line(x) for x in lines) if ln.text.strip()]


def _opens_column(g: Glyph, line: list[Glyph], current: list[Glyph]) -> bool:
    """g is the second character of a column whose first the stream gave before a glyph of another size (a label
    and a name down one column, beside a headline's column, printed in turns): it goes under that first."""
    return (len(line) == 1 and abs(current[-1].size - g.size) > SAME_SIZE * g.size and g.size == line[0].size
            and unicodedata.category(g.text) == unicodedata.category(line[0].text) == "Lo" and _down(g, line))


def _stacked(line: list[Glyph]) -> bool:
    return len(line) > 1 and _under(line[1], line[0])


def _goes_on(g: Glyph, line: list[Glyph]) -> bool:
    """g is printed right after the line's last glyph along its baseline (or under it, down a column set
    vertically: a stop the stream gives after the next column's first character), in its size."""
    last = line[-1]
    if _stacked(line):
        return abs(g.size - last.size) <= SAME_SIZE * max(g.size, last.size) and _down(g, line)
    return (abs(g.size - last.size) <= SAME_SIZE * max(g.size, last.size)
            and abs(g.bottom - last.bottom) < SAME_LINE * g.size and g.origin > last.origin
            and -SAME_LINE * g.size <= g.x0 - last.x1 <= LINE_GAP * g.size)


def _joins_block(ln: Line, block: list[Line]) -> bool:
    last = block[-1]
    runs_on = ln.lead is not None and ln.lead[1] == last.face  # a bold lead (a dateline) going on to this line
    if ln.vertical or last.vertical:
        return ln.vertical and last.vertical and _next_column(ln, block)
    if (ln.face != last.face or ln.bold != last.bold or ln.lead) and not runs_on:
        return False  # (a run-in lead, a brief's title in bold, opens a block)
    if abs(ln.size - last.size) > SAME_SIZE * max(ln.size, last.size):
        return False
    if abs(ln.bottom - last.bottom) < SAME_LINE * ln.size and ln.x0 > last.x1:
        return ln.x0 - last.x1 <= PHRASE_GAP * ln.size or min(len(ln.text), len(last.text)) < SENTENCE_LINE \
            and not BYLINE.match(last.text.strip())  # (a byline, and a chart's title level with it past columns)
        # (more of the same line past a gap: a headline's two phrases, a table's cells; sentences further apart
        # are captions side by side, each under its photo)
    gap = ln.top - last.bottom
    if not -SAME_LINE * ln.size < gap < LEADING * ln.size:
        return False
    left = min(x.x0 for x in block)
    if ln.x0 >= last.x1 or ln.x1 <= last.x0:
        return False
    # aligned on the left (give or take an indent), on the right when something set in the column shortens the
    # line on its left, or centred on the same axis (a crosshead's two lines)
    return (abs(ln.x0 - left) < ALIGN * ln.size or abs(ln.x1 - last.x1) < SAME_LINE * ln.size
            or abs(ln.x0 + ln.x1 - last.x0 - last.x1) < SAME_LINE * ln.size)


def _next_column(ln: Line, block: list[Line]) -> bool:
    """Set vertically, ln is the column after the block's last: right beside it on its left, in its size and face,
    starting level with the block's top (give or take an indent)."""
    last = block[-1]
    return (ln.face == last.face and ln.bold == last.bold and abs(ln.size - last.size) <= SAME_SIZE * ln.size
            and 0 <= last.x0 - ln.x1 < LEADING * ln.size and abs(ln.top - min(x.top for x in block)) < ALIGN * ln.size)


def make_block(lines: list[Line], bold: bool = False, copy: bool = False) -> PdfBlock:
    sizes = sorted(ln.size for ln in lines)
    return PdfBlock(tuple(lines), min(ln.x0 for ln in lines), min(ln.top for ln in lines),
                    max(ln.x1 for ln in lines), max(ln.bottom for ln in lines), sizes[len(sizes) // 2],
                    lines[0].face, bold or any(ln.bold for ln in lines), copy)


def blocks_of(lines: list[Line]) -> list[PdfBlock]:
    """Lines in the content stream's order → blocks: a line joins the block before it when it is set in the same
    size and face, right under its last line (or further along it) and aligned with it."""
    out, block = [], []
    for ln in lines:
        if block and not _joins_block(ln, block):
            out.append(block)
            block = []
        block.append(ln)
    if block:
        out.append(block)
    return [make_block(b) for b in out]
