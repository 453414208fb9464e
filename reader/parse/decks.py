"""A headline group's deck (副题), wherever the dump or the page hides it: chunks → chunks, a deck that a block dump
gave one printed line per block (set in a narrow column beside its story) joined again; items → roles, a line broken
by commas right over the credit or dateline that opens a story is a line of its headline group, not text."""
from __future__ import annotations

from functools import reduce

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .items import Item, is_title, lone_sentence, neighbour
from .patterns import regex
from .rules import TITLE_MAX
from .segment import Chunk, Geometry, width
from .titles import is_rubric

MEASURE_SLACK = 1.5  # characters: lines cut at one measure are this close in width (figures set half-width)
_WRAPS = "，,、"  # a line ending in one of these goes on on the next


def wrapped_decks(chunks: list[Chunk]) -> list[Chunk]:
    """A run of one-line blocks right under a headline line, the first ending in a comma, each as wide as the first
    but the last (shorter), right over the byline or dateline that opens the story: one deck cut at its measure."""
    out: list[Chunk] = []
    k = 0
    while k < len(chunks):
        n = _deck_run(chunks, k)
        if n > 1:
            out.append(reduce(Chunk.joined, chunks[k + 1:k + n], chunks[k]))
            k += n
        else:
            out.append(chunks[k])
            k += 1
    return out


def _line(c: Chunk) -> str:
    return c.text.strip() if len(c.pieces) == 1 else ""


def _deck_run(chunks: list[Chunk], k: int) -> int:
    """How many chunks from k make one deck cut at its measure (0: none there)."""
    first = _line(chunks[k])
    if not k or first[-1:] not in _WRAPS or not headline_like(_line(chunks[k - 1])):
        return 0
    measure, j = width(first), k + 1
    while j < len(chunks) and chunks[j].page == chunks[k].page and (t := _line(chunks[j])) and headline_like(
            t.rstrip(_WRAPS)) and width(t) <= measure + MEASURE_SLACK:
        j += 1
        if width(t) < measure - MEASURE_SLACK:
            break  # the deck's last line, short of the measure
    nxt = _line(chunks[j]) if j < len(chunks) else ""
    return j - k if j - k > 1 and (cv.BYLINE.match(nxt) or cv.DATELINE.match(nxt)) else 0


def headline_like(t: str) -> bool:
    """A headline-like line: short, no sentence in it, no comma ending it."""
    return bool(t) and cv.length(t) <= TITLE_MAX and not cv.ends_paragraph(t) and t[-1] not in _WRAPS \
        and not cv.SENTENCE_PUNCT.search(t)


DECK_MAX = 80  # characters: a deck of two lines that the dump printed as one block
DECK_LINES = 3  # lines of a headline group, at most, that are broken by commas
DECK_SIZE = 1.1  # relative: on a PDF page, a deck's type is this much larger than the body's at least
DECK_DISPLAY = 1.2  # relative: a deck set this much larger, in a face of its own, may hold sentences
DECK_ROWS = 3  # printed lines of a dump, at most, one deck line spans (more, one under the other: a column's text)


def deck_like(it: Item) -> bool:
    """A line broken by a comma that ends no sentence and holds none: text cut short, or a headline group's line."""
    g = it.chunk.geometry  # on a PDF page, a deck set a size up from the body, in a face of its own
    return (it.role is Role.PARAGRAPH and it.rule in ("comma_run", "sentence", "dangling")
            and (g is None or g.size >= DECK_SIZE and not g.body_face)
            and (it.chunk.pieces[-1].last_line - it.chunk.pieces[0].first_line < DECK_ROWS  # (a column's lines: text)
                 or _blocks(it.chunk.pieces))
            and not it.dateline and (cv.length(it.text) <= (TITLE_MAX if it.rule == "comma_run" else DECK_MAX)
                                     and not cv.TERMINAL_IN.search(it.text) or _display(g, it.text))
            and bool(cv.COMMA_IN.search(it.text)))


def _display(g: Geometry | None, text: str) -> bool:
    """On a page, a deck of a sentence or two set in display type (a 封面故事's, across the page under its headline)."""
    return g is not None and g.size >= DECK_DISPLAY and cv.length(text) <= 2 * DECK_MAX


def _blocks(pieces) -> bool:
    """Pieces that are a block dump's blocks, one line each (joined at a deck's measure), no run of a column's rows."""
    return len(pieces) > 1 and all(p.first_line == p.last_line for p in pieces) and all(
        b.first_line - a.last_line > 1 for a, b in zip(pieces, pieces[1:]))


def deck_line(items: list[Item], i: int) -> Role | None:
    """Lines broken by a comma and ending no sentence (a kicker, a deck), right between a headline, the page's head
    or a finished story, and the byline or dateline that opens their story, a photo between aside, are lines of its
    headline group (今年已开工216部，审批时限压缩至20个工作日以内): no paragraph stands before its story's credit."""
    if not deck_like(items[i]):
        return None
    nxt, prev = after_deck(items, i), neighbour(items, i, -1)
    if nxt is None or not (nxt.role is Role.BYLINE or nxt.dateline):
        return None
    if items[i].rule == "dangling" and not (is_title(prev) and is_rubric(prev.text)):
        return None  # (a comma then a word no title ends on: a headline only under a column's label, 财经观察)
    return Role.HEADLINE if is_title(prev) or prev is None or (opening(nxt) and prev.ends_paragraph) else None


def opening(it: Item) -> bool:
    """A credit or dateline that opens a story: 本报记者 X, 本报讯, not a closing （X）."""
    return it.dateline or not it.text.lstrip().startswith(("（", "("))


def after_deck(items: list[Item], i: int) -> Item | None:
    """The item after the comma-broken lines from i on (a kicker over a deck, a photo between aside)."""
    k, run = i + 1, 1
    while True:
        while k < len(items) and items[k].role in FURNITURE_ROLES + (Role.CAPTION, Role.PHOTO_CREDIT):
            k += 1  # (a photo set between the headline and its story)
        if k < len(items) and run < DECK_LINES and deck_like(items[k]):
            k, run = k + 1, run + 1  # a kicker over a deck, both broken by commas
            continue
        return items[k] if k < len(items) else None


STANDFIRST_MAX = 70  # characters: the one sentence summing up a story under its headline, over its byline
_LABELLED = regex("^\\s*\\S{1,6}[：:]")  # a label opening the line (网友留言：, 问：): a turn, no summary


def standfirst(items: list[Item], i: int) -> Role | None:
    """In a dump, one sentence right between a headline and the byline that opens its story (报道：X, 记者 X), no
    dateline: the story's summary set under its headline (a standfirst), a line of its headline group; a story's
    text starts under its credit, never over it."""
    it, prev, nxt = items[i], neighbour(items, i, -1), neighbour(items, i, 1)
    if not lone_sentence(it, STANDFIRST_MAX) or cv.LEAD_IN.match(it.text) or _LABELLED.match(it.text) \
            or not it.text.rstrip("”」’』").endswith("。"):
        return None  # (a reader's question under its title, 网友留言：…？, over the office answering it: a turn)
    k = i + 2
    while k < len(items) and items[k].role in (Role.BYLINE, Role.PHOTO_CREDIT):
        k += 1  # (报道：X　摄影：Y, the credits set together)
    text = items[k] if k < len(items) else None  # (the story's text under its credits: a cartoon's has none)
    return Role.HEADLINE if is_title(prev) and items[i - 1] is prev and nxt is not None and nxt.role is Role.BYLINE \
        and nxt.rule == "byline" and opening(nxt) and items[i + 1] is nxt and text is not None and text.role is Role.PARAGRAPH else None


_GOES_ON = regex(f"{cv.MID_SENTENCE.pattern}|^\\s*{cv.HAN}[，,]")  # a line opening mid-sentence (用，… a word's end)


def caption_head(items: list[Item], i: int) -> Role | None:
    """A piece of text ending no sentence right over a caption that opens mid-sentence (…投入使 | 用，某某（左二）…):
    the caption's first line, the dump giving each printed line a block."""
    it, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
    return Role.CAPTION if it.role is Role.PARAGRAPH and not it.dateline and not it.ends_paragraph and nxt is not None \
        and nxt.role is Role.CAPTION and _GOES_ON.match(nxt.text) and it.chunk.page == nxt.chunk.page else None
