"""Each rule alone, the others switched off, at the boundary of its threshold."""
from dataclasses import replace

import pytest

from reader.model import Role
from reader.parse import rules as R
from reader.parse.draft import undouble
from reader.parse.revise import REVISIONS, Item, revise
from reader.parse.rules import Mark
from reader.parse.segment import Chunk, Geometry
from reader.model import Piece
from reader.parse.titles import assign

CTX = R.Context(5, 20)  # a chunk in the middle of a page
EDGE = R.Context(0, 20)


def only(name):
    return [r for r in R.RULES if r.name == name]


def role(text, name, ctx=CTX):
    """The role the one named rule gives, or None."""
    got, rule = R.first_pass(text, ctx, only(name) + [R.Rule("none", lambda t, c: Role.UNSURE, "")])
    return None if rule == "none" else got


def test_every_rule_has_a_reason_and_a_unique_name():
    names = [r.name for r in R.RULES]
    assert len(names) == len(set(names))
    assert all(r.why for r in R.RULES) and all(r.why for r in REVISIONS)


def test_page_header_needs_a_date_and_stays_short():
    assert role("2 要闻 2025年3月4日 星期二", "page_header") is Role.PAGE_HEADER
    long_line = "2025年3月4日" + "新" * (R.HEADER_MAX - 9)
    assert role(long_line, "page_header") is Role.PAGE_HEADER
    assert role(long_line + "新", "page_header") is None
    assert role("3月4日，全市召开会议。", "page_header") is None


def test_a_weekday_alone_is_the_page_header_and_an_art_editor_is_staff():
    assert role("星期四", "page_header") is Role.PAGE_HEADER
    assert role("星期四晚上", "page_header") is None
    assert role("美术编辑：某甲", "staff_line") is Role.FURNITURE


def test_page_number_line_only_at_a_page_edge():
    assert role("7 理论", "page_header", EDGE) is Role.PAGE_HEADER
    assert role("7 理论", "page_header", CTX) is None


@pytest.mark.parametrize("text,name,want", [
    ("本版编辑：王五", "staff_line", Role.FURNITURE),
    ("责任编辑:李四 赵六", "staff_line", Role.FURNITURE),
    ("下转第二版", "jump_line", Role.JUMP_LINE),
    ("（上接第1版）", "jump_line", Role.JUMP_LINE),
    ("数据来源：国家统计局", "source_line", Role.FURNITURE),
    ("记者 孔博 摄", "photo_credit", Role.PHOTO_CREDIT),
    ("陈维连/摄", "photo_credit", Role.PHOTO_CREDIT),
    ("本版制图：李姿阅", "photo_credit", Role.PHOTO_CREDIT),
    ("（新华社发）", "photo_credit", Role.PHOTO_CREDIT),
    ("新华社发（张明远摄）", "photo_credit", Role.PHOTO_CREDIT),
    ("中新社发（记者 张明远 摄）", "photo_credit", Role.PHOTO_CREDIT),
    ("（記者黃士豪攝）", "photo_credit", Role.PHOTO_CREDIT),
    ("记者 胡德光", "byline", Role.BYLINE),
    ("(付玉婷)", "byline", Role.BYLINE),
    ("（作者为某大学教授）", "byline", Role.BYLINE),
    ("本报记者 张三 通讯员 李四", "byline", Role.BYLINE),
    ("简讯", "box_label", Role.FURNITURE),
    ("本地简讯", "box_label", Role.FURNITURE),
    ("国内统一连续出版物号 CN 11-0000", "masthead", Role.FURNITURE),
    ("中共某某市委机关报", "masthead", Role.FURNITURE),  # the organ-paper line under a masthead
    ("SOMECITY DAILY", "masthead", Role.FURNITURE),  # a Latin masthead
    ("THE MORNING POST", "masthead", Role.FURNITURE),
    ("ISSN 1234-567X", "masthead", Role.FURNITURE),
    ("总第9876期", "masthead", Role.FURNITURE),
    ("多云 8～15℃ 东北风3级", "weather", Role.FURNITURE),
    ("小雨转阴 -2~5°C", "weather", Role.FURNITURE),
    ("本报地址：某路1号 邮政编码：100000 广告热线：1234567 订阅：各地邮局", "imprint", Role.FURNITURE),
    ("新华社北京12月2日电 中共中央总书记", "dateline", Role.PARAGRAPH),
    ("本报讯(记者 胡德光)12月2日", "dateline", Role.PARAGRAPH),
    ("据《大众日报》消息 省应急管理厅", "dateline", Role.PARAGRAPH),
    ("〔記者林怡君/溪埔報導〕溪埔河濱步道", "dateline", Role.PARAGRAPH),
    ("□　某知秋", "byline", Role.BYLINE),  # a commentary signed with a square before the name
    ("分类广告", "classified_head", Role.FURNITURE),  # the classified section's label over its ads
    ("详见A3版", "teaser", Role.FURNITURE),  # a front page's index sends each teaser to its page
    ("（详见第5版）", "teaser", Role.FURNITURE),
    ("城市足球联赛今晚揭幕详见A8版", "teaser", Role.FURNITURE),
    ("今日导读", "teaser", Role.FURNITURE),
    ("〔更多報導見A11〕", "teaser", Role.FURNITURE),  # a page named by its code alone
    ("地方短波", "box_label", Role.FURNITURE),
    ("记者：普通市民怎样才能掌握急救技能？", "qa_turn", Role.PARAGRAPH),  # a short question of an interview
    ("答：会的。", "qa_turn", Role.PARAGRAPH),
    ("西陵星火3 1 1 1 3/3 4", "data_row", Role.FURNITURE),  # a standings table's row
    ("上证指数 3,245.67 +0.52%", "data_row", Role.FURNITURE),
    ("16", "data_row", Role.FURNITURE),  # a table's figure alone
    ("上证指数3,245.67+0.52%深证成指10,128.34+0.87%创业板指2,046.15+1.13%", "data_row", Role.FURNITURE),  # rows run
    # together in one block
    ("广告", "advert", Role.FURNITURE),  # the mark every advertisement carries
    ("今日天气", "weather", Role.FURNITURE),  # the weather box's label
    ("农历丙午年正月廿二", "masthead", Role.FURNITURE),  # the lunar date under the masthead's date
    ("新聞熱線 二八六五 三三二一  傳真 二八六五 三三二二  電郵 news@example.hk", "page_notice", Role.FURNITURE),
    ("新闻热线　0576-8866 1110", "page_notice", Role.FURNITURE),
])
def test_convention_rules(text, name, want):
    assert role(text, name) is want


@pytest.mark.parametrize("text,name", [
    ("记者节到了", "byline"), ("摄影展开幕", "photo_credit"), ("转型升级看今朝", "jump_line"),
    ("本报讯员", "dateline"), ("编辑部的故事", "staff_line"),
    ("NEW DAILY LIFE IN TOWN", "masthead"),  # capitals that do not end in a paper's word
    ("某公司主营广告设计、图书发行和包装印刷业务", "imprint"),  # imprint words, but no label：value small print
    ("阴天里的一次长谈", "weather"),  # a sky, no temperatures
    ("详见附件", "teaser"), ("见面会在即", "teaser"), ("导读员", "teaser"),  # no page named
    ("天气转暖", "weather"), ("热线电话多", "page_notice"),  # a label's words in a phrase
    ("记者：张三 李四", "qa_turn"),  # a byline with a colon: no sentence in it
    ("临江海鸥 3∶1 东川铁军", "data_row"), ("2026年3月16日", "data_row"), ("3月9日，大家来了。", "data_row"),
    ("一季度全市完成投资186.5亿元，同比增长12.3%，其中工业投资增长15.6%，增速高于全省2.1个百分点", "data_row"),
    ("广告公司招聘", "advert"),
    ("见证历史", "teaser"),
    ("□ 今天天气很好，我们出去走走", "byline"),  # a square before a sentence, not a name
])
def test_convention_rules_do_not_fire_on_ordinary_words(text, name):
    assert role(text, name) is None


def test_a_letter_spaced_folio_is_the_page_header():
    assert role("A05 城 事", "page_header", EDGE) is Role.PAGE_HEADER
    assert role("要闻 A01", "page_header", EDGE) is Role.PAGE_HEADER  # the section first
    assert role("A05 城 事", "page_header") is None  # in the middle of a page


def test_spaced_runs_of_characters_close_up_and_words_stay_apart():
    from reader.parse.segment import unspace

    assert unspace("本 报 讯 （ 记 者 　 陈某某）3月") == "本报讯（记者　陈某某）3月"  # justified
    assert unspace("今 日 导 读") == "今日导读"  # letter-spaced
    assert unspace("提早落成 交通配套未到位") == "提早落成 交通配套未到位"  # two phrases of a headline
    assert unspace("王 子 涵") == "王 子 涵"  # a name spaced out: three characters are too few to tell
    assert unspace("New York is big") == "New York is big"


def test_a_paragraph_printed_in_one_block_with_a_credit_after_it_is_a_caption():
    rev = [r for r in REVISIONS if r.name == "glued_caption"]
    caption = Item(Chunk("地盘昨日仍在进行外墙工程。", (Piece("地盘昨日仍在进行外墙工程。", 7, 7),)), Role.PARAGRAPH,
                   "sentence", Role.PARAGRAPH, "sentence")
    credit = Item(Chunk("（记者 某某摄）", (Piece("（记者 某某摄）", 7, 7),)), Role.PHOTO_CREDIT, "photo_credit",
                  Role.PHOTO_CREDIT, "photo_credit")
    assert revise([caption, credit], rev)[0].role is Role.CAPTION
    apart = replace(credit, chunk=Chunk("（记者 某某摄）", (Piece("（记者 某某摄）", 9, 9),)))
    assert revise([caption, apart], rev)[0].role is Role.PARAGRAPH  # its own block: a story's last paragraph


def test_a_piece_cut_inside_a_word_at_a_column_end_goes_on_in_the_next():
    rev = [r for r in REVISIONS if r.name == "continuation"]
    items = revise(_items(("这里已经写完了。", Role.PARAGRAPH), ("此次改造由西津区商", Role.HEADLINE),
                          ("务局牵头，总投资约一千万元。", Role.PARAGRAPH)), rev)
    assert items[1].role is Role.PARAGRAPH  # 商|务: a word cut in two
    head = revise(_items(("这里已经写完了。", Role.PARAGRAPH), ("建好更要管好", Role.HEADLINE),
                         ("电梯装上了，谁来管？", Role.PARAGRAPH)), rev)
    assert head[1].role is Role.HEADLINE  # the next opens with a word of its own: a crosshead


def test_a_signature_after_the_last_sentence_is_split_off_as_a_byline():
    from reader.parse.split import split_chunk

    text = "让服务更有温度，才能让群众少跑腿、不添堵。 ■林枫"
    parts = split_chunk(Chunk(text, (Piece(text, 3, 3),)))
    assert [p.text for p in parts] == ["让服务更有温度，才能让群众少跑腿、不添堵。", "■林枫"]
    assert R.first_pass("■林枫", CTX)[0] is Role.BYLINE
    inside = "他在会上说■林枫的话"  # no sentence ends before the mark
    assert [p.text for p in split_chunk(Chunk(inside, (Piece(inside, 3, 3),)))] == [inside]


def test_a_letter_spaced_name_glued_to_a_headline_line_is_its_author():
    from reader.parse.conventions import names_in
    from reader.parse.split import split_chunk

    text = "坚持系统观念推动县域经济高质量发展陈 思 远"
    assert [p.text for p in split_chunk(Chunk(text, (Piece(text, 3, 3),)))] == ["坚持系统观念推动县域经济高质量发展", "陈 思 远"]
    sentence = "会上，大家推动城乡发展陈 思 远"  # punctuation: a sentence's end, not a headline line
    assert len(split_chunk(Chunk(sentence, (Piece(sentence, 3, 3),)))) == 1
    assert names_in("陈 思 远") == ["陈思远"] and names_in("记者 李 四 张 三") == ["李四", "张三"]


def test_the_papers_name_alone_is_a_masthead_wherever_it_stands():
    assert role("城南日报", "masthead", EDGE) is Role.PAGE_HEADER
    assert role("城 南 晚 报", "masthead", EDGE) is Role.PAGE_HEADER
    assert role("城南日报", "masthead") is Role.PAGE_HEADER  # mid-page too: pdftotext scatters the head band
    assert role("城南日报创刊七十周年", "masthead") is None  # a headline naming the paper says more
    assert role("城南日报创刊七十周年", "masthead", EDGE) is None


def test_sentence_rule_length_boundaries():
    title = "坚" * R.TITLE_MAX
    assert role(title, "sentence") is None  # a long unpunctuated line may still be a headline
    assert role(title + "坚", "sentence") is None  # up to LONG_TITLE_MAX without commas
    assert role("坚" * (R.LONG_TITLE_MAX + 1), "sentence") is Role.PARAGRAPH
    assert role("坚" * R.TITLE_MAX + "，" , "sentence") is Role.PARAGRAPH
    assert role("一句话。另一句话", "sentence") is Role.PARAGRAPH
    assert role("配套供应商和其他一些企业。", "sentence") is None  # short: left to short_sentence
    assert role("配套供应商和其他一些企业。", "short_sentence") is Role.PARAGRAPH


def test_comma_run_boundary():
    line = "稳" * (R.COMMA_TITLE_MAX - 1) + "，"
    assert role(line, "comma_run") is None
    assert role(line + "进", "comma_run") is Role.PARAGRAPH


def test_fragment_and_dangling():
    assert role("超九成成为国内外知名大企业的配套，", "fragment") is Role.PARAGRAPH
    assert role("中国特色社会主义新时代，是", "dangling") is Role.PARAGRAPH
    assert role("坚定信心，勇毅前行", "dangling") is None


def test_a_run_in_head_alone_heads_its_paragraph():
    assert role("先看环比——", "run_in_head") is Role.HEADLINE
    assert role("先看环比——上月居民消费价格环比上涨", "run_in_head") is None  # the paragraph run in: not alone
    assert role("从历史看，这一轮增长——", "run_in_head") is None  # a sentence broken off at a dash


def test_bare_name_is_unsure_until_its_neighbours_decide():
    assert role("陈曙光", "bare_name") is Role.UNSURE
    assert role("欧阳辉", "bare_name") is Role.UNSURE
    assert role("春天来了", "bare_name") is None


def _items(*pairs):
    out = []
    for n, (text, r) in enumerate(pairs, 1):
        out.append(Item(Chunk(text, (Piece(text, n, n),)), r, "test", r, "test"))
    return out


def test_author_line_revision():
    items = revise(_items(("新时代的价值追求", Role.HEADLINE), ("陈曙光", Role.UNSURE), ("正文很长。", Role.PARAGRAPH)),
                   [r for r in REVISIONS if r.name == "author_line"])
    assert items[1].role is Role.BYLINE


def test_a_name_set_like_the_pages_bylines_is_a_byline_whatever_its_surname():
    """晁 is in no surname list: the name beside the second headline is a byline because it is set like the first
    page's byline (size and face), not because of its words."""
    def geo(size):
        return Geometry(size, False)

    pairs = [("新时代的价值追求", Role.HEADLINE, geo(4.0)), ("陈曙光", Role.BYLINE, geo(1.16)),
             ("正文很长。", Role.PARAGRAPH, geo(1.0)), ("增强法治才能强起来", Role.HEADLINE, geo(4.7)),
             ("晁仁", Role.HEADLINE, geo(1.16)), ("正文也很长。", Role.PARAGRAPH, geo(1.0))]
    items = [Item(Chunk(t, (Piece(t, n, n),), geometry=g), r, "test", r, "test", mark=Mark.AUTHOR if r is Role.BYLINE
                  else None) for n, (t, r, g) in enumerate(pairs, 1)]
    name_style = [r for r in REVISIONS if r.name == "name_style"]
    assert revise(items, name_style)[4].role is Role.BYLINE
    other = items[:4] + [replace(items[4], chunk=replace(items[4].chunk, geometry=geo(1.5)))] + items[5:]
    assert revise(other, name_style)[4].role is Role.HEADLINE  # set in another style: not known to be a name
    dump = [replace(it, chunk=replace(it.chunk, geometry=None)) for it in items]
    assert revise(dump, name_style)[4].role is Role.HEADLINE  # a dump shows no style


def test_crossheads_set_in_parallel_are_crossheads_though_long_and_with_commas():
    """Long crossheads with a comma read as a paragraph's cut-off start alone; set in parallel (one lead, or one
    colon frame) they are a series of crossheads."""
    body = ("正文很长。", Role.PARAGRAPH)
    lead = [("坚定不移推进改革，深入把握发展规律的时代背景和实践基础", Role.PARAGRAPH), body,
            ("坚定不移扩大开放，深入理解合作共赢的核心要义和主要内容", Role.PARAGRAPH), body,
            ("坚定不移改善民生，深入领会以人民为中心的发展思想要求", Role.PARAGRAPH), body]
    parallel = [r for r in REVISIONS if r.name == "parallel_heads"]
    assert [it.role for it in revise(_items(body, *lead), parallel)][1::2] == [Role.HEADLINE] * 3
    two = revise(_items(body, *lead[:4]), parallel)  # two pieces alike, no crosshead: maybe two cut-off starts
    assert [it.role for it in two][1::2] == [Role.PARAGRAPH, Role.PARAGRAPH]
    news = [(f"近日，{place}举行活动，来自各地的代表参加了会议并", Role.PARAGRAPH) for place in ("市里", "县里", "镇上")]
    assert {it.role for it in revise(_items(body, *news), parallel)[1:]} == {Role.PARAGRAPH}  # 近日， leads nothing
    framed = [body, ("明确新目标：分两步走", Role.HEADLINE), body, ("探索新治理：发挥优势，提高水平", Role.PARAGRAPH), body]
    assert revise(_items(*framed), parallel)[3].role is Role.HEADLINE
    cut = [body, ("推进改革，深入把握发展规律的时代", Role.PARAGRAPH), ("背景。", Role.PARAGRAPH),
           ("扩大开放，深入理解合作共赢的核心", Role.PARAGRAPH), ("要义。", Role.PARAGRAPH)]
    assert revise(_items(*cut), parallel)[1].role is Role.PARAGRAPH  # opening alike with nothing: pieces to join
    title = [("全面建成社会保障体系", Role.HEADLINE), ("全面建成社会保障体系，兜底线是基本要", Role.PARAGRAPH),
             ("求。", Role.PARAGRAPH)]
    assert revise(_items(*title), parallel)[1].role is Role.PARAGRAPH  # alike only with the story's own headline


def test_a_short_line_closing_a_headline_group_before_the_text_is_the_authors_name():
    rev = [r for r in REVISIONS if r.name == "name_under_title"]
    items = revise(_items(("增强法治才能强起来", Role.HEADLINE), ("晁仁", Role.HEADLINE), ("正文很长。", Role.PARAGRAPH)),
                   rev)
    assert items[1].role is Role.BYLINE and items[1].mark is Mark.AUTHOR
    phrase = revise(_items(("增强法治才能强起来", Role.HEADLINE), ("春暖花开", Role.HEADLINE), ("正文很长。", Role.PARAGRAPH)),
                    rev)
    assert phrase[1].role is Role.HEADLINE  # four characters: a phrase, not known to be a name
    kicker = revise(_items(("晁仁", Role.HEADLINE), ("增强法治才能强起来", Role.HEADLINE), ("正文很长。", Role.PARAGRAPH)),
                    rev)
    assert kicker[0].role is Role.HEADLINE  # over the headline, not closing the group
    short = _items(("末班车", Role.HEADLINE), ("晁仁", Role.HEADLINE), ("正文很长。", Role.PARAGRAPH))
    assert revise(short, rev)[1].role is Role.HEADLINE  # a headline as short as a name: in a dump, not told apart
    sized = [replace(it, chunk=replace(it.chunk, geometry=Geometry(size, False))) for it, size in zip(short, (2.7, 1.2, 1))]
    assert revise(sized, rev)[1].role is Role.BYLINE  # on a page, set far smaller than the headline: its writer's name
    alike = [replace(it, chunk=replace(it.chunk, geometry=Geometry(size, False))) for it, size in zip(short, (1.5, 1.2, 1))]
    assert revise(alike, rev)[1].role is Role.HEADLINE  # a deck in nearly the headline's type


def test_a_line_over_a_page_reference_is_a_teaser_of_the_index():
    rev = [r for r in REVISIONS if r.name == "teaser_title"]
    items = _items(("全市义务教育阶段招生政策发布", Role.PARAGRAPH), ("详见A3版", Role.FURNITURE),
                   ("本报讯 正文写完了。", Role.PARAGRAPH))
    items[1] = replace(items[1], rule="teaser")
    got = revise(items, rev)
    assert got[0].role is Role.FURNITURE and got[2].role is Role.PARAGRAPH
    ended = _items(("这一段已经写完了。", Role.PARAGRAPH), ("详见A3版", Role.FURNITURE))
    ended[1] = replace(ended[1], rule="teaser")
    assert revise(ended, rev)[0].role is Role.PARAGRAPH  # a sentence ended: a story's text, not a teaser


def test_continuation_revision():
    items = revise(_items(("在听取大家发言后，习近平发表了重要讲话，共建始终秉", Role.PARAGRAPH),
                          ("持和平合作", Role.HEADLINE), ("开放包容的丝路精神。", Role.PARAGRAPH)),
                   [r for r in REVISIONS if r.name == "continuation"])
    assert items[1].role is Role.PARAGRAPH


def test_undouble_needs_half_the_title_doubled():
    assert undouble("新时代新时代：发展新方位发展新方位奋进新目标奋进新目标") == (
        "新时代：发展新方位奋进新目标", ["新时代", "发展新方位", "奋进新目标"])
    assert undouble("步步高 一步一步向前走") is None


@pytest.mark.parametrize("lines,roles", [
    (["我国将探索建立专精特新赋能体系"], ["headline"]),
    (["某某在全省会议上强调 抓早抓实春耕备耕"], ["kicker", "headline"]),
    (["我省强化生产安全责任事故联合惩戒", "从8个方面提出23条具体措施"], ["headline", "subheadline"]),
    (["重点项目巡礼", "曹县：重点项目释放发展新动能"], ["rubric", "headline"]),
    (["图片新闻", "春耕备耕正当时"], ["rubric", "headline"]),
    (["奋斗者·正青春", "把论文写在稻田里", "——记某研究所研究员"], ["rubric", "headline", "subheadline"]),
    (["国家林草局有关负责人指出", "春季造林绿化要因地制宜科学推进"], ["kicker", "headline"]),
])
def test_headline_group_roles(lines, roles):
    assert [t.role.value for t in assign(lines)] == roles


def test_on_a_printed_page_the_largest_line_is_the_headline():
    """Type sizes decide where the page gives them: a small line over the big one is its kicker (though long),
    a small one under it its subheadline; lines of one size fall back to the shapes of text."""
    lines = ["消委會測試三十款電熱水爐", "六款漏電保護不達標"]
    assert [t.role.value for t in assign(lines, sizes=[12.75, 25.5])] == ["kicker", "headline"]
    assert [t.role.value for t in assign(lines, sizes=[25.5, 12.75])] == ["headline", "subheadline"]
    three = ["城南农贸市场提升改造后重新开业", "老菜场变身邻里生活中心", "买菜顺路还能修鞋配钥匙"]
    assert [t.role.value for t in assign(three, sizes=[12.0, 23.0, 16.0])] == ["kicker", "headline", "subheadline"]
    assert [t.rule for t in assign(lines, sizes=[20.0, 21.0])] == [t.rule for t in assign(lines)]  # no clear step


def test_characters_one_a_line_are_a_column_set_vertically():
    """Extractors give a vertically set headline or name one character a line; at VERTICAL_RUN_MIN of them in a
    row they read as one line, while one or two lone characters (a name cut in two) are left alone."""
    from reader.parse.segment import VERTICAL_RUN_MIN
    from reader.parse.styles import segment

    vertical = "正文第一段写完了。\n\n" + "\n\n".join("春风化雨润无声") + "\n\n正文第二段写完了。\n"
    _, chunks = segment(vertical, "block")
    assert [c.text for c in chunks] == ["正文第一段写完了。", "春风化雨润无声", "正文第二段写完了。"]
    assert [(p.first_line, p.text) for p in chunks[1].pieces][:2] == [(3, "春"), (5, "风")]  # every line kept
    short = "正文第一段写完了。\n\n" + "\n\n".join("杨静"[: VERTICAL_RUN_MIN - 1]) + "\n\n正文第二段写完了。\n"
    _, chunks = segment(short, "block")
    assert [c.text for c in chunks] == ["正文第一段写完了。", "杨", "静", "正文第二段写完了。"]
    three = "正文第一段写完了。\n\n" + "\n\n".join("李小明") + "\n\n正文第二段写完了。\n"
    assert [c.text for c in segment(three, "block")[1]][1] == "李小明"  # three in a row: a column set vertically
    latin = "\n\n".join("ABCD")
    assert [c.text for c in segment(latin, "block")[1]] == ["A B C D"]  # Latin letters keep a space, as wraps do


def test_a_classified_ad_and_its_small_print_are_no_story():
    from reader.parse import parse_text

    ed = parse_text("写字楼出租\n\n市中心写字楼一层出租，面积200平方米，\n\n交通便利。联系电话：13900000000。\n\n"
                    "全市冬季供暖全面启动\n\n本报讯 今年供暖季比往年提前五天，全市供热管网运行平稳。\n")
    assert [a.headline for a in ed.articles] == ["全市冬季供暖全面启动"]
    assert [b.text for b in ed.furniture] == ["写字楼出租", "市中心写字楼一层出租，面积200平方米，", "交通便利。联系电话：13900000000。"]


def test_a_headline_glued_to_the_story_before_its_dateline_is_cut_off():
    from reader.parse import parse_text

    tail = "各项工作有序推进，取得明显成效。"
    ed = parse_text(f"第一篇标题\n\n本报讯 {tail}全市冬季供暖全面启动\n\n本报讯 今年供暖季比往年提前五天，运行平稳。\n")
    assert [a.headline for a in ed.articles] == ["第一篇标题", "全市冬季供暖全面启动"]
    assert ed.articles[0].paragraphs == (f"本报讯 {tail}",)
    # without a dateline after it, the same words stay in the paragraph (which runs on: it does not end)
    ed = parse_text(f"第一篇标题\n\n本报讯 {tail}全市冬季供暖全面启动\n\n今年供暖季比往年提前五天，运行平稳。\n")
    assert [a.headline for a in ed.articles] == ["第一篇标题"] and "全面启动今年" in ed.articles[0].paragraphs[0]


def test_a_title_printed_twice_whole_in_one_block_is_undoubled():
    assert undouble("全市冬季供暖全面启动全市冬季供暖全面启动") == ("全市冬季供暖全面启动", ["全市冬季供暖全面启动"])
    assert undouble("加油！加油！") is None  # a short cheer repeated is the headline itself
    assert undouble("全市冬季供暖全面启动") is None
    # the kicker over it in the same block, the headline doubled after it: the copy cut off, the kicker kept
    assert undouble("全市冬季供暖推进会召开城区供暖全面启动城区供暖全面启动") == ("全市冬季供暖推进会召开城区供暖全面启动",
                                                                 ["城区供暖全面启动"])
    assert undouble("步步高升的日子步步高升") is None  # a run said twice apart, no copy after it


def test_on_a_pdf_page_body_type_run_in_on_a_titles_line_is_its_text_and_the_title_no_label():
    """A brief's title in a bold face, then on its line the first words of its text in the body's face (某路今晚封一线
    一名男子), then the text's next lines: the words run in are the text, though short and unpunctuated."""
    line, below = (400.0, 758.0, 600.0, 772.0), (380.0, 772.5, 600.0, 843.0)
    pairs = [("东环路今晚封一线", Role.HEADLINE, Geometry(0.93, False, box=line)),
             ("一名四十多岁", Role.HEADLINE, Geometry(0.93, True, box=line)),
             ("男子昨午在山上失足，由同行友人报警。", Role.PARAGRAPH, Geometry(0.93, True, box=below, lines=4))]
    items = [Item(Chunk(t, (Piece(t, n, n),), geometry=g), r, "test", r, "test") for n, (t, r, g) in enumerate(pairs, 1)]
    run_in = [r for r in REVISIONS if r.name == "run_in_text"]
    assert [it.role for it in revise(items, run_in)] == [Role.HEADLINE, Role.PARAGRAPH, Role.PARAGRAPH]
    apart = [items[0], replace(items[1], chunk=replace(items[1].chunk, geometry=Geometry(0.93, True, box=below)))]
    assert revise(apart, run_in)[1].role is Role.HEADLINE  # on a line of its own: not run in
    from reader.parse.items import run_in as on_its_line
    assert on_its_line(items[0], items[1]) and not on_its_line(items[1], items[2])


def test_two_lines_in_a_row_set_in_the_largest_type_are_the_headline_together():
    """A headline set on two lines (two upright lines side by side, each its own block) over a smaller deck: both
    lines are the headline, the deck its subheadline; no kicker."""
    from reader.parse.titles import assign
    got = assign(["北方迎来今冬首场雪", "多地气温一夜骤降十度", "交通部门连夜除雪 保道路畅通"], False, [4.0, 4.0, 1.4])
    assert [(t.role, t.text) for t in got] == [(Role.HEADLINE, "北方迎来今冬首场雪"), (Role.HEADLINE, "多地气温一夜骤降十度"),
                                               (Role.SUBHEADLINE, "交通部门连夜除雪 保道路畅通")]


def test_on_a_pdf_page_a_figures_number_unit_and_note_set_apart_under_its_box_label_are_one_item():
    """数说 box: 3.2 | 亿元 | 全年收入, each a block in display type: the box's text, run on into one item; figures set
    in a row over their notes are read as set."""
    from reader.parse.units import join_paragraphs
    big, note = Geometry(2.0, False), Geometry(1.0, False, face="Hei")
    def items_of(pairs):
        return [Item(Chunk(t, (Piece(t, n, n),), geometry=g), Role.HEADLINE, "test", Role.HEADLINE, "test")
                for n, (t, g) in enumerate(pairs, 1)]
    box = items_of([("数说某县", big), ("3.2", big), ("亿元", big), ("全年村集体收入", note), ("186", big), ("个", big),
                    ("收入超百万元的村", note)])
    figures = [r for r in REVISIONS if r.name == "figure_items"]
    got = revise(box, figures)
    assert [it.role for it in got] == [Role.HEADLINE] + [Role.PARAGRAPH] * 6
    assert [text for _, text, _ in join_paragraphs(tuple(got[1:]))] == ["3.2亿元全年村集体收入", "186个收入超百万元的村"]
    row = items_of([("数说某县", big), ("17条", big), ("8%", big), ("56岁", big), ("停驶的线路", note)])
    assert [it.role for it in revise(row, figures)] == [Role.HEADLINE] * 5


def test_a_photo_set_under_a_storys_column_past_a_rule_across_is_a_photo_of_its_own():
    """On a PDF page, a caption read after a story's last paragraph: set under that paragraph's column with a rule
    drawn across between them (the chunk's gap of two), it opens a photo of its own; set in another column (a
    rail beside the story, read after it), it stays the story's, as it does set under the story's 编者按."""
    from reader.parse.units import new_story

    def item(text, role, box, gap=1):
        g = Geometry(1.0, True, box=box)
        return Item(Chunk(text, (Piece(text, 1, 1),), gap=gap, geometry=g), role, "test", role, "test")

    story = [item("春天，外婆在菜园里撒下各种种子。", Role.PARAGRAPH, (70.0, 420.0, 530.0, 470.0))]
    under = item("5月18日，学生们在操场上发射自制的水火箭。", Role.CAPTION, (26.0, 970.0, 536.0, 995.0), gap=2)
    beside = item("编剧在剧团排练厅。", Role.CAPTION, (560.0, 465.0, 770.0, 478.0), gap=2)
    assert new_story(story, under) and not new_story(story, beside)
    assert not new_story(story, item(under.text, Role.CAPTION, under.chunk.geometry.box))  # no rule between
    note = [item("编者按：某某老师日前辞世，本版刊发追记，以志纪念。", Role.PARAGRAPH, (26.0, 420.0, 536.0, 450.0))]
    assert not new_story(note, under)  # (under an editor's note its story's text has yet to follow: the story's photo)


def test_a_tabs_word_over_a_kicker_and_a_headline_set_larger_is_a_rubric():
    """A word or two in a tab, set under the headline's size, over a kicker and a headline: the column's label (its
    rubric), not a second kicker, whether smaller than the kicker or a little larger (a tab's white-on-colour word).
    Without the sizes (a text dump) three lines keep the rules they had."""
    lines = ["试车", "冬季实测续航打八折 后排空间同级少见", "某车型：把空间做足的家用电车"]
    assert [t.role.value for t in assign(lines, sizes=[12.75, 15.0, 31.5])] == ["rubric", "kicker", "headline"]
    assert [t.role.value for t in assign(lines, sizes=[16.0, 15.0, 31.5])] == ["rubric", "kicker", "headline"]
    assert [t.role.value for t in assign(lines, sizes=[33.0, 15.0, 31.5])][0] != "rubric"  # (set largest: no label)


def test_on_a_pdf_page_flush_briefs_spaced_apart_in_a_box_are_paragraphs_of_their_own():
    """A box's briefs set flush (no indent), one block each, a little white between: the text before has ended, so
    the next is a paragraph of its own; a flush block right under a text that has not ended runs on, and so does one
    far under a text that has (a picture between)."""
    from reader.parse.units import join_paragraphs
    def items_of(boxes):
        return tuple(Item(Chunk(t, (Piece(t, n, n),), geometry=Geometry(1.0, True, indented=False, box=b, lines=3)),
                          Role.PARAGRAPH, "test", Role.PARAGRAPH, "test") for n, (t, b) in enumerate(boxes, 1))
    spaced = items_of([("交警部门提示，冬季早晚多雾，驾车应减速慢行。", (570, 896, 787, 971)),
                       ("近日，消防部门走进多个小区开展冬季防火宣传。", (570, 981, 787, 1056))])
    assert len(join_paragraphs(spaced)) == 2
    close = items_of([("交警部门提示，冬季早晚多雾，驾车应减速慢行，", (570, 896, 787, 971)),
                      ("另据了解，今冬全市将增设多处警示标志。", (570, 973, 787, 1048))])
    assert len(join_paragraphs(close)) == 1
    far = items_of([("交警部门提示，冬季早晚多雾，驾车应减速慢行。", (570, 896, 787, 971)),
                    ("另据了解，今冬全市将增设多处警示标志。", (570, 1200, 787, 1275))])
    assert len(join_paragraphs(far)) == 1


def test_on_a_pdf_page_an_index_teasers_text_whose_end_is_set_on_its_pages_line_is_the_index():
    """导读: a teaser's title, its text in one block, and the text's last word set on the line of its page (次。详见A5,
    a block of its own in the reference's bold): the title and the text are the index's too, no story."""
    body = Geometry(1.0, True, indented=False, box=(555, 399, 786, 431), lines=2)
    rows = [("导读", Role.FURNITURE, "teaser", Geometry(1.3, False)),
            ("市图书馆新馆试开放首日迎客逾万人次", Role.HEADLINE, "title", Geometry(1.3, False)),
            ("位于东部新城的市图书馆新馆昨日试开放，读者凭身份证或电子读者证即可入馆，每日限流1.5万人", Role.PARAGRAPH,
             "comma_run", body),
            ("次。详见A5", Role.FURNITURE, "teaser", Geometry(1.0, False, bold=True))]
    items = [Item(Chunk(t, (Piece(t, n, n),), geometry=g), r, rule, r, rule) for n, (t, r, rule, g) in enumerate(rows, 1)]
    index = [r for r in REVISIONS if r.name in ("index_teaser", "teaser_title")]
    assert [it.role for it in revise(items, index)] == [Role.FURNITURE] * 4


def test_a_photo_set_outside_the_box_whose_text_was_read_before_it_is_no_photo_of_the_box():
    """On a PDF page, a caption read right after a framed box's last item (a box of figures beside a story) but set
    outside that frame: a photo of its own, not the box's; one set inside the box's frame is the box's."""
    from reader.parse.units import new_story

    def item(text, role, box, frame):
        g = Geometry(1.0, True, box=box, frame=frame)
        return Item(Chunk(text, (Piece(text, 1, 1),), geometry=g), role, "test", role, "test")

    frame = (570.0, 200.0, 770.0, 550.0)
    box = [item("4.7万人全县从事某业的农民", Role.PARAGRAPH, (582.0, 449.0, 762.0, 535.0), frame)]
    out = item("4月8日，某镇某村村民在山上采摘。", Role.CAPTION, (30.0, 783.0, 276.0, 810.0), None)
    inside = item("某某某的某某某。", Role.CAPTION, (582.0, 500.0, 762.0, 520.0), frame)
    assert new_story(box, out) and not new_story(box, inside)


def test_an_enquiry_line_with_its_number_is_a_contact_line():
    """询问：6753 2186 under a Singapore paper's event: how to reach its organisers, text of its own line, no table's
    row (a Hong Kong box's 查詢：… closes a listing, the page's own: no contact line of a text)."""
    assert R.first_pass("询问：6753 2186", CTX) == (Role.PARAGRAPH, "contact_line")
    assert R.first_pass("詢問：6753 2186", CTX) == (Role.PARAGRAPH, "contact_line")
    assert R.first_pass("查詢：3186 2200", CTX)[1] != "contact_line"


def test_a_weeklys_band_and_issue_number_alone_are_the_mastheads():
    """理论周刊 and 第312期 set apart in a supplement's band (a PDF gives each a block of its own): the page's band,
    no headline over the page's first text."""
    for t in ("理论周刊", "第312期", "健康周刊第5期"):
        assert R.first_pass(t, CTX) == (Role.FURNITURE, "masthead"), t
    assert R.first_pass("理论周刊的二十年", CTX)[0] is Role.HEADLINE


def test_a_photos_source_run_on_after_its_caption_is_cut_off_with_a_space_or_none():
    """…调度处置群众诉求。资料图片 (a PDF line run together) and …诉求。　资料图片: the caption, then its source."""
    from reader.model import Piece
    from reader.parse.segment import Chunk
    from reader.parse.split import split_chunk

    for text in ("某镇便民服务中心，工作人员调度处置群众诉求。资料图片", "某镇便民服务中心，工作人员调度处置群众诉求。\u3000资料图片"):
        parts = [c.text.strip() for c in split_chunk(Chunk(text, (Piece(text, 1, 1),)))]
        assert parts == ["某镇便民服务中心，工作人员调度处置群众诉求。", "资料图片"], parts


def test_names_run_together_open_on_a_common_surname_and_a_photos_title_is_no_names():
    """刘宏达谢守成 (two names run together) is a name line to settle by its neighbours; 麦收时节农机忙, three
    'names' only by rare surnames (麦, 时, 农) and no common word, is a title."""
    assert R.first_pass("刘宏达谢守成", CTX)[1] == "bare_name"
    assert R.first_pass("麦收时节农机忙", CTX) == (Role.HEADLINE, "title")


def test_a_column_label_set_under_a_picture_is_no_caption():
    """On a PDF page, 图片新闻 in a tab under the photo, left of the photo's title: the title's label, no caption;
    a sentence set there is the caption."""
    under = R.Context(5, 20, Geometry(size=0.9, body_face=False, by_picture=True))
    assert R.first_pass("图片新闻", under)[0] is not Role.CAPTION
    assert R.first_pass("4月10日，农技人员在某县某镇查看秧苗长势。", under) == (Role.CAPTION, "by_picture")
