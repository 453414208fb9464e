"""A PDF page's blocks set out of its body text → headline groups: the lines set together (kicker, headline,
subheadline, a deck beside the headline, a vertical headline and the name beside it) and the credit lines under a
headline that are read with it."""
from __future__ import annotations

from . import conventions as cv
from .columns import Body, Box, parted
from .patterns import regex
from .pdf import PdfBlock

DISPLAY = 1.2  # relative size: type this much larger than the body's is display type (titles)
FLOW_SIZE = 0.1  # relative: type within this of the body's size is set in the columns of body text
TEXT_LINES, TEXT_SIZE = 5, 1.6  # lines and relative size: a block so long, in type under so large, may be text
SMALL_TEXT, BRIEF_TITLE_MIN = 0.8, 6  # relative size: a brief's text in type over so small; its title's characters
LISTING_LINES = 4  # lines of a listing's entry in small type, each its own block, under its title
UPRIGHT_TEXT = 3  # columns: set vertically under display size, a block of this many is text, not a title
TITLE_GAP = 1.5  # of the smaller type size (plus a body line): title blocks this close are one headline group
TIGHT = 1.0  # of the body size: display lines this close one over the other are one group, aligned or not …
TIGHT_WORDS = 4  # … Han characters each holds at least
_HAN = regex(cv.HAN)
ALIGNED = 2.0  # of the body size: the lines of a headline group are centred on one another or left-aligned this close
CREDIT_MAX, CREDIT_REACH = 30, 8.0  # characters of a credit line under a headline; body sizes it may stand aside
_PUNCT = regex("[。，；！？,;!?]")  # a sentence's marks: no credit line has them
DECK_STEP = 1.5  # a subheadline set beside its headline: the headline this many times its size, it under this many
DECK_LINES = 4  # printed lines of a deck beside its headline, at most
DECK_GAP = 12.0  # … body sizes, and this many body sizes at most to the headline's right


def in_flow(b: PdfBlock, body: Body) -> bool:
    """Set in body size across a column (or down several, set vertically): body text, and the leads, crossheads
    and credits set in it."""
    if b.vertical:  # (several columns under display size: text, a poem's stanza in its own type too)
        return len(b.lines) >= UPRIGHT_TEXT and b.size < DISPLAY * body.size or (
            len(b.lines) > 1 and abs(b.size - body.size) <= FLOW_SIZE * body.size)
    return abs(b.size - body.size) <= FLOW_SIZE * body.size or own_text(b, body)


def own_text(b: PdfBlock, body: Body, small: bool = False) -> bool:
    """Text set in a size of its own, larger than the body's (a commentary set large in its column), or (small)
    smaller: many lines in one size, most running the block's full width, sentences in them; no headline is so."""
    full = [ln for ln in b.lines if ln.x1 >= b.x1 - b.size]
    low, high = (SMALL_TEXT, 1 - FLOW_SIZE) if small else (1 + FLOW_SIZE, TEXT_SIZE)
    return (not b.vertical and len(b.lines) >= TEXT_LINES and low * body.size < b.size < high * body.size
            and 2 * len(full) > len(b.lines) and bool(cv.SENTENCE_PUNCT.search(b.text)))


def small_brief(b: PdfBlock, blocks: list[PdfBlock], body: Body) -> bool:
    """Text in small type right under a title of its own in the body's size (a box of briefs set small, each under
    its bold title): a brief's text, in the flow; small print under no such title (a court's notices, a note) is not.
    So are a listing's lines in small type, one under another, under its title (《片名》 | 剧情／…; 時間：… | 地點：…)."""
    listing = not own_text(b, body, small=True)  # (a listing's title is in the body's size, no headline's display type)
    if listing and not (len(b.lines) <= LISTING_LINES and not b.vertical
                        and SMALL_TEXT * body.size < b.size < (1 - FLOW_SIZE) * body.size):
        return False
    line: PdfBlock | None = b  # (walking up the listing's lines to its title)
    for _ in range(LISTING_LINES + 1):
        over = [t for t in blocks if 0 <= line.top - t.bottom <= line.size and t.x0 < line.x1 and t.x1 > line.x0]
        if any(len(t.lines) == 1 and (1 - FLOW_SIZE) * body.size <= t.size and (not listing or t.size < DISPLAY * body.size)
               and cv.length(t.text) >= BRIEF_TITLE_MIN and not cv.SENTENCE_PUNCT.search(t.text) for t in over):
            return True
        line = next((t for t in over if len(t.lines) == 1 and abs(t.size - line.size) < FLOW_SIZE * body.size), None)
        if line is None:
            return False
    return False


def box_of(blocks: list[PdfBlock]) -> tuple[float, float, float, float]:
    return (min(b.x0 for b in blocks), min(b.top for b in blocks), max(b.x1 for b in blocks),
            max(b.bottom for b in blocks))


def together(a: PdfBlock, b: PdfBlock, body: Body) -> bool:
    size = max(a.size, b.size, body.size)
    if a.vertical or b.vertical:  # (side by side; a label over the headline, a name under it, both upright)
        gap_y = max(a.top, b.top) - min(a.bottom, b.bottom)
        gap_x = max(a.x0, b.x0) - min(a.x1, b.x1)
        upright = a.vertical and b.vertical and gap_y <= TITLE_GAP * max(a.size, b.size) + 2 * body.size
        return (gap_y < 0 or upright) and gap_x <= TITLE_GAP * size
    overlap_x = min(a.x1, b.x1) - max(a.x0, b.x0)
    gap_y = max(a.top, b.top) - min(a.bottom, b.bottom)
    # a headline group's lines are centred on one another or share a left edge
    aligned = min(abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2, abs(a.x0 - b.x0)) <= ALIGNED * body.size
    # (or both in display type set right on top of each other, however aligned: a kicker after its tab, the headline)
    tight = gap_y <= TIGHT * body.size and min(a.size, b.size) >= DISPLAY * body.size and all(
        len(_HAN.findall(x.text)) >= TIGHT_WORDS for x in (a, b))  # (words: a big figure under a title is no line of it)
    return overlap_x > 0 and (aligned or tight) and gap_y <= TITLE_GAP * min(a.size, b.size) + body.size


def _deck_beside(head: PdfBlock, deck: PdfBlock, body: Body) -> bool:
    """A second deck set beside a headline, on its right, level with it, in type well under the headline's and
    under display size (台湾 and 香港 papers set the subheadline so)."""
    return (head.size >= DECK_STEP * deck.size and deck.size < DECK_STEP * body.size
            and head.top - body.size <= deck.top <= head.bottom and 0 <= deck.x0 - head.x1 <= DECK_GAP * body.size)


def _decked(a: PdfBlock, b: PdfBlock, body: Body, rules: list[Box]) -> bool:
    return (_deck_beside(a, b, body) or _deck_beside(b, a, body)) and not parted(box_of([a]), box_of([b]), rules)


def _ruled_apart(a: PdfBlock, b: PdfBlock, rules: list[Box]) -> bool:
    """A rule drawn between the two, across both (a frame's side, a story's rule), not a label's own short rule:
    two frames' titles, a box's label over another story's headline."""
    wide = max(a.x1 - a.x0, b.x1 - b.x0)
    return parted(box_of([a]), box_of([b]), [r for r in rules if r[2] - r[0] >= wide or r[3] - r[1] > r[2] - r[0]])


def title_groups(blocks: list[PdfBlock], body: Body, rules: list[Box] = (),
                 flow: list[PdfBlock] = ()) -> list[list[PdfBlock]]:
    """Blocks outside the body text gathered into groups set together: a kicker, headline, subheadline and byline
    stacked over one another, a vertical headline and the name beside it."""
    groups: list[list[PdfBlock]] = []
    for b in sorted(blocks, key=lambda b: (b.top, b.x0)):
        twins = _in_row(b, blocks)
        for g in groups:
            if any(together(b, o, body) and not _ruled_apart(b, o, rules) and not _in_columns(b, o, body, flow)
                   and not (twins and o.bottom <= b.top)
                   or _decked(b, o, body, rules) or _after_tab(b, o, body) or _after_tab(o, b, body)
                   or _credits(b, o, body, flow) or _tab_credit(b, o, body, rules) for o in g):
                g.append(b)
                break
        else:
            groups.append([b])
    return groups


def _in_row(b: PdfBlock, blocks: list[PdfBlock]) -> bool:
    """Another title set alike (size, face) level with it, beside it: a row of titles, each over its own column (the
    pieces under 某某（三首）), none a line of the group over them."""
    return not b.vertical and any(o is not b and not o.vertical and o.face == b.face and abs(o.size - b.size) < 0.5
                                  and abs(o.top - b.top) <= b.size / 2 and (o.x1 <= b.x0 or b.x1 <= o.x0)
                                  for o in blocks)


def _in_columns(b: PdfBlock, o: PdfBlock, body: Body, flow: list[PdfBlock]) -> bool:
    """A line in body size under the group's line o, level with the text of a column to its left that o stands over
    too: it is set in o's story's columns (a crosshead at the second column's top, centred under the subheadline by
    chance), no line of o's group."""
    return in_flow(b, body) and o.bottom <= b.top and any(
        abs(f.top - b.top) <= body.size and f.x1 <= b.x0 and f.x1 > o.x0 for f in flow)


TAB_GAP = 3.0  # of the body size: a title on a tab's line starts this close after it
TAB_MAX = 5  # characters: a label set in a tab (试驾, 散文, 读者来函) is a word or two


def _after_tab(b: PdfBlock, tab: PdfBlock, body: Body) -> bool:
    """The title set on the tab's line right after it (试驾 | 冬季实测…, a kicker after its label): one group (a
    writer's name on that line is the story's, neither a tab nor its title)."""
    return (cv.length(tab.text) <= TAB_MAX and not b.vertical and not tab.vertical
            and not any(cv.BYLINE.match(x.text.strip()) for x in (b, tab))
            and min(b.bottom, tab.bottom) - max(b.top, tab.top) > 0 and 0 <= b.x0 - tab.x1 <= TAB_GAP * body.size)


TAB_CREDIT = 30.0  # of the body size: a credit on a label's row stands this far right of it at most


def _tab_credit(b: PdfBlock, tab: PdfBlock, body: Body, rules: list[Box]) -> bool:
    """A credit line set on a label's row, to its right with no rule between (新聞眼 …… 記者 X, flush right over
    the story): the story's byline, in the label's group (read after its headline), not a title over a column."""
    return (cv.length(tab.text) <= TAB_MAX and len(b.lines) == 1 and in_flow(b, body) and not tab.vertical
            and cv.BYLINE.match(b.text.strip()) is not None and min(b.bottom, tab.bottom) > max(b.top, tab.top)
            and 0 <= b.x0 - tab.x1 <= TAB_CREDIT * body.size and not _ruled_apart(b, tab, rules))


def credit_under(g: list[PdfBlock], bottom: float, body: Body) -> bool:
    """The group is a line in body size right under a headline's foot: its credit (本报记者 X), set flush with its
    first column rather than with it, no title standing between it and the story."""
    return (all(len(b.lines) == 1 and abs(b.size - body.size) <= FLOW_SIZE * body.size for b in g)
            and box_of(g)[1] - bottom <= TITLE_GAP * body.size + body.size)


def beside_titles(blocks: list[PdfBlock], body: Body) -> set[int]:
    """Blocks of a few lines in text size but another face set beside a headline in display type, level with it, a
    gutter or two to its right (a Taiwan paper's deck in its box): the headline's group, not a column's text."""
    heads = [b for b in blocks if not b.vertical and b.size >= DECK_STEP * DISPLAY * body.size
             and len(_HAN.findall(b.text)) >= TIGHT_WORDS]  # (words: a big figure's note beside it is no deck)
    return {id(b) for b in blocks if in_flow(b, body) and b.face != body.face and len(b.lines) <= DECK_LINES
            and not cv.SENTENCE_PUNCT.search(b.text) and any(
                h.size >= DECK_STEP * b.size and h.top - 2 * body.size <= b.top <= h.bottom
                and 0 <= b.x0 - h.x1 <= DECK_GAP * body.size for h in heads)}  # (level with its kicker, too)


def under_titles(blocks: list[PdfBlock], body: Body) -> set[int]:
    """One-line blocks in body size set with a headline, right under it and centred on it or flush with it (a
    byline under a headline): read with the headline, not cut into the columns (a centred one spans a gutter). A
    line ending a sentence is a paragraph's last, whatever stands over it, and one opening with a run-in lead is a
    brief's first."""
    titles = [b for b in blocks if not b.vertical and b.size >= DISPLAY * body.size]
    return {id(b) for b in blocks if in_flow(b, body) and len(b.lines) == 1 and not cv.ends_paragraph(b.text) and not b.figure
            and b.lines[0].lead is None and not cv.LIST_MARK.match(b.text)  # (a brief's first line, its title
            # run in, under a box's label, and a list's first item: text)
            and any(t.bottom <= b.top + 1 and (together(b, t, body) or _credit_line(b, t, body)) for t in titles)}


def _credits(b: PdfBlock, t: PdfBlock, body: Body, flow: list[PdfBlock]) -> bool:
    """A credit line under a title of the group, off to one side (beside the deck, flush right over the story's
    last column): the group's byline, not a group of its own read where the columns take it. One set flush with a
    column's first line right under it opens the story's text there."""
    return (not b.vertical and not t.vertical and t.size >= DISPLAY * body.size and t.bottom <= b.top + 1
            and len(b.lines) == 1 and in_flow(b, body) and cv.BYLINE.match(b.text.strip())
            and _credit_line(b, t, body) and not any(
                abs(f.x0 - b.x0) <= body.size and 0 <= f.top - b.bottom <= body.size for f in flow))


def _credit_line(b: PdfBlock, t: PdfBlock, body: Body) -> bool:
    """A short line right under a headline, off to one side of it over the story's first column (本报记者 X)."""
    return (b.top - t.bottom <= TITLE_GAP * body.size and cv.length(b.text) <= CREDIT_MAX and not _PUNCT.search(b.text)
            and b.x1 >= t.x0 - CREDIT_REACH * body.size and b.x0 <= t.x1 + CREDIT_REACH * body.size)
