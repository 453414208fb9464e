"""Units and pairs → units and pairs where a page turns its dump's orientation for a stretch: a headline group
naming the body before it and the body after it cut in two, headlines printed after their bodies on a page read
headline first bound back to them."""
from __future__ import annotations

from dataclasses import replace

from . import conventions as cv
from .ledger import Ledger
from .pairing import LEAD_CHARS, LINE_WORDS, NEXT_SHARED, Pair, lead_named, orphan_cost, opening_text
from .titles import is_rubric
from .units import Unit, UnitKind, credit_only


def _titled(p: Pair) -> bool:
    return p[0] is not None and p[0].kind is UnitKind.TITLE


def heads_back(pairs: list[Pair]) -> list[Pair]:
    """An untitled story, then headline groups each over a body, the last over none (another story's headline or
    a box comes next): in that stretch the dump printed each headline after its body, as a PDF's content stream
    may on a page whose other items read headline first (a photo item, a column under its label). Each of those
    headline groups heads the body before it instead, where its words name those bodies more."""
    out = list(pairs)
    k = 0
    while k < len(out):
        t, b = out[k]
        j = k + 1
        story = t is None and b is not None and not credit_only(b) and orphan_cost(b) == 1.0
        while story and j < len(out) and _titled(out[j]) and out[j][1] is not None and not credit_only(out[j][1]):
            j += 1
        if story and j < len(out) and _titled(out[j]) and out[j][1] is None:
            titles, bodies = [p[0] for p in out[k + 1:j + 1]], [b] + [p[1] for p in out[k + 1:j]]
            now = sum(lead_named(p[0], opening_text(p[1], LEAD_CHARS)) for p in out[k + 1:j])
            back = [lead_named(x, opening_text(y, LEAD_CHARS)) for x, y in zip(titles, bodies)]
            if min(back) >= NEXT_SHARED and sum(back) > now:
                out[k:j + 1] = list(zip(titles, bodies))
        k = j
    return out


def split_between(units: list[Unit], ledger: Ledger) -> list[Unit]:
    """In a dump, a headline group between two bodies whose first lines name the body before it and whose last
    lines name the body after it (one story's headline printed after its text, the next one's before): two groups."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        prev, nxt = (units[k - 1] if k else None), (units[k + 1] if k + 1 < len(units) else None)
        at = None
        if (u.kind is UnitKind.TITLE and len(u.titles) > 1 and prev is not None and nxt is not None and not u.rubrics
                and prev.kind is nxt.kind is UnitKind.BODY and all(it.chunk.geometry is None for it in u.items)):
            leads = (opening_text(prev, LEAD_CHARS), opening_text(nxt, LEAD_CHARS))
            story = []
            for it in u.items:  # (a column's label, a short line, names no story by a word or two it shares)
                a, b = ((cv.shared_words(it.text, lead) for lead in leads)
                        if cv.length(it.text) >= LINE_WORDS and not is_rubric(it.text) else (0.0, 0.0))
                story.append(0 if a > 2 * b and a >= NEXT_SHARED else 1 if b > 2 * a and b >= NEXT_SHARED else None)
            known = [x for x in story if x is not None]
            if known and known[0] == 0 and known[-1] == 1 and known == sorted(known):
                at = story.index(1)
        if at is None:
            out.append(u)
            continue
        labels = 0
        while is_rubric(u.items[labels].text):
            labels += 1  # (a column's label over the group goes with the later headline: it closes no story)
        later = Unit(UnitKind.TITLE, ledger.new_unit(), u.items[:labels] + u.items[at:])
        for it in later.items:
            ledger.move(it.index, u.name, later.name, "split_between")
        out += [replace(u, items=u.items[labels:at]), later]
    return out
