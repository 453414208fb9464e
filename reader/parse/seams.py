"""pdftotext's blocks → reading order restored at column seams: a block cut mid-sentence read with the block that
goes on with it.

pdftotext gives a page's blocks in the order its text stream holds them, which is not always the order a person
reads: a column's foot is often followed by a headline, a caption or another story's column, and the text it cut
goes on many blocks later (or earlier). A block whose last two lines fill its column and end no sentence is cut
there; the block that goes on with it starts at the column's edge (no indent, no bullet, no dateline, no title
over it) in a column of the same width. Of such pairs the block right after is taken first, then a seam whose two
characters make a pair the page prints elsewhere (…乡卫 | 生院…), then a later block, the nearer first; an earlier
block only at such a seam. Each block goes on in one block at most, and a block that already goes on from the
block before it is taken by no other. Only the order changes: every block, with its line numbers, is kept.
"""
from __future__ import annotations

import re
from collections import Counter

from . import conventions as cv
from .segment import unjustify, width

_HAN_PAIR = re.compile(f"{cv.HAN}{{2}}")
Line = tuple[int, int, str]  # (line number, page, text), as segment._lines gives them
Run = tuple[int, list[Line]]  # (blank lines before it, its lines): one of pdftotext's blocks

CLOSED = "。！？!?”」』）)：:；;…"  # a line ending on one of these closes its sentence (or announces what follows)
COLUMN_SLACK = 1.0  # cells: lines this close in width are one column's (justified lines vary by a figure's half cell)
COLUMN_MIN = 4  # cells: a column is this wide at least (narrower runs of lines are vertical type or a table's)
COLUMN_SHARE, COLUMN_LINES = 0.05, 4  # of the page's lines in blocks of 3 lines or more, and lines at least, a column's width takes
INDENT = 2  # cells: a paragraph's first line is this much shorter than its column
REACH = 80  # blocks: a continuation is looked for this far on either side at most
NEXT, SEAM, LATER, NEAR = 3.0, 1.5, 0.5, 0.01  # weights: the block right after; a seam the page prints; later; each block away


def _texts(run: Run) -> list[str]:
    return [line for _, _, line in run[1]]


def _spaced(line: str) -> bool:
    """pdftotext spaced the line's characters out: it was justified to its column's full width."""
    return unjustify(line) != line


def _column_width(lines: list[str]) -> int:
    """A block's column: its commonest line width, the wider of two as common (three lines or more), else its
    widest line's."""
    widths = [round(width(ln)) for ln in lines]
    return max(Counter(widths).items(), key=lambda kv: (kv[1], kv[0]))[0] if len(lines) >= 3 else max(widths)


def _closed(line: str) -> bool:
    return line.rstrip()[-1:] in CLOSED


def _opens(line: str) -> bool:
    """The line opens something of its own: a bullet's item, a numbered one, a dateline, a bracketed lead-in."""
    text = line.strip()
    return bool(cv.LIST_MARK.match(text) or cv.ENUMERATOR.match(text) or cv.DATELINE.match(text)) or text[:1] in "【〔"


def reading_order(runs: list[Run]) -> list[Run]:
    """The runs page by page, each page's runs reordered so each block cut mid-sentence is followed by the block
    that goes on with it."""
    out: list[Run] = []
    page: list[Run] = []
    for run in runs:
        if page and run[1][0][1] != page[0][1][0][1]:
            out += _page_order(page)
            page = []
        page.append(run)
    return out + _page_order(page)


def _page_order(runs: list[Run]) -> list[Run]:
    n = len(runs)
    if n < 3:
        return runs
    lines = [_texts(r) for r in runs]
    cols = [_column_width(ls) for ls in lines]
    flat = ["".join(ls).replace(" ", "") for ls in lines]
    pairs = Counter(s[k:k + 2] for s in flat for k in range(len(s) - 1))  # the character pairs the page prints
    counted = Counter(round(width(ln)) for ls in lines if len(ls) >= 3 for ln in ls)
    floor = max(COLUMN_LINES, COLUMN_SHARE * sum(counted.values()))
    columns = [w for w, c in counted.items() if c >= floor and w >= COLUMN_MIN]

    def full(line: str, column: int) -> bool:  # the line fills the column
        return abs(width(line) - column) <= COLUMN_SLACK or _spaced(line) and width(line) <= column

    def cut(i: int) -> bool:  # its last two lines fill a column of the page, no sentence ended
        ls = lines[i]
        return (len(ls) >= 2 and any(abs(cols[i] - c) <= COLUMN_SLACK for c in columns) and not _closed(ls[-1])
                and all(full(ln, cols[i]) for ln in ls[-2:]))

    def goes_on(j: int, column: int, far: bool) -> bool:  # it may go on with text cut in a column this wide
        ls, first = lines[j], width(lines[j][0])
        if _opens(ls[0]) or first > column + 1.5 * COLUMN_SLACK:
            return False
        if len(ls) == 1:  # (a paragraph's last line alone: 大。)
            return _closed(ls[0]) and first <= column - 1.5 * COLUMN_SLACK
        if far and not _closed(ls[0]) and not full(ls[1], column) and not _closed(ls[1]):
            return False  # a title over a paragraph's indented first line, or wrapped onto a short second line
        return (abs(cols[j] - column) <= COLUMN_SLACK or _spaced(ls[0])) and (
            full(ls[0], column) or _closed(ls[0]) and first < column)

    follows = {i + 1 for i in range(n - 1) if len(lines[i]) >= 2 and not _closed(lines[i][-1])
               and goes_on(i + 1, cols[i], False)}  # a block going on from the one before: none other's
    scored = []
    for i in (i for i in range(n) if cut(i)):
        for j in range(max(0, i - REACH), min(n, i + REACH + 1)):
            if j == i or j in follows and j != i + 1 or not goes_on(j, cols[i], j != i + 1):
                continue
            seam = flat[i][-1:] + flat[j][:1]
            printed = bool(_HAN_PAIR.fullmatch(seam) and pairs[seam])
            if j < i and not printed:
                continue  # (text read before its column's foot: only a seam the page prints takes it back)
            score = (NEXT if j == i + 1 else 0) + (SEAM if printed else 0) + (LATER if j > i else 0) - NEAR * abs(j - i)
            scored.append((-score, i, j))
    successor: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in sorted(scored):
        if i not in successor and j not in taken:
            successor[i] = j
            taken.add(j)

    def after(k: int) -> int | None:  # the block read after k: its continuation, or the next going on from it
        if k in successor:
            return successor[k]
        return k + 1 if k + 1 < n and k + 1 not in taken and goes_on(k + 1, cols[k], False) else None

    return [runs[k] for k in _read_on(n, taken, after)]


def _read_on(n: int, taken: set[int], after) -> list[int]:
    """The blocks' reading order: from each block in dump order not read yet, on through the blocks read after it
    (after(k)); a block taken as a continuation is read after the block it continues (or, in a ring, last)."""
    order: list[int] = []
    done: set[int] = set()
    for first_pass in (True, False):
        for start in range(n):
            k: int | None = start
            if start in done or first_pass and start in taken:
                continue
            while k is not None and k not in done:
                order.append(k)
                done.add(k)
                k = after(k)
    return order
