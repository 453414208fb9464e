"""Articles → articles: rubrics the dump printed away from their article moved to the one they head."""
from __future__ import annotations

from ..model import Article, Block, Role
from . import conventions as cv

MIN_RUBRIC_OVERLAP = 3  # characters a rubric must share with a headline to be attached to it by content
RUBRIC_WINDOW = 12  # articles either side where a stray rubric's article is looked for (about a page)


def _move(arts: list[Article], src: int, dst: int, rb: Block, rule: str) -> None:
    """Take rubric block rb out of arts[src] and set it first in arts[dst], marked as moved by rule."""
    moved = Block(rb.role, rb.text, rb.pieces, rule, rb.first_role, rb.first_rule, True, rb.page)
    a = arts[src]
    arts[src] = Article(a.kind, tuple(b for b in a.blocks if b is not rb), a.dateline, a.authors, a.page)
    t = arts[dst]
    arts[dst] = Article(t.kind, (moved,) + t.blocks, t.dateline, t.authors, t.page)


def place_series_bars(articles: list[Article]) -> list[Article]:
    """A series bar printed alone (not in a headline group) heads the page's lead story: its longest article."""
    arts = list(articles)
    for i in range(len(arts)):
        for rb in [b for b in arts[i].blocks if b.rule == "series_bar"]:
            same_page = [j for j, a in enumerate(arts) if a.blocks and a.blocks[0].page == rb.page]
            lead = max(same_page, key=lambda j: sum(len(p) for p in arts[j].paragraphs), default=i)
            if lead != i and not arts[lead].rubric:
                _move(arts, i, lead, rb, "series_bar_to_lead")
    return arts


def attach_rubrics(articles: list[Article]) -> list[Article]:
    """A column label stacked on another article's rubric goes to the nearby headline that shares its words
    (重点项目巡礼 → 曹县：重点项目…); one that shares none stays where the dump put it."""
    arts = list(articles)
    for i in range(len(arts)):
        rubrics = [b for b in arts[i].blocks if b.role is Role.RUBRIC]
        for rb in rubrics[:-1] if len(rubrics) > 1 else []:
            stem = cv.RUBRIC_STEM.sub("", cv.squash(rb.text))
            best, best_j = MIN_RUBRIC_OVERLAP - 1, None
            for j in range(max(0, i - RUBRIC_WINDOW), min(len(arts), i + RUBRIC_WINDOW + 1)):
                other = arts[j]
                if j != i and not other.rubric and other.blocks and other.blocks[0].page == rb.page:
                    o = overlap(stem, cv.squash(other.headline))
                    if o > best:
                        best, best_j = o, j
            if best_j is not None:
                _move(arts, i, best_j, rb, "rubric_by_content")
    return arts


def overlap(a: str, b: str) -> int:
    """Length of the longest common substring of a and b."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
