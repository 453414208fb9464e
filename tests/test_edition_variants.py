"""A two-page edition in all six variants, built once through the command line, as a library and a web host
see it: each book its own title, EPUBCheck and DAISY Ace clean, no sitemap of relative addresses, every
feed link leading to a page that exists."""
import os
import urllib.parse
import zipfile

import pytest
from checkers import ace, epubcheck
from lxml import etree

BOOKS = ["daily-2018-01-02" + suffix + ".epub" for suffix in
         ("", ".vertical", ".hant-tw", ".hant-tw.vertical", ".hant-hk", ".hant-hk.vertical")]
NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "atom": "http://www.w3.org/2005/Atom"}


def opf(path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("EPUB/content.opf"))


def test_six_books_six_titles(variant_edition):
    out, _ = variant_edition
    assert sorted(os.listdir(out / "epub")) == sorted(BOOKS)
    titles = {b: opf(out / "epub" / b).find(".//dc:title", NS).text for b in BOOKS}
    assert len(set(titles.values())) == len(BOOKS), titles
    assert "直排" in titles["daily-2018-01-02.hant-tw.vertical.epub"]
    assert "臺灣" in titles["daily-2018-01-02.hant-tw.vertical.epub"]


@pytest.mark.parametrize("book", BOOKS)
def test_every_book_passes_epubcheck(variant_edition, book):
    report = epubcheck(variant_edition[0] / "epub" / book)
    assert report.fatals == report.errors == report.warnings == 0, report


def test_the_paged_vertical_book_has_no_ace_violations(variant_edition):
    """Ace's one check that needs a page list (epub-pagesource) runs only on a book that has one."""
    path = variant_edition[0] / "epub" / "daily-2018-01-02.hant-tw.vertical.epub"
    with zipfile.ZipFile(path) as z:
        assert 'epub:type="page-list"' in z.read("EPUB/nav.xhtml").decode()
    report = ace(path)
    assert report.violations == 0, report


def test_no_sitemap_without_a_base_url_and_the_summary_says_so(variant_edition):
    out, printed = variant_edition
    assert not (out / "site" / "sitemap.xml").exists()
    assert "sitemap" in printed and "--base-url" in printed


def test_every_link_of_every_feed_resolves(variant_edition):
    site = variant_edition[0] / "site"
    feeds = sorted(p for p in site.rglob("feed.xml") if "pagefind" not in p.parts)
    assert [p.relative_to(site).as_posix() for p in feeds] == ["feed.xml", "hant-hk/feed.xml", "hant-tw/feed.xml"]
    for feed in feeds:
        address = "https://host.example/" + feed.relative_to(site).as_posix()  # where a host serves it
        links = [a.get("href") for a in etree.parse(str(feed)).iter("{%s}link" % NS["atom"])]
        assert len(links) > 2
        for href in links:
            target = urllib.parse.urlsplit(urllib.parse.urljoin(address, href))
            assert target.netloc == "host.example", (feed, href)
            path = site / target.path.lstrip("/")
            assert path.is_file() or (path / "index.html").is_file(), (feed, href)
