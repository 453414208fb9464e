"""A page's title groups → where each is read among its body blocks: before the text it heads (under it, beside a
vertical headline, in its frame), with the title group it belongs to (a deck, a label), or closing the text above.

layout.reading_order puts the groups there; the conventions are a newspaper's: a headline heads the columns under
it, a box's label its box, a deck its headline's story.
"""
from __future__ import annotations

from dataclasses import replace

from . import conventions as cv
from .bands import ACROSS_PAGE
from .columns import PICTURE, Body, Box, parted, within
from .groups import DISPLAY, TAB_MAX, box_of, credit_under, in_flow
from .pdf import PdfBlock

RUNS_ON = 2.0  # of the body size: text running up beside a title runs on this far below it when the title heads it
LEVEL_SIZE = 0.9  # of a headline's size: another story's headline level with it is set about as large
LABEL_MAX = 4  # characters: a label set at the left of its text, level with it, is a word (编者按, 编后)
BESIDE = 3.0  # of the body size: a vertical headline heads the columns this close beside it
HEADS = 3.0  # of the body size: columns starting this close under a headline are the ones it heads …
V_GUTTER = 3.0  # … when they stand side by side, this close, starting at one height
RULE_UNDER = 4  # of the body size: a rule across a headline group's width this close under it, nothing between, is its own
CREDIT_NEAR = 3.0  # of the body size: a credit line this close under a title group, within its width, is its credit
DECK_NEAR = 2.0  # of the body size: a title group this close under another, with nothing it heads, reads with it


def _heads(x0: float, x1: float, bottom: float, flow: list[PdfBlock], body: Body,
           rules: list[Box], titles: list[Box] = (), heads: list[Box] = ()) -> tuple[float, float]:
    """The width a headline heads: its own, widened to the columns that start right under it on either side (a
    headline centred over a story heads all its columns, the first too, though its type does not reach over it,
    across the rules drawn down between them from under it; a column opening with a crosshead, one of `heads`,
    starts at its top), but for columns under another story's headline level with it (titles)."""
    opened = {id(f): h[1] for f in flow for h in heads if f.x0 - 1 <= h[0] and h[2] <= f.x1 + 1
              and 0 <= f.top - h[3] <= body.size}
    flow = [replace(f, top=opened[id(f)]) if id(f) in opened else f for f in flow]
    start = [f for f in flow if 0 <= f.top - bottom <= HEADS * body.size
             and not any(t[0] < f.x1 and f.x0 < t[2] and (t[2] <= x0 + 1 or t[0] >= x1 - 1) for t in titles)]
    under = [f for f in start if f.x0 < x1 and f.x1 > x0 and not parted((x0, bottom, x1, bottom), box_of([f]), rules)]
    if not under:  # (a headline set beside a picture level with it heads the text under both: the band's foot)
        foot = max((p.bottom for p in flow if p.face == PICTURE and p.top < bottom < p.bottom
                    and min(abs(p.x1 - x0), abs(x1 - p.x0)) <= V_GUTTER * body.size), default=None)
        return (x0, x1) if foot is None else _heads(x0, x1, foot, flow, body, rules, titles, heads)
    lo, hi = min(f.x0 for f in under), max(f.x1 for f in under)
    tops = {round(f.top) for f in under}
    rules = [r for r in rules if r[3] - r[1] <= r[2] - r[0] or r[1] < bottom - 1]  # (not its columns' own rules)
    for f in sorted(start, key=lambda f: -f.x1):  # leftwards, column by column, starting at the same height
        if f.x1 <= lo and lo - f.x1 <= V_GUTTER * body.size and any(abs(f.top - t) <= body.size for t in tops) \
                and not parted(box_of([f]), (lo, f.top, lo, f.bottom), rules):
            lo = f.x0
    for f in sorted(start, key=lambda f: f.x0):
        if f.x0 >= hi and f.x0 - hi <= V_GUTTER * body.size and any(abs(f.top - t) <= body.size for t in tops) \
                and not parted(box_of([f]), (hi, f.top, hi, f.bottom), rules):
            hi = f.x1
    return min(x0, lo), max(x1, hi)


def _level_left(group: list[PdfBlock], upright: Box, top: float, flow: list[PdfBlock], body: Body,
                rules: list[Box]) -> list[PdfBlock]:
    """The body text level with a vertical headline on its left, no rule drawn between (or, for a headline ruled off
    on both sides, all of it)."""
    level = [f for f in flow if f.x1 <= upright[0] + 1 and f.top < upright[3] and f.bottom > top]
    return [f for f in level if not parted(upright, box_of([f]), rules)] or [
        f for f in level if max(b.size for b in group) >= DISPLAY * body.size]


def _headed(f: PdfBlock, group: list[PdfBlock], groups: list[list[PdfBlock]], body: Body) -> bool:
    """A headline of its own, set across the top of the text right of a vertical headline, level with its top half:
    that text is another story's (Hong Kong papers set a story's vertical headline at the right of its own text)."""
    top, bottom = box_of(group)[1], box_of(group)[3]
    return any(g is not group and not any(b.vertical for b in g) and max(b.size for b in g) >= DISPLAY * body.size
               and box_of(g)[3] <= f.top + 1 and box_of(g)[0] < f.x1 and box_of(g)[2] > f.x0
               and top - body.size <= box_of(g)[1] < (top + bottom) / 2 for g in groups)


def _sides(group: list[PdfBlock], flow: list[PdfBlock], rules: list[Box]) -> tuple[float | None, float | None]:
    """How far the nearest body text level with a vertical headline stands on its right and on its left (None:
    none there, or a rule drawn between)."""
    upright = box_of([b for b in group if b.vertical] or group)  # (a deck set with it across its columns is wider)
    x0, top, x1, bottom = upright
    level = [f for f in flow if f.top < bottom and f.bottom > top and not parted(upright, box_of([f]), rules)]
    return (min((f.x0 - x1 for f in level if f.x0 >= x1 - 1), default=None),
            min((x0 - f.x1 for f in level if f.x1 <= x0 + 1), default=None))


def _framed(group: list[PdfBlock], flow: list[PdfBlock], frames: tuple[Box, ...],
            groups: list[list[PdfBlock]] = ()) -> tuple[int, list[int]] | None:
    """A title group in a frame heads the text in that frame (a box's label its box): read before the frame's
    first text under its first line (in its columns, if any there); with the frame's text it may be read before
    (flow indices: a label over all the frame holds, its first alone); None outside a frame or with none under it."""
    x0, top, x1, bottom = box_of(group)
    inside = [f for f in frames if f[0] - 1 <= x0 and x1 <= f[2] + 1 and f[1] - 1 <= top and bottom <= f[3] + 1]
    if not inside:
        return None
    fx0, ftop, fx1, fbottom = min(inside, key=lambda f: (f[2] - f[0]) * (f[3] - f[1]))
    held = [i for i, f in enumerate(flow) if fx0 - 1 <= f.x0 and f.x1 <= fx1 + 1 and ftop - 1 <= f.top
            and f.bottom <= fbottom + 1]
    first = min(b.bottom for b in group)  # (its first line's foot)
    beside = [i for i in held if flow[i].x0 >= x1 - 1 and 2 * top - first <= flow[i].top < first]  # (level)
    under = sorted({i for i in held if flow[i].top >= first - 1} | (set(beside) if len(beside) > 1 else set()))
    # (under its first line; or, a side head, the columns beside it on its right, level with it)
    below = [i for i in under if flow[i].x0 < x1 and flow[i].x1 > x0]  # (in its columns: a brief's title its own)
    atop = all(flow[i].top >= bottom - 1 for i in held) and all(
        g[0].top >= bottom - 1 for g in groups if g[0] not in group and within(g[0], (fx0, ftop, fx1, fbottom)))
    return None if not under else (under[0], under[:1]) if atop else ((below or under)[0], held)


def anchor(group: list[PdfBlock], flow: list[PdfBlock], groups: list[list[PdfBlock]], body: Body,
           rules: list[Box], frames: tuple[Box, ...] = ()) -> tuple[int, bool]:
    """Where a title group is read (_placed), kept in the frame it stands in: a place outside it, over the group
    in it or beside it (another brief's text) gives way to the frame's own text under it (_framed)."""
    i, heads = _placed(group, flow, groups, body, rules, _labelled(frames, groups))
    framed = None if any(b.vertical for b in group) else _framed(group, flow, frames, groups)
    if framed is None or i in framed[1] and flow[i].top >= min(b.bottom for b in group) - 1 and (
            flow[i].x0 < box_of(group)[2] and flow[i].x1 > box_of(group)[0] or _name_alone(group, body)
            or abs(flow[i].top - flow[framed[0]].top) <= body.size):
        return i, heads  # (a name in body size set at the right under a headline heads its story's first column;
        # a label centred over the box's columns, its first: the one it was found to head, level with the rest)
    return framed[0], True


def _name_alone(group: list[PdfBlock], body: Body) -> bool:
    """A word in body size alone (a writer's name, 某某), no title of a brief."""
    return len(group) == 1 and in_flow(group[0], body) and cv.length(group[0].text) <= LABEL_MAX


def _placed(group: list[PdfBlock], flow: list[PdfBlock], groups: list[list[PdfBlock]], body: Body,
            rules: list[Box], frames: tuple[Box, ...] = ()) -> tuple[int, bool]:
    """Where a title group is read: before the first body block (in reading order) of the text it heads, a block
    under it in the columns it spans (or beside it, running up) that runs on below it, no other title group nor rule
    (but its underline) between them; a group that heads nothing closes the text above it. A vertical headline heads
    the columns on its nearer side: on its right, the first; on its left, those up to the rule on their other side."""
    x0, top, x1, bottom = box_of(group)
    vertical, walls = any(b.vertical for b in group), []
    rules = [r for r in rules if vertical or not _underline(r, (x0, top, x1, bottom), body)]
    if vertical:
        middle = (top + bottom) / 2  # a rule down beside it, level with its middle: the story's other side
        right, left = _sides(group, flow, rules)
        if right is None and left is None:
            right, left = _sides(group, flow, [])  # a rule sets it off its own columns
        on_right = right is not None and right <= BESIDE * body.size and (left is None or right < left)
        if on_right:  # the columns on its right, unless another story's headline heads them
            reach = (x0, top, x1 + right + BESIDE * body.size, bottom)  # its first column, an indent in
            first = next((i for i, f in enumerate(flow) if f.x0 < reach[2] and f.x1 > x1 and f.bottom > top
                          and not parted(reach, box_of([f]), rules)), None)
            if first is not None and (left is None or not _headed(flow[first], group, groups, body)):
                return first, True
        if not on_right or first is not None:
            upright = box_of([b for b in group if b.vertical])  # (a subheadline across its columns is wider)
            x0, x1, bottom = upright[0] - BESIDE * body.size, x1 + BESIDE * body.size, top
            walls = [r[0] for r in rules if r[3] - r[1] > r[2] - r[0] and r[0] <= x0 and r[1] < middle < r[3]]
            rights = [r[0] for r in rules if r[3] - r[1] > r[2] - r[0] and r[0] >= upright[2] - 1
                      and r[1] < middle < r[3]]
            x1 = min([x1] + rights)  # (nor past the rule on its right: another story's)
            level = _level_left(group, upright, top, flow, body, rules)
            if walls:
                x0 = max(walls)
            elif level and rights or any(f.x1 >= x0 for f in level):  # beside its columns (or ruled off on its
                x0 = min(f.x0 for f in level)  # right, its story's side): all of them on that side
    if not vertical and cv.length("".join(b.text for b in group)) <= LABEL_MAX:
        for i, f in enumerate(flow):  # a label set at the left of its text, level with it (编者按 by the note)
            if 0 <= f.x0 - x1 <= BESIDE * body.size and f.top <= top and bottom <= f.bottom \
                    and not parted((x0, top, x1, bottom), box_of([f]), rules):
                return i, True
    below = box_of(group)[3] if vertical else bottom  # (a deck set level with a vertical headline is its own)
    between = [box_of(g) for g in groups if g is not group and box_of(g)[1] >= below - 1
               and not credit_under(g, bottom, body)]
    if not vertical:
        x0, x1, between = _span(group, groups, between, flow, body, rules)
    if not vertical and ((side := _side_text(group, flow, groups, between, body)) is not None
                         or (side := _left_text(group, flow, groups, body, rules)) is not None):
        return side, True  # (a side head; a headline at the right of its columns)
    for i, f in enumerate(flow):
        # under it, or beside it, running on below (beside a vertical headline: standing anywhere beside it)
        under = f.top >= bottom - 1 or f.bottom > bottom + RUNS_ON * body.size or bool(walls)
        if f.x0 < x1 and f.x1 > x0 and under and not parted((x0, top, x1, below), box_of([f]),
                                                              _past(rules, frames, bottom, f)):
            if not any(g[0] < f.x1 and g[2] > f.x0 and g[3] <= f.top + 1 for g in _over(between, f, frames)):
                return i, True
    if not any(_holds(r, box_of(group)) for r in frames) and (ruled := _rule_under(group, flow, body, rules)) is not None:
        # (a rule right under a lead's headline group; one under a box's frame closes the story the box is in)
        return _placed(group, flow, groups, body, [r for r in rules if r is not ruled], frames)
    if above := [i for i, f in enumerate(flow) if f.x0 < x1 and f.x1 > x0 and f.top < top
                 and not parted((x0, top, x1, bottom), box_of([f]), rules)]:
        return _closing(max(above), top, flow, body), False
    return _opening(group, flow, groups, body, rules), True


def _underline(r: Box, g: Box, body: Body) -> bool:
    """A short rule right under a title group, within its width (a column's headline underlined): an ornament of
    the title's, parting it from no text."""
    return r[3] - r[1] < r[2] - r[0] and g[3] - 1 <= r[1] <= g[3] + body.size and g[0] - 1 <= r[0] and r[2] <= g[2] + 1


def _closing(k: int, top: float, flow: list[PdfBlock], body: Body) -> int:
    """Where a title group closing the text above it is read: after flow[k], the text over it, and after the
    columns beside that one, level with it, all ending over the group (under a story's columns, the story's: not
    its first column's foot)."""
    while k + 1 < len(flow) and flow[k + 1].bottom <= top + 1 and flow[k + 1].x0 >= flow[k].x1 - 1 \
            and abs(flow[k + 1].top - flow[k].top) <= body.size:
        k += 1
    return k + 1


def _holds(r: Box, g: Box) -> bool:
    """The frame r holds the box g."""
    return r[0] - 1 <= g[0] and g[2] <= r[2] + 1 and r[1] - 1 <= g[1] and g[3] <= r[3] + 1


def _labelled(frames: tuple[Box, ...], groups: list[list[PdfBlock]]) -> tuple[Box, ...]:
    """The frames holding a title group: boxes under a label of their own (编者按, 相关链接)."""
    return tuple(r for r in frames if any(_holds(r, box_of(g)) for g in groups))


def _past(rules: list[Box], frames: tuple[Box, ...], bottom: float, f: PdfBlock) -> list[Box]:
    """The rules but the sides of a labelled box standing wholly between a title's foot and the text f under it
    (an editor's note framed under the headline of the talk it introduces): a box set between parts neither."""
    boxed = [r for r in frames if r[1] >= bottom - 1 and r[3] <= f.top + 1]
    return [r for r in rules if not any(r in ((b[0], b[1], b[2], b[1]), (b[0], b[3], b[2], b[3]), (b[0], b[1], b[0], b[3]),
                                              (b[2], b[1], b[2], b[3])) for b in boxed)]


def _over(between: list[Box], f: PdfBlock, frames: tuple[Box, ...]) -> list[Box]:
    """The title groups that may stand between a headline and the text f: not a box's label in a frame f is not
    in (it heads its box, and stands over nothing outside it)."""
    return [g for g in between if not any(_holds(r, g) and not within(f, r) for r in frames)]


def _span(group: list[PdfBlock], groups: list[list[PdfBlock]], between: list[Box], flow: list[PdfBlock], body: Body,
          rules: list[Box]) -> tuple[float, float, list[Box]]:
    """The width a headline set across heads (_heads, its crossheads opening its columns counted), widened to the
    row of its pieces' titles under it (三首), which then no longer stand between it and its text, nor do those
    crossheads; the title groups under it that do."""
    x0, top, x1, bottom = box_of(group)
    level = [box_of(g) for g in groups if g is not group and box_of(g)[1] < bottom and box_of(g)[3] > top
             and LEVEL_SIZE <= max(b.size for b in g) / max(b.size for b in group) <= 1 / LEVEL_SIZE]  # (not a deck)
    size = max(b.size for b in group)
    heads = [box_of(g) for g in groups if box_of(g) in between and max(b.size for b in g) < size
             and box_of(g)[1] - bottom <= HEADS * body.size and any(
        f.x0 - 1 <= box_of(g)[0] and box_of(g)[2] <= f.x1 + 1 and 0 <= f.top - box_of(g)[3] <= body.size for f in flow)]
    charted = size < DISPLAY * body.size and any(f.face == PICTURE and 0 <= f.top - bottom <= HEADS * body.size
                                                  and f.x0 < x1 and f.x1 > x0 for f in flow) \
        and not any(g is not group and (0 <= top - box_of(g)[3] <= DECK_NEAR * body.size and abs(box_of(g)[0] - x0) <= body.size
                                        or box_of(g)[1] < bottom and box_of(g)[3] > top and max(b.size for b in g) > size)
                    for g in groups)  # (a deck flush under its headline or set beside it, over the lead's photo)
    if not charted:  # (a title in body size right over a picture, a chart's, heads the picture alone)
        x0, x1 = _heads(x0, x1, bottom, flow, body, rules, level, heads)
    between = [b for b in between if b not in heads]  # (its crossheads opening its columns stand in none's way)
    if len(row := _row_under(between, x0, x1, bottom, body)) > 1:
        return min([x0] + [r[0] for r in row]), max([x1] + [r[2] for r in row]), [b for b in between if b not in row]
    return x0, x1, between


def _row_under(between: list[Box], x0: float, x1: float, bottom: float, body: Body) -> list[Box]:
    """Title groups set level in a row right under a headline, one of them under it, the row centred under it: the
    titles of the pieces it heads (a poem's each, under 某某（三首）)."""
    near = [b for b in between if 0 <= b[1] - bottom <= HEADS * body.size]
    row = [b for b in near if any(abs(o[1] - b[1]) <= body.size and o[0] < x1 and o[2] > x0 for o in near)]
    middle = (min(b[0] for b in row) + max(b[2] for b in row)) / 2 if row else -1.0
    return row if len(row) > 1 and x0 <= middle <= x1 else []  # (centred under it)


def _side_text(group: list[PdfBlock], flow: list[PdfBlock], groups: list[list[PdfBlock]], between: list[Box],
               body: Body) -> int | None:
    """A headline set in a narrow column of its own at a story's left (a side head), heading nothing under it but
    its credit line, no title group right under it: it heads the columns at its right that start level with its
    top (read before the first of them)."""
    x0, top, x1, bottom = box_of(group)
    if max(b.size for b in group) < DISPLAY * body.size or any(
            g is not group and 0 <= box_of(g)[1] - bottom <= DECK_NEAR * body.size for g in groups):
        return None
    if any(f.x0 < x1 and f.x1 > x0 and f.top >= bottom - 1 and not credit_line(f)
           and not any(gx0 < f.x1 and gx1 > f.x0 and gbottom <= f.top + 1 for gx0, _, gx1, gbottom in between)
           and not (len(f.lines) == 1 and any(gx0 < f.x1 and gx1 > f.x0 and 0 <= gtop - f.bottom <= DECK_NEAR * body.size
                                              for gx0, gtop, gx1, _ in between))  # (a label over the headline under it)
           for f in flow):
        return None
    for g in sorted(groups, key=lambda g: -box_of(g)[3]):  # (its kicker set apart over it: the stack's top)
        if g is not group and 0 <= top - box_of(g)[3] <= DECK_NEAR * body.size and box_of(g)[0] < x1 \
                and box_of(g)[2] > x0:
            top = box_of(g)[1]
    level = [i for i, f in enumerate(flow) if 0 <= f.x0 - x1 <= BESIDE * body.size
             and abs(f.top - top) <= body.size]
    return min(level, default=None)


def _left_text(group: list[PdfBlock], flow: list[PdfBlock], groups: list[list[PdfBlock]], body: Body,
               rules: list[Box]) -> int | None:
    """A headline set at the right of its story in a band ruled across over and under it, with no text of its own
    under it in the band: it heads the columns on its left that start at the band's top, no title over them (read
    before the first of them)."""
    x0, top, x1, bottom = box_of(group)
    across = [r for r in rules if r[2] - r[0] > r[3] - r[1] and r[0] <= x0 + body.size and r[2] >= x1 - body.size]
    over = max((r for r in across if r[3] <= top + 1), key=lambda r: r[3], default=None)
    under = min((r for r in across if r[1] >= bottom - 1), key=lambda r: r[1], default=None)
    if over is None or under is None or max(b.size for b in group) < DISPLAY * body.size or any(
            f.x0 < x1 and f.x1 > x0 and f.top >= bottom - 1 and f.bottom <= under[1] + 1 and not credit_line(f) for f in flow):
        return None
    left = [i for i, f in enumerate(flow) if f.x1 <= x0 + 1 and over[3] - 1 <= f.top <= top + body.size
            and f.bottom <= under[1] + 1 and f.face != PICTURE and min(over[0], under[0]) <= f.x0 + body.size]
    # (the rules over and under the band reach over them too)
    reach = max((flow[i].x1 for i in left), default=None)
    if reach is None or any(g is not group and box_of(g)[1] >= over[3] - 1 and box_of(g)[3] <= under[1] + 1
                            and box_of(g)[0] < reach for g in groups):
        return None  # (a title of their own over them, in the band)
    return min(left)


def _opening(group: list[PdfBlock], flow: list[PdfBlock], groups: list[list[PdfBlock]], body: Body,
             rules: list[Box]) -> int:
    """Where a title group with nothing above it and no text of its own under it is read, as an index into flow,
    or -1 - k: with groups[k]. With the title group right above it (a deck set apart from its headline by a
    rule's width, none drawn between), else with the one right under it (a section label over a story's
    headline), else before the first text under it across a frame or a rule (a headline over a framed 上期提要
    or 编者按 opening its story), else at the page's end."""
    x0, top, x1, bottom = box_of(group)
    across = [(k, box_of(g)) for k, g in enumerate(groups)
              if g is not group and box_of(g)[0] < x1 and box_of(g)[2] > x0]
    above = [(b[3], k) for k, b in across if top - DECK_NEAR * body.size <= b[3] <= top + 1
             and not parted(b, (x0, top, x1, bottom), rules)]
    if above:
        return -1 - max(above)[1]
    below = [(b[1], k) for k, b in across if b[1] >= bottom - 1]
    nearest = min(below, default=None)
    for i, f in enumerate(flow):
        if f.x0 < x1 and f.x1 > x0 and f.top >= bottom - 1 and (nearest is None or f.top < nearest[0]):
            return i
    return len(flow) if nearest is None else -1 - nearest[1]


def credit_line(b: PdfBlock) -> bool:
    """A credit (本报记者 X) set under a headline group, wherever along it: a line or two, each a credit."""
    return len(b.lines) <= 2 and all(cv.BYLINE.match(ln.text.strip()) for ln in b.lines)


def _rule_under(group: list[PdfBlock], flow: list[PdfBlock], body: Body, rules: list[Box]) -> Box | None:
    """A rule drawn across the page (or across to a rule drawn down, the side of the story's region) under a
    headline group, within a few lines of it, with no text between them."""
    x0, top, x1, bottom = box_of(group)
    page = max(f.x1 for f in flow) - min(f.x0 for f in flow) if flow else 0
    down = [d for d in rules if d[3] - d[1] > d[2] - d[0]]
    worded = cv.length("".join(b.text for b in group)) > LABEL_MAX  # (not a box's label over its underline)
    for r in rules:
        met = [any(abs(end - (d[0] + d[2]) / 2) <= body.size and d[1] - 1 <= r[1] <= d[3] + 1 for d in down)
               for end in (r[0], r[2])]
        across = r[2] - r[0] >= ACROSS_PAGE * page or sum(met) == 1 and worded  # (both ends met: a frame's foot)
        if across and bottom - 1 <= r[1] <= bottom + RULE_UNDER * body.size \
                and r[0] <= x0 + body.size and r[2] >= x1 - body.size \
                and not any(f.top >= bottom - 1 and f.bottom <= r[1] + 1 and f.x0 < r[2] and f.x1 > r[0]
                            and not credit_line(f) for f in flow):  # (the group's credit line aside)
            return r
    return None


def credit_under_group(f: PdfBlock, group: list[PdfBlock], body: Body) -> bool:
    """A credit line (本报记者 X) right under a title group, within its width: the group's, read with it."""
    x0, _, x1, bottom = box_of(group)
    return credit_line(f) and 0 <= f.top - bottom <= CREDIT_NEAR * body.size and f.x0 < x1 and f.x1 > x0


def row_top(b: PdfBlock, group: list[PdfBlock]) -> float:
    """A label in a tab (a word or two) is read at the top of the row it stands in among its group's blocks (the
    kicker after it on one line, set a little higher than the tab's box): before what follows it along the row."""
    if b.vertical or cv.length(b.text) > TAB_MAX:
        return b.top
    return min(o.top for o in group if o.top < b.bottom and b.top < o.bottom and not o.vertical)


def group_order(group: list[PdfBlock], body: Body) -> list[PdfBlock]:
    """A title group's blocks in reading order: a vertical headline first, then the rest by rows (upright columns
    right to left); set all upright, what stands over the headline's top (a label) or at its right from its top (a
    tab, a kicker: read first, as columns are read right to left) before it."""
    head = max(group, key=lambda b: b.size)
    over = all(b.vertical for b in group)

    def at_right(b: PdfBlock) -> bool:  # (a name under a label there is read after the headline)
        return b.x0 >= head.x1 - 1 and b.top <= head.top + 2 * body.size and not any(
            o.bottom <= b.top and o.x0 < b.x1 and b.x0 < o.x1 for o in group)
    def on_row(b: PdfBlock) -> bool:  # (a credit on a label's row, at its right, over the headline: read after it)
        return b.bottom <= head.top + 1 and in_flow(b, body) and credit_line(b) and any(
            o.x1 <= b.x0 and o.top < b.bottom and b.top < o.bottom for o in group)
    return sorted(group, key=lambda b: (over and b.bottom > head.top + 1 and not at_right(b) or not over and on_row(b),
                                        not b.vertical or b.size < DISPLAY * body.size,
                                        row_top(b, group), -b.x1 if b.vertical else b.x0))


def by_rows(groups: list[tuple[bool, list[PdfBlock]]]) -> list[list[PdfBlock]]:
    """Title groups heading one place, top to bottom; a label set in a tab level with a group at its right before it
    (a story's genre in a tab at the left of its headline, a little lower than the headline's larger type)."""
    def tab_before(a: tuple[bool, list[PdfBlock]], b: tuple[bool, list[PdfBlock]]) -> bool:
        ta, tb = box_of(a[1]), box_of(b[1])
        return (a[0] == b[0] and len(a[1]) == 1 and cv.length(a[1][0].text) <= TAB_MAX and ta[0] < tb[0]
                and ta[1] < tb[3] and tb[1] < ta[3])
    out = list(groups)
    for k in range(1, len(out)):
        j = k
        while j and tab_before(out[j], out[j - 1]):
            out[j - 1], out[j] = out[j], out[j - 1]
            j -= 1
    return [g for _, g in out]
