"""Editions → a static site folder: home and archive, edition pages, article pages, 404, feed, sitemap, search.

Links are relative, so the site works from any folder of any host; --base-url
only sets canonical links, the feed and the sitemap. Everything but search
works without JavaScript; search is Pagefind's index, built after writing.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass

from ..errors import ReaderError
from ..fsutil import write_atomic
from ..model import Edition
from ..transform.punctuation import restore_edition
from .epub import edition_title
from .story import label, lede, story
from .themes import Theme, load_theme

LEDE_CHARS = 90  # characters of an article's opening shown on edition and home pages
FEED_ENTRIES = 50  # articles in the Atom feed, latest editions first


@dataclass
class SiteOptions:
    """How the site is made."""

    theme: str = "default"
    theme_dir: str | None = None
    base_url: str | None = None  # e.g. https://example.org/paper/ ; sets canonical links, feed and sitemap
    title: str | None = None  # the site's name (default: the latest edition's paper)
    search: bool = True  # build the Pagefind index


@dataclass
class SiteEdition:
    """One edition as the site places it."""

    edition: Edition
    folder: str  # relative to the site root, with a trailing slash: heze/2024/12/03/
    title: str
    epub: str | None = None  # path of its EPUB file to copy beside it


def edition_folder(ed: Edition) -> str:
    """Where an edition lives in the site: paper/YYYY/MM/DD/, else the dump's name."""
    if ed.paper and ed.date:
        y, m, d = ed.date.split("-")
        return f"{ed.paper}/{y}/{m}/{d}/"
    return os.path.splitext(ed.source)[0] + "/"


def _paper(se: SiteEdition) -> str:
    """The paper's name as the edition's title gives it (the title without its date)."""
    return se.title.rsplit(" ", 1)[0] if se.edition.date else se.title


def _root(folder: str) -> str:
    return "../" * folder.count("/")


def _words(theme: Theme) -> dict[str, str]:
    return tomllib.loads(theme.read("words.toml"))


def _entries(ed: Edition) -> list[dict]:
    out = []
    for i, a in enumerate(ed.articles, 1):
        text = lede(a)
        out.append({"href": f"a{i:03d}.html", "label": label(a), "kicker": a.kicker, "subheadline": a.subheadline,
                    "lede": text if len(text) <= LEDE_CHARS else text[:LEDE_CHARS] + "…", "kind": a.kind.value,
                    "page": a.page})
    return out


def _sections(entries: list[dict]) -> list[dict]:
    sections: list[dict] = []
    for e in entries:
        if not sections or sections[-1]["label"] != e["page"]:
            sections.append({"label": e["page"], "entries": []})
        sections[-1]["entries"].append(e)
    return sections


def _archive(editions: list[SiteEdition], words: dict) -> list[dict]:
    """Year → month → day, latest first; undated editions under their name."""
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
                     "label": f"{int(d)}{words['day']} {_paper(se)}" if d else se.title}
                    for d, se in sorted(years[y][m], key=lambda x: (x[0], x[1].folder), reverse=True)]
            months.append({"label": f"{int(m)}{words['month']}" if m else "", "days": days})
        out.append({"label": f"{y}{words['year']}" if y else "", "months": months})
    return out


def build_site(editions: list[SiteEdition], outdir: str, opts: SiteOptions | None = None) -> list[str]:
    """Write the site into outdir; returns lines to tell the user."""
    opts = opts or SiteOptions()
    theme = load_theme(opts.theme, opts.theme_dir)
    env = theme.env
    words = _words(theme)
    base = opts.base_url.rstrip("/") + "/" if opts.base_url else ""
    editions = sorted(editions, key=lambda se: (se.edition.date or "", se.folder), reverse=True)
    papers = sorted({_paper(se) for se in editions})
    site_title = opts.title or (papers[0] if len(papers) == 1 else words["archive_title"])
    lang = editions[0].edition.language if editions else "zh-Hans"
    report: list[str] = []
    urls: list[str] = ["index.html"]
    feed: list[dict] = []

    def page(path: str, template: str, **ctx) -> None:
        folder = os.path.dirname(path) + "/" if "/" in path else ""
        html = env.get_template(template).render(
            root=_root(folder), words=words, site_title=site_title, lang=ctx.pop("lang", lang),
            canonical=base + path if base else None, **ctx)
        write_atomic(os.path.join(outdir, path), html)

    for se in editions:
        ed = restore_edition(se.edition)
        entries = _entries(ed)
        downloads = []
        if se.epub:
            name = os.path.basename(se.epub)
            os.makedirs(os.path.join(outdir, se.folder), exist_ok=True)
            with open(se.epub, "rb") as f:
                write_atomic(os.path.join(outdir, se.folder, name), f.read())
            downloads.append({"href": name, "label": f"EPUB（{os.path.getsize(se.epub) // 1024} KB）"})
        page(se.folder + "index.html", "site/edition.html", title=se.title, lang=ed.language,
             description="；".join(e["label"] for e in entries[:3]), edition={"title": se.title},
             sections=_sections(entries), downloads=downloads)
        urls.append(se.folder + "index.html")
        for i, a in enumerate(ed.articles):
            e = entries[i]
            page(se.folder + e["href"], "site/article.html", title=f"{e['label']} - {se.title}", lang=ed.language,
                 description=e["lede"], og_type="article", story=story(a), edition={"title": se.title},
                 page_label=a.page, prev=entries[i - 1] if i else None,
                 next=entries[i + 1] if i + 1 < len(entries) else None)
            urls.append(se.folder + e["href"])
            if len(feed) < FEED_ENTRIES:
                updated = f"{ed.date or '1980-01-01'}T00:00:00Z"
                feed.append({"label": e["label"], "lede": e["lede"], "path": se.folder + e["href"],
                             "id": f"tag:reader,{ed.date or '1980-01-01'}:{se.folder}{e['href']}", "updated": updated})
    latest = None
    if editions:
        se = editions[0]
        latest = {"title": se.title, "href": se.folder + "index.html",
                  "entries": [dict(e, href=se.folder + e["href"]) for e in _entries(restore_edition(se.edition))]}
    page("index.html", "site/home.html", title=site_title, description=latest["title"] if latest else "",
         latest=latest, archive=_archive(editions, words))
    page("404.html", "site/404.html", title=words["not_found"], description="")
    page("search.html", "site/search.html", title=f"{words['search']} - {site_title}", description="")
    updated = max((f["updated"] for f in feed), default="1980-01-01T00:00:00Z")
    write_atomic(os.path.join(outdir, "feed.xml"), env.get_template("site/feed.xml").render(
        lang=lang, site_title=site_title, feed_id=base + "feed.xml" if base else f"tag:reader,{updated[:10]}:feed",
        updated=updated, base=base, entries=feed))
    write_atomic(os.path.join(outdir, "sitemap.xml"), env.get_template("site/sitemap.xml").render(
        base=base, urls=urls))
    _copy_static(theme, outdir)
    if not base:
        report.append("sitemap.xml and feed.xml have relative links: give --base-url to publish them")
    if opts.search:
        report.append(index_search(outdir))
    report.append(f"site: {len(urls)} pages in {outdir}")
    return report


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


def index_search(outdir: str) -> str:
    """Run Pagefind (extended: it segments Chinese) over the written site; one line for the user."""
    try:
        import pagefind  # noqa: F401
    except ImportError:
        raise ReaderError(outdir, "pagefind is not installed: pip install 'pagefind[extended]'") from None
    tmp = os.path.join(outdir, "pagefind.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    proc = subprocess.run([sys.executable, "-m", "pagefind", "--site", outdir, "--output-path", tmp],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise ReaderError(outdir, f"search index failed: {proc.stderr.strip().splitlines()[-1:] or proc.returncode}")
    final = os.path.join(outdir, "pagefind")
    old = final + ".old"
    shutil.rmtree(old, ignore_errors=True)
    if os.path.exists(final):
        os.rename(final, old)
    os.rename(tmp, final)
    shutil.rmtree(old, ignore_errors=True)
    pages = next((ln for ln in proc.stdout.splitlines() if "Indexed" in ln and "page" in ln), "").strip()
    return f"search index: {pages or 'built'}"
