"""Editions → a static site folder: home and archive, edition pages, article pages, 404, feeds, sitemap, search.

Links are relative, so the site works from any folder of any host; --base-url
sets canonical links, absolute feed links and the sitemap (none without it: a
sitemap holds absolute addresses only). The 404 page is the exception: a host
serves it at whatever address was missing, so its links start from the site's
root (the base URL's path, else found by a small script; see 404.html).
Everything but search works without JavaScript; search is Pagefind's index,
built after writing (search.py).
"""
from __future__ import annotations

import os
import re
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..fsutil import write_atomic
from ..model import Edition
from ..naming import edition_title
from ..outdir import PAGE_IMAGE, PICTURE_FILE, tidy
from .search import index_search, search_shard
from .sheets import SMALL_PICTURE, epaper, small_name, smaller
from .story import label, lede, story
from .themes import Theme, load_theme

if TYPE_CHECKING:
    from ..transform.pipeline import Variant

LEDE_CHARS = 90  # characters of an article's opening shown on edition and home pages
FEED_ENTRIES = 50  # articles in the Atom feed, latest editions first
# Characters of the largest display type (26 px headlines) that one line of a 320 px phone holds: a display line
# whose phrases are all this short breaks only between them; a longer phrase would be broken wherever it overflows,
# unbalanced, so such a line breaks anywhere, balanced (site.css: .phrased).
PHRASE_CHARS = 10
# Where a display line may break when its phrases are kept whole: at spaces, after closing punctuation and
# before opening punctuation (as browsers do under word-break: keep-all).
_PHRASE_BREAK = re.compile(r"[\s\u3000]+|(?<=[，。、：；！？”’」』）》〉】])|(?=[“‘「『（《〈【])")


@dataclass
class SiteOptions:
    """How the site is made."""

    theme: str = "default"
    theme_dir: str | None = None
    base_url: str | None = None  # e.g. https://example.org/paper/ ; sets canonical links, feed and sitemap
    title: str | None = None  # the site's name (default: the latest edition's paper)
    search: bool = True  # build the Pagefind index
    scripts: tuple[str, ...] = ()  # Traditional copies of the site, each under its own folder (hant-tw/ …)


@dataclass
class SiteEdition:
    """One edition as the site places it."""

    edition: Edition
    folder: str  # relative to the site root, with a trailing slash: heze/2024/12/03/
    paper: str  # the paper's name as its title gives it (菏泽日报); the day is the edition's
    epubs: tuple[str, ...] = ()  # its EPUB files, copied beside its page and linked from it
    sources: tuple[str, ...] = ()  # the files it was read from: its PDFs' pages are drawn for the e-paper view

    @property
    def title(self) -> str:
        """菏泽日报 2024年12月3日, or the paper's name alone for an undated edition."""
        return edition_title(self.paper, self.edition.date)


def edition_folder(ed: Edition) -> str:
    """Where an edition lives in the site: paper/YYYY/MM/DD/, else the dump's name made safe for a URL path
    and a folder name (letters, digits, _ . - only; no leading dot)."""
    if ed.paper and ed.date:
        y, m, d = ed.date.split("-")
        return f"{ed.paper}/{y}/{m}/{d}/"
    return (re.sub(r"[^\w.-]+", "-", os.path.splitext(os.path.basename(ed.source))[0]).strip("-.") or "edition") + "/"


def _root(folder: str) -> str:
    return "../" * folder.count("/")


def phrased(*lines: str | None) -> bool:
    """Whether display lines can break between their phrases only: every phrase fits a phone's line."""
    return all(len(p) <= PHRASE_CHARS for line in lines if line for p in _PHRASE_BREAK.split(line))


def _entries(ed: Edition) -> list[dict]:
    out = []
    for i, a in enumerate(ed.articles, 1):
        text = lede(a)
        out.append({"href": f"a{i:03d}.html", "label": label(a), "kicker": a.kicker, "subheadline": a.subheadline,
                    "lede": text if len(text) <= LEDE_CHARS else text[:LEDE_CHARS] + "…", "kind": a.kind.value,
                    "page": a.page, "phrased": {"label": phrased(label(a)), "kicker": phrased(a.kicker),
                                                "subheadline": phrased(a.subheadline)}})
    return out


def _phrased_lines(s) -> list[str]:
    """The article page's display lines (of blocks/story.html) whose phrases may be kept whole."""
    lines = {"headline": [s.headline], "kicker": [s.kicker], "rubric": s.rubrics, "subheadline": s.subheadlines}
    return [name for name, texts in lines.items() if any(texts) and phrased(*texts)]


def _sections(entries: list[dict]) -> list[dict]:
    sections: list[dict] = []
    for e in entries:
        if not sections or sections[-1]["label"] != e["page"]:
            sections.append({"label": e["page"], "entries": []})
        sections[-1]["entries"].append(e)
    return sections


def _archive(editions: list[SiteEdition], words: dict, titles: dict[str, str], papers: dict[str, str]) -> list[dict]:
    """Year → month → day, latest first; undated editions under their name. titles and papers: each edition's
    title and paper's name (by folder) in the script of the pages."""
    years: dict[str, dict[str, list]] = {}
    for se in editions:
        ed = se.edition
        y, m, d = (ed.date or "----").split("-") if ed.date else ("", "", "")
        years.setdefault(y, {}).setdefault(m, []).append((d, se))
    out = []
    for y in sorted(years, reverse=True):
        months = []
        for m in sorted(years[y], reverse=True):
            days = [{"href": se.folder + "index.html",
                     "label": f"{int(d)}{words['day']} {papers[se.folder]}" if d else titles[se.folder]}
                    for d, se in sorted(years[y][m], key=lambda x: (x[0], x[1].folder), reverse=True)]
            months.append({"label": f"{int(m)}{words['month']}" if m else "", "days": days})
        out.append({"label": f"{y}{words['year']}" if y else "", "months": months})
    return out


SCRIPT_LABELS = {None: "简体", "hant-tw": "繁體（臺灣）", "hant-hk": "繁體（香港）", "hant": "繁體",
                 "hant-tw-phrases": "繁體（臺灣用語）"}


def _variant_prefix(script: str | None) -> str:
    return f"{script}/" if script else ""


def build_site(editions: list[SiteEdition], outdir: str, opts: SiteOptions, variants: list[Variant],
               only: set[str] | None = None, step=None) -> list[str]:
    """Write the site into outdir (a copy under <script>/ for each Traditional variant); lines for the user.

    variants: the Simplified site's first, then each script's; each gives its editions with their transforms
    applied (transform/pipeline.py), asked for one at a time, only for the pages that are written.
    only: the folders of the editions that changed; the pages of the others are kept where they exist
    (home, archive, feeds, sitemap and search index are always written anew).
    step: called with a line saying what is being done, for a progress display."""
    step = step or (lambda message: None)
    theme = load_theme(opts.theme, opts.theme_dir)
    base = opts.base_url.rstrip("/") + "/" if opts.base_url else ""
    editions = sorted(editions, key=lambda se: (se.edition.date or "", se.folder), reverse=True)
    scripts = [v.script for v in variants]
    shards: dict[str, list[str]] = {}  # search index → the folders of its editions, newest index first
    for se in editions:
        shards.setdefault(search_shard(se.folder), []).append(se.folder)
    urls: list[str] = []
    # the names at the site's root, by which the 404 page finds the root in an address
    top = sorted({se.folder.split("/")[0] for se in editions} | {s for s in scripts if s}
                 | {"static", "pagefind", "index.html", "search.html", "404.html", "feed.xml", "sitemap.xml"})
    for variant in variants:
        step(f"site: writing {SCRIPT_LABELS[variant.script]} pages")
        urls += _write_variant(editions, outdir, opts, theme, base, variant, variants, only,
                               list(shards) if opts.search else [], top)
    sitemap = os.path.join(outdir, "sitemap.xml")
    report = []
    if base:
        write_atomic(sitemap, theme.env.get_template("site/sitemap.xml").render(base=base, urls=urls))
    else:  # a sitemap holds absolute addresses only; an earlier build's (made with --base-url) would mislead
        if os.path.isfile(sitemap):
            os.remove(sitemap)
        report.append("no sitemap.xml, and feed links relative to each feed: give --base-url to publish the site")
    _copy_static(theme, outdir)
    if opts.search:
        report.append(index_search(outdir, shards, scripts, only, step))
    report.append(f"site: {len(urls)} pages in {outdir}")
    return report


def _write_variant(editions: list[SiteEdition], outdir: str, opts: SiteOptions, theme: Theme, base: str,
                   variant: Variant, variants: list[Variant], only: set[str] | None = None,
                   bundles: list[str] | None = None, top: list[str] | None = None) -> list[str]:
    """One script's pages under its prefix; returns their paths from the site root."""
    pages = _Pages(editions, outdir, opts, theme, base, variant, variants, only)
    for n, se in enumerate(editions):
        pages.edition(se, newest=n == 0)
    pages.home_and_feed(editions, bundles or [], top or [])
    return pages.urls


class _Pages:
    """One script's copy of the site being written: its pages under its prefix, their paths, its feed."""

    def __init__(self, editions: list[SiteEdition], outdir: str, opts: SiteOptions, theme: Theme, base: str,
                 variant: Variant, variants: list[Variant], only: set[str] | None):
        self.outdir, self.base, self.variant, self.variants, self.only = outdir, base, variant, variants, only
        self.env = theme.env
        self.script = variant.script
        self.prefix = _variant_prefix(self.script)
        self.words = variant.words(theme.words())
        self.titles = {se.folder: variant.text(se.title) for se in editions}
        self.papers = {se.folder: variant.text(se.paper) for se in editions}
        names = sorted(set(self.papers.values()))
        self.site_title = variant.text(opts.title) or (names[0] if len(names) == 1 else self.words["archive_title"])
        self.newest = variant.edition(editions[0].edition) if editions else None
        self.lang = self.newest.language if self.newest else ("zh-Hans" if not self.script else "zh-Hant")
        self.urls: list[str] = []
        self.feed: list[dict] = []

    def page(self, rel: str, template: str, keep: bool = False, root: str | None = None, **ctx) -> None:
        """Write one page (or, kept, only list it) at rel under the script's prefix."""
        path = self.prefix + rel
        if keep:
            self.urls.append(path)
            return
        if root is None:
            root = _root(os.path.dirname(path) + "/" if "/" in path else "")
        alternates = []
        if len(self.variants) > 1:
            for other in self.variants:
                alternates.append({"lang": other.language, "label": SCRIPT_LABELS[other.script],
                                   "current": other.script == self.script,
                                   "href": root + _variant_prefix(other.script) + rel,
                                   "absolute": self.base + _variant_prefix(other.script) + rel if self.base else None})
        html = self.env.get_template(template).render(
            root=root, home=root + self.prefix, words=self.words, site_title=self.site_title,
            lang=ctx.pop("lang", self.lang), canonical=ctx.pop("canonical", self.base + path if self.base else None),
            alternates=alternates, **ctx)
        write_atomic(os.path.join(self.outdir, path), html)
        if not rel.endswith("404.html") and not rel.endswith("search.html"):
            self.urls.append(path)

    def _kept(self, se: SiteEdition) -> bool:
        """Unchanged and all its pages still there: they stay as written."""
        if self.only is None or se.folder in self.only:
            return False
        folder = os.path.join(self.outdir, self.prefix + se.folder)
        pages = ["index.html"] + [f"a{i:03d}.html" for i in range(1, len(se.edition.articles) + 1)]
        copies = [] if self.script else [os.path.basename(e) for e in se.epubs]
        return all(os.path.isfile(os.path.join(folder, name)) for name in pages + copies)

    def _downloads(self, se: SiteEdition, keep: bool) -> list[dict]:
        """The edition's EPUBs as its page links them; the Simplified site keeps the copies beside the page."""
        downloads = []
        for epub in se.epubs:
            name = os.path.basename(epub)
            if not self.script and not (keep and os.path.isfile(os.path.join(self.outdir, se.folder, name))):
                with open(epub, "rb") as f:
                    write_atomic(os.path.join(self.outdir, se.folder, name), f.read())
            href = _root(self.prefix + se.folder) + se.folder + name if self.script else name
            downloads.append({"href": href, "label": f"{_epub_label(name)}（{os.path.getsize(epub) // 1024} KB）"})
        return downloads

    def _pictures(self, se: SiteEdition, keep: bool) -> dict:
        """The edition's pictures written once beside its pages (by the Simplified site; a Traditional copy links
        to them), with a smaller copy of each wide one; how its pages reach them."""
        folder = os.path.join(self.outdir, se.folder, "images")
        if not self.script:
            if not keep:  # pictures of an earlier build of the edition, printed no more
                tidy(folder, PICTURE_FILE, {n for a in se.edition.articles for p in a.pictures
                                            for n in (p.name, small_name(p.name))})
            for a in se.edition.articles:
                for p in a.pictures:
                    path = os.path.join(folder, p.name)
                    if not os.path.isfile(path):  # named by its bytes: there, it is this picture
                        write_atomic(path, p.data)
                    small = os.path.join(folder, small_name(p.name))
                    if p.width > SMALL_PICTURE and not os.path.isfile(small):
                        write_atomic(small, smaller(p.data, p.media_type))
        prefix = (_root(self.prefix + se.folder) + se.folder if self.script else "") + "images/"
        return {"prefix": prefix, "lazy": True, "small": SMALL_PICTURE}

    def _page_images(self, se: SiteEdition, keep: bool) -> str:
        """The edition's printed pages drawn once (WebP and a thumbnail), kept while they exist; how its edition
        page reaches them."""
        from .sheets import page_images, sheet_path

        if not self.script:
            if not keep:  # pages of an earlier build beyond this one's
                tidy(os.path.join(self.outdir, se.folder, "pages"), PAGE_IMAGE,
                     {f"p{n}{end}.webp" for n in range(1, len(se.edition.sheets) + 1) for end in ("", "-thumb")})
            for n, sheet in enumerate(se.edition.sheets, 1):
                page = os.path.join(self.outdir, se.folder, "pages", f"p{n}.webp")
                thumb = os.path.join(self.outdir, se.folder, "pages", f"p{n}-thumb.webp")
                if keep and os.path.isfile(page) and os.path.isfile(thumb):
                    continue
                path = sheet_path(sheet, list(se.sources))
                if path is None:
                    continue
                image, small, _, _ = page_images(path, sheet)
                write_atomic(page, image)
                write_atomic(thumb, small)
        return _root(self.prefix + se.folder) + se.folder if self.script else ""

    def edition(self, se: SiteEdition, newest: bool = False) -> None:
        """An edition's page and its articles' pages, and its articles in the feed while it has room."""
        keep = self._kept(se)
        if keep and len(self.feed) >= FEED_ENTRIES:  # nothing of it is needed: list its pages and go on
            self.page(se.folder + "index.html", "", keep)
            for i in range(1, len(se.edition.articles) + 1):
                self.page(se.folder + f"a{i:03d}.html", "", keep)
            return
        ed = self.newest if newest else self.variant.edition(se.edition)
        title = self.titles[se.folder]
        entries = _entries(ed)
        pictures = self._pictures(se, keep)
        sheets = epaper(ed, entries)
        pages_at = self._page_images(se, keep) if sheets else ""
        self.page(se.folder + "index.html", "site/edition.html", keep, title=title, lang=ed.language,
                  description="；".join(e["label"] for e in entries[:3]), edition={"title": title},
                  sections=_sections(entries), downloads=self._downloads(se, keep), sheets=sheets,
                  pages_at=pages_at)
        for i, a in enumerate(ed.articles):
            e = entries[i]
            s = story(a)
            self.page(se.folder + e["href"], "site/article.html", keep, title=f"{e['label']} - {title}",
                      lang=ed.language, description=e["lede"], og_type="article", story=s, edition={"title": title},
                      pictures=pictures,
                      label=e["label"], phrased=_phrased_lines(s), page_label=a.page,
                      prev=entries[i - 1] if i else None, next=entries[i + 1] if i + 1 < len(entries) else None)
            if len(self.feed) < FEED_ENTRIES:
                updated = f"{ed.date or '1980-01-01'}T00:00:00Z"
                self.feed.append({"label": e["label"], "lede": e["lede"], "path": se.folder + e["href"],
                                  "id": f"tag:reader,{ed.date or '1980-01-01'}:{self.prefix}{se.folder}{e['href']}",
                                  "updated": updated})

    def home_and_feed(self, editions: list[SiteEdition], bundles: list[str], top: list[str]) -> None:
        """The home page (the newest edition, the archive), 404, search, and the Atom feed."""
        words, base, prefix = self.words, self.base, self.prefix
        latest = None
        if editions:
            se = editions[0]
            latest = {"title": self.titles[se.folder], "href": se.folder + "index.html",
                      "entries": [dict(e, href=se.folder + e["href"]) for e in _entries(self.newest)]}
        self.page("index.html", "site/home.html", title=self.site_title, description=latest["title"] if latest else "",
                  latest=latest, archive=_archive(editions, words, self.titles, self.papers))
        # Served at any address that was missing, so its links start from the site's root: the base URL's path,
        # else "/" until its script finds the root in the address (404.html).
        self.page("404.html", "site/404.html", root=urllib.parse.urlsplit(base).path if base else "/", canonical=None,
                  title=words["not_found"], description="", top=top, found_by_script=not base)
        self.page("search.html", "site/search.html", title=f"{words['search']} - {self.site_title}", description="",
                  bundles=bundles)
        self.urls.insert(0, self.urls.pop())  # the home page first
        updated = max((f["updated"] for f in self.feed), default="1980-01-01T00:00:00Z")
        # links relative to the feed's own address (prefix/feed.xml), or absolute under the base URL
        feed_id = base + prefix + "feed.xml" if base else f"tag:reader,{updated[:10]}:{prefix}feed"
        write_atomic(os.path.join(self.outdir, prefix + "feed.xml"), self.env.get_template("site/feed.xml").render(
            lang=self.lang, site_title=self.site_title, updated=updated, base=base + prefix if base else "",
            entries=self.feed, feed_id=feed_id))


def _epub_label(name: str) -> str:
    """EPUB, EPUB 繁體（臺灣）, EPUB 直排 … from the file name's suffixes."""
    parts = name[:-5].split(".")[1:]
    label = "EPUB"
    for p in parts:
        label += " 直排" if p == "vertical" else f" {SCRIPT_LABELS.get(p, p)}"
    return label


def _copy_static(theme: Theme, outdir: str) -> None:
    """The theme's static/ files, default's first, each theme's own over them."""
    for folder in reversed(theme.folders):
        static = os.path.join(folder, "static")
        if not os.path.isdir(static):
            continue
        for dirpath, _, files in os.walk(static):
            for name in sorted(files):
                src = os.path.join(dirpath, name)
                rel = os.path.relpath(src, static)
                with open(src, "rb") as f:
                    write_atomic(os.path.join(outdir, "static", rel), f.read())
