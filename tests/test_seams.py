"""pdftotext's blocks read in the order a person reads them: a column's foot cut mid-sentence goes on in the block
that continues it, wherever pdftotext put that block (made-up pages; the made pages' pdftotext dumps score it)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse import parse_text
from reader.parse.seams import reading_order
from reader.parse.segment import _blank_runs, _lines

COLUMN = 10  # characters of the made-up column's lines


def wrapped(text: str, indent: bool = True) -> list[str]:
    """The text hard-wrapped at the column, its first line indented two characters (which pdftotext drops)."""
    first = COLUMN - 2 if indent else COLUMN
    lines, rest = [text[:first]], text[first:]
    while rest:
        lines.append(rest[:COLUMN])
        rest = rest[COLUMN:]
    return lines


def page(*blocks: list[str]) -> str:
    return "\n\n".join("\n".join(b) for b in blocks) + "\n\f"


STORY = "今年全市启动老旧小区改造工程，涉及居民一千多户，改造内容包括屋面防水、管网更新和加装电梯等，预计年底前全部完工。"
OTHER = "本周末起，城东夜市重新开放，摊位数量比去年增加三成，管理方表示将加强卫生检查。"


def test_a_column_foot_cut_mid_sentence_goes_on_in_the_block_that_continues_it_past_another_story():
    lines = wrapped(STORY)
    head, rest = lines[:3], lines[3:]  # (cut after two full lines, mid-sentence: …涉及居民 | 一千多户…)
    ed = parse_text(page(["旧城改造惠及千户"], head, ["夜市重新开放"], wrapped(OTHER), rest), style="pdftotext")
    assert [(a.headline, a.paragraphs) for a in ed.articles] == [("旧城改造惠及千户", (STORY,)), ("夜市重新开放", (OTHER,))]


def test_a_block_read_before_its_columns_foot_is_taken_back_only_at_a_seam_the_page_prints():
    lines = wrapped(STORY)
    head, rest = lines[:3], lines[3:]  # (…改造内容 | 包括屋面…)
    runs = _blank_runs(_lines(page(rest, ["旧城改造惠及千户"], head)))
    assert [r[1][0][2] for r in reading_order(runs)] == [rest[0], "旧城改造惠及千户", head[0]]  # (容包: printed nowhere)
    runs = _blank_runs(_lines(page(rest, ["旧城改造惠及千户"], head, ["改造内容包括三项"])))
    assert [r[1][0][2] for r in reading_order(runs)] == ["旧城改造惠及千户", head[0], rest[0], "改造内容包括三项"]


def test_a_block_going_on_from_the_one_before_it_is_taken_by_no_other():
    """The first block stops two characters short of its column's edge, mid-sentence, and the next goes on with it; a
    later block cut at the edge whose seam with it the page prints elsewhere does not take it away."""
    first = wrapped(STORY)[:4]
    first[-1] = first[-1][:-2]
    rest = STORY[len("".join(first)):]
    second = [rest[k:k + COLUMN] for k in range(0, len(rest), COLUMN)]
    cut = ["另一项工程的具体安排", "以及施工和改造的内" + first[-1][-1]]  # (its last two lines fill the column)
    box = [first[-1][-1] + second[0][0] + "两个字"]  # (the seam's pair, printed elsewhere on the page)
    other = wrapped(OTHER)  # (another story sets the page's column)
    runs = _blank_runs(_lines(page(other, first, second, cut, box)))
    assert [r[1][0][2] for r in reading_order(runs)] == [other[0], first[0], second[0], cut[0], box[0]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.text(alphabet="某字甲乙，。的了", min_size=1, max_size=14), min_size=1, max_size=5),
                min_size=1, max_size=12))
def test_every_block_is_kept_with_its_line_numbers(blocks):
    runs = _blank_runs(_lines(page(*blocks)))
    assert sorted(reading_order(runs)) == sorted(runs)
