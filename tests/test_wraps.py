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
