"""The static site, built by the real CLI from input/, through real checkers and a real browser.

Nu HTML Checker on every page; axe-core in Debian Chromium at desktop and phone sizes, light and dark;
a reader's journey home → edition → article → search → result, served over HTTP at the root and under a
sub-folder; pages without JavaScript; every link; feed, and sitemap only with a base URL; a hostile dump.
The 404 page at any depth, every feed of every script and a phone's layout are in test_site_hosting.py, what
search finds in test_site_search.py. Screenshots go to build/screenshots/site-*.png for a person to look at.
"""
import functools
import http.server
import os
import posixpath
import re
import selectors
import subprocess
import sys
import threading
import urllib.parse
from contextlib import contextmanager

import pytest
from checkers import axe, chromium_browser, nu_validate
from conftest import ROOT, screenshots
from lxml import etree
from lxml import html as lxml_html

from reader.cli import main

INPUT = os.path.join(ROOT, "input")
SHOTS = screenshots()
EDITION = "heze/2024/12/03/"  # the sample edition's folder in the site
EDITION_TITLE = "菏泽日报 2024年12月3日"
PAPER = "菏泽日报"
ARTICLES = 8  # articles the parser finds in the sample (tests/goldens keep that number honest)
SIZES = {"desktop": (1280, 800), "phone": (390, 844)}
SCHEMES = ("light", "dark")
PREFIX = "/sub/dir/"  # the site served from a sub-folder of a host
BASE_URL = "https://example.org/news/"
TERMS = ("协作帮扶", "一带一路")
TIMEOUT = 15_000  # ms for a page or Pagefind's results to appear


# --- building ---------------------------------------------------------------------------------------

def build(out, *args, inputs=(INPUT,)):
    """`reader build INPUTS -o OUT ARGS…` through the real CLI; the site folder it wrote."""
    code = main(["build", *map(str, inputs), "-o", str(out), *args])
    assert code == 0, f"reader build exited {code}"
    site = os.path.join(str(out), "site")
    assert os.path.isfile(os.path.join(site, "index.html")), f"no site in {site}"
    return site


def html_pages(site):
    """Every HTML page of the site, relative, '/'-separated; Pagefind's own folder left out."""
    out = []
    for dirpath, dirnames, files in os.walk(site):
        dirnames[:] = sorted(d for d in dirnames if not (dirpath == site and d == "pagefind"))
        out += [os.path.relpath(os.path.join(dirpath, f), site).replace(os.sep, "/")
                for f in sorted(files) if f.endswith(".html")]
    return sorted(out)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("build"))


@pytest.fixture(scope="module")
def based_site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("based"), "--base-url", BASE_URL)


# A dump that is also markup: every page must show it as text.
HOSTILE_PAPER = '恶意<i>日报</i> & "报" \'刊\' ]]>'
HOSTILE_HEADLINE = "测试<script>alert(1)</script>标题"
HOSTILE_TEXTS = (
    "Tom & Jerry said \"hi\" and 'bye' then ]]> ended.",
    "<b>粗体</b>",
    "<img src=x onerror=alert(2)>",
    "&amp; 与 &lt;p&gt; 原样",
    "<!-- 注释 --> <![CDATA[ x ]]>",
    "</textarea></title><svg onload=alert(3)>",
)
HOSTILE_DUMP = f"""{HOSTILE_HEADLINE}

新华社北京1月2日电 本报讯，{HOSTILE_TEXTS[0]} 另有{HOSTILE_TEXTS[1]}与{HOSTILE_TEXTS[2]}图片，{HOSTILE_TEXTS[3]}。

第二段：{HOSTILE_TEXTS[4]} 以及 {HOSTILE_TEXTS[5]}。
"""
HOSTILE_TAGS = ("b", "i", "img", "svg", "textarea")  # elements the dump names; no template writes one


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    src = tmp_path_factory.mktemp("hostile-input")
    (src / "evil-2025-01-02.txt").write_text(HOSTILE_DUMP, encoding="utf-8")
    name = HOSTILE_PAPER.replace("\\", "\\\\").replace('"', '\\"')
    (src / "papers.toml").write_text(f'[evil]\nname = "{name}"\n', encoding="utf-8")
    return build(tmp_path_factory.mktemp("hostile"), inputs=[src / "evil-2025-01-02.txt"])


# --- serving ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def served(site):
    """`reader serve SITE --port 0` in a subprocess; its root URL."""
    proc = subprocess.Popen([sys.executable, "-m", "reader", "serve", site, "--port", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stderr, selectors.EVENT_READ)
            line = proc.stderr.readline() if sel.select(timeout=30) else ""
        m = re.search(r"at (http://\S+?/) ", line)
        assert m, f"reader serve said {line!r} (exit {proc.poll()})"
        yield m.group(1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stderr.close()


class _FolderHandler(http.server.SimpleHTTPRequestHandler):
    """A folder under a URL prefix only: any other path is a 404, as on a host where the site is one folder.

    A missing address is answered as GitHub Pages, Netlify or nginx's error_page answer it: status 404 and the
    content of the folder's 404.html (when there is one), at the address asked for."""
    prefix = "/"

    def translate_path(self, path):
        if not (urllib.parse.urlsplit(path).path + "/").startswith(self.prefix):
            return os.path.join(self.directory, ".not-in-the-site")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        page = os.path.join(self.directory, "404.html")
        if code != 404 or not os.path.isfile(page):
            return super().send_error(code, message, explain)
        with open(page, "rb") as f:
            body = f.read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the browser gave up on it (a stylesheet tried)
                pass

    def log_message(self, *args):
        pass


@contextmanager
def serving(folder, prefix="/"):
    """FOLDER served at http://127.0.0.1:PORT/PREFIX by a thread; that URL."""
    handler = type("Handler", (_FolderHandler,), {"prefix": prefix})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=folder))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


@pytest.fixture(scope="module")
def prefixed(site):
    """The site served under /sub/dir/ of a host."""
    with serving(site, PREFIX) as url:
        yield url


# --- the browser ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


@contextmanager
def opened(browser, size="desktop", **options):
    """A page in a fresh context of SIZE; every uncaught script error and every failed request is recorded
    in page.problems."""
    width, height = SIZES[size] if isinstance(size, str) else size
    context = browser.new_context(viewport={"width": width, "height": height}, **options)
    context.set_default_timeout(TIMEOUT)
    try:
        page = context.new_page()
        problems = []
        page.on("pageerror", lambda e: problems.append(f"script error: {e}"))
        # a request the browser dropped because the page moved on (a click while the favicon loads) is no fault
        # of the site; a missing file still shows as an HTTP status below
        page.on("requestfailed", lambda r: "ERR_ABORTED" in (r.failure or "")
                or problems.append(f"request failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.problems = problems
        yield page
    finally:
        context.close()


def expect(target):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def shoot(page, name):
    os.makedirs(SHOTS, exist_ok=True)
    out = os.path.join(SHOTS, f"site-{name}.png")
    page.screenshot(path=out, full_page=True)
    assert os.path.getsize(out) > 10_000, f"{out} looks empty"  # a page of drawn text


def visit(page, url):
    response = page.goto(url)
    assert response is not None and response.ok, f"{url}: HTTP {response and response.status}"
    page.wait_for_load_state("load")


# --- what the pages hold ----------------------------------------------------------------------------

def parse(site, rel):
    return lxml_html.parse(os.path.join(site, rel)).getroot()


def first_paragraph(site, rel):
    """The first body paragraph of an article page, as its text."""
    doc = parse(site, rel)
    return doc.xpath("string((//main//p[not(@class)] | //main//p[span])[1])").strip()


def test_the_site_has_every_page(site):
    pages = html_pages(site)
    articles = [f"{EDITION}a{i:03d}.html" for i in range(1, ARTICLES + 1)]
    assert {"index.html", "404.html", "search.html", EDITION + "index.html", *articles} <= set(pages), pages
    for name in ("feed.xml", "static/search.js", "pagefind/heze-2024/pagefind.js",
                 "pagefind/heze-2024/pagefind-entry.json"):
        assert os.path.isfile(os.path.join(site, name)), name
    # no sitemap without a base URL (its addresses must be absolute); none of Pagefind's own interfaces
    assert not os.path.exists(os.path.join(site, "sitemap.xml"))
    assert not [n for n in os.listdir(os.path.join(site, "pagefind/heze-2024")) if "-ui." in n or "highlight" in n]
    assert os.path.isfile(os.path.join(site, EDITION, "heze-2024-12-03.epub"))


# --- Nu HTML Checker --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nu_report(site):
    pages = html_pages(site)
    assert len(pages) >= ARTICLES + 4
    return nu_validate([os.path.join(site, p) for p in pages])


def test_nu_validator_finds_no_errors(nu_report):
    assert (nu_report.fatals, nu_report.errors) == (0, 0), str(nu_report)


def test_nu_validator_finds_no_warnings(nu_report):
    assert nu_report.warnings == 0, str(nu_report)


def test_hostile_pages_pass_the_nu_validator(hostile_site):
    report = nu_validate([os.path.join(hostile_site, p) for p in html_pages(hostile_site)])
    assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), str(report)


# --- axe-core ---------------------------------------------------------------------------------------

AXE_PAGES = {"home": "", "edition": EDITION + "index.html", "article": EDITION + "a002.html",
             "search": "search.html", "404": "404.html"}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", AXE_PAGES)
def test_axe_finds_no_violations(browser, served, name, scheme, size):
    with opened(browser, size, color_scheme=scheme) as page:
        visit(page, served + AXE_PAGES[name])
        if name == "search":  # with the search form and its results on the page
            page.locator("#search-input").fill(TERMS[0])
            expect(page.locator(".result").first).to_be_visible()
            page.wait_for_load_state("networkidle")
        if scheme == "dark":  # the light ones come from the journey
            shoot(page, f"{size}-dark-{name}")
        report = axe(page)
        assert report.violations == 0, str(report)
        assert not page.problems, page.problems


# --- a reader's journey -----------------------------------------------------------------------------

def follow(page, link, base):
    """Click LINK; the page it opens, checked to lie inside the site under BASE."""
    href = link.get_attribute("href")
    with page.expect_navigation():
        link.click()
    page.wait_for_load_state("load")
    assert page.url.startswith(base), f"link {href!r} led to {page.url}, outside the site at {base}"
    return page.url


def search(page, term):
    """Type TERM into the search box; wait for the results; the results."""
    box = page.locator("#search-input")
    expect(box).to_be_visible()
    box.fill(term)
    results = page.locator(".result")
    expect(results.first).to_be_visible()
    expect(results.first).to_contain_text(term)
    return results


def journey(page, base, size, shots):
    visit(page, base)  # the folder's URL: index.html, as a host serves it
    expect(page.locator("h1").first).to_contain_text(EDITION_TITLE)
    if shots:
        shoot(page, f"{size}-home")

    follow(page, page.get_by_role("link", name=EDITION_TITLE, exact=True).first, base)
    assert page.url == base + EDITION + "index.html"
    expect(page.locator("h1").first).to_have_text(EDITION_TITLE)
    if shots:
        shoot(page, f"{size}-edition")

    teaser = page.locator("main a[href$='.html']").first
    headline = teaser.inner_text().strip()
    follow(page, teaser, base)
    assert re.fullmatch(re.escape(base + EDITION) + r"a\d{3}\.html", page.url), page.url
    expect(page.locator("h1").first).to_have_text(headline)
    if shots:
        shoot(page, f"{size}-article")

    for i, term in enumerate(TERMS):
        follow(page, page.get_by_role("link", name="搜索", exact=True).first, base)
        assert page.url == base + "search.html"
        results = search(page, term)
        if shots and i == 0:
            shoot(page, f"{size}-search")
        follow(page, results.first.locator(".result__title a"), base)
        assert re.fullmatch(re.escape(base + EDITION) + r"a\d{3}\.html", page.url), page.url
        expect(page.locator("main")).to_contain_text(term)
    assert not page.problems, page.problems


@pytest.mark.parametrize("size", SIZES)
def test_journey_home_edition_article_search(browser, served, size):
    with opened(browser, size) as page:
        journey(page, served, size, shots=True)


@pytest.mark.parametrize("size", SIZES)
def test_journey_from_a_sub_folder(browser, prefixed, size):
    with opened(browser, size) as page:
        journey(page, prefixed, size, shots=False)


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("name", ["home", "edition", "article", "search"])
def test_a_phone_needs_no_sideways_scrolling(browser, served, name, width):
    """WCAG 1.4.10 Reflow: content fits 320 CSS pixels without scrolling in two directions."""
    with opened(browser, (width, 844)) as page:
        visit(page, served + AXE_PAGES[name])
        if name == "search":
            page.locator("#search-input").fill(TERMS[0])
            expect(page.locator(".result").first).to_be_visible()
        wide = page.evaluate("""() => [document.documentElement.scrollWidth, window.innerWidth,
            [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)
              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))]""")
        assert wide[0] <= wide[1], f"{width} px wide: the page is {wide[0]} px wide; too wide: {wide[2]}"


# --- without JavaScript -----------------------------------------------------------------------------

NOJS_PAGES = {"home": "", "edition": EDITION + "index.html", "article": EDITION + "a002.html"}


@pytest.mark.parametrize("name", NOJS_PAGES)
def test_pages_read_without_javascript(browser, prefixed, site, name):
    rel = NOJS_PAGES[name] or "index.html"
    doc = parse(site, rel)
    h1 = doc.xpath("string(//h1)").strip()
    # Every headline and paragraph the page holds: headlines and ledes, or the article's text.
    texts = [t for t in (" ".join(e.text_content().split()) for e in doc.xpath(
        "//main//*[self::h1 or self::h2 or self::h3 or self::p][not(ancestor::noscript)]")) if t]
    assert h1 and len(texts) > 5, (h1, texts)
    assert first_paragraph(site, EDITION + "a002.html") in texts or name != "article"
    with opened(browser, "phone", java_script_enabled=False) as page:
        visit(page, prefixed + NOJS_PAGES[name])
        expect(page.locator("h1").first).to_be_visible()
        expect(page.locator("h1").first).to_have_text(h1)
        shown = page.locator("main").inner_text()
        missing = [t for t in texts if " ".join(t.split()) not in " ".join(shown.split())]
        assert not missing, f"not shown without JavaScript: {missing}"
        urls = page.evaluate("""() => [...document.querySelectorAll('[href], [src]')]
            .map(e => [e.outerHTML.slice(0, 120), e.href || e.src])""")
        assert len(urls) > 5
        broken = []
        for tag, url in urls:
            if not url.startswith(prefixed):
                broken.append(f"{tag} → {url}: outside {prefixed}")
                continue
            response = page.request.get(url.split("#")[0])
            if not response.ok:
                broken.append(f"{tag} → {url}: HTTP {response.status}")
        assert not broken, "\n".join(broken)
        assert not page.problems, page.problems


def test_search_page_says_it_needs_javascript(browser, prefixed):
    with opened(browser, "desktop", java_script_enabled=False) as page:
        visit(page, prefixed + "search.html")
        # Playwright's text matching skips <noscript>; the browser's own rendering (innerText) does not.
        shown = page.evaluate("""() => [...document.querySelectorAll('main *')]
            .filter(e => e.getClientRects().length && e.innerText.includes('JavaScript'))
            .map(e => e.innerText)""")
        assert shown, "the search page shows no word of JavaScript being needed: " + page.locator("main").inner_text()


# --- links, feed and sitemap ------------------------------------------------------------------------

def bad_links(site, canonical_base=None):
    """Every href/src of every page that does not lead to a file of the site (or to a missing #id).

    Only the 404 page, which a host serves at any address, may start its links from the site's root ("/…", or the
    base URL's path): they are resolved from there."""
    ids = {}

    def has_id(rel, frag):
        if rel not in ids:
            ids[rel] = set(parse(site, rel).xpath("//@id | //a/@name")) if rel.endswith(".html") else set()
        return frag in ids[rel]

    bad = []
    for rel in html_pages(site):
        doc = parse(site, rel)
        for el in doc.xpath("//*[@href or @src]"):
            for attr in ("href", "src"):
                url = el.get(attr)
                if url is None:
                    continue
                where = f"{rel}: <{el.tag} {attr}={url!r}>"
                parts = urllib.parse.urlsplit(url)
                if parts.scheme or parts.netloc:
                    rels = (el.get("rel") or "").split()
                    if not (el.tag == "link" and "canonical" in rels and parts.scheme in ("http", "https")
                            and canonical_base and url.startswith(canonical_base)):
                        bad.append(f"{where}: absolute")
                    continue
                here = posixpath.dirname(rel)
                root = urllib.parse.urlsplit(canonical_base).path if canonical_base else "/"
                if parts.path.startswith("/") and posixpath.basename(rel) == "404.html":
                    if not parts.path.startswith(root):
                        bad.append(f"{where}: not under the site's root {root}")
                        continue
                    here, parts = "", parts._replace(path=parts.path[len(root):] or "index.html")
                target = rel if parts.path == "" else posixpath.normpath(
                    posixpath.join(here, urllib.parse.unquote(parts.path)))
                if parts.path.endswith("/"):
                    target = posixpath.join(target, "index.html")
                if target == ".." or target.startswith("../") or target.startswith("/"):
                    bad.append(f"{where}: leaves the site")
                elif not os.path.isfile(os.path.join(site, target)):
                    bad.append(f"{where}: no file {target}")
                elif parts.fragment and not has_id(target, urllib.parse.unquote(parts.fragment)):
                    bad.append(f"{where}: no id {parts.fragment!r} in {target}")
    return bad


def test_every_link_leads_inside_the_site(site):
    bad = bad_links(site)
    assert not bad, "\n".join(bad)


def test_every_link_leads_inside_the_site_with_a_base_url(based_site):
    bad = bad_links(based_site, canonical_base=BASE_URL)
    assert not bad, "\n".join(bad)


ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def xml(site, name):
    """NAME parsed by a conforming XML parser: a syntax error fails the test with its line."""
    return etree.parse(os.path.join(site, name), etree.XMLParser(resolve_entities=False)).getroot()


def site_path(url, base=""):
    """A URL of the feed or sitemap → the file of the site it names (relative), or None if outside."""
    if base:
        if not url.startswith(base):
            return None
        url = url[len(base):]
    elif urllib.parse.urlsplit(url).scheme:
        return None
    path = posixpath.normpath(urllib.parse.unquote(urllib.parse.urlsplit(url).path) or "index.html")
    return None if path.startswith("..") else path


def feed_links(site, rel, base=""):
    """Every link of the feed at REL (feed.xml, hant-tw/feed.xml …) → (link, the file of the site it leads to, or
    None): resolved from the feed's own address, as a feed reader resolves a relative link (RFC 4287, xml:base),
    or under the base URL."""
    feed = xml(site, rel)
    address = (base or "https://host.invalid/site/") + rel
    out = []
    for link in feed.iter(ATOM + "link"):
        url = urllib.parse.urljoin(address, link.get("href"))
        path = site_path(url, base or "https://host.invalid/site/")
        out.append((link.get("href"), path if path and os.path.isfile(os.path.join(site, path)) else None))
    return out


def check_feed_and_sitemap(site, base=""):
    pages = set(html_pages(site))
    feed = xml(site, "feed.xml")
    assert feed.tag == ATOM + "feed"
    entries = feed.findall(ATOM + "entry")
    assert len(entries) == ARTICLES
    missing = [href for href, path in feed_links(site, "feed.xml", base) if path not in pages | {"feed.xml"}]
    assert not missing, f"feed links that lead to no page of the site: {missing}"
    self_link = [x.get("href") for x in feed.findall(ATOM + "link") if x.get("rel") == "self"]
    assert self_link == [base + "feed.xml"]

    if not base:  # a sitemap holds absolute addresses only
        assert not os.path.exists(os.path.join(site, "sitemap.xml"))
        return feed, []
    sitemap = xml(site, "sitemap.xml")
    assert sitemap.tag == SITEMAP + "urlset"
    locs = [(loc.text or "").strip() for loc in sitemap.iter(SITEMAP + "loc")]
    paths = [site_path(u, base) for u in locs]
    assert all(p in pages for p in paths), [u for u, p in zip(locs, paths) if p not in pages]
    articles = {f"{EDITION}a{i:03d}.html" for i in range(1, ARTICLES + 1)}
    assert {"index.html", EDITION + "index.html", *articles} <= set(paths), locs
    assert "404.html" not in paths
    assert len(locs) == len(set(locs)), "a URL listed twice"
    return feed, locs


def test_feed_names_pages_of_the_site_and_no_sitemap_without_a_base_url(site):
    check_feed_and_sitemap(site)


def test_feed_is_valid_atom(site):
    """RFC 4287's required elements, which feed readers rely on."""
    feed = xml(site, "feed.xml")
    problems = []
    for name in ("id", "title", "updated"):
        if feed.find(ATOM + name) is None:
            problems.append(f"feed has no <{name}>")
    entries = feed.findall(ATOM + "entry")
    if feed.find(ATOM + "author") is None and not all(e.find(ATOM + "author") is not None for e in entries):
        problems.append("no <author> in the feed nor in every entry (RFC 4287 4.1.1)")
    for i, e in enumerate(entries, 1):
        for name in ("id", "title", "updated"):
            if not (e.findtext(ATOM + name) or "").strip():
                problems.append(f"entry {i} has no <{name}>")
        if not RFC3339.fullmatch(e.findtext(ATOM + "updated") or ""):
            problems.append(f"entry {i}: <updated> is not an RFC 3339 date")
        if e.find(ATOM + "content") is None and not any(
                x.get("rel", "alternate") == "alternate" for x in e.findall(ATOM + "link")):
            problems.append(f"entry {i} has neither <content> nor an alternate link")
    ids = [e.findtext(ATOM + "id") for e in entries]
    if len(set(ids)) != len(ids):
        problems.append("two entries share an id")
    assert not problems, "\n".join(problems)


def test_base_url_sets_canonical_links_feed_and_sitemap(based_site):
    feed, locs = check_feed_and_sitemap(based_site, BASE_URL)
    assert all(u.startswith(BASE_URL) for u in locs)
    assert urllib.parse.urlsplit(feed.findtext(ATOM + "id")).scheme in ("https", "tag")
    wrong = []
    for rel in html_pages(based_site):
        doc = parse(based_site, rel)
        canonical = doc.xpath("//head/link[@rel='canonical']/@href")
        og = doc.xpath("//head/meta[@property='og:url']/@content")
        want = {BASE_URL + rel}
        if rel.endswith("index.html"):
            want.add(BASE_URL + rel[:-len("index.html")])
        if rel == "404.html":  # a canonical link is not required on the not-found page, but not a wrong one
            if canonical and canonical[0] not in want:
                wrong.append(f"{rel}: canonical {canonical}")
            continue
        if len(canonical) != 1 or canonical[0] not in want:
            wrong.append(f"{rel}: canonical {canonical}, want {sorted(want)}")
        if og != canonical:
            wrong.append(f"{rel}: og:url {og} ≠ canonical {canonical}")
    assert not wrong, "\n".join(wrong)


def test_without_base_url_no_page_names_a_host(site):
    for rel in html_pages(site):
        with open(os.path.join(site, rel), encoding="utf-8") as f:
            text = f.read()
        assert not re.search(r"""(href|src|content)=["']?https?://""", text), rel


# --- a hostile dump ---------------------------------------------------------------------------------

def test_hostile_dump_shows_as_text_on_every_page(browser, hostile_site):
    pages = html_pages(hostile_site)
    articles = [p for p in pages if re.search(r"/a\d{3}\.html$", p)]
    editions = [p for p in pages if p.endswith("/index.html")]
    assert articles and editions, pages
    failures = []
    with serving(hostile_site) as base, opened(browser, "desktop") as page:
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for rel in pages:
            visit(page, base + rel)
            found = page.evaluate("""tags => ({
                scripts: [...document.scripts].map(s => s.src ? s.src.split('/').pop() : 'inline:' + s.text),
                elements: tags.filter(t => document.getElementsByTagName(t).length),
                handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
                            .filter(a => a.name.startsWith('on')).map(a => a.name),
                comments: document.createTreeWalker(document, NodeFilter.SHOW_COMMENT).nextNode() !== null,
                titles: document.getElementsByTagName('title').length,
                title: document.title,
                masthead: document.querySelector('header') ? document.querySelector('header').innerText : '',
                text: document.body.innerText,
            })""", list(HOSTILE_TAGS))
            # the search page's script, and the 404 page's own (it finds the site's root); none from the dump
            allowed = {"search.html": "search.js", "404.html": "inline:"}.get(rel)
            scripts = [s for s in found["scripts"] if not (allowed and s.startswith(allowed) and "alert" not in s)]
            if scripts:
                failures.append(f"{rel}: scripts {found['scripts']}")
            if found["elements"] or found["handlers"] or found["comments"] or found["titles"] != 1:
                failures.append(f"{rel}: markup from the dump: {found['elements']} {found['handlers']} "
                                f"comments={found['comments']} <title>×{found['titles']}")
            if HOSTILE_PAPER not in found["masthead"]:
                failures.append(f"{rel}: paper name {HOSTILE_PAPER!r} not in the masthead {found['masthead']!r}")
            want = [HOSTILE_HEADLINE]
            if rel in articles:
                want += HOSTILE_TEXTS
                if HOSTILE_HEADLINE not in found["title"]:
                    failures.append(f"{rel}: <title> {found['title']!r}")
            elif rel in editions or rel == "index.html":
                want.append(HOSTILE_TEXTS[0])
            else:
                want = []
            text = found["text"]
            failures += [f"{rel}: text {t!r} not shown" for t in want if t not in text]
        assert not dialogs, f"the dump's scripts ran: {dialogs}"
    assert not failures, "\n".join(failures)


def test_hostile_dump_round_trips_through_the_feed(hostile_site):
    feed = xml(hostile_site, "feed.xml")
    assert feed.findtext(ATOM + "title") == HOSTILE_PAPER
    entry = feed.find(ATOM + "entry")
    assert entry.findtext(ATOM + "title") == HOSTILE_HEADLINE
    assert HOSTILE_TEXTS[0] in entry.findtext(ATOM + "summary")
    assert list(entry.iter("{*}b", "{*}img", "{*}script")) == []
    assert not os.path.exists(os.path.join(hostile_site, "sitemap.xml"))  # built without a base URL


def test_hostile_dump_meta_description_round_trips(hostile_site):
    pages = html_pages(hostile_site)
    article = next(p for p in pages if re.search(r"/a\d{3}\.html$", p))
    doc = parse(hostile_site, article)
    assert HOSTILE_HEADLINE in doc.findtext(".//title")
    description = doc.xpath("//meta[@name='description']/@content")
    assert description and HOSTILE_TEXTS[0] in description[0], description
    og = doc.xpath("//meta[@property='og:title']/@content")
    assert og and HOSTILE_HEADLINE in og[0], og
