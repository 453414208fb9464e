"""Search in a real Chromium finds exactly the articles whose text holds the query: no more (量子计算机 finds
nothing where only 高质量 is, 臺灣 nothing where only 平臺 is), no fewer (水平 inside 高水平); the counts and
pages are compared with the articles' own text. Excerpts open on the text, the query marked; each result names
its edition on a line of its own; a hostile dump's text stays text. Screenshots go to build/screenshots/site/.
"""
import os
import random
import re
import urllib.parse

import pytest
from checkers import chromium_browser
from conftest import ROOT, screenshots
from lxml import html
from test_site import HOSTILE_HEADLINE, expect, hostile_site, opened, serving  # noqa: F401 (a fixture)

from reader.cli import main
from reader.render.search import spaced

SHOTS = screenshots("site")
EDITION_TITLE = {"": "菏泽日报 2024年12月3日", "hant-tw/": "菏澤日報 2024年12月3日"}
HAN = re.compile(r"[\u4e00-\u9fff]+")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("search")
    assert main(["build", os.path.join(ROOT, "input"), "-o", str(out), "--script", "hant-tw"]) == 0
    return str(out / "site")


@pytest.fixture(scope="module")
def texts(site):
    """Script prefix → article path → the text the search index is made from (the data-pagefind-body)."""
    out = {"": {}, "hant-tw/": {}}
    for dirpath, _, files in os.walk(site):
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), site)
            if re.fullmatch(r"a\d{3}\.html", name):
                body = html.parse(os.path.join(site, rel)).getroot().xpath("//*[@data-pagefind-body]")[0]
                out["hant-tw/" if rel.startswith("hant-tw/") else ""][rel] = " ".join(body.text_content().split())
    return out


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as b:
        yield b


@pytest.fixture(scope="module")
def served(site):
    with serving(site, "/sub/") as base:
        yield base


def holding(texts, prefix, query):
    """The articles whose text holds every part of the query (spaces and punctuation between characters aside,
    as Pagefind reads a phrase)."""
    def holds(text, part):
        return re.search(r"[\s\W]*".join(map(re.escape, part)), text) is not None
    return {rel for rel, text in texts[prefix].items() if all(holds(text, p) for p in query.split())}


def search(page, base, prefix, query):
    """Search QUERY on the search page of PREFIX's script; every result (all of them shown): path, title,
    edition, excerpt and its marked text; and the count line."""
    if urllib.parse.urlsplit(page.url).path != urllib.parse.urlsplit(base + prefix + "search.html").path:
        page.goto(base + prefix + "search.html")  # else a search after another, as a person types a new one
    page.locator("#search-input").fill(query)
    page.locator("#search-input").press("Enter")  # this query's search starts now: its ?q= in the address
    page.wait_for_function("""q => { const s = document.getElementById('search-status').textContent;
        const n = (s.match(/\\d+/) || [0])[0];
        return new URLSearchParams(location.search).get('q') === q && s && !s.endsWith('……')
            && document.querySelectorAll('.result').length === Math.min(n, 10); }""", arg=query)
    while page.locator("#search-more").is_visible():
        count = page.locator(".result").count()
        page.locator("#search-more").click()
        page.wait_for_function(f"() => document.querySelectorAll('.result').length > {count}")
    results = page.evaluate("""() => [...document.querySelectorAll('.result')].map(r => ({
        path: new URL(r.querySelector('.result__title a').href).pathname,
        title: r.querySelector('.result__title').innerText,
        edition: (r.querySelector('.result__edition') || {}).innerText,
        excerpt: r.querySelector('.result__excerpt').innerText,
        marks: [...r.querySelectorAll('mark')].map(m => m.innerText)}))""")
    for r in results:
        r["path"] = r["path"][len(urllib.parse.urlsplit(base).path):]
    return page.locator("#search-status").inner_text(), results


CASES = [
    ("", "量子计算机"),  # no article holds it: Pagefind alone gave every article holding 量 (高质量) or 机
    ("", "台湾"),  # none: Pagefind alone gave those holding 台 (平台, 出台)
    ("hant-tw/", "臺灣"),  # none: Pagefind alone gave those holding 臺 (平臺, 出臺)
    ("", "水平"),  # inside 高水平: Pagefind alone missed it
    ("hant-tw/", "堅持"),
    ("", "一带一路"),
    ("hant-tw/", "一帶一路"),
    ("", "高质量"),
    ("", "质量"),
    ("", "专精特新"),
    ("", "小巨人"),
    ("", "新时代"),
    ("", "协作帮扶"),
    ("", "一带一路 高质量"),  # every part, anywhere in the text
]


@pytest.mark.parametrize("prefix,query", CASES)
def test_search_finds_exactly_the_articles_holding_the_query(browser, served, texts, prefix, query):
    want = holding(texts, prefix, query)
    with opened(browser, "desktop") as page:
        status, results = search(page, served, prefix, query)
        assert not page.problems, page.problems
    assert sorted(r["path"] for r in results) == sorted(want), status
    assert (str(len(want)) in status) if want else ("没有找到" in status or "沒有找到" in status), status
    for r in results:
        assert r["edition"] == EDITION_TITLE[prefix], r  # on a line of its own, not in the title
        opening = r["excerpt"].removeprefix("…")  # where it opens inside a sentence
        assert not re.match(r"[\s\W]", opening), f"excerpt opens with {opening[:3]!r}"  # Pagefind's opened ". "
        assert set(query.split()) <= {re.sub(r"[\s\W]", "", m) for m in r["marks"]}, r


def test_search_finds_any_run_of_characters_of_the_text(browser, served, texts):
    """Thirty runs of two to four Chinese characters picked at random from the articles (across word
    boundaries too): each finds exactly the articles holding it."""
    rng = random.Random(11)
    runs = sorted({m[i:i + n] for m in (HAN.findall(" ".join(texts[""].values()))) if len(m) >= 4
                   for n in (2, 3, 4) for i in range(0, len(m) - n + 1, 7)})
    wrong = []
    with opened(browser, "desktop") as page:
        for query in rng.sample(runs, 30):
            _, results = search(page, served, "", query)
            got, want = {r["path"] for r in results}, holding(texts, "", query)
            if got != want:
                wrong.append(f"{query}: found {sorted(got)}, held by {sorted(want)}")
    assert not wrong, "\n".join(wrong)


def test_a_search_is_in_the_address(browser, served):
    """A result's page and back again: the query and its results are still there (?q= in the address)."""
    with opened(browser, "phone") as page:
        page.goto(served + "search.html?q=" + "协作帮扶")
        expect(page.locator(".result").first).to_contain_text("协作帮扶")
        assert page.locator("#search-input").input_value() == "协作帮扶"


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshot_of_search_results(browser, served, width):
    with opened(browser, (width, 844)) as page:
        page.goto(served + "search.html?q=" + "一带一路")
        expect(page.locator(".result").first).to_be_visible()
        page.wait_for_load_state("networkidle")
        os.makedirs(SHOTS, exist_ok=True)
        page.screenshot(path=os.path.join(SHOTS, f"search-{width}.png"), full_page=True)
        # the label sits over the box, close to it
        label, box = (page.locator(s).bounding_box() for s in (".search__label", "#search-input"))
        assert 0 <= box["y"] - (label["y"] + label["height"]) <= 16 and abs(label["x"] - box["x"]) <= 1


def test_a_hostile_headline_in_results_stays_text(browser, hostile_site):  # noqa: F811 (the fixture)
    with serving(hostile_site) as base, opened(browser, "desktop") as page:
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "search.html?q=" + "标题")
        title = page.locator(".result__title").first
        expect(title).to_have_text(HOSTILE_HEADLINE)
        assert page.locator(".search__results script, .search__results img, .search__results b").count() == 0
        assert not dialogs


def test_the_index_reads_every_chinese_character_as_a_word():
    page = ('<div data-pagefind-body data-title="一带 一路" data-label="一带 一路" lang="zh-Hans">'
            '<h1>一带一路</h1><p>G20峰会 2024年，“高质量”</p></div>')
    assert spaced(page) == ('<div data-pagefind-body data-title="一 带 一 路" data-label="一带 一路" lang="zh-Hans">'
                            '<h1>一 带 一 路</h1><p>G20峰 会 2024年，“高 质 量”</p></div>')
