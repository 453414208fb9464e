"""Items → units: headline groups, runs of body and boxes of briefs, and the passes that fold units together.

A unit is frozen: a pass gives new units, and every item it takes from one unit
to another goes through the ledger (absorb, lift), which records the move.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .forms import BIO_LEAD, DATED_ITEM, PROFILE_FIELD
from .jumps import is_jump_out, jump_page
from .ledger import FURNITURE, Ledger
from .items import Item, run_in, set_in
from .patterns import regex
from .paragraphs import join_paragraphs
from .rules import Mark
from .titles import is_rubric

_ROLE = regex(cv.CREDIT_ROLE)
_CLOSING = regex("^[（(](?!作者)[^（）()]+[）)]$")  # a credit in brackets alone (not （作者为…）, read early at times)
MAX_GROUP_LINES = 8  # lines of one headline group: rubric, banner, kicker, headline, subheadlines and more are fewer


class UnitKind(str, Enum):
    TITLE = "title"  # a headline group: rubric, kicker, headline, subheadline, the author's name
    BODY = "body"  # a run of body text: paragraphs, credits, captions
    BOX = "box"  # the label of a box of briefs (简讯), held as its rubric: it heads the first brief


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
    rubrics: list[Item] = field(default_factory=list)  # BOX: its label, the rubric of its first brief
    texted: bool = False  # BODY: a paragraph among its items (kept as they come, not looked for at each new one)


def opens_story(it: Item) -> bool:
    """A dateline (本报讯, 新华社…电) or a credit led by a square and naming a role (□记者 X): a story starts here (a
    bare name led by one, ■ X, signs off the text over it)."""
    return it.dateline or (it.role is Role.BYLINE and bool(cv.OPENING_CREDIT.match(it.text))
                           and bool(_ROLE.search(it.text)))


def new_story(body: Sequence[Item], it: Item, texted: bool | None = None) -> bool:
    """Whether it starts a story of its own after a run of body, texted if known (not the dateline under its □ credit)."""
    if not body:
        return False  # (a body opened by a jump line, 上接第1版, nothing in it yet)
    texted = any(x.role is Role.PARAGRAPH for x in body) if texted is None else texted
    if it.role is Role.BYLINE and _ROLE.search(it.text) and body[-1].role is Role.BYLINE and texted:
        return True  # a reporter's credit after the story before has signed off
    if it.role is Role.CAPTION and body[-1].role is Role.BYLINE and not cv.OPENING_CREDIT.match(body[-1].text) and texted \
            and (it.chunk.geometry is not None or _CLOSING.match(body[-1].text.strip()) and _untold(body, it)):
        return True  # on a PDF page, a photo set after a story signed at its end: a photo of its own (in a dump, one
        # signed in brackets, the caption telling what the story never did)
    if it.role is Role.CAPTION and it.chunk.geometry is not None and it.chunk.gap >= 2 and _under(body[-1], it) \
            and texted and it.mark is not Mark.CHART_TITLE and not cv.LEAD_IN.match(body[-1].text):
        return True  # … or one set under the story's column with a rule drawn across between them (not a chart
        # whose title tells the story's subject, nor under an 编者按 the story's text has yet to follow)
    if (it.role is Role.PARAGRAPH and it.chunk.geometry is None and body[-1].role is Role.BYLINE
            and _CLOSING.match(body[-1].text.strip()) and texted and not cv.QA_TURN.match(it.text)):
        return True  # a story signed off in brackets ((X), (记者 X 整理)): the text after it is another's (not a
        # question's asker, （读者 X）, the answer after it: 答：…)
    if body[-1].role is Role.PHOTO_CREDIT and it.index > body[-1].index + 1 and opens_story(it):
        return True  # a photo's credit, then the page's index or an ad, then a dated story: no text of the photo's
    if _left_frame(body[-1], it):
        return True  # on a PDF page, text going on mid-paragraph out of a box whose text has ended (or a picture
        # set out of it): another story's
    return opens_story(it) and texted and not (body[-1].role is Role.BYLINE and cv.OPENING_CREDIT.match(body[-1].text))


UNTOLD, TOLD_ITEMS = 0.12, 24  # of a caption's character pairs, found in the story's last items (this many) at most


def _untold(body: Sequence[Item], it: Item) -> bool:
    return cv.shared_words(it.text, "".join(x.text for x in body[-TOLD_ITEMS:])) < UNTOLD


def _left_frame(last: Item, it: Item) -> bool:
    """The text goes on mid-paragraph (its first line flush) outside the frame the text before it stood in and
    ended a paragraph in (an L-shaped story's foot under a box set in its corner)."""
    a, b = last.chunk.geometry, it.chunk.geometry
    return (a is not None and b is not None and a.frame is not None and b.frame != a.frame and last.role is Role.PARAGRAPH
            and (it.role is Role.CAPTION or b.indented is False and it.role is Role.PARAGRAPH and cv.ends_paragraph(last.text)))


def _under(above: Item, it: Item) -> bool:
    """On a PDF page, the item stands under the one above, in its column (their widths overlap)."""
    a, b = above.chunk.geometry, it.chunk.geometry
    return a is not None and b is not None and a.box[3] <= b.box[1] and a.box[0] < b.box[2] and b.box[0] < a.box[2]


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
                units.append(_Open(UnitKind.BOX, [], rubrics=[it] if ledger.where.get(it.index) != FURNITURE else []))
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
                    and units[-2].kind is UnitKind.TITLE and all(credit_by_form(x) for x in last.items)):
                units[-2].items.append(it)  # a serial's chapter line under its title and writer: the title's
                continue
            if (last and last.kind is UnitKind.TITLE and not last.sealed
                    and not any(x.role is Role.BYLINE and x.rule != "name_over_title" for x in last.items)
                    and len(last.items) < MAX_GROUP_LINES and Mark.CHART_TITLE not in (last.items[-1].mark, it.mark)
                    and _ruled_off(last.items[-1]) == _ruled_off(it)  # (a chart's own title heads no story's group)
                    and not (is_rubric(it.text) and not all(is_rubric(x.text) for x in last.items))):
                last.items.append(it)  # (a column's label tops its headline stack: under titles it opens its own)
            else:
                units.append(_Open(UnitKind.TITLE, [it]))
            closed = False
        elif it.role is Role.BYLINE and last and last.kind is UnitKind.TITLE and it.mark is Mark.AUTHOR:
            last.items.append(it)  # the author's name set under (or over) the headline
        elif last and last.kind is UnitKind.BODY and not closed and not new_story(last.items, it, last.texted):
            last.items.append(it)
            last.texted |= it.role is Role.PARAGRAPH
        else:
            units.append(_Open(UnitKind.BODY, [it], jump_from=waiting, texted=it.role is Role.PARAGRAPH))
            closed, waiting = False, None
    out = []
    for u in units:
        if u.items or u.jump_from is None:
            name = ledger.new_unit()
            ledger.place([it.index for it in u.items + u.rubrics], name, "dump_order")
            out.append(Unit(u.kind, name, tuple(u.items), u.jump_to, u.jump_from, tuple(u.rubrics)))
    return out


def notes_apart(units: list[Unit], ledger: Ledger) -> list[Unit]:
    """A headline group ending in an editor's note's label (…, 编者按) over the note's text, then a story opening
    with its dateline: the label heads the note, the headline group the story (the note set between the two)."""
    out, k = list(units), 0
    while k + 2 < len(out):
        title, note, story = out[k:k + 3]
        if (title.kind is UnitKind.TITLE and len(title.items) > 1 and title.items[-1].role is Role.HEADLINE
                and cv.NOTE_LABEL.match(cv.squash(title.items[-1].text)) and note.kind is story.kind is UnitKind.BODY
                and note.items and not note.items[0].dateline and story.items and story.items[0].dateline):
            label = Unit(UnitKind.TITLE, ledger.new_unit(), title.items[-1:])
            ledger.move(label.items[0].index, title.name, label.name, "note_label")
            out[k:k + 3] = [label, note, replace(title, items=title.items[:-1]), story]
            k += 4
        else:
            k += 1
    return out


def _ruled_off(it: Item) -> bool:
    """A rule drawn under it on the page parts it from the text under it (and from the headlines over that)."""
    return bool(it.chunk.geometry and it.chunk.geometry.ruled_off)


def is_closing(it: Item) -> bool:
    return it.role in (Role.BYLINE, Role.PHOTO_CREDIT)


def credit_by_form(it: Item) -> bool:
    """A byline by its form (□X, 记者 X, （X）), not a bare name guessed one from its neighbours."""
    return it.role is Role.BYLINE and it.first_role is Role.BYLINE




def credit_only(u: Unit) -> bool:
    return u.kind is UnitKind.BODY and all(is_closing(it) for it in u.items)


def usual_gap(items: list[Item]) -> int:
    """The most common number of blank lines before a chunk: what separates blocks inside one frame."""
    gaps = Counter(it.chunk.gap for it in items[1:])
    return gaps.most_common(1)[0][0] if gaps else 1


def paragraph_count(unit: Unit) -> int:
    """Paragraphs of a body once its wraps are joined."""
    return sum(1 for group, _, _ in join_paragraphs(unit.items) if group[0].role is Role.PARAGRAPH)


def lift_rubrics(units: list[Unit], ledger: Ledger) -> list[Unit]:
    """A headline group made only of column labels or series bars (认真学习宣传贯彻…精神) heads what follows it:
    it is kept with the next unit instead of counting as a headline of its own (unless a rule drawn under it on the
    page parts it from what follows, or the text runs in after it on its line: a brief's title, 某路明起封闭　…); a
    box's label alone over its fields or dated entries (人物名片 over 姓名：…, 大事记 over 1986年　…) titles the box."""
    out: list[Unit] = []
    waiting: list[tuple[Item, str]] = []
    for k, u in enumerate(units):
        nxt = units[k + 1].items[:1] if k + 1 < len(units) else ()
        tab = k + 1 < len(units) and _tab_before(u, units[k + 1])  # (a tab on its headline's line runs nothing in)
        run_on = bool(nxt) and bool(u.items) and run_in(u.items[-1], nxt[0]) and not tab
        text = " ".join(it.text for it in units[k + 1].items[:2]) if k + 1 < len(units) and units[
            k + 1].kind is UnitKind.BODY else ""  # (on a PDF page, a bold lead is an item alone: 姓名： | X)
        label = cv.squash(u.items[0].text) if len(u.items) == 1 else ""
        boxed = bool(label) and (bool(PROFILE_FIELD.match(text) or DATED_ITEM.match(text)) and bool(
            cv.PROFILE_LABEL.match(label) or cv.SIDEBAR_TITLE.match(label))
            or bool(BIO_LEAD.match(text) and cv.PROFILE_LABEL.match(label))  # (人物简介 | 某某，1964年生)
            or _BOX_TITLE.search(label) is not None and k + 1 < len(units) and _bare_text(units[k + 1])  # (新闻辞典 | 某某泛指…)
            and not any(v.kind is UnitKind.BODY and v.items and not v.items[-1].ends_paragraph for v in units[:k]))  # (no
        # story over it left off mid-sentence: the text under a label may be its rest, printed after)
        if _section_bracket(units, k) or announced(units, k):
            out.append(u)  # (【案情】 between a story's credit or text and its text: a section's head, no rubric)
            continue
        if u.kind is UnitKind.TITLE and u.items and all(it.role is Role.HEADLINE and (is_rubric(it.text) or tab)
                                                          and (not _ruled_off(it) or tab)  # (the rule under both)
                                                          for it in u.items) and not run_on and not boxed:
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


# a glossary's, a background box's or a tip's label: over text with no title of its own, the box's title
_BOX_TITLE = regex("(?:辞典|辭典|词典|詞典|链接|鏈接|連結|小知识|小知識|贴士|貼士|温馨提示|溫馨提示)$")


def _bare_text(unit: Unit) -> bool:
    """Body opening on a paragraph with no dateline: text no headline of its own stands over."""
    return unit.kind is UnitKind.BODY and bool(unit.items) and unit.items[0].role is Role.PARAGRAPH and not unit.items[0].dateline


SECTION_BRACKET, BRACKETED_HEAD = regex("^【[^【】]{2,4}】$"), regex("^【[^【】]{2,20}】$")  # 【评析】; 【一句话就…】


def announced(units: list[Unit], k: int) -> bool:
    """A lone line (a box's label, 温馨提示) right under a paragraph that announces what follows (…注意以下几点：),
    over more body: the head of what the story announced, one of its crossheads."""
    u = units[k]
    return (u.kind is UnitKind.TITLE and len(u.items) == 1 and 0 < k < len(units) - 1
            and units[k - 1].kind is UnitKind.BODY and bool(units[k - 1].items)
            and units[k - 1].items[-1].role is Role.PARAGRAPH and units[k - 1].items[-1].text.rstrip().endswith(("：", ":"))
            and units[k + 1].kind is UnitKind.BODY and bool(units[k + 1].items) and units[k + 1].items[0].role is Role.PARAGRAPH)


def _section_bracket(units: list[Unit], k: int) -> bool:
    """A bracketed word or phrase alone (【案情】, 【一句话就…】), or on a PDF page a word set in its column's type
    (记者调查), between a story's text, or its credit under its headline, and text: no series bar over a headline."""
    u = units[k]
    if u.kind is not UnitKind.TITLE or len(u.items) != 1 or not (BRACKETED_HEAD.match(u.items[0].text.strip())
                                                                  or set_in(u.items[0])):
        return False
    before, after = units[k - 1] if k else None, units[k + 1] if k + 1 < len(units) else None
    return after is not None and after.kind is UnitKind.BODY and before is not None and (
        before.kind is UnitKind.BODY or any(it.role is Role.BYLINE for it in before.items)
        or before.kind is UnitKind.TITLE and bool(SECTION_BRACKET.match(u.items[0].text.strip())))  # (a case's first
    # section, 【案情】, right under its headline)


TAB_MAX = 4  # characters: a story's genre in a tab (对话, 特写, 观察) is this short


def _tab_before(u: Unit, nxt: Unit) -> bool:
    """On a PDF page, a word or two alone, level with the headline group after it and at its left: the group's
    tab (对话 in a box left of the headline)."""
    if u.kind is not UnitKind.TITLE or nxt.kind is not UnitKind.TITLE or len(u.items) != 1 or not nxt.items:
        return False
    a, b = u.items[0].chunk.geometry, nxt.items[0].chunk.geometry
    return (a is not None and b is not None and len(cv.squash(u.items[0].text)) <= TAB_MAX
            and a.box[2] <= b.box[0] and a.box[1] < b.box[3] and b.box[1] < a.box[3])


def photo_groups(body: Unit, titled: bool, gap: int, ledger: Ledger) -> list[Unit]:
    """Photo news set one after another: each caption with the credit printed above or below it. Under a title,
    captions in one frame (no wider gap than usual) are one photo story, the title over all; a photo right under the
    writer's credit opening a body is the story's (the text after it goes on with it)."""
    if not any(it.role is Role.PHOTO_CREDIT for it in body.items) or any(it.dateline for it in body.items):
        return [body]
    groups: list[list[Item]] = [[]]
    for it in body.items:
        cur = groups[-1]
        has_text = any(x.role in (Role.PARAGRAPH, Role.CAPTION) for x in cur)
        has_credit = any(x.role is Role.PHOTO_CREDIT for x in cur)
        story = titled and len(groups) == 1 and it.chunk.gap <= gap or it.role is Role.PARAGRAPH and bool(cur) \
            and cur[-1].role is Role.PARAGRAPH and not cur[-1].ends_paragraph or len(groups) == 1 and bool(cur) and all(
                x.role in (Role.BYLINE, Role.CAPTION, Role.PHOTO_CREDIT) for x in cur) and cur[0].role is Role.BYLINE  # (a
        # sentence going on in the next column; the text under the credit and photo opening a story)
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


OPENED_MIN = 3  # stories (no briefs) at least on a page, each opening on a dateline or a credit, for the page to date them all


def all_opened(units: list[Unit], k: int) -> bool:
    """Every other story on the page opens on its dateline or its writer's credit (a paper that dates them all): a
    lone line over text with neither, where the page prints no bare story, heads a section of the story over it."""
    def opened(j: int) -> bool:
        body = [it for it in units[j + 1].items if it.role not in (Role.CAPTION, Role.PHOTO_CREDIT)]  # (its photo's over)
        return any(it.role is Role.BYLINE for it in units[j].items) or bool(body) and (
            body[0].dateline or body[0].role is Role.BYLINE)
    if units[k + 1].items and _TIMED.match(units[k + 1].items[0].text):
        return False
    count = 0  # (paragraphs counted only where they decide: a brief may go undated, so an undated story of one
    # paragraph tells nothing, and past OPENED_MIN the dated ones need no counting)
    for j, u in enumerate(units[:-1]):
        if u.kind is not UnitKind.TITLE or j == k or units[j + 1].kind is not UnitKind.BODY:
            continue
        dated = opened(j)
        if (not dated or count < OPENED_MIN) and paragraph_count(units[j + 1]) > 1:
            if not dated:
                return False
            count += 1
    return count >= OPENED_MIN


# a report's first words: when it happened (近日，…; 4月13日，…), as a story's lead opens, no section's
_TIMED = regex(f"^\\s*(?:近日|日前|近期|昨天|昨日|今天|今日|前天|本周|上周|{cv.NUM}{{1,2}}\\s*月\\s*{cv.NUM}{{1,2}}\\s*日)")


SHAPED_HEADS = 2  # crossheads of a story over a lone line shaped like them, for it to be one more


def shaped_like(units: list[Unit], heads: set[int]) -> set[int]:
    """A lone line between bodies over text a reporter opens with his source (记者从某局获悉，… as a new story opens),
    under two crossheads or more of the story shaped like it (comma-broken phrases, 物业撤场后，水箱成了…): one more."""
    out: set[int] = set()
    for k, u in enumerate(units[1:-1], 1):
        if u.kind is not UnitKind.TITLE or len(u.items) != 1 or units[k - 1].kind is not UnitKind.BODY \
                or units[k + 1].kind is not UnitKind.BODY or not cv.NEWS_LEAD.match(units[k + 1].items[0].text):
            continue
        j, above = k - 1, []
        while j >= 0 and (units[j].kind is UnitKind.BODY or j in heads):
            above += [j] if j in heads else []
            j -= 1
        comma = bool(cv.COMMA_IN.search(u.items[0].text))
        if len(above) >= SHAPED_HEADS and all(bool(cv.COMMA_IN.search(units[h].items[0].text)) == comma for h in above):
            out.add(k)
    return out
