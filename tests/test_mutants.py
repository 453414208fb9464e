"""Tests written to kill plausible one-line breaks that the rest of the suite let live (issue 12's mutation
spot-check): datelines in every numeral, the 据…消息 lead-in, two-character names after a title, atomic
writes (rename, mode, no temporary left), and block dumps joining their lines by the wrap rules."""
import os
import stat

import pytest

from reader import fsutil
from reader.parse import parse_text
from reader.transform.script import ScriptOptions, convert_edition

HEADLINE = "全市冬季供暖工作全面启动"
BODY = "今年供暖季比往年提前五天，全市供热管网运行平稳，居民室温普遍达标，有关部门将持续做好保障工作。"


def article(lead_in: str):
    """The one article of a dump: a headline, then a paragraph opening with LEAD_IN."""
    ed = parse_text(f"{HEADLINE}\n\n{lead_in}{BODY}\n")
    assert len(ed.articles) == 1, ed.articles
    return ed.articles[0]


@pytest.mark.parametrize("lead_in", [
    "新华社北京12月2日电 ",  # ASCII digits
    "新华社北京十二月二日电 ",  # Chinese numerals
    "新华社北京１２月２日电 ",  # full-width digits
    "本报济南十一月三十日讯 ",
    "本报１２月３日讯（记者 李明）",
    "据新华社电 ",  # the agency without date or place
    "据新华社12月2日消息 ",
    "据《大众日报》消息 ",
    "据中新网十二月二日报道 ",
])
def test_every_form_of_lead_in_is_the_dateline(lead_in):
    assert article(lead_in).dateline == lead_in.strip()


@pytest.mark.parametrize("name", ["胡杰", "胡望明"])  # a two- and a three-character name
def test_a_name_after_a_title_keeps_its_surname(name):
    ed = parse_text(f"{HEADLINE}\n\n本报讯 昨日，集团董事长{name}在会上表示，{BODY}\n")
    converted = convert_edition(ed, ScriptOptions("hant-tw"))
    text = "".join(b.text for a in converted.articles for b in a.blocks)
    # OpenCC's phrases over the whole sentence give 董事長鬍傑 (胡 read as "beard")
    assert "董事長胡" in text and "鬍" not in text, text


def test_write_atomic_renames_a_whole_file_over_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "out.html"
    path.write_text("old", encoding="utf-8")
    seen = []
    real_replace = os.replace

    def replace(src, dst):  # when the new file takes the name, the old one was there whole until then
        seen.append((os.path.basename(src), path.read_text(encoding="utf-8"), open(src, encoding="utf-8").read()))
        return real_replace(src, dst)

    monkeypatch.setattr(fsutil.os, "replace", replace)
    fsutil.write_atomic(str(path), "new " * 1000)
    assert len(seen) == 1 and seen[0][0].startswith(fsutil.TEMP_PREFIX)
    assert seen[0][1:] == ("old", "new " * 1000)
    assert path.read_text(encoding="utf-8") == "new " * 1000
    assert os.listdir(tmp_path) == ["out.html"]


def test_write_atomic_outputs_are_readable_by_all_under_the_usual_umask(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "out.epub"
        fsutil.write_atomic(str(path), b"data")
    finally:
        os.umask(old)
    # outputs are for publishing: a web server's user must read them (mkstemp alone makes them 0600)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~fsutil._UMASK


def test_write_atomic_leaves_no_temporary_file_when_interrupted(tmp_path, monkeypatch):
    path = tmp_path / "out.json"
    path.write_text("earlier", encoding="utf-8")

    def interrupted(*args):
        raise KeyboardInterrupt  # Ctrl-C between writing and renaming

    monkeypatch.setattr(fsutil.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fsutil.write_atomic(str(path), "later")
    assert os.listdir(tmp_path) == ["out.json"] and path.read_text(encoding="utf-8") == "earlier"


BLOCK_DUMP = """{headline}

本报讯 今年以来，全市共有各类企业1.
46万家，其中规模以上企业共1,
000家，新建5
G基站，引进的 co-
operation 项目与 Smart
City 计划同步推进，{body}
"""


def test_a_block_dump_joins_its_lines_by_the_wrap_rules():
    ed = parse_text(BLOCK_DUMP.format(headline=HEADLINE, body=BODY), style="block")
    text = "".join(b.text for b in ed.articles[0].blocks)
    for joined in ("企业1.46万家", "共1,000家", "新建5G基站", "cooperation 项目", "Smart City"):
        assert joined in text, text
