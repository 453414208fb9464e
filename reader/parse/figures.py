"""A PDF page's blocks → the same blocks with each big figure's cell (the figure in display type, its unit set
beside it, the note under it saying what it counts) joined into one block: one paragraph of its box (数说 18条 |
《措施》提出的具体举措), not a title, a table's cell and a caption apart."""
from __future__ import annotations

from . import conventions as cv
from .columns import Body
from .groups import DISPLAY
from .notices import FIGURE_ONLY, FIGURE_UNIT, NOTE_MAX
from .patterns import regex
from .pdf import Line, PdfBlock

NOTE_GAP = 1.0  # of the body size: the note stands this close under its figure (or overlaps its box a little) …
NOTE_LINES = 3  # … in lines at most (and NOTE_MAX characters), no sentence in it
UNIT_GAP = 1.0  # of the body size: a unit set apart stands this close after its number, on its line
_NUMBER = regex("^\\s*[0-9０-９][0-9０-９.,，]*\\s*$")
_UNIT = regex(f"^\\s*{FIGURE_UNIT}\\s*$")


def joined_figures(blocks: list[PdfBlock], body: Body) -> list[PdfBlock]:
    """Each figure set large (a number, with its unit or not), its unit set apart right after it on its line, and
    the short note centred or flush under it, joined into one block in the note's type: read as one paragraph."""
    figures = [b for b in blocks if _figure(b, body)]
    joined: dict[int, PdfBlock | None] = {}  # a figure's block → its cell; its unit's and note's → None (taken)
    for fig in figures:
        if id(fig) in joined:
            continue
        unit = next((u for u in blocks if id(u) not in joined and _beside(u, fig, body)), None) \
            if _NUMBER.match(fig.text) else None
        cell = [fig] + ([unit] if unit else [])
        right = max(b.x1 for b in cell)
        notes = [n for n in blocks if id(n) not in joined and all(n is not c for c in cell)
                 and _note(n, fig, right, body)]
        if len(notes) != 1 or any(o is not fig and id(o) not in joined and _note(notes[0], o, o.x1, body)
                                  for o in figures):
            continue
        parts = cell + notes
        note = notes[0]
        text = "".join(b.text.strip() for b in parts)
        box = (min(b.x0 for b in parts), fig.top, max(b.x1 for b in parts), max(b.bottom for b in parts))
        joined |= {id(b): None for b in parts[1:]}
        joined[id(fig)] = PdfBlock((Line(text, *box, note.size, note.face),), *box, note.size, note.face, figure=True)
    return [c for c in (joined.get(id(b), b) for b in blocks) if c is not None]


def _figure(b: PdfBlock, body: Body) -> bool:
    t = b.text.strip()
    return (len(b.lines) == 1 and not b.vertical and b.size >= DISPLAY * body.size
            and (FIGURE_ONLY.match(t) is not None or _NUMBER.match(t) is not None))


def _beside(u: PdfBlock, fig: PdfBlock, body: Body) -> bool:
    return (u is not fig and len(u.lines) == 1 and _UNIT.match(u.text) is not None and u.size < fig.size
            and 0 <= u.x0 - fig.x1 <= UNIT_GAP * body.size and fig.top - 1 <= u.top and u.bottom <= fig.bottom + 1)


def _note(n: PdfBlock, fig: PdfBlock, right: float, body: Body) -> bool:
    """A short note under the figure: set in smaller type right under it, the figure's middle over it, no display
    type of its own (a headline under a folio set large is no figure's note)."""
    middle = (fig.x0 + right) / 2
    return (not n.vertical and len(n.lines) <= NOTE_LINES and cv.length(n.text) <= NOTE_MAX
            and n.size * DISPLAY <= fig.size and n.size < DISPLAY * body.size and not cv.SENTENCE_PUNCT.search(n.text.rstrip()[:-1])
            and -NOTE_GAP * body.size <= n.top - fig.bottom <= NOTE_GAP * body.size
            and n.x0 - 1 <= middle <= n.x1 + 1 and not _figure(n, body) and not _NUMBER.match(n.text))
