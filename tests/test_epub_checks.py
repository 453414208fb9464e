"""The EPUB through the real checkers: EPUBCheck, DAISY Ace and headless Chromium (screenshots in build/)."""
import os
import zipfile

import pytest
from checkers import ace, chromium_page, epubcheck
from conftest import FIXTURES, ROOT, fixture_names, screenshots
from hypothesis import HealthCheck, example, given, settings
from test_properties import DUMPS

from reader.build import write_epub
from reader.parse import parse_file, parse_text
from reader.publish import make_epub
from reader.render.epub import EpubOptions

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")
SHOTS = screenshots()


@pytest.fixture(scope="module")
def sample_epub(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("epub") / "heze.epub")
    write_epub(SAMPLE, path, EpubOptions())
    return path


def clean(report):
    return report.fatals == 0 and report.errors == 0 and report.warnings == 0


def test_sample_with_cover_is_reproducible(sample_epub, tmp_path):
    again = str(tmp_path / "again.epub")
    write_epub(SAMPLE, again, EpubOptions())
    with open(sample_epub, "rb") as a, open(again, "rb") as b:
        assert a.read() == b.read()


def test_sample_passes_epubcheck(sample_epub):
    r = epubcheck(sample_epub)
    assert clean(r), r


def test_sample_has_no_ace_violations(sample_epub):
    r = ace(sample_epub)
    assert r.violations == 0, r


@pytest.mark.parametrize("theme", ["e-ink"])
def test_other_theme_passes_epubcheck(tmp_path, theme):
    path = str(tmp_path / "x.epub")
    write_epub(SAMPLE, path, EpubOptions(theme=theme))
    r = epubcheck(path)
    assert clean(r), r


@pytest.mark.parametrize("name", fixture_names())
def test_every_fixture_passes_epubcheck(tmp_path, name):
    path = tmp_path / f"{name}.epub"
    path.write_bytes(make_epub(parse_file(os.path.join(FIXTURES, name + ".txt")), EpubOptions()))
    r = epubcheck(str(path))
    assert clean(r), r


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(DUMPS)
@example("记者 赵六 摄")  # no article at all (only a photo credit): the contents had an empty list, which EPUB forbids
def test_odd_inputs_pass_epubcheck(tmp_path, text):
    if not text.strip():
        return
    path = tmp_path / "odd.epub"
    path.write_bytes(make_epub(parse_text(text, "odd-2025-01-01.txt"), EpubOptions(cover=False)))
    r = epubcheck(str(path))
    assert clean(r), r


def test_embedded_font_subset_passes_epubcheck(tmp_path):
    from reader.render.cover import find_cjk_font

    opts = EpubOptions(embed_font=find_cjk_font())
    path = tmp_path / "font.epub"
    path.write_bytes(make_epub(parse_file(SAMPLE), opts))
    assert any(line.startswith("embedded ") and "KB added" in line for line in opts.report)
    names = zipfile.ZipFile(path).namelist()
    assert any(n.startswith("EPUB/fonts/") for n in names)
    r = epubcheck(str(path))
    assert clean(r), r


def test_screenshots_of_cover_contents_and_article(sample_epub, tmp_path):
    """Open the EPUB's own documents in Chromium; the screenshots are for a person to look at."""
    root = tmp_path / "unzipped"
    zipfile.ZipFile(sample_epub).extractall(root)
    os.makedirs(SHOTS, exist_ok=True)
    with chromium_page(600, 900) as page:
        for doc, shot in (("cover.xhtml", "epub-cover.png"), ("contents.xhtml", "epub-contents.png"),
                          ("a002.xhtml", "epub-article.png")):
            page.goto((root / "EPUB" / doc).as_uri())
            page.wait_for_load_state("load")
            out = os.path.join(SHOTS, shot)
            page.screenshot(path=out, full_page=doc != "cover.xhtml")
            assert os.path.getsize(out) > 10_000  # a page of drawn text, not an empty canvas
            if doc == "a002.xhtml":
                assert page.locator("h1.headline").inner_text().startswith("坚定战略自信")
                assert page.locator("span.dateline").count() == 1
            if doc == "cover.xhtml":
                natural = page.evaluate("document.querySelector('img').naturalWidth")
                assert natural > 0  # the cover image loads


VARIANTS = [(s, v) for s in (None, "hant-tw", "hant-hk", "hant") for v in (False, True) if s or v]
# DAISY Ace (~10 s a book) runs on one book of each language tag and each writing mode not checked elsewhere:
# zh-Hans horizontal is test_sample_has_no_ace_violations, zh-Hant-TW vertical with a page list is
# test_edition_variants.py. The books differ only in text, lang and the vertical stylesheet.
ACE_VARIANTS = {(None, True), ("hant-hk", False), ("hant", False), ("hant-tw", False)}


@pytest.mark.parametrize("script,vertical", VARIANTS)
def test_every_variant_passes_epubcheck_and_ace(tmp_path, script, vertical):
    path = tmp_path / "variant.epub"
    path.write_bytes(make_epub(parse_file(SAMPLE), EpubOptions(script=script, vertical=vertical,
                                                               paper_name="菏泽日报")))
    r = epubcheck(str(path))
    assert clean(r), r
    if (script, vertical) in ACE_VARIANTS:
        a = ace(str(path))
        assert a.violations == 0, a


def test_screenshot_of_a_vertical_article(tmp_path):
    path = tmp_path / "vertical.epub"
    path.write_bytes(make_epub(parse_file(SAMPLE), EpubOptions(script="hant-tw", vertical=True, cover=False)))
    root = tmp_path / "unzipped"
    zipfile.ZipFile(path).extractall(root)
    os.makedirs(SHOTS, exist_ok=True)
    with chromium_page(900, 700) as page:
        page.goto((root / "EPUB" / "a003.xhtml").as_uri())
        mode = page.evaluate("getComputedStyle(document.body).writingMode")
        assert mode == "vertical-rl"
        out = os.path.join(SHOTS, "epub-vertical-hant-tw.png")
        page.screenshot(path=out)
        assert os.path.getsize(out) > 10_000
