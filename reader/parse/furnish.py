"""Items → the page's furniture the first pass cannot see in one chunk alone: a table's label and note, an
advertisement's copy over its 广告 mark, a teaser over its page reference, a classified ad's small print, the
labels over the page's date at its top."""
from __future__ import annotations

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .items import Item, Run, runs
from .patterns import regex
from .rules import HEAD_BAND, HEADER_MAX, Mark
from .titles import is_rubric

TEASER_MAX, TEASER_LINES = 40, 5  # characters: a teaser of a story inside is a headline's length; its title and text
# run this many lines over its page reference at most
TABLE_ROWS = 2  # rows of figures in a row make a table
AD_COPY_LINES = 8  # lines of an advertisement's copy over its 广告 mark, at most (its fields between aside)
STORY_TEXT_MIN = 40  # characters: a story's first paragraph under its headline, longer than an ad's small print
AD_COPY_MAX = 60  # characters of one line of an ad's copy

_THANKS = regex("^(?:感谢|感謝|谢谢|謝謝)")


def table_label(items: list[Item], i: int) -> Role | None:
    """A short line right over rows of figures (今日行情) or over their header row, or a bracketed note right under
    them (（截至4月16日收盘）), is the table's own: the page's data with it; so is a line of a name and figures
    (江城海豚68: a standings table's cells, the rank set apart) in a run of CELL_ROWS or more such lines."""
    it = items[i]
    if it.role is not Role.HEADLINE or cv.length(it.text) > TEASER_MAX:
        return None
    if _NAMED_FIGURES.match(it.text.strip()):
        # the cells in a run, the rank or figure cells read between them (data rows) counted in
        lo = next((j + 1 for j in range(i - 1, -1, -1) if not _cell(items[j])), 0)
        hi = next((j - 1 for j in range(i + 1, len(items)) if not _cell(items[j])), len(items) - 1)
        if sum(1 for o in items[lo:hi + 1] if _NAMED_FIGURES.match(o.text.strip())) >= CELL_ROWS:
            return Role.FURNITURE
    above = items[max(0, i - TABLE_ROWS):i]
    for skip in (0, 1, 2, 3):  # a table's title may stand over its header row, and over a note of its date
        # (3月23日收盘, wrapped onto two lines perhaps)
        below = items[i + 1 + skip:i + 1 + skip + TABLE_ROWS]
        if len(below) == TABLE_ROWS and all(_row(o) for o in below) \
                and all(o.role is Role.HEADLINE for o in items[i + 1:i + 1 + skip]) \
                and not (any(o.rule == "weather" for o in below) and _DIGIT.search(it.text)):  # (a forecast's label
            # names no time: a listing's last lines, 01:00 节目结束, over the weather box are the listing's)
            return Role.FURNITURE
    if len(above) == TABLE_ROWS and all(_row(o) for o in above) and (it.text.strip()[:1] in "（(" or _ISSUED.search(
            it.text) or _THANKS.match(it.text.strip())):  # (or who issued it and when: 市气象台12月7日16时发布; or the
        # thanks closing a list of donors: 感谢以上爱心单位和个人！)
        return Role.FURNITURE
    return None


def _row(it: Item) -> bool:
    """A row of figures (a dump's) or of a forecast's (8日 周二 小雨 0℃～4℃), or on a PDF page a row of a table's
    cells, or a name and its figures (梧阳62良)."""
    return _cell(it) or it.rule in ("weather", "table_rows") or it.rule == "advert" and it.chunk.geometry is not None and it.chunk.geometry.ad


_ISSUED = regex("(?:发布|發布|發佈)$")
_DIGIT = regex("[0-9０-９]")


CELL_ROWS = 3  # lines of a name and figures (江城海豚68) in a run, at least, to be a table's cells
_NAMED_FIGURES = regex(f"^\\d{{0,2}}{cv.HAN}{{2,8}}\\s*\\d{{2,5}}(?:{cv.HAN}{{1,4}})?$")  # (梧阳62良: a grade after)


def _cell(o: Item) -> bool:
    return o.rule == "data_row" or _NAMED_FIGURES.match(o.text.strip()) is not None


def _copy_line(o: Item) -> bool:
    return (o.role in (Role.HEADLINE, Role.PARAGRAPH) and not o.dateline and cv.length(o.text) <= AD_COPY_MAX
            and not o.ends_paragraph)


def ad_copy(items: list[Item], i: int) -> Role | None:
    """The title-like lines and short unfinished lines right over the mark 广告 (a shop's name, an offer, its
    address and telephone) are the advertisement's copy: the page's, no story's; so are the short lines right under
    the mark (a mark at the ad's head) down to the next story's headline, a line over a story's text."""
    it = items[i]
    if it.chunk.geometry is not None or it.dateline or it.role not in (Role.HEADLINE, Role.PARAGRAPH) \
            or cv.length(it.text) > AD_COPY_MAX:
        return None
    copy = 0
    for j in range(i + 1, min(len(items), i + 1 + 2 * AD_COPY_LINES)) if _copy_line(it) else ():
        o = items[j]
        if o.rule == "advert":
            return Role.FURNITURE
        if o.role in FURNITURE_ROLES:
            continue  # (the ad's own fields between: 地址：…, its date, its licence)
        copy += 1
        if not _copy_line(o) or copy >= AD_COPY_LINES:
            break
    if _heads_text(items, i):
        return None  # the next story's headline, over its text
    for j in range(i - 1, max(-1, i - 1 - AD_COPY_LINES), -1):
        o = items[j]
        if o.rule == "advert":  # a mark at its ad's head (a mark closing the copy over it heads nothing under it)
            return Role.FURNITURE if j == 0 or items[j - 1].role not in FURNITURE_ROLES else None
        if o.rule not in ("page_notice", "ornament") and o.role not in FURNITURE_ROLES \
                and (cv.length(o.text) > AD_COPY_MAX or o.dateline or _heads_text(items, j)):
            return None
    return None


def _heads_text(items: list[Item], i: int) -> bool:
    """A headline-like line over a finished paragraph longer than an ad's small print, or over a dateline, with at
    most a few more title lines, bylines and a photo's caption and credit between: a story's head."""
    if items[i].role is not Role.HEADLINE:
        return False
    rest = [o for o in items[i + 1:i + 1 + AD_COPY_LINES] if o.role not in FURNITURE_ROLES]
    for k, o in enumerate(rest):
        if o.role in (Role.CAPTION, Role.PHOTO_CREDIT) or k + 1 < len(rest) and rest[k + 1].role is Role.PHOTO_CREDIT:
            continue  # (a photo set between the headline and its text)
        if o.role is Role.PARAGRAPH:
            return cv.length(o.text) >= STORY_TEXT_MIN and o.ends_paragraph or o.dateline
        if o.role not in (Role.HEADLINE, Role.BYLINE):
            return False
    return False


INDEX_TEASER_MAX = 120  # characters: a teaser's text under an index's label, run on to its page (▶第5页)
INDEX_REACH = 16  # items under the index's label where its teasers are looked for


_LEAD_REF = regex("^[▶►]\\s*[A-Z]?[0-9０-９]{1,2}\\s*版?(?=\\S)")  # ▶A4 opening an index's title, its page first
_PAGE_CODE = regex(f"{cv.HAN}[A-H][0-9０-９]{{1,2}}$")  # …補助再加碼A5: a teaser's title glued to its page, in an index


def _entry_text(items: list[Item], i: int) -> bool:
    """A teaser's text under its title, right under the index's label or the last teaser's page reference."""
    return i >= 2 and (items[i - 1].role is Role.HEADLINE or items[i - 1].rule == "teaser_title") and cv.length(items[i - 1].text) \
        <= TEASER_MAX and (items[i - 2].rule == "teaser" or bool(cv.INDEX_LABEL.match(cv.squash(items[i - 2].text))))


def _under_index(items: list[Item], i: int) -> bool:
    return any(cv.INDEX_LABEL.match(cv.squash(items[j].text)) for j in range(max(0, i - INDEX_REACH), i))


def index_teaser(items: list[Item], i: int) -> Role | None:
    """Under the index's label (今日要闻导读), a text run on to its page (…。▶第5页), longer than a teaser alone, a
    title glued to its page (…再加码A5), or a text whose end is set on its page's line (… | 次。详见A5): a teaser of
    a story inside, when the items between it and the label are the index's too."""
    it, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
    ref = cv.TEASER_REF.search(cv.squash(nxt.text)) if nxt is not None and nxt.rule == "teaser" else None
    wrapped = (ref is not None and it.chunk.geometry is not None  # (on a PDF page, a teaser's text is one block)
               and cv.squash(nxt.text)[:ref.start()].strip(cv.ARROWS))  # (its end on the ref's line)
    led = _LEAD_REF.match(cv.squash(it.text)) or i and _LEAD_REF.match(cv.squash(items[i - 1].text)) and cv.length(
        it.text) <= TEASER_MAX  # (a title its page's arrow opens, ▶A4…, and the teaser's line under it)
    if it.role in FURNITURE_ROLES or cv.length(it.text) > INDEX_TEASER_MAX or not (cv.TEASER_REF.search(
            cv.squash(it.text)) or _PAGE_CODE.search(cv.squash(it.text)) and cv.length(it.text) <= TEASER_MAX
            or wrapped or led):
        return None
    for j in range(i - 1, max(-1, i - INDEX_REACH), -1):
        o = items[j]
        if cv.INDEX_LABEL.match(cv.squash(o.text)):
            return Role.FURNITURE
        if o.rule not in ("teaser", "index_teaser") and cv.length(o.text) > TEASER_MAX \
                and items[j + 1].rule != "teaser":
            return None  # (a teaser's title is short, its text over its page: a longer text is a story's)
    return None


def teaser_title(items: list[Item], i: int) -> Role | None:
    """A short line right over a page reference (详见A3版) is the teaser it sends inside: the page's index; so are
    the lines over a teaser's last line (…首付比例同步下调。详见A4版) back to its title, a few at most."""
    it = items[i]
    over_ref = (i + 1 < len(items) and items[i + 1].rule == "teaser" and bool(cv.TEASER_REF.search(
        cv.squash(items[i + 1].text))) and _under_index(items, i))  # (a sentence ended over its page reference:
    # under the index's label, a teaser's last; elsewhere a story's)
    if it.role in FURNITURE_ROLES or not 0 < cv.length(it.text) <= (INDEX_TEASER_MAX if over_ref and _entry_text(items, i)
                                                                     else TEASER_MAX) or it.ends_paragraph and not over_ref:
        return None  # (in the index box, a teaser's text under its title runs a sentence or two)
    for j in range(i + 1, min(len(items), i + 1 + TEASER_LINES)):
        o = items[j]
        if o.rule in ("teaser", "index_teaser"):  # the reference, alone (j = i + 1) or closing the teaser's text
            ref = cv.squash(o.text)  # (or set under its last sentence, wrapped onto a line of its own: …。 ⏎ ▶第3页)
            m = cv.TEASER_REF.search(ref)
            if m is None and o.rule == "index_teaser":
                return Role.FURNITURE if j == i + 1 else None  # (over a teaser's text, its end on its page's line)
            if m is None or cv.RELATED_NEWS.match(ref):
                return None  # (the index's label under it: a photo's credit over the 导读 box is no teaser; nor
                # a story over its pointer to related news inside, 相關新聞見A3)
            alone = not ref[:m.start()].strip(cv.ARROWS)
            return Role.FURNITURE if j == i + 1 or not alone or m and items[j - 1].ends_paragraph else None
        if o.role in FURNITURE_ROLES or cv.length(o.text) > (INDEX_TEASER_MAX if _entry_text(items, j) else TEASER_MAX):
            return None
    return None


_ADS = regex("广告|廣告")
_CALL = regex("(?:拨打|撥打)\\s*[0-9０-９]{3,8}$")
MAX_AD_LINES = 4  # pieces of small print under a classified ad's head: more is a story
MAX_AD_CHARS = 150  # characters of one piece of an ad's small print
AD_COPY_MIN = 8  # characters of copy before the number to call, at least, in an ad
AD_TITLE_MAX = 16  # characters of the title over an ad's small print (a firm's name, 开锁换锁)
# (咨询电话 closes a public notice, 停水通知 …: no ad's)
_AD_CALL = regex("(?<!咨询)(?<!諮詢)(?:电话|電話|手机|手機|联系|聯繫|TEL|Tel|tel)[：:]?\\s*[0-9０-９][0-9０-９ \\-－]{6,}$")
_JOB_AD = regex("^(?:招聘|诚聘|誠聘|急聘|高薪诚聘|高薪誠聘)[：:]")
_VOID = regex("(?:声明作废|聲明作廢)[。.]?(?=$|[^，,])")  # (…，声明作废。 closes a notice)


def _ad_copy(it: Item | None) -> bool:
    """Small print that is an ad by itself: it ends on the number to call (…上门服务。电话：139…), it is a job
    ad (招聘：…) or a lost paper's notice (…遗失…，声明作废。)."""
    if it is None or it.role is not Role.PARAGRAPH or it.dateline:
        return False
    if len(_VOID.findall(it.text)) >= 2 or cv.PERSONAL_AD.match(it.text):
        return True  # notices of lost papers set one after another, run together; a lonely-hearts entry
    call = _AD_CALL.search(it.text)  # (after copy: a contact line alone, 报名电话：…, is a story's)
    return len(it.text) <= MAX_AD_CHARS and bool(call and cv.length(it.text[:call.start()]) >= AD_COPY_MIN
                                                 or _JOB_AD.match(it.text) or _VOID.search(it.text.rstrip("。.")))


def classified_ad(items: list[Item], i: int) -> Role | None:
    """The short paragraphs right under a classified ad's head (面积…联系人…; then on, each with its number) are the
    ads', no story's (a news hotline over a story heads no ad); small print that is an ad by itself is, and so is
    the short title over it (a firm's name over its 招聘：…, 开锁换锁 over its number)."""
    it = items[i]
    if it.role is Role.HEADLINE and i + 1 < len(items) and _ad_copy(items[i + 1]) \
            and cv.length(it.text) <= AD_TITLE_MAX:
        return Role.FURNITURE
    if _ad_copy(it):
        return Role.FURNITURE
    called = _PHONE.search(it.text) is not None or i > 0 and cv.squash(items[i - 1].text).endswith(("启事", "啟事"))
    if it.role is not Role.PARAGRAPH or it.dateline or len(it.text) > MAX_AD_CHARS * (2 if called else 1):  # (a notice, 寻物启事, runs longer)
        return None
    if called and i > 0 and items[i - 1].rule == "classified_ad":
        return Role.FURNITURE  # (the next of a run of classified ads, each with its number)
    j, classified, head = i - 1, False, False
    while j >= 0 and i - j <= MAX_AD_LINES and (items[j].mark is Mark.CLASSIFIED
                                                 or items[j].rule in ("ornament", "page_notice")):  # 广告热线：…
        classified = (classified or items[j].mark is Mark.CLASSIFIED or bool(_ADS.search(items[j].text))
                      or bool(cv.SERVICE_LABEL.match(cv.squash(items[j].text)))  # (读者热线 over its invitation)
                      or bool(_CALL.search(items[j].text)))  # (有疑虑 拨打165 over its tips)
        head = head or items[j].role is Role.FURNITURE and items[j].first_role is not Role.PARAGRAPH
        if head and classified:
            return Role.FURNITURE
        j -= 1
    return None


_FOLIO_ALONE = regex("^第?[A-Z]?[0-9０-９]{1,3}版?$")  # a page header of the page's number alone: 第3版, A12
_BAND_PIECES = ("page_header", "staff_line", "masthead")  # the rules that know a page header's piece by itself


_NAME_REST = regex(f"^[{cv.CJK}]{{1,2}}$")  # a name's last character or two, alone
_NAME_CUT = regex(f"[：:][{cv.CJK}]$")  # a staff line ending on one character after its label: a surname


_BAND_ROLES = (Role.PAGE_HEADER, Role.FURNITURE)


def header_band(items: list[Item], i: int) -> Role | None:
    """In a dump, title-like lines opening a page over its date, staff line or paper's name (旅游, 周末·旅游周刊,
    A7 民声 …) are the page's header band with them: section and slogan, no story's title."""
    it = items[i]
    if it.role not in (Role.HEADLINE, Role.UNSURE) or it.chunk.geometry is not None or cv.length(it.text) > HEADER_MAX:
        return None  # (a section's name may read as a name: 周刊)
    if i and items[i - 1].rule == "staff_line" and _NAME_REST.match(cv.squash(it.text)) \
            and _NAME_CUT.search(cv.squash(items[i - 1].text)):
        return Role.PAGE_HEADER  # the rest of a name the staff line's letter-spacing cut off (美编：某 | 甲)
    if i and cv.PAGE_NUMBER.match(cv.squash(it.text)):
        k = i - 1  # (walked back only past the band's own lines: no pass over the whole dump for every line)
        while k >= 0 and items[k].chunk.page == it.chunk.page and items[k].role in _BAND_ROLES:
            k -= 1
        if k < i - 1 and (k < 0 or items[k].chunk.page != it.chunk.page):
            return Role.PAGE_HEADER  # the folio and section (A01 要闻) under a front page's masthead lines: its band
    first = i  # (walked back only as far as the band reaches: past it the answer is None whatever lies above)
    while first > 0 and items[first - 1].chunk.page == it.chunk.page and i - first < HEAD_BAND:
        first -= 1
        if items[first].rule in _BAND_PIECES:
            if first == i - 1 and _FOLIO_ALONE.match(cv.squash(items[first].text)):
                return Role.PAGE_HEADER  # under a folio that names no section (第3版): the section's name
            if first == i - 1 and i + 1 < len(items) and items[i + 1].rule in _BAND_PIECES \
                    and items[i + 1].chunk.page == it.chunk.page and not is_rubric(it.text):
                return Role.PAGE_HEADER  # between two of the band's pieces (its staff line, its date): the paper's name
            return None  # under the page's label: a column's label over the first story (理论视野), kept
    for j in range(i + 1, min(len(items), first + HEAD_BAND)):
        o = items[j]
        if o.chunk.page != it.chunk.page or o.role not in (Role.HEADLINE, Role.PAGE_HEADER, Role.FURNITURE):
            return None
        if o.rule in _BAND_PIECES:
            return Role.PAGE_HEADER
    return None


PULL_QUOTE_MIN = 10  # characters: a pull quote repeats a sentence this long at least
PULL_QUOTE_REACH = 40  # items either side where the story's own telling of it is looked for
_QUOTE_MARKS = regex("[“”「」『』\"'‘’]")


def quoted(text: str) -> str:  # without spaces and quotation marks (a pull quote beside the story's telling)
    return _QUOTE_MARKS.sub("", cv.squash(text))


def pull_quote(items: list[Item], i: int) -> Role | None:
    """A sentence set apart in a story's columns that the story's text prints too (a pull quote between rules, a
    quote box), and the ——name under it: page furniture, the story keeps the sentence where it says it. A
    headline quoting its story ends no sentence, and stays."""
    it = items[i]
    if it.role not in (Role.HEADLINE, Role.PARAGRAPH, Role.CROSSHEAD, Role.BYLINE):
        return None
    prev = items[i - 1] if i else None
    if it.text.strip().startswith("——") and prev is not None and prev.rule == "pull_quote" \
            and cv.length(it.text) <= PULL_QUOTE_MIN:
        return Role.FURNITURE  # the speaker's name under the quote
    core = quoted(it.text)
    if it.role is Role.BYLINE or len(core) < PULL_QUOTE_MIN or not cv.ends_paragraph(it.text):
        return None
    for j in range(max(0, i - PULL_QUOTE_REACH), min(len(items), i + PULL_QUOTE_REACH + 1)):
        o = items[j]
        if j != i and o.chunk.page == it.chunk.page and o.role is Role.PARAGRAPH and cv.length(o.text) > len(core) \
                and core in quoted(o.text):
            return Role.FURNITURE
    return None


NOTICE_TAIL = 24  # characters at most of a page notice's rest, cut onto a block of its own


def notice_tail(items: list[Item], i: int) -> Role | None:
    """A page's notice (投稿 terms, a disclaimer) cut mid-word at a block's end (…本報有刪 | 改權，恕不退稿。): the
    short piece right after it, ending a sentence, is the notice's rest, the page's furniture too."""
    it, prev = items[i], items[i - 1] if i else None
    if prev is None or prev.rule != "page_notice" or it.role is not Role.PARAGRAPH or it.dateline:
        return None
    cut = cv.COMMA_IN.search(prev.text) and prev.text.rstrip()[-1:].isalnum()  # (stops mid-word, no mark)
    return Role.FURNITURE if cut and cv.length(it.text) <= NOTICE_TAIL and cv.ends_paragraph(it.text) else None


# an event box's label (活动信息, 活動資訊): the practical details under it are the page's service, no story's text
INFO_LABEL = regex("^(?:活动|活動|演出|演唱会|演唱會|观展|觀展|参观|參觀|购票|購票|报名|報名|展览|展覽|赛事|賽事)(?:信息|資訊|资讯|訊息|讯息|資料|指南|须知|須知|看板)$"
                   "|^(?:展讯|展訊|演讯|演訊|影讯|影訊)$|^(?:本周|本週|近期)(?:节目|節目|片单|片單|演出|展览|展覽)$|^(?:下周|下週|本周|本週|近期)(?:预告|預告)$")  # (展讯: a listing of exhibitions, each its name over its fields)
_WHEN = regex("^(?:时间|時間|日期|地点|地點)[：:]")  # an event's details open on when or where it is
_FIELD = regex("^(?:[^\\s，,。：:]{1,6}|\\S{1,12}?(?:时间|時間|日期|地点|地點))[：:]\\s*\\S|^[■●◆]?[^\\s，,。／/]{1,24}／\\S" f"|^(?:{cv.NUM}{{1,2}}月)?{cv.NUM}{{1,2}}日(?:[—～至-](?:{cv.NUM}{{1,2}}月)?{cv.NUM}{{1,2}}日)?起?[ \u3000]+\\S")  # 时间：…, 地点：…, 网址：…; 某展览时间：… (an event's name run into its first field); 5月26日　… (a calendar's row)
INFO_REACH, INFO_FIELD_MAX = 12, 60  # field lines under the label (and events' names over theirs), at most; characters of one


def info_box(items: list[Item], i: int) -> Role | None:
    """A field line (時間：…, 網址：…; 氣溫：…) under an event box's (活動資訊) or the weather's label: furniture."""
    j = next((j for j in range(i + 1, len(items)) if not _named(items, j)), len(items))  # (its first field)
    if (_info_label(cv.squash(items[i].text)) or _named(items, i)) and j < len(items) and _field_under(items, j, _info_label):
        return Role.FURNITURE  # (the label itself, over its fields; an event's name over its)
    return Role.FURNITURE if _field_under(items, i, _info_label) else None


def _named(items: list[Item], k: int) -> bool:  # an event's name set over its fields (某某——, or over 时间：…)
    return items[k].text.rstrip().endswith("——") or items[k].role is not Role.PARAGRAPH and k + 1 < len(items) \
        and cv.length(items[k].text) <= INFO_FIELD_MAX and bool(_WHEN.match(items[k + 1].text))


def _info_label(text: str) -> bool:
    return bool(INFO_LABEL.match(text) or cv.WEATHER_LABEL.match(text))


def fact_line(items: list[Item], i: int) -> Role | None:
    """A short field line (地点：…, 时间：…) under a box's label (某某小档案, 人物名片), no other line but fields
    between: the box's text, a line of its own however it ends."""
    return Role.PARAGRAPH if items[i].role not in FURNITURE_ROLES and _field_under(
        items, i, lambda t: cv.PROFILE_LABEL.match(t) or cv.SIDEBAR_TITLE.match(t)) else None


def _field_under(items: list[Item], i: int, is_label) -> bool:
    """A short field line with a label is_label takes over it and only field lines (or events' names) between."""
    if cv.length(items[i].text) > INFO_FIELD_MAX or not _FIELD.match(items[i].text):
        return False
    for j in range(i - 1, max(-1, i - 1 - INFO_REACH), -1):
        if is_label(cv.squash(items[j].text)):
            return True
        if not _FIELD.match(items[j].text) and not _named(items, j):
            return False
    return False


_PHONE = regex("[(（]?\\d{2,4}[)）]?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}")  # (04)2222-8786: a number to call
STORY_PARAGRAPH = 40  # characters at least of the story's paragraph a run of facts follows


def _fact(it: Item) -> bool:  # (a credit, a chart's source, a figure's label are none)
    t = it.text.strip()
    return (bool(_FIELD.match(t)) and cv.length(t) <= INFO_FIELD_MAX and not cv.PHONE_FIELD.search(t) and not _PHONE.search(t)
            and (it.role in (Role.HEADLINE, Role.PARAGRAPH) or it.rule == "page_notice") and it.mark is None
            and not cv.CAPTION_LEAD.match(t) and t[-1:] not in "？?")  # (问三：…？ heads an answer)


def fact_runs(items: list[Item]) -> list[Run | None]:  # (the pass makes fact lines body: each stays one)
    return runs(items, lambda items, k: _fact(items[k]))


def facts_in_text(items: list[Item], i: int, lookup: list[Run | None] | None = None) -> Role | None:
    """Two short field lines or more (地址：…, 营业时间：…, 人均：…) right after a story's paragraph, no number to call
    among them: the facts of what the story tells (a shop, a site), its text, each a line of its own (an ad's or a
    notice's address stands under its copy, a hotline's lines give numbers)."""
    if (run := lookup[i] if lookup is not None else fact_runs(items)[i] if _fact(items[i]) else None) is None:
        return None
    j, end = run
    before = items[j - 1] if j else None
    text = before is not None and before.role is Role.PARAGRAPH and before.ends_paragraph and (
        cv.length(before.text) >= STORY_PARAGRAPH or j >= 2 and items[j - 2].role is Role.PARAGRAPH)  # (a wrap's end)
    return Role.PARAGRAPH if end > j and text else None
