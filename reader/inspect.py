"""Dump file → an HTML proof sheet: the dump's chunks beside the edition rebuilt from them, joins, splits and moves marked.

Two views of one parse: the dump as it came, chunk by chunk with its first-pass
and final roles, and the edition in reading order. Every block links to the
dump lines it came from and every chunk to the blocks it ended up in, so a
person can check a reconstruction at a glance. The page is self-contained and
deterministic: the same dump gives the same bytes.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader

from . import __version__
from .errors import ReaderError
from .fsutil import write_atomic
from .model import Article, Block, Edition, Piece, Role
from .parse import classify, parse_file, read_text
from .parse.revise import Item
from .parse.segment import join_text

DEFAULT_FOLDER = "build"
SUFFIX = ".inspect.html"


@dataclass(frozen=True)
class Link:
    """A link to another element of the sheet: its id, what it says, the role that colours it."""

    anchor: str
    label: str
    role: str = ""


@dataclass(frozen=True)
class Part:
    """A run of a block's text: plain, the dateline, or a seam (⏎) where two dump pieces were joined."""

    text: str
    kind: str = ""  # "", "dateline" or "seam"
    title: str = ""


@dataclass
class Card:
    """One dump chunk: its raw lines and roles, and the blocks it ended up in."""

    anchor: str
    item: Item
    rows: list[tuple[str, int, str]]  # (row id or "", line number, raw line)
    page_break: bool
    targets: list[Link] = field(default_factory=list)
    moved: bool = False

    @property
    def changed(self) -> bool:
        return self.item.first_role is not self.item.role


@dataclass
class BlockView:
    """One edition block with its source links, text parts and what happened to it."""

    anchor: str
    block: Block
    sources: list[Link]  # one per dump piece
    chunks: list[str]  # anchors of the dump cards it came from
    parts: list[Part]
    split_with: list[Link] = field(default_factory=list)  # other blocks cut from the same chunk


@dataclass
class ArticleView:
    anchor: str
    number: int
    article: Article
    blocks: list[BlockView]
    lines: Link


@dataclass
class Sheet:
    """Everything the template shows."""

    source: str
    edition: Edition
    counts: list[tuple[int, str, str]]  # (number, what, css class)
    roles: list[str]
    cards: list[Card]
    articles: list[ArticleView]
    furniture: list[BlockView]
    version: str = __version__


def default_output(dump: str) -> str:
    """build/<dump name without .txt>.inspect.html"""
    name = os.path.basename(dump)
    if name.lower().endswith(".txt"):
        name = name[:-4]
    return os.path.join(DEFAULT_FOLDER, name + SUFFIX)


def lines_label(p: Piece) -> str:
    return str(p.first_line) if p.first_line == p.last_line else f"{p.first_line}–{p.last_line}"


def anchors(items: list[Item]) -> tuple[list[str], dict[int, str]]:
    """Each chunk's card id (L + its first line) and an id for every dump line (the card's or its row's).

    A form feed inside a line can start two chunks on one line number; the second card gets a c-id.
    """
    cards, lines = [], {}
    for k, it in enumerate(items):
        first = it.chunk.pieces[0].first_line if it.chunk.pieces else 0
        cards.append(f"L{first}" if first not in lines else f"c{k + 1}")
        for p in it.chunk.pieces:
            for n in range(p.first_line, p.last_line + 1):
                lines.setdefault(n, cards[-1] if n == first else f"L{n}")
    return cards, lines


def chunk_finder(items: list[Item]):
    """A function giving, for a piece of a block, the index of the chunk it came from (None if none)."""
    by_piece = {p: k for k, it in enumerate(items) for p in it.chunk.pieces}
    by_line = {}
    for k, it in enumerate(items):
        for p in it.chunk.pieces:
            for n in range(p.first_line, p.last_line + 1):
                by_line.setdefault(n, k)

    def find(p: Piece) -> int | None:
        return by_piece.get(p, by_line.get(p.first_line))
    return find


def seams(block: Block) -> list[tuple[int, str]]:
    """Where in the block's text each join of two pieces falls, with a title naming the lines.

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
    start = text.find(block.text)
    titles = [f"joined: line {lines_label(a)} ⏎ line {lines_label(b)}" for a, b in zip(block.pieces, block.pieces[1:])]
    if start < 0:
        return [(len(block.text), t) for t in titles]
    return [(min(max(s - start, 0), len(block.text)), t) for s, t in zip(at, titles)]


def parts(text: str, joins: list[tuple[int, str]], mark: tuple[int, int] | None) -> list[Part]:
    """The text cut at the seams and around the marked dateline."""
    points = sorted({len(text)} | {s for s, _ in joins} | set(mark or ()))
    out, pos = [], 0
    for point in points:
        if point > pos:
            inside = mark is not None and mark[0] <= pos < mark[1]
            out.append(Part(text[pos:point], "dateline" if inside else ""))
            pos = point
        out += [Part("⏎", "seam", t) for s, t in joins if s == point]
    return out


def dateline_span(article: Article, block: Block) -> tuple[int, int] | None:
    """Where the dateline sits in the article's first paragraph."""
    first = next((b for b in article.blocks if b.role is Role.PARAGRAPH), None)
    if block is not first or not article.dateline:
        return None
    at = block.text.find(article.dateline)
    return (at, at + len(article.dateline)) if at >= 0 else None


def block_view(anchor: str, block: Block, find, card_ids: list[str], line_ids: dict[int, str],
               mark: tuple[int, int] | None = None) -> BlockView:
    found = [find(p) for p in block.pieces]
    sources = [Link(line_ids.get(p.first_line) or (card_ids[k] if k is not None else ""), "L" + lines_label(p))
               for p, k in zip(block.pieces, found)]
    chunks = list(dict.fromkeys(card_ids[k] for k in found if k is not None))
    return BlockView(anchor, block, sources, chunks, parts(block.text, seams(block), mark))


def short(text: str, n: int = 16) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def gather(dump: str, encoding: str | None = None, style: str | None = None) -> Sheet:
    """Parse the dump and lay out both views, with every block tied to its chunks."""
    edition = parse_file(dump, encoding, style)
    text = read_text(dump, encoding)
    _, items = classify(text, style or edition.style)
    raw = text.split("\n")
    card_ids, line_ids = anchors(items)
    find = chunk_finder(items)

    articles = []
    for i, art in enumerate(edition.articles, 1):
        blocks = [block_view(f"a{i}-b{j}", b, find, card_ids, line_ids, dateline_span(art, b))
                  for j, b in enumerate(art.blocks, 1)]
        first = min((p for b in art.blocks for p in b.pieces), key=lambda p: p.first_line, default=None)
        last = max((p.last_line for b in art.blocks for p in b.pieces), default=0)
        span = Link(line_ids.get(first.first_line, "") if first else "",
                    f"L{first.first_line}–{last}" if first and last > first.first_line else
                    f"L{first.first_line}" if first else "")
        articles.append(ArticleView(f"a{i}", i, art, blocks, span))
    furniture = [block_view(f"f{k}", b, find, card_ids, line_ids) for k, b in enumerate(edition.furniture, 1)]

    cards = [Card(card_ids[k], it, rows(it, raw, line_ids, card_ids[k]),
                  k > 0 and it.chunk.page != items[k - 1].chunk.page) for k, it in enumerate(items)]
    views = [(a.number, bv) for a in articles for bv in a.blocks] + [(0, bv) for bv in furniture]
    tie(cards, views)
    return Sheet(os.path.basename(dump), edition, counts(edition, cards, views), [r.value for r in Role],
                 cards, articles, furniture)


def rows(item: Item, raw: list[str], line_ids: dict[int, str], card_id: str) -> list[tuple[str, int, str]]:
    """The chunk's lines as the dump has them (a form feed shown as ␌), each with its own id."""
    ps = item.chunk.pieces
    if not ps:
        return [("", 0, item.text)]
    out = []
    for n in range(ps[0].first_line, ps[-1].last_line + 1):
        line = raw[n - 1] if 0 < n <= len(raw) else ""
        row_id = line_ids.get(n, "")
        out.append(("" if row_id == card_id else row_id, n, line.rstrip().replace("\f", "␌")))
    return [r for r in out if r[2].strip()] or out


def tie(cards: list[Card], views: list[tuple[int, BlockView]]) -> None:
    """Link each card to the blocks it ended up in, and each block to the others cut from the same chunk."""
    by_id = {c.anchor: c for c in cards}
    users: dict[str, list[Link]] = {}
    for number, bv in views:
        where = f"#{number}" if number else "non-article"
        link = Link(bv.anchor, f"{where} {bv.block.role.value}", bv.block.role.value)
        for cid in bv.chunks:
            users.setdefault(cid, []).append(link)
            by_id[cid].moved |= bv.block.moved
    for c in cards:
        c.targets = users.get(c.anchor, [])
    for _, bv in views:
        bv.split_with = list(dict.fromkeys(t for cid in bv.chunks if len(users[cid]) > 1
                                           for t in users[cid] if t.anchor != bv.anchor))


def counts(edition: Edition, cards: list[Card], views: list[tuple[int, BlockView]]) -> list[tuple[int, str, str]]:
    blocks = [bv.block for _, bv in views]
    return [
        (len(cards), "chunks", ""),
        (len(edition.articles), "articles", ""),
        (sum(b.joined for b in blocks), "joins", "join"),
        (sum(len(c.targets) > 1 for c in cards), "splits", "split"),
        (sum(b.moved for b in blocks), "moves", "moved"),
        (len(edition.furniture), "furniture blocks", ""),
        (sum(not c.targets for c in cards), "chunks in no block", "lost"),
    ]


def render(sheet: Sheet) -> str:
    env = Environment(loader=PackageLoader("reader", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["short"] = short
    return env.get_template("inspect.html.j2").render(sheet=sheet)


def write_inspect(dump: str, output: str | None = None, encoding: str | None = None,
                  style: str | None = None) -> str:
    """Parse DUMP, write its proof sheet (default build/<name>.inspect.html) and return the path written."""
    page = render(gather(dump, encoding, style))
    path = output or default_output(dump)
    try:
        write_atomic(path, page)
    except OSError as e:
        raise ReaderError(path, e.strerror or str(e)) from None
    return path
