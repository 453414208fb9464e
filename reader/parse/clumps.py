"""Chunks → chunks: two stories' headlines read as one line (set side by side on one baseline, a column's rule
between, and clumped with the page's other headlines away from their stories) cut apart where the words turn from
one story's opening to another's; a column's label run on after a headline, over its own column's title, cut off.
"""
from __future__ import annotations

from . import conventions as cv
from ..words import starts_with_word
from .pairing import LEAD_CHARS
from .rules import TITLE_MAX
from .segment import Chunk

PART_MIN = 6  # Han characters of each headline of the two
TOLD = 0.5  # share of a part's character pairs that its story's opening repeats
ELSEWHERE = 0.25  # … and at most this share of the other part's
REACH = 60  # chunks after the line where the stories' openings are looked for


def _openings(chunks: list[Chunk], k: int) -> list[set[str]]:
    """The character pairs of the openings of the dated stories after chunk k (本报讯 …, 〔記者…報導〕 …)."""
    out = []
    for j in range(k + 1, min(len(chunks), k + 1 + REACH)):
        if cv.DATELINE.match(chunks[j].text):
            text = chunks[j].text
            for c in chunks[j + 1:]:  # (up to the next story's credit or dateline)
                if len(text) >= LEAD_CHARS or cv.DATELINE.match(c.text) or cv.OPENING_CREDIT.match(c.text):
                    break
                text += c.text
            out.append(cv.bigrams(text[:LEAD_CHARS]))
    return out


def _cut_at(text: str, openings: list[set[str]]) -> int | None:
    """Where the line turns from one story's words to another's: both parts told by their own story's opening and
    hardly by the other's; of equal cuts, the one the second part opens a word at."""
    best: tuple[int, bool, int] | None = None
    for at in range(PART_MIN, len(text) - PART_MIN + 1):
        left, right = cv.bigrams(text[:at]), cv.bigrams(text[at:])
        if min(len(left), len(right)) < PART_MIN - 1:
            continue  # (a part of a few figures, 2300余家, names no story)
        ls, rs = [len(left & o) / len(left) for o in openings], [len(right & o) / len(right) for o in openings]
        i, j = max(range(len(openings)), key=ls.__getitem__), max(range(len(openings)), key=rs.__getitem__)
        if i == j or min(ls[i], rs[j]) < TOLD or ls[j] > ELSEWHERE or rs[i] > ELSEWHERE:
            continue
        key = (len(left & openings[i]) + len(right & openings[j]), starts_with_word(text[at:]), -at)  # (pairs told)
        if best is None or key > best:
            best = key
    return -best[2] if best else None


def clumped_titles(chunks: list[Chunk], cut) -> list[Chunk]:
    """Each headline-like line that is two stories' headlines run together, not right over a story of its own,
    cut in two (cut: how a chunk is cut at an offset)."""
    out: list[Chunk] = []
    for k, c in enumerate(chunks):
        text = c.text.rstrip()
        nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        if (not 2 * PART_MIN <= cv.length(text) <= TITLE_MAX or cv.TERMINAL_IN.search(text)
                or cv.COMMA_IN.search(text) or nxt is None or cv.DATELINE.match(nxt.text)):
            out.append(c)
            continue
        openings = _openings(chunks, k)
        at = _cut_at(text, openings) if len(openings) >= 2 else None
        out += list(cut(c, at)) if at else [c]
    return out


LABEL_SPAN = (2, 5)  # characters of a column's label (今日谈, 短评, 记者手记) run on at a headline's end


def trailing_labels(chunks: list[Chunk], cut) -> list[Chunk]:
    """A headline-like line ending on a column's whole label, right over another headline-like line (…治理启动今日谈 |
    让农技服务跟上…): the clumped headlines' next column's label, run on; cut off, a rubric over the line under it."""
    out: list[Chunk] = []
    for k, c in enumerate(chunks):
        text, nxt = c.text.rstrip(), chunks[k + 1].text.strip() if k + 1 < len(chunks) else ""
        titled = cv.length(nxt) <= TITLE_MAX and not cv.TERMINAL_IN.search(nxt) and not cv.DATELINE.match(nxt)
        at = next((len(text) - n for n in range(LABEL_SPAN[1], LABEL_SPAN[0] - 1, -1)
                   if cv.RUBRIC_LABEL.fullmatch(text[-n:]) and cv.length(text[:-n]) >= PART_MIN), None) \
            if titled and nxt and cv.length(text) <= TITLE_MAX and not cv.TERMINAL_IN.search(text) else None
        out += list(cut(c, at)) if at else [c]
    return out
