"""Items → units: headline groups, runs of body and boxes of briefs, and the passes that fold units together.

A unit is frozen: a pass gives new units, and every item it takes from one unit
to another goes through the ledger (absorb, lift), which records the move.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .jumps import is_jump_out, jump_page
from .ledger import Ledger
from .items import Item
from .patterns import regex
from .segment import join_text_by
from .notices import FIGURE_LEAD, FIGURE_ONLY, FIGURES_LABEL
from .rules import DISPLAY_SIZE, Mark
from .titles import is_rubric

_ROLE = regex(cv.CREDIT_ROLE)
_CLOSING = regex("^[（(](?!作者)[^（）()]+[）)]$")  # a credit in brackets, alone (an author's note, （作者为…）, may
# be read before the rest of the essay's columns)
SECTION_HEAD_MAX = 12  # characters: a section's crosshead (案情回顾, 法官说法) under a story's credit is this short
MAX_GROUP_LINES = 8  # lines of one headline group: rubric, banner, kicker, headline, subheadlines and more are fewer


class UnitKind(str, Enum):
    TITLE = "title"  # a headline group: rubric, kicker, headline, subheadline, the author's name
    BODY = "body"  # a run of body text: paragraphs, credits, captions
    BOX = "box"  # the label of a box of briefs (简讯): the label itself is furniture


@dataclass(frozen=True)
class Unit:
    """A headline group, a run of body, or a box of briefs, named in the ledger."""

    kind: UnitKind
    name: str
    items: tuple[Item, ...] = ()
    jump_to: str | None = None  # BODY: the page its text continues on (下转第三版)
    jump_from: str | None = None  # BODY: the page it continues from (上接第一版)
    rubrics: tuple[Item, ...] = ()  # series bars and column labels lifted onto this unit

    @property
    def titles(self) -> list[Item]:
        return [it for it in self.items if it.role is Role.HEADLINE]


def absorb(ledger: Ledger, dst: Unit, src: Unit, rule: str, front: bool = False) -> Unit:
    """dst with src's items (before its own when front) and src's rubrics after its own; each move recorded."""
    for it in src.items + src.rubrics:
        ledger.move(it.index, src.name, dst.name, rule)
    items = src.items + dst.items if front else dst.items + src.items
    return replace(dst, items=items, rubrics=dst.rubrics + src.rubrics)


def lift(ledger: Ledger, dst: Unit, rubrics: list[tuple[Item, str]], rule: str) -> Unit:
    """dst headed by rubrics taken from the units named with them."""
    for it, source in rubrics:
        ledger.move(it.index, source, dst.name, rule)
    return replace(dst, rubrics=tuple(it for it, _ in rubrics) + dst.rubrics)


@dataclass
class _Open:
    """A unit while units_of gathers it."""

    kind: UnitKind
    items: list[Item]
    jump_to: str | None = None
    jump_from: str | None = None
    sealed: bool = False  # a title group that takes no more lines


def opens_story(it: Item) -> bool:
    """A dateline (本报讯, 新华社…电) or a credit led by a square and naming a role (□记者 X): a story starts here (a
    bare name led by one, ■ X, signs off the text over it)."""
    return it.dateline or (it.role is Role.BYLINE and bool(cv.OPENING_CREDIT.match(it.text))
                           and bool(_ROLE.search(it.text)))


def _new_story(body: Sequence[Item], it: Item) -> bool:
    """Whether it starts a story of its own after a run of body (not the dateline right under its □ credit)."""
    if not body:
        return False  # (a body opened by a jump line, 上接第1版, nothing in it yet)
    if (it.role is Role.BYLINE and _ROLE.search(it.text) and body[-1].role is Role.BYLINE
            and any(x.role is Role.PARAGRAPH for x in body)):
        return True  # a reporter's credit after the story before has signed off
    if it.role is Role.CAPTION and it.chunk.geometry is not None and body[-1].role is Role.BYLINE \
            and not cv.OPENING_CREDIT.match(body[-1].text) and any(x.role is Role.PARAGRAPH for x in body):
        return True  # on a PDF page, a photo set after a story signed at its end: a photo of its own
    if (it.role is Role.PARAGRAPH and it.chunk.geometry is None and body and body[-1].role is Role.BYLINE
            and _CLOSING.match(body[-1].text.strip()) and any(x.role is Role.PARAGRAPH for x in body)):
        return True  # a story signed off in brackets ((X), (记者 X 整理)): the text after it is another's
    return (opens_story(it) and any(x.role is Role.PARAGRAPH for x in body)
            and not (body[-1].role is Role.BYLINE and cv.OPENING_CREDIT.match(body[-1].text)))


def units_of(items: list[Item], ledger: Ledger) -> list[Unit]:
    """Group the non-furniture items into units in dump order; jump lines end and open units."""
    units: list[_Open] = []
    closed = False  # the last body unit ended at a jump line: what follows is not its body
    waiting: str | None = None  # the page the next body comes from (上接 set over its repeated headline)
    for it in items:
        last = units[-1] if units else None
        if it.role in FURNITURE_ROLES:
            if last and last.kind is UnitKind.TITLE and it.mark is Mark.CLASSIFIED:
                last.sealed = True  # a classified ad set under a title: a title after it heads something else
            if it.mark is Mark.BOX_LABEL:
                units.append(_Open(UnitKind.BOX, []))
            elif it.role is Role.JUMP_LINE and is_jump_out(it.text):
                if last and last.kind is UnitKind.BODY:
                    last.jump_to, closed = jump_page(it.text), True
            elif it.role is Role.JUMP_LINE:
                units.append(_Open(UnitKind.BODY, [], jump_from=jump_page(it.text)))
                closed = False
        elif it.role is Role.HEADLINE:
            if last and last.kind is UnitKind.BODY and not last.items and last.jump_from is not None:
                units.pop()  # 上接 set over the headline repeated on the continuation page: the body under it
                waiting, last = last.jump_from, (units[-1] if units else None)  # comes from that page
            if (cv.CHAPTER.match(it.text.strip()) and last and last.kind is UnitKind.BODY and len(units) >= 2
                    and units[-2].kind is UnitKind.TITLE and all(_credit(x) for x in last.items)):
                units[-2].items.append(it)  # a serial's chapter line under its title and writer: the title's
                continue
            if (last and last.kind is UnitKind.TITLE and not last.sealed
                    and not any(x.role is Role.BYLINE for x in last.items) and len(last.items) < MAX_GROUP_LINES
                    and _ruled_off(last.items[-1]) == _ruled_off(it)):
                last.items.append(it)
            else:
                units.append(_Open(UnitKind.TITLE, [it]))
            closed = False
        elif it.role is Role.BYLINE and last and last.kind is UnitKind.TITLE and it.mark is Mark.AUTHOR:
            last.items.append(it)  # the author's name set under (or over) the headline
        elif last and last.kind is UnitKind.BODY and not closed and not _new_story(last.items, it):
            last.items.append(it)
        else:
            units.append(_Open(UnitKind.BODY, [it], jump_from=waiting))
            closed, waiting = False, None
    out = []
    for u in units:
        if u.items or u.jump_from is None:
            name = ledger.new_unit()
            ledger.place([it.index for it in u.items], name, "dump_order")
            out.append(Unit(u.kind, name, tuple(u.items), u.jump_to, u.jump_from))
    return out


def _ruled_off(it: Item) -> bool:
    """A rule drawn under it on the page parts it from the text under it (and from the headlines over that)."""
    return bool(it.chunk.geometry and it.chunk.geometry.ruled_off)


def is_closing(it: Item) -> bool:
    return it.role in (Role.BYLINE, Role.PHOTO_CREDIT)


def credit_only(u: Unit) -> bool:
    return u.kind is UnitKind.BODY and all(is_closing(it) for it in u.items)


def _photo_body(unit: Unit) -> bool:
    """One paragraph then a photo credit (the body of photo news), or a run of body that opens with a caption and
    its credit (a photo story: several captions under one title)."""
    paras = [it for it in unit.items if it.role is Role.PARAGRAPH]
    if not paras or paras[0].dateline:
        return False
    opens = len(unit.items) > 1 and unit.items[0] is paras[0] and unit.items[1].role is Role.PHOTO_CREDIT
    return opens or len(paras) <= 2 and unit.items[-1].role is Role.PHOTO_CREDIT


def _between_bodies(units: list[Unit], k: int, usual_gap: int, quotes: frozenset[int] = frozenset()) -> bool:
    """A lone headline-like line with body on both sides and no sign of a new article: a crosshead, read
    headline first."""
    u = units[k]
    if u.kind is not UnitKind.TITLE or len(u.items) != 1 or not 0 < k < len(units) - 1:
        return False
    if u.items[0].chunk.gap > usual_gap:
        return False  # more blank lines than between the blocks of one frame: a new frame, a new article
    prev, nxt = units[k - 1], units[k + 1]
    if prev.kind is not UnitKind.BODY or nxt.kind is not UnitKind.BODY or nxt.jump_from is not None:
        return False  # (over a body coming on from another page: the headline repeated there)
    if all(it.role in (Role.CAPTION, Role.PHOTO_CREDIT) for it in prev.items):
        return False  # under a photo alone, no story's text before it: a title of its own
    last, first = prev.items[-1], nxt.items[0]
    if is_closing(last) or first.dateline or first.role is not Role.PARAGRAPH or cv.NEWS_LEAD.match(first.text) \
            or cv.GLOSS_ENTRY.match(first.text.strip()) or _brief(u, nxt):
        return False  # (a glossary's label over its entries heads a box)
    if any(j not in quotes for j in range(last.index + 1, u.items[0].index)):
        return False  # furniture set between (a table, an ad): the text before has ended (a pull quote has not)
    g = u.items[0].chunk.geometry
    set_in = g is not None and not g.body_face and g.size < DISPLAY_SIZE  # a PDF crosshead in its column's type
    return ((last.ends_paragraph or set_in) and not is_rubric(u.items[0].text) and not _photo_body(nxt)
            and not cv.NOTICE_TITLE.match(cv.squash(u.items[0].text))  # 关于…的公告 opens a notice
            and not cv.SIDEBAR_TITLE.match(cv.squash(u.items[0].text))  # 旅游贴士 opens a sidebar
            and not cv.NOTE_LABEL.match(cv.squash(u.items[0].text))  # 编后 opens the editor's note
            and not FIGURES_LABEL.match(cv.squash(u.items[0].text)))  # 数据 opens a box of figures


def _brief(title: Unit, body: Unit) -> bool:
    """A title run in before its text in one printed block, over text its source closes (…（据新华社）): a brief."""
    return is_closing(body.items[-1]) and title.items[0].chunk.pieces[-1].last_line == body.items[0].chunk.pieces[0].first_line


def _first_section(units: list[Unit], k: int) -> bool:
    """A lone short line right under a headline group that closes with the author's byline, over body that opens
    with no dateline: the crosshead of the story's first section (案情回顾 under 以案说法's title and author), not a
    headline; on a PDF page, set in the body's size."""
    u = units[k]
    if u.kind is not UnitKind.TITLE or len(u.items) != 1 or not 0 < k < len(units) - 1:
        return False
    prev, nxt = units[k - 1], units[k + 1]
    credited = (prev.kind is UnitKind.TITLE and _credit(prev.items[-1])
                or prev.kind is UnitKind.BODY and all(_credit(it) for it in prev.items) and k >= 2
                and units[k - 2].kind is UnitKind.TITLE)  # (a byline with its role's word, 记者 X, is a unit alone)
    if not credited or nxt.kind is not UnitKind.BODY or nxt.items[0].dateline \
            or nxt.items[0].role is not Role.PARAGRAPH:
        return False
    g = u.items[0].chunk.geometry
    if cv.CAPTION_LEAD.match(u.items[0].text.strip()) or cv.CHAPTER.match(u.items[0].text.strip()):
        return False  # 图：… titles a chart or a photo, never a section; 第十二回 … is a serial's chapter
    return 1 < cv.length(u.items[0].text) <= SECTION_HEAD_MAX and (g is None or g.size < DISPLAY_SIZE)


def _credit(it: Item) -> bool:
    """A byline by its form (□X, 记者 X, （X）), not a bare name guessed one from its neighbours."""
    return it.role is Role.BYLINE and it.first_role is Role.BYLINE


CROSSHEAD_WORDS = 6  # characters: a crosshead of a few words (案情回顾, 法官说法)


def _fuller_owners(units: list[Unit], usual_gap: int) -> list[bool]:
    """For a dump read backward: whether the headline group closing the story around each unit (the next one that
    is not itself a lone line between bodies) is fuller than it: a kicker, a subheadline, an author, or a
    headline twice as long as a crosshead's few words (案情回顾 under a twenty-character headline)."""
    out, owner = [False] * len(units), None
    for j in range(len(units) - 1, -1, -1):
        u = units[j]
        out[j] = owner is not None and (len(owner.items) > 1 or u.kind is UnitKind.TITLE and cv.length(
            u.items[0].text) <= CROSSHEAD_WORDS and cv.length(owner.items[0].text) >= 2 * cv.length(u.items[0].text))
        if u.kind is UnitKind.BOX:
            owner = None
        elif u.kind is UnitKind.TITLE and not _between_bodies(units, j, usual_gap):
            owner = u
    return out


def usual_gap(items: list[Item]) -> int:
    """The most common number of blank lines before a chunk: what separates blocks inside one frame."""
    gaps = Counter(it.chunk.gap for it in items[1:])
    return gaps.most_common(1)[0][0] if gaps else 1


# A list announced by a colon (…三个鲜明特点：) whose items open with a short run-in lead (彰显问题意识。…)
_ANNOUNCES = regex("[：:]$")
_RUN_IN_LEAD = regex("^[^，。、；：:“”‘’（）()\\s]{2,12}[。：:]")


def _list_item(before: str, text: str) -> bool:
    """A paragraph that ends announcing a list, and one that opens with an item's short lead: two paragraphs."""
    return bool(_ANNOUNCES.search(before.rstrip()) and _RUN_IN_LEAD.match(text.lstrip()))


def _runs_on(before: str, last: Item, it: Item) -> bool:
    """The paragraph before (its text, its last item) goes on in this item: on a PDF page, its first line is not
    indented; in a dump, the text before does not end a paragraph. A bullet (●, ■ …) opens an item of a list: a
    paragraph of its own, as is a book's details (《书名》 X著 Y出版社), and each of a notice's closing lines."""
    if cv.LIST_MARK.match(it.text) or cv.BOOK_DETAILS.match(before.lstrip()) or cv.TURN_LABEL.match(it.text):
        return False  # (a book's details under its review are a line of their own; 答： opens a turn)
    if Mark.OWN_LINE in (it.mark, last.mark):
        return False
    if Mark.FIGURE in (it.mark, last.mark):  # only a figure set alone runs on, into its note (8% | 平均载客率)
        return bool(FIGURE_ONLY.match(last.text.strip())) and not FIGURE_LEAD.match(it.text)
    g = it.chunk.geometry
    if g is not None and g.indented is not None:
        return not g.indented
    return not cv.ends_paragraph(before) and not _list_item(before, it.text)


def join_paragraphs(items: tuple[Item, ...]) -> list[tuple[list[Item], str, list[str]]]:
    """Body items with wrap repair: a paragraph that does not end runs on into the next paragraph (unless that
    opens with a dateline, or a list announced by a colon opens its first item), past a caption set between the
    two (a picture standing in the column). Each group: its items, its text, and how each seam was glued
    (join_text's rules)."""
    out: list[tuple[list[Item], str, list[str]]] = []
    for it in items:
        j = len(out) - 1
        while j >= 0 and out[j][0][0].role in _SET_ASIDE:
            j -= 1  # a picture's caption set in the column's way: the paragraph runs on past it
        if (it.role is Role.PARAGRAPH and j >= 0 and out[j][0][0].role is Role.PARAGRAPH and not it.dateline
                and _runs_on(out[j][1], out[j][0][-1], it)):
            group, text, glues = out[j]
            joined, glue = join_text_by(text, it.text)
            out[j] = (group + [it], joined, glues + [glue])
        else:
            out.append(([it], it.text, []))
    return out


_SET_ASIDE = (Role.CAPTION, Role.PHOTO_CREDIT)


def paragraph_count(unit: Unit) -> int:
    """Paragraphs of a body once its wraps are joined."""
    return sum(1 for group, _, _ in join_paragraphs(unit.items) if group[0].role is Role.PARAGRAPH)


def merge_crossheads(units: list[Unit], gap: int, backward: bool, ledger: Ledger,
                     quotes: frozenset[int] = frozenset()) -> list[Unit]:
    """Fold each crosshead and the body around it into one body unit; a box of briefs has none. quotes: the items
    that are pull quotes, set in the story's columns."""
    out: list[Unit] = []
    k, in_box = 0, False
    # where headlines follow their bodies, a lone line is a crosshead only inside a story whose own headline group
    # is fuller: one shaped like the page's other headlines is the headline of the body before it
    owned = _fuller_owners(units, gap) if backward else [True] * len(units)
    while k < len(units):
        u = units[k]
        if u.kind is UnitKind.BOX:
            in_box = True
        elif in_box and u.kind is UnitKind.TITLE and k + 1 < len(units) and units[k + 1].kind is UnitKind.BODY:
            in_box = len(u.titles) == 1 and paragraph_count(units[k + 1]) <= 1
        if not in_box and _first_section(units, k):
            head = replace(u, items=(u.items[0].but(Role.CROSSHEAD, "first_section"),))
            body = absorb(ledger, units[k + 1], head, "first_section", front=True)
            if out and out[-1].kind is UnitKind.BODY:  # the byline over it
                out[-1] = absorb(ledger, out[-1], body, "first_section")
            else:
                out.append(body)
            k += 2
            continue
        if not in_box and _between_bodies(units, k, gap, quotes) and owned[k]:
            head = replace(u, items=(u.items[0].but(Role.CROSSHEAD, "crosshead"),))
            out[-1] = absorb(ledger, absorb(ledger, out[-1], head, "crosshead"), units[k + 1], "crosshead")
            k += 2
            continue
        pictured = all(it.role in _SET_ASIDE for it in u.items)  # a picture's caption, read after its story's jump
        if (out and out[-1].kind is UnitKind.BODY and u.kind is UnitKind.BODY and (not out[-1].jump_to or pictured)
                and u.jump_from is None and not u.rubrics  # a series bar opens a story
                and not _new_story(out[-1].items, u.items[0])):
            out[-1] = absorb(ledger, out[-1], u, "body_runs_on")
        else:
            out.append(u)
        k += 1
    return out


def lift_rubrics(units: list[Unit], ledger: Ledger) -> list[Unit]:
    """A headline group made only of column labels or series bars (认真学习宣传贯彻…精神) heads what follows it:
    it is kept with the next unit instead of counting as a headline of its own (unless a rule drawn under it on the
    page parts it from what follows)."""
    out: list[Unit] = []
    waiting: list[tuple[Item, str]] = []
    for u in units:
        if u.kind is UnitKind.TITLE and u.items and all(it.role is Role.HEADLINE and is_rubric(it.text)
                                                          and not _ruled_off(it)
                                                          for it in u.items):
            waiting += [(it, u.name) for it in u.items]
            continue
        if waiting:
            u, waiting = lift(ledger, u, waiting, "rubric_heads_next"), []
        out.append(u)
    if waiting:
        name = ledger.new_unit()
        for it, source in waiting:
            ledger.move(it.index, source, name, "rubrics_alone")
        out.append(Unit(UnitKind.TITLE, name, tuple(it for it, _ in waiting)))
    return out


def photo_groups(body: Unit, titled: bool, gap: int, ledger: Ledger) -> list[Unit]:
    """Photo news set one after another: each caption with the credit printed above or below it. Under a title,
    captions in one frame (no wider gap than the usual) are one photo story: the title is over all of them."""
    if not any(it.role is Role.PHOTO_CREDIT for it in body.items) or any(it.dateline for it in body.items):
        return [body]
    groups: list[list[Item]] = [[]]
    for it in body.items:
        cur = groups[-1]
        has_text = any(x.role in (Role.PARAGRAPH, Role.CAPTION) for x in cur)
        has_credit = any(x.role is Role.PHOTO_CREDIT for x in cur)
        story = titled and len(groups) == 1 and it.chunk.gap <= gap
        if it.role in (Role.PARAGRAPH, Role.CAPTION, Role.PHOTO_CREDIT) and has_text and has_credit and not story:
            groups.append([])
        groups[-1].append(it)
    groups = [g for g in groups if g]
    if len(groups) == 1:
        return [body]
    units = []
    for k, g in enumerate(groups):
        unit = Unit(UnitKind.BODY, ledger.new_unit(), rubrics=body.rubrics if k == 0 else ())
        for it in g + (list(body.rubrics) if k == 0 else []):
            ledger.move(it.index, body.name, unit.name, "photo_group")
        units.append(replace(unit, items=tuple(g)))
    return units
