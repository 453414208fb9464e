"""The EPUB's structure read back from the archive: documents, navigation, metadata, escaping, reproducibility."""
import io
import os
import zipfile

import pytest
from conftest import FIXTURES, fixture_names
from lxml import etree

from reader.parse import parse_file, parse_text
from reader.publish import make_epub
from reader.render.epub import EpubOptions
from reader.transform.punctuation import restore

NS = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops",
      "opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "ncx": "http://www.daisy.org/z3986/2005/ncx/"}
SAMPLE = os.path.join(FIXTURES, "heze-2024-12-03.txt")


def book(ed, **kw):
    kw.setdefault("cover", False)  # the cover image is tested where a CJK font is known to be installed
    return zipfile.ZipFile(io.BytesIO(make_epub(ed, EpubOptions(**kw))))


def xml(z, name):
    return etree.fromstring(z.read(name))


@pytest.fixture(scope="module")
def sample():
    return parse_file(SAMPLE)


def test_same_input_gives_identical_bytes(sample):
    assert make_epub(sample, EpubOptions(cover=False)) == make_epub(parse_file(SAMPLE), EpubOptions(cover=False))


def test_one_document_per_article_in_reading_order(sample):
    z = book(sample)
    opf = xml(z, "EPUB/content.opf")
    spine = [i.get("idref") for i in opf.findall("opf:spine/opf:itemref", NS)]
    assert spine == ["contents"] + [f"a{i:03d}" for i in range(1, len(sample.articles) + 1)]
    for i, a in enumerate(sample.articles, 1):
        doc = xml(z, f"EPUB/a{i:03d}.xhtml")
        h1 = doc.find(".//x:h1", NS)
        assert (h1.text if h1 is not None else "") == restore(a.headline)  # widths restored for reading


def test_language_everywhere(sample):
    z = book(sample)
    opf = xml(z, "EPUB/content.opf")
    assert opf.find(".//dc:language", NS).text == "zh-Hans"
    for name in z.namelist():
        if name.endswith(".xhtml"):
            html = xml(z, name)
            assert html.get("lang") == "zh-Hans"
            assert html.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hans"
    assert xml(z, "EPUB/toc.ncx").get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hans"


def test_traditional_dump_is_tagged_zh_hant():
    z = book(parse_file(os.path.join(FIXTURES, "big5-news.txt")))
    assert xml(z, "EPUB/content.opf").find(".//dc:language", NS).text == "zh-Hant"
    assert "目錄" in z.read("EPUB/contents.xhtml").decode()


def test_identifier_is_stable_and_derived_from_paper_and_date(sample):
    a = xml(book(sample), "EPUB/content.opf").find(".//dc:identifier", NS).text
    other = parse_text("标题\n\n正文。\n", "heze-2024-12-04.txt")
    b = xml(book(other), "EPUB/content.opf").find(".//dc:identifier", NS).text
    assert a.startswith("urn:uuid:") and a != b
    assert a == xml(book(parse_file(SAMPLE)), "EPUB/content.opf").find(".//dc:identifier", NS).text


def test_metadata(sample):
    opf = xml(book(sample), "EPUB/content.opf")
    meta = opf.find("opf:metadata", NS)
    assert meta.find("dc:date", NS).text == "2024-12-03"
    assert meta.find("opf:meta[@property='dcterms:modified']", NS).text == "2024-12-03T00:00:00Z"
    props = {m.get("property") for m in meta.findall("opf:meta", NS)}
    for p in ("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
              "schema:accessibilityHazard", "schema:accessibilitySummary"):
        assert p in props
    assert "2024年12月3日" in meta.find("dc:title", NS).text


def test_every_variant_has_its_own_title_and_they_share_the_papers_series(sample):
    """In a library the six books of an edition must be told apart, and still group by paper."""
    variants = [dict(script=s, vertical=v) for s in (None, "hant-tw", "hant-hk", "hant") for v in (False, True)]
    titles, series = [], set()
    for kw in variants:
        meta = xml(book(sample, paper_name="菏泽日报", **kw), "EPUB/content.opf").find("opf:metadata", NS)
        title = meta.find("dc:title", NS).text
        titles.append(title)
        assert title.startswith(("菏泽日报 2024年12月3日", "菏澤日報 2024年12月3日"))
        assert ("直排" in title) == kw["vertical"]
        assert ("繁體" in title) == bool(kw["script"])
        if kw["script"] == "hant-tw":
            assert "臺灣" in title
        if kw["script"] == "hant-hk":
            assert "香港" in title
        collection = meta.find("opf:meta[@property='belongs-to-collection']", NS)
        refines = {m.get("property"): m.text for m in meta.findall(f"opf:meta[@refines='#{collection.get('id')}']", NS)}
        assert refines["collection-type"] == "series"
        series.add((collection.text, refines["group-position"]))
    assert len(set(titles)) == len(variants), titles
    assert titles[0] == "菏泽日报 2024年12月3日"  # the plain edition keeps the plain title
    # one series a script (the paper's name as that book spells it), every book at the edition's date
    assert series == {("菏泽日报", "20241203"), ("菏澤日報", "20241203")}


def test_page_list_declares_the_print_edition_as_its_source():
    """EPUB Accessibility 1.1: a book with a page list names the source of its page breaks."""
    ed = parse_text("第一版\n\n标题\n\n正文。\n", "daily-2024-12-04.txt")
    from dataclasses import replace

    ed = replace(ed, articles=tuple(replace(a, page="第1版") for a in ed.articles))
    z = book(ed)
    assert z.read("EPUB/nav.xhtml").decode().count('epub:type="page-list"') == 1
    meta = xml(z, "EPUB/content.opf").find("opf:metadata", NS)
    source = meta.find("dc:source", NS)
    assert source.text == "daily 2024年12月4日 印刷版"
    refine = meta.find(f"opf:meta[@refines='#{source.get('id')}']", NS)
    assert (refine.get("property"), refine.text) == ("source-of", "pagination")


def _nav_tree(ol):
    out = []
    for li in ol.findall("x:li", NS):
        a = li.find("x:a", NS)
        sub = li.find("x:ol", NS)
        out.append((a.text, a.get("href"), _nav_tree(sub) if sub is not None else []))
    return out


def _ncx_tree(parent):
    return [(p.find("ncx:navLabel/ncx:text", NS).text, p.find("ncx:content", NS).get("src"), _ncx_tree(p))
            for p in parent.findall("ncx:navPoint", NS)]


@pytest.mark.parametrize("name", ["heze-2024-12-03", "jump-lines"])
def test_nav_and_ncx_have_the_same_hierarchy(name):
    z = book(parse_file(os.path.join(FIXTURES, name + ".txt")))
    nav = xml(z, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='toc']/x:ol", NS)
    ncx = xml(z, "EPUB/toc.ncx").find("ncx:navMap", NS)
    assert _nav_tree(nav) == _ncx_tree(ncx)
    landmarks = xml(z, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='landmarks']", NS)
    assert landmarks is not None


def test_sections_by_page_when_the_dump_tells_the_page():
    z = book(parse_file(os.path.join(FIXTURES, "jump-lines.txt")))
    nav = _nav_tree(xml(z, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='toc']/x:ol", NS))
    edition = nav[0]
    assert [s[0] for s in edition[2]] == ["1 要闻", "3 综合"]
    pages = xml(z, "EPUB/nav.xhtml").find(".//x:nav[@epub:type='page-list']", NS)
    assert pages is not None and pages.get("role") == "doc-pagelist"


def test_article_page_semantics(sample):
    z = book(sample)
    second = xml(z, "EPUB/a002.xhtml")
    assert second.find(".//x:p[@class='kicker']", NS).text.endswith("强调")
    assert second.find(".//x:p[@class='subheadline']", NS).text == "蔡奇出席 丁薛祥主持"
    assert second.find(".//x:span[@class='dateline']", NS).text == "新华社北京12月2日电"
    photo = xml(z, "EPUB/a003.xhtml")
    assert photo.find(".//x:figure/x:figcaption/x:p[@class='photo-credit']", NS).text == "记者 孔博 摄"
    assert second.find(".//x:a[@rel='prev']", NS).get("href") == "a001.xhtml"
    assert second.find(".//x:a[@rel='next']", NS).get("href") == "a003.xhtml"
    # punctuation widths are restored in the rendering
    assert "，" in etree.tostring(second, encoding="unicode")


def test_hostile_text_is_escaped():
    ed = parse_text("<script>alert(1)</script> & \"quotes\" ]]>\n\n正文<b>粗</b>&amp;结束。\n", "x.txt")
    z = book(ed)
    for name in z.namelist():
        if name.endswith(".xhtml"):
            doc = xml(z, name)
            assert not doc.findall(".//x:script", NS) and not doc.findall(".//x:b", NS)
    text = z.read("EPUB/a001.xhtml").decode()
    assert "&lt;script&gt;" in text and "&amp;amp;" in text


@pytest.mark.parametrize("name", fixture_names())
def test_every_fixture_renders_well_formed(name):
    z = book(parse_file(os.path.join(FIXTURES, name + ".txt")))
    for n in z.namelist():
        if n.endswith((".xhtml", ".opf", ".ncx")):
            xml(z, n)


def test_e_ink_theme_layers_over_default(sample):
    css = book(sample, theme="e-ink").read("EPUB/style.css").decode()
    with open(os.path.join(os.path.dirname(FIXTURES), "..", "themes", "default", "epub.css"), encoding="utf-8") as f:
        base = f.read()
    with open(os.path.join(os.path.dirname(FIXTURES), "..", "themes", "e-ink", "epub.css"), encoding="utf-8") as f:
        eink = f.read()
    assert css.index(base) < css.index(eink)


def test_user_override_folder_comes_last(sample, tmp_path):
    (tmp_path / "epub.css").write_text("h1.headline { letter-spacing: 0.1em; }\n", encoding="utf-8")
    css = book(sample, theme_dir=str(tmp_path)).read("EPUB/style.css").decode()
    assert css.rstrip().endswith("h1.headline { letter-spacing: 0.1em; }")


def test_a_users_words_change_only_the_words_they_name(sample, tmp_path):
    (tmp_path / "words.toml").write_text('contents = "本期篇目"\n', encoding="utf-8")
    z = book(sample, theme_dir=str(tmp_path))
    contents = z.read("EPUB/contents.xhtml").decode()
    assert "<h1 id=\"contents-title\">本期篇目</h1>" in contents
    assert "上一篇" in z.read("EPUB/a002.xhtml").decode()  # a word the user's file does not name: the default's


def test_unknown_theme_is_a_one_line_error(sample):
    from reader.errors import ReaderError

    with pytest.raises(ReaderError, match="no such theme"):
        make_epub(sample, EpubOptions(theme="no-such-theme", cover=False))


def test_a_huge_article_is_split_into_documents_and_its_paragraph_into_pieces():
    """A dump with no breaks at all (one 'paragraph' of 300,000 characters): e-readers stall on documents of
    megabytes, so the article is split into several documents and the paragraph into pieces, losing nothing."""
    from reader.render.epub import MAX_DOCUMENT_CHARS
    from reader.render.story import MAX_PARAGRAPH

    sentence = "这是一句很长的正文，写的是一件事情。"
    body = sentence * (300_000 // len(sentence))
    ed = parse_text("长文标题\n\n" + body + "\n", "long.txt")
    z = book(ed)
    opf = xml(z, "EPUB/content.opf")
    spine = [i.get("idref") for i in opf.findall("opf:spine/opf:itemref", NS)]
    parts = len(body) // MAX_DOCUMENT_CHARS + 1
    assert spine == ["contents", "a001"] + [f"a001-{k}" for k in range(2, parts + 1)]
    texts, prev_links = [], []
    for k, idref in enumerate(spine[1:]):
        doc = xml(z, f"EPUB/{idref}.xhtml")
        paragraphs = doc.findall(".//x:div[@class='story__body']/x:p", NS)
        assert all(len(p.text) <= MAX_PARAGRAPH for p in paragraphs)
        assert all(p.text.endswith("。") for p in paragraphs[:-1])  # cut after sentences
        assert [p.get("class") for p in paragraphs[1 if k == 0 else 0:]] == ["cont"] * len(paragraphs[1 if k == 0 else 0:])
        texts += [p.text for p in paragraphs]
        h1 = doc.find(".//x:h1", NS)
        assert h1.text == "长文标题" and (h1.get("class") == "headline") == (k == 0)  # later parts: a hidden heading
        assert len(z.read(f"EPUB/{idref}.xhtml")) < 3 * (MAX_DOCUMENT_CHARS + MAX_PARAGRAPH) + 10_000
        prev_links.append(doc.find(".//x:a[@rel='prev']", NS))
    assert "".join(texts) == restore(body)  # nothing lost, nothing added
    assert [a.get("href") if a is not None else None for a in prev_links] == [None, "a001.xhtml"] + [
        f"a001-{k}.xhtml" for k in range(2, parts)]
    nav = xml(z, "EPUB/nav.xhtml")
    assert [a.get("href") for a in nav.findall(".//x:nav[@epub:type='toc']//x:a", NS)].count("a001.xhtml") == 1


def test_a_storys_lede_is_its_first_paragraph_not_a_photo_caption_set_before_it():
    from reader.model import Article, Block, Kind, Role
    from reader.render.story import lede
    blocks = (Block(Role.HEADLINE, "某某绿道全线贯通", ()), Block(Role.CAPTION, "市民在新开放的绿道上骑行。", ()),
              Block(Role.PARAGRAPH, "全长38公里的绿道于周二正式开放。", ()))
    assert lede(Article(Kind.ARTICLE, blocks)) == "全长38公里的绿道于周二正式开放。"
    photo = (Block(Role.HEADLINE, "春日花海", ()), Block(Role.CAPTION, "游客在花海中拍照。", ()))
    assert lede(Article(Kind.PHOTO, photo)) == "游客在花海中拍照。"  # a photo item's text is its caption
