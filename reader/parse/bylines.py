"""Items → bylines the first pass cannot tell alone: a lone name by a headline or under a body, a name set in the
page's byline style, a short name closing a headline group, an office signing its answer; and a quote's speaker
under it (——X), its text (the names of the second pass, REVISIONS in revise.py)."""
from __future__ import annotations

from ..model import Role
from ..words import is_word
from . import conventions as cv
from .items import Item, is_body, is_title, neighbour
from .patterns import regex
from .rules import Mark
from .titles import is_rubric

SAME_STYLE = 0.02  # relative type size: two lines this close in size (and in one face) are set in one style
NAME_MAX = 3  # characters: a name set alone under a headline is this long at most (a four-character line is a phrase)
TITLE_OVER_NAME = 1.5  # relative type size: a headline at least this much larger than a name closing its group
_SHORT_NAME = regex(f"^{cv.HAN}{{2,{NAME_MAX}}}$")
_NAME_SHAPE = regex(f"^{cv.HAN}{{2,4}}$")  # a name as a byline prints it: two to four characters, nothing else


def author_line(items: list[Item], i: int) -> Role | None:
    """A lone name under or over a headline, or closing a body, is the author's byline; under a profile's label
    (人物简介), the box's title, and under a box of briefs' label, its first brief's."""
    if items[i].role is not Role.UNSURE:
        return None
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    label = cv.squash(items[i - 1].text) if i else ""  # (a box's label is furniture: no neighbour)
    if prev is not None and cv.PROFILE_LABEL.match(cv.squash(prev.text)) or cv.BOX_LABEL.match(label) and is_body(nxt):
        return Role.HEADLINE  # the person a profile box is about; a box of briefs' first title (国际简讯 | 某国　…)
    if _tab_over(items[i], nxt) and not is_title(prev):
        return Role.HEADLINE  # on a PDF page, a word (no name) in a face of its own over a headline's left: its tab (成长)
    if is_title(prev) or is_title(nxt) or nxt is None or (is_body(prev) and prev.ends_paragraph and not (
            is_body(nxt) and nxt.chunk.geometry is None and _headed_between(items, i))) \
            or (prev is not None and prev.role is Role.BYLINE):  # after the story before's closing credit
        return Role.BYLINE
    return Role.HEADLINE


def _tab_over(it: Item, nxt: Item | None) -> bool:
    """A word of the dictionary in a face of its own set right over the next title's left half (a tab's label)."""
    g, h = it.chunk.geometry, nxt.chunk.geometry if nxt is not None else None
    return (g is not None and h is not None and bool(g.box) and bool(h.box) and not g.body_face and is_title(nxt)
            and is_word(cv.squash(it.text)) and g.box[3] <= h.box[1] + 1
            and h.box[0] - 1 <= g.box[0] < (h.box[0] + h.box[2]) / 2)


def _headed_between(items: list[Item], i: int) -> bool:
    """Between paragraphs of a story cut into sections by short lines like it (落霞渡, 云岫茶谷, 望月村): one more
    section's head, a place's name, no signature."""
    heads = [k for k in range(max(0, i - HEADS_REACH), min(len(items), i + HEADS_REACH)) if k != i
             and items[k].role is Role.HEADLINE and cv.length(items[k].text) <= cv.length(items[i].text) + 2
             and is_body(neighbour(items, k, -1))]
    return len(heads) >= 2


HEADS_REACH = 12  # items either side where a story's other section heads are looked for


_COMMENTATORS = regex("^(?:本[报報]|本刊)?(?:特约)?(?:评论员|評論員)$")


def commentary_tab(items: list[Item], i: int) -> Role | None:
    """本报评论员 alone between a story's text and a headline over text: the commentary's tab, over its headline
    (a story opened by a dateline is no commentary: it signs nothing after it), not the story's byline."""
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    if items[i].role is not Role.BYLINE or not _COMMENTATORS.match(cv.squash(items[i].text)) or not is_body(prev):
        return None
    j = i - 1
    while j > 0 and not items[j].dateline and (is_body(items[j]) or items[j].role in (Role.CAPTION, Role.PHOTO_CREDIT)):
        j -= 1  # (back to the story's opening: a commentary signed at its foot opens on no dateline)
    after = neighbour(items, items.index(nxt), 1) if nxt is not None else None
    return Role.HEADLINE if items[j].dateline and nxt is not None and nxt.role is Role.HEADLINE and is_body(after) else None


# a writer's institution (and post) and name on a line of their own (某区人民法院　某某, 某大学法学院　某某): an expert's column's byline
_INSTITUTION = regex(f"^{cv.HAN}{{2,16}}(?:法院|检察院|檢察院|公安局|公安分局|司法局|律师事务所|律師事務所|大学|大學|学院|學院|"
                     f"研究院|研究所|医院|醫院|中心)(?:{cv._POST})?[\\s\u3000]+{cv.HAN}{{2,4}}$")  # (某区人民法院法官　某某 too)


def institution_author(items: list[Item], i: int) -> Role | None:
    """A writer's institution and name right under a headline (某区人民法院　某某), over the column's text: its byline."""
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    if items[i].role not in (Role.HEADLINE, Role.UNSURE) or prev is None or nxt is None or nxt.role is not Role.PARAGRAPH:
        return None
    return Role.BYLINE if prev.role is Role.HEADLINE and _INSTITUTION.match(items[i].text.strip()) else None


def replier(items: list[Item], i: int) -> Role | None:
    """An office's name alone right under its answer to a reader (答复：…), or under the page's last text, signs
    it: its byline."""
    prev = neighbour(items, i, -1)
    if items[i].role is not Role.HEADLINE or not is_body(prev) or not cv.SIGNER.match(cv.squash(items[i].text)):
        return None
    return Role.BYLINE if cv.REPLIED.match(prev.text.strip()) or prev.ends_paragraph and neighbour(
        items, i, 1) is None else None


def name_style(items: list[Item], i: int) -> Role | None:
    """On a PDF page, a short name-shaped line beside a headline, set in the size and face of the page's bylines, is
    a byline too (a paper sets its authors' names in one style, whatever the surname)."""
    g = items[i].chunk.geometry
    if g is None or items[i].role is not Role.HEADLINE or not _NAME_SHAPE.match(cv.squash(items[i].text)) \
            or is_rubric(items[i].text):
        return None
    if not (is_title(neighbour(items, i, -1)) or is_title(neighbour(items, i, 1))):
        return None
    for o in items:
        h = o.chunk.geometry
        if o.role is Role.BYLINE and o.mark is Mark.AUTHOR and h and abs(h.size - g.size) <= SAME_STYLE \
                and h.body_face == g.body_face and h.face == g.face and h.bold == g.bold:
            return Role.BYLINE
    return None


def name_under_title(items: list[Item], i: int) -> Role | None:
    """A line of two or three characters and nothing else, closing a headline group right before the text, is the
    author's name whatever the surname (a headline is longer; on a page, a short one is set far larger)."""
    it = items[i]
    if it.role is not Role.HEADLINE or not _SHORT_NAME.match(cv.squash(it.text)) or cv.SIDEBAR_TITLE.match(
            cv.squash(it.text)) or cv.NOTE_LABEL.match(cv.squash(it.text)):
        return None  # (大事记 titles a sidebar, 编者按 an editor's note)
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    g, h = it.chunk.geometry, prev.chunk.geometry if prev is not None else None
    larger = g is not None and h is not None and h.size >= TITLE_OVER_NAME * g.size
    if is_title(prev) and (len(cv.squash(prev.text)) >= 2 * NAME_MAX or larger) and is_body(nxt):
        return Role.BYLINE
    return None


_EMAIL = regex("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$")


def email_line(items: list[Item], i: int) -> Role | None:
    """An e-mail address alone right under a byline (林某 报道 | lin@…, as Singapore papers print it): the writer's."""
    prev = neighbour(items, i, -1)
    return Role.BYLINE if _EMAIL.match(items[i].text.strip()) and prev is not None and prev.role is Role.BYLINE \
        and items[i - 1] is prev else None


def name_over_title(items: list[Item], i: int) -> Role | None:
    """On a PDF page, a line of two or three characters between a column's label and its headline, set smaller than
    both and not bold, is the columnist's name (栏名, then 作者, then 题目)."""
    it, prev, nxt = items[i], neighbour(items, i, -1), neighbour(items, i, 1)
    if it.role is not Role.HEADLINE or not _SHORT_NAME.match(cv.squash(it.text)) or is_rubric(it.text) \
            or not is_title(prev) or not is_title(nxt):
        return None
    g, h, n = it.chunk.geometry, prev.chunk.geometry, nxt.chunk.geometry
    if g is None or h is None or n is None or g.bold or "Bold" in g.face:
        return None
    return Role.BYLINE if g.size < h.size and n.size >= TITLE_OVER_NAME * g.size else None


_SAID_BY = regex(f"^(?:——|──)\\s*(?:\\S{{0,12}}?[\\s\u3000]*{cv.NAME}|{cv.NAME}[（(][^（）()]{{2,24}}[）)])$")  # ——社会学者　X,
# ——X（某大学教授）: who said the quote over it


def quoted_by(items: list[Item], i: int) -> Role | None:
    """A dash and who said it (——某大学教授 X), right under a quotation set alone (「…」): the quote's attribution,
    the text of its box (no subheadline: a deck's dash leads a phrase under a headline)."""
    prev = items[i - 1] if i and items[i - 1].rule == "pull_quote" else neighbour(items, i, -1)
    if items[i].role is not Role.HEADLINE or prev is None or prev.text.rstrip()[-1:] not in "」”』’" \
            or not _SAID_BY.match(items[i].text.strip()):
        return None
    return Role.FURNITURE if prev.rule == "pull_quote" else Role.PARAGRAPH if is_body(prev) else None  # (a pull
    # quote's attribution is the pull quote's, set apart from the story's text as it is)
