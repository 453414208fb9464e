"""Chunks → chunks: credits and jump lines printed on a paragraph's own line are split off it.

A caption that ends with its credit (…。（記者X攝）), a brief that ends with its
writer (…。（通讯员 X）), a paragraph that jumps pages (…、（下转第三版）) or
resumes (（上接第1版）会议…): each becomes two chunks from the same dump lines.
"""
from __future__ import annotations

import re

from ..model import Piece
from . import conventions as cv
from .patterns import regex
from .segment import Chunk

# (pattern, where): what may be split off a chunk, tried in this order.
TAILS = (cv.END_MARK, cv.JUMP_TAIL, cv.PHOTO_CREDIT_TAIL, cv.BYLINE_TAIL)
TAIL_ENDS = "版）)摄攝影图圖" + cv.ARROWS  # every tail above ends in one of these


def _cut(chunk: Chunk, at: int) -> tuple[Chunk, Chunk]:
    """Two chunks: the text before offset `at` and from it, pieces divided where the cut falls."""
    head, tail = chunk.text[:at].rstrip(), chunk.text[at:].strip()
    last = chunk.pieces[-1]
    if len(chunk.pieces) > 1 and tail and last.text.rstrip().endswith(tail) and len(last.text.strip()) > len(tail):
        kept = last.text.rstrip()[: -len(tail)].rstrip()
        head_pieces = chunk.pieces[:-1] + (Piece(kept, last.first_line, last.last_line),)
    elif len(chunk.pieces) > 1 and chunk.pieces[0].text.strip() == head:
        head_pieces = chunk.pieces[:1]
        last = chunk.pieces[1]
        return (Chunk(head, head_pieces, chunk.gap, chunk.page, chunk.indented),
                Chunk(tail, chunk.pieces[1:], 0, chunk.page))
    else:
        first = chunk.pieces[0]
        head_pieces = (Piece(head, first.first_line, chunk.pieces[-1].last_line),)
    return (Chunk(head, head_pieces, chunk.gap, chunk.page, chunk.indented),
            Chunk(tail, (Piece(tail, last.first_line, last.last_line),), 0, chunk.page))


def _sentence_end(text: str) -> bool:
    return bool(re.search(f"[{cv.TERMINAL}][{cv.CLOSERS}]*$|[。！？”」]$", text.rstrip()))


def split_chunk(chunk: Chunk) -> list[Chunk]:
    """The chunk, or its parts where a credit or jump line is glued to it."""
    text = chunk.text
    m = cv.JUMP_HEAD.match(text) if text[:1] in "（(" else None
    if m and cv.length(text[m.end():]) > 0:
        first, rest = _cut(chunk, m.end())
        # the jump line is the head here: swap roles of the two parts' texts
        return [first] + split_chunk(rest)
    if text.rstrip()[-1:] not in TAIL_ENDS:
        return [chunk]
    for pattern in TAILS:
        m = cv.tail_match(pattern, text.rstrip())
        if not m or m.start() == 0:
            continue
        head = text[:m.start()]
        if pattern in (cv.JUMP_TAIL, cv.END_MARK) or _sentence_end(head):
            a, b = _cut(chunk, m.start())
            return split_chunk(a) + [b]
    return [chunk]


GLUED_TITLE_MIN, GLUED_TITLE_MAX = 6, 30  # characters of a headline glued to the end of the story before it
_GLUED_TITLE = regex(f"[{cv.TERMINAL}][{cv.CLOSERS}]?([^\\s，,、；;。！？!?：:（）()]{{{GLUED_TITLE_MIN},{GLUED_TITLE_MAX}}})$")


def glued_title(chunk: Chunk, nxt: Chunk | None) -> list[Chunk]:
    """A story's last paragraph with the next story's headline glued to its end (…领土完整。某某何去何从) just
    before that story's dateline: the headline is cut off it."""
    if nxt is None or not cv.DATELINE.match(nxt.text):
        return [chunk]
    m = _GLUED_TITLE.search(chunk.text.rstrip())
    if not m:
        return [chunk]
    return list(_cut(chunk, m.start(1)))


def split_all(chunks: list[Chunk]) -> list[Chunk]:
    parts = [part for c in chunks for part in split_chunk(c)]
    return [p for k, c in enumerate(parts) for p in glued_title(c, parts[k + 1] if k + 1 < len(parts) else None)]
