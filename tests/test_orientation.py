"""Which way a dump runs (headline before or after its body), what a lone line between bodies is, and which
headline goes with which story when the dump sets them apart: made-up pages in the shapes papers print them
(issue 14, points 1, 6, 9 and 11)."""
from reader.model import Role
from reader.parse import parse_text

# Three stories, each printed AFTER its body (content-stream order), then an untitled photo with its credit.
LAST = [
    "本报讯（记者 柯明远）昨日，新建的城北图书馆开门迎客。馆内藏书三十万册，设有少儿阅览区和自习区。",
    "图书馆每天开放十二小时，市民凭身份证即可免费办理借阅证。",
    "城北图书馆开门迎客",
    "本报讯（通讯员 邵雨晴）今年我市将改造老旧小区四十个，涉及居民一万两千户。",
    "改造内容包括加装电梯、更新管网和增设停车位，年底前全部完工。",
    "今年改造老旧小区四十个",
    "图为昨日，孩子们在城北图书馆少儿阅览区读书。",
    "记者 殷可欣 摄",
]


def headlines(ed):
    return {a.headline: a.paragraphs[0][:12] if a.paragraphs else a.captions[0][:12] for a in ed.articles}


def test_headlines_after_their_bodies_go_with_the_body_before_them():
    """Headline first, the page leaves the first story untitled; headline last, the photo: a tie in orphans,
    broken by the photo costing less than a story and by each headline's words recurring in the body before."""
    ed = parse_text("\n\n".join(LAST) + "\n")
    got = headlines(ed)
    assert got["城北图书馆开门迎客"].startswith("本报讯（记者 柯明远")
    assert got["今年改造老旧小区四十个"].startswith("本报讯（通讯员 邵雨")
    assert got[""].startswith("图为昨日")


def test_headline_first_stays_headline_first():
    order = [LAST[2], LAST[0], LAST[1], LAST[5], LAST[3], LAST[4]]
    got = headlines(parse_text("\n\n".join(order) + "\n"))
    assert got["城北图书馆开门迎客"].startswith("本报讯（记者 柯明远")
    assert got["今年改造老旧小区四十个"].startswith("本报讯（通讯员 邵雨")


FEATURE_A = ["清晨六点，河滨公园里已经有不少晨练的市民。", "公园去年完成提升改造，新增了健身步道和休息座椅。"]
FEATURE_B = ["傍晚时分，社区食堂飘出饭菜香。", "食堂为七十岁以上老人提供优惠，每餐只需八元。"]
FEATURE_C = ["城市的温度，藏在一件件小事里。"]


def test_a_lone_headline_between_bodies_of_a_backward_page_is_a_headline():
    """Bodies without datelines, one-line headlines printed after them: the first headline sits between two
    bodies, where a headline-first page would see a crosshead."""
    text = "\n\n".join(FEATURE_A + ["河滨公园焕新颜"] + FEATURE_B + ["社区食堂暖人心",
                                                                  "本报讯 全市今冬供暖于昨日启动，供热管网运行平稳。",
                                                                  "城区今冬供暖启动", "——居民室温普遍达标"]) + "\n"
    ed = parse_text(text)
    assert [a.headline for a in ed.articles] == ["河滨公园焕新颜", "社区食堂暖人心", "城区今冬供暖启动"]
    assert not any(a.crossheads for a in ed.articles)


def test_lone_lines_inside_a_backward_story_with_a_fuller_headline_group_are_crossheads():
    """A signed essay printed before its headline and author: its lone bold lines are crossheads."""
    text = "\n\n".join(FEATURE_A + ["守护城市绿色空间"] + FEATURE_B + ["办好群众身边小事"] + FEATURE_C
                       + ["让城市更有温度", "柯明远"]) + "\n"
    ed = parse_text(text)
    assert len(ed.articles) == 1, [a.headline for a in ed.articles]
    a = ed.articles[0]
    assert a.headline == "让城市更有温度"
    assert [a.paragraphs[i] for i in a.crossheads] == ["守护城市绿色空间", "办好群众身边小事"]


def test_a_first_line_cut_at_a_column_end_is_not_a_crosshead():
    """A paragraph's first line left alone at the foot of a column (a comma inside, no end) and the next column
    opening on the last word of its sentence: one paragraph, not a crosshead."""
    head = "城区今冬供暖启动"
    before = "今年供暖季比往年提前五天。"
    cut, rest = "坚持民生优先，还要坚持精细管", "理。各区将建立供热问题快速响应机制。"
    ed = parse_text("\n\n".join([head, before, cut, rest]) + "\n")
    (a,) = ed.articles
    assert a.paragraphs == (before, cut + rest)
    assert not a.crossheads
    roles = [b.role for b in a.blocks]
    assert Role.CROSSHEAD not in roles


def test_crossheads_with_a_comma_before_full_paragraphs_stay():
    head = "城区今冬供暖启动"
    ed = parse_text("\n\n".join([head, "今年供暖季比往年提前五天。", "坚持民生优先，做好供热保障",
                                 "各区将建立供热问题快速响应机制。", "加强巡查检修，守住安全底线",
                                 "供热企业将对管网开展全面巡检。"]) + "\n")
    (a,) = ed.articles
    assert [a.paragraphs[i] for i in a.crossheads] == ["坚持民生优先，做好供热保障", "加强巡查检修，守住安全底线"]


STORIES = [
    ("城北图书馆开门迎客", "本报讯 昨日，新建的城北图书馆开门迎客，馆内藏书三十万册。"),
    ("老旧小区改造提速", "本报讯（通讯员 邵雨晴）今年我市老旧小区改造提速，将完成改造四十个。"),
    ("城区今冬供暖启动", "本报讯（记者 殷可欣）我市城区今冬供暖于昨日启动，供热管网运行平稳。"),
]


def test_clumped_headlines_go_to_the_bodies_that_repeat_their_words():
    """A front page setting its headlines together, apart from bodies that each open with a dateline: the
    bodies are three stories, and each headline goes to the one sharing its words, whatever the order."""
    titles = [t for t, _ in STORIES]
    bodies = [b for _, b in STORIES]
    ed = parse_text("\n\n".join(titles + [bodies[2], bodies[0], bodies[1]]) + "\n")
    assert {a.headline: a.paragraphs[0] for a in ed.articles} == dict(STORIES)


def test_bodies_in_a_row_are_split_where_a_dateline_or_a_square_credit_opens_a_story():
    ed = parse_text("\n\n".join([STORIES[0][0], STORIES[0][1], "□记者 柯明远", STORIES[1][1], STORIES[2][1]]) + "\n")
    assert [len(a.paragraphs) for a in ed.articles] == [1, 1, 1]
    assert ed.articles[1].bylines == ("□记者 柯明远",)  # the square credit opens the story under it


def test_a_photo_story_is_one_photo_item_under_its_title():
    """A title over captions that each end in a credit, right after a story's last paragraph: a photo story,
    not a crosshead of the story above."""
    captions = ["3月10日，农民在田间移栽油菜苗。", "3月10日，工作人员检修播种机械。", "3月9日，农技人员查看秧苗长势。"]
    credits = ["新华社记者 殷可欣 摄", "新华社记者 殷可欣 摄", "新华社发（邵雨晴摄）"]
    text = "\n\n".join([STORIES[0][0], STORIES[0][1], "春到田间"] + [c + k for c, k in zip(captions, credits)]) + "\n"
    ed = parse_text(text)
    story, photos = ed.articles
    assert not story.crossheads and story.paragraphs == (STORIES[0][1],)
    assert photos.kind.value == "photo" and photos.headline == "春到田间"
    assert photos.captions == tuple(captions) and photos.photo_credits == tuple(credits)
    assert photos.authors == ("殷可欣", "邵雨晴")


def test_a_box_label_printed_after_its_items_makes_them_briefs():
    """Content-stream order can print the 简讯 label after the items of its box: the untitled one-paragraph
    items right before a label that no brief follows are its briefs; the story before them is not."""
    items = ["本报讯 市图书馆本周末举办亲子阅读活动，欢迎市民报名参加。", "本报讯 城东菜市场完成改造，今日起恢复营业。"]
    story = [STORIES[2][0], STORIES[2][1], "热力公司开通二十四小时服务热线，及时处理居民反映的室温问题。"]
    after = [STORIES[1][0], STORIES[1][1], "改造内容包括加装电梯、更新管网和增设停车位。"]
    ed = parse_text("\n\n".join(story + items + ["简讯"] + after) + "\n")
    assert [a.kind.value for a in ed.articles] == ["article", "brief", "brief", "article"]
    assert [a.paragraphs[0] for a in ed.articles[1:3]] == items


def test_a_square_led_name_after_a_headline_printed_last_is_that_headlines_writer():
    """Read backward (each headline after its body), ■ X right after a headline is that essay's writer, not the
    opener of the next text; a square credit with a reporter's role (■记者 X) still opens the story it leads."""
    text = "\n\n".join(LAST[:3] + FEATURE_A + ["守护城市绿色空间", "■ 柯明远"] + FEATURE_B
                       + ["社区食堂暖人心"]) + "\n"
    ed = parse_text(text)
    by = {a.headline: a.bylines for a in ed.articles}
    assert by["守护城市绿色空间"] == ("■ 柯明远",)
    assert by["社区食堂暖人心"] == ()
    text = text.replace("■ 柯明远", "■记者 柯明远")
    by = {a.headline: a.bylines for a in parse_text(text).articles}
    assert by["守护城市绿色空间"] == () and by["社区食堂暖人心"] == ("■记者 柯明远",)


def test_a_stretch_of_headlines_after_their_bodies_on_a_page_read_headline_first():
    """A front page whose photo item and comment read headline first, but whose two stories between them the dump
    prints body first (each PDF object in its own order): the photo's credit, then the index box (furniture),
    then a dated story with no headline over it, a headline, a dated story, a headline, then the comment's label.
    Each of the two headlines heads the story before it, whose words it names."""
    page = [
        "图片新闻", "樱花谷里游人如织", "4月5日，游客在某县樱花谷景区赏花游玩。", "通讯员 方某 摄",
        "导读", "市政府常务会议部署春耕生产", "要求确保全年粮食播种面积稳定。详见A2版",
        "本报讯（记者 周某）4月7日，我市召开城市更新工作推进会，正式启动城市更新十大行动。",
        "推进会提出，城市更新要坚持留改拆并举，以绣花功夫推进精细化改造。",
        "我市启动城市更新十大行动",
        "本报讯（通讯员 严某）日前，某县首批28家共富工坊挂牌运营，带动三千余名村民在家门口就业。",
        "走进石坪乡的竹编工坊，二十多位村民正围坐在一起编织竹篮。",
        "某县首批共富工坊带动三千余人家门口就业",
        "短评", "让项目快跑", "一季度的成绩单来之不易。越是开局关键期，越要把快字落到实处。", "■ 辛某",
    ]
    got = headlines(parse_text("\n\n".join(page) + "\n"))
    assert got["我市启动城市更新十大行动"].startswith("本报讯（记者 周某")
    assert got["某县首批共富工坊带动三千余人家门口就业"].startswith("本报讯（通讯员 严某")
    assert got["樱花谷里游人如织"].startswith("4月5日")
    assert got["让项目快跑"].startswith("一季度")


def test_a_line_over_nothing_naming_little_of_the_untitled_story_before_it_is_not_its_headline():
    """An untitled story, then a line heading nothing that shares a word or so with it (a slogan), then a comment
    under its label and two stories under their headlines: the slogan names too little of the story before it to be its headline."""
    page = ["本报讯（记者 周某）4月7日，我市召开城市更新工作推进会，正式启动城市更新十大行动。",
            "推进会提出，城市更新要坚持留改拆并举，以绣花功夫推进精细化改造。", "建设美丽城市",
            "短评", "让项目快跑", "一季度的成绩单来之不易。越是开局关键期，越要把快字落到实处。", "■ 辛某",
            "某县首批共富工坊挂牌", "本报讯（通讯员 严某）日前，某县首批28家共富工坊挂牌运营。",
            "走进石坪乡的竹编工坊，二十多位村民正围坐在一起编织竹篮。", "城北图书馆开门迎客",
            "本报讯（记者 柯某）昨日，新建的城北图书馆开门迎客，馆内藏书三十万册。", "图书馆每天开放十二小时。"]
    got = headlines(parse_text("\n\n".join(page) + "\n"))
    assert not got.get("建设美丽城市", "").startswith("本报讯（记者 周某")
    assert got["让项目快跑"].startswith("一季度")


def test_a_headline_group_naming_the_story_before_it_then_the_one_after_is_two_groups():
    """A body, then two lines in a row (the first story's headline printed after its text, the next story's before
    its own), then the next body: each line names its own story, so each heads that one."""
    page = ["本报讯（记者 柯某）昨日，新建的城北图书馆开门迎客。馆内藏书三十万册，设有少儿阅览区和自习区。",
            "图书馆每天开放十二小时，市民凭身份证即可免费办理借阅证。",
            "城北图书馆开门迎客藏书三十万册", "老旧小区改造今年启动四十个",
            "本报讯（通讯员 邵某）今年我市将启动老旧小区改造四十个，涉及居民一万两千户。",
            "改造内容包括加装电梯、更新管网和增设停车位，年底前全部完工。"]
    got = headlines(parse_text("\n\n".join(page) + "\n"))
    assert got["城北图书馆开门迎客藏书三十万册"].startswith("本报讯（记者 柯某")
    assert got["老旧小区改造今年启动四十个"].startswith("本报讯（通讯员 邵某")


def test_split_between_cuts_a_group_where_its_lines_turn_from_the_body_before_to_the_body_after():
    """The pass alone: a headline group between two bodies, its first long line naming the body before it and its
    last the body after it, is cut there; a group naming only the body after it stays whole."""
    from reader.parse import classify, clean
    from reader.parse.ledger import Ledger
    from reader.parse.stretches import split_between
    from reader.parse.units import UnitKind, units_of

    def units(lines):
        items = classify(clean("\n\n".join(lines) + "\n")[0])[1]
        ledger = Ledger(len(items))
        return units_of(items, ledger), ledger

    before = ["本报讯（记者 柯某）昨日，新建的城北图书馆开门迎客。馆内藏书三十万册，设有少儿阅览区和自习区。",
              "图书馆每天开放十二小时，市民凭身份证即可免费办理借阅证。"]
    after = ["本报讯（通讯员 邵某）今年我市将启动老旧小区改造四十个，涉及居民一万两千户。",
             "改造内容包括加装电梯、更新管网和增设停车位，年底前全部完工。"]
    got, ledger = units(before + ["城北图书馆开门迎客藏书三十万册", "老旧小区改造今年启动四十个"] + after)
    assert [u.kind for u in got] == [UnitKind.BODY, UnitKind.TITLE, UnitKind.BODY]
    cut = split_between(got, ledger)
    assert [[it.text for it in u.items] for u in cut if u.kind is UnitKind.TITLE] == [
        ["城北图书馆开门迎客藏书三十万册"], ["老旧小区改造今年启动四十个"]]
    whole, ledger = units(before + ["今年改造四十个", "老旧小区改造今年启动四十个"] + after)
    assert len(split_between(whole, ledger)) == 3
