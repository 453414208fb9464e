"""Punctuation widths restored in Chinese context; decimals, times, thousands and Latin text kept."""
import pytest

from reader.export import to_dict
from reader.parse import parse_text
from reader.transform.punctuation import restore, restore_edition


@pytest.mark.parametrize("damaged,restored", [
    ("获悉,我国将完善", "获悉，我国将完善"),
    ("本报讯(记者 王五)今年以来", "本报讯（记者 王五）今年以来"),
    ("曹县:重点项目释放发展新动能", "曹县：重点项目释放发展新动能"),
    ("增加管理层级;层层推卸", "增加管理层级；层层推卸"),
    ("真的吗?太好了!", "真的吗？太好了！"),
    ("农机具126万台(套),其中", "农机具126万台（套），其中"),
    ("诚迈科技(南京)股份有限公司", "诚迈科技（南京）股份有限公司"),
])
def test_chinese_context_gets_full_width(damaged, restored):
    assert restore(damaged) == restored


@pytest.mark.parametrize("vertical,across", [
    ("准确理解﹃不平衡不充分的发展﹄", "准确理解『不平衡不充分的发展』"),  # a vertical headline's brackets, read across
    ("﹁一国两制﹂︵全文︶", "「一国两制」（全文）"),
    ("研究︐发展︒︙", "研究，发展。…"),
    ("人名︳标记", "人名︳标记"),  # a proper-name mark has no horizontal form: kept
])
def test_punctuation_set_for_vertical_text_is_read_across(vertical, across):
    assert restore(vertical) == across


@pytest.mark.parametrize("kept", [
    "企业1.46万家", "每天9:00至17:30开放", "共1,000人", "COVID-19 (coronavirus) spread, they said: yes!",
    "Hello, world", "v2.0 (beta)",
])
def test_numbers_and_latin_text_keep_ascii(kept):
    assert restore(kept) == kept


def test_edition_transform_changes_only_punctuation():
    ed = parse_text("标题\n\n本报讯(记者 王五)今年以来,全市新增企业1,000家。\n", "x.txt")
    fixed = restore_edition(ed)
    assert to_dict(fixed)["articles"][0]["paragraphs"] == ["本报讯（记者 王五）今年以来，全市新增企业1,000家。"]
    assert fixed.articles[0].dateline == "本报讯（记者 王五）"
    assert to_dict(ed)["articles"][0]["paragraphs"][0].startswith("本报讯(记者")  # the model itself is unchanged
