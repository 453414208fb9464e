"""Traditional editions on real sentences of the sample, expectations checked by hand against each variant's
conventions (Taiwan: 著 for the particle, 臺; Hong Kong: 着, 台; corner quotes 「」 for both; generic s2t keeps “”)."""
import os
import zipfile

import pytest
from conftest import ROOT
from lxml import etree

from reader.parse import parse_file, parse_text
from reader.publish import make_epub
from reader.render.epub import EpubOptions
from reader.transform.script import Converter, ScriptOptions, convert_edition, protected_names

SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")


@pytest.fixture(scope="module")
def sample():
    return parse_file(SAMPLE)


def paragraph_with(ed, needle):
    return next(p for a in ed.articles for p in a.paragraphs if needle in p)


def test_a_name_after_a_title_keeps_its_characters(sample):
    # OpenCC alone reads 胡望 as "beard": 董事長鬍望明. The parser's title+name convention protects it.
    for variant in ("hant-tw", "hant-hk", "hant"):
        text = paragraph_with(convert_edition(sample, ScriptOptions(variant)), "董事長")
        assert "董事長胡望明" in text and "鬍" not in text


def test_credited_names_are_protected(sample):
    assert {"张辛欣", "张晓洁", "胡德光", "孔博"} <= set(protected_names(sample))
    tw = convert_edition(sample, ScriptOptions("hant-tw"))
    assert tw.articles[0].authors == ("張辛欣", "張曉潔")  # converted character by character


@pytest.mark.parametrize("variant,expected", [
    ("hant-tw", "更推動著兩市協作幫扶不斷邁上新臺階"),  # Taiwan: 著 (particle), 臺
    ("hant-hk", "更推動着兩市協作幫扶不斷邁上新台階"),  # Hong Kong: 着, 台
    ("hant", "更推動着兩市協作幫扶不斷邁上新臺階"),  # OpenCC's generic standard
])
def test_variant_conventions(sample, variant, expected):
    assert expected in paragraph_with(convert_edition(sample, ScriptOptions(variant)), "兩市協作")


@pytest.mark.parametrize("variant,quoted", [
    ("hant-tw", "「一帶一路」"), ("hant-hk", "「一帶一路」"), ("hant", "“一帶一路”")])
def test_quote_marks(sample, variant, quoted):
    assert quoted in convert_edition(sample, ScriptOptions(variant)).articles[1].kicker


def test_quotes_can_be_kept(sample):
    kicker = convert_edition(sample, ScriptOptions("hant-tw", corner_quotes=False)).articles[1].kicker
    assert "“一帶一路”" in kicker


def test_official_names_kept_unless_phrases_are_asked_for(sample):
    plain = paragraph_with(convert_edition(sample, ScriptOptions("hant-tw")), "部長金壯龍")
    assert "工業和信息化部" in plain  # s2tw keeps the ministry's official name
    phrases = paragraph_with(convert_edition(sample, ScriptOptions("hant-tw-phrases")), "部長金壯龍")
    assert "工業和資訊化部" in phrases  # s2twp swaps vocabulary: only on request


def test_user_names_are_protected():
    ed = parse_text("标题\n\n本报讯 胡子明参加活动。\n", "x.txt")
    assert "鬍子明" in convert_edition(ed, ScriptOptions("hant-tw")).articles[0].paragraphs[0]  # OpenCC alone
    assert "胡子明" in convert_edition(ed, ScriptOptions("hant-tw", names=("胡子明",))).articles[0].paragraphs[0]


def test_unknown_variant():
    with pytest.raises(ValueError, match="unknown script"):
        Converter("hans-xx", [])


@pytest.mark.parametrize("variant,tag", [("hant-tw", "zh-Hant-TW"), ("hant-hk", "zh-Hant-HK"), ("hant", "zh-Hant")])
def test_epub_language_tags_and_words(sample, variant, tag):
    z = zipfile.ZipFile(__import__("io").BytesIO(make_epub(sample, EpubOptions(script=variant, cover=False))))
    opf = etree.fromstring(z.read("EPUB/content.opf"))
    assert opf.get("{http://www.w3.org/XML/1998/namespace}lang") == tag
    assert opf.findtext(".//{http://purl.org/dc/elements/1.1/}language") == tag
    html = etree.fromstring(z.read("EPUB/a001.xhtml"))
    assert html.get("lang") == tag
    assert "目錄" in z.read("EPUB/contents.xhtml").decode()
    spine = opf.find("{http://www.idpf.org/2007/opf}spine")
    assert spine.get("page-progression-direction") == "ltr"  # horizontal Traditional says so explicitly


def test_vertical_epub(sample):
    z = zipfile.ZipFile(__import__("io").BytesIO(make_epub(sample, EpubOptions(script="hant-tw", vertical=True,
                                                                                   cover=False))))
    opf = etree.fromstring(z.read("EPUB/content.opf"))
    assert opf.find("{http://www.idpf.org/2007/opf}spine").get("page-progression-direction") == "rtl"
    doc = z.read("EPUB/a003.xhtml").decode()
    assert 'class="reader vertical"' in doc
    assert '<span class="tcy">11</span>月<span class="tcy">28</span>日' in doc  # two-digit numbers upright


def test_a_traditional_dump_only_changes_its_regional_standard():
    ed = parse_file(os.path.join(ROOT, "tests", "fixtures", "big5-news.txt"))
    assert ed.language == "zh-Hant"
    hk = convert_edition(ed, ScriptOptions("hant-hk"))
    tw = convert_edition(ed, ScriptOptions("hant-tw"))
    assert hk.language == "zh-Hant-HK" and tw.language == "zh-Hant-TW"
    original = [p for a in ed.articles for p in a.paragraphs]
    for conv in (hk, tw):
        converted = [p for a in conv.articles for p in a.paragraphs]
        assert len(converted) == len(original)
        # the text stays Traditional: no character turns Simplified, lengths are kept
        assert all(len(a) == len(b) for a, b in zip(original, converted))
        assert "记" not in "".join(converted) and "報導" in "".join(converted)


def test_upright_digits_are_found_in_the_text_not_in_its_escapes():
    """&#34; (an escaped ") holds two digits: setting them upright would break the character reference."""
    from reader.render.themes import tate_chu_yoko

    assert str(tate_chu_yoko('他说"12月"&<b>', vertical=True)) == (
        '他说&#34;<span class="tcy">12</span>月&#34;&amp;&lt;b&gt;')
    assert str(tate_chu_yoko('"12"', vertical=False)) == "&#34;12&#34;"
