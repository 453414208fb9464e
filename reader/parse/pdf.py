"""PDF bytes → pages of glyphs (box, type size, face) → lines → blocks, with the page's rules and images (pypdfium2).

Geometry only: which block is what and in which order it is read is layout.py's. Coordinates are PDF points
from the page's top-left corner. PDFium reports a font size of 1 on many e-paper PDFs (the size lives in the
text matrix), so a glyph's type size is read off its matrix.
"""
from __future__ import annotations

import ctypes
import math
import unicodedata
from dataclasses import dataclass, replace

from ..errors import ReaderError
from .leads import run_in_lead
from .paths import MIN_RULE, objects, placed, strokes

MAX_PDF_PAGES = 400  # a day's paper has under 100 pages; a year of one page each is 365
MAX_PDF_BYTES = 256 * 2**20  # e-paper pages are 0.3-3 MB each
MAX_PAGE_CHARS = 200_000  # a dense broadsheet page has about 10,000 characters
SAME_LINE = 0.3  # of the type size: baselines closer than this are one line
LOOK_BACK = 3  # lines before the last one a glyph may go back to
LINE_GAP = 1.2  # of the type size: a wider gap between two glyphs on a baseline breaks the line (columns, boxes)
NAME_MAX = 4  # characters: a line this short with gaps in it is a name spaced out, not words
LATIN_GAP = 0.15  # of the type size: between two Latin letters or figures, a gap this wide is a word space
WORD_GAP = 0.9  # of the type size: a gap this wide inside a line is a space the print shows (奋进  新目标)
BAR = 6.0  # points: a filled bar no thicker than this (and long) is a rule; the masthead's thick rule is about 5
SAME_SIZE = 0.08  # relative: type sizes closer than this are one size (a box's label is set an eighth over its items' titles)
LEADING = 0.9  # of the type size: lines further apart than this (white space between them) are not one block
ALIGN = 3.0  # of the type size: a line starts this far from its block's left edge at most (an indent is 2)
SPACED = 2.5  # of the type size: characters set vertically stand at most this far apart (a name spaced out)
STACK = 0.35  # of the type size: glyphs this close across, one under the other, are set vertically
PAIRED = 0.5  # of the type size: two punctuation marks set in one em (：“ ”“) may stand this far back, one on the other
FLAT = 0.6  # of the type size: a glyph's box lower than this is its ink's, not its line's …
ASCENT = 0.88  # … and is set this share of the type size above the baseline, the rest below


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

    @property
    def text(self) -> str:
        from .segment import join_all

        return join_all([ln.text for ln in self.lines])

    @property
    def vertical(self) -> bool:
        return all(ln.vertical for ln in self.lines)


@dataclass(frozen=True)
class PdfPage:
    """One printed page: its size, its blocks in the content stream's order, drawn rules, image boxes and frames
    (boxes: rectangles drawn round something). Rules and frames are (x0, top, x1, bottom)."""

    number: int
    width: float
    height: float
    blocks: tuple[PdfBlock, ...]
    rules: tuple[tuple[float, float, float, float], ...] = ()
    images: tuple[ImageBox, ...] = ()
    boxes: tuple[tuple[float, float, float, float], ...] = ()


@dataclass(frozen=True)
class ImageBox:
    """An image drawn on the page: its box (points, from the top-left) and its place among the page's objects."""

    x0: float
    top: float
    x1: float
    bottom: float
    index: int  # the page object's index (what picture_bytes reads it back by) …
    within: tuple[int, ...] = ()  # … in the form inside these forms (their indices from the page down)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _addr(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _face(raw: bytes) -> str:
    """The font's family as the PDF names it, without the subset tag (ABCDEF+) or the encoding suffix."""
    name = raw.decode("latin-1", "replace")
    if "+" in name[:8]:
        name = name.split("+", 1)[1]
    return name.split("--")[0].split("-GB")[0]


def _glyphs(raw, textpage, height: float) -> tuple[list[tuple[Glyph, int]], dict[int, list[int]]]:
    """Every character of the text layer (PDFium's generated spaces and line ends left out) with the text object
    it belongs to, and the characters of each text object."""
    out: list[tuple[Glyph, int]] = []
    by_object: dict[int, list[int]] = {}
    matrix = raw.FS_MATRIX()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    rect = raw.FS_RECTF()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    faces: dict[int, str] = {}
    for i in range(raw.FPDFText_CountChars(textpage)):
        if raw.FPDFText_IsGenerated(textpage, i):
            continue
        code = raw.FPDFText_GetUnicode(textpage, i)
        if code in (0, 0xFFFE, 0xFFFF) or code in (10, 13):
            continue
        raw.FPDFText_GetMatrix(textpage, i, matrix)
        # the type size is the font size set (Tf) scaled by the text matrix: e-paper PDFs set Tf 1 and scale
        size = math.hypot(matrix.c, matrix.d) * (raw.FPDFText_GetFontSize(textpage, i) or 1.0) or 1.0
        raw.FPDFText_GetLooseCharBox(textpage, i, rect)
        raw.FPDFText_GetCharOrigin(textpage, i, ox, oy)
        obj = _addr(raw.FPDFText_GetTextObject(textpage, i))
        if obj not in faces:
            raw.FPDFText_GetFontInfo(textpage, i, name, len(name), flags)
            faces[obj] = _face(name.value)
        by_object.setdefault(obj, []).append(len(out))
        top, bottom = height - rect.top, height - rect.bottom
        if bottom - top < FLAT * size:  # a font without its ascent and descent: the box is the ink's (一 is flat)
            base = height - oy.value
            top, bottom = base - ASCENT * size, base + (1 - ASCENT) * size
        out.append((Glyph(chr(code), rect.left, top, rect.right, bottom, size, faces[obj], False, ox.value), obj))
    return out, by_object


def _bounds(raw, obj) -> tuple[float, float, float, float]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    return left.value, bottom.value, right.value, top.value


def _objects(raw, page, height: float, owned: dict[int, list[int]], glyphs):
    """Drawn rules, framed boxes, image boxes, and the text objects PDFium left out of its text because they print
    text already printed at the same place (overprinting, for a bolder look): (rules, boxes, images, [(owner, copy's
    glyphs)])."""
    rules, boxes, images, copies = [], [], [], []
    text_boxes: list[tuple[int, tuple]] = []
    orphans: list[tuple[int, tuple, int]] = []
    previous = 0
    for obj, kind, within, k, m in objects(raw, page):
        box = placed(m, _bounds(raw, obj))
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            addr = _addr(obj)
            if addr in owned:
                text_boxes.append((addr, box))
            else:
                orphans.append((addr, box, previous))
            previous = addr
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            drawn, frame = strokes(raw, obj, height, m)
            if frame:
                boxes.append(frame)
            else:
                rules += drawn
            w, h = box[2] - box[0], box[3] - box[1]
            if not drawn and max(w, h) >= MIN_RULE and min(w, h) <= BAR:  # a thin filled bar (a thick rule too)
                rules.append((box[0], height - box[3], box[2], height - box[1]))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            images.append(ImageBox(box[0], height - box[3], box[2], height - box[1], k, within))
    for addr, box, previous in orphans:
        for owner, obox in text_boxes:
            if all(abs(a - b) < 2 for a, b in zip(box, obox)):
                chars = owned[owner]
                if len(chars) == 1 and owner == previous:
                    break  # one glyph stroked twice in a row: one character, as every extractor reads it
                copies.append((owner, [glyphs[i][0] for i in chars]))
                break
    return rules, boxes, images, copies


def _new_line(g: Glyph, line: list[Glyph]) -> bool:
    last = line[-1]
    if abs(g.size - last.size) > SAME_SIZE * max(g.size, last.size):
        return True
    vertical = len(line) > 1 and abs(line[1].x0 - line[0].x0) < STACK * g.size and line[1].top > line[0].top
    if len(line) == 1 or vertical:
        # set vertically, a bracket (﹃) stands into the box of the character over it
        under = abs(g.x0 - last.x0) < STACK * g.size and -PAIRED * g.size <= g.top - last.bottom < SPACED * g.size
        if under and (vertical or g.text.strip()):
            return False
        if vertical:
            return True
    same_baseline = abs(g.bottom - last.bottom) < SAME_LINE * g.size
    return not same_baseline or _steps_back(g, last) or g.x0 - last.x1 > LINE_GAP * g.size


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
        if (not vertical and not spaced_name and b.x0 - a.x1 > (LATIN_GAP if latin else WORD_GAP) * b.size
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
        if lines and not _new_line(g, lines[-1]):
            lines[-1].append(g)
            continue
        back = next((ln for ln in lines[-2:-1 - LOOK_BACK:-1] if _goes_on(g, ln[-1])), None)
        if back is not None:
            back.append(g)
        else:
            lines.append([g])
    return [ln for ln in (_line(x) for x in lines) if ln.text.strip()]


def _goes_on(g: Glyph, last: Glyph) -> bool:
    """g is printed right after last along its baseline, in its size."""
    return (abs(g.size - last.size) <= SAME_SIZE * max(g.size, last.size)
            and abs(g.bottom - last.bottom) < SAME_LINE * g.size and g.origin > last.origin
            and -SAME_LINE * g.size <= g.x0 - last.x1 <= LINE_GAP * g.size)


def _joins_block(ln: Line, block: list[Line]) -> bool:
    last = block[-1]
    runs_on = ln.lead is not None and ln.lead[1] == last.face  # a bold lead (a dateline) going on to this line
    if ln.vertical or last.vertical or (ln.face != last.face or ln.bold != last.bold or ln.lead) and not runs_on:
        return False  # (a run-in lead, a brief's title in bold, opens a block)
    if abs(ln.size - last.size) > SAME_SIZE * max(ln.size, last.size):
        return False
    if abs(ln.bottom - last.bottom) < SAME_LINE * ln.size and ln.x0 > last.x1:
        return True  # more of the same line past a gap (a headline's two phrases)
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


def _block(lines: list[Line], bold: bool = False, copy: bool = False) -> PdfBlock:
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
    return [_block(b) for b in out]


def open_pdf(path: str, data: bytes | None = None):
    """The PDF as a pypdfium2 document, or a ReaderError that says what is wrong with it."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data if data is not None else path)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ReaderError(path, "the PDF is encrypted (password-protected): save an unprotected copy first") from None
        raise ReaderError(path, "not a readable PDF (damaged, or not a PDF at all)") from None
    except OSError as e:
        raise ReaderError(path, e.strerror or str(e)) from None
    if len(doc) == 0:
        raise ReaderError(path, "the PDF has no pages")
    if len(doc) > MAX_PDF_PAGES:
        raise ReaderError(path, f"the PDF has {len(doc)} pages; reader reads at most {MAX_PDF_PAGES} at a time: "
                                "split it into days")
    return doc


def _page(doc, index: int, path: str):
    """Page `index` of the document, or a ReaderError when it cannot be read."""
    import pypdfium2 as pdfium

    try:
        return doc[index]
    except pdfium.PdfiumError:
        raise ReaderError(path, f"page {index + 1} of the PDF is damaged and cannot be read") from None


def read_page(doc, index: int, path: str = "<pdf>") -> PdfPage:
    """One page's blocks (overprinted copies as blocks of their own, marked), rules and images."""
    import pypdfium2.raw as raw

    page = _page(doc, index, path)
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        if textpage.count_chars() > MAX_PAGE_CHARS:
            raise ReaderError(path, f"page {index + 1} has {textpage.count_chars():,} characters, more than a "
                                    f"newspaper page ever has ({MAX_PAGE_CHARS:,}): not read")
        glyphs, owned = _glyphs(raw, textpage, height)
        rules, boxes, images, copies = _objects(raw, page, height, owned, glyphs)
    finally:
        textpage.close()
        page.close()
    bold = {owner for owner, _ in copies}
    stream = [replace(g, bold=True) if obj in bold else g for g, obj in glyphs]
    blocks = blocks_of(lines_of(stream))
    for _, copy in copies:
        blocks += [_block(list(b.lines), copy=True) for b in blocks_of(lines_of(copy))]
    return PdfPage(index + 1, width, height, tuple(blocks), tuple(rules), tuple(images), tuple(boxes))


def has_text(doc, path: str = "<pdf>") -> bool:
    """True when some page has a text layer (a scanned paper has only images)."""
    for index in range(len(doc)):
        page = _page(doc, index, path)
        textpage = page.get_textpage()
        try:
            if textpage.count_chars() > 0:
                return True
        finally:
            textpage.close()
            page.close()
    return False

