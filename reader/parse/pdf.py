"""PDF bytes → pages of glyphs (box, type size, face), set in lines and blocks (glyphs.py), with the page's rules and
images (pypdfium2).

Geometry only: which block is what and in which order it is read is layout.py's. Coordinates are PDF points
from the page's top-left corner. PDFium reports a font size of 1 on many e-paper PDFs (the size lives in the
text matrix), so a glyph's type size is read off its matrix.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, replace

from ..errors import ReaderError
from .glyphs import Glyph, Line, PdfBlock, blocks_of, lines_of, make_block  # noqa: F401  (re-exported)
from .paths import MIN_RULE, objects, placed, strokes

MAX_PDF_PAGES = 400  # a day's paper has under 100 pages; a year of one page each is 365
MAX_PDF_BYTES = 256 * 2**20  # e-paper pages are 0.3-3 MB each
MAX_PAGE_CHARS = 200_000  # a dense broadsheet page has about 10,000 characters
BAR = 6.0  # points: a filled bar no thicker than this (and long) is a rule; the masthead's thick rule is about 5
FLAT = 0.6  # of the type size: a glyph's box lower than this is its ink's, not its line's …
ASCENT = 0.88  # … and is set this share of the type size above the baseline, the rest below
SOFT_HYPHEN = 2  # the code PDFium gives a hyphen printed at a line's end (QS- | 217)

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
        char = "-" if code == SOFT_HYPHEN else chr(code)  # (PDFium marks a hyphen ending a line so: the page's own)
        out.append((Glyph(char, rect.left, top, rect.right, bottom, size, faces[obj], False, ox.value), obj))
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
        blocks += [make_block(list(b.lines), copy=True) for b in blocks_of(lines_of(copy))]
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

