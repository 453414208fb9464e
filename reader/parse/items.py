"""Chunks → items: each chunk with its roles so far on its way through the passes, and its neighbours as the
passes see them (page furniture looked past)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .rules import DISPLAY_SIZE, Mark
from .segment import Chunk

NEIGHBOUR_REACH = 40  # items looked through for a neighbour past page furniture (a page has far fewer in a row)


@dataclass(frozen=True)
class Item:
    """A chunk on its way through the passes: its roles so far and which rule gave them.

    index is its place in the dump's chunk order: the assembly's ledger follows each item by it."""

    chunk: Chunk
    role: Role
    rule: str
    first_role: Role
    first_rule: str
    dateline: bool = False
    mark: Mark | None = None
    index: int = 0

    @property
    def text(self) -> str:
        return self.chunk.text

    @property
    def ends_paragraph(self) -> bool:
        return cv.ends_paragraph(self.text)

    def but(self, role: Role, rule: str, mark: Mark | None = None) -> "Item":
        """This item with a new role, given by rule (the first-pass role stays)."""
        return replace(self, role=role, rule=rule, mark=mark)


def neighbour(items: list[Item], i: int, step: int) -> Item | None:
    """The nearest item before (step -1) or after (step 1) that is not page furniture."""
    j = i + step
    end = i + step * NEIGHBOUR_REACH
    while 0 <= j < len(items) and j != end:
        if items[j].role not in FURNITURE_ROLES:
            return items[j]
        j += step
    return None


def is_title(item: Item | None) -> bool:
    return item is not None and item.role is Role.HEADLINE


def is_body(item: Item | None) -> bool:
    return item is not None and item.role is Role.PARAGRAPH


LINE_SLACK_PT = 1.0  # points: two pieces whose line boxes stand this close are on one printed line


def run_in(before: Item, it: Item) -> bool:
    """Whether it is run in on the printed line that `before` ends on (a brief's title, then its text: 某路明起封闭
    …): in a dump the same line, on a PDF page the same box (the title's line, or the block it opens)."""
    a, b = before.chunk, it.chunk
    if a.geometry is not None and b.geometry is not None:
        return all(abs(p - q) <= LINE_SLACK_PT for p, q in zip(a.geometry.box[1::2], b.geometry.box[1::2]))
    return bool(a.pieces and b.pieces) and b.pieces[0].first_line == a.pieces[-1].last_line


def lone_sentence(it: Item, most: int) -> bool:
    """In a dump, a paragraph of one sentence, ended, `most` characters at most, with no dateline: a caption's or a
    summary's shape, not a story's text."""
    return (it.role is Role.PARAGRAPH and not it.dateline and it.chunk.geometry is None and it.ends_paragraph
            and cv.length(it.text) <= most and len(cv.SENTENCE_PUNCT.findall(it.text)) <= 1)


def set_in(it: Item) -> bool:
    """On a PDF page, a line in its column's type size but another face: a crosshead, one or more."""
    g = it.chunk.geometry
    return g is not None and not g.body_face and g.size < DISPLAY_SIZE


SPACED = 3.0  # lines at most between two blocks, one under the other in a column (more: a picture between)


def spaced_under(last: Item, it: Item) -> bool:
    """On a PDF page, the item set right under the last in its column, a block of its own (briefs in a box, flush,
    spaced or ruled apart): a paragraph of its own when the text before it has ended. Not so under a paragraph's
    lead, a sentence set in bold on full lines of its own, the first indented: its text goes on flush under it."""
    a, b = last.chunk.geometry, it.chunk.geometry
    if a is None or b is None or not (a.box[0] < b.box[2] and b.box[0] < a.box[2]):
        return False
    pitch = (a.box[3] - a.box[1]) / max(1, a.lines)
    lead = (a.bold or a.face != b.face) and (a.indented or a.lines == 1 and a.box[0] - b.box[0] >= pitch) \
        and abs(a.box[2] - b.box[2]) <= pitch / 2
    return 0 <= b.box[1] - a.box[3] <= SPACED * pitch and not lead


Run = tuple[int, int]  # the first and the last place of a run of items in a row


def runs(items: list[Item], key: Callable[[list[Item], int], object]) -> list[Run | None]:
    """For each place, the run of places in a row of one key it is in (None: its key is None or False), found in
    one walk: a revision that looks along its run builds them once a pass, not once an item (ten thousand lines)."""
    out: list[Run | None] = [None] * len(items)
    k = 0
    while k < len(items):
        v, end = key(items, k), k + 1
        if v is None or v is False:
            k = end
            continue
        while end < len(items) and key(items, end) == v:
            end += 1
        out[k:end], k = [(k, end - 1)] * (end - k), end
    return out
