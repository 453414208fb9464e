"""The checkers of tests/checkers.py are real: each passes a good file and catches a bad one."""
import zipfile
from pathlib import Path

import pytest
from conftest import screenshots
from PIL import Image

import checkers

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""

PACKAGE = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"{package_lang}>
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:0f6b3d3e-2a41-4d7c-9a55-5b1d1c1e0a01</dc:identifier>
    <dc:title>测试日报</dc:title>
    {language}
    <meta property="dcterms:modified">2024-12-03T00:00:00Z</meta>
    <meta property="schema:accessMode">textual</meta>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityHazard">none</meta>
    <meta property="schema:accessibilitySummary">文字版报纸，标题分级，带目录。</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="a1" href="a1.xhtml" media-type="application/xhtml+xml"/>
    {extra_item}
  </manifest>
  <spine>
    <itemref idref="a1"/>
  </spine>
</package>
"""

XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"{html_lang}>
<head><title>{title}</title></head>
<body>
{body}
</body>
</html>
"""

NAV = """<nav epub:type="toc" role="doc-toc" id="toc">
  <h1>目录</h1>
  <ol><li><a href="a1.xhtml">协作帮扶结硕果</a></li></ol>
</nav>"""

ARTICLE = """<section>
  <h1>协作帮扶结硕果</h1>
  <p>本报讯　东西部协作让一个县的配套供应商走进了知名大企业的供应链。</p>
</section>"""


def make_epub(path, *, lang=True, missing_file=False):
    """A one-article EPUB 3 written by hand: valid and accessible unless told to drop the language
    everywhere (package, dc:language, <html>) or to list a file in the manifest that is not in the zip."""
    html_lang = ' lang="zh-Hans" xml:lang="zh-Hans"' if lang else ""
    package = PACKAGE.format(
        package_lang=' xml:lang="zh-Hans"' if lang else "",
        language="<dc:language>zh-Hans</dc:language>" if lang else "",
        extra_item='<item id="a2" href="missing.xhtml" media-type="application/xhtml+xml"/>'
        if missing_file else "")
    with zipfile.ZipFile(path, "w") as z:
        # mimetype first and stored, as the OCF container requires.
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        deflate = {"compress_type": zipfile.ZIP_DEFLATED}
        z.writestr("META-INF/container.xml", CONTAINER, **deflate)
        z.writestr("EPUB/package.opf", package, **deflate)
        z.writestr("EPUB/nav.xhtml", XHTML.format(html_lang=html_lang, title="目录", body=NAV), **deflate)
        z.writestr("EPUB/a1.xhtml", XHTML.format(html_lang=html_lang, title="协作帮扶结硕果", body=ARTICLE),
                   **deflate)
    return path


@pytest.fixture(scope="module")
def good_epub(tmp_path_factory):
    return make_epub(tmp_path_factory.mktemp("epub") / "good.epub")


@pytest.fixture(scope="module")
def bad_epub(tmp_path_factory):
    return make_epub(tmp_path_factory.mktemp("epub") / "bad.epub", lang=False, missing_file=True)


def test_epubcheck_passes_a_valid_epub(good_epub):
    report = checkers.epubcheck(good_epub)
    assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), report


def test_epubcheck_catches_a_missing_file_and_language(bad_epub):
    report = checkers.epubcheck(bad_epub)
    assert report.errors >= 2, report
    assert {"RSC-001", "RSC-005"} <= report.ids(), report  # file not found; OPF schema (no dc:language)
    assert any(m.location == "EPUB/missing.xhtml" for m in report.messages), report


def test_ace_passes_an_accessible_epub(good_epub):
    report = checkers.ace(good_epub)
    assert report.violations == 0, report


def test_ace_catches_missing_languages(bad_epub, tmp_path):
    report = checkers.ace(bad_epub, outdir=tmp_path / "ace")
    assert report.violations >= 1, report
    assert {"html-has-lang", "epub-lang"} <= report.ids(), report
    assert report.counts["serious"] >= 2, report
    assert (tmp_path / "ace" / "report.html").exists()


PAGE = '<!DOCTYPE html><html lang="zh-Hans"><meta charset="utf-8"><body style="font-size:48px">{}</body></html>'


def test_chromium_screenshots_chinese_text(tmp_path):
    page_file = tmp_path / "page.html"
    page_file.write_text(PAGE.format("协作帮扶结硕果"), encoding="utf-8")
    out = Path(screenshots(), "checkers-chromium.png")
    out.parent.mkdir(exist_ok=True)
    with checkers.chromium_page(width=480, height=80) as page:
        page.goto(page_file.as_uri())
        assert page.inner_text("body") == "协作帮扶结硕果"
        page.screenshot(path=out)
        # Without a CJK font every character is the same empty box, so two texts would look alike.
        page.set_content(PAGE.format("中华人民共和国"))
        assert page.screenshot() != out.read_bytes()
    with Image.open(out) as img:
        assert img.size == (480, 80)
    assert out.stat().st_size > 2000  # a blank 480×80 PNG is a few hundred bytes


def test_a_missing_checker_is_named_with_its_install_command(monkeypatch):
    monkeypatch.setenv("PATH", "")
    with pytest.raises(checkers.CheckerMissing, match=r"java not found: run \./setup\.sh --checkers"):
        checkers.epubcheck("any.epub")


GOOD_HTML = """<!DOCTYPE html>
<html lang="zh-Hans">
<head><meta charset="utf-8"><title>协作帮扶结硕果</title></head>
<body>
<main>
<h1>协作帮扶结硕果</h1>
<p>本报讯　东西部协作让一个县的配套供应商走进了知名大企业的供应链。</p>
</main>
</body>
</html>
"""

# No lang, an image without alt, a p closed twice, an unknown element, grey on white at 1.6:1.
BAD_HTML = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>坏页</title></head>
<body>
<main>
<h1 style="color:#ccc;background:#fff">协作帮扶结硕果</h1>
<p>本报讯</p></p><img src="x.png"><blink>闪</blink>
</main>
</body>
</html>
"""


@pytest.fixture(scope="module")
def html_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    (folder / "good.html").write_text(GOOD_HTML, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "bad.html").write_text(BAD_HTML, encoding="utf-8")
    return folder


def test_nu_validator_passes_a_valid_page(html_files):
    report = checkers.nu_validate([html_files / "good.html"])
    assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), str(report)


def test_nu_validator_catches_bad_markup_in_one_of_many_files(html_files):
    report = checkers.nu_validate([html_files / "good.html", html_files / "sub" / "bad.html"])
    assert report.errors >= 3, str(report)
    assert report.warnings >= 1, str(report)  # no lang on <html>
    assert all(m.location.startswith("sub/bad.html:") for m in report.messages), str(report)
    text = " ".join(m.message for m in report.messages)
    assert "“alt”" in text and "“blink”" in text and "“lang”" in text, str(report)


def test_nu_validator_names_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        checkers.nu_validate([tmp_path / "nothing.html"])


def test_axe_passes_an_accessible_page(html_files):
    with checkers.chromium_page() as page:
        page.goto((html_files / "good.html").as_uri())
        report = checkers.axe(page)
    assert report.violations == 0, str(report)


def test_axe_catches_language_alt_and_contrast(html_files):
    with checkers.chromium_browser() as browser:
        page = browser.new_page(color_scheme="dark")
        page.goto((html_files / "sub" / "bad.html").as_uri())
        report = checkers.axe(page)
        assert page.locator("script").count() == 0  # axe is in the page without a <script> element
        assert {"html-has-lang", "image-alt", "color-contrast"} <= report.ids(), str(report)
        assert report.counts["serious"] >= 2 and report.counts["critical"] >= 1, str(report)
        assert any(m.id == "image-alt" and m.location == "img" for m in report.messages), str(report)
        only_a = checkers.axe(page, tags=["wcag2a"])  # contrast is AA
        assert "color-contrast" not in only_a.ids() and "image-alt" in only_a.ids(), str(only_a)
