"""Chunks → first-pass roles: one ordered table of small named rules, each a newspaper convention.

Each rule is `fn(text, ctx) -> Role | None`; the first rule that answers wins.
The first pass looks at one chunk alone (plus its place on the page); the
second pass (revise.py) settles the unsure ones from their neighbours.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Callable

from ..model import Role
from ..words import simplified, word_ranks
from . import conventions as cv
from .patterns import regex
from .forms import DATED_ITEM, DECK_MAX, DIAGRAM_CAPTION, SIGNED_NAME, UNIT_NOTE, book_fields, dash_deck, dated_item, event_fields, latin_title, profile_field, recap, salutation
from .segment import Geometry
from .typeset import (BODY_SIZE_SLACK, CROSSHEAD_MAX, DISPLAY_SIZE, LONG_TITLE_MAX, asked_head, body_type,  # noqa: F401
                      by_picture, display_type, flush_body, head_type, label_type, overprint, page_band, verse,
                      verse_row)

TITLE_MAX = 40  # characters: a line longer than this is a headline only when it holds no comma
SECTION_HEAD = 8  # characters: a crosshead naming a section (法院审理), no story's headline or deck
COMMA_TITLE_MAX, COMMA_PAIR_MIN = 24, 15  # characters: a headline with a comma is shorter; a line over 15 with two is body
HEADER_MAX = 48  # characters: a page header is a short line
SOURCE_MAX = 80  # characters: a chart source line is short
LOPSIDED = 3  # a title's last clause is at least a third as long as the rest: a shorter tail is a line cut short
DANGLING = "的是和与及在对把被将为从向要等也都就而并或但则所其以于让使给：:"  # characters (and a colon) that leave a sentence open
SHORT_LINE_MAX = 40  # characters: jump lines, photo credits and box labels are never longer
IMPRINT_MIN_WORDS, IMPRINT_MIN_LABELS = 3, 2  # distinct imprint words (地址, 邮编, 广告, 订阅 …) in one block make it
# the imprint box, with label：value pairs at least this many
IMPRINT_MAX = 400  # characters: an imprint box is small print, but several lines of it
WEATHER_MAX = 120  # characters: a weather line is short (a few days' rows run together at most)
NOTICE_TEXT_MAX, NOTICE_MAX = 600, 200  # characters: a court's notice is a paragraph or two; a lottery's results one long line of numbers
POSITION_CAPTION_MAX = 80  # characters: a caption naming who stands where is a sentence or two
BYLINE_MAX = 100  # characters: the longest byline, an author's note （作者为…）
RUN_IN_ALONE = regex(f"^\\s*{cv.HAN}{{2,8}}——\\s*$")
TABLE_MIN = 40  # characters: a table's rows run together are longer than a stray piece of figures
FIGURES_SHARE = 0.35  # of a block's characters: this many figures and no sentence's mark make it a table's rows
_SENTENCE_MARKS = regex("[。，；！？]")
HEAD_BAND, EDGE = 5, 3  # chunks from a page's top in its header band (folio, date, …); from a page's edge to a folio alone


@dataclass(frozen=True)
class Context:
    """Where a chunk stands: its index among the chunks of its page, and that page's chunk count; on a PDF page,
    also what the page shows of it (type size, face, indent)."""

    index: int
    count: int
    geometry: Geometry | None = None

    @property
    def at_edge(self) -> bool:
        return self.index < EDGE or self.index >= self.count - EDGE


class Mark(str, Enum):
    """A fact a rule learns about a chunk besides its role, for the passes after it (rule names are not facts)."""

    BOX_LABEL = "box_label"  # the label of a box of briefs (简讯): what follows is briefs
    AUTHOR = "author"  # an author's name set alone by a headline or under a body
    CHART_SOURCE = "chart_source"  # 数据来源：… under a chart
    CHART_TITLE = "chart_title"  # the line over a chart's source or credit: its title (or caption)
    DATELINE = "dateline"  # opens with a dateline (新华社…电, 本报讯): a story starts here
    CLASSIFIED = "classified"  # a classified ad's head or its small print
    FIGURE = "figure"  # a line of a 数读 box: its figure opens a paragraph, the note under a figure alone runs on
    OWN_LINE = "own_line"  # set apart (a notice's contact line, its signature, a stanza): no paragraph runs on over it


@dataclass(frozen=True)
class Rule:
    """A named convention: fn(text, context) gives a role or None; why says it in one line.

    A rule with max_len looks only at chunks of at most that many characters
    (furniture and credits are short lines), so long paragraphs skip it.
    """

    name: str
    fn: Callable[[str, Context], Role | None]
    why: str
    max_len: int | None = None
    mark: Mark | None = None  # what else a chunk this rule fires on is


_QUOTING, _RATING = regex("[，《“「]"), regex("^[★☆]{3,5}$")  # a line quoting or going on after a comma is no page's
# header; a row of stars under a review's byline is its rating, text


def page_header(t: str, ctx: Context) -> Role | None:
    if (cv.length(t) <= HEADER_MAX and cv.DATE.search(t) and not cv.SENTENCE_PUNCT.search(t) and not _QUOTING.search(t)
            and not DATED_ITEM.match(t)):
        return Role.PAGE_HEADER
    if ctx.at_edge and cv.PAGE_NUMBER.match(cv.squash(t)) and cv.WEEKDAY.search(t) is None and len(t) <= 12:
        return Role.PAGE_HEADER
    if cv.PAGE_NUMBER.match(cv.squash(t)) and (cv.PAPER.search(t) or cv.squash(t).endswith(("报", "報"))) \
            and len(t) <= 16:
        return Role.PAGE_HEADER  # the folio, the section and the paper's name (7 理论某某日报, A3 证券某某金融报), anywhere
    if cv.WEEKDAY.fullmatch(re.sub("^[A-Z]?\\d{1,2}", "", cv.squash(t))):
        return Role.PAGE_HEADER  # the date's weekday set apart from it (星期四, after the folio: A4 星期三): no title
    return None


def staff_line(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if cv.STAFF_LINE.match(t) and cv.length(t) <= HEADER_MAX else None


def masthead(t: str, ctx: Context) -> Role | None:
    if cv.PAPER.fullmatch(cv.squash(t)):
        return Role.PAGE_HEADER  # the paper's name alone at the top or foot of a page: its masthead
    return Role.FURNITURE if cv.MASTHEAD.search(t) and cv.length(t) <= HEADER_MAX else None


def imprint(t: str, ctx: Context) -> Role | None:
    """Address, post code, advertising, subscription, printer, price: several of these are the imprint box."""
    labelled = t.count("：") + t.count(":") >= IMPRINT_MIN_LABELS  # small print set as label：value
    return Role.FURNITURE if labelled and len(set(cv.IMPRINT_WORDS.findall(t))) >= IMPRINT_MIN_WORDS else None


def weather(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if cv.WEATHER.search(t) else None


def page_notice(t: str, ctx: Context) -> Role | None:
    """A hotline or a contact line, where to write (来信地址：…); a box of useful numbers: its label, or three numbers
    and more run together. (Where to sign up or ask, 报名电话：…, closes the notice or the event that gives it.)"""
    if cv.SIGN_UP_LINE.match(t.strip()):
        return None
    return Role.FURNITURE if (cv.PAGE_NOTICE.search(t) or cv.SERVICE_LABEL.match(cv.squash(t)) or cv.ADDRESS.match(t)
                              or len(cv.PHONE_FIELD.findall(t)) >= PHONE_FIELDS) else None


PHONE_FIELDS = 3  # labelled numbers in one block make a list of them (便民信息), no story's text


def contact_line(t: str, ctx: Context) -> Role | None:
    """联系人：… 联系电话：… 地址：…: how to reach whoever signs a notice, said in its text (a hotline over a page
    is page_notice's; in an advertisement's box, the ad's)."""
    ad = ctx.geometry is not None and ctx.geometry.ad
    return Role.PARAGRAPH if cv.CONTACT_LINE.match(t.strip()) and cv.PHONE_FIELD.search(t) and not ad else None


def classified_head(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if cv.CLASSIFIED_HEAD.match(cv.squash(t)) else None


def court_notice(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if "本院" in t and cv.COURT_NOTICE.search(t) else None


def ornament(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if cv.ORNAMENT.match(t) else Role.PARAGRAPH if _RATING.match(t.strip()) else None


def jump_line(t: str, ctx: Context) -> Role | None:
    return Role.JUMP_LINE if cv.JUMP_LINE.match(t) else None


def data_row(t: str, ctx: Context) -> Role | None:
    """A row of figures, or rows of them run together (a table's cells read as one block; the last row may carry the
    table's note, …65.18-0.75%（截至4月16日收盘）); one field alone (指导价：13.98万元, under an item's name) is no row."""
    figures, listing = sum(c.isdigit() for c in t), cv.LISTING_ROW.match(t) and not _SENTENCE_MARKS.search(t)
    table = cv.length(t) >= TABLE_MIN and figures >= FIGURES_SHARE * cv.length(t) and not _SENTENCE_MARKS.search(t)
    row = cv.DATA_ROW.match(_TABLE_NOTE.sub("", t.strip())) or listing or table  # (3月20日 19:30，… opens a story)
    return Role.FURNITURE if row and not _ONE_FIELD.match(t.strip()) or UNIT_NOTE.match(t.strip()) else None  # (单位：亿元)


_TABLE_NOTE, _ONE_FIELD = regex("\\s*[（(][^（()）]{1,20}[）)]$"), regex(f"^{cv.HAN}{{2,5}}[：:][^\\s：:]+(?: [0-9]+)*$")  # (询问：6753 2186)


def advert(t: str, ctx: Context) -> Role | None:
    """The mark 广告, and on a PDF page whatever is set in the box or panel it marks (an advertisement) or in a
    table's cells: the page's furniture."""
    return Role.FURNITURE if cv.AD_MARK.match(cv.squash(t)) or (ctx.geometry and ctx.geometry.ad) else None


def teaser(t: str, ctx: Context) -> Role | None:
    """详见A3版 (alone or closing a short teaser) and the 今日导读 label over such teasers: the page's index."""
    squashed = cv.squash(t)
    return Role.FURNITURE if cv.TEASER_REF.search(squashed) or cv.INDEX_LABEL.match(squashed) else None


def numbered_question(t: str, ctx: Context) -> Role | None:
    return Role.HEADLINE if cv.NUMBERED_QUESTION.match(t.strip()) else None


def qa_turn(t: str, ctx: Context) -> Role | None:  # (读者X来电：… opens a reader's item, cut short or not)
    return Role.PARAGRAPH if cv.QA_TURN.match(t) or cv.ASKED.match(t) and len(cv.ASKED.sub("", t).strip()) > 1 or re.match("^\\s*(?:(?:问|問|答)\\s*[：:]\\s*\\S{2}|(?:记者|記者)\\s*[：:]\\s*\\S{6})", t) else None  # (问：冬季大棚浇水 | 施肥…？, 记者：片中您和某某 | 有不少…？: a turn cut at a column's foot; 记者：X Y, a credit, has spaces)


def end_mark(t: str, ctx: Context) -> Role | None:
    if cv.CLOSING_NOTE.match(t.strip()):  # (a story's last line: 未完待续, the names changed)
        return Role.PARAGRAPH
    return Role.FURNITURE if cv.END_MARK.match(t) else None


def source_line(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if cv.SOURCE_LINE.match(t) and cv.length(t) <= SOURCE_MAX else None


def photo_credit(t: str, ctx: Context) -> Role | None:
    return Role.PHOTO_CREDIT if cv.PHOTO_CREDIT.match(t) else None


def byline(t: str, ctx: Context) -> Role | None:
    return Role.BYLINE if cv.BYLINE.match(t) or SIGNED_NAME.match(t) else None


def box_label(t: str, ctx: Context) -> Role | None:
    return Role.FURNITURE if cv.BOX_LABEL.match(cv.squash(t)) else None


def dateline(t: str, ctx: Context) -> Role | None:
    return Role.PARAGRAPH if cv.DATELINE.match(t) else None


def sentence(t: str, ctx: Context) -> Role | None:
    """Ends a paragraph, runs long, or holds a full stop inside: body text."""
    if cv.ends_paragraph(t) and (cv.length(t) > TITLE_MAX // 2 or cv.SENTENCE_PUNCT.search(t[:-1]) and not asked_head(t, ctx)):
        return Role.PARAGRAPH
    if "。" in t.rstrip("。”」’）)"):
        return Role.PARAGRAPH
    if cv.length(t) > TITLE_MAX and (cv.length(t) > LONG_TITLE_MAX or re.search("[，,；;]", t)):  # (、 lists in titles too)
        return Role.PARAGRAPH
    return None


def fragment(t: str, ctx: Context) -> Role | None:
    """Ends on a comma or an enumeration mark: a paragraph cut at a column break; or a list's announcement alone
    (做法：, 具体如下：): the text's line over its items."""
    return Role.PARAGRAPH if t.rstrip()[-1:] in "，,、；;" or _ANNOUNCES_LIST.match(t) else None


_ANNOUNCES_LIST = regex("^\\s*(?:做法|制作方法|製作方法|步骤|步驟|食材|原料|配料|用料|\\S{0,12}如下)[：:]\\s*$")


def comma_run(t: str, ctx: Context) -> Role | None:
    """A long line broken by commas (or two in one past COMMA_PAIR_MIN): headlines use spaces, body uses commas."""
    return Role.PARAGRAPH if cv.length(t) > COMMA_TITLE_MAX and ("，" in t or "," in t) or t.count("，") >= 2 and cv.length(t) > COMMA_PAIR_MIN else None


def dangling(t: str, ctx: Context) -> Role | None:
    """Holds a comma and stops on a word that cannot end a title (…新时代，是): a cut paragraph."""
    if ("，" in t or "," in t) and t.rstrip()[-1:] in DANGLING:
        return Role.PARAGRAPH
    return None


def lopsided(t: str, ctx: Context) -> Role | None:
    """A comma, then a word or two (…组建于2024年，队员大多): a line cut at a column's end. A title balances its
    clauses (审批“一窗办”，时限压缩一半)."""
    head, comma, tail = t.rstrip().rpartition("，") if "，" in t else t.rstrip().rpartition(",")
    if comma and tail and cv.length(tail) * LOPSIDED < cv.length(head):
        return Role.PARAGRAPH
    return None


def book_details(t: str, ctx: Context) -> Role | None:
    return Role.PARAGRAPH if cv.BOOK_DETAILS.match(t) else None


def attribution(t: str, ctx: Context) -> Role | None:
    return Role.PARAGRAPH if cv.ATTRIBUTION.match(t) else None


def photo_position(t: str, ctx: Context) -> Role | None:
    """X（左二）在… names a person placed in a photo by where they stand, 第1谱（1—30） a game's diagram: a caption."""
    return Role.CAPTION if (cv.PHOTO_POSITION.search(t) and cv.ends_paragraph(t) or DIAGRAM_CAPTION.match(t)) and not ctx.geometry else None


def short_sentence(t: str, ctx: Context) -> Role | None:
    """A short line that ends a sentence but is not a question or exclamation headline: body."""
    return Role.PARAGRAPH if t.rstrip().endswith(("。", "。”", "。」")) else None


def bare_name(t: str, ctx: Context) -> Role | None:
    """A lone person's name may be an author line or a short headline: decided from its neighbours. Names run
    together (王建国李春华) open on a common surname and hold no common words; a phrase like them does (申报程序再简化)."""
    t = t.strip()
    if cv.NAME_PLACE.match(t):
        return Role.UNSURE  # 陳美玲（屯門）: a reader signing with the district
    if not cv.BARE_NAME.match(t) or cv.RUBRIC_LABEL.match(t) or cv.NOTE_LABEL.match(t):  # (连载, 编者按)
        return None
    pairs = [simplified(t[k:k + 2]) for k in range(len(t) - 1)] if len(t) >= NAME_RUN and " " not in t else []
    rare = bool(pairs) and cv.SURNAMES_1.find(simplified(t[0])) not in range(COMMON_SURNAMES)  # (麦收时节…: no names)
    return None if rare or sum(word_ranks().get(p, COMMON_RANK) < COMMON_RANK for p in pairs) >= 2 else Role.UNSURE


NAME_RUN, COMMON_SURNAMES = 5, 120  # characters without a space: names run together, not one name; the first so many surnames
COMMON_RANK = 10000  # a word this frequent (申请, 流程) is no part of a name




def run_in_head(t: str, ctx: Context) -> Role | None:
    """A few words and a dash alone (先看环比——): a run-in head, set apart from its paragraph (in bold, on a PDF page)."""
    return Role.HEADLINE if RUN_IN_ALONE.match(t) else None


def title(t: str, ctx: Context) -> Role | None:
    """Short, no closing punctuation: a headline-like line (kicker, crosshead … settled later)."""
    return Role.HEADLINE


RULES: list[Rule] = [
    Rule("overprint", overprint, "on a PDF page, text printed again over itself (to look bold) is a duplicate"),
    Rule("page_band", page_band, "on a PDF page, what stands above all body text at the top (folio, section, "
                                 "date) is the page header; below all of it at the foot, the page's furniture"),
    Rule("page_header", page_header, "a short line with a full date or a page number at a page edge is the 版头", HEADER_MAX),
    Rule("staff_line", staff_line, "本版编辑：… and other staff credits of the page are furniture", HEADER_MAX),
    Rule("masthead", masthead, "刊号 CN xx-xxxx, ISSN, 总第N期, 今日N版, 机关报, 农历…, a Latin masthead, the paper's "
                               "name alone at a page's edge: the masthead's lines", HEADER_MAX),
    Rule("imprint", imprint, "an address, post code, advertising and subscription lines together: the imprint", IMPRINT_MAX),
    Rule("weather", weather, "a sky and a span of temperatures (多云 8～15℃), or the box's label (今日天气): the "
                             "weather box", WEATHER_MAX),
    Rule("page_notice", page_notice, "a hotline, a contact line (热线 … 传真 … 电邮 …), a QR code's label, lottery "
                                     "results, a box of useful numbers (便民信息): the page's notices, no story's",
         NOTICE_MAX),
    Rule("contact_line", contact_line, "联系人：… 联系电话：…, every part a label and its value, is a notice's "
                                       "text: body", NOTICE_MAX, Mark.OWN_LINE),
    Rule("classified_head", classified_head, "厂房出租, 声明作废 … head a classified ad: the page's, no story's",
         SHORT_LINE_MAX, Mark.CLASSIFIED),
    Rule("court_notice", court_notice, "本院受理…视为送达: a court's notice served by publication (an ad): the page's",
         NOTICE_TEXT_MAX),
    Rule("ornament", ornament, "an arrow or a mark alone on its line (▶, ◆) carries no text of a story; a row of "
                               "stars (★★★★☆) rates a review: its text, a line of its own", SHORT_LINE_MAX, Mark.OWN_LINE),
    Rule("jump_line", jump_line, "下转第X版 / 上接第X版 alone on a line is a jump line", SHORT_LINE_MAX),
    Rule("data_row", data_row, "a row of figures (a standings table, market prices), rows of them run together, a "
                               "figure alone, a listing's row (3月20日 19:30 …) are the page's data, no story's text"),
    Rule("advert", advert, "the mark 广告 (every ad carries it by law), and on a PDF page all set in the box it "
                           "marks (an advertisement) or in a table's cells: furniture"),
    Rule("teaser", teaser, "详见A3版 under a teaser of a story inside, and the 今日导读 label over them, are the "
         "page's index: furniture", SHORT_LINE_MAX),
    Rule("end_mark", end_mark, "（完） closes a wire story: furniture; （未完待续） is a serial episode's last line", SHORT_LINE_MAX),
    Rule("source_line", source_line, "数据来源：… under a chart is furniture", SOURCE_MAX, Mark.CHART_SOURCE),
    Rule("photo_credit", photo_credit, "记者 X 摄, X/摄, 本版制图：X credit a photo or chart", SHORT_LINE_MAX),
    Rule("book_fields", book_fields, "作者：X　出版社：Y under a book's title are its details: its deck", BYLINE_MAX),
    Rule("byline", byline, "记者 X, (X), （作者为…）, @网名, 读者 X alone on a line credit the writer", BYLINE_MAX),
    Rule("box_label", box_label, "简讯, 快讯 … label a box of briefs", SHORT_LINE_MAX, Mark.BOX_LABEL),
    Rule("display_type", display_type, "on a PDF page, type well above the body's size is a title",
         LONG_TITLE_MAX),
    Rule("by_picture", by_picture, "on a PDF page, a few lines set right under a picture, in a face or size "
                                   "other than the body's, are its caption"),
    Rule("verse_row", verse_row, "on a PDF page, a line of verse is text, a line of its own", mark=Mark.OWN_LINE),
    Rule("dateline", dateline, "新华社…电, 本报讯, 据《…》消息 open an article's first paragraph",
         mark=Mark.DATELINE),
    Rule("numbered_question", numbered_question, "问一：…？ heads its answer in an explainer: a crosshead, not a "
                                                 "turn", TITLE_MAX),
    Rule("salutation", salutation, "编辑同志：, 編輯先生： alone open a letter's text: body, a line of its own",
         SHORT_LINE_MAX, Mark.OWN_LINE),
    Rule("qa_turn", qa_turn, "记者：…, 问：…, 答：… open a turn of an interview: body, though a short question"),
    Rule("photo_position", photo_position, "X（左二）…: a person placed in a photo by where they stand is named in its "
                                           "caption; 第1谱（1—30） is a game's diagram's", POSITION_CAPTION_MAX),
    Rule("latin_title", latin_title, "an English line in Title Case ending no sentence is a bilingual page's headline"),
    Rule("dash_deck", dash_deck, "——… ending no sentence is a deck's line, commas and all", DECK_MAX),
    Rule("recap", recap, "前情回顾 run in on its text (a follow-up's recap of the first report) is body"),
    Rule("sentence", sentence, "text that ends a sentence or runs long is body"),
    Rule("dated_item", dated_item, "a day, a space and what happened (1941年7月1日　某某通过…): a chronicle's entry, body"),
    Rule("profile_field", profile_field, "姓名：X, 出生：…, 荣誉：… are the fields of a profile card (人物名片): its text"),
    Rule("event_fields", event_fields, "日期：…地点：… run together: an event's details, its text's own line", mark=Mark.OWN_LINE),
    Rule("fragment", fragment, "text cut after a comma is a piece of a paragraph"),
    Rule("comma_run", comma_run, "a line past 24 characters with a comma in it is body"),
    Rule("dangling", dangling, "a comma, then a word that cannot end a title: a cut paragraph"),
    Rule("lopsided", lopsided, "a comma, then only a word or two: a line cut at a column's end", COMMA_TITLE_MAX),
    Rule("book_details", book_details, "《书名》 X著 Y出版社 under a review gives the book's details: its text"),
    Rule("attribution", attribution, "who said or saw it and a comma (负责人介绍，) open a sentence of a report: body"),
    Rule("short_sentence", short_sentence, "a short line ending in a full stop is body"),
    Rule("bare_name", bare_name, "a lone surname-led name: an author or a headline, by its neighbours"),
    Rule("run_in_head", run_in_head, "a few words and a dash alone (先看环比——) head the paragraph run in after them"),
    Rule("label_type", label_type, "on a PDF page, a column's label (…时评) set apart from the body's face is a "
                                   "title line", SHORT_LINE_MAX),
    Rule("head_type", head_type, "on a PDF page, a short line in body size but another face, ending no sentence, "
                                 "is a crosshead", CROSSHEAD_MAX),
    Rule("body_type", body_type, "on a PDF page, a line in the body's size and face, not bold, is body text"),
    Rule("verse", verse, "on a PDF page, three lines and more in the body's face, no larger than a stanza is set, "
                         "are text, a stanza of its own", mark=Mark.OWN_LINE),
    Rule("flush_body", flush_body, "on a PDF page, a line in body size flush with its column's edge goes on with a "
                                   "paragraph, whatever its face (a quotation set in another face)"),
    Rule("title", title, "anything else is short and unpunctuated: a headline-like line"),
]


MARKS = {r.name: r.mark for r in RULES if r.mark}  # rule name → the mark it gives
_COLONS = str.maketrans("︰︓", "：：")  # (U+FE30, U+FE13: the colon's vertical forms)


def first_pass(text: str, ctx: Context, rules: list[Rule] | None = None) -> tuple[Role, str]:
    """The role the first matching rule gives, and that rule's name (a colon set as Hong Kong papers and text set
    vertically print it, 文︰X, read as one)."""
    t = text.strip().translate(_COLONS)
    n = cv.length(t)
    for rule in rules if rules is not None else RULES:
        if rule.max_len is not None and n > rule.max_len:
            continue
        role = rule.fn(t, ctx)
        if role is not None:
            return role, rule.name
    return Role.HEADLINE, "title"
