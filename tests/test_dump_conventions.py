"""The conventions learned from made pages' block dumps, each rule alone or each split on its own, on invented text:
what the rule takes and, beside it, the look-alike it must leave (a story's sentence, a headline, a name)."""
import pytest

from reader.model import Kind, Piece, Role
from reader.parse import conventions as cv
from reader.parse import parse_text
from reader.parse import rules as R
from reader.parse.segment import Chunk
from reader.parse.split import split_all, split_chunk

CTX = R.Context(8, 30)  # a chunk in the middle of a page


def role(text, name, ctx=CTX):
    """The role the one named rule gives, or None."""
    rules = [r for r in R.RULES if r.name == name] + [R.Rule("none", lambda t, c: Role.UNSURE, "")]
    got, rule = R.first_pass(text, ctx, rules)
    return None if rule == "none" else got


def chunks(*texts):
    return [Chunk(t, (Piece(t, 2 * k + 1, 2 * k + 1),)) for k, t in enumerate(texts)]


@pytest.mark.parametrize("text,name,want", [
    ("区交通局负责人介绍，今年将新开", "attribution", Role.PARAGRAPH),  # cut at a column end, no end
    ("此外，新建的停车场还将", "attribution", Role.PARAGRAPH),
    ("交通局介绍新线路", "attribution", None),  # a headline names who speaks, with no comma
    ("综合指数3,102.45+0.37%", "data_row", Role.FURNITURE),  # a market row
    ("地产指数3,027.91+71.0486亿", "data_row", Role.FURNITURE),  # …its change run into its turnover in 亿
    ("——全县46个项目中已有33个竣工，年度目标有望提前完成", "dash_deck", Role.HEADLINE),  # a deck, commas and all
    ("——坚持以人民为中心，推动高质量发展。", "dash_deck", None),  # a dash-led item of a list, a sentence
    ("本版图片均由记者 某　甲 摄", "photo_credit", Role.PHOTO_CREDIT),  # one credit for all of a page's photos
    ("前情回顾本报12月1日报道了《某巷停气半个月》", "recap", Role.PARAGRAPH), ("前情回顾", "recap", None),  # a box's label
    ("读者某女士来电：我住在某区一栋居民楼的", "qa_turn", Role.PARAGRAPH),  # a reader's item, cut at a column's end
    ("读者来电", "qa_turn", None),
    ("作者是某某资产管理公司投资总监", "byline", Role.BYLINE),  # the writer's post, unbracketed, under a column
    ("作者是谁并不重要。", "byline", None),
    ("作者简介　某甲，某县人，某市作家协会会员，著有散文集《某某》。", "byline", Role.BYLINE),  # an author's note
    ("作者简介", "byline", None),  # the box's label alone
    ("梁子衡（某大學社會工作學系高級講師）", "byline", Role.BYLINE), ("王平（左二）", "byline", None),  # a post, a place
    ("記者某甲北京報道", "byline", Role.BYLINE), ("记者某甲乙某地报道", "byline", Role.BYLINE),  # where they filed from
    ("林某某报道lin@example.sg", "byline", Role.BYLINE),  # a Singapore byline, the e-mail glued on
    ("陈某某李某某报道", "byline", Role.BYLINE),  # two reporters, the PDF's spaces lost
    ("张家港港口扩建报道", "byline", None),
    ("作者单位：某市某区人民法院", "byline", Role.BYLINE), ("某某律师事务所律师 某某某", "byline", Role.BYLINE),  # sign-offs
    ("某某律师事务所接受委托后认为", "byline", None),
    ("解答专家：某市农业科学院研究员 某某某", "byline", Role.BYLINE), ("解答专家：某市农科院研究员某某某", "byline", Role.BYLINE),
    ("解答：这个问题很复杂", "byline", None),
    ("——网友豆花不加糖", "byline", Role.BYLINE), ("——网友说得好，我们要", "byline", None),  # a reader's note signed (its space lost)
    ("全年营收12.5亿元", "data_row", None),
    ("英镑兑美元1.2745-0.0031", "data_row", Role.FURNITURE),
    ("3东湖竹笋30121/54", "data_row", Role.FURNITURE),  # a standings row run together
    ("2江城海豚615", "data_row", Role.FURNITURE), ("名次球队场次积分", "data_row", Role.FURNITURE),  # rank, team, figures
    ("3人获奖", "data_row", None), ("2026年春节", "data_row", None),
    ("萝卜0.85元/斤↓0.05", "data_row", Role.FURNITURE),  # a price row
    ("收入同比增长6.2%", "data_row", None),  # a sentence's figure
    ("5月2日 19:30 市音乐厅 音乐会《春江》", "data_row", Role.FURNITURE),  # a listing's row
    ("5月2日 19:30，市音乐厅内座无虚席。", "data_row", None),  # a story opening with the hour
    ("甲某：本院受理原告乙某诉你借款纠纷一案，现依法向你公告送达起诉状副本。", "court_notice", Role.FURNITURE),
    ("法院昨天公开宣判，被告人当庭表示服判。", "court_notice", None),
    ("《山中来信》 某甲著 某某文艺出版社", "book_details", Role.PARAGRAPH),
    ("王建国李春华", "bare_name", Role.UNSURE), ("申报程序再简化", "bare_name", None),  # names run together; a phrase
    ("今日8版", "masthead", Role.FURNITURE), ("今日8版块亮相", "masthead", None),  # the day's number of pages
    ("售價港幣10元", "masthead", Role.FURNITURE), ("售价上涨引关注", "masthead", None),  # the paper's price
    ("第23918號", "page_notice", Role.FURNITURE),  # an issue's number, 號 as Hong Kong papers print it
    ("24小时接听　线索一经采用即付报料费", "page_notice", Role.FURNITURE),  # a hotline box's promise
    ("5《山城夜话》87.5", "data_row", Role.FURNITURE), ("《山城夜话》今日上映", "data_row", None),  # a box office row
    ("MCI (P) 031/05/2026", "masthead", Role.FURNITURE), ("某报获准出版", "masthead", None),  # a print licence
    ("转第4页", "jump_line", Role.JUMP_LINE), ("今日要闻导读", "teaser", Role.FURNITURE),  # as Singapore papers say
    ("相关新闻见A3、A4", "teaser", Role.FURNITURE), ("今日要聞", "teaser", Role.FURNITURE),  # related news inside; an index
    ("见证城市变迁", "teaser", None), ("公交微循环线路开通 ▶4版", "teaser", Role.FURNITURE),  # an arrow to a page
    ("空气素质：良好（PSI 42）", "weather", Role.FURNITURE), ("空气清新宜人", "weather", None),
    ("夜间局部地区有阵雨", "weather", Role.FURNITURE), ("明天转多云", "weather", Role.FURNITURE),  # a forecast's words
    ("山区有雨，平原有雪", "weather", None),  # (a sentence of a story)
    ("王小明 报道 wang@example.com", "byline", Role.BYLINE), ("王小明 报道", "byline", Role.BYLINE),
    ("天文台預測：大致多雲，有幾陣驟雨。氣溫26至31度。", "weather", Role.FURNITURE),  # a forecast on the masthead
    ("X I N H U A  D A I LY", "masthead", Role.FURNITURE),  # a spaced Latin masthead, its last letters unspaced
    ("邮政编码：410000", "masthead", Role.FURNITURE), ("印刷：某某日报社印务中心", "masthead", Role.FURNITURE),
    ("零售价：每份1.50元", "masthead", Role.FURNITURE), ("印刷行业迎来新机遇", "masthead", None),  # imprint lines
    ("中国福利彩票", "page_notice", Role.FURNITURE), ("开奖公告", "page_notice", Role.FURNITURE),  # a lottery box's
    ("第2026054期", "page_notice", Role.FURNITURE), ("双色球", "page_notice", Role.FURNITURE),  # parts, a line each
    ("红球03 08 15 21 27 32 蓝球09", "page_notice", Role.FURNITURE),
    ("基本号码02 06 11 17 19 24 28 特别号码13", "page_notice", Role.FURNITURE),
    ("以上信息以某某发行中心公告为准", "page_notice", Role.FURNITURE),
    ("第12876期", "page_notice", Role.FURNITURE),  # a masthead's issue number
    ("33-61", "page_notice", Role.FURNITURE), ("0576-8866 1110", "page_notice", Role.FURNITURE),  # figures alone
    ("2026", "page_notice", None),  # (a year alone is too short to say)
    ("反詐騙專線165接到可疑電話　先掛斷再查證現金不交付某某局　關心您", "page_notice", Role.FURNITURE),  # a strip
    ("他說：「警方會一直關心您」", "page_notice", None),
    ("党报热线：0745-2236110扫码看新闻", "page_notice", Role.FURNITURE),  # a hotline run into the QR code's label
    ("今日天气：多云转小雨", "weather", Role.FURNITURE), ("19℃～27℃　东南风2～3级", "weather", Role.FURNITURE),
    ("多云转晴", "weather", Role.FURNITURE), ("东南风3～4级", "weather", Role.FURNITURE),  # a masthead's weather
    ("晴朗的早晨", "weather", None), ("今日天气晴好，市民纷纷走出家门。", "weather", None),
    ("福利彩票公益金资助社区养老项目", "page_notice", None),  # a headline naming the lottery's fund
    ("多云转阴 7℃～16℃ 东风2级", "weather", Role.FURNITURE),  # each temperature with its unit
    ("（某甲/文 摘自某某科普网）", "byline", Role.BYLINE),  # a digest's reprint credit closes the piece
    ("□据《某某杂志》第7期", "byline", Role.BYLINE),
    ("□据《某某杂志》第15期 某甲文", "byline", Role.BYLINE),
    ("据《某某日报》报道，昨天某地开通新线。", "byline", None),  # a report's opening, no credit
    ("某甲/作", "photo_credit", Role.PHOTO_CREDIT),  # a cartoonist's credit under the cartoon
    ("中新社发", "photo_credit", Role.PHOTO_CREDIT), ("吹过她的白发", "photo_credit", None),  # 发: an agency's only
    ("王某甲 作", "photo_credit", Role.PHOTO_CREDIT), ("王某甲 书", "photo_credit", Role.PHOTO_CREDIT),  # an artist's
    ("王某甲作", "photo_credit", None), ("◎王某甲", "byline", Role.BYLINE),  # (a poet as a 副刊 sets the name)
    ("讀者　王某甲（觀塘）", "byline", Role.BYLINE), ("王某甲（左二）", "byline", None),  # a letter signed, the district after
    ("（作者為某大學教授）", "byline", Role.BYLINE), ("編輯先生：", "salutation", Role.PARAGRAPH),
    ("记者：", "salutation", None),  # (a turn's label)
    ("本版文章只代表作者個人意見，不代表本報立場。", "page_notice", Role.FURNITURE),
    ("风险提示：本版文章及数据仅供参考，不构成投资建议。", "page_notice", Role.FURNITURE),  # a market page's disclaimer
    ("风险提示方面，多家机构认为短期波动仍将加大。", "page_notice", None),
    ("B5 证券·市场某某金融报", "page_header", Role.PAGE_HEADER),  # folio, section and a paper's name mid-dump
    ("（未完待续）", "end_mark", Role.PARAGRAPH),  # a serial's episode ends telling the reader it goes on
    ("（待续）", "end_mark", Role.PARAGRAPH),
    ("（完）", "end_mark", Role.FURNITURE),  # a wire story's end code: copy-desk furniture
    ("农事天气", "weather", Role.FURNITURE),
    ("明天", "weather", Role.FURNITURE),  # a day's label in the weather box
    ("好天气带火乡村游", "weather", None),
    ("天气南港市气象台发布", "weather", Role.FURNITURE),  # the weather box's other lines
    ("紫外线指数：强，外出注意防晒。", "weather", Role.FURNITURE),
    ("空气质量：良　AQI 58", "weather", Role.FURNITURE),
    ("日出06:52　日落17:03", "weather", Role.FURNITURE),
    ("市气象台发布寒潮蓝色预警", "weather", None),  # a story's title
    ("消费者信心指数：连续三个月回升。", "weather", None),
    ("便民信息", "page_notice", Role.FURNITURE),
    ("供电抢修：5120110水务热线：5126000燃气报修：5128000", "page_notice", Role.FURNITURE),
    ("请拨打服务热线了解详情。", "page_notice", None),
    ("S O M E C I T Y   D A I L Y", "masthead", Role.FURNITURE),  # a Latin masthead spaced out
    ("某某日报社主管主办", "masthead", Role.FURNITURE),
    ("某某新闻网 www.example.cn", "masthead", Role.FURNITURE),
    ("第12345号　今日8版", "masthead", Role.FURNITURE),
    ("内部资料　免费交流", "masthead", Role.FURNITURE),  # a county paper's licence line
    ("南港日报", "masthead", Role.PAGE_HEADER),  # the paper's name alone, wherever pdftotext set it
    ("7 理论南港日报", "page_header", Role.PAGE_HEADER),  # folio, section and paper, mid-dump
    ("7 理论", "page_header", None),  # a folio and section alone say it only at the page's edge
    ("A4 星期三", "page_header", Role.PAGE_HEADER), ("A4 星期三开幕", "page_header", None),  # the folio and weekday
    ("南港日报创刊七十周年", "masthead", None),  # a headline naming the paper
    ("每周五出版", "masthead", Role.FURNITURE),  # a weekly's day
    ("第1327期　每周四出版", "masthead", Role.FURNITURE),  # a county weekly's issue and day on one line
    ("每周五出版一期的校报", "masthead", None),
    ("内部资料显示，去年产值增长一成。", "masthead", None),
    ("中共某某县委机关报", "masthead", Role.FURNITURE),
    ("涉嫌诈骗的可向公安机关报案。", "masthead", None),  # 机关 and 报案, no 机关报
    ("中華民國115年3月12日 星期四", "page_header", Role.PAGE_HEADER),  # a Taiwan date
    ("1949年10月1日　某某大会在北京隆重举行", "page_header", None),  # a chronicle's entry, no page's header
    ("1949年10月1日　某某大会在北京隆重举行", "dated_item", Role.PARAGRAPH),
    ("2026年7月1日　星期三", "dated_item", None),  # the page's date
    ("1958年3月　某厂在城东运河畔破土动", "dated_item", Role.PARAGRAPH), ("2006年　旧厂房改造为创意园区", "dated_item",
                                                                   Role.PARAGRAPH),  # a year's entry, a month's
    ("口述：王某甲　整理：本报记者　李某乙", "byline", Role.BYLINE),  # an oral history's teller and who wrote it down
    ("值班编辑：某甲　校对：某乙", "staff_line", Role.FURNITURE),
    ("責任編輯／某甲　美術編輯／某乙", "staff_line", Role.FURNITURE),  # a Taiwan paper's slash
    ("地方新聞中心　責任編輯：某甲　美編：某乙", "staff_line", Role.FURNITURE),  # the desk's name before it
    ("主編：某甲　美編：某乙", "staff_line", Role.FURNITURE), ("主编：某甲", "staff_line", None),  # (a book's editor alone)
    ("新闻中心主任说", "staff_line", None),
    ("责编　某　甲　　版式　某乙丙　　校对　某　丁", "staff_line", Role.FURNITURE),  # roles and names only spaced apart
    ("港聞熱線", "page_notice", Role.FURNITURE), ("民生热线", "page_notice", Role.FURNITURE),  # a section's hotline box
    ("责任编辑　某甲乙", "staff_line", Role.FURNITURE),  # the page's editor alone, a space between
    ("设计 新颖 美观大方", "staff_line", None),  # a role's word opening a phrase spaced out
    ("子。▶A5", "teaser", Role.FURNITURE),  # a teaser's last line, an arrow to the page
    ("做法：", "fragment", Role.PARAGRAPH),  # a list's announcement alone over its items
    ("Riverside Park Opens, Linking 12 Gardens Along the River", "latin_title", Role.HEADLINE),  # an English title
    ("The river does not hurry, yet it", "latin_title", None),  # an English sentence cut at a column's end
    ("Residents cycle along the new path on Tuesday", "latin_title", None),
    ("记者观察：", "fragment", None),
])
def test_convention_rules(text, name, want):
    assert role(text, name) is want


@pytest.mark.parametrize("text,want", [
    ("本报记者　王　强　摄", Role.PHOTO_CREDIT),  # a two-character name spaced to three characters' width
    ("□ 王 小 明", Role.BYLINE),  # three characters spaced out
    ("（刘 洋 陈 静）", Role.BYLINE),  # two names spaced out in one bracket
    ("本报记者　王强　/　文", Role.BYLINE),
    ("■停水通知", None),  # a notice's title led by a square: no name of a signature
])
def test_credits_spaced_out(text, want):
    got = role(text, "photo_credit") or role(text, "byline")
    assert got is want


def test_names_of_a_credit_spaced_out_leave_out_the_report():
    assert cv.names_in("本报记者   王 小 明   报 道") == ["王小明"]


def test_an_interview_turn_printed_on_in_one_block_is_cut_off():
    parts = split_chunk(chunks("问：今年的补贴怎么领？答：在线上提交申请即可，无需跑腿。")[0])
    assert [p.text for p in parts] == ["问：今年的补贴怎么领？", "答：在线上提交申请即可，无需跑腿。"]


def test_a_chart_credit_and_its_source_printed_in_one_block_are_two_lines():
    parts = split_chunk(chunks("制图：某甲数据来源：市统计局")[0])
    assert [p.text for p in parts] == ["制图：某甲", "数据来源：市统计局"]


def test_a_brief_title_run_into_its_text_under_a_box_label_is_cut_off():
    text = "新桥合龙　3月5日，跨江新桥主体结构顺利合龙，预计年底前通车运营，方便两岸居民出行。"
    parts = split_all(chunks("本地快讯", text))
    assert [p.text for p in parts][1:] == ["新桥合龙", text.split("　", 1)[1]]
    assert [p.text for p in split_all(chunks("某某社区", text))] == ["某某社区", text]  # no box: left whole


def test_a_headline_line_end_wrapped_onto_a_block_of_its_own_is_joined_back():
    parts = split_all(chunks("老街改造让居民住得更“舒", "心”", "今年以来，全区已改造老旧街巷十二条，惠及居民三千余户。"))
    assert [p.text for p in parts][0] == "老街改造让居民住得更“舒心”"
    kept = split_all(chunks("老街改造让居民住得更舒心", "王某", "今年以来，全区已改造老旧街巷十二条，惠及居民三千余户。"))
    assert [p.text for p in kept][1] == "王某"  # a name set under a headline is no tail


def test_a_bracketed_credit_cut_at_a_column_end_is_joined():
    parts = split_all(chunks("……工程将于年内完工。", "（通讯员　某甲　记", "者　某乙）"))
    assert [p.text for p in parts][-1] == "（通讯员　某甲　记者　某乙）"


def test_a_subheadline_with_a_comma_over_the_byline_is_the_headline_groups():
    ed = parse_text("\n\n".join([
        "老旧小区改造提速", "今年计划改造四十个小区，惠及居民一万余户",
        "本报记者　某甲",
        "记者从市住建局获悉，今年我市将加快推进老旧小区改造，全年计划改造四十个小区。",
        "改造内容包括管网更新、外墙保温和加装电梯等，各区将在年底前完成全部开工。"]) + "\n")
    (a,) = ed.articles
    assert a.subheadline == "今年计划改造四十个小区，惠及居民一万余户"
    assert len(a.paragraphs) == 2


def test_a_charts_title_naming_the_headlines_words_takes_no_line_of_the_headline_group():
    """A chart of the figures a story speaks of is titled in the story's headline's words: no story of its own
    for a clumped headline group to be cut toward (the headline stays over its deck)."""
    deck = "一季度全市新能源汽车产业产值两百亿元，同比增长三成，配套企业达一百家"
    ed = parse_text("\n\n".join([
        "某市新能源汽车产业跑出加速度", deck, "本报记者　某甲",
        "三月下旬，某汽车总装车间内，工人正在对新下线的车辆进行出厂前检测。", "本报记者　某乙　摄",
        "记者从市工信局获悉，一季度全市新能源汽车产量创新高，新签约项目十二个，总投资超过百亿元。",
        "园区建设同步提速，两个配套园区已有三十家企业投产，带动就业五千余人。",
        "数读", "某市新能源汽车产业季度产值（亿元）", "数据来源：某市统计局",
        "另一条新闻的标题", "本报讯 昨日，市体育中心举行全民健身运动会开幕式，三千余名市民参加。"]) + "\n")
    lead = ed.articles[0]
    assert (lead.headline, lead.subheadline, len(lead.paragraphs)) == ("某市新能源汽车产业跑出加速度", deck, 2)


def test_experts_names_and_posts_over_their_quotations_are_a_box_of_views_text():
    """专家观点 | 某某　某大学经济学院教授 | “……” | 某某　某研究院研究员 | “……”: each speaker's line is the box's text,
    a paragraph of its own over what the speaker said (not a headline each, nor joined to the quotation); one name
    and post over a quotation alone stays a title."""
    ed = parse_text("\n\n".join([
        "专家观点", "宋某某　某某大学经济与管理学院教授", "“今年以来产业增速较快，而且是在基数不低的情况下实现的，含金量较高。”",
        "罗某某　省社会科学院产业经济研究所研究员", "“也要看到，行业竞争仍然激烈，一些企业利润承压，需要持续关注。”"]) + "\n")
    (box,) = ed.articles
    assert box.paragraphs[0] == "宋某某　某某大学经济与管理学院教授" and len(box.paragraphs) == 4
    one = parse_text("\n\n".join(["宋某某　某某大学经济与管理学院教授", "“今年以来产业增速较快，含金量较高。”"]) + "\n")
    assert one.articles[0].headline == "宋某某　某某大学经济与管理学院教授"


def test_a_matchs_score_alone_under_its_reports_finished_text_is_its_last_line():
    """某某队 98:95 某某队 right under a match report's last paragraph, the next story's headline under it: the
    report's last line, body of its own (not the next story's kicker, nor furniture); a run of scores is a results
    table's, a headline with a verb (某队2:0击败某队) heads its story."""
    ed = parse_text("\n\n".join([
        "某市男篮主场险胜", "本报记者　某甲", "昨晚，全国男篮甲级联赛常规赛在某市体育馆进行，主队以三分优势险胜对手。",
        "主教练赛后说，球队下半场的防守强度还不够，轮换阵容也需要调整。", "某市队 98:95 某县队",
        "城建补时扳平对手", "本报某地4月20日电　今天下午，中甲联赛第七轮比赛在某地进行，城建队客场逼平对手。"]) + "\n")
    assert ed.articles[0].paragraphs[-1] == "某市队 98:95 某县队" and len(ed.articles) == 2
    assert ed.articles[1].headline == "城建补时扳平对手" and not ed.articles[1].kicker
    table = parse_text("\n\n".join([
        "某市男篮主场险胜", "昨晚，全国男篮甲级联赛常规赛在某市体育馆进行，主队以三分优势险胜对手。",
        "某市队 98:95 某县队", "某区队 77:80 某镇队"]) + "\n")
    assert "某市队 98:95 某县队" not in table.articles[0].paragraphs


def test_a_lone_title_after_a_table_opens_a_story():
    ed = parse_text("\n\n".join([
        "市场行情回暖", "本报讯 昨日，本市主要农贸市场蔬菜价格小幅回落，市民采购需求平稳。",
        "今日菜价", "白菜0.90元/斤↓0.10", "土豆1.40元/斤↑0.05",
        "湿地公园迎来候鸟", "近日，市湿地公园迎来今年第一批越冬候鸟，吸引不少市民前来观赏。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["市场行情回暖", "湿地公园迎来候鸟"]
    assert not any(a.crossheads for a in ed.articles)


@pytest.mark.parametrize("text,name,want", [
    ("这支应急车队组建于2023年，队员大多", "lopsided", Role.PARAGRAPH),  # a comma, then a word: a line cut short
    ("为确保考试公平公正、高效有序，南", "lopsided", Role.PARAGRAPH),
    ("审批“一窗办”，时限压缩一半", "lopsided", None),  # a headline's clauses balance
    ("花粉季来了，过敏性鼻炎如何“防”在前", "lopsided", None),
    ("联系人：某先生联系电话：13800000000", "contact_line", Role.PARAGRAPH),  # a notice's contact line
    ("监督电话：0000-1234567（某某纪检组）", "contact_line", Role.PARAGRAPH),
    ("来信地址：某某路8号", "page_notice", Role.FURNITURE),  # where to write: the page's
    ("地址：某某路8号", "contact_line", None),  # no number to call: a notice's only beside one
    ("寻人启事", "classified_head", Role.FURNITURE),  # a paid notice, set among the classifieds
])
def test_notice_and_cut_line_rules(text, name, want):
    assert role(text, name) is want


@pytest.mark.parametrize("text,want", [
    ("某区　读者　何某某", True),  # a reader signs a letter
    ("读者 王小明", True),
    ("读者来信", False),  # a column's label: no name after 读者
    ("网友留言", False),
])
def test_a_readers_signature_is_a_byline(text, want):
    assert bool(cv.BYLINE.match(text)) is want


def test_names_letter_spaced_together_are_a_bare_name_line():
    assert cv.BARE_NAME.match("高　翔　刘一鸣") and cv.BARE_NAME.match("高　翔")
    assert not cv.BARE_NAME.match("春　风　十里")  # a phrase spaced out, no surname-led name


def test_a_notices_signature_printed_in_one_block_is_cut_into_office_and_date():
    parts = split_chunk(chunks("某某县卫生健康局2026年12月15日")[0])
    assert [p.text for p in parts] == ["某某县卫生健康局", "2026年12月15日"]
    assert len(split_chunk(chunks("会议于2026年12月15日")[0])) == 1  # no office named before the date


def test_a_notice_closes_on_its_contact_line_and_signature_each_a_paragraph():
    ed = parse_text("\n\n".join([
        "关于某某小区电梯改造工程的", "施工公示",
        "为改善居民出行条件，某某街道将于下月起对小区内六部电梯进行改造，施工期间请居民注意安全。",
        "联系电话：0000-1234567", "某某街道办事处", "2026年5月6日",
        "春季运动会开幕", "本报讯 昨日，全市中小学春季运动会在市体育中心开幕，三千余名学生参赛。"]) + "\n")
    first, second = ed.articles
    assert first.headline == "关于某某小区电梯改造工程的施工公示"  # a notice's title wrapped onto two blocks
    assert first.paragraphs[-3:] == ("联系电话：0000-1234567", "某某街道办事处", "2026年5月6日")
    assert second.headline == "春季运动会开幕"


def test_a_word_or_two_over_one_longer_line_is_the_column_label():
    ed = parse_text("\n\n".join([
        "部门回复", "河滨路路灯已全部修复",
        "贵报日前刊登读者来信，反映河滨路路灯长期不亮。我局高度重视，已于本月完成电缆更换。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("部门回复", "河滨路路灯已全部修复")


def test_an_editors_notes_label_printed_after_it_is_cut_off():
    parts = split_chunk(chunks("本版今起开设读者来信专栏，欢迎来信。编者按")[0])
    assert [p.text for p in parts] == ["本版今起开设读者来信专栏，欢迎来信。", "编者按"]
    assert len(split_chunk(chunks("他翻开编者按")[0])) == 1  # no sentence closed before it: a phrase of the text


def test_labels_opening_a_page_over_its_date_are_its_header_band():
    ed = parse_text("\n\n".join([
        "旅游", "周末·旅游周刊", "2026年5月15日　星期五",
        "古镇迎来旅游旺季", "本报讯 五一假期，某某古镇接待游客十二万人次，同比增长三成，民宿入住率超过九成。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "古镇迎来旅游旺季" and not a.kicker
    kept = parse_text("\n\n".join([
        "4 评论", "理论视野", "责任编辑：某甲",
        "坚持系统观念推进县域发展", "县域是国家治理的基本单元，也是联结城市与乡村的重要纽带，发展县域经济要有全局眼光。"]) + "\n")
    assert kept.articles[0].rubric == "理论视野"  # under the page's label: the first story's column label


def test_a_story_jumping_on_and_another_coming_in_from_page_one_stay_two():
    ed = parse_text("\n\n".join([
        "2 要闻", "全省冬季农田水利建设全面展开",
        "本报讯 入冬以来，全省各地抢抓有利时机，掀起冬季农田水利建设热潮，截至目前已完成投资",
        "（下转第3版）",
        "城市轨道交通一期工程全线贯通", "（上接第1版）",
        "三市的轨道交通网络将连为一体，市民出行将更加便捷。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["全省冬季农田水利建设全面展开", "城市轨道交通一期工程全线贯通"]


def test_a_sidebars_title_between_a_story_and_its_tips_opens_the_sidebar():
    ed = parse_text("\n\n".join([
        "古寨里的慢时光", "五月的山区雨后初晴，古寨的吊脚楼错落在梯田之间，游客沿着石板路慢慢走进寨子。",
        "寨子里的老人说，这条路祖祖辈辈走了几百年，下雨天也不沾泥。",
        "出行提示", "1.交通：可在县汽车站乘坐开往古寨的班车，每天六班。",
        "2.门票：古寨免费开放，讲解服务可在游客中心预约。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["古寨里的慢时光", "出行提示"]


def test_a_crosshead_as_wide_as_a_narrow_column_in_a_line_dump_stands_alone():
    from reader.parse.printed import line_chunks
    lines = ["居民呼声最高的是加装电", "梯，今年全市计划加装一", "百二十部，年底前完成。",
             "审批实行“一窗办”",  # a crosshead: no mark in it, over a paragraph's first line (its indent lost)
             "今年起，加装电梯的",  # a first line: short of the column by its lost indent
             "规划、消防等审批事项统", "一在街道窗口受理，群众", "只需跑一次就能办结。"]
    chunks = line_chunks([(1, [(k + 1, 0, ln) for k, ln in enumerate(lines)])])
    assert "审批实行“一窗办”" in [c.text for c in chunks]


def test_a_column_label_glued_to_a_headline_with_a_space_in_it_is_cut_off():
    parts = split_all(chunks("热线追踪小区路灯“罢工”半个月 记者追问后当晚修复",
                             "本报讯（记者 某甲）“小区门口的路灯坏了半个月，晚上出门全靠手机照明。”"))
    assert [p.text for p in parts][:2] == ["热线追踪", "小区路灯“罢工”半个月 记者追问后当晚修复"]


def test_a_question_and_answer_columns_label_glued_to_its_headline_is_cut_off_with_no_word_after_it():
    """专家答疑 (…问答) labels a column of questions answered; its headline need not open with a common word."""
    parts = split_all(chunks("专家答疑夏播玉米怎样出苗齐 三个环节要把好", "问：麦收后马上播玉米，要注意什么？"))
    assert [p.text for p in parts][:2] == ["专家答疑", "夏播玉米怎样出苗齐 三个环节要把好"]
    kept = split_all(chunks("知识问答赛举行", "本报讯（记者 某甲）全市中学生知识问答赛昨日举行。"))
    assert [p.text for p in kept][0] == "知识问答赛举行"


def test_a_box_of_figures_gives_each_figure_with_its_note_as_a_paragraph():
    ed = parse_text("\n\n".join([
        "数读", "一季度全市外贸成绩单",
        "3.2万家全市有进出口实绩的企业",  # a figure and its note in one block
        "58%",  # a figure alone, its note under it
        "民营企业进出口占全市外贸总值比重",
        "7个百分点民营企业对外贸增长的拉动"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("数读", "一季度全市外贸成绩单")
    assert a.paragraphs == ("3.2万家全市有进出口实绩的企业", "58%民营企业进出口占全市外贸总值比重",
                            "7个百分点民营企业对外贸增长的拉动")


def test_a_crosshead_wrapped_between_paragraphs_is_joined_but_a_name_under_a_title_is_kept():
    body = "今年一季度，全市外贸进出口总值同比增长百分之八，增速高于全国平均水平。"
    parts = split_all(chunks(body, "外贸新产品出口势头", "强劲", "从出口商品看，电动汽车、锂电池等新产品合计出口增长三成以上。"))
    assert [p.text for p in parts][1] == "外贸新产品出口势头强劲"
    kept = split_all(chunks(body, "在纸上重建一座消失的村庄", "陈雨桐", "读完这本散文集，已是深夜，窗外的雨还没有停。"))
    assert [p.text for p in kept][2] == "陈雨桐"  # a name, no common word: the author under a headline


def test_a_line_cut_inside_an_english_name_runs_on():
    ed = parse_text("\n\n".join([
        "小辞典", "需求响应式公共交通",
        "英文为Demand Responsive Transport",
        "System，简称DRTS，指不采用固定路线与班表，而是依乘客预约调度车辆的服务。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[0].startswith("英文为Demand Responsive Transport") and len(a.paragraphs) == 1


@pytest.mark.parametrize("text", ["（资料图片）", "（資料圖片）", "（受访者供图）", "（網上圖片）"])
def test_a_photos_source_in_brackets_is_its_credit(text):
    assert role(text, "photo_credit") is Role.PHOTO_CREDIT
    parts = split_chunk(chunks("港口码头一派繁忙景象。" + text)[0])
    assert [p.text for p in parts] == ["港口码头一派繁忙景象。", text]


def test_a_wire_agency_after_a_short_caption_credits_its_photo_after_a_story_its_source():
    ed = parse_text("\n\n".join([
        "某国大选结果揭晓", "支持者在首都街头挥舞旗帜庆祝。（路透社）",
        "【本报讯】综合外电报道：某国周五公布国会选举初步结果，中间派政党以些微优势成为第一大党。",
        "选举委员会公布，今次投票率达百分之六十八，是二十年来最高。"]) + "\n")
    (a,) = ed.articles
    assert a.captions == ("支持者在首都街头挥舞旗帜庆祝。",) and a.photo_credits == ("（路透社）",)


def test_a_photo_credit_read_before_its_caption_is_cut_off_it():
    parts = split_chunk(chunks("记者　某　甲　摄3月10日，市民在中介门店查看租赁房源信息。")[0])
    assert [p.text for p in parts] == ["记者　某　甲　摄", "3月10日，市民在中介门店查看租赁房源信息。"]
    assert len(split_chunk(chunks("做了十几年摄影记者，我越来越相信好照片是等出来的。")[0])) == 1


@pytest.mark.parametrize("text,want", [
    ("（某甲，某某律师事务所律师）", True),  # an expert's name and post closing a column
    ("（某甲，市第一人民医院主任医师）", True),
    ("（某甲，今年七十岁）", False),  # a note in brackets, no post
])
def test_an_experts_name_and_post_in_brackets_is_a_byline(text, want):
    assert bool(cv.BYLINE.match(text)) is want


def test_a_hotline_box_with_its_invitation_is_the_pages():
    ed = parse_text("\n\n".join([
        "租客维权有门路", "本报讯 记者从市住建局获悉，今年起住房租赁押金将逐步纳入第三方托管，租客权益更有保障。",
        "读者热线", "您在租房、消费中遇到过哪些难题？欢迎告诉我们。", "新闻热线：96318"]) + "\n")
    assert [a.headline for a in ed.articles] == ["租客维权有门路"]
    assert "您在租房、消费中遇到过哪些难题？欢迎告诉我们。" in {b.text for b in ed.furniture}


def test_an_ads_copy_under_its_mark_at_the_pages_end_is_the_pages():
    ed = parse_text("\n\n".join([
        "港口罢工进入第二天", "（法新社某地13日电）港口工人周五起展开为期三天的罢工，要求资方加薪百分之七，约四十艘货轮滞留。",
        "广告", "某某眼科中心", "激光矫视　春季优惠", "预约热线：2388 6622", "＊优惠受条款约束。",
        "A14责任编辑：某甲　美术编辑：某乙"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "港口罢工进入第二天" and len(a.paragraphs) == 1
    assert {"某某眼科中心", "激光矫视　春季优惠", "＊优惠受条款约束。", "A14责任编辑：某甲　美术编辑：某乙"} <= {b.text for b in ed.furniture}


@pytest.mark.parametrize("text", ["〔中央社〕台北市一名工程师去年多次在车站偷拍。", "〔綜合報導〕據日本媒體報導，警方逮捕一名男子。"])
def test_a_bracketed_agency_or_roundup_opening_a_story_is_its_dateline(text):
    assert cv.DATELINE.match(text)
    assert not cv.DATELINE.match("〔中央社〕")  # alone: a credit, no lead-in


def test_a_line_dump_keeps_a_headline_wider_than_its_column_and_a_wrapped_dateline_apart():
    from reader.parse.printed import line_chunks
    lines = ["及肇事逃逸等罪嫌，將吳", "男移送地檢署偵辦，車輛", "也依法沒入，全案偵結。",
             "捷運站偷拍女乘客 工程師判8月",  # a headline, its phrases a space apart, wider than the column
             "〔記者某某／台",  # a bracketed dateline wrapped onto the next line
             "北報導〕台北市一名33歲", "林姓工程師去年多次在捷", "運車站偷拍，被判刑8月。"]
    texts = [c.text for c in line_chunks([(1, [(k + 1, 0, ln) for k, ln in enumerate(lines)])])]
    assert "捷運站偷拍女乘客 工程師判8月" in texts
    assert any(t.startswith("〔記者某某／台北報導〕") for t in texts)


@pytest.mark.parametrize("text", ["有疑慮 撥打165", "交警支队提醒您"])
def test_a_public_notices_call_and_sign_off_are_the_pages(text):
    assert role(text, "page_notice") is Role.FURNITURE


def test_a_page_headers_date_line_stands_alone_in_a_line_dump():
    from reader.parse.printed import line_chunks
    lines = ["7 理论 2018年1月2日 星期二", "习近平同志在党的十九大报告", "中指出，这是我国发展新的历史方", "位，意义重大而深远。"]
    texts = [c.text for c in line_chunks([(1, [(k + 1, 0, ln) for k, ln in enumerate(lines)])])]
    assert texts[0] == "7 理论 2018年1月2日 星期二"


def test_a_traditional_word_cut_at_a_column_end_runs_on_as_a_simplified_one_does():
    ed = parse_text("\n\n".join([
        "國會強推退休改革", "（法新社某城13日電）國會周五凌晨通過退休制度改革方案，把法定退休年齡逐步提高。",
        "總統在社交媒體發文，形容法案獲通",
        "過是「為下一代負責任的決定」。政府估計，改革實施後十年內可節省大筆開支。"]) + "\n")
    (a,) = ed.articles
    assert len(a.paragraphs) == 2 and not a.crossheads


def test_a_title_over_a_reports_lead_sentence_or_a_box_of_figures_is_no_crosshead():
    body = "新学期开学以来，多地中小学将课间休息时间由十分钟延长至十五分钟，让学生走出教室活动。"
    for head, text in (("科研人员发现报春花新物种", "记者从中科院获悉，科研人员近日在高原东南部发现报春花属新物种。"),
                       ("数据", "5.36亿人次")):
        ed = parse_text("\n\n".join(["多地中小学推行课间十五分钟", "据新华社电 " + body, head, text]) + "\n")
        assert len(ed.articles) == 2, head


def test_the_name_under_a_profile_label_is_the_boxs_title():
    ed = parse_text("\n\n".join([
        "人物简介", "温某", "温某，1986年生于某市，国家一级编剧，代表作有话剧《河灯》《老街》等。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline, a.bylines) == ("人物简介", "温某", ())


@pytest.mark.parametrize("caption,credit", [
    ("救援人员驾驶橡皮艇转移受困居民。", "新华社发（安德烈·马尔科 摄）"),  # a foreign photographer's name with ·
    ("火山喷出大量火山灰和熔岩。", "新华社/法新社"),  # a wire partner's photo
])
def test_a_wire_photos_credit_at_its_captions_end_is_cut_off(caption, credit):
    parts = split_chunk(chunks(caption + credit)[0])
    assert [p.text for p in parts] == [caption, credit]
    assert role(credit, "photo_credit") is Role.PHOTO_CREDIT


def test_numbered_steps_and_labelled_parts_run_on_in_one_block_are_cut_apart():
    parts = split_chunk(chunks("适合全家食用。食材：荠菜200克，豆腐1盒。")[0])
    assert [p.text for p in parts] == ["适合全家食用。", "食材：荠菜200克，豆腐1盒。"]
    assert [p.text for p in split_chunk(chunks("做法：1. 荠菜切碎。2. 豆腐切丁。")[0])] == ["做法：", "1. 荠菜切碎。", "2. 豆腐切丁。"]
    steps = split_chunk(chunks("2. 锅中加水烧开，放入豆腐。3. 加入荠菜碎调味。4. 淋入蛋液即可。")[0])
    assert [p.text[:2] for p in steps] == ["2.", "3.", "4."]
    assert len(split_chunk(chunks("产值增长2.3%。3. 出口结构优化。")[0])) == 1  # one item after a sentence: no list
    assert len(split_chunk(chunks("一季度增长2.3%，比上年提高0.5个百分点。")[0])) == 1  # decimals are no items


def test_a_readers_question_and_an_experts_answer_in_one_block_are_two_turns():
    parts = split_chunk(chunks("市民王女士问：孩子需要补钙吗？答：一般情况下均衡饮食即可，不必额外补充。")[0])
    assert [p.text for p in parts] == ["市民王女士问：孩子需要补钙吗？", "答：一般情况下均衡饮食即可，不必额外补充。"]
    assert cv.BYLINE.match("（某市妇幼保健院儿童保健科　沈某某）")  # the expert's place of work, then the name


def test_a_turn_of_a_qa_box_opens_a_paragraph_though_the_one_before_ends_no_sentence():
    ed = parse_text("\n\n".join([
        "专家答疑", "市民王女士问：孩子需要补钙吗？", "答：一般情况下均衡饮食即可，不必额外补充，保证睡眠更要紧",
        "市民陈先生问：睡得晚会影响长个吗？", "答：会有影响，建议初中生每天睡足九小时。"]) + "\n")
    (a,) = ed.articles
    assert len(a.paragraphs) == 4


@pytest.mark.parametrize("text,name,want", [
    ("本版由某某县委宣传部协办", "masthead", Role.FURNITURE),  # a special page's co-producer
    ("本版图片由某某县委宣传部提供", "photo_credit", Role.PHOTO_CREDIT),  # one credit for a page's photos
])
def test_a_special_pages_lines(text, name, want):
    assert role(text, name) is want


def test_a_box_of_figures_label_glued_to_its_first_figure_is_cut_off():
    parts = split_chunk(chunks("数说某县3.2 万亩")[0])
    assert [p.text for p in parts] == ["数说某县", "3.2 万亩"]


STORY_WITH_PHOTO = ["湖滨湿地公园全面开放", "本报讯 经过两年建设，湖滨湿地公园昨天全面开放，园内新建步道八公里，湿地面积扩大一倍。",
                    "公园管理处介绍，湿地公园还将开设自然课堂，每周末免费向市民开放。"]
NEXT_STORY = ["老街菜市场完成改造", "本报讯 昨天，老街菜市场改造完工重新营业，摊位统一更换为不锈钢台面，地面做了防滑处理。",
              "市场负责人说，改造期间商户临时搬到隔壁空地经营，没有一天停业。"]
CAPTION = "市民在湖滨湿地公园新建的步道上散步。（记者 某甲 摄）"  # names the first story's headline, not its own


def test_a_caption_printed_inside_the_next_story_goes_to_the_story_it_names():
    ed = parse_text("\n\n".join(STORY_WITH_PHOTO + NEXT_STORY[:1] + [CAPTION] + NEXT_STORY[1:]) + "\n")
    first, second = ed.articles
    assert first.captions == ("市民在湖滨湿地公园新建的步道上散步。",) and not second.captions
    assert first.photo_credits == ("（记者 某甲 摄）",)


def test_a_caption_naming_no_other_story_stays_where_the_dump_put_it():
    caption = "改造后的菜市场干净整洁。（记者 某甲 摄）"  # names its own story's 菜市场
    ed = parse_text("\n\n".join(STORY_WITH_PHOTO + NEXT_STORY[:1] + [caption] + NEXT_STORY[1:]) + "\n")
    assert ed.articles[1].captions == ("改造后的菜市场干净整洁。",) and not ed.articles[0].captions


def test_the_next_storys_caption_printed_after_a_storys_own_goes_to_the_story_it_names():
    """A dump reading each photo's caption before its story's headline: a short story with its own caption, then
    the next story's caption at its end. Two captions make no photo story of a story that tells its text: the second goes
    to the story it names."""
    own = "湖滨湿地公园的新步道。（记者 某乙 摄）"
    ed = parse_text("\n\n".join(STORY_WITH_PHOTO[:1] + [own] + STORY_WITH_PHOTO[1:] + [CAPTION.replace("湖滨湿地公园新建的步道上散步",
                                   "改造后的老街菜市场里挑选蔬菜")] + NEXT_STORY) + "\n")
    assert ed.articles[-1].captions == ("市民在改造后的老街菜市场里挑选蔬菜。",)
    assert all(len(a.captions) <= 1 for a in ed.articles)


def test_the_rest_of_a_story_printed_after_another_goes_on_from_where_it_stopped():
    ed = parse_text("\n\n".join([
        "3 教育新闻", "山区学校用上智慧课堂 城乡孩子同上一堂课", "本报讯 新学期开始，县里三十所山区小学都用上了智慧课堂，学生可以和城里的孩子同上一堂课。",
        "县教育局负责人介绍，下一步将为每所学校配备专职的信息",  # stops mid-sentence, no jump line
        "城东新建两座口袋公园", "本报讯 城东新建的两座口袋公园昨天对市民开放，园内设有健身步道和儿童游乐设施。",
        "相关链接",  # another box's label, printed between
        "技术老师，让设备真正用起来。",  # the rest of the first story, printed after the second
        ]) + "\n")
    assert [a.headline for a in ed.articles] == ["山区学校用上智慧课堂 城乡孩子同上一堂课", "城东新建两座口袋公园"]
    assert ed.articles[0].paragraphs[-1] == "县教育局负责人介绍，下一步将为每所学校配备专职的信息技术老师，让设备真正用起来。"
    assert len(ed.articles) == 2 and len(ed.articles[1].paragraphs) == 1


def test_a_byline_printed_on_after_the_deck_is_cut_off():
    parts = split_all(chunks("全市新增十个社区食堂，老人吃饭更方便本报记者　某甲　某乙　文/图"))
    assert [p.text for p in parts] == ["全市新增十个社区食堂，老人吃饭更方便", "本报记者　某甲　某乙　文/图"]
    assert split_all(chunks("他接受了本报记者采访"))[0].text == "他接受了本报记者采访"  # no name after it


def test_a_byline_printed_on_after_a_headline_that_asks_is_cut_off():
    parts = split_all(chunks("周末加班要不要补假？文：某甲"))
    assert [p.text for p in parts] == ["周末加班要不要补假？", "文：某甲"]
    assert len(split_all(chunks("你问我怎么办？记者也不知道"))) == 1  # no role and name at the end


def test_a_letter_signed_with_the_writers_district_alone_closes_its_story():
    ed = parse_text("\n\n".join([
        "读者来信", "等车的十分钟", "每天早上我都在小区门口等公交车，班次表写着十分钟一班。",
        "希望公交公司按时发车，别让乘客在寒风里干等。", "周丽华（海淀）",
        "图书馆延长开放时间", "本报讯 市图书馆从下月起延长开放时间，工作日开到晚上九点。"]) + "\n")
    letter = ed.articles[0]
    assert letter.headline == "等车的十分钟" and letter.bylines == ("周丽华（海淀）",) and letter.authors == ("周丽华",)
    assert ed.articles[1].headline == "图书馆延长开放时间"


def test_a_kicker_and_a_deck_broken_by_commas_over_the_byline_are_the_headline_group():
    ed = parse_text("\n\n".join([
        "3 深度", "老人多、医生少，山里看病难怎么解",  # a kicker with commas
        "全县推行远程诊疗两年，八千山区群众在家门口看上专家号，医保结算和设备维护仍待破题",  # a long deck
        "本报记者　某甲　文/图",
        "清晨六点，山村卫生室门口已经坐着几位等着看病的老人。他们大多患有慢性病，需要定期复查。",
        "卫生室的医生打开电脑，县医院的专家很快出现在屏幕上。"]) + "\n")
    (a,) = ed.articles
    assert a.kicker == "老人多、医生少，山里看病难怎么解" or a.headline == "老人多、医生少，山里看病难怎么解"
    assert a.bylines == ("本报记者　某甲　文/图",) and len(a.paragraphs) == 2


def test_a_pull_quote_repeating_the_story_and_its_speaker_are_furniture():
    quote = "“我们不怕路远，就怕没人愿意来。”"
    ed = parse_text("\n\n".join([
        "山村里的流动课堂", "本报讯 每周三，县里的流动课堂都会开进山村，为孩子们上美术和音乐课。",
        "带队老师说：“我们不怕路远，就怕没人愿意来。”如今已有二十多名老师报名加入。",
        quote, "——带队老师",  # set between rules in the columns: a copy of the sentence above
        "流动课堂开办三年来，已走过全县四十多个村。"]) + "\n")
    (a,) = ed.articles
    assert quote not in a.paragraphs and "——带队老师" not in a.paragraphs and len(a.paragraphs) == 3
    assert {quote, "——带队老师"} <= {b.text for b in ed.furniture}
    named = parse_text("\n\n".join([  # the speaker named (——王某甲, a byline's shape): furniture all the same
        "山村里的流动课堂", "本报讯 带队老师王某甲说：“我们不怕路远，就怕没人愿意来。”如今已有二十多名老师报名加入。",
        quote, "——王某甲", "流动课堂开办三年来，已走过全县四十多个村。"]) + "\n")
    assert named.articles[0].bylines == () and "——王某甲" in {b.text for b in named.furniture}


def test_a_headline_quoting_its_story_stays_its_headline():
    ed = parse_text("\n\n".join([
        "“把路修到每个村”", "本报讯 今年全县新修农村公路八十公里。县交通局局长说：“把路修到每个村，是我们的承诺。”"]) + "\n")
    assert ed.articles[0].headline == "“把路修到每个村”"


def test_a_section_name_under_a_folio_alone_is_the_page_header():
    ed = parse_text("\n\n".join([
        "第3版", "综合新闻", "春耕备耕全面展开",
        "本报讯 连日来，全县各乡镇抢抓农时，春耕备耕全面展开，已完成早稻育秧三万亩。"]) + "\n")
    assert ed.articles[0].headline == "春耕备耕全面展开" and not ed.articles[0].rubric
    assert "综合新闻" in [b.text for b in ed.furniture]


def test_a_chart_title_under_the_byline_opens_no_section():
    ed = parse_text("\n\n".join([
        "一季度全市消费回暖", "本报记者　某甲", "图：一季度各月零售额增速",
        "记者从市统计局获悉，一季度全市社会消费品零售总额同比增长百分之六。"]) + "\n")
    assert not ed.articles[0].crossheads


def test_a_box_given_one_block_a_printed_line_is_read_line_by_line():
    lines = ["记者手记", "山里的邮递员",  # a column ten characters wide, each paragraph's first line indented by two
             "老周在这条山路上", "送了二十年信，从自行", "车换成摩托车，又换成", "今天的电动三轮车，村", "民们都认得他的车铃",
             "声，远远听见就出门", "来等。", "他说，路变好了，", "信却越来越少，包裹越", "来越多，一天要跑三个", "村子才能送完，回到家",
             "常常已经天黑，第二天", "一早又要出发。"]
    ed = parse_text("\n\n".join(["坚守在大山深处的乡村邮路", "本报讯 全县现有乡村邮路四十二条，总长一千余公里，邮递员每天往返于山间。"]
                                + lines) + "\n")
    box = ed.articles[-1]
    assert box.rubric == "记者手记" and box.headline == "山里的邮递员"
    assert box.paragraphs == (
        "老周在这条山路上送了二十年信，从自行车换成摩托车，又换成今天的电动三轮车，村民们都认得他的车铃声，远远听见就出门来等。",
        "他说，路变好了，信却越来越少，包裹越来越多，一天要跑三个村子才能送完，回到家常常已经天黑，第二天一早又要出发。")


def test_an_editors_note_label_between_a_story_and_its_note_opens_the_note():
    ed = parse_text("\n\n".join([
        "小巷里的修鞋摊", "本报讯 老街巷口的修鞋摊摆了三十年，摊主每天早上七点出摊，修一双鞋只收五元。",
        "街坊们说，鞋坏了第一个想到的就是这里。",
        "编后",  # the editor's note under the story: an item of its own, no section of the story
        "城市的温度，往往藏在这些不起眼的小摊里。让它们留得下、过得好，是城市管理应有的细心。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["小巷里的修鞋摊", "编后"]


def test_where_to_sign_up_closes_the_notice_and_a_hotline_is_the_pages():
    assert role("报名电话：0123-4567890", "page_notice") is None  # the notice's own last line (contact_line's)
    assert role("新闻热线：0123-4567890", "page_notice") is Role.FURNITURE
    assert role("报名热线：0123-4567890", "page_notice") is Role.FURNITURE  # a hotline: an ad's, a page's


def test_a_category_news_label_over_titled_briefs_is_a_box_of_briefs():
    ed = parse_text("\n\n".join([
        "车讯", "城区新增充电桩八百个", "今年以来，主城区新建公共充电桩八百个，其中快充桩占三成。",
        "二手车市场迁址", "市二手车交易市场下月起整体迁至新区汽车城，老市场同步停止营业。",
        "春季车展下周开幕", "春季车展将于下周五在会展中心开幕，预计有五十余个品牌参展。"]) + "\n")
    assert [a.kind.value for a in ed.articles] == ["brief", "brief", "brief"]


@pytest.mark.parametrize("text,pattern,want", [
    ("（某城12日讯）市政府今日宣布，", "DATELINE", True),  # Malaysian and Singapore papers' dateline
    ("（综合报道）气象部门今日发出警告，", "DATELINE", True),
    ("（综合报道）", "DATELINE", False),  # closing a story, no text after it: its sources
    ("（某市12日）市政府今日宣布，", "DATELINE", False),
    ("（档案照）", "PHOTO_CREDIT", True), ("（某某影业提供）", "PHOTO_CREDIT", True),
    ("（某某影业提供的数据显示）", "PHOTO_CREDIT", False),
    ("报道：李某某　摄影：黄某某", "BYLINE", True), ("据某社报道", "BYLINE", False),
    ("回复单位：某区住建局", "BYLINE", True), ("办理结果：已修复", "BYLINE", False),  # the office answering a reader
    ("記者王某某報道", "BYLINE", True), ("记者调查报道", "BYLINE", False),  # a Hong Kong byline, its spaces lost
    ("某州天气", "WEATHER_LABEL", True), ("雨雪天气", "WEATHER_LABEL", False),  # a city's weather box, a story's words
    ("网友留言：小区门口的路灯坏了半个月。", "ASKED", True),  # a reader's message opening a 问政 column's item
])
def test_conventions_of_other_papers(text, pattern, want):
    assert bool(getattr(cv, pattern).match(text)) is want


def test_a_file_photos_credit_names_no_one_and_who_stands_where_is_a_caption():
    assert cv.names_in("（档案照）") == [] and cv.names_in("报道：李某某　摄影：黄某某") == ["李某某", "黄某某"]
    assert role("张某（左二）在发布会上介绍新线路的走向。", "photo_position") is Role.CAPTION
    assert role("张某在发布会上介绍新线路的走向。", "photo_position") is None


def test_a_numbered_question_heads_its_answer_and_a_plain_question_is_a_turn():
    assert role("问一：新政策主要有哪些变化？", "numbered_question") is Role.HEADLINE
    assert role("问题二：外地户籍能否享受补贴？", "numbered_question") is Role.HEADLINE
    assert role("问：新政策主要有哪些变化？", "numbered_question") is None  # an interview's turn (qa_turn's)
    ed = parse_text("\n\n".join([
        "以旧换新补贴怎么领", "本报讯 日前，省里出台新一轮以旧换新政策，记者采访了有关负责人。",
        "问一：补贴范围有哪些变化？", "答：家电补贴品类由八类扩大到十二类。",
        "问二：外地户籍能否享受？", "答：可以，只要在省内购买并开具发票即可。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[i] for i in a.crossheads] == ["问一：补贴范围有哪些变化？", "问二：外地户籍能否享受？"]


def test_a_pupils_essay_is_signed_by_school_class_and_name_and_closed_by_the_teacher():
    for line in ("某市实验小学五（3）班 王某某", "某市第一中学 张某", "指导老师：周 某", "指导老师：林某某"):
        assert cv.BYLINE.match(line), line
    assert not cv.BYLINE.match("某市实验小学举行科技节")
    assert cv.names_in("指导老师：周 某") == ["周某"]
    assert cv.NOTE_LABEL.match("老师点评") and cv.NOTE_LABEL.match("点评")


def test_an_excerpts_label_glued_to_its_chapter_and_its_source_line():
    parts = split_all(chunks("书摘第三章　河边的老屋", "老屋在河的东岸，是祖父年轻时亲手盖起来的。"))
    assert [p.text for p in parts][:2] == ["书摘", "第三章　河边的老屋"]
    assert cv.BYLINE.match("（摘自《河边的老屋》，某某出版社）")
    assert not cv.BYLINE.match("（摘自《河边的老屋》，某某出版社）他说。")


def test_a_credit_for_putting_the_story_together_names_its_writer():
    for line, names in (("（记者 某某 整理）", ["某某"]), ("（本报记者 王某 参与采写）", ["王某"])):
        assert cv.BYLINE.match(line) and cv.names_in(line) == names
    parts = split_all(chunks("问二：外地户籍的消费者能否享受补贴？", "答：可以。", "（记者　某某　整理）", "名词解释",
                             "【置换】指将旧车转让给他人，并在省内购买新车。"))
    assert "名词解释" in [p.text for p in parts]  # a box's label after the credit is no wrapped end of it


def test_a_headline_quoting_its_subject_by_name_glued_after_the_kicker_is_cut_off():
    parts = split_all(chunks("三十年守着一座渡口，一条河在他手里有了新故事李某某：渡口边的春秋"))
    assert [p.text for p in parts] == ["三十年守着一座渡口，一条河在他手里有了新故事", "李某某：渡口边的春秋"]
    assert [p.text for p in split_all(chunks("李某某：渡口边的春秋"))] == ["李某某：渡口边的春秋"]  # nothing before it


def test_a_taiwan_reporters_lead_in_set_alone_without_brackets_is_a_byline_naming_no_place():
    assert cv.BYLINE.match("記者王大明／南港報導") and cv.names_in("記者王大明／南港報導") == ["王大明"]
    assert cv.names_in("〔記者王大明／南港報導〕") == ["王大明"]
    assert cv.names_in("本报记者 王大明 报道") == ["王大明"]  # no slash: nothing before 报道 is a place
    assert not cv.BYLINE.match("记者王大明昨天在南港报道")  # a sentence


def test_a_boxed_column_read_line_by_line_keeps_the_title_under_its_label():
    lines = ["记者手记", "别把小事当小事", "采访中，一位老人", "的话让记者印象很深：", "“我不是在乎这点钱，",
             "是觉得心里不踏实。”", "规矩本是为方便大家", "而立，可一旦失去约", "束，就容易变成摆设，",
             "受伤的是每一个人。", "（某甲）"]
    ed = parse_text("\n\n".join(lines) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("记者手记", "别把小事当小事")
    assert a.paragraphs[0].startswith("采访中，一位老人的话")


def test_text_after_a_story_signed_off_by_a_bracketed_name_is_not_that_storys():
    ed = parse_text("\n\n".join([
        "小区新添充电桩", "本报讯 城西小区日前新装了二十个充电桩，居民充电不再排队。", "（王某某）",
        "5月12日上午，城东一家健身房门前，十几位会员围在紧锁的玻璃门外，等着商家给个说法。"]) + "\n")
    first = ed.articles[0]
    assert first.headline == "小区新添充电桩" and len(first.paragraphs) == 1


def test_a_headline_glued_to_its_kicker_over_a_deck_and_the_byline_is_no_line_of_the_text_before():
    ed = parse_text("\n\n".join([
        "本报讯 城西小区日前新装了二十个充电桩，居民充电不再排队。", "多位受访居民也表示，",
        "商铺闭店、老板失联、课程“暂停”预付卡“卡”住了谁退费为何这么难",
        "记者走访发现，部分商家闭店前仍在促销办卡，消费者维权成本高",
        "本报记者　王某某　李某某",
        "近一个月来，本报热线陆续接到40余位市民来电，反映预付卡退费难。"]) + "\n")
    heads = [a.headline for a in ed.articles]
    assert "商铺闭店、老板失联、课程“暂停”预付卡“卡”住了谁退费为何这么难" in heads
    assert not any("商铺闭店" in p for a in ed.articles for p in a.paragraphs)


def test_a_box_given_a_block_a_line_is_read_line_by_line_though_a_table_follows_it():
    box = ["今日提示", "地铁5号线今晚延时运营", "因市体育中心举办", "演唱会，地铁5号线今", "晚延长运营1小时，末",
           "班车23:30从体育中心", "站发出，请乘客错峰出", "行。", "市图书馆明天闭馆一天", "因设备检修，市图", "书馆明天闭馆一天，自",
           "助还书机照常使用，读", "者借阅的图书到期日顺", "延。"]  # a first line indented two characters
    table = ["彩票开奖", "福彩3D第2026309期", "开奖号码：5　2　8", "体彩排列3第26309期", "开奖号码：6　0　3",
             "前区：04　09　15　26　33　后区：02　07"]
    ed = parse_text("\n\n".join(box + table) + "\n")
    got = {a.headline: a.paragraphs for a in ed.articles}
    assert got["地铁5号线今晚延时运营"] == ("因市体育中心举办演唱会，地铁5号线今晚延长运营1小时，末班车23:30从体育中心站发出，"
                                  "请乘客错峰出行。",)
    assert got["市图书馆明天闭馆一天"] == ("因设备检修，市图书馆明天闭馆一天，自助还书机照常使用，读者借阅的图书到期日顺延。",)


def test_a_chronicle_under_its_label_is_a_box_of_its_own_not_a_section_of_the_story_before():
    ed = parse_text("\n\n".join([
        "小区新添充电桩", "本报讯 城西小区日前新装了二十个充电桩，居民充电不再排队。", "历史上的今天",
        "1921年7月23日　某某会议在上海召开，", "会期八天。", "1949年10月1日　开国大典在北京天安门", "广场隆重举行。"]) + "\n")
    heads = {a.headline: a.paragraphs for a in ed.articles}
    assert heads["历史上的今天"] == ("1921年7月23日　某某会议在上海召开，会期八天。", "1949年10月1日　开国大典在北京天安门广场隆重举行。")


def test_a_briefs_title_run_in_with_its_place_and_its_first_line_a_block_of_its_own():
    ed = parse_text("\n\n".join([
        "基层动态", "南港区：“红色驿站”温暖新就业群体　近", "日，南港区在快递网点、商圈等处建成32个",
        "“红色驿站”，为外卖骑手、快递员等新就业群", "体提供休息、充电、饮水等服务。",
        "北岭县：党员积分制激发内生动力　北", "岭县在村级党组织推行党员积分管理，将参加组",
        "织生活、志愿服务等情况量化积分，每季度公示", "一次。"]) + "\n")
    got = {a.headline: a.paragraphs for a in ed.articles}
    assert got["南港区：“红色驿站”温暖新就业群体"] == (
        "近日，南港区在快递网点、商圈等处建成32个“红色驿站”，为外卖骑手、快递员等新就业群体提供休息、充电、饮水等服务。",)
    assert got["北岭县：党员积分制激发内生动力"] == (
        "北岭县在村级党组织推行党员积分管理，将参加组织生活、志愿服务等情况量化积分，每季度公示一次。",)


def test_in_a_dump_read_backward_a_boxs_title_takes_the_untitled_qa_right_after_it():
    essay = ["创新是引领发展的第一动力。当前，我省正处在新旧动能转换的关键期，必须把科技创新摆在更加突出的位置。",
             "一、把握深度融合的内在逻辑", "科技创新和产业创新是一枚硬币的两面，二者相互促进、相互成就。",
             "科技创新没有捷径可走，唯有久久为功，才能把创新的种子培育成参天大树。", "（作者为某大学教授）"]
    box = ["理论热点", "数据为何能成为新的生产要素", "问：数据作为生产要素，和土地等传统要素有什么不同？",
           "答：传统要素大多具有排他性，一块土地用来盖厂房，就不能同时种庄稼；数据则可以低成本复制、多人同时使用。",
           "问：普通企业怎样才能用好数据？", "答：关键在于从业务场景出发，先从生产排程、库存管理等具体环节入手。",
           "（记者 王某 整理）"]
    essay2 = ["基层是国家治理的最后一公里，基层治理水平直接关系群众的获得感、幸福感、安全感。",
              "一、坚持党建引领", "党的领导是做好基层治理工作的根本保证，要把党组织的政治优势转化为治理效能。",
              "治理有力度，群众才有安全感；服务有温度，群众才有幸福感。", "（作者为某师范大学教授）"]
    ed = parse_text("\n\n".join(essay + ["以科技创新引领产业焕新", "周某某"] + box + essay2
                                + ["让基层治理既有力度又有温度", "林某某"]) + "\n")
    got = {a.headline: a for a in ed.articles}
    assert got["数据为何能成为新的生产要素"].paragraphs[0].startswith("问：数据作为生产要素")
    assert got["让基层治理既有力度又有温度"].paragraphs[0].startswith("基层是国家治理")


def test_text_after_a_credit_in_brackets_is_another_storys_but_after_an_authors_note_it_may_be_the_essays():
    def first(credit):
        ed = parse_text("\n\n".join([
            "小区新添充电桩", "本报讯 城西小区日前新装了二十个充电桩，居民充电不再排队。", credit,
            "5月12日上午，城东一家健身房门前，十几位会员围在紧锁的玻璃门外，等着商家给个说法。"]) + "\n")
        return len(ed.articles[0].paragraphs)
    assert first("（记者 王某某 整理）") == 1
    assert first("（作者为某大学教授）") == 2  # pdftotext reads a column's foot before the essay's next column


def test_a_serials_label_title_and_writer_on_one_line_and_its_chapter_line_under_them():
    ed = parse_text("\n\n".join([
        "连载《山城旧事》□ 王某某", "第三回　雨夜渡口", "【上期提要】阿青到了县城，却没找到要投靠的远房表叔。",
        "雨是半夜停的。阿青坐在船头，看着对岸零星的灯火，心里盘算着明天的去处。",
        "船老大递过来一个烤红薯，说：“先吃饱，明天的事明天再说。”"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline, a.subheadline) == ("连载", "《山城旧事》", "第三回　雨夜渡口")
    assert a.bylines == ("□ 王某某",) and len(a.paragraphs) == 3


def test_a_bilingual_page_english_and_chinese_paragraphs_apart_and_its_glossary_one_box():
    ed = parse_text("\n\n".join([
        "Riverside Park Opens, Linking 12 Gardens Along the River", "滨江公园开园 串起沿岸12座花园", "记者 王某　翻译 李某",
        "A new riverside park opened to the public on Tuesday, linking 12 gardens along the bank.",
        "滨江公园于周二正式向市民开放，串起沿岸12座花园。",
        "The project took three years to build, the city's housing bureau said.", "据市住建局介绍，该项目历时三年建成。",
        "词汇 Vocabulary", "greenway n. 绿道", "embankment n. 堤岸；路堤", "chief designer 总设计师", "wetland n. 湿地"]) + "\n")
    lead, box = ed.articles
    assert (lead.headline, lead.subheadline) == ("Riverside Park Opens, Linking 12 Gardens Along the River",
                                                 "滨江公园开园 串起沿岸12座花园")
    assert len(lead.paragraphs) == 4  # each English paragraph apart from its translation
    assert box.headline == "词汇 Vocabulary" and box.paragraphs == (
        "greenway n. 绿道", "embankment n. 堤岸；路堤", "chief designer 总设计师", "wetland n. 湿地")


def test_a_speakers_label_set_alone_opens_its_turn_with_the_question_under_it():
    ed = parse_text("\n\n".join([
        "数据怎样用好", "本报记者 王某某", "问：", "普通企业怎样才能用好数据？", "答：关键在于从业务场景出发，先从具体环节入手。",
        "问：", "怎样守住安全底线？", "答：发展和安全要统筹兼顾，既要促进流通，也要保护个人信息。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs == ("问：普通企业怎样才能用好数据？", "答：关键在于从业务场景出发，先从具体环节入手。",
                            "问：怎样守住安全底线？", "答：发展和安全要统筹兼顾，既要促进流通，也要保护个人信息。")


def test_a_storys_opening_columns_printed_before_its_headline_group_open_its_text_after_the_lead_in():
    ed = parse_text("\n\n".join([
        "记者手记", "别让承诺落空", "采访中，一位会员的话让记者印象很深。", "诚信经营才是最好的会员福利。", "（王某某）",
        "5月12日上午，城东一家健身房门前，十几位会员围在紧锁的玻璃门外，等着商家给个说法。",
        "据会员们自发建立的维权群统计，群里已有三百多人，登记的未消费金额合计超过九十万元。",
        "多位受访消费者也表示，",
        "预付卡退费之路为何这么难", "本报记者　李某某　张某某",
        "调查缘起：近一个月来，本报热线陆续接到四十余位市民来电，反映预付卡退费难。本报记者历时三周展开调查。",
        "办卡时并没有签订书面合同，只有一张写着金额的会员卡和一张收据。",
        "记者调查发现，在多起闭店事件中，商家在关门前都有一个共同的动作。"]) + "\n")
    got = {a.headline: a.paragraphs for a in ed.articles}
    assert got["预付卡退费之路为何这么难"] == (
        "调查缘起：近一个月来，本报热线陆续接到四十余位市民来电，反映预付卡退费难。本报记者历时三周展开调查。",
        "5月12日上午，城东一家健身房门前，十几位会员围在紧锁的玻璃门外，等着商家给个说法。",
        "据会员们自发建立的维权群统计，群里已有三百多人，登记的未消费金额合计超过九十万元。",
        "多位受访消费者也表示，办卡时并没有签订书面合同，只有一张写着金额的会员卡和一张收据。",
        "记者调查发现，在多起闭店事件中，商家在关门前都有一个共同的动作。")


def test_under_a_boxs_label_read_line_by_line_a_title_with_a_comma_is_still_its_title():
    lines = ["延伸阅读", "预付卡退费，法律怎么说", "消费者权益保护", "法规定，经营者以预收", "款方式提供商品或者服",
             "务的，应当按照约定提", "供；未按照约定提供的，", "应当按照消费者的要求", "履行约定或者退回预付", "款。"]
    ed = parse_text("\n\n".join(lines) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("延伸阅读", "预付卡退费，法律怎么说")
    assert a.paragraphs[0].startswith("消费者权益保护法规定")


def test_a_piece_of_a_sentence_cut_inside_a_word_is_no_crosshead():
    ed = parse_text("\n\n".join([
        "让基层治理既有力度又有温度", "林某某", "数字技术为基层治理打开了新的空间，一些地方探索建立了网格平台。",
        "以某区为例，该区整合民政、人", "社、医保等部门的高频事项，在社区服务站设立一窗通办窗口。",
        "数字化不是目的，而是手段。"]) + "\n")
    (a,) = ed.articles
    assert a.crossheads == () and "以某区为例，该区整合民政、人社、医保等部门的高频事项，在社区服务站设立一窗通办窗口。" in a.paragraphs


def test_the_piece_over_a_jump_line_ends_the_paragraph_that_jumps():
    """A column's last words set apart by the extractor (…要打通维权渠 | 道，推动 | （下转A6版）): no headline of a
    story after it, but the end of the paragraph going on on another page."""
    ed = parse_text("\n\n".join([
        "某市消费投诉一季度下降", "本报讯 记者从市消保委获悉，一季度全市受理投诉同比下降一成。",
        "市消保委负责人表示，下一步将联合有关部门，打通维权渠", "道，推动", "（下转A6版）",
        "社区菜场新添公平秤", "本报讯 近日，城东一家菜场在入口处设了公平秤，方便市民复核。"]) + "\n")
    first = next(a for a in ed.articles if a.headline == "某市消费投诉一季度下降")
    assert first.paragraphs[-1].endswith("打通维权渠道，推动")
    assert [a.headline for a in ed.articles] == ["某市消费投诉一季度下降", "社区菜场新添公平秤"]


def test_at_a_pages_edge_the_section_and_folio_are_its_header_a_jump_line_is_not():
    edge = R.Context(1, 30)
    assert role("要闻 A01", "page_header", edge) is Role.PAGE_HEADER
    assert role("下转A03版", "page_header", edge) is None and role("上接A1版", "page_header", edge) is None


def test_a_paragraphs_first_line_over_an_arrow_and_its_jump_line_is_no_headline():
    """The column's foot opens a new paragraph after a finished one, then the story jumps, its arrow printed apart
    from the jump line (…增长一成。| 消费市场回暖势头 | ▶ | 下转A03版): nothing a headline heads comes before the
    jump, so the line is the story's text, not a headline."""
    ed = parse_text("\n\n".join([
        "某市消费投诉一季度下降", "本报讯 记者从市消保委获悉，一季度全市受理投诉同比下降一成。",
        "市消保委负责人表示，下一步将联合有关部门，打通维权渠道。", "消费市场回暖势头", "▶", "下转A03版",
        "社区菜场新添公平秤", "本报讯 近日，城东一家菜场在入口处设了公平秤，方便市民复核。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某市消费投诉一季度下降", "社区菜场新添公平秤"]
    assert ed.articles[0].paragraphs[-1] == "消费市场回暖势头"


def test_a_name_cut_off_the_staff_line_is_the_page_headers():
    """pdftotext sets a letter-spaced name's last character apart from the staff line (美编：某 | 甲): the page's
    header, not a headline over the first story."""
    ed = parse_text("\n\n".join([
        "A5 民生·消费", "2026年4月16日 星期四", "美编：某", "甲", "校对：某", "乙",
        "某市消费投诉一季度下降", "本报讯 记者从市消保委获悉，一季度全市受理投诉同比下降一成。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "某市消费投诉一季度下降" and a.kicker is None
    assert {"甲", "乙"} <= {f.text for f in ed.furniture}


def test_ads_among_a_pages_notices_are_furniture_its_notices_and_story_are_not():
    """A classified page: small print that ends on the number to call, a firm's name over its 招聘：…, lost papers
    declared void, a company's 注销公告 are the page's ads; a public notice closed by 咨询电话, a story's contact
    line (报名电话：…) and the story are not."""
    ed = parse_text("\n\n".join([
        "商务服务", "开锁换锁", "公安备案，二十四小时上门，开锁、换锁芯。电话：13500001111",
        "某某物业服务有限公司", "招聘：保安员五名，男，五十五周岁以下，月薪四千元起。",
        "遗失声明", "某甲遗失出生医学证明一份，声明作废。某乙遗失社会保障卡一张，声明作废。",
        "注销公告",
        "社区修补摊进了便民点", "本报讯 配钥匙、修鞋、改衣服，这些小修小补如今在社区就能办好。",
        "便民点每周六还有义务理发，报名请打社区电话。", "报名电话：0571-8888888",
        "停水通知", "因主管道改造，明天八时至二十时部分路段停止供水，请提前储水。咨询电话：12345678"]) + "\n")
    story, notice = ed.articles  # (the story's contact line closes it: the notice after is one of its own)
    assert story.headline == "社区修补摊进了便民点" and "报名电话：0571-8888888" in story.paragraphs
    assert notice.headline == "停水通知" and notice.paragraphs[0].endswith("咨询电话：12345678")
    furniture = {f.text for f in ed.furniture}
    assert {"开锁换锁", "某某物业服务有限公司", "注销公告"} <= furniture


def test_under_a_crosshead_a_clause_cut_mid_word_opens_the_sections_text():
    """法院审理 | 庭审中，公诉机关出示了监控视频、鉴定意 | 见、证人证言等证据。: the piece under the crosshead is the
    section's first line cut at the column's end, not a headline (a story of two sections, read headline last)."""
    ed = parse_text("\n\n".join([
        "本报讯 某区一男子从楼上扔下花盆砸伤路人，日前被判刑。", "法院审理",
        "庭审中，公诉机关出示了监控视频、鉴定意", "见、证人证言等证据。被告人当庭认罪。", "法官说法",
        "高空抛物危害公共安全，法院依法从严惩处。", "某区法院判决高空抛物男子获刑八个月"]) + "\n")
    (a,) = ed.articles
    assert "庭审中，公诉机关出示了监控视频、鉴定意见、证人证言等证据。被告人当庭认罪。" in a.paragraphs
    assert [a.paragraphs[k] for k in a.crossheads] == ["法院审理", "法官说法"]


def test_a_dump_read_backward_keeps_short_crossheads_inside_a_story_whose_headline_is_one_long_line():
    """Headlines printed after their stories; the story's headline group is one long line, its crossheads a few
    words each (案情回顾, 法院审理): they stay its crossheads, not headlines of stories of their own."""
    ed = parse_text("\n\n".join([
        "本报讯 某区一男子从楼上扔下花盆砸伤路人，日前被法院判刑。", "案情回顾",
        "去年秋天，该男子与家人争吵后，把阳台上的花盆扔出窗外。", "法院审理",
        "法院审理认为，该男子的行为已构成高空抛物罪。", "某区男子从楼上扔花盆砸伤路人被判刑八个月",
        "本报讯 某市昨天启动春季植树活动，市民可预约参加。", "市民可预约参加春季植树活动"]) + "\n")
    lead = next(a for a in ed.articles if a.headline == "某区男子从楼上扔花盆砸伤路人被判刑八个月")
    assert [lead.paragraphs[k] for k in lead.crossheads] == ["案情回顾", "法院审理"]


def test_a_diagrams_labels_between_its_title_and_its_credit_are_its_captions():
    """Labels printed over a diagram come out as short blocks of one width, each a term and its gloss: not one
    column's printed lines run together, not headlines, but the diagram's captions under its title."""
    labels = ["甲层 平均厚约十公里", "甲界 甲层与乙层的分界", "乙层 下界深约千公里", "乙界 横波到此消失",
              "丙层 液态以铁为主", "丁层 固态深约五千公里", "纵波 可穿过丁层", "横波 止于丙层", "地心深约六千公里"]
    ed = parse_text("\n\n".join(["本报讯 科学家用地震波给地球做检查，已经画出了地下的分层结构。", "某某结构示意图", *labels,
                                 "制图：某某", "相关新闻标题一则", "本报讯 另一条新闻的正文写在这里。"]) + "\n")
    diagram = next(a for a in ed.articles if a.headline == "某某结构示意图")
    assert list(diagram.captions) == labels


def test_a_tables_cells_and_a_box_of_figures_are_no_diagrams_labels():
    """Between a title and its source line, a table's cells (figures alone) or a 数读 box's big figures are not a
    diagram's labels."""
    ed = parse_text("\n\n".join(["本报讯 昨日股市收涨，成交放大。", "港股收市", "恒生指数", "23,417.52", "+186.34",
                                 "国企指数", "8,412.07", "+71.25", "资料来源：某交易所"]) + "\n")
    assert not {"恒生指数", "国企指数"} & {c for a in ed.articles for c in a.captions}


def test_the_one_comma_broken_piece_between_a_storys_paragraphs_is_a_line_of_the_paragraph_under_it():
    """A column ended one line into a paragraph: 在城东的一些老旧社区，食堂与老年活动中心 | “合二为一”，…. A story is
    cut into sections by two crossheads or more, never one: the lone piece, a column line long, is the paragraph's
    first line (a lone crosshead with a comma is shorter: test_orientation keeps one)."""
    ed = parse_text("\n\n".join([
        "社区食堂要办好也要办久", "近年来，不少城市把社区食堂纳入民生实事，老人在家门口就能吃上热饭。",
        "办好食堂，既要让老人吃得上，也要让食堂办得下去。", "在城东的一些老旧社区，食堂与老年活动中心",
        "“合二为一”，老人吃完饭还能下棋、读报。", "民生无小事，从一餐一饭做起。"]) + "\n")
    (a,) = ed.articles
    assert "在城东的一些老旧社区，食堂与老年活动中心“合二为一”，老人吃完饭还能下棋、读报。" in a.paragraphs
    assert not a.crossheads


def test_comma_broken_crossheads_in_a_set_stay_crossheads():
    ed = parse_text("\n\n".join([
        "社区食堂要办好也要办久", "近年来，不少城市把社区食堂纳入民生实事，老人在家门口就能吃上热饭。",
        "吃得上，还要吃得好", "食堂每周调整菜单，荤素搭配，少油少盐。", "办得起，更要办得久",
        "一些地方探索政府补一点、企业让一点、个人出一点的办法。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["吃得上，还要吃得好", "办得起，更要办得久"]


@pytest.mark.parametrize("text,credit", [
    ("新华社发 王小明 制图", True), ("王小明 制图", True), ("新华社发 王小明 作", True),  # a chart's or a graphic's maker
    ("摄影记者王 平", True),  # the spaces a PDF's text keeps: none after the role, one in the letter-spaced name
    ("（翻攝畫面）", True), ("（翻攝自臉書）", True),  # a photo taken off a screen, or off a page on the net
    ("手工制图", False), ("地图制图", False),  # no name a space apart: a phrase
    ("图片由受访者提供", True), ("照片由某医院提供", True),  # a photo's own giver (a page's: 本版图片由…提供)
])
def test_a_credit_by_its_form_names_who_made_the_picture_or_where_it_came_from(text, credit):
    assert bool(cv.PHOTO_CREDIT.match(text)) is credit


def test_the_source_of_a_briefs_text_is_no_photos_credit():
    assert cv.WIRE_CREDIT.match("（路透社）") and not cv.WIRE_CREDIT.match("（据新华社）")


def test_a_charts_title_over_its_makers_credit_is_the_caption_of_the_story_before_it():
    ed = parse_text("\n\n".join([
        "某市地铁客流再创新高", "本报讯 一季度，某市地铁日均客流达到三百万人次，同比增长一成。",
        "一季度某市地铁日均客流（万人次）", "新华社发 王小明 制图", "某区新建口袋公园十处",
        "本报讯 某区今年新建口袋公园十处，方便居民就近休闲。"]) + "\n")
    metro = next(a for a in ed.articles if a.headline == "某市地铁客流再创新高")
    assert metro.captions == ("一季度某市地铁日均客流（万人次）",) and metro.photo_credits == ("新华社发 王小明 制图",)
    assert len(ed.articles) == 2


def test_briefs_read_before_their_boxs_label_each_keep_their_run_in_title():
    """A page's text stream may give a box of briefs' label after its briefs: each brief's title, run in before its
    text by a wide space, still heads a brief of its own, and the one right under a story is no crosshead of it."""
    briefs = [("某省春季防火检查启动", "某省近日部署春季森林防火检查，对发现的问题限期整改。"),
              ("首轮沙尘天气过程结束", "气象台表示，今年首轮沙尘天气过程已基本结束。"),
              ("某江水鸟调查记录约十万只", "沿江多地联合开展越冬水鸟同步调查，共记录水鸟约十万只。")]
    ed = parse_text("\n\n".join(["某港口开年吞吐量增长一成", "本报讯 今年以来，某港口集装箱吞吐量同比增长一成。",
                                 "业内人士认为，这折射出外贸的韧性与活力。",
                                 *[f"{t}\u3000{p}（据新华社）" for t, p in briefs], "新闻速览"]) + "\n")
    assert [a.headline for a in ed.articles][1:] == [t for t, _ in briefs]
    assert [a.paragraphs for a in ed.articles][1:] == [(p,) for _, p in briefs]
    assert not ed.articles[0].crossheads


def test_an_untitled_photo_goes_into_the_story_beside_it_that_tells_what_it_shows():
    photo = "3月8日，在某县一处集中育秧中心，工作人员查看秧苗长势。"  # (its credit run on in its block)
    ed = parse_text("\n\n".join([
        photo + "新华社记者 王小明 摄", "各地抢抓农时推进春播",
        "新华社北京3月9日电 随着气温回升，各地春播由南向北展开，集中育秧中心的秧苗长势良好，工作人员正在加紧查看。",
        "某市地铁客流再创新高", "本报讯 一季度，某市地铁日均客流达到三百万人次，同比增长一成。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["各地抢抓农时推进春播", "某市地铁客流再创新高"]
    assert ed.articles[0].captions == (photo,)


def test_photo_news_that_no_story_beside_it_tells_stays_an_item_of_its_own():
    photo = "3月8日，游客在某公园观赏盛开的樱花。"
    ed = parse_text("\n\n".join([
        photo + "新华社记者 王小明 摄", "某市地铁客流再创新高",
        "本报讯 一季度，某市地铁日均客流达到三百万人次，同比增长一成。"]) + "\n")
    assert len(ed.articles) == 2 and ed.articles[0].captions == (photo,)


def test_a_lone_line_between_two_storys_texts_heads_the_second_not_a_section_of_the_first():
    """A story is cut into sections by two crossheads or more: a single line between two bodies, the second opening
    with no dateline (近日，…), is the headline of a story of its own; two such lines in one story are its
    crossheads, and a numbered one (一、…) heads a section whatever its number of siblings."""
    first = ["某区老旧小区开工改造", "本报讯 某区今年改造老旧小区三十八个，惠及居民一万余户。",
             "改造前，街道逐户征求意见，把加装电梯、增设车位列为重点。"]
    ed = parse_text("\n\n".join(first + ["某县开出首张林业碳票", "近日，某县开出首张林业碳票，林场的公益林有了新收益。",
                                          "下一步，该县将推广林业碳汇项目。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某区老旧小区开工改造", "某县开出首张林业碳票"]
    ed = parse_text("\n\n".join(first + ["先听居民的", "街道召开居民议事会十二场，收集意见两百余条。", "边改边管",
                                          "各项目均设立现场服务点，公布投诉电话。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["先听居民的", "边改边管"]


def test_a_commentarys_label_and_the_papers_reminders_label_in_their_boxes_are_rubrics():
    from reader.parse.titles import is_rubric
    assert is_rubric("本报评论员文章") and is_rubric("评论员文章") and not is_rubric("本报评论员")
    assert is_rubric("晚报提醒") and is_rubric("温馨提示") and not is_rubric("交警提醒市民")


def test_the_papers_reminders_label_glued_to_its_headline_is_cut_off_as_its_rubric():
    ed = parse_text("\n\n".join(["晚报提醒入梅后雷雨频繁 出行请注意防范", "记者从气象台获悉，本市已正式入梅，出行请带好雨具。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("晚报提醒", "入梅后雷雨频繁 出行请注意防范")


@pytest.mark.parametrize("text", ["晚报记者 王小明 文/图", "新华社记者 王小明", "某某日报记者 王小明",
                                  "（通讯员 王　平 李小明）", "（通讯员 王　平记者 李　明）"])  # (a name padded to 3, then more)
def test_a_byline_may_name_the_paper_or_agency_before_the_role(text):
    assert cv.BYLINE.match(text)


def test_a_notice_strip_under_a_box_of_briefs_is_furniture_whole_not_a_brief():
    strip = "反詐騙專線165接到可疑電話　先掛斷再查證　檢警不會電話辦案也不會要求面交現金　某某局　關心您"
    ed = parse_text("\n\n".join(["警政短波", "網拍贓車落網　某市一名男子專挑深夜停放的機車下手，日前被警方查獲。",
                                 "獨居老翁獲救　某區一名獨居老翁日前跌倒，鄰居發現後報警求助。", strip]) + "\n")
    assert [a.headline for a in ed.articles] == ["網拍贓車落網", "獨居老翁獲救"]
    assert strip in [b.text for b in ed.furniture]


def test_a_standings_tables_cells_of_a_name_and_figures_in_a_run_are_the_pages_data_not_headlines():
    cells = ["江城海豚68", "东岭猛虎67", "南山雄鹰66"]
    ed = parse_text("\n\n".join(["江城海豚主场取胜", "本报讯 昨晚，江城海豚队主场以2比1取胜。", *cells,
                                 "赛后，主教练表示球队还要继续努力。"]) + "\n")
    assert set(cells) <= {b.text for b in ed.furniture}
    assert [a.headline for a in ed.articles] == ["江城海豚主场取胜"]


def test_under_a_crosshead_a_line_ending_on_de_is_the_sections_first_line_cut_at_the_columns_end():
    """老街东头原本是一片荒废多年的 | 菜地，…: no title ends on 的; the piece under the crosshead is the section's first
    line, though a headline elsewhere on the page opens with the same place."""
    ed = parse_text("\n\n".join([
        "老街改造完工", "本报讯 历时半年，老街改造工程日前完工，街区面貌焕然一新。", "菜地变花园", "老街东头原本是一片荒废多年的",
        "菜地，如今种上了月季和海棠，成了居民散步的去处。", "店铺换新颜", "沿街的店铺统一更换了招牌，街面整洁了许多。",
        "老街东头新开一家书店", "本报讯 昨天，一家社区书店在老街东头开门迎客。"]) + "\n")
    first, second = ed.articles
    assert "老街东头原本是一片荒废多年的菜地，如今种上了月季和海棠，成了居民散步的去处。" in first.paragraphs
    assert [first.paragraphs[k] for k in first.crossheads] == ["菜地变花园", "店铺换新颜"]
    assert second.headline == "老街东头新开一家书店"


def test_a_photo_news_label_glued_to_its_title_is_cut_off_as_its_rubric():
    ed = parse_text("\n\n".join(["图片新闻湖边桃花竞相开放", "3月20日，市民在湖边赏花。连日来，湖边桃花竞相开放。记者 王小明 摄"])
                    + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("图片新闻", "湖边桃花竞相开放")


def test_a_columns_headline_read_after_its_text_heads_the_text_after_the_photo_before_it():
    """A photo item (its title, its caption and credit), then a column's text, then, last of all, the column's
    label and headline: the headline heads that text, the photo keeps its caption."""
    ed = parse_text("\n\n".join([
        "湖边桃花竞相开放", "3月20日，市民在湖边赏花。连日来，湖边桃花竞相开放。记者 王小明 摄",
        "社区书屋开了门，居民有了读书的地方。可不少书屋开门不久，就少有人来。",
        "社区书屋要办好，还得多听居民的意见，常换新书，办些读书活动。", "■ 李某", "记者观察", "社区书屋要让人常来",
        "责任编辑：赵某"]) + "\n")
    photo, column = ed.articles
    assert photo.headline == "湖边桃花竞相开放" and not photo.paragraphs and photo.captions
    assert (column.rubric, column.headline) == ("记者观察", "社区书屋要让人常来") and len(column.paragraphs) == 2


def test_under_a_box_label_a_briefs_place_and_colon_run_in_is_its_title():
    ed = parse_text("\n\n".join(["乡镇快讯", "东坡县：日前，该县启动新一轮农村公路改造，计划年内完成120公里。",
                                 "西岭镇：该镇首届桃花节近日开幕，吸引游客上万人次。"]) + "\n")
    assert [(a.headline, a.paragraphs[0][:2]) for a in ed.articles] == [("东坡县：", "日前"), ("西岭镇：", "该镇")]


def test_outside_a_box_a_place_and_colon_opening_a_paragraph_stays_its_text():
    ed = parse_text("\n\n".join(["各地抢抓农时", "本报讯 连日来，各地抢抓晴好天气开展夏收。",
                                 "东坡县：该县组织农机开展跨区作业，收获进度已过八成。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1].startswith("东坡县：该县")


def test_a_dated_caption_set_inside_a_paragraph_cut_at_the_columns_foot_is_the_photos():
    """…从外地请来 | 5月中旬，村民在大棚里采摘草莓。 | 技术员，…: the dated sentence between the cut and the text
    going on is a photo's caption standing in the column; the paragraph runs on past it."""
    ed = parse_text("\n\n".join([
        "大棚草莓丰收", "本报讯 今年，某村发展大棚草莓种植，为了提高产量，村里从外地请来",
        "5月中旬，村民在大棚里采摘草莓。", "技术员，手把手教村民管理大棚。", "如今，草莓成了村民增收的好产业。"]) + "\n")
    (a,) = ed.articles
    assert a.captions == ("5月中旬，村民在大棚里采摘草莓。",)
    assert a.paragraphs[0].endswith("从外地请来技术员，手把手教村民管理大棚。")


def test_a_date_cut_in_two_at_the_columns_foot_is_no_caption():
    ed = parse_text("\n\n".join(["某国总统就职", "本报讯 据新华社北京3月", "9日电，某国新任总统日前宣誓就职。",
                                 "多国领导人致电表示祝贺。"]) + "\n")
    (a,) = ed.articles
    assert not a.captions and a.paragraphs[0] == "本报讯 据新华社北京3月9日电，某国新任总统日前宣誓就职。"


def test_a_briefs_title_run_in_on_its_line_is_its_title_though_shaped_like_a_columns_label():
    """某路明晚封一线　…: 一线 ends column labels (基层一线), but a title with the brief's text run in after it on its
    printed line is the brief's, not a label over the page's lead story."""
    ed = parse_text("\n\n".join([
        "新桥下月通车", "本报讯 记者昨天获悉，新桥将于下月通车，届时过江时间缩短一半。", "城事快讯",
        "东环路明晚封一线　交警部门表示，因路面维修，东环路北行快线今晚十一时起封闭，请驾驶人提前绕行。",
        "南门街市重开　翻新后的南门街市明日起重新开放，原有档位的租户均已迁回。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["新桥下月通车", "东环路明晚封一线", "南门街市重开"]
    assert ed.articles[0].rubric is None


def test_a_line_with_a_quotation_opened_and_not_closed_is_no_crosshead():
    """…李伯昨日说：“我 | 今早开窗满屋都是烟味…”: a quotation left open at the line's end goes on in the text under
    it."""
    ed = parse_text("\n\n".join([
        "仓库起火浓烟扰民", "本报讯 昨晨，城东一座仓库起火，浓烟飘向附近小区。", "附近小区的退休老人李伯昨日说：“我",
        "今早开窗满屋都是烟味，只好带孙子去亲戚家躲一躲。”", "消防部门表示，起火原因仍在调查中。"]) + "\n")
    (a,) = ed.articles
    assert "附近小区的退休老人李伯昨日说：“我今早开窗满屋都是烟味，只好带孙子去亲戚家躲一躲。”" in a.paragraphs
    assert not a.crossheads


def test_a_lone_line_naming_what_the_story_before_it_told_is_its_section_head():
    """A single line between two runs of text heads a story of its own, unless its words are the story's: told
    before it (…存放大量木材和油漆…) and after it (木材和油漆…)."""
    ed = parse_text("\n\n".join([
        "城东仓库昨晨起火", "本报讯 城东一座仓库昨晨起火，仓库里存放大量木材和油漆，火势蔓延很快。", "仓内堆满木材和油漆",
        "消防部门表示，仓内木材和油漆遇火燃烧猛烈，消防员只能在外围灭火。", "目前，起火原因仍在调查中。",
        "新桥下月通车", "本报讯 记者昨天获悉，新桥将于下月通车。"]) + "\n")
    first, second = ed.articles
    assert [first.paragraphs[k] for k in first.crossheads] == ["仓内堆满木材和油漆"]
    assert second.headline == "新桥下月通车"


def test_a_notice_closing_on_its_phone_number_has_ended_the_title_after_it_heads_the_next():
    ed = parse_text("\n\n".join([
        "便民信息", "停电通知", "因线路检修，12月3日8:00至18:00，东街一带将暂停供电，请提前做好准备。咨询电话：86612345",
        "道路施工", "12月4日起，西环路将半幅封闭施工，请过往车辆绕行。咨询电话：96123", "燃气检修",
        "12月5日，东街一带燃气管道检修，暂停供气一天。"]) + "\n")
    assert [a.headline for a in ed.articles][-3:] == ["停电通知", "道路施工", "燃气检修"]  # (a five-figure hotline too)


def test_clumped_headlines_of_two_stories_interleaved_each_go_whole_to_their_story():
    """Headlines set together, one story's deck under another's headline (甲 乙 甲's deck): each story gets its own
    lines, the deck with its headline, and each text is told once."""
    ed = parse_text("\n\n".join([
        "东湖新建三座口袋公园", "西岭举办首届赛马节", "——东湖口袋公园面积增加两成",
        "本报讯 东湖新建三座口袋公园日前开放，口袋公园面积增加两成，居民散步更方便了。",
        "本报讯 西岭首届赛马节昨天开幕，来自各地的骑手参加赛马比赛。"]) + "\n")
    heads = {a.headline: a for a in ed.articles}
    assert set(heads) == {"东湖新建三座口袋公园", "西岭举办首届赛马节"}
    assert heads["东湖新建三座口袋公园"].subheadline == "——东湖口袋公园面积增加两成"
    assert heads["西岭举办首届赛马节"].paragraphs[0].startswith("本报讯 西岭")


def test_a_line_between_the_page_bands_staff_line_and_its_date_is_the_papers_name():
    ed = parse_text("\n\n".join(["第3版县域经济", "责任编辑：某甲", "东湖报", "2026年6月11日　星期四", "某镇新建文化礼堂",
                                 "本报讯 某镇新建的文化礼堂日前投入使用。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某镇新建文化礼堂"] and "东湖报" in {b.text for b in ed.furniture}


def test_an_editors_note_set_over_a_headline_group_opens_that_storys_text():
    ed = parse_text("\n\n".join([
        "编者按：村里的集体经济怎样壮大？本版今起推出系列报道，敬请关注。", "荒山变成了聚宝盆",
        "记者 某甲", "五月的东山村，满目葱茏。村里的荒山种上了茶树，村集体收入翻了一番。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "荒山变成了聚宝盆" and a.paragraphs[0].startswith("编者按：")


def test_malaysian_credits_a_writers_and_photographers_line_a_bracketed_photo_credit_a_dashed_signature():
    ed = parse_text("\n\n".join([
        "某市门牌税明年起调涨", "报道：某甲　摄影：某乙", "市长在记者会上展示新旧税率的对照表。（图：某乙）",
        "（某市23日讯）某市政局宣布，从明年起调整全市住宅的门牌税。", "来函老人看病别让网上预约难倒",
        "我的父亲今年七十多岁，上个月去医院看病，才知道要先在网上预约。", "希望有关部门多想想不会上网的老人。", "——王国梁（怡保）"]) + "\n")
    story, letter = ed.articles
    assert story.bylines == ("报道：某甲　摄影：某乙",) and story.photo_credits == ("（图：某乙）",)
    assert (letter.rubric, letter.headline) == ("来函", "老人看病别让网上预约难倒")
    assert letter.bylines == ("——王国梁（怡保）",)


def test_a_tables_title_over_its_date_note_and_header_row_is_the_tables_not_the_next_storys_rubric():
    ed = parse_text("\n\n".join([
        "股市指数", "3月23日收盘", "指数收盘涨跌涨跌幅", "综合指数21034.55+112.30+0.54%", "成长指数231.06-1.25-0.54%",
        "科技类指数1108.72+20.41+1.88%", "日元跌破160关口", "本报讯 日元兑美元汇率昨天一度跌破160关口。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "日元跌破160关口" and a.rubric is None and "股市指数" in {b.text for b in ed.furniture}


def test_a_teasers_page_reference_wrapped_onto_a_line_of_its_own_closes_the_teaser():
    """An index's teaser, one printed line a block, its last sentence ended and its ▶第3页 wrapped under it: the
    whole teaser is the index's, no story."""
    ed = parse_text("\n\n".join([
        "机场年底增设自动通关道", "本报讯 机场将在年底前增设六十条自动通关道，旅客过关时间预计缩短一半。", "今日要闻导读",
        "港口启用新码头", "港口新码头昨天启用，年吞吐量可", "增加一成。", "▶第3页",
        "公积金利率不变", "公积金局昨天宣布，明年首季利率维持不变。▶第5页"]) + "\n")
    assert [a.headline for a in ed.articles] == ["机场年底增设自动通关道"]
    assert {"港口启用新码头", "增加一成。", "公积金利率不变"} <= {b.text for b in ed.furniture}


def test_a_photo_credit_after_the_caption_placing_its_people_is_split_off():
    ed = parse_text("\n\n".join([
        "新片昨晚首映", "主创人员昨晚出席首映礼，向影迷挥手。（左起：甲某、乙某）（记者丙某摄）",
        "本报讯 新片昨晚在市中心影院首映，主创人员与影迷见面。"]) + "\n")
    (a,) = ed.articles
    assert a.captions == ("主创人员昨晚出席首映礼，向影迷挥手。（左起：甲某、乙某）",)
    assert a.photo_credits == ("（记者丙某摄）",)


def test_under_the_index_label_a_teasers_text_run_on_to_its_page_is_the_index_however_long():
    ed = parse_text("\n\n".join([
        "机场年底增设自动通关道", "本报讯 机场将在年底前增设六十条自动通关道，旅客过关时间预计缩短一半。", "今日要闻导读",
        "港口启用新码头", "港口新码头昨天正式启用，年吞吐量可增加一成，港口方面表示，新码头启用后，进出港船舶的等候时间将明显缩短。▶第3页",
        "公积金利率不变", "公积金局昨天宣布，明年首季各户头的利率维持不变，会员无须采取任何行动，也请会员留意诈骗短信。▶第5页"]) + "\n")
    assert [a.headline for a in ed.articles] == ["机场年底增设自动通关道"]


def test_titled_briefs_read_before_their_boxs_label_are_briefs_not_a_storys_crossheads():
    """A box's label drawn in its corner and read after its text (社区快讯 last): the titled one-paragraph briefs
    right over it are stories of their own, not sections of the story before them."""
    ed = parse_text("\n\n".join([
        "老旧小区加装电梯提速", "本报讯 今年全市将为一百个老旧小区加装电梯，居民上下楼更方便。",
        "东湖社区开设四点半课堂", "近日，东湖社区联合高校志愿者开设四点半课堂，为双职工家庭解忧。",
        "西岭社区为独居老人装上呼叫器", "西岭社区近日为辖区独居老人免费安装了呼叫器。",
        "南山社区举办旧物集市", "上周六，南山社区在文化广场举办旧物集市，居民交换闲置物品。", "社区快讯"]) + "\n")
    assert [a.headline for a in ed.articles] == ["老旧小区加装电梯提速", "东湖社区开设四点半课堂", "西岭社区为独居老人装上呼叫器",
                                                 "南山社区举办旧物集市"]


def test_a_title_over_a_readers_question_opens_an_item_signed_by_the_office_that_answers():
    """A hotline column's item: its title over 读者问：…, the office's answer 答复：…, the office's name under it. The
    title heads an item of its own (no crosshead of the story before) and the office signs the answer."""
    ed = parse_text("\n\n".join([
        "老城区新增三处停车场", "本报讯 老城区今年新增三处公共停车场，共提供车位六百个。",
        "错时共享 缓解停车难", "部分机关单位的停车场夜间向居民开放，每月收费一百元。",
        "智慧引导 车位一目了然", "车位建成后，周边道路的违停现象明显减少。",
        "小区门口积水 谁来管？", "读者问：我家小区门口一下雨就积水，物业说不归他们管，请问该找谁？",
        "答复：经核实，该路段排水设施由区市政部门负责，我局已安排疏通，本周内完成。", "东城区市政管理局"]) + "\n")
    assert [a.headline for a in ed.articles] == ["老城区新增三处停车场", "小区门口积水 谁来管？"]
    assert ed.articles[1].bylines == ("东城区市政管理局",)


def test_a_short_paragraph_closed_by_the_photos_own_sentence_over_a_credit_is_a_caption():
    """…共约一千个单位。图为现有的住宅区。 right over 摄影：X, before the story's first paragraph: the photo's caption."""
    ed = parse_text("\n\n".join([
        "新一轮住宅单位下月推出", "记者甲某 报道", "新一轮项目中，老城区一带共约一千个单位。图为老城区现有的住宅区。",
        "摄影：乙某", "房屋局下个月将推出五千个住宅单位，分布在五个新镇。", "申请将在下月初开放，为期一周。"]) + "\n")
    (a,) = ed.articles
    assert a.captions == ("新一轮项目中，老城区一带共约一千个单位。图为老城区现有的住宅区。",)
    assert a.paragraphs[0].startswith("房屋局下个月")


def test_a_poems_lines_each_a_block_under_its_title_and_poet_are_its_text_line_by_line():
    """A 副刊's poems in a dump that gives each printed line a block: under a title and its poet (◎X) the short lines
    are the poem's text, each a paragraph of its own (none run on into the next), up to the next title over a poet."""
    ed = parse_text("\n\n".join([
        "河边", "◎甲某", "芦苇站在水里", "像一群等船的人", "风来了", "它们一起弯腰",
        "夜路", "◎乙某", "路灯一盏一盏", "把我送回家", "最后一盏", "是母亲的窗口。"]) + "\n")
    assert [(a.headline, a.paragraphs) for a in ed.articles] == [
        ("河边", ("芦苇站在水里", "像一群等船的人", "风来了", "它们一起弯腰")),
        ("夜路", ("路灯一盏一盏", "把我送回家", "最后一盏", "是母亲的窗口。"))]


def test_a_pages_call_for_contributions_is_its_furniture_terms_and_address_too():
    ed = parse_text("\n\n".join([
        "春天的院子", "□王某", "春天来得早，院子里的桃花开了，满树粉红。", "征稿启事",
        "本版常年征集散文、诗歌，来稿请注明真实姓名和联系电话，",
        "一个月内未获采用可自行处理。", "投稿邮箱：fukan@example.cn"]) + "\n")
    assert [a.headline for a in ed.articles] == ["春天的院子"]
    assert {"征稿启事", "一个月内未获采用可自行处理。"} <= {b.text for b in ed.furniture}
    after = parse_text("\n\n".join([  # its label set in the box's corner, read after its terms and the address
        "春天的院子", "□王某", "春天来得早，院子里的桃花开了，满树粉红。", "是母亲的窗口。",
        "本版常年征集散文、诗歌，来稿请注明真实姓名和联系电话。", "投稿邮箱：fukan@example.cn", "征稿启事"]) + "\n")
    assert [a.paragraphs for a in after.articles] == [("春天来得早，院子里的桃花开了，满树粉红。", "是母亲的窗口。")]


def test_a_genre_glued_to_a_pieces_title_is_its_rubric_and_an_artworks_title_over_its_artist_its_caption():
    ed = parse_text("\n\n".join([
        "散文老屋后面的那片竹林", "文/唐某", "老屋后面有一片竹林，是祖父年轻时种下的。",
        "丹青", "《春江》（国画）", "乙某 作"]) + "\n")
    a, b = ed.articles
    assert (a.rubric, a.headline) == ("散文", "老屋后面的那片竹林")
    assert b.captions == ("《春江》（国画）",) and b.photo_credits == ("乙某 作",)


def test_an_offices_name_alone_under_the_pages_last_text_signs_it():
    ed = parse_text("\n\n".join([
        "路灯已全部修复", "贵报上月刊登读者来信反映路灯不亮，我局高度重视，已完成维修。", "某某市城市管理局"]) + "\n")
    (a,) = ed.articles
    assert a.bylines == ("某某市城市管理局",)


def test_an_opinion_pages_labels_glued_to_titles_a_quote_box_and_a_letter_to_the_editor():
    """社評 and 論壇 glued to their titles, 讀者來函 to a title that asks; a quote's speaker under it (——X) is the box's
    text; a letter's salutation opens its text on a line of its own and its signature 讀者 X（區） is its byline."""
    ed = parse_text("\n\n".join([
        "社評酷熱指引不能只停留紙上", "天文台昨日發出酷熱天氣警告，戶外工作者首當其衝。",
        "今日金句", "「一個城市是否文明，要看它怎樣對待在烈日下工作的人。」", "——社會學者　王某甲",
        "讀者來函天橋升降機何時修好？", "編輯先生：", "區內一條行人天橋的升降機已停用兩個月，長者上落十分不便。",
        "讀者　陳某乙（觀塘）"]) + "\n")
    assert [(a.rubric, a.headline) for a in ed.articles] == [
        ("社評", "酷熱指引不能只停留紙上"), (None, "今日金句"), ("讀者來函", "天橋升降機何時修好？")]
    assert ed.articles[1].paragraphs[-1] == "——社會學者　王某甲"
    assert ed.articles[2].paragraphs[0] == "編輯先生：" and ed.articles[2].bylines == ("讀者　陳某乙（觀塘）",)


def test_a_commemorations_kicker_run_into_its_headline_and_a_link_boxs_label_glued_to_its_title():
    ed = parse_text("\n\n".join([
        "纪念某某纱厂建厂六十周年老厂房里的新日子", "——一座工厂的城市记忆", "本报记者　王某甲",
        "十月的清晨，运河边的红砖厂房迎来了第一批游客。", "链接什么是工业遗产",
        "工业遗产是指在工业化进程中留存下来的、具有历史价值的遗存。"]) + "\n")
    a, b = ed.articles
    assert (a.kicker, a.headline, a.subheadline) == ("纪念某某纱厂建厂六十周年", "老厂房里的新日子", "——一座工厂的城市记忆")
    assert (b.rubric, b.headline) == ("链接", "什么是工业遗产")


def test_a_supplements_name_run_on_before_the_papers_in_its_header_is_not_the_papers_name():
    """11 某某文艺副刊某城日报: the header runs the supplement's name on before the paper's; the paper is 某城日报."""
    text = "\n\n".join(["11 春江文艺副刊东城日报", "2026年11月20日　星期五", "院子里的柿子树", "□王某",
                       "老家的院子里有一棵柿子树，是祖父年轻时种下的。"]) + "\n"
    assert parse_text(text).paper_name == "东城日报"
    assert parse_text(text.replace("11 春江文艺副刊东城日报", "A9 东城日报")).paper_name == "东城日报"


def test_a_taiwan_lead_in_in_lenticular_brackets_is_a_dateline():
    assert cv.DATELINE.match("【記者某甲／台中報導】市府昨天公布今年流感疫苗接種率。")
    assert cv.DATELINE.match("【記者某乙／綜合報導】")
    assert not cv.DATELINE.match("【健康講座】市立醫院周六舉辦講座。")  # a label in the same brackets


def test_a_deck_quoting_someone_who_says_to_call_a_number_is_no_notice():
    assert role("專家：胸痛別硬撐 立即撥打119", "page_notice") is None
    assert role("有疑慮 撥打165", "page_notice") is Role.FURNITURE


@pytest.mark.parametrize("text,sidebar,rubric", [
    ("中暑小檔案", True, False), ("用藥小叮嚀", True, False), ("用药小叮咛", True, False),
    ("城市档案", False, True),  # a column's label: a series of pieces, each its own title under it
])
def test_a_small_file_or_a_reminder_box_is_a_sidebars_title_not_a_columns_label(text, sidebar, rubric):
    assert bool(cv.SIDEBAR_TITLE.match(text)) is sidebar
    assert bool(cv.RUBRIC_SUFFIX.match(text)) is rubric


def test_a_writers_credit_with_the_writers_post_in_brackets_is_a_byline():
    assert cv.BYLINE.match("文／王大明（某某醫院家醫科主任）")
    assert cv.BYLINE.match("文/王大明")
    assert not cv.BYLINE.match("文／王大明（某某醫院家醫科主任）表示，天冷要保暖。")


def test_a_boxes_title_after_a_story_heads_its_bullets_as_a_story_of_its_own():
    ed = parse_text("\n\n".join([
        "寒流來襲 急診量增兩成", "【記者某甲／台北報導】寒流來襲，多家醫院急診量比上週增加兩成，醫師提醒長者注意保暖。",
        "醫師指出，清晨血壓最高，起床前先在床上活動手腳。",
        "中暑小檔案", "●成因：體溫調節失靈，體內熱量無法散出。", "●症狀：頭暈、噁心、皮膚乾燙。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["寒流來襲 急診量增兩成", "中暑小檔案"]
    assert ed.articles[0].dateline == "【記者某甲／台北報導】"
    assert len(ed.articles[1].paragraphs) == 2


@pytest.mark.parametrize("text,names", [
    ("文/本报记者　王大明　图/李小红", ["王大明", "李小红"]),  # what they did, then who they are
    ("文/本报记者　王大明", ["王大明"]),
    ("答疑：市某某协会高级技师　王大明", ["王大明"]),  # the expert answering a column's questions, post and name
])
def test_a_credit_naming_the_work_then_the_writers_post_is_a_byline(text, names):
    assert cv.BYLINE.match(text) and cv.names_in(text) == names
    assert not cv.BYLINE.match("答疑：电池怎么保养？")


@pytest.mark.parametrize("text,want", [
    ("某车型S5 — 13.58万元（降0.8万元）", Role.FURNITURE),  # a price list's row
    ("轴距2950毫米", Role.FURNITURE), ("电池容量82.5千瓦时", Role.FURNITURE),  # a spec sheet's rows
    ("地心深约6371公里", None),  # a diagram's label, a figure given roughly: text
    ("本市新增超充站8座", None),  # a headline with a figure
])
def test_a_price_lists_and_a_spec_sheets_rows_are_a_tables(text, want):
    assert role(text, "data_row") is want


def test_a_readers_question_signed_in_brackets_and_its_answer_stay_one_column():
    ed = parse_text("\n\n".join([
        "用车问答", "冬天电池怎么保养", "答疑：市某某协会高级技师　王大明",
        "问：我的车停在露天车位，最近早上出门发", "现续航少了好几十公里，是电池出问题了吗？", "（读者　周先生）",
        "答：不用太担心，这是冬季用车的普遍现象，气温回升后续航会恢复。",
        "问：听说每次都要充到100%才好，冬天", "是不是更应该充满？（读者　林女士）",
        "答：日常充到80%至90%就够了，没必要每次充满。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "冬天电池怎么保养" and a.rubric == "用车问答"
    assert a.bylines[0] == "答疑：市某某协会高级技师　王大明"
    assert a.paragraphs[0].startswith("问：我的车停在露天车位，最近早上出门发现续航")
    assert any(p.startswith("问：听说每次都要充到100%才好，冬天是不是更应该充满？") for p in a.paragraphs)
    assert a.paragraphs[-1].startswith("答：日常充到")


def test_a_malaysian_dateline_spaced_out_on_a_justified_line_is_a_dateline():
    assert cv.DATELINE.match("（ 吉 隆 坡 26 日 讯 ）某基金会主席宣布")
    assert cv.DATELINE.match("（八打灵再也 26 日讯）约800名居民昨天集会。")
    assert cv.names_in("（ 吉 隆 坡 26 日 讯 ）") == [] and cv.names_in("（八打灵再也 26 日讯）") == []  # no one named
    assert cv.DATELINE.match("（ 马 新 社 布 城 23 日 电 ）卫生部今日发表文告")  # an agency's, spaced out
    assert cv.names_in("（ 马 新 社 布 城 23 日 电 ）") == [] and cv.names_in("（马新社布城 23 日电）") == []
    assert cv.names_in("（中央社記者陳柏宇台北 15 日電）") == ["陳柏宇"]
    assert cv.names_in("（刘 洋 陈 静 王 强）") == ["刘洋", "陈静", "王强"]  # (two-character names set three wide)


def test_a_dated_story_read_under_a_box_label_is_a_story_not_a_run_of_briefs():
    """pdftotext read a box's label (社区简讯) over the story beside it: a dated first paragraph and more,
    undated, none signed off, is that story; a box's untitled briefs each open dated or close signed."""
    story = ["（某市26日讯）约800名居民昨天集会，反对在社区公园兴建高楼。",
             "“这块地是孩子们唯一可以踢球的地方。”居民代表说。", "他指出，一带道路在上下班时段已严重塞车。",
             "市议员表示，市政厅将在下月召开公听会。"]
    ed = parse_text("\n\n".join(["社区简讯", *story, "图书馆办亲子故事会",
                                 "（某市26日讯）市图书馆将在学校假期举办亲子故事会，免费参加。"]) + "\n")
    assert [len(a.paragraphs) for a in ed.articles] == [4, 1]
    briefs = parse_text("\n\n".join(["本地简讯", "本报讯 5月18日，市图书馆夜读空间启用。（某甲）",
                                     "日前，某镇农技站为种植户讲解秧苗移栽技术。（通讯员 某乙）"]) + "\n")
    assert len(briefs.articles) == 2


def test_a_column_of_printed_lines_broken_by_commas_before_a_dateline_is_text_not_a_deck():
    """In a pdftotext dump, the last lines of a story's column (cut mid-sentence where the column ends) stand
    right over the next story's dateline: four printed lines a column wide are text, no deck of that story."""
    text = "\n".join(["城市新闻", "", "公交新增5条路线", "", "（某市23日讯）州政府宣布，新", "路线将投入40辆电动巴士，繁",
                      "忙时段每15分钟开出一班，非", "繁忙时段每30分钟一班。", "他说，州政府为此拨", "款3500万令吉，其中",
                      "2800万令吉用于购买巴", "士，其余则用于在沿线设", "", "（某市23日讯）市政局宣布，从明",
                      "年1月1日起调整全市住宅门", "牌税，涨幅约为一成，六成", "屋主每年多付不超过100", "令吉。"]) + "\n"
    ed = parse_text(text)
    assert not any(a.headline.startswith("他说") for a in ed.articles)
    assert any(p.startswith("他说，州政府为此拨款") for a in ed.articles for p in a.paragraphs)


@pytest.mark.parametrize("text,name,want", [
    ("根据初步设计，这座", "attribution", Role.PARAGRAPH),  # a sentence's premise, cut at a column's end
    ("根据新规 网约车可跨区接单", "attribution", None),  # a headline, no comma
    ("读者热线：6123 4567　　电邮：news@example.com　　新闻爆料WhatsApp：8123 4567", "page_notice", Role.FURNITURE),
    ("「某某論壇」歡迎讀者投稿，來稿請附真實姓名、地址及聯絡電話，", "page_notice", Role.FURNITURE),
    ("本版欢迎读者投稿", "page_notice", Role.FURNITURE),
])
def test_a_sentences_premise_a_contact_strip_and_a_standing_call_for_contributions(text, name, want):
    assert role(text, name) is want


@pytest.mark.parametrize("text,names", [("陈大明 李小红 报道", ["陈大明", "李小红"]), ("■阿Ken", ["阿Ken"])])
def test_two_writers_before_reported_and_a_pen_name_half_in_latin_are_bylines(text, names):
    assert cv.BYLINE.match(text) and cv.names_in(text) == names
    assert not cv.BYLINE.match("■Ken") and not cv.BYLINE.match("大家一起来报道")


def test_an_editorials_label_glued_to_its_headline_is_cut_off():
    (a,) = parse_text("\n\n".join(["社論偏鄉醫師荒　需要制度性的解方",
                                   "衛福部日前公布最新統計，全國仍有多個鄉鎮沒有任何一家診所。"]) + "\n").articles
    assert a.rubric == "社論" and a.headline == "偏鄉醫師荒　需要制度性的解方"


def test_a_notices_rest_cut_onto_a_block_of_its_own_is_the_pages_and_a_box_label_parts_a_brief_from_text_above():
    ed = parse_text("\n\n".join([
        "騎樓整平　別讓行人再走車道", "走在市區的老街，最常遇到的情況是騎樓高低不平，行人只好走到車道上。",
        "「某某論壇」歡迎讀者投稿，來稿請附真實姓名及聯絡電話。本版文章不代表本報立場，本報有刪",
        "改權，恕不退稿。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1].endswith("走到車道上。") and "改權，恕不退稿。" in {b.text for b in ed.furniture}
    ed = parse_text("\n\n".join([
        "社区冰箱一年送出逾3吨食物", "居民去年底在组屋区楼下设立的社区冰箱，一年来送出逾3吨食物。",
        "数字看社区冰箱", "12个", "分布在各组屋区楼下的社区冰箱", "1800户", "受惠家庭，其中约三成是独居乐龄人士",
        "简讯", "巴士转换站下月改道", "巴士转换站进行翻新工程，从12月6日起，途经该站的巴士将改道。"]) + "\n")
    assert "巴士转换站下月改道" in [a.headline for a in ed.articles]


def test_an_index_under_its_label_whose_teasers_are_glued_to_their_pages_is_the_pages_furniture():
    """今日要聞 over one-line teasers, each with its page glued on (…補助再加碼A5, as a Taiwan front page sets
    them), and a story's related-news line (相關新聞見A3、A4): the page's index, no story."""
    ed = parse_text("\n\n".join([
        "港口新碼頭明年啟用", "〔記者某甲／某市報導〕港口新碼頭工程昨日完工驗收，預計明年初正式啟用。", "相關新聞見A3、A4",
        "今日要聞", "老公寓加裝電梯　補助再加碼A5", "出口連12紅A7", "職棒總冠軍賽　主場門票秒殺B1",
        "夜市攤商改用環保餐具", "〔記者某乙／某市報導〕市府昨日宣布，明年起夜市攤商全面改用環保餐具。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["港口新碼頭明年啟用", "夜市攤商改用環保餐具"]
    assert {"相關新聞見A3、A4", "今日要聞", "出口連12紅A7"} <= {b.text for b in ed.furniture}


def test_a_photos_credit_right_over_the_index_label_is_no_teaser():
    """A photo's caption and its credit read just before a front page's 导读 box: the credit stays the photo's, the
    caption goes to the story it shows."""
    ed = parse_text("\n\n".join([
        "东部快速路今日通车", "本报讯 历时三年建设，东部快速路今天上午全线通车，市区至机场车程缩短至20分钟。",
        "12月2日，东部快速路通车前夕，工作人员进行最后的路面检查。　记者 某甲 摄", "导读",
        "绕城高速夜间封闭施工", "每晚22时至次日5时，部分路段封闭施工。详见A5"]) + "\n")
    (a,) = ed.articles
    assert a.photo_credits == ("记者 某甲 摄",) and a.captions == ("12月2日，东部快速路通车前夕，工作人员进行最后的路面检查。",)


def test_in_a_dump_read_backward_crossheads_under_a_headline_group_run_into_one_long_line_stay_crossheads():
    """Headlines printed after their stories; the lead's kicker and headline read as one long line: crossheads a
    third its length inside the lead are the lead's, not headlines of stories of their own."""
    ed = parse_text("\n\n".join([
        "本报讯（记者 某甲）家里的水表连续十二小时没有走字，系统随即向网格员发出预警，老人得救了。",
        "智能水表当上“电子管家”",
        "记者了解到，这套系统今年已为全区八百多户独居老人装上，每块水表的改造费用约为三百元。", "下一步扩至燃气表",
        "区里将把智能燃气表、烟感报警器也接入系统，织密独居老人的安全网。",
        "某区为独居老人装上智能水表守护系统水表十二小时不动网格员上门救起摔倒老人",
        "本报讯（记者 某乙）寒潮来袭，街头的爱心驿站为户外劳动者送上热水和午饭。", "寒潮来袭爱心驿站为户外劳动者送暖"]) + "\n")
    lead = ed.articles[0]
    assert lead.headline.startswith("某区为独居老人") and len(lead.paragraphs) == 5
    assert [lead.paragraphs[k] for k in lead.crossheads] == ["智能水表当上“电子管家”", "下一步扩至燃气表"]
    assert ed.articles[1].headline == "寒潮来袭爱心驿站为户外劳动者送暖"


def test_in_a_dump_read_backward_untitled_briefs_before_their_boxs_label_are_briefs_each():
    """A box of untitled briefs whose label the dump prints after them (一句话新闻 last, as the box's other text is):
    each paragraph is a brief of its own, not one story of three paragraphs."""
    briefs = ["12月2日，交警部门提示，冬季早晚多雾，驾车应减速慢行。", "近日，消防部门走进多个小区开展冬季防火宣传。",
              "即日起，救助管理站开展寒冬送温暖专项行动。"]
    ed = parse_text("\n\n".join([
        "本报讯（记者 某甲）寒潮来袭，街头的爱心驿站为户外劳动者送上热水和午饭。", "寒潮来袭爱心驿站为户外劳动者送暖",
        "本报讯（记者 某乙）小学生捡到钱包后在寒风中守候半小时，等到了失主。", "小学生捡到钱包寒风中守候失主",
        *briefs, "一句话新闻"]) + "\n")
    assert [a.paragraphs for a in ed.articles[2:]] == [(b,) for b in briefs]
    assert all(a.kind is Kind.BRIEF for a in ed.articles[2:])



def test_two_stories_headlines_read_as_one_line_in_a_clump_are_cut_apart_by_their_stories_words():
    """A front page whose dump gives all its headlines first, two of them set side by side on one baseline and read
    as one line: the line is cut where its words turn from one story's opening to the other's, and each headline
    (its deck with it) heads its own story."""
    ed = parse_text("\n\n".join([
        "东部快速路今日全线通车", "今年全市老旧小区加装电梯完工312台冬季流感进入高发期", "专家提醒老人儿童等重点人群尽早接种疫苗",
        "本报讯 历时三年建设，我市东部快速路今天上午全线通车，市区至机场的车程缩短至20分钟。",
        "□记者 某甲", "本报讯 昨天，记者从市住建局获悉，今年以来全市老旧小区加装电梯已完工312台，惠及居民九千多户。",
        "□记者 某乙", "本报讯 进入12月，我市气温明显下降，流感等呼吸道传染病进入高发期，儿科门诊量明显增加。"]) + "\n")
    assert [(a.headline, a.subheadline) for a in ed.articles] == [
        ("东部快速路今日全线通车", None), ("今年全市老旧小区加装电梯完工312台", None),
        ("冬季流感进入高发期", "专家提醒老人儿童等重点人群尽早接种疫苗")]
    assert ed.articles[2].paragraphs[0].startswith("本报讯 进入12月")


def test_a_headline_over_its_own_story_is_never_cut_for_words_another_story_shares():
    parts = split_all(chunks("东部快速路通车老旧小区加装电梯提速", "本报讯 东部快速路今天通车，沿线老旧小区的居民出行更方便。",
                             "本报讯 今年全市老旧小区加装电梯提速，已完工三百多台。"))
    assert parts[0].text == "东部快速路通车老旧小区加装电梯提速"


def test_a_profile_card_and_a_timeline_beside_a_feature_are_boxes_of_their_own():
    """A feature's sidebars: 人物名片 over its fields (姓名：…, 荣誉：… and the honours listed under it, a line each)
    and 大事记 over dated entries (a year, a space, what happened; an entry's end wrapped onto the last line): each box
    titled by its label, each field and entry a paragraph; the feature keeps its own headline and byline."""
    ed = parse_text("\n\n".join([
        "某某：做山里人的“擦窗人”", "文/本报记者　某甲　图/受访者提供",
        "凌晨五点半，天还黑着，她已经在医院的值班室里换好了衣服。", "三十年来，她走遍了全市的山乡，为两万多名患者做了手术。",
        "人物名片", "姓名：某乙", "出生：1968年，某县人", "荣誉：全国五一劳动奖章", "省“最美医生”", "市劳动模范",
        "大事记", "1986年　考入省城医学院医疗系", "1995年　赴北京进修小切口白内障手术，回院后", "推广这项技术",
        "2019年　牵头成立全市眼科专科联盟，带教县级", "医院眼科医生"]) + "\n")
    feature, card, timeline = ed.articles
    assert feature.headline == "某某：做山里人的“擦窗人”" and feature.bylines == ("文/本报记者　某甲　图/受访者提供",)
    assert feature.authors == ("某甲",)
    assert card.headline == "人物名片" and card.paragraphs == (
        "姓名：某乙", "出生：1968年，某县人", "荣誉：全国五一劳动奖章", "省“最美医生”", "市劳动模范")
    assert timeline.headline == "大事记" and timeline.paragraphs == (
        "1986年　考入省城医学院医疗系", "1995年　赴北京进修小切口白内障手术，回院后推广这项技术",
        "2019年　牵头成立全市眼科专科联盟，带教县级医院眼科医生")


def test_an_event_boxs_field_lines_under_its_label_are_the_pages_furniture():
    """活動資訊 over 時間：…, 地點：…, 網址：… beside a story: the page's service, as a listing is; no title of the
    story after it."""
    ed = parse_text("\n\n".join([
        "冬至園遊會12日登場", "【記者某甲／某市報導】一年一度的冬至園遊會將於12日在市立公園舉行，現場有免費健檢。",
        "活動資訊", "時間：12月12日（週六）上午10時至下午3時", "地點：市立公園", "網址：www.example.org",
        "百年茶樓列市定傳統商家", "【中央社某市3日電】市府3日宣布，將百年茶樓列為市定傳統商家。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["冬至園遊會12日登場", "百年茶樓列市定傳統商家"]
    assert {"活動資訊", "時間：12月12日（週六）上午10時至下午3時", "網址：www.example.org"} <= {b.text for b in ed.furniture}


def test_titled_one_paragraph_items_in_a_row_are_briefs_but_a_storys_longer_sections_keep_their_crossheads():
    """Four titles, each over one paragraph (a world-news column's items, 海外快讯 with no label read): briefs, each
    its own title; a story whose sections run to two paragraphs keeps its lines as crossheads."""
    briefs = parse_text("\n\n".join([
        "北方港口迎来首批冬季航班", "某国交通部门12日宣布，北方港口本周起恢复冬季航班，每周往返四次。",
        "山区小镇举办国际风筝节", "第十届国际风筝节11日在某国山区小镇开幕，来自二十个国家的选手参赛。",
        "沿海城市启用海水淡化厂", "某市海水淡化厂日前投入运行，每日可供应淡水十万吨。",
        "老城区电车线路延长", "某市电车公司13日公布，老城区电车线路将向东延长五公里，明年通车。"]) + "\n")
    assert [a.headline for a in briefs.articles] == ["北方港口迎来首批冬季航班", "山区小镇举办国际风筝节", "沿海城市启用海水淡化厂",
                                                     "老城区电车线路延长"]
    story = parse_text("\n\n".join([
        "城东片区改造全面启动", "本报讯 城东片区改造项目昨日启动，涉及居民三千余户。", "改造将分三期推进，首期明年完工。",
        "先听民意再动工", "项目开工前，街道逐户上门征求意见，收集建议四百余条。", "居民提出的停车、加装电梯等诉求均纳入方案。",
        "留住老街的味道", "改造中，老街的青石板路和老字号招牌都将原样保留。", "施工方表示，将尽量减少对居民生活的影响。"]) + "\n")
    (a,) = story.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["先听民意再动工", "留住老街的味道"]


def test_a_headline_and_its_subheadline_alike_in_length_over_the_byline_stay_titles():
    """楼顶漏水三个月 维修资金终于“解冻” over a subheadline as long, then the story's byline: a headline group, not two
    lines of one paragraph (its quotes no sign of a sentence cut off); and 回复单位：X signs a 问政 item's answer."""
    ed = parse_text("\n\n".join([
        "某楼顶漏水三个月 维修资金终于“解冻”", "应急程序启动 某小区屋面防水工程开工", "记者 某甲 实习生 某乙",
        "“顶楼天花板一下雨就滴水。”家住某小区的陈女士说，楼顶漏水已有三个月。", "网络问政", "高层住户水压不足谁来管",
        "网友留言：我住的小区自今年9月以来，高层住户的水压一直不足，请问该找谁？", "回复单位：某区住建局",
        "办理结果：经现场核查，该小区加压泵组已更换，水压恢复正常。"]) + "\n")
    story, item = ed.articles
    assert (story.headline, story.subheadline) == ("某楼顶漏水三个月 维修资金终于“解冻”", "应急程序启动 某小区屋面防水工程开工")
    assert item.headline == "高层住户水压不足谁来管" and item.bylines == ("回复单位：某区住建局",)
    assert len(item.paragraphs) == 2


def test_a_headline_of_two_phrases_an_ideographic_space_apart_is_no_paragraphs_tail():
    """某街市翻新重开　档户忧加租三成 between a finished story and the next story's photo caption: its last character
    and the caption's first make a word (成天) by chance, but a line with an ideographic space between its phrases
    is a headline's, never a piece of text."""
    ed = parse_text("\n\n".join([
        "海滨宠物公园本月底开放", "【本报讯】海滨长廊的宠物公园工程已大致完成，预计本月底开放。",
        "天水街市翻新重开　档户忧加租三成", "天水街市完成翻新后昨日重开，不少街坊前来购物。", "记者 某甲 摄",
        "街市完成为期十个月的翻新工程，昨日重新开放。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["海滨宠物公园本月底开放", "天水街市翻新重开　档户忧加租三成"]


def test_a_map_credited_to_an_agency_alone_is_the_caption_of_the_story_it_illustrates_only():
    """某省山火位置示意图 over 新华社发, right after the story about those fires: its caption; the same over a story
    about something else heads an item of its own."""
    story = ["某国西部山火持续蔓延", "据外媒报道，某国某省中部地区近日发生多起山火，火场位置靠近居民区，数千居民紧急撤离。", "专家指出，高温干旱使山火季节提前到来。"]
    ed = parse_text("\n\n".join(story + ["某省山火位置示意图", "新华社发", "东京发布今夏首个中暑警报",
                                            "日本气象部门12日发布今夏首个中暑警戒警报。"]) + "\n")
    assert ed.articles[0].captions == ("某省山火位置示意图",) and ed.articles[1].headline == "东京发布今夏首个中暑警报"
    other = parse_text("\n\n".join(["某国际论坛在某地开幕", "新华社某地3月10日电 为期三天的论坛10日开幕。", "某山区冰川分布示意图",
                                      "新华社发", "某山区冰川加速消融", "新华社某地3月10日电 研究显示，某山区冰川正加速消融。"]) + "\n")
    assert not other.articles[0].captions


def test_an_index_whose_titles_open_with_their_page_arrow_is_furniture_and_the_story_under_it_keeps_its_title():
    """A front page's 导读 as the dump gives it: each title led by its page (▶A4…), its teaser's line under it, then
    the next story's headline: the index is the page's furniture, read line by line, never joined into a paragraph
    with that headline."""
    ed = parse_text("\n\n".join(["导读", "▶A4中心城区新增停车泊位三千个", "十二处公共停车场下月陆续投用", "▶A5职业技术学院新校区启用了",
                                   "新校区可容纳在校生一万八千人", "▶A6滨江龙舟邀请赛周末开桨", "二十八支队伍将在滨江段角逐", "▶A7秋季流感疫苗接种启动了",
                                   "全市设置接种点一百二十六个", "全国秋粮收获进度超过六成",
                                   "新华社北京10月15日电（记者 某甲）记者15日从农业农村部获悉，全国秋粮已收获六成。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "全国秋粮收获进度超过六成" and "▶A4中心城区新增停车泊位三千个" in [b.text for b in ed.furniture]


def test_a_dateline_or_a_credit_cut_where_the_extractor_ended_a_block_is_joined_again():
    """The digits of a date set in a font of their own, the extractor ends a block in the middle of a dateline
    (新华社上海12 月4 | 日电　…); a caption's credit cut inside its role's word (…新华社记 | 者 某甲 摄)."""
    ed = parse_text("\n\n".join(["上海首批低空物流航线投入运营", "新华社上海12 月4", "日电　4 日上午，一架载",
                                   "有生鲜食品的无人机从起降场升空，约半小时后抵达岛上。", "广州冬日花展开幕",
                                   "12 月4 日，市民在公园花展现场观赏花卉。新华社记", "者 某甲 摄",
                                   "据新华社广州12 月4 日电　以“花城冬韵”为主题的花展4日开幕。"]) + "\n")
    first, second = ed.articles
    assert first.dateline == "新华社上海12 月4日电" and first.paragraphs[0].startswith("新华社上海12 月4日电")
    assert second.photo_credits == ("新华社记者 某甲 摄",)


def test_a_piece_cut_inside_a_sentence_its_correlative_or_its_speaker_showing_it_is_the_next_paragraphs_first():
    """干事创业，既要有只 | 争朝夕的紧迫感，也要…: 既 in the piece, 也 in the next text's first sentence, one sentence
    across the cut; 住在某区的陈先生说，过去骑车到神 | 冈工业区…: who says it, then a comma, a report's sentence. Neither
    is a crosshead (which would leave the next story's lone title a crosshead too)."""
    essay = parse_text("\n\n".join([
        "在慢功夫中见真章", "某甲", "在西北一座古城，一支修缮团队用了整整五年时间，才把一段城墙修缮完毕。",
        "干事创业，既要有只", "争朝夕的紧迫感，也要有久久为功的定力。现实中，有的地方急于求成。"]) + "\n").articles[0]
    assert essay.paragraphs[-1] == "干事创业，既要有只争朝夕的紧迫感，也要有久久为功的定力。现实中，有的地方急于求成。"
    ed = parse_text("\n\n".join([
        "绿园道延伸串起三区", "全长六公里明年元旦全线通车", "〔记者某乙／某地报导〕某市绿园道延伸工程昨天完工。",
        "局长某丙表示，延伸段利用旧铁道改建。", "住在某区的上班族陈先生说，过去骑车到神",
        "冈工业区上班要和砂石车抢道，新路段通车后可以全程走自行车道。", "老树健检下周封路三天",
        "某县知名景点沿线的樟树，近年受病虫侵袭，县府委托树木医生逐株健检。", "（记者某丁）"]) + "\n")
    path, trees = ed.articles
    assert path.paragraphs[-1] == "住在某区的上班族陈先生说，过去骑车到神冈工业区上班要和砂石车抢道，新路段通车后可以全程走自行车道。"
    assert trees.headline == "老树健检下周封路三天" and not path.crossheads


def test_an_editors_note_under_a_columns_label_opens_the_story_under_it():
    """来论 | 编者按：… | headline | writer | text: the note is the story's first paragraph, the label its rubric, not
    a story of its own titled 来论; a commentator's byline (本报评论员　X) names X only."""
    ed = parse_text("\n\n".join([
        "评论员观察", "以高质量就业托举民生福祉", "本报评论员　某甲", "年终岁末，又到一年求职季。各地招聘会接连举办。",
        "来论", "编者按：入冬以来，冰雪运动持续升温。本版今天刊发一篇来论，欢迎读者继续参与讨论。",
        "冰雪运动热起来更要安全起来", "某乙", "随着冬季到来，各地冰雪场馆陆续开放。", "（作者为某大学教授）"]) + "\n")
    first, second = ed.articles
    assert first.bylines == ("本报评论员　某甲",) and first.authors == ("某甲",)
    assert (second.rubric, second.headline) == ("来论", "冰雪运动热起来更要安全起来")
    assert second.paragraphs[0].startswith("编者按：") and len(second.paragraphs) == 2


def test_a_captions_closing_supplier_is_its_photo_credit():
    """…仰望滿天星斗。（某山林鐵處提供）: who supplied the photo, closing its caption, is its credit."""
    ed = parse_text("\n\n".join([
        "某山跨年加開觀星列車", "車票今起預售 每班限量300張", "觀星列車試營運時，旅客在某山平台仰望滿天星斗。（某山林鐵處提供）",
        "〔記者某甲／某地報導〕某鐵路管理處昨天宣布，跨年期間加開觀星列車。", "管理處表示，列車抵達後將由天文老師導覽。"]) + "\n")
    (a,) = ed.articles
    assert a.photo_credits == ("（某山林鐵處提供）",) and a.captions == ("觀星列車試營運時，旅客在某山平台仰望滿天星斗。",)
    assert a.paragraphs[0].startswith("〔記者某甲")


def test_a_boxs_printed_lines_end_at_its_signed_last_line_not_running_into_the_next_label():
    """A box set loose, each printed line a block, its last line a sentence's end and the writer's signature (千家万户。
    （某甲））: the paragraph ends there; the next story's column label (评论员观察) is no piece of it."""
    text = ("一个山区县把医保报销养老补贴耕地地力补贴等三十多项惠民政策逐项翻译成通俗易懂的大白话印成一张明白纸由网格员送到群众手中"
            "一位老人拿着明白纸说以前看文件像看天书现在一看就懂该办啥去哪办心里有底了政策文件写得再好群众看不懂也难以落地见效")
    lines = [text[k:k + 14] for k in range(0, 14 * 9, 14)] + ["千家万户。（某甲）"]
    ed = parse_text("\n\n".join(["今日谈", "一张明白纸"] + lines + [
        "评论员观察", "以高质量就业托举民生福祉", "本报评论员　某乙",
        "年终岁末，又到一年求职季。各地高校毕业生专场招聘会接连举办，线上招聘持续火热，企业用工需求旺盛，就业形势总体稳定。"]) + "\n")
    box, story = ed.articles
    assert box.bylines == ("（某甲）",) and box.paragraphs[-1].endswith("千家万户。")
    assert story.rubric == "评论员观察"


def test_a_figures_note_under_it_in_a_box_of_figures_is_its_text_not_a_crosshead():
    """数读 | title | 12.6% | 高技术制造业增加值增速 | 14.2万辆 | …: each note under its figure is the box's text, though
    worded like a chart's title on the page (…增加值增速（%）)."""
    ed = parse_text("\n\n".join([
        "工业经济稳中向好", "本报讯（记者 某乙）前11月，全省规上工业增加值同比增长6.9%。", "1—11月全省规上工业增加值增速（%）",
        "数据来源：省统计局　制图：某丙", "数读", "前11月全省工业新在哪", "12.6%", "高技术制造业增加值增速", "14.2万辆",
                                 "新能源汽车产量，同比增长38.5%", "财经快讯",
                                 "本报讯（记者 某甲）12月4日，全省首批科技贷产品发布，首批授信超百亿元。"]) + "\n")
    box = ed.articles[1]
    assert box.headline == "前11月全省工业新在哪" and "高技术制造业增加值增速" in "".join(box.paragraphs)
    assert not any(a.headline == "高技术制造业增加值增速" for a in ed.articles)


def test_a_front_pages_closing_dateline_its_index_pages_in_brackets_and_a_picks_label():
    """（新华社北京12月5日电） alone closing a commentary signs it (no story of its own); an index's teasers ending
    …。（第四版） are the page's furniture, the bracket no writer's name; 今晚看点 over a box's first pick is its rubric."""
    ed = parse_text("\n\n".join([
        "让每一滴水都浇灌丰收希望", "新华社评论员", "水利是农业的命脉。冬春时节，正是农田水利建设的黄金期。",
        "各地要抓住有利时机，加快工程建设。", "（新华社北京12月5日电）", "今日导读", "冰雪旅游迎来新一季热潮",
        "多地推出冬季文旅消费新举措，冰雪场馆陆", "续开放，带动住宿、餐饮等消费升温。（第四版）", "县域商业体系建设提速",
        "今年已建成乡镇商贸中心一千八百余个。（第四版）", "前11个月全国铁路发送旅客超40亿人次",
        "新华社北京12月5日电（记者 某甲）记者5日从国铁集团获悉，铁路客运保持高位运行。"]) + "\n")
    comment, rail = ed.articles
    assert comment.bylines == ("新华社评论员", "（新华社北京12月5日电）") and rail.headline.startswith("前11个月")
    assert "续开放，带动住宿、餐饮等消费升温。（第四版）" in [b.text for b in ed.furniture]
    picks = parse_text("\n\n".join(["今晚看点", "某台一套 20:00", "《山河守望》", "暴雪封山，民警护送一名临产孕妇下山。",
                                    "某台卫视 21:20", "《周末歌会》", "五位民间歌手登台，唱响写给家人的歌。"]) + "\n")
    assert picks.articles[0].rubric == "今晚看点"


def test_one_sentence_between_a_headline_and_the_paragraph_its_dateline_opens_is_a_caption():
    """太平湖百年雨树… | 湖畔的百年雨树枝干横跨马路，是游客最爱的拍照景点。 | （某地5日讯）…: the photo's caption, set
    between the headline and the text; the story still has its title and its text from the dateline on."""
    ed = parse_text("\n\n".join([
        "某湖百年雨树将逐棵体检", "湖畔的百年雨树枝干横跨马路，是游客最爱的拍照景点。",
        "（某地5日讯）某市议会将在本月中旬聘请树木专家，为湖畔的雨树逐棵体检。", "市议会主席今日在记者会上说，体检结果将公布。",
        "报道：某甲　摄影：某乙"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "某湖百年雨树将逐棵体检" and a.captions == ("湖畔的百年雨树枝干横跨马路，是游客最爱的拍照景点。",)
    assert a.paragraphs[0].startswith("（某地5日讯）")


def test_a_deck_given_one_printed_line_per_block_is_one_subheadline():
    """A side column's deck cut at its narrow measure, each printed line a block of the dump (the first ending in a
    comma, the last short): one subheadline between the headline and the credit, not a fragment and a new kicker."""
    ed = parse_text("\n\n".join([
        "某市老旧小区加装电梯调查", "电梯缘何卡在最后一票", "三年建成投用1260台，", "近三成申请因低层住户",
        "反对和费用分摊等原因", "暂时搁浅", "本报记者　某甲",
        "十二月初的一个傍晚，某小区七栋楼下，七十八岁的老人扶着楼梯扶手，一级一级往上挪。"]) + "\n")
    [a] = ed.articles
    assert a.headline == "电梯缘何卡在最后一票"
    assert a.subheadline == "三年建成投用1260台，近三成申请因低层住户反对和费用分摊等原因暂时搁浅"
    assert a.bylines == ("本报记者　某甲",)


def test_a_box_label_over_briefs_is_the_first_briefs_rubric():
    """简讯-style label over untitled briefs: the first brief's rubric (what the reader sees heading the box), no
    other brief's; a label over an event's fields stays the page's furniture (tested above)."""
    ed = parse_text("\n\n".join([
        "城区三条道路完成改造", "本报讯（记者 某甲）城区三条主干道改造工程近日完工，全面恢复通行。",
        "本地简讯", "本报讯 5月18日，市图书馆夜读空间正式开放，每晚开放至十时。",
        "本报讯 5月19日，市体育中心游泳馆恢复对外开放，票价维持不变。"]) + "\n")
    briefs = [a for a in ed.articles if a.kind.value == "brief"]
    assert [a.rubric for a in briefs] == ["本地简讯", None]
    assert "本地简讯" not in [b.text for b in ed.furniture]


def test_a_drop_cap_given_a_block_of_its_own_opens_its_paragraph_again():
    """散文 under its writer's name: the essay's first character set large comes out as a block alone (钟 | 表铺…):
    it opens the first paragraph again, no headline of its own."""
    ed = parse_text("\n\n".join([
        "修表的人", "□ 某甲", "钟", "表铺开在老街的拐角，门脸窄得只容一个人侧身进出。铺子没有招牌，只在门框上钉了块木板。",
        "我第一次走进那间铺子，是十二岁那年的冬天。"]) + "\n")
    [a] = ed.articles
    assert a.headline == "修表的人" and a.paragraphs[0].startswith("钟表铺开在老街的拐角")


def test_an_essays_section_numbers_alone_are_its_crossheads_not_drop_caps_nor_headlines():
    """An essay in numbered sections: 一, 二, 三 each a block alone over its section. They number the sections
    (the next one stands alone too): crossheads of the one essay, the first under its writer's name no headline and
    no drop cap run into its paragraph. A lone character with no number after it is still a drop cap."""
    ed = parse_text("\n\n".join([
        "旧渡口", "文／某甲", "一", "我的老家在河湾边，镇子南面有一处渡口。说是渡口，其实不过是几级青石台阶。",
        "撑船的是一位老伯，他个子不高，皮肤晒得黝黑，说话嗓门很大。", "二",
        "渡口最热闹的，是逢集的日子。天还没亮，村里的人就挑着担子往渡口赶。", "三",
        "后来，河上架起了大桥，渡船也就慢慢歇了。"]) + "\n")
    [a] = ed.articles
    assert a.headline == "旧渡口" and [a.paragraphs[i] for i in a.crossheads] == ["一", "二", "三"]
    assert a.paragraphs[1].startswith("我的老家")
    ed = parse_text("\n\n".join([
        "旧渡口", "文／某甲", "一", "个人站在渡口的青石台阶上，看着河水慢慢涨起来，像是在等一条早已不来的船。"]) + "\n")
    assert ed.articles[0].paragraphs[0].startswith("一个人站在渡口")


def test_one_sentence_between_a_headline_and_its_byline_is_the_storys_standfirst():
    """A paper that sums a story up under its headline in one sentence, the byline block under that (报道：X,
    摄影：Y): the sentence is a line of the headline group, the text starts under the credits. A cartoon's line
    under its title, its artist's credit under it and no text after, stays a caption of the drawing."""
    ed = parse_text("\n\n".join([
        "某镇获拨500万元改善步行环境", "当局将在两年内为镇内20条步道加装遮阳走廊和休息座椅。", "报道：某甲", "摄影：某乙",
        "某镇将在未来两年获拨500万元，全面改善镇内的步行环境和社区设施，方便年长居民出行。",
        "根据计划，当局将在镇内主要步道加装遮阳走廊和座椅，让居民每走两三百米就有地方歇息。"]) + "\n")
    [a] = ed.articles
    assert a.subheadline == "当局将在两年内为镇内20条步道加装遮阳走廊和休息座椅。"
    assert a.paragraphs[0].startswith("某镇将在未来两年")
    ed = parse_text("\n\n".join([
        "某镇获拨500万元改善步行环境", "当局将在两年内为镇内20条步道加装遮阳走廊。", "记者 某甲",
        "某镇将在未来两年获拨500万元，全面改善镇内的步行环境和社区设施，方便年长居民出行。"]) + "\n")
    assert ed.articles[0].subheadline == "当局将在两年内为镇内20条步道加装遮阳走廊。"
    ed = parse_text("\n\n".join([
        "《周末的风筝》", "春光正好，孩子的周末却排满了辅导班。", "作者：某甲", "春天为什么容易犯困",
        "春天一到，不少人白天昏昏沉沉，总也睡不够。其实这是身体在适应气温的变化。"]) + "\n")
    assert "春光正好，孩子的周末却排满了辅导班。" not in [a.subheadline for a in ed.articles]


def test_a_caption_telling_news_of_its_own_after_a_finished_story_is_photo_news():
    """After a story's last paragraph, a caption telling what happened and then what the picture shows (…举行…。
    图为…), its credit after it, of which the story says nothing: photo news printed after the story, an item of its
    own. A caption the story tells stays its photo's."""
    story = ["首季网购诈骗案激增四成", "报道：某甲",
             "警方昨天公布的数据显示，今年首季共接获1260起网购诈骗案，比去年同期增加四成，损失逾800万元。",
             "警方呼吁公众网购时尽量使用平台提供的付款保障，切勿直接转账给陌生卖家。"]
    ed = parse_text("\n\n".join(story + [
        "某海滨公园昨天举行一年一度的风筝节，吸引约3000名公众参与。图为一名小朋友放飞自己制作的风筝。（摄影：某乙）"]) + "\n")
    assert [a.kind.value for a in ed.articles] == ["article", "photo"]
    assert ed.articles[1].captions[0].startswith("某海滨公园昨天举行")
    ed = parse_text("\n\n".join(story + [
        "警方昨天公布首季网购诈骗案数据。图为警方人员在记者会上介绍网购诈骗的手法。（摄影：某乙）"]) + "\n")
    assert [a.kind.value for a in ed.articles] == ["article"]


def test_a_boxs_label_under_a_paragraph_announcing_it_heads_the_list_in_the_story():
    """…日常用气要注意以下几点： then a box's label (温馨提示) over numbered tips: the paragraph ends at its colon
    (in a dump given a block a printed line, its last line short of the column), the label is the story's
    crosshead over the tips, no piece of the paragraph and no rubric lifted onto another story."""
    tips = ["温馨提示", "1. 做饭时人不要远离厨房，用气结束后及时关闭阀门。", "2. 闻到燃气异味时，切勿开关电器，应立即开窗通风。"]
    ed = parse_text("\n\n".join([
        "燃气安检上门　老化软管免费换", "本报讯（记者 某甲）昨天上午，燃气公司安检员来到某小区，逐户检查燃气设施。",
        "燃气公司提醒广大市民，日常用气要注意以下几点："] + tips) + "\n")
    [a] = ed.articles
    assert [a.paragraphs[i] for i in a.crossheads] == ["温馨提示"] and a.paragraphs[-3:] == tuple(tips)
    lines = ["燃气安检上门　老化软管免费换", "本报讯（记者 某甲）昨天上", "午，燃气公司安检员来到某", "小区，逐户检查燃气设施，",
             "为居民免费更换老化软管。", "记者了解到，这次安检将覆", "盖全区一百多个老旧小区，", "预计下月底前全部完成。燃",
             "气公司提醒广大市民，日常", "用气要注意以下几点：", "温馨提示", "1. 做饭时人不要远离厨房，", "用气结束后及时关闭阀门。"]
    [a] = parse_text("\n\n".join(lines) + "\n").articles
    assert a.paragraphs[0].endswith("日常用气要注意以下几点：") and [a.paragraphs[i] for i in a.crossheads] == ["温馨提示"]


def test_a_captions_first_line_given_a_block_of_its_own_opens_the_caption_not_a_deck():
    """A dump giving each printed line a block: a caption's first line (…正式投入使) over its second, which opens
    mid-word (用，某某（左二）…): one caption, not a deck of the headline over the dateline under the photo."""
    ed = parse_text("\n\n".join([
        "家门口的电梯“加”出幸福感", "5月12日，某区某小区7号楼加装的电梯正式投入使", "用，某甲老人（左二）在女儿搀扶下走出电梯。",
        "晚报记者 某乙 摄", "本报讯（记者 某乙）5月12日上午，某区某小区7号楼的电梯正式投入使用，居民告别了爬楼的日子。"]) + "\n")
    [a] = ed.articles
    assert a.captions == ("5月12日，某区某小区7号楼加装的电梯正式投入使用，某甲老人（左二）在女儿搀扶下走出电梯。",)
    assert a.subheadline is None and a.paragraphs[0].startswith("本报讯")


def test_a_box_of_briefs_printed_title_first_on_a_page_printing_headlines_last_reads_so():
    """A dump printing each story's headline after its text, but a box of briefs title first (each bold title over
    its brief): the titles head the briefs after them, as their words say, none is left over nothing."""
    ed = parse_text("\n\n".join([
        "記者林曉彤報道", "歌手陳嘉欣昨日宣布，將於下月推出個人首張國語大碟，並到內地多個城市宣傳。",
        "陳嘉欣表示，新碟收錄十首新歌，其中三首由她親自作曲，希望把歌聲帶到更多地方。", "陳嘉欣下月推出國語大碟",
        "記者黃子朗報道", "某戲院昨日宣布月底結業，戲院開業五十二年，陪伴了幾代街坊看電影。",
        "戲院負責人表示，租約到期後業主決定重建，戲院只好告別觀眾。", "開業五十二年　某戲院月底結業",
        "某影展公布評審團", "第三十一屆某影展昨日公布評審團名單，由資深導演某丁擔任主席。",
        "某樂團加開兩場演出", "某樂團昨日宣布加開兩場演出，門票下周一起公開發售。",
        "某劇集大結局收視破紀錄", "處境劇集昨晚播出大結局，收視創下十年新高，不少觀眾表示看到流淚。",
        "娛樂簡訊"]) + "\n")
    briefs = {a.headline: a.paragraphs[0] for a in ed.articles if a.kind.value == "brief"}
    assert briefs["某影展公布評審團"].startswith("第三十一屆某影展")
    assert briefs["某劇集大結局收視破紀錄"].startswith("處境劇集昨晚")


def test_a_wire_dateline_cut_before_its_dian_opens_the_briefs_text_not_a_deck():
    """In a box of briefs, a bold run-in dateline wrapped at the line's end (新华社某地4月20日 | 电　…): the dateline
    of the brief's text, no deck of its title."""
    ed = parse_text("\n\n".join([
        "国际短波", "某港一季度吞吐量创新高", "新华社某地4月20日", "电　某港务局20日发布数据显示，今年一季度该港集装箱吞吐量同比增长11.3%。",
        "某国书展开幕", "据《某报》20日报道，第二十六届某国国际书展19日开幕，来自42个国家和地区的出版机构参展。"]) + "\n")
    first = next(a for a in ed.articles if a.headline == "某港一季度吞吐量创新高")
    assert first.subheadline is None and first.paragraphs[0].startswith("新华社某地4月20日电")


def test_a_case_under_its_headline_opening_with_a_bracketed_section_is_a_story_of_its_own():
    """After a court story's last paragraph, a headline, then 【案情】 over the case and 【说法】 over the judge's
    comment: a story of its own whose first section head is 【案情】, not a crosshead of the story before."""
    ed = parse_text("\n\n".join([
        "某团伙以养生讲座为名骗取老人钱财获刑", "本报讯（记者 某甲）日前，某区人民法院公开宣判一起诈骗案，9名被告人分别被判处有期徒刑。",
        "法院认为，被告人以非法占有为目的，虚构事实骗取他人财物，数额特别巨大，其行为均已构成诈骗罪。",
        "网购“全新”手机竟是翻新机　商家被判“退一赔三”", "【案情】", "2026年6月，家住某县的赵女士在网店购买了一部标称全新的手机，使用不久便发现异常。",
        "经鉴定，该手机系翻新机。赵女士要求退货，商家拒绝，赵女士遂诉至法院。", "【说法】",
        "经营者向消费者提供商品时隐瞒真实情况，构成欺诈，应当按照消费者的要求增加赔偿。", "（某乙　法官）"]) + "\n")
    case = next(a for a in ed.articles if a.headline and a.headline.startswith("网购"))
    assert [case.paragraphs[i] for i in case.crossheads] == ["【案情】", "【说法】"]
    assert not any(a.crossheads for a in ed.articles if a is not case)


def test_a_count_cut_from_its_noun_at_a_columns_foot_goes_on_into_the_next_column():
    """…，30余名 | 被害老人及家属…: a clause cut at the column's foot after a count (a numeral and its measure word),
    its noun opening the next column: one paragraph, no crosshead."""
    ed = parse_text("\n\n".join([
        "某团伙以养生讲座为名骗取老人钱财获刑", "本报讯（记者 某甲）日前，某区人民法院公开宣判一起诈骗案，9名被告人分别被判处有期徒刑。",
        "宣判当天，30余名", "被害老人及家属旁听了庭审。据统计，该团伙共骗取老人钱财680余万元。"]) + "\n")
    [a] = ed.articles
    assert a.paragraphs[-1].startswith("宣判当天，30余名被害老人") and not a.crossheads


def test_a_columnists_signature_wrapped_in_two_and_a_cartoon_after_it_are_a_byline_and_a_picture():
    """An opinion column closing on its writer's name and post (某某（某大学…讲师）) wrapped onto two blocks: one
    byline. A cartoon set after it (its one-line caption, 漫画：X) is an item of its own, not the column's text, nor
    moved to the editorial on the page that tells the same news."""
    ed = parse_text("\n\n".join([
        "社评", "新线一再延误　问责不能止于道歉", "铁路公司前日宣布，兴建中的新线通车日期再度押后，这已是三年来第三次延误。",
        "政府必须就新线延误作出交代，并向受影响的居民说明补救和问责安排。",
        "社区照顾券不应变成轮候券", "政府去年扩大长者社区照顾服务券计划，名额增至一万个，原意是让长者在社区安老。",
        "笔者认为，政府可以从三方面着手，改善服务的供应。", "梁子衡（北朗大学社会工作", "学系高级讲师）",
        "新线通车日期一再押后，居民望穿秋水。", "漫画：麦嘉朗",
        "读者来函", "屋邨升降机维修宜提速", "本人居于某邨一座三十八楼，上月起升降机停用维修，年长居民出入十分不便。"]) + "\n")
    column = next(a for a in ed.articles if a.headline == "社区照顾券不应变成轮候券")
    assert column.bylines == ("梁子衡（北朗大学社会工作学系高级讲师）",) and not column.captions
    [cartoon] = [a for a in ed.articles if a.kind.value == "photo"]
    assert cartoon.captions == ("新线通车日期一再押后，居民望穿秋水。",) and cartoon.photo_credits == ("漫画：麦嘉朗",)


def test_a_genre_tab_glued_to_a_short_title_is_its_rubric():
    ed = parse_text("\n\n".join(["散文修表的人", "□ 某甲", "钟表铺开在老街的拐角，门脸窄得只容一个人侧身进出。"]) + "\n")
    [a] = ed.articles
    assert (a.rubric, a.headline) == ("散文", "修表的人")


def test_an_ads_copy_over_its_fields_and_a_mark_at_its_foot_heads_no_story_under_it():
    """An advertisement: a clinic's name and offers, its fields (地址：…, 预约电话：…), its licence, then 广告 at
    its foot: all the page's; the story under the mark (its headline over a photo's caption) keeps its headline."""
    ed = parse_text("\n\n".join([
        "某某中医医院", "冬病冬治　三九贴敷开始预约", "慢性咳嗽　支气管哮喘", "过敏性鼻炎　反复感冒", "老寒腿　颈肩腰腿痛",
        "名老中医团队辨证施贴", "首贴时间：2026年12月21日", "地址：某市滨江路188号", "预约电话：0578-6623 1188", "广告",
        "市中医院开设睡眠门诊 失眠患者可一站式就诊", "12月9日，市中医院睡眠门诊医生为患者进行睡眠评估。", "通讯员 某甲 供图",
        "本报讯（通讯员 某甲 记者 某乙）翻来覆去睡不着、半夜醒来再难入睡，受失眠困扰的市民今后有了专门的就诊去处。"]) + "\n")
    [story] = ed.articles
    assert story.headline == "市中医院开设睡眠门诊 失眠患者可一站式就诊"
    assert {"某某中医医院", "名老中医团队辨证施贴", "广告"} <= {b.text for b in ed.furniture}


def test_a_doctors_column_label_glued_to_its_title_and_its_answering_expert():
    ed = parse_text("\n\n".join([
        "名医坐堂感冒后久咳不止是落下病根吗", "读者刘先生问：我半个月前感冒发烧，烧退了，可咳嗽一直不好，这是怎么回事？",
        "答：您说的情况在门诊很常见，医学上叫感冒后咳嗽，多数会在三到八周内自行缓解。",
        "答疑专家：某甲（某市第一人民医院呼吸科主任医师）"]) + "\n")
    [a] = ed.articles
    assert (a.rubric, a.headline) == ("名医坐堂", "感冒后久咳不止是落下病根吗")
    assert a.bylines == ("答疑专家：某甲（某市第一人民医院呼吸科主任医师）",)


def test_a_caption_and_its_credit_glued_to_a_paragraphs_end_are_cut_off_it():
    """A story's last paragraph, the caption of its photo and the credit printed on in one block (…提供资助。某船昨日
    下水。　图：某公司提供): the credit, then the sentence before it as the caption; a caption alone keeps whole."""
    ed = parse_text("\n\n".join([
        "某某造船厂首艘电动渡轮下水",
        "本报讯 本地一家船舶公司昨日在船厂举行下水仪式，这是全市首艘纯电动渡轮，可载客两百人。",
        "公司负责人坦言，目前码头的充电设施仍然不足，每艘船靠岸充电需时约四十分钟，营运方须重新编排班次。"
        "他希望有关部门加快在主要码头加装快速充电设备。某某号电动渡轮昨日在船厂下水。　图：某某公司提供"]) + "\n")
    [a] = ed.articles
    assert a.captions == ("某某号电动渡轮昨日在船厂下水。",) and a.photo_credits == ("图：某某公司提供",)
    assert a.paragraphs[-1].endswith("加装快速充电设备。")


def test_an_editors_note_label_closing_a_headline_group_titles_the_note_the_group_the_dated_story():
    ed = parse_text("\n\n".join([
        "全县重点项目完成投资52亿元", "——33个项目竣工或投产，年度目标有望提前完成", "编者按",
        "年终岁末，是检验全年成色的关键时刻。本报今起推出系列报道，敬请关注。",
        "本报讯（记者 某甲）寒冬时节，全县各重点项目工地依然一派繁忙景象，项目建设持续提速。"]) + "\n")
    note, story = ed.articles
    assert (note.headline, note.paragraphs) == ("编者按", ("年终岁末，是检验全年成色的关键时刻。本报今起推出系列报道，敬请关注。",))
    assert story.headline == "全县重点项目完成投资52亿元" and story.dateline == "本报讯（记者 某甲）"
    assert story.subheadline == "——33个项目竣工或投产，年度目标有望提前完成"


def test_among_numbered_crossheads_an_unnumbered_line_with_a_comma_is_a_cut_paragraph():
    """一、… 二、… head a story's sections; 在某镇，总投资6.8亿元的产业园 | 一期已投产… is a paragraph's first printed
    line, cut at a column's foot, no crosshead between them."""
    ed = parse_text("\n\n".join([
        "重点项目建设提速", "本报讯（记者 某甲）今年以来，全县重点项目建设持续提速，一批项目竣工投产。",
        "一、抓项目　促发展", "走进产业园，两栋新建的标准化厂房已经投用，生产线正在满负荷运转。",
        "在某某镇，总投资6.8亿元的竹木加工产业园", "一期已经投产，竹地板等产品远销省外。",
        "二、优服务　强保障", "项目推进快不快，服务保障是关键。县里组建服务小分队深入一线。"]) + "\n")
    [a] = ed.articles
    assert "在某某镇，总投资6.8亿元的竹木加工产业园一期已经投产，竹地板等产品远销省外。" in a.paragraphs
    assert [a.paragraphs[k] for k in a.crossheads] == ["一、抓项目　促发展", "二、优服务　强保障"]


def test_a_photo_label_alone_over_captions_and_their_one_credit_is_the_photos_rubric():
    ed = parse_text("\n\n".join([
        "全县冬季植树完成", "本报讯 近日，全县组织干部群众植树造林，共栽种各类苗木两万余株。",
        "图片新闻", "12月2日，某镇茶园里，茶农为茶树覆盖防冻薄膜。", "本版图片均由记者 某　甲 摄"]) + "\n")
    story, photo = ed.articles
    assert photo.kind is Kind.PHOTO and (photo.rubric, photo.headline) == ("图片新闻", "")
    assert photo.photo_credits == ("本版图片均由记者 某　甲 摄",) and story.rubric is None


def test_an_email_alone_under_a_reporters_byline_is_part_of_it_elsewhere_the_pages():
    ed = parse_text("\n\n".join([
        "某某航运前三季净利增38%", "林某某 报道", "lin.mm@example.sg",
        "本地航运集团昨天公布，截至9月底的前三季净利按年增加38%，达到1.2亿元，董事会建议派发特别股息。"]) + "\n")
    [a] = ed.articles
    assert a.bylines == ("林某某 报道 lin.mm@example.sg",)
    ed = parse_text("\n\n".join([
        "某区旧楼租金按年升一成", "本报讯 某区旧楼租金今年按年上升约一成，不少租户表示负担加重。", "news@example.hk"]) + "\n")
    assert not ed.articles[0].bylines


def test_a_legal_columns_label_glued_to_its_title_is_cut_off_a_headline_of_such_words_is_not():
    """普法小课堂 and 以案说法 label a column; a dump gives label and title one block (普法小课堂物品坠落伤人 谁来担责)."""
    parts = split_all(chunks("普法小课堂物品坠落伤人　谁来担责", "从高处坠落的物品造成他人损害，由侵权人依法承担责任。"))
    assert [p.text for p in parts][:2] == ["普法小课堂", "物品坠落伤人　谁来担责"]
    parts = split_all(chunks("以案说法业主群里辱骂他人要担责", "业主在微信群里发布侮辱他人的言论，构成名誉侵权。"))
    assert [p.text for p in parts][:2] == ["以案说法", "业主群里辱骂他人要担责"]
    kept = split_all(chunks("法律进课堂", "某小学日前开展法治宣传进校园活动，法官为学生讲解法律知识。"))
    assert kept[0].text == "法律进课堂"


def test_bracketed_section_heads_of_a_case_story_are_its_crossheads_no_rubrics():
    """【案情】 under the story's credit, 【审理】 and 【评析】 between its text: the sections of one story (a 以案说法
    piece), no labels heading stories of their own."""
    ed = parse_text("\n\n".join([
        "请人修剪大树工人摔伤谁来担责", "本报记者 某甲 通讯员 某乙", "【案情】",
        "今年4月，某某请邻村的某丙修剪院中大树，约定工钱三百元。某丙在树上作业时不慎摔下受伤。",
        "【审理】", "法院审理认为，双方之间形成承揽关系，某某对损害的发生没有过错，不承担赔偿责任。",
        "【评析】", "承揽关系与劳务关系的区别，在于是否存在控制、支配和从属关系。"]) + "\n")
    [a] = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["【案情】", "【审理】", "【评析】"] and a.rubric is None


def test_an_interviews_one_crosshead_between_turns_and_a_credit_glued_before_its_caption():
    """A lone line between an interview's turns heads its section (no story opens on 记者：); 受访者供图 printed before
    the caption in one block credits the photo that caption describes."""
    ed = parse_text("\n\n".join([
        "把老城的声音存进时间里", "本报记者 某甲", "受访者供图某某在工作室。",
        "记者：十五年录了四千多段声音，您是怎么选择录什么的？", "某某：最开始没有什么章法，听到什么新鲜就录什么。",
        "一段好录音，要等很多天", "记者：录一段声音通常要花多长时间？", "某某：短的半天，长的要等上好几个星期。"]) + "\n")
    [a] = ed.articles
    assert a.captions == ("某某在工作室。",) and a.photo_credits == ("受访者供图",)
    assert [a.paragraphs[k] for k in a.crossheads] == ["一段好录音，要等很多天"]


def test_a_shops_facts_after_a_storys_paragraph_are_its_text_a_hotlines_numbers_are_not():
    """地址：… 营业时间：… 人均：… after a feature's paragraph on a shop: the feature's text, a line each; the same lines
    with a number to call (订购专线：(04)2222-8786) are an ad's or a notice's."""
    lines = ["老街早点铺飘香", "从街口往里走不到五十米，就是周记豆花。老板周师傅每天凌晨三点起来磨豆子，一做就是三十年。",
             "地址：某某街17号", "营业时间：5:30—10:30", "人均：约12元"]
    [a] = parse_text("\n\n".join(lines) + "\n").articles
    assert a.paragraphs[-3:] == ("地址：某某街17号", "营业时间：5:30—10:30", "人均：约12元")
    ed = parse_text("\n\n".join(lines[:2] + ["门市：某某路168号", "订购专线：(04)2222-8786"]) + "\n")
    assert "订购专线：(04)2222-8786" not in ed.articles[0].paragraphs


def test_a_farmers_question_keeps_its_asker_in_brackets_at_its_end():
    parts = split_all(chunks("问：入冬以后，我家大棚里的番茄叶片上长出一层灰色的霉，这是什么病？该怎么治？（某县　某某某）",
                             "答：这是番茄灰霉病，低温高湿最容易发生。"))
    assert parts[0].text == "问：入冬以后，我家大棚里的番茄叶片上长出一层灰色的霉，这是什么病？该怎么治？（某县　某某某）"
    assert [p.text for p in split_all(chunks("全市今天召开会议，部署冬季安全生产工作。（记者　某某某）"))][-1] == "（记者　某某某）"


def test_a_places_facts_run_together_in_one_block_are_cut_into_their_lines():
    parts = split_all(chunks("地址：某某街17号营业时间：5:30—10:30（周一休息）人均：约12元"))
    assert [p.text for p in parts] == ["地址：某某街17号", "营业时间：5:30—10:30（周一休息）", "人均：约12元"]
    kept = split_all(chunks("人均：约12元，地址在老街口，营业时间随季节调整。"))  # (facts' words in a sentence: no labels)
    assert [p.text for p in kept] == ["人均：约12元，地址在老街口，营业时间随季节调整。"]


def test_a_figures_note_cut_at_its_printed_lines_end_runs_on_into_its_rest_not_into_the_next_figure():
    """A dump that gives every printed line of a box of figures a block: 18条 | 《某某》提出的具 | 体举措 | 12类 | …:
    each note runs on into its short rest, and stops at the next figure."""
    ed = parse_text("\n\n".join(["数说某政", "18条", "《某某》提出的具", "体举措", "12类", "家电以旧换新补贴", "品类", "制图：某某"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs == ("18条《某某》提出的具体举措", "12类家电以旧换新补贴品类")


def test_a_briefs_title_set_as_a_name_and_a_colon_is_cut_off_under_its_box_label_a_spec_boxs_fields_are_not():
    """Under 车市快讯, briefs whose bold titles are a name and a colon (某汽车：本报讯　…, 某车展：第十二届…), a printed
    line a block: each brief a story of its own, its title cut off and its first line joined to its next; the lines
    of a spec box (参数速览: 续航：…, 电池：…) are no briefs' titles, nor is 编者按：."""
    ed = parse_text("\n\n".join([
        "车市快讯", "某某汽车：本报讯　11月15日，某某汽车在某市", "的首家城市展厅在江东区开业，展出三款纯电车",
        "型。开业首月到店试驾的消费者，赠充电桩一个。", "某市车展：第十二届某市国际汽车博览会将于", "12月4日至7日在市会展中心举行，预计有70余个",
        "品牌参展，展出车辆600余台。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某某汽车：", "某市车展："]
    assert ed.articles[1].paragraphs == ("第十二届某市国际汽车博览会将于12月4日至7日在市会展中心举行，预计有70余个品牌参展，展出车辆600余台。",)
    specs = parse_text("\n\n".join(["参数速览", "电池：磷酸铁锂，容量26.6kWh", "续航：纯电195km，综合1320km", "（CLTC）",
                                    "空间方面，某车的轴距有2915毫米，后排腿部空间宽裕。"]) + "\n")
    assert not any(a.headline in ("电池：", "续航：") for a in specs.articles)


def test_a_forecast_tables_label_head_row_and_issuing_note_are_the_tables_as_its_rows_are():
    """未来三天 | 日期天气气温风力风向 | 8日 周二小雨转晴0℃～4℃北风5～6级 | … | 市气象台12月7日16时发布: the label, the
    head row and the note of who issued it go with the forecast's rows into the page's data, no story of their own."""
    ed = parse_text("\n\n".join([
        "未来三天", "日期天气气温风力风向", "8日 周二小雨转晴0℃～4℃北风5～6级", "9日 周三晴-5℃～3℃北风3～4级",
        "10日 周四晴转多云-3℃～7℃东北风2～3级", "市气象台12月7日16时发布", "城区集中供暖提前五天",
        "本报讯（记者 某某）记者从市城管局获悉，今年城区集中供暖将提前五天启动。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["城区集中供暖提前五天"]
    assert {"未来三天", "日期天气气温风力风向", "市气象台12月7日16时发布"} <= {b.text for b in ed.furniture}


def test_a_reporter_learning_from_the_company_after_a_head_goes_on_the_story_a_views_box_is_no_section():
    """记者从公司了解到 under a crosshead tells more of the company the story is about: a section of it (a new story
    learns from a source it names, 记者从市商务局获悉); 机构观点 after a brief opens a box of views, no section of
    the brief."""
    ed = parse_text("\n\n".join([
        "某某新材拟投42亿元扩产", "本报记者 某某", "12月8日晚间，某某新材发布公告，拟投资42亿元建设新基地。",
        "从财务状况看，公司资产负债率不足四成。", "在手订单排至明年三季度", "记者从公司了解到，今年前三季度公司营收增长两成。",
        "公司表示，新基地将于2028年投产。", "行业扩产节奏引关注", "在业内人士看来，此次扩产时机较好。", "公告速递",
        "某某股份（600001）", "公司12月8日晚间公告称，控股子公司中标一项工程。", "机构观点",
        "某某证券：某某新材良品率领先，维持买入评级。", "某某证券：铜箔加工费已处于底部区域。"]) + "\n")
    lead = ed.articles[0]
    assert [lead.paragraphs[i] for i in lead.crossheads] == ["在手订单排至明年三季度", "行业扩产节奏引关注"]
    assert ed.articles[-1].headline == "机构观点" and len(ed.articles[-1].paragraphs) == 2


def test_a_foreign_name_cut_at_a_columns_end_joins_its_paragraph_a_section_name_with_a_dot_does_not():
    """…发言人萊拉 | ·葛蘭特10日在記者會上表示… and …建築師伊 | 娃·科瓦契表示…: one paragraph each, cut inside a
    transliterated name at a column's end; 健康·生活 alone under a credit is a section's name, joined to nothing."""
    ed = parse_text("\n\n".join([
        "某國扣押油輪", "〔編譯某某／綜合報導〕某國10日扣押一艘油輪，引發各方關注。", "某國總統府發言人萊拉",
        "·葛蘭特10日在記者會上表示，扣押行動完全合法。", "負責修復的建築師伊", "娃·科瓦契表示，團隊依據百年前的原始設計施工。"]) + "\n")
    assert ed.articles[0].paragraphs[1:] == ("某國總統府發言人萊拉·葛蘭特10日在記者會上表示，扣押行動完全合法。",
                                             "負責修復的建築師伊娃·科瓦契表示，團隊依據百年前的原始設計施工。")
    label = parse_text("\n\n".join(["某某医院开设睡眠门诊", "本报记者 某某", "健康·生活", "专家答疑",
                                    "问：失眠一个多月了，要不要吃安眠药？", "答：先别急着吃药，可以先调整作息。"]) + "\n")
    assert not any("健康·生活" in b for a in label.articles for b in a.bylines)


def test_a_short_wave_boxs_items_led_by_a_place_and_a_slash_are_briefs_each_titled_by_it():
    """國際短波 | 某國／首都10日發生地震，… : a Taiwan paper's box of briefs, each led by a bold place and a slash."""
    ed = parse_text("\n\n".join([
        "國際短波", "維某／首都聖某10日發生規模5.8地震，市區部分老舊建築受損，暫無傷亡報告。",
        "伊某達／國會10日三讀通過法案，自明年7月起全面禁用一次性塑膠餐具。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["維某／", "伊某達／"]


def test_a_reviews_star_rating_is_its_first_line_of_text_a_films_still_its_caption():
    """影评: title, 文/X, ★★★★☆ (the rating, a line of text of its own, no ornament), 《某片》剧照 (the still's caption,
    no credit under it), the review's text; a lone ◆ stays an ornament."""
    ed = parse_text("\n\n".join([
        "一座小站，留住了一代人的来与去", "文/某某", "★★★★☆", "《某某车站》剧照",
        "在一部主打“慢”的电影里，火车是跑得最快的东西。", "导演把镜头留给了站台上的人。", "◆"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[0] == "★★★★☆" and a.captions == ("《某某车站》剧照",)
    assert "◆" in {b.text for b in ed.furniture}


def test_a_bare_file_photo_credit_glued_before_its_caption_is_cut_off_and_a_court_notes_box_holds_briefs():
    """資料圖片 run into the caption after it (a dump reading the credit first): the photo's credit, unbracketed as
    much as （资料图片）; 法庭速記 labels a box of briefs, each led by a bold description and a colon."""
    ed = parse_text("\n\n".join([
        "某某東主囚四年半", "資料圖片案件在北嶺區域法院審理，三名被告昨日分別被判刑。",
        "【本報訊】某裝修公司東主昨日被判囚四年半。", "法庭速記", "七旬婦人：在某超級市場偷取兩盒朱古力，昨日被判守行為十二個月。",
        "二十四歲速遞員：去年十月在某商業大廈派件時盜竊，被判社會服務令。"]) + "\n")
    assert ed.articles[0].photo_credits == ("資料圖片",)
    assert [a.headline for a in ed.articles[1:]] == ["七旬婦人：", "二十四歲速遞員："]


def test_a_matchs_statistics_line_is_the_pages_data_and_a_glued_observation_columns_label_is_cut_off():
    """技术统计：控球率 55%—45%　射门 14—9　角球 7—4 under a match report: figures paired side by side, the page's data,
    no story; 体坛观察 glued to the commentary's title under it is the commentary's rubric."""
    ed = parse_text("\n\n".join([
        "某某主场逆转某某", "本报讯（记者 某某）昨晚，某某队主场以2比1逆转对手。", "技术统计（某某—某某）：控球率 55%—45%　射门 14—9　"
        "射正 6—3　角球 7—4　犯规 12—15", "体坛观察保级路上更要拼出精气神", "文/韩知行",
        "保级形势虽然好转，但球队仍需努力。"]) + "\n")
    assert any(b.text.startswith("技术统计") for b in ed.furniture)
    assert (ed.articles[-1].rubric, ed.articles[-1].headline) == ("体坛观察", "保级路上更要拼出精气神")


def test_a_tables_rows_run_together_ending_on_one_value_are_the_pages_data_with_its_title_head_row_and_note():
    """公交线路调整 | 线路调整内容实施日期 | 28路…12月20日 | 115路…，…12月20日 | 207路…12月20日 | （以上调整自…起实施）: a
    table whose rows a dump runs together, each ending on its last column's value, is the page's data, its title, head
    row and note too; two lines ending on one date are no table."""
    rows = ["28路北端终点由某某公园延伸至某某站12月20日", "115路取消某某桥至某某湾区间，改经某某站12月20日",
            "207路增设某某大学地铁站停靠站12月20日"]
    ed = parse_text("\n\n".join(["公交线路调整", "线路调整内容实施日期", *rows, "（以上调整自12月20日起实施）",
                                 "某某路口改造完工", "晚报讯（记者 某某）某某路口改造昨日完工，通行能力提高三成。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某某路口改造完工"]
    assert set(rows) <= {b.text for b in ed.furniture}
    two = parse_text("\n\n".join(["某某路口改造完工", "晚报讯（记者 某某）改造工程自12月20日", "起分段施工，预计12月20日",
                                  "前后完工。"]) + "\n")
    assert not two.furniture


def test_a_spec_boxs_label_and_measures_are_the_pages_data_and_the_story_goes_on_under_them():
    """参数速览 | 长×宽×高： | 4905×1920×1485mm | 轴距：2915mm | 续航：纯电195km，综合1320km | （CLTC） set in a test drive:
    a table (the page's data), no box of briefs; the story's text under the box goes on in the story."""
    ed = parse_text("\n\n".join([
        "某车：一箱油跑完一个长假", "文/图　本报记者　某某", "国庆长假前，不少读者来信问插电混动车跑长途是否省油。",
        "参数速览", "长×宽×高：", "4905×1920×1485mm", "轴距：2915mm", "续航：纯电195km，综合1320km", "（CLTC）",
        "空间方面，某车的轴距有2915毫米，后排腿部空间宽裕。", "总的来说，某车适合经常跑长途的家庭。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-2:] == ("空间方面，某车的轴距有2915毫米，后排腿部空间宽裕。", "总的来说，某车适合经常跑长途的家庭。")
    assert {"参数速览", "轴距：2915mm", "（CLTC）"} <= {b.text for b in ed.furniture}


def test_a_q_and_a_boxs_tab_glued_to_its_title_is_its_rubric_not_a_crosshead_of_the_story_before():
    """升學Q&A glued to the box's title in one dump block after a story's text: the box's rubric over its own title,
    an article of its own with its Q：/A： turns, not a section of the story before."""
    ed = parse_text("\n\n".join([
        "某縣課後學堂明年全縣開辦", "〔記者某某／某縣報導〕某縣明年起在全縣國小開辦課後學堂。", "縣府表示，每班上限十二人。",
        "升學Q&A學測倒數40天 衝刺複習怎麼排", "Q：學測只剩一個多月，最後衝刺應該先補弱科嗎？",
        "A：建議先把最近三次模擬考的試卷攤開，找出反覆失分的題型。"]) + "\n")
    assert [(a.rubric, a.headline) for a in ed.articles][-1] == ("升學Q&A", "學測倒數40天 衝刺複習怎麼排")
    assert len(ed.articles[-1].paragraphs) == 2


def test_who_answered_a_q_and_a_box_signs_it_their_post_and_name_run_together():
    """解答／某高中教務主任某某 under a Q&A box's last answer: the box's credit (who answered, post and name run
    together), not the headline of the story after it."""
    ed = parse_text("\n\n".join([
        "升學Q&A", "學測倒數40天 衝刺複習怎麼排", "Q：學測只剩一個多月，最後衝刺應該先補弱科嗎？",
        "A：建議先把最近三次模擬考的試卷攤開，找出反覆失分的題型。", "解答／某港高中教務主任蔡某哲", "某港國中生寒假免費學程式設計",
        "〔記者陳某宇／某港市報導〕某港市教育局今年寒假開設國中生程式設計營。"]) + "\n")
    assert ed.articles[0].bylines == ("解答／某港高中教務主任蔡某哲",)
    assert ed.articles[1].headline == "某港國中生寒假免費學程式設計"


def test_a_briefs_title_with_a_space_the_extractor_put_after_a_quote_is_still_cut_off_its_text():
    """全省首批“ 某某工厂”名单公布　本报讯　… under a box of briefs' label: the space PyMuPDF sets after a quote
    mark in a justified line is no break in the title, which is cut off its text as the others are."""
    ed = parse_text("\n\n".join([
        "要闻简讯", "某省部署冬季安全生产　本报讯（记者 某某）12月17日，某省召开冬季安全生产电视电话会议，部署重点工作。",
        "全省首批“ 智能工厂”名单公布　本报讯　记者从省经济和信息化厅获悉，全省首批36家智能工厂名单日前公布。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某省部署冬季安全生产", "全省首批“ 智能工厂”名单公布"]
    assert all(a.kind is Kind.BRIEF for a in ed.articles)
    bullet = parse_text("\n\n".join(["要闻简讯", "■夜间封路　因管线施工，某路今晚起夜间封闭。"]) + "\n")
    assert bullet.articles[0].headline != "■夜间封路"


def test_a_bulleted_briefs_title_of_a_headlines_length_is_cut_off_its_text():
    """■某市女排签下两名新援　某市女排俱乐部昨日宣布，… under a box of briefs' label: a headline's length after the
    bullet, then the text: each a brief with its title (a bullet's lead word, ■夜间封路　因…, stays the list's)."""
    ed = parse_text("\n\n".join([
        "体坛快讯", "■某市半程马拉松下月鸣枪　某市半程马拉松将于5月18日开跑，设半程和迷你跑两个项目，报名至月底截止。",
        "■某市女排签下两名新援　某市女排俱乐部昨日宣布，与两名主攻手签约，新赛季将增强球队的进攻实力。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["■某市半程马拉松下月鸣枪", "■某市女排签下两名新援"]
    assert all(a.kind is Kind.BRIEF and len(a.paragraphs) == 1 for a in ed.articles)


def test_a_box_label_right_over_a_titled_story_is_its_column_label():
    """科创前沿 (a word a box of briefs' label may end in) right over a story with its headline, byline and several
    paragraphs, no brief between: the story's rubric, not page furniture; over briefs it still labels the box."""
    ed = parse_text("\n\n".join([
        "科创前沿", "某市人工智能产业集群加速成势", "本报记者　某某", "12月16日，在某市高新区智算中心的机房里，服务器的指示灯不停闪烁。",
        "几年前，某市的人工智能企业大多“单打独斗”，如今已形成完整链条。", "产业加速发展，离不开人才支撑。"]) + "\n")
    assert ed.articles[0].rubric == "科创前沿"
    assert "科创前沿" not in {b.text for b in ed.furniture}


def test_a_turn_cut_at_a_column_end_opening_with_the_interviewees_name_is_no_crosshead():
    """某某：我们在设计 alone between an interview's turns (the rest, 时就考虑了…, in the next block), where 某某：
    opens other turns: the turn's first line, joined to its rest, not a crosshead; a short line of a name and
    a colon in a story with no such turns stays what it was."""
    turns = ["记者：为什么会想到做方言语音识别？", "许某某：起因是我自己的家人，我母亲只会说方言。",
             "记者：研发过程中最难的是什么？", "许某某：最难的是数据，我们只能一个社区一个社区去录。",
             "记者：会不会泄露老人的隐私？", "许某某：我们在设计", "时就考虑了这个问题，识别主要在本地完成。"]
    ed = parse_text("\n\n".join(["让智能音箱听懂老人的“乡音”", "本报记者　某某"] + turns) + "\n")
    (a,) = ed.articles
    assert a.crossheads == ()
    assert a.paragraphs[-1] == "许某某：我们在设计时就考虑了这个问题，识别主要在本地完成。"


def test_a_short_sentence_over_a_credit_at_a_storys_head_is_the_photos_caption():
    """许某某在实验室调试系统。 | 受访者供图 between a byline and the story's text: the photo's caption; a story's
    last paragraph over a credit, the text ended, stays text."""
    ed = parse_text("\n\n".join([
        "让智能音箱听懂老人的“乡音”", "本报记者　某某", "许某某在实验室调试方言语音识别系统。", "受访者供图",
        "家里的智能音箱听不懂方言，是不少老年人的烦恼。某大学的许某某团队研发了一套系统。",
        "记者：为什么会想到做方言语音识别？", "许某某：起因是我自己的家人。"]) + "\n")
    (a,) = ed.articles
    assert a.captions == ("许某某在实验室调试方言语音识别系统。",)
    assert a.paragraphs[0].startswith("家里的智能音箱")


def test_a_section_opening_with_a_connective_after_a_photos_credit_goes_on_with_the_story():
    """單車徑分段開放 | 署方表示，… | caption | 圖：某某攝 | 居民憂泊車位不足 | 不過，…: crossheads of one story, the
    report's text no photo news (a caption does not open on 署方表示，) and 不過， no story's first word."""
    ed = parse_text("\n\n".join([
        "某灣海濱長廊開放　首日逾五千人到訪", "【本報記者某某報道】某灣海濱長廊昨日正式開放，首日入場人次逾五千。",
        "長廊沿岸設有觀景平台及健體設施。", "單車徑分段開放", "署方表示，長廊內的單車徑會分段開放，首階段長約一公里。",
        "某灣海濱長廊昨日開放，不少市民到觀景平台拍照留念。", "圖：某某攝", "居民憂泊車位不足",
        "不過，有居民擔心長廊吸引大批遊客，令區內交通更加擠塞。", "運輸署回應說，會密切留意開放後的交通情況。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["單車徑分段開放", "居民憂泊車位不足"]
    assert a.photo_credits == ("圖：某某攝",)


def test_a_hong_kong_jump_line_names_the_page_without_the_word_for_page():
    """接A1 (a Hong Kong paper's continuation line) is a jump line whose body comes from page A1; 接待A1 is none."""
    from reader.parse.jumps import jump_page

    assert cv.JUMP_LINE.match("接A1") and cv.JUMP_LINE.match("（續A12）") and not cv.JUMP_LINE.match("接待A1")
    assert jump_page("接A1") == "A1" and jump_page("下转第3版") == "3"
    ed = parse_text("\n\n".join(["巴士加價方案　議員促再檢討", "接A1", "分段收費優惠，乘客轉乘第二程巴士可獲減一元。",
                                 "交通事務委員會主席則認為，公司去年仍有盈利。"]) + "\n")
    assert ed.articles[0].headline == "巴士加價方案　議員促再檢討"
    assert "接A1" in {b.text for b in ed.furniture}


def test_the_weather_boxs_field_lines_under_its_label_are_furniture():
    """天氣 | 今日：大致多雲。 | 氣溫：攝氏17至21度 | 明日：天晴乾燥。: the weather box, furniture, no article."""
    ed = parse_text("\n\n".join(["某市舊區重建千二戶明年起收樓", "【本報訊】某市市區更新局昨日公布舊區重建第二期計劃。", "（記者 某某）",
                                 "天氣", "今日：大致多雲，早上有一兩陣微雨。", "氣溫：攝氏17至21度　濕度：65%至85%",
                                 "明日：天晴乾燥，日間溫暖，早晚清涼。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某市舊區重建千二戶明年起收樓"]
    assert {"今日：大致多雲，早上有一兩陣微雨。", "明日：天晴乾燥，日間溫暖，早晚清涼。"} <= {b.text for b in ed.furniture}


def test_a_photos_title_over_its_caption_and_credit_after_a_box_of_briefs_is_photo_news():
    """廊桥雪韵 | 12月2日，游客在…，当 | 地银装素裹…。新华社记者 X 摄 right after a box's last brief: photo news (its
    caption's two pieces one caption), no brief of the box."""
    ed = parse_text("\n\n".join([
        "新闻速览", "铁路调图10日实施　全国铁路将于12月10日零时起实行新的列车运行图，新开通线路将纳入运行图。",
        "多地公布寒假时间　据各地教育部门发布的校历，今年中小学寒假多从明年1月中下旬开始。", "廊桥雪韵",
        "12月2日，游客在某省某县的古廊桥上赏雪。当日，当", "地银装素裹，吸引不少游客前来游览。新华社记者 某某 摄"]) + "\n")
    photo = ed.articles[-1]
    assert (photo.kind, photo.headline) == (Kind.PHOTO, "廊桥雪韵")
    assert photo.captions == ("12月2日，游客在某省某县的古廊桥上赏雪。当日，当地银装素裹，吸引不少游客前来游览。",)
    assert [a.kind for a in ed.articles[:-1]] == [Kind.BRIEF, Kind.BRIEF]


def test_a_line_opening_on_what_the_figures_show_cut_at_a_column_end_is_no_crosshead():
    """数据显示，1 至11 | 月，农村地区…; 据统计，去年冬季某 | 江市共接待…: a sentence's first line at a column's
    foot (who or what shows it, a comma), not a crosshead."""
    ed = parse_text("\n\n".join([
        "今年已建改县级物流配送中心1600余个", "新华社北京12月3日电（记者 某某）记者3日从商务部获悉，县域商业体系建设取得积极进展。",
        "快递进村“加速跑”", "在某省某县，过去一件快递从县城送到村里往往要三四天。", "数据显示，1 至11",
        "月，农村地区快递业务量同比增长约18%，增速高于全国平均水平。", "冷链下沉保鲜增效", "农产品上行离不开冷链。",
        "据统计，去年冬季某", "江市共接待游客1860万人次，旅游收入同比增长两成以上。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["快递进村“加速跑”", "冷链下沉保鲜增效"]
    assert "数据显示，1 至11月，农村地区快递业务量同比增长约18%，增速高于全国平均水平。" in a.paragraphs


def test_a_briefs_title_run_in_on_a_box_line_that_is_a_block_of_its_own_is_cut_off_its_text():
    """A box whose printed lines are a block each: 某某闭幕　为期四天的第三届国际茶 | 文化博览会2日在…，来自20多个 |
    …: the brief's title, then its text running on across the lines; a headline of two phrases over a caption
    that ends its sentence stays whole."""
    ed = parse_text("\n\n".join([
        "新闻速览", "茶文化博览会闭幕　为期四天的第三届国际茶", "文化博览会2日在某省某市闭幕，来自20多个",
        "国家和地区的400余家企业参展，现场签约金额达", "36亿元。"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "茶文化博览会闭幕"
    assert a.paragraphs == ("为期四天的第三届国际茶文化博览会2日在某省某市闭幕，来自20多个国家和地区的400余家企业参展，现场签约金额达36亿元。",)
    hk = parse_text("\n\n".join([
        "體育快訊", "東岸十公里賽下周一截止報名　今年名額四千個，額滿即止。", "十人某城　爆冷殺入四強",
        "某某（中）射入十二碼後與隊友慶祝。", "圖：某某攝"]) + "\n")
    assert "十人某城　爆冷殺入四強" in [a.headline for a in hk.articles]


def test_a_line_whose_next_block_opens_on_de_is_a_paragraphs_first_line():
    """记者在位于某公园东门 | 的城市书房看到，…: no sentence opens on 的, so the line over it is the paragraph's
    first line cut at a column's foot, not a new story's headline."""
    ed = parse_text("\n\n".join([
        "全市首批15家“城市书房”开放", "本报讯（记者 某某）1月13日，我市首批15家“城市书房”同时开放。", "记者在位于滨河公园东门",
        "的城市书房看到，书房内暖气充足，不少市民正在阅读。", "据市文化广电旅游局介绍，城市书房的图书与市图书馆通借通还。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[1] == "记者在位于滨河公园东门的城市书房看到，书房内暖气充足，不少市民正在阅读。"


def test_a_hotline_boxs_turns_cut_into_printed_lines_stay_turns():
    """市民某女士来电：… | 记者核实：… in a box whose printed lines are a block each: turns (a caller's, the reporter's
    check), each joined to its lines, no crossheads in parallel."""
    ed = parse_text("\n\n".join([
        "市民热线", "市民刘女士来电：某某区桂香街与梧桐路交", "叉口的红绿灯这几天一直不亮，早晚高峰车多人", "多，老人和孩子过马路很不安全，希望有关部门",
        "尽快修理。", "记者核实：记者联系了市公安局交警支队某", "某大队，工作人员表示，该路口信号灯因地下线",
        "路老化出现故障，维修人员已于12月16日下午修", "复，目前信号灯已恢复正常。", "市民周先生来电：某某区南湖街道新华里小",
        "区门前的一处窨井盖破损，中间塌下去一块，晚", "上光线暗，已经有骑电动车的居民在这里摔倒。", "记者核实：记者将情况反映给某某区市政设",
        "施管理所，工作人员当天就赶到现场，在井盖周", "围设置了警示围挡。管理所表示，新井盖已经订", "购，预计本周内更换完毕。",
        "市民唐女士来电：某某公园东门附近的公共", "厕所最近一直锁着门，门口也没有张贴任何说", "明，来公园锻炼的老人很多，如厕很不方便。",
        "记者核实：记者从某某公园管理处了解到，", "该厕所正在进行适老化改造，将增设扶手和无障", "碍厕位，管理处已在门口张贴通知。"]) + "\n")
    paragraphs = [p for a in ed.articles for p in a.paragraphs]
    assert not any(a.crossheads for a in ed.articles)
    assert "记者核实：记者将情况反映给某某区市政设施管理所，工作人员当天就赶到现场，在井盖周围设置了警示围挡。管理所表示，新井盖已经订购，预计本周内更换完毕。" in paragraphs


def test_an_event_boards_lines_an_events_name_run_into_its_time_are_furniture():
    """活動看板 | 某某DIY時間：12月21日上午9時 | 地點：某中心廣場: an event box's listing, furniture, no story's
    headline group over the story under it."""
    ed = parse_text("\n\n".join([
        "活動看板", "冬至湯圓DIY時間：12月21日（日）上午9時", "地點：某縣文化中心廣場", "海岸攝影展時間：即日起至116年1月15日",
        "地點：某漁港遊客中心2樓", "某漁港夜市改造 攤商換上新棚架", "〔記者某某／某縣報導〕某漁港夜市改造工程完工，攤商昨晚換上新棚架。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某漁港夜市改造 攤商換上新棚架"]
    assert "地點：某縣文化中心廣場" in {b.text for b in ed.furniture}


def test_who_said_a_quote_with_a_post_in_brackets_is_the_quote_boxs_text():
    """“…论英雄。” | ——某某（某大学经济学院教授） in a 专家观点 box: the quote's attribution, one box, not a
    headline of its own per expert."""
    ed = parse_text("\n\n".join([
        "专家观点", "“普惠小微贷款突破万亿元，说明金融支持实体经济的‘毛细血管’正在打通。”", "——程某某（某江大学经济学院教授）",
        "“利率下降是好事，但小微企业的综合融资成本还包括担保费、评估费等。”", "——贺某某（某州理工大学经济学院教授）"]) + "\n")
    (a,) = ed.articles
    assert a.headline == "专家观点" and a.paragraphs[1] == "——程某某（某江大学经济学院教授）"


def test_a_photo_credit_cut_after_its_opening_bracket_is_joined_and_cut_off_the_caption():
    """…驶出。（新 | 华社记者 某某摄）: the credit's first characters end the caption's block; joined again, the
    credit is the photo's, the caption's sentence its own."""
    ed = parse_text("\n\n".join([
        "某市开通陆海联运冷链专线", "12月2日，满载冷链集装箱的班列从某市国际陆港驶出。（新", "华社记者 某某摄）",
        "本报某市12月2日电（记者 某某）2日上午，一列满载柑橘的冷链集装箱班列从某市国际陆港缓缓驶出。"]) + "\n")
    (a,) = ed.articles
    assert a.photo_credits == ("（新华社记者 某某摄）",)
    assert a.captions == ("12月2日，满载冷链集装箱的班列从某市国际陆港驶出。",)


def test_a_captions_first_lines_in_blocks_of_their_own_over_its_credit_are_one_caption():
    """古镇雪后游人来 | 12月2日，游客在…。入冬以来，当 | 地推出…吸 | 来。（本报记者 某某摄）: one caption of three
    pieces under a photo's title, photo news; a story's paragraphs breaking off over a credit stay text."""
    ed = parse_text("\n\n".join([
        "图片报道", "古镇雪后游人来", "12月2日，游客在某市青溪古镇赏雪游览。入冬以来，当", "地推出冰雪民俗体验、非遗展演等活动，吸",
        "引不少游客前来。（本报记者 某某摄）"]) + "\n")
    (a,) = ed.articles
    assert a.kind is Kind.PHOTO
    assert a.captions == ("12月2日，游客在某市青溪古镇赏雪游览。入冬以来，当地推出冰雪民俗体验、非遗展演等活动，吸引不少游客前来。",)


def test_a_captions_first_line_cut_off_after_a_finished_paragraph_goes_on_in_its_glued_caption():
    """The picture stands in the story's column: 5月26日，…收割机在 | 麦田里抢收小麦。通讯员 某某 摄 after a finished
    paragraph is one caption; a paragraph cut over a caption that opens with its own day stays the story's."""
    story = ["夏粮抢收进度过半", "本报讯（记者 某某）全县小麦收获进度已过半，机收率超过九成。",
             "农业部门组织农机手跨区作业，确保颗粒归仓。"]
    ed = parse_text("\n\n".join(story + ["5月26日，某县某镇某村，农机手驾驶联合收割机在", "麦田里抢收小麦。通讯员 某某 摄"]) + "\n")
    (a,) = ed.articles
    assert a.captions == ("5月26日，某县某镇某村，农机手驾驶联合收割机在麦田里抢收小麦。",) and len(a.paragraphs) == 2
    kept = parse_text("\n\n".join(story + ["5月26日，全县各地的农机手驾驶联合收割机在",
                                             "5月26日，农机手在麦田里抢收小麦。通讯员 某某 摄"]) + "\n")
    assert kept.articles[0].captions == ("5月26日，农机手在麦田里抢收小麦。",)


def test_a_tip_line_strip_with_its_hours_and_its_wechat_is_the_pages_notice():
    """爆料热线0759-8816 1100（24小时）微信：…新闻线索一经采用　即付报料费 at a page's foot: furniture."""
    assert cv.PAGE_NOTICE.match("爆料热线0759-8816 1100（24小时）微信：abc_news新闻线索一经采用　即付报料费")
    assert not cv.PAGE_NOTICE.match("热线12345开通以来，共受理市民诉求三万余件。")


def test_a_line_holding_the_first_of_two_yibian_is_cut_from_the_sentence_under_it():
    """邓先生一边大声呼喊 | 邻居、挨家挨户敲门，一边拨打119: one sentence across a column's end (一边…一边), not a
    crosshead."""
    ed = parse_text("\n\n".join([
        "电动自行车楼道充电引发火情", "3 月12 日凌晨2 时许，某市西城区一居民楼楼道内突然冒出浓烟。", "邓先生一边大声呼喊",
        "邻居、挨家挨户敲门，一边拨打119报警。", "经消防部门初步调查，起火的电动自行车电池老化。"]) + "\n")
    (a,) = ed.articles
    assert a.crossheads == () and a.paragraphs[1] == "邓先生一边大声呼喊邻居、挨家挨户敲门，一边拨打119报警。"


def test_a_roundup_dateline_and_a_correspondents_credit_line():
    """（某地综合电） opens a Singapore paper's roundup as a dateline; 本报驻北京特派员　某某　报道 under a headline
    is the correspondent's byline."""
    assert cv.DATELINE.match("（华盛顿综合电）某国国会周三通过临时拨款案。")
    assert cv.BYLINE.match("本报驻北京特派员　沈某某　报道") and cv.BYLINE.match("本报驻东京记者 王某 报道")
    assert not cv.DATELINE.match("（综合）某国国会周三通过临时拨款案。")


def test_news_items_led_by_a_square_under_a_label_are_briefs_and_a_slogan_after_them_heads_none():
    """县内要闻 | ■12月5日，… | ■…通车… | ■… | 奋力建设…　…的新某县 (a slogan across the page's foot): the label
    over a box of untitled briefs, the slogan no headline of theirs; ■某路封闭　因… (titled notices) stay one list."""
    ed = parse_text("\n\n".join([
        "某县冬修水利全面铺开", "本报讯（记者 某某）12月6日，某县冬修水利暨高标准农田建设推进会召开。", "县内要闻",
        "■12月5日，县消防救援大队联合城关镇开展冬季消防安全大检查，排查整改隐患37处。",
        "■某县至石塘二级公路改建工程12月3日全线通车，两地车程由50分钟缩短至25分钟。",
        "■截至11月底，全县今年新增城镇就业2860人，完成年度目标任务的108%。", "奋力建设生态优美　产业兴旺　群众幸福的新某县"]) + "\n")
    briefs = [a for a in ed.articles if a.kind is Kind.BRIEF]
    assert len(briefs) == 3 and briefs[0].rubric == "县内要闻" and all(not a.headline for a in briefs)
    notices = parse_text("\n\n".join(["便民提示", "■夜间封路　因管网改造施工，某路每晚22时至次日6时封闭。",
                                      "■降压供水　受管网改造影响，城北片区部分区域将降压供水。"]) + "\n")
    assert [a.kind for a in notices.articles] != [Kind.BRIEF, Kind.BRIEF]


def test_a_county_papers_masthead_lines_and_its_weather_boxs_issue_line_are_furniture():
    """准印证号：某新准字（2026）第018号 under a county paper's masthead, 某县气象台12月7日17时发布 closing its
    weather box: furniture; 推进会要求，各乡镇 | … at a column's foot is a sentence's first line."""
    assert cv.MASTHEAD.search("准印证号：某新准字（2026）第018号")
    assert cv.WEATHER.search("某县气象台12月7日17时发布")
    assert cv.ATTRIBUTION.match("推进会要求，各乡镇") and not cv.ATTRIBUTION.match("推进会提出新要求")


def test_a_writers_credit_after_a_slash_needs_no_common_surname_and_a_wire_feature_is_dated():
    """文／闻某舟 (闻, a surname no short list holds) credits the writer as 文／张三 does; 新华社特稿 opens a wire feature
    as its dateline."""
    assert cv.BYLINE.match("文／闻启某") and cv.BYLINE.match("文/张三")
    assert cv.DATELINE.match("新华社特稿近年来，多家航天企业加快部署低轨通信卫星。") and not cv.DATELINE.match("新华社特稿")


def test_a_two_phrase_headline_glued_to_a_storys_end_and_a_briefs_two_phrase_title_over_its_dateline():
    """…縫上聯絡電話。電動自行車違規改裝　警一週攔查逾百輛 | 〔記者X／某地報導〕…: the next story's headline, its two
    phrases an ideographic space apart, cut off the story's end; 公園涼亭遭縱火　男子落網 over a brief's dateline
    is the whole title, no text run in after its first phrase; 记者调查 glued to a headline is its rubric."""
    ed = parse_text("\n\n".join([
        "失智翁騎車迷途百里", "〔記者某某／某港報導〕某市一名患有輕度失智的七旬老翁迷途百里。",
        "警方提醒，家人也可在長輩衣物縫上聯絡電話。電動自行車違規改裝　警一週攔查逾百輛",
        "〔記者某某／某屏報導〕電動自行車違規改裝問題日益嚴重，警方上週起執行專案稽查。", "社會短波", "公園涼亭遭縱火　男子落網",
        "〔記者某某／某港報導〕某市海濱公園一座木造涼亭前晚遭人縱火，警方昨逮捕一名男子。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["失智翁騎車迷途百里", "電動自行車違規改裝　警一週攔查逾百輛", "公園涼亭遭縱火　男子落網"]
    ed2 = parse_text("\n\n".join(["记者调查寒潮过后菜价上涨 一斤青菜贵在哪儿", "记者 某某", "入冬以来，不少市民发现菜价涨了。"]) + "\n")
    assert (ed2.articles[0].rubric, ed2.articles[0].headline) == ("记者调查", "寒潮过后菜价上涨 一斤青菜贵在哪儿")


def test_a_charts_own_title_heads_no_headline_group_read_after_it():
    """A chart set off from the story over it (more blank lines: another frame), its title over its source line, then
    a column's label and headline: the chart's title is no kicker of that column's headline."""
    ed = parse_text("某港口吞吐量連跌五個月\n\n【本報訊】某港務局昨日公布，上月全港貨櫃吞吐量按年下跌百分之八。\n\n\n"
                    "某港每月貨櫃吞吐量（萬個標準箱）\n\n資料來源：某港務局\n\n財經專欄\n\n美元轉弱下的資產配置\n\n"
                    "美國聯儲局上周再度減息，市場預期明年仍有兩至三次減息。\n\n文：某某（某證券研究部主管）\n")
    column = next(a for a in ed.articles if a.headline == "美元轉弱下的資產配置")
    assert column.kicker is None and column.rubric == "財經專欄"


def test_a_headline_read_after_its_text_right_before_a_boxs_label_heads_that_text():
    """本报记者 X | the feature's paragraphs | caption | 受访者供图 | 旧纸堆里的修书人 (a vertical headline, drawn last) |
    书讯 | 《…》 …: the headline heads the untitled text read before it; 书讯 labels a box of book briefs."""
    ed = parse_text("\n\n".join([
        "本报记者 某某", "某市图书馆五楼最东头，有一间不挂牌子的屋子，古籍修复师在这里工作了三十年。",
        "这是她在古籍修复台前度过的第三十个冬天。她说，修书最要紧的是耐心。", "她在修复台前比对纸样。", "受访者供图",
        "旧纸堆里的修书人", "书讯", "《雨落某溆》", "某某著　某某文艺出版社", "这是一部描写江南小城三代人生活的长篇小说，文字温润。"]) + "\n")
    assert ed.articles[0].headline == "旧纸堆里的修书人" and ed.articles[0].paragraphs[0].startswith("某市图书馆")
    assert ed.articles[0].kicker is None and cv.BOX_LABEL.match("书讯") and cv.BOX_LABEL.match("書訊")


def test_a_book_briefs_label_glued_to_the_books_title_is_its_rubric():
    """书讯 glued in one block to the title in 《》 under it (a box of one book brief): the label cut off."""
    ed = parse_text("\n\n".join([
        "书讯《山城往事——某县百年口述实录》出版",
        "由某县史志办公室编撰的《山城往事》近日由某某出版社出版。全书收录五十余位亲历者的口述回忆，约二十万字。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("书讯", "《山城往事——某县百年口述实录》出版")


def test_a_line_over_a_column_opening_on_a_words_last_character_and_a_comma_is_that_paragraphs_first_line():
    """Under a crosshead ten characters long, a line ending mid-word at the column's foot (…对抗阶) over a column
    opening on the word's last character and a comma (段，…): the paragraph's first line, not a deck."""
    ed = parse_text("\n\n".join([
        "某部开展冬季野外驻训", "本报讯（记者 某某）某部近日开展冬季野外驻训，官兵在零下二十度的山地连续作业七天，检验了装备和保障能力。",
        "“寒区练兵，首先要过的是生存关。”该部负责人说，驻训期间每个班都要独立完成宿营、取暖和炊事。",
        "夜间对抗“不设剧本”", "演训进入实兵对抗阶",
        "段，红蓝双方在一片长约三十公里的山谷中展开较量，导演部只给出任务，不规定打法。",
        "第一个夜晚，红方按惯常打法推进，很快被蓝方发现，半小时内损失过半。",
        "新型装备“边练边研”", "此次驻训，该部首次携带今年列装的新型突击车，研制单位的技术人员随队跟训。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[2] == "夜间对抗“不设剧本”" and a.paragraphs[3].startswith("演训进入实兵对抗阶段，")


def test_a_serials_label_its_title_and_its_writer_glued_and_its_to_be_continued_line():
    """A listing's entry wrapped onto a short tail, then a serial's tab, title and writer in one block (連載《…》之
    十二文／X): the tab tops its own headline stack (the tail above is no kicker of it), the writer is cut off the
    title, and （未完，明日待續） under the text is the instalment's last paragraph."""
    ed = parse_text("\n\n".join([
        "某某文化中心演出", "12/13～12/27　某某美術館2樓　「木刻百年」版畫", "特展",
        "連載《港口人家》之十二文／某某某",
        "颱風過後的第三天，港口的船才陸續出海。她天還沒亮就起來生火，煮了一鍋稀飯。",
        "他是在天亮以後才回來的，褲管捲到膝蓋，手裡提著一尾石斑。",
        "（未完，明日待續）"]) + "\n")
    serial = ed.articles[-1]
    assert (serial.rubric, serial.kicker, serial.headline) == ("連載", None, "《港口人家》之十二")
    assert serial.bylines == ("文／某某某",)
    assert serial.paragraphs[-1] == "（未完，明日待續）"


def test_an_interviews_label_glued_to_its_headline_and_a_profile_label_over_a_bio_box():
    """高端访谈 glued in one block to the interview's headline is its rubric; 人物简介 over a paragraph opening with
    a name and the year the person was born is a box of its own, the label its headline (not a series bar lifted
    onto the page's lead)."""
    ed = parse_text("\n\n".join([
        "高端访谈让荒滩长出好庄稼", "——访某农业大学教授某某某", "本报记者 某某",
        "记者：很多人对盐碱地的印象是种啥啥不长，治理的难点在哪里？",
        "某教授：难就难在盐随水来、盐随水去，治理要先把水的问题解决好，再谈改土和选种。",
        "人物简介",
        "某某某，1964年生，某省某县人，某农业大学教授，长期从事盐碱地改良研究。"]) + "\n")
    talk, box = ed.articles
    assert (talk.rubric, talk.headline) == ("高端访谈", "让荒滩长出好庄稼")
    assert (box.headline, box.rubric) == ("人物简介", None) and box.paragraphs[0].startswith("某某某，1964年生")


def test_a_school_pages_crossheads_a_pupils_column_label_and_byline():
    """A school page: two crossheads of two phrases an ideographic space apart, the second opening with 数据 (数据
    说话　…, no box of figures' label), stay the lead's sections; 学生园地 glued to an essay's title is its rubric,
    and a pupil's class and name with the school in brackets under it is the essay's byline."""
    ed = parse_text("\n\n".join([
        "中学生自制空气监测站　校园数据网上公开", "【本报讯】北区十二所中学的学生过去一年在校园天台装设自制的空气监测站，数据每小时上载一次。",
        "自己动手　由零开始", "某中学中五学生何某是校队队长，他说最难的是防水，试了三款外壳才找到合用的。",
        "数据说话　建议改善", "经过一年的记录，学生发现午间悬浮粒子读数最高，于是建议学校调整午间户外活动的安排。",
        "学生园地外婆的缝纫机", "中三甲班　陈某某（某某中学）",
        "外婆家的窗边放着一部旧式缝纫机，黑色的机身上印着金色的花纹。",
        "去年暑假，我的校服拉链坏了，外婆戴上老花镜，一针一线帮我换好了拉链。"]) + "\n")
    lead, essay = ed.articles
    assert len(lead.paragraphs) == 5 and lead.paragraphs[3] == "数据说话　建议改善"
    assert (essay.rubric, essay.headline, essay.bylines) == ("学生园地", "外婆的缝纫机", ("中三甲班　陈某某（某某中学）",))
    assert essay.authors == ("陈某某",)


def test_deputies_posts_and_names_each_head_what_that_deputy_said():
    """代表委员说: each deputy's or member's posts and name over a quoted paragraph heads an item of its own, never a
    crosshead of one story (the lines are parallel, but each says who speaks)."""
    ed = parse_text("\n\n".join([
        "代表委员说",
        "省人大代表、某港务集团董事长 王某某", "“报告提出推进港口和临港产业提质升级，让我们港口人倍感振奋。今年我们将加快三期码头建设。”",
        "省政协委员、某大学教育学院教授 李某某", "“县域高中是很多农村孩子走出大山的重要台阶，建议加大对县中的投入。”",
        "省人大代表、某村党支部书记 赵某某", "“村里的柑橘今年又是大丰收，希望多搭建产销对接平台，让好果子卖出好价钱。”"]) + "\n")
    assert [a.headline for a in ed.articles] == ["省人大代表、某港务集团董事长 王某某", "省政协委员、某大学教育学院教授 李某某",
                                                "省人大代表、某村党支部书记 赵某某"]
    assert ed.articles[0].rubric == "代表委员说" and all(len(a.paragraphs) == 1 for a in ed.articles)


def test_a_photos_credit_and_caption_read_on_after_a_storys_last_sentence_are_cut_off_it():
    """A story's last paragraph with the credit of the photo set after it and the photo's day-led caption read on in
    its block (…质量评估。某某 摄3月17日中午，…): paragraph, credit, caption."""
    ed = parse_text("\n\n".join([
        "某巷长者食堂开张", "本报讯（记者 某某）某巷社区长者食堂昨日开张，每天供应早午两餐，午餐每份十二元起。",
        "区民政局相关负责人表示，今年全区计划新建或改造长者食堂十二家，并定期开展食品安全检查和服务质量评估。"
        "顾某某 摄3月17日中午，某巷社区长者食堂里，老人们在窗口排队选菜。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1].endswith("服务质量评估。")
    assert a.photo_credits == ("顾某某 摄",) and a.captions == ("3月17日中午，某巷社区长者食堂里，老人们在窗口排队选菜。",)


def test_numbered_captions_over_one_credit_are_a_photo_groups_captions():
    """组图: a title over three captions numbered ①②③ and one credit line for them all: a photo item with three
    captions, no story; a numbered list with no credit near stays text."""
    ed = parse_text("\n\n".join([
        "某湖绿道全线贯通 市民家门口打卡湖光秋色", "①11月18日，市民在某湖绿道骑行。全长二十六公里的绿道日前全线贯通。",
        "②孩子们在绿道旁新建的儿童游乐场玩耍。", "③夜幕降临，绿道沿线的景观灯次第亮起。", "本报记者 某某 摄",
        "某路公交线路下周调整", "本报讯 市公交集团昨日发布公告，下周起调整三条线路的走向，方便沿线居民出行。"]) + "\n")
    photo = ed.articles[0]
    assert photo.kind.value == "photo" and len(photo.captions) == 3 and photo.photo_credits == ("本报记者 某某 摄",)
    listed = parse_text("\n\n".join([
        "某市出台三项便民措施", "本报讯 市政府昨日出台三项便民措施，具体如下：", "①延长政务服务大厅周末办事时间。",
        "②增设二十个社区自助服务终端。", "③开通十条夜间公交线路。", "市政府有关负责人表示，措施将于下月起实施。"]) + "\n")
    assert not listed.articles[0].captions and "②增设二十个社区自助服务终端。" in listed.articles[0].paragraphs


def test_a_columns_label_ending_in_zhuanlan_glued_to_its_headline_is_its_rubric():
    """財經專欄 glued in one block to the column's headline: the label cut off, the column's rubric."""
    ed = parse_text("\n\n".join([
        "財經專欄收息股不等於穩陣股", "文：某某某",
        "不少退休人士喜歡買收息股，以為派息穩定就等於股價穩陣，其實兩者並無必然關係。",
        "投資者揀選收息股時，除了看息率，更要看公司的盈利能否持續。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline) == ("財經專欄", "收息股不等於穩陣股")


def test_a_numbered_item_opens_a_paragraph_of_its_own_even_after_a_colon():
    """一、 （spaced out by the extraction or not) opens an item of a list: the text announcing it (…如下：) does not
    run on into it, nor does one item into the next."""
    ed = parse_text("\n\n".join([
        "某路段下月起实施临时交通管制",
        "本报讯 为保障某大道改造工程顺利实施，决定对县城部分路段实施临时交通管制。现 将 有 关 事 项 公 告 如下：",
        "一 、 管 制 时 间 ：每日7时至19时，其余时段恢复通行",
        "二、管制路段：某大道北半幅道路，途经车辆请绕行",
        "三、请过往车辆和行人服从现场交通民警指挥。"]) + "\n")
    (a,) = ed.articles
    assert len(a.paragraphs) == 4, a.paragraphs
    assert [p[:2] for p in a.paragraphs[1:]] == ["一、", "二、", "三、"]  # (the extraction's spaces dropped)


def test_short_clauses_each_closing_on_a_semicolon_are_items_of_a_series():
    """A decision's appointments set a line each, each closing on ；, the last on 。 and opening as the one before
    it: paragraphs of their own. A paragraph cut after a semicolon at a column's foot still runs on."""
    ed = parse_text("\n\n".join([
        "省人大常委会任免一批干部",
        "本报讯 省人大常委会会议昨日闭幕。会议经表决，决定任免下列人员。",
        "任命甲某某为某某局局长；", "任命乙某某为某某厅副厅长；", "免去丙某某的某某局局长职务；",
        "免去丁某某的某某厅副厅长职务，退休。",
        "会议还审议通过了多项地方性法规，将于明年起施行，有关部门要抓好宣传解读；",
        "各地要结合实际制定配套措施，确保法规落地见效，切实保障群众的合法权益。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[1:5] == ("任命甲某某为某某局局长；", "任命乙某某为某某厅副厅长；", "免去丙某某的某某局局长职务；",
                                 "免去丁某某的某某厅副厅长职务，退休。"), a.paragraphs
    assert a.paragraphs[5].endswith("合法权益。") and len(a.paragraphs) == 6


def test_a_writer_signing_after_the_title_with_hong_kong_s_colon_is_a_byline():
    """文︰X glued to its title (︰, the colon Hong Kong papers set): the title, and the writer's byline."""
    ed = parse_text("\n\n".join([
        "老街的舊書攤文︰某某", "街角那個舊書攤，已經擺了三十多年，攤主每天早上七點就把書一箱一箱搬出來。",
        "後來街坊都說，攤主記得每一位老顧客愛看甚麼書，比圖書館的電腦還要準。"]) + "\n")
    (a,) = ed.articles
    assert (a.headline, a.bylines) == ("老街的舊書攤", ("文︰某某",))


def test_questions_each_answered_in_a_paragraph_under_a_label_are_items_of_their_own():
    """A box of questions (问答 label, then a question over one paragraph, three times and more): the first question
    is a headline as every other one is, so each question heads an item; an explainer's questions under a headline
    that asks nothing stay its crossheads."""
    qa = ["科普问答", "为什么冬天容易起静电？", "冬季空气干燥，电荷不容易散失，手碰到金属门把手时便会放电。",
          "水管为什么会被冻裂？", "水结冰时体积膨胀约十分之一，向外挤压管壁，管壁承受不住就会开裂。",
          "雾和霾有什么不同？", "雾由微小水滴组成，多呈乳白色；霾由细小颗粒物组成，多呈灰黄色。"]
    ed = parse_text("\n\n".join(qa) + "\n")
    assert [a.headline for a in ed.articles] == ["为什么冬天容易起静电？", "水管为什么会被冻裂？", "雾和霾有什么不同？"]
    assert all(len(a.paragraphs) == 1 for a in ed.articles) and ed.articles[0].rubric == "科普问答"
    explainer = ["以旧换新补贴三问", "本报讯 今年起，我市继续实施以旧换新补贴政策，市商务局相关负责人解读了市民关心的问题。"] + qa[1:]
    (story,) = parse_text("\n\n".join(explainer) + "\n").articles
    assert story.headline == "以旧换新补贴三问" and len(story.crossheads) == 3


def test_a_glossary_box_label_heads_its_own_box():
    """名词解释 after a story's last section heads the box of terms under it, no crosshead of the story."""
    ed = parse_text("\n\n".join([
        "某大学团队研制新型光催化薄膜", "本报记者　某某",
        "一块巴掌大小的薄膜平放在浅水槽里，阳光照上去，膜的表面很快冒出一串串细小的气泡。", "向绿叶“偷师”",
        "绿色植物通过光合作用把二氧化碳和水变成糖类，这个过程已经在地球上运转了数十亿年。",
        "团队模仿叶片的分工，让吸收光、分离电荷和发生反应各由一层材料负责。", "从实验室走向屋顶",
        "与传统制氢方式相比，这种薄膜在常温常压下就能工作，结构简单，便于铺设。",
        "团队负责人介绍，这种薄膜在户外已经连续运行超过一千小时，性能没有明显衰减。",
        "名词解释", "光催化剂：在光照下能够加快化学反应速度、而自身在反应前后基本不变的材料。",
        "转化效率：燃料中储存的化学能与照射到器件上的太阳能之比，是衡量器件性能的关键指标。"]) + "\n")
    story, box = ed.articles
    assert len(story.crossheads) == 2 and len(story.paragraphs) == 7
    assert box.headline == "名词解释" and len(box.paragraphs) == 2


def test_a_card_field_alone_over_the_lines_it_lists_and_a_notebook_label_glued_to_its_title():
    """荣誉： alone in a profile card, the honours under it a line each: the card's text; 记者手记 glued in one block to
    the title under the card labels the next column, whose title it is."""
    ed = parse_text("\n\n".join([
        "人物名片", "姓名：某某某", "出生：1955年，某县人", "荣誉：", "市工艺美术大师", "市级非遗代表性传承人",
        "记者手记慢下来的手艺", "采访那天下午，记者在作坊里坐了三个多小时，他话不多，手上的锤子却一刻没停。",
        "守护老手艺，不只需要传承人的坚持，也需要更多人愿意停下脚步。"]) + "\n")
    card, notes = ed.articles
    assert card.headline == "人物名片" and card.paragraphs[2:] == ("荣誉：", "市工艺美术大师", "市级非遗代表性传承人")
    assert (notes.rubric, notes.headline, len(notes.paragraphs)) == ("记者手记", "慢下来的手艺", 2)


def test_a_listed_firm_and_its_stock_code_run_in_title_each_notice_in_a_box_of_them():
    """Under a box's label (公司公告), each notice opens with the firm's name and its six-figure code run in before
    its text: the code's end is the brief's title's end."""
    ed = parse_text("\n\n".join([
        "公司公告", "某某电子（603781）公司3月16日晚间公告称，2025年度利润分配方案为每10股派发现金红利2.6元（含税）。",
        "某某银行（601287）公司发布2025年度业绩快报，全年实现营业收入412.6亿元，同比增长5.3%。",
        "某某医疗（688306）公司控股股东计划自公告披露之日起6个月内增持公司股份，金额不低于5000万元。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某某电子（603781）", "某某银行（601287）", "某某医疗（688306）"]
    assert all(a.kind is Kind.BRIEF and a.paragraphs[0].startswith("公司") for a in ed.articles)


def test_a_crosshead_at_a_column_foot_over_a_first_line_that_opens_a_quotation_closed_in_the_next_column():
    """A crosshead, then its paragraph's first line alone at the column's foot (…的“开心), the next column closing
    the quotation (农场”位于…): one paragraph under the crosshead, no new story's headline and deck."""
    ed = parse_text("\n\n".join([
        "某市中小学建起校园小农场", "本报讯（记者 某某）拔萝卜、摘青菜、给果树剪枝，如今在某市不少中小学，劳动课已经从课本走进了田间地头。",
        "市教育局相关负责人介绍，全市已有一百多所学校建成劳动教育实践基地。", "菜地里的“大课堂”", "实验小学的“开心",
        "农场”位于教学楼北侧，原本是一片闲置的空地，如今种上了萝卜、青菜和草莓。",
        "学生们轮流值日浇水、除草，每个班都有自己的一小块责任田。", "老师都来“上地”",
        "在某市，劳动课不只是劳动老师的事，科学老师带着学生测土壤酸碱度。", "数学老师则让学生丈量菜畦，计算每块地的面积。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["菜地里的“大课堂”", "老师都来“上地”"]
    assert "实验小学的“开心农场”位于教学楼北侧，原本是一片闲置的空地，如今种上了萝卜、青菜和草莓。" in a.paragraphs


def test_a_sectioned_story_goes_on_past_a_photo_set_in_its_columns():
    """A story already cut into sections, a photo's caption and credit between two of them: the line after the
    credit is its next crosshead, not a new story's headline."""
    ed = parse_text("\n\n".join([
        "某市中小学建起校园小农场", "本报讯（记者 某某）拔萝卜、摘青菜、给果树剪枝，如今在某市不少中小学，劳动课已经从课本走进了田间地头。",
        "菜地成了课外教室", "实验小学的农场位于教学楼北侧，原本是一片闲置的空地，如今种上了萝卜、青菜和草莓。",
        "学生们轮流值日浇水、除草，每个班都有自己的一小块责任田。", "收获的蔬菜一部分送进学校食堂，一部分让学生带回家。",
        "12月14日，某市实验小学四年级学生在学校农场里收萝卜。通讯员 某某 摄",
        "老师都来上地", "在某市，劳动课不只是劳动老师的事，科学老师带着学生测土壤酸碱度。",
        "数学老师则让学生丈量菜畦，计算每块地的面积。", "家校社共同搭把手", "不少学校还把劳动教育延伸到家庭和社会。",
        "市教育局表示，下一步将评选一批劳动教育特色学校。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["菜地成了课外教室", "老师都来上地", "家校社共同搭把手"]
    assert a.photo_credits == ("通讯员 某某 摄",)


def test_on_a_page_of_dated_stories_a_short_comma_broken_line_in_one_story_s_text_is_no_headline():
    """Every story opens 本报讯 on this page: a short line broken by a comma between a dated story's text and text
    with no dateline of its own is that story's paragraph's first line cut at a column's foot, not a new headline;
    a comma-broken headline over a story that opens with its own dateline stays a headline."""
    ed = parse_text("\n\n".join([
        "某市地铁2号线今天开通试运营", "本报讯（记者 某某）今天上午10时，某市地铁2号线正式开通试运营，全线共设车站22座。",
        "记者昨天提前体验了2号线，列车采用6节编组，最高运行时速80公里。", "票价方面，2号线",
        "与1号线执行统一的里程分段计价标准，起步价2元，乘客可刷交通卡或扫码进站。",
        "小巷改造，民心就暖", "本报讯（记者 某甲）路面平整了，墙面清爽了，老城区18条背街小巷近日完成改造。",
        "据了解，改造工程共铺设沥青路面1.2万平方米，新增路灯210盏。"]) + "\n")
    metro, lanes = ed.articles
    assert len(metro.paragraphs) == 3 and metro.paragraphs[2].startswith("票价方面，2号线与1号线")
    assert lanes.headline == "小巷改造，民心就暖"


def test_a_wire_s_name_closing_a_story_s_last_paragraph_is_its_source_and_a_country_heads_each_world_brief():
    """（法新社） glued to the end of the last paragraph of a wire story that opened （某地3日讯）: the story's source
    (a byline), no photo's credit; under a box of world briefs' label each brief opens with its country set off by an
    ideographic space: that name is the brief's title (the first one too, a name's
    shape right under the label)."""
    ed = parse_text("\n\n".join([
        "某国央行两年来首次降息", "（某某堡3日讯）某国中央银行3日宣布，将基准利率下调25个基点至5.75%，为两年来首次降息。",
        "央行行长表示，央行将密切关注全球大宗商品价格和本国通胀走势，必要时进一步调整政策。",
        "消息公布后，该国货币兑美元一度下跌0.6%，股市主要指数则收涨1.2%。（法新社）",
        "国际简讯", "高兰达　首都一座有300年历史的钟楼经过四年修复，3日重新对外开放，吸引大批民众参观。",
        "乙国　国会3日以多数票通过法案，从明年7月起全面禁止在公共场所吸电子烟。"]) + "\n")
    story, first, second = ed.articles
    assert story.bylines == ("（法新社）",) and not story.photo_credits and len(story.paragraphs) == 3
    assert (first.rubric, first.headline, second.headline) == ("国际简讯", "高兰达", "乙国")


def test_a_hotline_label_over_readers_calls_labels_a_box_of_untitled_briefs_a_call_and_its_reply_each():
    """新闻热线, its number under it, over readers' calls (市民X来电：…, 网友“X”反映：…), each with the reply under it: a
    box of untitled briefs the label heads, a call and its reply each, none of them the story's before."""
    ed = parse_text("\n\n".join([
        "某社区网格员连夜寻回走失老人", "本报讯（记者 某某）3月14日晚，某社区一名七旬老人走失，网格员、民警和志愿者连夜寻找。",
        "15日下午，老人被找到时精神尚好，已由家属接回家中。", "新闻热线", "8816 6110（24小时）",
        "市民陈先生来电：他家住在某街道某小区，小区门口的路灯已经坏了半个多月，晚上出行很不方便。",
        "记者联系了某街道城管科，工作人员表示，已安排维修人员上门查看。",
        "网友“晚风”反映：某公园北门附近的共享单车乱停乱放，占用了盲道。",
        "记者联系了该单车企业区域负责人，对方称已派人清理。", "消防通道成了“停车场”",
        "近日，有读者向本报反映，某小区内的消防通道长期被私家车占用。"]) + "\n")
    story, first, second, last = ed.articles
    assert len(story.paragraphs) == 2 and last.headline == "消防通道成了“停车场”"
    assert (first.kind, first.rubric, first.headline, len(first.paragraphs)) == (Kind.BRIEF, "新闻热线", "", 2)
    assert second.paragraphs[0].startswith("网友") and len(second.paragraphs) == 2


def test_a_book_notice_s_details_set_as_fields_are_its_deck_and_a_listing_of_exhibitions_is_furniture():
    """Under 书讯, a book's title in 《》 over 作者：X　出版社：Y　定价：Z元: the details are the brief's deck, no writer's
    byline; under 展讯, each exhibition's name (某某——) over its fields (地点：…, 时间：…) is the listing's, furniture,
    and the story after it keeps its own headline."""
    ed = parse_text("\n\n".join([
        "书讯", "《江城旧事》", "作者：某某某　出版社：某某文艺出版社　定价：58元",
        "本书是作家的散文新集，收录了三十余篇写江城老街、码头和市井人物的文章。",
        "《古窑寻踪》", "作者：某某　出版社：某某人民出版社　定价：72元", "考古学者用十五年时间走访了省内四十余处古窑址，写成此书。",
        "展讯", "山水清音——", "明清书画精品展地点：某市美术馆", "时间：即日起至2027年1月10日", "匠心织锦——",
        "传统织绣艺术展地点：省非物质文化遗产馆", "时间：12月1日至2027年2月28日",
        "第五届小剧场戏剧节开幕", "本报讯（记者 某某）11月27日晚，第五届小剧场戏剧节在某剧场开幕，来自省内外的二十台剧目将陆续上演。"]) + "\n")
    first, second, story = ed.articles
    assert (first.kind, first.headline, first.subheadline, first.bylines) == (
        Kind.BRIEF, "《江城旧事》", "作者：某某某　出版社：某某文艺出版社　定价：58元", ())
    assert second.kind is Kind.BRIEF and story.headline == "第五届小剧场戏剧节开幕" and story.kicker is None
    furniture = [b.text for b in ed.furniture]
    assert "时间：即日起至2027年1月10日" in furniture and "山水清音——" in furniture


def test_a_numbered_crosshead_s_second_line_in_a_block_of_its_own_over_a_new_sentence_is_the_crosshead_s():
    """三、用好数字技术 | 提升治理效能 | 数字技术为…: a numbered crosshead wrapped onto a second block, the text under it
    opening a sentence of its own, is one crosshead; a piece under it that the text goes on from mid-sentence is
    the paragraph's first line."""
    ed = parse_text("\n\n".join([
        "坚持系统观念 提升基层治理效能", "基层是国家治理的最末梢，也是服务群众的最前沿，治理效能直接关系群众的获得感。",
        "一、把握治理的整体性", "基层治理涉及方方面面，党建、民生、安全、环境相互交织，牵一发而动全身。",
        "二、厘清权责关系", "基层干部常说，上面千条线，下面一根针，各类考核检查层层下压。",
        "三、用好数字技术", "提升治理效能", "数字技术为基层治理提供了新的工具，让数据多跑路、群众少跑腿。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["一、把握治理的整体性", "二、厘清权责关系", "三、用好数字技术提升治理效能"]


def test_a_doctor_s_card_fields_are_the_column_s_text_and_a_field_takes_its_wrapped_end_and_no_more():
    """Under a 名医坐诊 column's title, the doctor's card (专家：X, 职称：…, 擅长：…) is text, a line each; the 擅长 line
    wrapped onto a block of its own (…人工关节置换 | 手术) takes its end back, and the column's text after it opens a
    paragraph of its own."""
    ed = parse_text("\n\n".join([
        "名医坐诊", "膝盖“咔咔”响，是关节出问题了吗", "专家：某某某", "职称：某市人民医院骨科主任医师",
        "擅长：膝关节骨关节炎、半月板损伤等运动损伤的诊治及人工关节置换", "手术",
        "天气转冷以后，骨科门诊里因膝盖不适来就诊的中老年人明显多了起来，不少人说膝盖一动就响。",
        "专家提醒，中老年人保护膝关节，要注意控制体重，避免长时间爬楼梯和深蹲。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[:3] == ("专家：某某某", "职称：某市人民医院骨科主任医师", "擅长：膝关节骨关节炎、半月板损伤等运动损伤的诊治及人工关节置换手术")
    assert a.paragraphs[3].startswith("天气转冷以后") and len(a.paragraphs) == 5


def test_a_readers_column_label_its_editor_s_note_then_its_title_make_one_story_with_that_headline():
    """读者来论 (a column's label), 编者按：… (the editor's note), then the piece's title, its text and the reader's
    signature: one story, the label its rubric, the title its headline, the note its first paragraph; the label
    stays with its column (no series bar for the page's lead), and a line cut after 第 at a column's foot (…只是第 |
    一步，…) runs on into the next."""
    ed = parse_text("\n\n".join([
        "让老街区留住烟火气", "本报评论员", "老街区是一座城市的记忆，也是许多居民生活了几十年的家，改造要先听居民的意见。",
        "留住烟火气，首先要把居民的意见放在前面，让改造方案多一些商量、少一些拍板。",
        "读者来论", "编者按：本报上月刊发《小区充电难在哪》一文后，收到不少读者来信，今天选登其中一篇。",
        "小区充电桩，“装上”更要“管好”", "我所在的小区去年底装了二十个公共充电桩，解决了不少车主的难题。",
        "充电桩装上只是第", "一步，管好才是关键。我觉得，物业应当安排专人巡查，及时处理故障。", "读者 陈立新"]) + "\n")
    lead, letter = ed.articles
    assert lead.rubric is None and lead.headline == "让老街区留住烟火气"
    assert (letter.rubric, letter.headline) == ("读者来论", "小区充电桩，“装上”更要“管好”")
    assert letter.paragraphs[0].startswith("编者按：") and letter.paragraphs[2].startswith("充电桩装上只是第一步")
    assert not letter.crossheads and letter.bylines == ("读者 陈立新",)


def test_a_genre_label_glued_to_a_short_title_is_the_piece_s_rubric():
    """微小说 glued in one block to its two-character title (微小说找零): the genre's label cut off, the piece's rubric."""
    ed = parse_text("\n\n".join([
        "微小说找零", "文/某某某", "菜市场门口的修鞋摊，老周守了二十多年。那天傍晚，一个小姑娘递过来一双球鞋。",
        "“多少钱？”小姑娘问。老周看了看鞋底，说：“五块。”小姑娘掏出一张十元的纸币。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline, a.bylines) == ("微小说", "找零", ("文/某某某",))


def test_rows_of_a_rate_table_each_a_name_and_figures_only_are_the_page_s_data():
    """A rate table's rows dumped a block each, their cells run together (美元7.74807.8260): the page's data, none
    joined to the next nor taken for a headline over the story after them."""
    ed = parse_text("\n\n".join([
        "某国央行宣布減息", "【本報訊】某國中央銀行昨日宣布把基準利率下調0.25厘，是兩年來首次減息。",
        "外幣兌換價（港元）", "貨幣買入賣出", "美元7.74807.8260", "歐元8.39208.5710", "英鎊9.843010.0520",
        "日圓（每百）5.06405.2130", "某地暴雪封路　千人受困", "【本報訊】某國北部山區連日大雪，多條公路封閉，逾千名遊客受困。"]) + "\n")
    furniture = [b.text for b in ed.furniture]
    assert all(row in furniture for row in ("美元7.74807.8260", "歐元8.39208.5710", "日圓（每百）5.06405.2130"))
    assert [a.headline for a in ed.articles] == ["某国央行宣布減息", "某地暴雪封路　千人受困"]


def test_a_price_table_s_label_over_its_note_wrapped_on_two_lines_and_rows_ending_unchanged_are_its_data():
    """价格行情 over its note wrapped onto two lines, its header row and price rows, one ending 持平 (no change): the
    whole table is the page's data; the box of notices after it keeps its own titles."""
    ed = parse_text("\n\n".join([
        "某市平价菜网点今起营业", "晚报讯（记者 某某）今天起，全市二十个平价蔬菜网点开门营业，十五种常见蔬菜按低于市场价一成的价格销售。",
        "价格行情", "12月14日某农产品批发市场部分蔬菜均价（单", "位：元/斤）", "品种今日均价一周前涨跌",
        "大白菜1.000.75+0.25", "青菜1.901.40+0.50", "土豆1.301.30持平", "数据来源：某农产品批发市场信息中心",
        "停水通知", "因供水管网改造施工，12月17日9:00至18:00，城南片区将暂停供水，请相关用户提前做好储水准备。"]) + "\n")
    furniture = [b.text for b in ed.furniture]
    assert "价格行情" in furniture and "土豆1.301.30持平" in furniture
    assert [a.headline for a in ed.articles] == ["某市平价菜网点今起营业", "停水通知"]


def test_short_news_labels_a_box_of_briefs_each_under_its_own_title():
    """短新闻 over ■-led titles, each over its one paragraph: a box of briefs the label heads, no headline of its own
    joined to the first brief's title."""
    ed = parse_text("\n\n".join([
        "短新闻", "■县图书馆城关分馆开馆", "本报讯 县图书馆城关分馆昨日开馆，新增图书两万余册，市民可凭身份证免费借阅。",
        "■全县首条乡村骑行道通车", "本报讯 全长十八公里的乡村骑行道日前建成通车，串起沿线六个村庄。"]) + "\n")
    assert [(a.kind, a.rubric, a.headline) for a in ed.articles] == [
        (Kind.BRIEF, "短新闻", "■县图书馆城关分馆开馆"), (Kind.BRIEF, None, "■全县首条乡村骑行道通车")]


def test_a_lone_line_in_a_dated_story_sharing_its_words_with_both_sides_is_its_section_head():
    """本报讯 opens a match report; a lone line between its halves names the player both halves tell of, and the
    text under it has no dateline of its own: the story's one crosshead, not the headline of an untitled story."""
    ed = parse_text("\n\n".join([
        "某队主场力克对手", "本报讯（记者 某某）昨晚，某队主场迎战来访的对手，前锋周小峰开场十分钟便破门。",
        "上半场双方你来我往，某队凭借周小峰的进球领先一球进入中场休息。", "周小峰梅开二度定胜局",
        "易边再战，某队加强边路进攻。第58分钟，周小峰接队友传中头球破门，锁定胜局。",
        "赛后，某队主教练表示，球员执行了赛前布置的战术。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["周小峰梅开二度定胜局"]


def test_a_lone_line_in_a_dated_story_naming_what_its_deck_names_is_its_section_head():
    """The lone line shares its words with the story's deck, not its first paragraphs, and with the text under it."""
    ed = parse_text("\n\n".join([
        "新市镇首批公屋提早落成", "配套渡轮码头同步启用　居民盼加密班次",
        "本报讯（记者 某某）新市镇首批三幢公屋昨日落成，六千户明年三月起分批入住。",
        "房屋署表示，屋苑内的幼儿园和诊所将于入住前开放。", "渡轮码头同步启用",
        "对于居民关心的出行，运输署表示，新建的渡轮码头将同步启用，首阶段每半小时一班。",
        "区议员表示，欢迎码头启用，但希望繁忙时段加密班次。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["渡轮码头同步启用"]


def test_a_lone_line_after_a_dated_story_telling_nothing_of_it_heads_a_story_of_its_own():
    """The same shape, but the line names what the dated story before it never told: an undated story of its own."""
    ed = parse_text("\n\n".join([
        "某队主场力克对手", "本报讯（记者 某某）昨晚，某队主场迎战来访的对手，前锋周小峰开场十分钟便破门。",
        "上半场双方你来我往，某队凭借进球领先一球进入中场休息。", "长者乘车优惠延长申请",
        "长者乘车优惠的申请期延长一个月，合资格长者可到各区办事处办理。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某队主场力克对手", "长者乘车优惠延长申请"]


def test_a_caption_ending_in_an_agency_s_sent_line_gives_it_as_the_photo_s_credit():
    """…的防守。新华社发 (sent by the agency) at a caption's end is the photo's credit, the caption stays the story's."""
    ed = parse_text("\n\n".join([
        "某队主场力克对手", "11月22日，某队前锋周小峰（右）在比赛中摆脱对方后卫的防守。新华社发",
        "本报讯（记者 某某）昨晚，某队主场迎战来访的对手，前锋周小峰开场十分钟便破门。",
        "赛后，某队主教练表示，球员执行了赛前布置的战术。"]) + "\n")
    (a,) = ed.articles
    assert a.photo_credits == ("新华社发",) and a.headline == "某队主场力克对手"


def test_a_line_left_inside_an_open_quotation_at_a_column_foot_goes_on_in_the_text_under_it():
    """【某某】“以前 alone at a column's foot: a title never leaves a quotation open, so the line is the first of the
    paragraph the next column goes on with."""
    ed = parse_text("\n\n".join([
        "老城区跑出转型加速度", "本报讯（记者 某某）今年以来，某市推动传统制造业改造升级，成效明显。",
        "全市今年安排专项资金5.2亿元，支持企业研发。", "【营商环境】“以前",
        "跑审批要来回好几趟，现在一个窗口就办完了。”一位企业负责人说。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1] == "【营商环境】“以前跑审批要来回好几趟，现在一个窗口就办完了。”一位企业负责人说。"


def test_text_opening_on_a_verb_of_saying_and_a_comma_goes_on_from_the_line_before():
    """某县商务局负责人 | 表示，…: no sentence opens on 表示， with no one saying it; the line at the column's foot is
    the paragraph's first, no headline."""
    ed = parse_text("\n\n".join([
        "农产品冷链物流园投用", "本报讯（记者 某某）日前，某县农产品冷链物流园正式投用。",
        "物流园引进了全程追溯系统，温度数据实时上传。", "某县商务局负责人",
        "表示，冷链物流是农产品流通的短板，今后将继续加大投入。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1] == "某县商务局负责人表示，冷链物流是农产品流通的短板，今后将继续加大投入。"


def test_a_diamond_led_name_under_a_commentary_s_headline_is_its_byline_and_a_tour_series_tab_its_rubric():
    """◇ X under a commentary's headline signs it, as □ X does; 某某调研行 (a reporting tour's series tab) over a
    story's headline is its rubric."""
    ed = parse_text("\n\n".join([
        "经济观察", "让转型成为自觉选择", "◇ 柯某某", "在不少人的印象里，传统制造业意味着高耗能、低效益。",
        "转型不是一阵风，而是一场持久战。",
        "高质量发展调研行", "老工业城市跑出转型加速度", "本报讯（记者 某某）清晨，某市开发区的厂房里机器轰鸣。"]) + "\n")
    first, second = ed.articles
    assert (first.rubric, first.headline, first.bylines) == ("经济观察", "让转型成为自觉选择", ("◇ 柯某某",))
    assert (second.rubric, second.headline) == ("高质量发展调研行", "老工业城市跑出转型加速度")


def test_a_figure_cut_from_its_unit_at_a_column_foot_goes_on_in_the_next_column():
    """从价格区间看，10 | 万元至20万元…: no title ends on a figure whose unit opens the text under it."""
    ed = parse_text("\n\n".join([
        "全市新车销量稳步增长", "本报记者　某某", "记者从市商务局获悉，今年前10月全市新车销量达12.8万辆。",
        "从价格区间看，10", "万元至20万元的车型仍是全市车市的主力，占比近四成。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1] == "从价格区间看，10万元至20万元的车型仍是全市车市的主力，占比近四成。"


def test_one_priced_field_under_a_new_model_s_name_is_its_subheadline_not_a_table_row():
    """A box of new models, each its name, 指导价：X万元 and a paragraph: the price line is one field of the item
    (its subheadline), not a row of the page's tables, whatever its share of figures."""
    ed = parse_text("\n\n".join([
        "全市新车销量稳步增长", "本报讯（记者 某某）今年前10月全市新车销量达12.8万辆，同比增长一成。",
        "新车速递", "某某R6", "指导价：13.98万—16.58万元", "某某R6是一款纯电紧凑型SUV，续航里程520公里。",
        "某某E9", "指导价：26.88万元", "某某E9是一款增程式中大型MPV，采用2+2+2座椅布局。",
        "责任编辑：某某"]) + "\n")
    assert [(a.headline, a.subheadline) for a in ed.articles[1:]] == [
        ("某某R6", "指导价：13.98万—16.58万元"), ("某某E9", "指导价：26.88万元")]


def test_works_of_art_run_together_in_one_line_are_each_a_caption_and_their_artist_s_credit():
    """《甲》（国画）X《乙》（国画）X: two paintings' lines a dump ran together; each work's title and medium captions
    it, the painter's name after them credits it, as X 摄 credits a photo."""
    ed = parse_text("\n\n".join([
        "某某：半生笔墨写山岭", "文/某某某", "在画坛，提起某某，人们总会想起他笔下云雾缭绕的山岭。",
        "他每周仍有三天在工作室里教课，学费分文不收。", "《云岭烟雨》（国画）某某某《松石清泉》（国画）某某某",
        "展览预告", "青年书法展下周开幕", "由市书法家协会主办的青年书法展将于下周一开幕，展期两周。"]) + "\n")
    first = ed.articles[0]
    assert first.captions == ("《云岭烟雨》（国画）", "《松石清泉》（国画）")
    assert first.photo_credits == ("某某某", "某某某")


def test_a_works_line_read_from_a_pdf_page_parts_as_a_dumps_does():
    """On a PDF page the painter's name is set on the caption's line after the work's title and medium
    (《甲》（国画）　X): the line parts there as a dump's does, into the work's caption and its artist's credit."""
    from reader.parse import works
    from reader.parse.segment import Geometry

    text = "《云岭烟雨》（国画）　某某某"
    chunk = Chunk(text, (Piece(text, 1, 1),), geometry=Geometry(size=0.8, body_face=False))
    assert [c.text for c in works.parts(chunk)] == ["《云岭烟雨》（国画）", "某某某"]
    said = "《云岭烟雨》（国画）是他早年的代表作。"  # a sentence naming a work goes on whole
    assert [c.text for c in works.parts(Chunk(said, (Piece(said, 1, 1),), geometry=chunk.geometry))] == [said]


def test_a_lone_line_in_a_feature_its_writer_signs_sharing_words_with_both_sides_is_its_crosshead():
    """文/X under a feature's headline: a lone line between its paragraphs sharing words with the text before and
    after, over text with no credit of its own, is the feature's one section head."""
    ed = parse_text("\n\n".join([
        "某某：半生笔墨写山岭", "文/某某某", "在画坛，提起某某，人们总会想起他的笔墨和他笔下云雾缭绕的山岭。",
        "他每天清晨进山写生，四十年来攒下了四千多张画稿。", "笔墨当随时代",
        "在他看来，笔墨不是守旧的理由，画山要画今天的山。", "如今，他每周仍有三天在工作室里教课。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[k] for k in a.crossheads] == ["笔墨当随时代"]


def test_an_artist_s_resume_box_lists_its_fields_its_books_among_them():
    """艺术简历 over 出生：…, 出版：《甲》《乙》: a profile box's label over its fields, 出版： one of them (not a book's
    details, which name a publisher)."""
    ed = parse_text("\n\n".join([
        "某某：半生笔墨写山岭", "文/某某某", "在画坛，提起某某，人们总会想起他笔下云雾缭绕的山岭。",
        "艺术简历", "出生：1956年生于某市", "现任：某市美术家协会名誉主席", "出版：《云岭写生集》《山水画选》等"]) + "\n")
    box = ed.articles[-1]
    assert box.headline == "艺术简历" and box.paragraphs[-1] == "出版：《云岭写生集》《山水画选》等"


def test_a_poem_under_its_title_and_its_poet_s_bare_name_keeps_each_line_its_own():
    """A 副刊 poem set a line a block under its title and the poet's name alone (no ◎): the short lines are verse,
    each a line of its own, neither read as one column's printed lines run together nor as headlines."""
    verse = ["海风把船票吹皱了", "我把它折成一只鸟", "放进大衣的口袋", "陪我渡过这一程", "对岸的灯一盏盏亮起",
             "像有人在窗前数着", "我们离家的年月", "一年，又一年", "汽笛响了三声", "码头上没有人挥手"]
    ed = parse_text("\n\n".join([
        "城市笔记", "电车站旁的报摊", "文：某某", "街角的报摊开了四十年，老板每天清晨五点就来开档。",
        "渡轮上的冬天", "钟　晴", *verse,
        "阿婶的例汤", "何小渔", "阿婶煲汤，从来不看食谱，火候全凭一双手。"]) + "\n")
    poem = next(a for a in ed.articles if a.headline == "渡轮上的冬天")
    assert list(poem.paragraphs) == verse


def test_a_brief_closing_on_its_source_in_brackets_has_ended_and_the_next_title_heads_the_next():
    """…出口。（据《某某日报》） closes a brief: the paragraph has ended, the short line after it is the next brief's
    title, not a piece joined on."""
    ed = parse_text("\n\n".join([
        "科技快讯", "某型着陆器完成万米海试", "近日，某研究院研制的着陆器完成万米海试，各项指标达到设计要求。（据《某某日报》）",
        "小麦抗旱基因研究获新进展", "某农业科学院研究团队在小麦中发现一个抗旱基因，相关成果已发表。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某型着陆器完成万米海试", "小麦抗旱基因研究获新进展"]


def test_a_credit_read_before_its_caption_in_one_block_leaves_the_caption_a_caption():
    """受访单位供图 then 某涂层修复过程示意图 in one block (the credit set at the caption's right end, read first): the
    rest of the block is the picture's caption, not a headline."""
    ed = parse_text("\n\n".join([
        "风电叶片有了自愈皮肤", "本报讯（记者 某某）某大学团队研发出一种可自我修复的涂层，已在近海风场试用。",
        "团队在涂层中加入微胶囊，裂纹出现时胶囊破裂，修补剂流出填满裂纹。", "受访单位供图某涂层修复过程示意图",
        "专家解读", "自修复材料离日常生活有多远", "本报记者 某某", "记者：什么样的材料可以称为自修复材料？"]) + "\n")
    first = ed.articles[0]
    assert first.captions == ("某涂层修复过程示意图",) and first.photo_credits == ("受访单位供图",)
    assert (ed.articles[1].rubric, ed.articles[1].headline) == ("专家解读", "自修复材料离日常生活有多远")


def test_a_name_cut_at_a_column_foot_goes_on_where_its_last_character_and_a_verb_of_saying_open_the_next():
    """县图书馆馆长周文 | 洁介绍，…: one character then 介绍， opens no sentence (他介绍， and 据介绍， do): the name's
    end, the line at the column's foot the paragraph's first."""
    ed = parse_text("\n\n".join([
        "县图书馆流动书屋开进20个村", "本报讯（通讯员 某某）近日，县图书馆流动书屋开进全县20个村。",
        "为让图书流动起来，县图书馆每季度为各借阅点更换一次图书。", "县图书馆馆长周文",
        "洁介绍，明年将在现有基础上再增加10个借阅点。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1] == "县图书馆馆长周文洁介绍，明年将在现有基础上再增加10个借阅点。"


def test_a_box_of_local_faxes_labels_briefs_each_titled_by_its_town_and_a_call_for_work_is_furniture_to_its_signer():
    """乡镇传真 over items led by a town and a colon: a box of briefs, the town each one's title; 征稿启事, its terms a
    line a block, where to send the work and the desk signing it: the page's furniture, none joined to a story."""
    terms = ["为更好地反映全县各乡镇、各部门的工作动态和基", "层群众生产生活，本报综合新闻版面向社会长期",
             "征集新闻稿件和新闻图片。来稿要求内容真实、文字", "简练，图片请注明拍摄时间、地点和人物。",
             "请注明作者姓名、工作单位和联系电话。文责自", "负，请勿一稿多投。一经采用，即付稿酬。"]
    ed = parse_text("\n\n".join([
        "城乡公交开进山区", "本报讯（通讯员 某某）12月12日，县城至青溪乡的城乡公交线路正式开通。",
        "乡镇传真", "某港镇：近日，某港镇组织农技人员深入田间地头，指导农户做好冬季田间管理。",
        "某溪乡：某溪乡日前举办首期农村电商培训班，60余名村民参加培训。",
        "征稿启事", *terms, "投稿地址：某县城关镇文昌路16号", "联系电话：0795-66123309", "某某报社编辑部"]) + "\n")
    assert [a.headline for a in ed.articles] == ["城乡公交开进山区", "某港镇：", "某溪乡："]
    assert ed.articles[1].rubric == "乡镇传真"
    furniture = [b.text for b in ed.furniture]
    assert all(t in furniture for t in terms) and "某某报社编辑部" in furniture


def test_a_told_to_byline_names_the_teller_and_the_writer_and_stays_one_line():
    """口述/X　整理/本报记者 Y under a first-person story's headline: one byline naming both."""
    ed = parse_text("\n\n".join([
        "志愿者故事", "陪孩子们读书的第六个冬天", "口述/林某某　整理/本报记者 付某某",
        "我是一名银行职员，也是市图书馆的一名阅读志愿者。", "现在，我们的志愿者团队已经从最初的五个人发展到四十多人。"]) + "\n")
    (a,) = ed.articles
    assert a.bylines == ("口述/林某某　整理/本报记者 付某某",) and a.headline == "陪孩子们读书的第六个冬天"


def test_a_list_of_donors_and_its_thanks_is_the_page_s_data_and_a_missing_person_notice_with_its_number_is_furniture():
    """爱心榜 over rows each a donor and an amount in 元, closed by 感谢以上…！: a table, the page's data, no headline
    group over the next story; 寻人启事 over its long text giving a number to call: a notice, no story's text."""
    rows = ["某某建材有限公司50000元", "某区商会30000元", "某某小学全体教职工12680元", "周某某8000元", "某社区居民3260元"]
    ed = parse_text("\n\n".join([
        "小橘灯照亮老街坊的日常", "本报讯（记者 某某）十年来，某街道小橘灯志愿服务队上门服务独居老人三万余人次。",
        "爱心榜", *rows, "感谢以上爱心单位和个人！",
        "公益提示", "献爱心要认准正规渠道", "近期，有市民反映在社交平台上看到以救助为名的募捐信息，真假难辨。",
        "寻人启事", "何某某，男，78岁，身高约1.65米，12月1日上午从家中走失，走失时身穿深蓝色棉衣、黑色裤子，"
                  "患有阿尔茨海默病，记忆力差，口音为本地口音。如有知情者请与家属联系，必定当面致谢！联系电话：136 2190 4475"
                  "（何先生）"]) + "\n")
    furniture = [b.text for b in ed.furniture]
    assert all(r in furniture for r in rows) and "感谢以上爱心单位和个人！" in furniture
    assert [(a.rubric, a.headline) for a in ed.articles] == [(None, "小橘灯照亮老街坊的日常"), ("公益提示", "献爱心要认准正规渠道")]
    assert ed.articles[1].paragraphs == ("近期，有市民反映在社交平台上看到以救助为名的募捐信息，真假难辨。",)


def test_a_meeting_kicker_run_into_its_headline_with_no_space_is_cut_after_its_verb_of_saying():
    """…会议　某某主持并强调聚力攻坚…: the kicker closes on 主持并强调, the headline after it, though the dump ran the
    two lines together with no space."""
    ed = parse_text("\n\n".join([
        "市委常委会召开会议研究部署一季度经济运行工作　某某某主持并强调聚力攻坚重大项目　全力推动经济回升向好",
        "本报讯（记者 某某）4月15日下午，市委常委会召开会议，听取全市一季度经济运行情况汇报。"]) + "\n")
    (a,) = ed.articles
    assert (a.kicker, a.headline) == ("市委常委会召开会议研究部署一季度经济运行工作　某某某主持并强调", "聚力攻坚重大项目　全力推动经济回升向好")


def test_a_commentators_tab_after_a_dated_story_heads_the_commentary_under_it():
    """本报评论员 alone after a dated story's text and over a headline: the commentary's tab, its rubric, not the dated
    story's byline."""
    ed = parse_text("\n\n".join([
        "物流园一期投入运营", "本报讯（通讯员 某某）4月15日，某港综合物流园一期投入运营，年吞吐能力达800万吨。",
        "本报评论员", "以项目建设加速度夯实发展硬支撑", "项目是经济发展的压舱石。一季度全市经济实现良好开局。"]) + "\n")
    first, second = ed.articles
    assert not first.bylines and (second.rubric, second.headline) == ("本报评论员", "以项目建设加速度夯实发展硬支撑")


def test_a_bracketed_photo_credit_cut_after_its_name_is_joined_and_given_to_the_photo():
    """…造势。（记者梁某某 | 摄）: the credit's bracket cut at the caption's line end, its close on the next block; the
    halves are one credit, the caption's, nothing joined to the story's text."""
    ed = parse_text("\n\n".join([
        "某片终章昨开镜", "记者 关某某 报道", "祁某某（中）与施某某（左）昨日出席开镜仪式，为新片造势。（记者梁某某",
        "摄）", "警匪动作片系列《某某行动》终章昨日开镜，剧组将赴北岭拍摄四十天。"]) + "\n")
    (a,) = ed.articles
    assert a.photo_credits == ("（记者梁某某摄）",)
    assert a.paragraphs == ("警匪动作片系列《某某行动》终章昨日开镜，剧组将赴北岭拍摄四十天。",)


def test_a_photo_news_title_run_into_its_caption_is_cut_off_as_its_headline():
    """图片新闻 over 某地柑橘丰收上市　11月16日，…: the photo's title run in before its caption, a full-width space
    apart, is the photo item's headline."""
    ed = parse_text("\n\n".join([
        "某县农田水利项目全面开工", "本报讯（通讯员 某某）11月15日，某县38个农田水利项目集中开工。",
        "图片新闻", "某江柑橘丰收上市　11月16日，某县某镇的果农在橘园里采摘柑橘。", "记者 苗某某 摄",
        "某县老旧小区改造惠及四千余户", "本报讯（记者 某某）今年某县改造老旧小区32个，惠及居民4300余户。"]) + "\n")
    photo = ed.articles[1]
    assert (photo.rubric, photo.headline, photo.captions) == ("图片新闻", "某江柑橘丰收上市", ("11月16日，某县某镇的果农在橘园里采摘柑橘。",))


def test_briefs_led_by_a_county_and_a_dash_are_titled_by_it_a_space_after_the_dash_or_none():
    """基层动态 over 某县—— 近日，… and 某县——11 月以来，…: each brief titled by its county and the dash."""
    ed = parse_text("\n\n".join([
        "某县老旧小区改造惠及四千余户", "本报讯（记者 某某）今年某县改造老旧小区32个，惠及居民4300余户。",
        "基层动态", "梓某县—— 近日，该县为全县156个村配备了村级应急救援器材。",
        "苕某县——11 月以来，该县组织120名农技人员深入田间地头指导冬种。"]) + "\n")
    assert [a.headline for a in ed.articles[1:]] == ["梓某县——", "苕某县——"]


def test_a_news_glossary_label_over_a_term_is_the_term_s_rubric():
    """新聞小辭典 (or 新聞辭典) over a term and its gloss: the box's label is its rubric, the term its headline."""
    for label in ("新聞小辭典", "新聞辭典"):
        ed = parse_text("\n\n".join([
            "某國內閣總辭", "〔國際新聞中心／綜合報導〕某國總理9日宣布內閣總辭，示威已持續3日。",
            label, "麵包補貼", "某國政府長年以財政補貼壓低麵包售價，每年支出約占預算的4%。"]) + "\n")
        box = ed.articles[-1]
        assert (box.rubric, box.headline) == (label, "麵包補貼")


def test_a_line_ending_on_a_preposition_goes_on_in_the_text_under_it():
    """…抵達機場時對 | 記者說，…: no title ends on a preposition (对, 從, 與, 向), however short the line."""
    ed = parse_text("\n\n".join([
        "某國外長緊急訪日", "〔中央社東京9日綜合外電報導〕某國外長9日抵達東京，盼日本援助小麥10萬噸。",
        "某國外交部表示，援助將以人道物資形式提供。", "外長抵達機場時對",
        "記者說，國內局勢「雖然嚴峻，但仍在控制之中」。"]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs[-1] == "外長抵達機場時對記者說，國內局勢「雖然嚴峻，但仍在控制之中」。"


def test_a_weekly_s_cover_story_tab_glued_to_its_headline_and_a_writer_and_photographer_byline():
    """周刊 over 第512期 at the page's top is its header band (no name, no headline); 封面故事 glued to the headline
    is its rubric; 文/本报记者 X　摄影/本报记者 Y is one byline naming both."""
    ed = parse_text("\n\n".join([
        "周刊", "第512期", "某州日报092027年3月13日　星期六", "责任编辑：某某　美术编辑：某某",
        "封面故事一趟慢火车和它停靠的十七个小站", "文/本报记者 葛某某　摄影/本报记者 邵某某",
        "早上6点40分，某州北站第三站台。一列绿色的慢火车静静停着。",
        "这趟车已经运行了四十二年，沿途停靠十七个小站。"]) + "\n")
    (a,) = ed.articles
    assert (a.rubric, a.headline, a.bylines) == ("封面故事", "一趟慢火车和它停靠的十七个小站",
                                                 ("文/本报记者 葛某某　摄影/本报记者 邵某某",))
    assert "周刊" in [b.text for b in ed.furniture]


def test_a_weather_box_named_for_its_town_with_its_temperature_wind_and_air_lines_is_furniture():
    """某川天气 over 今天多云转小雨, 气温2℃～9℃, 风力东北风3～4级, 空气良: the weather box, the page's furniture; the
    tips box after it keeps its label as its headline."""
    lines = ["某川天气", "今天多云转小雨", "气温2℃～9℃", "风力东北风3～4级", "空气良"]
    ed = parse_text("\n\n".join([
        "年货采购有了新路子", "本报讯（记者 某某）春节临近，年货市场进入销售旺季。", *lines,
        "生活小贴士", "①选购腊肉、香肠等腌腊制品时，应挑选色泽鲜亮、没有异味的产品。",
        "②冷冻食品买回家后要尽快放入冰箱。"]) + "\n")
    furniture = [b.text for b in ed.furniture]
    assert all(t in furniture for t in lines)
    assert [a.headline for a in ed.articles] == ["年货采购有了新路子", "生活小贴士"]


def test_an_interview_turn_led_by_the_speaker_s_surname_alone_cut_at_a_column_foot_goes_on():
    """记者：… | 葛：… turns, one of them cut at a column's foot (葛：我觉得每个演员 | 身上都…): the piece opens with
    the surname and colon that open the other turns, a turn cut short, not a headline."""
    ed = parse_text("\n\n".join([
        "某片首映千余观众到场", "本报讯（记者 某某）昨晚，电影《某港来信》在市文化中心首映，千余名观众到场观看。",
        "明星访谈", "葛某某：演一个不说话的人，我学会了听", "记者：这个角色几乎没有台词，您是怎么准备的？",
        "葛：我去聋哑学校待了一个月，跟孩子们一起上课。", "记者：拍戏时最难的是哪一场？",
        "葛：是最后一场哭戏，没有一句台词，只能靠眼神。", "记者：拍完这部戏，您最大的收获是什么？",
        "葛：我觉得每个演员", "身上都该有一点安静的东西，这部戏让我找到了它。", "（记者 苏某某）"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某片首映千余观众到场", "葛某某：演一个不说话的人，我学会了听"]
    assert "葛：我觉得每个演员身上都该有一点安静的东西，这部戏让我找到了它。" in ed.articles[1].paragraphs


def test_a_clause_cut_mid_word_under_a_long_crosshead_opens_the_next_paragraph():
    ed = parse_text("\n\n".join([
        "老旧管网改造进入收尾阶段", "本报记者 甲乙丙",
        "全市今年计划改造老旧供水管网一百二十公里，目前已完成九成以上，剩余工程将在月底前完工。",
        "改造涉及八十多个小区，市里为此成立了专班，每周调度一次工程进度。",
        "夜间施工减少对居民影响",  # a crosshead longer than a section's name (案情回顾)
        "为减少扰民，施工单位把作业放到夜",
        "间进行，并提前三天在小区公告栏张贴通知。居民普遍表示理解。",
        "管网改造后水压更稳",
        "改造完成的小区，居民家中水压明显提高，高层住户不再需要错峰用水。",
        "供水部门表示，明年将继续推进二次供水设施改造。"]) + "\n")
    (a,) = ed.articles
    assert len(a.crossheads) == 2 and a.paragraphs[3].startswith("为减少扰民，施工单位把作业放到夜间进行")


def test_the_folio_and_section_under_a_front_pages_masthead_lines_is_the_page_header():
    """A front page's masthead runs many lines (the paper's name, its Latin name, the organ line, CN and 邮发代号,
    the date, the weather, the hotline); the folio and section line under them (A01　要闻) is still the page's
    header band, no kicker of the lead story."""
    ed = parse_text("\n\n".join([
        "某州日报", "中共某州市委机关报", "邮发代号　37-18", "国内统一连续出版物号　CN 39-0017",
        "2027年4月8日　星期四", "天气：多云转阵雨　13℃～22℃", "新闻热线", "0597-8861 2345", "A01　要闻",
        "一季度全市重大项目集中开工", "本报讯　4月7日，记者从市统计局获悉，一季度全市经济开局稳中有进。",
        "项目建设是稳增长的压舱石，一季度全市共有重大项目集中开工。"]) + "\n")
    assert any(b.text == "A01　要闻" and b.role is Role.PAGE_HEADER for b in ed.furniture)
    [story] = ed.articles
    assert story.kicker is None and story.headline == "一季度全市重大项目集中开工"


def test_a_comments_bare_label_under_a_headline_heads_a_group_of_its_own():
    """短评, 社论, 快评 alone on a line are a comment's tab: a headline line over one belongs to something else, the
    label heads the comment's own headline."""
    ed = parse_text("\n\n".join([
        "某县首批共富工坊挂牌", "本报讯（通讯员 严某）日前，某县首批28家共富工坊挂牌运营。", "走进竹编工坊，村民正围坐在一起编织竹篮。",
        "城北图书馆开门迎客", "短评", "让项目快跑", "一季度的成绩单来之不易。越是开局关键期，越要把快字落到实处。",
        "■ 辛某"]) + "\n")
    comment = next(a for a in ed.articles if a.headline == "让项目快跑")
    assert comment.rubric == "短评" and comment.kicker is None


def test_a_set_of_numbered_crossheads_glued_to_the_paragraphs_before_them_is_cut_off():
    """A dump glues each numbered crosshead to the end of the paragraph over it (…抱团接单。二、技改扩能，中小企业练就
    “独门绝技”): where a set of them is glued so, each is cut off as the section's head; a list's one item cut at
    the column's end on a comma is not."""
    ed = parse_text("\n\n".join([
        "某市链主企业带动配套企业抱团发展", "本报讯 近日，记者走访了某市多家制造企业。一、“链主”搭台，配套企业抱团接单",
        "去年以来，某市围绕三条重点产业链，梳理链主企业的配套需求。二、技改扩能，中小企业练就“独门绝技”",
        "配套订单增加，倒逼中小企业加快技术改造，产品合格率大幅提升。"]) + "\n")
    [story] = ed.articles
    assert [story.paragraphs[k] for k in story.crossheads] == ["一、“链主”搭台，配套企业抱团接单", "二、技改扩能，中小企业练就“独门绝技”"]
    assert story.paragraphs[0] == "本报讯 近日，记者走访了某市多家制造企业。"
    one = parse_text("\n\n".join([
        "某市部署春耕生产", "本报讯 市政府日前召开会议，部署三项工作。一、加强组织领导，",
        "压实各级责任，确保全年粮食播种面积稳定。"]) + "\n")
    assert one.articles[0].crossheads == ()


def test_a_comma_broken_headline_under_a_columns_label_over_its_writer_is_a_headline():
    """财经观察 | 县域消费回暖，要靠“接得住”的供给 | 本报评论员 X: the line under the column's label, over the byline
    that opens the column, is its headline even where its last words could not end a title; under a story's text
    such a piece is a paragraph's."""
    ed = parse_text("\n\n".join([
        "某县首批共富工坊挂牌", "本报讯（通讯员 严某）日前，某县首批28家共富工坊挂牌运营。", "走进竹编工坊，村民正围坐在一起编织竹篮。",
        "财经观察", "县域消费回暖，要靠“接得住”的供给", "本报评论员　乔某",
        "一季度，全省社会消费品零售总额同比增长，县域市场增速快于城市。", "也要看到，县域消费回暖的基础还不够牢。"]) + "\n")
    column = ed.articles[-1]
    assert column.rubric == "财经观察" and column.headline == "县域消费回暖，要靠“接得住”的供给"
    assert column.paragraphs[0].startswith("一季度")


def test_a_serials_title_and_its_writer_signed_with_a_circle_on_one_line_part():
    """连载 | 《书名》◎X: the serial's title and its writer, one line in the dump, part into headline and byline."""
    ed = parse_text("\n\n".join([
        "连载", "《白鹭洲》◎叶某", "第十二章　涨水", "入夜以后，雨一直没有停。河水涨过了石埠头，漫上了河街。",
        "表舅提着马灯出门，说要去看看渡口的船。"]) + "\n")
    [serial] = ed.articles
    assert serial.headline == "《白鹭洲》" and serial.bylines == ("◎叶某",)


def test_a_box_label_printed_after_its_titled_items_makes_them_briefs():
    """国内简讯 read after the box's items (content-stream order), each a bold title over one undated paragraph: the
    items are the box's briefs; a dated story before them stays an article."""
    from reader.model import Kind
    ed = parse_text("\n\n".join([
        "某市启动高校毕业生就业服务月", "据新华社某市3月8日电 某市日前启动高校毕业生就业服务月活动。",
        "活动期间将举办专场招聘会120场。", "某高铁站改扩建工程开工", "某高铁站改扩建工程日前开工建设，预计明年底完工。",
        "某古城墙修缮工程启动", "始建于明代的古城墙修缮保护工程日前启动，工期约八个月。", "国内简讯",
        "责编：某某　版式设计：某某"]) + "\n")
    assert [a.kind for a in ed.articles] == [Kind.ARTICLE, Kind.BRIEF, Kind.BRIEF]


def test_a_features_first_crosshead_after_its_photos_credit_is_a_crosshead_when_more_follow():
    """A feature's intro, its photos' captions and their one credit, then its first crosshead: the credit closes
    no story where the next lone line heads a section and more sections follow it (a crosshead two units on)."""
    ed = parse_text("\n\n".join([
        "窑火重燃古镇", "文/本报记者　林某", "古镇依山傍溪，自宋代起便以烧制青瓷闻名，镇上的龙窑沉寂了二十余年。",
        "4月12日清晨，古镇龙窑点火复烧，窑工在窑口添柴。", "本版图片均由本报记者 某某 摄",
        "老窑又冒烟了", "清晨六点，天刚蒙蒙亮，窑工们已经在窑口忙碌起来，松柴一捆捆码得整整齐齐。",
        "这是今年开春以来龙窑第三次点火，每一窑都要烧上两天两夜。",
        "年轻人回来了", "龙窑复烧，也把在外打工的年轻人吸引了回来，镇上新开了十几家作坊。",
        "她们把传统器型和年轻人的审美结合起来，做出的茶盏很受欢迎。"]) + "\n")
    [feature] = ed.articles
    assert [feature.paragraphs[k] for k in feature.crossheads] == ["老窑又冒烟了", "年轻人回来了"]


def test_under_a_box_label_a_brief_title_run_in_before_a_clause_cut_at_the_line_end_is_cut_off():
    """校园简讯 | 某县中学生篮球联赛开赛　5月8日，2027年某县中学生篮球联 | 赛在县体育馆开幕，…: the brief's title run
    in before a clause of its text that goes on in the next block is cut off: each brief is its own."""
    ed = parse_text("\n\n".join([
        "校园简讯", "某中学举办“职业体验周”　5月6日至10日，某中学举办职业体验周，邀请二十多个行业的家长进校园。",
        "某县中学生篮球联赛开赛　5月8日，2027年某县中学生篮球联", "赛在县体育馆开幕，来自全县16所中学的32支球队参赛。",
        "某附小“自然教室”启用　近日，某附小利用校园空地建成自然教室，学生在这里观察植物。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某中学举办“职业体验周”", "某县中学生篮球联赛开赛", "某附小“自然教室”启用"]
    assert ed.articles[1].paragraphs == ("5月8日，2027年某县中学生篮球联赛在县体育馆开幕，来自全县16所中学的32支球队参赛。",)


def test_an_events_listing_under_its_label_of_slash_parted_rows_is_furniture():
    """活動訊息 over rows of ■name／date／place／time (each row cut over two blocks): the page's listing, no story's
    headlines."""
    ed = parse_text("\n\n".join([
        "老街騎樓打通　行人免走車道", "〔記者某某／某市報導〕老街騎樓整平工程昨天完工，行人不必再走到車道上。",
        "活動訊息", "■老照片展／3月20日至4月30日／某", "鎮舊倉庫第3棟／上午9時至下午5時", "■春茶品茗會／3月22日（六）／某鄉農會展售",
        "中心／上午10時至下午4時", "竹溪春茶開採　茶農盼好價", "〔記者某某／某鄉報導〕春茶昨天開採，茶農估計今年產量增加兩成。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["老街騎樓打通　行人免走車道", "竹溪春茶開採　茶農盼好價"]
    assert any(b.text == "活動訊息" for b in ed.furniture)


def test_a_notebook_label_glued_to_a_title_in_two_phrases_and_a_line_under_a_crosshead_set_like_the_others():
    """记者手记 glued to a title of two phrases an ideographic space apart heads the notebook after the story; and
    under a third crosshead set in phrases like the story's two before it, a short line with no end is its
    section's first printed line (a crosshead carries no deck), joined to the text under it."""
    ed = parse_text("\n\n".join([
        "老楼加装电梯难在哪里", "本报记者　某某",
        "每天上午，家住某小区6楼的老人都要扶着栏杆慢慢下楼。", "这段路他要走二十多分钟。",
        "产业兴旺　链条延伸", "发展食用菌并非一帆风顺，第一年就亏了十几万元。", "村干部们并没有放弃，先后三次外出考察学习。",
        "科技赋能　品质提升", "在智慧菌棚里，温度、湿度都能通过手机实时调控。", "县里每年开办培训班，产量提高了两成。",
        "联农带农　共同富裕", "产业红利如何更多", "留在村里、惠及农户？村里探索建立了保底收益加分红的机制。",
        "记者手记多一分体谅　少一道门槛", "采访中，记者听到最多的一句话是都是几十年的老邻居了。", "（某某）"]) + "\n")
    story, notes = ed.articles
    assert len(story.crossheads) == 3
    assert "产业红利如何更多留在村里、惠及农户？" in "".join(story.paragraphs)
    assert (notes.rubric, notes.headline) == ("记者手记", "多一分体谅　少一道门槛")


def test_a_brief_title_run_in_two_ideographic_spaces_before_its_dateline():
    """Under a box of briefs' label, each brief's title set off from its text by a double ideographic space (the
    text opening on 本报讯 or on its first sentence): cut there, a title over each brief."""
    ed = parse_text("\n\n".join([
        "科技快讯", "某市开通首条低空物流航线　　本报某市4月14日电（记者　某某）某市首条城区低空物流航线昨日开通。",
        "某县智慧灌溉覆盖八万亩　　本报讯（通讯员　某某）某县近日完成全县8.2万亩高标准农田智慧灌溉改造。",
        "新型柔性电池可弯折两万次　　某大学研究团队日前研制出一种可弯折的柔性锂电池，可弯折两万次以上。"]) + "\n")
    assert [(a.headline, a.dateline) for a in ed.articles] == [
        ("某市开通首条低空物流航线", "本报某市4月14日电（记者　某某）"), ("某县智慧灌溉覆盖八万亩", "本报讯（通讯员　某某）"),
        ("新型柔性电池可弯折两万次", None)]


def test_township_news_a_place_and_colon_date_the_story_and_an_opening_adverbial_cut_at_a_column_foot():
    """A county paper's township news: each titled story's text opens with the place and a colon (某镇：近日，…), the
    headline naming the place: its dateline. A short piece between body that is a sentence's opening adverbial
    (招聘会上，) and a few characters of its clause is the paragraph's line cut at a column's foot, no headline;
    and a call for contributions' contact line with its area code bracketed is the call's furniture."""
    ed = parse_text("\n\n".join([
        "某镇招聘会送岗千余个", "某镇：4月10日，某镇在镇文化广场举办春季招聘会，吸引求职者到场咨询。", "招聘会上，镇人社",
        "服务中心还设立了政策咨询台和技能培训报名点。（通讯员　某某）",
        "某乡开展防汛应急演练", "某乡：4月12日上午，某乡在大堤开展防汛应急演练。", "各抢险队伍迅速集结，确保安全度汛。（通讯员　某某）",
        "征稿启事", "本版长期面向全县各乡镇征集新闻稿件和新闻图片。", "来稿请注明作者姓名、单位和联系电话。",
        "联系人：某某　联系电话：（0739）6128 305"]) + "\n")
    assert [(a.headline, a.dateline, len(a.paragraphs)) for a in ed.articles] == [
        ("某镇招聘会送岗千余个", "某镇：", 2), ("某乡开展防汛应急演练", "某乡：", 2)]
    assert "招聘会上，镇人社服务中心" in ed.articles[0].paragraphs[1]


def test_a_photo_after_a_story_signed_in_brackets_stands_alone_unless_it_shows_that_story():
    """After a story signed off in brackets ((通讯员 X)), a caption and its credit telling what the story never
    told are a photo of their own; one naming the story's place and subject is that story's picture."""
    ed = parse_text("\n\n".join([
        "某镇招聘会送岗千余个", "4月10日，某镇在镇文化广场举办春季招聘会，60余家企业提供岗位1200余个。",
        "服务中心还设立了政策咨询台和技能培训报名点。（通讯员　某某）",
        "图为4月11日，某乡蓝莓种植基地的工人在为蓝莓苗修剪枝条。", "通讯员　某某　摄",
        "某乡开展防汛应急演练", "4月12日上午，某乡在沙河大堤开展防汛应急演练，巡堤查险、封堵管涌。",
        "各抢险队伍迅速集结，确保安全度汛。（通讯员　某某）",
        "图为某乡在沙河大堤开展防汛应急演练，抢险队伍巡堤查险。", "通讯员　某某　摄"]) + "\n")
    kinds = [(a.kind.value, a.headline) for a in ed.articles]
    assert kinds == [("article", "某镇招聘会送岗千余个"), ("photo", ""), ("article", "某乡开展防汛应急演练")]
    assert len(ed.articles[2].captions) == 1


def test_a_case_story_glued_heads_its_closing_note_and_the_judges_column_under_it():
    """A legal page: 以案说法 glued to its title; 【审理】 and 【评析】 glued by the dump to the paragraph before each
    (crossheads cut off, as a set); a line a column wide among the bracketed heads, ending no sentence, is a
    paragraph's first line; （文中当事人均为化名） closes the story; the judge's column under it has its label,
    its title and its writer's court and name as byline; 警方通报 labels a box of briefs."""
    ed = parse_text("\n\n".join([
        "以案说法私拉电线充电酿火灾　租赁双方按责担损", "本报记者 某甲　通讯员 某乙", "【案情】",
        "2025年3月，某某将自己名下一套两居室出租给何某，双方签订了租赁合同。何某为方便充电，私拉电线。",
        "2026年1月17日凌晨，正在充电的电动自行车突然起火，火势蔓延至客厅。某某诉至法院。【审理】",
        "法院审理后认为，承租人应当妥善保管租赁物，因保管不善造成损失的，应当承担赔偿责任。【评析】",
        "近年来，电动自行车因违规充电引发的火灾时有发生。", "本案的判决明确了租赁关系中双方的安全",
        "责任边界：承租人应当遵守合同约定和消防安全规定。", "（文中当事人均为化名）",
        "法官说法", "出租房屋不是“甩手买卖”", "某区人民法院　某某某",
        "在审理租赁合同纠纷时我们发现，不少房东把房子租出去后就当起了甩手掌柜。", "房东和租客各尽其责，才能住得安心。",
        "警方通报", "冒充客服诱导退款　诈骗团伙4人落网", "本报讯（通讯员 某某）近日，某市公安局破获一起冒充客服诈骗案。",
        "酒后驾车又无证　一男子被行政拘留", "本报讯（通讯员 某某）4月10日晚，某市交警查处一起酒后无证驾驶案。"]) + "\n")
    case, column, *briefs = ed.articles
    assert (case.rubric, case.headline, len(case.crossheads)) == ("以案说法", "私拉电线充电酿火灾　租赁双方按责担损", 3)
    assert case.paragraphs[-1] == "（文中当事人均为化名）"
    assert "双方的安全责任边界：" in "".join(case.paragraphs)
    assert (column.rubric, column.headline, column.bylines) == ("法官说法", "出租房屋不是“甩手买卖”", ("某区人民法院　某某某",))
    assert [(b.kind.value, b.rubric) for b in briefs] == [("brief", "警方通报"), ("brief", None)]


def test_a_caption_under_the_credit_line_a_lopsided_cut_line_and_a_connective_in_a_dated_story():
    """A Malaysian paper's story: the credit line under the headline (报道：X　摄影：Y), the photo's one-sentence
    caption before the dateline's paragraph; a line cut at a column's foot after a comma with a word or two
    (…说明，工程将分), opening as a crosshead does (县议会…), is no parallel head; nor is a connective's clause cut
    short (另一方面，县议会): both run on into the text under them."""
    ed = parse_text("\n\n".join([
        "某某新村有望告别水患", "报道：某某　摄影：某某",
        "上月底一场豪雨过后，新村主要街道积水及膝，居民只能涉水出入。",
        "（某埠12 日讯）困扰新村居民超过十年的水患问题有望解决，县议会拨款提升沟渠。",
        "县议会主席今早在月常会后宣布，工程将在下月动工。", "居民：逢雨提心吊胆",
        "在新村住了四十多年的杂货店东主说，每逢大雨就得把货物搬到高处。", "另一位居民则说，水灾期间孩子无法上学。",
        "县议会：分三期施工", "县议会工程部主任某某某说明，工程将分", "三期进行。第一期拓宽新村主沟渠约1.8公里。",
        "他坦言，施工期间部分路段将实施交通管制。", "另一方面，县议会", "也计划在新村内推行认养沟渠计划，鼓励居民参与。"]) + "\n")
    story, = ed.articles
    assert story.captions == ("上月底一场豪雨过后，新村主要街道积水及膝，居民只能涉水出入。",)
    assert story.dateline == "（某埠12 日讯）"
    assert [story.paragraphs[k] for k in story.crossheads] == ["居民：逢雨提心吊胆", "县议会：分三期施工"]
    text = "".join(story.paragraphs)
    assert "工程将分三期进行。" in text and "另一方面，县议会也计划" in text


def test_honours_listed_under_a_cards_label_alone_and_a_time_opener_cut_at_a_column_foot():
    """荣誉： alone lists the honours under it, however long a title each (省级非物质文化遗产代表性传承人): the card's
    lines, no headline; and 今年，某县启动 between body, ending no sentence, is a paragraph's first line cut at a
    column's foot, no crosshead."""
    ed = parse_text("\n\n".join([
        "五十年刻刀不离手", "本报记者　某某", "腊月还没到，某镇的年画作坊里已经堆满了刚印好的门神。",
        "一块板子刻上大半个月", "他14岁跟着父亲学刻版。", "刻版最要紧的是守得住性子。",
        "让老年画走进新生活", "转机出现在十年前。", "今年，某县启动", "老画版抢救性保护工程，请来高校团队对散落民间的画版登记。",
        "人物名片", "姓名：某某某", "出生：1956年，某县人", "荣誉：", "省级非物质文化遗产代表性传承人", "省工艺美术大师"]) + "\n")
    story, card = ed.articles
    assert "今年，某县启动老画版" in "".join(story.paragraphs) and len(story.crossheads) == 2
    assert card.headline == "人物名片" and card.paragraphs[-2:] == ("省级非物质文化遗产代表性传承人", "省工艺美术大师")


def test_a_figures_tables_rows_with_long_labels_run_together_are_the_pages_data():
    """A small table's rows, each an age band and its figure run together (十五至六十四歲3,406): the page's data, no
    headlines nor text, between a story and the next headline."""
    ed = parse_text("\n\n".join([
        "家居意外求診人次創新高", "記者某某報道：衞生署昨日公布，去年家居意外求診人次創新高，長者跌倒佔多數。",
        "數據　去年家居意外求診人次", "四歲或以下1,862", "五至十四歲1,275", "十五至六十四歲3,406", "六十五至七十九歲2,118",
        "八十歲或以上1,973", "北渚巴士總站擬遷海旁", "【本報訊】運輸署計劃將北渚巴士總站遷往海旁，方便居民轉車。"]) + "\n")
    assert [(a.headline, a.dateline) for a in ed.articles] == [
        ("家居意外求診人次創新高", "記者某某報道："), ("北渚巴士總站擬遷海旁", "【本報訊】")]
    assert {"十五至六十四歲3,406", "六十五至七十九歲2,118"} <= {b.text for b in ed.furniture}


def test_a_closing_credit_then_the_photos_caption_glued_to_a_storys_last_paragraph():
    """…技术。（通讯员　X）图为…。通讯员　X　摄 in one block: the story's last paragraph, its closing credit, the photo's
    caption and its credit, each cut off."""
    ed = parse_text("\n\n".join([
        "某镇三千亩稻虾田开始投苗", "某镇：近日，在某镇西湖村稻虾共养基地，二十余名村民正在田间投放虾苗，现场一派忙碌景象。",
        "为推动稻虾产业规模化发展，某镇整合涉农资金400万元，对全镇三千亩稻田进行标准化改造，新修沟渠十二公里，"
        "并邀请省农科院专家开展技术培训，讲解水质调控、病害防治等技术。（通讯员　某某）图为4月14日，某镇西湖村稻虾共养基地，村民在投放虾苗。通讯员　某某　摄"]) + "\n")
    story, = ed.articles
    assert story.bylines == ("（通讯员　某某）",) and story.captions == ("图为4月14日，某镇西湖村稻虾共养基地，村民在投放虾苗。",)
    assert story.paragraphs[-1].endswith("病害防治等技术。") and story.photo_credits == ("通讯员　某某　摄",)


def test_an_events_details_run_together_are_its_text_not_the_next_events_title():
    """A box of community events: each its name, a sentence on it and its details run together in one block
    (日期：…地点：…询问：…). The details are the event's text, a line of their own: no kicker over the next name."""
    ed = parse_text("\n\n".join([
        "社区活动", "乐龄健康讲座", "某某社区俱乐部邀请家庭医生主讲如何预防跌倒，现场提供免费血压检测，名额80个，先到先得。",
        "日期：3月22日（星期一）上午10时地点：某某社区俱乐部礼堂询问：6753 2186",
        "亲子环保手工坊", "某某北区居民委员会举办亲子手工坊，教导家长和孩子用旧报纸制作收纳盒，每对亲子收费5新元。",
        "日期：3月27日（星期六）下午2时地点：某某北区居委会活动室询问：6481 0937",
        "基础急救课程", "某某社区紧急应变小组开办基础急救课程，教导居民心肺复苏和使用自动体外除颤器，名额30人。",
        "日期：3月28日（星期日）上午8时地点：某某民众联络所询问：6368 4415"]) + "\n")
    assert [a.headline for a in ed.articles] == ["乐龄健康讲座", "亲子环保手工坊", "基础急救课程"]
    assert all(len(a.paragraphs) == 2 and a.paragraphs[1].startswith("日期：") and not a.kicker for a in ed.articles)


def test_an_opening_adverbial_cut_at_a_columns_foot_under_a_crosshead_goes_on_with_the_text():
    """Under a crosshead between a story's paragraphs, 近年来，一些商家 (a sentence's opening adverbial and a word
    or two of its clause) ends a column: the paragraph's first line, no deck of a new story's headline."""
    ed = parse_text("\n\n".join([
        "降压药别跟着感觉吃", "本报记者　某某", "入冬以来，某市气温起伏明显，医院心血管内科门诊量比上月增加了两成多。",
        "误区一：降下来就停药", "不少患者血压一降到正常就自行停药，结果血压反弹，甚至诱发脑梗死。",
        "误区二：贵药才是好药", "医生介绍，降压药没有最好，只有最合适，要根据患者的年龄和病情来选。",
        "误区三：保健品能降压", "近年来，一些商家",
        "打着“纯天然”的旗号推销保健品，不少老人信以为真，把降压药换成了保健品。",
        "医生提醒，控制血压离不开健康的生活方式，饮食要清淡，每天适量运动。"]) + "\n")
    story, = ed.articles
    assert story.crossheads and len(ed.articles) == 1
    assert any(p.startswith("近年来，一些商家打着") for p in story.paragraphs)


def test_a_post_and_a_surname_at_a_columns_foot_go_on_with_the_given_name_and_what_was_said():
    """…派出所所长李 | 建国说，… : a name cut at the column's end, its given name and the verb of saying opening the
    next column; one paragraph, no headline."""
    ed = parse_text("\n\n".join([
        "独居老人家中跌倒　民警破门救回", "本报讯　某市一名独居老人在家中跌倒，三天后才被邮差发现异常并报警。",
        "某某派出所所长李", "建国说，民警到场后发现老人倒在客厅，意识尚清醒，立即将他送医。"]) + "\n")
    story, = ed.articles
    assert story.paragraphs[-1].startswith("某某派出所所长李建国说，") and story.headline == "独居老人家中跌倒　民警破门救回"


def test_an_index_boxs_teaser_text_runs_a_sentence_or_two_under_its_title():
    """Under 要闻导读, each teaser its title, a sentence or two of text and 详见第N版: the page's index, even where the
    text runs past a headline's length; no story of the page."""
    ed = parse_text("\n\n".join([
        "某县二季度重点项目集中开工", "本报讯（记者　某某）5月11日，某县二季度重点项目集中开工仪式举行，28个项目总投资86.4亿元。",
        "要闻导读", "全县春播粮食面积稳中有增",
        "今年全县春播粮食作物面积达28.6万亩，比上年增加0.9万亩，大豆玉米带状复合种植推广到3.2万亩。", "详见第2版",
        "县职教中心新增两个专业", "新增智能制造技术和电子商务两个专业，秋季计划招生160人，与县内12家企业签订订单培养协议。",
        "详见第2版"]) + "\n")
    story, = ed.articles
    assert story.headline == "某县二季度重点项目集中开工"
    assert {"全县春播粮食面积稳中有增", "县职教中心新增两个专业"} <= {b.text for b in ed.furniture}


def test_a_short_commentarys_label_glued_to_its_headline_is_cut_off():
    """短评让项目建设跑出“加速度” in one block: the column's label 短评, a rubric over the headline."""
    ed = parse_text("\n\n".join([
        "短评让项目建设跑出“加速度”", "◎ 某某",
        "28个项目集中开工，总投资86.4亿元，这是全县上下抓项目、促发展的一次集中检阅。项目建设要快，更要好。"]) + "\n")
    story, = ed.articles
    assert (story.rubric, story.headline) == ("短评", "让项目建设跑出“加速度”")


def test_a_figures_tables_empty_cells_marked_with_a_dash_keep_its_rows_the_pages_data():
    """A table of firms' figures run together, a row's missing cells printed — (某某电材21.4+5.2%-0.80—): each row
    the page's data, none a headline."""
    ed = parse_text("\n\n".join([
        "某某材料企业一季度业绩回暖", "本报记者　某某",
        "一季度，某某材料行业在经历了一年多的价格下行后迎来回暖，六家上市公司合计营收同比增长18.6%。",
        "公司营收同比净利润同比", "某某锂源52.6+38.7%3.42+65.1%", "某某锂业40.3+9.6%2.87+12.4%",
        "某某电材21.4+5.2%-0.80—", "某某新材12.8-3.7%-0.35—", "数据来源：各公司一季度报告"]) + "\n")
    story, = ed.articles
    assert {"某某电材21.4+5.2%-0.80—", "某某新材12.8-3.7%-0.35—"} <= {b.text for b in ed.furniture}


def test_a_readers_name_after_a_question_cut_at_a_columns_foot_stays_in_the_question():
    """专家门诊: 问：…是不是身体出了什么问题？需要吃点补 | 品吗？（读者 某某）: the question's last piece, its asker
    after it (its name set off by an ideographic space, no headline's phrases), goes on with the question, as a
    whole question keeps its asker; no byline."""
    ed = parse_text("\n\n".join([
        "专家门诊", "孩子久咳不愈，一定是肺炎吗",
        "问：我家孩子5岁，上个月感冒后一直咳嗽，早晚咳得厉害，会不会是肺炎？（读者 某女士）",
        "答：孩子感冒后咳嗽超过4周，要警惕咳嗽变异性哮喘、过敏性咳嗽等，建议到医院查明病因后规范治疗。",
        "问：入冬后总是手脚冰凉，晚上半天睡不暖，是不是身体出了什么问题？需要吃点补", "品吗？（读者　某阿姨）",
        "答：手脚冰凉多与末梢血液循环较差有关，平时可适当运动，不必盲目进补。"]) + "\n")
    story, = ed.articles
    assert story.paragraphs[2] == "问：入冬后总是手脚冰凉，晚上半天睡不暖，是不是身体出了什么问题？需要吃点补品吗？（读者　某阿姨）"
    assert not story.bylines


def test_a_tables_unit_is_its_note_and_a_row_after_rows_read_as_data_is_a_row_too():
    """单位：亿元 over a table is its unit, the page's data (no card's field); a row whose cells run together with no
    space (…-0.35—) after rows the first pass read as data is one more row of the table."""
    ed = parse_text("\n\n".join([
        "某某材料企业一季度业绩回暖", "本报记者　某某",
        "一季度，某某材料行业在经历了一年多的价格下行后迎来回暖，六家上市公司合计营收同比增长18.6%。",
        "单位：亿元", "某某锂源52.6+38.7% 3.42+65.1%", "某某锂业40.3+9.6% 2.87+12.4%", "某某化学31.8+28.4% 1.96+41.3%",
        "某某新材12.8-3.7%-0.35—"]) + "\n")
    story, = ed.articles
    assert {"单位：亿元", "某某新材12.8-3.7%-0.35—"} <= {b.text for b in ed.furniture}


def test_clumped_headlines_with_an_opinion_columns_label_run_on_find_their_stories():
    """A 要闻 page whose dump prints every headline first, the last line run on into a column's label (…启动今日谈),
    then the dated reports and the 今日谈 column's text, read on after the last report, signed （某某）: the label is
    cut off and heads the column, which no dated report is; the column's paragraphs are its text."""
    ed = parse_text("\n\n".join([
        "某市召开春耕生产推进会", "一季度全国城镇新增就业312万人新一轮中小河流治理启动今日谈", "让农技服务跟上春耕节奏",
        "本报讯（记者 某某）4月21日，某市召开春耕生产推进会，部署春耕备耕、农资保供和农技服务等工作。",
        "会议要求，各地要抓住春播关键时节，把高标准农田建设任务落实到地块、落实到农户。",
        "本报北京4月21日电（记者 某某）人力资源和社会保障部21日发布，一季度全国城镇新增就业312万人，同比增加5万人。",
        "一季度，各地各部门把稳就业摆在突出位置，发布岗位信息1600万个，帮助高校毕业生等重点群体就业。",
        "新华社北京4月21日电（记者 某某）水利部21日介绍，新一轮中小河流治理全面启动，今年将治理河长1.2万公里。",
        "据介绍，新一轮治理坚持系统治理，统筹防洪安全和生态修复，不随意裁弯取直、不随意硬化河岸。",
        "眼下正是春耕大忙时节，农技服务能不能跟上春播的节奏，关系一季收成。在不少地方，农技人员把课堂搬到田埂上。",
        "春争日，夏争时。服务春耕，既要在政策上想在前，也要在农技服务上走在前，把服务送到田间地头。",
        "（某某）"]) + "\n")
    column = next(a for a in ed.articles if a.rubric == "今日谈")
    assert column.headline == "让农技服务跟上春耕节奏" and column.paragraphs[0].startswith("眼下正是春耕大忙时节")
    assert column.bylines == ("（某某）",)
    rivers = next(a for a in ed.articles if a.headline == "新一轮中小河流治理启动")
    assert rivers.paragraphs[0].startswith("新华社北京4月21日电") and len(rivers.paragraphs) == 2


def test_where_headlines_print_after_their_bodies_the_byline_after_a_headline_is_that_storys():
    """A 社会新闻 page whose dump prints each story's body, then its headline, byline and photo caption: the byline and
    the caption printed after a headline are its story's, not the next story's, whose text they open in the dump."""
    ed = parse_text("\n\n".join([
        "本报讯　5月18日凌晨3时许，某区某小区一栋居民楼的楼道内突然起火，浓烟顺着楼梯间迅速向上蔓延。",
        "住在三楼的某某被烟味呛醒后，用湿毛巾捂住口鼻，挨家挨户敲门喊醒邻居，二十余名居民安全撤离。",
        "楼道凌晨起火　他挨家挨户敲门喊醒邻居", "本报记者　某某　实习生　某某",
        "本报讯　“以前下楼买个菜都要歇两回。”住在某小区5楼的某阿姨说，家门口的电梯终于装好了。",
        "某小区建于上世纪90年代，加装电梯的事议了好几年，一楼住户担心采光和噪音，意见一直没能统一。",
        "老小区加装电梯　一楼住户也点了头", "本报记者　某某　通讯员　某某",
        "5月16日，某区一家银行网点，柜员某某（右）与民警一起向市民讲解防骗知识。", "记者　某某　摄",
        "本报讯　“您先别急着转，这很可能是诈骗。”5月15日下午，某银行网点柜员拦下了一笔八万元的转账。",
        "原来，市民某某在网上看到特价机票信息，按对方要求操作退改签，险些被骗走八万元。",
        "网购特价机票险被骗　银行柜员拦下八万元"]) + "\n")
    assert [(a.headline, a.bylines) for a in ed.articles] == [
        ("楼道凌晨起火　他挨家挨户敲门喊醒邻居", ("本报记者　某某　实习生　某某",)),
        ("老小区加装电梯　一楼住户也点了头", ("本报记者　某某　通讯员　某某",)),
        ("网购特价机票险被骗　银行柜员拦下八万元", ())]
    assert ed.articles[1].captions and not ed.articles[2].captions


def test_a_theory_pages_weekly_band_photo_source_and_numbered_crossheads():
    """理论周刊第312期 under the page's header is the weekly's band; a caption closing on 　资料图片 is a photo's with
    its source; 一、坚持…的价值取向 after a finished paragraph is a crosshead (its 、 no comma, its 向 a word's end),
    as are 二、 and 三、 after it."""
    ed = parse_text("\n\n".join([
        "07理论某某日报", "2027年4月14日　星期三", "理论周刊第312期", "让数字技术更好赋能基层治理", "某某",
        "某县某镇便民服务中心，工作人员借助“一网统管”平台调度处置群众诉求。　资料图片",
        "基层是国家治理的“最末梢”，也是联系服务群众的“最前沿”。推动数字技术更好赋能基层治理，需要在理念、机制和能力上同步发力。",
        "一、坚持以人民为中心的价值取向", "数字技术是手段，服务群众才是目的。推进基层治理数字化，首先要回答好“为了谁”的问题。",
        "二、打通数据壁垒推动系统集成", "数据是数字化治理的基础要素。当前，部门之间数据标准不一、共享不畅。",
        "三、提升基层干部数字治理能力", "再好的平台，也要靠人来用。要把数字素养纳入基层干部教育培训的重要内容。",
        "（作者为某大学教授）"]) + "\n")
    story, = ed.articles
    assert story.crossheads[:1] and "一、坚持以人民为中心的价值取向" in [story.paragraphs[k] for k in story.crossheads]
    assert story.captions == ("某县某镇便民服务中心，工作人员借助“一网统管”平台调度处置群众诉求。",)
    assert story.photo_credits == ("资料图片",) and "理论周刊第312期" in {b.text for b in ed.furniture}


def test_a_shows_box_of_names_over_their_details_is_the_pages_listing_and_a_review_keeps_its_tab():
    """演出信息 over shows, each its name over 时间：…地点：…票价：… : the page's listing, no story; 周末乐评 glued to a
    review's headline is the column's tab."""
    ed = parse_text("\n\n".join([
        "周末乐评把一条江写进交响乐里", "文/某某",
        "4月13日晚，某市大剧院座无虚席，交响组曲《某江》在这里首演，乐团用四个乐章写出了一条江的四季。",
        "演出信息", "“春江花月夜”民族音乐会", "时间：4月18日（周日）19:30地点：某市大剧院音乐厅票价：80元、180元",
        "话剧《老街灯火》", "时间：4月20日至21日　19:30地点：某剧场票价：100元至480元"]) + "\n")
    review, = ed.articles
    assert (review.rubric, review.headline) == ("周末乐评", "把一条江写进交响乐里")
    assert {"“春江花月夜”民族音乐会", "话剧《老街灯火》"} <= {b.text for b in ed.furniture}


def test_paragraph_first_lines_opening_alike_at_column_feet_are_no_crossheads_in_parallel():
    """Two stories' paragraphs each cut at a column's foot after a sentence's opening (今年以来，我市… | 今年以来，某县…):
    the same lead of words, but a sentence's opening adverbial: first lines of paragraphs going on, no series of
    crossheads."""
    ed = parse_text("\n\n".join([
        "一季度全市重大项目完成投资326亿元", "本报讯（记者 某某）记者从市发展改革委获悉，一季度全市重大项目完成投资326亿元。",
        "今年以来，我市把项目建设作为推动高质量发展的“主引擎”，深入开展“项目攻坚年”活动，实行市级领",
        "导联系重大项目制度，一季度累计协调解决各类问题213个。",
        "某县“一件事一次办”跑出服务加速度", "本报讯（记者 某某）“以前办个证要跑好几个窗口，现在一次就办好了。”",
        "今年以来，某县聚焦企业和群众办事的堵点难点，把涉及多个",
        "部门、多个环节的高频事项整合为“一件事”，办理时限平均压缩68%。",
        "市民热线一季度受理诉求9.8万件", "本报讯（通讯员 某某）一季度，市民服务热线共受理群众诉求9.8万件。",
        "今年以来，市民服务热线对群众反映集中的问题建立专班会商机制，推动一批",
        "“老大难”问题得到解决。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["一季度全市重大项目完成投资326亿元", "某县“一件事一次办”跑出服务加速度",
                                                "市民热线一季度受理诉求9.8万件"]
    assert all(not a.crossheads and len(a.paragraphs) == 2 for a in ed.articles)


def test_a_rounds_results_table_its_note_and_a_columns_tab_glued_to_its_headline():
    """赛果 rows (某队104:98某队) run together are a table, its 注：… under them its note; 观点 glued to the next
    headline is that column's tab; 图片新闻 glued to a photo's title is its tab too."""
    ed = parse_text("\n\n".join([
        "某某篮球联赛第十二轮赛果", "主队比分客队", "某某雪豹104:98某某巨犀", "某某海鹰88:95某某飞虎", "某某勇士101:87某某山猫",
        "某某银狐86:91某某骑士", "注：某某雪豹与某某巨犀之战经加时决出胜负。",
        "观点四连胜之外，更要看见年轻人的成长", "加时赛里连得7分，全场砍下31分，年轻后卫的表现让人眼前一亮。",
        "球队阵容的平均年龄不到25岁，多名主力是从俱乐部青训梯队一步步打上来的。", "（某某）",
        "图片新闻春耕时节育秧忙", "4月10日，在某县某镇现代农业园区，农技人员正在查看秧苗长势。", "本报记者　某某　摄"]) + "\n")
    column, photo = ed.articles
    assert (column.rubric, column.headline) == ("观点", "四连胜之外，更要看见年轻人的成长")
    assert (photo.rubric, photo.headline) == ("图片新闻", "春耕时节育秧忙")
    assert {"某某银狐86:91某某骑士", "注：某某雪豹与某某巨犀之战经加时决出胜负。"} <= {b.text for b in ed.furniture}


def test_a_lost_property_notice_under_its_head_is_the_pages_however_long_its_text():
    """寻物启事 over its text (what was lost, where, a reward) and its contact line: the page's notice, no story."""
    ed = parse_text("\n\n".join([
        "口袋公园春意浓", "4月13日，市民在某区某社区新建成的口袋公园里散步赏花。", "本报记者　某某　摄", "寻物启事",
        "本人于4月12日下午在某社区农贸市场至公交某站一带，不慎遗失棕色皮质手提包一个，内有身份证、社保卡、银行卡及"
        "家中钥匙等重要物品，其中钥匙对我家十分重要，证件补办也要跑好几趟，给家里老人带来很大不便。望拾到者尽快与失主联系，必有酬谢。"
        "如有线索也请告知，手提包本身可以不要，只求证件和钥匙能够找回，万分感谢各位热心人的帮忙。",
        "联系人：某先生电话：6627 4419"]) + "\n")
    photo, = ed.articles
    assert photo.headline == "口袋公园春意浓" and not photo.paragraphs
    assert any(b.text.startswith("本人于4月12日下午") for b in ed.furniture)


def test_a_letter_signed_with_the_writers_district_glued_to_reader_is_its_byline():
    """某区读者　某某 under a letter's last paragraph signs it, the district printed without a space before 读者
    (as a byline, not the copy of the advertisement printed under it)."""
    ed = parse_text("\n\n".join([
        "市民来信", "小区门口的人行道何时能修好",
        "我家住在某区某路的某小区，小区门口的人行道去年冬天被挖开铺设燃气管道，至今没有恢复，老人孩子出门只能走机动车道。",
        "希望有关部门尽快明确责任，把这段人行道修好，让大家出门走得安心。", "某区读者　葛秀兰",
        "某某家居广场", "年中焕新季", "地址：某区某路188号", "广告"]) + "\n")
    letter, = ed.articles
    assert letter.bylines == ("某区读者　葛秀兰",) and len(letter.paragraphs) == 2


def test_briefs_whose_titles_run_into_their_text_before_a_square_are_a_brief_each():
    """Under a box of briefs' label, each brief printed as its title run straight into ■ and its text (某某发放到户■近日，…):
    cut after the title, a brief each, the square staying with the text."""
    ed = parse_text("\n\n".join([
        "县域简讯",
        "首批“茶农贷”发放到户■近日，某县农商银行向两个镇的42户茶农发放首批“茶农贷”1260万元，解决茶农春季收购的资金周转难题。",
        "县城新建5处口袋公园■今年，县城管局利用城区边角地新建5处口袋公园，总面积约1.2万平方米，预计6月底前完工。",
        "某镇春风行动招聘会举行■4月8日，某镇举办春风行动专场招聘会，32家企业提供岗位960余个，现场达成就业意向217人。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["首批“茶农贷”发放到户", "县城新建5处口袋公园", "某镇春风行动招聘会举行"]
    assert all(a.paragraphs[0].startswith("■") for a in ed.articles)


def test_a_reviews_label_and_its_covers_caption_over_the_headline_go_with_the_review():
    """新书评介 over the cover's caption (《书名》，X著，Y出版社出版。) over the review's headline and text: the label
    is the review's rubric and the caption its cover's, not an item of their own nor a bar over the page's lead."""
    ed = parse_text("\n\n".join([
        "学习札记", "把调查研究做深做实",
        "调查研究是谋事之基、成事之道。没有调查，就没有发言权，更没有决策权。做好新时代各项工作，必须大兴调查研究之风。",
        "（作者单位：某市社会科学院）",
        "新书评介", "《县域治理现代化的某某样本》，某某著，某某人民出版社出版。", "从县域实践中读懂治理之道",
        "县域治理是国家治理的重要基石。某某人民出版社近日出版的《县域治理现代化的某某样本》一书，以翔实的调研材料回应了基层治理的现实课题。",
        "该书作者长期从事基层治理研究，先后走访200多个行政村，积累了大量一手资料。", "韦晴川"]) + "\n")
    note, review = ed.articles
    assert (review.rubric, review.headline) == ("新书评介", "从县域实践中读懂治理之道")
    assert review.captions == ("《县域治理现代化的某某样本》，某某著，某某人民出版社出版。",) and not note.captions


def test_under_a_box_label_a_brief_title_in_brackets_run_in_is_cut_off_but_not_an_associations_name():
    """【某国议会通过预算法案】… under a box of briefs' label: the bracketed title heads its brief, the text after it
    is the paragraph; 【某某同乡会】该会… names the association its text goes on about, and stays in it."""
    ed = parse_text("\n\n".join([
        "世界简讯",
        "【某国议会通过新版预算法案】某国议会1日以多数票通过新版预算法案，明年财政赤字将压缩至国内生产总值的3%以内。",
        "【第十届冬季农产品博览会开幕】博览会2日在某市开幕，来自20多个国家和地区的300余家企业参展，展期5天。",
        "【某市青山同乡联谊会】该会于3日晚举行年会，选出新一届理事会，并为会员子女颁发奖学金。"]) + "\n")
    first, second = ed.articles[:2]
    assert (first.headline, second.headline) == ("【某国议会通过新版预算法案】", "【第十届冬季农产品博览会开幕】")
    assert first.paragraphs[0].startswith("某国议会1日") and second.paragraphs[0].startswith("博览会2日")
    assert [a.headline for a in ed.articles].count("【某市青山同乡联谊会】") == 0
    assert any(p.startswith("【某市青山同乡联谊会】该会") for a in ed.articles for p in a.paragraphs)


def test_a_short_line_whose_next_block_opens_on_one_character_and_a_comma_is_a_cut_paragraph():
    """…也是无奈之 | 举，…: the next block opening on a word's last character and a mark goes on with the line over
    it, a paragraph's, however short and unpunctuated (no story's headline); an answer's one word (是，…) may open."""
    ed = parse_text("\n\n".join([
        "老旧小区加装电梯遇阻",
        "本报讯　某区一处老旧小区的加装电梯工程，因低层住户反对停工已近半年。",
        "一位高层住户说，自己年过七旬，上下楼全靠邻居搀扶。",
        "他说申请加装电梯也是无奈之",
        "举，希望各方坐下来商量出一个办法。",
        "街道办事处表示，将组织住户再次协商，争取年内复工。"]) + "\n")
    story, = ed.articles
    assert "他说申请加装电梯也是无奈之举，希望各方坐下来商量出一个办法。" in story.paragraphs


def test_a_public_service_box_from_its_hotline_label_to_its_sign_off_is_the_pages():
    """反诈专线96110, its slogans (…都是诈骗！), 24小时服务, 某某局　关心您: a public-service box set between two
    stories is the page's, no story's text nor the next story's headline."""
    ed = parse_text("\n\n".join([
        "冒充客服诈骗多发　警方提醒核实身份",
        "本报讯　近期，冒充网购客服以退款为名实施诈骗的案件多发，某市公安局提醒市民，接到此类电话务必通过官方渠道核实。",
        "反诈专线96110", "自称客服要求共享屏幕、转账解冻，都是诈骗！", "遇到可疑来电，请拨打96110咨询",
        "24小时接听　免费咨询", "某市公安局　关心您",
        "社区食堂开进老城区",
        "本报讯　某区首家社区长者食堂昨日开业，60岁以上老人凭卡就餐可享八折优惠，每天供应午晚两餐。"]) + "\n")
    fraud, canteen = ed.articles
    assert canteen.headline == "社区食堂开进老城区" and len(fraud.paragraphs) == 1
    furniture = {b.text for b in ed.furniture}
    assert {"反诈专线96110", "24小时接听　免费咨询", "某市公安局　关心您"} <= furniture


def test_a_taiwan_lead_in_naming_two_reporters_parted_by_a_comma_mark_is_a_byline():
    """記者甲、乙／某地報導 alone under a headline: two reporters, one place: the story's byline."""
    assert cv.BYLINE.match("記者林志遠、陳雅婷／嵐港報導") and cv.BYLINE.match("記者林志遠／嵐港報導")
    assert not cv.BYLINE.match("記者林志遠、陳雅婷說明案情")


def test_a_crosshead_saying_an_inquiry_was_opened_is_no_investigation_label():
    """记者调查 over a headline labels an investigation; 监管部门立案调查 between its paragraphs says what was done
    (调查 the object of 立案, 介入, 展开 …): the story's last section head, no label over the story after it."""
    from reader.parse.titles import is_rubric
    assert is_rubric("记者调查") and is_rubric("深度调查")
    assert not is_rubric("监管部门立案调查") and not is_rubric("警方已介入调查") and not is_rubric("當局展開調查")


def test_a_health_pages_briefs_label_and_an_experts_profile_box_titled_by_its_label():
    """医讯 labels a box of briefs as 快讯 does; 专家简介 over 某某，主任医师，… is a box the label titles (the
    doctor's profile beside the interview), not a section of the interview over it."""
    assert cv.BOX_LABEL.match("医讯") and cv.BOX_LABEL.match("醫訊")
    ed = parse_text("\n\n".join([
        "名医坐诊", "冬季咳嗽不止　未必只是感冒", "本报记者　某某",
        "记者：入冬以后，很多市民咳嗽久治不愈，这是什么原因？",
        "某医生：冬季空气干燥、冷热交替，呼吸道黏膜容易受刺激，咳嗽超过三周就应到医院查明原因。",
        "专家简介", "欧阳明，主任医师，教授，从事呼吸内科临床工作三十余年，擅长慢性咳嗽的诊治。"]) + "\n")
    interview, profile = ed.articles
    assert profile.headline == "专家简介" and profile.paragraphs[0].startswith("欧阳明，主任医师")
    assert not any(p.startswith("欧阳明") for p in interview.paragraphs)


def test_under_a_box_label_one_paragraph_briefs_then_a_title_over_longer_text_heads_a_story_apart():
    """医讯 over three titled one-paragraph briefs, then a title over five numbered paragraphs (a tips box): the
    briefs are the box's, the last title heads a story of its own, no section of the last brief."""
    ed = parse_text("\n\n".join([
        "医讯",
        "市中医院开设夜间门诊", "12月起，市中医院开设工作日夜间专家门诊，时间为18时至21时，市民可通过公众号预约。",
        "某县启动送医下乡", "某县卫健局日前启动送医下乡活动，组织30支医疗队深入偏远村组，开展慢病随访。",
        "地铁站新增急救设备", "市红十字会近日在地铁站和体育场馆新增自动体外除颤器100台，并开展急救培训。",
        "冬季护肤四要点",
        "1.洗澡水温不宜过高。水温过高会破坏皮肤表面的油脂，加重干燥和瘙痒。",
        "2.及时涂抹润肤霜。洗澡后三分钟内涂抹，锁水效果最好。",
        "3.多喝温水。每天饮水不少于1500毫升，少喝浓茶和咖啡。",
        "4.衣物选纯棉。贴身衣物选择纯棉材质，减少对皮肤的摩擦。"]) + "\n")
    heads = [a.headline for a in ed.articles]
    assert heads == ["市中医院开设夜间门诊", "某县启动送医下乡", "地铁站新增急救设备", "冬季护肤四要点"]
    assert len(ed.articles[2].paragraphs) == 1 and len(ed.articles[3].paragraphs) == 4


def test_a_correspondents_byline_and_a_singapore_papers_place_datelines():
    """特派员 X 报道 credits a correspondent as 记者 does; （综合讯）, （某地讯） and 某地讯　… open a story as its
    dateline, a Singapore paper's (简讯 and 快讯 run in are a box's label, no place)."""
    assert cv.BYLINE.match("特派员　方明远　报道") and cv.BYLINE.match("本报特派员　方明远")
    for t in ("（综合讯）某国北部昨天发生地震。", "（东京讯）日本东部一条地方铁路将停运。", "东京讯　日本东部一条地方铁路将停运。"):
        assert cv.DATELINE.match(t), t
    assert not cv.DATELINE.match("快讯　某地今天起实行新规。") and not cv.DATELINE.match("简讯　某地今天起实行新规。")


def test_on_a_page_that_opens_every_story_with_a_credit_a_lone_line_over_bare_text_is_a_crosshead():
    """Every story of the page opens on a dateline or a credit: a lone line between paragraphs over text with
    neither (资金缺口仍待填补 in an analysis, naming what the text before never told) heads its section."""
    ed = parse_text("\n\n".join([
        "某国北部强震　百余栋房屋倒塌", "（综合讯）某国北部昨天发生6.1级地震，百余栋房屋倒塌，救援工作仍在进行。",
        "当地政府已宣布进入为期两周的紧急状态，多国派出救援队。",
        "新闻分析", "区域电网互联提速", "本报记者　林思远",
        "上周举行的区域能源部长会议通过了新一轮电网互联路线图，计划十年内建成三条跨境输电走廊。",
        "根据路线图，各国将优先推进半岛与群岛之间的海底电缆项目，以平衡各地的电力供需。",
        "资金缺口仍待填补",
        "一名研究机构的学者受访时说，三条走廊总投资估计超过400亿元，目前的资金缺口仍超过七成。",
        "他认为，各国需要在电价机制和技术标准上尽快达成一致，才能吸引更多私人资本参与。",
        "某市地铁新线开通", "（某市讯）某市地铁五号线昨天开通运营，全长28公里，设车站20座。",
        "新线连接城东和城西两个客运枢纽，高峰时段每4分钟一班。",
        "某港渔民抗议配额削减", "（法新社某港电）数百名渔民昨天驾船封锁港口，抗议明年捕捞配额削减。",
        "渔业合作社负责人说，配额再砍两成，很多家庭将入不敷出。"]) + "\n")
    analysis = next(a for a in ed.articles if a.headline == "区域电网互联提速")
    assert len(analysis.paragraphs) == 5 and [analysis.paragraphs[i] for i in analysis.crossheads] == ["资金缺口仍待填补"]
    assert "资金缺口仍待填补" not in [a.headline for a in ed.articles]


def test_a_headline_opening_on_a_month_is_no_folio_and_a_glossary_label_titles_its_box():
    """11月新房成交环比增长近两成 under the staff line is the lead's headline, no folio with its section (A07 房产);
    新聞辭典 right over its text (no title of its own) titles the box."""
    assert cv.PAGE_NUMBER.match("A07 房产") and cv.PAGE_NUMBER.match("第3版 要闻")
    assert not cv.PAGE_NUMBER.match("11月新房成交环比增长近两成") and not cv.PAGE_NUMBER.match("5个项目集中开工")
    ed = parse_text("\n\n".join([
        "A9版國際某某日報", "中華民國115年12月7日　星期一",
        "兩國簽署漁業協定　結束多年爭端", "（中央社記者某某倫敦6日專電）兩國漁業部長6日在倫敦簽署協定，劃設共管漁區。",
        "協定規定，雙方漁船在共管區內作業須事先申報，配額每年由聯合委員會議定。",
        "新聞辭典", "「鱈魚戰爭」泛指沿海國家因漁場劃界及捕撈權引發的衝突，雙方曾多次出動海巡船對峙。"]) + "\n")
    story, box = ed.articles
    assert story.headline == "兩國簽署漁業協定　結束多年爭端" and (box.headline, box.rubric) == ("新聞辭典", None)


def test_a_line_under_a_long_crosshead_cut_before_de_goes_on_with_the_text_and_a_property_ads_disclaimer_marks_it():
    """…今年购房者 | 的需求结构…: under a crosshead of any length, a comma-broken line cut before 的 is the text's
    first line, no deck; 本广告仅为要约邀请… marks a property ad as 广告 does, its copy over it the page's."""
    assert cv.AD_MARK.match("预售许可证号：某房预许字（2026）第118号。本广告仅为要约邀请，最终以政府部门批准文件及买卖合同为准。")
    ed = parse_text("\n\n".join([
        "11月新房成交环比增长近两成", "本报记者　某某",
        "记者日前从市住房和城乡建设局获悉，11月全市新建商品住宅成交4127套，环比增长18.6%。",
        "改善型购房需求加快释放", "记者走访发现，与往年相比，今年购房者",
        "的需求结构正在发生变化。据统计，11月成交的新房中，120平方米以上的户型占比提升至38%。",
        "不少房企也顺势调整了产品策略，四房、大面宽的户型在新推项目中明显增多。",
        "年末行情有望延续", "业内人士预计，年底前还有十余个项目计划入市，成交有望保持在较高水平。",
        "市住建局表示，将继续加强预售资金监管，全力做好保交房工作。",
        "某某新城", "一座园林里的家", "样板间盛大开放", "品鉴热线8866 2277",
        "预售许可证号：某房预许字（2026）第118号。本广告仅为要约邀请，最终以政府部门批准文件及买卖合同为准。"]) + "\n")
    story, = ed.articles
    assert "记者走访发现，与往年相比，今年购房者的需求结构正在发生变化。据统计，11月成交的新房中，120平方米以上的户型占比提升至38%。" in story.paragraphs
    assert {"一座园林里的家", "样板间盛大开放"} <= {b.text for b in ed.furniture}


def test_a_speakers_name_set_alone_at_each_turn_is_no_headline_printed_twice():
    """某某： alone on its line at each of an interview's answers recurs by nature: each stays the answer's, none is
    read as a headline the PDF's layers printed twice."""
    ed = parse_text("\n\n".join([
        "冬令进补先辨体质", "本报记者　某某",
        "记者：冬天一到，很多人都想进补，是不是每个人都需要补？", "欧阳明：",
        "不是。中医讲虚则补之，只有体质偏虚的人才需要进补，盲目进补反而容易上火。",
        "记者：膏方适合哪些人？", "欧阳明：",
        "膏方适合慢性病稳定期和体质偏虚的人，感冒发热、急性腹泻的时候都不宜服用。"]) + "\n")
    story, = ed.articles
    assert sum(p.startswith("欧阳明：") for p in story.paragraphs) == 2 and not ed.furniture


def test_a_signature_of_two_writers_spaced_and_an_ongoing_series_label_glued_to_its_headline():
    """（罗 嘉 王晓禾） closing a county paper's story, two writers a plain space apart as a PDF's text gives them,
    signs it; 乡村振兴进行时 glued to the headline under it is the column's label, cut off as 名医访谈 is."""
    assert cv.BYLINE.match("（罗 嘉 王晓禾）") and cv.BYLINE.match("（罗　嘉　王晓禾）")
    ed = parse_text("\n\n".join([
        "乡村振兴进行时某镇：闲置农房变身乡村民宿",
        "本报讯 近日，某镇樟树湾村把12栋闲置农房改造成民宿，年接待游客8000余人次。", "（罗 嘉 王晓禾）"]) + "\n")
    story, = ed.articles
    assert (story.rubric, story.headline, story.bylines) == ("乡村振兴进行时", "某镇：闲置农房变身乡村民宿", ("（罗 嘉 王晓禾）",))
    assert cv.SIDEBAR_TITLE.match("新聞辭典") and cv.SIDEBAR_TITLE.match("新闻词典")


def test_briefs_go_undated_on_a_dated_page_and_a_brief_title_may_open_on_a_works_title():
    """Every story of a Taiwan entertainment page opens on 【記者X／某地報導】 but the box's briefs: a lone line inside
    the lead over bare text is its section head; 《某片》劇組殺青　… under the box's label is a brief's title run in."""
    ed = parse_text("\n\n".join([
        "《某某來信》首映　女主角淚灑紅毯", "【記者甲乙丙／台北報導】導演籌備6年的新片昨晚在台北舉行首映，女主角一上紅毯就紅了眼眶。",
        "片中大量場景在東北角漁港實地拍攝，劇組前後在當地住了四個多月。",
        "颱風攪局　三天搶拍", "拍攝期間最驚險的一次，是颱風前夕搶拍海上戲，全組在三天內完成原定一週的進度。",
        "導演說，那幾天大家幾乎沒睡，但拍出來的畫面是整部片最好看的。",
        "八點檔收視破4　女配角戲分加到底", "【記者丁戊己／台北報導】某電視台八點檔播出滿兩個月，最新一集收視率突破4。",
        "製作人表示，觀眾反應熱烈，編劇已決定為女配角加戲。",
        "歌手巡演開唱　3萬歌迷大合唱", "【記者庚辛壬／嵐港報導】歌手世界巡迴演唱會前晚在嵐港體育場開唱，吸引3萬名歌迷。",
        "演唱會長達三個半小時，歌手一連演唱了32首歌。",
        "影劇短波",
        "男星升格當爸　男星的妻子前天在台北一家醫院順利產下一名男嬰，母子均安。",
        "《逐浪》劇組殺青　導演執導的運動電影前天在花蓮殺青，預計明年暑假上映。",
        "樂團宣布加場　獨立樂團5月在嵐港舉辦的演唱會門票秒殺，主辦單位宣布加開一場。"]) + "\n")
    heads = [a.headline for a in ed.articles]
    assert "颱風攪局　三天搶拍" not in heads and "《逐浪》劇組殺青" in heads
    assert [ed.articles[0].paragraphs[i] for i in ed.articles[0].crossheads] == ["颱風攪局　三天搶拍"]


def test_a_topic_reminder_label_glued_to_its_headline_is_cut_off():
    """健康提醒 (安全提示, 消费提醒 …) glued to the headline under it labels the column, as 晚报提醒 does; 警方提醒… opens
    a headline of its own."""
    ed = parse_text("\n\n".join([
        "健康提醒流感进入高发期　专家提醒科学防护",
        "本报讯（记者　某某）记者近日从省疾控中心获悉，全省流感活动水平持续上升，已进入冬季流行高峰。"]) + "\n")
    story, = ed.articles
    assert (story.rubric, story.headline) == ("健康提醒", "流感进入高发期　专家提醒科学防护")
    ed = parse_text("\n\n".join([
        "警方提醒谨防冒充客服诈骗",
        "本报讯（记者　某某）近期冒充网购客服的诈骗案件多发，警方提醒市民提高警惕。"]) + "\n")
    assert (ed.articles[0].rubric, ed.articles[0].headline) == (None, "警方提醒谨防冒充客服诈骗")


def test_a_pull_quotes_attribution_goes_with_it_and_a_maps_credit_is_cut_off_its_title():
    """「…」 set apart as a pull quote, ──X under it: the attribution is the pull quote's, the page's, no crosshead of
    the story; …线路示意图　　制图：X in one block is the map's caption and its credit."""
    ed = parse_text("\n\n".join([
        "內閣改組　新閣揆今就任", "〔記者某某／台北報導〕新任閣揆昨天表示，新內閣要把地方的聲音帶進決策。他說：「內閣不是換人就好，而是要換做法。」",
        "「內閣不是換人就好，而是要換做法。」", "──新任閣揆某某某",
        "新內閣預計本週五舉行首次院會，優先處理明年度總預算。"]) + "\n")
    story, = ed.articles
    assert len(story.paragraphs) == 2 and not story.crossheads
    assert {"「內閣不是換人就好，而是要換做法。」", "──新任閣揆某某某"} <= {b.text for b in ed.furniture}
    ed = parse_text("\n\n".join([
        "地铁新线明日试运营", "本报记者　某某", "某市地铁五号线一期工程线路示意图　　制图：某某某",
        "5月11日，记者从市轨道交通集团获悉，五号线一期工程将于明日载客试运营。"]) + "\n")
    story, = ed.articles
    assert story.captions == ("某市地铁五号线一期工程线路示意图",) and story.photo_credits == ("制图：某某某",)


def test_a_line_ending_on_a_whole_word_over_text_opening_on_one_is_no_word_cut():
    """…同步优化 | 为方便…: the line ends on a word and the text opens on words (为, 方便): no word is cut, the line
    heads its section; …停放电 | 动自行车: 停放 takes the 放, so 电动 is the word cut across the seam."""
    from reader.parse.sections import _word_across
    assert not _word_across("公交线路同步优化", "为方便市民接驳换乘，市交通运输局同步调整了线路。")
    assert _word_across("请勿在楼道、安全出口停放电", "动自行车，严禁将电池带回家中充电。")
    assert _word_across("某区商", "务局牵头组织了这次活动。")


def test_an_offices_answer_label_and_a_hotline_box_of_titled_calls():
    """部门答： alone opens the office's answer, as 答： does; 民生热线 over calls each under its own title
    (市民问：… 部门答：…) labels a box of them, not the page's hotline."""
    assert cv.TURN_LABEL.match("部门答：") and cv.TURN_LABEL.match("专家答：")
    ed = parse_text("\n\n".join([
        "民生热线",
        "小区路灯坏了半个月没人修", "市民问：我住在某区某路的小区，小区里的路灯坏了半个月，晚上出门很不方便，什么时候能修好？",
        "部门答：", "某区城管局回复：经核实，该路段路灯因线路老化损坏，已安排维修，预计本周内修复。",
        "公交站台能否加装遮阳棚", "市民问：某路口的公交站台没有遮阳棚，夏天等车太晒了，能否加装？",
        "部门答：某市公交集团回复：经现场勘查，该站台具备加装条件，将于下月完成施工。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["小区路灯坏了半个月没人修", "公交站台能否加装遮阳棚"]
    assert ed.articles[0].rubric == "民生热线" and ed.articles[0].paragraphs[1].startswith("部门答：")


def test_a_crosshead_over_a_reporters_source_when_the_story_has_crossheads_shaped_like_it():
    """A story cut by comma-broken crossheads (水箱锈迹斑斑，清洗记录停在五年前): a third such line over 记者从某局获悉，…
    is its last section's head, though a new story may open so."""
    ed = parse_text("\n\n".join([
        "楼顶水箱多年没人洗　居民用水谁来把关", "记者　某某",
        "拧开水龙头，先流出一股淡黄色的水，这是不少老旧小区居民的烦恼。",
        "水箱锈迹斑斑，清洗记录停在五年前", "某小区建于1996年，楼顶水箱的清洗记录停在五年前，检修口的盖板已经锈穿。",
        "居民坦言，自己根本不知道楼顶还有水箱。",
        "物业撤场后，水箱成了“没人管的角落”", "水箱为什么没人洗？小区原有的物业公司三年前撤场，此后再无人管理。",
        "不少水箱和管道老化，移交前需要先改造。",
        "改造移交提速，让居民喝上“放心水”", "记者从市住建局获悉，该市已将老旧小区二次供水设施改造纳入今年民生实事。",
        "改造完成后，供水企业将统一接管，定期清洗并公示水质检测结果。"]) + "\n")
    story, = ed.articles
    assert [story.paragraphs[i] for i in story.crossheads][-1] == "改造移交提速，让居民喝上“放心水”"


def test_a_places_name_between_sections_headed_alike_is_a_section_head_and_a_weekend_picks_label():
    """落霞渡, 云岫茶谷, 望月村 head a travel feature's sections: 石门瀑 among them, a surname's shape, is one more
    head, no signature; 周末去哪儿 labels a box of briefs."""
    assert cv.BOX_LABEL.match("周末去哪儿")
    ed = parse_text("\n\n".join([
        "一条溪流串起山村的春天", "文/图　本报记者　某某",
        "从市区出发，沿高速向西南行驶一个多小时，就到了漱溪的源头。", "落霞渡",
        "渡口的木船一早就排着队下水，游客坐船顺流而下，两岸桃花开得正盛。", "云岫茶谷",
        "离开渡口沿山路往南十余公里，就是云岫茶谷，茶农正忙着采摘明前茶。", "望月村",
        "望月村保存着四十多栋明清古民居，村里开起了民宿和茶馆。", "石门瀑",
        "石门瀑是漱溪的最后一站，瀑布落差六十多米，雨后水量最大。",
        "景区提醒，游客观瀑时不要翻越护栏戏水。"]) + "\n")
    story, = ed.articles
    assert [story.paragraphs[i] for i in story.crossheads] == ["落霞渡", "云岫茶谷", "望月村", "石门瀑"]
    assert story.bylines == ("文/图　本报记者　某某",)


def test_a_charts_title_with_a_comma_in_its_units_brackets_over_its_source_is_its_caption():
    """某指数近12个月走势（月末收盘，点） over 数据来源：… between a byline and the text: the chart's caption (the comma
    is its unit's), no first line of the story's text."""
    ed = parse_text("\n\n".join([
        "板块总市值重回两万亿元", "本报记者　某某", "某板块指数近12个月走势（月末收盘，点）", "数据来源：某证券研究所",
        "6月8日收盘，我省上市公司总市值达到20136亿元，时隔两年重回两万亿元关口。"]) + "\n")
    story, = ed.articles
    assert story.captions == ("某板块指数近12个月走势（月末收盘，点）",) and len(story.paragraphs) == 1


def test_a_meetings_kicker_glued_to_its_headline_ends_where_the_meeting_closes():
    """某某部长级会议在某地闭幕 run into 六国共建…: the kicker ends on the meeting closing in its place, the
    headline's words after it; a meeting's headline alone (…会议在京召开) is cut nowhere."""
    from reader.parse.titles import split_kicker
    assert split_kicker("环湖各国部长级会议在某港闭幕六国共建渔业资源保护机制") == (
        "环湖各国部长级会议在某港闭幕", "六国共建渔业资源保护机制")
    assert split_kicker("全国农业工作会议在京召开") is None


def test_an_editors_note_after_a_storys_closing_credit_opens_the_letter_under_it():
    """…（作者系某大学教授） closes a piece; 编者按：… after it, over 读者来信's headline, is read before the letter it
    introduces: the letter's first paragraph, not the piece's last."""
    ed = parse_text("\n\n".join([
        "来论", "帮老年人跨过数字鸿沟", "文/某某", "前不久，笔者在一家社区卫生服务中心看到，一位老人因为不会用手机挂号，在窗口前站了很久。",
        "破解这一难题，需要家庭、社区和企业多方协同发力。", "（作者系某某大学教授）",
        "编者按：近年来，各地加快推进老旧小区改造，停车难成了居民反映较多的问题。今天刊发一位读者的来信。",
        "读者来信", "改造后的小区，停车还得再理一理", "我家住在某区某小区，这是一个建成三十多年的老小区，去年完成了改造。",
        "希望有关部门和物业一起想想办法，把好事办到居民的心坎上。", "某区读者　某某"]) + "\n")
    piece, letter = ed.articles
    assert piece.paragraphs[-1].startswith("破解这一难题") and letter.paragraphs[0].startswith("编者按：")


def test_a_price_tables_rows_with_a_spec_in_brackets_and_full_width_signs_are_its_rows():
    """尿素（46%）吨2150－30, 磷酸二铵吨3640＋20: a price table's rows, the product's spec in brackets, the change with a
    full-width sign; a sentence's figure in brackets is none."""
    for row in ("尿素（46%）吨2150－30", "复合肥（45%）吨2980持平", "磷酸二铵吨3640＋20", "草甘膦（41%）公斤19.50＋0.50"):
        assert cv.DATA_ROW.match(row), row
    assert not cv.DATA_ROW.match("其中（3月）增长12%")


def test_a_question_cut_at_a_columns_foot_after_its_label_goes_on_and_a_works_caption_with_its_artist():
    """问：冬季大棚浇水 | 施肥要注意什么？: a turn cut at a column's foot, its rest no headline; 《题》（年画）X 作 on one
    line captions a work with its artist, as 《题》（国画） alone does."""
    from reader.parse.works import CAPTION
    assert CAPTION.match("《五谷丰登》（年画）某某某 作") and CAPTION.match("《云岭烟雨》（国画）")
    ed = parse_text("\n\n".join([
        "冬季大棚蔬菜管理三问",
        "问：最近连续阴雨，大棚里的黄瓜叶片发黄，背面还有灰黑色霉层，这是怎么回事？",
        "答：这很可能是黄瓜霜霉病。冬季大棚内湿度大，病菌容易滋生，要及时通风降湿。",
        "问：冬季大棚浇水", "施肥要注意什么？",
        "答：冬季地温低、蒸发量小，浇水要掌握宁少勿多的原则，选择晴天上午浇。"]) + "\n")
    story, = ed.articles
    assert "问：冬季大棚浇水施肥要注意什么？" in story.paragraphs


def test_a_crosshead_wrapped_before_its_last_quoted_word_is_joined_back():
    """给“娇气”的材料穿上 | “防护服” between paragraphs: a crosshead wrapped before its last word, quoted, joined back
    to its first line (no kicker and headline of a story of its own)."""
    ed = parse_text("\n\n".join([
        "某团队攻克叠层电池稳定性难题", "本报记者　某某",
        "一块巴掌大小的深蓝色电池片，在模拟户外环境的老化箱里连续运行了两千小时。",
        "给“娇气”的材料穿上", "“防护服”",
        "钙钛矿材料吸光能力强、制备成本低，但怕水怕热，稳定性一直是产业化的拦路虎。",
        "团队决定从材料的边界入手，研发出一种分子钝化层。",
        "两年内建成中试线", "团队计划两年内建成中试线，推动叠层组件通过权威认证。"]) + "\n")
    story, = ed.articles
    assert [story.paragraphs[i] for i in story.crossheads] == ["给“娇气”的材料穿上“防护服”", "两年内建成中试线"]


def test_a_storys_photo_under_its_byline_and_its_bracketed_section_heads_stay_in_the_story():
    """Headline, the writer's credit, a photo's caption and credit, then the text: the photo is the story's, no photo
    item of its own; 【一刷就是两小时】 between its paragraphs heads a section (commas and quotes in such a head too),
    never a series bar over the text after it, nor a piece of the paragraph before."""
    ed = parse_text("\n\n".join([
        "孩子沉迷短视频，家长怎么办", "记者　某甲　实习生　某乙", "图为某市某区一位家长和孩子一起读书。", "受访者供图",
        "晚饭后，某女士又一次和读初二的儿子因为手机吵了起来。她说，孩子一放学就抱着手机刷视频。",
        "记者走访发现，不少家庭都有类似的烦恼。某市一家心理门诊的医生说，今年以来前来咨询的家长明显增多。",
        "【一刷就是两小时】",
        "某先生的女儿今年上五年级。他告诉记者，孩子周末常常一刷就是两个小时，叫也叫不动。",
        "他说，收手机只会让孩子更抵触，后来他改成和孩子约定时间。",
        "【“不是不想听，是怕被念叨”】",
        "孩子们又是怎么想的？记者在某中学随机采访了十余名学生，不少人说，最怕的是一开口就被说教。",
        "【约定比没收更管用】",
        "不少家长摸索出了办法。某女士和儿子一起定下规矩：作业完成后可以看半小时。",
        "专家建议，家长先要放下自己的手机，给孩子做好榜样。"]) + "\n")
    story, = ed.articles
    assert story.captions and story.captions[0].startswith("图为") and story.photo_credits == ("受访者供图",)
    assert [story.paragraphs[i] for i in story.crossheads] == ["【一刷就是两小时】", "【“不是不想听，是怕被念叨”】",
                                                               "【约定比没收更管用】"]


def test_a_letters_column_label_glued_to_its_question_the_reply_head_and_the_answerers_signature():
    """法律信箱 glued to the reader's question (a column's label: the rubric), the reader's signature, 回复： alone
    over the answer (its head, in one item with the letter), the answer signed ——某律师事务所律师　X (a byline, no
    headline of a story after it)."""
    ed = parse_text("\n\n".join([
        "法律信箱邻居装修噪音扰民，我该怎么办？",
        "我家楼上的邻居最近在装修，每天早上七点就开始电钻声不断，家里老人休息不好。我想问一问，该怎么维权？",
        "（读者　某丙）", "回复：",
        "某丙读者：您好！根据有关规定，装修施工应当遵守作息时间，不得在休息时间进行产生噪声的作业。",
        "您可以先与邻居沟通，也可以向物业或者街道反映，必要时可以向有关部门投诉。",
        "—— 某律师事务所律师　某丁"]) + "\n")
    letter, = ed.articles
    assert (letter.rubric, letter.headline) == ("法律信箱", "邻居装修噪音扰民，我该怎么办？")
    assert [letter.paragraphs[i] for i in letter.crossheads] == ["回复："]
    assert letter.bylines == ("（读者　某丙）", "—— 某律师事务所律师　某丁")


def test_an_experts_place_post_and_name_is_a_credit_and_a_deputys_posts_stay_a_title():
    """某市某医院某科副主任医师　X under an expert's label, and ——心理咨询师　X closing an answer: credits; a deputy's
    posts listed with 、 over what the deputy said, and a post alone before a name (the rest of a wrapped credit), not."""
    for line in ("某市第一人民医院心理科副主任医师　某某某", "—— 心理咨询师　某某某", "某大学教育学院教授 某某"):
        assert cv.BYLINE.match(line), line
    for line in ("省政协委员、某大学教育学院教授 某某某", "主任医师 某某某", "主任说"):
        assert not cv.BYLINE.match(line), line


def test_tables_rows_run_together_a_stocks_code_first_and_the_note_of_when_its_figures_stand():
    """某苑452598萬13,230 (an estate, its size, price and price a foot run together) and 6821某某1,235.00+25.00 (a
    stock's code, name, close and change): rows; 11月26日收盤　單位：元 under them: the table's note; a headline's
    figure or a date alone is none of these."""
    from reader.parse.forms import UNIT_NOTE
    for row in ("某某半島8121,368萬16,847", "某苑452598萬13,230", "6821某峰1,235.00+25.00", "3417某某電子88.60+1.20"):
        assert cv.DATA_ROW.match(row), row
    for text in ("2026年11月", "某公司销售额达1,368萬", "白菜1.20元"):
        assert not cv.DATA_ROW.match(text), text
    assert UNIT_NOTE.match("11月26日收盤　單位：元") and UNIT_NOTE.match("截至6月底 单位：万元")
    assert not UNIT_NOTE.match("单位：某某公司") and not UNIT_NOTE.match("11月26日收盘")


def test_a_hong_kong_property_ads_statutory_details_mark_it_an_advertisement():
    """發展項目名稱：… 詳情請參閱售樓說明書 (the details every HK property ad prints by law): an advertisement; a story
    quoting a sales brochure is not."""
    assert cv.AD_MARK.match("發展項目名稱：某灣·某璽　區域：某區　賣方：某某發展有限公司　詳情請參閱售樓說明書。印製日期：2026年")
    assert not cv.AD_MARK.match("發展商昨日上載售樓說明書，項目共提供568伙。")


def test_an_estates_name_after_a_box_label_is_a_briefs_title_not_a_names_rest():
    """新盤速遞 | 某灣·某璽周日開放示範單位: a box's label over a brief's title opening with an estate's dotted name,
    two lines; …建筑师伊 | 娃·某某表示，… still joins (a name cut at a column's end)."""
    from reader.parse.caps import cut_names
    label, title = chunks("新盤速遞", "某灣·某璽周日開放示範單位")
    assert len(cut_names([label, title])) == 2
    assert len(cut_names(chunks("負責修復的建築師伊", "娃·某某契表示，團隊依據百年前的原始設計圖重建尖塔。"))) == 1


def test_titled_briefs_under_a_column_label_one_with_a_quoted_slogans_comma():
    """A column's label, then three titles each over one paragraph: three items, though one title quotes a slogan
    with 、 in it (“群众点单、代表督办”: no comma-broken section head of one story)."""
    ed = parse_text("\n\n".join([
        "代表之窗", "某市首个园区立法联系点揭牌",
        "某市人大常委会日前在某经济开发区设立基层立法联系点，这是该市首个设在产业园区的联系点，企业意见可以直接进入立法过程。",
        "某县推行“群众点单、代表督办”",
        "某县人大常委会今年推行民生实事“群众点单、代表督办”工作机制，由县人大代表分组跟踪督办，办理结果向群众公开。",
        "执法检查组赴某县督查耕地保护",
        "某市人大常委会近日组成执法检查组，对全市贯彻实施土地管理法律法规情况开展执法检查，发现问题交有关部门限期整改。"]) + "\n")
    assert [len(a.paragraphs) for a in ed.articles] == [1, 1, 1] and ed.articles[0].rubric == "代表之窗"
    assert ed.articles[1].headline == "某县推行“群众点单、代表督办”" and not ed.articles[1].crossheads


def test_a_crosshead_opening_on_the_word_data_is_no_box_of_figures_label():
    """数据比对找线索 between a story's paragraphs: one of its three section heads (the word 数据 opens it); 数据看台,
    数说某县 alone still label a box of figures."""
    from reader.parse.notices import FIGURES_LABEL
    assert FIGURES_LABEL.match("数据看台") and FIGURES_LABEL.match("数说某县") and not FIGURES_LABEL.match("数据比对找线索")
    ed = parse_text("\n\n".join([
        "某市推动监督向基层延伸", "本报记者　某某",
        "今年以来，某市纪委监委把整治群众身边不正之风作为重点，推动监督向村一级延伸。",
        "清单管权明边界", "各县区结合实际，把村级小微权力列成清单，明确每一项权力的行使程序。",
        "清单定下来，关键在执行。各地每季度开展一次交叉检查，发现问题当场督促整改。",
        "数据比对找线索", "监督要精准，离不开数据支撑。系统通过设定比对模型，能自动筛查异常情况。",
        "过去查一个问题要一户一户上门核实，现在系统几分钟就能比对出来。",
        "以案促改见实效", "针对办案中发现的共性问题，各地建章立制，堵塞管理漏洞。",
        "整治成效好不好，群众说了算。各地还定期回访，听取群众意见。"]) + "\n")
    story, = ed.articles
    assert [story.paragraphs[i] for i in story.crossheads] == ["清单管权明边界", "数据比对找线索", "以案促改见实效"]


def test_a_report_lead_or_a_done_verb_cut_at_a_columns_foot_goes_on_in_the_next():
    """记者从某市市场 | 监督管理局了解到，… and 某某社的成长也带动了 | 更多学生走进实验室。: a paragraph's first line cut
    at a column's foot (a lead's source cut, a verb waiting for its object), no crosshead; 春天来了 over text stays a
    head."""
    def story(piece):
        return parse_text("\n\n".join([
            "某市出台预付卡管理办法", "本报记者　某某",
            "记者走访发现，预付卡退费难的问题在多个行业都有出现，不少消费者因此蒙受损失。",
            "商家关门后，会员往往找不到人，只能自认倒霉。", piece[0], piece[1],
            "今年以来，相关部门共受理预付卡投诉三百余件，为消费者挽回损失五十余万元。"]) + "\n")
    for piece in (("记者从某市市场", "监督管理局了解到，该市去年出台了单用途预付卡管理办法。"),
                  ("某某社的成长也带动了", "更多学生走进实验室。目前社团已有成员四十余人。")):
        got, = story(piece).articles
        assert piece[0] + piece[1] in got.paragraphs and not got.crossheads


def test_a_columns_cases_each_a_title_over_its_bracketed_parts_are_items_of_their_own():
    """投诉直通车 over three cases, each a title over 【投诉】… and 【进展】… paragraphs: three items (a case's parts
    count as one), no story with crossheads."""
    cases = []
    for k, (title, place) in enumerate((("网购冰箱到货磕坏　换货一拖就是二十天", "某区"), ("婚纱照底片加钱才给　影楼改口免费提供", "某县"),
                                        ("旧房装修增项不断　预算一涨再涨", "某镇"))):
        cases += [title, f"【投诉】{place}的市民某先生反映，他今年{k + 3}月遇到了麻烦，多次与商家沟通都没有结果。",
                  f"【进展】记者将情况反映给商家后，对方表示将尽快处理，{place}市场监管部门也已介入调查。"]
    ed = parse_text("\n\n".join(["投诉直通车"] + cases) + "\n")
    assert [len(a.paragraphs) for a in ed.articles] == [2, 2, 2] and not any(a.crossheads for a in ed.articles)


def test_a_knowledge_boxs_label_the_sea_state_line_a_singapore_byline_and_an_event_listings_entry():
    """海洋知识 over a term's title: the box's rubric; 海况预报　17日：… and 潮汐预报: the page's data; 报道　X　摄影　Y
    and 文　X: credits; 地点：…日期：…票价：… run together: a listing's entry, never cut into a place's facts."""
    from reader.parse.forms import next_fact
    from reader.parse.titles import is_rubric
    assert is_rubric("海洋知识") and not is_rubric("伏季休渔")
    assert role("海况预报　17日：某渔场东北风5到6级，浪高1.5到2.0米。", "weather") is Role.FURNITURE
    assert role("潮汐预报", "weather") is Role.FURNITURE and role("海洋生态保护取得新进展", "weather") is None
    for line in ("报道　林某某　　摄影　黄某某", "文　许某某", "报道 林某"):
        assert cv.BYLINE.match(line), line
    for line in ("文　化", "文化新闻", "文 化 资 讯"):  # (a label letter-spaced is no writer)
        assert not cv.BYLINE.match(line), line
    entry = "地点：某某音乐厅日期：11月28日（星期六）晚上8时票价：35元、55元、75元"
    assert cv.LISTING_ROW.match(entry) and next_fact(entry) is None
    assert next_fact("地址：某街17号营业时间：5:30—10:30人均：约12元") is not None  # (a place's facts still cut)


def test_a_caption_after_a_storys_text_naming_nothing_of_it_is_photo_news_of_its_own():
    """A story on low-carbon concrete, then 「某某博览」昨日…一部机械人… with its credit printed after its text: photo
    news of its own (its words are none of the story's); a caption after a story's text that tells what the story
    does stays in it."""
    def page(caption):
        return parse_text("\n\n".join([
            "某大学研发低碳混凝土　碳排放减四成",
            "某大学土木工程学系研究团队研发出一种低碳混凝土，以工业废料取代部分水泥，碳排放可减少约四成。",
            "团队负责人介绍，团队花了三年时间调校配方，最大挑战是确保强度符合建筑规范。",
            "研究团队正与本地建材商商讨合作，预计明年在公共工程中试用。团队还计划把配方推广到预制构件，进一步降低工地的碳排放。",
            "业界人士认为，建造业是本地碳排放的主要来源之一，低碳建材若能大规模应用，对实现减碳目标有重要意义。",
            caption + "记者 某某某 摄",  # (the credit set after the caption, one block)
            "创科观察", "机械人进院舍　科技更需温度", "文：某某某",
            "近年不少安老院舍引入照护机械人，减轻人手压力，但科技始终不能取代人与人之间的关怀。"]) + "\n")
    robot = page("「2027国际机械人博览」昨日在某会展中心开幕，一部由本地初创研发的双臂协作机械人示范冲咖啡。")
    assert [a.kind for a in robot.articles] == [Kind.ARTICLE, Kind.PHOTO, Kind.ARTICLE]
    assert robot.articles[1].captions[0].startswith("「2027国际机械人博览」")
    told = page("研究团队成员在实验室检测低碳混凝土样本的强度。")
    assert [a.kind for a in told.articles] == [Kind.ARTICLE, Kind.ARTICLE] and told.articles[0].captions


def test_a_letter_signed_after_a_dash_and_a_run_of_classified_ads_each_with_its_number():
    """A reader's letter signed — 某区 讀者 X (a dash before the district): its byline, the name its author; the
    classified ads under it, each a line ending on its number, are all furniture however many (no story takes the
    fifth on)."""
    assert cv.BYLINE.match("— 某某區 讀者 何某某") and cv.names_in("— 某某區 讀者 何某某") == ["何某某"]
    assert not cv.BYLINE.match("— 某某區的讀者都很關心")
    ads = [f"{kind}某某服務，價格公道，歡迎查詢。(604) 555-01{k}{k}" for k, kind in enumerate("傢俬搬屋補習裝修出租誠聘")]
    ed = parse_text("\n\n".join(["讀者來函", "快速公交應兼顧長者需要", "編輯先生：日前讀到貴報有關快速公交的報道，我想談談長者的需要。",
                                 "希望當局在設計車站時多考慮長者和行動不便人士的需要，工程真正便民。", "— 某某區 讀者 何某某",
                                 "分類廣告", "刊登熱線：(604) 555-0100"] + ads) + "\n")
    assert len(ed.articles) == 1 and ed.articles[0].bylines == ("— 某某區 讀者 何某某",)
    assert set(ads) <= {b.text for b in ed.furniture}


def test_a_name_and_colon_title_over_a_credit_heads_an_interview_and_its_cut_question_runs_on():
    """某某：演喜剧，得先把自己当真 right over ■记者 X: the interview's headline, though its turns open so; a
    question cut at a column's end (记者：片中您和某某 | 有不少对手戏，合作感觉如何？) is one turn, no new story."""
    ed = parse_text("\n\n".join([
        "某某某：演喜剧，得先把自己当真", "■记者 周　某",
        "由某某执导，某某某、某某主演的喜剧电影《某某》将于下月上映，记者日前专访了主演某某某。",
        "记者：这次的角色是火车站的搬运工，和您以往的角色很不一样吧？",
        "某某某：说实话，剧本我是一口气读完的，读完就觉得这个人物我得演。",
        "记者：片中您和某某", "有不少对手戏，合作感觉如何？",
        "某某某：她是个特别有灵气的演员，年纪不大，但特别肯下功夫，我们常常一起琢磨。",
        "记者：这部电影最想带给观众什么？", "某某某：我希望观众笑完以后，能想起身边那些平凡的人。"]) + "\n")
    assert [a.headline for a in ed.articles] == ["某某某：演喜剧，得先把自己当真"]
    assert "记者：片中您和某某有不少对手戏，合作感觉如何？" in ed.articles[0].paragraphs


def test_a_boxs_news_label_ending_in_news_cuts_its_briefs_run_in_titles():
    """馬圈消息-style label (a word or two and 消息) over items each opening with its title and an ideographic
    space: a box of briefs, each title cut off; 本報消息 alone labels no box."""
    assert cv.BOX_LABEL.match("某圈消息") and not cv.BOX_LABEL.match("本報消息")
    ed = parse_text("\n\n".join(["某圈消息", "名駒「某某」退役　曾兩奪短途錦標的名駒「某某」昨日正式宣布退役，將送往牧場安享晚年。",
                                 "見習騎師下周首演　見習騎師學校畢業生某某某昨日獲發牌照，下周三夜賽首次出賽。",
                                 "草地跑道下月翻新　馬會昨日公布，草地跑道將於下月進行翻新，期間賽事改在全天候跑道進行。"]) + "\n")
    assert [(a.kind, a.headline) for a in ed.articles] == [(Kind.BRIEF, "名駒「某某」退役"), (Kind.BRIEF, "見習騎師下周首演"),
                                                             (Kind.BRIEF, "草地跑道下月翻新")]


def test_an_interviewers_turn_cut_short_and_an_events_fields_each_on_its_own_pdf_line():
    """记者：片中您和某某 (cut at a column's foot, no mark yet): a turn, body; 记者：张某 李某 is a credit's look,
    never a turn. On a PDF page, 時間：…, 地點：…, 查詢：(604)… each on a line of its own are an event's text; in a
    dump such a line alone is left to the other rules. A box's titled events, each its fields, are briefs."""
    from reader.parse.forms import EVENT_FIELD
    from reader.parse.segment import Geometry
    assert role("记者：片中您和某某某", "qa_turn") is Role.PARAGRAPH and role("记者：张某 李某", "qa_turn") is None
    pdf = R.Context(8, 30, Geometry(0.85, False))
    for line in ("時間：3月21日（星期六）下午2時至4時", "地點：某某社區中心二樓", "查詢：(604)555-0142某小姐"):
        assert role(line, "event_fields", pdf) is Role.PARAGRAPH and role(line, "event_fields") is None, line
    assert not EVENT_FIELD.match("时间就是生命") and not EVENT_FIELD.match("查询：请登录网站")
    from reader.parse.briefs import _items
    from reader.parse.items import Item
    from reader.parse.rules import Mark
    from reader.parse.units import Unit, UnitKind

    def body(*texts):
        return Unit(UnitKind.BODY, "u", tuple(Item(Chunk(t, (Piece(t, k, k),)), Role.PARAGRAPH, "test", Role.PARAGRAPH,
                                                   "test", mark=Mark.OWN_LINE) for k, t in enumerate(texts, 1)))
    assert _items(body("時間：3月21日下午2時至4時", "地點：某某社區中心二樓", "查詢：(604)555-0142某小姐")) == 1
    assert _items(body("時間：3月21日下午2時至4時", "活動免費參加，名額有限，請及早報名。")) == 2


def test_a_listing_boxs_events_each_its_name_over_where_and_when_are_the_pages_data():
    """展讯, 本周节目, 演唱會資料 over events, each its name over 地点：… and 时间：… (where before when): the box's
    lines are the page's data, the names too; under a box of community news (社團活動) they are left to the briefs."""
    from reader.parse.furnish import info_box
    from reader.parse.items import Item

    def items(label):
        made = [(label, Role.HEADLINE), ("山水清音——明清书画精品展", Role.HEADLINE), ("地点：某市美术馆一号展厅", Role.PARAGRAPH),
                ("时间：即日起至2027年1月10日", Role.PARAGRAPH)]
        return [Item(Chunk(t, (Piece(t, k, k),)), r, "test", r, "test") for k, (t, r) in enumerate(made, 1)]
    for label in ("展讯", "本周节目", "演唱會資料", "本週片單"):
        assert [info_box(items(label), i) for i in (1, 2, 3)] == [Role.FURNITURE] * 3, label
    assert [info_box(items("社團活動"), i) for i in (1, 2, 3)] == [None] * 3


def test_a_tables_rows_of_a_name_its_figure_and_its_grade_and_the_note_under_them_are_the_pages_data():
    """本周空气质量 | （6月7日—6月13日） | 城市AQI级别 | 某阳62良, 某川48优, … | 注：AQI为周均值。数据来源：…: the
    label, its dates, its head row, its rows and its note are the page's data, none a headline nor a story's text;
    a headline ending on a figure and a word (十年增长50倍) over a story stays a headline."""
    rows = ["梧阳62良", "岑川48优", "蓼州71良", "宁沅104轻度污染", "棠川45优", "汀浦57良"]
    ed = parse_text("\n\n".join(["某河十年治理重现水清岸绿", "本报讯（记者 某某）十年来，某河干流断面水质全部达到Ⅱ类，沿河新建湿地12处。",
                                 "本周空气质量", "（6月7日—6月13日）", "城市AQI级别"] + rows
                                + ["注：AQI为周均值。数据来源：某省生态环境监测中心", "十年增长50倍",
                                   "某县光伏装机容量十年增长50倍，去年发电量占全县用电量的三成以上。"]) + "\n")
    furniture = {b.text for b in ed.furniture}
    assert set(rows) | {"本周空气质量", "城市AQI级别", "注：AQI为周均值。数据来源：某省生态环境监测中心"} <= furniture
    assert [a.headline for a in ed.articles] == ["某河十年治理重现水清岸绿", "十年增长50倍"]


def test_a_special_contributors_credit_names_its_writer():
    """■本报特约　X, 本报特约 X: a special contributor's credit (the paper's 特约 writer), the name its author; 本报特约
    alone, or over words that are no name, credits no one."""
    for line, name in (("■本报特约　程某某", "程某某"), ("本报特约 程某某", "程某某"), ("特约　王某某", "王某某")):
        assert cv.BYLINE.match(line) and cv.names_in(line) == [name], line
    assert not cv.BYLINE.match("本报特约") and not cv.BYLINE.match("本报特约　专家解读疫情防控形势")


def test_a_film_listings_titles_each_over_its_line_of_details_are_items_of_their_own():
    """影讯 over 《片名》 | 剧情／某某执导，某某、某某主演，5月1日上映, four times: each work's title heads its item (a
    title in 《》 alone is no line of the details before it, which end with no stop); a line holding two commas past
    fifteen characters is text, never a headline."""
    assert role("剧情／某某执导，某某某、某某某主演，5月1日上映", "comma_run") is Role.PARAGRAPH
    assert role("演喜剧，得先把自己当真", "comma_run") is None and role("稳增长，调结构，惠民生", "comma_run") is None
    films = [("《北站往南》", "喜剧／某某某执导，某某某、某某某主演，4月30日上映"), ("《雾港来信》", "剧情／某某执导，某某某、某某某主演，5月1日上映"),
             ("《星河拾荒记》", "动画／某某某执导，讲述小机器人的太空旅程，5月1日上映"), ("《渡口人家》", "剧情／某某某执导，某某某、某某某主演，正在热映")]
    ed = parse_text("\n\n".join(["影讯"] + [x for film in films for x in film]) + "\n")
    assert [(a.headline, a.paragraphs) for a in ed.articles] == [(t, (d,)) for t, d in films]


def test_a_week_in_reviews_boxes_keep_their_labels_their_calendar_and_their_commenters_handles():
    """A weekly's 一周回顾 page: an item closing on a pointer to the page's own story (…。（详见本版“本周关注”）) has
    ended; a 下周预告 calendar's rows (5月26日　…) are the page's data; the label after a box of figures is no line of
    its last figure's note; ——X under a quote is its attribution, the label after it no wrapped end of it; @网名 under
    a reader's comment signs it."""
    ed = parse_text("\n\n".join([
        "本周要闻", "周四▎某某城际铁路正式开通运营，沿线市民可刷卡乘车。（详见本版“本周关注”）",
        "周五▎受强对流天气影响，某某县出现短时强降雨，当地启动防汛四级应急响应。",
        "下周预告", "5月24日—30日　全省“放心消费”宣传周，各地设立咨询点", "5月26日　某某省人大常委会举行会议",
        "数字", "4.6万人次，某某城际铁路开通首日发送旅客", "126毫米某某县某某镇24小时降雨量",
        "一周语录", "“列车跑得快只是第一步，让旅客坐得舒心才是答卷。”", "——某某铁路运营公司　某甲",
        "“防汛没有小事，宁可十防九空，也不能心存侥幸。”", "——某某大学机械工程学院学生　某乙",
        "读者热议", "“我在城里上班，家在县里，现在每天下班都能回家吃晚饭，这才是实实在在的变化。”", "@某某小陈"]) + "\n")
    arts = {a.headline: a for a in ed.articles}
    assert list(arts) == ["本周要闻", "数字", "一周语录", "读者热议"]
    assert len(arts["本周要闻"].paragraphs) == 2
    assert {"5月24日—30日　全省“放心消费”宣传周，各地设立咨询点", "5月26日　某某省人大常委会举行会议"} <= {b.text for b in ed.furniture}
    assert arts["一周语录"].paragraphs[-1] == "——某某大学机械工程学院学生　某乙"
    assert arts["读者热议"].bylines == ("@某某小陈",)


def test_a_lonely_hearts_columns_entries_are_the_pages_and_a_readers_letter_is_signed_before_its_reply():
    """征婚交友: entries of 编号0412　女　1992年生 … are small ads, the page's; a letter to an agony column signed
    读者　X, the reply run on after the name in one block (读者　小某回复：…): the name signs the letter, the reply
    is the column's text; a story's 5月16日是周六 … opening is no entry."""
    entries = ["编号0412　女　1992年生　身高163cm　本科　教师　未婚，性格温和，爱好烘焙。觅1987年至1991年生、工作稳定的男士。",
               "编号0415　男　1990年生　身高178cm　硕士　工程师　未婚，喜欢打羽毛球。觅1992年以后出生、善良懂事的女士。"]
    ed = parse_text("\n\n".join(["情感信箱", "恋爱三年，他总说“再等等”", "我今年29岁，和男友是大学同学，毕业后一起留在城里工作，恋爱已经三年多了。每次我提起结婚，他总说再等等，等攒够了首付再说。",
                                 "我理解他想给我更好的生活，可眼看身边的朋友一个个都成了家，我心里越来越着急，不知道该怎么办。",
                                 "读者　小某回复：小某你好！读了你的来信，能感受到你的焦虑。", "男友说“再等等”，未必是不想负责。",
                                 "——情感咨询师　某某某", *entries, "征婚交友"]) + "\n")
    assert [(a.headline, a.bylines) for a in ed.articles] == [("恋爱三年，他总说“再等等”", ("读者　小某", "——情感咨询师　某某某"))]
    assert ed.articles[0].paragraphs[2].startswith("回复：小某你好！")
    assert set(entries) <= {b.text for b in ed.furniture}


def test_a_judges_column_is_signed_by_court_post_and_name_and_a_judgments_summary_is_a_card_of_fields():
    """法官释法 over 某区人民法院法官　X: the court, the post and the name sign the column (its byline, as the court and
    the name alone do); 裁判文书摘要 over 案号：… 案由：… 审理法院：… 裁判要旨：…: a card's fields, each a line of its
    text, none a headline."""
    ed = parse_text("\n\n".join([
        "法官释法", "某某区人民法院法官　某某某", "近年来，一些不法分子打着“旅居养老”的旗号，以高额返利为诱饵吸收老年人资金，涉案金额巨大。",
        "裁判文书摘要", "案号：（2026）某0203刑初412号", "案由：非法吸收公众存款", "审理法院：某某市某某区人民法院",
        "裁判要旨：行为人以销售保健品、组织旅游为名，向不特定老年人吸收资金，构成非法吸收公众存款罪。"]) + "\n")
    assert [(a.headline, a.bylines, len(a.paragraphs)) for a in ed.articles] == [
        ("法官释法", ("某某区人民法院法官　某某某",), 1), ("裁判文书摘要", (), 4)]


def test_a_games_page_diagram_captions_puzzle_answer_and_notice_fields():
    """第1谱（1—30） under a game's commentary captions its diagram; 上期答案：1.… opens a puzzle's answer, text; a
    notice's fields (时间：…, 地点：…, 组别：…, 报名：…) are its lines, each its own, none a crosshead however alike."""
    assert role("第1谱（1—30）", "photo_position") is Role.CAPTION and role("第1谱写新篇章", "photo_position") is None
    assert role("上期答案：1.车二进三　将4进1", "recap") is Role.PARAGRAPH
    fields = ["时间：5月8日—9日，每天上午9时开赛", "地点：某某市文体中心三楼棋牌馆",
              "组别：成年组（18岁以上）、少年组（16岁以下），每队4至6人", "报名：即日起至4月30日，可致电8831 2076咨询"]
    ed = parse_text("\n\n".join(["“某某杯”市民象棋团体赛开始报名",
                                 "为丰富市民业余文化生活，第三届“某某杯”市民象棋团体赛将于5月举行，现面向全市开放报名。",
                                 *fields]) + "\n")
    assert [(a.headline, a.paragraphs[1:], a.crossheads) for a in ed.articles] == [("“某某杯”市民象棋团体赛开始报名", tuple(fields), ())]


def test_a_congratulation_and_a_death_notice_are_the_pages_and_a_caption_names_people_from_the_left():
    """恭　賀 | 某某先生 | 榮任某會 | 第四十二屆理事長 | 某公司　敬賀: a congratulation bought by a firm; 訃　告 over its
    text closing 敬告: a death notice; both the page's, no story's (恭賀 with no closing within reach stays a line
    of its own). …合影。左起：X、Y names the people in a photo: its caption."""
    assert role("就職典禮上，主禮嘉賓與新舊任理事長合影。左起：某甲、某乙、某丙。", "photo_position") is Role.CAPTION
    assert role("他們從左起，依次入場。", "photo_position") is None
    ad = ["恭　賀", "某某某先生", "榮任菲律賓某氏宗親總會", "第四十二屆理事長", "某某五金有限公司董事長　某某某暨全體同仁　敬賀"]
    obit = ["訃　告", "本會前理事長某某某宗長，慟於三月十一日下午三時壽終於某某醫院，享壽九十有二。", "菲律賓某氏宗親總會　敬告"]
    story = ["某某商會捐建校舍", "【本報訊】某某商會捐建的兩座課室大樓日前落成，並正式移交當地小學使用。"]
    ed = parse_text("\n\n".join(story + ad + obit) + "\n")
    assert [a.headline for a in ed.articles] == ["某某商會捐建校舍"]
    assert set(ad + obit) <= {b.text for b in ed.furniture}


def test_an_experts_answers_are_signed_by_post_name_and_答疑():
    """装修问答 over 设计师　X　答疑 and 问：…/答：… turns: the line signs the box (its byline), X its author, neither the
    post nor 答疑 a name; a label alone (律师答疑) signs nothing."""
    assert role("设计师　某某某　答疑", "byline") is Role.BYLINE and role("营养师 某某 解答", "byline") is Role.BYLINE
    assert role("律师答疑", "byline") is None
    assert cv.names_in("设计师　某某某　答疑") == ["某某某"]


def test_a_spec_tables_fields_and_note_are_data_and_a_briefs_price_closes_its_text():
    """参数表 over fields whose values name a model or a figure (处理器：某芯Y9（4纳米）, 防护：IP68级) and its note
    (注：…。) is the page's data; a product brief's price under its text (参考价：899元) is that text's last line, not the
    next brief's headline, however alike the prices are framed."""
    spec = ["参数表", "屏幕：6.7英寸 OLED直屏", "处理器：某芯Y9（4纳米）", "内存/存储：12GB+256GB", "前置：3200万像素",
            "防护：IP68级防尘防水", "售价：3999元起", "注：参数来自厂商公布信息。"]
    briefs = ["新品速递", "某某Watch S3智能手表", "搭载1.5英寸圆形屏幕，支持心率监测，续航约14天。", "参考价：899元",
              "某某Pad 11平板电脑", "配备11英寸护眼屏，支持手写笔和键盘套。", "参考价：1599元起",
              "某某Air 3降噪耳机", "支持主动降噪，总续航约28小时。", "参考价：299元"]
    story = ["某某手机上手评测", "5月9日，某某公司发布了今年的中端主力机型，记者上手使用了两周。"]
    ed = parse_text("\n\n".join(story + spec + briefs) + "\n")
    assert set(spec) <= {b.text for b in ed.furniture}
    assert [(a.headline, a.paragraphs[-1]) for a in ed.articles[1:]] == [
        ("某某Watch S3智能手表", "参考价：899元"), ("某某Pad 11平板电脑", "参考价：1599元起"), ("某某Air 3降噪耳机", "参考价：299元")]


def test_a_notices_contact_lines_run_together_and_an_offices_briefs_label():
    """举报电话：… 通信地址：… 邮政编码：… run together in one block tell how to reach the office signing a notice: its
    text, so the office and the date under it sign the notice; 组工信息 labels a box of an office's briefs (便民信息,
    a service box, and 活动信息, an event's details, do not)."""
    assert role("举报电话：0000-12380通信地址：某某市某某区某某路118号邮政编码：368000", "contact_line") is Role.PARAGRAPH
    assert role("组工信息", "box_label") is Role.FURNITURE and role("党建信息", "box_label") is Role.FURNITURE
    assert role("便民信息", "box_label") is None and role("活动信息", "box_label") is None
    notice = ["某某市委组织部干部任前公示", "根据有关规定，经市委研究，拟对下列同志任职。公示期间如有情况，请向市委组织部反映。",
              "某某，男，汉族，1975年11月出生，大学学历，现任某某局局长，拟任某某区委书记。",
              "举报电话：0000-12380通信地址：某某市某某区某某路118号邮政编码：368000", "某某市委组织部", "2026年6月16日"]
    briefs = ["组工信息", "专项检查启动", "日前，市委组织部启动年度专项检查，由6个检查组分赴各县开展检查。",
              "年轻干部建档", "某区近日为全区年轻干部建立成长档案，记录其培训和实绩。"]
    ed = parse_text("\n\n".join(notice + briefs) + "\n")
    assert [(a.headline, a.kind.value, a.paragraphs[-2:]) for a in ed.articles] == [
        ("某某市委组织部干部任前公示", "article", ("某某市委组织部", "2026年6月16日")),
        ("专项检查启动", "brief", ("日前，市委组织部启动年度专项检查，由6个检查组分赴各县开展检查。",)),
        ("年轻干部建档", "brief", ("某区近日为全区年轻干部建立成长档案，记录其培训和实绩。",))]


def test_a_childs_drawing_is_captioned_by_its_title_name_and_age_and_a_pupil_reporter_signs():
    """《题》　X（8岁） over 家长　Y　供图 captions a child's drawing (a photo, no story's headline); 小记者　X under a
    headline signs the report; 《题》 alone, or a name with no age, stays what it was."""
    ed = parse_text("\n\n".join(["某某画廊", "《我的家乡》　某小满（8岁）", "家长　某某某　供图", "走进消防站",
                                 "小记者　某可心", "4月10日上午，本报15名小记者在老师的带领下，走进了城北的消防救援站。"]) + "\n")
    assert [(a.kind.value, a.captions, a.bylines) for a in ed.articles] == [
        ("photo", ("《我的家乡》　某小满（8岁）",), ()), ("article", (), ("小记者　某可心",))]
    assert role("小记者　某可心", "byline") is Role.BYLINE
    from reader.parse.works import CAPTION
    assert CAPTION.match("《我的家乡》　某小满（8岁）") and not CAPTION.match("《我的家乡》　某小满")


def test_a_japanese_era_date_is_the_page_headers_and_a_compound_surname_signs_a_glued_tail_credit():
    """令和8年6月11日 alone is the page's date (as 民國115年… is), no headline; …。（特约记者欧阳某某） closing a story, the
    name glued to the post and its surname of two characters, is the story's byline cut off its last paragraph."""
    assert role("令和8年6月11日", "page_header") is Role.PAGE_HEADER and role("令和的故事", "page_header") is None
    assert cv.BYLINE_TAIL.search("警方提醒市民提高警惕。（特约记者欧阳某某）")
    assert not cv.BYLINE_TAIL.search("警方提醒市民提高警惕。（欧阳某某在现场说明情况）")


def test_a_cartoons_title_and_credit_are_a_picture_and_a_joke_is_signed_by_a_ring_and_供稿():
    """再睡五分钟 | 漫画／X: a cartoon's title over its credit, no text, is a picture (kind photo), X who drew it (漫画 no
    name). ○X 供稿 under a joke signs it, X its author (not 供稿)."""
    ed = parse_text("\n\n".join(["再睡五分钟", "漫画／某默", "省电妙招", "老王家的电费总是很低，邻居问他有什么妙招。",
                                 "老王说：“很简单，天一黑我就睡觉。”", "○某小柚 供稿"]) + "\n")
    assert [(a.kind.value, a.headline, a.bylines, a.authors) for a in ed.articles] == [
        ("photo", "再睡五分钟", (), ("某默",)), ("article", "省电妙招", ("○某小柚 供稿",), ("某小柚",))]
