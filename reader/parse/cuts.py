"""Dump lines → printed lines: the lines an extractor cut out of one printed line put back together.

No printed line opens with a closing mark, so a dump line that does is the end of the line before it, hung past the
column's edge. pdftotext also cuts a line between a closing and an opening quote set close (“甲”“乙”): the two
squeezed marks overlap and it takes the second for the start of another line.
"""
from __future__ import annotations

from typing import NamedTuple

from .conventions import BARE_NAME, BYLINE, DATE, JUMP_LINE, PHOTO_CREDIT, STAFF_LINE, WEEKDAY
from .patterns import regex
from .segment import unjustify, width

MARKS = regex("[，,、；;：:。！？!?]")
HANGING = regex("^[”’」』）》〉】〕〗。，、；：！？,.;:!?)]")  # no printed line opens with these (避头尾)
_DATE_ALONE = regex(f"^\\s*{DATE.pattern}\\s*$")
_QUOTE_PAIRS = (("”", "“"), ("’", "‘"), ("」", "「"), ("』", "『"))
_QUOTED_END = regex("[。！？!?…][”’」』]$")  # a quoted sentence's end: a paragraph may end there
_PUNCTUATION = regex("[，。、；：？！“”‘’「」『』（）《》]")


class Line(NamedTuple):
    """One printed line: where it starts in the dump, its text, and the dump lines it was read from."""

    n: int
    page: int
    text: str
    raw: tuple[tuple[int, int, str], ...]
    stretched: bool = False  # pdftotext spaced its characters out: justified, so it fills its column
    opens: bool = False  # it opens one of pdftotext's blocks


def stands_alone(line: str) -> bool:
    """A line that stands alone: a credit, a name, an editor's line, a jump line, or a page header's date (with
    its weekday, or alone on its line)."""
    return bool(BARE_NAME.match(line) or BYLINE.match(line) or PHOTO_CREDIT.match(line) or STAFF_LINE.match(line)
                or JUMP_LINE.match(line)
                or DATE.search(line) and (WEEKDAY.search(line) or _DATE_ALONE.match(line)) and not MARKS.search(line))


def printed_lines(runs, by_run: bool) -> list[Line]:
    """The dump's lines as printed lines. A dump line that opens with a closing mark (”。，、）…) goes back on the
    end of the line before it: no printed line opens with one, the extractor cut a mark hung past the column's
    edge onto a line of its own. by_run (pdftotext): justified lines are unspaced (not names set a space apart),
    and a block's first line opens."""
    out: list[Line] = []
    for _, run in runs:
        for k, (n, page, raw) in enumerate(run):
            text = unjustify(raw.strip()) if by_run else raw.strip()
            if text != raw.strip() and stands_alone(raw.strip()) and not stands_alone(text):
                text = raw.strip()  # names a space apart (王 平 李一鸣) are not a justified line
            piece = (n, page, text)
            if out and out[-1].page == page and HANGING.match(text):
                last = out[-1]
                out[-1] = last._replace(text=last.text + text, raw=last.raw + (piece,))
            else:
                out.append(Line(n, page, text, (piece,), text != raw.strip(), by_run and k == 0))
    return out


def quotes_rejoined(lines: list[Line], fulls: list[float]) -> tuple[list[Line], list[float]]:
    """pdftotext cuts a printed line between a closing and an opening quote set close (…“甲”“乙”…): a line opening
    with a quote under one that ends with its closing quote (not a quoted sentence's end), in one block, goes back
    on it when the two fit the column, every mark counted half (as many are squeezed)."""
    out: list[Line] = []
    widths: list[float] = []
    for ln, full in zip(lines, fulls):
        last = out[-1] if out else None
        if (last is not None and not ln.opens and last.page == ln.page and not _QUOTED_END.search(last.text)
                and any(last.text.endswith(a) and ln.text.startswith(b) for a, b in _QUOTE_PAIRS)
                and width(last.text + ln.text) - len(_PUNCTUATION.findall(last.text + ln.text)) / 2 <= full + 1):
            out[-1] = last._replace(text=last.text + ln.text, raw=last.raw + ln.raw)
        else:
            out.append(ln)
            widths.append(full)
    return out, widths
