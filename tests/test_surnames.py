"""Person names in Traditional editions: each surname that OpenCC alone would turn into another character (范 →
範 "model", 于 → 於, 钟 → 鐘 …) takes its form as a surname from surnames.tsv, in a two- and a three-character
name (three and four with a compound surname), in a credit and after a title, for Taiwan and Hong Kong; the given
name keeps OpenCC's phrases. The expected forms are the table's, which was made from references by reading
(tests/test_surnames_table.py checks it), and the given names' plain conversions (明, 建華)."""
import pytest
from test_surnames_table import AMBIGUOUS_IN_COMPOUND, AMBIGUOUS_SINGLE

from reader.model import Article, Block, Edition, Kind, Role
from reader.parse import conventions as cv
from reader.parse import parse_text
from reader.transform.names import protected_names
from reader.transform.script import ScriptOptions, convert_edition, surname_table

HEADLINE = "全市冬季供暖工作全面启动"
BODY = "今年供暖季比往年提前五天，全市供热管网运行平稳。"
GIVEN = {"明": "明", "建华": "建華"}  # given names whose conversion is the same for Taiwan and Hong Kong
COLUMN = {"hant-tw": 0, "hant-hk": 1}
CASES = [(surname, given, variant) for surname in sorted(set(AMBIGUOUS_SINGLE) | AMBIGUOUS_IN_COMPOUND)
         for given in GIVEN for variant in COLUMN]


def converted(dump: str, variant: str) -> str:
    ed = convert_edition(parse_text(dump), ScriptOptions(variant))
    return "".join(b.text for a in ed.articles for b in a.blocks)


@pytest.mark.parametrize("surname,given,variant", CASES)
def test_a_surname_in_a_credit(surname, given, variant):
    want = surname_table()[surname][COLUMN[variant]] + GIVEN[given]
    text = converted(f"{HEADLINE}\n\n本报讯（记者 {surname}{given}）{BODY}\n", variant)
    assert f"記者 {want}）" in text, text


@pytest.mark.parametrize("surname,given,variant", CASES)
def test_a_surname_after_a_title(surname, given, variant):
    want = surname_table()[surname][COLUMN[variant]] + GIVEN[given]
    text = converted(f"{HEADLINE}\n\n本报讯 昨日，集团董事长{surname}{given}表示，{BODY}\n", variant)
    assert f"董事長{want}表示" in text, text


def test_the_issues_dateline():
    text = converted(f"{HEADLINE}\n\n本报讯(记者 郁达夫 范军 于洋 余华 沈阳 钟南){BODY}\n", "hant-tw")
    assert "記者 郁達夫 范軍 于洋 余華 沈陽 鍾南" in text, text


@pytest.mark.parametrize("dump,want", [
    ("本报讯 董事长胡望明表示，", "董事長胡望明表示"),  # 胡 is not 鬍 ("beard")
    ("本报讯（记者 万里）", "記者 萬里）"),  # OpenCC's phrase: 里, not 裡
    ("本报讯（记者 欧阳建华）", "記者 歐陽建華）"),
    ("本报讯（记者 万俟明）", "記者 万俟明）"),  # the compound surname 万俟 (Mòqí) keeps 万
])
def test_names_keep_opencc_phrases_and_their_surnames(dump, want):
    assert want in converted(f"{HEADLINE}\n\n{dump}{BODY}\n", "hant-tw")


def test_a_name_of_an_unknown_surname_goes_through_opencc_whole():
    # 丫 is no surname of the table: the name is converted as OpenCC converts it, not character by character
    text = converted(f"{HEADLINE}\n\n本报讯（记者 丫里）{BODY}\n", "hant-tw")
    import opencc
    assert "記者 " + opencc.OpenCC("s2tw").convert("丫里") + "）" in text, text


def test_a_name_after_a_title_is_found_for_every_surname_the_parser_knows():
    # the converter keeps its own surnames (transform/names.py: the table and MORE_SURNAMES), apart from the
    # parser's: a name after a title is still found for each surname the parser finds in credits
    missed = []
    for surname in list(cv.SURNAMES_1) + cv.SURNAMES_2.split("|"):
        block = Block(Role.PARAGRAPH, f"集团董事长{surname}明华表示，", ())
        if surname + "明华" not in protected_names(Edition("x.txt", (Article(Kind.ARTICLE, (block,)),))):
            missed.append(surname)
    assert not missed, "".join(missed)
