"""Units → units: a story continued on another page (下转第三版 … 上接第一版) becomes one body again."""
from __future__ import annotations

import re

from . import conventions as cv

CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def jump_page(text: str) -> str | None:
    """The page a jump line names, as digits: 第三版 → '3', 第A2版 → 'A2'."""
    m = re.search("第?\\s*([0-9０-９A-Z一二三四五六七八九十〇]{1,3})\\s*版", text)
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


def merge_jumps(units: list, ledger) -> list:
    """Append each continuation (a body unit opened by 上接) to the jump-out body it continues.

    The i-th body that jumps out is paired with the i-th continuation; a
    continuation with no partner stays where it is. A body that has gone into
    another is never a partner (its text would go twice).
    """
    from .units import absorb

    outs = [u.name for u in units if u.kind == "body" and u.jump_to]
    grown = {u.name: u for u in units}  # each unit as it stands, continuations appended
    used: set[str] = set()  # jump-outs that have their continuation
    merged: set[str] = set()  # continuations appended to a jump-out: no unit of their own any more
    for u in units:
        if u.kind == "body" and u.jump_from is not None:
            partner = next((o for o in outs if o not in used and o != u.name and o not in merged), None)
            if partner is not None:
                used.add(partner)
                merged.add(u.name)
                grown[partner] = absorb(ledger, grown[partner], grown[u.name], "jump_continued")
    return [grown[u.name] for u in units if u.name not in merged]
