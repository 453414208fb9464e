"""A PDF chunk's geometry → first-pass roles: the rules of RULES (rules.py) that read what a page shows and a dump
has lost (type size, face, indent, lines, place on the page)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Role
from . import conventions as cv
from .titles import is_rubric

if TYPE_CHECKING:
    from .rules import Context

DISPLAY_SIZE = 1.2  # relative to the body's type size: a title is set at least this much larger
BODY_SIZE_SLACK = 0.05  # relative: body text is set within this of the body's type size
CROSSHEAD_MAX = 32  # characters: a crosshead runs two lines of a column at most
LONG_TITLE_MAX = 80  # characters: a kicker and headline set on one line stay under this


def overprint(t: str, ctx: Context) -> Role | None:
    return Role.DUPLICATE if ctx.geometry and ctx.geometry.copy else None


def page_band(t: str, ctx: Context) -> Role | None:
    band = ctx.geometry.band if ctx.geometry else None
    return Role.PAGE_HEADER if band == "head" else Role.FURNITURE if band == "foot" else None


def display_type(t: str, ctx: Context) -> Role | None:
    g = ctx.geometry
    return Role.HEADLINE if g and g.size >= DISPLAY_SIZE and cv.length(t) <= LONG_TITLE_MAX else None


def by_picture(t: str, ctx: Context) -> Role | None:  # (a column's label alone, 图片新闻, tabs a title: no caption)
    return Role.CAPTION if ctx.geometry and ctx.geometry.by_picture and not is_rubric(t) else None


def label_type(t: str, ctx: Context) -> Role | None:
    """On a PDF page, a column's label (…时评, 【…】) in body size but another face: a title line, not body text."""
    g = ctx.geometry
    return Role.HEADLINE if g and not g.body_face and is_rubric(t) else None


def head_type(t: str, ctx: Context) -> Role | None:
    """On a PDF page, a short line in body size but another face (黑体), ending no sentence (a question may: 为何…？):
    a crosshead."""
    return Role.HEADLINE if _head_set(t, ctx) and (not cv.ends_paragraph(t) or _asks(t)) else None


def _head_set(t: str, ctx: Context) -> bool:
    """On a PDF page, set in body size but another face, a crosshead's length at most."""
    g = ctx.geometry
    return bool(g and not g.body_face and abs(g.size - 1) <= BODY_SIZE_SLACK and cv.length(t) <= CROSSHEAD_MAX)


def _asks(t: str) -> bool:
    """One question (or exclamation) and nothing more, a quotation's closing mark after it (…谁来管？”)."""
    core = t.rstrip().rstrip(cv.CLOSERS)
    return core[-1:] in "？?！!" and not cv.SENTENCE_PUNCT.search(core[:-1])


def asked_head(t: str, ctx: Context) -> bool:
    """On a PDF page, a question alone in a crosshead's face (低层住户：“…谁来管？”): head_type reads it, no sentence."""
    return _head_set(t, ctx) and _asks(t)


def body_type(t: str, ctx: Context) -> Role | None:
    g = ctx.geometry
    if g and g.body_face and not g.bold and abs(g.size - 1) <= BODY_SIZE_SLACK:
        return Role.PARAGRAPH
    return None


def verse_row(t: str, ctx: Context) -> Role | None:
    """On a PDF page, a line of verse (its block's lines stop short, each where it will): text, a line of its own."""
    return Role.PARAGRAPH if ctx.geometry and ctx.geometry.verse else None


def verse(t: str, ctx: Context) -> Role | None:
    """On a PDF page, several lines in the body's face, a little larger at most: text (a poem's stanza set apart),
    never a title (a headline is set well larger, or bold, or in a face of its own)."""
    g = ctx.geometry
    if g and g.body_face and not g.bold and g.lines >= VERSE_LINES and abs(g.size - 1) <= VERSE_SIZE_SLACK:
        return Role.PARAGRAPH
    return None


VERSE_LINES = 3  # printed lines at least
VERSE_SIZE_SLACK = 0.15  # relative to the body's type size


def flush_body(t: str, ctx: Context) -> Role | None:
    g = ctx.geometry
    if g and g.indented is False and not g.bold and abs(g.size - 1) <= BODY_SIZE_SLACK:
        return Role.PARAGRAPH
    return None
