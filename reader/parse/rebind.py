"""Pairs → pairs: bindings the page's order made wrongly let go and made again (an opinion column's label over a
dated report, the column's text read on after another story, a byline printed after its headline opening the next
story's text)."""
from __future__ import annotations

from dataclasses import replace

from ..model import Role
from . import conventions as cv
from .ledger import Ledger
from .pairing import LATE_PARAGRAPHS, LEAD_CHARS, MIN_SHARED, Pair, opening_text, within_reach, worded
from .patterns import regex
from .titles import is_rubric
from .units import Unit, UnitKind

_OPINION = regex("(?:评|評|论|論|今日谈|今日談|评论员文章|評論員文章)$")  # an opinion column's label: 短评, 社论, 今日谈


def _signed_column(t: Unit, o: Unit) -> int | None:
    """Under an opinion column's label (今日谈, …评), the last item of a body before the paragraph its headline
    names most (the first of the best), a sentence ended before it, when the body closes on its writer's credit (（某某）): the column's
    text read on after another story's, or None."""
    if not any(is_rubric(it.text) and _OPINION.search(cv.squash(it.text)) for it in t.items) \
            or not o.items or o.items[-1].role is not Role.BYLINE:
        return None
    cuts = [(_told(t, replace(o, items=o.items[k + 1:k + 2])), k)
            for k in range(1, len(o.items) - 1) if o.items[k].ends_paragraph and o.items[k + 1].role is Role.PARAGRAPH]
    best = max(cuts, key=lambda c: (c[0], -c[1]), default=None)  # (of cuts alike, the first)
    return best[1] if best and best[0] >= MIN_SHARED else None


def signed_column(pairs: list[Pair], ledger: Ledger) -> list[Pair]:
    """An opinion column's headline group (今日谈, …评) left without a body, and a body closing on a writer's credit
    (（某某）) whose later paragraphs, after a finished one, the headline's words name: those paragraphs are the
    column's text, which the dump read on after another story's."""
    for i, (t, b) in enumerate(pairs):
        if t is None or t.kind is not UnitKind.TITLE or b is not None or any(it.chunk.geometry for it in t.items):
            continue  # (on a PDF page, the layout read each column apart)
        for j in within_reach([k for k, (_, o) in enumerate(pairs) if o is not None], i):
            o = pairs[j][1]
            at = _signed_column(t, o)
            if at is None or o.items[at + 1].dateline or not any(it.role is Role.PARAGRAPH for it in o.items[:at + 1]) \
                    or [it.role for it in o.items[at + 1:]].count(Role.PARAGRAPH) < LATE_PARAGRAPHS:
                continue
            rest = Unit(UnitKind.BODY, ledger.new_unit(), o.items[at + 1:])
            for it in rest.items:
                ledger.move(it.index, o.name, rest.name, "signed_column")
            pairs[j] = (pairs[j][0], replace(o, items=o.items[:at + 1]))
            pairs[i] = (t, rest)
            break
    return pairs




def misnamed(pairs: list[Pair]) -> list[Pair]:
    """An opinion column's headline group (今日谈, …评, …论) bound to a dated report (the last of a clump of
    headlines set over all the page's bodies, read on into the first body): an opinion piece opens on no dateline;
    both let go, to be bound by their words."""
    out: list[Pair] = []
    for t, b in pairs:
        if t is not None and t.kind is UnitKind.TITLE and b is not None and b.items and b.items[0].dateline and any(
                is_rubric(it.text) and _OPINION.search(cv.squash(it.text)) for it in t.items):
            out += [(t, None), (None, b)]
        else:
            out.append((t, b))
    return out


_WITH_HEADLINE = (Role.BYLINE, Role.CAPTION, Role.PHOTO_CREDIT)
_LEAD_IN = "■□◆"  # a credit led by a square (■记者 X) is run in at the head of its story's text, not set with a headline


def bylines_back(pairs: list[Pair], backward: bool, ledger: Ledger) -> list[Pair]:
    """In a dump that prints each headline group after its body, the bylines printed right after a headline group,
    opening the next body, and the photo's caption and credit after them: that headline's story's, printed with it
    (the story before has no byline of its own; a square-led credit, ■记者 X, opens the text it leads)."""
    if not backward:
        return pairs
    out = list(pairs)
    for k in range(1, len(out)):
        (t0, b0), (t, b) = out[k - 1], out[k]
        n = next((n for n, it in enumerate(b.items) if it.role not in _WITH_HEADLINE), 0) \
            if b is not None and b.items and b.items[0].role is Role.BYLINE and b.items[0].text.lstrip()[:1] not in _LEAD_IN \
            else 0
        if t0 is None or b0 is None or not n or any(it.role is Role.BYLINE for it in b0.items) \
                or not any(it.role is Role.PARAGRAPH for it in b.items[n:]):
            continue
        for it in b.items[:n]:
            ledger.move(it.index, b.name, b0.name, "byline_back")
        out[k - 1], out[k] = (t0, replace(b0, items=b0.items + b.items[:n])), (t, replace(b, items=b.items[n:]))
    return out


# a caption telling news of its own: a sentence of what happened, then what the picture shows (…举行…。图为…)
PHOTO_NEWS = regex("[。！!][”」’』]?\\s*(?:图为|圖為|图中|圖中|上图|上圖|下图|下圖)")
_REPORTER = regex(cv.CREDIT_ROLE)  # a reporter's credit (记者 X, 通讯员 Y) heads a story's text; a signature closes it
UNTOLD = 0.2  # of a caption's character pairs, at most, that a story's text repeats when it does not tell the photo


def photo_news(pairs: list[Pair], ledger: Ledger) -> list[Pair]:
    """A body closing, after its finished text, on a caption that tells news of its own (a sentence of what
    happened, then 图为…, its credit after it) which that text does not tell, or on a caption after the writer's
    closing signature (a cartoon set after a column): a picture read after the story, an item of its own."""
    out: list[Pair] = []
    for t, b in pairs:
        k = len(b.items) if b is not None else 0
        while k and b.items[k - 1].role is Role.PHOTO_CREDIT:
            k -= 1
        cap = b.items[k - 1] if k >= 2 else None
        if cap is None or cap.role is not Role.CAPTION or not (_news_after(b, k) or _after_signature(b, k)):
            out.append((t, b))
            continue
        photo = Unit(UnitKind.BODY, ledger.new_unit(), b.items[k - 1:])
        for it in photo.items:
            ledger.move(it.index, b.name, photo.name, "news_photo_after")
        out += [(t, replace(b, items=b.items[:k - 1])), (None, photo)]
    return out


def _news_after(b: Unit, k: int) -> bool:
    """The caption at k - 1 tells news of its own (…。图为…) the finished text before it does not tell."""
    before = b.items[k - 2]
    return bool(PHOTO_NEWS.search(b.items[k - 1].text)) and before.role is Role.PARAGRAPH and before.ends_paragraph \
        and cv.shared_words(b.items[k - 1].text, "".join(it.text for it in b.items[:k - 1] if it.role is Role.PARAGRAPH)) <= UNTOLD


def _after_signature(b: Unit, k: int) -> bool:
    """The caption at k - 1, credited after it, comes after the writer's signature closing the text (某某（某大学
    教授）): the column has ended."""
    sign = b.items[k - 2]
    return k < len(b.items) and k >= 3 and sign.role is Role.BYLINE and sign.first_role is Role.BYLINE \
        and b.items[k - 3].role is Role.PARAGRAPH and not _REPORTER.search(sign.text)  # (本报记者 X opens a story)


def _brief(b: Unit | None) -> bool:
    """A body of one paragraph, credited to no one: a brief's text."""
    return b is not None and b.kind is UnitKind.BODY and [it.role for it in b.items] == [Role.PARAGRAPH]


def _told(t: Unit, b: Unit) -> float:
    """How much of a headline group's own words the opening of a body repeats."""
    return cv.shared_words(worded(t), opening_text(b, LEAD_CHARS))


def briefs_forward(pairs: list[Pair], backward: bool) -> list[Pair]:
    """Where headlines print after their bodies, a box of briefs printed title first (a title left over nothing,
    titles over the brief before each, the last brief untitled): each title heads the brief after it, where the
    briefs' words say so (each title's words more in the brief after it than in the one before)."""
    if not backward:
        return pairs
    out, i = list(pairs), 0
    while i < len(out):
        t, b = out[i]
        j = i + 1
        while j < len(out) and out[j][0] is not None and len(out[j][0].items) == 1 and _brief(out[j][1]):
            j += 1
        if t is None or len(t.items) != 1 or b is not None or j == i + 1 or j == len(out) or out[j][0] is not None \
                or not _brief(out[j][1]):
            i += 1
            continue
        titles, bodies = [out[k][0] for k in range(i, j)], [out[k][1] for k in range(i + 1, j + 1)]
        ahead = [_told(x, y) for x, y in zip(titles, bodies)]
        behind = [_told(out[k][0], out[k][1]) for k in range(i + 1, j)] + [0.0]
        if all(a >= MIN_SHARED and a > w for a, w in zip(ahead, behind)):
            out[i:j + 1] = list(zip(titles, bodies))
            i += len(titles)
            continue
        i += 1
    return out
