"""Items → an interview's turns: a speaker's label set on a line of its own (问：, in bold on a PDF page) and the
question it opens are the turn's text, no headline."""
from __future__ import annotations

from ..model import Role
from . import conventions as cv
from .items import Item


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
