"""A PDF block's printed lines → its paragraphs: cut where a line opens with an indent, a numbered item, a turn's
label, a list's mark or a card's field, each with whether its first line is indented."""
from __future__ import annotations

from . import conventions as cv
from .columns import INDENT_MAX, INDENT_MIN, Body, is_body, left_edge, right_edge
from .forms import FIELD_LABEL, PROFILE_FIELD
from .groups import DISPLAY, in_flow, own_text
from .patterns import regex
from .glyphs import make_block
from .pdf import Line, PdfBlock
from .printed import label_line
from .split import NAME_LEAD
from .titles import is_rubric, label_over
from .verse import body_sized, turned, verse

ITEM_SHORT = 0.5  # of the type size: a numbered item's last line stops at least this short of the column's edge
CARD_FIELDS = 3  # a profile card's field lines in one block, at least, for each to open a line of its own
_SOURCE = regex("^[（(]?(?:数据|數據|资料|資料|图表|圖表)(?:来源|來源)\\s*[：:]")  # 数据来源：… opens a line of its own


def _column_edge(block: PdfBlock, blocks: list[PdfBlock], body: Body) -> float | None:
    """The left edge of a one-line block's column, read off the nearest body block (or one set like it) of several
    lines above or below it in that column."""
    best, edge = None, None
    for o in blocks:
        if o is block or len(o.lines) < 2 or not (is_body(o, body) or (o.size, o.face) == (block.size, block.face)):
            continue
        if not (-0.5 <= block.x0 - o.x0 < INDENT_MAX * block.size and o.x1 > block.x0):
            continue
        distance = max(o.top - block.bottom, block.top - o.bottom, 0)
        if best is None or distance < best:
            best, edge = distance, left_edge(o)
    return edge


def _next_row(lines: tuple[Line, ...], k: int, step: int) -> Line | None:
    """The first of the block's lines above (step -1) or below (1) line k, on another baseline (a justified line
    cut at its wide gaps stays one row)."""
    j = k + step
    while 0 <= j < len(lines) and abs(lines[j].top - lines[k].top) < lines[k].size / 2:
        j += step
    return lines[j] if 0 <= j < len(lines) else None


def _centred_head(block: PdfBlock, body: Body) -> bool:
    """Lines in another face than the body's centred on the first's axis, the last shorter: a crosshead's two lines."""
    first, last = block.lines[0], block.lines[-1]
    return (len(block.lines) > 1 and block.face != body.face and block.size >= body.size and last.x1 - last.x0 <
            first.x1 - first.x0 and all(abs(ln.x0 + ln.x1 - first.x0 - first.x1) < ln.size for ln in block.lines))


def paragraphs(block: PdfBlock, blocks: list[PdfBlock], body: Body, stanza: bool = False
               ) -> list[tuple[list[Line], bool | None]]:
    """A block's lines cut where a line opens with an indent, or at each line of verse (or of a stanza known from
    its neighbours); each run with whether its first line is indented (None where the column's edge cannot be
    seen). Text set vertically is cut so, turned."""
    if block.vertical and in_flow(block, body):
        across, column = turned(block)
        return [([column[id(t)] for t in run], opens)
                for run, opens in paragraphs(across, [across], Body(across.size, across.face), stanza)]
    k = next((k for k, ln in enumerate(block.lines) if k and _SOURCE.match(ln.text)), None)
    if k is not None and not block.vertical:  # a table's or a chart's source set right under its last row, one block
        return _paragraphs(make_block(block.lines[:k]), blocks, body, stanza) + [(list(block.lines[k:]), None)]
    return _paragraphs(block, blocks, body, stanza)


def _paragraphs(block: PdfBlock, blocks: list[PdfBlock], body: Body, stanza: bool) -> list[tuple[list[Line], bool | None]]:
    if own_text(block, body):
        body = Body(block.size, block.face)  # (its own size: its indents are of its own type)
    if len(block.lines) > 1 and not block.vertical and (block.size >= DISPLAY * body.size or block.size > body.size
                                                         and block.face != body.face) \
            and block.lines[1].top >= block.lines[0].bottom - 1 and label_over(block.lines[0].text, block.lines[1].text):
        return [([block.lines[0]], None), (list(block.lines[1:]), None)]  # a label's line over its title (职场信箱; a
    # box's, in a face of its own a little larger than the body's)
    if len(block.lines) > 1 and not block.vertical and block.size >= DISPLAY * body.size and block.lines[1].x0 > \
            block.lines[0].x1 and abs(block.lines[1].bottom - block.lines[0].bottom) < block.size / 3 and is_rubric(block.lines[0].text):
        return [([block.lines[0]], None), (list(block.lines[1:]), None)]  # a label's tab on its title's line (普法小课堂)
    if len(block.lines) > 1 and (all(cv.BYLINE.match(ln.text.strip()) for ln in block.lines) or all((m := FIELD_LABEL.match(ln.text)) and ln.text[m.end():].strip() and not (cv.TURN_LABEL.match(ln.text) or cv.SOURCE_LINE.match(
            ln.text) or cv.PHOTO_CREDIT.match(ln.text) or cv.BYLINE.match(ln.text)) for ln in block.lines)):
        return [([ln], None) for ln in block.lines]  # a box's facts, each line a label and its value (地址：…, 人均：…); credits a line each
    fields = [k for k, ln in enumerate(block.lines) if PROFILE_FIELD.match(ln.text)]
    if len(fields) >= CARD_FIELDS and fields[0] == 0:  # a profile card's fields (姓名：… 出生：… 荣誉：), each a line of
        return _card(block.lines, set(fields))  # its own
    if not body_sized(block, body) or _centred_head(block, body):
        return [(list(block.lines), None)]
    if stanza or verse(block):
        return [([ln], False) for ln in block.lines]
    if len(block.lines) > 1 and block.face != body.face and label_line(block.lines[0].text):
        return [([block.lines[0]], None), (list(block.lines[1:]), None)]  # a box's label over its title (相关链接)
    left = left_edge(block)
    if left is None:
        left = _column_edge(block, blocks, body)
    out: list[tuple[list[Line], bool | None]] = []
    for k, ln in enumerate(block.lines):
        edge = left
        if left is not None:
            around = [o.x0 for o in (_next_row(block.lines, k, -1), _next_row(block.lines, k, 1)) if o is not None]
            if around and min(around) - left >= INDENT_MAX * ln.size:
                edge = min(around)  # the lines set round a picture standing in the column: their edge is theirs
        opens = None if edge is None else INDENT_MIN * ln.size <= ln.x0 - edge < INDENT_MAX * ln.size
        item = (cv.ENUMERATOR.match(ln.text) or cv.HANDLE.match(ln.text) or cv.TURN_LABEL.match(ln.text) or ln.lead
                or NAME_LEAD.match(ln.text))
        short = bool(out) and (bool(item) or bool(opens) or block.lines[k - 1].text.rstrip()[-1:] in "；;：:") \
            and block.lines[k - 1].x1 < right_edge(block.lines, k - 1) - ITEM_SHORT * ln.size  # (asked only there)
        if opens and out and not item and cv.ENUMERATOR.match(out[-1][0][0].text) and not short:
            opens = False  # (under a numbered item's full line, set in from its number: the item's hanging indent)
        if out and not opens and item and (short or _numbered_on(out[-1][0][0].text, ln.text)) \
                and cv.ends_paragraph(block.lines[k - 1].text):
            opens = True  # a numbered item, a quoted post, a turn (答：), a brief led in bold (某國／) set flush after
            # the one before's short last line, or after the item numbered one less, however long its last line
        if out and cv.LIST_MARK.match(ln.text) or out and opens is False and block.lines[k - 1].text.rstrip()[-1:] in \
                "；;：:" and short:
            opens = True  # a bullet opening a line (hung out left of the column or flush): a list's next item; a
            # line stopping short after a semicolon or a colon: an enumeration's item ended (任命…；), one to come
        if opens or not out:
            out.append(([ln], opens))
        else:
            out[-1][0].append(ln)
    return out


_ITEM_NUMBER = regex("^\\s*([0-9]{1,2})\\s*[.．、]")


def _numbered_on(before: str, text: str) -> bool:
    """The text opens with the number after the one the text before opens with (1.… then 2.…)."""
    a, b = _ITEM_NUMBER.match(before), _ITEM_NUMBER.match(text)
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1


def _card(lines: tuple[Line, ...], fields: set[int]) -> list[tuple[list[Line], bool | None]]:
    """A profile card's lines: each field opens a paragraph, its value wrapped onto the lines under it; under a
    field's label alone (荣誉：), each line is one of the items it lists, a line of its own."""
    out: list[tuple[list[Line], bool | None]] = []
    listing = False
    for k, ln in enumerate(lines):
        if k in fields or not out or listing:
            out.append(([ln], None))
        else:
            out[-1][0].append(ln)
        listing = ln.text.rstrip()[-1:] in "：:" if k in fields else listing
    return out
