"""A PDF page's objects, those inside forms (XObjects) too, placed on the page; a path object → the rules it draws
(straight lines across or down the page) and the frame it is, when it is one rectangle drawn round something (a
story, a notice, an ad). Coordinates are points from the page's top-left."""
from __future__ import annotations

import ctypes

MIN_RULE = 20.0  # points: a drawn line at least this long separates articles
CORNER = 12.0  # points: a frame's corner rounded this much at most
MAX_SEGMENTS = 64  # a path with more segments is a drawing (a map, a chart), not rules
MAX_OBJECTS = 100_000  # objects looked at on a page at most (a dense page has a few thousand)
MAX_FORM_DEPTH = 8  # forms inside forms are looked into this deep (a hostile PDF may nest them without end)

Matrix = tuple[float, float, float, float, float, float]  # a b c d e f: x' = a x + c y + e, y' = b x + d y + f
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def compose(inner: Matrix, outer: Matrix) -> Matrix:
    """inner, then outer."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def placed(m: Matrix, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A box (left, bottom, right, top) of a form's space as it stands on the page."""
    corners = [apply(m, x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    return (min(x for x, _ in corners), min(y for _, y in corners), max(x for x, _ in corners),
            max(y for _, y in corners))


def _matrix(raw, obj) -> Matrix:
    m = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, m)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def objects(raw, page):
    """Every object of the page in the order it is drawn, with those inside forms after their form: (object, its
    type, the indices of the forms it is in, its index in its container, the matrix placing that container)."""
    seen = [0]

    def walk(container, count, get, within: tuple[int, ...], m: Matrix):
        for k in range(count(container)):
            seen[0] += 1
            if seen[0] > MAX_OBJECTS:
                return  # forms nested to blow up: what is beyond is not looked at
            obj = get(container, k)
            kind = raw.FPDFPageObj_GetType(obj)
            yield obj, kind, within, k, m
            if kind == raw.FPDF_PAGEOBJ_FORM and len(within) < MAX_FORM_DEPTH:
                yield from walk(obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, within + (k,),
                                compose(_matrix(raw, obj), m))

    yield from walk(page, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, (), IDENTITY)


def find(raw, page, within: tuple[int, ...], index: int):
    """The object at `index` inside the forms `within` (indices from the page down), as objects() named it."""
    obj = None
    for k in within:
        obj = raw.FPDFPage_GetObject(page, k) if obj is None else raw.FPDFFormObj_GetObject(obj, k)
    return raw.FPDFPage_GetObject(page, index) if obj is None else raw.FPDFFormObj_GetObject(obj, index)


def strokes(raw, obj, height: float, outer: Matrix = IDENTITY) -> tuple[list[tuple[float, float, float, float]],
                                                                       tuple | None]:
    """A stroked path's straight lines across or down the page at least MIN_RULE long (rules), and its box when the
    path is one rectangle (a frame round a story, a notice, an ad)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, fill, stroke)
    if not stroke.value or raw.FPDFPath_CountSegments(obj) > MAX_SEGMENTS:
        return [], None
    m = compose(_matrix(raw, obj), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    points, lines = [], []
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = apply(m, x.value, y.value)
        at = (px, height - py)
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
