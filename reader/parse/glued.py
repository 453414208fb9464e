"""Chunks → chunks: a set of numbered crossheads (一、… 二、…, or bracketed: 【审理】 【评析】), each glued by the dump to
the end of the paragraph before it, cut off those paragraphs; a story's closing credit a PDF line's end cut in two,
joined and cut off; a box's label set on its title's line on a PDF page, cut off it."""
from __future__ import annotations

from . import conventions as cv
from .patterns import regex
from .segment import Chunk

HEAD_MAX = 30  # characters of a crosshead after its number
SET_MIN = 2  # crossheads glued so in one dump: a set, as a story's sections are numbered (one alone may be a list's)
_OPENED = regex(f"(?<=[{cv.TERMINAL}])[{cv.CLOSERS}]?\\s*([（(][^（）()]{{0,8}})$")  # …问题。（通讯员: a credit opened
_ROLE = regex(cv.CREDIT_ROLE)
_CLOSING = regex("^[^（）()]{1,12}[）)]$")  # 蒋某某）: its rest, closed
_GLUED = regex(f"[{cv.TERMINAL}][{cv.CLOSERS}]?\\s*([一二三四五六七八九十]{{1,3}}、[^{cv.TERMINAL}；;：:\\n]{{2,{HEAD_MAX}}}"
              f"|【{cv.HAN}{{2,4}}】)$")  # (or a case story's bracketed section head: …一审判决。【评析】)


def crossheads(chunks: list[Chunk]) -> list[Chunk]:
    """Each paragraph ending in a sentence and then a numbered head with no sentence's end (…紧固件供应链。二、技改扩
    能，中小企业练就“独门绝技”), cut there, where the dump holds a set of them (their numbers differ)."""
    found = {k: m for k, c in enumerate(chunks) if c.geometry is None and (m := _GLUED.search(c.text.rstrip()))
             and m.group(1)[-1] not in "，,、"}  # (a list's item cut at the column's end stops on a comma)
    if len({m.group(1).split("、")[0] for m in found.values()}) < SET_MIN:
        return chunks
    return [p for k, c in enumerate(chunks) for p in (c.cut(found[k].start(1)) if k in found else (c,))]


def credits(chunks: list[Chunk]) -> list[Chunk]:
    """On a PDF page, a story's closing credit run on after its last sentence and cut at the line's end (…问题。（通讯员
    | 蒋某某）, the rest a line of its own): the credit joined again and cut off the paragraph, a line of its own."""
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        m = _OPENED.search(prev.text.rstrip()) if prev is not None and prev.geometry is not None and c.geometry \
            is not None and prev.page == c.page and _CLOSING.match(c.text.strip()) else None
        if m and cv.BYLINE.match(m.group(1) + c.text.strip()) and _ROLE.search(m.group(1) + c.text):  # (a role named)
            head, credit = prev.cut(m.start(1))
            out[-1:] = [head, credit.joined(c)]
        else:
            out.append(c)
    return out


LABEL_SPAN, TITLE_MIN = (3, 6), 4  # characters of a box's label set on its title's line (a two-character one, 数说…,
# opens titles as a verb: 数说某某经济); of the title after it, at least


def labels(chunks: list[Chunk]) -> list[Chunk]:
    """On a PDF page, a title in display type opening with a sidebar's or a box's whole label (新聞辭典某某制度, 警方通报…):
    the label set on the title's line, cut off it (a rubric over the title)."""
    out: list[Chunk] = []
    for c in chunks:
        t, g = c.text.strip(), c.geometry
        at = next((n for n in range(min(LABEL_SPAN[1], len(t) - TITLE_MIN), LABEL_SPAN[0] - 1, -1) if cv.RUBRIC_LABEL.fullmatch(t[:n])
               or cv.BOX_LABEL.fullmatch(t[:n])), 0) \
            if g is not None and not g.body_face and not cv.SENTENCE_PUNCT.search(t) else 0
        out += list(c.cut(c.text.index(t) + at)) if at else [c]
    return out
