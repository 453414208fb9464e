"""Chunks → roles by a form their text takes alone: an English headline in Title Case (a bilingual page's), a
chronicle's dated entry (1941年7月1日　某某通过…), a profile card's field (姓名：X), a letter's salutation (编辑同志：)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Role
from . import conventions as cv
from .patterns import regex

if TYPE_CHECKING:
    from .rules import Context

# a dated item (a chronicle's entry, 党史上的今天): the day, then what happened, no weekday, lunar date or page
DATED_ITEM = regex(f"^\\s*(?:{cv.DATE.pattern}|{cv.NUM}{{4}}\\s*年(?:\\s*{cv.NUM}{{1,2}}\\s*月)?)[\\s\u3000]+"
                   "(?!.*(?:星期|周[一二三四五六日]|农历|農曆|版|期))\\S{8,}")  # (1958年3月　…, 2006年　…: a year's entry)


# a profile card's field (人物名片: 姓名：X, 出生：1968年, 荣誉：…, or 荣誉： alone over what it lists; a doctor's: 专家：X,
# 擅长：…; a judgment's summary: 案号：…, 案由：…): a line of the box's text, never a title
PROFILE_FIELD = regex("^(?:姓名|性别|性別|民族|出生|生于|生於|籍贯|籍貫|身份|职业|職業|职务|職務|职称|職稱|单位|單位|学历|學歷|"
                      "荣誉|榮譽|简历|簡歷|现任|現任|代表作|代表作品|毕业院校|畢業院校|座右铭|座右銘|爱好|愛好|专家|專家|擅长|擅長|出诊时间|出診時間|"
                      "案号|案號|案由|审理法院|審理法院|裁判要旨|裁判结果|裁判結果|判决结果|判決結果)\\s*[：:]\\s*(?:\\S|$)")
# a table's unit (单位：亿元, 單位：%; when its figures stand, 11月26日收盘　单位：元): its note, the page's data with it,
# no card's field (单位：某某公司)
UNIT_NOTE = regex("^(?:\\S{0,10}(?:收盘|收盤|截至\\S{2,10})[ \u3000]+)?(?:单位|單位)\\s*[：:]\\s*(?:[亿億万萬千百]?(?:元|美元|港元|吨|噸|人|户|戶|辆|輛|台|套|个|個)|[%％])"
                  "(?:\\s*[、，,/／]\\s*\\S{1,6})?$")
# a profile's text (人物简介 over it): a name, then the year the person was born (某某，1964年生，…; 某某，女，1981年出生)
# or the post the person holds (某某，主任中医师，…)
BIO_LEAD = regex(f"^\\s*{cv.HAN}{{2,4}}[，,]\\s*(?:[男女][，,]\\s*)?(?:{cv.NUM}{{4}}\\s*年(?:\\s*{cv.NUM}{{1,2}}\\s*月)?(?:出)?生|{cv.HAN}{{0,4}}{cv._POST}|(?:主任|副主任)?{cv.HAN}{{0,2}}(?:医师|醫師)[，,])")


_FACTS = "地址|地點|地点|营业时间|營業時間|开放时间|開放時間|人均|票价|票價|门票|門票|电话|電話"  # a place's facts
_FACT_FIRST, _FACT_NEXT = regex(f"^(?:{_FACTS})[：:]"), regex(f"(?<=[^\\s：:])\\s*(?=(?:{_FACTS})[：:])")
FACTS_MAX = 120  # characters: a place's facts run together in a dump block are this short


def is_field(text: str) -> bool:
    """A profile card's field or a place's fact, its label and a colon (姓名：, 地址：): no brief's title."""
    return bool(PROFILE_FIELD.match(text) or _FACT_FIRST.match(text))


def next_fact(text: str):
    """In a dump, a place's facts run together in one block (地址：某街17号营业时间：5:30—10:30人均：约12元): where the
    next one starts, or None (an event listing's entry, 地点：…日期：…票价：…, stays whole: the page's listing)."""
    return _FACT_NEXT.search(text) if _FACT_FIRST.match(text) and len(text) <= FACTS_MAX and not cv.LISTING_ROW.match(
        text) else None


DECK_MAX = 50  # characters: a deck under a headline runs to a line or two


DIAGRAM_CAPTION = regex("^第[0-9０-９一二三四五六七八九十]{1,3}(?:谱|譜)\\s*[（(][^（）()]{1,16}[）)]$")  # 第1谱（1—30）: a game's diagram
SIGNED_NAME = regex("^@[^\\s@：:，,。]{1,20}$|^(?:读者|讀者|网友|網友)[ \u3000]+[^\\s：:，,。]{1,8}$"  # @网名 or 读者　X alone under a reader's
                    f"|^\\S{{0,6}}(?:师|師|家|员|員|医生|醫生|教授)[ \u3000]+{cv.HAN}{{2,4}}[ \u3000]*(?:答疑|解答|答问|答問|解惑)$")  # words; 设计师　X　答疑


def dash_deck(t: str, ctx: Context) -> Role | None:
    """——… ending no sentence (——全县46个项目中已有33个竣工，目标有望提前完成): a deck's phrase, commas and all, a
    headline line (a subheadline under its headline); ——X alone under a quote is settled later."""
    return Role.HEADLINE if cv.SUBHEAD_DASH.match(t) and t.startswith(("——", "－－", "--")) and t.rstrip()[-1:] not in \
        cv.TERMINAL + "；;：:" else None


_RECAP = regex("^(?:前情回顾|前情回顧|前情提要|新闻回顾|新聞回顧)[：:]?\\s*\\S|^(?:上期|本期)(?:答案|谜底|謎底)[：:]\\s*\\S")  # 前情回顾本报12月1日报道了…; 上期答案：1.…


def recap(t: str, ctx: Context) -> Role | None:
    """A follow-up's recap of the earlier report, its label run in (前情回顾本报12月1日报道了…), or a puzzle's answer
    (上期答案：1.…): text."""
    return Role.PARAGRAPH if _RECAP.match(t) else None


# a field's label opening a line (地点：…, 营业时间：…; set bold on a PDF page, the label may stand alone)
FIELD_LABEL = regex(f"^{cv.HAN}{{2,4}}\\s*[：:]")


def profile_field(t: str, ctx: Context) -> Role | None:
    return Role.PARAGRAPH if PROFILE_FIELD.match(t) else None


# an event's details run together in one block (日期：3月22日上午10时地点：某礼堂询问：6753 2186): a listing's item's
# text under its name and description, never a title
EVENT_FIELDS = regex("^(?:日期|时间|時間)[：:]\\S.*?(?:地点|地點|场地|場地)[：:]\\s*\\S")
# … or each on a line of its own, on a PDF page (時間：3月21日…, 地點：某社區中心, 查詢：(604) 555-0142 X)
EVENT_FIELD = regex("^(?:(?:日期|时间|時間)[：:]\\s*\\S*?[0-9０-９]|(?:地点|地點|场地|場地)[：:]\\s*\\S"
                    "|(?:查询|查詢|咨询|諮詢|报名|報名)[：:]\\s*[（(]?[0-9０-９])")


def event_fields(t: str, ctx: Context) -> Role | None:
    return Role.PARAGRAPH if EVENT_FIELDS.match(t) or ctx.geometry is not None and EVENT_FIELD.match(t) else None


def dated_item(t: str, ctx: Context) -> Role | None:
    """In a dump, a day, a space and what happened on it: a chronicle's entry, body however short its line."""
    return Role.PARAGRAPH if ctx.geometry is None and DATED_ITEM.match(t) else None


_LATIN_WORD = regex("[A-Za-z0-9][A-Za-z'’-]*")
_CJK = regex(f"[{cv.CJK}]")
LATIN_TITLE_MAX = 100  # characters: an English headline line is no longer
LATIN_TITLE_WORDS = 3  # words at least in an English headline line …
LATIN_TITLE_CAPS = 0.6  # … this share of its longer words capitalised (Title Case: Greenway Opens Along the River)


def latin_title(t: str, ctx: Context) -> Role | None:
    """A line in English set in Title Case, ending no sentence and holding no Han character: an English headline
    (a bilingual page's), however long or comma-broken."""
    s = t.strip()
    if not s or _CJK.search(s) or s[-1] in ".!?\"”:;," or len(s) > LATIN_TITLE_MAX:
        return None
    words = _LATIN_WORD.findall(s)
    longer = [w for w in words if len(w) >= 4]
    if len(words) < LATIN_TITLE_WORDS or not longer:
        return None
    return Role.HEADLINE if sum(w[0].isupper() for w in longer) >= LATIN_TITLE_CAPS * len(longer) else None


# a letter to the paper greets its editor on a line of its own: 编辑同志：, 編輯先生：, 尊敬的编辑：
SALUTATION = regex("^(?:尊敬的|親愛的|亲爱的)?(?:编辑|編輯)(?:部|同志|先生|女士|老师|老師)[：:]$")  # (记者： opens a turn)


def salutation(t: str, ctx: Context) -> Role | None:
    return Role.PARAGRAPH if SALUTATION.match(cv.squash(t)) else None


_PUBLISHER_FIELD = regex("(?:出版社|出版者)\\s*[：:]|出版\\s*[：:]\\s*[^\\s《》：:]{2,20}出版社")  # a book's details set as fields (作者：X　出版社：Y　定价：Z元; 出版：《甲》 is a profile's)


def book_fields(t: str, ctx: Context) -> Role | None:
    """A book's details set as fields, its publisher among them: the deck under the book's title, no writer's byline
    (作者：X opens it as a byline would)."""
    return Role.HEADLINE if _PUBLISHER_FIELD.search(t) and not cv.TERMINAL_IN.search(t) else None
