"""Dump file (or PDF) → an HTML proof sheet: the chunks beside the edition rebuilt from them, joins, splits and moves
marked; for a PDF, each page drawn with every chunk's box on it.

Two views of one parse: the dump as it came, chunk by chunk with its first-pass
and final roles, and the edition in reading order. Every block links to the
dump lines it came from and every chunk to the blocks it ended up in, so a
person can check a reconstruction at a glance. The page is self-contained and
deterministic: the same dump gives the same bytes.
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader

from . import __version__
from .errors import ReaderError, warn
from .fsutil import write_atomic
from .model import Article, Block, Edition, Piece, Role
from .parse import read_dump
from .parse.revise import Item
from .parse.segment import join_text

DEFAULT_FOLDER = "build"
SUFFIX = ".inspect.html"
HIDDEN = ("Cc", "Cf", "Cs", "Co", "Cn")  # character categories shown as their code point, never raw


@dataclass(frozen=True)
class Link:
    """A link to another element of the sheet: its id ("" when there is none), its words, the role colouring it."""

    anchor: str
    label: str
    role: str = ""


@dataclass(frozen=True)
class Part:
    """A run of a block's text: plain, the dateline, or a seam where two dump pieces were joined."""

    text: str
    kind: str = ""  # "", "dateline", "seam" (pieces of two chunks) or "wrap" (two lines of one chunk)
    title: str = ""


@dataclass
class Card:
    """One dump chunk: its lines as the dump has them, its roles, and the blocks it ended up in."""

    anchor: str
    item: Item
    rows: list[tuple[str, str, str]]  # (row id or "", line label, text)
    page_break: bool
    cut: bool  # shares a dump line with another chunk: its rows show its own part of the line
    targets: list[Link] = field(default_factory=list)
    moved: bool = False

    @property
    def changed(self) -> bool:
        return self.item.first_role is not self.item.role or self.item.first_rule != self.item.rule


@dataclass
class BlockView:
    """One edition block with its source links, text parts and what happened to it."""

    anchor: str
    block: Block
    sources: list[Link]  # runs of dump lines, each linked to its line
    chunks: list[str]  # ids of the dump cards it came from
    parts: list[Part]
    split_with: list[Link] = field(default_factory=list)  # other blocks cut from the same dump lines

    @property
    def split_links(self) -> list[tuple[Link, int]]:
        """The other blocks cut from the same lines, those of one name counted once (three duplicates: ×3)."""
        named: dict[str, list] = {}
        for t in self.split_with:
            named.setdefault(t.label, [t, 0])[1] += 1
        return [(t, n) for t, n in named.values()]

    @property
    def across(self) -> bool:
        """Joined from pieces of more than one chunk (not only the lines of one wrapped chunk)."""
        return len(self.chunks) > 1


@dataclass
class ArticleView:
    anchor: str
    number: int
    article: Article
    blocks: list[BlockView]
    lines: Link


@dataclass(frozen=True)
class Box:
    """A chunk's box on the printed page: where it is (points), its role, its place in reading order, its card."""

    x: float
    y: float
    w: float
    h: float
    role: str
    number: int
    anchor: str
    text: str


@dataclass
class PageView:
    """A PDF page as drawn, with every chunk's box, each article outlined and each join marked."""

    number: int
    image: str  # data: URI of the page drawn as a JPEG
    width: float
    height: float
    boxes: list[Box]
    outlines: list[tuple[float, float, float, float, int, str]]  # x, y, w, h, article number, its anchor
    joins: list[tuple[float, float, float, float]]  # from the end of one piece to the start of the next
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # drawn lines that part stories


@dataclass
class Sheet:
    """Everything the template shows."""

    source: str
    edition: Edition
    counts: list[tuple[int, str, str, str]]  # (number, what, css class, explanation)
    roles: list[str]
    cards: list[Card]
    articles: list[ArticleView]
    furniture: list[BlockView]
    pages: list[PageView] = field(default_factory=list)
    version: str = __version__


class Dump:
    """The chunks of the dump with an id for each card and each of its lines, and lookups from pieces to them."""

    def __init__(self, text: str, items: list[Item]):
        self.raw = text.split("\n")
        self.items = items
        self.rows: dict[tuple[int, int], str] = {}  # (chunk index, line) → element id
        self.by_piece = {p: k for k, it in enumerate(items) for p in it.chunk.pieces}
        self.by_line: dict[int, list[int]] = {}
        for k, it in enumerate(items):
            for n in self.lines_of(it.chunk.pieces):
                self.by_line.setdefault(n, []).append(k)
                self.rows[k, n] = f"L{n}" if len(self.by_line[n]) == 1 else f"c{k + 1}-L{n}"
        self.cards = [self.rows.get((k, it.chunk.pieces[0].first_line), f"c{k + 1}") if it.chunk.pieces else f"c{k + 1}"
                      for k, it in enumerate(items)]

    @staticmethod
    def lines_of(pieces) -> list[int]:
        return list(dict.fromkeys(n for p in pieces for n in range(p.first_line, p.last_line + 1) if n > 0))

    def chunk_of(self, p: Piece) -> int | None:
        k = self.by_piece.get(p)
        return k if k is not None else next(iter(self.by_line.get(p.first_line, [])), None)

    def anchor_of(self, p: Piece) -> str:
        k = self.chunk_of(p)
        return "" if k is None else self.rows.get((k, p.first_line), self.cards[k])

    def cut(self, k: int) -> bool:
        return any(len(self.by_line[n]) > 1 for n in self.lines_of(self.items[k].chunk.pieces))

    def card_rows(self, k: int) -> list[tuple[str, str, str]]:
        """Each dump line of the chunk (a form feed shown as ␌); for a chunk cut from a line, its own pieces."""
        pieces = self.items[k].chunk.pieces
        if self.cut(k) or not pieces:
            out = [(self.rows.get((k, p.first_line), ""), lines_label(p), visible(p.text)) for p in pieces]
        else:
            out = [(self.rows[k, n], str(n), visible(self.raw[n - 1].rstrip().replace("\f", "␌")))
                   for n in self.lines_of(pieces) if n <= len(self.raw) and self.raw[n - 1].strip()]
        return [("" if rid == self.cards[k] else rid, label, text) for rid, label, text in out]  # the card holds its id


def default_output(dump: str) -> str:
    """build/<dump name without .txt>.inspect.html"""
    name = os.path.basename(dump)
    if name.lower().endswith(".txt"):
        name = name[:-4]
    return os.path.join(DEFAULT_FOLDER, name + SUFFIX)


def lines_label(p: Piece) -> str:
    return str(p.first_line) if p.first_line == p.last_line else f"{p.first_line}–{p.last_line}"


def visible(text: str) -> str:
    """Control, format and other invisible characters as ⟨U+XXXX⟩: seen on the sheet and safe in HTML."""
    if all(unicodedata.category(c) not in HIDDEN or c in "\t\n" for c in text):
        return text
    return "".join(f"⟨U+{ord(c):04X}⟩" if unicodedata.category(c) in HIDDEN and c not in "\t\n" else c for c in text)


def runs(pieces: tuple[Piece, ...]) -> list[tuple[Piece, int]]:
    """Pieces on consecutive dump lines grouped: (first piece of the run, its last line)."""
    out: list[tuple[Piece, int]] = []
    for p in pieces:
        if out and out[-1][1] <= p.first_line <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], p.last_line))
        else:
            out.append((p, p.last_line))
    return out


def seams(block: Block, dump: Dump) -> list[tuple[int, str, str]]:
    """Where in the block's text each join of two pieces falls: (offset, kind, title).

    The pieces are rejoined as the parser joins them and the block's text found in
    the result (a headline split off a line or a credit cut off a paragraph is part
    of it); a join outside that text sits at the nearer end, one the text cannot be
    matched to sits at the end.
    """
    text, at = "", []
    for p in block.pieces:
        if not text:
            text = p.text
            continue
        text = join_text(text, p.text)
        at.append(len(text) - len(p.text.lstrip()))
    kinds = []
    for a, b in zip(block.pieces, block.pieces[1:]):
        same = dump.chunk_of(a) is not None and dump.chunk_of(a) == dump.chunk_of(b)
        kinds.append(("wrap", f"line wrap: line {lines_label(a)} ↵ line {lines_label(b)}") if same else
                     ("seam", f"joined: line {lines_label(a)} ⏎ line {lines_label(b)}"))
    start = text.find(block.text)
    if start < 0:
        return [(len(block.text), kind, title) for kind, title in kinds]
    return [(min(max(s - start, 0), len(block.text)), kind, title) for s, (kind, title) in zip(at, kinds)]


def parts(text: str, joins: list[tuple[int, str, str]], mark: tuple[int, int] | None) -> list[Part]:
    """The text cut at the seams and around the marked dateline."""
    points = sorted({len(text)} | {s for s, _, _ in joins} | set(mark or ()))
    out, pos = [], 0
    for point in points:
        if point > pos:
            inside = mark is not None and mark[0] <= pos < mark[1]
            out.append(Part(visible(text[pos:point]), "dateline" if inside else ""))
            pos = point
        out += [Part("⏎" if kind == "seam" else "↵", kind, title) for s, kind, title in joins if s == point]
    return out


def dateline_span(article: Article, block: Block) -> tuple[int, int] | None:
    """Where the dateline sits in the article's first paragraph."""
    first = next((b for b in article.blocks if b.role is Role.PARAGRAPH), None)
    if block is not first or not article.dateline:
        return None
    at = block.text.find(article.dateline)
    return (at, at + len(article.dateline)) if at >= 0 else None


def block_view(anchor: str, block: Block, dump: Dump, mark: tuple[int, int] | None = None) -> BlockView:
    sources = [Link(dump.anchor_of(p), "L" + (str(p.first_line) if last == p.first_line else f"{p.first_line}–{last}"))
               if p.first_line > 0 else Link("", "not on a dump line") for p, last in runs(block.pieces)]
    chunks = list(dict.fromkeys(dump.cards[k] for k in map(dump.chunk_of, block.pieces) if k is not None))
    return BlockView(anchor, block, sources, chunks, parts(block.text, seams(block, dump), mark))


def article_view(number: int, art: Article, dump: Dump) -> ArticleView:
    blocks = [block_view(f"a{number}-b{j}", b, dump, dateline_span(art, b)) for j, b in enumerate(art.blocks, 1)]
    pieces = [p for b in art.blocks for p in b.pieces if p.first_line > 0]
    if not pieces:
        return ArticleView(f"a{number}", number, art, blocks, Link("", ""))
    first = min(pieces, key=lambda p: p.first_line)
    last = max(p.last_line for p in pieces)
    label = f"L{first.first_line}" + (f"–{last}" if last > first.first_line else "")
    return ArticleView(f"a{number}", number, art, blocks, Link(dump.anchor_of(first), label))


def gather(dump_path: str, encoding: str | None = None, style: str | None = None) -> Sheet:
    """Parse the dump and lay out both views, every block tied to its chunks."""
    parsed = read_dump(dump_path, encoding, style)  # one parse: the edition and the items it was made from
    edition, items = parsed.edition, list(parsed.items)
    for w in edition.warnings:
        warn(w)
    dump = Dump(parsed.text, items)
    articles = [article_view(i, art, dump) for i, art in enumerate(edition.articles, 1)]
    furniture = [block_view(f"f{k}", b, dump) for k, b in enumerate(edition.furniture, 1)]
    cards = [Card(dump.cards[k], it, dump.card_rows(k), k > 0 and it.chunk.page != items[k - 1].chunk.page, dump.cut(k))
             for k, it in enumerate(items)]
    views = [(a.number, bv) for a in articles for bv in a.blocks] + [(0, bv) for bv in furniture]
    groups = tie(cards, views, dump)
    pages = page_views(dump_path, items, dump, articles) if edition.style == "pdf" else []
    return Sheet(os.path.basename(dump_path), edition, counts(edition, cards, views, groups), [r.value for r in Role],
                 cards, articles, furniture, pages)


def page_views(path: str, items: list[Item], dump: Dump, articles: list[ArticleView]) -> list[PageView]:
    """Each page of a PDF drawn, with the boxes of its chunks (numbered in reading order), article outlines and
    joins."""
    import base64

    from .parse.pdf import open_pdf, read_page
    from .render.sheets import render_jpeg

    doc = open_pdf(path)
    try:
        drawn = {k: read_page(doc, k, path) for k in sorted({it.chunk.page for it in items})}
    finally:
        doc.close()
    out = []
    for page in sorted({it.chunk.page for it in items}):
        jpeg, width, height = render_jpeg(path, page)
        pdf_page = drawn[page]
        rules = list(pdf_page.rules) + [side for x0, top, x1, bottom in pdf_page.boxes for side in (
            (x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom))]
        boxes = []
        for k, it in enumerate(items):
            g = it.chunk.geometry
            if it.chunk.page == page and g is not None:
                x0, y0, x1, y1 = g.box
                boxes.append(Box(x0, y0, x1 - x0, y1 - y0, it.role.value, k + 1, dump.cards[k], it.text[:80]))
        outlines, joins = [], []
        for a in articles:
            rects = []
            for bv in a.blocks:
                chunks = [dump.chunk_of(p) for p in bv.block.pieces]
                placed = [items[k].chunk.geometry.box for k in dict.fromkeys(chunks) if k is not None
                          and items[k].chunk.page == page and items[k].chunk.geometry is not None]
                rects += placed
                joins += [(a_[0], a_[3], b_[0], b_[1]) for a_, b_ in zip(placed, placed[1:])]
            if rects:
                x0, y0 = min(r[0] for r in rects), min(r[1] for r in rects)
                x1, y1 = max(r[2] for r in rects), max(r[3] for r in rects)
                outlines.append((x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4, a.number, a.anchor))
        out.append(PageView(page + 1, "data:image/jpeg;base64," + base64.b64encode(jpeg).decode("ascii"),
                            width, height, boxes, outlines, joins, rules))
    return out


def tie(cards: list[Card], views: list[tuple[int, BlockView]], dump: Dump) -> int:
    """Link cards and blocks both ways and blocks to the others cut from the same dump lines; the number of splits."""
    by_id = {c.anchor: c for c in cards}
    on_line: dict[int, list[Link]] = {}
    links = {}
    for number, bv in views:
        links[bv.anchor] = Link(bv.anchor, f"#{number} {bv.block.role.value}" if number else
                                f"non-article {bv.block.role.value}", bv.block.role.value)
        for cid in bv.chunks:
            by_id[cid].targets.append(links[bv.anchor])
            by_id[cid].moved |= bv.block.moved
        for n in dump.lines_of(bv.block.pieces):
            on_line.setdefault(n, []).append(links[bv.anchor])
    groups: set[tuple[str, ...]] = set()
    for _, bv in views:
        shared = [t for n in dump.lines_of(bv.block.pieces) for t in on_line[n]]
        bv.split_with = [t for t in dict.fromkeys(shared) if t.anchor != bv.anchor]
        if bv.split_with:
            groups.add(tuple(sorted({bv.anchor} | {t.anchor for t in bv.split_with})))
    for c in cards:
        c.targets = list(dict.fromkeys(c.targets))
    return len(groups)


def counts(edition: Edition, cards: list[Card], views: list[tuple[int, BlockView]],
           splits: int) -> list[tuple[int, str, str, str]]:
    blocks = [bv for _, bv in views]
    joins = sum(bv.block.joined for bv in blocks)
    across = sum(bv.across for bv in blocks)
    return [
        (len(cards), "chunks", "", "pieces of the dump as the extractor cut them"),
        (len(edition.articles), "articles", "", ""),
        (joins, "joins", "join", f"blocks joined from several dump pieces ({across} of them across chunks)"),
        (splits, "splits", "split", "groups of blocks cut from the same dump lines"),
        (sum(bv.block.moved for bv in blocks), "moves", "moved", "blocks put back into reading order"),
        (len(edition.furniture), "furniture blocks", "", "page furniture that belongs to no article"),
        (sum(not c.targets for c in cards), "chunks in no block", "lost", "dump text the edition does not show"),
    ]


def render(sheet: Sheet) -> str:
    env = Environment(loader=PackageLoader("reader", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.get_template("inspect.html.j2").render(sheet=sheet)


def write_inspect(dump: str, output: str | None = None, encoding: str | None = None,
                  style: str | None = None) -> str:
    """Parse DUMP, write its proof sheet (default build/<name>.inspect.html) and return the path written."""
    page = render(gather(dump, encoding, style))
    path = output or default_output(dump)
    if os.path.realpath(path) == os.path.realpath(dump):
        raise ReaderError(path, "is the input dump itself: give another output file")
    try:
        write_atomic(path, page)
    except OSError as e:
        raise ReaderError(path, e.strerror or str(e)) from None
    return path
