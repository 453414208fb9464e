"""Dump text → lines, blocks and joins: what every dump style is read with (styles.py reads the styles).

The text cleaned of invisible characters, its lines and blank-line runs, the
width of a line in CJK cells, the glues that join two wrapped pieces, block
chunks and vertically set runs.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..model import Piece
from .conventions import CJK
from .patterns import regex

# Characters removed before anything else: they are invisible, carry no text and
# break XML or matching. Everything else of the input is kept.
INVISIBLE = {"\u200b": "zero-width space", "\ufeff": "byte-order mark", "\u2060": "word joiner",
             "\u00ad": "soft hyphen", "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
             "\u202a": "bidi embedding", "\u202b": "bidi embedding", "\u202c": "bidi pop",
             "\u202d": "bidi override", "\u202e": "bidi override", "\u2066": "bidi isolate",
             "\u2067": "bidi isolate", "\u2068": "bidi isolate", "\u2069": "bidi isolate"}
WHITE = {"\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u202f", "\u205f", "\t", "\v"}
INDENT = regex("^(?:\u3000{1,4}|[ \u00a0]{2,8}|\t)(?=\\S)")
JUSTIFIED_SHARE = 0.3  # of a line's CJK characters followed by a space: pdftotext's justification
SPACED_RUN = 4  # CJK characters one space apart, this many in a row at least, are a justified or letter-spaced run
VERTICAL_RUN_MIN = 3  # one-character chunks in a row: this many are a column set vertically, read as one line


@dataclass(frozen=True)
class Geometry:
    """What a PDF page shows of a chunk and a text dump has lost (layout.py reads it off the page)."""

    size: float  # type size, relative to the page's body type (1.0: body size)
    body_face: bool  # set in the body text's face
    bold: bool = False  # printed twice on itself (fake bold)
    indented: bool | None = None  # opens with a first-line indent (None: cannot be seen, a one-line block)
    copy: bool = False  # the second print of overprinted text
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x0, top, x1, bottom in points
    band: str | None = None  # "head": in the page's header band above all body text; "foot": in its foot
    by_picture: bool = False  # set right under a picture, across it, apart from the body's face or size
    ruled_off: bool = False  # set out of the body text with a rule drawn between it and all the text under it
    face: str = ""  # the font's family as the PDF names it
    ad: bool = False  # set inside a box or panel marked 广告 (an advertisement) or 今日天气 (the weather), or in a
    # table's cell (the page's data)
    lines: int = 1  # printed lines
    verse: bool = False  # a line of verse: its block's lines stop short of its longest, each where it will
    frame: tuple[float, float, float, float] | None = None  # the smallest frame (a ruled box) it stands in


@dataclass(frozen=True)
class Chunk:
    """One piece of the dump as the extractor cut it, before any role is known."""

    text: str
    pieces: tuple[Piece, ...]
    gap: int = 1  # blank lines before it: several mark a jump between frames
    page: int = 0  # form-feed page index
    indented: bool = False  # opened with a paragraph indent
    geometry: Geometry | None = None  # from a PDF page: type size, face, indent, box

    def cut(self, at: int) -> tuple[Chunk, Chunk]:
        """Two chunks: the text before offset `at` and from it, pieces divided where the cut falls; the piece cut
        off keeps the geometry but the first-line indent."""
        head, tail = self.text[:at].rstrip(), self.text[at:].strip()
        last, geometry = self.pieces[-1], replace(self.geometry, indented=False) if self.geometry else None
        if len(self.pieces) > 1 and tail and last.text.rstrip().endswith(tail) and len(last.text.strip()) > len(tail):
            kept = last.text.rstrip()[: -len(tail)].rstrip()
            head_pieces = self.pieces[:-1] + (Piece(kept, last.first_line, last.last_line),)
        elif len(self.pieces) > 1 and self.pieces[0].text.strip() == head:
            return (replace(self, text=head, pieces=self.pieces[:1]),
                    Chunk(tail, self.pieces[1:], 0, self.page, geometry=geometry))
        else:
            head_pieces = (Piece(head, self.pieces[0].first_line, last.last_line),)
        return (replace(self, text=head, pieces=head_pieces),
                Chunk(tail, (Piece(tail, last.first_line, last.last_line),), 0, self.page, geometry=geometry))

    def joined(self, other: Chunk) -> Chunk:
        """This chunk and the next that the extractor cut from one printed run, as one: its text after this one's,
        its pieces after this one's."""
        return replace(self, text=self.text.rstrip() + other.text.strip(), pieces=self.pieces + other.pieces)


_REMOVED = regex("[" + "".join(INVISIBLE) + "\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_CONTROLS = regex("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_INVISIBLE = regex("[" + "".join(INVISIBLE) + "]")
_SPACES = regex("[" + "".join(sorted((WHITE - {"\u3000"}) | {"\u1680", "\u2000", "\u2001", "\u2004", "\u2005",
                                                               "\u2006", "\u2007", "\u2008", "\u200a", "\u205f"})) + "]")
_LINE_ENDS = regex("\r\n?|[\u2028\u2029\x85]")


def clean(text: str) -> tuple[str, str]:
    """Line ends to \\n, invisible characters out, C0 controls to spaces; returns the text and what was removed."""
    text = _LINE_ENDS.sub("\n", text)
    removed = "".join(_REMOVED.findall(text))
    if removed:
        text = _CONTROLS.sub(" ", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text), removed


def removed_counts(removed: str) -> dict[str, int]:
    """What clean() removed, counted by kind."""
    return dict(Counter(INVISIBLE.get(c, "control character") for c in removed))


_QUOTES_SET_CLOSE = regex("[”’」』][“‘「『]")  # a closing and an opening quote side by side take a cell and a half


def width(line: str) -> float:
    """Display width in CJK cells: ASCII letters and digits count half, and a closing quote set close to an
    opening one (…”“…) half a cell less (the two squeezed, as every typesetter does)."""
    return sum(0.5 if c < "\u0100" else 1.0 for c in line if not c.isspace()) - 0.5 * len(_QUOTES_SET_CLOSE.findall(line))


# A number that runs on from Chinese text (or opens the piece): digits, maybe ending in the decimal point or
# thousands comma a column end cut it at (企业1. | 46万家, 共1, | 000人, 5 | G基站).
_NUMBER_END = regex(r"(?:^|[^A-Za-z0-9,.;:!?%\s])\d[\d.,]*$")


def _hyphenated(a: str, b: str) -> str | None:
    return a[:-1] + b if re.search("[A-Za-z]-$", a) and re.match("[a-z]", b) else None


def _number(a: str, b: str) -> str | None:
    if _NUMBER_END.search(a) and (b[0].isascii() and b[0].isdigit() or a[-1].isdigit() and re.match("[A-Za-z]", b)):
        return a + b
    return None


def _latin(a: str, b: str) -> str | None:
    return a + " " + b if re.search("[A-Za-z0-9,.;:!?%]$", a) and re.match("[A-Za-z0-9(]", b) else None


# How two pieces cut by a line or column break are glued, tried in this order: (name, fn, why).
GLUES = (
    ("hyphenated_word", _hyphenated, "a line-end hyphen splitting one Latin word goes"),
    ("number_run", _number, "Chinese text writes no space inside a number, nor between it and its unit (5G, 2mm)"),
    ("latin_space", _latin, "Latin words and numbers between them get their space back"),
    ("cjk", lambda a, b: a + b, "Chinese text joins with nothing"),
)


def join_text_by(a: str, b: str) -> tuple[str, str]:
    """Two pieces cut by a line or column break joined, and the name of the glue that joined them."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a + b, "cjk"
    for name, fn, _ in GLUES:
        joined = fn(a, b)
        if joined is not None:
            return joined, name
    raise AssertionError("the last glue always joins")


JOIN_CONTEXT = 64  # characters before a seam that a glue looks at (each reads only the end of the text before)


def join_all(texts: list[str]) -> str:
    """The texts joined one after another as join_text joins two, in linear time: each seam is glued looking at
    the end of the text just before it, so a chunk of many thousand lines costs no more than its length."""
    if not texts:
        return ""
    out = [texts[0]]
    for t in texts[1:]:
        prev = out[-1]
        context = prev[-JOIN_CONTEXT:]
        joined = join_text(context, t)
        assert joined.endswith(t), "every glue keeps the text after the seam whole"
        out[-1] = prev[:len(prev) - len(context)] + joined[:len(joined) - len(t)]
        out.append(t)
    return "".join(out)


def join_text(a: str, b: str) -> str:
    """Join two pieces cut by a line or column break: CJK joins with nothing, Latin words get their space back,
    a number in Chinese text goes on without one."""
    return join_text_by(a, b)[0]


_JUSTIFIED = regex(f"(?<=[{CJK}\u3000-\u303f\uff00-\uffef“”‘’—…·]) (?=[{CJK}\u3000-\u303f\uff00-\uffef“”‘’—…·])")


_CJK_CHAR = regex(f"[{CJK}]")
_WIDE = f"[{CJK}\u3000-\u303f\uff00-\uffef“”‘’—…·]"
_SPACED = regex(f"{_WIDE}(?: {_WIDE}){{{SPACED_RUN - 1},}}")


def unspace(text: str) -> str:
    """Drop the single spaces an extractor puts between the characters of a justified or letter-spaced stretch of
    CJK text (本 报 讯 （ 记 者 …, 今 日 导 读), wherever it stands in a block; a space between words (a headline's
    two phrases, a name set apart from its role) is left."""
    return _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def unjustify(line: str) -> str:
    """Drop the spaces pdftotext puts between the characters of a justified CJK line."""
    cjk = len(_CJK_CHAR.findall(line))
    if cjk and len(_JUSTIFIED.findall(line)) >= JUSTIFIED_SHARE * cjk:
        return _JUSTIFIED.sub("", line)
    return line


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(line number, page, line) for every line, pages counted at form feeds."""
    out, page = [], 0
    for n, line in enumerate(text.split("\n"), 1):
        parts = line.split("\f")
        for i, part in enumerate(parts):
            if i:
                page += 1
                out.append((n, page, ""))  # a page break ends the block it cuts
            out.append((n, page, part.rstrip()))
    return out


def _blank_runs(lines: list[tuple[int, int, str]]) -> list[tuple[int, list[tuple[int, int, str]]]]:
    """Blank-line separated runs of lines, each with the number of blank lines before it."""
    runs, cur, gap = [], [], 0
    for item in lines:
        if item[2].strip():
            cur.append(item)
        else:
            if cur:
                runs.append((gap, cur))
                cur, gap = [], 0
            gap += 1
    if cur:
        runs.append((gap, cur))
    return runs


def _piece(items: list[tuple[int, int, str]], text: str) -> Piece:
    return Piece(text, items[0][0], items[-1][0])


def block_chunks(runs) -> list[Chunk]:
    """Block dump: one chunk per blank-line separated block; its inner lines joined as wraps."""
    out = []
    for gap, run in runs:
        joined = unspace(join_all([line.strip() for _, _, line in run]))
        out.append(Chunk(joined, (_piece(run, joined),), gap, run[0][1]))
    return out


def vertical_runs(chunks: list[Chunk]) -> list[Chunk]:
    """Text set vertically (a vertical headline, a name down a column) comes out of extractors one character a
    line: a run of VERTICAL_RUN_MIN or more one-character chunks on one page is joined into one chunk."""
    out: list[Chunk] = []
    run: list[Chunk] = []

    def flush():
        if len(run) >= VERTICAL_RUN_MIN:
            # one character each: what join_text puts between two neighbours (a space between Latin words)
            chars = [c.text.strip() for c in run]
            joined = chars[0] + "".join(join_text(a, b)[1:] for a, b in zip(chars, chars[1:]))
            out.append(Chunk(joined, tuple(p for c in run for p in c.pieces), run[0].gap, run[0].page))
        else:
            out.extend(run)
        run.clear()

    for c in chunks:
        if len(c.text.strip()) == 1 and (not run or run[-1].page == c.page):
            run.append(c)
            continue
        flush()
        if len(c.text.strip()) == 1:
            run.append(c)
        else:
            out.append(c)
    flush()
    return out
