"""Each newspaper convention on lines written as papers print them: every credit role, every shot word, the
surnames at both ends of the lists, the column-label endings, weekdays; and what each must not take.

Written against the mutation run of issue 12: a word dropped from a vocabulary (or a stray letter added to
it) must fail here. The examples are typed from how papers set these lines, not taken from the patterns."""
import pytest

from reader.parse import conventions as cv

# Credit roles as they open a byline, Simplified and Traditional.
ROLES = ["本报记者", "本報記者", "本报特约记者", "本報特約記者", "本报通讯员", "本報通訊員", "特约记者", "特約記者",
         "见习记者", "見習記者", "实习记者", "實習記者", "实习生", "實習生", "首席记者", "首席記者", "融媒体记者",
         "全媒体记者", "记者", "記者", "通讯员", "通訊員", "特约通讯员", "特約通訊員", "撰稿", "整理", "编译", "編譯",
         "编辑", "編輯"]


@pytest.mark.parametrize("role", ROLES)
def test_every_credit_role_opens_a_byline(role):
    assert cv.BYLINE.match(f"{role} 张明远"), role
    assert cv.BYLINE.match(f"（{role} 张明远）"), role
    assert cv.names_in(f"{role} 张明远 李华") == ["张明远", "李华"]


@pytest.mark.parametrize("credit", ["文/张明远", "文／张明远", "文/图 张明远", "文/图/张明远", "图/张明远", "文：张明远",
                                    "摄影 张明远", "攝影 張明遠"])
def test_text_and_picture_credits_are_bylines(credit):
    assert cv.BYLINE.match(credit), credit


@pytest.mark.parametrize("credit", ["记者 张明远 摄", "記者 張明遠 攝", "张明远 摄影", "張明遠 攝影", "张明远/摄",
                                    "张明远 供图", "張明遠 供圖", "（新华社记者 张明远 摄）", "（新华社发）", "新华社发",
                                    "制图：张明远", "製圖：張明遠", "本版制图：张明远", "制表：张明远", "製表／張明遠", "漫画：张明远", "张明远 绘"])
def test_every_shot_word_closes_a_photo_credit(credit):
    assert cv.PHOTO_CREDIT.match(credit), credit


@pytest.mark.parametrize("text", ["张明远摄像机", "摄影展在市美术馆开幕", "供图单位：市档案馆藏品"])
def test_photo_credit_needs_the_shot_word_at_the_end_after_a_name(text):
    assert not cv.PHOTO_CREDIT.match(text), text


# Compound surnames make four-character names that a single surname cannot cover.
@pytest.mark.parametrize("name", ["欧阳明华", "司马明华", "上官明华", "诸葛明华", "呼延明华", "轩辕明华", "太史明华",
                                  "申屠明华", "西门明华"])
def test_compound_surnames_make_bare_names(name):
    assert cv.BARE_NAME.match(name), name
    assert cv.names_in(f"记者 {name}") == [name]


# Single surnames: the most common ones, first and last of frequency lists, and Traditional forms.
@pytest.mark.parametrize("name", ["王明", "李华", "张强", "魏东", "吕方", "万宁", "钱进", "甘霖", "祝捷", "解放",
                                  "牟平", "邬江", "边疆", "邝明", "劉明", "盧華", "譚明", "韓冬", "曾毅"])
def test_common_surnames_make_bare_names(name):
    assert cv.BARE_NAME.match(name), name


@pytest.mark.parametrize("text", ["X光片", "A股", "5G基站", "CBD", "明天见面", "高温天气来袭", "春耕备耕正当时"])
def test_a_bare_name_starts_with_a_surname(text):
    assert not cv.BARE_NAME.match(text), text


@pytest.mark.parametrize("label", ["乡村振兴巡礼", "城市观察", "民生聚焦", "基层一线", "财经视点", "今日时评",
                                   "晨间快评", "本报短评", "记者走基层", "抗洪纪实", "人物访谈", "理论笔谈",
                                   "青年论坛", "专家专栏", "两会声音", "人物特写", "创业故事", "文明在行动",
                                   "项目建设进行时", "民生大家谈", "政民面对面", "今日新闻眼", "文化新视野",
                                   "城市速写", "采访手记", "城建档案", "法治之窗", "历史时空", "发布现场",
                                   "记者调查", "读书漫谈", "周末随笔", "读史札记", "民生热点", "政策解读",
                                   "今日评论", "社会视线", "热门话题", "生活万象", "健康百科", "法律讲堂",
                                   "文化茶座", "黄河文苑", "周末副刊", "国际纵横", "现场直击", "乡村探访",
                                   "国际新闻", "國際新聞"])
def test_column_labels_end_in_a_label_word(label):
    assert cv.RUBRIC_SUFFIX.match(label), label


@pytest.mark.parametrize("text", ["今天下午召开新闻发布会", "特写", "全市各地纷纷开展调查研究"])
def test_a_column_label_is_short_and_ends_in_its_word(text):
    assert not cv.RUBRIC_SUFFIX.match(text), text


@pytest.mark.parametrize("label,stem", [("乡村振兴巡礼", "乡村振兴"), ("鄉村振興巡禮", "鄉村振興"), ("城市观察", "城市"),
                                        ("民生視點", "民生"), ("文明在行动", "文明"), ("项目建设进行时", "项目建设"),
                                        ("法治专栏", "法治"), ("法治專欄", "法治")])
def test_the_stem_of_a_column_label(label, stem):
    assert cv.RUBRIC_STEM.sub("", label) == stem


@pytest.mark.parametrize("text,want", [("【民生关注】", True), ("［今日关注］", True), ("[图片新闻]", True),
                                       ("〖专题〗", True), ("【】", False), ("【民生关注】今日", False)])
def test_column_labels_in_brackets(text, want):
    assert bool(cv.RUBRIC_BRACKETS.match(text)) is want


@pytest.mark.parametrize("text", ["星期一", "星期日", "星期天", "周三", "周日", "Monday", "Sunday", "Wednesday"])
def test_weekdays(text):
    assert cv.WEEKDAY.search(f"2024年12月2日 {text}"), text


@pytest.mark.parametrize("text,want", [("会议圆满结束。", True), ("他说：“我们一定做到！”", True), ("真的吗？", True),
                                       ("未完的……", True), ("时间定在——", True), ("新车型命名为X", False),
                                       ("全市共有企业1,", False), ("（下转第2版）", False)])
def test_a_paragraph_ends_in_its_closing_punctuation(text, want):
    assert cv.ends_paragraph(text) is want


@pytest.mark.parametrize("text,want", [("会议结束。", True), ("怎么办？", True), ("一是；", True), ("全市召开会议", False),
                                       ("3月4日，全市", False)])
def test_sentence_punctuation(text, want):
    assert bool(cv.SENTENCE_PUNCT.search(text)) is want


def test_white_space_does_not_count():
    assert cv.squash("本报 记者\t张三\u3000李四\n") == "本报记者张三李四"
    assert cv.length("本报 记者\t张三\u3000李四\n") == 8
    assert cv.length("") == 0


def test_tail_match_looks_at_the_end_of_long_paragraphs_only():
    credit = "（记者 张明远）"
    body = "全市各项工作有序推进。" * 40
    assert cv.tail_match(cv.BYLINE_TAIL, body + credit)
    assert cv.tail_match(cv.BYLINE_TAIL, body) is None


@pytest.mark.parametrize("credit,names", [
    ("新华社北京12月2日电（记者 张三 李四）", ["张三", "李四"]),  # the names of a dateline are in its bracket
    ("新华社北京3 月9 日电", []),  # a dateline without one names nobody (日电 is no name)
    ("本报讯", []),
    ("（中央社記者陳柏宇台北15日電）", ["陳柏宇"]),  # the city and date after the name are not part of it
    ("〔記者王明/台北報導〕", ["王明"]),
    ("记者 阿卜杜·热合曼", ["阿卜杜·热合曼"]),  # minority names joined by a middle dot
    ("刘宏达谢守", ["刘宏达", "谢守"]),  # two names set without a space: 3 + 2 characters
    ("刘宏达谢守成", ["刘宏达", "谢守成"]),
    ("汪明吴光胜胡查平", ["汪明", "吴光胜", "胡查平"]),  # three names set without a space
    ("通讯员 王明 李华", ["王明", "李华"]),
    ("新华社记者 张三 摄", ["张三"]),
    ("本版制图：王明", ["王明"]),
    ("（编译／林　可）", ["林可"]), ("【编译／程一帆】", ["程一帆"]),  # a translated report's translator, spaced or not
    ("作者：某某大学教授　英格丽·索尔海姆", ["英格丽·索尔海姆"]),  # a translated op-ed's writer after the post
    ("（新华社发）", []),
    ("（作者为山东大学教授）", []),
    ("受访者供图", []), ("（主办方供图）", []),  # who gave the photo, no one by name
    ("某区　读者　王明", ["王明"]), ("某区读者　王明", ["王明"]), ("讀者　陳嘉欣（觀塘）", ["陳嘉欣"]), ("——王明（怡保）", ["王明"]), ("（读者　周先生）", ["周先生"]),  # a letter signed, a question asked
    ("■鄺志遠", ["鄺志遠"]), ("◎王明", ["王明"]),  # a columnist's, a poet's mark before the name
    ("陳嘉欣（觀塘）", ["陳嘉欣"]), ("新华社（记者王明）", ["王明"]),  # a reader signing with the district alone; a role's bracket
    ("■阿Sam", ["阿Sam"]),  # a columnist's pen name half in Latin letters
])
def test_names_in_a_credit(credit, names):
    assert cv.names_in(credit) == names


@pytest.mark.parametrize("lines,signed,roles", [
    (["这是一行很长很长的主标题文字", "——副题"], False, ["headline", "subheadline"]),  # a dash opens a subheadline
    (["这是一行很长很长的主标题文字", "短的主题"], False, ["kicker", "headline"]),  # undashed: a kicker over it
    (["主标题一行", "——副题一", "——副题二"], False, ["headline", "subheadline", "subheadline"]),
    (["引题一行", "主标题", "——副题"], True, ["kicker", "headline", "subheadline"]),
    (["引题一行", "主标题", "又一行"], True, ["kicker", "kicker", "headline"]),  # a signed essay's layout
])
def test_a_dash_opens_a_subheadline(lines, signed, roles):
    from reader.parse.titles import assign

    assert [t.role.value for t in assign(lines, signed)] == roles


@pytest.mark.parametrize("lead_in", ["新华社北京3 月9 日电", "新华社北京2026 年3 月9 日电", "本报3 月4 日讯",
                                     "据新华社北京12月2日电", "据新华社北京3 月9 日电", "新华社北京12月2日电"])
def test_datelines_as_extraction_leaves_them(lead_in):
    """PDF text extraction puts a space where a digit meets a Chinese character (3 月9 日): still a dateline."""
    assert cv.DATELINE.match(f"{lead_in}（记者 张明）全市今天召开会议。").group(0) == f"{lead_in}（记者 张明）"


def test_a_wire_dateline_giving_the_day_alone_is_a_dateline():
    """路透社倫敦5日電: a wire agency, its city and the day (no month), as Hong Kong papers print a wire's lead-in."""
    assert cv.DATELINE.match("路透社倫敦5日電　國際銅價昨日升至八個月高位。").group(0) == "路透社倫敦5日電"
    assert cv.names_in("路透社倫敦5日電") == [] and not cv.DATELINE.match("新华社记者5日拍摄的照片。")


@pytest.mark.parametrize("lead_in", ["【本報訊】", "【本報消息】"])
def test_a_hong_kong_or_macau_papers_bracketed_lead_in_is_a_dateline(lead_in):
    """Hong Kong papers open a story 【本報訊】, Macau papers 【本報消息】: a dateline, the bracket whole."""
    assert cv.DATELINE.match(f"{lead_in}東灣海濱長廊擴建工程昨日完成。").group(0) == lead_in
    assert cv.names_in(lead_in) == []  # (it credits no one: 消息 is no name)


@pytest.mark.parametrize("lead_in", ["【本報訊】記者甲乙丙報道：", "【本報訊】記者甲乙、丙丁報道："])
def test_a_hong_kong_lead_in_naming_its_reporters_is_one_dateline(lead_in):
    """【本報訊】記者X報道：… opens a Hong Kong story: the reporters' names and 報道： belong to the dateline."""
    assert cv.DATELINE.match(f"{lead_in}東灣海濱長廊擴建工程昨日完成。").group(0) == lead_in


@pytest.mark.parametrize("lead_in", ["据某地《某某时报》报道", "据某国《某某邮报》网站报道", "本报综合报道　", "本報綜合報導 "])
def test_a_story_told_from_a_papers_report_or_put_together_opens_with_a_dateline(lead_in):
    """据台湾《某报》报道， (a place's paper named before its title), 本报综合报道　… (a story put together from several
    reports, set off by a space): a dateline opening the story, as 据《某报》消息 is."""
    assert cv.DATELINE.match(f"{lead_in}，某地年轻人购房负担持续加重。" if "据" in lead_in else f"{lead_in}某港开通快线。")


@pytest.mark.parametrize("text", ["北京3 月9 日电", "新华社记者3 月9 日拍摄的照片。", "本报记者 张明", "综合报道",
                                  "综合报道显示，某地房价回落。", "据当地媒体报道，火山再次喷发。"])
def test_what_is_not_a_dateline(text):
    assert not cv.DATELINE.match(text)


@pytest.mark.parametrize("text,want", [
    ("新闻热线：0531-85193000", True), ("13912345678 党报热线", True), ("扫一扫 关注本报微信公众号", True),
    ("福彩3D第2024100期开奖公告", True), ("第24100期开奖号码：01 02 03", True), ("购彩请到正规销售网点", True),
    ("如有不符，以后者为准。", True),
    ("市民可拨打热线12345678反映问题。", False), ("开通便民服务热线", False), ("扫黑除恶专项斗争取得成效", False),
])
def test_page_notices(text, want):
    assert bool(cv.PAGE_NOTICE.search(text)) is want


@pytest.mark.parametrize("text,want", [("写字楼出租", True), ("遗失声明", True), ("声明作废", True), ("门面转让", True),
                                       ("租屋", True), ("徵人", True),  # (a Taiwan paper's categories, alone)
                                       ("出租车司机的一天", False), ("全市招聘工作会议召开", False), ("青年租屋补贴上路", False)])
def test_classified_ad_heads(text, want):
    assert bool(cv.CLASSIFIED_HEAD.match(text)) is want


@pytest.mark.parametrize("text,page,out", [("下紧转第3版▶", "3", True), ("◀上接第1版", "1", False), ("（下转第2 版）", "2", True),
                                           ("▶ 下转第四版", "4", True), ("（上接第十二版）", "12", False)])
def test_jump_lines_with_arrows_and_spaces(text, page, out):
    from reader.parse.jumps import is_jump_out, jump_page

    assert cv.JUMP_LINE.match(text) and jump_page(text) == page and is_jump_out(text) is out


@pytest.mark.parametrize("text,want", [("▶", True), ("◆ ◆ ◆", True), ("★", True), ("▶下转", False), ("转发", False)])
def test_a_mark_alone_on_its_line_is_an_ornament(text, want):
    assert bool(cv.ORNAMENT.match(text)) is want


def test_a_jump_line_with_an_arrow_glued_to_a_paragraph_is_split_off():
    from reader.parse import parse_text

    ed = parse_text("全市冬季供暖全面启动\n\n本报讯 今年供暖季比往年提前五天，全市供热管网运行平稳。下紧转第3版▶\n")
    assert ed.articles[0].paragraphs == ("本报讯 今年供暖季比往年提前五天，全市供热管网运行平稳。",)
    assert [b.text for b in ed.furniture] == ["下紧转第3版▶"]


def test_a_run_in_head_opening_a_paragraph_is_a_crosshead_of_its_own():
    """先看环比——…: a few words and a dash opening a paragraph head it (run in, as papers set them); a dash later in
    a sentence, or after a long opening, is the sentence's own."""
    from reader.parse import parse_text

    ed = parse_text("物价数据透视\n\n本报讯 上月物价总体平稳，各类商品供应充足，市场运行有序。\n\n"
                    "先看环比——上月居民消费价格环比上涨百分之零点二，其中食品价格持平，服务价格略有上涨。\n\n"
                    "再看同比——居民消费价格同比上涨百分之零点五，涨幅与前一个月相同，总体保持稳定。\n")
    [article] = ed.articles
    assert [article.paragraphs[i] for i in article.crossheads] == ["先看环比——", "再看同比——"]
    assert article.paragraphs[2].startswith("上月居民消费价格环比上涨")
    kept = parse_text("物价数据透视\n\n本报讯 记者了解到，上月物价——尤其是食品价格——总体平稳，各类商品供应充足。\n")
    assert kept.articles[0].crossheads == ()


@pytest.mark.parametrize("credit,kind,names", [
    ("□记者 张明远 通讯员 李华", "byline", ["张明远", "李华"]),  # a byline block led by a square
    ("■本报记者 张明远", "byline", ["张明远"]),
    ("摄影 记者 张明远", "photo", ["张明远"]),  # the photographer named after the word
    ("摄影：新华社记者 张明远", "photo", ["张明远"]),
    ("张明远/摄", "photo", ["张明远"]),
])
def test_credits_as_papers_set_them(credit, kind, names):
    pattern = cv.PHOTO_CREDIT if kind == "photo" else cv.BYLINE
    assert pattern.match(credit) and cv.names_in(credit) == names


@pytest.mark.parametrize("text, want", [
    ("论。这一观点忽视了整体性", True),  # the last word of a sentence cut off by a column end
    ("是。", True),
    ("，而且要长期坚持", True),  # no line starts with a comma
    ("”他说", True),
    ("后，浑身湿透的他回到车旁", True),  # (…交给民警 | 后，: a clause of time cut before its last word)
    ("时，记者看到", True),
    ("此后，记者多次回访", False),  # a word of time opening a sentence has two characters
    ("因此，我们要坚持", False),  # an opening word and a comma: a paragraph may start so
    ("一是加强组织领导。", False),
    ("“好！”", False),
])
def test_text_opening_mid_sentence(text, want):
    assert bool(cv.MID_SENTENCE.match(text)) is want


def test_shared_words_counts_a_titles_character_pairs_found_in_the_text():
    assert cv.shared_words("夜市开张", "本市首个夜市今晚开张营业") == pytest.approx(2 / 3)  # 夜市, 开张 of 夜市·市开·开张
    assert cv.shared_words("夜市开张", "全市供暖平稳") == 0.0
    assert cv.shared_words("2025", "2025") == 0.0  # no Han pairs: nothing to share


@pytest.mark.parametrize("credit", ["编译：张明远", "編譯：張明遠", "撰稿：张明远", "（新华社记者张明远）", "（记者张明远）"])
def test_credits_as_a_pdfs_text_prints_them_are_bylines(credit):
    """A translator's or writer's credit with its colon (编译：X), and a bracketed reporter's credit whose space the
    PDF never printed (（新华社记者X）): bylines; at a sentence's end, the closing one is cut off as one."""
    assert cv.BYLINE.match(credit), credit
    if credit.startswith("（"):
        assert cv.BYLINE_TAIL.search(f"全年货运量创历史新高。{credit}").group(0) == credit


@pytest.mark.parametrize("credit", ["本报记者张明远李华", "本报记者张明远李华通讯员王一", "记者张明远李华赵晓宇"])
def test_names_glued_after_a_role_as_a_pdfs_text_prints_them_are_a_byline(credit):
    """Two or three names after a role, their spaces never printed (本报记者X Y 通讯员 Z as the PDF's text has it):
    a byline; a role before words that are no names is none (记者从…获悉, 记者X Y报道称 goes on as a sentence)."""
    assert cv.BYLINE.match(credit), credit


@pytest.mark.parametrize("credit", ["综合报道", "本报综合报道", "綜合報導", "综合外电"])
def test_a_story_put_together_from_several_sources_is_credited_on_a_line_alone_to_no_one(credit):
    """综合报道 alone under a headline: the story's byline (put together from several sources), naming no one."""
    assert cv.BYLINE.match(credit) and cv.names_in(credit) == []
    assert not cv.BYLINE.match("综合报道显示，今年全球粮价上涨。")


def test_a_role_over_words_no_names_is_no_byline():
    assert not cv.BYLINE.match("记者从市教育局获悉")
    assert not cv.BYLINE.match("记者张明李华报道称")


def test_a_speakers_turn_and_an_editors_line_are_no_bylines():
    assert not cv.BYLINE.match("记者：张明远")  # (an interview's turn label)
    assert not cv.BYLINE.match("编辑：张明远")  # (the page's staff line)


def test_a_dash_and_a_name_after_a_comments_last_sentence_signs_it():
    """A 微评 comment signs off ……。——林　夏 (the name letter-spaced or not): a signature cut off the text and a byline
    alone; a quotation's source after its closing quote (…”——某甲) and a list's quoted post (◇ …。——某甲) keep theirs."""
    from reader.parse.segment import Chunk
    from reader.model import Piece
    from reader.parse.split import split_chunk
    for name in ("——林　夏", "——陈可"):
        assert cv.SIGNATURE_TAIL.search(f"让老人不再独自走失。{name}").group(0) == name
        assert cv.BYLINE.match(name)
    assert not cv.SIGNATURE_TAIL.search("他说：“我们一起走。”——某甲")
    item = "◇ 把日子过成诗，先要把琐事过好。——某甲"
    assert [c.text for c in split_chunk(Chunk(item, (Piece(item, 1, 1),)))] == [item]


def test_a_pointer_to_an_earlier_issues_page_closes_a_teaser():
    assert cv.TEASER_REF.search("（本报12月3日2版）") and cv.TEASER_REF.search("(本報3月9日A4版)")
    assert not cv.TEASER_REF.search("（本报12月3日电）")


def test_a_fact_boxs_field_lines_under_its_label_are_its_text_each_a_paragraph():
    """A box of facts (某某小档案 over 地点：… 时间：…): its label titles it, each field line is a paragraph of its own,
    though none ends a sentence; the same short lines under no box label are left to the other rules."""
    from reader.parse import parse_text
    ed = parse_text("\n\n".join([
        "老城墙修缮完工", "本报讯（记者 某甲）历时一年的老城墙修缮工程日前完工，城墙步道将于下月起向市民开放。",
        "老城墙小档案", "地点：某县城关镇北门", "年代：明代始建", "规模：全长1.2公里、高8米", "修缮投入：约900万元"]) + "\n")
    story, box = ed.articles
    assert box.headline == "老城墙小档案"
    assert box.paragraphs == ("地点：某县城关镇北门", "年代：明代始建", "规模：全长1.2公里、高8米", "修缮投入：约900万元")


def test_a_chinese_zero_opening_a_line_is_no_bullet():
    """○ is a bullet before an item's words, but a zero inside a year (二○二六年) cut at a line's end."""
    from reader.parse import conventions as cv
    assert cv.LIST_MARK.match("○ 报名截止时间延后")
    assert cv.LIST_MARK.match("○年起施行") is None and cv.LIST_MARK.match("○二六年起实施") is None


@pytest.mark.parametrize("lead_in", ["【日本《东洋商业新闻》12月2日报道】", "【韩国《汉江日报》网站12月2日报道】",
                                     "【某某时报驻某国特约记者 某甲 某某时报记者 某乙】", "【某某时报综合报道】"])
def test_a_foreign_papers_report_bracketed_opens_a_digests_item(lead_in):
    """A digest paper's translated item opens with the foreign paper that reported it, in 【】: its dateline."""
    assert cv.DATELINE.match(f"{lead_in}日本多家便利店连锁开始试点夜间无人值守。").group(0) == lead_in


@pytest.mark.parametrize("text,form", [("（编译／宋晓岚）", cv.BYLINE), ("【编译／唐　蕾】", cv.BYLINE),
                                       ("作者：某某大学教授　某甲", cv.BYLINE), ("图片来源：某某图片社", cv.PHOTO_CREDIT)])
def test_a_translators_sign_off_an_op_eds_writer_and_a_photos_source_are_credits(text, form):
    assert form.match(text)
    assert not cv.BYLINE.match("作者：我们应当怎样看待这一变化？")


def test_a_correspondents_bracket_names_them_not_their_paper_a_column_label_in_brackets_is_no_lead():
    assert cv.names_in("【某某时报驻某国特约记者 顾澄 某某时报记者 柯嘉禾】") == ["顾澄", "柯嘉禾"]
    assert not cv.DATELINE.match("【记者手记】昨天下午，记者来到现场。")
    assert cv.WIRE_CREDIT.match("（某某兰通讯社）") and cv.PHOTO_CREDIT_TAIL.search("工人在码头集会。（某某兰通讯社）")


def test_a_phone_field_may_bracket_its_area_code():
    assert cv.PHONE_FIELD.search("联系人：某某　联系电话：（0739）6128 305")
    assert cv.PHONE_FIELD.search("急诊：5120120") and not cv.PHONE_FIELD.search("时间：（上午）开放")


def test_a_hong_kong_reporters_run_in_credit_is_a_dateline_a_press_conference_is_not():
    assert cv.DATELINE.match("記者某某某報道：某區某邨一座大廈的升降機本月三度停頓。").group(0) == "記者某某某報道："
    assert cv.DATELINE.match("【本報訊】記者某某報道：房屋署昨日宣布。").group(0) == "【本報訊】記者某某報道："
    assert not cv.DATELINE.match("記者會上，他說明了計劃。") and not cv.DATELINE.match("记者从市里获悉，计划已获批准。")
