"""Text dump → Edition: decode, clean, segment, classify (first pass), revise (second pass), assemble."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace

from ..errors import ReaderError
from ..model import Article, Block, Edition, Piece, Role, Sheet
from ..naming import FILE_NAME
from .assemble import assemble
from .ledger import Ledger
from .decode import decode
from .revise import Item, revise
from .rules import MARKS, Context, Mark, first_pass
from .segment import Chunk, clean, removed_counts
from .styles import segment, side_by_side
from .split import split_all
from .jumps import join_pages
from .pages import label_pages, paper_name
from .script import detect_script

# A day's paper is well under 1 MB and a year of one paper's pages about 30 MB. Reading takes about 8× a dump's size
# in memory and Pagefind about 20× for its pages (measured on a 20 MB dump): past this, a dump is refused.
MAX_INPUT_BYTES = 64 * 2**20


def classify(text: str, style: str | None = None) -> tuple[str, list[Item]]:
    """The style and every chunk with its first-pass and final role (what --explain shows)."""
    style, chunks = segment(text, style)
    return style, classify_chunks(chunks)


def classify_chunks(chunks: list[Chunk]) -> list[Item]:
    """Every chunk with its first-pass and final role."""
    return revise(first_items(chunks))


def first_items(chunks: list[Chunk]) -> list[Item]:
    """Every chunk, split where one holds two fields, with its first-pass role."""
    chunks = split_all(chunks)
    by_page: dict[int, int] = {}
    for c in chunks:
        by_page[c.page] = by_page.get(c.page, 0) + 1
    items, seen = [], {}
    for c in chunks:
        idx = seen.get(c.page, 0)
        seen[c.page] = idx + 1
        role, rule = first_pass(c.text, Context(idx, by_page[c.page], c.geometry))
        mark = MARKS.get(rule)
        items.append(Item(c, role, rule, role, rule, mark is Mark.DATELINE, mark, len(items)))
    return items


@dataclass(frozen=True)
class Parsed:
    """An edition with the record of its making: the cleaned text, every item with its first and final roles,
    and the ledger of the assembly (what --explain prints and inspect draws)."""

    edition: Edition
    text: str
    items: tuple[Item, ...]
    ledger: Ledger


def parse_text(text: str, source: str = "<text>", style: str | None = None, encoding: str = "utf-8",
               warnings: tuple[str, ...] = ()) -> Edition:
    """Parse decoded dump text into an Edition."""
    return parse_recorded(text, source, style, encoding, warnings).edition


def parse_recorded(text: str, source: str = "<text>", style: str | None = None, encoding: str = "utf-8",
                   warnings: tuple[str, ...] = ()) -> Parsed:
    """Parse decoded dump text into an Edition, keeping the record of how."""
    text, removed = clean(text)
    style, items = classify(text, style)
    return _parsed(text, items, removed, source, style, encoding, warnings)


def _parsed(text: str, items: list[Item], removed: str, source: str, style: str, encoding: str,
            warnings: tuple[str, ...]) -> Parsed:
    """The edition the classified items make, with the record of how."""
    articles, furniture, ledger = assemble(items)
    articles = label_pages(articles, furniture)
    if removed:
        # invisible and control characters carry no text but are the dump's own: kept, out of every article
        line = Piece(removed, 0, 0)
        furniture.append(Block(Role.FURNITURE, removed, (line,), "invisible"))
    m = FILE_NAME.match(os.path.basename(source))
    language = detect_script(text)
    if language == "ja":
        # read right (nothing lost), but the rules know Chinese papers: the user should know why articles look odd
        warnings += (f"{source}: reads as Japanese ({encoding}), not Chinese: the text is kept as it is, but reader's "
                     "rules are Chinese newspaper conventions, so headlines and articles may be put together wrongly",)
    if side_by_side(text):
        warnings += (f"{source}: its lines hold several columns side by side (pdftotext -layout?): reader reads a "
                     "column's lines one after another, so articles will be wrong; dump the PDF again without "
                     "-layout, or give reader the PDF itself",)
    edition = Edition(source=os.path.basename(source), articles=tuple(articles), furniture=tuple(furniture),
                      paper=m.group("paper") if m else None, date=m.group("date") if m else None,
                      paper_name=paper_name(furniture), language=language,
                      style=style, encoding=encoding, dropped=tuple(sorted(removed_counts(removed).items())),
                      warnings=warnings)
    return Parsed(edition, text, tuple(items), ledger)


def parse_bytes(data: bytes, source: str, encoding: str | None = None, style: str | None = None) -> Edition:
    """Decode and parse a dump's bytes; raises ReaderError naming the source on bad input."""
    return _parse_bytes(data, source, encoding, style).edition


def _parse_bytes(data: bytes, source: str, encoding: str | None, style: str | None) -> Parsed:
    text = decode(data, source, encoding)
    if not text.strip():
        raise ReaderError(source, "empty input: no text to parse")
    return parse_recorded(str(text), source, style, text.encoding, tuple(f"{source}: {w}" for w in text.warnings))


def parse_file(path: str, encoding: str | None = None, style: str | None = None) -> Edition:
    """Read and parse one dump file."""
    return read_dump(path, encoding, style).edition


def is_pdf(path: str) -> bool:
    """A PDF by its name or by its first bytes (%PDF-), whatever it is called."""
    if path.lower().endswith(".pdf"):
        return True
    try:
        with open(path, "rb") as f:
            return f.read(1024).lstrip(b" \t\r\n\x00").startswith(b"%PDF-")
    except OSError:
        return False


def read_dump(path: str, encoding: str | None = None, style: str | None = None) -> Parsed:
    """Read and parse one dump file (or a PDF of pages), keeping the record of how."""
    if is_pdf(path) and not os.path.isdir(path):
        return read_pdf(path)
    try:
        size = os.path.getsize(path)
        if size > MAX_INPUT_BYTES:
            raise ReaderError(path, f"too large for a dump ({size / 2**20:.0f} MB; the most reader reads is "
                                    f"{MAX_INPUT_BYTES // 2**20} MB): split it into pages or days")
        with open(path, "rb") as f:
            data = f.read()
    except IsADirectoryError:
        raise ReaderError(path, "is a folder, not a dump file") from None
    except OSError as e:
        raise ReaderError(path, e.strerror or str(e)) from None
    return _parse_bytes(data, path, encoding, style)


def merge_pages(pages: list[tuple[int, Edition]], name: str) -> Edition:
    """The pages of one day (…-p1.txt, …-p2.txt) as one edition, in page order; a page whose dump names no
    page (版) is labelled by its number; a story jumping to a later page (下转) goes on with its continuation."""
    pages = sorted(pages, key=lambda p: p[0])
    on_pages, furniture, sheets = [], [], []
    for number, ed in pages:
        shift = len(sheets)
        on_pages.append((number, [_on_sheets(a if a.page else replace(a, page=f"第{number}版"), shift)
                                  for a in ed.articles]))
        furniture += list(ed.furniture)
        sheets += list(ed.sheets)
    articles, aside = join_pages(on_pages)  # stories jumping to a later page read on there
    furniture += aside
    first = pages[0][1]
    return replace(first, source=name, articles=tuple(articles), furniture=tuple(furniture), sheets=tuple(sheets),
                   paper_name=next((e.paper_name for _, e in pages if e.paper_name), None),
                   warnings=tuple(w for _, e in pages for w in e.warnings))


def _on_sheets(article: Article, shift: int) -> Article:
    """The article with its regions and pictures pointing `shift` sheets further on (pages merged after others)."""
    if not shift or not (article.regions or article.pictures):
        return article
    return replace(article, regions=tuple(replace(r, sheet=r.sheet + shift) for r in article.regions),
                   pictures=tuple(replace(p, region=replace(p.region, sheet=p.region.sheet + shift))
                                  for p in article.pictures))


def read_pdf(path: str, data: bytes | None = None) -> Parsed:
    """Read and parse a PDF of one or more newspaper pages from its geometry, keeping the record of how; its text
    (what `reader dump` writes) is the pages' chunks in reading order, one block each, pages parted by form feeds."""
    from .layout import page_chunks
    from .pdf import MAX_PDF_BYTES, has_text, open_pdf, read_page
    from .pictures import picture_bytes, place

    try:
        size = os.path.getsize(path) if data is None else len(data)
    except OSError as e:
        raise ReaderError(path, e.strerror or str(e)) from None
    if size > MAX_PDF_BYTES:
        raise ReaderError(path, f"too large for a PDF of newspaper pages ({size / 2**20:.0f} MB; the most reader "
                                f"reads is {MAX_PDF_BYTES // 2**20} MB): split it into days")
    doc = open_pdf(path, data)
    try:
        if not has_text(doc, path):
            raise ReaderError(path, "the PDF has no text layer (a scanned page?): run OCR on it first "
                                    "(e.g. ocrmypdf --language chi_sim), then give reader the result")
        chunks: list[Chunk] = []
        parts: list[str] = []
        removed = ""
        line = 1
        sheets, pictures = [], []
        for index in range(len(doc)):
            page = read_page(doc, index, path)
            read = page_chunks(page, index, line)
            chunks += read.chunks
            removed += read.removed
            parts.append("\n\n".join(read.texts))
            line += 2 * len(read.texts) + 1  # a form feed on a line of its own parts two pages
            sheets.append(Sheet(os.path.basename(path), index, round(page.width, 1), round(page.height, 1)))
            for f in read.pictures:
                extracted = picture_bytes(doc, index, f.image, f.crop)
                if extracted is not None:
                    pictures.append((index, f, extracted))
    finally:
        doc.close()
    text = "\n\n\f\n".join(parts) + "\n"
    items = classify_chunks(chunks)
    parsed = _parsed(text, items, removed, path, "pdf", "pdf", ())
    edition = place(replace(parsed.edition, sheets=tuple(sheets)), items, pictures)
    return replace(parsed, edition=edition)
