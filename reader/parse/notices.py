"""Items → the lines of a notice and of a box of figures that read as titles alone: a notice's contact lines and
signature (落款), a 数读 box's figures each with what it counts, a glossary's entries (greenway n. 绿道), a
diagram's labels, a poem's lines, a chart's title, a photo's caption set over a story's first paragraph."""
from __future__ import annotations

from ..model import Role
from . import conventions as cv
from .items import Item, Run, is_body, is_title, lone_sentence, neighbour, runs
from .patterns import regex
from .printed import LINE_RUN_FIGURES, LINE_RUN_MIN_CELLS
from .rules import Mark


def sign_off(items: list[Item], i: int) -> Role | None:
    """An office's name on a line of its own, then a date alone, under body text: the notice's signature (落款);
    with the contact lines over it (联系电话：…), the last lines of its text, no headline, no page's date, no
    page's notice."""
    def contact(k: int) -> bool:
        return items[k].rule in ("contact_line", "page_notice") and bool(cv.PHONE_FIELD.search(items[k].text)
                                                                         or cv.ADDRESS.match(items[k].text))

    def signed(k: int) -> bool:
        j = k - 1
        while j > 0 and k - j <= CONTACT_LINES and contact(j):
            j -= 1
        return (0 < k < len(items) - 1 and cv.SIGNER.match(cv.squash(items[k].text)) is not None
                and cv.DATE.fullmatch(cv.squash(items[k + 1].text)) is not None and is_body(items[j]))
    k = i
    while k < len(items) and k - i < CONTACT_LINES and contact(k):
        k += 1
    return Role.PARAGRAPH if signed(k) or signed(i - 1) else None


CONTACT_LINES = 3  # a notice's contact lines over its signature, at most


FIGURES_LABEL = regex(f"^(?:(?:{cv.FIGURES_WORDS}|图说数据|圖說數據)\\S{{0,6}}|(?:数据|數據)\\S{{0,2}})$")  # a box of figures' label
# (数说某县, 数据看台; not a crosshead opening on the word, 数据比对找线索)
FIGURE_UNIT = ("(?:%|％|‰|[万亿千百]?(?:家|个|個|元|人|人次|辆|輛|吨|噸|件|台|户|戶|所|项|項|亩|畝|倍|条|條|座|场|場|"
               "公里|千米|平方米|天|年|分钟|分鐘|小時|小时|岁|歲|次|所|名|位|类|類|种|種|款|批|例|套|份)|个百分点|個百分點|[万亿千百])")
FIGURE_LEAD = regex(f"^\\s*[0-9０-９][0-9０-９.,，]*\\s*{FIGURE_UNIT}")
FIGURE_ONLY = regex(f"{FIGURE_LEAD.pattern}\\s*$")  # a figure set alone, its note under it
# on a PDF page a figure's number and its unit may be set apart (3.2 | 亿元 | 全年…): a part of the figure alone
FIGURE_PART = regex(f"^\\s*(?:[0-9０-９][0-9０-９.,，]*|{FIGURE_UNIT})\\s*$")
_NUMBER = regex("^\\s*[0-9０-９]")
_WORDS = regex(f"{cv.HAN}{{2}}")


def _counted(t: str) -> bool:
    """A figure and what it counts in one item (a figure's cell joined on the page: 3.2亿元全年村集体经济收入)."""
    m = FIGURE_LEAD.match(t)
    return m is not None and _WORDS.search(t[m.end():]) is not None


NOTE_MAX = 30  # characters at most of a big figure and its note (what it counts)


def figure_runs_on(before: str, last: Item, it: Item) -> bool:
    """In a box of figures, only a figure (or its part) set alone runs on into what it counts (8% | 平均载客率), and
    a note cut at its printed line's end into its short rest (《措施》提出的具 | 体举措); never into the next figure."""
    t = last.text.strip()
    figure = FIGURE_ONLY.match(t) or FIGURE_PART.match(t)
    cut = (last.mark is Mark.FIGURE and not FIGURE_LEAD.match(t) and not cv.ends_paragraph(before)
           and cv.length(before) + cv.length(it.text) <= NOTE_MAX)
    return bool(figure or cut) and not FIGURE_LEAD.match(it.text) and not it.text.strip()[:1].isdigit()


FIGURES_REACH = 16  # items under the label its figures and notes run to, at most (five figures in three parts)


def figure_items(items: list[Item], i: int) -> Role | None:
    """In a dump, under a 数读 box's label, a line opening with a big figure and saying what it counts (1.2万家全省…)
    is the box's text, whatever it ends on, and so is the note under a figure set alone (8% | 平均载客率); the box's
    figures are no headlines (on a PDF page, their parts set apart in display type too)."""
    it = items[i]
    if it.rule == "table_label":
        return None  # (a table's title, 2026年1—11月…主要指标, over its rows)
    if it.chunk.geometry is not None:
        return _figure_part(items, i)
    if cv.SENTENCE_PUNCT.search(it.text.rstrip()[:-1]):
        return None
    if not FIGURE_LEAD.match(it.text) and not (i and FIGURE_ONLY.match(items[i - 1].text.strip())):
        return Role.PARAGRAPH if _note_rest(items, i) else None
    for j in range(i - 1, max(-1, i - FIGURES_REACH), -1):
        if FIGURES_LABEL.match(cv.squash(items[j].text)):
            return Role.PARAGRAPH
        if items[j].dateline or items[j].role is Role.PARAGRAPH and not FIGURE_LEAD.match(items[j].text) \
                and not FIGURE_ONLY.match(items[j].text.strip()) and not FIGURE_ONLY.match(items[j - 1].text.strip()) \
                and items[j].mark is not Mark.FIGURE:  # (a note's rest: the box's)
            return None
    return None


def _figure_part(items: list[Item], i: int) -> Role | None:
    """On a PDF page, under a 数说 box's label, a figure's parts set apart (its number, its unit, 3.2 | 亿元) and
    the note under them run on, one item of the box's text."""
    def starts(k: int) -> bool:  # a figure's number opens the item (a figure's lead too), no note joined to it
        return 0 <= k < len(items) and bool(_NUMBER.match(items[k].text)) and not _counted(items[k].text)
    t = items[i].text.strip()
    before = items[i - 1].text.strip() if i else ""
    if items[i].role in (Role.CAPTION, Role.PHOTO_CREDIT, Role.BYLINE) or starts(i) and (starts(i - 1)
                                                                                        or starts(i + 1)):
        return None  # (figures set in a row, their notes in a row under them: read as set)
    part = (FIGURE_PART.match(before) or FIGURE_ONLY.match(before)) and not (starts(i - 1) and starts(i - 2))
    if not (FIGURE_PART.match(t) or FIGURE_LEAD.match(t) or part):
        return None
    for j in range(i - 1, max(-1, i - FIGURES_REACH), -1):
        if FIGURES_LABEL.match(cv.squash(items[j].text)):
            return Role.PARAGRAPH
    return None


GLOSS_NEAR = 3  # items either side where a glossary's other entries are looked for
GLOSS_RUN = 2  # other entries there, at least: a glossary (an ad's iPhone 新品 line stands alone)


def gloss_entry(items: list[Item], i: int) -> Role | None:
    """A line of a glossary among others (a bilingual page's 词汇 box): one of its entries, body under its label."""
    if not cv.GLOSS_ENTRY.match(items[i].text.strip()):
        return None
    near = range(max(0, i - GLOSS_NEAR), min(len(items), i + GLOSS_NEAR + 1))
    others = sum(1 for k in near if k != i and cv.GLOSS_ENTRY.match(items[k].text.strip()))
    return Role.PARAGRAPH if others >= GLOSS_RUN and items[i].role is not Role.PARAGRAPH else None


LABEL_MAX = 16  # characters of a label printed over a diagram (甲层 平均厚约十公里)
LABELS_MIN = 3  # labels in a row, at least, between a diagram's title and its credit
_WORDED = regex(f"{cv.HAN}{{2}}")  # a label names something in two characters at least


def _label_like(it: Item) -> bool:
    return (it.role in (Role.HEADLINE, Role.PARAGRAPH, Role.CAPTION) and not it.dateline
            and cv.length(it.text) <= LABEL_MAX and not cv.ends_paragraph(it.text)
            and _WORDED.search(it.text) is not None)  # (a figure alone is a table's cell)


def label_runs(items: list[Item]) -> list[Run | None]:  # (the pass makes labels captions: each stays one)
    return runs(items, lambda items, k: _label_like(items[k]))


def chart_label(items: list[Item], i: int, lookup: list[Run | None] | None = None) -> Role | None:
    """Short lines in a row between a diagram's title and its 制图 credit or source line, none ending a sentence
    (甲层 平均厚约十公里, 甲界 甲层与乙层的分界, 震源): the labels printed over the picture, its captions."""
    if not _label_like(items[i]):
        return None
    lo, hi = (lookup or label_runs(items))[i]
    credit = items[hi + 1] if hi + 1 < len(items) else None
    credited = credit is not None and (credit.mark is Mark.CHART_SOURCE or credit.role is Role.PHOTO_CREDIT
                                       and cv.CHART_CREDIT.match(credit.text) is not None)
    if not credited or hi - lo < LABELS_MIN or i == lo or items[lo].role is not Role.HEADLINE \
            or any(FIGURE_LEAD.match(items[k].text) for k in range(lo, hi + 1)):
        return None  # (the first line of the row is the diagram's title; a row of big figures is a 数读 box's)
    return Role.CAPTION


VERSE_LINE_MAX = 20  # characters: a poem's printed line is short
VERSE_MIN = 3  # lines under a poem's title and its poet, at least
_POET = regex(f"^([◎□■○])?{cv.HAN}{{2,4}}$")  # a poet's name as a 副刊 sets it under the poem's title (◎X, or bare)


def _verse_like(it: Item) -> bool:
    return it.role in (Role.HEADLINE, Role.PARAGRAPH) and not it.dateline and cv.length(it.text) <= VERSE_LINE_MAX


def _in_verse(items: list[Item], k: int) -> bool:  # (no title over a poet's name: the next poem's)
    return _verse_like(items[k]) and not (k + 1 < len(items) and items[k].role is Role.HEADLINE
                                          and items[k + 1].role is Role.BYLINE)


def verse_runs(items: list[Item]) -> list[Run | None]:  # (the pass makes lines body: each stays a line)
    return runs(items, _in_verse)


def verse_line(items: list[Item], i: int, lookup: list[Run | None] | None = None) -> Role | None:
    """In a dump, short lines each a block of its own under a title and its poet's name (◎X): the poem's lines, text
    each on its own (no headline), up to the next title over a poet's name."""
    if items[i].chunk.geometry is not None or not _in_verse(items, i):
        return None
    lo, hi = (lookup or verse_runs(items))[i]
    poet = cv.squash(items[lo - 1].text) if lo >= 2 and items[lo - 1].role is Role.BYLINE else ""
    named = _POET.match(poet)
    if not (named and items[lo - 2].role is Role.HEADLINE):
        return None
    lines = [it.text for it in items[lo:hi + 1]]
    chars = sum(map(cv.length, lines))  # (a poet named bare: lines shorter than a column's, ending no sentence, few
    bare = chars < LINE_RUN_MIN_CELLS * len(lines) and sum(1 for t in lines if cv.END_OF_PARAGRAPH.search(t.rstrip())) <= 1 \
        and sum(c.isdigit() for t in lines for c in t) <= LINE_RUN_FIGURES * chars  # figures: no table's cells)
    return Role.PARAGRAPH if hi - lo + 1 >= VERSE_MIN and (named.group(1) or bare) else None


CALL_LABEL = regex("^(?:征稿|徵稿|征文|徵文)(?:启事|啟事)?$|^(?:稿约|稿約)$")  # a page's call for contributions
CALL_TERMS = regex("来稿|來稿|投稿|征集|徵集|征稿|徵稿|稿件|稿酬|稿費|稿费|赐稿|賜稿")  # what a call's terms speak of
CALL_REACH = 8  # items of its terms under the label, at most, before where to send the work (a line each, in a dump)
_DESK = regex("^\\S{2,12}(?:编辑部|編輯部)$")  # who signs the call, under where to send the work


def call_for_work(items: list[Item], i: int) -> Role | None:
    """A page's call for contributions (征稿启事, its terms, 投稿邮箱：…): a notice the page prints every issue, its
    furniture, its terms too; on a PDF page its label, set in the box's corner, may be read after them."""
    def sent_to(k: int) -> bool:
        return bool(cv.PHONE_FIELD.search(items[k].text) or cv.ADDRESS.match(items[k].text) or "@" in items[k].text)

    def text(k: int) -> bool:  # (a line of its terms cut short reads as a title yet)
        return items[k].role in (Role.PARAGRAPH, Role.HEADLINE) and not items[k].dateline

    def terms(k: int) -> bool:  # (read before its label: the box's text asking for work, no title, no line apart)
        return items[k].role is Role.PARAGRAPH and items[k].mark is not Mark.OWN_LINE and not items[k].dateline \
            and CALL_TERMS.search(items[k].text) is not None

    def label(k: int) -> bool:
        return CALL_LABEL.match(cv.squash(items[k].text)) is not None
    if label(i) or i and _DESK.match(cv.squash(items[i].text)) and sent_to(i - 1):
        return Role.FURNITURE
    if not text(i):
        return None
    j = i - 1
    while j >= 0 and i - j <= CALL_REACH and items[j].rule == "call_for_work" and not label(j):
        j -= 1
    if j < 0 or i - j > CALL_REACH or not label(j):
        after = [k for k in range(i, min(len(items), i + CALL_REACH + 1)) if label(k)]
        run = range(i, after[0]) if after else range(0)
        return Role.FURNITURE if run and all(terms(k) or sent_to(k) for k in run) and any(map(sent_to, run)) else None
    for k in range(i, min(len(items), j + CALL_REACH + 2)):  # (the address run on at the terms' end too)
        if sent_to(k):
            return Role.FURNITURE
        if not text(k):
            break
    return None


PSA_LINES = 5  # lines of a public-service box between its hotline's label and its sign-off, at most
PSA_LINE_MAX = 40  # characters: each a slogan's or a promise's line, short
PSA_HOTLINE = regex("^\\S{0,10}(?:专线|專線|热线|熱線)\\s*[0-9０-９]{3,8}$")  # 反诈专线96110: the box's label
PSA_SIGN = regex("(?:关心您|關心您|关心你|關心你|提醒您|提醒你)$")  # 某某局 关心您: who runs the ad signs it off


def psa_box(items: list[Item], i: int) -> Role | None:
    """A public-service box (反诈专线96110, its slogans, 24小时服务, 某某局 关心您): from its hotline's label down to
    its sign-off, a few short lines, it is the page's, no story's, whatever its slogans end on (…都是诈骗！)."""
    def short(k: int) -> bool:
        return not items[k].dateline and cv.length(items[k].text) <= PSA_LINE_MAX
    top = next((j for j in range(i, max(-1, i - PSA_LINES - 1), -1) if PSA_HOTLINE.match(cv.squash(items[j].text))), None)
    if top is None or not all(short(k) for k in range(top, i + 1)):
        return None
    for k in range(i, min(len(items), top + PSA_LINES + 2)):
        if PSA_SIGN.search(items[k].text.strip()) and short(k):
            return Role.FURNITURE
        if not short(k):
            break
    return None


CHART_TITLE_MAX = 30  # characters: a chart's title, its unit in brackets with a comma in them, is this short


def chart_title(items: list[Item], i: int) -> Role | None:
    """A headline-like line right above a chart's source line or its 制图 credit: the caption of the chart set in
    the story before it, or, set off from that story (on a PDF page, under a rule or in a frame of its own), the
    chart's own title, heading an item of its own."""
    cut = items[i].rule in ("lopsided", "fragment") and cv.length(items[i].text) <= CHART_TITLE_MAX  # (走势（月末收盘，点）:
    # a comma in its unit's brackets)
    if items[i].role is not Role.HEADLINE and not cut or i + 1 >= len(items) or figure_items(items, i) or _note_rest(items, i):
        return None  # (a box's last figure, or its note's rest, over its 制图 credit is the box's text)
    nxt = items[i + 1]
    if cut and nxt.mark is not Mark.CHART_SOURCE:
        return None
    if nxt.mark is Mark.CHART_SOURCE or nxt.role is Role.PHOTO_CREDIT and cv.CHART_CREDIT.match(nxt.text):
        return Role.CAPTION if items[i].chunk.gap <= 1 or _in_its_frame(items, i) else Role.HEADLINE
    if nxt.role is Role.PHOTO_CREDIT and _CHART_NAME.search(cv.squash(items[i].text)) and (
            items[i].chunk.gap <= 1 or items[i].chunk.geometry is not None):  # (a PDF page's gaps say nothing of frames)
        # a map or chart credited to an agency alone (新华社发): the caption of the story it illustrates (the text read
        # just before it, its story's headline and photo too)
        return Role.CAPTION if _told(items, i) >= CHART_TOLD else None
    return None


def _note_rest(items: list[Item], i: int) -> bool:
    """The rest of a figure's note cut at its printed line's end (12类 | 家电以旧换新补贴 | 品类), the next figure or the
    box's credit after it (a headline has its text after it)."""
    after = items[i + 1] if i + 1 < len(items) else None
    if items[i].role not in (Role.HEADLINE, Role.PARAGRAPH) or items[i].mark is not None:
        return False  # (a credit, a label)
    if after is not None and not FIGURE_LEAD.match(after.text) and after.role is not Role.PHOTO_CREDIT \
            and after.mark is not Mark.CHART_SOURCE:
        return False
    return (i >= 2 and FIGURE_ONLY.match(items[i - 2].text.strip()) is not None and not cv.ends_paragraph(items[i - 1].text)
            and figure_items(items, i - 1) is not None
            and cv.length(items[i - 2].text + items[i - 1].text + items[i].text) <= NOTE_MAX)


def _in_its_frame(items: list[Item], i: int) -> bool:
    """On a PDF page, a chart set off by a rule over it, in the frame (or none) of the text read before it, whose
    title tells that text's subject: the story's chart, set in its columns."""
    a, b = items[i - 1].chunk.geometry, items[i].chunk.geometry
    return a is not None and b is not None and a.frame == b.frame and _told(items, i) >= CHART_TOLD


def _told(items: list[Item], i: int) -> float:
    """How much of a chart's title the text read just before it tells (its story's headline, photo and text)."""
    return cv.shared_words(items[i].text, "".join(it.text for it in items[max(0, i - CHART_REACH):i]))


CHART_REACH = 8  # items before a chart's title whose text it may tell
CHART_TOLD = 0.3  # of a chart's title's character pairs, found in the story before it for the chart to be that story's


# a chart's or a map's own title: what it draws (…示意图, …走势图) or the unit it counts in closing it (（亿人次）, （%）)
_CHART_NAME = regex("(?:示意图|示意圖|走势图|走勢圖|分布图|分佈圖|位置图|位置圖|路线图|路線圖)$|[（(][^（）()]{0,4}(?:%|％|元|点|點|"
                    "人次|人|次|吨|噸|个|個|家|户|戶|公里|千米|米|℃|度|亩|畝|辆|輛|台|座|件|起)[）)]$")


LEAD_CAPTION_MAX = 60  # characters: one sentence saying what a photo shows


def caption_over_lead(items: list[Item], i: int) -> Role | None:
    """In a dump, one short sentence right between a headline group (its credit line under it too: 报道：X　摄影：Y)
    and the paragraph its dateline opens (（某地5日讯）…): the caption of the photo set between them, no paragraph (a
    story's text starts at its dateline)."""
    it, prev, nxt = items[i], neighbour(items, i, -1), neighbour(items, i, 1)
    if not lone_sentence(it, LEAD_CAPTION_MAX) or cv.LEAD_IN.match(it.text):
        return None
    credited = prev is not None and prev.role is Role.BYLINE and i >= 2 and items[i - 1] is prev and is_title(items[i - 2])
    return Role.CAPTION if (is_title(prev) and items[i - 1] is prev or credited) and is_body(nxt) and nxt.dateline else None


HOTLINE_LABEL = regex(f"^{cv.HAN}{{0,4}}(?:热线|熱線)$")  # 新闻热线, 市民热线: a hotline column's label
HOTLINE_CALLS = 2  # readers' calls at least under the label, before the next headline


def hotline_box(items: list[Item], i: int) -> Role | None:
    """A hotline's label alone (新闻热线), its number under it perhaps, over readers' calls (市民X来电：…, 网友X反映：…)
    each with its reply (and its title, perhaps): the label of a box of briefs, a call and its reply each, not the
    page's notice."""
    if not HOTLINE_LABEL.match(cv.squash(items[i].text)):
        return None
    k = next((j for j in range(i + 1, len(items)) if items[j].role is Role.HEADLINE and not cv.ASKED.match(items[j].text)
              and not cv.TURN_LABEL.match(items[j].text) and not (j + 1 < len(items) and cv.ASKED.match(items[j + 1].text))),
             len(items))  # (on a PDF page, a
    # caller's label set bold is a title till the turn rules read it; a call's own title over it, 路灯坏了没人修, is the box's)
    return Role.FURNITURE if sum(1 for x in items[i + 1:k] if cv.ASKED.match(x.text)) >= HOTLINE_CALLS else None


def caption_after_close(items: list[Item], i: int) -> Role | None:
    """In a dump, one short sentence right after a story's closing credit (its writer's signature: the text has
    ended) and right over a photo's credit (漫画：X, X 摄): the caption of that picture (a cartoon set after the
    column), no paragraph of the column."""
    it = items[i]
    prev, nxt = (items[i - 1] if i else None), (items[i + 1] if i + 1 < len(items) else None)
    if not lone_sentence(it, LEAD_CAPTION_MAX):
        return None
    return Role.CAPTION if prev is not None and prev.role is Role.BYLINE and prev.first_role is Role.BYLINE \
        and i >= 2 and is_body(items[i - 2]) and nxt is not None and nxt.role is Role.PHOTO_CREDIT else None


_GREETING_HEAD = regex("^(?:恭賀|恭贺|祝賀|祝贺|賀|贺|訃告|讣告|鳴謝|鸣谢|謝啟|谢启)$")  # (set spaced: 恭　賀, 訃　告)
_GREETING_CLOSE = regex("(?:敬賀|敬贺|同賀|同贺|仝賀|仝贺|謹賀|谨贺|拜賀|拜贺|敬告|泣告|謹啟|谨启|叩謝|叩谢)$")
GREETING_REACH = 8  # lines of a congratulation's or a death notice's text, from its head to its closing, at most


def greeting(items: list[Item], i: int) -> Role | None:
    """恭賀 over whom it congratulates, on what, and who gives it closing 敬賀 (a congratulation bought by a firm or a
    society); 訃告 over a death's notice closing 泣告 or 敬告: the page's notices, no story's."""
    for h in range(i, max(-1, i - GREETING_REACH), -1):
        if h < i and _GREETING_CLOSE.search(cv.squash(items[h].text)):
            return None  # (a notice closed before this line)
        if _GREETING_HEAD.match(cv.squash(items[h].text)):
            return next((Role.FURNITURE for e in range(i, min(len(items), h + GREETING_REACH + 1))
                         if _GREETING_CLOSE.search(cv.squash(items[e].text))), None)
    return None
