"""A story continued on another page (下转第三版 … 上接第一版) becomes one again: units → units within one dump,
articles → articles across the pages of a day read from separate files."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import TITLE_ROLES, Role
from . import conventions as cv
from .items import Item, is_body, neighbour

CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def jump_page(text: str) -> str | None:
    """The page a jump line names, as digits: 第三版 → '3', 第A2版 → 'A2', 接A1 → 'A1'."""
    m = re.search("第?\\s*([0-9０-９A-Z一二三四五六七八九十〇]{1,3})\\s*版", text) \
        or re.search("(?<![A-Za-z])([A-Z][0-9０-９]{1,2})(?![0-9０-９])", text)  # (接A1: a section's page, no 版)
    if not m:
        return None
    p = m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if all(c in CN_DIGITS or c == "十" for c in p):
        if p == "十":
            return "10"
        if "十" in p:
            tens, _, ones = p.partition("十")
            return str(CN_DIGITS.get(tens, 1) * 10 + CN_DIGITS.get(ones, 0))
        return "".join(str(CN_DIGITS[c]) for c in p)
    return p


def is_jump_out(text: str) -> bool:
    """下转第X版 (continued on) rather than 上接第X版 (continued from)."""
    return bool(re.search("下[转轉]|(?<![上接])[转轉]", cv.squash(text)))


def jump_tail(items: list[Item], i: int) -> Role | None:
    """A short piece right over 下转第N版 (an arrow printed apart aside), after body (…打通维权渠 | 道，推动 | 下转A6版):
    the end of the text that jumps, never a headline (nothing a headline heads comes between it and the jump): a
    paragraph's tail, or the first line of one the column's foot cut (…11条。| 走进产业园的跨境 | ▶ | 下转第6版)."""
    j = i + 1
    while j < len(items) and items[j].rule == "ornament":
        j += 1
    if items[i].role is not Role.HEADLINE or j >= len(items):
        return None
    nxt, prev = items[j], neighbour(items, i, -1)
    if nxt.role is Role.JUMP_LINE and is_jump_out(nxt.text) and is_body(prev) and (prev.chunk.geometry is None
                                                                        or not prev.ends_paragraph):
        return Role.PARAGRAPH
    return None


def _key(page: str | None) -> str | None:
    """A page as a jump line names it, for matching: 03 → 3."""
    return str(int(page)) if page and page.isdigit() else page


def merge_jumps(units: list, ledger, headers: list[tuple[int, int, str]] = ()) -> list:
    """Append each continuation (a body unit opened by 上接) to the jump-out body it continues.

    A continuation goes with the body that jumps to the page it stands on from the page it names (pages counted
    in the dump's order: a day's PDF); failing that, the i-th body that jumps out is paired with the i-th
    continuation, unless the page headers printed above them say the jump came from another page (headers: each
    page header's first line, dump page and page label: a page's story jumping on and another's coming in from
    page 1 are two stories); a continuation with no partner stays where it is. A body that has gone into another
    is never a partner (its text would go twice).
    """
    from .units import absorb

    def page(unit) -> str | None:
        return str(unit.items[0].chunk.page + 1) if unit.items else None

    def printed_page(unit) -> str | None:
        """The page number of the last page header above the unit on its dump page."""
        first = unit.items[0].chunk.pieces[0].first_line if unit.items and unit.items[0].chunk.pieces else 0
        above = [label for line, pg, label in headers if line <= first and pg == unit.items[0].chunk.page]
        return _key(above[-1].split()[0]) if above else None

    def may_come_from(out: str, cont) -> bool:
        here = printed_page(grown[out])
        return here is None or cont.jump_from is None or _key(cont.jump_from) == here

    def fits(out: str, cont) -> bool:
        return _key(grown[out].jump_to) == page(cont) and _key(cont.jump_from) == page(grown[out])

    outs = [u.name for u in units if u.kind == "body" and u.jump_to]
    grown = {u.name: u for u in units}  # each unit as it stands, continuations appended
    used: set[str] = set()  # jump-outs that have their continuation
    merged: set[str] = set()  # continuations appended to a jump-out: no unit of their own any more
    for u in units:
        if u.kind == "body" and u.jump_from is not None:
            free = [o for o in outs if o not in used and o != u.name and o not in merged and may_come_from(o, u)]
            partner = next((o for o in free if fits(o, u)), free[0] if free else None)
            if partner is not None:
                used.add(partner)
                merged.add(u.name)
                grown[partner] = replace(absorb(ledger, grown[partner], grown[u.name], "jump_continued"),
                                         jump_to=grown[u.name].jump_to)
    return [grown[u.name] for u in units if u.name not in merged]


def join_pages(pages: list[tuple[int, list]]) -> tuple[list, list]:
    """The articles of a day's pages (page number, its articles in order), each story that jumps to a later page
    (下转第N版) followed by its continuation there (上接, from this page): the continuation's paragraphs appended,
    a paragraph cut at the jump joined again, its headline repeated on the continuation page set apart. Returns the
    articles in page order and the set-apart blocks."""
    from .segment import join_all

    on_page = {str(n): list(arts) for n, arts in pages}
    taken: set[int] = set()  # continuations appended to their story
    shown: set[int] = set()  # articles already in the edition (a jump back to one of them takes nothing)
    aside: list = []
    out = []
    for n, arts in pages:
        for a in arts:
            if id(a) in taken:
                continue
            shown.add(id(a))
            here = str(n)
            while _key(a.jump_to) in on_page and _key(a.jump_to) != here:
                there = _key(a.jump_to)
                later = [b for b in on_page[there] if _key(b.jump_from) == here and id(b) not in taken | shown]
                if not later:
                    break
                b = max(later, key=lambda b: (len(cv.bigrams(cv.squash(a.headline)) & cv.bigrams(
                    cv.squash(" ".join(x.text for x in b.blocks if x.role in TITLE_ROLES)))), -later.index(b)))
                taken.add(id(b))
                aside += [x for x in b.blocks if x.role in TITLE_ROLES]
                body = [x for x in b.blocks if x.role not in TITLE_ROLES]
                blocks = list(a.blocks)
                last = max((i for i, x in enumerate(blocks) if x.role is Role.PARAGRAPH), default=None)
                if last is not None and body and body[0].role is Role.PARAGRAPH and not cv.ends_paragraph(
                        blocks[last].text):
                    cut, goes_on = blocks[last], body.pop(0)
                    blocks[last] = replace(cut, text=join_all([cut.text, goes_on.text]),
                                           pieces=cut.pieces + goes_on.pieces, rule="jump_join")
                a = replace(a, blocks=tuple(blocks + body), jump_to=b.jump_to, authors=tuple(
                    dict.fromkeys(a.authors + b.authors)), regions=a.regions + b.regions, pictures=a.pictures + b.pictures)
                here = there
            out.append(a)
    return out, aside
