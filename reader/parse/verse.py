"""PDF blocks → verse (a poem's lines, each printed line its own) and text set vertically turned to read across
(its columns as lines, a column starting lower as an indent): what indents.paragraphs cuts blocks by."""
from __future__ import annotations

from dataclasses import replace

from .columns import Body
from .groups import in_flow
from .patterns import regex
from .pdf import Line, PdfBlock


def body_sized(block: PdfBlock, body: Body) -> bool:
    """Set across in about the body's size, an original print: its lines may part into paragraphs (or verse)."""
    return not block.vertical and not block.copy and abs(block.size - body.size) <= 0.1 * body.size


VERSE_ROWS = 3  # printed lines of a block at least, for it to be read as verse
SHORT = 0.75  # of the type size: a line of verse stopping this short of the longest (a character) stops short
WIDER = 1.5  # of the type size: a stanza's longest line runs on past the one's over it by a character at most
CENTRED = 0.5  # of the type size: the lines of a stanza set centred have their middles this close
STANZA_GAP = 3.0  # of the type size: a poem's stanzas stand this close one under the other at most
_LISTED = regex("^\\s*[0-9０-９《〈(（•·●■□◆▪◇○▲△▶►★☆-]|^[^：:]{0,8}[：:]")  # a row opening as a listing's does


def verse(block: PdfBlock) -> bool:
    """A block of body-size lines all of which but its longest stop short of it, none indented, or lines of
    several lengths centred on one axis, none opening as a listing's row does: verse (a poem's stanza), each
    printed line its own (prose is justified to the column's edge, its last line alone short; the lines round a
    picture stop all at one place)."""
    rows: list[list[Line]] = []
    for ln in block.lines:  # (a justified line cut at its wide gaps is one row)
        if rows and abs(rows[-1][0].top - ln.top) < ln.size / 2:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    if len(rows) < VERSE_ROWS or block.vertical:
        return False
    if any(_LISTED.match(row[0].text) for row in rows):
        return False  # (a listing's rows: a schedule's times, a list's numbers, books' titles, labels and values)
    ends = [max(ln.x1 for ln in row) for row in rows]
    starts = [min(ln.x0 for ln in row) for row in rows]
    short = [e for e in ends if e < max(ends) - SHORT * block.size]
    places = {round(e / block.size) for e in short}  # (where the short ones stop, in characters)
    centres = [(a + e) / 2 for a, e in zip(starts, ends)]
    if max(centres) - min(centres) <= CENTRED * block.size and max(starts) - min(starts) >= block.size:
        return True  # centred on one axis, each line as long as it will be (a 副刊's poem)
    return max(starts) - min(starts) <= 1 and (len(short) == len(rows) - 1
                                 or len(short) >= max(2, len(rows) - 2) and len(places) >= 2)


def stanzas(blocks: list[PdfBlock], body: Body) -> list[PdfBlock]:
    """Blocks of a poem's lines that verse() cannot tell from prose (its lines ending level, as long as each other):
    set flush with a stanza of verse right over or under it, in its size, no wider (but by a character): the same
    poem's."""
    sized = [(b, read_across(b, body)) for b in blocks if verse_sized(b, body)]
    sung = [t for _, t in sized if verse(t)]
    return [b for b, t in sized if len(t.lines) >= 2 and not any(t is o for o in sung) and any(
        abs(o.x0 - t.x0) <= 1 and abs(o.size - t.size) <= 0.1 and t.x1 <= o.x1 + WIDER * t.size
        and min(abs(o.top - t.bottom), abs(t.top - o.bottom)) <= STANZA_GAP * t.size for o in sung)]


def verse_sized(b: PdfBlock, body: Body) -> bool:
    """A block that may be verse: set across in the body's size, or text set vertically."""
    return body_sized(b, body) or b.vertical and in_flow(b, body)


def read_across(b: PdfBlock, body: Body) -> PdfBlock:
    """The block as text set across: text set vertically turned (turned), any other as it is."""
    return turned(b)[0] if b.vertical and in_flow(b, body) else b


def turned(block: PdfBlock) -> tuple[PdfBlock, dict[int, Line]]:
    """Text set vertically turned a quarter to read as text set across: its columns, right to left, as lines top to
    bottom, each from its top as from a left edge (an indent is a column starting lower); with each turned line's
    column."""
    columns = sorted(block.lines, key=lambda ln: -ln.x1)
    lines = [replace(ln, x0=ln.top, top=-ln.x1, x1=ln.bottom, bottom=-ln.x0, vertical=False) for ln in columns]
    return (PdfBlock(tuple(lines), block.top, -block.x1, block.bottom, -block.x0, block.size, block.face, block.bold),
            {id(t): ln for t, ln in zip(lines, columns)})
