"""Bytes in, text out: every encoding and line-end a dump comes in, and one-line errors for bad input."""
import codecs
import subprocess
import sys

import pytest

from reader.cli import main
from reader.errors import ReaderError
from reader.export import to_dict
from reader.parse import parse_bytes, parse_text
from reader.parse.decode import decode
from reader.parse.segment import clean
from reader.parse.styles import detect_style

SIMPLIFIED = "我国将探索建立专精特新赋能体系\n\n本报讯（记者 王五）今年以来，全市新增企业一千家。\n"
TRADITIONAL = "臺北市舉辦國際書展\n\n本報訊（記者 陳明）國際書展今日開幕，吸引許多讀者。\n"


@pytest.mark.parametrize("data,enc", [
    (SIMPLIFIED.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8"),
    (SIMPLIFIED.encode("gb18030"), "gb18030"),
    (TRADITIONAL.encode("big5"), "big5"),
    (SIMPLIFIED.encode("utf-16"), "utf-16"),  # with BOM
    (SIMPLIFIED.encode("utf-16-le"), "utf-16"),  # without BOM
    (SIMPLIFIED.encode("utf-16-be"), "utf-16"),
    (SIMPLIFIED.encode("utf-32"), "utf-32"),  # with BOM, little-endian: FF FE 00 00, which starts like UTF-16's
    (codecs.BOM_UTF32_BE + SIMPLIFIED.encode("utf-32-be"), "utf-32"),
])
def test_encodings_are_detected(data, enc):
    text = decode(data, "x.txt")
    assert text.encoding == enc and text.warnings == ()
    assert text.lstrip("\ufeff") in (SIMPLIFIED, TRADITIONAL)


JAPANESE = "市、子育て支援を拡充へ\n\n【地域】市は３日、来年度から始める子育て支援策の概要を発表した。\n"


@pytest.mark.parametrize("enc", ["shift_jis", "euc_jp", "utf-8"])
def test_japanese_is_read_as_japanese_and_said_so(enc):
    """GB18030 reads Shift-JIS and EUC-JP bytes too, as mojibake: Japanese is tried first, and tagged ja."""
    text = decode(JAPANESE.encode(enc), "j.txt")
    assert str(text) == JAPANESE and text.encoding == enc
    ed = parse_bytes(JAPANESE.encode(enc), "j.txt")
    assert ed.language == "ja"
    assert len(ed.warnings) == 1 and ed.warnings[0].startswith(f"j.txt: reads as Japanese ({enc}), not Chinese")


@pytest.mark.parametrize("enc", ["gb18030", "gb2312", "big5"])
def test_chinese_is_never_read_as_japanese(enc):
    """Chinese bytes misread as Shift-JIS or EUC-JP give kanji and half-width katakana, hardly any kana."""
    text = TRADITIONAL if enc == "big5" else SIMPLIFIED + "日文的“の”字。\n"  # a little kana is still Chinese
    ed = parse_bytes(text.encode(enc), "c.txt")
    assert ed.encoding == enc.replace("gb2312", "gb18030") and ed.language.startswith("zh") and ed.warnings == ()


def test_encoding_option_overrides_detection():
    data = SIMPLIFIED.encode("gb18030")
    assert decode(data, "x.txt", "gb18030") == SIMPLIFIED
    with pytest.raises(ReaderError, match="not valid utf-8"):
        decode(data, "x.txt", "utf-8")
    with pytest.raises(ReaderError, match="unknown encoding"):
        decode(data, "x.txt", "no-such-codec")


@pytest.mark.parametrize("data,problem", [
    (b"", "empty"),
    (b"  \n\r\n\t\f ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(0, 32)) * 20, "binary"),
])
def test_bad_input_is_refused_with_the_problem(data, problem):
    with pytest.raises(ReaderError, match=problem) as e:
        parse_bytes(data, "bad.txt")
    assert e.value.path == "bad.txt"


def test_line_ends_and_invisible_characters():
    text, removed = clean("甲\r\n乙\r丙\u2028丁\u200b戊\ufeff\u00a0己\x07")
    assert text == "甲\n乙\n丙\n丁戊 己 "
    assert removed == "\u200b\ufeff\x07"


def test_invisible_characters_are_kept_out_of_articles_but_not_lost():
    d = to_dict(parse_text("标题\n\n正文\u200b第一段。\x00\n", "x.txt"))
    assert d["articles"][0]["paragraphs"] == ["正文第一段。"]
    assert d["non_article"][-1] == "\u200b\x00"


def test_styles_are_recognised():
    block = "标题一\n\n第一段正文，写得很长很长。\n\n第二段正文。\n"
    indent = "标题\n" + "".join("\u3000\u3000" + "这是一段被硬换行的正文文字内容"
                                 "\n继续写下去的正文文字内容写满一整行\n最后一行。\n" for _ in range(3))
    wrapped = "\n".join(["这是一行被硬换行的正文文字内容写满"] * 6 + ["最后一行。"]) + "\n\f"
    assert detect_style(block) == "block"
    assert detect_style(indent) == "indent"
    assert detect_style(wrapped) == "pdftotext"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True)


@pytest.mark.parametrize("content,problem", [
    (b"", "empty input"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
])
def test_cli_bad_input_is_one_line_and_status_2(tmp_path, content, problem):
    path = tmp_path / "dump.txt"
    path.write_bytes(content)
    r = run_cli("parse", str(path))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and problem in lines[0].lower()
    assert "Traceback" not in r.stderr


def test_cli_missing_file_and_folder(tmp_path):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    assert main(["parse", str(tmp_path)]) == 2
    r = run_cli("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_cli_wrong_encoding_names_the_file(tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes(SIMPLIFIED.encode("gb18030"))
    r = run_cli("parse", str(path), "--encoding", "big5")
    assert r.returncode == 2 and "gb.txt" in r.stderr and "big5" in r.stderr


def test_help_explains_every_command():
    r = run_cli("--help")
    assert r.returncode == 0
    for cmd in ("parse", "inspect", "build"):
        assert cmd in r.stdout
        sub = run_cli(cmd, "--help")
        assert sub.returncode == 0 and "usage: reader " + cmd in sub.stdout
