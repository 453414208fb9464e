"""A PDF page's images and text blocks → its pictures (photos, charts, cartoons; decoration left out); then, once
the articles are assembled, each picture and each text box placed on its article.

Which image is a picture is decided by newspaper conventions, in one ordered table of small rules (PICTURE_RULES):
the masthead's and the folio's art stands in the page's head or foot; ornaments are small; a tint or texture has
text printed over it; a column's logo is a short wide strip; anything else big enough is a
picture. A caption is the text set against a picture (right under it, across its width, or right beside it) in a
face or size other than the body's; failing that, a caption in text type set right over it, clear of the text above.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..model import Article, Edition, Picture, Region, Role
from . import conventions as cv
from .columns import parted
from .paths import find
from .pdf import ImageBox, PdfBlock, PdfPage, _page

PICTURE_BAND = 0.10  # of the page's height: art wholly above all body text within this, or below it, is the page's
ORNAMENT_SIDE = 4.0  # of the body size: an image narrower or lower than this is an ornament (a bullet, an icon)
ORNAMENT_AREA = 6.0  # of the body size, squared: an image smaller than this square is an ornament
LOGO_RATIO = 2.5  # width to height: a strip this wide …
LOGO_HEIGHT = 12.0  # … and lower than this many body sizes is a column's logo or a banner's art;
BADGE_RATIO = 1.5  # a landscape image this wide …
CAPTION_SIZE = 1.2  # of the body size: a caption is set smaller than this (display type under an image heads a story)
BADGE_HEIGHT = 7.0  # … and lower than this (a line of display type with its flourish) is a column's logo too
AGAINST = 1.5  # of the body size: text this close under a picture, across it, is set against it
SMALLER = 0.95  # of the body size: type under this is set smaller than the body's
ASIDE = 2.5  # of the body size: text this close beside it, level with its foot or head, is set against it (a
#              gutter and a ragged line end between them)
OVER_SIZE = 1.0  # of the body size: a caption set over a picture is no larger (a chart's title over it is)
CLEAR = 1.0  # of the body size: a caption over a picture has at least this much space over it (a column's end has not)
ACROSS = 0.6  # of the text's width: this much of it stands within the picture's width
CAPTION_LINES = 4  # a caption runs a few lines; more, set under a picture, is a column of body text …
SMALL_CAPTION_LINES = 8  # … unless set smaller than the body (a narrow caption beside a photo runs longer)
PRINTED_ON = 0.03  # of an image's area: text covering this much of it is printed on it (a tint, a texture)
FREE_PART = 0.4  # of a backdrop's height: a strip of it this tall with no text on it is a picture of its own …
FREE_MIN = 10.0  # … when it is at least this many body sizes tall (an infographic under a story set on a tint)
SAME_SIZE = 0.1  # points: type this close in size is set alike
MAX_PICTURE_SIDE = 1600  # pixels: a picture's long side at most (an e-reader's screen; a page of pictures mails)
FEW_COLOURS = 64  # a picture of at most this many colours is a drawing (a logo, a chart): PNG, not JPEG
MAX_PICTURE_PIXELS = 60_000_000  # an image larger than this (a 300 dpi broadsheet is 35 M) is not drawn


@dataclass(frozen=True)
class Found:
    """An image taken for a picture: which one, the share of its height kept (top, bottom) and why."""

    image: ImageBox
    crop: tuple[float, float]
    rule: str
    captions: tuple[PdfBlock, ...] = ()  # the blocks set against it as its caption and credit, in reading order

    @property
    def box(self) -> tuple[float, float, float, float]:
        im, (a, b) = self.image, self.crop
        return (im.x0, im.top + a * im.height, im.x1, im.top + b * im.height)


@dataclass(frozen=True)
class Scene:
    """What the rules look at: the page, its body size and its text blocks (overprinted copies left out)."""

    page: PdfPage
    body: float
    blocks: tuple[PdfBlock, ...]
    flow_top: float
    flow_bottom: float
    face: str = ""  # the body's face


def in_band(im: ImageBox, s: Scene) -> bool | None:
    h = s.page.height
    if im.bottom <= min(s.flow_top + s.body, PICTURE_BAND * h) or im.top >= max(s.flow_bottom - s.body,
                                                                                 (1 - PICTURE_BAND) * h):
        return False
    return None


def ornament(im: ImageBox, s: Scene) -> bool | None:
    small = min(im.width, im.height) < ORNAMENT_SIDE * s.body or im.width * im.height < (ORNAMENT_AREA * s.body) ** 2
    return False if small else None


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def printed_on(im: ImageBox, s: Scene) -> list:
    """The printed lines over the image (a column's lines set round it, its block's box over it, are not)."""
    return [ln for b in s.blocks for ln in b.lines
            if _overlap(ln.x0, ln.x1, im.x0, im.x1) > 0 and _overlap(ln.top, ln.bottom, im.top, im.bottom) > 0]


def backdrop(im: ImageBox, s: Scene) -> tuple[float, float] | bool | None:
    """Text printed on it: a tint or texture behind a story or a headline, kept only for a tall strip of it with
    no text on it (an infographic drawn under the story set on the tint), cut to that strip."""
    on = printed_on(im, s)
    area = sum(_overlap(b.x0, b.x1, im.x0, im.x1) * _overlap(b.top, b.bottom, im.top, im.bottom) for b in on)
    if area < PRINTED_ON * im.width * im.height:
        return None
    spans = sorted((max(b.top, im.top), min(b.bottom, im.bottom)) for b in on)
    best, reach = (0.0, 0.0), im.top
    for top, bottom in spans + [(im.bottom, im.bottom)]:
        if top - reach > best[1] - best[0]:
            best = (reach, top)
        reach = max(reach, bottom)
    tall = best[1] - best[0]
    if tall >= FREE_PART * im.height and tall >= FREE_MIN * s.body:
        return ((best[0] - im.top) / im.height, (best[1] - im.top) / im.height)
    return False


def _under(box: tuple[float, float, float, float], b: PdfBlock, body: float) -> bool:
    """The block stands right under the box, within its width."""
    x0, _, x1, bottom = box
    return _overlap(b.x0, b.x1, x0, x1) >= ACROSS * (b.x1 - b.x0) and -0.5 * body <= b.top - bottom <= AGAINST * body


def against(box: tuple[float, float, float, float], b: PdfBlock, body: float) -> bool:
    """The block (or a box of text) stands right under the box, within its width, or right beside it, within its
    height and narrower: where a caption is set (and a credit under it). Text right over a picture is rather the
    end of what is above it (an author's note)."""
    x0, top, x1, bottom = box
    if _overlap(b.x0, b.x1, x0, x1) >= ACROSS * (b.x1 - b.x0):
        return _under(box, b, body)
    gap = max(b.x0 - x1, x0 - b.x1)  # beside it, on its right or its left, in text type (not a headline beside it)
    # a caption of several lines in type smaller than the body's, its foot (or head) level with the picture's
    aligned = (len(b.lines) > 1 and b.size < SMALLER * body
               and min(abs(b.bottom - bottom), abs(b.top - top)) <= 0.5 * body)
    return (b.size < CAPTION_SIZE * body and -0.5 * body <= gap <= (ASIDE if aligned else AGAINST) * body
            and b.x1 - b.x0 <= x1 - x0 and _overlap(b.top, b.bottom, top, bottom) >= ACROSS * (b.bottom - b.top))


def caption_set(b: PdfBlock, body_size: float, body_face: str) -> bool:
    """Set as a caption: a few lines, apart from the body text in another face or size (楷体, 黑体, smaller)."""
    lines = CAPTION_LINES if b.size >= SMALLER * body_size else SMALL_CAPTION_LINES
    return (not b.vertical and not b.figure and len(b.lines) <= lines
            and (b.face != body_face or abs(b.size - body_size) > 0.05 * body_size))


def over(box: tuple[float, float, float, float], b: PdfBlock, body: float) -> bool:
    """The block stands right over the box, within its width: where some papers set a photo's caption."""
    x0, top, x1, _ = box
    return _overlap(b.x0, b.x1, x0, x1) >= ACROSS * (b.x1 - b.x0) and -0.5 * body <= top - b.bottom <= AGAINST * body


def _in_text(b: PdfBlock, blocks, body: float, face: str) -> bool:
    """Body text right over the block and right under it in its column: a crosshead the column runs on past."""
    def near(o: PdfBlock, up: bool) -> bool:
        gap = b.top - o.bottom if up else o.top - b.bottom
        return o.face == face and _overlap(o.x0, o.x1, b.x0, b.x1) > 0 and -0.5 * body < gap < CLEAR * body
    return any(near(o, True) for o in blocks if o is not b) and any(near(o, False) for o in blocks if o is not b)


def _clear(b: PdfBlock, blocks, body: float) -> bool:
    """No text stands right over the block (a story's byline under its headline aside): it opens a unit of its
    own, it does not end a column."""
    return not any(o is not b and _overlap(o.x0, o.x1, b.x0, b.x1) > 0 and -0.5 * body < b.top - o.bottom < CLEAR * body
                   and not cv.BYLINE.match(o.text) for o in blocks)


def caption_blocks(box: tuple[float, float, float, float], blocks, body: float, face: str,
                   taken: set[int] = frozenset(), rules=(), others=()) -> tuple[PdfBlock, ...]:
    """The blocks set against the box as its caption: right under it or beside it, then the credit set against
    those, and so on; failing any (or but a credit's line), a caption in text type set right over it and clear of
    the text above (a column ending over a picture, an author's note, is no caption). Nothing across a rule drawn
    between is its caption, nor what stands right under another picture (others: the other pictures' boxes)."""
    blocks = [b for b in blocks if not parted(box, (b.x0, b.top, b.x1, b.bottom), rules)]
    blocks = [b for b in blocks if not any(o != box and _under(o, b, body) for o in others)]  # another's, under it
    found: list[PdfBlock] = []
    grown = box
    while True:
        seen = taken | {id(b) for b in found}
        more = [b for b in blocks if id(b) not in seen and caption_set(b, body, face) and b.size < CAPTION_SIZE * body
                and (against(grown, b, body) or any(
                abs(b.x0 - f.x0) <= 1 and -0.5 * body <= b.top - f.bottom <= AGAINST * body for f in found))  # (flush
                and (not found or b.size <= max(f.size for f in found) + SAME_SIZE)  # under it) (under a caption: a credit,
                and not _in_text(b, blocks, body, face)]
        if not more:                                                                 # never larger type)
            break
        found += more
        grown = (min(grown[0], *(b.x0 for b in more)), min(grown[1], *(b.top for b in more)),
                 max(grown[2], *(b.x1 for b in more)), max(grown[3], *(b.bottom for b in more)))
    if all(len(b.lines) == 1 for b in found):  # none, or a credit line alone: the caption may stand over it
        found += [b for b in blocks if id(b) not in taken and caption_set(b, body, face) and b.size <= OVER_SIZE * body
                  and over(box, b, body) and _clear(b, blocks, body)]
    return tuple(sorted(found, key=lambda b: (b.top, b.x0)))


def walls(page: PdfPage, box: tuple[float, float, float, float]) -> tuple:
    """The page's rules and the sides of its frames (but a frame round the picture itself, its border): nothing
    across one is the picture's caption."""
    return page.rules + tuple(side for x0, top, x1, bottom in page.boxes
                              if max(abs(x0 - box[0]), abs(top - box[1]), abs(x1 - box[2]), abs(bottom - box[3])) > HUG
                              for side in ((x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom),
                                           (x1, top, x1, bottom)))


HUG = 4.0  # points: a frame this close round a picture on every side is its border


def _captions(im: ImageBox, s: Scene) -> tuple[PdfBlock, ...]:
    return caption_blocks((im.x0, im.top, im.x1, im.bottom), s.blocks, s.body, s.face, rules=walls(s.page, (im.x0, im.top, im.x1, im.bottom)))


def captioned(im: ImageBox, s: Scene) -> bool | None:
    return True if _captions(im, s) else None


def logo(im: ImageBox, s: Scene) -> bool | None:
    strip = im.width >= LOGO_RATIO * im.height and im.height < LOGO_HEIGHT * s.body
    badge = im.width >= BADGE_RATIO * im.height and im.height < BADGE_HEIGHT * s.body
    if any(b.size < CAPTION_SIZE * s.body for b in _captions(im, s)):
        return None  # a caption in text type under it (not a headline in display type): a wide photo
    return False if strip or badge else None


# (name, test, why): a test gives a crop to keep (True: all of it), False to leave the image out, or None to let the
# next rule decide.
PICTURE_RULES: list[tuple[str, Callable, str]] = [
    ("page_art", in_band, "art in the page's head or foot, beside the masthead or the folio, is the page's"),
    ("ornament", ornament, "an image a few characters across is an ornament: a bullet, an icon, a rule's end"),
    ("backdrop", backdrop, "an image with text printed on it is a tint or texture behind it; a tall strip of it "
                           "with no text on it is a picture"),
    ("logo", logo, "a short wide strip is a column's logo or a banner's art, unless a caption is set against it"),
    ("captioned", captioned, "an image with a caption or credit set against it is a picture"),
    ("picture", lambda im, s: True, "any other image is a picture: a photo, a chart, a cartoon"),
]


def find_pictures(page: PdfPage, body_size: float, body_face: str) -> list[Found]:
    """The page's images taken for pictures, in reading order (top to bottom, left to right)."""
    blocks = tuple(b for b in page.blocks if not b.copy)
    flow = [b for b in blocks if not b.vertical and abs(b.size - body_size) <= 0.1 * body_size]
    if not flow:
        flow = list(blocks)
    top = min((b.top for b in flow), default=0.0)
    bottom = max((b.bottom for b in flow), default=page.height)
    scene = Scene(page, body_size, blocks, top, bottom, body_face)
    found = []
    for im in page.images:
        for name, rule, _ in PICTURE_RULES:
            verdict = rule(im, scene)
            if verdict is None:
                continue
            if verdict is not False:
                found.append(Found(im, verdict if isinstance(verdict, tuple) else (0.0, 1.0), name))
            break
    taken: set[int] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.box[1], f.box[0])):
        captions = caption_blocks(f.box, blocks, body_size, body_face, taken, walls(page, f.box), [o.box for o in found])
        taken |= {id(b) for b in captions}
        out.append(replace(f, captions=captions))
    return out


def _distance(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    dx = max(0.0, a[0] - b[2], b[0] - a[2])
    dy = max(0.0, a[1] - b[3], b[1] - a[3])
    return (dx * dx + dy * dy) ** 0.5


def place(edition: Edition, items, pictures: list[tuple[int, Found, tuple[bytes, str, int, int]]]) -> Edition:
    """The edition with each article's regions (the boxes of its text on the printed pages) and its pictures: a
    picture goes with the article whose caption or credit is set against it, else with the article nearest it,
    after that caption (or before the body); one nearer to text of no article (an ad's QR code) is left out."""
    boxes: dict[int, tuple[int, tuple[float, float, float, float]]] = {}
    for it in items:
        g = it.chunk.geometry
        if g is not None:
            for p in it.chunk.pieces:
                boxes.setdefault(p.first_line, (it.chunk.page, g.box))
    regions: list[list[Region]] = []
    for a in edition.articles:
        seen = dict.fromkeys(boxes[p.first_line] for b in a.blocks for p in b.pieces if p.first_line in boxes)
        regions.append([Region(page, box) for page, box in seen])
    furniture = [boxes[p.first_line] for b in edition.furniture for p in b.pieces if p.first_line in boxes]
    placed: list[list[Picture]] = [[] for _ in edition.articles]
    for page, found, (data, media, width, height) in pictures:
        where = _caption_of(edition.articles, boxes, page, found)
        if where is None:
            near = [(_distance(r.box, found.box), k) for k, rs in enumerate(regions) for r in rs if r.sheet == page]
            aside = [_distance(box, found.box) for where_, box in furniture if where_ == page]
            if not near or (aside and min(aside) < min(near)[0]):
                continue  # nearer to no article's text than to an ad's or a notice's: theirs, left out
            where = (min(near)[1], -1)
        k, after = where
        placed[k].append(Picture(data, media, width, height, Region(page, tuple(round(v, 1) for v in found.box)),
                                 after, found.rule))
        regions[k].append(Region(page, tuple(round(v, 1) for v in found.box)))
    articles = tuple(replace(a, regions=tuple(regions[k]),
                             pictures=tuple(sorted(placed[k], key=lambda p: (p.after, p.region.box[1]))))
                     for k, a in enumerate(edition.articles))
    return replace(edition, articles=articles)


def _caption_of(articles: tuple[Article, ...], boxes, page: int, found: Found) -> tuple[int, int] | None:
    """(article, block) of the caption or credit set against the picture, the nearest if several."""
    best = None
    for k, a in enumerate(articles):
        for i, b in enumerate(a.blocks):
            if b.role not in (Role.CAPTION, Role.PHOTO_CREDIT):
                continue
            for p in b.pieces:
                where = boxes.get(p.first_line)
                if where is None or where[0] != page:
                    continue
                d = _distance(where[1], found.box)
                if any(_distance(where[1], (c.x0, c.top, c.x1, c.bottom)) < 1 for c in found.captions) and (
                        best is None or d < best[0]):
                    best = (d, k, i)
    return None if best is None else (best[1], best[2])


def picture_bytes(doc, index: int, image: ImageBox, crop: tuple[float, float] = (0.0, 1.0),
                  max_side: int = MAX_PICTURE_SIDE) -> tuple[bytes, str, int, int] | None:
    """An image of page `index` as a file's bytes, its media type and pixel size: a JPEG in RGB or grey that
    needs no scaling or cropping is passed through as printed; any other image is drawn by PDFium (colour
    converted, masks applied), cut to `crop` (the share of its height from the top to keep), scaled to at most
    max_side pixels and encoded, as JPEG for photographs, PNG for drawings of few colours. None for an image
    that cannot be read or is too big to draw (the page's text is read all the same)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from PIL import Image

    page = _page(doc, index, "<pdf>")
    try:
        obj = pdfium.PdfImage(find(raw, page, image.within, image.index), page=page, pdf=doc)
        meta = obj.get_metadata()
        if not 0 < meta.width * meta.height <= MAX_PICTURE_PIXELS:
            return None
        if (crop == (0.0, 1.0) and obj.get_filters() == ["DCTDecode"] and max(meta.width, meta.height) <= max_side
                and meta.colorspace in (raw.FPDF_COLORSPACE_DEVICEGRAY, raw.FPDF_COLORSPACE_DEVICERGB)):
            data = bytes(obj.get_data(decode_simple=False))
            if _whole_jpeg(data, meta.width, meta.height):
                return data, "image/jpeg", meta.width, meta.height
        drawn = obj.get_bitmap(render=True).to_pil()
        return encode_picture(drawn, crop, max_side)
    except (pdfium.PdfiumError, OSError, ValueError, Image.DecompressionBombError):
        return None  # a damaged image: left out, as a printer would show a blank
    finally:
        page.close()


def _whole_jpeg(data: bytes, width: int, height: int) -> bool:
    """A JPEG that reads whole, of the size the PDF says (else it is drawn and encoded anew, or left out)."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format != "JPEG" or im.size != (width, height) or im.mode not in ("RGB", "L"):
                return False
            im.load()
        return True
    except (OSError, ValueError, Image.DecompressionBombError):
        return False


def encode_picture(drawn, crop: tuple[float, float] = (0.0, 1.0),
                   max_side: int = MAX_PICTURE_SIDE) -> tuple[bytes, str, int, int]:
    """A drawn image (PIL) cut, scaled and encoded: (bytes, media type, width, height)."""
    import io

    from PIL import Image

    if drawn.mode in ("RGBA", "LA", "P"):
        drawn = drawn.convert("RGBA")
        flat = Image.new("RGB", drawn.size, "white")
        flat.paste(drawn, mask=drawn.getchannel("A"))
        drawn = flat
    elif drawn.mode not in ("RGB", "L"):
        drawn = drawn.convert("RGB")
    w, h = drawn.size
    top, bottom = round(crop[0] * h), round(crop[1] * h)
    if (top, bottom) != (0, h):
        drawn = drawn.crop((0, top, w, bottom))
    if max(drawn.size) > max_side:
        scale = max_side / max(drawn.size)
        drawn = drawn.resize((max(1, round(drawn.width * scale)), max(1, round(drawn.height * scale))),
                             Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if drawn.getcolors(FEW_COLOURS) is not None:
        drawn.save(out, "PNG", optimize=True)
        media = "image/png"
    else:
        drawn.save(out, "JPEG", quality=82, optimize=True, progressive=False)
        media = "image/jpeg"
    return out.getvalue(), media, drawn.width, drawn.height
