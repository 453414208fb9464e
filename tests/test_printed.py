"""Printed lines read one by one (reader/parse/printed.py): pdftotext's blocks and line dumps, on made-up lines."""
from reader.parse import parse_text
from reader.parse.cuts import printed_lines, quotes_rejoined
from reader.parse.printed import column_width, line_chunks, local_widths
from reader.parse.segment import _blank_runs, _lines
from reader.parse.styles import segment


def texts(dump: str, by_run: bool = True) -> list[str]:
    return [c.text for c in line_chunks(_blank_runs(_lines(dump)), by_run=by_run)]


# a column eleven characters wide, as pdftotext gives it: no indent, no blank line between paragraphs
BODY = ["东关街道今年共改造老旧", "小区十二个，惠及居民三", "千余户，年内全部完工。",
        "改造前，街道先逐户", "征求意见，把加装电梯、", "增设车位列为重点。"]


def test_a_closing_mark_cut_onto_a_line_of_its_own_goes_back_on_the_line_before():
    dump = "\n".join(["居民说：“现在回家方便多", "了，再也不用爬楼梯了。", "”", "街道还在小区里增设了", "休闲座椅和晾晒架。"])
    chunks = texts(dump)
    assert chunks[0].endswith("了，再也不用爬楼梯了。”")  # the mark goes on, and the paragraph ends after it
    assert chunks[1].startswith("街道还在")
    assert [p.first_line for p in line_chunks(_blank_runs(_lines(dump)), by_run=True)[0].pieces] == [1, 2, 3]


def test_a_line_opening_with_a_closing_mark_is_never_a_paragraph_of_its_own():
    lines = printed_lines([(1, [(1, 0, "群众称赞这是“民心工程"), (2, 0, "”，纷纷点赞。")])], by_run=True)
    assert [ln.text for ln in lines] == ["群众称赞这是“民心工程”，纷纷点赞。"]


def test_quotes_set_close_that_pdftotext_cut_apart_are_one_printed_line_again():
    # printed: 坚决不搞“一刀 ⏎ 切”“简单化”，推出错峰停车 ⏎ … (”“ set close: pdftotext cut the line between them)
    dump = "\n".join(["东关街道为缓解停车难，出台", "多项措施，坚决不搞“一刀", "切”", "“简单化”，推出错峰停车",
                      "等办法，居民反映良好。", "下一步，街道还将增设", "充电桩。"])
    assert texts(dump) == ["东关街道为缓解停车难，出台多项措施，坚决不搞“一刀切”“简单化”，推出错峰停车等办法，居民反映良好。",
                           "下一步，街道还将增设充电桩。"]
    dump = "\n".join(["东关街道为缓解停车难，出台", "多项措施，推出“错峰停车”", "“共", "享车位”等办法，居民反映",
                      "良好。", "下一步，街道还将增设", "充电桩。"])
    assert texts(dump)[0] == "东关街道为缓解停车难，出台多项措施，推出“错峰停车”“共享车位”等办法，居民反映良好。"


def test_a_quoted_sentence_ending_a_line_is_not_put_together_with_the_quote_under_it():
    lines = printed_lines([(1, [(1, 0, "老人笑着说：“好多了。”"), (2, 0, "“那就好。”")])], by_run=True)
    fulls = [11.0, 11.0]
    assert [ln.text for ln in quotes_rejoined(lines, fulls)[0]] == ["老人笑着说：“好多了。”", "“那就好。”"]


def test_paragraphs_inside_one_block_part_at_a_first_line_short_by_its_lost_indent():
    assert texts("\n".join(BODY)) == ["东关街道今年共改造老旧小区十二个，惠及居民三千余户，年内全部完工。",
                                      "改造前，街道先逐户征求意见，把加装电梯、增设车位列为重点。"]


def test_a_justified_line_pdftotext_spaced_out_fills_its_column():
    spaced = ["东 关 街 道 今 年 共 改 造", "小区十二个，惠及居民三", "千余户，年内全部完工。"]
    assert texts("\n".join(spaced)) == ["东关街道今年共改造小区十二个，惠及居民三千余户，年内全部完工。"]


def test_a_headline_and_a_dateline_in_one_block_are_cut_apart():
    dump = "\n".join(["城南新建三座口袋公园", "本报讯（记者 甲乙）今年", "春天，城南街道在背街小", "巷新建三座口袋公园，供", "周边居民休闲健身使用。"])
    chunks = texts(dump)
    assert chunks[0] == "城南新建三座口袋公园"
    assert chunks[1].startswith("本报讯（记者 甲乙）")


def test_a_wire_dateline_cut_before_its_day_opens_a_chunk():
    dump = "\n".join(["多国代表出席港口合作论坛", "据新华社某港3月13", "日电 论坛13日开幕，来自", "二十多个国家的代表出席。"])
    assert texts(dump)[1].startswith("据新华社某港3月13日电")


def test_a_subheadline_led_by_a_dash_is_cut_from_the_headline_over_it():
    dump = "\n".join(["老街焕新颜", "——记城西老街改造工程", "城西老街始建于明代，全", "长八百余米，去年启动改", "造，今年春节前完工。"])
    assert texts(dump)[:2] == ["老街焕新颜", "——记城西老街改造工程"]


def test_a_crosshead_after_a_paragraph_in_the_same_block_stands_alone():
    dump = "\n".join(BODY[:3] + ["车位难题有解"] + BODY[3:])
    assert "车位难题有解" in texts(dump)


def test_a_credit_pdftotext_spread_over_blocks_is_read_as_one():
    dump = "\n\n".join(["本报记者", "林某某", "/", "文"]) + "\n\n" + "\n".join(BODY)
    assert texts(dump)[0] == "本报记者林某某/文"


def test_words_of_a_story_after_a_role_alone_are_not_taken_into_its_credit():
    dump = "\n\n".join(["编辑", "美编"]) + "\n\n" + "\n".join(BODY)
    assert texts(dump)[:2] == ["编辑", "美编"]


def test_a_wrapped_title_stays_one_but_a_longer_line_under_a_short_one_is_another_title():
    wrapped = "\n\n".join(["城东将建设四所新", "学校"]) + "\n\n" + "\n".join(BODY)
    assert texts(wrapped, by_run=False)[0] == "城东将建设四所新学校"
    label = "\n\n".join(["区县", "城东新区将建设四所", "学校"]) + "\n\n" + "\n".join(BODY)
    assert texts(label, by_run=False)[:2] == ["区县", "城东新区将建设四所学校"]


def test_a_caption_block_wider_than_the_page_columns_reads_as_one_chunk():
    caption = ["3月12日，市民在城西老街的非遗集市上挑选手工艺品，", "体验传统技艺。"]
    dump = "\n".join(BODY) + "\n\n" + "\n".join(caption) + "\n\n" + "\n".join(BODY)
    assert "".join(caption) in texts(dump)


def test_each_line_takes_the_width_of_its_own_column():
    narrow = ["一二三四五六七八九十", "一二三四五六七八九十", "一二三四五六七八九十", "一二三四五六七八九十"]
    wide = ["一二三四五六七八九十一二三四五六七八", "一二三四五六七八九十一二三四五六七八", "一二三四五六七八九十一二三四五六七八",
            "一二三四五六七八九十一二三四五六七八"]
    assert local_widths(narrow + wide) == [10.0] * 4 + [18.0] * 4
    assert column_width(["一二三四五六七八九十", "一二三四五六七八九十一"]) == 11.0  # of two as common, the wider


def test_a_pdftotext_dump_parses_into_headline_and_paragraphs():
    dump = "\n\n".join(["城南新建三座口袋公园", "\n".join(["本报讯（记者 甲乙）今年", "春天，城南街道在背街小", "巷新建三座口袋公园，供",
                                                "周边居民休闲健身使用。", "公园由闲置地块改造而来", "，种植乔木两百余株。"])])
    assert segment(dump)[0] == "pdftotext"
    ed = parse_text(dump)
    assert [a.headline for a in ed.articles] == ["城南新建三座口袋公园"]
    assert len(ed.articles[0].paragraphs) == 2


def test_an_answer_opens_under_a_question_and_a_list_under_its_colon():
    dump = "\n".join(["孩子晚上总是睡不着，会影", "响长个子吗？", "答：会有一定影响。生长激",
                      "素主要在夜间深睡时分泌。", "具体做法：", "1.固定作息，按时上床。"])
    chunks = texts(dump)
    assert any(c.startswith("答：") for c in chunks)
    assert chunks[-1] == "1.固定作息，按时上床。"


def test_names_set_a_space_apart_stay_a_name_and_a_jump_line_stands_alone():
    dump = "\n\n".join(["海岛上的守灯人", "王 平 李一鸣", "\n".join(BODY + ["（下转第7版）"])])
    chunks = texts(dump)
    assert "王 平 李一鸣" in chunks
    assert chunks[-1] == "（下转第7版）"


def test_a_dateline_cut_after_its_day_is_no_title():
    dump = "\n".join(["新华社北京5月6日", "电（记者 某甲）国家有关", "部门8日发布消息，今年一", "季度经济运行总体平稳。"])
    assert texts(dump)[0].startswith("新华社北京5月6日电（记者 某甲）国家有关")


def test_a_title_as_wide_as_a_first_line_opening_a_block_stands_alone():
    dump = "\n".join(["别让“留痕”变了味", "近日，有读者来信，", "一些社区要求志愿者每天", "上传服务照片，少传一次",
                      "还要在群里作出说明。"])
    assert texts(dump)[0] == "别让“留痕”变了味"


def test_a_crosshead_that_fills_a_narrow_column_wraps_onto_its_short_last_line():
    dump = "\n".join(BODY[:3] + ["办证“最多跑一次”，时", "限减半"] + BODY[3:])
    assert "办证“最多跑一次”，时限减半" in texts(dump)


def test_a_teasers_last_line_with_a_page_reference_is_no_title():
    dump = "\n".join(["地铁新线周六试乘", "新线设车站五座，从城西", "到老城最快只需二十分", "钟，试乘期间免费", "乘坐。 ▶A5"])
    assert texts(dump)[-1].endswith("钟，试乘期间免费乘坐。 ▶A5")


def test_a_dump_of_columns_side_by_side_is_named_in_a_warning():
    left, right = BODY * 2, ["城西街道新建社区食堂两处", "每天供应午餐和晚餐，老人", "就餐可享受八折优惠。"] * 4
    layout = "\n".join(f"{a}      {b}" for a, b in zip(left, right))  # pdftotext -layout: two columns a line
    ed = parse_text(layout, source="page.txt")
    assert any("side by side" in w and w.startswith("page.txt: ") for w in ed.warnings)
    assert not parse_text("\n".join(BODY * 4), source="page.txt").warnings


def test_a_numbered_crosshead_as_wide_as_its_column_stands_alone_over_an_indented_first_line():
    dump = "\n".join(["今年以来，全县经济运行总体", "平稳，好于预期。", "一、在统筹发展中夯实根基",
                      "发展是安全的基础，安", "全是发展的条件。各地要把", "防范风险摆在突出位置。"])
    assert texts(dump)[1:] == ["一、在统筹发展中夯实根基", "发展是安全的基础，安全是发展的条件。各地要把防范风险摆在突出位置。"]


def test_a_numbered_crosshead_wrapped_onto_two_lines_stands_alone_over_an_indented_first_line():
    # (the paragraph before ends on a full line: a numbered line after a sentence's end opens another)
    dump = "\n".join(["今年以来，全县经济运行", "总体平稳，好于预期。", "一、坚持党建引领，把组",
                      "织优势转化为治理效能", "党的领导是做好基层", "治理的根本保证，各地", "要把组织建强。"])
    assert texts(dump)[1:] == ["一、坚持党建引领，把组织优势转化为治理效能", "党的领导是做好基层治理的根本保证，各地要把组织建强。"]


def test_a_headline_over_a_wire_dateline_spaced_out_and_cut_before_its_day_stands_alone():
    # (the headline wider than the column, no title by its width; the dateline under it justified, spaced out)
    dump = "\n".join(["2026年城市消费季下周在京开幕", "新 华 社 北 京 5 月 19 日", "电（记者 王某）记者19日",
                      "从有关部门获悉，消费季", "将于下周开幕。"])
    assert texts(dump)[0] == "2026年城市消费季下周在京开幕"
