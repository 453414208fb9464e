"""PDF blocks → chunks in reading order: regions cut apart by the white space between them (XY-cut), columns read
left to right, body blocks split at first-line indents, each chunk with the geometry the rules read.

The chunks then go through the same passes as a text dump's (rules, revise, assemble): geometry is evidence
for those conventions, not a second parser.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Piece
from . import conventions as cv
from .caps import joined_caps
from .figures import joined_figures
from .cells import table_cells
from .columns import (PICTURE, Body, Box, body_type, is_body, within, parted, separators, xy_cut)
from .insets import insets_after
from .anchors import DECK_NEAR, anchor, by_rows, credit_line, credit_under_group, group_order
from .bands import page_bands
from .groups import DISPLAY, TAB_MAX, beside_titles, box_of, in_flow, own_text, small_brief, title_groups, under_titles
from .forms import PROFILE_FIELD
from .furnish import PULL_QUOTE_MIN, quoted
from .pdf import Line, PdfBlock, PdfPage
from .pictures import Found, find_pictures
from .titles import is_rubric
from .verse import read_across, stanzas, verse, verse_sized
from .indents import paragraphs
from .patterns import regex
from .segment import Chunk, Geometry, clean, join_all

INSET_GAP = 3.0  # of the body size: a crosshead inside a column has its column's text this close above and below
HUNG = 0.5  # of the line's size: a bullet this far out left of its column's edge hangs there (a list's item)
UNDERLINE = 1.2  # of the body size: a rule this close under a headline underlines it …
DESCENT = 0.2  # … of the headline's size: as does one drawn this far up into its box (below its characters' feet)
RULED_NEAR = 6  # of the body size: a frame setting a title off the text under it starts this close under it
STRIP_NEAR = 4.0  # of the mark's size: a row of frames this close under a 广告 mark is its strip of ads
NUMBERS_MIN = 3  # numbers to call (five figures at least) in a box under 便民信息 that make it a list of them
_NUMBER = regex("[0-9０-９]{5,}")
SHOP_FIELDS = 2  # numbers or an address to reach a business at, in a frame with no sentence: an ad
_PSA = regex("^.{2,30}(?:关心您|關心您|关心你|關心你)$|^(?:公益广告|公益廣告)$")  # a public-service ad's sign-off or mark


def _inset(b: PdfBlock, flow: list[PdfBlock], body: Body, drawn: list[Box] = ()) -> bool:
    """A crosshead set inside a column: body text of that column right above it and right below it, no rule drawn
    between."""
    if b.vertical:
        return False
    near = INSET_GAP * body.size

    def within(f: PdfBlock) -> bool:
        return f.x0 - body.size <= b.x0 and b.x1 <= f.x1 + body.size

    under = [f for f in flow if within(f) and b.bottom - 1 <= f.top <= b.bottom + near]

    def over(f: PdfBlock) -> bool:  # (the column's text over it, a paragraph's short last line too: 讀。)
        return within(f) or len(f.lines) == 1 and is_body(f, body) and cv.ends_paragraph(f.text) \
            and any(abs(f.x0 - u.x0) <= 1 for u in under)

    return bool(under) and any(over(f) and b.top - near <= f.bottom <= b.top + 1 and not parted(box_of([f]), box_of([b]), drawn)
                               for f in flow)


def pulled(b: PdfBlock, told: list[str]) -> bool:
    """A sentence set apart in display type among a story's columns that a block of its text (told: the text
    blocks, quoted()) prints too (a pull quote): the columns it interrupts read on past it."""
    core = quoted(b.text)
    return (not b.vertical and len(core) >= PULL_QUOTE_MIN and cv.ends_paragraph(b.text)
            and any(len(t) > len(core) and core in t for t in told))


def picture_units(blocks: list[PdfBlock], pictures: list[Found], body: Body) -> list[tuple[PdfBlock, list[PdfBlock]]]:
    """Each captioned picture with the lines set against it (its caption and credit, pictures.caption_blocks) as
    one unit of the page: a stand-in block over the picture and its captions, and the captions."""
    units = []
    for f in pictures:
        captions = [b for b in blocks if any(b is c for c in f.captions)]
        if not captions:
            continue  # a picture with no caption has no text to put in order: the columns go on around it
        x0, top = min(f.box[0], *(b.x0 for b in captions)), min(f.box[1], *(b.top for b in captions))
        x1, bottom = max(f.box[2], *(b.x1 for b in captions)), max(f.box[3], *(b.bottom for b in captions))
        stand_in = PdfBlock((Line("", x0, top, x1, bottom, body.size, PICTURE),), x0, top, x1, bottom, body.size, PICTURE)
        units.append((stand_in, sorted(captions, key=lambda b: (b.top, b.x0))))
    return units


def reading_order(blocks: list[PdfBlock], body: Body, height: float, pictures: list[Found] | None = None,
                  rules: tuple[Box, ...] = (), frames: tuple[Box, ...] = ()) -> list[PdfBlock]:
    """The page's blocks in reading order: the body text by XY-cut, each picture with its captions standing in it
    as a block; the page's header band (the top of the page, above all body text) first; each title group
    (headlines, crossheads, credits set apart) before the body text (or picture) it heads."""
    units = picture_units(blocks, pictures or [], body)
    captions = {id(b): stand_in for stand_in, caps in units for b in caps}
    blocks = [b for b in blocks if id(b) not in captions]
    titled = under_titles(blocks, body) | beside_titles(blocks, body)
    bands = page_bands(blocks, body, height, rules, frames)
    briefs = {id(b) for b in blocks if small_brief(b, blocks, body)}  # (a box of briefs set small: text, in the flow)
    flow = [b for b in blocks if (in_flow(b, body) or id(b) in briefs) and id(b) not in titled and id(b) not in bands]
    flow += [stand_in for stand_in, _ in units]
    if not flow:
        return sorted(blocks, key=lambda b: (b.top, b.x0))
    drawn = separators(_not_underlines(rules, blocks, body, frames), frames, flow, blocks)
    inset = {id(b) for b in blocks if not in_flow(b, body) and id(b) not in briefs and _inset(b, flow, body, drawn)}
    told = [quoted(f.text) for f in flow]
    quotes = tuple(box_of([b]) for b in blocks if not in_flow(b, body) and id(b) not in briefs and pulled(b, told))
    flow = xy_cut(flow + [b for b in blocks if id(b) in inset], body, drawn, quotes)
    head = sorted((b for b in blocks if bands.get(id(b)) == "head"), key=lambda b: (b.top, b.x0))
    foot = sorted((b for b in blocks if bands.get(id(b)) == "foot"), key=lambda b: (b.top, b.x0))
    rest = [b for b in blocks if (not in_flow(b, body) and id(b) not in briefs or id(b) in titled) and id(b) not in inset
            and id(b) not in bands]
    at: dict[int, list[tuple[bool, list[PdfBlock]]]] = {}
    groups = title_groups(rest, body, drawn, flow)
    flow = insets_after(flow, frames, [box_of(g) for g in groups], body)
    anchors = [anchor(g, flow, groups, body, drawn, frames) for g in groups]
    for _ in groups:  # a group read with another takes that one's place (a deck its headline's, a label its story's)
        anchors = [anchors[-1 - i] if i < 0 else (i, heads) for i, heads in anchors]
    taken: set[int] = set()
    for g, (i, heads) in zip(groups, anchors):
        i = len(flow) if i < 0 else i  # (groups read with each other, round: none has a place)
        bottom = box_of(g)[3]
        own = [f for k, f in enumerate(flow) if heads and k not in (i - 1, i) and credit_under_group(f, g, body)]
        g, taken = g + own, taken | {id(f) for f in own}  # its credit line, read with it where it is read
        _, top, right, _ = box_of(g)
        while heads and 0 < i < len(flow) and credit_line(flow[i - 1]) and flow[i - 1].bottom <= flow[i].top + 1 \
                and (flow[i - 1].top >= bottom - 1 or flow[i - 1].x0 >= right + 2 * body.size and flow[i - 1].top >= top):
            i -= 1  # its credit line, read before the text it heads (set at the right, over another column, or on
            # the headline's row at its right)
        while heads and i < len(flow) and cv.length(flow[i].text) <= TAB_MAX and flow[i].bottom <= top + 1 \
                and flow[i].x0 < right and not cv.SENTENCE_PUNCT.search(flow[i].text) and not credit_line(flow[i]):
            i += 1  # a label in the body's size set over the group's corner (代表风采 in its tab): read before it
        at.setdefault(i, []).append((heads, g))
    out = list(head)
    for i in range(len(flow) + 1):
        # the groups closing the text before, then those heading the text after
        for g in by_rows(sorted(at.get(i, []), key=lambda hg: (hg[0], min(b.top for b in hg[1])))):
            out += group_order(g, body)
        if i < len(flow) and id(flow[i]) not in taken:
            out.append(flow[i])
    caps = {id(stand_in): c for stand_in, c in units}
    return [c for b in out for c in caps.get(id(b), [b])] + foot


HEAD_LINE_MAX = 20  # characters: a crosshead underlined in the body's size is a line this short


def _not_underlines(rules: tuple[Box, ...], blocks: list[PdfBlock], body: Body,
                    frames: tuple[Box, ...] = ()) -> tuple[Box, ...]:
    """The rules but those drawn right under a headline, mostly within its width, or across the frame it stands
    in (a box's label over a rule closing its head strip), or from a column label's left edge on (its tab), or
    under it and the deck set beside it: they underline it (a headline's decoration), they do not part it from its
    story. A crosshead set a little larger than the body between two rules of its column's width is ruled over and
    under as its decoration: neither rule parts it from its column's text."""
    titles = [b for b in blocks if not b.vertical and b.size >= DISPLAY * body.size]
    crossheads = [b for b in blocks if not b.vertical and body.size < b.size < DISPLAY * body.size
                  and not in_flow(b, body)]

    def strip(r: Box, t: PdfBlock) -> bool:
        return any(abs(r[0] - f[0]) <= 2 and abs(r[2] - f[2]) <= 2 and f[1] <= t.top and f[0] <= t.x0
                   and t.x1 <= f[2] for f in frames)

    def across(r: Box, t: PdfBlock) -> bool:  # drawn across, mostly within its width
        return min(r[2], t.x1) - max(r[0], t.x0) > (r[2] - r[0]) / 2

    def tab(r: Box, t: PdfBlock) -> bool:  # a column's label, its rule running on from its left edge (读者来函 ———)
        return abs(r[0] - t.x0) <= body.size and is_rubric(t.text)

    def decked(r: Box, t: PdfBlock) -> bool:  # drawn from its left edge under it and the deck set beside it
        return abs(r[0] - t.x0) <= body.size and any(o is not t and o.x0 >= t.x1 and t.top - body.size <= o.top <= t.bottom
                                                      and o.x1 <= r[2] + body.size for o in titles)

    def underlines(r: Box, t: PdfBlock) -> bool:
        return (r[2] - r[0] > r[3] - r[1] and t.bottom - DESCENT * t.size <= r[1] <= t.bottom + UNDERLINE * body.size
                and (across(r, t) or strip(r, t) or tab(r, t) or decked(r, t)))

    def overlines(r: Box, t: PdfBlock) -> bool:
        return r[2] - r[0] > r[3] - r[1] and t.top - UNDERLINE * body.size <= r[3] <= t.top + 1 and across(r, t)

    ruled = [t for t in crossheads if any(underlines(r, t) for r in rules) and any(overlines(r, t) for r in rules)]
    heads = [b for b in blocks if len(b.lines) == 1 and not b.vertical and b.face != body.face and in_flow(b, body)
             and cv.length(b.text) <= HEAD_LINE_MAX and not cv.SENTENCE_PUNCT.search(b.text) and any(
                 o.face == body.face and 0 <= o.top - b.bottom <= 2 * body.size and o.x0 < b.x1 and o.x1 > b.x0
                 for o in blocks)]  # (a crosshead in the body's size, another face, over its column's text, ruled over
    # or under across the column; a kicker over its headline is no crosshead)
    return tuple(r for r in rules if not any(underlines(r, t) for t in titles + ruled + heads)
                 and not any(overlines(r, t) for t in ruled + heads))


def ruled_off(blocks: list[PdfBlock], body: Body, rules: tuple[Box, ...], frames: tuple[Box, ...]) -> set[int]:
    """Blocks set out of the body text (titles, bars) with a rule drawn between them and all the body text under
    them, by id: whatever they head, it is not the story under the rule (a series bar at a story's foot)."""
    flow = [b for b in blocks if in_flow(b, body)]
    drawn = separators(_not_underlines(rules, blocks, body, frames), frames, flow, blocks)
    out = set()
    for b in blocks:
        if in_flow(b, body) or b.vertical or not drawn:
            continue  # (a vertical headline heads the text beside it, not under it)
        under = [f for f in flow if f.top >= b.bottom - 1 and f.x0 < b.x1 and f.x1 > b.x0]
        if under and all(parted(box_of([b]), box_of([f]), drawn) for f in under):
            near = tuple(f for f in frames if f[1] <= b.bottom + RULED_NEAR * body.size)
            if near == tuple(frames) or all(parted(box_of([b]), box_of([f]), separators(
                    _not_underlines(rules, blocks, body, near), near, flow, blocks)) for f in under):
                out.add(id(b))  # (a frame far down, round an ad under a photo, sets no deck off its story)
    for b in sorted((b for b in blocks if id(b) in out), key=lambda b: b.top):
        if any(id(t) not in out and not in_flow(t, body) and (t.x0 < b.x1 and b.x0 < t.x1
               and (b.top - DECK_NEAR * body.size <= t.bottom <= b.top + 1
                    or b.bottom - 1 <= t.top <= b.bottom + DECK_NEAR * body.size
                    and not parted(box_of([b]), box_of([t]), drawn))
               or t.x1 <= b.x0 and t.top - body.size <= b.top <= t.bottom and t.size > b.size) for t in blocks):
            out.discard(id(b))  # a deck right under a headline the rule does not set off, or beside it, or a kicker
            # right over it with no rule between: with it, above the rule
    return out


def _geometry(block: PdfBlock, lines: list[Line], body: Body, indented: bool | None, band: str | None,
              pictures: list[Found], ruled: bool) -> Geometry:
    box = (min(ln.x0 for ln in lines), min(ln.top for ln in lines), max(ln.x1 for ln in lines),
           max(ln.bottom for ln in lines))
    by_picture = any(block is c and not _photo_title(block, f.captions) for f in pictures for c in f.captions)
    return Geometry(round(block.size / body.size, 2), block.face == body.face, block.bold, indented, block.copy,
                    tuple(round(v, 1) for v in box), band, by_picture, ruled, block.face, lines=len(lines))


PHOTO_TITLE = (4, 16)  # characters: a photo's own title over its caption runs a few words, a line at most


def _photo_title(block: PdfBlock, captions: list[PdfBlock]) -> bool:
    """A picture's first caption line a few words long, no mark in them, set larger than the caption under it,
    which tells in sentences: the photo's title (photo news: 花田迎客 over what happened), not its caption."""
    under = [c for c in captions if c.top >= block.bottom - 1 and c is not block]
    return (bool(under) and all(c.top >= block.top for c in captions) and PHOTO_TITLE[0] <= cv.length(block.text) <= PHOTO_TITLE[1]
            and not cv.SENTENCE_PUNCT.search(block.text) and not cv.COMMA_IN.search(block.text)
            and block.size > min(c.size for c in under) and any(cv.SENTENCE_PUNCT.search(c.text) for c in under))


@dataclass(frozen=True)
class PageRead:
    """One PDF page read: its chunks in reading order, their texts (one dump block each), the invisible characters
    cleaned out, its pictures and its body type."""

    chunks: list[Chunk]
    texts: list[str]
    removed: str
    pictures: list[Found]
    body: Body


def _ads(page: PdfPage, blocks: list[PdfBlock]) -> list[Box]:
    """The frames and panels (images with text printed on them) holding the mark 广告, which the law has every
    advertisement carry (or a public-service ad's sign-off, 某某局 某报 关心您), the weather's or the index's label (今日天气, 导读) or useful numbers' (便民信息 over numbers to call): those
    regions, the page's furniture."""
    marks = [b for b in blocks if any(p.match(cv.squash(b.text)) for p in (cv.AD_MARK, cv.WEATHER_LABEL, cv.INDEX_LABEL, _PSA))]
    numbers = [b for b in blocks if cv.SERVICE_LABEL.match(cv.squash(b.text))]
    regions = list(page.boxes) + [(im.x0, im.top, im.x1, im.bottom) for im in page.images]

    def listed(r: Box) -> bool:  # a box of numbers to call, not notices under the same label (停水通知 …)
        return len(_NUMBER.findall("".join(b.text for b in blocks if within(b, r)))) >= NUMBERS_MIN

    def shop(r: Box) -> bool:  # a frame of a business's numbers and address and no sentence: an ad with no mark
        held = [b for b in blocks if within(b, r)]
        return sum(bool(cv.CONTACT_LINE.match(ln.text.strip())) for b in held for ln in b.lines) >= SHOP_FIELDS and not any(
            cv.TERMINAL_IN.search(b.text) for b in held)

    under = [(m, r) for m in marks for r in regions if _strip_under(m, r, regions)]
    strips = list(dict.fromkeys(r for _, r in under))
    bands = [(min(r[0] for r in strips), m.top - 1, max(r[2] for r in strips), m.bottom + 1)
             for m in dict.fromkeys(m for m, _ in under)]  # (the mark's line: the strip's label)
    return [r for r in regions if any(within(m, r) for m in marks) or any(within(m, r) for m in numbers)
            and listed(r) or shop(r)] + strips + bands


def _strip_under(mark: PdfBlock, r: Box, regions: list[Box]) -> bool:
    """The region stands in a row of frames right under the mark, the mark over that row's span (a strip of
    classified ads under a band that carries 广告 at its end): an advertisement of the strip."""
    row = [o for o in regions if 0 <= o[1] - mark.bottom <= STRIP_NEAR * mark.size and abs(o[1] - r[1]) <= mark.size]
    return r in row and min(o[0] for o in row) - mark.size <= mark.x0 and mark.x1 <= max(o[2] for o in row) + mark.size


def _set_off(before: PdfBlock, b: PdfBlock, body: Body, drawn: list[Box]) -> bool:
    """A title in display type with a rule or a frame's side drawn between it and the text read before it, or one
    in any type but the body's under a rule drawn across: it opens a frame of its own (a box, a story or a chart
    under the rule), as more blank lines do in a dump. (A crosshead at a column's top beside a column rule is no
    such title.)"""
    if b.vertical or is_body(b, body):
        return False
    rules = drawn if b.size >= DISPLAY * body.size else [r for r in drawn if r[2] - r[0] > r[3] - r[1]]
    if b.bottom <= before.top:  # (read on up at the next column's top: only a rule over its own column sets it off)
        rules = [r for r in rules if r[0] < b.x1 and b.x0 < r[2]]
    hug = [r for r in rules if r[0] <= b.x0 and b.x1 <= r[2] and (0 <= b.top - r[3] <= HUG * b.size or 0 <= r[1] - b.bottom <= HUG * b.size)]
    if len(hug) == 2 and not is_body(b, body) and b.size < DISPLAY * body.size:  # (a crosshead set between two rules of
        rules = [r for r in rules if r not in hug]  # its own, over and under it, in its column: no frame's edge)
    if b.x0 >= before.x1 and before.top - body.size <= b.top <= before.bottom and b.size < before.size:
        top, bottom = before.top - body.size, max(before.bottom, b.bottom) + body.size  # (a deck set beside its headline,
        rules = [r for r in rules if not (r[3] - r[1] > r[2] - r[0] and top <= r[1] and r[3] <= bottom)]  # a short
        # rule drawn between them only as tall as the headline: the group's own)
    return parted(box_of([before]), box_of([b]), rules)


HUG = 0.5  # of the type size: a rule this close over or under a line is that line's own


def _frame(b: PdfBlock, frames: tuple[Box, ...]) -> Box | None:
    """The smallest frame the block stands in."""
    return min((f for f in frames if within(b, f)), key=lambda f: (f[2] - f[0]) * (f[3] - f[1]), default=None)


def _local(b: PdfBlock, texts: list[PdfBlock], body: Body) -> Body:
    """The body type a block is measured against: that of text set in a size of its own (own_text) where the
    block stands in its column in that size (its writer's name), else the page's."""
    return next((Body(t.size, t.face) for t in texts if abs(t.size - b.size) <= 0.02 * t.size
                 and t.x0 - t.size <= b.x0 and b.x1 <= t.x1 + t.size), body)


def page_chunks(page: PdfPage, index: int, first_line: int) -> PageRead:
    """The page's chunks in reading order (overprinted copies last), their texts (one dump block each, numbered
    from first_line in the dump text the chunks' pieces point into), the invisible characters cleaned out and
    its pictures."""
    originals = [b for b in page.blocks if not b.copy]
    body = body_type(originals)
    originals = joined_figures(joined_caps(originals, body), body)
    page = replace(page, blocks=tuple(originals) + tuple(b for b in page.blocks if b.copy))  # (pictures' captions too)
    pictures = find_pictures(page, body.size, body.face)
    ordered = reading_order(originals, body, page.height, pictures, page.rules, page.boxes)
    ordered += [b for b in page.blocks if b.copy]
    bands = page_bands(originals, body, page.height, page.rules, page.boxes, pictures)
    ruled = ruled_off(originals, body, page.rules, page.boxes)
    flow = [b for b in originals if in_flow(b, body)]
    drawn = separators(_not_underlines(page.rules, originals, body, page.boxes), page.boxes, flow, originals)
    ads, cells = _ads(page, originals), table_cells(originals)
    sung, own = {id(b) for b in stanzas(originals, body)}, [b for b in originals if own_text(b, body)]
    decks = beside_titles(originals, body)  # (a deck's short lines beside its headline are no verse)
    framed = {id(b): _frame(b, page.boxes) for b in originals}
    boxes: dict[Box | None, list[PdfBlock]] = {}
    for o in originals:
        boxes.setdefault(framed[id(o)], []).append(o)  # (each box's blocks: a block's column is read in its box)
    chunks, texts, removed = [], [], []
    line = first_line
    for k, b in enumerate(ordered):
        gap = 2 if k and _set_off(ordered[k - 1], b, body, drawn) else 1
        stanza = id(b) in sung
        versed = verse_sized(b, body) and id(b) not in decks and (stanza or verse(read_across(b, body))) and not (
            b.face != body.face and "Bold" in b.face)  # (paragraphs() cuts them too; a bold title wrapped short is none)
        frame = framed[id(b)] if id(b) in framed else _frame(b, page.boxes)
        for lines, indented in paragraphs(b, boxes.get(frame, [b]), body, stanza):
            text, gone = clean(join_all([ln.text for ln in lines]))
            text = text.strip()
            removed.append(gone)
            if not text:
                continue
            g = _geometry(b, lines, _local(b, own, body), indented, bands.get(id(b)), pictures, id(b) in ruled)
            g = replace(g, ad=id(b) in cells or any(within(b, r) for r in ads), frame=frame)
            g = replace(g, verse=True) if versed else g
            lead = lines[0].lead if in_flow(b, body) and lines[0].lead and lines[0].lead[1] != body.face else None
            if lead is None and len(lines) > 1 and in_flow(b, body) and lines[0].face != body.face and lines[1].lead \
                    and lines[1].lead[1] == lines[0].face:  # (a bold title run in, wrapped onto its text's first line)
                lead = (join_all([lines[0].text, lines[1].lead[0]]), lines[0].face)
            parts = [(text, g)]
            if lead and text.startswith(lead[0]) and text[len(lead[0]):].strip() and not cv.DATELINE.match(lead[0]) \
                    and not PROFILE_FIELD.match(text) and not cv.LEAD_IN.match(text) and not cv.WEEKDAY.fullmatch(lead[0]):
                # (a dateline in bold, a card's 姓名：, 编者按：, a week's day over what it saw, 周一▎…, open their line)
                parts = [(lead[0], replace(g, face=lead[1], body_face=False)),
                         (text[len(lead[0]):].strip(), replace(g, indented=False, body_face=True, face=body.face))]
            for part, geometry in parts:
                chunks.append(Chunk(part, (Piece(part, line, line),), gap, index, bool(geometry.indented), geometry))
                texts.append(part)
                line += 2
                gap = 1
    return PageRead(chunks, texts, "".join(removed), pictures, body)
