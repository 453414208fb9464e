"""A whole site as a host serves it: a two-page edition built with --script hant-tw --script hant-hk --vertical.

The 404 page at nested addresses, served as GitHub Pages, Netlify and nginx's error_page serve it (status 404,
the content of 404.html, at the address asked for), at the host's root and under a sub-folder, with and without
JavaScript, with and without --base-url: styled, every link leading to a page. Every link of every feed leads to
a page; no sitemap without a base URL. What a phone shows: the six EPUB buttons apart, display lines balanced.
Screenshots go to build/screenshots/site/ for a person to look at.
"""
import os
import shutil
import urllib.parse

import pytest
from checkers import chromium_browser
from conftest import FIXTURES, ROOT, screenshots
from test_site import SIZES, feed_links, opened, serving, site_path, xml

from reader.cli import main

SHOTS = screenshots("site")
EDITION = "heze/2024/12/03/"
SCRIPTS = ("", "hant-tw/", "hant-hk/")
BASE_URL = "https://example.org/news/"
NESTED = "heze/2099/01/01/"  # an edition that does not exist, four folders down
ACCENT = "rgb(179, 18, 30)"  # the masthead's red in site.css (light scheme): the stylesheet is loaded


def build(tmp_path_factory, name, *args):
    src = tmp_path_factory.mktemp(name + "-input")
    shutil.copy(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), src / "heze-2024-12-03-p1.txt")
    shutil.copy(os.path.join(FIXTURES, "briefs.txt"), src / "heze-2024-12-03-p2.txt")
    shutil.copy(os.path.join(ROOT, "input", "papers.toml"), src / "papers.toml")
    out = tmp_path_factory.mktemp(name)
    assert main(["build", str(src), "-o", str(out), "--script", "hant-tw", "--script", "hant-hk", "--vertical",
                 *args]) == 0
    return str(out / "site")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return build(tmp_path_factory, "site")


@pytest.fixture(scope="module")
def based_site(tmp_path_factory):
    return build(tmp_path_factory, "based", "--base-url", BASE_URL)


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


def shoot(page, name):
    os.makedirs(SHOTS, exist_ok=True)
    page.screenshot(path=os.path.join(SHOTS, name + ".png"), full_page=True)


def test_the_edition_has_two_pages_and_six_epubs(site):
    epubs = sorted(n for n in os.listdir(os.path.join(site, EDITION)) if n.endswith(".epub"))
    assert len(epubs) == 6, epubs
    with open(os.path.join(site, EDITION, "index.html"), encoding="utf-8") as f:
        assert f.read().count('class="page__label"') == 2


# --- the 404 page -----------------------------------------------------------------------------------

def look_at_404(page, url, site_url, canonical=None):
    """Open URL (a missing address); what the page shows: status, whether the stylesheet styled it, and every
    link that does not lead to a page of the site at SITE_URL (fetched as the browser resolves it; a link to a
    part of the page itself must find its id; an absolute hreflang link under CANONICAL is read under SITE_URL)."""
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    state = page.evaluate("""() => ({
        accent: getComputedStyle(document.querySelector('.masthead__name')).color,
        flex: getComputedStyle(document.body).display,
        title: document.querySelector('h1').innerText,
        links: [...document.querySelectorAll('a[href], link[href]')].filter(e => !e.closest('noscript'))
            .map(e => [e.outerHTML.slice(0, 100), e.href]),
        ids: [...document.querySelectorAll('[id]')].map(e => e.id),
    })""")
    broken = []
    for tag, href in state["links"]:
        target, _, fragment = href.partition("#")
        if canonical and target.startswith(canonical):
            target = site_url + target[len(canonical):]
        if target == url.split("#")[0]:
            if fragment not in state["ids"]:
                broken.append(f"{tag} → {href}: no id {fragment!r} in the page")
            continue
        if not target.startswith(site_url):
            broken.append(f"{tag} → {href}: outside the site at {site_url}")
        elif not (r := page.request.get(target)).ok:
            broken.append(f"{tag} → {href}: HTTP {r.status}")
    return response.status, state, broken


@pytest.mark.parametrize("prefix", ["/", "/sub/dir/"])
@pytest.mark.parametrize("address", [NESTED, "hant-tw/" + NESTED, "heze/2024/12/03/a999.html"])
def test_404_at_a_nested_address_is_styled_and_its_links_lead_to_pages(browser, site, prefix, address):
    with serving(site, prefix) as base, opened(browser, "phone") as page:
        status, state, broken = look_at_404(page, base + address, base)
        assert status == 404
        assert (state["accent"], state["flex"]) == (ACCENT, "flex"), f"not styled at {address}: {state}"
        assert state["title"] == "找不到这个页面"
        assert len(state["links"]) > 8 and not broken, "\n".join(broken)
        # the root was found in the address: nothing but the page itself was missing
        assert page.problems == [f"HTTP 404: {base + address}"], page.problems


@pytest.mark.parametrize("prefix", ["/", "/sub/dir/"])
def test_404_under_a_name_the_site_does_not_have_finds_the_root_by_its_stylesheet(browser, site, prefix):
    with serving(site, prefix) as base, opened(browser, "phone") as page:
        status, state, broken = look_at_404(page, base + "no/such/folder/page.html", base)
        assert status == 404 and (state["accent"], state["flex"]) == (ACCENT, "flex"), state
        assert not broken, "\n".join(broken)


def test_404_without_javascript_is_styled_where_the_site_is_the_hosts_whole_site(browser, site):
    with serving(site, "/") as base, opened(browser, "phone", java_script_enabled=False) as page:
        status, state, broken = look_at_404(page, base + NESTED, base)
        assert status == 404 and (state["accent"], state["flex"]) == (ACCENT, "flex"), state
        assert not broken, "\n".join(broken)


@pytest.mark.parametrize("javascript", [True, False])
def test_404_with_a_base_url_needs_no_script(browser, based_site, javascript):
    path = urllib.parse.urlsplit(BASE_URL).path
    with open(os.path.join(based_site, "404.html"), encoding="utf-8") as f:
        assert "<script" not in f.read()
    with serving(based_site, path) as base, opened(browser, "phone", java_script_enabled=javascript) as page:
        status, state, broken = look_at_404(page, base + "hant-hk/" + NESTED, base, BASE_URL)
        assert status == 404 and (state["accent"], state["flex"]) == (ACCENT, "flex"), state
        assert not broken, "\n".join(broken)


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshot_of_the_404_page_at_a_nested_address(browser, site, width):
    with serving(site, "/") as base, opened(browser, (width, 844)) as page:
        page.goto(base + NESTED)
        page.wait_for_load_state("networkidle")
        shoot(page, f"404-nested-{width}")


# --- feeds and sitemap ------------------------------------------------------------------------------

@pytest.mark.parametrize("based", [False, True])
def test_every_link_of_every_feed_leads_to_a_page(site, based_site, based):
    folder, base = (based_site, BASE_URL) if based else (site, "")
    for script in SCRIPTS:
        links = feed_links(folder, script + "feed.xml", base)
        assert len(links) > 10
        missing = [href for href, path in links if path is None]
        assert not missing, f"{script}feed.xml: links to no page: {missing}"
        # entries lead to the feed's own script
        entries = [path for href, path in links][2:]
        assert all(p.startswith(script) and p.endswith(".html") for p in entries), entries


def test_no_sitemap_without_a_base_url_and_an_absolute_one_with_it(site, based_site):
    assert not os.path.exists(os.path.join(site, "sitemap.xml"))
    sitemap = xml(based_site, "sitemap.xml")
    locs = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs and all(u.startswith(BASE_URL) for u in locs)
    assert all(os.path.isfile(os.path.join(based_site, site_path(u, BASE_URL))) for u in locs)


def test_a_sitemap_from_an_earlier_build_with_a_base_url_goes(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), src)
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-search", "--base-url", BASE_URL]) == 0
    assert (out / "site" / "sitemap.xml").is_file()
    capsys.readouterr()
    assert main(["build", str(src), "-o", str(out), "--no-search"]) == 0
    assert not (out / "site" / "sitemap.xml").exists()
    assert "no sitemap.xml" in capsys.readouterr().err  # the build's summary says so


# --- what a phone shows -----------------------------------------------------------------------------

def test_the_epub_buttons_stand_apart_on_a_phone(browser, site):
    with serving(site, "/") as base, opened(browser, "phone") as page:
        page.goto(base + EDITION + "index.html")
        boxes = page.evaluate("""() => [...document.querySelectorAll('.download')].map(e => {
            const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
        shoot(page, "edition-downloads-390")
    assert len(boxes) == 6
    gap = 4  # px between two buttons, side by side or one over the other
    close = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
             if a[0] < b[2] + gap and b[0] < a[2] + gap and a[1] < b[3] + gap and b[1] < a[3] + gap]
    assert not close, f"buttons touching: {close}"


LINES = ".rubric, .kicker, .headline, .subheadline, .teaser__kicker, .teaser__headline, .teaser__sub"
# every character of a display element with the top of the line it is set on
LINE_OF_EACH_CHARACTER = """selector => [...document.querySelectorAll(selector)].filter(e => e.getClientRects().length)
  .map(e => {
    const chars = [], range = document.createRange(), walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        range.setStart(node, i); range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) chars.push([rect.top, node.data[i]]);
      }
    }
    const lines = [];
    for (const [top, ch] of chars) {
      if (!lines.length || top > lines[lines.length - 1].top + 8) lines.push({top, text: ''});
      lines[lines.length - 1].text += ch;
    }
    return lines.map(l => l.text);
  })"""


@pytest.mark.parametrize("width", [320, 390])
def test_display_lines_leave_no_character_alone_on_a_phone(browser, site, width):
    """No line of a headline, kicker, rubric or subheadline holds fewer than three characters (not counting
    punctuation), on the edition page and every article page, in every script."""
    import re

    lone = []
    with serving(site, "/") as base, opened(browser, (width, 844)) as page:
        for script in SCRIPTS:
            folder = os.path.join(site, script + EDITION)
            for name in sorted(n for n in os.listdir(folder) if n.endswith(".html")):
                page.goto(base + script + EDITION + name)
                for lines in page.evaluate(LINE_OF_EACH_CHARACTER, LINES):
                    short = [ln for ln in lines if len(re.sub(r"[\W_]", "", ln)) < 3]
                    if len(lines) > 1 and short:
                        lone.append(f"{script}{EDITION}{name}: {' / '.join(lines)}")
    assert not lone, "\n".join(lone)


@pytest.mark.parametrize("size", SIZES)
def test_screenshots_of_the_edition_and_an_article(browser, site, size):
    with serving(site, "/") as base, opened(browser, size) as page:
        for name in ("index.html", "a002.html"):
            page.goto(base + EDITION + name)
            shoot(page, f"{name[:-5]}-{SIZES[size][0]}")
