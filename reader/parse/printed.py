"""Printed lines → chunks: line dumps and pdftotext dumps read line by line, each line measured against its column.

A line dump gives every printed line a block of its own; pdftotext gives blocks of hard-wrapped lines, the indent
dropped and justified lines spaced out. Both are read here alike: a line's column width comes from the lines around
it set in one column; against it a line is full (the paragraph goes on), short by an indent (a paragraph opens),
shorter (a paragraph's last line, or a title), or wider (a headline set across columns). In a pdftotext dump a
blank line ends a chunk too.
"""
from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from ..model import Piece
from .conventions import (ARROWS, BARE_NAME, BOX_LABEL, BYLINE, BYLINE_TAIL, CREDIT_ROLE, DATELINE, ENUMERATOR, HAN, NUM, PHOTO_CREDIT,
                          RUBRIC_LABEL, RUBRIC_SUFFIX, SIDEBAR_TITLE, TURN_LABEL, WIRE_AGENCY, ends_paragraph)
from .patterns import regex
from .cuts import MARKS as _MARKS, Line, printed_lines, quotes_rejoined, stands_alone as _alone
from .segment import Chunk, block_chunks, join_all, width
from .titles import label_over

FULL_LINE_SLACK = 1.5  # a wrapped line this many characters short of the column width still counts as full
INDENT_CELLS = 2  # a paragraph's first line is indented by two characters
COLUMN_STRETCH = 3  # lines inside paragraphs of one width in a row: a column
BLOCK_COLUMN = 2  # inside one of pdftotext's blocks, fewer do (its first line counted)
STRETCH_SLACK = 2  # cells: a line this close to the widest of a stretch's last lines is of its column
LINE_WINDOW = 12  # lines: a column sets the width of lines this far from it; with none, the lines this near do
LINE_MIN_CELLS = 6  # a line narrower than this says nothing of its column's width
LINE_WIDE = 1.3  # a line this many times its column's width (or WIDER_CELLS wider) is set across columns
WIDER_CELLS = 3  # cells: more than a hanging mark or a run of Latin letters can widen a line of the column
TITLE_WRAP_SLACK = 3  # cells: a wrapped title's lines but its last are this close to its first line's width
CREDIT_PIECE = 4  # cells: a credit's word pdftotext set apart (a name, a role, 摄) is this wide at most
BRACKET_LINES = 3  # a credit in brackets wraps onto this many lines at most
CLAUSE_ENDS = ("，", "、", "；", "：", ",", ";", ":")  # a line ending in one goes on, however short

_OPENERS = regex("[（(]")
_CLOSERS = regex("[）)]")
LABEL_SHARE = 0.75  # of its column's width: a box's label alone on its line stops this short at least
_OPEN_NOTE = ("（", "(")  # a chunk opening a bracket: a note (（作者为…）, （记者 X）), never a headline
_SENTENCE_END = regex("[。！？!?]")  # a line with one inside is no title (…开通。 ▶A5: a teaser's last line)
_SPACED_TITLE = regex(f"{HAN} {HAN}")
_HAN_FIRST = regex(HAN)
# a dateline wrapped onto the next line: bracketed (〔記者…, 【本報…), or a wire agency and its place cut before
# the day or the 电 (新华社北京5月6 ⏎ 日电, 据新华社北京5月6, 〔中央社東京12)
_DATELINE_OPENS = regex(f"^[〔【](?:記者|记者|編譯|编译|本報|本报)"
                        f"|^[〔【（(]?[据據]?(?:{WIRE_AGENCY}){HAN}{{0,8}}?\\s*{NUM}{{1,2}}")  # (北京 5 月: spaced)
_ROLE_ALONE = regex(f"^(?:{CREDIT_ROLE})$")
_CREDIT_WORDS = ("/", "／", "文", "图", "圖", "摄", "攝", "文/图", "文／图", "供图", "供圖")  # a credit's last word
_DASH = ("——", "--")  # a subheadline or a kicker set after its headline opens with a dash


def column_width(lines: list[str]) -> float:
    """The wrap width: the commonest width among the longer lines (of two as common, the wider)."""
    widths = sorted(width(ln) for ln in lines)
    if not widths:
        return 0.0
    long = Counter(round(w) for w in widths if w >= widths[len(widths) // 2])
    return float(max(long, key=lambda w: (long[w], w)))


def _columns(lines: list[str], least: int, first_lines: bool) -> list[tuple[int, int, float]]:
    """Stretches of lines set in one column, as (first index, last index, width): least or more lines inside
    paragraphs (ending neither a sentence nor short of LINE_MIN_CELLS, nor opening a paragraph unless
    first_lines) in a row, each within STRETCH_SLACK of the widest of the COLUMN_STRETCH lines before it."""
    stretches: list[list[int]] = []
    widths: dict[int, float] = {}
    for i, ln in enumerate(lines):
        w = width(ln)
        if w < LINE_MIN_CELLS or ends_paragraph(ln) or not first_lines and (i == 0 or ends_paragraph(lines[i - 1])):
            continue  # (a paragraph's first line is indented)
        widths[i] = w
        if stretches and abs(w - max(widths[j] for j in stretches[-1][-COLUMN_STRETCH:])) <= STRETCH_SLACK:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    return [(st[0], st[-1], column_width([lines[j] for j in st])) for st in stretches if len(st) >= least]


def _nearest(columns: list[tuple[int, int, float]], count: int) -> list[float | None]:
    """For each of count lines, the width of the column it lies in or, outside any, of the nearest one within
    LINE_WINDOW lines (of two as near, the one above); None where none is."""
    out: list[float | None] = []
    c = 0
    for i in range(count):
        while c < len(columns) and columns[c][1] < i:
            c += 1
        after = columns[c] if c < len(columns) else None
        before = columns[c - 1] if c > 0 else None
        if after is not None and (after[0] <= i or before is None or after[0] - i < i - before[1]):
            out.append(after[2] if after[0] - i <= LINE_WINDOW else None)
        else:
            out.append(before[2] if before is not None and i - before[1] <= LINE_WINDOW else None)
    return out


def local_widths(lines: list[str]) -> list[float]:
    """Each line's column width: its column's (_columns, _nearest), or far from any column, the column width of
    the lines inside paragraphs within LINE_WINDOW lines of it."""
    nearest = _nearest(_columns(lines, COLUMN_STRETCH, first_lines=False), len(lines))
    inner = [width(ln) >= LINE_MIN_CELLS and not ends_paragraph(ln) for ln in lines]
    out = []
    for i, w in enumerate(nearest):
        if w is None:
            near = [lines[j] for j in range(max(0, i - LINE_WINDOW), min(len(lines), i + LINE_WINDOW + 1)) if inner[j]]
            w = column_width(near) if near else width(lines[i])
        out.append(w)
    return out


def _block_widths(lines: list[str], outside: list[float]) -> list[float]:
    """A pdftotext block's column widths: a block with a column of its own is measured by it alone, any other
    by the widths of the page around it (outside)."""
    columns = _columns(lines, BLOCK_COLUMN, first_lines=True)
    return [w if w is not None else o for w, o in zip(_nearest(columns, len(lines)), outside)] if columns else outside


def _widths(lines: list[Line], by_run: bool) -> list[float]:
    """Each printed line's column width; in a pdftotext dump, a block with a column of its own sets its own."""
    fulls = local_widths([ln.text for ln in lines])
    if not by_run:
        return fulls
    bounds = [0] + [k for k in range(1, len(lines)) if lines[k].opens] + [len(lines)]
    return [w for a, b in zip(bounds, bounds[1:]) for w in _block_widths([ln.text for ln in lines[a:b]], fulls[a:b])]


def _credit_goes_on(text: str, line: str) -> bool:
    """pdftotext sets a credit's words spaced apart as blocks of their own (本报记者 ⏎⏎ 某某 ⏎⏎ / ⏎⏎ 文): a
    short one that makes the credit so far (or a role alone) a longer credit goes on with it."""
    so_far = text.rstrip("/／ ")
    if width(line) > CREDIT_PIECE or not (BARE_NAME.match(line) or _ROLE_ALONE.match(line) or line in _CREDIT_WORDS):
        return False
    if not (_ROLE_ALONE.match(so_far) or BYLINE.match(so_far) or PHOTO_CREDIT.match(so_far)):
        return False
    longer = f"{text} {line}".rstrip()
    return longer.endswith(("/", "／")) or bool(BYLINE.match(longer) or PHOTO_CREDIT.match(longer))


def _spaced_headline(line: str, w: float, full: float) -> bool:
    """A line wider than its column with no mark in it and its phrases a space apart: a headline across columns."""
    return w > full + FULL_LINE_SLACK and _SPACED_TITLE.search(line) is not None and not _MARKS.search(line)


class Shape(NamedTuple):
    """A printed line against its column: what its width and its neighbour say it is."""

    line: Line
    full: float  # its column's width
    w: float  # its own width (a justified line fills its column)
    wide: bool  # set across columns: a headline
    terminal: bool  # it ends a sentence
    title: bool  # a short line that ends no sentence nor clause, and no full line goes on from it
    credit: bool  # a credit, a name, an editor's line or a date: it stands alone
    next_opens: bool  # the next line is short by an indent: a paragraph's first line
    dateline: bool  # it opens with a dateline (maybe cut before its day or its 电)


def shape(lines: list[Line], fulls: list[float], k: int, by_run: bool) -> Shape:
    """Line k measured. A line wider than the column is a headline across columns, unless (in a pdftotext block)
    a sentence runs on under it. A short line that ends no sentence nor clause is a title line unless a full line
    follows it and it fills half its column (a line set beside a picture: the paragraph goes on); a line with no
    mark that opens a block of several lines is a title whatever follows it, as is one opening with a dash."""
    line, full = lines[k], max(fulls[k], 1.0)

    def measure(j: int) -> float:
        return max(fulls[j], width(lines[j].text)) if lines[j].stretched else width(lines[j].text)

    w = measure(k)
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    more = nxt is not None and not nxt.opens  # the block goes on under it
    nw = measure(k + 1) if nxt is not None else 0.0
    text, marked = line.text, _MARKS.search(line.text) is not None
    wide = (w > min(full * LINE_WIDE, full + WIDER_CELLS) or _spaced_headline(text, w, full)) and not (
        by_run and marked and more)
    goes_on = nxt is not None and abs(nw - full) <= FULL_LINE_SLACK and not DATELINE.match(nxt.text) and w >= full / 2
    signed = BYLINE_TAIL.search(text)  # (…千家万户。（X）: a sentence's end, its writer signing after it)
    terminal = ends_paragraph(text) or bool(signed) and ends_paragraph(text[:signed.start()])
    short = w < full - INDENT_CELLS - FULL_LINE_SLACK
    # (a scrap under it that ends in a comma goes on with its sentence: 城区今年新建公园绿 ⏎ 地，)
    scrap = nxt is not None and nw < LINE_MIN_CELLS and nxt.text.endswith(("，", "、", ","))
    heads_block = line.opens and more and not marked and not scrap
    # (one that opens a block, not full, with no full line under it: a title as wide as a paragraph's first line)
    loose = not terminal and not text.endswith(CLAUSE_ENDS) and not _SENTENCE_END.search(text) and (
        short and (not goes_on or heads_block) or heads_block and not goes_on and w < full - FULL_LINE_SLACK)
    dateline = bool(DATELINE.match(text) or _DATELINE_OPENS.match(text))  # (新华社北京5月6日 ⏎ 电: it goes on)
    title = (loose or text.startswith(_DASH) and not marked and not wide) and not dateline  # ——记…: a subheadline
    next_opens = nxt is not None and full - INDENT_CELLS - FULL_LINE_SLACK <= nw < full - FULL_LINE_SLACK
    return Shape(line, full, w, wide, terminal, title, _alone(text), next_opens, dateline)


class _Reader:
    """Printed lines gathered into chunks: the state between one line and the next."""

    def __init__(self, gaps: dict[int, int], by_run: bool):
        self.out: list[Chunk] = []
        self.cur: list[Line] = []
        self.gaps, self.by_run = gaps, by_run
        self.in_title = False  # the chunk is a title's lines
        self.depth = 0  # brackets the chunk has opened and not closed: its next line goes on inside them
        self.block_gap = 1  # blank lines over the pdftotext block being read: each chunk cut from it counts them

    def flush(self) -> None:
        if self.cur:
            joined = join_all([ln.text for ln in self.cur])
            pieces = tuple(Piece(text, n, n) for ln in self.cur for n, _, text in ln.raw)
            gap = self.gaps.get(self.cur[0].n, self.block_gap if self.by_run else 0)
            self.out.append(Chunk(joined, pieces, gap, self.cur[0].page))
            self.cur = []
        self.in_title, self.depth = False, 0

    def text(self) -> str:
        return join_all([ln.text for ln in self.cur])

    def breaks_before(self, s: Shape) -> bool:
        """A chunk ends before this line: a new page, a line set across columns, a credit, a dateline, a bracket
        opened after a sentence's end, a dash (a subheadline), or a title after a paragraph's end or a full line;
        in a title, a line that is no title or does not wrap it."""
        line, prev = s.line.text, self.cur[-1].text
        if self.in_title:
            return _title_ends(s, self.cur)
        # (a title wrapped: its first line alone in the chunk, after a paragraph's end or opening a block, with no
        # mark in it, or filling the column and ending neither a sentence nor a clause: 办证“最多跑一次”，时 ⏎ 限减半)
        wrapped_title = len(self.cur) == 1 and (not _MARKS.search(prev) or width(prev) >= s.full - FULL_LINE_SLACK
                                                and not ends_paragraph(prev) and not prev.endswith(CLAUSE_ENDS)) and (
            not self.out or ends_paragraph(self.out[-1].text) or self.cur[0].opens)
        return bool(s.line.page != self.cur[-1].page or s.wide or s.credit or s.dateline
                    or ends_paragraph(prev) and (_OPENERS.match(line) or TURN_LABEL.match(line))
                    or (prev.endswith(("：", ":")) or ends_paragraph(prev)) and ENUMERATOR.match(line)
                    or line.startswith(_DASH) and not _MARKS.search(prev)
                    or s.title and not wrapped_title and (ends_paragraph(prev) or width(prev) >= s.full - FULL_LINE_SLACK))

    def title_over(self) -> bool:
        """Under a title line, the chunk's last line, after a paragraph's end, ending neither a sentence nor a
        clause, is the title's first line: a paragraph's last line ends a sentence, and no short line ends one
        that goes on (…完工。 ⏎ 办证“最多跑一次”，时 ⏎ 限减半)."""
        if self.in_title or len(self.cur) < 2 or not ends_paragraph(self.cur[-2].text):
            return False
        last = self.cur[-1].text
        return not ends_paragraph(last) and not last.endswith(CLAUSE_ENDS) and not _OPENERS.search(last)

    def ends_after(self, s: Shape, inside: bool) -> bool:
        """A chunk ends after this line: a credit (or a bracketed credit closed), a headline across columns, a
        title line alone, a crosshead over a paragraph's first line, a sentence's end short of the column or over a
        first line."""
        closed_credit = inside and self.depth == 0 and BYLINE.match(self.text())
        labelled = bool(self.out) and label_line(self.out[-1].text)  # (under a label a title may hold a comma)
        numbered = ENUMERATOR.match(s.line.text)  # (一、… : a numbered crosshead's own mark says nothing)
        head = (not s.terminal and not s.dateline and s.next_opens and len(self.cur) == 1
                and (not _MARKS.search(s.line.text[numbered.end() if numbered else 0:])
                     or labelled and not s.line.text.endswith(CLAUSE_ENDS) and not s.line.text.startswith(("“", "「")))
                and (not self.out or ends_paragraph(self.out[-1].text) or labelled or s.line.opens))
        # (一、坚持规划先行，把蓝 ⏎ 图变成施工图: a numbered crosshead wrapped, over a first line)
        wrapped_head = (1 < len(self.cur) <= BRACKET_LINES and ENUMERATOR.match(self.cur[0].text) is not None
                        and s.next_opens and not _SENTENCE_END.search(self.text())
                        and not s.line.text.endswith(CLAUSE_ENDS))
        boxed = len(self.cur) == 1 and not s.terminal and label_line(s.line.text) and s.w < LABEL_SHARE * s.full
        # (a box's label alone on its line, 农技小课堂, over its title: a line of its own)
        return bool(s.credit or closed_credit or s.wide or s.title or head or wrapped_head or boxed
                    or s.terminal and (s.w < s.full - FULL_LINE_SLACK or s.next_opens)
                    or s.line.text.rstrip().endswith(("：", ":")) and s.w < s.full - FULL_LINE_SLACK)
        # (…注意以下几点： short of the column: a paragraph announcing what follows ends there)

    def read(self, s: Shape) -> None:
        """Take one line: end the chunk before it or after it as its shape says."""
        line = s.line
        # （作者为…党组 ⏎ 副书记）: a bracket opened in the chunk's first lines goes on
        inside = bool(self.cur) and self.depth > 0 and len(self.cur) < BRACKET_LINES and line.page == self.cur[-1].page
        pieced = bool(self.cur) and line.opens and _credit_goes_on(self.text(), line.text)
        if inside or pieced:
            s = s._replace(title=False, credit=False)
        if self.cur and line.opens and not pieced:
            self.flush()
        self.block_gap = self.gaps.get(line.n, self.block_gap)
        if self.cur and not inside and not pieced and s.title and self.title_over():
            head = self.cur.pop()  # the line before is a title's first line, not the paragraph's
            self.flush()
            self.cur = [head]
        if self.cur and not inside and not pieced and self.breaks_before(s):
            self.flush()
        self.cur.append(line)
        self.depth = max(0, self.depth + len(_OPENERS.findall(line.text)) - len(_CLOSERS.findall(line.text)))
        if s.title and not s.credit:
            self.in_title = True
        elif self.ends_after(s, inside) and not (self.depth and len(self.cur) < BRACKET_LINES
                                                 and self.cur[0].text.startswith(_OPEN_NOTE)):
            self.flush()  # (（作者为…学院 ⏎ 教授）: a note in brackets wrapped goes on, however wide its first line)


def label_line(text: str) -> bool:
    """A column's or a box's label (记者手记, 相关链接, 简讯): a line of its own, over the title it labels."""
    t = text.strip()
    return any(p.match(t) for p in (RUBRIC_LABEL, SIDEBAR_TITLE, BOX_LABEL, RUBRIC_SUFFIX))


def _labels(line: str, below: str) -> bool:
    """A word or two over a title line opening with a word (鸡蛋 over 4.60元/斤 is a table's row): its label."""
    return label_over(line, below) and _HAN_FIRST.match(below.strip()) is not None


def _title_ends(s: Shape, cur: list[Line]) -> bool:
    """A title's lines end before this one unless it is a title line that wraps the title: a title wraps at its
    measure, every line but its last as wide as its first and none wider than the column, nor much wider than
    the line before; a line opening with a dash is a subheadline of its own, and a label's line is the label's."""
    prev, first = width(cur[-1].text), width(cur[0].text)
    return (not s.title or s.credit or label_line(cur[-1].text) or len(cur) == 1 and _labels(cur[0].text, s.line.text)
            or s.line.text.startswith(_DASH) or prev > s.full + FULL_LINE_SLACK
            or abs(prev - first) > TITLE_WRAP_SLACK or s.w > prev + TITLE_WRAP_SLACK)


def line_chunks(runs, by_run: bool = False) -> list[Chunk]:
    """Line and pdftotext dumps: the printed lines in dump order rebuilt into chunks (paragraphs, titles,
    credits), each line measured against the column width around it. Title lines in a row make one chunk, as a
    block dump gives a headline set on several lines, but a credit or a name stands alone, and a line inside a
    bracket the chunk opened goes on with it (a credit wrapped onto two lines). by_run: a blank line ends a chunk
    too (pdftotext's blocks), unless it parts the words of a credit."""
    lines = printed_lines(runs, by_run)
    fulls = _widths(lines, by_run)
    if by_run:
        lines, fulls = quotes_rejoined(lines, fulls)
    reader = _Reader({r[0][0]: g for g, r in runs}, by_run)
    for k in range(len(lines)):
        reader.read(shape(lines, fulls, k, by_run))
    reader.flush()
    return reader.out


LINE_RUN_MIN = 8  # blocks in a row, at least, to be a stretch of a block dump given one block a printed line
LINE_RUN_MAX = 300  # blocks: a box's printed lines on one page are fewer (a longer run is measured whole only)
LINE_RUN_MAX_CELLS = 30  # a printed line of a column is this wide at most (a block wider is a paragraph's)
LINE_RUN_MIN_CELLS = 9  # a column's printed line is this wide at least: narrower blocks of one width are a poem's lines
LINE_RUN_NEAR = 0.6  # of the stretch's blocks within a cell of its commonest width: the column's
LINE_RUN_ENDS = 0.35  # of its blocks ending a sentence, at most: lines are cut anywhere, paragraphs at ends
LINE_RUN_SPACED = 0.3  # of its blocks with a space between two characters, at most: more are labels, term and gloss
LINE_RUN_FIGURES = 0.15  # of its characters digits, at most: more make a table's rows (prices, an index's figures)


def one_column(lines: list[str], near_share: float, ends_share: float, least: int = LINE_MIN_CELLS) -> bool:
    """Lines that are one column's printed lines: most of one width (near_share of them within a cell of the
    commonest, a column's width at least: least cells), few ending a sentence (ends_share at most)."""
    widths = Counter(round(width(ln)) for ln in lines)
    mode = widths.most_common(1)[0][0]
    if mode < least:  # a column of one or two characters a line is text set vertically, not a page's lines
        return False
    near = sum(n for w, n in widths.items() if abs(w - mode) <= 1)
    ends = sum(1 for ln in lines if ends_paragraph(ln))
    return near >= near_share * len(lines) and ends <= ends_share * len(lines)


def _printed_stretch(runs) -> bool:
    """Blocks that are one column's printed lines (a column's width, no verse), with few figures (a table's rows are of one width too) and few
    blocks parted in two by one space (a diagram's labels, 甲层 平均厚约十公里, are short blocks of one width too;
    a justified line's spaces are many), and no two opening with an arrow (an index's entries, each to its page)."""
    lines = [" ".join(ln.strip() for _, _, ln in r) for _, r in runs]
    text = "".join(lines)
    return (one_column(lines, LINE_RUN_NEAR, LINE_RUN_ENDS, LINE_RUN_MIN_CELLS)
            and sum(c.isdigit() for c in text) <= LINE_RUN_FIGURES * len(text)
            and sum(1 for ln in lines if len(_SPACED_TITLE.findall(ln)) == 1) <= LINE_RUN_SPACED * len(lines)
            and sum(1 for ln in lines if ln.lstrip().startswith(tuple(ARROWS))) < 2)  # (an index's entries, ▶A4 each)


def mixed_chunks(runs) -> list[Chunk]:
    """A block dump: each block a chunk, but a stretch of narrow blocks that are one column's printed lines (a box
    set with loose leading, for which PyMuPDF gives every line a block) is read line by line, as a line dump."""
    out: list[Chunk] = []
    k = 0
    while k < len(runs):
        j = k
        while (j < len(runs) and runs[j][1][0][1] == runs[k][1][0][1]
               and width(" ".join(ln for _, _, ln in runs[j][1])) <= LINE_RUN_MAX_CELLS):
            j += 1
        end = j if j - k >= LINE_RUN_MIN and _printed_stretch(runs[k:j]) else min(j, k + LINE_RUN_MAX)
        while end - k >= LINE_RUN_MIN and not _printed_stretch(runs[k:end]):
            end -= 1  # (the longest stretch from its start that is one column's lines: a box of them over a table)
        if end - k >= LINE_RUN_MIN:
            out += line_chunks(runs[k:end])
            k = end
        else:
            out += block_chunks(runs[k:max(j, k + 1)])
            k = max(j, k + 1)
    return out
