"""PDF pages in: real e-paper PDFs through the command line, page geometry read as newspaper conventions, bad PDFs
refused in one line, and what inspect draws on the page.

Accuracy on the real PDFs (fixtures/pdf/) is pinned in test_accuracy.py beside the dumps'; here, the rest.
"""
import os
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from dataclasses import replace

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "hostile"))
from checkers import ace, epubcheck
from conftest import FIXTURES, PDF_FIXTURES, pdf_fixture_names
from corpus import encrypted_pdf, pdf, scanned_pdf, text_pdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError
from reader.model import Role
from reader.parse import read_pdf
from reader.parse.layout import Body, paragraphs, reading_order
from reader.parse.pdf import Glyph, Line, PdfBlock, blocks_of, lines_of

NEWS = os.path.join(PDF_FIXTURES, "zhoushan-20260310-p06.pdf")  # a city daily's news page
DOUBLED = os.path.join(PDF_FIXTURES, "rmrb-20180102-p07.pdf")  # headline and page header printed twice over


def run(*argv):
    return subprocess.run([sys.executable, "-m", "reader", *map(str, argv)], capture_output=True, text=True,
                          timeout=300)


def norm(text: str) -> Counter:
    return Counter(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


# --- hand-made PDFs: the smallest files that are what their names say -------------------------------------------

BAD = {
    "scanned.pdf": (scanned_pdf, "no text layer"),
    "locked.pdf": (encrypted_pdf, "encrypted"),
    "cut-short.pdf": (lambda: open(NEWS, "rb").read()[:5000], "not a readable PDF"),
    "garbage.pdf": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "not a readable PDF"),
    "empty.pdf": (lambda: b"", "not a readable PDF"),
    "no-pages.pdf": (lambda: pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
                     "not a readable PDF"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_pdf_gets_one_line_naming_it(name, tmp_path):
    make, words = BAD[name]
    path = tmp_path / name
    path.write_bytes(make())
    out = tmp_path / "x.epub"
    out.write_bytes(b"an earlier good output")
    r = run("epub", path, "-o", out)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"reader: {path}: ") and words in lines[0], lines
    assert out.read_bytes() == b"an earlier good output"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_pdf_bytes_give_an_edition_or_a_reader_error(tmp_path_factory, data):
    """Fuzz: a small real PDF with bytes flipped, cut or inserted: parsed, or refused with a ReaderError."""
    raw = bytearray(text_pdf([(50, 100, 20, "Headline"), (50, 140, 10, "Body text of the story.")]))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if op == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif op == "cut":
            del raw[at:at + data.draw(st.integers(1, 64))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=32))
    path = tmp_path_factory.mktemp("fuzz") / "page.pdf"
    path.write_bytes(bytes(raw))
    try:
        parsed = read_pdf(str(path))
    except ReaderError as e:
        assert str(e).startswith(str(path))
        return
    text = "".join(b.text for a in parsed.edition.articles for b in a.blocks)
    text += "".join(b.text for b in parsed.edition.furniture if b.rule != "invisible")
    assert norm(text) == norm(parsed.text)  # whatever was read is in the edition, once
    invisible = "".join(b.text for b in parsed.edition.furniture if b.rule == "invisible")
    assert not any(c.isprintable() for c in invisible)  # kept apart: only what the dump's text cannot show


# --- what geometry decides, on made-up pages ---------------------------------------------------------------------

BODY = Body(10.0, "Song")


def block(x0, top, x1, lines=3, size=10.0, face="Song", indent=(0,)) -> PdfBlock:
    """A block of `lines` lines of body text from (x0, top) to x1, the lines in `indent` indented two characters."""
    made = []
    for k in range(lines):
        left = x0 + (2 * size if k in indent else 0)
        made.append(Line("字" * int((x1 - left) // size), left, top + k * 1.4 * size, x1, top + k * 1.4 * size + size,
                         size, face))
    return PdfBlock(tuple(made), x0, top, x1, made[-1].bottom, size, face)


def test_a_column_starting_under_a_picture_is_read_after_the_one_before_it():
    """Column 1 starts lower (a picture above it); column 2 starts at the top: no cut across the white space
    above column 1 takes column 2's top first."""
    col1 = [block(10, 300, 150, 20)]
    col2 = [block(160, 100, 300, 10), block(160, 250, 300, 25, indent=(0,))]
    assert reading_order(col2 + col1, BODY, 1000) == col1 + col2


def test_a_headline_inset_among_columns_is_read_before_the_column_running_up_beside_it():
    headline = block(120, 50, 600, 1, size=40, face="Hei")
    col1 = block(10, 20, 150, 40)  # runs up beside the headline
    cols = [block(160, 120, 300, 30), block(310, 120, 450, 30), block(460, 120, 600, 30)]
    assert reading_order(cols + [col1, headline], BODY, 1000) == [headline, col1] + cols


def test_a_crosshead_inside_a_column_stays_in_its_column():
    """Two columns with crossheads at different heights: no white band across both is read as a cut."""
    a1, a2 = block(10, 100, 150, 10), block(10, 265, 150, 10, indent=(0,))
    head_a = block(30, 245, 130, 1, size=13, face="Hei")
    b1, b2 = block(160, 100, 300, 6), block(160, 210, 300, 15, indent=(0,))
    head_b = block(180, 190, 280, 1, size=13, face="Hei")
    assert reading_order([b2, head_b, b1, a2, head_a, a1], BODY, 1000) == [a1, head_a, a2, b1, head_b, b2]


def test_crossheads_level_across_columns_do_not_cut_the_story_under_its_columns_tops():
    """The crossheads of columns 1 and 2 stand at one height. Column 1's top ends its paragraph on a short line;
    column 2's top opens mid-paragraph, so it goes on from column 1's text under the crosshead: no cut across."""
    a1 = block(10, 100, 150, 6)
    short = a1.lines[-1]
    a1 = replace(a1, lines=a1.lines[:-1] + (replace(short, text="字字字。", x1=short.x0 + 40),))
    b1 = block(160, 100, 300, 6, indent=())
    head_a, head_b = block(30, 200, 130, 1, size=13, face="Hei"), block(180, 200, 280, 1, size=13, face="Hei")
    a2, b2 = block(10, 230, 150, 10), block(160, 230, 300, 10)
    assert reading_order([a1, b1, head_a, head_b, a2, b2], BODY, 1000) == [a1, head_a, a2, b1, head_b, b2]


def glyphs(text: str, x0: float, top: float, step: float = 10.0, down: bool = False, size: float = 10.0) -> list:
    """Glyphs set one after another along a baseline (or down a column), each `step` from the last."""
    out = []
    for k, ch in enumerate(text):
        x, y = (x0, top + k * step) if down else (x0 + k * step, top)
        out.append(Glyph(ch, x, y, x + size, y + size, size, "Song", origin=x))
    return out


def test_two_punctuation_marks_set_in_one_em_stay_on_their_line():
    """：“ set in one em: the second mark stands on (or just behind) the first, which is no new line."""
    line = glyphs("指出：", 10, 100) + [Glyph("“", 30, 100, 40, 110, 10.0, "Song", origin=30)] + glyphs("要", 40, 100)
    assert [ln.text for ln in lines_of(line)] == ["指出：“要"]
    back = glyphs("甲乙", 10, 100) + glyphs("丙", 12, 100)  # a letter stepping back is the next column's line
    assert [ln.text for ln in lines_of(back)] == ["甲乙", "丙"]


def test_a_bracket_standing_into_the_character_over_it_stays_in_its_vertical_line():
    title = glyphs("准确", 900, 100, step=34, down=True, size=33) + [Glyph("﹃", 900, 158, 933, 190, 33.0, "Song",
                                                                            origin=900)]
    title += glyphs("不平", 900, 192, step=34, down=True, size=33)
    assert [ln.text for ln in lines_of(title)] == ["准确﹃不平"]


def test_paragraphs_start_at_first_line_indents():
    b = block(10, 100, 150, 6, indent=(0, 3))
    parts = paragraphs(b, [b], BODY)
    assert [len(lines) for lines, _ in parts] == [3, 3]
    assert [opens for _, opens in parts] == [True, True]
    flush = block(10, 100, 150, 4, indent=())  # a column's top going on with the paragraph before
    assert [opens for _, opens in paragraphs(flush, [flush], BODY)] == [False]


def test_headline_and_body_read_off_type_size():
    """Larger type is the headline, body-size text the story, whatever the words."""
    page = text_pdf([(40, 60, 28, "Harbour bridge opens"), (40, 110, 10, "  The new bridge opened on Monday after"),
                     (40, 124, 10, "four years of work and carries six lanes"), (40, 138, 10, "of traffic.")])
    parsed = read_pdf_bytes(page)
    [article] = parsed.edition.articles
    assert article.headline == "Harbour bridge opens"
    assert [b.role for b in article.blocks][-1] is Role.PARAGRAPH


def read_pdf_bytes(data: bytes):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.pdf")
        with open(path, "wb") as f:
            f.write(data)
        return read_pdf(path)


# --- the real pages ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", pdf_fixture_names())
def test_dump_of_a_pdf_holds_every_character_another_extractor_reads(name, tmp_path):
    """`reader dump` against PyMuPDF's block dump of the same page (the fixture): the same characters, each once."""
    out = tmp_path / "page.txt"
    r = run("dump", os.path.join(PDF_FIXTURES, name + ".pdf"), "-o", out)
    assert r.returncode == 0, r.stderr
    with open(os.path.join(FIXTURES, name + ".txt"), encoding="utf-8") as f:
        assert norm(out.read_text(encoding="utf-8")) == norm(f.read())


def test_overprinted_text_is_kept_once_in_the_article_and_the_copy_apart():
    ed = read_pdf(DOUBLED).edition
    lead = ed.articles[0]
    assert lead.headline.replace(" ", "") == "新时代：发展新方位奋进新目标"
    copies = [b.text for b in ed.furniture if b.role is Role.DUPLICATE]
    assert "".join(copies) == "理论新时代发展新方位奋进新目标"


def test_news_page_header_and_foot_are_furniture():
    ed = read_pdf(NEWS).edition
    headlines = [a.headline for a in ed.articles]
    assert not any("国内国际" in h or "热线" in h for h in headlines)
    assert "汽油、柴油价格上涨" in headlines
    roles = {b.text: b.role for b in ed.furniture}
    assert roles["国内国际"] is Role.PAGE_HEADER
    assert any(r is Role.FURNITURE and "体彩" in t for t, r in roles.items())


def test_build_of_pdf_pages_passes_epubcheck_and_ace(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "rmrb-2018-01-02-p1.pdf").write_bytes(open(DOUBLED, "rb").read())
    (src / "rmrb-2018-01-02-p2.pdf").write_bytes(open(os.path.join(PDF_FIXTURES, "rmrb-20180117-p07.pdf"), "rb").read())
    r = run("build", src, "-o", tmp_path / "out", "--no-search")
    assert r.returncode == 0, r.stderr
    epub = tmp_path / "out" / "epub" / "rmrb-2018-01-02.epub"
    names = zipfile.ZipFile(epub).namelist()
    assert sum(1 for n in names if re.fullmatch(r"EPUB/a\d+\.xhtml", n)) == 7  # 3 and 4 articles
    report = epubcheck(epub)
    assert (report.fatals, report.errors, report.warnings) == (0, 0, 0), str(report)
    assert ace(epub).violations == 0


def test_a_page_given_as_dump_and_pdf_is_read_from_its_pdf(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "zhoushan-2026-03-10.pdf").write_bytes(open(NEWS, "rb").read())
    (src / "zhoushan-2026-03-10.txt").write_text("本报讯 一条不同的消息。\n", encoding="utf-8")
    r = run("build", src, "-o", tmp_path / "out", "--no-site")
    assert r.returncode == 0, r.stderr
    assert "the page's PDF beside it is read instead" in r.stderr
    assert "汽油" in (tmp_path / "out" / "zhoushan-2026-03-10.json").read_text(encoding="utf-8")


def test_inspect_draws_every_block_on_the_page_and_is_reproducible(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    for out in (a, b):
        r = run("inspect", NEWS, "-o", out)
        assert r.returncode == 0, r.stderr
    page = a.read_text(encoding="utf-8")
    assert a.read_bytes() == b.read_bytes()
    assert page.count('<image href="data:image/jpeg;base64,') == 1
    parsed = read_pdf(NEWS)
    assert page.count('<rect class="box r-') == len(parsed.items)
    assert page.count('<rect class="outline"') == len(parsed.edition.articles)


def test_a_paragraph_opening_beside_a_picture_in_its_column_is_seen():
    """Lines set round a picture standing in the column have an edge of their own: an indent there opens a
    paragraph as anywhere."""
    made = []
    for k in range(8):
        left = 130 if k < 5 else 10  # the first five lines beside a picture at the column's left
        left += 20 if k in (0, 3) else 0
        made.append(Line("字" * int((250 - left) // 10), left, 100 + k * 14, 250, 110 + k * 14, 10.0, "Song"))
    b = PdfBlock(tuple(made), 10, 100, 250, made[-1].bottom, 10.0, "Song")
    assert [len(lines) for lines, _ in paragraphs(b, [b], BODY)] == [3, 5]


def test_stanzas_in_the_bodys_face_set_a_little_larger_are_text_each_its_own():
    from reader.parse import rules as R
    from reader.parse.segment import Geometry
    stanza = Geometry(1.07, True, lines=4)
    assert R.first_pass("三月的雨落在河面上一圈一圈地散开", R.Context(5, 30, stanza)) == (Role.PARAGRAPH, "verse")
    deck = Geometry(1.07, True, lines=2)  # two lines: a deck or a crosshead's, not a stanza
    assert R.first_pass("三月的雨落在河面上一圈一圈地散开", R.Context(5, 30, deck))[1] != "verse"


def _stanza(widths, left=10):
    made = [Line("字" * w, left, 100 + k * 14, left + w * 10, 110 + k * 14, 10.0, "Song") for k, w in enumerate(widths)]
    return PdfBlock(tuple(made), left, 100, max(ln.x1 for ln in made), made[-1].bottom, 10.0, "Song")


def test_a_stanza_whose_lines_end_level_is_verse_when_a_stanza_of_its_poem_stands_over_it():
    """A poem's second stanza happens to have three lines of one length: alone it reads as prose (lines to one
    edge, the first short). Set flush under a stanza of verse, in its size, no wider, it is the same poem's:
    each line its own. The same block with no verse beside it stays a paragraph."""
    from dataclasses import replace as moved
    from reader.parse.verse import stanzas as _stanzas
    first = _stanza([6, 9, 3, 8])
    level = _stanza([4, 8, 8, 8])
    second = moved(level, lines=tuple(moved(ln, top=ln.top + 70, bottom=ln.bottom + 70) for ln in level.lines),
                   top=level.top + 70, bottom=level.bottom + 70)
    assert _stanzas([first, second], BODY) == [second]
    assert [len(lines) for lines, _ in paragraphs(second, [first, second], BODY, True)] == [1, 1, 1, 1]
    assert _stanzas([second], BODY) == []


def test_a_stanzas_lines_each_stop_where_they_will_and_each_is_a_paragraph_line_of_its_own():
    """Verse: all lines but the longest stop short of it, none indented; each printed line is read on its own
    (as a line of verse: no paragraph runs on over it). Prose justified to the column's edge, its last line alone
    short, and a row of listings stay as they were."""
    from reader.parse import rules as R
    from reader.parse.layout import verse
    from reader.parse.segment import Geometry
    assert [len(lines) for lines, _ in paragraphs(_stanza([7, 5, 9, 4]), [], BODY)] == [1, 1, 1, 1]
    assert verse(_stanza([4, 8, 8, 5, 3]))  # (two lines at the longest, the rest short of it at different places)
    assert not verse(_stanza([12, 12, 12, 8, 8, 8, 5]))  # (the lines round a picture stop all at one place)
    assert not verse(_stanza([12, 12, 12, 5]))  # prose: full lines, the last short
    assert not verse(_stanza([12, 5]))  # two lines: too few to tell
    listing = _stanza([7, 5, 9, 4])
    listing = replace(listing, lines=tuple(replace(ln, text="19:30" + ln.text) for ln in listing.lines))
    assert not verse(listing)  # (a schedule's rows open with their times)
    line = Geometry(1.0, True, verse=True)
    assert R.first_pass("他说，今年的月亮", R.Context(5, 30, line)) == (Role.PARAGRAPH, "verse_row")
    assert R.MARKS["verse_row"] is R.Mark.OWN_LINE


def test_a_stanza_set_centred_is_verse_and_centred_prose_lines_of_one_length_are_not():
    """A 副刊 sets its poems centred in the column: lines of several lengths, their middles on one axis. Each is a
    line of verse; lines of one length centred (prose set so, or a justified column) are not told so."""
    from reader.parse.layout import verse

    def centred(widths, axis=100):
        made = [Line("字" * w, axis - w * 5, 100 + k * 14, axis + w * 5, 110 + k * 14, 10.0, "Song")
                for k, w in enumerate(widths)]
        return PdfBlock(tuple(made), min(ln.x0 for ln in made), 100, max(ln.x1 for ln in made), made[-1].bottom,
                        10.0, "Song")
    assert verse(centred([7, 6, 8, 9]))
    assert [len(lines) for lines, _ in paragraphs(centred([7, 6, 8, 9]), [], BODY)] == [1, 1, 1, 1]
    assert not verse(centred([12, 12, 12]))


def test_a_boxs_label_over_the_rule_closing_its_head_strip_is_read_before_the_box():
    story = block(10, 60, 200, 20)
    label = PdfBlock((Line("文化资讯", 260, 62, 316, 76, 14.0, "Hei"),), 260, 62, 316, 76, 14.0, "Hei")
    brief = block(220, 90, 400, 6)
    strip = (220, 80, 400, 80.5)  # drawn across the frame under the label
    frame = (220, 55, 400, 200)
    order = reading_order([story, label, brief], BODY, 800, rules=(strip,), frames=(frame,))
    assert order.index(label) == order.index(brief) - 1


def test_a_storys_label_in_a_tab_left_of_its_headline_is_read_before_the_headline():
    """A 副刊 sets a piece's genre in a tab at the left, level with its larger headline (whose type starts a little
    higher): read left to right, the tab first, so it labels the headline (散文 | 霜降过后…)."""
    tab = PdfBlock((Line("散文", 10, 64, 40, 78, 14.0, "Hei"),), 10, 64, 40, 78, 14.0, "Hei")
    head = PdfBlock((Line("院子里的柿子树", 120, 58, 330, 84, 26.0, "Hei"),), 120, 58, 330, 84, 26.0, "Hei")
    text = [block(10, 100, 130, 10), block(140, 100, 260, 10), block(270, 100, 400, 10)]
    order = reading_order([head, tab, *text], BODY, 800)
    assert order.index(tab) < order.index(head) < order.index(text[0])


def test_a_headline_does_not_head_the_columns_under_another_storys_headline_level_with_it():
    left = PdfBlock((Line("左边的新闻标题", 10, 60, 200, 80, 20.0, "Hei"),), 10, 60, 200, 80, 20.0, "Hei")
    right = PdfBlock((Line("右边的新闻标题", 215, 60, 400, 80, 20.0, "Hei"),), 215, 60, 400, 80, 20.0, "Hei")
    col_l, col_r = block(10, 90, 200, 8), block(215, 90, 400, 8)
    order = reading_order([left, right, col_l, col_r], BODY, 800)
    assert order.index(left) < order.index(col_l) < order.index(right) < order.index(col_r)


def test_a_justified_line_cut_at_its_wide_gaps_opens_no_paragraph_at_a_piece():
    """A column's line of figures justified wide (24.1%、 31.7%和…) comes as pieces on one baseline: none of them
    is an indent, whatever stands beside it."""
    pieces = [Line("24.1%", 10, 100, 40, 110, 10.0, "Song"), Line("、", 52, 100, 62, 110, 10.0, "Song"),
              Line("31.7%", 76, 100, 106, 110, 10.0, "Song"), Line("和18.9%", 120, 100, 150, 110, 10.0, "Song")]
    rest = [Line("字" * 14, 10, 100 + k * 14, 150, 110 + k * 14, 10.0, "Song") for k in range(1, 5)]
    b = PdfBlock(tuple(pieces + rest), 10, 100, 150, rest[-1].bottom, 10.0, "Song")
    assert len(paragraphs(b, [b], BODY)) == 1


def test_a_question_in_bold_at_body_size_is_a_crosshead_a_bold_sentence_is_not():
    from reader.parse import rules as R
    from reader.parse.segment import Geometry
    bold = Geometry(1.0, False, face="Hei")
    assert R.first_pass("为何春季过敏人数明显增多？", R.Context(5, 30, bold)) == (Role.HEADLINE, "head_type")
    assert R.first_pass("市民问：孩子矮了半个头。需要补钙吗？", R.Context(5, 30, bold))[1] != "head_type"
    assert R.first_pass("低层住户：“我们的顾虑谁来管？”", R.Context(5, 30, bold)) == (Role.HEADLINE, "head_type")  # (quoted)
    plain = Geometry(1.0, True, face="Song")
    assert R.first_pass("低层住户：“我们的顾虑谁来管？”", R.Context(5, 30, plain))[0] is Role.PARAGRAPH  # (in the body's face)


def test_a_ligatures_letters_sharing_one_pen_position_stay_in_their_word():
    # Chromium sets "fl" and "fi" as one glyph; pdfium reads its letters apart at one pen position (the made
    # bilingual page: "…designed to handle floods.", "On the first morning"): no new line opens between them
    text = " ".join(p for a in read_pdf(os.path.join(PDF_FIXTURES, "made-bilingual.pdf")).edition.articles
                    for p in a.paragraphs)
    assert "handle floods." in text and "On the first morning" in text and "Some fishermen" in text


def test_a_bullet_opening_a_line_flush_opens_the_next_item():
    """A box of quotes, each a line led by ◇ at the column's edge, in one block: each bullet opens an item, though
    no line is indented and a quote ends on a name, not a stop."""
    lines = tuple(Line(text, 10, 100 + k * 14, x1, 110 + k * 14, 10.0, "Song")
                  for k, (text, x1) in enumerate([("◇日子过成诗——某甲", 110), ("◇慢慢来，花开自有时——某乙", 150),
                                                  ("◇认真吃饭——某丙", 100)]))
    quotes = PdfBlock(lines, 10, 100, 150, lines[-1].bottom, 10.0, "Song")
    assert [[ln.text for ln in part] for part, _ in paragraphs(quotes, [quotes], BODY)] == [
        ["◇日子过成诗——某甲"], ["◇慢慢来，花开自有时——某乙"], ["◇认真吃饭——某丙"]]


def test_a_numbered_item_opens_after_the_item_numbered_one_less_however_long_its_line():
    """Tips numbered 1. 2. 3., one line each, flush, in one block: the second tip's line runs almost to the block's
    edge, yet the third opens an item of its own, its number the next; after a full line, a number out of the
    sequence does not."""
    rows = [("1.起床先躺一分钟，再慢慢坐起。", 150), ("2.外出戴好帽子，注意颈部保暖。", 158), ("3.泡澡水温不要超过四十度。", 160)]
    lines = tuple(Line(text, 10, 100 + k * 25, x1, 116 + k * 25, 10.0, "Song") for k, (text, x1) in enumerate(rows))
    tips = PdfBlock(lines, 10, 100, 160, lines[-1].bottom, 10.0, "Song")
    assert [[ln.text for ln in part] for part, _ in paragraphs(tips, [tips], BODY)] == [[t] for t, _ in rows]
    rows = [("1.起床先躺一分钟，再慢慢坐起下床。", 160), ("3.泡澡水温不要超过四十度。", 140)]  # (3 after 1)
    lines = tuple(Line(text, 10, 100 + k * 14, x1, 110 + k * 14, 10.0, "Song") for k, (text, x1) in enumerate(rows))
    run = PdfBlock(lines, 10, 100, 160, lines[-1].bottom, 10.0, "Song")
    assert len(paragraphs(run, [run], BODY)) == 1


def test_a_grid_of_one_line_cells_is_a_tables_and_two_rows_or_ragged_rows_are_not():
    """A spec sheet: a label and a value a row, four rows, the values starting at one place: a table's cells,
    the page's data. Two such rows, or rows whose second cells start anywhere (two columns of text that happen
    to have one-line blocks side by side), are no table."""
    from reader.parse.cells import table_cells as _cells

    def cell(x0, top, text):
        ln = Line(text, x0, top, x0 + 10 * len(text), top + 10, 10.0, "Hei")
        return PdfBlock((ln,), ln.x0, ln.top, ln.x1, ln.bottom, 10.0, "Hei")

    rows = [("轴距", "2950毫米"), ("续航", "620公里"), ("电池容量", "82.5千瓦时"), ("指导价", "19.98万元")]
    grid = [cell(x, 100 + 20 * k, t) for k, row in enumerate(rows) for x, t in zip((10, 80), row)]
    assert _cells(grid) == {id(b) for b in grid}
    assert _cells(grid[:4]) == set()  # two rows
    ragged = [cell(x, 100 + 20 * k, t) for k, row in enumerate(rows) for x, t in zip((10, 80 + 15 * k), row)]
    assert _cells(ragged) == set()


def test_a_crosshead_in_another_face_after_a_paragraph_cut_at_the_column_end_stays_a_crosshead():
    """A crosshead set a little larger than the body, in a bold sans face, right under a column whose last
    paragraph runs on (the page's order broke it off): it is the story's crosshead, neither the tail of that
    paragraph nor the headline of a story of its own."""
    from reader.export import to_dict
    from reader.parse import _parsed, classify_chunks
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def lines(x0, top, x1, texts, size=10.0, face="Song"):
        made = tuple(Line(t, x0 + (2 * size if k == 0 and face == "Song" else 0), top + k * 1.4 * size, x1,
                          top + k * 1.4 * size + size, size, face) for k, t in enumerate(texts))
        return PdfBlock(made, x0, top, x1, made[-1].bottom, size, face)

    headline = lines(10, 40, 290, ["江边新修步道今天开放"], size=24, face="Hei")
    first = lines(10, 90, 150, ["沿江步道全长十二公里，串", "起沿岸七座公园，市民可以", "从老城一路走到新区，沿途"])
    head = lines(10, 140, 100, ["驿站服务贴心"], size=11, face="HeiBold")
    second = lines(10, 162, 150, ["步道沿线设有十个驿站，提", "供饮水和休息座椅，方便市", "民歇脚。"])
    page = PdfPage(1, 600, 800, (headline, first, head, second))
    read = page_chunks(page, 0, 1)
    text = "\n\n".join(read.texts) + "\n"
    edition = to_dict(_parsed(text, classify_chunks(read.chunks), read.removed, "page.pdf", "pdf", "pdf", ()).edition)
    [article] = edition["articles"]
    assert article["headline"] == "江边新修步道今天开放"
    assert [article["paragraphs"][k] for k in article["crossheads"]] == ["驿站服务贴心"]


def test_a_label_heading_a_ruled_box_beside_a_story_heads_the_box_not_a_section_of_the_story():
    """A story in one column, a ruled box in the next: its label in bold at about the body's size, then its field
    lines (案号：…, 案由：…). The label heads the box, a story of its own, not a crosshead of the story before it; the
    same lines unframed go on as that story's section."""
    from reader.export import to_dict
    from reader.parse import _parsed, classify_chunks
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def lines(x0, top, x1, texts, size=10.0, face="Song"):
        made = tuple(Line(t, x0 + (2 * size if k == 0 and face == "Song" else 0), top + k * 1.4 * size, x1,
                          top + k * 1.4 * size + size, size, face) for k, t in enumerate(texts))
        return PdfBlock(made, x0, top, x1, made[-1].bottom, size, face)

    headline = lines(10, 40, 150, ["老街修缮完工"], size=24, face="Hei")
    story = [lines(10, 90, 150, ["老街修缮工程历时一年，沿", "街四十多栋老屋换了新瓦，", "街坊们都说住得更安心了。"]),
             lines(10, 140, 150, ["修缮期间，施工队每天清扫", "路面，没有影响居民出行。"])]
    label = lines(165, 92, 290, ["工程信息摘要"], size=10.5, face="HeiBold")
    fields = [lines(165, 112, 290, ["项目：老街修缮工程"]), lines(165, 128, 290, ["工期：去年三月至今年二月"]),
              lines(165, 144, 290, ["要点：修缮坚持修旧如旧，保", "留原有街巷格局和老屋外立", "面，新换青瓦四万余片。"])]

    def articles(frames):
        page = PdfPage(1, 600, 800, (headline, *story, label, *fields), (), (), frames)
        read = page_chunks(page, 0, 1)
        text = "\n\n".join(read.texts) + "\n"
        return to_dict(_parsed(text, classify_chunks(read.chunks), read.removed, "page.pdf", "pdf", "pdf", ()).edition)["articles"]
    boxed = articles(((160.0, 86.0, 296.0, 190.0),))
    assert [a["headline"] for a in boxed] == ["老街修缮完工", "工程信息摘要"]
    assert boxed[0]["crossheads"] == []
    [open_] = articles(())
    assert [open_["paragraphs"][k] for k in open_["crossheads"]] == ["工程信息摘要"]


def test_a_box_under_a_useful_numbers_label_is_furniture_only_when_it_lists_numbers():
    """便民信息 over numbers to call is the page's furniture; the same label over notices (停水通知 …) heads news."""
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def one(x0, top, text, size=10.0):
        line = Line(text, x0, top, x0 + size * len(text), top + size, size, "Song")
        return PdfBlock((line,), line.x0, line.top, line.x1, line.bottom, size, "Song")

    frame = ((10.0, 90.0, 300.0, 200.0),)
    body = [one(10, 300 + 14 * k, "字" * 20) for k in range(12)]  # a story's lines under the box
    listed = [one(20, 100, "便民信息"), one(20, 120, "政务热线12345"), one(20, 134, "急救中心5120120"),
              one(20, 148, "自来水公司5126688")]
    notices = [one(20, 100, "便民信息"), one(20, 120, "停水通知"), one(20, 134, "明日八时起部分路段停水。")]
    for blocks, ad in ((listed, True), (notices, False)):
        read = page_chunks(PdfPage(1, 600, 800, tuple(blocks + body), (), (), frame), 0, 1)
        assert {c.geometry.ad for c in read.chunks if c.text in [b.text for b in blocks]} == {ad}


def test_a_crossheads_two_lines_centred_in_a_bold_face_are_one_paragraph():
    """A crosshead set in a bold sans at about the body's size, its second line shorter and centred under the first
    (so it looks indented): one run, not a paragraph opening on its second line; a caption's smaller type is left
    to the indent rule."""
    def centred(size):
        first = Line("字" * 10, 20, 100, 20 + 10 * size, 100 + size, size, "Hei-Bold")
        second = Line("字" * 4, 20 + 3 * size, 100 + 1.4 * size, 20 + 7 * size, 100 + 2.4 * size, size, "Hei-Bold")
        return PdfBlock((first, second), 20, 100, 20 + 10 * size, second.bottom, size, "Hei-Bold")
    head = centred(10.5)
    assert [len(lines) for lines, _ in paragraphs(head, [head], BODY)] == [2]
    small = centred(9.5)
    assert [len(lines) for lines, _ in paragraphs(small, [small], BODY)] == [1, 1]


def test_a_line_opening_with_a_bold_lead_is_set_in_its_texts_face_and_opens_a_block():
    """（上接A1版） run in bold before a paragraph's first two characters (…菜市 | 场、…): the line is its text's, so
    the paragraph's next line goes on in its block; a brief's bold title run in before its text opens a block of
    its own under the brief before."""
    def faced(text, x0, top, face):
        return [replace(g, face=face) for g in glyphs(text, x0, top)]
    first = faced("（上接A1版）", 30, 100, "Hei-Bold") + faced("菜市", 100, 100, "Song")
    second = faced("场、社区食堂、药店", 10, 114, "Song")
    (block,) = blocks_of(lines_of(first + second))
    assert block.lines[0].lead == ("（上接A1版）", "Hei-Bold") and block.lines[0].face == "Song"
    briefs = faced("春季植树活动昨天启动，全市共栽下树苗两万株。", 10, 100, "Song") + faced("停水通知", 10, 114, "Hei-Bold") \
        + faced(" 因更换供水管", 50, 114, "Song")
    assert len(blocks_of(lines_of(briefs))) == 2


def test_a_crosshead_at_a_second_columns_top_centred_under_the_subheadline_is_read_in_its_column():
    """A story over three columns under its kicker, headline and subheadline; a bold crosshead at the second
    column's top, level with the first column's text and centred under the subheadline by chance. It is read after
    the first column, before the second's text, not as a line of the headline group."""
    kicker = block(150, 70, 410, 1, size=14.0, face="Hei")
    headline = block(50, 92, 510, 1, size=25.0, face="Hei-Bold")
    sub = block(80, 130, 480, 1, size=13.0)
    col1, col2, col3 = block(26, 168, 186, 30), block(201, 188, 361, 30), block(376, 168, 536, 30)
    head = block(219, 167, 343, 1, size=11.0, face="Hei-Bold")
    order = reading_order([kicker, headline, sub, head, col1, col2, col3], BODY, 1000)
    assert order == [kicker, headline, sub, col1, head, col2, col3]


def _upright(text: str, x0: float, x1: float, top: float = 67.0, size: float = 48.0) -> PdfBlock:
    line = Line(text, x0, top, x1, top + size * len(text), size, "Hei", vertical=True)
    return PdfBlock((line,), x0, top, x1, line.bottom, size, "Hei")


def test_a_vertical_headline_ruled_off_both_sides_heads_the_text_on_its_left_not_the_next_storys():
    """A Hong Kong lead: its headline set upright in two columns at the right of its text, rules drawn down on both
    sides; on its right, nearer, another story under a headline of its own. The upright headline is read first
    (its right column first), before its own text; the other story keeps its headline."""
    heads = [_upright("某某新屋延误半年", 486, 534), _upright("千名买家被迫续租", 432, 480)]
    sub = block(30, 71, 329, 1, size=14.0, face="Hei")
    ours = [block(30, 104, 150, 34), block(160, 104, 280, 34), block(291, 104, 411, 34)]
    other_head = block(546, 69, 714, 2, size=21.0, face="Hei")
    theirs = [block(546, 133, 665, 33), block(676, 133, 795, 33)]
    rules = ((417.5, 60.0, 418.5, 640.0), (540.5, 60.0, 541.5, 640.0))
    order = reading_order(heads + [sub, other_head] + ours + theirs, BODY, 1200, rules=rules)
    assert order == heads + [sub] + ours + [other_head] + theirs


def test_a_framed_index_under_its_label_is_the_pages_furniture():
    """A front page's 导读 box, framed: its label, the titles of stories inside, their teasers and page arrows are
    the page's index, no story's (nor heads of the story printed under the frame)."""
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def one(x0, top, text, size=10.0):
        line = Line(text, x0, top, x0 + size * len(text), top + size, size, "Song")
        return PdfBlock((line,), line.x0, line.top, line.x1, line.bottom, size, "Song")

    frame = ((10.0, 90.0, 300.0, 220.0),)
    index = [one(20, 100, "导读", 16.0), one(20, 124, "中心城区新增停车泊位", 13.0), one(20, 140, "停车场下月起陆续投用"),
             one(250, 140, "▶A4"), one(20, 164, "职业学院新校区启用", 13.0), one(20, 180, "可容纳在校生一万人"),
             one(250, 180, "▶A5")]
    body = [one(10, 300 + 14 * k, "字" * 20) for k in range(12)]
    read = page_chunks(PdfPage(1, 600, 800, tuple(index + body), (), (), frame), 0, 1)
    assert {c.geometry.ad for c in read.chunks if c.text in [b.text for b in index]} == {True}
    assert not any(c.geometry.ad for c in read.chunks if c.text == body[0].text)


def test_a_dog_leg_story_reads_its_columns_under_the_headline_then_the_leg_below_them():
    """A story over four columns, its text going on in a leg of two columns below them at the left, a box set in
    another size under its last two: the four columns first, then the leg (not each left column down to its foot)."""
    cols = [block(30 + 129 * k, 183, 150 + 129 * k, 18, indent=(0,) if k == 0 else ()) for k in range(4)]
    leg = [block(30, 450, 150, 20, indent=()), block(159, 450, 279, 15, indent=())]
    box = [block(299, 515, 531, 14, size=10.6)]  # (set in the columns, not in the body's type)
    order = reading_order(cols + leg + box, BODY, 1200)
    at = [order.index(b) for b in cols + leg]
    assert at == sorted(at) and at[-1] - at[0] == len(at) - 1


def _hei(text: str, x0: float, top: float, x1: float, rows: int = 1, size: float = 10.0) -> PdfBlock:
    made = [Line(text if k == 0 else "某" * int((x1 - x0) // size), x0, top + k * 1.3 * size, x1,
                 top + k * 1.3 * size + size, size, "Hei") for k in range(rows)]
    return PdfBlock(tuple(made), x0, top, x1, made[-1].bottom, size, "Hei")


def test_a_side_head_in_a_narrow_column_of_its_own_heads_the_columns_at_its_right():
    """A story's kicker, headline, deck and credit set in a narrow column at its left, a sidebar with its own headline
    lower in that column: the headline and its credit are read before the columns starting level with its top,
    the sidebar's headline before the sidebar's text."""
    kicker = _hei("某某小区加装电梯调查", 10, 50, 140, size=12.0)
    head = _hei("电梯缘何卡住", 10, 75, 140, rows=3, size=30.0)
    deck = _hei("三年建成一千二百台", 10, 190, 140, rows=2, size=11.5)
    credit = _hei("本报记者 某甲", 10, 235, 90)
    side_head = _hei("一部电梯的账", 10, 400, 140, size=13.0)
    side_text = block(10, 425, 140, 20)
    cols = [block(170, 50, 310, 50), block(320, 50, 460, 50)]
    order = reading_order([kicker, head, deck, credit, side_head, side_text, *cols], BODY, 900)
    assert order.index(head) < order.index(deck) < order.index(credit) == order.index(cols[0]) - 1
    assert order.index(cols[0]) < order.index(cols[1])
    assert order.index(side_head) == order.index(side_text) - 1


def test_a_box_inset_in_a_column_is_read_after_the_text_running_on_round_it():
    """A ruled box as wide as its column, the column's text over and under it: the column's text and the next
    column read on (a paragraph cut at the box goes on under it), the box after them."""
    over, under = block(10, 50, 150, 20), block(10, 430, 150, 10, indent=())
    label = _hei("相关链接", 15, 340, 140)
    box_text = block(15, 360, 140, 5)
    nxt = block(170, 50, 310, 40, indent=())
    frame = (8, 335, 152, 425)
    order = reading_order([over, label, box_text, under, nxt], BODY, 900, frames=(frame,))
    assert order == [over, under, nxt, label, box_text]


def test_a_boxs_label_set_over_its_title_in_one_block_is_a_line_of_its_own():
    both = PdfBlock((Line("相关链接", 10, 100, 50, 110, 10.0, "Hei"), Line("某事怎么办理", 10, 114, 70, 124, 10.0, "Hei")),
                    10, 100, 70, 124, 10.0, "Hei")
    assert [[ln.text for ln in lines] for lines, _ in paragraphs(both, [both], BODY)] == [["相关链接"], ["某事怎么办理"]]
    plain = replace(both, lines=(replace(both.lines[0], text="某事为何难办"), both.lines[1]))
    assert len(paragraphs(plain, [plain], BODY)) == 1


def test_a_deck_set_a_size_up_in_another_face_between_headline_and_credit_is_a_title_line():
    """On a PDF page, a deck broken by commas, set larger than the body in a face of its own, between the headline
    and the credit: a line of the headline group; the same words in the body's size and face stay text."""
    from reader.model import Piece
    from reader.parse import classify_chunks
    from reader.parse.segment import Chunk, Geometry

    def chunks(deck: Geometry):
        rows = [("电梯缘何卡住", Geometry(3.0, False, face="Hei")),
                ("三年建成一千二百台，近三成申请因低层住户反对等原因搁浅", deck),
                ("本报记者 某甲", Geometry(1.0, False, face="Hei")),
                ("某某小区的住户昨天又一次聚在楼下商量加装电梯的事。", Geometry(1.0, True))]
        return [Chunk(t, (Piece(t, 2 * k + 1, 2 * k + 1),), 1, 0, False, g) for k, (t, g) in enumerate(rows)]
    assert classify_chunks(chunks(Geometry(1.14, False, face="Hei")))[1].role is Role.HEADLINE
    assert classify_chunks(chunks(Geometry(1.0, True)))[1].role is Role.PARAGRAPH


def test_a_drop_cap_is_put_back_at_the_head_of_its_paragraph():
    """One character in large type in the top left corner of a block of body text (its first lines set round it):
    the paragraph's first character. A large character standing apart from any text stays where it is."""
    from reader.parse.caps import joined_caps
    cap = PdfBlock((Line("钟", 12, 100, 42, 130, 30.0, "Song"),), 12, 100, 42, 130, 30.0, "Song")
    text = block(10, 100, 150, 6, indent=())
    [both] = joined_caps([cap, text], BODY)
    assert both.text.startswith("钟字") and len(both.lines) == 6
    apart = replace(cap, x0=300, x1=330, lines=(replace(cap.lines[0], x0=300, x1=330),))
    assert joined_caps([apart, text], BODY) == [apart, text]


def test_a_headline_over_a_row_of_pieces_titles_heads_them_all():
    """某某（三首） centred over three poems, each under its title set level with the others: the headline (and the
    poet under it) is read before the first poem's title, not after the first column."""
    head = _hei("小城冬夜（三首）", 180, 600, 380, size=22.0)
    poet = _hei("□某甲", 255, 630, 305)
    titles = [_hei(t, x, 665, x + 30, size=14.0) for t, x in (("腊八", 90, ), ("旧站", 257), ("围炉", 440))]
    poems = [block(x, 690, x + 100, 6, indent=()) for x in (56, 231, 406)]
    order = reading_order([*poems, *titles, head, poet], BODY, 1000)
    assert order.index(head) < order.index(poet) < order.index(titles[0]) < order.index(poems[0])
    assert order.index(poems[0]) < order.index(titles[1]) < order.index(poems[1]) < order.index(titles[2])


def test_column_rules_drawn_down_from_under_a_headline_leave_it_heading_all_its_columns():
    """A headline centred over a band of columns with a rule down every gutter from under it: it heads the band's
    first column too (the rules part its columns, not stories)."""
    head = _hei("某地高速铁路全线铺轨贯通", 190, 400, 630, size=28.0)
    cols = [block(26 + 157 * k, 445, 169 + 157 * k, 20, indent=(0,) if k == 0 else ()) for k in range(5)]
    rules = tuple((176.0 + 157 * k, 445.0, 177.0 + 157 * k, 760.0) for k in range(4))
    order = reading_order([*cols, head], BODY, 1000, rules=rules)
    assert order.index(head) < order.index(cols[0])


def test_a_tables_rows_kept_as_blocks_of_cells_on_one_baseline_are_its_cells():
    """Rows whose cells the extractor kept in one block (lines side by side on one baseline), the figures set flush
    right: a table's cells; lines of prose one under the other are not."""
    from reader.parse.cells import table_cells

    def row(top, label, figure):
        cells = (Line(label, 356, top, 356 + 10 * len(label), top + 10, 10.0, "Hei"),
                 Line(figure, 684 - 6 * len(figure), top, 684, top + 10, 10.0, "Hei"),
                 Line("8.3", 769, top, 783, top + 10, 10.0, "Hei"))
        return PdfBlock(cells, 356, top, 783, top + 10, 10.0, "Hei")
    rows = [row(500 + 20 * k, label, figure) for k, (label, figure) in
            enumerate((("进出口总值", "6842.6"), ("出口", "4315.8"), ("跨境电商", "612.9")))]
    assert table_cells(rows + [block(10, 100, 150, 5)]) == {id(r) for r in rows}


def test_a_results_tables_rows_a_bolder_score_between_its_teams_and_a_line_of_another_column_between_rows():
    """某队 | 0:3 (bold, a step larger) | 某队, five rows; a brief's title in another column level with the gap between
    two rows: every cell the table's, scores too, the other column's line none of them."""
    from reader.parse.cells import table_cells

    def cell(text, x0, top, size=11.25):
        line = Line(text, x0, top, x0 + size * len(text), top + size * 1.45, size, "Hei")
        return PdfBlock((line,), line.x0, line.top, line.x1, line.bottom, size, "Hei")
    rows = [[cell("甲城某队", 141, 976 + 28 * k), cell(f"{k}:3", 206, 975 + 28 * k, 12.75), cell("乙城某队", 246, 976 + 28 * k)]
            for k in range(5)]
    other = cell("全国青年举重锦标赛落幕", 624, 995.7)
    assert table_cells([c for r in rows for c in r] + [other]) == {id(c) for r in rows for c in r}


@pytest.mark.parametrize("name", ["made-guoji3", "made-yaowen", "made-xianbao10"])
def test_a_briefs_bold_title_run_in_and_wrapped_onto_its_texts_first_line_is_its_headline(name):
    """A box of briefs whose bold titles run into their text, one wrapped so that its first line is all bold and the
    next opens with the title's end (…淡化厂 位于…): each brief titled as the page shows (the gold's titles)."""
    import json

    with open(os.path.join(FIXTURES, name + ".json"), encoding="utf-8") as f:
        gold = [re.sub(r"\s", "", a["headline"]) for a in json.load(f)["articles"] if a["kind"] == "brief"]
    got = [re.sub(r"\s", "", a.headline) for a in read_pdf(os.path.join(PDF_FIXTURES, name + ".pdf")).edition.articles]
    assert gold and all(h in got for h in gold)


def test_a_crosshead_set_between_two_rules_of_its_own_opens_no_frame():
    """A crosshead in bold at body size framed by a thin rule over it and one under it, both its column's width and
    hugging it: its own rules, no frame's edge, so it stays a section of the story; a rule drawn across well above a
    title still sets that title off."""
    from reader.parse.layout import _set_off

    text = block(26, 174, 142, 14)
    head = PdfBlock((Line("产业链条越织越密", 41, 376, 128, 392, 10.9, "Hei"),), 41, 376, 128, 392, 10.9, "Hei")
    own = [(26.2, 375.0, 142.5, 375.8), (26.2, 392.2, 142.5, 393.0)]
    assert not _set_off(text, head, BODY, own)
    assert _set_off(text, head, BODY, [(26.2, 370.0, 142.5, 370.8)])


def test_a_crosshead_right_after_a_photo_standing_in_the_storys_columns_is_still_the_storys():
    """A photo with its caption and credit set in a story's columns, a crosshead (body size, bold) right after the
    credit: a section of that story, as the page shows (the gold's crossheads), not a new story."""
    import json

    with open(os.path.join(FIXTURES, "made-minsheng3.json"), encoding="utf-8") as f:
        lead = json.load(f)["articles"][0]
    heads = [re.sub(r"\s", "", lead["paragraphs"][k]) for k in lead["crossheads"]]
    got = next(a for a in read_pdf(os.path.join(PDF_FIXTURES, "made-minsheng3.pdf")).edition.articles
               if re.sub(r"\s", "", a.headline) == re.sub(r"\s", "", lead["headline"]))
    assert [re.sub(r"\s", "", got.paragraphs[k]) for k in got.crossheads] == heads


def test_the_titles_of_the_poems_a_headline_announces_are_its_crossheads():
    """On a page, 某某（三首）, the poet, then each poem under its title set in display type (lines without a stop):
    one item, each poem's title a crosshead; under a headline announcing nothing, the same titles head items."""
    from reader.model import Piece
    from reader.parse import assemble, classify_chunks
    from reader.parse.segment import Chunk, Geometry

    def items(headline: str):
        rows = [(headline, Geometry(2.1, False, face="Hei")), ("□某乙", Geometry(1.0, False, face="Hei"))]
        for title, lines in (("腊八", ["母亲起得比鸡还早", "灶膛里的火煮着一锅粥"]), ("旧站台", ["最后一趟车开走以后", "站台就老了"]),
                             ("围炉", ["炭火红着脸", "听大人说起远行的人"])):
            rows += [(title, Geometry(1.35, False, face="Hei"))] + [(t, Geometry(1.07, True, verse=True)) for t in lines]
        return classify_chunks([Chunk(t, (Piece(t, 2 * k + 1, 2 * k + 1),), 1, 0, False, g)
                                for k, (t, g) in enumerate(rows)])
    [poems], _, _ = assemble(items("小城冬夜（三首）"))
    assert [poems.paragraphs[k] for k in poems.crossheads] == ["腊八", "旧站台", "围炉"]
    assert len(assemble(items("小城冬夜"))[0]) > 1


def test_text_going_on_mid_paragraph_out_of_a_box_goes_on_from_the_story_cut_mid_sentence():
    """An L-shaped story: its upper columns stop mid-sentence, a ruled box stands in its corner, its text goes on
    under the box, its first line flush: the text under the box is the story's, not the box's."""
    from reader.model import Piece
    from reader.parse import assemble, classify_chunks
    from reader.parse.segment import Chunk, Geometry
    frame = (340.0, 185.0, 798.0, 664.0)
    rows = [("外贸稳中提质新业态活力迸发", Geometry(2.5, False, face="Hei")),
            ("本报讯（记者 某甲）前11个月全省进出口稳中有升。产品结构持续优化，出口增势强劲，前11", Geometry(1.0, True, indented=True)),
            ("读懂外贸里的三组数字", Geometry(1.6, False, face="Hei", frame=frame)),
            ("第一组数字是8.3%。这是今年以来的最快增速，也是全国平均水平的两倍。", Geometry(1.0, True, indented=True, frame=frame)),
            ("个月，全省进口集成电路、工业机器人等关键设备增长14.3%，有力保障了产业链供应链稳定。", Geometry(1.0, True, indented=False))]
    chunks = [Chunk(t, (Piece(t, 2 * k + 1, 2 * k + 1),), 1, 0, False, g) for k, (t, g) in enumerate(rows)]
    story, box = assemble(classify_chunks(chunks))[0]
    assert story.paragraphs[-1].endswith("前11个月，全省进口集成电路、工业机器人等关键设备增长14.3%，有力保障了产业链供应链稳定。")
    assert box.paragraphs == (rows[3][0],)


def test_a_tables_title_over_its_cells_is_the_tables_even_under_a_figures_box_label():
    """On a PDF page, the title over a table's rows of cells (2026年…主要指标) is the page's data with them, though
    it opens with a big figure under a 数据 box's label (where a figure's line would be the box's text)."""
    from reader.model import Piece
    from reader.parse import classify_chunks
    from reader.parse.segment import Chunk, Geometry
    rows = [("数据", Geometry(1.1, False, face="Hei")), ("2026年1—11月全省外贸主要指标", Geometry(1.07, False, face="Hei"))]
    rows += [(t, Geometry(0.93, False, face="Hei", ad=True)) for t in ("指标金额同比", "进出口总值6842.68.3", "出口4315.810.1")]
    items = classify_chunks([Chunk(t, (Piece(t, 2 * k + 1, 2 * k + 1),), 1, 0, False, g) for k, (t, g) in enumerate(rows)])
    assert items[1].role is Role.FURNITURE and items[1].rule == "table_label"


def test_a_boxs_label_centred_over_its_columns_of_tips_heads_the_first_column():
    """A framed box (健康提醒) whose label is centred over three columns of tips, each opening with a bulleted line:
    the label is read before the first column, and no tip's first line is taken for a line of the label's group."""
    label = _hei("健康提醒", 576, 74, 639, size=13.5)
    firsts = [_hei(t, x, 105, x + 110) for t, x in (("●起床别太急。寒潮来", 430), ("●取暖防中毒。使用燃", 554),
                                                     ("●进补要适度。冬季进", 678))]
    rests = [block(x, 120, x + 110, 7, indent=()) for x in (430, 554, 678)]
    order = reading_order([*rests, *firsts, label], BODY, 800, frames=((420, 71, 798, 227),))
    assert order.index(label) == order.index(firsts[0]) - 1
    assert order.index(firsts[0]) < order.index(rests[0]) < order.index(firsts[1])


def test_captions_side_by_side_on_one_baseline_are_a_block_each_a_tables_cells_one_row():
    """Three photos in a row, each captioned by a sentence on one baseline: three blocks (one under each photo); a
    headline's two phrases a space apart and a table's short cells stay one line's block."""
    row = (glyphs("某镇茶园里，茶农为茶树覆盖防冻薄膜。", 26, 700) + glyphs("某园区内，工人在生产线上组装电机。", 289, 700)
           + glyphs("某广场上，群众排练迎新年文艺节目。", 551, 700))
    assert [b.text for b in blocks_of(lines_of(row))] == ["某镇茶园里，茶农为茶树覆盖防冻薄膜。", "某园区内，工人在生产线上组装电机。",
                                                          "某广场上，群众排练迎新年文艺节目。"]
    cells = glyphs("恒指", 26, 700) + glyphs("24186.52", 126, 700) + glyphs("+312.40", 226, 700)
    assert len(blocks_of(lines_of(cells))) == 1
    credit = glyphs("本报记者 某某某", 26, 700) + glyphs("一季度主要指标同比增速", 289, 700)  # a byline, a chart's title level
    assert [b.text for b in blocks_of(lines_of(credit))] == ["本报记者 某某某", "一季度主要指标同比增速"]


def test_a_question_and_its_answer_set_flush_in_one_block_are_a_paragraph_each():
    """升學Q&A: Q：… ending short on its question mark, then A：… set flush under it in the same block: two turns, two
    paragraphs (as 问：/答： are)."""
    texts = ["Q：某某某某某某某某某某某", "某某某某某某某？", "A：某某某某某某某某某某某", "某某某某某某某某某某某。"]
    made = [Line(t, 10, 100 + 14 * k, 10 + 10 * len(t), 110 + 14 * k, 10.0, "Song") for k, t in enumerate(texts)]
    b = PdfBlock(tuple(made), 10, 100, max(ln.x1 for ln in made), made[-1].bottom, 10.0, "Song")
    assert [[ln.text for ln in lines] for lines, _ in paragraphs(b, [b], BODY)] == [texts[:2], texts[2:]]


def test_a_headline_over_its_text_and_another_story_under_that_text_is_no_side_head_of_the_column_beside():
    """Two one-column stories stacked in a column, the lower one running on into the next column, whose top stands
    level with the upper headline: the upper headline heads the text under it (not the column beside it, as a side
    head would), the lower one its own text, which goes on in the next column."""
    upper, upper_text = _hei("某某国中生寒假免费学程式", 420, 540, 530, rows=2, size=14.0), block(420, 584, 536, 26)
    lower, lower_text = _hei("某某国小百年老校舍变身绘本馆", 420, 961, 534, rows=3, size=14.0), block(420, 1024, 536, 4)
    beside = block(551, 541, 667, 35, indent=())
    from reader.parse.anchors import anchor
    flow, groups = [upper_text, lower_text, beside], [[upper], [lower]]
    assert anchor([upper], flow, groups, BODY, []) == (0, True)
    assert anchor([lower], flow, groups, BODY, []) == (1, True)


def test_briefs_led_by_a_place_and_a_slash_in_one_block_open_a_paragraph_each():
    """國際短波's items set flush in one block, each led by a place and a slash (某國／…) after the last one's short
    sentence-ending line: a paragraph each."""
    texts = ["維某／首都某某某10日發", "生規模5.8地震，市區部分", "老舊建築受損。", "伊某達／國會10日三讀通", "過法案，全面禁用塑膠", "餐具。"]
    made = [Line(t, 428, 811 + 15 * k, 428 + 10 * len(t), 821 + 15 * k, 10.0, "Hei") for k, t in enumerate(texts)]
    made = [replace(ln, x1=528) if not ln.text.endswith("。") else ln for ln in made]
    b = PdfBlock(tuple(made), 428, 811, 528, made[-1].bottom, 10.0, "Hei")
    assert [[ln.text for ln in lines] for lines, _ in paragraphs(b, [b], BODY)] == [texts[:3], texts[3:]]


def test_a_section_head_shaped_like_a_column_label_set_in_the_columns_type_is_a_crosshead():
    """记者调查 and 部门回应 set in the column's size but a bold face between a story's paragraphs: its sections'
    heads (记者调查 is shaped like a column's label, which heads a headline, never text: here text follows)."""
    from reader.export import to_dict
    from reader.parse import _parsed, classify_chunks
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def lines(x0, top, x1, texts, size=10.0, face="Song"):
        made = tuple(Line(t, x0 + (2 * size if k == 0 and face == "Song" else 0), top + k * 1.4 * size, x1,
                          top + k * 1.4 * size + size, size, face) for k, t in enumerate(texts))
        return PdfBlock(made, x0, top, x1, made[-1].bottom, size, face)

    headline = lines(10, 40, 290, ["小区新桩成了摆设"], size=24, face="Hei")
    first = lines(10, 90, 150, ["读者来电说，小区里的充电", "桩去年就装好了，至今没", "有通电。"])
    probe = lines(10, 140, 80, ["记者调查"], size=10.5, face="HeiBold")
    second = lines(10, 162, 150, ["记者来到小区，看到充电桩", "的屏幕还贴着保护膜，地", "上落满灰尘。"])
    more = lines(10, 204, 150, ["居民只好从家里拉线充电，", "存在安全隐患。"])
    reply = lines(10, 238, 80, ["部门回应"], size=10.5, face="HeiBold")
    third = lines(10, 260, 150, ["街道表示，将协调物业和运", "营企业，月底前通电，请", "居民放心。"])
    last = lines(10, 300, 150, ["本报将继续关注此事进展，", "欢迎读者提供线索。"])
    read = page_chunks(PdfPage(1, 600, 800, (headline, first, probe, second, more, reply, third, last)), 0, 1)
    text = "\n\n".join(read.texts) + "\n"
    edition = to_dict(_parsed(text, classify_chunks(read.chunks), read.removed, "page.pdf", "pdf", "pdf", ()).edition)
    [article] = edition["articles"]
    assert article["headline"] == "小区新桩成了摆设" and not article.get("rubric")
    assert [article["paragraphs"][k] for k in article["crossheads"]] == ["记者调查", "部门回应"]


def test_an_editors_note_label_run_in_bold_stays_in_its_notes_paragraph():
    """编者按： set bold, run into the note's text in a box over the headline: one paragraph, its label in it, the
    story's first as the page's gold has it (made-lilun4), not a brief titled 编者按."""
    import json

    with open(os.path.join(FIXTURES, "made-lilun4.json"), encoding="utf-8") as f:
        note = json.load(f)["articles"][0]["paragraphs"][0]
    assert note.startswith("编者按：")
    got = [p for a in read_pdf(os.path.join(PDF_FIXTURES, "made-lilun4.pdf")).edition.articles for p in a.paragraphs]
    assert re.sub(r"\s", "", note) in [re.sub(r"\s", "", p) for p in got]
    assert "编者按：" not in [a.headline for a in read_pdf(os.path.join(PDF_FIXTURES, "made-lilun4.pdf")).edition.articles]


def test_a_boxs_upright_label_read_after_its_first_items_title_still_lets_that_title_head_its_text():
    """教育短波 set upright at a box's side is read after the first brief's title beside it: the title still heads
    its text (the gold's briefs, made-twjiaoyu), the label heads the box, and no title is dropped as a lone one."""
    import json

    with open(os.path.join(FIXTURES, "made-twjiaoyu.json"), encoding="utf-8") as f:
        gold = [(re.sub(r"\s", "", a["headline"]), len(a["paragraphs"])) for a in json.load(f)["articles"]
                if a["kind"] == "brief"]
    got = [(re.sub(r"\s", "", a.headline), len(a.paragraphs))
           for a in read_pdf(os.path.join(PDF_FIXTURES, "made-twjiaoyu.pdf")).edition.articles]
    assert len(gold) == 3 and all(g in got for g in gold)


def test_an_interview_whose_turn_runs_on_past_its_photo_into_the_next_column_stays_one_story():
    """A photo set in an interview's columns, then a question cut at a column's foot (记者：这项技术离 | 走进…？):
    the turn goes on in the next column, so the story is not cut there into photo news and an untitled piece."""
    import json

    with open(os.path.join(FIXTURES, "made-keji5.json"), encoding="utf-8") as f:
        lead = json.load(f)["articles"][0]
    got = read_pdf(os.path.join(PDF_FIXTURES, "made-keji5.pdf")).edition.articles
    assert all(a.headline for a in got)
    story = next(a for a in got if a.headline == lead["headline"])
    cut = next(p for p in lead["paragraphs"] if p.startswith("记者：") and "走进" in p)
    assert re.sub(r"\s", "", cut) in [re.sub(r"\s", "", p) for p in story.paragraphs]


def test_a_white_space_across_inside_a_framed_box_parts_no_band():
    """A framed box under a story's columns, its label over its text, and a column beside it whose paragraph happens
    to end at the label's foot: the white space across both at that height runs through the box's frame, no band
    ends there. The box is read whole after the text over it, then the column beside (a rule down alone, no frame,
    parts the bands as before)."""
    from reader.parse.columns import xy_cut

    def ended(b):  # (the block's last line ends its paragraph)
        last = replace(b.lines[-1], text=b.lines[-1].text[:-1] + "。")
        return replace(b, lines=b.lines[:-1] + (last,))
    over, label, text = ended(block(10, 100, 300, 20)), block(20, 400, 80, 1), ended(block(20, 430, 290, 12))
    beside_top, beside_low = ended(block(320, 100, 600, 22)), ended(block(320, 430, 600, 12))
    frame = [(10, 395, 10, 600), (300, 395, 300, 600), (10, 395, 300, 395), (10, 600, 300, 600)]
    blocks = [over, label, text, beside_top, beside_low]
    assert xy_cut(blocks, BODY, frame) == [over, label, text, beside_top, beside_low]
    assert xy_cut(blocks, BODY, frame[:1]) == [over, label, beside_top, text, beside_low]  # (a rule alone)


def test_a_closing_credit_a_lines_end_cut_in_two_is_joined_and_cut_off_its_paragraph():
    """…问题。（通讯员 | 某某某）: a story's closing credit run on after its last sentence, its rest on the next line, a
    block of its own: one credit, cut off the paragraph (a bracket naming no reporter's role, …（详 | 见下图）, stays
    the text's)."""
    from reader.model import Piece
    from reader.parse import glued
    from reader.parse.segment import Chunk, Geometry

    def chunk(text, line):
        return Chunk(text, (Piece(text, line, line),), geometry=Geometry(1.0, True, box=(420, 14 * line, 536, 14 * line + 12)))
    got = glued.credits([chunk("县里组织收购企业与种植户签订协议，解决了卖难问题。（通讯员", 1), chunk("某某某）", 2),
                         chunk("本报讯　清明节前后是森林防火的关键期。", 3)])
    assert [c.text for c in got] == ["县里组织收购企业与种植户签订协议，解决了卖难问题。", "（通讯员某某某）",
                                     "本报讯　清明节前后是森林防火的关键期。"]
    kept = [chunk("新设的站点都标在地图上。（详", 1), chunk("见下图）", 2)]
    assert glued.credits(kept) == kept


def test_a_sidebars_label_set_on_its_titles_line_is_cut_off_it():
    """新聞辭典立委選區劃分 in display type, one line on a PDF page: the box's label (a rubric) and the term it explains
    (its title); a two-character label that opens titles as a verb (数说村集体经济) and body text stay whole."""
    from reader.model import Piece
    from reader.parse import glued
    from reader.parse.segment import Chunk, Geometry

    def chunk(text, body=False):
        return Chunk(text, (Piece(text, 1, 1),), geometry=Geometry(1.0 if body else 1.6, body))
    assert [c.text for c in glued.labels([chunk("新聞辭典立委選區劃分")])] == ["新聞辭典", "立委選區劃分"]
    assert [c.text for c in glued.labels([chunk("知识链接传统村落")])] == ["知识链接", "传统村落"]
    assert [c.text for c in glued.labels([chunk("警方通报冒充客服诱导退款")])] == ["警方通报", "冒充客服诱导退款"]  # (a box's)
    kept = [chunk("数说村集体经济"), chunk("新聞辭典立委選區劃分", body=True)]
    assert glued.labels(kept) == kept


def test_a_rule_down_the_whole_region_parts_it_before_column_rules_a_rule_across_interrupts():
    """Two stories stacked in two columns, each with a column rule drawn between its columns and a rule across
    between the stories, beside a rail behind a rule drawn down the page's whole height: the rail's rule parts the
    region first, so each story's columns are read before the next story's (the column rules, broken at the rule
    across, cover less of the region)."""
    from reader.parse.columns import xy_cut

    lead = [block(10, 100, 140, 20), block(160, 100, 290, 20)]
    comment = [block(10, 420, 140, 20), block(160, 420, 290, 20)]
    rail = block(320, 100, 600, 43)
    rules = [(150, 100, 150, 380), (150, 420, 150, 700), (10, 400, 290, 400), (310, 90, 310, 705)]
    assert xy_cut(lead + comment + [rail], BODY, rules) == lead + comment + [rail]


def test_a_profile_cards_fields_in_one_block_each_open_a_line_and_the_items_under_a_bare_label_too():
    """A 人物名片 card set as one block: 姓名：…, 出生：…, 代表作：… (its value wrapped onto a second line), 荣誉： alone
    and the two honours it lists: each field a paragraph, its wrapped value with it, each honour a line of its own."""
    texts = ["姓名：某某某", "出生：1956年，某县人", "代表作：《连年有余》《五谷丰登》《春", "牛图》", "荣誉：",
             "省级非物质文化遗产代表性传承人", "省工艺美术大师"]
    lines = tuple(Line(t, 10, 100 + k * 14, 10 + 10 * len(t), 110 + k * 14, 10.0, "Hei") for k, t in enumerate(texts))
    card = PdfBlock(lines, 10, 100, 190, lines[-1].bottom, 10.0, "Hei")
    got = ["".join(ln.text for ln in run) for run, _ in paragraphs(card, [card], BODY)]
    assert got == ["姓名：某某某", "出生：1956年，某县人", "代表作：《连年有余》《五谷丰登》《春牛图》", "荣誉：",
                   "省级非物质文化遗产代表性传承人", "省工艺美术大师"]


def test_a_folio_set_large_over_a_headline_is_no_figure_and_the_headline_no_note_of_it():
    """The page's number set large in the top corner (8), the lead's headline right under it: a 数说 box's figure
    has a short note under it in smaller type, never display type; the two stay apart."""
    from reader.parse.figures import joined_figures

    folio = PdfBlock((Line("8", 26, 2, 48, 57, 37.5, "Hei"),), 26, 2, 48, 57, 37.5, "Hei")
    head = PdfBlock((Line("某某停车场屋顶变身菜园", 26, 67, 464, 108, 28.5, "Song"),), 26, 67, 464, 108, 28.5, "Song")
    assert joined_figures([folio, head], BODY) == [folio, head]
    note = PdfBlock((Line("条具体举措", 20, 60, 60, 72, 10.0, "Song"),), 20, 60, 60, 72, 10.0, "Song")
    assert len(joined_figures([folio, note], BODY)) == 1  # (a figure's note in body type is still its cell's)


def test_a_column_labels_rule_running_on_from_its_left_edge_is_its_tab_and_parts_nothing():
    """读者来函 over a rule drawn from the label's left edge across its columns: the label's own tab, no rule parting
    it from the headline under it; the same rule under a headline it does not mostly span parts as before."""
    from reader.parse.layout import _not_underlines

    label = PdfBlock((Line("读者来函", 551, 617, 622, 638, 14.25, "Hei"),), 551, 617, 622, 638, 14.25, "Hei")
    title = PdfBlock((Line("巴士站遮雨棚", 551, 617, 622, 638, 14.25, "Hei"),), 551, 617, 622, 638, 14.25, "Hei")
    rule = (551.2, 639.0, 798.8, 640.5)
    assert _not_underlines((rule,), [label], BODY) == ()
    assert _not_underlines((rule,), [title], BODY) == (rule,)


def test_a_tables_source_line_set_right_under_its_last_row_is_a_line_of_its_own():
    """The last row of a table and 数据来源：… under it in one block (same type, flush left): two chunks, the row
    and the source, not one title."""
    rows = [Line("某某新材12.8-3.7%-0.35—", 20, 100, 200, 110, 9.4, "Hei"),
            Line("数据来源：各公司一季度报告", 20, 114, 170, 124, 9.4, "Hei")]
    b = PdfBlock(tuple(rows), 20, 100, 200, 124, 9.4, "Hei")
    assert [[ln.text for ln in run] for run, _ in paragraphs(b, [b], BODY)] == [
        ["某某新材12.8-3.7%-0.35—"], ["数据来源：各公司一季度报告"]]


def test_a_public_service_ads_frame_signed_by_who_cares_is_the_pages_furniture():
    """A frame at the page's foot: 防诈骗专线165, its slogan and text, signed 某市警察局 某报 关心您: a public-service
    ad, the page's own like any ad; a frame with no such sign-off stays."""
    from reader.parse.layout import _ads
    from reader.parse.pdf import PdfPage

    sign = PdfBlock((Line("某市警察局 某某日报 关心您", 30, 1110, 200, 1122, 9.0, "Hei"),), 30, 1110, 200, 1122, 9.0, "Hei")
    text = block(30, 1060, 400, 3)
    frame, other = (20, 1050, 420, 1130), (20, 900, 420, 1040)
    page = PdfPage(0, 825, 1170, (text, sign), boxes=(frame, other))
    assert _ads(page, [text, sign]) == [frame]


def test_a_deck_set_beside_its_headline_behind_a_short_rule_stays_in_its_headlines_group():
    """A Macao lead: the headline across four columns, a short upright rule only as tall as the headline, the deck in
    smaller type beside it, a rule across the page under both, the story's columns under the rule: the rule between
    them sets the deck off from nothing, the rule under them underlines the group, and neither is parted from its
    story; a rule drawn down the page between two titles still parts them."""
    from reader.parse.layout import _not_underlines, _set_off, ruled_off

    head = PdfBlock((Line("长者居家照顾计划明年推行", 26, 67, 413, 152, 31.5, "Song"),), 26, 67, 413, 152, 31.5, "Song")
    deck = PdfBlock((Line("首阶段覆盖两个堂区", 554, 79, 782, 100, 14.2, "Hei"),
                     Line("设二十四小时支援热线", 554, 104, 782, 125, 14.2, "Hei")), 554, 79, 782, 125, 14.2, "Hei")
    text = [block(26, 162, 142, 20), block(158, 162, 274, 20), block(289, 162, 405, 20), block(420, 500, 536, 10)]
    short, under = (544, 78, 545, 142), (26, 154, 799, 155)
    assert not _set_off(head, deck, BODY, [short])
    assert _set_off(head, deck, BODY, [(544, 60, 545, 600)])  # (a column rule running down the page parts them)
    assert _not_underlines((under, short), [head, deck, *text], BODY) == (short,)
    assert not ruled_off([head, deck, *text], BODY, (under, short), ()) & {id(head), id(deck)}


def test_a_headline_at_the_right_of_its_columns_in_a_ruled_band_heads_them():
    """A band ruled across over and under: two columns of text at its left from the band's top, the story's
    headline and deck at its right with nothing under them: the headline heads those columns (read before the
    first); a band's columns under a title of their own keep it, and a headline with text under it heads that."""
    from reader.parse.anchors import anchor

    head = _hei("某镇两万亩高山茶园迎来春茶开采季", 475, 513, 751, rows=2, size=24.0)
    cols = [block(26, 478, 207, 14), block(224, 478, 404, 13)]
    over, under = (26, 469, 799, 470), (26, 686, 799, 688)
    photo = block(290, 722, 535, 10)
    flow = cols + [photo]
    assert anchor([head], flow, [[head]], BODY, [over, under]) == (0, True)
    own = _hei("某某街道：居民议事会议定加装电梯", 26, 478, 404, size=16.0)
    lowered = [block(26, 510, 207, 12), block(224, 510, 404, 11), photo]
    assert anchor([head], lowered, [[head], [own]], BODY, [over, under])[0] != 0
    under_it = block(475, 600, 751, 5)
    assert anchor([head], cols + [under_it, photo], [[head]], BODY, [over, under]) == (2, True)


def test_photos_side_by_side_under_a_photo_news_label_are_an_item_each():
    """图片新闻 over a strip of three photos, each with its caption and credit: three photo items, the label the
    first one's (as the gold has it), not one story of three captions."""
    import json

    with open(os.path.join(FIXTURES, "made-xianbao10.json"), encoding="utf-8") as f:
        gold = [a.get("rubric") or "" for a in json.load(f)["articles"] if a["kind"] == "photo"]
    got = [a for a in read_pdf(os.path.join(PDF_FIXTURES, "made-xianbao10.pdf")).edition.articles
           if a.kind.value == "photo"]
    assert len(gold) == len(got) == 3 and [len(a.captions) for a in got] == [1, 1, 1]
    assert [re.sub(r"\s", "", a.rubric or "") for a in got] == [re.sub(r"\s", "", r) for r in gold]


def test_a_reviews_label_in_its_boxs_tab_and_the_covers_caption_go_with_the_review():
    """A 新书评介 box: its label in a tab ruled off over the cover, the cover's caption under it, the review's
    headline beside the cover: one review, the label its rubric and the caption its cover's (as the gold has it)."""
    import json

    with open(os.path.join(FIXTURES, "made-lilun6.json"), encoding="utf-8") as f:
        articles = json.load(f)["articles"]
    gold = articles[-1]
    got = read_pdf(os.path.join(PDF_FIXTURES, "made-lilun6.pdf")).edition.articles
    review = next(a for a in got if a.headline == gold["headline"])
    assert (review.rubric, len(review.captions)) == (gold["rubric"], len(gold["captions"])) == ("新书评介", 1)
    assert len(got) == len(articles)


def test_a_columns_headline_underlined_within_its_width_heads_the_text_under_the_line():
    """A comment column's headline and byline at the top of its two columns, a short rule drawn under them within
    their width (an ornament), the text under it: the headline heads that text, read before its first column."""
    from reader.parse.anchors import anchor

    head = _hei("看台热闹之后更需冷思考", 591, 99, 758, size=20.0)
    cols = [block(26, 193, 536, 30), block(551, 160, 667, 30), block(682, 160, 799, 30)]
    underline = (596, 154, 754, 155)
    assert anchor([head], cols, [[head]], BODY, [underline]) == (1, True)


def test_a_rule_over_a_crosshead_in_the_bodys_size_and_another_face_is_its_decoration():
    """鄰居拍門救出獨居長者 in bold sans at the body's size, a rule drawn over it across its column: the crosshead's
    decoration, parting it from neither its story's text above nor below; a rule over body text parts as before."""
    from reader.parse.layout import _not_underlines

    head, text = _hei("邻居拍门救出独居长者", 28, 649, 141), block(28, 665, 141, 8)
    over = (26, 642, 142, 643)
    assert _not_underlines((over,), [head, text], BODY) == ()
    assert _not_underlines((over,), [block(28, 649, 141, 3)], BODY) == (over,)
    kicker = _hei("某市推进老旧小区加装电梯三年调查", 28, 649, 141)  # (over a headline, no text: a kicker's rule parts)
    assert _not_underlines((over,), [kicker, _hei("加装电梯缘何卡在最后一票", 28, 668, 141, size=20.0)], BODY) == (over,)


def test_a_weeks_days_in_bold_each_open_a_paragraph_of_the_week_in_review_and_stay_in_it():
    """A weekly's 本周要闻 column (made-zhouhuigu1): each day's news led by its day in bold and a bar, 周一▎…, the
    items set one under another with no indent: each day opens a paragraph of its own, its day kept in it (a day's
    label is no brief's title)."""
    ed = read_pdf(os.path.join(PDF_FIXTURES, "made-zhouhuigu1.pdf")).edition
    week = next(a for a in ed.articles if a.headline == "本周要闻")
    assert [p[:3] for p in week.paragraphs] == ["周一▎", "周二▎", "周三▎", "周四▎", "周五▎", "周六▎", "周日▎"]
