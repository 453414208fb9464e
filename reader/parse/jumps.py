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


def merge_jumps(units: list) -> list:
    """Append each continuation (a B unit opened by 上接) to the jump-out body it continues.

    The i-th body that jumps out is paired with the i-th continuation that names
    a page the body could be on; a continuation with no partner stays where it is.
    """
    outs = [u for u in units if u.kind == "B" and u.jump_to]
    used: set[int] = set()  # jump-outs that have their continuation
    merged: set[int] = set()  # continuations appended to a jump-out: they are no unit of their own any more
    out = []
    for u in units:
        if u.kind == "B" and u.jump_from is not None:
            # never itself, and never a body that has itself gone into another (both would be lost)
            partner = next((o for o in outs if id(o) not in used and o is not u and id(o) not in merged), None)
            if partner is not None:
                used.add(id(partner))
                merged.add(id(u))
                partner.items += u.items
                partner.rubrics += u.rubrics
                continue
        out.append(u)
    return out
