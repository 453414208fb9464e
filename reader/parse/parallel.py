"""Items → crossheads set in parallel: short pieces of body that open or are framed alike (排比) head their sections.

The pieces alike are looked up in an index of the page built once per pass (Peers), so that a dump of thousands of
short lines costs a pass over them, not a pass over all of them for each.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Role
from . import conventions as cv
from .items import Item, is_body, neighbour, run_in
from .patterns import regex
from .sections import open_end

PARALLEL_MAX = 64  # characters: a crosshead runs to three lines of a column at most
PARALLEL_LEAD = 3  # characters: crossheads in parallel open with the same lead this long …
PARALLEL_FRAME = 8  # … or set a colon at the same place this near their start
PARALLEL_SERIES = 3  # pieces alike with no crosshead among them make a series this long at least
_LEAD = regex(f"^{cv.HAN}{{{PARALLEL_LEAD}}}")
_WHEN = regex("^(?:今年以来|今年以來|近年来|近年來|今年|去年|目前|近日|日前|此前|当天|當天|昨天|今天)[，,]")  # a sentence's opening


def _shaped(t: str) -> bool:
    """Squashed text short, ending no sentence and holding none."""
    return 0 < len(t) <= PARALLEL_MAX and not cv.SENTENCE_PUNCT.search(t) and not cv.ends_paragraph(t)


def _head_shaped(it: Item) -> bool:
    """Short, ending no sentence and holding none: the shape of a crosshead (or of a paragraph's cut-off start; a
    profile card's fields, 姓名：…, are alike but none)."""
    return (it.role in (Role.PARAGRAPH, Role.HEADLINE) and not it.dateline and _shaped(cv.squash(it.text))
            and it.rule != "profile_field")


def _lead(t: str) -> str | None:
    return t[:PARALLEL_LEAD] if _LEAD.match(t) and not _WHEN.match(t) else None  # (今年以来，… opens paragraphs alike)


def _frame(t: str) -> int:
    """Where a colon frames the words (明确新目标：…), or -1."""
    c = t.find("：", 0, PARALLEL_FRAME)
    return c if c > 1 else -1


def _alike(a: str, b: str) -> bool:
    """Two crossheads set in parallel (排比): they open with one lead (紧紧抓住…, 坚定不移…) or frame their words
    alike with a colon at one place (明确新目标：…, 探索新治理：…)."""
    if a[:PARALLEL_LEAD] == b[:PARALLEL_LEAD] and _LEAD.match(a):
        return True  # (a lead of words: 近日， opens too many paragraphs to tell anything)
    ca = _frame(a)
    return ca > 1 and ca == b.find("：", 0, PARALLEL_FRAME)


@dataclass(frozen=True)
class Peers:
    """The page's pieces by what they could share: a lead, a colon's place, the words up to a colon. Texts never
    change within a pass (only roles do), so the positions stay right; roles are read from the items each time."""

    by_lead: dict[str, tuple[int, ...]]
    by_frame: dict[int, tuple[int, ...]]
    by_label: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, items: list[Item]) -> "Peers":
        lead, frame, label = defaultdict(list), defaultdict(list), defaultdict(list)
        for k, it in enumerate(items):
            t = cv.squash(it.text)
            c = t.find("：", 0, PARALLEL_FRAME)
            if c > 1:
                label[t[:c + 1]].append(k)
            if not _shaped(t):
                continue
            if _lead(t) is not None:
                lead[_lead(t)].append(k)
            if c > 1:
                frame[c].append(k)
        freeze = lambda d: {key: tuple(v) for key, v in d.items()}  # noqa: E731
        return cls(freeze(lead), freeze(frame), freeze(label))

    def alike(self, t: str) -> list[int]:
        """Positions of the short pieces that could be set alike with t, in page order."""
        found = set(self.by_lead.get(_lead(t) or "", ())) | set(self.by_frame.get(_frame(t), ()))
        return sorted(found)


def parallel_heads(items: list[Item], i: int, lookup: Peers | None = None) -> Role | None:
    """A short piece of body that ends no sentence, set like a crosshead of the page or like two more such pieces
    (the same lead of words, the same frame), is one of a series of crossheads in parallel, commas and length
    notwithstanding."""
    it = items[i]
    if it.role is not Role.PARAGRAPH or it.chunk.geometry is not None or not _head_shaped(it) or open_end(it.text) \
            or it.rule in ("figure_items", "fact_line", "facts_in_text", "qa_turn", "speaker_turn", "lopsided",
                        "event_fields", "contact_line", "price_line") \
            or cv.TURN_LABEL.match(it.text):
        return None  # (on a PDF page, the type shows a crosshead; none ends on 的; a 数读 box's note, a box's fact
        # line are its text; a turn opening alike, 市民某女士来电：…, is a turn; a comma then a word or two, a line cut
        # at a column's end, is no head however it opens; nor an event's details, 日期：…地点：…, nor its contact, 询问：…, however many alike)
    if i and run_in(items[i - 1], it):
        return None  # text run in on the printed line of the title over it (某区：…　近 | 日，…): that title's text
    peers = lookup or Peers.of(items)
    t = cv.squash(it.text)
    colon = _frame(t)
    if colon > 1 and any(items[k].role is Role.PARAGRAPH and items[k].ends_paragraph
                         for k in peers.by_label.get(t[:colon + 1], ())):
        return None  # a speaker's label (专家：…) that opens whole paragraphs too: an interview's turns, cut short
    pieces = 0
    for k in peers.alike(t):
        o = items[k]
        if o is it or not _head_shaped(o) or not _alike(t, cv.squash(o.text)):
            continue
        if colon and o.rule in ("facts_in_text", "fact_line", "event_fields", "profile_field"):
            return None  # (framed like a field line of the text, 时间：…, 地点：…: a field too, 组别：…, 报名：…)
        after = neighbour(items, k, 1)
        if o.role is not Role.PARAGRAPH and is_body(neighbour(items, k, -1)) and is_body(after) and not after.dateline:
            return Role.HEADLINE  # like a headline set between body (a crosshead, no story's over its dateline)
        pieces += o.role is Role.PARAGRAPH
        if pieces >= PARALLEL_SERIES - 1:
            return Role.HEADLINE  # a series of such pieces, alike
    return None
