"""A PDF page's body text → its reading order: regions cut apart by the white space and the drawn rules between them
(XY-cut), columns read left to right; what type the page's body is set in.

A cut across a region is a story's end, so it is not made where it would leave a column's text mid-paragraph;
a rule (or a frame's side) drawn across or down a region always cuts it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import conventions as cv
from .pdf import Line, PdfBlock

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points

H_CUT = 0.8  # of the body size: white space this tall across a whole region parts what is above from below
COVER = 0.75  # of a region's width: what stands above a cut across it covers this much
V_CUT = 0.6  # of the body size: white space this wide down a whole region parts columns
INDENT_MIN = 1.2  # of the type size: a line starting this far right of its column's edge is indented (2 em, or
INDENT_MAX = 3.5  # 1.5 em for an opening quote set half-width); further in, it is set around something
EDGE = 2.0  # points: a rule this close to a block's edge still stands beside it (a frame hugs its text)
PICTURE = "\x00picture"  # the face of the block a picture and its captions stand in as (no font is called so)
FRAMED_BLOCKS = 3  # blocks of text in a frame that make it a region of the page (a headline's frame holds one)
PICTURE_CUT = 0.3  # of the body size: white space this tall under a picture's unit (its caption) parts it from below
SHORT = 1.5  # of the body size: a paragraph's last line stops this far short of its column's right edge
NEAR = 2.0  # of the body size: a rule across this close over or under a white space across draws its line
ISLAND = 0.3  # of a region's width: a rule across this much of it (not all) heads the story set under it


@dataclass(frozen=True)
class Body:
    """The page's body type: its size and face."""

    size: float
    face: str


def body_type(blocks: list[PdfBlock]) -> Body:
    """The size and face most of a page's characters are set in."""
    sizes: Counter = Counter()
    for b in blocks:
        for ln in b.lines:
            sizes[(round(ln.size, 1), ln.face)] += len(ln.text)
    if not sizes:
        return Body(10.0, "")
    (size, face), _ = max(sizes.items(), key=lambda kv: (kv[1], kv[0]))
    return Body(size, face)


def _gaps(spans: list[tuple[float, float]], least: float) -> list[tuple[float, float]]:
    """Where white space at least `least` wide runs between the spans: (start, end) of each gap."""
    spans = sorted(spans)
    gaps, reach = [], spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= least:
            gaps.append((reach, start))
        reach = max(reach, end)
    return gaps


def _ruled(gap: tuple[float, float], extent: tuple[float, float], rules: list[Box], across: bool) -> bool:
    """Rules drawn in the gap, across (or down), at least COVER of the region's extent between them (a rule going on
    from a frame's side makes one wall with it)."""
    return _rule_share(gap, extent, rules, across) >= COVER


def _rule_share(gap: tuple[float, float], extent: tuple[float, float], rules: list[Box], across: bool) -> float:
    """How much of the region's extent the rules drawn in the gap, across (or down), cover between them."""
    lo, hi = extent
    spans = []
    for x0, top, x1, bottom in rules:
        if (x1 - x0 > bottom - top) != across:
            continue
        at, start, end = ((top + bottom) / 2, x0, x1) if across else ((x0 + x1) / 2, top, bottom)
        if gap[0] - EDGE <= at <= gap[1] + EDGE:
            spans.append((start, end))
    return _covered(spans, lo, hi) / (hi - lo) if hi > lo else 0.0


def _covered(spans: list[tuple[float, float]], lo: float, hi: float) -> float:
    """How much of lo…hi the spans cover between them, overlaps counted once."""
    covered, reach = 0.0, lo
    for start, end in sorted(spans):
        start, end = max(start, reach), min(end, hi)
        if end > start:
            covered += end - start
            reach = end
    return covered


def _runs_past(blocks: list[PdfBlock], cut: float, rules: list[Box], body: Body) -> bool:
    """A column beside the rule's end runs on past the cut: body text right over it and right under it, one under
    the other, where no rule is drawn across (a story beside the stories the rule parts)."""
    across = [r for r in rules if r[2] - r[0] > r[3] - r[1] and abs((r[1] + r[3]) / 2 - cut) <= H_CUT * body.size * 2]
    for a in blocks:
        if not (0 <= cut - a.bottom <= 2 * body.size) or any(r[0] - EDGE <= a.x0 and a.x1 <= r[2] + EDGE for r in across):
            continue
        if any(0 <= b.top - cut <= 2 * body.size and b.x0 < a.x1 and b.x1 > a.x0 and not parted(_box(a), _box(b), rules)
               for b in blocks):
            return True
    return False


def _box(b: PdfBlock) -> Box:
    return (b.x0, b.top, b.x1, b.bottom)


def separators(rules: tuple[Box, ...], frames: tuple[Box, ...], flow: list[PdfBlock],
               blocks: list[PdfBlock] = ()) -> list[Box]:
    """What parts a page's stories: its drawn rules, and the sides of each frame drawn round body text or round
    several blocks of any text (a box of notices in small type); a frame round a headline or a label alone parts
    nothing."""
    out = list(rules)
    for x0, top, x1, bottom in frames:
        def inside(f: PdfBlock) -> bool:
            return x0 - EDGE <= f.x0 and f.x1 <= x1 + EDGE and top - EDGE <= f.top and f.bottom <= bottom + EDGE
        if any(inside(f) for f in flow) or sum(1 for b in blocks if inside(b)) >= FRAMED_BLOCKS:
            out += [(x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)]
    return out


def parted(a: Box, b: Box, rules: list[Box]) -> bool:
    """A rule drawn between the two boxes: across, between one's foot and the other's head, where they stand over
    one another; or down, between their sides, where they stand beside one another."""
    for x0, top, x1, bottom in rules:
        across = x1 - x0 > bottom - top
        i, j = (1, 3) if across else (0, 2)  # the boxes' extents the rule stands between …
        k, m = (0, 2) if across else (1, 3)  # … and along
        at = (top + bottom) / 2 if across else (x0 + x1) / 2
        start, end = (x0, x1) if across else (top, bottom)
        if not (a[j] <= at + EDGE and b[i] >= at - EDGE or b[j] <= at + EDGE and a[i] >= at - EDGE):
            continue
        lo, hi = max(a[k], b[k]), min(a[m], b[m])
        if lo >= hi:
            lo, hi = min(a[k], b[k]), max(a[m], b[m])
        if end > lo and start < hi:
            return True
    return False


def xy_cut(blocks: list[PdfBlock], body: Body, rules: list[Box] | None = None, quotes: tuple[Box, ...] = ()) -> list[PdfBlock]:
    """The body text's blocks in reading order: a region is cut into bands at every white space across it with a rule
    drawn in it, or that a story ends at (what stands above covers the region; no column's text left mid-paragraph),
    else into two down a rule drawn in a white space down it, or at the widest such white space; bands read top to
    bottom, sides left to right; a region nothing cuts reads top to bottom. A white space holding a pull quote
    (`quotes`) ends no band: the columns read on past it."""
    if len(blocks) <= 1:
        return list(blocks)
    rules = rules or []
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    pictured = {b.bottom for b in blocks if b.face == PICTURE}  # (a caption sits close over the text under it)
    cuts: list[float] = []
    walls: list[float] = []
    for lo, hi in _gaps([(b.top, b.bottom) for b in blocks], PICTURE_CUT * body.size):
        if hi - lo < H_CUT * body.size and lo not in pictured:
            continue
        if any(lo - 1 <= q[1] and q[3] <= hi + 1 and q[0] < x1 and q[2] > x0 for q in quotes):
            continue
        cut = (lo + hi) / 2
        band = [b for b in blocks if not cuts or b.top > cuts[-1]]  # what stands under the cut above this one
        wall = _wall((lo, hi), band, rules, body)
        if wall is not None:
            walls.append(wall)
            continue
        if _crossed((lo, hi), (x0, x1), rules, body):
            continue
        if (_ruled((lo, hi), (x0, x1), rules, True) and not _runs_past(band, cut, rules, body)
                or _spans(band, cut) and not _strands(band, cut, body) and not _over_its_text(band, lo, hi, body)):
            cuts.append(cut)
    if cuts:
        bands: list[list[PdfBlock]] = [[] for _ in range(len(cuts) + 1)]
        for b in blocks:
            bands[sum(1 for c in cuts if b.top > c)].append(b)
        return [x for band in bands for x in xy_cut(band, body, rules, quotes)]
    if (read := _round_island(blocks, body, rules, quotes)) is not None:
        return read
    for wall in walls:  # (a block standing across the rule down makes it no wall: the region is cut as any other)
        left = [b for b in blocks if b.x0 + b.x1 < 2 * wall]
        if 0 < len(left) < len(blocks) and not any(b.x0 < wall - EDGE and b.x1 > wall + EDGE for b in blocks):
            return _sides(xy_cut(left, body, rules, quotes), xy_cut([b for b in blocks if b.x0 + b.x1 >= 2 * wall], body, rules, quotes))
    gaps = _gaps([(b.x0, _reach(b)) for b in blocks], V_CUT * body.size)
    extent = (min(b.top for b in blocks), max(b.bottom for b in blocks))
    shares = [(_rule_share(g, extent, rules, False), (g[0] + g[1]) / 2) for g in gaps]
    ruled = max((sh for sh in shares if sh[0] >= COVER), key=lambda sh: sh[0], default=None)  # the first of the most
    # ruled (a rule down the whole region before column rules a band across interrupts)
    widest = max(reversed(gaps), key=lambda g: g[1] - g[0], default=None)  # the last of the widest
    if (cut := ruled[1] if ruled else (widest[0] + widest[1]) / 2 if widest else None) is not None:
        return _sides(xy_cut([b for b in blocks if b.x0 < cut], body, rules, quotes),
                      xy_cut([b for b in blocks if b.x0 >= cut], body, rules, quotes))
    wide = [b for b in blocks if b.x0 <= x0 + EDGE and b.x1 >= x1 - EDGE]  # (a picture across the columns, touching
    if wide and len(wide) < len(blocks) and all(w.top < min(b.top for b in blocks if b not in wide) for w in wide):
        return sorted(wide, key=lambda b: b.top) + xy_cut([b for b in blocks if b not in wide], body, rules, quotes)  # them)
    for over in (True, False):  # (a credit over the columns it straddles, nearer than a band; a signature under them)
        end = [b for b in blocks if all(b.bottom <= o.top + 1 if over else b.top >= o.bottom - 1
                                        for o in blocks if o is not b)]
        rest = [b for b in blocks if b not in end]
        if len(end) == 1:  # (the rest cut on its own: an intro across the columns under it, a byline over both)
            return end + xy_cut(rest, body, rules, quotes) if over else xy_cut(rest, body, rules, quotes) + end
    return sorted(blocks, key=lambda b: (b.top, b.x0))


def _round_island(blocks: list[PdfBlock], body: Body, rules: list[Box], quotes: tuple[Box, ...]) -> list[PdfBlock] | None:
    """The region read round what a rule across some of its columns sets off (`_island`): that after the column
    the story over it runs on in. None where nothing is set off so."""
    island, after = _island(blocks, rules, body, quotes)
    if not island:
        return None
    rest = xy_cut([b for b in blocks if b not in island], body, rules, quotes)
    at = max(k for k, b in enumerate(rest) if b.x0 < after.x1 and b.x1 > after.x0) + 1
    return rest[:at] + xy_cut(island, body, rules, quotes) + rest[at:]


def _island(blocks: list[PdfBlock], rules: list[Box], body: Body,
            quotes: tuple[Box, ...]) -> tuple[list[PdfBlock], PdfBlock | None]:
    """A rule across some of the region's columns, not all, with a story over it that runs on in a column beside
    (right of the rule's end), and under it, standing no further out than the rule, something else (a letter, a
    box of tips): what is under the rule is read after that column. Its blocks and the block the story runs on
    in, or none."""
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    for r in rules:
        if r[2] - r[0] <= r[3] - r[1] or not ISLAND * (x1 - x0) <= r[2] - r[0] < COVER * (x1 - x0):
            continue
        def spanned(b: PdfBlock) -> bool:
            return b.x0 < r[2] and b.x1 > r[0]
        under = [b for b in blocks if spanned(b) and b.top >= r[3] - EDGE]
        over = [b for b in blocks if spanned(b) and b.bottom <= r[1] + EDGE]
        first = min(under, key=lambda b: (b.top, b.x0)) if under else None  # (a new story's: not going on)
        if not over or len(under) == len(blocks) or not first or is_body(first, body) and not _indented(first, r[0]):
            continue
        if any(q[1] - NEAR * body.size <= r[1] <= q[3] + NEAR * body.size and q[0] < r[2] and q[2] > r[0] for q in quotes) \
                or any(v[3] - v[1] > v[2] - v[0] and abs(v[1] - r[1]) <= EDGE and min(abs(v[0] - r[0]), abs(v[0] - r[2])) <= EDGE
                       for v in rules):
            continue  # (nor one over or under a pull quote, nor a frame's top: a box is read where it stands)
        if (all(r[0] - EDGE <= b.x0 and b.x1 <= r[2] + EDGE for b in under)
                and not any(spanned(b) and b.top < r[1] - EDGE and b.bottom > r[3] + EDGE for b in blocks)):
            last = max(over, key=lambda b: (round(b.x0 / body.size), b.bottom))  # (the last column's lowest)
            beside = [b for b in blocks if is_body(b, body) and b.x0 >= r[2] - EDGE]
            nxt = min(beside, key=lambda b: b.x0, default=None)  # (the next column's first body text)
            on = min((b for b in beside if b.x0 < nxt.x1 and b.x1 > nxt.x0), key=lambda b: b.top) if nxt else None
            if (on and left_edge(on) is not None and not _indented(on, 0)  # (it opens mid-paragraph)
                    and is_body(last, body) and not cv.ends_paragraph(last.text)):
                return under, on
    return [], None


def _indented(b: PdfBlock, column: float) -> bool:
    """The block's first line starts a paragraph: set in from its column's edge (its other lines' start, or the
    column's, for a block of one line)."""
    edge = left_edge(b)
    return b.lines[0].x0 - (column if edge is None else edge) >= INDENT_MIN * b.size


def _crossed(gap: tuple[float, float], extent: tuple[float, float], rules: list[Box], body: Body) -> bool:
    """A frame drawn round a box stands from well above the white space across to well below it: the box goes on
    past it (its label over its text, beside a column ended at that height), no band ends there. A frame: a rule
    down with rules across at its top and at its foot, meeting it."""
    def meets(r: Box, y: float) -> bool:
        return any(a[2] - a[0] > a[3] - a[1] and abs(a[1] - y) <= EDGE and a[0] - EDGE <= r[0] <= a[2] + EDGE
                   for a in rules)
    return any(r[3] - r[1] > r[2] - r[0] and extent[0] + EDGE < (r[0] + r[2]) / 2 < extent[1] - EDGE
               and r[1] < gap[0] - H_CUT * body.size and r[3] > gap[1] + H_CUT * body.size
               and meets(r, r[1]) and meets(r, r[3]) for r in rules)


def _sides(left: list[PdfBlock], right: list[PdfBlock]) -> list[PdfBlock]:
    """Two sides of a region in reading order: left to right, but right to left where most of their text is set
    vertically (a page set so is read from its right edge)."""
    if not any(b.vertical for b in left + right):
        return left + right  # (the common case, before any text is counted)
    upright = sum(len(b.text) for b in left + right if b.vertical)
    return right + left if 2 * upright > sum(len(b.text) for b in left + right) else left + right


def _over_its_text(blocks: list[PdfBlock], lo: float, hi: float, body: Body) -> bool:
    """A picture (with its caption) stands right over body text in its columns across the white space, with
    something beside it above (a box): its story's text goes on under it, no band ends there."""
    return any(p.face == PICTURE and abs(p.bottom - lo) <= 1 and any(
        is_body(b, body) and 0 <= b.top - hi <= body.size and _overlap(p, b) >= b.x1 - b.x0 - 1 for b in blocks)
        and any(o.bottom <= lo + 1 and (o.x0 >= p.x1 or o.x1 <= p.x0) for o in blocks) for p in blocks)


def _overlap(a: PdfBlock, b: PdfBlock) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _wall(gap: tuple[float, float], blocks: list[PdfBlock], rules: list[Box], body: Body) -> float | None:
    """A rule drawn down the region's whole height through the white space across, that no rule across it crosses
    (one across may stop at it, a T: the stories on one side parted, the column on the other going on past): the
    region is parted down that rule before anything across. Where it stands, or None."""
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    top, bottom = min(b.top for b in blocks), max(b.bottom for b in blocks)
    near = [r for r in rules if r[2] - r[0] > r[3] - r[1]
            and gap[0] - NEAR * body.size <= (r[1] + r[3]) / 2 <= gap[1] + NEAR * body.size]
    for r in rules:
        at = (r[0] + r[2]) / 2
        foot = min([a[1] for a in rules if a[2] - a[0] >= COVER * (x1 - x0) and a[1] > gap[1]  # (ending on a rule
                    and abs(a[1] - r[3]) <= NEAR * body.size] + [bottom])  # across the region: it parts all above)
        if (r[3] - r[1] > r[2] - r[0] and x0 + EDGE < at < x1 - EDGE
                and r[1] < gap[0] - H_CUT * body.size and r[3] > gap[1] + H_CUT * body.size
                and min(r[3], foot) - max(r[1], top) >= COVER * (foot - top)
                and not any(a[0] < at - body.size and a[2] > at + body.size for a in near)):
            return at
    return None


HANGING = "，。、；：？！,.;:?!”’」』）)》"  # punctuation a line may hang past its column's edge (标点悬挂)


def _reach(b: PdfBlock) -> float:
    """How far right a block's text stands, punctuation hung past the column's edge at a line's end left out."""
    plain = [ln.x1 for ln in b.lines if ln.text.rstrip()[-1:] not in HANGING]
    return max(plain) if plain else b.x1


def is_body(b: PdfBlock, body: Body) -> bool:
    return not b.vertical and b.face == body.face and abs(b.size - body.size) <= 0.05 * body.size


def _spans(blocks: list[PdfBlock], cut: float) -> bool:
    """What stands above the cut covers the region's width: a story (or stories side by side) over another, not
    the top of one column whose neighbours start lower (under a picture)."""
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    return _covered([(b.x0, b.x1) for b in blocks if b.bottom <= cut], x0, x1) >= COVER * (x1 - x0)


def _strands(blocks: list[PdfBlock], cut: float, body: Body) -> bool:
    """Cutting here would strand text mid-flow: a column's last body block above the cut stops mid-paragraph and
    no body text above the cut stands to its right to go on in (so it goes on below: one region, not two)."""
    above = [b for b in blocks if b.bottom <= cut]
    for b in above:
        if not is_body(b, body) or cv.ends_paragraph(b.text):
            continue
        if any(o.top > b.bottom and o.x0 < b.x1 and o.x1 > b.x0 for o in above):
            continue  # not its column's last block above the cut
        if not any(is_body(o, body) and o.x0 >= b.x1 - body.size for o in above) and not _leg_below(blocks, b, cut, body):
            return True
    return _resumes_below(above, body)


def _leg_below(blocks: list[PdfBlock], b: PdfBlock, cut: float, body: Body) -> bool:
    """The story's text goes on under the cut at its left, not under its last column (a dog-leg: the columns under
    the headline, then a leg of fewer columns below them, something else set under the last): nothing of the body
    stands under that column, and the body's first block under the cut, left of it, opens mid-paragraph."""
    below = [o for o in blocks if o.top > cut and is_body(o, body)]
    if not below or any(o.x0 < b.x1 and o.x1 > b.x0 for o in below):
        return False
    first = min(below, key=lambda o: (round(o.top / body.size), o.x0))
    edge = left_edge(first)
    return first.x1 <= b.x0 and edge is not None and not _indented(first, edge)


def _resumes_below(above: list[PdfBlock], body: Body) -> bool:
    """A column's first body block above the cut opens mid-paragraph (its first line not indented) while the column
    to its left ends a paragraph above the cut (on a short line): the paragraph it goes on with is below the cut,
    in the columns to its left (the tops of a story's columns over the crossheads set across them)."""
    for b in above:
        if not is_body(b, body) or left_edge(b) is None or _indented(b, 0):
            continue
        if any(o.bottom <= b.top and o.x0 < b.x1 and o.x1 > b.x0 for o in above):
            continue  # not its column's first block above the cut
        left = [o for o in above if is_body(o, body) and o.x1 <= b.x0 + body.size]
        if not left:
            continue
        ref = max(left, key=lambda o: o.x0)  # the column next to it on the left, and its lowest block above the cut
        nearest = max((o for o in left if o.x1 > ref.x0 + body.size), key=lambda o: o.bottom)
        last = nearest.lines[-1]
        beside = nearest.top < b.bottom and nearest.bottom > b.top
        if beside and cv.ends_paragraph(last.text) and last.x1 < nearest.x1 - SHORT * body.size:
            return True
    return False


def left_edge(block: PdfBlock) -> float | None:
    """Where the block's column starts: where most of its lines start (a line or two may start further in: indents;
    or further out: a hanging quote); None for a block of one line."""
    if len(block.lines) < 2:
        return None
    starts = Counter(round(ln.x0) for ln in block.lines)
    x, n = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    return float(x) if n >= 2 else min(ln.x0 for ln in block.lines)


EDGE_REACH = 5  # lines: a line's column ends where the lines this near it stop (a column widens under a picture)


def right_edge(lines: tuple[Line, ...] | list[Line], k: int) -> float:
    """Where the column of a block's line k ends: where most full lines near it stop (a line closing on a colon or
    a quote may reach past it by a mark's width); the furthest end near it where no two lines stop level."""
    near = lines[max(0, k - EDGE_REACH):k + EDGE_REACH + 1]
    ends = Counter(round(ln.x1) for ln in near)
    x, n = max(ends.items(), key=lambda kv: (kv[1], kv[0]))
    return float(x) if n >= 2 else max(ln.x1 for ln in near)


def within(b: PdfBlock, r: Box, slack: float = 1.0) -> bool:
    """The block stands inside the box (a frame, a panel), to within slack points."""
    return r[0] - slack <= b.x0 and b.x1 <= r[2] + slack and r[1] - slack <= b.top and b.bottom <= r[3] + slack
