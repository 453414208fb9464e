"""A PDF page's blocks → the cells of its tables (a spec sheet, a timetable): the page's data, no story's text."""
from __future__ import annotations

from . import conventions as cv
from .columns import EDGE
from .pdf import PdfBlock

CELL_ROWS = 3  # rows at least of a grid of one-line cells, their columns' edges in line, to be a table
CELL_CHARS = 24  # characters at most in a table's cell
CELL_SIZES = 0.5  # points: a table's cells in a row differ in size by this much at most …
CELL_STEP = 0.15  # … or by this share of it (a score set bolder and a step larger between the teams' names)
CELL_GAP = 3.0  # of the type size: a table's rows stand this close one under the other at most


def table_cells(blocks: list[PdfBlock]) -> set[int]:
    """The cells of a table (a spec sheet's label and value, a timetable's rows): one-line blocks of a few words (or
    a block whose lines all stand on one baseline, a row's cells the extractor kept together) standing two or more
    in a row, top in line and in one size (not a headline level with them), in CELL_ROWS rows or more one under
    the other whose cells start (or, for figures set flush right, end) at the same places across."""
    cells = []  # (cell, the block it is or stands in)
    for b in blocks:
        if b.vertical or any(cv.length(ln.text) > CELL_CHARS for ln in b.lines):
            continue
        if len(b.lines) == 1:
            cells.append((b, b))
        elif all(abs(ln.top - b.lines[0].top) <= EDGE for ln in b.lines):
            cells += [(ln, b) for ln in b.lines]
    rows: list[list[tuple]] = []
    for c in sorted(cells, key=lambda c: (c[0].top, c[0].x0)):
        if rows and abs(rows[-1][0][0].top - c[0].top) <= EDGE and abs(rows[-1][0][0].bottom - c[0].bottom) <= EDGE:
            rows[-1].append(c)
        else:
            rows.append([c])
    rows = [[c for c in row if abs(c[0].size - (n := _common_size([c[0] for c in row]))) <= max(CELL_SIZES, CELL_STEP * n)]
            for row in rows]
    out: set[int] = set()
    run: list[list[tuple]] = []
    for row in rows + [[]]:
        if run and row and all(c[0].x0 > max(r[0].x1 for r in run[0]) or c[0].x1 < min(r[0].x0 for r in run[0]) for c in row):
            continue  # (a line of another column level with the table, between two of its rows)
        if len(row) >= 2 and run and len(row) == len(run[0]) \
                and row[0][0].top - run[-1][0][0].bottom < CELL_GAP * row[0][0].size \
                and all(abs(a[0].x0 - b[0].x0) <= EDGE or abs(a[0].x1 - b[0].x1) <= EDGE for a, b in zip(run[0], row)):
            run.append(row)
            continue
        if len(run) >= CELL_ROWS:
            out |= {id(c[1]) for r in run for c in r}
        run = [row] if len(row) >= 2 else []
    return out


def _common_size(row: list[PdfBlock]) -> float:
    """The size most of the row's blocks are set in."""
    sizes = [round(b.size, 1) for b in row]
    return max(sorted(set(sizes)), key=sizes.count)
