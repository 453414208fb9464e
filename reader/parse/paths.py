"""A PDF path object → the rules it draws (straight lines across or down the page) and the frame it is, when it is
one rectangle drawn round something (a story, a notice, an ad). Coordinates are points from the page's top-left."""
from __future__ import annotations

import ctypes

MIN_RULE = 20.0  # points: a drawn line at least this long separates articles
CORNER = 12.0  # points: a frame's corner rounded this much at most
MAX_SEGMENTS = 64  # a path with more segments is a drawing (a map, a chart), not rules


def strokes(raw, obj, height: float) -> tuple[list[tuple[float, float, float, float]], tuple | None]:
    """A stroked path's straight lines across or down the page at least MIN_RULE long (rules), and its box when the
    path is one rectangle (a frame round a story, a notice, an ad)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not stroke.value or raw.FPDFPath_CountSegments(obj) > MAX_SEGMENTS:
        return [], None
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, m)
    x, y = ctypes.c_float(), ctypes.c_float()
    points, lines = [], []
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        at = (m.a * x.value + m.c * y.value + m.e, height - (m.b * x.value + m.d * y.value + m.f))
        kind = raw.FPDFPathSegment_GetType(seg)
        if kind == raw.FPDF_SEGMENT_MOVETO:
            points = [at]
            continue
        if kind == raw.FPDF_SEGMENT_LINETO and points:
            lines.append((points[-1], at))
        points.append(at)  # a curve (a rounded corner) is no rule, but the lines go on from its end
        if raw.FPDFPathSegment_GetClose(seg) and len(points) > 1:
            lines.append((at, points[0]))
    rules = []
    for (ax, ay), (bx, by) in lines:
        if (abs(ay - by) < 1 or abs(ax - bx) < 1) and max(abs(ax - bx), abs(ay - by)) >= MIN_RULE:
            rules.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return rules, _frame(rules)


def _frame(rules: list[tuple[float, float, float, float]]) -> tuple | None:
    """The box of a rectangle drawn as four rules (its corners maybe rounded), else None."""
    across = sorted((r for r in rules if r[3] - r[1] < 1), key=lambda r: r[1])
    down = sorted((r for r in rules if r[2] - r[0] < 1), key=lambda r: r[0])
    if len(across) != 2 or len(down) != 2 or len(rules) != 4:
        return None
    x0, top, x1, bottom = down[0][0], across[0][1], down[1][0], across[1][1]
    ends = [abs(r[0] - x0) + abs(r[2] - x1) for r in across] + [abs(r[1] - top) + abs(r[3] - bottom) for r in down]
    return (x0, top, x1, bottom) if max(ends) <= 2 * CORNER else None
