"""Cover images and subset fonts, with real fonts: glyphs drawn (no tofu), clreq line breaks, same bytes every run."""
import hashlib
import io
import os
import struct
import subprocess
import sys

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFont
from fontTools.ttLib import TTFont

from reader.errors import ReaderError
from reader.render import cover, cover_lines, fonts
from reader.render.cover import NO_FONT, check_draws_chinese, chinese_date, find_cjk_font, glyph_bitmap, make_cover
from reader.render.cover_lines import NO_LINE_END, NO_LINE_START, break_lines, clip_lines, headline_lines
from reader.render.fonts import FIXED_HEAD_TIMESTAMP, subset_font

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")
PAPER = "菏泽日报"
DATE = "2024-12-03"
HEADLINES = ["我国将探索建立专精特新赋能体系",
             "坚定战略自信 勇于担当作为 全面推动共建“一带一路”高质量发展",
             "按下生产“快进键”",
             "志合越山海 聚力共前行",
             "张伦与诚迈科技（南京）股份有限公司客人座谈"]
SUBSET_AT_MOST = 0.1  # of the font file: a newspaper page uses ~900 of a CJK font's 20,000+ characters


def in_ci() -> bool:
    """CI=true: a machine without a CJK font must fail these tests, not skip them."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="module")
def cjk_font() -> str:
    try:
        return find_cjk_font()
    except ReaderError as e:
        message = f"{e} (the cover and font tests need one: apt-get install fonts-wqy-microhei)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message + "; under CI=true this fails")


@pytest.fixture(scope="module")
def sample_text() -> str:
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="module")
def sample_subset(cjk_font, sample_text):
    return subset_font(cjk_font, sample_text)


@pytest.fixture(scope="module")
def sample_cover(cjk_font) -> bytes:
    return make_cover(PAPER, DATE, HEADLINES, font_path=cjk_font)


def han(text: str) -> set[str]:
    return {c for c in text if "\u3400" <= c <= "\u9fff" or "\U00020000" <= c <= "\U0003134f"}


def units(text: str) -> float:
    """A measure for line-breaking tests without a font: every character one unit wide."""
    return len(text)


def png_chunks(data: bytes) -> list[bytes]:
    chunks, i = [], 8
    while i < len(data):
        (length,) = struct.unpack(">I", data[i:i + 4])
        chunks.append(data[i + 4:i + 8])
        i += 12 + length
    return chunks


def run_elsewhere(code: str) -> str:
    """The stdout of `code` in a fresh interpreter with another hash seed: what a second build would print."""
    env = dict(os.environ, PYTHONHASHSEED="12345")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout.strip()


# --- finding a font -----------------------------------------------------------------------------

def test_found_font_is_an_outline_file_and_always_the_same(cjk_font):
    assert os.path.isfile(cjk_font)
    assert cjk_font.lower().endswith((".ttf", ".otf", ".ttc", ".otc"))
    assert find_cjk_font() == cjk_font


def test_found_font_draws_simplified_and_traditional(cjk_font):
    cmap = TTFont(cjk_font, fontNumber=0).getBestCmap()
    assert all(ord(c) in cmap for c in "报国发体术这" + "報國發體術這")


def test_fontconfig_asked_early_gives_the_same_font(cjk_font):
    """reader epub starts fc-list before parsing; the cover takes its answer."""
    cover._find_cjk_font.cache_clear()
    cover.start_finding_font()
    assert cover._asked, "fc-list not started"
    assert find_cjk_font() == cjk_font and not cover._asked


def test_no_cjk_font_is_a_loud_error(tmp_path, monkeypatch):
    """A fresh machine: fontconfig knows no font at all."""
    (tmp_path / "fonts").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"<fontconfig><dir>{tmp_path / 'fonts'}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    with pytest.raises(ReaderError) as e:
        find_cjk_font()
    assert (e.value.path, e.value.problem) == ("fontconfig", NO_FONT)
    with pytest.raises(ReaderError, match="no CJK font found"):
        make_cover(PAPER, DATE, HEADLINES)


def test_no_fontconfig_is_a_loud_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ReaderError, match="fc-list not found"):
        find_cjk_font()


@pytest.mark.parametrize("style,rank", [("Regular", 0), ("Book", 1), ("Medium,中等", 3), ("Bold", 4), ("Light", 4)])
def test_text_weights_are_preferred(style, rank):
    assert cover._preference(style, "/f.ttc") == (0, rank, "/f.ttc")


@pytest.mark.parametrize("family,foreign", [("Noto Sans CJK JP", 1), ("Noto Sans CJK KR", 1),
                                            ("WenQuanYi Micro Hei", 0), ("Noto Sans CJK SC", 0)])
def test_a_collections_japanese_or_korean_first_face_comes_last(family, foreign):
    assert cover._preference("Regular", "/f.ttc", family)[0] == foreign


# --- dates and line breaks ---------------------------------------------------------------------

@pytest.mark.parametrize("given,shown", [
    ("2024-12-03", "2024年12月3日 星期二"),
    ("2024-02-29", "2024年2月29日 星期四"),
    ("2025-01-05", "2025年1月5日 星期日"),
    ("2024-13-45", "2024-13-45"),  # not a date: shown as given
    ("12月3日", "12月3日"),
])
def test_date_in_chinese_style(given, shown):
    assert chinese_date(given) == shown


@pytest.mark.parametrize("text,width,lines", [
    ("我国将探索建立专精特新赋能体系", 8, ["我国将探索建立专", "精特新赋能体系"]),
    ("一二三四五，六七", 5, ["一二三四", "五，六七"]),  # ， never starts a line: 五 goes down with it
    ("一二三（四五", 4, ["一二三", "（四五"]),  # （ never ends a line
    ("他说：“好。”我们走", 4, ["他说：", "“好。”", "我们走"]),
    ("共有COVID-19病例", 8, ["共有", "COVID-19", "病例"]),  # a Latin word stays whole …
    ("ABCDEFGHIJ", 4, ["ABCD", "EFGH", "IJ"]),  # … unless it is wider than the line
    ("一二——三四", 3, ["一", "二——", "三四"]),  # a dash is never split nor starts a line
    ("一二……三四", 3, ["一", "二……", "三四"]),
    ("他说 “好” ，走", 4, ["他说", "“好”，", "走"]),  # spaces inside brackets or before commas go
])
def test_break_lines(text, width, lines):
    assert break_lines(text, width, units) == lines


ALPHABET = "我国报新体系一带路" + NO_LINE_START[:12] + NO_LINE_END[:6] + " "


@given(text=st.text(alphabet=ALPHABET, min_size=1, max_size=80), width=st.integers(4, 20))
def test_break_lines_loses_nothing_and_keeps_clreq(text, width):
    lines = break_lines(text, width, units)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assume(all(len(atom) <= width for atom in cover_lines._atoms(text)))
    for n, line in enumerate(lines):
        assert units(line) <= width
        assert line == line.strip()
        if n > 0:
            assert line[0] not in NO_LINE_START, lines
        if n < len(lines) - 1:
            assert line[-1] not in NO_LINE_END, lines


def test_headline_breaks_at_its_spaces_when_that_fits():
    assert headline_lines(HEADLINES[1], 18, 2, units) == ["坚定战略自信 勇于担当作为", "全面推动共建“一带一路”高质量发展"]


def test_headline_lines_are_balanced():
    """No lone last character: 15 characters on a 13-wide line make 7 + 8, not 13 + 2 (nor 8 + 7: 专/精特新)."""
    assert headline_lines(HEADLINES[0], 13, 3, units) == ["我国将探索建立", "专精特新赋能体系"]


@pytest.mark.parametrize("text,width,lines", [
    ("我国将探索建立专精特新赋能体系", 11, ["我国将探索建立", "专精特新赋能体系"]),  # between words, not 专/精特新
    ("市少儿合唱团获全国比赛金奖", 11, ["市少儿合唱团", "获全国比赛金奖"]),  # not 合唱团获/全国
    ("老城区首座立体停车库投用", 11, ["老城区首座", "立体停车库投用"]),  # not 首座立/体
    ("全市工业经济实现“开门红”", 11, ["全市工业经济实现", "“开门红”"]),  # before an opening quote
    ("新时代：发展新方位奋进新目标", 11, ["新时代：", "发展新方位奋进新目标"]),  # after punctuation
    ("全市开展专项检查工作，严", 11, ["全市开展专项", "检查工作，严"]),  # … unless one character is left
    ("全省快递进村覆盖率达98.7%", 11, ["全省快递进村", "覆盖率达98.7%"]),  # a number stays whole
    ("青榕灣隧道4月起分時段收費", 11, ["青榕灣隧道", "4月起分時段收費"]),  # and with what it counts
    ("長者健檢站週末增設夜間門診", 11, ["長者健檢站週末", "增設夜間門診"]),  # Traditional: looked up as 周末
    ("—— 2017 年中国经济亮点回眸", 11, ["—— 2017 年", "中国经济亮点回眸"]),  # a space by a number parts nothing
    ("社区食堂开进老街 老人吃饭有了“好去处”", 11, ["社区食堂开进老街", "老人吃饭有了“好去处”"]),  # at the space
    ("积极开展资产收益扶贫探索贫困人口持续稳定增收的路径", 11,
     ["积极开展资产收益", "扶贫探索贫困人口", "持续稳定增收的路径"]),
    ("推动共建“一带一路”高质量发展", 9, ["推动共建", "“一带一路”", "高质量发展"]),  # a line more, the term whole
])
def test_headline_lines_break_between_phrases_and_words(text, width, lines):
    assert headline_lines(text, width, 3, units) == lines


def test_a_headline_cut_short_fills_its_lines_and_breaks_between_words():
    text = "习近平在第四次“一带一路”建设工作座谈会上强调，坚定战略自信，勇于担当作为"
    assert headline_lines(text, 17, 2, units) == ["习近平在第四次“一带一路”", "建设工作座谈会上强调，坚定战略……"]
    assert headline_lines(text, 11, 3, units) == ["习近平在第四次", "“一带一路”建设工作", "座谈会上强调，坚定……"]


@settings(deadline=None)  # the first example loads the word list and OpenCC
@given(text=st.text(alphabet="我国报新体系一带路建设工作会议市区3A“”，。 ", min_size=1, max_size=60),
       width=st.integers(4, 20), max_lines=st.integers(1, 3))
def test_headline_lines_lose_nothing_fit_and_keep_clreq(text, width, max_lines):
    assume(text.strip() and all(len(atom) <= width for atom in cover_lines._atoms(text)))
    lines = headline_lines(text, width, max_lines, units)
    assert 1 <= len(lines) <= max_lines and all(units(line) <= width for line in lines)
    shown = "".join(lines).replace(" ", "")
    whole = "".join(text.split())
    if shown.endswith("……") and not whole.endswith("……"):
        assert whole.startswith(shown[:-2].rstrip(cover_lines.NOT_BEFORE_ELLIPSIS))  # cut short, at an ellipsis
    else:
        assert shown == whole
    for n, line in enumerate(lines):
        if n > 0:
            assert line[0] not in NO_LINE_START, lines
        if n < len(lines) - 1:
            assert line[-1] not in NO_LINE_END, lines


def test_headlines_of_every_length_fit_the_cover(cjk_font):
    """1 to 60 characters, with the cover's own font and measure: within the lines allowed and the width."""
    font = ImageFont.truetype(cjk_font, round(1200 * cover.LEAD_SIZE), index=0,
                              layout_engine=ImageFont.Layout.BASIC)
    measure = 1200 - 2 * round(1200 * cover.MARGIN)
    sentence = "全省秋粮收获基本完成，平均单产有望提高3.5%，农业农村部门组织专家深入田间地头开展技术指导服务，确保颗粒归仓。"
    for n in range(1, len(sentence) + 1):
        lines = headline_lines(sentence[:n], measure, cover.LEAD_MAX_LINES, font.getlength)
        assert 1 <= len(lines) <= cover.LEAD_MAX_LINES and all(font.getlength(ln) <= measure for ln in lines), n
        assert len(lines) == 1 or min(len(ln) for ln in lines) > cover_lines.SHORT_LINE, (n, lines)


def test_long_headline_ends_in_an_ellipsis_that_fits():
    lines = headline_lines("习近平在第四次“一带一路”建设工作座谈会上强调，坚定战略自信，勇于担当作为", 8, 2, units)
    assert len(lines) == 2
    assert lines[-1].endswith("……") and not lines[-1].endswith("，……")
    assert all(units(line) <= 8 for line in lines)


def test_short_headline_is_not_clipped():
    assert clip_lines(["一二三"], 2, 10, units) == ["一二三"]


# --- the cover ----------------------------------------------------------------------------------

def test_cover_is_a_png_of_the_asked_size(sample_cover):
    image = Image.open(io.BytesIO(sample_cover))
    assert image.format == "PNG" and image.size == (1200, 1600)


def test_cover_bytes_repeat_in_this_and_another_process(cjk_font, sample_cover):
    assert make_cover(PAPER, DATE, HEADLINES, font_path=cjk_font) == sample_cover
    elsewhere = run_elsewhere(
        "import hashlib; from reader.render.cover import make_cover; "
        f"print(hashlib.sha256(make_cover({PAPER!r}, {DATE!r}, {HEADLINES!r}, font_path={cjk_font!r})).hexdigest())")
    assert elsewhere == hashlib.sha256(sample_cover).hexdigest()


def test_the_same_cover_is_drawn_once_a_process(cjk_font):
    """A vertical EPUB, or a second build of the same edition, has its twin's cover: drawn once."""
    cover._cover.cache_clear()
    first = make_cover(PAPER, DATE, HEADLINES + ["  "], font_path=cjk_font)
    again = make_cover(f" {PAPER} ", DATE, [f"{h} " for h in HEADLINES], font_path=cjk_font)
    assert again is first and cover._cover.cache_info().misses == 1
    assert make_cover(PAPER, None, HEADLINES, font_path=cjk_font) != first


def test_cover_carries_no_metadata_chunks(sample_cover):
    """No tIME, tEXt or iTXt: nothing that changes from run to run (PLTE: its 256 colours)."""
    assert set(png_chunks(sample_cover)) == {b"IHDR", b"PLTE", b"IDAT", b"IEND"}


def test_cover_draws_masthead_and_headlines(sample_cover):
    image = Image.open(io.BytesIO(sample_cover)).convert("RGB")
    masthead = image.crop((0, 0, 1200, 400))
    headlines = image.crop((0, 600, 1200, 1450))
    assert len(headlines.getcolors(maxcolors=1 << 16)) > 2, "the headline area is blank"
    assert (0xB3, 0x12, 0x1E) in {rgb for _, rgb in masthead.getcolors(maxcolors=1 << 16)}, "no red masthead"
    dark = sum(n for n, rgb in headlines.getcolors(maxcolors=1 << 16) if sum(rgb) < 200)
    assert dark > 0.02 * headlines.width * headlines.height, "headlines drawn too faint or not at all"


def test_different_headlines_make_different_covers(cjk_font, sample_cover):
    """Real glyphs: if the font drew tofu boxes, two same-length headlines would look the same."""
    other = make_cover(PAPER, DATE, ["国报新体系一带路赋能建立专精特", *HEADLINES[1:]], font_path=cjk_font)
    area = (0, 600, 1200, 900)
    assert Image.open(io.BytesIO(other)).crop(area).tobytes() != Image.open(io.BytesIO(sample_cover)).crop(area).tobytes()


def test_font_draws_distinct_cjk_glyphs(cjk_font):
    font = ImageFont.truetype(cjk_font, 48, index=0)
    bitmaps = [glyph_bitmap(font, c) for c in "报国體"]
    assert len(set(bitmaps)) == 3
    assert all(any(b) for b in bitmaps), "a glyph drew no ink"


def test_cover_without_date_or_headlines_still_has_its_masthead(cjk_font):
    image = Image.open(io.BytesIO(make_cover(PAPER, None, [], font_path=cjk_font, size=(600, 800))))
    assert image.size == (600, 800)
    assert len(image.crop((0, 0, 600, 200)).getcolors(maxcolors=1 << 16)) > 2


def test_long_paper_name_and_latin_name_fit(cjk_font):
    for paper in ("黑龙江省哈尔滨市某某区人民政府新闻晚报", "South China Morning Post"):
        image = Image.open(io.BytesIO(make_cover(paper, DATE, HEADLINES, font_path=cjk_font))).convert("L")
        margin = round(1200 * cover.MARGIN) - 4
        edges = image.crop((0, 0, margin, 1600)), image.crop((1200 - margin, 0, 1200, 1600))
        assert all(edge.getextrema() == (255, 255) for edge in edges), f"{paper} runs into the margin"


def test_paper_name_is_required(cjk_font):
    with pytest.raises(ValueError):
        make_cover("  ", DATE, HEADLINES, font_path=cjk_font)


def test_font_without_chinese_is_refused(latin_font):
    with pytest.raises(ReaderError, match="draws no Chinese"):
        check_draws_chinese(latin_font)
    with pytest.raises(ReaderError, match="draws no Chinese"):
        make_cover(PAPER, DATE, HEADLINES, font_path=latin_font)


# --- the subset font ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def latin_font(cjk_font, tmp_path_factory) -> str:
    """A font with Latin letters and punctuation but no Chinese characters, cut from the CJK font."""
    path = tmp_path_factory.mktemp("fonts") / "latin.ttf"
    path.write_bytes(subset_font(cjk_font, "Latin only").data)
    return str(path)


def test_subset_is_small_and_draws_every_character_of_the_sample(cjk_font, sample_text, sample_subset):
    assert len(sample_subset.data) < SUBSET_AT_MOST * os.path.getsize(cjk_font)
    cmap = TTFont(io.BytesIO(sample_subset.data)).getBestCmap()
    lacking = sorted(c for c in han(sample_text) if ord(c) not in cmap)
    assert not lacking, f"the subset lacks {''.join(lacking)}"
    source = TTFont(cjk_font, fontNumber=0).getBestCmap()
    assert all(ord(c) in cmap for c in fonts.ALWAYS_KEPT if ord(c) in source)
    assert sample_subset.missing == ""


def test_subset_glyphs_are_drawn(sample_subset):
    font = ImageFont.truetype(io.BytesIO(sample_subset.data), 48)
    bitmaps = [glyph_bitmap(font, c) for c in "菏泽日报"]
    assert len(set(bitmaps)) == 4 and all(any(b) for b in bitmaps)


def test_subset_of_a_truetype_font_is_font_ttf_and_unpacks(cjk_font, sample_subset):
    data, media_type = sample_subset
    assert data == sample_subset.data
    assert media_type == "font/ttf" and "glyf" in TTFont(io.BytesIO(data))


def test_subset_of_a_collection_is_its_first_font(cjk_font, sample_subset):
    assert sample_subset.name == TTFont(cjk_font, fontNumber=0)["name"].getBestFamilyName()


def test_subset_drops_hinting(sample_subset):
    font = TTFont(io.BytesIO(sample_subset.data))
    assert not {"fpgm", "prep", "cvt "} & set(font.keys())


def test_subset_bytes_repeat_in_this_and_another_process(cjk_font, sample_text, sample_subset):
    head = TTFont(io.BytesIO(sample_subset.data))["head"]
    assert head.created == head.modified == FIXED_HEAD_TIMESTAMP
    assert subset_font(cjk_font, sample_text).data == sample_subset.data
    elsewhere = run_elsewhere(
        "import hashlib; from reader.render.fonts import subset_font; "
        f"text = open({SAMPLE!r}, encoding='utf-8').read(); "
        f"print(hashlib.sha256(subset_font({cjk_font!r}, text).data).hexdigest())")
    assert elsewhere == hashlib.sha256(sample_subset.data).hexdigest()


def test_subset_summary(sample_subset):
    summary = sample_subset.summary()
    assert summary.startswith(f"embedded {sample_subset.name} subset: {sample_subset.glyphs} glyphs, ")
    assert summary.endswith(" KB")


def test_a_few_missing_characters_are_reported_not_fatal(cjk_font):
    rare = "\U0002A6A5"  # CJK Extension B: few fonts have it
    made = subset_font(cjk_font, "菏泽日报" * 10 + rare)
    assert made.missing in ("", rare)


@pytest.mark.parametrize("kept", [0.1, 0.5, 0.9])
def test_a_font_cut_short_is_one_error_naming_it(cjk_font, sample_text, tmp_path, kept):
    """Tables are read as the subsetter asks for them: one cut off is found then, and said like any other.
    (Faces of a collection after the first are never read: cut there, the font serves.)"""
    with TTFont(cjk_font, fontNumber=0, lazy=True) as font:  # where its first face ends (a collection has more)
        end = max(entry.offset + entry.length for entry in font.reader.tables.values())
    data = open(cjk_font, "rb").read()
    path = tmp_path / "cut.ttf"
    path.write_bytes(data[:int(end * kept)])
    with pytest.raises(ReaderError) as e:
        subset_font(str(path), sample_text)
    assert e.value.path == str(path) and "font" in str(e.value)


def test_latin_font_for_chinese_text_is_refused(latin_font, sample_text):
    with pytest.raises(ReaderError) as e:
        subset_font(latin_font, sample_text)
    assert e.value.path == latin_font
    needed = {c for c in sample_text if c.isprintable() and not c.isspace()}
    cmap = TTFont(latin_font).getBestCmap()
    lacking = [c for c in needed if ord(c) not in cmap]
    assert f"lacks {len(lacking)} of the {len(needed)} characters of the text" in e.value.problem


@pytest.mark.parametrize("content", [None, b"", b"not a font at all"])
def test_missing_or_unreadable_font_is_a_reader_error(tmp_path, content):
    path = tmp_path / "font.ttf"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ReaderError) as e:
        subset_font(str(path), "菏泽日报")
    assert e.value.path == str(path)
    assert e.value.problem.startswith("font file not found" if content is None else "not a font file that can be read")


def test_subset_of_a_cff_font_is_font_otf(tmp_path):
    path = tmp_path / "tiny.otf"
    _tiny_cff_font(str(path), "菏泽日报")
    made = subset_font(str(path), "菏泽日报")
    assert made.media_type == "font/otf"
    assert "CFF " in TTFont(io.BytesIO(made.data))


def _tiny_cff_font(path: str, chars: str) -> None:
    """An OpenType font with CFF outlines: one square per character."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    names = [".notdef"] + [f"uni{ord(c):04X}" for c in chars]
    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"uni{ord(c):04X}" for c in chars})
    charstrings = {}
    for n, name in enumerate(names):
        pen = T2CharStringPen(1000, None)
        pen.moveTo((100, 100 + n))
        pen.lineTo((900, 100))
        pen.lineTo((900, 900))
        pen.lineTo((100, 900))
        pen.closePath()
        charstrings[name] = pen.getCharString()
    builder.setupCFF("Tiny", {"FullName": "Tiny"}, charstrings, {})
    builder.setupHorizontalMetrics({name: (1000, 100) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable({"familyName": "Tiny", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    builder.save(path)
