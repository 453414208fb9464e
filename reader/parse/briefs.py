"""Units → the lone lines among a story's found crossheads that title briefs of their own instead (a box's titled
items, each news in a paragraph), and the titles of briefs read before their box's label."""
from __future__ import annotations

from ..model import Role
from . import conventions as cv
from .forms import EVENT_FIELD, EVENT_FIELDS
from .paragraphs import join_paragraphs
from .patterns import regex
from .units import SECTION_BRACKET, Unit, UnitKind, paragraph_count

_QUOTED = regex("“[^“”]*”|「[^「」]*」")  # a quoted slogan (its commas break no head)
_CASE_PART = regex("^\\s*【[^【】]{2,4}】\\s*\\S")  # 【投诉】…, 【进展】…: a case's parts, each run in after its lead


def _items(u: Unit) -> int:
    """A body's paragraphs; all of them run in after bracketed leads (【投诉】… 【进展】…), one case's parts, or all an
    event's fields (時間：… 地點：… 查詢：…): one."""
    paras = [g[0].text for g, _, _ in join_paragraphs(u.items) if g[0].role is Role.PARAGRAPH]
    parts = all(_CASE_PART.match(t) for t in paras) or all(EVENT_FIELD.match(t) or EVENT_FIELDS.match(t) for t in paras)
    return 1 if len(paras) > 1 and parts else len(paras)


BRIEF_RUN_MIN = 3  # one-paragraph sections at least, each under its own title, for a story to be a run of briefs


def titled_briefs(units: list[Unit], heads: set[int]) -> set[int]:
    """Of the crossheads found (heads), those of a story every section of which, the first too, is one paragraph
    (海外快讯's titled items, each one news in a paragraph): the titles of briefs; a story's sections run longer
    (in the made pages' golds, none of 120 stories with two crossheads or more has only one-paragraph sections)."""
    out: set[int] = set()
    story: list[int] = []  # the crossheads of the story under way
    sizes: list[int] = []  # paragraphs in each of its sections, from its headline on
    asked = False  # a head numbered, asking or comma-broken (问一：…？, 吃得上，还要吃得好), or a dateline opening the
    # story's text: an explainer's questions answered, a story's parallel heads …
    quiz = False  # … unless the headline asks too, as every head does: a box of questions each answered apart
    boxed = False  # the story's headline stands right under a box's label
    for k, u in enumerate(units):
        if k in heads and sizes:
            story.append(k)
            asked = asked or _asked(units[k].items[0].text) or bool(SECTION_BRACKET.match(units[k].items[0].text.strip()))
            quiz = quiz and units[k].items[0].text.rstrip().endswith(("？", "?"))
            sizes.append(0)  # (【评析】 heads a section, never a brief)
        elif u.kind is UnitKind.BODY and sizes:
            sizes[-1] += _items(u)
            dated = len(sizes) == 1 and bool(u.items[0].dateline)  # (本报讯 opens the story, no brief)
            asked, quiz = asked or dated, quiz and not dated
        elif u.kind is not UnitKind.BODY:
            story, sizes, asked = [], [0] if u.kind is UnitKind.TITLE else [], False
            quiz = u.kind is UnitKind.TITLE and u.items[-1].role is Role.HEADLINE and u.items[-1].text.rstrip().endswith(("？", "?"))
            boxed = u.kind is UnitKind.TITLE and k > 0 and units[k - 1].kind is UnitKind.BOX
        ends = k + 1 == len(units) or units[k + 1].kind is not UnitKind.BODY and k + 1 not in heads
        if ends and len(sizes) >= BRIEF_RUN_MIN and max(sizes) == 1 and (not asked or quiz):
            out |= set(story)
        elif ends and boxed and len(sizes) > BRIEF_RUN_MIN and max(sizes[:-1]) == 1 and not asked:
            out |= set(story[:-1])  # (under a box's label, briefs, then a line over text running longer: a story's
            # headline after the box, no brief's section)
    return out


def _asked(text: str) -> bool:  # (a comma inside a quoted slogan, “群众点单、代表督办”, breaks no head)
    t = text.strip()
    return bool(cv.ENUMERATOR.match(t) or cv.NUMBERED_QUESTION.match(t) or cv.COMMA_IN.search(_QUOTED.sub("", t))) or t.endswith(("？", "?"))


LABEL_AFTER_MIN = 2  # titled briefs at least, right over a box's label, for the label to be read after its box


def briefs_over_label(units: list[Unit]) -> set[int]:
    """Titles of one-paragraph briefs in a row right over a box of briefs' label (社区快讯), which the dump read
    after its box (a label set in the box's top corner, drawn last): the briefs' own titles, no crossheads."""
    out: set[int] = set()
    for b, u in enumerate(units):
        if u.kind is not UnitKind.BOX:
            continue
        run, j = [], b - 1
        while j > 0 and units[j].kind is UnitKind.BODY and paragraph_count(units[j]) <= 1 \
                and units[j - 1].kind is UnitKind.TITLE and len(units[j - 1].items) == 1:
            run.append(j - 1)
            j -= 2
        out |= set(run) if len(run) >= LABEL_AFTER_MIN else set()
    return out
