"""Body items → paragraphs: a paragraph cut at a line's or a column's end joined again, each list item, card field
and fact line kept a paragraph of its own."""
from __future__ import annotations

from ..model import Role
from . import conventions as cv
from .forms import FIELD_LABEL
from .items import Item, run_in, spaced_under
from .notices import figure_runs_on
from .patterns import regex
from .rules import Mark
from .segment import join_text_by

SET_ASIDE = (Role.CAPTION, Role.PHOTO_CREDIT)  # a picture's caption and credit, set in a column's way

# A list announced by a colon (…三个鲜明特点：) whose items open with a short run-in lead (彰显问题意识。…)
_ANNOUNCES = regex("[：:]$")
_RUN_IN_LEAD = regex("^[^，。、；：:“”‘’（）()\\s]{2,12}[。：:]")
ITEM_MAX = 40  # characters: an item of a series set a line each (任命X为Y；) is short
_STOPS = regex("[。；;！？!?]")
FIELD_MAX = 40  # characters: a fact line is short (对象：…，男女各60名)


def _fields(before: str, last: Item, it: Item) -> bool:
    """A short line opening with a label and a colon, then another such (a box's facts, 地点：X | 时间：Y): lines of
    their own, whatever they end in."""
    return bool(FIELD_LABEL.match(before.strip()) and cv.length(before) <= FIELD_MAX and FIELD_LABEL.match(it.text.strip())
                and all(x.chunk.geometry is None or x.chunk.geometry.lines == 1 for x in (last, it)))


def _list_item(before: str, last: Item, text: str) -> bool:
    """A paragraph that ends announcing a list and one that opens with an item's short lead; one that opens with an
    item's number (一、 （二） 3.); short clauses each closing on a semicolon, the last on a stop and opening as the one
    before it does (任命X为Y； | 免去Z职务； | 免去W职务。): paragraphs of their own."""
    t = text.strip()
    series = before.rstrip().endswith(("；", ";")) and cv.length(t) <= ITEM_MAX and not _STOPS.search(t[:-1]) and (
        t.endswith(("；", ";")) or t.endswith("。") and cv.squash(last.text)[:2] == cv.squash(t)[:2])
    return bool(series or cv.ENUMERATOR.match(cv.squash(t[:8]))
                or _ANNOUNCES.search(before.rstrip()) and _RUN_IN_LEAD.match(text.lstrip()))


def _runs_on(before: str, last: Item, it: Item) -> bool:
    """The paragraph before (its text, its last item) goes on in this item: on a PDF page, its first line is not
    indented; in a dump, the text before does not end a paragraph. A bullet (●, ■ …) opens an item of a list: a
    paragraph of its own, as is a book's details (《书名》 X著 Y出版社), and each of a notice's closing lines."""
    if cv.LIST_MARK.match(it.text) or cv.BOOK_DETAILS.match(before.lstrip()) or cv.TURN_LABEL.match(it.text) \
            or cv.CLOSING_NOTE.match(it.text.strip()):
        return False  # (a book's details under its review are a line of their own; 答： opens a turn; so does a
        # story's closing note, （文中当事人均为化名）, set flush)
    if cv.TURN_LABEL.fullmatch(before.strip()):
        return True  # a turn's label alone (记者：, bold, at a column's foot): its question goes on in the next column
    if Mark.OWN_LINE in (it.mark, last.mark) or it.rule in ("profile_field", "dated_item", "fact_line", "facts_in_text"):
        return False  # (a card's field, 姓名：…, and a chronicle's entry, 1986年　…, open lines of their own)
    if _fields(before, last, it):
        return False
    if Mark.FIGURE in (it.mark, last.mark):
        return figure_runs_on(before, last, it)
    g, lg = it.chunk.geometry, last.chunk.geometry
    if g is not None and lg is not None and lg.face != g.face and not run_in(last, it) and not cv.DATELINE.fullmatch(
            before.strip()) and (before.rstrip()[-1:] in "：:" or cv.ends_paragraph(before) and it.text.rstrip()[-1:] in "：:"):
        return False  # (a line in a face of its own announcing what follows, 某某决定：, 做法：, apart from the text
        # before and after it; not a bold dateline filling its line, 【本報訊】記者X報道：)
    if g is not None and g.indented is not None:
        return not g.indented and not (cv.ends_paragraph(before) and spaced_under(last, it))
    return not cv.ends_paragraph(before) and not _list_item(before, last, it.text)


def join_paragraphs(items: tuple[Item, ...]) -> list[tuple[list[Item], str, list[str]]]:
    """Body items with wrap repair: a paragraph that does not end runs on into the next paragraph (unless that
    opens with a dateline, or a list announced by a colon opens its first item), past a caption set between the
    two (a picture standing in the column); a card's field takes its wrapped end (擅长：… | 手术) and no more. Each group: its items, its text, and how each seam was glued
    (join_text's rules)."""
    out: list[tuple[list[Item], str, list[str]]] = []
    for it in items:
        if out and _one_caption(out[-1][0][-1], it):  # (a picture's caption set in two faces: a name, a post)
            group, text, glues = out[-1]
            joined, glue = join_text_by(text, it.text)
            out[-1] = (group + [it], joined, glues + [glue])
            continue
        j = len(out) - 1
        while j >= 0 and out[j][0][0].role in SET_ASIDE:
            j -= 1  # a picture's caption set in the column's way: the paragraph runs on past it
        if (it.role is Role.PARAGRAPH and j >= 0 and out[j][0][0].role is Role.PARAGRAPH and not it.dateline
                and _runs_on(out[j][1], out[j][0][-1], it) and not (len(out[j][0]) > 1 and out[j][0][0].rule == "profile_field")):
            group, text, glues = out[j]
            joined, glue = join_text_by(text, it.text)
            out[j] = (group + [it], joined, glues + [glue])
        else:
            out.append(([it], it.text, []))
    return out


def _one_caption(last: Item, it: Item) -> bool:
    """On a PDF page, two caption blocks of one picture set flush one under the other, the first no sentence: one
    caption (a person's name over their post, in another face)."""
    a, b = last.chunk.geometry, it.chunk.geometry
    if last.role is it.role is Role.CAPTION and a is None and b is None:  # (in a dump, a caption cut at a line,
        return (last.rule == it.rule == "glued_caption" or last.rule == "caption_head") \
            and not cv.ends_paragraph(last.text)  # its credit glued on; or its first line, a block alone)
    return (last.role is it.role is Role.CAPTION and a is not None and b is not None and a.by_picture and b.by_picture
            and abs(a.box[0] - b.box[0]) <= 1 and -1 <= b.box[1] - a.box[3] <= 1 and not cv.ends_paragraph(last.text))
