"""A headline group's lines → rubric, kicker, headline and subheadline, by Chinese headline conventions."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

from ..model import Role
from . import conventions as cv
from .patterns import regex

TYPE_STEP = 1.15  # a headline group's line set this many times larger than each other line is its main title
KICKER_RATIO = 1.5  # a first line this many times longer than a short second one reads as 引题 over 主题
SHORT_HEADLINE = 12  # characters: a main title at most this long under a long kicker
LABEL_MAX = 5  # characters: a column's label (记者回访, 读者随手拍) set over a headline is a word or two …
LABEL_RATIO = 1.5  # … and the line under it runs this many times longer
_QA_LABEL = regex(f"^{cv.HAN}{{2,8}}(?:答疑|问答|問答)$")  # a Q&A column's label (专家答疑, 购房问答)
_ALL_HAN = regex(f"^{cv.HAN}+$")


def is_rubric(text: str) -> bool:
    """A column label (…巡礼, 【…】), a profile's label (人物简介) or a series banner (在…指引下 …)."""
    t = cv.squash(text)
    return bool(cv.RUBRIC_SUFFIX.match(t) or cv.RUBRIC_LABEL.match(t) or cv.RUBRIC_BRACKETS.match(t)
                or cv.RUBRIC_DOT.match(t) or cv.BANNER.match(t) or cv.PROFILE_LABEL.match(t))


def label_over(line: str, below: str) -> bool:
    """A word or two in Han characters alone over a much longer line: a column's label, not a kicker (a kicker
    leads into the headline at a headline's length)."""
    t = cv.squash(line)
    return (len(t) <= LABEL_MAX and _ALL_HAN.match(t) is not None and t[-1] not in "报報"  # (a paper's name)
            and cv.length(below) >= LABEL_RATIO * len(t) and not cv.SUBHEAD_DASH.match(below))


# a commemoration's kicker, run into the headline (纪念某厂建厂六十周年老厂房里…): it ends on the anniversary
_ANNIVERSARY = regex(f"^((?:纪念|紀念|庆祝|慶祝){cv.HAN}[^\\s，,。]{{2,24}}?(?:周年|週年))(\\S.*)$")
# a meeting's kicker run into its headline, no space between (…会议　某某主持并强调聚力攻坚…): cut after the verb of
# saying that closes such a kicker, 并/上/时/会议 before it (a headline's own 要求 or 部署 is left alone)
_SAID_GLUED = regex("^(\\S.{9,}?(?:并|並|上|时|時|中|会议|會議)(?:强调|強調|指出|要求))(\\S.{7,})$")
# a meeting's kicker run into its headline (某某领导人会议在某地闭幕十一国签署…): it ends on the meeting closing,
# opening or being held, in a place (在某地), its headline's own words after it
_HELD_GLUED = regex(f"^(\\S{{4,}}?(?:会议|會議|大会|大會|峰会|峰會|论坛|論壇|博览会|博覽會)在{cv.HAN}{{2,8}}?(?:闭幕|閉幕|开幕|開幕|召开|召開|举行|舉行))({cv.HAN}\\S{{7,}})$")
# a figures kicker run into its headline (前10月某指标同比增长5.8%工业经济稳中有进 新动能加快成长): cut after the rate
# it closes on, where a space sets the headline's phrases apart (or an ideographic one the kicker's): a headline's own
# rate (净利增38%宣布…) runs on in one phrase
_RATE_GLUED = regex(f"^(\\S.{{9,}}?(?:增长|增長|增|下降|上涨|上漲|提高|达|達)[0-9.]+[%％])({cv.HAN}\\S.{{5,}})$")


def split_kicker(text: str) -> tuple[str, str] | None:
    """A kicker set on the headline's own line (…上强调 坚定…, 纪念…周年老厂房里…): the two parts, or None."""
    text = text.strip()
    m = cv.KICKER_HEADLINE.match(text) or _ANNIVERSARY.match(text) or _SAID_GLUED.match(text) or _HELD_GLUED.match(text)
    if m and cv.length(m.group(2)) >= 4:
        return m.group(1), m.group(2)
    m = _RATE_GLUED.match(text)
    if m and (" " in m.group(2) or "\u3000" in m.group(1)):
        return m.group(1), m.group(2)
    return None


class Title(NamedTuple):
    """A line of a headline group (or a part of one) with its role, the rule that gave it, and its line index."""

    role: Role
    text: str
    rule: str
    line: int


def largest_type(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title] | None:
    """A page's type sizes say it: the line set clearly largest is the headline (or the lines in a row set in that
    size), smaller lines over it kickers, under it subheadlines."""
    if not sizes or len(rest) < 2 or len(sizes) != len(rest):
        return None
    top = max(range(len(rest)), key=lambda k: sizes[k])
    end = top + 1
    while end < len(rest) and abs(sizes[end] - sizes[top]) <= SAME_SIZE * sizes[top]:
        end += 1  # the headline set on two lines (two upright lines, set down side by side)
    if any(not top <= k < end and sizes[top] < TYPE_STEP * sizes[k] for k in range(len(rest))):
        return None
    return ([Title(Role.KICKER, t, "kicker_by_size", k) for k, t in enumerate(rest[:top])]
            + [Title(Role.HEADLINE, rest[k], "largest_type", k) for k in range(top, end)] + _under(rest, end))


SAME_SIZE = 0.02  # relative: lines this close in size are set in one size


def kicker_on_headline_line(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title] | None:
    split = split_kicker(rest[0])
    if split is None:
        return None
    return ([Title(Role.KICKER, split[0], "kicker_on_headline_line", 0),
             Title(Role.HEADLINE, split[1], "kicker_on_headline_line", 0)] + _under(rest, 1))


# a correlative's first half in one line, its second opening the next: one headline set on two lines (既要…更要…)
_FIRST_HALF = regex(f"(?:既要|既|不仅|不僅|不但|一边|一邊|一手抓)(?={cv.HAN})")
_SECOND_HALF = regex("^(?:更要|也要|又要|还要|還要|更|也|又|还|還|而且|一边|一邊|一手抓)")


def correlative_lines(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title] | None:
    if len(rest) < 2 or not _FIRST_HALF.search(rest[0]) or not _SECOND_HALF.match(rest[1].strip()):
        return None
    return [Title(Role.HEADLINE, rest[0], "correlative_lines", 0), Title(Role.HEADLINE, rest[1], "correlative_lines", 1)] \
        + _under(rest, 2)


def single_title(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title] | None:
    return [Title(Role.HEADLINE, rest[0], "single_title", 0)] if len(rest) == 1 else None


def signed_title(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title] | None:
    if not signed or any(cv.SUBHEAD_DASH.match(t) for t in rest[1:]):
        return None
    return ([Title(Role.KICKER, t, "kicker_over_signed_title", k) for k, t in enumerate(rest[:-1])]
            + [Title(Role.HEADLINE, rest[-1], "signed_title", len(rest) - 1)])


def kicker_shape(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title] | None:
    first, second = rest[0], rest[1]
    if not (cv.KICKER_END.search(cv.squash(first)) is not None
            or (len(rest) >= 3 and not cv.SUBHEAD_DASH.match(rest[1]))
            or (cv.length(first) >= KICKER_RATIO * cv.length(second) and cv.length(second) <= SHORT_HEADLINE
                and not cv.SUBHEAD_DASH.match(second))):
        return None
    return ([Title(Role.KICKER, first, "kicker_shape", 0), Title(Role.HEADLINE, second, "under_kicker", 1)]
            + _under(rest, 2))


def headline_first(rest: list[str], signed: bool, sizes: list[float] | None) -> list[Title]:
    return [Title(Role.HEADLINE, rest[0], "headline_first", 0)] + _under(rest, 1)


def _under(rest: list[str], start: int) -> list[Title]:
    """The lines from start on: subheadlines under the headline."""
    return [Title(Role.SUBHEADLINE, t, "under_headline", k) for k, t in enumerate(rest[start:], start)]


@dataclass(frozen=True)
class TitleRule:
    """How a headline group's lines (its leading column labels set aside) divide into kicker, headline and
    subheadlines: fn(lines, signed, sizes) gives every line's role, or None when the rule does not apply (sizes:
    each line's type size where the page's geometry is known)."""

    name: str
    fn: Callable[[list[str], bool, list[float] | None], list[Title] | None]
    why: str


TITLE_RULES: list[TitleRule] = [
    TitleRule("largest_type", largest_type, "on a printed page the line set clearly largest (1.15 times each other) "
              "is the headline: smaller lines over it are kickers, under it subheadlines"),
    TitleRule("kicker_on_headline_line", kicker_on_headline_line,
              "a kicker ending in a verb of saying set on the headline's own line (…上强调 坚定…) is split off it"),
    TitleRule("single_title", single_title, "a group of one line is its headline"),
    TitleRule("correlative_lines", correlative_lines, "a line holding a correlative's first half (既要…) and the "
              "next opening with its second (更要…) are one headline set on two lines"),
    TitleRule("signed_title", signed_title,
              "a signed essay's subheadline opens with ——: undashed lines above its last line are kickers"),
    TitleRule("kicker_shape", kicker_shape, "a first line that ends in a verb of saying, leads three undashed "
              "lines, or runs 1.5 times a short second line is the kicker (引题) over the headline"),
    TitleRule("headline_first", headline_first, "otherwise the first line is the headline, the rest subheadlines"),
]


def assign(lines: list[str], signed: bool = False, sizes: list[float] | None = None) -> list[Title]:
    """Each line of a headline group with its role, in line order; a kicker-headline line gives two.

    Leading lines shaped like column labels, or a word or two over one much longer line (over several, where it
    is set smaller than the headline: a tab's label), are rubrics (never the last line); the rest go to the first rule
    of TITLE_RULES that applies. signed: the group carries its author's name (an essay's layout); sizes: each line's type size, when
    the page's geometry is known.
    """
    out: list[Title] = []
    k = 0
    while len(lines) - k > 1 and (is_rubric(lines[k]) or _QA_LABEL.search(cv.squash(lines[k])) or (len(lines) - k == 2 or sizes and sizes[k] < max(sizes[k + 1:]))
                                  and label_over(lines[k], lines[k + 1])):  # (a tab's label, set under the headline; a
        # Q&A column's over its title: 宠物医生答疑 | 换季时节…; alone over its turns, it is the column's headline)
        out.append(Title(Role.RUBRIC, lines[k], "rubric_shape", k))
        k += 1
    rest = lines[k:]
    for rule in TITLE_RULES:
        got = rule.fn(rest, signed, sizes[k:] if sizes else None)
        if got is not None:
            return out + [t._replace(line=t.line + k) for t in got]
    raise AssertionError("headline_first always applies")
