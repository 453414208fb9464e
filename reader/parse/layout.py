"""PDF blocks → chunks in reading order: regions cut apart by the white space between them (XY-cut), columns read
left to right, body blocks split at first-line indents, each chunk with the geometry the rules read.

The chunks then go through the same passes as a text dump's (rules, revise, assemble): geometry is evidence
for those conventions, not a second parser.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import Piece
from . import conventions as cv
from .pdf import Line, PdfBlock, PdfPage
from .segment import Chunk, Geometry, clean, join_all

H_CUT = 0.8  # of the body size: white space this tall across a whole region parts what is above from below
V_CUT = 0.6  # of the body size: white space this wide down a whole region parts columns
INDENT_MIN = 1.2  # of the type size: a line starting this far right of its column's edge is indented (2 em, or
INDENT_MAX = 3.5  # 1.5 em for an opening quote set half-width); further in, it is set around something
MIN_EDGE_LINES = 3  # body lines starting at an x: this many make it a column's edge
DISPLAY = 1.2  # relative size: type this much larger than the body's is display type (titles)


@dataclass(frozen=True)
class Body:
    """The page's body type: its size and face, and the left edges of its columns."""

    size: float
    face: str
    edges: tuple[float, ...]


def body_type(blocks: list[PdfBlock]) -> Body:
    """The size and face most of a page's characters are set in, and where its body lines start."""
    sizes: Counter = Counter()
    for b in blocks:
        for ln in b.lines:
            sizes[(round(ln.size, 1), ln.face)] += len(ln.text)
    if not sizes:
        return Body(10.0, "", ())
    (size, face), _ = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))
    starts = Counter(round(ln.x0) for b in blocks if not b.copy for ln in b.lines
                     if abs(ln.size - size) < 0.05 * size and not ln.vertical)
    common = {x: n for x, n in starts.items() if n >= MIN_EDGE_LINES}
    # most lines of a column start at its edge; the indented first lines start an indent further in
    edges = [x for x, n in common.items()
             if not any(INDENT_MIN * size <= x - e < INDENT_MAX * size and m > n for e, m in common.items())]
    return Body(size, face, tuple(sorted(edges)))


def _indented(line: Line, left: float | None, body: Body) -> bool | None:
    """The line opens a paragraph: it starts an indent's width right of its column's edge (the page's column
    edges, else its block's left edge; None when neither is known)."""
    near = [e for e in body.edges if -0.5 <= line.x0 - e < INDENT_MAX * line.size]
    edge = max(near) if near else left
    if edge is None:
        return None
    return INDENT_MIN * line.size <= line.x0 - edge < INDENT_MAX * line.size


def _gaps(spans: list[tuple[float, float]], least: float) -> list[float]:
    """Where white space at least `least` wide runs between the spans: the middle of each gap."""
    spans = sorted(spans)
    cuts, reach = [], spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= least:
            cuts.append((reach + start) / 2)
        reach = max(reach, end)
    return cuts


def _widest(spans: list[tuple[float, float]], least: float) -> float | None:
    spans = sorted(spans)
    best, width, reach = None, least, spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= width:
            best, width = (reach + start) / 2, start - reach
        reach = max(reach, end)
    return best


def reading_order(blocks: list[PdfBlock], body: Body) -> list[PdfBlock]:
    """XY-cut: a region is cut into bands at every white space across it, else into two at the widest white space
    down it; bands read top to bottom, sides left to right. A region no white space cuts (a body wrapped around a
    vertical headline) reads its display type first, then top to bottom."""
    if len(blocks) <= 1:
        return list(blocks)
    cuts = [c for c in _gaps([(b.top, b.bottom) for b in blocks], H_CUT * body.size)
            if not _strands(blocks, c, body)]
    if cuts:
        bands: list[list[PdfBlock]] = [[] for _ in range(len(cuts) + 1)]
        for b in blocks:
            bands[sum(1 for c in cuts if b.top > c)].append(b)
        return [x for band in bands for x in reading_order(band, body)]
    cut = _widest([(b.x0, b.x1) for b in blocks], V_CUT * body.size)
    if cut is not None:
        left = [b for b in blocks if b.x0 < cut]
        right = [b for b in blocks if b.x0 >= cut]
        return reading_order(left, body) + reading_order(right, body)
    return sorted(blocks, key=lambda b: (b.size < DISPLAY * body.size, not b.vertical, b.top, b.x0))


def _is_body(b: PdfBlock, body: Body) -> bool:
    return not b.vertical and b.face == body.face and abs(b.size - body.size) <= 0.05 * body.size


def _strands(blocks: list[PdfBlock], cut: float, body: Body) -> bool:
    """Cutting here would strand text mid-flow: a column's last body block above the cut stops mid-paragraph and
    no body text above the cut stands to its right to go on in (so it goes on below: one region, not two)."""
    above = [b for b in blocks if b.bottom <= cut]
    for b in above:
        if not _is_body(b, body) or cv.ends_paragraph(b.text):
            continue
        if any(o.top > b.bottom and o.x0 < b.x1 and o.x1 > b.x0 for o in above):
            continue  # not its column's last block above the cut
        if not any(_is_body(o, body) and o.x0 >= b.x1 - body.size for o in above):
            return True
    return False


def _geometry(block: PdfBlock, lines: list[Line], body: Body, indented: bool | None) -> Geometry:
    box = (min(ln.x0 for ln in lines), min(ln.top for ln in lines), max(ln.x1 for ln in lines),
           max(ln.bottom for ln in lines))
    return Geometry(round(block.size / body.size, 2), block.face == body.face, block.bold, indented, block.copy,
                    tuple(round(v, 1) for v in box))


def paragraphs(block: PdfBlock, body: Body) -> list[tuple[list[Line], bool | None]]:
    """A block's lines cut where a line opens with an indent; each run with whether its first line is indented
    (None for a lone line in a block of one, whose column edge is not known)."""
    if block.vertical or block.copy or abs(block.size - body.size) > 0.1 * body.size:
        return [(list(block.lines), None)]
    left = min(ln.x0 for ln in block.lines) if len(block.lines) > 1 else None
    out: list[tuple[list[Line], bool | None]] = []
    for ln in block.lines:
        opens = _indented(ln, left, body)
        if opens or not out:
            out.append(([ln], opens))
        else:
            out[-1][0].append(ln)
    return out


def page_chunks(page: PdfPage, index: int, first_line: int) -> tuple[list[Chunk], list[str], str]:
    """The page's chunks in reading order (overprinted copies last), their texts (one dump block each, numbered
    from first_line in the dump text the chunks' pieces point into) and the invisible characters cleaned out."""
    originals = [b for b in page.blocks if not b.copy]
    body = body_type(originals)
    ordered = reading_order(originals, body) + [b for b in page.blocks if b.copy]
    chunks, texts, removed = [], [], []
    line = first_line
    for b in ordered:
        for lines, indented in paragraphs(b, body):
            text, gone = clean(join_all([ln.text for ln in lines]))
            text = text.strip()
            removed.append(gone)
            if not text:
                continue
            chunks.append(Chunk(text, (Piece(text, line, line),), 1, index, bool(indented),
                                _geometry(b, lines, body, indented)))
            texts.append(text)
            line += 2
    return chunks, texts, "".join(removed)
