"""`reader inspect`: the proof sheet, run through the real command and read back as HTML."""
import os
import re
import shutil
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT

from reader.cli import main
from reader.parse import parse_file

HEZE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")
BACKWARD = os.path.join(FIXTURES, "rmrb-20180102-p07.txt")  # headlines printed after their bodies
PDFTOTEXT = os.path.join(FIXTURES, "rmrb-20180122-p07.pdftotext.txt")


def inspect(dump, out, capsys=None):
    """Run `reader inspect DUMP -o OUT`; the exit status and the page parsed."""
    status = main(["inspect", str(dump), "-o", str(out)])
    if capsys is not None:
        assert capsys.readouterr().err.strip() == f"wrote {out}"
    with open(out, encoding="utf-8") as f:
        return status, BeautifulSoup(f.read(), "lxml")


def all_blocks(ed):
    """(element id, block) for every block of the edition, as the sheet numbers them."""
    out = [(f"a{i}-b{j}", b) for i, a in enumerate(ed.articles, 1) for j, b in enumerate(a.blocks, 1)]
    return out + [(f"f{k}", b) for k, b in enumerate(ed.furniture, 1)]


def text_of(el):
    """An element's text with the join markers taken out."""
    el = BeautifulSoup(str(el), "lxml")
    for seam in el.select(".seam"):
        seam.decompose()
    return el.get_text()


@pytest.fixture(scope="module")
def heze(tmp_path_factory):
    out = tmp_path_factory.mktemp("inspect") / "heze.html"
    status, page = inspect(HEZE, out)
    assert status == 0
    return parse_file(HEZE), page


def test_page_is_one_offline_html5_file_in_chinese(heze):
    _, page = heze
    assert page.html["lang"] == "zh-Hans"
    assert page.find("meta", charset=True)["charset"].lower() == "utf-8"
    assert not page.find_all("link") and not page.find_all(src=True)
    assert not [a["href"] for a in page.find_all("a", href=True) if not a["href"].startswith("#")]


def test_every_headline_is_in_the_edition_view(heze):
    ed, page = heze
    view = page.select_one("section.edition")
    shown = {text_of(el) for el in view.select(".blk.r-headline .txt")}
    headlines = [b.text for a in ed.articles for b in a.blocks if b.role.value == "headline"]
    assert headlines and all(h in shown for h in headlines)
    assert len(view.select("section.art[id^=a]")) == len(ed.articles)


def test_every_block_shows_its_own_text_once_the_markers_are_out(heze):
    ed, page = heze
    for anchor, block in all_blocks(ed):
        el = page.find(id=anchor)
        assert text_of(el.select_one(".txt")) == block.text
        assert f"r-{block.role.value}" in el["class"]


@pytest.mark.parametrize("dump", [HEZE, PDFTOTEXT])
def test_one_join_marker_per_joined_block_and_one_seam_per_join(dump, tmp_path):
    ed = parse_file(dump)
    _, page = inspect(dump, tmp_path / "out.html")
    view = page.select_one("section.edition")
    blocks = all_blocks(ed)
    assert len(view.select(".badge.join")) == sum(b.joined for _, b in blocks) > 0
    assert len(view.select(".seam")) == sum(len(b.pieces) - 1 for _, b in blocks)
    for anchor, block in blocks:
        assert bool(page.find(id=anchor).select(".badge.join")) == block.joined


def test_moved_blocks_are_marked_with_the_line_they_came_from(tmp_path):
    found = 0
    for dump in (HEZE, BACKWARD):
        ed = parse_file(dump)
        _, page = inspect(dump, tmp_path / "out.html")
        assert len(page.select("section.edition .badge.moved")) == sum(b.moved for _, b in all_blocks(ed))
        for anchor, block in all_blocks(ed):
            badge = page.find(id=anchor).select_one(".badge.moved")
            assert bool(badge) == block.moved
            if block.moved:
                found += 1
                assert f"line {block.first_line}" in badge.get_text()
                assert page.find(id=badge["href"][1:]) is not None
    assert found, "the sample dumps have moved blocks"


def test_blocks_cut_from_the_same_dump_lines_are_marked_as_splits(heze):
    ed, page = heze
    on_line = Counter(n for _, b in all_blocks(ed) for n in {n for p in b.pieces for n in range(p.first_line, p.last_line + 1)})
    for anchor, block in all_blocks(ed):
        shared = any(on_line[n] > 1 for p in block.pieces for n in range(p.first_line, p.last_line + 1))
        assert bool(page.find(id=anchor).select(".badge.split")) == shared
    assert page.select("section.edition .badge.split"), "the kicker and headline of line 15 are a split"


def test_blocks_and_dump_cards_link_both_ways(heze):
    ed, page = heze
    ids = Counter(el["id"] for el in page.find_all(id=True))
    assert not [i for i, n in ids.items() if n > 1]
    assert all(a["href"][1:] in ids for a in page.find_all("a", href=True))
    for anchor, block in all_blocks(ed):
        if not block.first_line:
            continue  # removed invisible characters: on no dump line
        el = page.find(id=anchor)
        cards = el["data-links"].split()
        assert cards and all(page.find(id=c).name == "article" for c in cards)
        assert el.select_one(".srcs a")["href"].endswith(f"L{block.first_line}")
        assert all(anchor in page.find(id=c)["data-links"].split() for c in cards)
    cards = page.select("section.dump article.card")
    assert cards and all(re.fullmatch(r"(c\d+-)?L\d+|c\d+", c["id"]) for c in cards)
    assert all(c.select(".to a") for c in cards), "every chunk of the sample ends up in a block"


def test_header_counts(heze):
    ed, page = heze
    counts = {li.get_text(" ", strip=True).split(" ", 1)[1]: int(li.b.get_text()) for li in page.select(".counts li")}
    blocks = [b for _, b in all_blocks(ed)]
    assert counts["articles"] == len(ed.articles)
    assert counts["joins"] == sum(b.joined for b in blocks)
    assert counts["moves"] == sum(b.moved for b in blocks)
    assert counts["furniture blocks"] == len(ed.furniture)
    assert counts["chunks"] == len(page.select("section.dump article.card"))
    assert page.select(".legend .chip")


def test_dump_text_is_escaped_never_markup(tmp_path):
    dump = tmp_path / "evil.txt"
    dump.write_text('<script>alert("x")</script>标题 & “引号”\n\n'
                    "本报讯（记者 张三）今天，<b>粗体</b> & 'single' \"double\" 一切正常。\n", encoding="utf-8")
    status, page = inspect(dump, tmp_path / "evil.html")
    assert status == 0
    scripts = page.find_all("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].get_text()  # the sheet's own, optional one
    assert not page.find_all("b", string="粗体")
    text = page.get_text()
    assert '<script>alert("x")</script>标题 & “引号”' in text
    assert "<b>粗体</b> & 'single' \"double\"" in text
    raw = (tmp_path / "evil.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in raw and "<b>粗体" not in raw


def test_invisible_and_control_characters_are_shown_not_written_raw(tmp_path):
    dump = tmp_path / "hidden.txt"
    dump.write_text("标题\u200b一\n\n本报讯（记者 张三）今天\u2060，一切正常。\n", encoding="utf-8")
    status, _ = inspect(dump, tmp_path / "hidden.html")
    raw = (tmp_path / "hidden.html").read_text(encoding="utf-8")
    assert status == 0
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u200b\u2060]", raw)


def test_output_is_byte_identical_across_runs(tmp_path):
    assert main(["inspect", HEZE, "-o", str(tmp_path / "one.html")]) == 0
    assert main(["inspect", HEZE, "-o", str(tmp_path / "two.html")]) == 0
    assert (tmp_path / "one.html").read_bytes() == (tmp_path / "two.html").read_bytes()


def test_default_output_goes_to_build(tmp_path, monkeypatch, capsys):
    shutil.copy(HEZE, tmp_path / "heze-2024-12-03.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["inspect", "heze-2024-12-03.txt"]) == 0
    path = os.path.join("build", "heze-2024-12-03.inspect.html")
    assert capsys.readouterr().err == f"wrote {path}\n"
    assert (tmp_path / path).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_missing_input_is_one_line_and_status_2(tmp_path, capsys):
    missing = tmp_path / "no-such.txt"
    assert main(["inspect", str(missing), "-o", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reader: ") and str(missing) in err
    assert not (tmp_path / "x.html").exists()


def test_unwritable_output_is_one_line_and_status_2(tmp_path, capsys):
    (tmp_path / "file").write_text("not a folder")
    out = tmp_path / "file" / "x.html"
    assert main(["inspect", HEZE, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(out) in err
