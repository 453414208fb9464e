"""Pieces of one printed run an extractor gives blocks of their own, joined back: a paragraph's first character set
large (a drop cap, 首字下沉), in a block dump's chunks and in a PDF page's blocks; a foreign name cut at a line's end
before or after its middle dot (…建筑师伊 | 娃·某某表示…), in a block dump's chunks."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from . import conventions as cv
from ..words import starts_with_word
from .columns import Body
from .decks import headline_like
from .patterns import regex
from .pdf import PdfBlock
from .segment import Chunk
from .titles import is_rubric

DROP_CAP_TEXT = 20  # characters at least of the paragraph a drop cap opens (摄 alone closes a credit: no cap)
SECTION_NUMERALS = "一二三四五六七八九十"  # a section's number set alone over it (an essay's 一, 二, 三)


def section_numbers(texts: list[str]) -> set[int]:
    """Where a numeral stands alone (一) and the next or the one before does too (二): the numbers of a text's
    sections, each a crosshead over its section, no drop cap of its first paragraph."""
    at = {k: SECTION_NUMERALS.find(t) for k, t in enumerate(cv.squash(t) for t in texts)
          if len(t) == 1 and t in SECTION_NUMERALS}
    found = set(at.values())
    return {k for k, n in at.items() if n - 1 in found or n + 1 in found}


def drop_caps(chunks: list[Chunk]) -> list[Chunk]:
    """A block of one Han character right before a paragraph's block, not under a headline it could end (or making a
    word with the paragraph's opening: 钟 | 表铺…): the paragraph's first character set large (首字下沉), joined back."""
    out: list[Chunk] = []
    numbers = section_numbers([c.text for c in chunks])
    for k, c in enumerate(chunks):
        prev = out[-1] if out else None
        if prev is not None and re.fullmatch(cv.HAN, cv.squash(prev.text)) and prev.page == c.page \
                and k - 1 not in numbers \
                and cv.squash(prev.text) not in "摄攝" and re.match(cv.HAN, c.text.strip()) \
                and cv.length(c.text) >= DROP_CAP_TEXT and cv.SENTENCE_PUNCT.search(c.text) \
                and (k < 2 or not headline_like(chunks[k - 2].text.strip()) or _credit(chunks[k - 2].text.strip())
                     or starts_with_word(cv.squash(prev.text + c.text))):
            out[-1] = prev.joined(c)
        else:
            out.append(c)
    return out


NAME_TEXT = 12  # characters at least of the text a name's rest opens (a paragraph's line, not a label)
_NAME_REST = regex(f"^(?:{cv.HAN}{{1,2}})?[·‧・]{cv.HAN}")  # (娃·科瓦契…, ·葛兰特…: a name's rest, its dot in it)


def _rejoined(chunks: list[Chunk], goes_on: Callable[[Chunk, Chunk], bool]) -> list[Chunk]:
    """Each chunk joined to the one before where goes_on(before, it) says it is that one's rest."""
    out: list[Chunk] = []
    for c in chunks:
        if out and out[-1].page == c.page and goes_on(out[-1], c):
            out[-1] = out[-1].joined(c)
        else:
            out.append(c)
    return out


def cut_names(chunks: list[Chunk]) -> list[Chunk]:
    """A block opening with a foreign name's rest (its middle dot, or a character or two and the dot) after a block
    ending on a character of text, no mark: one line of a paragraph cut at the column's end inside the name (not after a
    box's or a column's label: 新盤速遞 | 某灣·某璽…, an estate's name opening a brief's title)."""
    return _rejoined(chunks, lambda prev, c: bool(_NAME_REST.match(c.text.strip()) and re.search(f"{cv.HAN}$", prev.text.rstrip()))
                     and cv.length(c.text) >= NAME_TEXT and not _label(prev.text))  # (健康·生活 alone: a section's name)


def _label(t: str) -> bool:
    return bool(cv.BOX_LABEL.match(cv.squash(t)) or is_rubric(t))


def _credit(t: str) -> bool:
    return bool(cv.BYLINE.match(t) or cv.PHOTO_CREDIT.match(t))


CAP_SIZE = 2.0  # of the body size: a drop cap is set this large at least (two lines deep or more)
CAP_SLACK = 0.1  # relative: the text a drop cap opens is set in the body's size


def joined_caps(blocks: list[PdfBlock], body: Body) -> list[PdfBlock]:
    """On a PDF page, one Han character in large type standing in the top left corner of a block of body text (the
    block's first lines set round it): that paragraph's first character, put back at the head of its first line."""
    out = list(blocks)
    for cap in blocks:
        if not re.fullmatch(cv.HAN, cv.squash(cap.text)) or cap.size < CAP_SIZE * body.size:
            continue
        held = [b for b in out if b is not cap and abs(b.top - cap.top) <= body.size and b.x0 - body.size <= cap.x0
                and cap.x1 < b.x1 and cap.bottom <= b.bottom and abs(b.size - body.size) <= CAP_SLACK * body.size]
        if len(held) != 1:
            continue
        b = held[0]
        first = replace(b.lines[0], text=cap.text.strip() + b.lines[0].text, x0=min(cap.x0, b.lines[0].x0))
        out[out.index(b)] = replace(b, lines=(first,) + b.lines[1:], x0=min(b.x0, cap.x0))
        out.remove(cap)
    return out


SIGNATURE_PIECE = 30  # characters at most of each piece of a writer's name and post wrapped onto two lines
_POST_OPENED = regex(f"^\\s*(?:{cv.SURNAMES_2}|[{cv.SURNAMES_1}]){cv.HAN}{{1,2}}\\s*[（(][^（）()]+$")  # 某某（某大学社会
_POST_CLOSED = regex("^[^（）()]+[）)]\\s*$")  # 工作学系讲师）


def wrapped_signatures(chunks: list[Chunk]) -> list[Chunk]:
    """A writer's name and the post in brackets after it (某某（某大学教授）), wrapped onto two lines the dump gave a
    block each, the bracket opened in the first and closed in the second: one signature line again."""
    return _rejoined(chunks, lambda prev, c: bool(_POST_OPENED.match(prev.text) and _POST_CLOSED.match(c.text))
                     and cv.length(prev.text) <= SIGNATURE_PIECE and cv.length(c.text) <= SIGNATURE_PIECE)
