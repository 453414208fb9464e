"""Items → the lines of a table a dump runs together and a match's statistics line: the page's data, no story's text
nor its titles (the table's label, head row and note over and under them are furnish.table_label's)."""
from __future__ import annotations

from ..model import FURNITURE_ROLES, Role
from . import conventions as cv
from .items import Item
from .patterns import regex

TABLE_RUN, ROW_MAX = 3, 40  # rows at least, characters at most each: a table's rows run together, ending alike
_ROW_END = regex("(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９][0-9０-９.]*\\s*(?:元|万元|萬元|%|％|分钟|分鐘|公里))$")


def table_rows(items: list[Item], i: int) -> Role | None:
    """Three lines or more in a row, no sentence ending in them, each ending on the same value (a table's last
    column: 实施日期 12月20日 on every row, 28路…12月20日 | 115路…12月20日): a table's rows run together, the page's data."""
    def row(k: int) -> str | None:
        t = items[k].text.strip()
        m = _ROW_END.search(t)
        return m.group(0) if m and (items[k].role in (Role.HEADLINE, Role.PARAGRAPH) or items[k].rule == "table_rows") \
            and cv.length(t) <= ROW_MAX \
            and not cv.SENTENCE_PUNCT.search(t) and cv.length(t) > cv.length(m.group(0)) + 2 else None
    end = row(i)
    if end is None:
        return None
    lo, hi = i, i
    while lo > 0 and row(lo - 1) == end:
        lo -= 1
    while hi + 1 < len(items) and row(hi + 1) == end:
        hi += 1
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
