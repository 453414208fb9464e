"""A box set inside a story's column → its place in the reading order: after the story's text the column runs on
round it."""
from __future__ import annotations

from .columns import EDGE, PICTURE, Body, Box, within
from .pdf import PdfBlock

INSET_NEAR = 3.0  # of the body size: a column's text this close over and under a frame runs on round it


def insets_after(flow: list[PdfBlock], frames: tuple[Box, ...], heads: list[Box], body: Body) -> list[PdfBlock]:
    """A box (a frame: 相关链接, 记者手记) set inside a story's column, as wide as it, the column's text running on
    over and under it (or under it, a picture of the story beside it) with no headline between: read after that
    story's text (before the next text a headline heads, or at the page's end), so the column's text reads on
    round it."""
    out = list(flow)
    for f in frames:
        held = [b for b in out if within(b, f, EDGE)]
        rest = [b for b in out if not within(b, f, EDGE)]
        col = [b for b in rest if b.x0 <= f[0] + body.size and b.x1 >= f[2] - body.size]  # (its column's width)
        pictured = _by_picture(f, rest, body)
        if not held or not any(0 <= f[1] - b.bottom <= INSET_NEAR * body.size for b in col) and not pictured:
            continue
        below = [b for b in (rest if pictured else col) if f[0] - body.size <= b.x0 and b.x1 <= f[2] + body.size
                 and 0 <= b.top - f[3] <= INSET_NEAR * body.size and not _headed(b, heads, body)]  # (by a picture,
        # the story's text or a crosshead in the box's column)
        if not below or pictured and not any(abs(o.top - below[0].top) <= body.size / 2 and o.x1 <= f[0]
                                             and _opens_column(o, rest, body) for o in rest):
            continue  # (by a picture: the story's columns start in a row under both, the box's column too)
        j = rest.index(below[0]) + 1
        while j < len(rest) and not _headed(rest[j], heads, body) and not any(within(rest[j], o, EDGE) for o in frames):
            j += 1
        out = rest[:j] + held + rest[j:]
    return out


def _by_picture(f: Box, flow: list[PdfBlock], body: Body) -> bool:
    """A picture (with its captions) stands level with the box, right beside it: the box is set in the story's
    picture row, over the column its text goes on in (a 时间轴 beside the lead photo)."""
    return any(b.face == PICTURE and b.top < f[3] and f[1] < b.bottom and min(abs(b.x1 - f[0]), abs(f[2] - b.x0))
               <= INSET_NEAR * body.size for b in flow)


def _opens_column(b: PdfBlock, flow: list[PdfBlock], body: Body) -> bool:
    """No text stands right over the block in its column: it is the column's first (under a picture, say)."""
    return not any(o is not b and o.x0 < b.x1 and b.x0 < o.x1 and o.face != PICTURE
                   and 0 <= b.top - o.bottom <= INSET_NEAR * body.size for o in flow)


def _headed(b: PdfBlock, heads: list[Box], body: Body) -> bool:
    """A headline stands right over the block, across it: the block opens the text it heads."""
    return any(h[0] < b.x1 and b.x0 < h[2] and 0 <= b.top - h[3] <= INSET_NEAR * body.size for h in heads)
