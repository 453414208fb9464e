"""A headline and a line width → its lines on the cover: clreq's rules kept, broken between phrases and words.

Chinese sets no spaces between words, so a line may break between any two
characters (W3C clreq) — and a cover that breaks 专精特新 as 专/精特新 reads
badly. Where a headline has to take several lines, the breaks are chosen among
all that fit, preferring, in order: the headline's own spaces (its phrases)
and punctuation, then the boundaries of words, then any break between two
characters; no line is left with one or two characters when another choice
exists; among equals, the most even lines. Words are found with a word list
(zh_words.txt) by their frequencies, as jieba segments; a run the list does not
know (a name, a new term) is not broken inside when a break outside it fits.
A number stays with what it counts (4月, 3号线).
"""
from __future__ import annotations

import functools
import math
import re

from ..parse.patterns import regex
from ..words import word_ranks

# Line-breaking rules (W3C clreq §3.1.7): these never start a line …
NO_LINE_START = "，。、；：！？）」』”’》】〕〗〉…—·,.;:!?)]}%"
# … and these never end one.
NO_LINE_END = "（「『“‘《【〔〖〈([{"
# Pause marks and opening brackets make no sense just before an ellipsis.
NOT_BEFORE_ELLIPSIS = " ，。、；：,.;:" + NO_LINE_END
_ATOM = regex(r"[A-Za-z0-9]+(?:[.,:'’\-][A-Za-z0-9]+)*%?|—+|…+|\s+|.", re.S)
# A space inside a bracket or before a comma would be a break that the rules above forbid.
_SPACE_BY_PUNCTUATION = regex(f"(?<=[{re.escape(NO_LINE_END)}]) | (?=[{re.escape(NO_LINE_START)}])")
# A space between Chinese phrases parts them; one beside Latin letters or digits (2017 年) is only spacing.
_PHRASE_SPACE = regex(r"(?<![A-Za-z0-9%])\s+(?![A-Za-z0-9])")
ELLIPSIS = "……"  # the Chinese ellipsis takes two em
PHRASE, WORD, ANY = 3, 2, 1  # how good a break is: at a space or punctuation; between words; between characters
SHORT_LINE = 2  # characters: a line this short looks like a stray
MAX_WORD = 4  # characters of the longest word looked up
# A break after these (pauses, stops, closing brackets and quotes) or before an opening bracket is a phrase break.
PHRASE_END = "，。、；：！？）」』”’》】〕〗〉…—,.;:!?)]}"
PHRASE_START = "（「『“‘《【〔〖〈([{"
# A quoted term or title this short is kept on one line: “一带一路”, 《红楼梦》 (a long quotation may break).
_QUOTED = regex("“[^“”]{1,8}”|‘[^‘’]{1,8}’|「[^「」]{1,8}」|『[^『』]{1,8}』|《[^《》]{1,8}》|〈[^〈〉]{1,8}〉")
MIN_FILL = 0.7  # of the width: a headline too long for its lines fills each, breaking at the best place this far on


def break_lines(text: str, width: float, measure) -> list[str]:
    """`text` in lines no wider than `width`: CJK breaks anywhere, Latin words stay whole, clreq rules kept."""
    lines: list[str] = []
    line = ""
    for atom in _atoms(text):
        if atom.isspace():
            if line:
                line += " "
            continue
        if measure(line + atom) <= width or not line.strip():
            line += atom
            continue
        lines.append(line.rstrip())
        line = atom
    if line.strip():
        lines.append(line.rstrip())
    return [piece for long_line in lines for piece in _split_overlong(long_line, width, measure)]


def _atoms(text: str) -> list[str]:
    """Unbreakable runs: a character, a Latin word, a dash or ellipsis pair, glued to punctuation that must not be alone."""
    atoms: list[str] = []
    glue_next = False
    for match in _ATOM.finditer(_SPACE_BY_PUNCTUATION.sub("", " ".join(text.split()))):
        token = match.group()
        if atoms and not token.isspace() and (glue_next or token[0] in NO_LINE_START):
            atoms[-1] += token
        else:
            atoms.append(token)
        glue_next = not token.isspace() and token[-1] in NO_LINE_END
    return atoms


def _split_overlong(line: str, width: float, measure) -> list[str]:
    """A line wider than `width` (one long Latin word) cut by character, so nothing spills off the page."""
    pieces, piece = [], ""
    for c in line:
        if piece and measure(piece + c) > width:
            pieces.append(piece)
            piece = ""
        piece += c
    return pieces + [piece] if piece else pieces


def _phrases(text: str) -> list[str]:
    """The phrases of a headline: its parts between spaces, a space beside Latin letters or digits kept inside."""
    return [p for p in _PHRASE_SPACE.split(_SPACE_BY_PUNCTUATION.sub("", " ".join(text.split()))) if p]


def _phrase_lines(text: str, width: float, measure) -> list[str]:
    """`text` broken only at its spaces, which part a Chinese headline's phrases; [] when a phrase is too wide."""
    lines: list[str] = []
    for phrase in _phrases(text):
        if measure(phrase) > width:
            return []
        if lines and measure(lines[-1] + " " + phrase) <= width:
            lines[-1] += " " + phrase
        else:
            lines.append(phrase)
    return lines


def _balanced(breaker, text: str, width: float, measure) -> list[str]:
    """The same number of lines as at `width`, at the narrowest width that keeps it: no one-character last line."""
    lines = breaker(text, width, measure)
    if len(lines) < 2:
        return lines
    narrow, wide = 0.0, width  # at `wide` the text takes no more lines than at `width`; at `narrow` it does
    while wide - narrow > 1:
        middle = (narrow + wide) / 2
        trial = breaker(text, middle, measure)
        if trial and len(trial) <= len(lines):
            wide = middle
        else:
            narrow = middle
    return breaker(text, wide, measure)


def headline_lines(text: str, width: float, max_lines: int, measure) -> list[str]:
    """A headline set in at most `max_lines` lines: broken at its spaces when that fits, else in as few lines as
    it takes, at the best breaks (punctuation, then word boundaries: best_lines), evenly."""
    if len(_phrases(text)) > 1:
        by_phrase = _phrase_lines(text, width, measure)
        if by_phrase and len(by_phrase) <= max_lines:
            return _balanced(_phrase_lines, text, width, measure)
    lines = break_lines(text, width, measure)
    if len(lines) > max_lines:
        return clip_lines(filled_lines(_units(text), width, measure), max_lines, width, measure)
    if len(lines) > 1:
        units = _units(text)
        # a line more, where the headline may have one, rather than a word or a quoted term broken
        for count in range(len(lines), max_lines + 1):
            best = best_lines(units, count, width, measure, whole=True)
            if best:
                return best
        best = best_lines(units, len(lines), width, measure)
        if best:
            return best
    return _balanced(break_lines, text, width, measure)


def _units(text: str) -> list[tuple[str, bool]]:
    """The atoms of `text` that lines are made of, each with whether a space came before it."""
    units, space = [], False
    for atom in _atoms(text):
        if atom.isspace():
            space = bool(units)
        else:
            units.append((atom, space))
            space = False
    return units


def clip_lines(lines: list[str], max_lines: int, width: float, measure) -> list[str]:
    """At most `max_lines` lines; a cut headline ends in an ellipsis that fits the width."""
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and measure(last.rstrip(NOT_BEFORE_ELLIPSIS) + ELLIPSIS) > width:
        last = last[:-1]
    if not last.rstrip(NOT_BEFORE_ELLIPSIS) and max_lines > 1:  # an ellipsis alone: the line before ends in it
        return clip_lines(lines[:max_lines - 1] + [""], max_lines - 1, width, measure)
    return lines[:max_lines - 1] + [last.rstrip(NOT_BEFORE_ELLIPSIS) + ELLIPSIS]


def _han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def word_spans(text: str) -> list[tuple[int, int]]:
    """The words of `text` as (start, end) offsets: the most likely reading by the word list's frequencies (as
    jieba reads), a character a piece where it knows no word. Traditional text is looked up in its Simplified
    form (the list is Simplified), character for character."""
    ranks = word_ranks()
    unknown = math.log(len(ranks) + 2)  # a piece costs the log of its rank (Zipf: -log p, up to a constant)
    key = text
    if any(_han(c) for c in text):
        from ..parse.script import t2s  # the parser's own converter, already loaded

        simplified = t2s().convert(text)
        if len(simplified) == len(text):
            key = simplified
    n = len(key)
    best: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)  # (cost, start of the last piece) of each prefix
    for end in range(1, n + 1):
        best[end] = (best[end - 1][0] + unknown, end - 1)
        for size in range(2, min(MAX_WORD, end) + 1):
            rank = ranks.get(key[end - size:end])
            if rank is not None and best[end - size][0] + math.log(rank + 2) < best[end][0]:
                best[end] = (best[end - size][0] + math.log(rank + 2), end - size)
    spans, end = [], n
    while end:
        start = best[end][1]
        spans.append((start, end))
        end = start
    return spans[::-1]


def break_scores(units: list[tuple[str, bool]]) -> list[int | None]:
    """For each place between two units (clreq atoms, each with whether a space came before it), how good a line
    break there is: PHRASE, WORD or ANY, or None inside a known word or a short quoted term."""
    text = "".join(u for u, _ in units)
    starts, ends, inside = set(), set(), set()
    for start, end in word_spans(text):
        if end - start > 1:
            starts.add(start)
            ends.add(end)
            inside.update(range(start + 1, end))
    for m in _QUOTED.finditer(text):  # a short quoted term or title is one: “一带一路”, 《红楼梦》
        inside.update(range(m.start() + 2, m.end() - 1))
    scores: list[int | None] = []
    offset = 0
    for (before, _), (after, space) in zip(units, units[1:]):
        offset += len(before)
        if offset in inside:
            scores.append(None)
        elif before[-1] in PHRASE_END or after[0] in PHRASE_START or space and not _latin(before) and not _latin(after):
            scores.append(PHRASE)  # a space between Chinese phrases; one by a number (2017 年) is only spacing
        elif _latin(before) and _han(after[0]):
            scores.append(ANY)  # a number goes with what it counts: 4月, 3号线
        elif space or offset in starts or offset in ends or _latin(after):
            scores.append(WORD)  # next to a known word, or before Latin letters or digits
        else:
            scores.append(ANY)
    return scores


def _latin(unit: str) -> bool:
    """A run of Latin letters or digits (a clreq atom: 2017, COVID-19, 98.7%)."""
    return unit[0].isascii() and unit[0].isalnum()


def best_lines(units: list[tuple[str, bool]], count: int, width: float, measure,
               whole: bool = False) -> list[str] | None:
    """`units` set in exactly `count` lines no wider than `width`, at the best breaks; None when none fit (or,
    `whole`, none fit without breaking a word)."""
    scores = break_scores(units)

    @functools.lru_cache(maxsize=None)
    def line(i: int, j: int) -> tuple[str, float]:
        text = "".join((" " if space and k > i else "") + u for k, (u, space) in enumerate(units[i:j], i))
        return text, measure(text)

    best = None

    def search(start: int, breaks: tuple[int, ...]) -> None:
        nonlocal best
        if len(breaks) == count - 1:
            if line(start, len(units))[1] > width:
                return
            bounds = (0, *breaks, len(units))
            lines = [line(a, b) for a, b in zip(bounds, bounds[1:])]
            key = (sum(scores[b - 1] is None for b in breaks),
                   sum(len(text.replace(" ", "")) <= SHORT_LINE for text, _ in lines),
                   -sum(scores[b - 1] or 0 for b in breaks),
                   max(w for _, w in lines), breaks)
            if best is None or key < best[0]:
                best = (key, [text for text, _ in lines])
            return
        for end in range(start + 1, len(units)):
            if line(start, end)[1] > width:
                break
            if not (whole and scores[end - 1] is None):
                search(end, breaks + (end,))

    search(0, ())
    return best[1] if best else None


def filled_lines(units: list[tuple[str, bool]], width: float, measure) -> list[str]:
    """`units` in full lines, each ended at the best break past MIN_FILL of the width (for a headline that will be
    cut short: the lines shown are full, and end between words where they can)."""
    scores = break_scores(units) + [PHRASE]
    lines, start = [], 0
    while start < len(units):
        ends = []
        for end in range(start + 1, len(units) + 1):
            text = "".join((" " if space and k > start else "") + u
                           for k, (u, space) in enumerate(units[start:end], start))
            wide = measure(text)
            if wide > width and ends:
                break
            ends.append((end, text, wide))
        if ends[-1][0] == len(units):
            lines.append(ends[-1][1])
            break
        end, text, _ = max(ends, key=lambda e: (scores[e[0] - 1] is not None,
                                                e[2] >= MIN_FILL * width and scores[e[0] - 1] or 0, e[0]))
        lines.append(text)
        start = end
    return lines
