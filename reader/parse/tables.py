"""Items → the lines of a table a dump runs together, a spec box's measures and a match's statistics line: the page's
data, no story's text nor its titles (the label, head row and note of a table are furnish.table_label's)."""
from __future__ import annotations

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .items import Item, Run, runs
from .patterns import regex
from .sections import SCORE_LINE

TABLE_RUN, ROW_MAX = 3, 40  # rows at least, characters at most each: a table's rows run together, ending alike
_ROW_END = regex("(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９][0-9０-９.]*\\s*(?:元|万元|萬元|%|％|分钟|分鐘|公里))$")
# a row of a figures table, its cells run together: a name (美元, 日圓（每百）, 十五至六十四歲) and figures only (7.74807.8260)
_RATE_ROW = regex(f"^{cv.HAN}{{1,10}}(?:[（(]{cv.HAN}{{1,4}}[）)])?\\s*[0-9０-９][0-9０-９.,%％+\\-－—–\\s]{{3,}}$")  # (— an empty cell)
_AMOUNT_ROW = regex("^[^\\d\\s。，！？：:]{2,24}\\s*[0-9０-９][0-9０-９,.]*\\s*(?:万|萬)?元$")


def _row(items: list[Item], k: int) -> str | None:
    """What row k of a table ends on (the value of its last column, or its kind: figures, amounts), or None."""
    t, it = items[k].text.strip(), items[k]
    if _RATE_ROW.match(t) and (it.role in (Role.HEADLINE, Role.PARAGRAPH) or it.rule in ("table_rows", "data_row", "advert")):
        return "figures"  # (a rate table's rows: each a name and its figures; the rows over one the first pass read
        # as data already count)
    if _AMOUNT_ROW.match(t) and (it.role is Role.HEADLINE or it.rule == "table_rows"):
        return "amount"  # (a list of donors: each a name and what it gave, 某公司50000元)
    if SCORE_LINE.match(t) and (it.role is Role.HEADLINE or it.rule == "table_rows"):
        return "scores"  # (a round's results: each the home side, the score and the away side, 某队104:98某队)
    m = _ROW_END.search(t) if cv.length(t) <= ROW_MAX else None  # (no long text searched for a row's end)
    return m.group(0) if m and (it.role in (Role.HEADLINE, Role.PARAGRAPH) or it.rule == "table_rows") \
        and not cv.SENTENCE_PUNCT.search(t) and cv.length(t) > cv.length(m.group(0)) + 2 else None


def row_runs(items: list[Item]) -> list[Run | None]:  # (the pass makes rows furniture by this rule: each stays one)
    return runs(items, _row)


def table_rows(items: list[Item], i: int, lookup: list[Run | None] | None = None) -> Role | None:
    """Three lines or more in a row, no sentence ending in them, each ending on the same value (a table's last
    column: 实施日期 12月20日 on every row, 28路…12月20日 | 115路…12月20日), or each a name and figures only (美元7.7480
    7.8260 | 歐元8.3920 8.5710): a table's rows run together, the page's data."""
    run = (lookup or row_runs(items))[i]
    if run is None:
        return None
    lo, hi = run
    return Role.FURNITURE if hi - lo + 1 >= TABLE_RUN else None


STAT_PAIRS = 3  # figures paired as one side's and the other's (射门 14—9), at least, in a match's statistics line
_STAT_PAIR = regex(f"{cv.HAN}{{2,4}}\\s*\\d+(?:\\.\\d+)?%?\\s*[—–\\-－:：]\\s*\\d+(?:\\.\\d+)?%?")


def stats_line(items: list[Item], i: int) -> Role | None:
    """A match's statistics run on one line (技术统计：控球率 55%—45%　射门 14—9　角球 7—4 …): the page's data,
    no story's text nor a title."""
    it = items[i]
    if it.role in FURNITURE_ROLES or cv.SENTENCE_PUNCT.search(it.text):
        return None
    return Role.FURNITURE if len(_STAT_PAIR.findall(it.text)) >= STAT_PAIRS else None


SPEC_LINES, SPEC_MAX = 12, 30  # lines at most under a spec box's label, characters at most each
_SPEC_LABEL = regex("^\\S{0,2}(?:参数|參數|配置|规格|規格)\\S{0,4}$")  # 参数速览, 主要配置, 规格表
SPEC_FIELDS = 3  # a spec box's fields (轴距：…) run together in one block, at least
_FIELD = regex(f"{cv.HAN}{{1,6}}[：:]")
_MEASURE = regex("[0-9](?:[0-9.,]*\\s*(?:mm|km|kWh|kW|cm|kg|mAh|Wh|W|L|T|毫米|厘米|公里|千米|千瓦时|千瓦|千克|公斤|升|"
                 "万元|元|英寸|秒|小时|分钟|%|％)|[0-9.]*×[0-9])")  # a measure: 2915mm, 1.5T, 4905×1920
# a field whose value names a model or a figure (内存/存储：12GB+256GB, 前置：3200万像素): a spec's line, however long
_SPEC_FIELD = regex(f"^{cv.HAN}{{1,4}}(?:/{cv.HAN}{{1,4}})?[：:][^，,。：:]*[0-9A-Za-z]")
SPEC_FIELD_MAX = 60  # characters of such a line, at most
_SPEC_NOTE = regex("^[（(][^）)]{1,12}[）)]$")  # (CLTC): the standard a figure is measured by


def spec_box(items: list[Item], i: int) -> Role | None:
    """A spec box's label (参数速览) and the lines under it that each give a measure (轴距：2915mm, 4905×1920×1485mm,
    续航：纯电195km，综合1320km, a field's label alone, 长×宽×高：, or the standard in brackets): a table, the page's
    data; the box ends at the first line that is none of these (the story's text going on)."""
    for j in range(i, max(-1, i - SPEC_LINES - 1), -1):
        t = cv.squash(items[j].text)
        if _SPEC_LABEL.match(t) and not items[j].dateline:
            return Role.FURNITURE
        fields = len(_FIELD.findall(t)) >= SPEC_FIELDS and _MEASURE.search(t)  # (a PDF's box: one block)
        spec = _SPEC_FIELD.match(t) and cv.length(t) <= SPEC_FIELD_MAX  # (处理器：某芯Y9（4纳米）, 防护：IP68级)
        note = j == i and _NOTE.match(t) and cv.length(t) <= NOTE_MAX  # (the box's note under its lines)
        if note:
            continue
        if items[j].dateline or cv.SENTENCE_PUNCT.search(t) or not fields and not spec and (cv.length(t) > SPEC_MAX or not (
                _MEASURE.search(t) or t[-1:] in "：:" or _SPEC_NOTE.match(t))):
            return None
    return None


_NOTE = regex("^(?:注|註|说明|說明|备注|備註)\\s*[：:]")  # 注：… a table's note
NOTE_MAX = 80  # characters of a table's note under its rows, at most


def table_note(items: list[Item], i: int) -> Role | None:
    """A note right under a table's rows (注：某某之战经加时决出胜负。): the table's own, the page's data with it."""
    it = items[i]
    return Role.FURNITURE if i and _NOTE.match(it.text.strip()) and cv.length(it.text) <= NOTE_MAX \
        and items[i - 1].rule in ("table_rows", "data_row", "table_label", "spec_box") and it.role not in FURNITURE_ROLES else None  # (梧阳62良)


# a product's price (参考价：899元, 售价：3999元起, 指导价：13.98万元): after the item's text, that text's last line
PRICE_LINE = regex("^(?:参考|參考|官方|厂商|廠商|建议|建議|首发|首發|到手|起售|零售|优惠|優惠)?(?:售价|售價|价格|價格|价|價)\\s*[：:]\\s*"
                   "[约約]?[¥￥$]?\\s*[0-9][0-9.,]*\\s*(?:万|萬)?(?:元|美元|港元|新元|令吉)?起?$")


def price_line(items: list[Item], i: int) -> Role | None:
    """A product's price alone right after a paragraph that ends its sentence (a product brief's last line): that
    text's, a line of its own (over the text, under the product's name, it is a deck; in a spec box, its data)."""
    it, prev = items[i], items[i - 1] if i else None
    return Role.PARAGRAPH if (prev is not None and prev.role is Role.PARAGRAPH and cv.ends_paragraph(prev.text)
                              and it.role in (Role.HEADLINE, Role.PARAGRAPH) and PRICE_LINE.match(cv.squash(it.text))) else None

