"""A wrap cut inside a number or between Latin words, joined whitespace-exact (the shared scorer folds spaces,
so only these tests see a space gained or lost): in the JSON, the EPUB and the site."""
import json
import re
import zipfile

import pytest

from reader.cli import main
from reader.parse.segment import join_text

# (end of one line, start of the next) → the joined text, character for character
JOINS = [
    ("企业1.", "46万家", "企业1.46万家"),  # a decimal point at the column end
    ("共1,", "000人", "共1,000人"),  # a thousands comma
    ("第12", "3期", "第123期"),  # digits cut apart
    ("新建5", "G基站", "新建5G基站"),  # a number and the Latin letters of its unit or name
    ("精度0.0", "2毫米", "精度0.02毫米"),
    ("1", "2", "12"),  # characters set one to a line
    ("the", "book", "the book"),  # Latin words get their space back
    ("in 2023.", "46 firms", "in 2023. 46 firms"),  # a number in Latin text is a word of it
    ("Apollo 11", "2 men", "Apollo 11 2 men"),
    ("co-", "operation", "cooperation"),  # a line-end hyphen splitting a word
    ("增长5%", "。", "增长5%。"),
]


@pytest.mark.parametrize("a,b,joined", JOINS)
def test_join_text_whitespace_exact(a, b, joined):
    assert join_text(a, b) == joined


DUMP = """全市市场主体持续增长
本报讯（记者 王明）今年以来，全市新增市场主体持续增长，截至十月底，全市共有各类企业1.
46万家，同比增长百分之十二。其中，规模以上工业企业共1,
000家，吸纳就业人员超过三万人，新建5
G基站一百二十个，主要产品精度达到0.0
2毫米，居全省前列。
"""
SHOWN = ["企业1.46万家", "共1,000家", "新建5G基站", "精度达到0.02毫米"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    (src / "daily-2025-03-04.txt").write_text(DUMP, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert main(["build", str(src), "-o", str(out), "--no-search"]) == 0
    return out


def test_numbers_cut_at_a_column_end_join_whole_in_the_json(built):
    edition = json.loads((built / "daily-2025-03-04.json").read_text(encoding="utf-8"))
    text = "".join(p for a in edition["articles"] for p in a["paragraphs"])
    for shown in SHOWN:
        assert shown in text
    assert not re.search(r"\d[.,]? \d|\d G", text), text


def test_numbers_cut_at_a_column_end_join_whole_in_the_epub_and_on_the_site(built):
    with zipfile.ZipFile(built / "epub" / "daily-2025-03-04.epub") as z:
        epub = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.fullmatch(r"EPUB/a\d+\.xhtml", n))
    site = (built / "site" / "daily" / "2025" / "03" / "04" / "a001.html").read_text(encoding="utf-8")
    for page in (epub, site):
        for shown in SHOWN:
            assert shown in page


@pytest.mark.parametrize("a,b,joined,glue", [
    ("inter-", "national", "international", "hyphenated_word"),  # a Latin word cut at a line-end hyphen
    ("A-", "B", "A-B", "cjk"),  # not a word cut in two: the hyphen stays
    ("企业1.", "46万家", "企业1.46万家", "number_run"),
    ("共1,", "000人", "共1,000人", "number_run"),
    ("5", "G基站", "5G基站", "number_run"),
    ("步骤1.", "Open the file", "步骤1. Open the file", "latin_space"),  # a sentence of Latin text after a number
    ("Hello", "world", "Hello world", "latin_space"),
    ("编号12", "号楼", "编号12号楼", "cjk"),
    ("中国", "人民", "中国人民", "cjk"),
    ("半句", "", "半句", "cjk"),
    ("", "半句", "半句", "cjk"),
])
def test_each_glue_and_its_name(a, b, joined, glue):
    from reader.parse.segment import join_text_by

    assert join_text_by(a, b) == (joined, glue)


def test_chunks_know_their_page_and_the_blank_lines_before_them():
    from reader.parse.styles import segment

    _, chunks = segment("标题一\n\n正文一段。\f标题二\n\n\n\n正文二段。\f\f正文三段。\n", "block")
    assert [(c.text, c.page) for c in chunks] == [("标题一", 0), ("正文一段。", 0), ("标题二", 1), ("正文二段。", 1),
                                                 ("正文三段。", 3)]  # two form feeds: page 2 is empty
    assert [c.gap for c in chunks[:2]] + [chunks[3].gap] == [0, 1, 3]


def _dump(singles: int, wrapped: int, indented: int = 0) -> str:
    """A dump of `singles` one-line blocks, a block of `wrapped` lines, and `indented` of the singles indented."""
    lines = [("\u3000\u3000" if k < indented else "") + f"第{k}段正文写完了。" for k in range(singles)]
    return "\n\n".join(lines + ["\n".join(f"第{k}行被折断的正文" for k in range(wrapped))]) + "\n"


def test_style_is_told_by_the_shape_of_the_lines_at_each_threshold():
    from reader.parse.styles import detect_style

    assert detect_style(_dump(10, 10)) == "block"  # half the lines inside wrapped blocks: not more than half
    assert detect_style(_dump(10, 11)) == "pdftotext"
    assert detect_style(_dump(10, 1)) == "block"  # a one-line block is no wrap
    assert detect_style(_dump(1, 0) + "\f" + _dump(1, 0)) == "pdftotext"  # a form feed: pdftotext's pages
    # indent dumps: at least 7.5% of the lines open indented, and more than a fifth of them inside wrapped runs
    assert detect_style(_dump(31, 9, indented=3)) == "indent"  # of 40 lines: 3 indented, 9 wrapped
    assert detect_style(_dump(32, 8, indented=3)) == "block"  # 8 of 40 wrapped: not more than a fifth
    assert detect_style(_dump(31, 9, indented=2)) == "block"  # 2 of 40 indented: under 7.5%
    assert detect_style("") == "block"


def test_join_all_glues_each_seam_as_join_text_does():
    from reader.parse.segment import join_all

    for a, b, joined in JOINS:
        assert join_all([a, b]) == joined
    lines = [a for a, _, _ in JOINS] + [b for _, b, _ in JOINS]
    slow = lines[0]
    for line in lines[1:]:
        slow = join_text(slow, line)
    assert join_all(lines) == slow
    assert join_all([]) == "" and join_all(["一"]) == "一"
