"""The assembly's ledger: every item of a dump lands exactly once, every move is recorded and checked at its
source, and --explain prints the record (roles, rules, wrap joins, moves) from the one parse.

At length by hand (the landing check runs inside every parse):

    READER_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_ledger.py -k fuzz --hypothesis-seed=1
"""
import glob
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, example, given, settings
from test_fuzz import EXAMPLES, PAGE

from reader.model import Role
from reader.parse import classify, clean, parse_text, read_dump, read_pdf
from reader.parse.assemble import ASSEMBLY, assemble, reason
from reader.parse.ledger import AssemblyError, Ledger
from reader.parse.titles import TITLE_RULES

FIXTURES = os.path.join(ROOT, "tests", "fixtures")
SAMPLE = os.path.join(ROOT, "input", "heze-2024-12-03.txt")
DEV = os.path.join(ROOT, "..", "shared", "eval", "dev", "raw")


def items_of(text):
    return classify(clean(text)[0])[1]


def test_every_pass_and_title_rule_has_a_name_and_a_reason():
    for table in (ASSEMBLY, TITLE_RULES):
        names = [p.name for p in table]
        assert len(names) == len(set(names)) and all(p.why for p in table)


DUMPS = sorted(glob.glob(os.path.join(FIXTURES, "*.txt")) + glob.glob(os.path.join(ROOT, "tests", "hostile", "*.txt"))
               + glob.glob(os.path.join(DEV, "*.txt")))


@pytest.mark.parametrize("path", DUMPS, ids=os.path.basename)
def test_every_item_lands_exactly_once(path):
    """The fixtures, the hostile corpus and the dev pages: the check inside the parse passes, and the record
    agrees with the edition (each landing's block is in the place it names)."""
    try:
        parsed = read_dump(path)
    except Exception as e:  # a hostile file may be refused, with the one-line error the CLI prints
        assert type(e).__name__ == "ReaderError", e
        return
    ledger, ed = parsed.ledger, parsed.edition
    assert sorted(ledger.where) == list(range(len(parsed.items)))
    for ld in ledger.landings:
        if ld.place == "furniture":
            assert ld.text in [b.text for b in ed.furniture], ld
        else:
            number = int(ld.place.split()[1])
            assert ld.text in [b.text for b in ed.articles[number - 1].blocks], ld


@pytest.mark.parametrize("path", DUMPS[:3] + [os.path.join(FIXTURES, n) for n in (
    "jump-lines.txt", "briefs.txt", "photo-credits.txt", "made-investig.txt", "made-partybuild.txt", "made-bilingual.txt",
    "made-theory.txt", "made-shiping.txt", "made-shehui3.txt", "made-wenhua3.txt", "pdf/made-twdifang2.pdf",
    "pdf/made-fukan3.pdf", "pdf/made-jiaoyu4.pdf")], ids=os.path.basename)
def test_every_rule_the_record_names_has_its_reason(path):
    parsed = read_pdf(path) if path.endswith(".pdf") else read_dump(path)
    names = {it.rule for it in parsed.items} | {it.first_rule for it in parsed.items}
    names |= {ld.rule for ld in parsed.ledger.landings} | {m.rule for m in parsed.ledger.moves}
    names |= {r for j in parsed.ledger.joins for r in (j.rule, j.glue)}
    assert [n for n in sorted(names) if not reason(n)] == []


def _breaking(pass_name, fn):
    return [replace(p, fn=fn) if p.name == pass_name else p for p in ASSEMBLY]


def test_a_pass_that_drops_a_unit_is_caught():
    items = items_of("标题一\n\n正文一段。\n\n标题二\n\n正文二段。\n")
    lose_last = lambda s, lg: replace(s, units=s.units[:-1])  # noqa: E731
    with pytest.raises(AssemblyError, match="never landed"):
        assemble(items, _breaking("jumps", lose_last))


def test_a_pass_that_doubles_a_unit_is_caught():
    items = items_of("标题一\n\n正文一段。\n\n标题二\n\n正文二段。\n")
    double = lambda s, lg: replace(s, units=s.units + s.units[-1:])  # noqa: E731
    with pytest.raises(AssemblyError):
        assemble(items, _breaking("jumps", double))


def test_a_move_from_where_the_item_is_not_is_caught_at_once():
    ledger = Ledger(2)
    ledger.place([0, 1], "unit 1", "dump_order")
    ledger.move(0, "unit 1", "unit 2", "crosshead")
    with pytest.raises(AssemblyError, match="from unit 1, but it is in unit 2"):
        ledger.move(0, "unit 1", "unit 3", "crosshead")


def test_an_item_landing_twice_is_caught():
    ledger = Ledger(1)
    ledger.place([0], "unit 1", "dump_order")
    ledger.land(0, "unit 1", "article 1", Role.PARAGRAPH, "sentence", "正文。")
    with pytest.raises(AssemblyError):
        ledger.land(0, "unit 1", "article 2", Role.PARAGRAPH, "sentence", "正文。")


def test_moves_are_recorded_with_their_rule():
    parsed = read_dump(os.path.join(FIXTURES, "jump-lines.txt"))
    jumps = [m for m in parsed.ledger.moves if m.rule == "jump_continued"]
    assert jumps and all(m.source.startswith("unit") and m.target.startswith("unit") for m in jumps)
    article = int(parsed.ledger.where[jumps[0].item].split()[1])  # the article the continuation landed in
    first = parsed.edition.articles[article - 1]
    assert parsed.items[jumps[0].item].text in "".join(first.paragraphs)
    assert first.headline and not first.headline.startswith(parsed.items[jumps[0].item].text[:4])


def parse_recorded_moves(text):
    from reader.parse import parse_recorded
    return parse_recorded(text).ledger.moves


def test_a_crosshead_is_a_recorded_move_into_the_body_before_it():
    text = ("要闻标题\n\n本报讯 第一段正文写完了。\n\n第二段正文也写完了。\n\n"
            "一、加快产业升级\n\n第三段正文在小标题之下。\n\n第四段正文。\n")
    moves = parse_recorded_moves(text)
    rules = {m.rule for m in moves}
    assert "crosshead" in rules, moves
    ed = parse_text(text)
    assert [b.role for b in ed.articles[0].blocks].count(Role.CROSSHEAD) == 1


def run_explain(path):
    r = subprocess.run([sys.executable, "-m", "reader", "parse", path, "--explain"], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout


def test_explain_names_the_headline_decisions_and_every_wrap_join():
    out = run_explain(SAMPLE)
    ed = read_dump(SAMPLE).edition
    joined = sum(len(b.pieces) - 1 for a in ed.articles for b in a.blocks if b.rule == "wrap_join")
    join_lines = [ln for ln in out.splitlines() if "unfinished_paragraph, glued by" in ln]
    assert len(join_lines) == joined == 9  # the sample's nine paragraphs cut at a column end
    assert f"wrap joins: {joined}" in out
    # the kicker set on the headline's own line, and the subheadline under it, each with its rule
    assert "kicker(kicker_on_headline_line)" in out and "headline(kicker_on_headline_line)" in out
    assert "subheadline(under_headline)" in out
    assert "paragraph(dateline) → article 1 " in out
    assert "by rubric_by_content" in out  # the column label moved to the headline that shares its words


@settings(max_examples=EXAMPLES * 10, deadline=None, suppress_health_check=list(HealthCheck))
@given(PAGE)
@example("头条标题一行\n\n（上接第1版）\n\n（记者 某甲 通讯员 某乙）\n\n")  # a credit under a jump line, no body yet
def test_fuzz_every_item_lands_exactly_once(text):
    """Pages made of real lines in any order, cut by any break: the parse's own landing check holds."""
    parsed = parse_recorded_or_none(text)
    if parsed is not None:
        assert len(parsed.ledger.where) == len(parsed.items)


def parse_recorded_or_none(text):
    from reader.parse import parse_recorded
    return parse_recorded(text) if text.strip() else None
