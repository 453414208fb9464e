"""First-pass roles → final roles: the unsure and headline-like chunks settled from their neighbours.

Like jusText, each chunk keeps its first label; these rules only look at the
chunks around it. REVISIONS is the one ordered table of them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Callable

from ..model import Role
from . import conventions as cv
from .patterns import regex
from .rules import DISPLAY_SIZE, Mark
from .tables import price_line, row_runs, spec_box, stats_line, table_note, table_rows
from .furnish import (ad_copy, classified_ad, header_band, fact_line, fact_runs, facts_in_text, index_teaser, info_box, notice_tail, pull_quote, table_label,
                      teaser_title)
from .decks import after_deck, caption_head, deck_like, deck_line, opening, standfirst
from .jumps import jump_tail
from .works import MEDIA, cover_caption, work_caption
from .notices import (call_for_work, greeting, psa_box, caption_after_close, caption_over_lead, chart_label, chart_title, figure_items, gloss_entry, hotline_box, label_runs,
                      sign_off, verse_line, verse_runs)
from .sections import (LINE_MIN, card_line, continuation, dateline_cut, lone_section_head, quoted_speaker, score_line,
                       speaker_turn, turn_label)
from .bylines import SAME_STYLE, author_line, commentary_tab, email_line, institution_author, name_over_title, name_style, name_under_title, quoted_by, replier
from .items import NEIGHBOUR_REACH, Item, is_body, is_title, neighbour, run_in
from .parallel import Peers, parallel_heads

RUN_IN_SIZE_SLACK = 0.05  # relative to the body's type size: a run-in lead is set in the size of the text it opens
MAX_PIECES = 8  # a doubled headline layer is printed in at most this many pieces


def box_label_type(items: list[Item], i: int) -> Role | None:
    """On a PDF page, a short label over three titles or more set alike, smaller than it but above the body's size,
    each heading its text (招考提示 over its notices): the label of a box of briefs, not a headline; in a dump, a
    notices' label (…提示, …须知) over two titles or more, each over one paragraph."""
    it, g = items[i], items[i].chunk.geometry
    if it.role is not Role.HEADLINE or cv.length(it.text) > BOX_LABEL_MAX or i + 1 >= len(items):
        return None
    k = next((j for j in range(i + 1, len(items)) if not is_body(items[j]) or items[j].dateline), len(items))
    if sum(1 for x in items[i + 1:k] if _NEWS_BULLET.match(x.text)) >= BOX_ITEMS - 1:  # (■ news items under a label,
        return Role.FURNITURE  # 县内要闻: a box of briefs; ● tips are a list's items)
    if g is None:  # in a dump, a notices' label (招考提示) over two titles or more, each over one paragraph
        pairs, k = 0, i + 1
        while k + 1 < len(items) and items[k].role is Role.HEADLINE and is_body(items[k + 1]) \
                and not (k + 2 < len(items) and is_body(items[k + 2])):
            pairs, k = pairs + 1, k + 2
        return Role.FURNITURE if _NOTICES_LABEL.match(cv.squash(it.text)) and pairs >= BOX_ITEMS - 1 else None
    ng = items[i + 1].chunk.geometry
    if items[i + 1].role is not Role.HEADLINE or ng is None or not 1 + BODY_SLACK < ng.size < g.size:
        return None
    alike = 0
    for k in range(i + 1, min(len(items) - 1, i + 1 + NEIGHBOUR_REACH)):
        h = items[k].chunk.geometry
        if h is not None and h.size > ng.size + SAME_STYLE:
            break  # the next story's headline
        if items[k].role is Role.HEADLINE and h is not None and abs(h.size - ng.size) <= SAME_STYLE \
                and h.face == ng.face and is_body(items[k + 1]):
            alike += 1
    return Role.FURNITURE if alike >= BOX_ITEMS else None


_NEWS_BULLET = regex("^\\s*■(?!\\s*\\S{2,8}[ \u3000])")  # ■ and a sentence (■某路封闭　因…: a titled notice, no news item)
_NOTICES_LABEL = regex(f"^{cv.HAN}{{0,4}}(?:提示|提醒|须知|須知)$")
BOX_LABEL_MAX = 6  # characters: a box's label (简讯, 招考提示) is a word or two
BOX_ITEMS = 3  # titles alike under it, each over its text, make it a box of briefs
BODY_SLACK = 0.05  # relative to the body's type size: a title this much larger is set above it


def numbered_head_line(items: list[Item], i: int) -> Role | None:
    """A short unfinished piece right under a numbered crosshead (一、出现症状及早就医) and over more body is the first
    line of the section's paragraph cut at a column end: a crosshead is followed by text, never by a title."""
    it = items[i]
    if it.role is not Role.HEADLINE or it.chunk.geometry is not None or i < 2 or it.ends_paragraph:
        return None
    head, nxt = items[i - 1], neighbour(items, i, 1)
    if head.role is Role.HEADLINE and _NUMBERED.match(head.text) and is_body(neighbour(items, i - 1, -1)) \
            and is_body(nxt) and not nxt.dateline:
        return Role.PARAGRAPH
    return None


_NUMBERED = regex("^\\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def printed_line(items: list[Item], i: int) -> Role | None:
    """A title-like piece that breaks off mid-sentence (a comma or quote inside, no end) over another such piece
    about as long (a column's width, give or take an indent), or under one: lines of a paragraph the extractor gave
    a block each (a sidebar's lines in a dump that keeps the main text whole)."""
    it = items[i]
    if it.role is not Role.HEADLINE or it.chunk.geometry is not None or i + 1 >= len(items) or it.ends_paragraph:
        return None
    n, nxt = cv.length(it.text), items[i + 1]
    if n < LINE_MIN or not _MID_MARKS.search(it.text) or nxt.dateline or nxt.role not in (Role.HEADLINE,
                                                                                           Role.PARAGRAPH):
        return None
    prev = items[i - 1] if i else None
    if nxt.text.lstrip().startswith("——"):
        return None  # a headline over its subheadline
    credit = after_deck(items, i + 1) if deck_like(nxt) or nxt.rule in ("deck_line", "title") else None
    if credit is not None and (credit.role is Role.BYLINE or credit.dateline) and opening(credit):
        return None  # a headline over its deck (or its subheadline) and the credit that opens its story
    if (abs(cv.length(nxt.text) - n) <= LINE_SLACK and not nxt.ends_paragraph) \
            or (prev is not None and prev.rule == "printed_line" and abs(cv.length(prev.text) - n) <= LINE_SLACK):
        return Role.PARAGRAPH  # (the run's last full line, over the paragraph's short last line)
    return None


LINE_SLACK = 3  # characters: lines of one column differ by an indent and a compressed mark or two
_MID_MARKS = regex("[，,、；;？！?!「」『』“”]")  # (not a colon: 門市：… 專線：… are an ad's fields)


def run_in_lead(items: list[Item], i: int) -> Role | None:
    """On a PDF page, a headline-like piece in body size (another face or bold) that the next body line goes on
    from without an indent is a paragraph's lead set in bold (a run-in head), not a crosshead; in a box of
    briefs, it is the brief's title."""
    g = items[i].chunk.geometry
    if items[i].role is not Role.HEADLINE or g is None:
        return None
    nxt = items[i + 1] if i + 1 < len(items) else None
    ng = nxt.chunk.geometry if nxt is not None else None
    boxed = _in_box(items, i) and not (_BRACKET_LEAD.match(items[i].text.strip()) and run_in(items[i], nxt))
    if (is_body(nxt) and ng is not None and ng.indented is False and not nxt.dateline and not boxed
            and abs(g.size - ng.size) <= RUN_IN_SIZE_SLACK and ng.size < DISPLAY_SIZE):  # the size of its text
        return Role.PARAGRAPH
    return None


_BRACKET_LEAD = regex("^【[^【】]{1,6}】$")  # 【回复】 run in on its text's line: a lead, even in a box of briefs


def run_in_text(items: list[Item], i: int) -> Role | None:
    """On a PDF page, a piece in the body's face run in on the line of the title before it (a brief's title, then
    the first words of its text): that title's text, though short and unpunctuated."""
    it, g = items[i], items[i].chunk.geometry
    if it.role is not Role.HEADLINE or g is None or not g.body_face or g.bold or not i:
        return None
    before = items[i - 1]
    bg = before.chunk.geometry
    return Role.PARAGRAPH if before.role is Role.HEADLINE and bg is not None and not bg.body_face \
        and run_in(before, it) else None


def _in_box(items: list[Item], i: int) -> bool:
    """Under a box of briefs' label (简讯, 要闻简报) with no display title since: an item's lead is its title."""
    for j in range(i - 1, max(-1, i - NEIGHBOUR_REACH), -1):
        if items[j].mark is Mark.BOX_LABEL:
            return True
        g = items[j].chunk.geometry
        if items[j].role is Role.HEADLINE and g is not None and g.size >= DISPLAY_SIZE:
            return False
    return False


def repeated_title(items: list[Item], i: int) -> Role | None:
    """A headline printed again, whole or in pieces, by another text layer of the PDF."""
    me = cv.squash(items[i].text)
    if items[i].role is not Role.HEADLINE or me.endswith(("：", ":")):
        return None  # (a speaker's name and colon recurs at each of the speaker's turns: 某某：)
    prev = neighbour(items, i, -1)
    if is_title(prev) and cv.squash(prev.text) == me:
        return Role.DUPLICATE
    # pieces: this and the next few headline-like chunks spell out a neighbouring whole
    for start in (i - 1, i - 2, i - 3, i - 4):
        if 0 <= start < i and items[start].role is Role.HEADLINE:
            whole = cv.squash(items[start].text)
            run = "".join(cv.squash(it.text) for it in items[start + 1:start + 1 + MAX_PIECES]
                          if it.role is Role.HEADLINE)
            if len(whole) >= 4 and run.startswith(whole) and me in whole:
                return Role.DUPLICATE
    return None


def photo_caption(items: list[Item], i: int) -> Role | None:
    """图为…, 上图：… next to a photo credit describe the photo: a caption, not body; so does a short paragraph
    opening with the day it was taken (4月2日，…) right over the credit, or right after it in one block, or set
    between a paragraph cut off mid-sentence and the body going on (the photo stands in the column)."""
    it = items[i]
    if it.role is Role.HEADLINE and _WORK.match(cv.squash(it.text)) and i + 1 < len(items) \
            and items[i + 1].role is Role.PHOTO_CREDIT:
        return Role.CAPTION  # 《秋山》（国画） over its painter's credit: the work's caption
    if it.role in (Role.HEADLINE, Role.PARAGRAPH) and _STILL.match(cv.squash(it.text)):
        return Role.CAPTION  # 《某片》剧照: a film's still, its poster, captioned so with no credit
    before = items[i - 1] if i else None  # (a credit set at the caption's right end and read first: one block)
    glued = before is not None and before.role is Role.PHOTO_CREDIT and before.chunk.pieces[-1].last_line \
        == it.chunk.pieces[0].first_line
    if it.role is Role.HEADLINE and glued and cv.length(it.text) <= CAPTION_MAX:
        return Role.CAPTION  # 受访单位供图某涂层修复过程示意图: the credit read first, its caption on in its block
    if it.role is not Role.PARAGRAPH or it.dateline:
        return None
    if cv.CAPTION_LEAD.match(it.text) or it.text.lstrip()[:1] in "①②③④⑤⑥":  # (①…②…③… over one credit: a group's)
        near = [items[j] for j in (i - 1, i + 1, i + 2, i + 3) if 0 <= j < len(items)]
        return Role.CAPTION if any(x.role is Role.PHOTO_CREDIT for x in near) else None
    dated = _DAY_LEAD.match(it.text) and cv.length(it.text) <= CAPTION_MAX and it.ends_paragraph
    nxt = items[i + 1] if i + 1 < len(items) else None
    if (dated or _PHOTO_SENTENCE.search(it.text) and cv.length(it.text) <= CAPTION_MAX) \
            and (nxt is not None and nxt.role is Role.PHOTO_CREDIT or glued):
        return Role.CAPTION  # (…约1400个单位。图为现有的组屋区。: the photo's own sentence closes a caption)
    if (nxt is not None and nxt.role is Role.PHOTO_CREDIT and it.ends_paragraph and (before is None or before.role
            is not Role.PARAGRAPH) and not cv.SENTENCE_PUNCT.search(it.text.rstrip()[:-1]) and is_body(
            neighbour(items, i + 1, 1)) and cv.length(it.text) <= CAPTION_MAX):
        return Role.CAPTION  # (one sentence over a credit, the story's text going on under it: a photo at its head)
    cut = (before is not None and before.role is Role.PARAGRAPH and _CUT_OFF.search(before.text)
           and it.chunk.geometry is None)  # (on a PDF page, the type shows a caption: by_picture)
    return Role.CAPTION if dated and cut and is_body(nxt) and not nxt.dateline else None  # (a photo in the column)


_WORK = regex(f"^《[^》]{{1,24}}》[（(](?:{MEDIA}|摄影|攝影)[）)]$")  # (a cartoon's
# title in 《》 alone heads it: a headline)
_STILL = regex("^《[^》]{1,20}》(?:剧照|劇照|海报|海報|定妆照|定妝照)$")
_PHOTO_SENTENCE = regex(f"[。！？]\\s*{cv.CAPTION_LEAD.pattern[1:]}[^。！？]+[。！？]?$")
_DAY_LEAD = regex(f"^\\s*(?:(?:{cv.NUM}{{1,2}}\\s*月\\s*)?{cv.NUM}{{1,3}}\\s*日|{cv.NUM}{{1,2}}\\s*月[上中下]旬)"
                  "[^，,]{0,4}[，,]")  # (4月2日，… 3月15日晚，… 6月上旬，…)
_CUT_OFF = regex(f"[{cv.CJK}](?<![年月])$")  # a paragraph stopping on a character, no mark (nor …3月 | 9日，…)
_WIRE_DAY = regex(f"^\\s*{cv.OPEN}[^（）()]{{2,12}}?{cv.NUM}{{1,2}}\\s*日\\s*[讯訊]{cv.CLOSE}")  # （华盛顿3日讯）: its wire at its end


def wire_photo(items: list[Item], i: int) -> Role | None:
    """A wire agency alone in brackets (（路透社）) printed in one block after a short paragraph: the credit of the
    photo that paragraph is the caption of; closing a story opening （某地3日讯）, that one its last, the story's source."""
    it, before = items[i], items[i - 1]
    if it.role not in (Role.BYLINE, Role.HEADLINE) or not cv.WIRE_CREDIT.match(it.text.strip()) or i == 0:
        return None
    glued = before.chunk.pieces[-1].last_line == it.chunk.pieces[0].first_line
    opened = next((x for x in reversed(items[:i - 1]) if x.dateline), None)  # (the nearest story opening so before)
    told = i > 1 and items[i - 2].ends_paragraph and opened is not None and _WIRE_DAY.match(opened.text) and not any(
        w in it.text for w in ("照片", "图片", "圖片"))  # (（路透社照片）: a photo's, wherever it stands)
    return Role.PHOTO_CREDIT if glued and before.role in (Role.PARAGRAPH, Role.CAPTION) \
        and cv.length(before.text) <= CAPTION_MAX and not told and not before.dateline else None


def glued_caption(items: list[Item], i: int) -> Role | None:
    """A short paragraph the extractor printed in one block with a photo credit after it (…入伙。（記者X攝）; not where
    a caption goes on after the credit: that is the credit's), or before it (受访者供图某某在工作室。), is the caption that
    credit goes with; so is a piece breaking off right over such a caption (its first lines)."""
    it = items[i]
    if it.role is not Role.PARAGRAPH or it.dateline or cv.length(it.text) > CAPTION_MAX:
        return None
    after, before = items[i + 1] if i + 1 < len(items) else None, items[i - 1] if i else None
    glued = (after is not None and after.role is Role.PHOTO_CREDIT and (i + 2 >= len(items) or items[i + 2].chunk.pieces[
        0].first_line != after.chunk.pieces[-1].last_line) and after.chunk.pieces[0].first_line == it.chunk.pieces[-1].last_line
             or before is not None and before.role is Role.PHOTO_CREDIT and it.chunk.geometry is None
             and before.chunk.pieces[-1].last_line == it.chunk.pieces[0].first_line and it.ends_paragraph)
    return Role.CAPTION if glued or _caption_head(items, i) else None


def _caption_head(items: list[Item], i: int) -> bool:
    """Pieces breaking off one into the next, the first opening with the day (12月2日，…) or 图为 right under a
    title (or a finished paragraph, the picture in the column, the glued caption opening none of its own), the last right over a caption
    glued to its credit: that caption's first lines, cut off in blocks of their own (none past a caption's length)."""
    j, k, n = i, i, cv.length(items[i].text)
    while j > 0 and items[j - 1].role in (Role.PARAGRAPH, Role.CAPTION) and not items[j - 1].ends_paragraph \
            and not items[j - 1].dateline and n <= CAPTION_MAX:  # (the first pieces taken already)
        j, n = j - 1, n + cv.length(items[j - 1].text)
    while k + 1 < len(items) and items[k].role is Role.PARAGRAPH and not items[k].ends_paragraph \
            and not items[k].dateline and n <= CAPTION_MAX:
        k, n = k + 1, n + cv.length(items[k + 1].text)
    return (k > i and n <= CAPTION_MAX and items[k].role is Role.PARAGRAPH and bool(_DAY_LEAD.match(items[j].text)
            or cv.CAPTION_LEAD.match(items[j].text)) and (j == 0 or items[j - 1].role not in (Role.PARAGRAPH, Role.CAPTION) or items[j - 1].ends_paragraph
            and not _DAY_LEAD.match(items[k].text) and not cv.CAPTION_LEAD.match(items[k].text)) and glued_caption(items, k) is Role.CAPTION)


CAPTION_MAX = 150  # characters: a caption is a few lines
@dataclass(frozen=True)
class Revision:
    """A second-pass rule: fn(items, index) gives a new role or None; why says it in one line."""

    name: str
    fn: Callable[[list[Item], int], Role | None]
    why: str
    mark: Mark | None = None  # what else an item this revision gives a new role is
    index: Callable[[list[Item]], object] | None = None  # what fn looks up across the page, built once a pass and
    # given as fn(…, lookup=): only what the pass cannot change (texts; runs of items that stay alike when revised)


REVISIONS: list[Revision] = [
    Revision("header_band", header_band, "in a dump, title-like lines at a page's top over its date or staff line "
                                         "are its header band"),
    Revision("call_for_work", call_for_work, "a page's call for contributions (征稿启事, 投稿邮箱：…) is furniture"),
    Revision("psa_box", psa_box, "a public-service box, its hotline's label (反诈专线96110) down to its sign-off (某局 关心您), is furniture"),
    Revision("pull_quote", pull_quote, "a sentence set apart that the story's text prints too (a pull quote, a quote "
                                       "box) and the name under it are furniture"),
    Revision("author_line", author_line, "a lone name next to a headline or closing a body is a byline", Mark.AUTHOR),
    Revision("commentary_tab", commentary_tab, "本报评论员 alone between a story's text and a headline over text is the commentary's tab"),
    Revision("email_line", email_line, "an e-mail address alone right under a byline is the writer's", Mark.AUTHOR),
    Revision("institution_author", institution_author, "a writer's institution and name alone under a headline "
             "(某区人民法院　某某) is the byline", Mark.AUTHOR),
    Revision("replier", replier, "an office's name alone under its answer (答复：…) signs it: a byline", Mark.AUTHOR),
    Revision("quoted_by", quoted_by, "——X right under a quotation set alone names who said it: its text",
             Mark.OWN_LINE),
    Revision("name_style", name_style, "on a PDF page, a name set like the page's bylines is a byline", Mark.AUTHOR),
    Revision("name_under_title", name_under_title, "a two- or three-character line closing a headline group, "
             "right before the text, is the author's name", Mark.AUTHOR),
    Revision("name_over_title", name_over_title, "on a PDF page, a name between a column's label and its headline, "
             "smaller than both, is the columnist's", Mark.AUTHOR),
    Revision("spec_box", spec_box, "a spec box's label (参数速览) and the measures under it are the page's data"),
    Revision("price_line", price_line, "a product's price alone right after its text (参考价：899元) is that text's last "
             "line", Mark.OWN_LINE),
    Revision("table_rows", table_rows, "lines in a row ending on one value (a table's last column) are its rows",
             index=row_runs),
    Revision("stats_line", stats_line, "a match's statistics on one line (射门 14—9　角球 7—4 …) are the page's data"),
    Revision("table_label", table_label, "the label over rows of figures and the note under them are the table's"),
    Revision("table_note", table_note, "a note right under a table's rows (注：…) is the table's"),
    Revision("box_label_type", box_label_type, "a short label over titles alike, each over its text (on a PDF page, "
                                               "set alike; in a dump, under 招考提示), labels a box of briefs",
             Mark.BOX_LABEL),
    Revision("hotline_box", hotline_box, "a hotline's label over readers' calls labels a box of them", Mark.BOX_LABEL),
    Revision("numbered_head_line", numbered_head_line, "a short piece under a numbered crosshead, over body, is its paragraph's first line"),
    Revision("ad_copy", ad_copy, "the short lines right over the mark 广告 are the advertisement's copy"),
    Revision("info_box", info_box, "under an event box's label (活动信息), its field lines (时间：…, 地点：…) are furniture"),
    Revision("fact_line", fact_line, "under a box's label (某某小档案), its field lines (地点：…, 时间：…) are its text, "
             "each opening a line of its own"),
    Revision("facts_in_text", facts_in_text, "field lines after a story's paragraph (地址：…, 人均：…), no number among "
             "them, are its text, each a line of its own", index=fact_runs),
    Revision("index_teaser", index_teaser, "under the index's label, a text run on to its page (…▶第5页) is a teaser"),
    Revision("teaser_title", teaser_title, "a short line right over 详见A3版 is a teaser of a story inside: furniture"),
    Revision("repeated_title", repeated_title, "a headline printed twice by the PDF's layers is a duplicate"),
    Revision("chart_title", chart_title, "the line above a chart's source or 制图 credit is its caption, or, set off, its own title", Mark.CHART_TITLE),
    Revision("chart_label", chart_label, "short lines in a row between a diagram's title and its 制图 are its labels",
             index=label_runs),
    Revision("work_caption", work_caption, "《题》（国画） alone captions a work of art, the name after it credits its artist"),
    Revision("cover_caption", cover_caption, "a book's details alone right over a review's headline caption its cover"),
    Revision("photo_caption", photo_caption, "图为…, 上图：… beside a photo credit is a caption"),
    Revision("caption_over_lead", caption_over_lead, "one short sentence between a headline and the paragraph its "
             "dateline opens is a photo's caption"),
    Revision("caption_after_close", caption_after_close, "one short sentence between a column's closing signature and a photo credit is that picture's caption"),
    Revision("wire_photo", wire_photo, "a wire agency in brackets after a short paragraph in its block credits it"),
    Revision("glued_caption", glued_caption, "a short paragraph printed in one block with the photo credit after it is that photo's caption"),
    Revision("dateline_cut", dateline_cut, "新华社某地4月20日 alone over the piece opening with its 电 is the first paragraph's dateline, cut at a line's end"),
    Revision("caption_head", caption_head, "text ending no sentence right over a caption opening mid-sentence is its first line"),
    Revision("standfirst", standfirst, "one sentence right between a headline and the byline opening its story sums it up: a headline line"),
    Revision("deck_line", deck_line, "a comma-broken line right over the byline or dateline that opens a story (under its headline, the page's head or a finished story) is a headline line"),
    Revision("gloss_entry", gloss_entry, "an English word and its Chinese gloss among others are a glossary's entries",
             Mark.OWN_LINE),
    Revision("sign_off", sign_off, "an office's name, then a date alone, under body text sign a notice: its "
                                   "last lines", Mark.OWN_LINE),
    Revision("verse_line", verse_line, "in a dump, short lines under a title and its poet (◎X) are the poem's lines, "
             "text each on its own", Mark.OWN_LINE, verse_runs),
    Revision("figure_items", figure_items, "under a 数读 box's label, a line opening with a big figure is an item of "
                                           "the box's text, its figure and what it counts", Mark.FIGURE),
    Revision("classified_ad", classified_ad, "short paragraphs right under a classified ad's head are its small print",
             Mark.CLASSIFIED),
    Revision("greeting", greeting, "恭賀 … 敬賀, 訃告 … 泣告: a congratulation or a death notice, the page's"),
    Revision("notice_tail", notice_tail, "a page notice's short rest, cut mid-word onto a block of its own: furniture"),
    Revision("turn_label", turn_label, "a speaker's label alone (问：) and the question under it open a turn: body"),
    Revision("run_in_text", run_in_text, "on a PDF page, body type run in on a title's line is that title's text"),
    Revision("run_in_lead", run_in_lead, "on a PDF page, a bold lead the next body line runs on from is body"),
    Revision("printed_line", printed_line, "pieces breaking off mid-sentence, a column's width each, are a paragraph's"),
    Revision("jump_tail", jump_tail, "a short piece over 下转第N版 after body running on ends the paragraph that jumps"),
    Revision("speaker_turn", speaker_turn, "a short piece opening with the name and colon that open other turns of "
                                           "its interview (某某：…) is a turn cut at a column's end: body"),
    Revision("continuation", continuation, "a short piece inside an unfinished paragraph continues it"),
    Revision("card_line", card_line, "short lines under a profile card's field (荣誉：…) are more of its items", Mark.OWN_LINE),
    Revision("score_line", score_line, "a match's score alone under its report's finished text is the report's last "
             "line", Mark.OWN_LINE),
    Revision("quoted_speaker", quoted_speaker, "a name and a post over a quotation, with another such near, are a box "
             "of views' text, each on its own line", Mark.OWN_LINE),
    Revision("lone_section_head", lone_section_head, "the one comma-broken piece between a story's paragraphs is a line"),
    Revision("parallel_heads", parallel_heads, "short pieces ending no sentence that open or are framed alike are "
             "crossheads set in parallel", index=Peers.of),
]


def revise(items: list[Item], revisions: list[Revision] | None = None) -> list[Item]:
    """The items after each revision over all of them in table order (a revision sees the ones before it
    already revised); each item keeps its first-pass role."""
    items = list(items)
    for rev in revisions if revisions is not None else REVISIONS:
        fn = rev.fn if rev.index is None else partial(rev.fn, lookup=rev.index(items))
        for i in range(len(items)):
            role = fn(items, i)
            if role is not None and (role is not items[i].role or rev.mark not in (None, items[i].mark)):
                items[i] = items[i].but(role, rev.name, rev.mark)
    return items
