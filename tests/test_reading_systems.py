"""EPUB editions → what real reading systems show of them, screen by screen.

A two-page edition is built by the real CLI in every variant (Simplified, Taiwan, Hong Kong; horizontal
and vertical) and each book is paged through to its end in epub.js 0.4.2, in epub.js 0.3.93 (npm's latest,
the release reader apps ship: it puts direction rtl on the root of a right-to-left book it takes for
horizontal text) and in foliate-js, in Debian's Chromium at a phone's size and an e-reader's (1072×1448).
For every spine document, in reading order: each character is drawn whole on exactly one screen; the
text's computed direction is ltr and its writing mode the book's, even with rtl put on the root; and no
display line (rubric, kicker, headline, subheadline, crosshead, contents entry) leaves one or two
characters on a line of their own. A few screens of each book go to build/screenshots/reading-systems/
for a person to look at. tests/readers/*.html drive the engines, served from 127.0.0.1 with
tests/node/node_modules.
"""
import functools
import http.server
import os
import posixpath
import shutil
import threading
import urllib.parse
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from checkers import NODE_MODULES, chromium_browser_unthrottled, reading_system
from conftest import FIXTURES, screenshots
from lxml import etree

from reader.cli import main

HERE = os.path.dirname(os.path.abspath(__file__))
SHOTS = screenshots("reading-systems")
# The sample page and a page with rubrics, kickers and crossheads, as pages 1 and 2 of one edition.
PAGES = {"heze-2024-12-03-p1.txt": "heze-2024-12-03.txt", "heze-2024-12-03-p2.txt": "news-groups.txt"}
SCRIPTS = ("", ".hant-tw", ".hant-hk")  # the file name's script part: Simplified, Taiwan, Hong Kong
BOOKS = [f"heze-2024-12-03{s}{v}.epub" for s in SCRIPTS for v in ("", ".vertical")]
SIZES = {"phone": (390, 844), "ereader": (1072, 1448)}
DISPLAY = ".rubric, .kicker, .headline, .subheadline, .crosshead, .contents__kicker, .contents__headline"
STUB = 2  # characters: a display line of this many or fewer, under a longer one, is left alone
# Screenshots: the first screen of the contents page and of the first article (in the sample its
# first paragraph ends 制度。, the column the issue saw turned into 。制度), and the first second
# screen of any document (where a document goes on).
SHOOT = {"documents": [1, 2], "continuation": True}
TIMEOUT = 30_000  # ms for a book to open or a page to turn


@dataclass(frozen=True)
class Engine:
    """A reading system as tests/readers/<page> drives it."""
    page: str  # under tests/readers/
    package: str  # the npm package (folder of tests/node/node_modules) it loads
    # epub.js 0.4.2 sizes a vertical document's frame to its text, not to whole screens, so the last
    # screen of a document is scrolled only as far as the text goes and shows again part of the
    # screen before it (0.3.93 rounds the frame up to whole screens). Nothing is lost; that repeat
    # is all this lets pass.
    last_screen_overlaps: bool = False


ENGINES = {
    "epubjs": Engine("epubjs.html", "epubjs", last_screen_overlaps=True),
    "epubjs-0.3": Engine("epubjs.html", "epubjs-0.3"),
    "foliate": Engine("foliate.html", "foliate-js"),
}
# epub.js 0.3.93 pages horizontal books as 0.4.2 does, and it treats the three vertical ones alike:
# one of them is enough to see what its rtl does. Grouped by engine and size: one page serves a group.
CASES = [(engine, book, size) for engine in ENGINES for size in SIZES for book in BOOKS
         if engine != "epubjs-0.3" or book == "heze-2024-12-03.hant-tw.vertical.epub"]


# --- the edition and where it is served ----------------------------------------------------------------

@pytest.fixture(scope="module")
def books(tmp_path_factory):
    """The edition in all six variants, through `reader build … --script hant-tw --script hant-hk
    --vertical`; the folder of its EPUBs."""
    src = tmp_path_factory.mktemp("pages")
    for name, fixture in PAGES.items():
        shutil.copyfile(os.path.join(FIXTURES, fixture), src / name)
    out = tmp_path_factory.mktemp("build")
    code = main(["build", str(src), "-o", str(out), "--script", "hant-tw", "--script", "hant-hk", "--vertical",
                 "--no-site"])
    assert code == 0, f"reader build exited {code}"
    folder = os.path.join(str(out), "epub")
    assert sorted(os.listdir(folder)) == sorted(BOOKS)
    return folder


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Each URL prefix of `routes` serves its folder; any other path, or one climbing out, is a 404."""
    routes = {}

    def translate_path(self, path):
        path = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        for prefix, folder in self.routes.items():
            rel = posixpath.normpath(path[len(prefix):]) if path.startswith(prefix) else ""
            if rel and rel != "." and not rel.startswith(("..", "/")):
                return os.path.join(folder, *rel.split("/"))
        return os.path.join(self.directory, ".nothing-here")

    def log_message(self, *args):
        pass


@contextmanager
def serving(routes):
    """ROUTES (URL prefix → folder) served by a thread on 127.0.0.1; the root URL."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=HERE))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


@pytest.fixture(scope="module")
def served(books):
    for engine in ENGINES.values():
        reading_system(engine.package)
    with serving({"/readers/": os.path.join(HERE, "readers"), "/node_modules/": NODE_MODULES,
                  "/books/": books}) as url:
        yield url


@pytest.fixture(scope="module")
def reader_pages():
    """A function (engine, size) → a Playwright page with that engine's harness loaded at that size,
    with `problems` (script errors, failed requests) to read; one page at a time: asking for another
    closes the one before. Books open in it one after another, each after a reload."""
    with chromium_browser_unthrottled() as browser:
        current = {}

        def page_for(key, url):
            if key not in current:
                for context in current.values():
                    context.close()
                current.clear()
                width, height = SIZES[key[1]]
                context = current[key] = browser.new_context(viewport={"width": width, "height": height})
                context.set_default_timeout(TIMEOUT)
                page = context.new_page()
                page.problems = []
                page.on("pageerror", lambda e: page.problems.append(f"script error: {e}"))
                page.on("response", lambda r: r.status >= 400 and page.problems.append(f"HTTP {r.status}: {r.url}"))
            page = current[key].pages[0]
            page.goto(f"{url}/readers/{ENGINES[key[0]].page}")
            page.wait_for_function("window.Reader && window.Harness")
            return page

        yield page_for
        for context in current.values():
            context.close()


# --- paging through a book ----------------------------------------------------------------------------

def page_through(page, engine, book, size):
    """BOOK opened in ENGINE at SIZE in PAGE and paged through to its end: Harness.report() for it and
    the screenshots taken, each with what Harness.record() said of its screen."""
    width, height = SIZES[size]
    page.problems.clear()
    page.evaluate("d => Harness.configure({display: d})", DISPLAY)
    page.evaluate("([u, w, h, p]) => Reader.open(u, w, h, p)",
                  [f"/books/{book}", width, height, ENGINES[engine].package])
    os.makedirs(SHOTS, exist_ok=True)
    shots = []
    while True:
        step = page.evaluate("s => Harness.pageThrough(s)", SHOOT)
        if step["done"]:
            return page.evaluate("Harness.report()"), shots
        shot = os.path.join(SHOTS, f"{engine}-{book[:-len('.epub')]}-{size}-{len(shots) + 1}.png")
        page.screenshot(path=shot)
        shots.append((shot, step["last"]))


def spine(path):
    """The file names of the EPUB at PATH's spine documents, in reading order."""
    opf_ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container", "o": "http://www.idpf.org/2007/opf"}
    with zipfile.ZipFile(path) as z:
        opf_path = etree.fromstring(z.read("META-INF/container.xml")).find(".//c:rootfile", opf_ns).get("full-path")
        opf = etree.fromstring(z.read(opf_path))
    items = {i.get("id"): i.get("href") for i in opf.iterfind(".//o:manifest/o:item", opf_ns)}
    return [posixpath.basename(items[r.get("idref")]) for r in opf.iterfind(".//o:spine/o:itemref", opf_ns)]


def shown_wrongly(doc, engine):
    """What of DOC's text was not shown exactly once: a line per kind of fault, with examples."""
    faults = []
    if doc["missing"]:
        faults.append(f"{len(doc['missing'])} characters never shown, e.g. "
                      + ", ".join(m["context"] for m in doc["missing"][:3]))
    last = doc["screens"]
    repeated = [r for r in doc["repeated"]
                if not (ENGINES[engine].last_screen_overlaps and r["screens"] == [last - 1, last])]
    if repeated:
        faults.append(f"{len(repeated)} characters shown on several screens, e.g. "
                      + ", ".join(f"{r['context']} on screens {r['screens']}" for r in repeated[:3]))
    return faults


def wrong_flow(doc, vertical):
    """Where DOC's body and elements holding text have a computed direction or writing mode not the
    book's, as the engine left them and, in a vertical book, with rtl put on the root (harness.js says
    why)."""
    if not doc["styles"]["elements"]:
        return []  # no text (the cover): nothing to read in any direction
    mode = "vertical-rl" if vertical else "horizontal-tb"
    shown = [dict(doc["styles"]["body"], element="body", text="")] + doc["styles"]["elements"]
    checks = [(shown, "")]
    if vertical:  # a right-to-left book, which a reading system may give an rtl root
        checks.append((doc["styles"]["underRtlRoot"], " with rtl on the root"))
    faults = []
    for found, where in checks:
        wrong = [e for e in found if e["direction"] != "ltr" or e["writingMode"] != mode]
        if wrong:
            faults.append(f"{len(wrong)} of {len(found)} elements not ltr {mode}{where}, e.g. "
                          + ", ".join(f"{e['element']} «{e['text']}» {e['direction']} {e['writingMode']}"
                                      for e in wrong[:3]))
    return faults


def stubs(doc):
    """DOC's display lines that leave a line of STUB characters or fewer under a longer one."""
    return [f"{h['element']}: {' / '.join(h['lines'])}" for h in doc["headings"]
            if len(h["lines"]) > 1 and any(len(line) <= STUB for line in h["lines"])]


@pytest.mark.parametrize("engine,book,size", CASES)
def test_every_character_shown_once_in_the_books_flow(reader_pages, served, books, engine, book, size):
    page = reader_pages((engine, size), served)
    report, shots = page_through(page, engine, book, size)
    assert not page.problems, page.problems
    vertical = ".vertical" in book
    shown = [posixpath.basename(doc["href"]) for doc in report]
    assert shown == spine(os.path.join(books, book)), f"{engine} showed these documents, in this order"
    faults = {}
    for doc in report:
        found = shown_wrongly(doc, engine) + wrong_flow(doc, vertical) + stubs(doc)
        if found:
            faults[doc["href"]] = found
    assert not faults, "\n".join(f"{href}: {'; '.join(f)}" for href, f in faults.items())
    # the contents page, the first article, and a second screen where a document has one
    assert len(shots) >= 2 and all(os.path.getsize(s) > 10_000 for s, _ in shots), shots  # drawn text
