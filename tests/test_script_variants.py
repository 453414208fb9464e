"""Each Traditional variant on every field of an edition: the regional standards (臺/台, 裡/裏, 著/着, 說/説),
Taiwan vocabulary on request but never in names, surnames whose Taiwan and Hong Kong forms differ (卫 衛/衞,
温 溫/温), corner quotes, and dumps that are Traditional already (only the regional standard changes).

Written against issue 12's mutation run of transform/script.py: the survivors were fields and variants no
test looked at."""
from dataclasses import replace

import pytest

from reader.parse import parse_text
from reader.transform.script import ScriptOptions, convert_edition, convert_text

SIMPLIFIED = ("2024年12月3日 星期二 第2版 要闻\n\n软件园用上U盘\n\n"
              "本报讯（记者 卫东 温和）园区里的人说：“用‘U盘’拷贝软件。”\n\n记者 史软件 摄\n")
TRADITIONAL = "臺灣企業裏面着力發展\n\n（中央社記者王明台北15日電）臺灣企業裏面着力發展軟件，成績顯著。\n"


def texts(ed):
    return [b.text for a in ed.articles for b in a.blocks]


@pytest.fixture(scope="module")
def simplified():
    return replace(parse_text(SIMPLIFIED, "daily-2024-12-03.txt"), paper_name="软件日报")


@pytest.mark.parametrize("variant,tag,body,credit", [
    ("hant-tw", "zh-Hant-TW", "本報訊（記者 衛東 溫和）園區裡的人說：「用『U盤』拷貝軟件。」", "記者 史軟件 攝"),
    ("hant-hk", "zh-Hant-HK", "本報訊（記者 衞東 温和）園區裏的人説：「用『U盤』拷貝軟件。」", "記者 史軟件 攝"),
    ("hant", "zh-Hant", "本報訊（記者 衛東 溫和）園區裏的人說：“用‘U盤’拷貝軟件。”", "記者 史軟件 攝"),
    # Taiwan vocabulary rewrites the text (U盘 隨身碟 changes its length) but never a person's name
    ("hant-tw-phrases", "zh-Hant-TW", "本報訊（記者 衛東 溫和）園區裡的人說：「用『隨身碟』複製軟體。」", "記者 史軟件 攝"),
])
def test_every_variant_converts_every_field(simplified, variant, tag, body, credit):
    ed = convert_edition(simplified, ScriptOptions(variant))
    assert ed.language == tag
    art = ed.articles[0]
    assert body in texts(ed) and credit in texts(ed)
    assert art.dateline == body[:body.index("）") + 1]
    assert art.authors == (body[7:9], body[10:12], credit.split()[1])  # 衛東 溫和 (衞東 温和 in HK), 史軟件
    assert art.page == "2 要聞"
    assert [b.text for b in ed.furniture] == ["2024年12月3日 星期二 第2版 要聞"]
    assert ed.paper_name == ("軟體日報" if variant == "hant-tw-phrases" else "軟件日報")


def test_the_default_variant_is_taiwan(simplified):
    assert convert_edition(simplified, ScriptOptions()).language == "zh-Hant-TW"


def test_quotes_follow_the_variant_unless_asked(simplified):
    kept = convert_edition(simplified, ScriptOptions("hant-tw", corner_quotes=False))
    assert any("“用‘U盤’拷貝軟件。”" in t for t in texts(kept))
    cornered = convert_edition(simplified, ScriptOptions("hant", corner_quotes=True))
    assert any("「用『U盤』拷貝軟件。」" in t for t in texts(cornered))


@pytest.mark.parametrize("variant,want", [
    ("hant-tw", "臺灣企業裡面著力發展"),  # Taiwan's standard: 裡, 著
    ("hant-hk", "台灣企業裏面着力發展"),  # Hong Kong's: 台, 裏, 着
    ("hant", "臺灣企業裏面着力發展"),  # OpenCC's generic Traditional: 裏, 着
    ("hant-tw-phrases", "臺灣企業裡面著力發展"),
])
def test_a_traditional_dump_changes_only_its_regional_standard(variant, want):
    ed = parse_text(TRADITIONAL)
    assert ed.language == "zh-Hant"
    out = convert_edition(ed, ScriptOptions(variant))
    assert texts(out)[0] == want
    assert "軟件" in texts(out)[1]  # no Taiwan vocabulary from a Traditional source: only the standard changes


def test_an_unknown_variant_names_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown script 'hant-mo' \(one of: hant-tw, hant-hk, hant, "):
        convert_text("新闻", "hant-mo")


def test_invisible_characters_kept_out_of_every_article_are_not_converted():
    ed = parse_text("标题\u200b\n\n正文一段。\n")
    out = convert_edition(ed, ScriptOptions("hant-tw"))
    assert [b.text for b in out.furniture if b.rule == "invisible"] == ["\u200b"]
    assert texts(out) == ["標題", "正文一段。"]


@pytest.mark.parametrize("title", ["副局长", "教授", "总编辑", "代表"])  # the first and last titles of each kind
def test_a_name_after_any_title_keeps_its_surname(title):
    ed = parse_text(f"标题\n\n本报讯 昨日，{title}范军在会上说，要发挥作用。\n")  # OpenCC alone: 範軍 ("model")
    body = texts(convert_edition(ed, ScriptOptions("hant-tw")))[1]
    assert f"{convert_text(title, 'hant-tw')}范軍在會上說" in body, body


@pytest.mark.parametrize("variant", ["hant-tw", "hant-tw-phrases"])  # the second changes lengths (U盘 隨身碟)
def test_fields_an_article_lacks_stay_empty(variant):
    ed = parse_text("标题用上U盘\n\n正文用上U盘。\n")
    out = convert_edition(ed, ScriptOptions(variant))
    assert [(a.dateline, a.page, a.authors) for a in out.articles] == [(None, None, ())]
    assert out.paper_name is None


def test_titles_and_the_themes_words_keep_their_quote_marks():
    # a title or a word of the theme is set by the theme as it is: no corner quotes forced on it
    assert convert_text("“两会”特刊", "hant-tw") == "“兩會”特刊"
    from reader.transform.script import convert_words

    assert convert_words({"toc": "“目录”"}, "hant-hk") == {"toc": "“目錄”"}
