"""Title groups, boxed notes, text set in a size of its own and captions of several faces on a PDF page: newspaper
conventions read off made-up geometry (the made page roundtable is the fixture scored end to end)."""
from reader.parse.groups import in_flow, own_text, small_brief, title_groups
from reader.parse.layout import Body, reading_order
from reader.parse.pdf import Line, PdfBlock
from reader.parse.titles import assign
from reader.model import Role

BODY = Body(10.0, "Song")


def one(text: str, x0: float, top: float, size: float = 10.0, face: str = "Song") -> PdfBlock:
    line = Line(text, x0, top, x0 + size * len(text), top + size, size, face)
    return PdfBlock((line,), line.x0, line.top, line.x1, line.bottom, size, face)


def column(x0: float, top: float, x1: float, lines: int, size: float = 10.0, text: str = "字") -> PdfBlock:
    made = [Line(text * int((x1 - x0) // size - 1) + "。", x0, top + k * 1.4 * size, x1, top + k * 1.4 * size + size,
                 size, "Song") for k in range(lines)]
    return PdfBlock(tuple(made), x0, top, x1, made[-1].bottom, size, "Song")


def test_a_tab_its_kicker_along_its_line_and_the_headline_right_under_both_are_one_group():
    """理论圆桌 in a tab, the kicker two characters further along its line, the headline centred under the row,
    right under it but aligned with neither: one title group."""
    tab, kicker = one("理论圆桌", 40, 74, 14.0, "Hei-Bold"), one("聚焦某某某某某某某某某某", 124, 76, 12.8, "Hei")
    headline = one("让某某成为某某某某某某", 155, 95, 27.0, "Song-Bold")
    assert title_groups([tab, kicker, headline], BODY) == [[tab, kicker, headline]]
    figure = one("12.6%", 165, 101, 30.0, "Hei-Bold")  # a big figure right under a box's title is no line of it
    assert len(title_groups([tab, kicker, figure], BODY)) == 2


def test_a_writers_name_on_a_tabs_line_is_neither_the_tab_nor_its_title():
    tab, name = one("散文", 558, 82, 12.0, "Hei-Bold"), one("□某某某", 486, 88, 12.0, "Hei")
    assert len(title_groups([tab, name], BODY)) == 2


def test_a_tabs_label_set_larger_than_its_kicker_but_under_the_headline_is_the_rubric():
    titles = assign(["理论圆桌", "聚焦以某某为重要载体的新型城镇化", "让某某成为就近城镇化的蓄水池"], sizes=[1.36, 1.21, 2.57])
    assert [t.role for t in titles] == [Role.RUBRIC, Role.KICKER, Role.HEADLINE]
    short = assign(["春节", "某某某某某某某某某某某某", "某某某某某某"], sizes=[3.0, 1.5, 1.2])
    assert short[0].role is Role.HEADLINE  # a short line set largest is the headline, no label


def test_text_set_in_a_size_of_its_own_is_text_not_a_title():
    """A commentary set a fifth larger than the page's body, many full lines with sentences in them: text; a headline
    of two lines in that size is not."""
    big = column(600, 170, 800, 12, size=12.8)
    assert own_text(big, BODY) and in_flow(big, BODY)
    head = column(600, 120, 800, 2, size=12.8)  # (two lines: a headline's, whatever their words)
    assert not own_text(head, BODY)
    assert not own_text(column(600, 170, 800, 12, size=12.8, text="某").__class__(
        tuple(Line("某某建设要防千城一面", 600, 170 + 18 * k, 728, 183 + 18 * k, 12.8, "Song") for k in range(6)),
        600, 170, 728, 273, 12.8, "Song"), BODY)  # (six short lines, no sentence: a title set on many lines)
    near = column(600, 170, 800, 12, size=10.5)  # (within the body's size: body text already)
    assert in_flow(near, BODY) and not own_text(near, BODY)
    small = column(420, 768, 536, 7, size=8.7)  # (a box of briefs in small type, seven full lines, under a title)
    title = one("某某医院开设夜间门诊", 420, 750, 10.0, "Hei-Bold")
    assert small_brief(small, [title, small], BODY) and not in_flow(small, BODY)
    assert not small_brief(small, [one("法院公告", 420, 750, 10.0, "Hei-Bold"), small], BODY)  # (a notices box's head)
    assert not small_brief(column(420, 768, 536, 7, size=7.5), [title], BODY)  # (small print far under the body's)


def test_a_headline_over_a_framed_editors_note_heads_the_talk_under_the_note():
    """The headline, then a framed 编者按 (its label inside the frame), then the talk's columns: the note is read
    under its label, the headline before the talk's first column, past the frame."""
    headline = one("让某某成为就近城镇化的某某某某", 85, 101, 27.0, "Song-Bold")
    label = one("编者按", 38, 182, 12.0, "Hei-Bold")
    note = column(38, 205, 570, 4)
    frame = (30.0, 178.0, 578.0, 290.0)
    cols = [column(26 + 142 * k, 396, 155 + 142 * k, 30) for k in range(4)]
    rules = (frame[:2] + (frame[2], frame[1]), (frame[0], frame[3], frame[2], frame[3]),
             (frame[0], frame[1], frame[0], frame[3]), (frame[2], frame[1], frame[2], frame[3]))
    folio = one("07", 26, 10, 30.0, "Hei-Bold")  # (the page's header band, over all)
    order = reading_order([headline, label, note, folio] + cols, BODY, 1560, rules=rules + ((26, 60, 800, 60),),
                          frames=(frame,))
    assert order == [folio, label, note, headline] + cols


def test_a_caption_line_flush_under_a_photos_caption_is_that_photos_though_nearer_the_next_photo():
    """Guests' photos in a row, each with the name at its right and the post under the name, the post running on
    close to the next photo: each post goes with the name over it."""
    from reader.parse.pictures import caption_blocks

    photos = [(26.0 + 139 * k, 298.0, 83.0 + 139 * k, 374.0) for k in range(2)]
    names = [one("某启明", 89 + 139 * k, 325, 11.2, "Hei-Bold") for k in range(2)]
    posts = [PdfBlock((Line("某某大学经济学院", 89 + 139 * k, 342, 161 + 139 * k, 351, 9.0, "Hei"),
                       Line("教授", 89 + 139 * k, 355, 107 + 139 * k, 364, 9.0, "Hei")),
                      89 + 139 * k, 342, 161 + 139 * k, 364, 9.0, "Hei") for k in range(2)]
    blocks = names + posts
    first = caption_blocks(photos[0], blocks, 10.5, "Song", others=photos)
    assert first == (names[0], posts[0])
    assert caption_blocks(photos[1], blocks, 10.5, "Song", {id(b) for b in first}, others=photos) == (names[1], posts[1])


def test_a_pictures_caption_set_in_two_faces_one_under_the_other_is_one_caption():
    from reader.model import Piece
    from reader.parse.items import Item
    from reader.parse.segment import Chunk, Geometry
    from reader.parse.paragraphs import join_paragraphs

    def caption(text, box, n):
        g = Geometry(1.0, False, box=box, by_picture=True)
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), Role.CAPTION, "test", Role.CAPTION, "test")

    name, post = caption("某启明", (89, 325, 123, 341), 1), caption("某某大学经济学院教授", (89, 342, 161, 368), 3)
    assert [len(group) for group, _, _ in join_paragraphs((name, post))] == [2]
    apart = caption("某某大学经济学院教授", (89, 360, 161, 386), 3)  # (a line's gap between: two captions)
    assert [len(group) for group, _, _ in join_paragraphs((name, apart))] == [1, 1]
    said = caption("某启明在会上发言。", (89, 325, 160, 341), 1)  # (a sentence ends the caption over it)
    assert [len(group) for group, _, _ in join_paragraphs((said, post))] == [1, 1]


def test_a_box_beside_the_lead_photo_is_read_after_the_story_whose_columns_start_under_both():
    """A 时间轴 box framed beside the story's photo; the story's columns start in a row under the photo and under the
    box (its last column opening with a crosshead): the story's text is read first, the box after it."""
    from reader.parse.columns import PICTURE
    from reader.parse.insets import insets_after

    photo = PdfBlock((Line("", 26, 297, 641, 583, 10.0, PICTURE),), 26, 297, 641, 583, 10.0, PICTURE)
    frame = (657.0, 297.0, 798.0, 610.0)
    entries = [column(675, 332 + 48 * k, 790, 2) for k in range(3)]
    cols = [column(26 + 157 * k, 628, 169 + 157 * k, 20) for k in range(4)]
    head = one("桥通了某某某某", 656, 627, 10.7, "Hei-Bold")
    last = column(656, 648, 799, 15)
    flow = [photo] + entries + cols + [head, last]
    assert insets_after(flow, (frame,), [], BODY) == [photo] + cols + [head, last] + entries
    mid = column(26, 560, 169, 8)  # (the column under the box level with text running on mid-column: no row)
    side = [photo, mid] + entries + [one("链接", 693, 620, 10.0, "Hei-Bold")]
    assert insets_after(side, (frame,), [], BODY) == side


def test_a_side_heads_label_in_its_box_heads_the_columns_beside_it():
    """记者手记 and its headline stacked at the box's left, the text in columns on their right starting level with
    the label: the group is read before the first column, not before the signature under it."""
    from reader.parse.anchors import anchor

    label, head = one("记者手记", 46, 1063, 12.8, "Hei-Bold"), one("再等一班船", 39, 1094, 19.5, "Song-Bold")
    cols = [column(184 + 152 * k, 1059, 321 + 152 * k, 6, size=9.8) for k in range(4)]
    sign = one("（某露）", 738, 1120, 9.8)
    frame = (27.0, 1047.0, 798.0, 1155.0)
    assert anchor([label, head], cols + [sign], [[label, head]], BODY, [], (frame,)) == (0, True)


def test_a_deck_of_sentences_in_display_type_between_headline_and_byline_is_the_headlines():
    from reader.model import Piece
    from reader.parse.decks import deck_line
    from reader.parse.items import Item
    from reader.parse.segment import Chunk, Geometry

    def item(text, role, rule, size, n):
        g = Geometry(size, False)
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), role, rule, role, rule)

    deck = ("从木船到铁壳船再到电动渡船，某某在渡口摆渡了三十七年，载过的乘客数以百万计。明年春天大桥通车以后，"
            "这条渡线将完成它的使命，渡口的故事却还没有讲完。")
    items = [item("一条渡船 两岸人家", Role.HEADLINE, "display_type", 4.1, 1),
             item(deck, Role.PARAGRAPH, "sentence", 1.21, 3), item("本报记者 某某 文/图", Role.BYLINE, "byline", 1.07, 5)]
    assert deck_line(items, 1) is Role.HEADLINE
    lead = [items[0], item(deck, Role.PARAGRAPH, "sentence", 1.0, 3), items[2]]  # (in the body's size: text)
    assert deck_line(lead, 1) is None


def test_a_two_character_name_spaced_out_before_another_name_is_a_name():
    from reader.parse import conventions as cv

    assert cv.BYLINE.match("本报记者 韩 露 程子航 文/图") and cv.BYLINE.match("本报记者 韩 露 程子航")
    assert not cv.BYLINE.match("每 个 字 的 事")


def test_a_row_of_framed_ads_under_a_band_marked_with_the_ad_mark_is_the_pages_advertising():
    """求才 on the band's left, 广告 at its right end, three framed job ads under it: all three frames and the band's
    label are advertising; a frame far under the mark is not."""
    from reader.parse.layout import _ads
    from reader.parse.pdf import PdfPage

    label, mark = one("求才", 34, 1005, 11.2, "Hei-Bold"), one("廣告", 777, 1007, 8.2, "Hei")
    frames = tuple((27.0 + 262 * k, 1026.0, 273.0 + 262 * k, 1158.0) for k in range(3)) + ((27.0, 1300.0, 798.0, 1400.0),)
    ads = _ads(PdfPage(1, 820, 1500, (label, mark), (), (), frames), [label, mark])
    assert set(frames[:3]) <= set(ads) and frames[3] not in ads
    from reader.parse.columns import within
    assert any(within(label, r) for r in ads)


def test_a_frame_of_a_businesss_name_numbers_and_address_with_no_sentence_is_an_ad_unmarked():
    """某某海鲜酒家 in display type, its slogan, 订座电话：…, 手机：…, 地址：… in one framed box, no sentence anywhere:
    a restaurant's advertisement though 广告 is printed nowhere; a story's framed box with one number and its
    sentences is not."""
    from reader.parse.layout import _ads
    from reader.parse.pdf import PdfPage

    name, slogan = one("某某海鲜酒家", 56, 1063, 22.0, "Song-Bold"), one("粤式点心 生猛海鲜 婚宴寿宴", 87, 1104, 12.0, "Hei")
    lines = ["订座电话：(07)5550 4188", "手机：0491 570 158", "地址：某市某区某街118号"]
    contacts = PdfBlock(tuple(Line(t, 322, 1065 + 16 * k, 560, 1077 + 16 * k, 11.0, "Hei") for k, t in enumerate(lines)),
                        322, 1065, 560, 1109, 11.0, "Hei")
    frame = (27.0, 1035.0, 798.0, 1152.0)
    assert _ads(PdfPage(1, 825, 1170, (name, slogan, contacts), (), (), (frame,)), [name, slogan, contacts]) == [frame]
    note = column(40, 1050, 700, 4)  # (sentences: a story's box, its contact line the story's)
    told = [one("报名电话：0735-6231104", 40, 1120, 10.0, "Hei"), note]
    assert _ads(PdfPage(1, 825, 1170, tuple(told), (), (), (frame,)), told) == []


def test_a_label_in_the_bodys_size_over_a_title_groups_corner_is_read_before_the_group():
    """代表风采 in a tab at the story's top left, set in about the body's size, the kicker, headline and byline
    centred under and right of it, a rule under them, the text under it: label, kicker, headline, byline, text
    (never the title group before the label, the label opening the text)."""
    label = one("某某风采", 35, 597, 10.5, "Hei")
    kicker, head = one("记省人大代表、某县某镇某村党支部书记某某某", 128, 623, 12.8, "Hei"), one("一本账记了十八年", 119, 642, 25.5)
    credit = one("本报记者 某某某 通讯员 某某", 197, 682, 10.0, "Hei")
    cols = [column(26, 708, 142, 16), column(158, 708, 274, 16), column(289, 708, 405, 16)]
    above = [column(26 + 131 * k, 150, 142 + 131 * k, 25) for k in range(4)]  # (the story over it, four columns)
    rules = ((26, 583, 536, 584), (26, 700, 536, 701))  # (a rule over the story, and one under its credit)
    assert reading_order(above + [label, kicker, head, credit] + cols, BODY, 1200, rules=rules) == above + [
        label, kicker, head, credit] + cols


def test_a_bold_title_wrapped_into_short_lines_in_about_the_bodys_size_is_no_stanza():
    """A case's title in bold sans a little over the body's size, wrapped short in a narrow column (某某装修增项不断 |
    预算从5万元涨到9万 | 元): a title, never verse read a line at a time; the same lines in the body's face are."""
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def wrapped(face):
        rows = ["某某装修增项不断", "预算从5万元涨到9万", "元"]
        return PdfBlock(tuple(Line(t, 682, 408 + 16 * k, 682 + 12.0 * len(t), 420 + 16 * k, 12.0, face)
                              for k, t in enumerate(rows)), 682, 408, 793, 452, 12.0, face)
    for face, versed in (("Hei-Bold", False), ("Song", True)):
        title = wrapped(face)
        read = page_chunks(PdfPage(1, 800, 1100, (title, column(682, 470, 793, 20, 11.2))), 0, 1)
        assert any(c.geometry.verse for c in read.chunks if c.text.startswith(("某某", "预算", "元"))) is versed, face


def test_a_word_in_a_face_of_its_own_in_a_tab_over_a_headline_is_its_label_not_a_writer():
    """成长 in bold sans at about the body's size, in a tab over the headline's left end (a name's shape, 成 a
    surname, but a word of the dictionary): the story's rubric, never a writer's name left stray as furniture; a
    name so set (周以宁), or the word in the body's face, is not taken for a label."""
    from reader.export import to_dict
    from reader.parse import _parsed, classify_chunks
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    def parsed(face, word="成长"):
        tab, head = one(word, 37, 72, 11.0, face), one("孩子关上房门后家长如何重新走近", 26, 95, 30.0, "Song")
        page = PdfPage(1, 800, 1100, (tab, head, column(26, 150, 300, 12), column(316, 150, 590, 12)))
        read = page_chunks(page, 0, 1)
        text = "\n\n".join(read.texts) + "\n"
        return to_dict(_parsed(text, classify_chunks(read.chunks), read.removed, "page.pdf", "pdf", "pdf", ()).edition)
    [story] = parsed("Hei-Bold")["articles"]
    assert story["rubric"] == "成长" and story["headline"] == "孩子关上房门后家长如何重新走近"
    assert parsed("Song")["articles"][0]["rubric"] != "成长" and parsed("Hei-Bold", "周以宁")["articles"][0]["rubric"] is None


def test_a_bracketed_dateline_alone_is_no_writers_credit():
    """（本报讯） set alone on its line (bold, before its paragraph's text), （东京讯）: datelines, never a byline the
    way （某某） or （记者 某某） is."""
    from reader.parse import conventions as cv
    for line in ("（本报讯）", "（综合讯）", "（东京讯）"):
        assert not cv.BYLINE.match(line), line
    assert cv.BYLINE.match("（记者 某某某）") and cv.BYLINE.match("（某某）")


def test_a_contact_line_inside_an_ad_is_the_ads():
    from reader.parse.rules import Context, first_pass
    from reader.parse.segment import Geometry

    line = "电话：0800-521-668 人事室"
    assert first_pass(line, Context(0, 1, Geometry(0.93, False, ad=True)))[0] is Role.FURNITURE
    assert first_pass("联系人：某先生 联系电话：0800-521-668", Context(0, 1))[0] is Role.PARAGRAPH


def test_a_deck_in_its_box_beside_the_headline_level_with_the_kicker_is_the_headlines():
    """A Taiwan lead: kicker over a 30-point headline, a three-line deck in text size and a sans face at their
    right, its top level with the kicker's; a big figure's note beside the figure is no deck."""
    from reader.parse.groups import beside_titles

    kicker, head = one("年終前轉職潮提前報到", 26, 70, 14.2, "Hei-Bold"), one("上班族跳槽意願創5年新高", 26, 92, 30.8, "Hei-Bold")
    deck = PdfBlock(tuple(Line(t, 430, 75 + 17 * k, 534, 86 + 17 * k, 11.2, "Hei-Bold")
                          for k, t in enumerate(["人力銀行調查：近6", "成想換工作科技、服", "務業職缺各增1成"])),
                    430, 75, 534, 120, 11.2, "Hei-Bold")
    assert beside_titles([kicker, head, deck], Body(10.5, "Song")) == {id(deck)}
    figure, note = one("126件", 562, 385, 19.5, "Hei-Bold"), one("某省代表已提交建议", 623, 396, 9.8, "Hei")
    assert beside_titles([figure, note], Body(10.5, "Song")) == set()


def test_a_boxs_label_set_in_its_titles_type_over_it_is_cut_off_as_its_own_line():
    from reader.parse.layout import paragraphs

    block = PdfBlock((Line("職場信箱", 551, 72, 605, 86, 13.5, "Hei-Bold"),
                      Line("主管下班傳訊息 一定要馬上回嗎？", 551, 104, 757, 122, 13.5, "Hei-Bold")),
                     551, 72, 757, 122, 13.5, "Hei-Bold")
    assert [len(lines) for lines, _ in paragraphs(block, [block], Body(10.5, "Song"))] == [1, 1]


def test_an_enumerations_lines_stopping_short_after_a_semicolon_are_its_items():
    """人事任免: flush lines, each appointment's last ending ；and stopping short of the column's edge: one paragraph
    each."""
    from reader.parse.layout import paragraphs

    texts = [("任命某某为省统计局局长，免去其省发展和改革委员会副", 789), ("主任职务；", 622),
             ("任命某某为省地方金融管理局副局长，免去其省财政厅", 789), ("副厅长职务；", 640),
             ("免去某某的省林业和草原局副局长职务，退休，另行安", 789), ("排。", 600)]
    block = PdfBlock(tuple(Line(t, 572, 473 + 18 * k, x1, 484 + 18 * k, 10.5, "Song") for k, (t, x1) in enumerate(texts)),
                     572, 473, 789, 574, 10.5, "Song")
    assert [len(lines) for lines, _ in paragraphs(block, [block], Body(10.5, "Song"))] == [2, 2, 2]


def test_a_line_in_a_face_of_its_own_ending_in_a_colon_stands_apart_from_the_text_round_it():
    """某某决定： in bold over the block of its items, 做法： between a sentence's end and the steps: paragraphs of their
    own; a bold lead run in on its text's line (问：) is not."""
    from reader.model import Piece
    from reader.parse.items import Item
    from reader.parse.segment import Chunk, Geometry
    from reader.parse.paragraphs import join_paragraphs

    def para(text, face, box, n):
        g = Geometry(1.0, face == "Song", indented=False, box=box, face=face)
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), Role.PARAGRAPH, "test", Role.PARAGRAPH, "test")

    decided = para("某省人民政府近日决定：", "Hei", (561, 454, 687, 470), 1)
    items = para("任命某某为省统计局局长；", "Song", (572, 473, 789, 617), 3)
    assert [len(g) for g, _, _ in join_paragraphs((decided, items))] == [1, 1]
    done = para("水淀粉、香油各适量。", "Song", (30, 400, 200, 460), 1)
    steps = para("做法：", "Hei", (30, 462, 70, 476), 3)
    assert [len(g) for g, _, _ in join_paragraphs((done, steps))] == [1, 1]
    lead, text = para("问：", "Hei", (30, 500, 52, 514), 5), para("我今年五十二岁……", "Song", (52, 500, 200, 514), 7)
    assert [len(g) for g, _, _ in join_paragraphs((lead, text))] == [2]


def test_a_bold_dateline_filling_its_line_goes_on_in_the_text_under_it():
    """【本報訊】記者X報道： set in bold, ending in a colon, alone on the story's first line: the text under it is its
    paragraph's, not a paragraph announced apart."""
    from reader.model import Piece
    from reader.parse.items import Item
    from reader.parse.segment import Chunk, Geometry
    from reader.parse.paragraphs import join_paragraphs

    def para(text, face, box, n, indented):
        g = Geometry(1.0, face == "Song", indented=indented, box=box, face=face)
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), Role.PARAGRAPH, "test", Role.PARAGRAPH, "test",
                    dateline=text.startswith("【"))

    dated = para("【本報訊】記者甲乙丙報道：", "Hei", (56, 400, 200, 414), 1, True)
    text = para("某某新市鎮首期公營房屋工程進度理想。", "Song", (30, 418, 200, 560), 3, False)
    assert [len(g) for g, _, _ in join_paragraphs((dated, text))] == [2]


def test_a_bold_lead_on_full_lines_of_its_own_goes_on_in_the_text_set_flush_under_it():
    """突出政治监督，维护党中央权威。 set in bold, indented, filling its line (or two); the text goes on at the column's
    edge right under it: one paragraph, as the page shows. A brief's last line in bold over the next brief set
    flush, or a bold line stopping short of the edge, is no such lead."""
    from reader.model import Piece
    from reader.parse.items import Item
    from reader.parse.segment import Chunk, Geometry
    from reader.parse.paragraphs import join_paragraphs

    def para(text, face, box, n, lines=1, indented=None):
        g = Geometry(1.0, face == "Song", indented=indented, box=box, face=face, lines=lines)
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), Role.PARAGRAPH, "test", Role.PARAGRAPH, "test")

    text = para("强化党和国家自我监督，根本任务是坚持党中央权威。", "Song", (9, 565, 166, 658), 3, 8, False)
    lead = para("突出政治监督，维护党中央权威。", "Hei", (27, 553, 166, 562), 1)
    assert [len(g) for g, _, _ in join_paragraphs((lead, text))] == [2]
    two = para("把“四种形态”作为强化监督的抓手。", "Hei", (180, 993, 265, 1014), 1, 2, True)
    under = para("监督执纪“四种形态”为全面从严治党提供政策和抓手。", "Song", (180, 1017, 265, 1100), 3, 7, False)
    assert [len(g) for g, _, _ in join_paragraphs((two, under))] == [2]
    flush = para("某路明起封闭施工。", "Hei", (9, 553, 166, 562), 1)  # (no indent: a brief's line, flush)
    assert [len(g) for g, _, _ in join_paragraphs((flush, text))] == [1, 1]
    short = para("突出政治监督。", "Hei", (27, 553, 100, 562), 1)
    assert [len(g) for g, _, _ in join_paragraphs((short, text))] == [1, 1]


def test_a_full_line_closing_on_a_colon_is_no_enumerations_end():
    """A line closing on a colon reaches past its column's edge by the mark's width (a line closing on a quote
    further still): as full as the lines round it, it goes on into the next line; stopping short, it ends."""
    from reader.parse.layout import paragraphs

    ends = [150, 150, 154, 150, 160, 150]
    lines = [Line(("字" * 13) + ("：" if k == 2 else "”" if k == 4 else "字"), 30 if k == 0 else 10, 100 + 14 * k, x1,
                  110 + 14 * k, 10.0, "Song") for k, x1 in enumerate(ends)]
    full = PdfBlock(tuple(lines), 10, 100, 160, 180, 10.0, "Song")
    assert [len(ls) for ls, _ in paragraphs(full, [full], Body(10.0, "Song"))] == [6]
    lines[2] = Line("字" * 9 + "：", 10, 128, 110, 138, 10.0, "Song")
    short = PdfBlock(tuple(lines), 10, 100, 160, 180, 10.0, "Song")
    assert [len(ls) for ls, _ in paragraphs(short, [short], Body(10.0, "Song"))] == [3, 3]


def test_a_numbered_items_lines_set_in_from_its_number_are_its_hanging_indent():
    from reader.parse.layout import paragraphs

    rows = [("1.冬季用电高峰，请勿在楼道、安全出口停放电", 300, 525), ("动自行车，严禁将电池带回家中充电。", 313, 470),
            ("2.使用燃气取暖时请保持室内通风，睡前关闭燃", 300, 525), ("气阀门，谨防一氧化碳中毒。", 313, 450)]
    block = PdfBlock(tuple(Line(t, x0, 852 + 17 * k, x1, 863 + 17 * k, 10.0, "Hei") for k, (t, x0, x1) in enumerate(rows)),
                     300, 852, 525, 914, 10.0, "Hei")
    assert [len(lines) for lines, _ in paragraphs(block, [block], Body(10.0, "Hei"))] == [2, 2]


def test_a_photo_over_its_storys_columns_beside_a_box_is_read_on_into_them():
    """The lead's photo (with its caption) over its columns, a box of briefs beside the photo: no band is cut under
    the photo, so the photo's columns are read before the box."""
    from reader.parse.columns import PICTURE, xy_cut

    photo = PdfBlock((Line("", 26, 150, 361, 363, 10.0, PICTURE),), 26, 150, 361, 363, 10.0, PICTURE)
    box = column(431, 104, 787, 16)
    cols = [column(26 + 131 * k, 396, 142 + 131 * k, 27) for k in range(3)]
    right = column(420, 389, 798, 26)
    order = xy_cut([box, photo, right] + cols, Body(10.0, "Song"))
    assert order.index(cols[0]) < order.index(box)


def test_a_columns_label_on_its_titles_line_is_cut_off_it_two_phrases_of_a_headline_are_not():
    """普法小课堂 in a tab, the title two characters further along its line, both in display type, in one block: the
    label's line and the title's are read apart; a headline's two phrases a space apart stay one line."""
    from reader.parse.layout import paragraphs
    label = Line("普法小课堂", 36, 740, 114, 761, 15.0, "Hei-Bold")
    title = Line("物品坠落伤人谁来担责", 140, 740, 290, 762, 15.0, "Hei-Bold")
    block = PdfBlock((label, title), 36, 740, 290, 762, 15.0, "Hei-Bold")
    assert [[ln.text for ln in run] for run, _ in paragraphs(block, [block], BODY)] == [["普法小课堂"], ["物品坠落伤人谁来担责"]]
    first, second = Line("老旧小区加装电梯", 36, 740, 156, 762, 15.0, "Hei-Bold"), Line("居民下楼不再难", 180, 740, 285, 762, 15.0, "Hei-Bold")
    phrases = PdfBlock((first, second), 36, 740, 285, 762, 15.0, "Hei-Bold")
    assert len(paragraphs(phrases, [phrases], BODY)) == 1


def test_a_strip_under_a_rule_across_the_pages_foot_is_the_pages_foot_band_in_whatever_type():
    """下期预告 and its sentence in the body's type, under a rule drawn across the page near its foot, body text over
    the rule: the page's foot band (furniture), not the last story's text; without the rule the sentence is text."""
    from reader.parse.bands import page_bands
    text = [column(26, 100, 400, 40), column(420, 100, 799, 40)]
    label, strip = one("下期预告", 35, 1109, 12.8, "Hei-Bold"), one("下周四本版将刊出对话某某某。", 119, 1110)
    rule = (26.0, 1094.0, 799.0, 1095.0)
    bands = page_bands(text + [label, strip], BODY, 1170.0, (rule,))
    assert bands.get(id(strip)) == "foot" and not any(id(b) in bands for b in text)
    assert id(strip) not in page_bands(text + [label, strip], BODY, 1170.0, ())


def test_a_pictures_caption_along_the_pages_foot_is_the_pictures_not_the_foot_band():
    """Photos set along the page's foot, below all body text, each captioned under it: the captions are the
    photos' (a photo story), not the page's foot band; a line down there that captions nothing still is."""
    from types import SimpleNamespace

    from reader.parse.bands import page_bands
    text = [column(26, 100, 400, 40), column(420, 100, 799, 40)]
    caption = one("5月11日，某队队员在比赛中拼抢。新华社记者 某某 摄", 26, 1112, 7.5, "Hei")
    notice = one("本版责任编辑：某某", 600, 1140, 7.5, "Hei")
    photo = SimpleNamespace(captions=(caption,))  # (a pictures.Found: only its captions are read)
    bands = page_bands(text + [caption, notice], BODY, 1170.0, (), (), [photo])
    assert id(caption) not in bands and bands.get(id(notice)) == "foot"
    assert page_bands(text + [caption, notice], BODY, 1170.0).get(id(caption)) == "foot"


def test_a_blocks_lines_each_a_label_and_its_value_are_a_line_each():
    """地址：… 营业时间：… 人均：… set as one block of three lines: three lines of their own; a Q&A's turns are not cut so."""
    from reader.parse.layout import paragraphs
    made = [Line(t, 30, 500 + 16 * k, 200, 512 + 16 * k, 9.0, "Hei") for k, t in enumerate(["地址：某某街17号", "营业时间：5:30—10:30", "人均：约12元"])]
    facts = PdfBlock(tuple(made), 30, 500, 200, made[-1].bottom, 9.0, "Hei")
    assert [[ln.text for ln in run] for run, _ in paragraphs(facts, [facts], BODY)] == [[ln.text] for ln in made]


def test_a_block_across_two_columns_touching_their_tops_is_read_before_them_then_column_by_column():
    """A picture's unit across a story's two columns, its credit line touching their first lines (no white space to
    cut at): read it, then the first column whole, then the second (not line tops across both)."""
    from reader.parse.columns import xy_cut
    across = PdfBlock((Line("某" * 20, 30, 100, 400, 201, 10.0, "Hei"),), 30, 100, 400, 201, 10.0, "Hei")
    left_top, left_low = column(30, 200, 200, 12), column(30, 370, 200, 10)
    right = column(230, 200, 400, 20)
    assert xy_cut([right, left_low, across, left_top], BODY) == [across, left_top, left_low, right]


def test_a_byline_flush_right_beside_the_deck_is_the_headlines_one_over_a_columns_first_line_opens_it():
    """本报记者 X set right under the deck, off to its right over the story's last column: a line of the headline's
    group (read with it, not where that column's text starts); the same line flush with a column's first line right
    under it opens the story's text in that column, a group of its own."""
    headline, deck = one("某某某某某某某某", 30, 100, 40.0, "Hei-Bold"), one("——" + "某" * 14, 90, 150, 15.0, "Hei")
    byline = one("本报记者 某某某", 400, 180, 11.0, "Hei")
    columns = [column(30, 215, 140, 30), column(290, 215, 400, 30), column(420, 215, 536, 30)]
    assert title_groups([headline, deck, byline], BODY, flow=columns) == [[headline, deck, byline]]
    flush = [column(30, 215, 140, 30), column(400, byline.bottom + 4, 536, 30)]
    assert title_groups([headline, deck, byline], BODY, flow=flush) == [[headline, deck], [byline]]


def test_a_big_figure_its_unit_beside_it_and_its_note_under_it_are_one_block_never_a_caption():
    """A box of figures on a PDF page: 18 in display type, 条 set smaller right after it on its line, the short note
    under it: one block of the box's text (never a picture's caption); a sentence under a big number is no note."""
    from reader.parse.figures import joined_figures
    from reader.parse.pictures import caption_set
    figure, unit = one("18", 440, 418, 34.0, "Hei-Bold"), one("条", 510, 437, 12.8, "Hei-Bold")
    note = one("某某某某某某某某", 431, 458, 9.8, "Hei")
    (cell,) = joined_figures([figure, unit, note], BODY)
    assert cell.text == "18条某某某某某某某某" and cell.figure and not caption_set(cell, BODY.size, BODY.face)
    told = one("某某某某，某某某某某某。某某某某某某。", 380, 458, 9.8, "Hei")
    assert joined_figures([figure, unit, told], BODY) == [figure, unit, told]


def test_a_deck_in_a_box_of_its_own_far_right_of_a_two_line_headline_is_the_headlines_its_lines_no_verse():
    """The deck's box stands at the lead's right edge, eleven body sizes clear of a two-line headline's end: still
    the headline's deck (its short lines one subheadline, no stanza); a column of another story's text there is no
    deck."""
    from reader.parse.groups import beside_titles
    from reader.parse.layout import page_chunks
    from reader.parse.pdf import PdfPage

    kicker = one("海上要道再陷緊張", 26, 71, 15.0, "Hei")
    head = PdfBlock(tuple(Line(t, 26, 91 + 42 * k, 310, 129 + 42 * k, 31.5, "Hei-Bold") for k, t in
                          enumerate(["某某某某扣押油輪", "海峽航運保費飆3倍"])), 26, 91, 310, 171, 31.5, "Hei-Bold")
    deck = PdfBlock(tuple(Line(t, 430, 99 + 18 * k, 430 + 11.2 * len(t), 111 + 18 * k, 11.2, "Hei") for k, t in
                          enumerate(["某國派艦護航", "安理會將開緊急會議", "油價單日漲逾5%"])), 430, 99, 531, 147, 11.2, "Hei")
    text = column(26, 200, 310, 20, 10.5)
    assert beside_titles([kicker, head, deck, text], Body(10.5, "Song")) == {id(deck)}
    page = PdfPage(1, 800, 1100, (kicker, head, deck, text))
    read = page_chunks(page, 0, 1)
    assert not any(c.geometry.verse for c in read.chunks if c.text in ("某國派艦護航", "安理會將開緊急會議"))


def test_a_headline_beside_a_photo_level_with_it_heads_the_columns_under_both():
    """The lead's headline set in the last column beside its photo (the photo over the other three, its caption
    under it): the story's columns start in a row under both, so the headline heads them all, the photo first."""
    from reader.parse.anchors import anchor
    from reader.parse.columns import PICTURE

    photo = PdfBlock((Line("", 26, 65, 600, 405, 10.0, PICTURE),), 26, 65, 600, 405, 10.0, PICTURE)
    cols = [column(26 + 196 * k, 414, 208 + 196 * k, 20) for k in range(4)]
    kicker = one("某某联赛第二十八轮", 616, 72, 14.0, "Hei-Bold")
    lines = tuple(Line("某某某某", 616, 110 + 55 * k, 776, 150 + 55 * k, 40.0, "Song-Bold") for k in range(4))
    headline = PdfBlock(lines, 616, 110, 776, 315, 40.0, "Song-Bold")
    flow, group = [photo] + cols, [kicker, headline]
    assert anchor(group, flow, [group], BODY, []) == (0, True)
    aside = [PdfBlock((Line("", 26, 65, 400, 405, 10.0, PICTURE),), 26, 65, 400, 405, 10.0, PICTURE)] + cols
    assert anchor(group, aside, [group], BODY, []) == (4, True)  # (a photo far from it: its own column's text)


def test_a_label_under_all_of_a_storys_columns_closes_the_story_not_its_first_column():
    """A table's label set under the first of a story's two columns, both ending over it: read after the story. A
    crosshead at a column's foot, the next column running on beside and below it, is read after its column."""
    from reader.parse.anchors import anchor

    first, second = column(27, 733, 208, 14), column(224, 733, 405, 13)
    beyond = column(420, 697, 601, 22)
    label = [one("赛果", 34, 944, 12.8, "Hei-Bold")]
    assert anchor(label, [first, second, beyond], [label], BODY, []) == (2, False)
    longer = column(224, 733, 405, 20)
    assert anchor(label, [first, longer, beyond], [label], BODY, []) == (1, False)


def test_a_pages_headline_group_over_its_photo_stays_whole_though_its_lines_name_caption_and_text_apart():
    """On a PDF page the layout groups a kicker, a headline and a deck over the lead's photo: the headline's
    words are the caption's, the kicker's and the deck's the text's. The group is one story's, never cut apart as a
    dump's clump of several stories' headlines is."""
    from dataclasses import replace

    from reader.model import Piece
    from reader.parse.assemble import assemble
    from reader.parse.items import Item
    from reader.parse.rules import Mark
    from reader.parse.segment import Chunk, Geometry

    def item(text, role, rule, size, n, laid_out=True, mark=None):
        g = Geometry(size, size == 1.0) if laid_out else None
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), role, rule, role, rule, mark=mark, index=n)

    def read(laid_out):  # (the photo's caption, then a box of briefs read before the story's text)
        box_label = item("要闻简报", Role.FURNITURE, "box_label", 1.2, 6, laid_out, Mark.BOX_LABEL)
        items = [item("某市推动运河沿岸改造", Role.HEADLINE, "display_type", 1.35, 2, laid_out),
                 item("某某河滨水步道今开放", Role.HEADLINE, "display_type", 3.3, 3, laid_out),
                 item("首期串连三个老社区　沿线增设路灯", Role.HEADLINE, "display_type", 1.35, 4, laid_out),
                 item("某某河滨水步道第一期昨日完工，附近居民提前到场散步。", Role.CAPTION, "by_picture", 0.9, 5, laid_out),
                 box_label,
                 item("内阁批准减税：", Role.HEADLINE, "head_type", 1.07, 7, laid_out),
                 item("内阁前日会议批准延长柴油消费税减免措施三个月。", Role.PARAGRAPH, "sentence", 1.0, 8, laid_out),
                 item("【本报讯】某市政府昨日宣布，运河沿岸改造首期工程完工，步道串连三个老社区，沿线增设路灯两百多盏。",
                      Role.PARAGRAPH, "sentence", 1.0, 9, laid_out),
                 item("市府表示，第二期工程预计明年动工，全部完工后运河沿岸将形成连续的步行空间。", Role.PARAGRAPH,
                      "sentence", 1.0, 10, laid_out)]
        items[-2] = replace(items[-2], dateline=True)  # (the story's text opens with its dateline)
        return assemble([replace(it, index=k) for k, it in enumerate(items)])[0]
    story = read(True)[0]
    assert (story.kicker, story.headline) == ("某市推动运河沿岸改造", "某某河滨水步道今开放")
    assert story.paragraphs[0].startswith("【本报讯】")
    assert len(read(False)) == 3  # (a dump's headlines set together: cut between the stories their words name)


def test_a_credit_set_on_two_lines_under_a_headline_group_is_read_with_it_a_byline_a_line():
    """本报记者 X Y | 通讯员 Z, two centred lines in one block under the deck (the PDF's text prints no spaces): the
    group's credit, read with it wherever it stands along it, and two bylines, a line each."""
    from reader.parse.anchors import credit_line
    from reader.parse.layout import paragraphs

    first = Line("本报记者张明远李华", 226, 174, 336, 185, 10.5, "Hei")
    second = Line("通讯员王一鸣", 248, 192, 314, 203, 10.5, "Hei")
    credit = PdfBlock((first, second), 226, 174, 336, 203, 10.5, "Hei")
    assert credit_line(credit)
    assert [[ln.text for ln in run] for run, _ in paragraphs(credit, [credit], BODY)] == [[first.text], [second.text]]
    text = PdfBlock((first, Line("这是一段正文的第二行文字。", 226, 192, 336, 203, 10.5, "Hei")), 226, 174, 336, 203, 10.5,
                    "Hei")
    assert not credit_line(text)


def test_titles_set_alike_in_a_row_each_at_its_columns_head_head_stories_of_their_own():
    """A box of short stories side by side: two titles alike, level, each at the head of its column, no text right
    over either. Two crossheads that stand level by chance in two columns of one story have its text over them."""
    from reader.model import Piece
    from reader.parse.crossheads import _in_a_row
    from reader.parse.items import Item
    from reader.parse.segment import Chunk, Geometry
    from reader.parse.units import Unit, UnitKind

    def unit(kind, role, box, n):
        g = Geometry(1.2 if role is Role.HEADLINE else 1.0, role is Role.PARAGRAPH, box=box)
        item = Item(Chunk("某某", (Piece("某某", n, n),), geometry=g), role, "x", role, "x", index=n)
        return Unit(kind, f"u{n}", (item,))
    T, B = UnitKind.TITLE, UnitKind.BODY
    row = [unit(T, Role.HEADLINE, (289, 818, 391, 836), 0), unit(B, Role.PARAGRAPH, (289, 843, 405, 1126), 1),
           unit(T, Role.HEADLINE, (420, 818, 509, 836), 2), unit(B, Role.PARAGRAPH, (420, 843, 536, 1126), 3)]
    assert _in_a_row(row) == {0, 2}
    over = [unit(B, Role.PARAGRAPH, (289, 600, 405, 812), 4), unit(B, Role.PARAGRAPH, (420, 600, 536, 812), 5)]
    assert _in_a_row(over + row) == set()


def test_a_credit_line_straddling_two_columns_close_over_them_is_read_first_then_column_by_column():
    """A Q&A column's expert credit centred over its two columns, less than a band's white space over them, the
    columns made of blocks that abut (a question in bold over its answer): the credit, then the first column
    whole, then the second, never the blocks by height across the two."""
    from reader.parse.columns import xy_cut

    credit = PdfBlock((Line("解答专家：某某医院某科主任医师某某某", 613, 123, 788, 133, 10.0, "Hei"),), 613, 123, 788, 153,
                      10.0, "Hei")
    first = [column(551, 183, 667, 6), column(551, 277, 667, 20), column(551, 608, 667, 4), column(551, 671, 667, 11)]
    second = [column(682, 183, 799, 11), column(682, 356, 799, 5), column(682, 435, 799, 26)]
    assert xy_cut([credit] + first + second, Body(10.0, "Song")) == [credit] + first + second


def test_a_signature_straddling_the_gutter_under_two_columns_is_read_after_both():
    """A comment's closing （作者单位：…） set flush right under its two columns, wider than one, so it crosses the
    gutter: the first column whole (two blocks that abut), then the second, then the signature; never the blocks by
    height across the two."""
    from reader.parse.columns import xy_cut

    first, second = [column(551, 156, 667, 28), column(551, 550, 667, 23)], [column(682, 156, 799, 8),
                                                                           column(682, 266, 799, 44)]
    sign = one("（作者单位：某某大学某某学院）", 633, 883, 9.8, "Hei")
    assert xy_cut(first + second + [sign], BODY) == first + second + [sign]
    assert xy_cut([sign] + second + first, BODY) == first + second + [sign]


def test_a_label_over_all_a_frame_holds_heads_its_first_column_not_the_one_under_it():
    """军营快讯-style label centred over a framed box of briefs, over the second of three columns: the first brief's
    title (a group of its own) and text stand in the first column; the label is read before the frame's first text,
    not before the second column's top that happens to stand under it."""
    from reader.parse.anchors import anchor

    frame = (27, 806, 536, 1152)
    label, title = one("某某快讯", 245, 809, 13.5, "Hei"), one("某旅组织某某某某某某", 38, 840, 11.2, "Hei")
    flow = [column(38, 861, 190, 18), column(205, 841, 357, 3), column(373, 841, 525, 3)]
    assert anchor([label], flow, [[label], [title]], BODY, [], (frame,)) == (0, True)
    level = one("某部开展某某某某某某", 205, 809, 11.2, "Hei")  # (a brief's title level with it: its own column's)
    assert anchor([level], flow, [[level], [one("某旅组织某某某某某某", 38, 809, 11.2, "Hei")]], BODY, [], (frame,)) == (1, True)


def test_a_credit_on_a_labels_row_at_its_right_is_the_storys_byline_read_after_its_headline():
    """新聞眼 in a tab at the story's left, 記者 X flush right on that row over the story's last column, the headline
    under the row: one title group, read label, headline, credit (never a title over the last column)."""
    from reader.parse.anchors import group_order

    tab, credit = one("新闻眼", 35, 776, 12.8, "Hei"), one("记者 某某某", 342, 783, 10.5, "Hei")
    headline = one("某某某某之后　某某才开始", 26, 803, 22.5, "Song")
    groups = title_groups([tab, credit, headline], BODY)
    assert groups == [[tab, credit, headline]]
    assert group_order(groups[0], BODY) == [tab, headline, credit]
    assert len(title_groups([tab, one("某某某某某某某", 342, 783, 10.5, "Hei"), headline], BODY)) == 2  # (no credit)
    ruled = title_groups([tab, credit, headline], BODY, [(300, 770, 301, 1000)])  # (a rule down between: apart)
    assert [credit] in ruled


def test_a_headline_set_on_two_lines_around_a_correlative_is_one_headline():
    """稳就业既要“保存量” | 更要“扩增量”: the second line opens with the second half of the first's 既要…更要: one
    headline on two lines, not a headline and its deck; a line opening with 更 after no first half is a deck."""
    titles = assign(["稳就业既要“保存量”", "更要“扩增量”"])
    assert [t.role for t in titles] == [Role.HEADLINE, Role.HEADLINE]
    deck = assign(["全市新增就业岗位三万个", "更多高校毕业生留在本地"])
    assert [t.role for t in deck] == [Role.HEADLINE, Role.SUBHEADLINE]


def test_a_figures_kicker_run_into_its_headline_is_cut_after_its_rate():
    """前三季度某市规上工业增加值同比增长6.2%制造业稳中有进 新动能加快成长: the kicker closes on its rate and the
    headline's two phrases follow, set a space apart; a headline's own rate running on in one phrase is kept whole."""
    titles = assign(["前三季度某市规上工业增加值同比增长6.2%制造业稳中有进 新动能加快成长"])
    assert [(t.role, t.text) for t in titles] == [(Role.KICKER, "前三季度某市规上工业增加值同比增长6.2%"),
                                                   (Role.HEADLINE, "制造业稳中有进 新动能加快成长")]
    kept = assign(["某某航运前三季净利增38%宣布派发特别股息"])
    assert [t.role for t in kept] == [Role.HEADLINE]


def test_a_turns_label_alone_in_bold_at_a_columns_foot_runs_on_into_its_question():
    """An interview's 记者： set in bold at a column's foot, its question at the next column's head in the body's
    face (a line of its own, flush): one turn, one paragraph; a label with its text on its line opens a turn."""
    from reader.model import Piece
    from reader.parse.items import Item
    from reader.parse.paragraphs import join_paragraphs
    from reader.parse.rules import Mark
    from reader.parse.segment import Chunk, Geometry

    def para(text, n, face, mark=None):
        g = Geometry(1.0, face == "Song", face=face, indented=False)
        return Item(Chunk(text, (Piece(text, n, n),), geometry=g), Role.PARAGRAPH, "test", Role.PARAGRAPH, "test", mark=mark)

    label, question = para("记者：", 1, "Hei"), para("从临床试验到真正普及，还要过哪些坎？", 3, "Song", Mark.OWN_LINE)
    answer = para("某某：我看主要有三道坎。", 5, "Song")
    assert [len(group) for group, _, _ in join_paragraphs((label, question, answer))] == [2, 1]


def test_a_credit_flush_right_on_a_headlines_row_is_read_after_the_headline_not_before_its_label():
    """专家解读 in a tab, the headline beside it, 本报记者 X flush right on the headline's row over the story's last
    column (rules across over and under the row): label, headline, credit, then the story's text; never the credit
    first, closing the story above."""
    label, head = one("专家解读", 37, 832, 14.0, "Hei-Bold"), one("某某材料离日常生活有多远", 131, 823, 27.0, "Song-Bold")
    credit, above = one("本报记者 某某某", 723, 841, 10.0, "Hei"), column(158, 600, 799, 10)
    cols = [column(26, 877, 142, 20), column(158, 877, 274, 20), column(289, 877, 405, 20), column(682, 877, 799, 20)]
    out = reading_order([label, head, credit, above] + cols, BODY, 1200, rules=((26, 814, 799, 816), (26, 868, 799, 869)))
    assert out == [above, label, head, credit] + cols


def test_a_rule_down_ending_on_a_rule_across_the_page_parts_the_columns_above_it_first():
    """A briefs column at the left, a rule down beside it from the page's head to the rule across the whole page
    that closes the stories above; a story and its picture at the right: the briefs column is read whole, then the
    story and its picture, though a white space crosses both sides (the rule down stops short of the page's foot)."""
    from reader.parse.columns import xy_cut

    briefs = [column(26, 106, 142, 15), column(26, 350, 142, 10), column(26, 564, 142, 14)]
    story, picture = [column(158, 180, 274, 25), column(289, 180, 405, 25)], column(158, 567, 405, 10)
    lower = [column(26, 877, 142, 30), column(158, 877, 405, 30)]
    blocks = briefs + story + [picture] + lower
    assert xy_cut(blocks, BODY, [(150, 75, 151, 807), (26, 814, 799, 816)]) == briefs + story + [picture] + lower
    short = xy_cut(blocks, BODY, [(150, 75, 151, 807), (26, 814, 300, 816)])  # (a rule across one side: no wall)
    assert short == briefs[:2] + story + [briefs[2], picture] + lower


def test_an_interviews_intro_across_its_columns_under_its_credit_is_read_before_each_column_whole():
    """■记者 X at the left, the interview's intro across its three columns right under it (less white space under
    the intro than a band needs), then three columns of turns, each of several blocks: credit, intro, then each
    column top to bottom, never the blocks by height across the columns."""
    from reader.parse.columns import xy_cut

    credit, intro = one("■记者 某某", 26, 712, 10.0, "Hei"), column(26, 733, 484, 5)
    cols = [[column(26, 805, 169, 15), column(26, 1021, 169, 8)], [column(184, 805, 326, 8), column(184, 922, 326, 14)],
            [column(341, 805, 484, 12), column(341, 972, 484, 11)]]
    flat = [b for c in cols for b in c]
    assert xy_cut([credit, intro] + flat, BODY) == [credit, intro] + flat
    assert xy_cut(flat[::-1] + [intro, credit], BODY) == [credit, intro] + flat


def test_a_listings_lines_in_small_type_one_under_another_under_its_title_are_in_the_flow():
    """《片名》 in bold in the body's size, then 剧情／… in small type, or 時間：… 地點：… 查詢：… each a small line under
    the last: the listing's text, read in the flow under its title; a small line under no title stays apart."""
    title = one("某某华人协会春季讲座", 508, 494, 10.0, "Hei-Bold")
    lines = [one(t, 508, 511 + 16 * k, 8.5, "Hei") for k, t in enumerate(("时间：3月21日下午2时至4时", "地点：某某社区中心二楼",
                                                                          "查询：(604) 555-0142 某小姐"))]
    assert all(small_brief(b, [title] + lines, BODY) for b in lines)
    assert not any(small_brief(b, lines, BODY) for b in lines)  # (no title over them)
    far = one("注：某某某某某某某某", 508, 600, 8.5, "Hei")
    assert not small_brief(far, [title] + lines + [far], BODY)


def test_a_boxs_label_over_its_title_in_one_block_of_a_face_a_little_larger_than_the_body_is_cut_off():
    """史海拾贝 (a box's label, reversed out of its tab) over 望江楼的“记账茶”, both in bold a size and a bit over the
    body's, printed as one block: the label's line is cut off the title's (never one headline, 史海拾贝望江楼…); a
    title wrapped onto two lines of one length stays one."""
    from reader.parse.indents import paragraphs

    def block(*texts):
        made = [Line(t, 600 - 6.4 * len(t), 834 + 29 * k, 600 + 6.4 * len(t), 853 + 29 * k, 12.8, "Hei-Bold")
                for k, t in enumerate(texts)]
        return PdfBlock(tuple(made), min(m.x0 for m in made), made[0].top, max(m.x1 for m in made), made[-1].bottom, 12.8,
                        "Hei-Bold")
    label = block("史海拾贝", "望江楼的“记账茶”")
    assert [[ln.text for ln in lines] for lines, _ in paragraphs(label, [label], Body(11.2, "Song"))] == [["史海拾贝"], ["望江楼的“记账茶”"]]
    wrapped = block("某某老街的茶馆", "一本记了百年的账")
    assert len(paragraphs(wrapped, [wrapped], Body(11.2, "Song"))) == 1


def test_a_qa_columns_label_over_its_title_is_its_rubric():
    """宠物医生答疑 | 换季时节，毛孩子的健康这样守护: the Q&A column's label over the item's title is its rubric, never a
    headline with a deck (a label of six characters, longer than a tab's word or two); 某某问答 so too."""
    titles = assign(["宠物医生答疑", "换季时节，毛孩子的健康这样守护"])
    assert [t.role for t in titles] == [Role.RUBRIC, Role.HEADLINE]
    assert [t.role for t in assign(["志愿填报问答", "考生家长最关心的五个问题"])] == [Role.RUBRIC, Role.HEADLINE]
    kept = assign(["医生建议多喝水", "换季时节，毛孩子的健康这样守护"])  # (no label's word: a kicker)
    assert kept[0].role is not Role.RUBRIC
