"""The site in Simplified and Traditional: same paths under hant-tw/ and hant-hk/, hreflang alternates and a
script switch on every page, converted text and words, every link resolving; a screenshot of a Traditional page."""
import os
import posixpath

import pytest
from checkers import axe, chromium_page, nu_validate
from conftest import ROOT, screenshots
from lxml import html

from reader.cli import main

ARTICLE = "heze/2024/12/03/a002.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("scripts")
    assert main(["build", os.path.join(ROOT, "input"), "-o", str(out), "--script", "hant-tw",
                 "--script", "hant-hk"]) == 0
    return out / "site"


def pages(site):
    for dirpath, dirnames, files in os.walk(site):
        dirnames[:] = [d for d in dirnames if d != "pagefind"]
        for f in files:
            if f.endswith(".html"):
                yield os.path.relpath(os.path.join(dirpath, f), site)


@pytest.mark.parametrize("prefix,lang", [("", "zh-Hans"), ("hant-tw/", "zh-Hant-TW"), ("hant-hk/", "zh-Hant-HK")])
def test_each_script_has_the_same_pages_in_its_language(site, prefix, lang):
    doc = html.parse(str(site / (prefix + ARTICLE))).getroot()
    assert doc.get("lang") == lang
    alternates = {link.get("hreflang"): link.get("href") for link in doc.findall(".//link[@rel='alternate']")
                  if link.get("hreflang")}
    assert set(alternates) == {"zh-Hans", "zh-Hant-TW", "zh-Hant-HK"}
    here = posixpath.dirname(prefix + ARTICLE)
    for tag, href in alternates.items():
        target = posixpath.normpath(posixpath.join(here, href))
        assert target.endswith(ARTICLE) and (site / target).is_file()
    switch = doc.find(".//nav[@class='scripts']")
    assert switch is not None and switch.find(".//*[@aria-current='page']").get("lang") == lang


def test_traditional_text_names_and_words(site):
    tw = (site / "hant-tw" / ARTICLE).read_text(encoding="utf-8")
    hk = (site / "hant-hk" / ARTICLE).read_text(encoding="utf-8")
    assert "董事長胡望明" in tw and "鬍望明" not in tw
    assert "「一帶一路」" in tw and "「一帶一路」" in hk
    assert "首頁" in tw and "首页" in (site / ARTICLE).read_text(encoding="utf-8")  # the theme's own words


def test_every_link_of_every_script_resolves(site):
    for rel in pages(site):
        doc = html.parse(str(site / rel)).getroot()
        for el in doc.iter():
            for attr in ("href", "src"):
                url = el.get(attr)
                if not url or url.startswith(("http:", "https:", "#", "data:")):
                    continue
                # a 404 page is served at any address: its links start from the site's root
                here = "" if url.startswith("/") and rel.endswith("404.html") else posixpath.dirname(rel)
                target = posixpath.normpath(posixpath.join(here, url.split("#")[0].lstrip("/")))
                assert (site / target).exists(), f"{rel}: {url}"


def test_traditional_pages_validate_and_pass_axe(site):
    report = nu_validate([str(site / "hant-tw" / ARTICLE), str(site / "hant-hk" / "index.html")])
    assert report.errors == 0 and report.warnings == 0, str(report)
    with chromium_page(390, 900) as page:
        page.goto((site / "hant-tw" / "heze/2024/12/03/a004.html").as_uri())
        r = axe(page)
        assert r.violations == 0, str(r)
        out = os.path.join(screenshots(), "site-hant-tw-article.png")
        page.screenshot(path=out, full_page=True)
        assert os.path.getsize(out) > 10_000


def test_search_index_has_each_language(site):
    import json

    entry = json.loads((site / "pagefind" / "heze-2024" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert {"zh-hans", "zh-hant-tw", "zh-hant-hk"} <= {k.lower() for k in entry["languages"]}


def test_scripts_can_be_set_in_reader_toml(tmp_path):
    import shutil

    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(os.path.join(ROOT, "input", "heze-2024-12-03.txt"), src)
    (src / "reader.toml").write_text('scripts = ["hant-hk"]\nvertical = true\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "-o", str(out), "--no-search"]) == 0
    assert sorted(os.listdir(out / "epub")) == [
        "heze-2024-12-03.epub", "heze-2024-12-03.hant-hk.epub", "heze-2024-12-03.hant-hk.vertical.epub",
        "heze-2024-12-03.vertical.epub"]
    assert (out / "site" / "hant-hk" / "index.html").is_file()


def test_a_bad_reader_toml_is_a_one_line_error(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "x-2025-01-01.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (src / "reader.toml").write_text("scriptz = 1\n", encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "reader.toml" in err[0] and "scriptz" in err[0]
