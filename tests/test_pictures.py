"""PDF pages → their pictures: which images are pictures, the article and caption each goes with, and how the
EPUB (EPUBCheck, Ace, epub.js at a phone's and an e-reader's size) and the site (the e-paper view, Nu, axe)
show them.

Two pages: a real 人民日报 theory page (a graphic in the lead essay's corner, column logos and series art that
are not pictures), and fixtures/pdf/pictures-page.pdf, a news page made for these tests (make_pictures_page.py
says what it holds: no dev PDF has a news photo with a caption, a photo news item or a cartoon).
"""
import io
import os
import re
import subprocess
import sys
import zipfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "hostile"))
from checkers import ace, axe, chromium_page, epubcheck, nu_validate
from conftest import PDF_FIXTURES, screenshots
from corpus import pdf
from bs4 import BeautifulSoup
from lxml import etree

from reader.model import Role
from reader.parse import read_pdf
from reader.parse.pdf import ImageBox, Line, PdfBlock, PdfPage
from reader.parse.layout import Body, picture_units
from reader.parse.pictures import find_pictures

MADE = os.path.join(PDF_FIXTURES, "pictures-page.pdf")
THEORY = os.path.join(PDF_FIXTURES, "rmrb-20180102-p07.pdf")
SHOTS = screenshots("pictures")


def run(*args):
    return subprocess.run([sys.executable, "-m", "reader", *map(str, args)], capture_output=True, text=True)


# --- which images are pictures (made-up pages: body type 10 pt, a 600 × 800 page) -------------------------

def block(x0, top, x1, lines=1, size=10.0, face="Song"):
    made = [Line("字" * 10, x0, top + k * 15, x1, top + k * 15 + size, size, face) for k in range(lines)]
    return PdfBlock(tuple(made), x0, top, x1, made[-1].bottom, size, face)


def scene(images, blocks=()):
    body = [block(20, 100 + 170 * k, 200, lines=8) for k in range(4)]  # a column of body text down the left
    return PdfPage(1, 600, 800, tuple(body) + tuple(blocks), (), tuple(images))


def verdicts(images, blocks=()):
    return {f.image.index: (f.rule, f.crop) for f in find_pictures(scene(images, blocks), 10.0, "Song")}


def test_page_art_ornaments_and_logos_are_not_pictures():
    masthead = ImageBox(20, 10, 200, 60, 0)  # above all body text, in the top tenth
    icon = ImageBox(300, 240, 330, 270, 1)  # 3 × 3 body sizes
    logo = ImageBox(300, 520, 460, 570, 2)  # a strip 160 × 50: a column's logo
    assert verdicts([masthead, icon, logo]) == {}


def test_a_captioned_image_and_a_big_one_are_pictures():
    photo = ImageBox(220, 260, 500, 440, 0)
    caption = block(220, 445, 500, lines=2, size=9.0, face="Hei")  # right under it, smaller, another face
    graphic = ImageBox(320, 600, 560, 780, 1)
    assert verdicts([photo, graphic], [caption]) == {0: ("captioned", (0.0, 1.0)), 1: ("picture", (0.0, 1.0))}


def test_a_wide_photo_with_a_caption_is_a_picture_a_wide_strip_over_a_headline_a_logo():
    strip = ImageBox(220, 300, 520, 400, 0)  # 3 wide to 1 high, 10 body sizes tall: a logo's shape
    caption = block(220, 405, 520, lines=1, size=9.0, face="Hei")
    assert verdicts([strip], [caption]) == {0: ("captioned", (0.0, 1.0))}
    headline = block(220, 405, 520, lines=1, size=24.0, face="Hei")  # a story's headline under the column's logo
    assert verdicts([strip], [headline]) == {}


def test_a_caption_set_beside_a_picture_is_its_caption_and_reads_with_it():
    """A caption in the column beside a photo, level with it, in another face: the photo's caption, read as one
    unit with it (the credit under the caption too); body text beside a photo is no caption."""
    photo = ImageBox(220, 260, 480, 440, 0)
    caption = block(490, 380, 590, lines=3, size=9.0, face="Hei")  # right of it, its foot level with the photo's
    credit = block(490, 428, 590, lines=1, size=9.0, face="Hei")
    assert verdicts([photo], [caption]) == {0: ("captioned", (0.0, 1.0))}
    found = find_pictures(scene([photo], [caption, credit]), 10.0, "Song")
    [(stand_in, captions)] = picture_units([caption, credit], found, Body(10.0, "Song"))
    assert captions == [caption, credit] and stand_in.x1 == 590
    beside = block(490, 270, 590, lines=3)  # body type beside it: the next column's text
    below = block(490, 460, 590, lines=3, size=9.0, face="Hei")  # under the photo's foot, not level with it
    assert verdicts([photo], [beside, below]) == {0: ("picture", (0.0, 1.0))}
    headline = block(490, 380, 590, lines=1, size=16.0, face="Hei")  # the next story's headline, level with it
    assert verdicts([photo], [headline]) == {0: ("picture", (0.0, 1.0))}
    ruled = PdfPage(1, 600, 800, scene([photo], [caption]).blocks, ((485, 200, 485, 500),), (photo,))
    [found] = find_pictures(ruled, 10.0, "Song")
    assert found.captions == ()  # a rule drawn down between them: the next story's text, whatever its face


def test_a_caption_set_over_a_picture_clear_of_the_text_above_is_its_caption():
    """Some papers set the caption over the photo: text type in another face right over it, with space over the
    caption. The end of a column over a photo (the text runs down to it), or display type over it, is none."""
    photo = ImageBox(220, 300, 500, 480, 0)
    caption = block(220, 268, 500, lines=2, size=9.0, face="Hei")  # 268-292: 8 pt over the photo
    credit = block(220, 486, 500, lines=1, size=9.0, face="Hei")  # a credit's line under it
    under = block(220, 486, 500, lines=2, size=9.0, face="Hei")  # a caption under it: that one is the caption
    [found] = find_pictures(scene([photo], [caption]), 10.0, "Song")
    assert found.captions == (caption,) and found.rule == "captioned"
    [(stand_in, captions)] = picture_units([caption], [found], Body(10.0, "Song"))
    assert captions == [caption] and stand_in.top == 268 and stand_in.bottom == 480
    [found] = find_pictures(scene([photo], [caption, credit]), 10.0, "Song")
    assert found.captions == (caption, credit)  # the caption over it, the credit under it
    [found] = find_pictures(scene([photo], [caption, under]), 10.0, "Song")
    assert found.captions == (under,)
    column = block(220, 150, 500, lines=8)  # 150-265: body text running down to the caption
    [found] = find_pictures(scene([photo], [column, caption]), 10.0, "Song")
    assert found.captions == () and found.rule == "picture"
    display = block(220, 264, 500, lines=1, size=24.0, face="Hei")  # a photo item's headline over its photo
    [found] = find_pictures(scene([photo], [display]), 10.0, "Song")
    assert found.captions == ()


def test_an_image_under_text_is_a_tint_but_its_free_strip_is_a_picture():
    tint = ImageBox(220, 100, 580, 400, 0)
    on_tint = block(240, 110, 560, lines=3)  # 110-150: text printed on its top
    crop = verdicts([tint], [on_tint])[0]
    assert crop[0] == "backdrop"
    top, bottom = crop[1]
    assert abs(100 + top * 300 - on_tint.bottom) < 1 and bottom == 1.0  # the strip under the text, to its foot
    behind = ImageBox(220, 600, 580, 700, 1)
    text = block(240, 605, 560, lines=6)  # 605-690: no strip left free
    assert verdicts([behind], [text]) == {}


# --- real and made pages -----------------------------------------------------------------------------------

def test_the_theory_page_has_one_picture_the_lead_essays_graphic():
    ed = read_pdf(THEORY).edition
    pictures = [(a, p) for a in ed.articles for p in a.pictures]
    # the page drawn (dev/pdf): a panel of five lines at the top right, beside the lead essay; the 思想纵横 and
    # 新知新觉 logos and the 进入新时代 series art are images too, and not pictures
    assert len(pictures) == 1
    article, picture = pictures[0]
    assert picture.region.box[0] > 700 and picture.region.box[1] < 100
    assert article is ed.articles[0] and picture.after == -1
    assert picture.media_type == "image/jpeg" and picture.data[:2] == b"\xff\xd8"


@pytest.fixture(scope="module")
def made():
    return read_pdf(MADE).edition


def test_each_picture_goes_with_its_article_after_its_caption(made):
    by_caption = {}
    for a in made.articles:
        for p in a.pictures:
            assert p.after >= 0, "every picture on this page has a caption"
            anchor = a.blocks[p.after]
            assert anchor.role in (Role.CAPTION, Role.PHOTO_CREDIT)
            by_caption[anchor.text] = (a.headline, p)
    assert set(by_caption) == {"3月9日清晨，施工人员在大桥合龙段作业。", "公园里的长椅",
                               "近日，城郊各地抓住晴好天气抢抓农时，田间地头到处是农民忙着翻地、播种的身影，一派繁忙的春耕景象。"}
    assert by_caption["公园里的长椅"][0] == "说说城市里的口袋公园"
    assert by_caption["3月9日清晨，施工人员在大桥合龙段作业。"][0] == "城东新区首座跨江大桥合龙"
    cartoon = by_caption["公园里的长椅"][1]
    assert cartoon.media_type == "image/png"  # a drawing of few colours stays sharp
    photo = by_caption["3月9日清晨，施工人员在大桥合龙段作业。"][1]
    assert photo.media_type == "image/jpeg" and (photo.width, photo.height) == (900, 600)


def test_credits_under_captions_are_credits_and_the_lead_is_read_from_its_headline(made):
    lead = made.articles[0]
    assert lead.headline == "城东新区首座跨江大桥合龙"
    assert lead.photo_credits == ("本报记者 陈立新 摄",)
    assert lead.paragraphs[0].startswith("本报讯经过两年多的连续施工")  # its first column, though the headline
    # is centred over the columns and its type does not reach over the first


# --- the EPUB ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def books(tmp_path_factory):
    out = tmp_path_factory.mktemp("books")
    for theme in ("default", "e-ink"):
        r = run("epub", MADE, "-o", out / f"{theme}.epub", "--theme", theme)
        assert r.returncode == 0, r.stderr
    return out


def test_books_with_pictures_pass_epubcheck_and_ace(books):
    for name in ("default.epub", "e-ink.epub"):
        report = epubcheck(books / name)
        assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), str(report)
        assert ace(books / name).violations == 0


def test_every_picture_is_in_the_book_with_alt_text_and_the_front_page_is_the_cover(books):
    from PIL import Image

    z = zipfile.ZipFile(books / "default.epub")
    images = [n for n in z.namelist() if n.startswith("EPUB/images/")]
    assert len(images) == 3
    shown = []
    for name in z.namelist():
        if re.fullmatch(r"EPUB/a\d+\.xhtml", name):
            doc = etree.fromstring(z.read(name))
            for img in doc.iter("{http://www.w3.org/1999/xhtml}img"):
                assert img.get("alt").strip()
                shown.append("EPUB/" + img.get("src"))
    assert sorted(shown) == sorted(images)
    opf = z.read("EPUB/content.opf").decode()
    assert re.search(r'href="cover.jpg"[^>]*media-type="image/jpeg"[^>]*properties="cover-image"|'
                     r'properties="cover-image"[^>]*href="cover.jpg"', opf) or 'href="cover.jpg"' in opf
    cover = Image.open(io.BytesIO(z.read("EPUB/cover.jpg")))
    assert cover.height == 1400 and abs(cover.width / cover.height - 1000 / 1400) < 0.01  # the page, drawn
    grey = zipfile.ZipFile(books / "e-ink.epub")
    for name in grey.namelist():
        if name.startswith("EPUB/images/") or name == "EPUB/cover.jpg":
            assert Image.open(io.BytesIO(grey.read(name))).mode == "L", name


def test_the_book_is_byte_identical_when_made_again(books, tmp_path):
    r = run("epub", MADE, "-o", tmp_path / "again.epub")
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "again.epub").read_bytes() == (books / "default.epub").read_bytes()


def test_epubjs_shows_the_photo_whole_at_phone_and_ereader_size(books):
    from checkers import NODE_MODULES, reading_system
    from test_reading_systems import HERE, serving

    reading_system("epubjs")
    with serving({"/readers/": os.path.join(HERE, "readers"), "/node_modules/": NODE_MODULES,
                  "/books/": str(books)}) as url:
        for size, (width, height) in {"phone": (390, 844), "ereader": (1072, 1448)}.items():
            with chromium_page(width, height) as page:
                page.goto(url + "/readers/epubjs.html")
                page.evaluate("([u, w, h]) => Reader.open(u, w, h, 'epubjs')", [url + "/books/default.epub",
                                                                                  width, height])
                shown = None
                for _ in range(40):
                    found = page.evaluate("""() => {
                        const f = document.querySelector('#viewer iframe');
                        const img = f.contentDocument.querySelector('.photo img');  // epub.js serves a blob: URL
                        if (!img || !img.complete || !img.naturalWidth) return null;
                        const r = img.getBoundingClientRect(), fr = f.getBoundingClientRect();
                        return {w: r.width, h: r.height, left: r.left + fr.left, top: r.top + fr.top, alt: img.alt};
                    }""")
                    # on this screen, whole, within the text's margins (as wide as the text at most)
                    if found and 0 < found["left"] and found["left"] + found["w"] <= width - found["left"] + 1:
                        shown = found
                        break
                    page.evaluate("() => Reader.next()")
                assert shown, f"no picture shown whole at {size}"
                assert 0 <= shown["top"] and shown["top"] + shown["h"] <= height and shown["alt"]
                page.screenshot(path=os.path.join(SHOTS, f"epubjs-{size}.png"))


# --- the site ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    src = tmp_path_factory.mktemp("pages")
    (src / "demo-2026-03-10-p1.pdf").write_bytes(open(THEORY, "rb").read())
    (src / "demo-2026-03-10-p2.pdf").write_bytes(open(MADE, "rb").read())
    out = tmp_path_factory.mktemp("site")
    r = run("build", src, "-o", out, "--no-search")
    assert r.returncode == 0, r.stderr
    return out / "site", os.path.join(str(out / "site"), "demo", "2026", "03", "10")


def soup(path):
    with open(path, encoding="utf-8") as f:
        return BeautifulSoup(f.read(), "lxml")


def test_the_edition_page_lays_a_link_over_every_article_on_its_printed_page(site):
    _, folder = site
    doc = soup(os.path.join(folder, "index.html"))
    sheets = doc.select(".sheet")
    assert len(sheets) == 2
    articles = sorted(n for n in os.listdir(folder) if re.fullmatch(r"a\d+\.html", n))
    linked = {a.get("href") for a in doc.select(".sheet__region")}
    assert linked == set(articles)
    named = [a for a in doc.select(".sheet__region") if a.get("aria-label")]
    assert sorted(a.get("href") for a in named) == articles  # one link each in the tab order, named
    for img in doc.select(".sheet__image, .epaper__thumbs img"):
        assert os.path.isfile(os.path.join(folder, img.get("src")))


def test_article_pages_show_pictures_sized_lazy_and_with_a_phone_copy(site):
    _, folder = site
    pictures = 0
    for name in sorted(os.listdir(folder)):
        if not re.fullmatch(r"a\d+\.html", name):
            continue
        for img in soup(os.path.join(folder, name)).select(".photo img"):
            pictures += 1
            assert img.get("alt") and img.get("width") and img.get("height") and img.get("loading") == "lazy"
            assert os.path.isfile(os.path.join(folder, img.get("src")))
            for part in (img.get("srcset") or "").split(","):
                if part.strip():
                    assert os.path.isfile(os.path.join(folder, part.split()[0]))
    assert pictures == 4  # the graphic of the theory page and the three of the made one


def test_epaper_and_picture_pages_pass_nu_and_axe_at_phone_and_desktop(site):
    root, folder = site
    pages = [os.path.join(folder, "index.html")] + [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                                                    if re.fullmatch(r"a\d+\.html", n)][:3]
    report = nu_validate(pages)
    assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), str(report)
    for width, height, label in ((390, 844, "phone"), (1400, 1000, "desktop")):
        with chromium_page(width, height) as page:
            page.goto("file://" + os.path.join(folder, "index.html"))
            page.wait_for_load_state("load")
            result = axe(page)
            assert result.violations == 0, str(result)
            page.locator(".sheet__region[aria-label]").first.focus()
            page.locator(".sheet").first.screenshot(path=os.path.join(SHOTS, f"epaper-{label}.png"))
            page.goto("file://" + os.path.join(folder, "a001.html"))
            page.screenshot(path=os.path.join(SHOTS, f"article-{label}.png"))


def test_the_site_is_byte_identical_when_built_again(site, tmp_path):
    root, _ = site
    src = tmp_path / "pages"
    src.mkdir()
    (src / "demo-2026-03-10-p1.pdf").write_bytes(open(THEORY, "rb").read())
    (src / "demo-2026-03-10-p2.pdf").write_bytes(open(MADE, "rb").read())
    r = run("build", src, "-o", tmp_path / "out", "--no-search")
    assert r.returncode == 0, r.stderr
    again = tmp_path / "out" / "site"
    files = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs)
    assert files == sorted(os.path.relpath(os.path.join(d, f), again) for d, _, fs in os.walk(again) for f in fs)
    for rel in files:
        if rel.endswith((".webp", ".jpg", ".png", ".html")):
            assert (root / rel).read_bytes() == (again / rel).read_bytes(), rel


def body_text(lines: int) -> bytes:
    """Content-stream operators printing `lines` lines of 10 pt body text (font /F1) down the page's left side."""
    return b"".join(b"BT /F1 10 Tf 40 %d Td (Body text of the page, line %d.) Tj ET\n" % (760 - 14 * k, k)
                    for k in range(lines))


def one_page(ops: bytes, resources: bytes, *objects: bytes) -> bytes:
    """A 600 × 800 page drawing ops with these resources: objects 1-5 are the catalog, the page tree, the page, its
    content stream and Helvetica (/F1); `objects` are 6 0 R and on."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources << %s >> >>" % resources)
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"endstream",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", *objects])


@pytest.mark.parametrize("stream", [b"\xff\xd8 not a jpeg at all", b"\x00" * 10])
def test_a_damaged_picture_is_left_out_and_the_text_still_read(tmp_path, stream):
    ops = body_text(30) + b"q 300 0 0 200 250 300 cm /Im1 Do Q\n"
    data = one_page(ops, b"/Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >>",
                    b"<< /Type /XObject /Subtype /Image /Width 600 /Height 400 /ColorSpace /DeviceRGB "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % len(stream) + stream
                    + b"\nendstream")
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    r = run("epub", path, "-o", tmp_path / "page.epub")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    from PIL import Image

    names = zipfile.ZipFile(tmp_path / "page.epub").namelist()
    for name in names:
        if name.startswith("EPUB/images/"):  # drawn by PDFium (blank where it could not decode), never broken
            Image.open(io.BytesIO(zipfile.ZipFile(tmp_path / "page.epub").read(name))).load()
    assert "line 29" in "".join(zipfile.ZipFile(tmp_path / "page.epub").read(n).decode("utf-8", "replace")
                                for n in names if n.endswith(".xhtml"))


def test_a_picture_and_a_rule_inside_a_form_are_found_where_the_form_places_them(tmp_path):
    """Some PDFs wrap a placed photo (and the rules round it) in a form XObject: looked into, placed on the page by
    the form's matrix, the photo read back from inside the form."""
    text = body_text(20) + b"BT /F2 8 Tf 250 285 Td (A made caption under the photo.) Tj ET\n"
    pixels = bytes([200, 30, 30]) * (40 * 30)
    form = b"q 300 0 0 200 0 0 cm /Im1 Do Q\n0.5 w -10 -40 m 330 -40 l S\n"
    ops = text + b"q 1 0 0 1 250 300 cm /Fm1 Do Q\n"
    data = one_page(ops, b"/Font << /F1 5 0 R /F2 8 0 R >> /XObject << /Fm1 6 0 R >>",
                    b"<< /Type /XObject /Subtype /Form /BBox [-20 -50 320 210] /Resources << /XObject << /Im1 7 0 R "
                    b">> >> /Length %d >>\nstream\n" % len(form) + form + b"endstream",
                    b"<< /Type /XObject /Subtype /Image /Width 40 /Height 30 /ColorSpace /DeviceRGB "
                    b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
                    b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic >>")
    path = tmp_path / "page.pdf"
    path.write_bytes(data)
    from reader.parse.pdf import open_pdf, read_page

    page_read = read_page(open_pdf(str(path)), 0)
    [image] = page_read.images
    assert (image.x0, image.top, image.x1, image.bottom, len(image.within)) == (250, 300, 550, 500, 1)  # in a form
    assert [tuple(round(v) for v in r) for r in page_read.rules] == [(240, 540, 580, 540)]
    [article] = read_pdf(str(path)).edition.articles
    [picture] = article.pictures
    assert picture.media_type == "image/png" and picture.height == 30  # its pixels, drawn as printed: 3 wide to 2 high
    assert abs(picture.width / picture.height - 300 / 200) < 0.05
    assert picture.region.box == (250.0, 300.0, 550.0, 500.0)
    assert "A made caption under the photo." in article.captions


def test_a_rebuilt_edition_keeps_only_its_pictures_and_pages_and_a_gone_one_leaves_none(tmp_path):
    """Pictures are named by their bytes: a page changed, or taken away, leaves no picture or page image of the
    earlier build behind; when the edition goes, so do its images."""
    src, out = tmp_path / "pages", tmp_path / "out"
    src.mkdir()
    (src / "demo-2026-03-10-p1.pdf").write_bytes(open(THEORY, "rb").read())
    (src / "demo-2026-03-10-p2.pdf").write_bytes(open(MADE, "rb").read())
    assert run("build", src, "-o", out, "--no-search").returncode == 0
    folder = out / "site" / "demo" / "2026" / "03" / "10"
    before = set(os.listdir(folder / "images"))
    assert sorted(os.listdir(folder / "pages")) == ["p1-thumb.webp", "p1.webp", "p2-thumb.webp", "p2.webp"]
    os.remove(src / "demo-2026-03-10-p2.pdf")  # the made page with its photos, cartoon and logo: gone
    r = run("build", src, "-o", out, "--no-search")
    assert r.returncode == 0, r.stderr
    after = set(os.listdir(folder / "images"))
    assert after and after < before  # the theory page's graphic (and its phone copy) alone
    for name in after:
        assert name.split("-")[0].split(".")[0] in open(folder / "index.html", encoding="utf-8").read() + "".join(
            open(folder / n, encoding="utf-8").read() for n in os.listdir(folder) if n.endswith(".html"))
    assert sorted(os.listdir(folder / "pages")) == ["p1-thumb.webp", "p1.webp"]
    os.remove(src / "demo-2026-03-10-p1.pdf")
    (src / "other-2026-03-11.txt").write_text("标题\n\n正文一段。\n", encoding="utf-8")
    r = run("build", src, "-o", out, "--no-search")
    assert r.returncode == 0, r.stderr
    assert not os.path.exists(folder)  # the edition's pages, pictures and page images all gone


def test_an_image_a_column_is_set_round_is_a_picture_not_a_tint():
    """A block's box over an image is no text printed on it: only its lines count (a column set round a book's
    cover)."""
    cover = ImageBox(220, 300, 320, 440, 0)
    lines = [Line("字" * 10, 330 if 300 <= 290 + k * 15 <= 440 else 220, 290 + k * 15, 480, 290 + k * 15 + 10, 10.0,
                  "Song") for k in range(14)]
    column = PdfBlock(tuple(lines), 220, 290, 480, lines[-1].bottom, 10.0, "Song")
    assert 0 in verdicts([cover], [column])


def test_under_a_caption_only_type_no_larger_chains_on_a_crosshead_at_a_columns_top_is_no_caption():
    photo = ImageBox(220, 100, 560, 300, 0)
    caption = block(220, 303, 500, lines=1, size=9.0, face="Hei")
    crosshead = block(360, 318, 480, lines=1, size=10.0, face="HeiBold")  # a column's crosshead, body size
    found = {f.image.index: f for f in find_pictures(scene([photo], [caption, crosshead]), 10.0, "Song")}
    assert [b.top for b in found[0].captions] == [303]


def test_a_crosshead_in_the_column_beside_a_picture_its_text_running_on_past_it_is_no_caption():
    """A bold line level with a photo, in the next column, body text right over it and right under it: a crosshead
    of that column's story, no caption of the photo; alone there, it is."""
    photo = ImageBox(220, 260, 480, 440, 0)
    over, under = block(490, 270, 590, lines=2), block(490, 318, 590, lines=4)
    head = block(490, 304, 570, lines=1, face="Hei-Bold")
    [found] = find_pictures(scene([photo], [over, head, under]), 10.0, "Song")
    assert found.captions == ()
    [alone] = find_pictures(scene([photo], [head]), 10.0, "Song")
    assert alone.captions == (head,)


def test_display_type_under_a_picture_heads_an_item_and_what_it_heads_is_no_caption():
    """A product's or a brief's photo with its bold title set under it in display type, then the item's text: the
    title heads an item (a 新车速递 card), so neither it nor the text under it is the photo's caption."""
    photo = ImageBox(220, 100, 500, 280, 0)
    title = block(220, 286, 400, lines=1, size=14.0, face="Hei-Bold")  # display type right under the photo
    price = block(220, 304, 400, lines=1, size=9.0, face="Hei")
    text = block(220, 318, 500, lines=3, size=9.0, face="Hei")
    [found] = find_pictures(scene([photo], [title, price, text]), 10.0, "Song")
    assert found.captions == ()
    caption = block(220, 286, 500, lines=2, size=9.0, face="Hei")  # a caption in text type there is one
    [found] = find_pictures(scene([photo], [caption]), 10.0, "Song")
    assert found.captions == (caption,)


def test_a_bold_title_over_a_photos_caption_is_its_title_not_its_caption():
    """Photo news: under the picture, a few words in bold set larger (the photo's title), then the caption telling
    what happened in sentences: the title is no caption. A cartoon's bold line over nothing but its credit stays
    its caption."""
    from reader.parse.layout import page_chunks

    def lines_of(text, x0, top, x1, size, face):
        return PdfBlock((Line(text, x0, top, x1, top + size, size, face),), x0, top, x1, top + size, size, face)

    photo = ImageBox(220, 100, 480, 300, 0)
    title = lines_of("花开满园迎游客", 220, 306, 330, 11.0, "Hei-Bold")
    caption = lines_of("4月20日，游客在某市郊外的花田中拍照。当地花卉节日前开幕。", 220, 322, 480, 9.0, "Hei")
    credit = lines_of("新华社记者 某甲 摄", 380, 335, 480, 9.0, "Hei")
    body = [block(20, 100 + 170 * k, 200, lines=8) for k in range(4)]
    page = PdfPage(1, 600, 800, tuple(body) + (title, caption, credit), (), (photo,))
    by = {c.text: c.geometry.by_picture for c in page_chunks(page, 0, 1).chunks}
    assert by["花开满园迎游客"] is False and by["4月20日，游客在某市郊外的花田中拍照。当地花卉节日前开幕。"] is True
    cartoon = PdfPage(1, 600, 800, tuple(body) + (title, credit), (), (photo,))
    assert {c.text: c.geometry.by_picture for c in page_chunks(cartoon, 0, 1).chunks}["花开满园迎游客"] is True
