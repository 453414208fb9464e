"""Headline-like pieces inside a story's text → its body: a line the column's end set apart, an interview's turn.

A story is cut into sections by two crossheads or more, never by one: a single piece between paragraphs with a
comma inside, no end and a column line's length is a line the column's end set apart (…食堂与老年活动中心 ⏎
“两室合一”，…), not a section's head (crossheads in a set are left to the parallel and crosshead rules). A
speaker's label set on a line of its own (问：, in bold on a PDF page) and the question it opens are the turn's
text, no headline.
"""
from __future__ import annotations

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .items import Item, is_body, neighbour


LINE_LENGTH = 17  # characters: a crosshead broken by a comma is shorter (菜篮子稳了，心里就稳了)
_IN_STORY = frozenset({Role.CAPTION, Role.PHOTO_CREDIT, Role.BYLINE, *FURNITURE_ROLES})  # (a pull quote)


def _sandwiched(items: list[Item], i: int) -> bool:
    """A headline-like piece (or one this rule made body) with body text on both sides: a crosshead, or a column
    end's line."""
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    return ((items[i].role is Role.HEADLINE or items[i].rule == "lone_section_head") and is_body(prev)
            and is_body(nxt) and not nxt.dateline)


def _story_run(items: list[Item], i: int, step: int) -> list[int]:
    """The pieces from i on (step: ±1) as far as the story's text goes: body and pieces set between body."""
    out, j = [], i + step
    while 0 <= j < len(items) and (is_body(items[j]) or _sandwiched(items, j) or items[j].role in _IN_STORY):
        out.append(j)
        j += step
    return out


def lone_section_head(items: list[Item], i: int) -> Role | None:
    """A piece between paragraphs with a comma inside, no end and longer than a crosshead, the only such piece in its
    story's text: a line of the paragraph under it (a dump gives no type size; on a PDF page the face says)."""
    it = items[i]
    if it.chunk.geometry is not None or not _sandwiched(items, i) or it.ends_paragraph:
        return None
    if (cv.length(it.text) < LINE_LENGTH or "，" not in it.text and "," not in it.text
            or cv.TERMINAL_IN.search(it.text) or cv.ENUMERATOR.match(it.text)):
        return None  # (an enumeration comma is a title's: 甲、乙; a numbered piece heads a section of a set)
    others = [j for j in _story_run(items, i, -1) + _story_run(items, i, 1) if _sandwiched(items, j)]
    return Role.PARAGRAPH if not others else None


def _lone_label(it: Item | None) -> bool:
    """A turn's label alone: 问：, 答：, 记者："""
    if it is None:
        return False
    m = cv.TURN_LABEL.match(it.text.strip())
    return m is not None and m.end() == len(it.text.strip())


def turn_label(items: list[Item], i: int) -> Role | None:
    """A speaker's label alone over text, and a title-like piece right under one (its question), open a turn."""
    it, prev = items[i], items[i - 1] if i else None
    if it.role is Role.PARAGRAPH or not (_lone_label(it) and i + 1 < len(items) or _lone_label(prev)):
        return None
    return Role.PARAGRAPH if it.role in (Role.HEADLINE, Role.UNSURE) else None
