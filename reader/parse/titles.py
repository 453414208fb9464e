"""A headline group's lines → rubric, kicker, headline and subheadline, by Chinese headline conventions."""
from __future__ import annotations

from ..model import Role
from . import conventions as cv

KICKER_RATIO = 1.5  # a first line this many times longer than a short second one reads as 引题 over 主题
SHORT_HEADLINE = 12  # characters: a main title at most this long under a long kicker


def is_rubric(text: str) -> bool:
    """A column label (…巡礼, 【…】) or a series banner (在…指引下 …)."""
    t = cv.squash(text)
    return bool(cv.RUBRIC_SUFFIX.match(t) or cv.RUBRIC_BRACKETS.match(t) or cv.RUBRIC_DOT.match(t) or cv.BANNER.match(t))


def split_kicker(text: str) -> tuple[str, str] | None:
    """A kicker set on the headline's own line (…上强调 坚定…): the two parts, or None."""
    m = cv.KICKER_HEADLINE.match(text.strip())
    if m and cv.length(m.group(2)) >= 4:
        return m.group(1), m.group(2)
    return None


def assign(lines: list[str], signed: bool = False) -> list[tuple[Role, str, str]]:
    """(role, text, rule) for each line of a headline group, kicker-headline lines split in two.

    signed: the group carries its author's name (an essay's layout); there a
    subheadline opens with ——, so an undashed line above the last is a kicker.
    """
    out: list[tuple[Role, str, str]] = []
    rest = list(lines)
    while len(rest) > 1 and is_rubric(rest[0]):
        out.append((Role.RUBRIC, rest.pop(0), "rubric_shape"))
    if not rest:  # only labels: the last is the headline
        role, text, _ = out.pop()
        rest = [text]
    split = split_kicker(rest[0]) if not any(r is Role.KICKER for r, _, _ in out) else None
    if split:
        out += [(Role.KICKER, split[0], "kicker_on_headline_line"), (Role.HEADLINE, split[1], "kicker_on_headline_line")]
        out += [(Role.SUBHEADLINE, t, "under_headline") for t in rest[1:]]
        return out
    if len(rest) == 1:
        return out + [(Role.HEADLINE, rest[0], "single_title")]
    first, second = rest[0], rest[1]
    if signed and not any(cv.SUBHEAD_DASH.match(t) for t in rest[1:]):
        out += [(Role.KICKER, t, "kicker_over_signed_title") for t in rest[:-1]]
        return out + [(Role.HEADLINE, rest[-1], "signed_title")]
    kicker_first = (cv.KICKER_END.search(cv.squash(first)) is not None
                    or (len(rest) >= 3 and not cv.SUBHEAD_DASH.match(rest[1]))
                    or (cv.length(first) >= KICKER_RATIO * cv.length(second) and cv.length(second) <= SHORT_HEADLINE
                        and not cv.SUBHEAD_DASH.match(second)))
    if kicker_first:
        out += [(Role.KICKER, first, "kicker_shape"), (Role.HEADLINE, second, "under_kicker")]
        out += [(Role.SUBHEADLINE, t, "under_headline") for t in rest[2:]]
    else:
        out += [(Role.HEADLINE, first, "headline_first")]
        out += [(Role.SUBHEADLINE, t, "under_headline") for t in rest[1:]]
    return out
