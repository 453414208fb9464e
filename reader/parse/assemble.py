"""Final roles → articles: ASSEMBLY, one ordered table of named passes over frozen units, with a ledger.

Headline groups and runs of body become units; crossheads, lifted rubrics and
jump continuations fold them together; each headline group is paired with its
body in the dump's orientation (headline before or after its body, whichever
leaves fewer orphans); pairs become draft articles with their wraps joined;
rubrics move to the article they head. Every move is recorded in the Ledger,
and the assembly ends by checking that every item of the dump landed exactly
once, in an article or in the furniture.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from ..model import FURNITURE_ROLES, TITLE_ROLES, Article, Block, Kind, Role
from .draft import Draft, block_of, build, finish
from .jumps import merge_jumps
from .pages import page_label
from . import conventions as cv
from .patterns import regex
from .ledger import DUMP, FURNITURE, Ledger
from .pairing import Pair, label_between, opens_later, pair, pair_by_words, reads_backward, run_on
from .rebind import briefs_forward, bylines_back, misnamed, photo_news, signed_column
from .items import Item
from .titles import is_rubric, label_over
from .rules import Mark
from .stretches import heads_back, split_between
from .captions import photos_apart, place_captions, place_photos
from .rubrics import attach_rubrics, notes_over_stories, place_series_bars
from .crossheads import merge_crossheads
from .units import (Unit, UnitKind, credit_only, lift, lift_rubrics, notes_apart, paragraph_count,
                    photo_groups, units_of, usual_gap)


@dataclass(frozen=True)
class State:
    """What the passes hand on: the items, then units, pairs and drafts, and the furniture so far."""

    items: tuple[Item, ...]
    units: tuple[Unit, ...] = ()
    pairs: tuple[Pair, ...] = ()
    drafts: tuple[Draft, ...] = ()
    furniture: tuple[Block, ...] = ()
    backward: bool = False  # the dump prints headlines after their bodies
    gap: int = 1  # blank lines that usually separate the blocks of one frame


@dataclass(frozen=True)
class Pass:
    """A pass of the assembly: fn(state, ledger) gives the next state; why says it in one line."""

    name: str
    fn: Callable[[State, Ledger], State]
    why: str


def page_furniture(s: State, ledger: Ledger) -> State:
    blocks = []
    for k, it in enumerate(s.items):
        after = [x for x in s.items[k + 1:k + 3] if x.rule != "data_row"]  # (a hotline's number under its label)
        heads = it.mark is Mark.BOX_LABEL and bool(after) and after[0].role not in FURNITURE_ROLES
        if it.role in FURNITURE_ROLES and not heads:  # (a box's label over briefs heads the first, its number between)
            ledger.land(it.index, DUMP, FURNITURE, it.role, it.rule, it.text)
            blocks.append(block_of(it, it.role, it.rule))
    return replace(s, furniture=tuple(blocks))


def _briefs_before(drafts: list[Draft], at: int) -> list[Draft]:
    """A box label with no brief after it is printed after its items (content-stream order): the untitled
    one-paragraph stories right before it are its briefs, or two or more undated ones under a headline alone."""
    out, j = list(drafts), at - 1
    while j >= 0 and out[j].kind is Kind.ARTICLE and _untitled_item(out[j]):
        j -= 1
    if j == at - 1:
        while j >= 0 and out[j].kind is Kind.ARTICLE and _titled_item(out[j]):
            j -= 1
        j = j if at - 1 - j >= 2 else at - 1
    return out[:j + 1] + [replace(d, kind=Kind.BRIEF) for d in out[j + 1:at]] + out[at:]


def _over_label(s: State, k: int) -> bool:
    """In a dump read backward, untitled text right before a box of briefs' label: the box's briefs, the label
    printed after them (a paragraph each)."""
    t, b = s.pairs[k]
    nxt = s.pairs[k + 1][0] if k + 1 < len(s.pairs) else None
    if not (s.backward and t is None and b is not None and nxt is not None and nxt.kind is UnitKind.BOX):
        return False
    paras = [it for it in b.items if it.role is Role.PARAGRAPH]
    return not (len(paras) > 1 and paras[0].dateline and sum(it.dateline for it in paras) == 1)  # (a dated story)


def _titled_item(d: Draft) -> bool:
    roles = [p.block.role for p in d.placed]
    return roles == [Role.HEADLINE, Role.PARAGRAPH] and not cv.DATELINE.match(d.placed[1].block.text)


def _untitled_item(d: Draft) -> bool:
    roles = [p.block.role for p in d.placed]
    return roles.count(Role.PARAGRAPH) == 1 and not any(r in TITLE_ROLES for r in roles)


STORY_PARAGRAPHS = 3  # paragraphs at least, after a dated first, of an untitled story read under a box's label
_SIGNED = regex("[（(][^（）()]{2,12}[）)]\\s*$")  # a brief signed off at its end: （X）, （通讯员 X）


def _story(t: Unit | None, b: Unit | None, titled: bool) -> bool:
    """Under a box of briefs' label, a story of its own, out of the box: a full headline group, a longer story;
    untitled, a dated one of several paragraphs after titled briefs, or one of STORY_PARAGRAPHS or more whose
    paragraphs after the first are undated, none signed off (untitled briefs, a paragraph each, open on a
    dateline or close on a credit, mostly)."""
    if t is not None:  # (a photo's title over its caption and credit: photo news, out of the box; a book's details
        # under its title in a box of book notices are no deck)
        return sum(1 for x in t.titles if x.rule != "book_fields") > 1 or b is not None and (paragraph_count(b) > 1 or b.items[-1].role is Role.PHOTO_CREDIT)
    if b is None or not b.items[0].dateline or paragraph_count(b) <= 1:
        return False
    signed = _SIGNED.search(b.items[0].text) or any(it.role is Role.BYLINE for it in b.items[1:-1])
    return titled or paragraph_count(b) >= STORY_PARAGRAPHS and sum(1 for it in b.items if it.dateline) == 1 \
        and not signed


def stories(s: State, ledger: Ledger) -> State:
    """Each pair a draft article (photo news split into its photos, a box's items into briefs)."""
    drafts: list[Draft] = []
    furniture = list(s.furniture)
    in_box = titled = False  # in a box of briefs; some of them titled
    carried: list[tuple[Item, str]] = []  # rubrics of a unit that makes no article: they head the next one
    labels: list[tuple[Item, str]] = []  # a box's label, till its first brief
    label_at: int | None = None  # drafts made when a box label came that no brief has followed yet
    for k, (t, b) in enumerate(s.pairs):
        if t is not None and t.kind is UnitKind.BOX:
            in_box, titled, label_at = True, False, len(drafts)
            labels += [(it, t.name) for it in t.rubrics if it.mark is Mark.BOX_LABEL]
            carried += [(it, t.name) for it in t.rubrics if it.mark is not Mark.BOX_LABEL]  # a series bar over it
            continue
        if t is None and b is not None and credit_only(b):
            for it in b.items:
                ledger.land(it.index, b.name, FURNITURE, it.role, "stray_credit", it.text)
                furniture.append(block_of(it, it.role, "stray_credit"))
            carried += [(it, b.name) for it in b.rubrics]
            continue
        if in_box and _story(t, b, titled):
            in_box = False
            if label_at == len(drafts) and t is not None and not carried and not t.rubrics and (len(t.titles) == 1 or len(
                    t.titles) == 2 and not label_over(t.titles[0].text, t.titles[1].text)):  # (right over a story's
                carried, labels = labels, []  # headline, no brief between, no label of its own: its column's, 科技前沿)
        if in_box:  # a box's label heads its first brief (over a box of other things: the page's furniture)
            carried += labels
        else:
            furniture += _no_briefs(labels, ledger)
        labels = []
        if carried and t is not None:
            t, carried = lift(ledger, t, carried, "rubric_carried"), []
        elif carried:
            b, carried = lift(ledger, b, carried, "rubric_carried"), []
        titled = in_box and (titled or t is not None)
        if label_at is not None:
            if not in_box:
                drafts = _briefs_before(drafts, label_at)
            label_at = None
        # a headline group printed after its body is moved back in front of it
        moved = (t is not None and b is not None
                 and t.items[0].chunk.pieces[0].first_line > b.items[0].chunk.pieces[0].first_line)
        boxed = in_box or _over_label(s, k)
        labelled = t is not None and len(t.items) == 1 and is_rubric(t.items[0].text)  # (图片新闻 over photos: no title)
        bodies = photo_groups(b, t is not None and not labelled, s.gap, ledger) if b is not None and not boxed else [b]
        for n, body in enumerate(bodies):
            made, furn = build(t if n == 0 else None, body, boxed and t is None, moved, ledger)
            if made and body is not None and (body.jump_to or body.jump_from):
                made[0] = replace(made[0], jump_from=body.jump_from)
                made[-1] = replace(made[-1], jump_to=body.jump_to)
            drafts += [replace(d, kind=Kind.BRIEF) for d in made] if in_box and t is not None else made
            furniture += [p.block for p in furn]
    if label_at is not None:
        drafts = _briefs_before(drafts, label_at)
    furniture += _no_briefs(labels, ledger)
    for it, source in carried:  # none came after: kept all the same
        ledger.land(it.index, source, FURNITURE, Role.RUBRIC, "stray_rubric", it.text)
        furniture.append(block_of(it, Role.RUBRIC, "stray_rubric"))
    return replace(s, drafts=tuple(drafts), furniture=tuple(furniture))


def _no_briefs(labels: list[tuple[Item, str]], ledger: Ledger) -> list[Block]:
    """A box's label with no brief under it (over an event's fields, or printed after its items): furniture."""
    for it, source in labels:
        ledger.land(it.index, source, FURNITURE, it.role, it.rule, it.text)
    return [block_of(it, it.role, it.rule) for it, _ in labels]


def _laid_out(s: State) -> bool:
    """Read off a printed page (a PDF): its reading order sets each headline group before the text it heads."""
    return any(it.chunk.geometry is not None for it in s.items)


def titles_alone(s: State, ledger: Ledger) -> State:
    """A draft of nothing but a headline group (no text, no caption, no credit): an ad's or a promotion's slogans
    (after a box's briefs too); a chart's own title stays, an item of its own."""
    drafts, furniture = [], list(s.furniture)
    charts = {it.index: it.mark is Mark.CHART_TITLE for it in s.items}
    for d in s.drafts:
        roles = {p.block.role for p in d.placed}  # (a brief of a title alone, its box's label no part of it)
        if not roles <= set(TITLE_ROLES) or d.kind is not Kind.ARTICLE and not (d.kind is Kind.BRIEF and roles == {Role.HEADLINE}) \
                or any(charts.get(i) for p in d.placed for i in p.items):  # a chart's own title
            drafts.append(d)
            continue
        for i in dict.fromkeys(i for p in d.placed for i in p.items):  # a line split in two is one item
            ledger.move(i, d.name, FURNITURE, "title_alone")
        furniture += [p.block for p in d.placed]
    return replace(s, drafts=_renumbered(drafts, len(s.drafts), ledger), furniture=tuple(furniture))


def _renumbered(drafts: list[Draft], before: int, ledger: Ledger) -> tuple[Draft, ...]:
    """The drafts, numbered again as the edition counts them if fewer are left than the `before` there were, or any
    stands out of its place's number (a photo set apart from a story, named when it was made)."""
    if len(drafts) < before or any(d.name != f"article {k + 1}" for k, d in enumerate(drafts)):
        for k, d in enumerate(drafts):
            name = f"article {k + 1}"
            for i in dict.fromkeys(i for p in d.placed for i in p.items):
                ledger.move(i, d.name, name, "renumbered")
            drafts[k] = replace(d, name=name)
        ledger.articles = len(drafts)
    return tuple(drafts)


def captions(s: State, ledger: Ledger) -> State:
    if _laid_out(s):  # (a PDF page places its captions by geometry: only a cover under a review's label moves)
        placed = photos_apart(place_photos(list(s.drafts), ledger, True), ledger)
        return replace(s, drafts=_renumbered(placed, len(s.drafts), ledger))
    return replace(s, drafts=_renumbered(place_captions(list(s.drafts), ledger), len(s.drafts), ledger))


def _page_labels(furniture: tuple[Block, ...]) -> list[tuple[int, int, str]]:
    """The page headers that name their page: first line, dump page, label ("2 要闻"), in dump order."""
    return sorted((b.first_line, b.page, label) for b in furniture
                  if b.role is Role.PAGE_HEADER and (label := page_label(b.text)))


ASSEMBLY: list[Pass] = [
    Pass("page_furniture", page_furniture, "page headers, jump lines, staff lines and duplicates belong to no article"),
    Pass("units", lambda s, lg: replace(s, units=tuple(units_of(list(s.items), lg)), gap=usual_gap(list(s.items))),
         "headline lines in a row make a headline group; body in a row makes a body; a jump line ends one"),
    Pass("notes_apart", lambda s, lg: replace(s, units=tuple(notes_apart(list(s.units), lg))),
         "an editor's note's label closing a headline group over the note, then a dated story: the note's title"),
    Pass("rubric_lift", lambda s, lg: replace(s, units=tuple(lift_rubrics(list(s.units), lg))),
         "a group of only column labels or series bars heads the unit after it"),
    Pass("split_between", lambda s, lg: replace(s, units=tuple(split_between(list(s.units), lg))),
         "a headline group whose first lines name the body before it and last lines the body after it: two groups"),
    Pass("orientation", lambda s, lg: replace(s, backward=not _laid_out(s) and reads_backward(list(s.units))),
         "headlines come before their bodies, or after them where that leaves fewer stories without a partner (a "
         "PDF page's reading order puts every headline before what it heads)"),
    Pass("crossheads", lambda s, lg: replace(s, units=tuple(merge_crossheads(
        list(s.units), s.gap, s.backward, lg, frozenset(it.index for it in s.items if it.rule == "pull_quote")))),
         "a lone headline-like line between two runs of one story's body is a crosshead"),
    Pass("jumps", lambda s, lg: replace(s, units=tuple(merge_jumps(list(s.units), lg, _page_labels(s.furniture)))),
         "a body continued on another page (下转 … 上接) is one body again"),
    Pass("pairs", lambda s, lg: replace(s, pairs=tuple(pair(list(s.units), s.backward, lg))),
         "each headline group heads the body after it, or before it where the dump prints headlines last"),
    Pass("heads_back", lambda s, lg: replace(s, pairs=tuple(heads_back(list(s.pairs)))),
         "an untitled story, then headline groups over bodies, the last over none: each heads the body before it"),
    Pass("misnamed", lambda s, lg: replace(s, pairs=tuple(misnamed(list(s.pairs)))),
         "an opinion column's label (今日谈, …评) over a dated report: both let go, to be bound by their words"),
    Pass("words", lambda s, lg: replace(s, pairs=tuple(signed_column(pair_by_words(list(s.pairs), lg), lg))),
         "headline groups and bodies left without a partner are bound by the words they share"),
    Pass("bylines_back", lambda s, lg: replace(s, pairs=tuple(bylines_back(list(s.pairs), s.backward, lg))),
         "where headlines print after their bodies, a byline right after a headline group is its story's"),
    Pass("briefs_forward", lambda s, lg: replace(s, pairs=tuple(briefs_forward(list(s.pairs), s.backward))),
         "where headlines print after their bodies, a box of briefs printed title first is read so, as its words say"),
    Pass("runs_on", lambda s, lg: replace(s, pairs=tuple(run_on(list(s.pairs), lg))),
         "an untitled body goes on from the nearest story before it whose text stops mid-sentence"),
    Pass("opens_later", lambda s, lg: replace(s, pairs=tuple(opens_later(list(s.pairs), lg))),
         "an untitled body stopping mid-sentence right before a headline group, with no story to go on from, opens "
         "that story (its first columns printed before its headline)"),
    Pass("news_photo_after", lambda s, lg: replace(s, pairs=tuple(photo_news(list(s.pairs), lg))),
         "a caption telling news of its own (…举行…。图为…) after a story's finished text that does not tell it, or one "
         "after a column's closing signature, is a picture of its own"),
    Pass("label_between", lambda s, lg: replace(s, pairs=tuple(label_between(list(s.pairs)))),
         "a box's label read between its first item's title and text goes first, the title heading the text"),
    Pass("stories", stories, "a headline group and its body make an article; a box's items make briefs"),
    Pass("captions", captions, "a caption that names another nearby story's headline, and not its own, goes to that "
         "story, an untitled photo to the story beside it that tells it (a dump prints captions where the PDF's "
         "content stream has them)"),
    Pass("series_bars", lambda s, lg: replace(s, drafts=tuple(place_series_bars(list(s.drafts), lg))),
         "a series bar printed alone heads the page's lead story"),
    Pass("editor_notes", lambda s, lg: replace(s, drafts=_renumbered(notes_over_stories(list(s.drafts), lg),
                                                                     len(s.drafts), lg)),
         "an editor's note under a column's label, over a headline, opens the story under it"),
    Pass("titles_alone", titles_alone, "a headline group heading no text at all (an ad's slogans) belongs to no article"),
    Pass("rubrics_by_content", lambda s, lg: replace(s, drafts=tuple(attach_rubrics(list(s.drafts), lg))),
         "a column label stacked on another's goes to the nearby headline sharing its words"),
]


# The assembly's own decisions, by the name the ledger records them under (the passes' rules, the first pass's
# RULES, the REVISIONS and the TITLE_RULES carry their reasons in their own tables).
DECISIONS = {
    "dump_order": "items of one kind in a row make one unit, in the dump's order",
    "split_between": "a headline group naming the body before it, then the body after it, is two groups",
    "kicker_by_size": "on a printed page, lines set smaller over the line set largest are its kickers",
    "rubric_heads_next": "a group of only column labels or series bars heads the unit after it",
    "rubrics_alone": "column labels with nothing after them stay together as a headline group",
    "crosshead": "a lone headline-like line between two runs of one story's body is a crosshead",
    "first_section": "a short line under a headline group closed by its byline, over body, heads the first section",
    "photo_text": "a headline over only a photo's caption takes the untitled story near it that its words name",
    "body_runs_on": "two runs of body with nothing between them are one body",
    "jump_continued": "a body continued from another page (上接) goes on from the body that jumped (下转)",
    "credit_closes_story": "a credit alone after a body closes that story",
    "signed_title": "read backward, a writer's name led by a square right after a headline group is that headline's",
    "rubric_carried": "rubrics over a box label or a stray credit head the next story",
    "photo_group": "photo news set one after another: each caption with its credit is one item",
    "stray_credit": "a credit with no story before it belongs to no article",
    "caption_by_words": "a caption that names another nearby story's headline, and not its own, goes to that story",
    "photo_in_story": "an untitled photo goes into the story next to it that tells what its caption says",
    "photo_apart": "a caption printed after a story's text that names nothing of the story is photo news of its own",
    "runs_on": "an untitled body goes on from the nearest story before it whose text stops mid-sentence (the dump "
               "printed the rest of that story apart)",
    "opens_later": "an untitled body stopping mid-sentence right before a headline group, with no story to go on "
                   "from, opens that story's text (its first columns printed before its headline)",
    "byline_back": "where headlines print after their bodies, a byline printed right after a headline group is "
                   "that story's, not the next one's",
    "news_photo_after": "a caption telling news of its own after a story's finished text, or after a column's signature, is a picture of its own",
    "signed_column": "an opinion column's headline left without a body heads the later paragraphs of a body closing "
                     "on a writer's credit when its words name them (the dump read the column on after another story)",
    "headed_late": "a headline group read after everything else heads the text after the photo caption and credit "
                   "before it (a column at the page's foot, its body read first)",
    "renumbered": "the articles after one that went elsewhere are numbered again, as the edition counts them",
    "title_alone": "a headline group heading no text at all (an ad's slogans) belongs to no article",
    "jump_join": "a paragraph cut where its story jumped to another page, joined again with its continuation there",
    "clumped_headlines": "headlines of several stories set together are cut apart where their words turn to another "
                         "story",
    "stray_rubric": "a rubric with no story after it belongs to no article",
    "editor_note": "an editor's note (编者按：…) under a column's label and over a headline opens the story under it",
    "series_bar": "a series bar lifted onto the story under it opens that story",
    "doubled_layer": "a headline's text doubled run by run by the PDF's layers is a duplicate",
    "wrap_join": "a paragraph cut at a line or column end, joined again",
    "unfinished_paragraph": "a paragraph that does not end runs on into the next one (unless that opens a dateline)",
    "photo_news": "a headline, one paragraph and a photo credit: photo news, its text a caption",
    "series_bar_to_lead": "a series bar printed alone, or as a headline with no story, heads the page's lead story (its longest)",
    "title_after_note": "in an untitled story opening with an editor's note, the crosshead right after the note is its headline",
    "rubric_by_content": "a column label stacked on another's goes to the nearby headline sharing its words",
    "rubric_shape": "a headline group's leading lines shaped like column labels are rubrics",
    "under_kicker": "the line under a kicker is the headline",
    "under_headline": "lines under the headline are subheadlines",
    "kicker_over_signed_title": "in a signed essay's headline group, undashed lines over the last are kickers",
}


def reason(rule: str) -> str | None:
    """Why, in one line, for any rule name the parse records: first pass, revisions, headline rules, assembly."""
    from .revise import REVISIONS
    from .rules import RULES
    from .segment import GLUES
    from .titles import TITLE_RULES

    tables = [(r.name, r.why) for r in RULES] + [(r.name, r.why) for r in REVISIONS]
    tables += [(r.name, r.why) for r in TITLE_RULES] + [(name, why) for name, _, why in GLUES]
    return dict(tables).get(rule) or DECISIONS.get(rule)


def assemble(items: list[Item], passes: list[Pass] | None = None) -> tuple[list[Article], list[Block], Ledger]:
    """Articles in reading order, the furniture that belongs to none, and the ledger of how they were made."""
    ledger = Ledger(len(items))
    state = State(tuple(items))
    for p in passes if passes is not None else ASSEMBLY:
        state = p.fn(state, ledger)
    ledger.check()
    return [finish(d) for d in state.drafts], list(state.furniture), ledger
