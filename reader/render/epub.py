"""Edition → EPUB 3 bytes (with an EPUB 2 NCX): the only module that imports ebooklib.

ebooklib fails silently in several ways (write_epub returns False, a chapter
that does not parse is written empty, a supplied <head> is dropped, timestamps
default to now). Here every document is written verbatim as a plain item, the
archive is rewritten with fixed timestamps, and the result is read back and
checked before anyone sees it.
"""
from __future__ import annotations

import io
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone

from lxml import etree

from .. import naming
from ..errors import ReaderError
from ..model import Edition
from .story import label, lede, split_story, story
from .themes import Theme, load_theme

FOLDER = "EPUB"
EPOCH = (1980, 1, 1, 0, 0, 0)  # the zip format's earliest date: every entry gets the edition's date or this
ID_NAMESPACE = uuid.UUID("6f1c3f4e-8a52-5d2e-9b1e-4b7a0c6e2d11")  # reader's namespace for edition identifiers
XHTML = "application/xhtml+xml"
MAX_DOCUMENT_CHARS = 80_000  # of body text in one XHTML document (~250 KB): longer articles are split in parts
LEDE_CHARS = 60  # characters of an article's opening shown under its headline in the contents
SCRIPT_WORDS = {"hant-tw": ("traditional", "taiwan"), "hant-hk": ("traditional", "hongkong"),
                "hant": ("traditional",), "hant-tw-phrases": ("traditional", "taiwan_phrases")}  # words.toml keys


@dataclass
class EpubOptions:
    """How an EPUB edition is made."""

    theme: str = "default"  # a folder of themes/ or a path to a theme folder
    theme_dir: str | None = None  # a user folder whose files override the theme's
    embed_font: str | None = None  # a font file to subset and embed, for readers without CJK fonts
    paper_name: str | None = None  # the paper's name when the dump and its file name do not give it
    masthead: str | None = None  # the name as the cover sets it large (papers.toml), else the paper's name
    vertical: bool = False  # vertical-rl writing, right-to-left page progression
    script: str | None = None  # the Traditional variant the edition was converted to (hant-tw, hant-hk, hant)
    names: tuple[str, ...] = ()  # names to keep whole in conversion, besides those the parser found
    corner_quotes: bool | None = None  # 「」 for Taiwan and Hong Kong unless False
    cover: bool = True  # draw a cover image (needs a CJK font through fontconfig)
    front_page: bytes | None = None  # the front page drawn (JPEG), the cover of an edition read from PDFs
    report: list[str] = field(default_factory=list)  # lines to tell the user (font sizes …)


def edition_title(ed: Edition, opts: EpubOptions) -> str:
    """菏泽日报 2024年12月3日: the paper's name (the one given, else the edition's own) and the day."""
    return naming.edition_title(naming.paper_title(ed, opts.paper_name), ed.date)


def book_title(ed: Edition, opts: EpubOptions, words: dict[str, str]) -> str:
    """The edition's title with its variant, so that the books of one edition can be told apart in a library:
    菏泽日报 2024年12月3日, …（直排）, 菏澤日報 2024年12月3日（繁體·臺灣·直排）."""
    marks = [words[k] for k in SCRIPT_WORDS.get(opts.script, ())]
    if opts.vertical:
        marks.append(words["vertical"])
    return edition_title(ed, opts) + (f"（{'·'.join(marks)}）" if marks else "")


def identifier(ed: Edition, opts: EpubOptions) -> str:
    """Stable across builds: derived from the paper and the date (or the file name), and the language."""
    key = f"{opts.paper_name or ed.paper or ed.source}|{ed.date or ed.source}|{ed.language}"
    if opts.vertical:
        key += "|vertical"
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, key)}"


def _modified(ed: Edition) -> datetime:
    if ed.date:
        y, m, d = (int(x) for x in ed.date.split("-"))
        return datetime(y, m, d, tzinfo=timezone.utc)
    return datetime(*EPOCH, tzinfo=timezone.utc)


def _sections(ed: Edition) -> list[dict]:
    """Articles grouped by page (版) in reading order; one unnamed section when the dump tells no page."""
    sections: list[dict] = []
    for i, a in enumerate(ed.articles, 1):
        first = lede(a)
        entry = {"href": f"a{i:03d}.xhtml", "label": label(a), "kicker": a.kicker,
                 "lede": first if len(first) <= LEDE_CHARS else first[:LEDE_CHARS] + "…"}
        if not sections or sections[-1]["label"] != a.page:
            sections.append({"label": a.page, "entries": []})
        sections[-1]["entries"].append(entry)
    return sections


def _ncx_points(sections: list[dict], title: str) -> tuple[list[dict], int]:
    order = iter(range(1, 100000))
    children = []
    for k, s in enumerate(sections):
        entries = [{"id": f"n-{e['href'][:-6]}", "label": e["label"], "href": e["href"], "children": []}
                   for e in s["entries"]]
        if s["label"]:
            children.append({"id": f"n-s{k + 1}", "label": s["label"], "href": s["entries"][0]["href"],
                             "children": entries})
        else:
            children += entries
    root = {"id": "n-contents", "label": title, "href": "contents.xhtml", "children": children}

    orders: dict[str, int] = {}

    def number(p):
        # navPoints that point at the same document share its playOrder (EPUBCheck requires it)
        if p["href"] not in orders:
            orders[p["href"]] = next(order)
        p["order"] = orders[p["href"]]
        for c in p["children"]:
            number(c)
    number(root)
    depth = 3 if any(s["label"] for s in sections) else 2
    return [root], depth


def render_documents(ed: Edition, theme: Theme, opts: EpubOptions, words: dict[str, str]) -> dict[str, str]:
    """Every XHTML document and the NCX of the edition, by file name."""
    env = theme.env
    lang = ed.language
    title = edition_title(ed, opts)
    common = {"lang": lang, "dir": None, "css": "style.css", "vertical": opts.vertical, "words": words,
              "edition_title": title}
    sections = _sections(ed)
    entries = [e for s in sections for e in s["entries"]]
    docs: dict[str, str] = {}
    for i, a in enumerate(ed.articles):
        parts = split_story(story(a), MAX_DOCUMENT_CHARS)
        hrefs = [entries[i]["href"]] + [entries[i]["href"].replace(".xhtml", f"-{k}.xhtml")
                                        for k in range(2, len(parts) + 1)]
        for k, (part, href) in enumerate(zip(parts, hrefs)):
            prev = entries[i - 1] if i > 0 else None
            nxt = entries[i + 1] if i + 1 < len(entries) else None
            if k:  # a later part of a long article: its neighbours are the other parts
                prev = {"href": hrefs[k - 1], "label": f"{entries[i]['label']}（{k}）"}
            if k + 1 < len(parts):
                nxt = {"href": hrefs[k + 1], "label": f"{entries[i]['label']}（{k + 2}）"}
            label_k = entries[i]["label"] + (f"（{k + 1}）" if k else "")
            docs[href] = env.get_template("epub/article.xhtml").render(
                common, title=label_k, story=part, prev=prev, next=nxt)
    docs["contents.xhtml"] = env.get_template("epub/contents.xhtml").render(
        common, title=words["contents"], sections=sections)
    if opts.cover:
        headlines = "；".join(e["label"] for e in entries[:5])
        image, what = ("cover.jpg", words["front_page"]) if opts.front_page else ("cover.png", title)
        docs["cover.xhtml"] = env.get_template("epub/cover.xhtml").render(
            common, title=title, image=image, alt=f"{what}：{headlines}")
    pages = [{"href": s["entries"][0]["href"], "label": s["label"]} for s in sections if s["label"]]
    docs["nav.xhtml"] = env.get_template("epub/nav.xhtml").render(
        common, title=words["contents"], sections=sections, pages=pages, cover=opts.cover,
        first_href=entries[0]["href"] if entries else "contents.xhtml")
    points, depth = _ncx_points(sections, title)
    docs["toc.ncx"] = env.get_template("epub/toc.ncx").render(
        lang=lang, uid=identifier(ed, opts), depth=depth, edition_title=book_title(ed, opts, words), points=points)
    return docs


# schema.org accessibility metadata of every edition (EPUB Accessibility 1.1; DAISY Ace checks it).
ACCESSIBILITY = (("schema:accessMode", "textual"), ("schema:accessMode", "visual"),
                 ("schema:accessModeSufficient", "textual"),
                 ("schema:accessibilityFeature", "structuralNavigation"),
                 ("schema:accessibilityFeature", "tableOfContents"),
                 ("schema:accessibilityFeature", "readingOrder"),
                 ("schema:accessibilityFeature", "alternativeText"),
                 ("schema:accessibilityHazard", "none"),
                 ("schema:accessibilitySummary",
                  "报纸版面的文字重建为结构化文章：标题、导语、署名与正文分段标记，目录按版面分组，"
                  "封面图像附有文字说明。The text of newspaper pages rebuilt as structured articles "
                  "with headings, a table of contents by page and a described cover image."))


def pictures_of(ed: Edition, greyscale: bool = False) -> dict[str, tuple[str, bytes]]:
    """Every picture of the edition once, by file name: (media type, bytes), in grey for an e-ink theme."""
    out: dict[str, tuple[str, bytes]] = {}
    for a in ed.articles:
        for p in a.pictures:
            if p.name not in out:
                out[p.name] = (p.media_type, grey(p.data, p.media_type) if greyscale else p.data)
    return out


def grey(data: bytes, media_type: str) -> bytes:
    """The picture in 8-bit grey, encoded as before (an e-ink panel shows greys; a colour file only costs space)."""
    from PIL import Image

    image = Image.open(io.BytesIO(data))
    out = io.BytesIO()
    if media_type == "image/png":
        image.convert("L").save(out, "PNG", optimize=True)
    else:
        image.convert("L").save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()


def _book(ed: Edition, docs: dict[str, str], css: str, cover_png: bytes | None, font: tuple | None,
          pictures: dict[str, tuple[str, bytes]],
          opts: EpubOptions, words: dict[str, str]):
    from ebooklib import epub  # the one import of ebooklib

    book = epub.EpubBook()
    _metadata(book, ed, opts, words)

    def item(uid, name, media, content, props=()):
        it = epub.EpubItem(uid=uid, file_name=name, media_type=media,
                           content=content.encode("utf-8") if isinstance(content, str) else content)
        if props:
            it.properties = list(props)
        book.add_item(it)
        return it

    item("style", "style.css", "text/css", css)
    if cover_png and cover_png[:2] == b"\xff\xd8":
        item("cover-img", "cover.jpg", "image/jpeg", cover_png, ("cover-image",))
    elif cover_png:
        item("cover-img", "cover.png", "image/png", cover_png, ("cover-image",))
    for k, (name, (media, data)) in enumerate(sorted(pictures.items()), 1):
        item(f"picture-{k}", f"images/{name}", media, data)
    if font:
        item("font", font[0], font[1], font[2])
    item("ncx", "toc.ncx", "application/x-dtbncx+xml", docs["toc.ncx"])
    item("nav", "nav.xhtml", XHTML, docs["nav.xhtml"], ("nav",))
    front = [item("cover", "cover.xhtml", XHTML, docs["cover.xhtml"])] if "cover.xhtml" in docs else []
    contents = item("contents", "contents.xhtml", XHTML, docs["contents.xhtml"])
    chapters = [item(name[:-6], name, XHTML, docs[name]) for name in docs  # in reading order, parts in order
                if name.startswith("a") and name.endswith(".xhtml")]
    book.spine = front + [contents] + chapters
    return book


def _metadata(book, ed: Edition, opts: EpubOptions, words: dict[str, str]) -> None:
    """The package's metadata: identifier, title, language, direction, the paper as author, publisher and
    series, the print edition as source, accessibility, cover, writing mode, layout."""
    book.set_identifier(identifier(ed, opts))
    book.set_title(book_title(ed, opts, words))
    book.set_language(ed.language)
    if opts.vertical:
        book.set_direction("rtl")
    else:
        book.set_direction("ltr")
    name = opts.paper_name or ed.paper_name or ed.paper
    if name:
        book.add_author(name)
        book.add_metadata("DC", "publisher", name)
    if ed.date:
        book.add_metadata("DC", "date", ed.date)
    if name:
        # the books of a paper form a series (Apple Books, calibre, Kobo group by it), its editions by date
        book.add_metadata(None, "meta", name, {"property": "belongs-to-collection", "id": "paper"})
        book.add_metadata(None, "meta", "series", {"refines": "#paper", "property": "collection-type"})
        if ed.date:
            book.add_metadata(None, "meta", ed.date.replace("-", ""),
                              {"refines": "#paper", "property": "group-position"})
    # The page list names the print edition's pages (版): the print edition is the source of its page breaks
    # (EPUB Accessibility 1.1, page source; DAISY Ace's epub-pagesource).
    book.add_metadata("DC", "source", f"{edition_title(ed, opts)} {words['print_edition']}", {"id": "print-source"})
    if any(a.page for a in ed.articles):
        book.add_metadata(None, "meta", "pagination", {"refines": "#print-source", "property": "source-of"})
    for prop, value in ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})
    book.add_metadata(None, "meta", "", {"name": "cover", "content": "cover-img"})
    if opts.vertical:
        book.add_metadata(None, "meta", "", {"name": "primary-writing-mode", "content": "vertical-rl"})
    book.add_metadata(None, "meta", "reflowable", {"property": "rendition:layout"})


def _package_lang(opf: bytes, lang: str) -> bytes:
    """xml:lang on the OPF <package> (ebooklib sets only dc:language; reading systems and Ace want both)."""
    root = etree.fromstring(opf)
    root.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    return etree.tostring(root, encoding="utf-8", xml_declaration=True, pretty_print=True)


def _reproducible(raw: bytes, when: datetime, lang: str) -> bytes:
    """The archive again with every entry dated `when`, mimetype first and stored, the rest deflated."""
    date_time = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == f"{FOLDER}/content.opf":
                data = _package_lang(data, lang)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(zi, data, compresslevel=9 if zi.compress_type == zipfile.ZIP_DEFLATED else None)
    return out.getvalue()


def _verify(data: bytes, docs: dict[str, str]) -> None:
    """Read the archive back: every document present, unchanged and well-formed XML, mimetype first."""
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    if names[0] != "mimetype" or z.read("mimetype") != b"application/epub+zip":
        raise ReaderError("epub", "internal error: mimetype is not the first, stored entry")
    for name, text in docs.items():
        got = z.read(f"{FOLDER}/{name}")
        if got != text.encode("utf-8"):
            raise ReaderError("epub", f"internal error: {name} was not written as rendered")
        try:
            etree.fromstring(got)
        except etree.XMLSyntaxError as e:
            raise ReaderError("epub", f"internal error: {name} is not well-formed XML ({e})") from None
    opf = z.read(f"{FOLDER}/content.opf")
    etree.fromstring(opf)


def build_epub(ed: Edition, opts: EpubOptions, words: dict[str, str]) -> bytes:
    """The EPUB of the edition as given, byte-identical for the same edition, options and words (the theme's words
    in the edition's script). The edition comes with its transforms applied (transform/pipeline.py)."""
    from ebooklib import epub

    theme = load_theme(opts.theme, opts.theme_dir)
    docs = render_documents(ed, theme, opts, words)
    css = theme.stylesheet("epub.css")
    cover_png = None
    greyscale = theme.setting("pictures") == "greyscale"
    if opts.cover and opts.front_page:
        cover_png = grey(opts.front_page, "image/jpeg") if greyscale else opts.front_page
    elif opts.cover:
        from .cover import make_cover

        entries = [label(a) for a in ed.articles if a.headline][:5]
        cover_png = make_cover(opts.masthead or opts.paper_name or ed.paper_name or ed.paper or ed.source, ed.date,
                               entries)
    font = None
    if opts.embed_font:
        from .fonts import subset_font

        text = "".join(docs.values())
        sub = subset_font(opts.embed_font, text)
        ext = "otf" if sub.media_type == "font/otf" else "ttf"
        font = (f"fonts/embedded.{ext}", sub.media_type, sub.data)
        css = (f'@font-face {{ font-family: "reader-embedded"; src: url("fonts/embedded.{ext}"); }}\n'
               'body.reader { font-family: "reader-embedded", serif; }\n' + css)
        opts.report.append(f"embedded {sub.name}: {sub.glyphs} glyphs, {len(sub.data) / 1024:.0f} KB added")
    book = _book(ed, docs, css, cover_png, font, pictures_of(ed, greyscale), opts, words)
    buf = io.BytesIO()
    ok = epub.write_epub(buf, book, {"raise_exceptions": True, "mtime": _modified(ed), "epub3_landmark": False,
                                     "epub3_pages": False, "epub2_guide": False, "play_order": {"enabled": False}})
    if ok is False:
        raise ReaderError(ed.source, "internal error: ebooklib could not write the EPUB")
    data = _reproducible(buf.getvalue(), _modified(ed), ed.language)
    _verify(data, docs)
    return data
