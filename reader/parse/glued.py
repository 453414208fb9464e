"""Chunks → chunks: a set of numbered crossheads (一、… 二、…), each glued by the dump to the end of the paragraph
before it, cut off those paragraphs."""
from __future__ import annotations

from . import conventions as cv
from .patterns import regex
from .segment import Chunk

HEAD_MAX = 30  # characters of a crosshead after its number
SET_MIN = 2  # crossheads glued so in one dump: a set, as a story's sections are numbered (one alone may be a list's)
_GLUED = regex(f"[{cv.TERMINAL}][{cv.CLOSERS}]?\\s*([一二三四五六七八九十]{{1,3}}、[^{cv.TERMINAL}；;：:\\n]{{2,{HEAD_MAX}}})$")


def crossheads(chunks: list[Chunk]) -> list[Chunk]:
    """Each paragraph ending in a sentence and then a numbered head with no sentence's end (…紧固件供应链。二、技改扩
    能，中小企业练就“独门绝技”), cut there, where the dump holds a set of them (their numbers differ)."""
    found = {k: m for k, c in enumerate(chunks) if c.geometry is None and (m := _GLUED.search(c.text.rstrip()))
             and m.group(1)[-1] not in "，,、"}  # (a list's item cut at the column's end stops on a comma)
    if len({m.group(1).split("、")[0] for m in found.values()}) < SET_MIN:
        return chunks
    return [p for k, c in enumerate(chunks) for p in (c.cut(found[k].start(1)) if k in found else (c,))]
