"""Final roles → articles: headline groups bound to their bodies, wraps joined, credits and rubrics placed.

Works on units: a headline group (T) or a run of body (B). Single headline-like
lines inside a body become crossheads; the dump's orientation (headline before
or after its body) is chosen so that the fewest units are left without a partner.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import FURNITURE_ROLES, Article, Block, Kind, Piece, Role
from . import conventions as cv
from .jumps import is_jump_out, jump_page, merge_jumps
from .rubrics import attach_rubrics, place_series_bars
from .revise import Item, undouble
from .segment import join_text
from .titles import assign, is_rubric



MAX_GROUP_LINES = 8  # lines of one headline group: rubric, banner, kicker, headline, subheadlines and more are fewer


@dataclass
class Unit:
    """A headline group ("T"), a run of body ("B"), or a box of briefs ("X")."""

    kind: str
    items: list[Item] = field(default_factory=list)
    jump_to: str | None = None  # B: the page its text continues on (下转第三版)
    jump_from: str | None = None  # B: the page it continues from (上接第一版)
    rubrics: list[Item] = field(default_factory=list)  # a series bar printed alone just before this unit

    @property
    def titles(self) -> list[Item]:
        return [it for it in self.items if it.role is Role.HEADLINE]


def _block(item: Item, role: Role, rule: str, text: str | None = None, pieces=None, moved=False) -> Block:
    first = item.first_role if item.first_role is not role else None
    return Block(role, item.text if text is None else text, tuple(pieces or item.chunk.pieces), rule,
                 first, item.first_rule if first else "", moved, item.chunk.page)


def units_of(items: list[Item]) -> list[Unit]:
    """Group the non-furniture items into T, B and X units in dump order; jump lines end and open units."""
    units: list[Unit] = []
    closed = False  # the last B unit ended at a jump line: what follows is not its body
    for it in items:
        if it.role in FURNITURE_ROLES:
            if it.rule == "box_label":
                units.append(Unit("X", [it]))
            elif it.role is Role.JUMP_LINE:
                page = jump_page(it.text)
                if is_jump_out(it.text) and units and units[-1].kind == "B":
                    units[-1].jump_to = page
                    closed = True
                elif not is_jump_out(it.text):
                    units.append(Unit("B", [], jump_from=page))
                    closed = False
            continue
        last = units[-1] if units else None
        if it.role is Role.HEADLINE:
            if (last and last.kind == "T" and not any(x.role is Role.BYLINE for x in last.items)
                    and len(last.items) < MAX_GROUP_LINES):
                last.items.append(it)
            else:
                units.append(Unit("T", [it]))
            closed = False
        elif it.role is Role.BYLINE and last and last.kind == "T" and it.rule == "author_line":
            last.items.append(it)  # the author's name set under (or over) the headline
        elif last and last.kind == "B" and not closed:
            last.items.append(it)
        else:
            units.append(Unit("B", [it]))
            closed = False
    return [u for u in units if u.items or u.jump_from is None]


def _is_closing(it: Item) -> bool:
    return it.role in (Role.BYLINE, Role.PHOTO_CREDIT)


def _photo_body(unit: Unit) -> bool:
    """One paragraph then a photo credit: the body of photo news."""
    paras = [it for it in unit.items if it.role is Role.PARAGRAPH]
    return bool(paras) and len(paras) <= 2 and unit.items[-1].role is Role.PHOTO_CREDIT and not paras[0].dateline


def is_crosshead(units: list[Unit], k: int, usual_gap: int) -> bool:
    """A lone headline-like line with body on both sides and no sign of a new article."""
    u = units[k]
    if u.kind != "T" or len(u.items) != 1 or not 0 < k < len(units) - 1:
        return False
    if u.items[0].chunk.gap > usual_gap:
        return False  # more blank lines than between the blocks of one frame: a new frame, a new article
    prev, nxt = units[k - 1], units[k + 1]
    if prev.kind != "B" or nxt.kind != "B":
        return False
    last, first = prev.items[-1], nxt.items[0]
    if _is_closing(last) or first.dateline or first.role is not Role.PARAGRAPH:
        return False
    if not last.ends_paragraph or is_rubric(u.items[0].text) or _photo_body(nxt):
        return False
    return True


def usual_gap(items: list[Item]) -> int:
    """The most common number of blank lines before a chunk: what separates blocks inside one frame."""
    gaps = Counter(it.chunk.gap for it in items[1:])
    return gaps.most_common(1)[0][0] if gaps else 1


def _paragraph_count(unit: Unit) -> int:
    return sum(1 for it, _, _, _ in _join_paragraphs(unit.items) if it.role is Role.PARAGRAPH)


def merge_crossheads(units: list[Unit], gap: int) -> list[Unit]:
    """Fold each crosshead and the body around it into one body unit; a box of briefs has none."""
    out: list[Unit] = []
    k = 0
    in_box = False
    while k < len(units):
        u = units[k]
        if u.kind == "X":
            in_box = True
        elif in_box and u.kind == "T" and k + 1 < len(units) and units[k + 1].kind == "B":
            in_box = len(u.titles) == 1 and _paragraph_count(units[k + 1]) <= 1
        if not in_box and is_crosshead(units, k, gap):
            units[k].items[0].set(Role.CROSSHEAD, "crosshead")
            out[-1].items += units[k].items + units[k + 1].items
            out[-1].rubrics += units[k].rubrics + units[k + 1].rubrics
            k += 2
            continue
        if (out and out[-1].kind == "B" and units[k].kind == "B" and not out[-1].jump_to
                and units[k].jump_from is None and not units[k].rubrics):  # a series bar opens a story
            out[-1].items += units[k].items
        else:
            out.append(units[k])
        k += 1
    return out


def lift_rubrics(units: list[Unit]) -> list[Unit]:
    """A headline group made only of column labels or series bars (认真学习宣传贯彻…精神) heads what follows it:
    it is kept with the next unit instead of counting as a headline of its own."""
    out: list[Unit] = []
    waiting: list[Item] = []
    for u in units:
        if u.kind == "T" and u.items and all(it.role is Role.HEADLINE and is_rubric(it.text) for it in u.items):
            waiting += u.items
            continue
        if waiting:
            u.rubrics = waiting + u.rubrics
            waiting = []
        out.append(u)
    if waiting:
        out.append(Unit("T", waiting))
    return out


def _credit_only(u: Unit) -> bool:
    return u.kind == "B" and all(_is_closing(it) for it in u.items)


def pair(units: list[Unit]) -> list[tuple[Unit | None, Unit | None]]:
    """Bind each headline group to a body: the one after it, or for dumps that print headlines after
    their bodies (seen in 人民日报 pages), the one before it; whichever leaves fewer orphans."""
    core = [u for u in units if u.kind in "TB" and not _credit_only(u)]

    def orphans(backward: bool) -> int:
        seq = core[::-1] if backward else core
        n, waiting = 0, False
        for u in seq:
            if u.kind == "T":
                n += waiting
                waiting = True
            else:
                n += not waiting
                waiting = False
        return n + waiting

    backward = orphans(True) < orphans(False)
    pairs: list[tuple[Unit | None, Unit | None]] = []
    seq = units[::-1] if backward else units
    pending: Unit | None = None
    strays: list[Unit] = []
    for u in seq:
        if u.kind == "X":
            if pending:
                pairs.append((pending, None))
                pending = None
            pairs.append((u, None))
        elif u.kind == "T":
            if pending:
                pairs.append((pending, None))
            pending = u
        elif _credit_only(u) and not pairs and not pending:
            strays.append(u)  # credits after the last headline group of a backward dump: no article's
        elif _credit_only(u) and pairs and not pending:
            t, b = pairs[-1]
            if t is not None and t.kind == "X":  # a box label takes no body: the credit is no article's
                pairs.append((None, u))
            elif b is not None:
                b.items += u.items if not backward else []
                if backward:
                    b.items[:0] = u.items
                b.rubrics += u.rubrics
            else:
                pairs[-1] = (t, u)
        else:
            pairs.append((pending, u))
            pending = None
    if pending:
        pairs.append((pending, None))
    pairs += [(None, u) for u in strays]
    return pairs[::-1] if backward else pairs


def _join_paragraphs(items: list[Item]) -> list[tuple[Item, str, list[Piece], bool]]:
    """Body items with wrap repair: a paragraph that does not end is joined with the next one."""
    out: list[tuple[Item, str, list[Piece], bool]] = []
    for it in items:
        if (it.role is Role.PARAGRAPH and out and out[-1][0].role is Role.PARAGRAPH
                and not cv.ends_paragraph(out[-1][1]) and not it.dateline):
            first, text, pieces, _ = out[-1]
            out[-1] = (first, join_text(text, it.text), pieces + list(it.chunk.pieces), True)
        else:
            out.append((it, it.text, list(it.chunk.pieces), False))
    return out


def build(title: Unit | None, body: Unit | None, box: bool = False,
          moved: bool = False) -> tuple[list[Article], list[Block]]:
    """One article (or several briefs) from a headline group and a body; furniture split off on the way."""
    blocks: list[Block] = []
    furniture: list[Block] = []
    lifted = (title.rubrics if title else []) + (body.rubrics if body else [])
    blocks += [_block(it, Role.RUBRIC, "series_bar", moved=moved) for it in lifted]
    if title:
        lines = [it for it in title.items if it.role is Role.HEADLINE]
        for it in lines:
            parts = undouble(it.text)
            if parts:
                kept, dups = parts
                it.chunk = type(it.chunk)(kept, it.chunk.pieces, it.chunk.gap, it.chunk.page)
                furniture += [_block(it, Role.DUPLICATE, "doubled_layer", d) for d in dups]
        signed = any(it.role is Role.BYLINE and it.rule == "author_line" for it in title.items)
        k = 0
        for role, text, rule in assign([it.text for it in lines], signed):
            # roles come back in line order, a split line giving two: find the source from where we are
            while k < len(lines) - 1 and text not in lines[k].text and cv.squash(text) not in cv.squash(lines[k].text):
                k += 1
            blocks.append(_block(lines[k], role, rule, text, moved=moved))
        blocks += [_block(it, Role.BYLINE, it.rule, moved=moved) for it in title.items if it.role is Role.BYLINE]
    body_items = body.items if body else []
    joined = _join_paragraphs(body_items)
    for it, text, pieces, was_joined in joined:
        if was_joined:
            blocks.append(Block(it.role, text, tuple(pieces), "wrap_join", it.first_role, it.first_rule, False,
                                it.chunk.page))
        else:
            blocks.append(_block(it, it.role, it.rule))
    if box:
        return _briefs(blocks), furniture
    return [_article(blocks)], furniture


def _briefs(blocks: list[Block]) -> list[Article]:
    """A box of briefs: each paragraph with the credits after it is one brief."""
    out, cur = [], []
    for b in blocks:
        if b.role is Role.PARAGRAPH and any(x.role is Role.PARAGRAPH for x in cur):
            out.append(cur)
            cur = []
        cur.append(b)
    if cur:
        out.append(cur)
    return [_article(g, Kind.BRIEF) for g in out]


def _article(blocks: list[Block], kind: Kind | None = None) -> Article:
    paras = [b for b in blocks if b.role is Role.PARAGRAPH]
    dateline = None
    if paras:
        m = cv.DATELINE.match(paras[0].text)
        dateline = m.group(0).strip() if m else None
    credits = [b for b in blocks if b.role is Role.PHOTO_CREDIT]
    if kind is None:
        kind = Kind.ARTICLE
        crossheads = any(b.role is Role.CROSSHEAD for b in blocks)
        captions = [b for b in blocks if b.role is Role.CAPTION]
        if credits and not dateline and not crossheads and (len(paras) == 1 and not captions or not paras and captions):
            kind = Kind.PHOTO  # photo news: a headline, a caption, a credit
            blocks = [Block(Role.CAPTION, b.text, b.pieces, "photo_news", b.role, b.rule, b.moved, b.page)
                      if b.role is Role.PARAGRAPH else b for b in blocks]
    names: list[str] = []
    sources = ([dateline] if dateline else []) + [b.text for b in blocks if b.role in (Role.BYLINE, Role.PHOTO_CREDIT)]
    for s in sources:
        for n in cv.names_in(s):
            if n not in names:
                names.append(n)
    return Article(kind, tuple(blocks), dateline, tuple(names))


def photo_groups(body: Unit) -> list[Unit]:
    """Photo news set one after another: each caption with the credit printed above or below it."""
    if not any(it.role is Role.PHOTO_CREDIT for it in body.items) or any(it.dateline for it in body.items):
        return [body]
    groups: list[list[Item]] = [[]]
    for it in body.items:
        cur = groups[-1]
        has_text = any(x.role in (Role.PARAGRAPH, Role.CAPTION) for x in cur)
        has_credit = any(x.role is Role.PHOTO_CREDIT for x in cur)
        if it.role in (Role.PARAGRAPH, Role.CAPTION) and has_text and has_credit:
            groups.append([])
        elif it.role is Role.PHOTO_CREDIT and has_text and has_credit:
            groups.append([])
        groups[-1].append(it)
    units = [Unit("B", g) for g in groups if g]
    units[0].rubrics = body.rubrics
    return units


def assemble(items: list[Item]) -> tuple[list[Article], list[Block]]:
    """Articles in reading order and the furniture that belongs to none."""
    furniture = [_block(it, it.role, it.rule) for it in items if it.role in FURNITURE_ROLES]
    units = merge_jumps(merge_crossheads(lift_rubrics(units_of(items)), usual_gap(items)))
    articles: list[Article] = []
    in_box = False
    carried: list[Item] = []  # series bars lifted onto a unit that makes no article: they go to the next one
    for t, b in pair(units):
        if t is not None and t.kind == "X":
            in_box = True
            carried += t.rubrics  # a series bar above a box of briefs heads what follows
            continue
        if t is None and b is not None and _credit_only(b):
            furniture += [_block(it, it.role, "stray_credit") for it in b.items]
            carried += b.rubrics
            continue
        if carried:
            target = t if t is not None else b
            target.rubrics, carried = carried + target.rubrics, []
        if in_box and t is not None and (len(t.titles) > 1 or (b is not None and _paragraph_count(b) > 1)):
            in_box = False  # a full headline group or a longer story: the box of briefs has ended
        # a headline group printed after its body is moved back in front of it
        moved = t is not None and b is not None and t.items[0].chunk.pieces[0].first_line > b.items[0].chunk.pieces[0].first_line
        bodies = photo_groups(b) if b is not None and not in_box else [b]
        for k, body in enumerate(bodies):
            arts, furn = build(t if k == 0 else None, body, in_box and t is None, moved)
            if in_box and t is not None:
                arts = [Article(Kind.BRIEF, a.blocks, a.dateline, a.authors, a.page) for a in arts]
            articles += arts
            furniture += furn
    furniture += [_block(it, Role.RUBRIC, "stray_rubric") for it in carried]  # none came after: kept all the same
    return attach_rubrics(place_series_bars(articles)), furniture
