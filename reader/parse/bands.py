"""PDF blocks → the page's head and foot bands: what stands above all its body text (folio, section, date,
masthead) or below all of it (ads, notices), by id."""
from __future__ import annotations

from . import conventions as cv
from .columns import Body, Box, is_body, within
from .groups import DISPLAY, in_flow
from .pdf import PdfBlock

MASTHEAD = 0.25  # of the page's height: a rule across the page this near its top, under no body text, ends its head
ACROSS_PAGE = 0.8  # of the width of the page's text: a rule this long is drawn across the page
HEADER_BAND = 0.06  # of the page's height: the page header (folio, section, date, masthead) stands in this band
FOOTER_BAND = 0.08  # of the page's height: below all body text, the page's foot (ads, notices) stands in this band


def _masthead_rule(blocks: list[PdfBlock], body: Body, height: float, rules: tuple[Box, ...]) -> float:
    """How far down a front page's head reaches: the lowest rule drawn across the page's text near its top with no
    paragraph of body text over it (the masthead stands over such a rule), unless a headline group with no date or
    masthead line in it stands between it and a rule higher up; 0 if none is drawn."""
    if not blocks:
        return 0.0
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    first = min((b.top for b in blocks if is_body(b, body) and len(b.lines) >= 3), default=height)  # a paragraph
    across = sorted(r[1] for r in rules if r[2] - r[0] >= ACROSS_PAGE * (x1 - x0) and r[3] - r[1] < body.size
                    and r[1] <= MASTHEAD * height and r[1] <= first)
    head = 0.0
    for y in across:  # a rule lower down closes the head only if what stands over it is the head's (a date strip)
        band = [b for b in blocks if b.top >= head and b.bottom <= y]
        if head and any(b.size >= DISPLAY * body.size for b in band) \
                and not any(cv.MASTHEAD.search(b.text) or cv.DATE.search(b.text) for b in band):
            break  # a headline group of the lead story between rules: under the head, not in it
        head = y
    return head


def _foot_rule(blocks: list[PdfBlock], body: Body, height: float, rules: tuple[Box, ...]) -> float:
    """The highest rule drawn across the page's text in its foot band, paragraphs of body text over it (a strip
    under it: 下期预告, a notice, an ad); the page's height if none is drawn."""
    if not blocks:
        return height
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    return min((r[1] for r in rules if r[2] - r[0] >= ACROSS_PAGE * (x1 - x0) and r[3] - r[1] < body.size
                and r[1] >= (1 - FOOTER_BAND) * height and any(is_body(b, body) and b.bottom <= r[1] for b in blocks)),
               default=height)


def page_bands(blocks: list[PdfBlock], body: Body, height: float, rules: tuple[Box, ...] = (),
               frames: tuple[Box, ...] = (), pictures: tuple | list = ()) -> dict[int, str]:
    """Blocks outside the body text in the page's header band ("head": above all body text, near the top, or over
    the masthead's rule) or its foot ("foot": below all of it, near the bottom, or in a frame below all of it that
    reaches that far down: an advertisement's strip, its name set large at its top), by id. The captions of the
    pictures found (pictures.Found) are their pictures', wherever they stand (photos along the page's foot)."""
    captions = {id(c) for f in pictures for c in f.captions}
    blocks = [b for b in blocks if id(b) not in captions]
    flow = [b for b in blocks if in_flow(b, body)]
    if not flow:
        return {}
    head = _masthead_rule(blocks, body, height, rules)
    foot = _foot_rule(blocks, body, height, rules)
    flow = [b for b in flow if b.top < foot] or flow
    top, bottom = min(b.top for b in flow), max(b.bottom for b in flow)
    out = {}
    for b in blocks:
        if in_flow(b, body) and b.bottom > head and b.top < foot:
            continue
        if b.bottom <= min(top, HEADER_BAND * height) or b.bottom <= head:
            out[id(b)] = "head"
        elif b.top >= max(bottom, (1 - FOOTER_BAND) * height) or any(
                f[1] >= bottom and f[3] >= (1 - FOOTER_BAND) * height and within(b, f) for f in frames):
            out[id(b)] = "foot"
    return out
