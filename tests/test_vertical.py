"""Text set vertically, as Taiwan and Hong Kong papers set their 副刊: each column read top to bottom, the columns
right to left; a paragraph opens with a column set two characters lower; a poem's lines are columns of their own.
Glyphs, blocks and pages are made here by hand (the made page twvert is the fixture scored end to end)."""
from reader.model import Role
from reader.parse import conventions as cv
from reader.parse.columns import xy_cut
from reader.parse.layout import Body, paragraphs, reading_order, verse
from reader.parse.verse import turned
from reader.parse.pdf import Glyph, Line, PdfBlock, blocks_of, lines_of

BODY = Body(10.0, "Song")
PITCH = 15.0  # points from one column to the next, leftwards (10-point type, 5 points apart)


def column(text: str, x0: float, top: float = 100.0, size: float = 10.0, face: str = "Song") -> list[Glyph]:
    """Glyphs set down a column, loose boxes (half again as tall as the type) overlapping the one under."""
    return [Glyph(ch, x0, top + k * size, x0 + size, top + k * size + 1.5 * size, size, face, origin=x0)
            for k, ch in enumerate(text)]


def upright(texts: list[str], x1: float = 500.0, top: float = 100.0, indents: tuple[int, ...] = (),
            size: float = 10.0, face: str = "Song") -> PdfBlock:
    """A block of columns from x1 leftwards; the columns numbered in indents start two characters lower."""
    lines = []
    for k, text in enumerate(texts):
        x0, start = x1 - size - k * PITCH * size / 10, top + (2 * size if k in indents else 0)
        lines.append(Line(text, x0, start, x0 + size, start + size * len(text), size, face, vertical=True))
    return PdfBlock(tuple(lines), min(ln.x0 for ln in lines), top, x1, max(ln.bottom for ln in lines), size, face)


def test_loose_boxes_overlapping_down_a_column_stay_one_line():
    assert [ln.text for ln in lines_of(column("老家巷口那棵榕樹", 400))] == ["老家巷口那棵榕樹"]


def test_a_stop_set_close_under_a_closing_bracket_stays_in_its_column():
    """」。 set in one em: the stop stands a quarter of an em under the bracket, still the same column."""
    glyphs = column("椅子再做就有」", 400)
    last = glyphs[-1]
    glyphs.append(Glyph("。", 400, last.top + 2.7, 410, last.top + 17.7, 10.0, "Song", origin=400))
    assert [ln.text for ln in lines_of(glyphs)] == ["椅子再做就有」。"]


def test_a_stop_the_stream_gives_after_the_next_columns_first_character_goes_back_to_its_column():
    """The content stream gives 沒了, then the next column's 今, then 。 under 了: 。 closes 沒了, not 今's line."""
    first, second = column("沒了", 400), column("今年冬至", 385, top=120.0)
    stop = Glyph("。", 400, 120.4, 410, 135.4, 10.0, "Song", origin=400)
    lines = lines_of(first + second[:1] + [stop] + second[1:])
    assert [ln.text for ln in lines] == ["沒了。", "今年冬至"]
    assert all(ln.vertical for ln in lines)


def test_columns_side_by_side_in_one_type_are_one_block_read_right_to_left():
    glyphs = column("甲乙丙丁戊己", 400) + column("庚辛壬癸子丑", 385) + column("寅卯辰", 370)
    [block] = blocks_of(lines_of(glyphs))
    assert block.vertical and block.text == "甲乙丙丁戊己庚辛壬癸子丑寅卯辰"


def test_a_name_in_other_type_beside_the_text_is_no_column_of_it():
    glyphs = column("甲乙丙丁戊己", 400) + column("某某某", 385, size=13.0, face="Hei")
    assert len(blocks_of(lines_of(glyphs))) == 2


def test_a_column_set_two_characters_lower_opens_a_paragraph():
    block = upright(["一" * 20, "二" * 20, "三" * 5, "四" * 18, "五" * 20], indents=(0, 3))
    parts = paragraphs(block, [block], BODY)
    assert [[ln.text[0] for ln in lines] for lines, _ in parts] == [["一", "二", "三"], ["四", "五"]]
    assert [opens for _, opens in parts] == [True, True]


def test_turned_text_reads_its_columns_right_to_left_as_lines_top_to_bottom():
    block = upright(["一" * 20, "二" * 20], indents=(0,))
    across, column_of = turned(block)
    assert [ln.text for ln in across.lines] == ["一" * 20, "二" * 20]
    assert across.lines[0].top < across.lines[1].top and across.lines[0].x0 > across.lines[1].x0  # (indented)
    assert [column_of[id(ln)] for ln in across.lines] == list(block.lines)


def test_a_poems_columns_stopping_short_at_different_places_are_verse():
    poem = upright(["母親把米粉倒進大碗", "加一點水", "揉成一團白的月亮"])  # (one a character short)
    assert verse(turned(poem)[0])
    assert [len(lines) for lines, _ in paragraphs(poem, [poem], BODY)] == [1, 1, 1]
    prose = upright(["一" * 20, "二" * 20, "三" * 7], indents=(0,))
    assert not verse(turned(prose)[0])


def test_two_regions_set_vertically_side_by_side_are_read_right_to_left():
    right, left = upright(["一" * 20] * 6, x1=700), upright(["二" * 20] * 6, x1=300)
    assert xy_cut([left, right], BODY) == [right, left]
    across = [PdfBlock((Line("三" * 20, x, 100, x + 200, 110, 10.0, "Song"),), x, 100, x + 200, 110, 10.0, "Song")
              for x in (50, 400)]
    assert xy_cut(across[::-1], BODY) == across  # (text set across: left to right)


def test_a_vertical_headline_and_the_label_over_it_head_the_text_on_their_left():
    """〔散文〕 at the top right, the headline under it, the writer's name at its foot, the essay in two tiers of
    columns on their left: label, headline and name first, then the upper tier, then the lower."""
    def one(text: str, x1: float, top: float, size: float, face: str = "Hei") -> PdfBlock:
        return upright([text], x1=x1, top=top, size=size, face=face)

    label, head, name = one("〔散文〕", 792, 80, 11.0), one("榕樹記得的事", 768, 138, 28.0), one("某某某", 728, 320, 13.0)
    upper, lower = upright(["一" * 20] * 18, x1=695, top=78), upright(["二" * 20] * 19, x1=695, top=363)
    order = reading_order([lower, name, upper, head, label], BODY, 1200)
    assert order == [label, head, name, upper, lower]


def test_a_genre_in_tortoise_shell_brackets_is_a_rubric_an_agency_is_not():
    assert cv.RUBRIC_BRACKETS.match("〔散文〕") and cv.RUBRIC_BRACKETS.match("〔新詩〕")
    assert not cv.RUBRIC_BRACKETS.match("〔中央社〕") and not cv.RUBRIC_BRACKETS.match("〔記者某某／台北報導〕")


def test_a_drawing_credited_with_a_slash_is_a_photo_credit():
    assert cv.PHOTO_CREDIT.match("圖／某小樹") and cv.PHOTO_CREDIT.match("插圖/某某")
    assert not cv.PHOTO_CREDIT.match("文／某某")



def test_a_label_and_a_name_down_one_column_past_a_wide_gap_are_two_lines():
    """浮生半日, a gap of two characters, 冬青: the column's label and the writer's name, two lines; a name spaced
    out (某　某) stays one."""
    label = column("浮生半日", 400)
    name = column("冬青", 400, top=label[-1].top + 3 * 10)
    assert [ln.text for ln in lines_of(label + name)] == ["浮生半日", "冬青"]
    spaced = column("某", 400) + column("某", 400, top=120.0)
    assert [ln.text for ln in lines_of(spaced)] == ["某某"]  # (as a name spaced out across is read)


def test_a_columns_second_character_given_after_a_headlines_goes_under_its_first():
    """The stream gives 冬, then the headline's 阿 beside it, then 青 under 冬, then the headline's 婆."""
    name, head = column("冬青", 400, top=570.0), column("阿婆", 360, top=560.0, size=27.0, face="Hei")
    assert [ln.text for ln in lines_of([name[0], head[0], name[1], head[1]])] == ["冬青", "阿婆"]


def test_a_stanza_a_character_wider_than_the_one_before_is_the_same_poems():
    """The second stanza's lines end level by pairs (no shape of verse alone), a character wider than the first's:
    beside a stanza of verse, flush with it, it is verse too."""
    from reader.parse.verse import stanzas

    first = upright(["潮水退到最遠的地方", "纜樁上坐著一隻海鷗", "牠不等船", "只等風把天空吹亮"], x1=230)
    second = upright(["父親的漁網還掛在牆上", "每一個結都打得很緊", "像他從來不說出口的話", "一直替我們攔住寒冬"], x1=150)
    assert stanzas([first, second], BODY) == [second]
    prose = upright(["一" * 20] * 4, x1=150)  # (a column's width of prose beside it: no stanza)
    assert stanzas([first, prose], BODY) == []


def test_a_colon_set_as_hong_kong_papers_print_it_credits_a_writer():
    from reader.parse.rules import Context, first_pass

    assert first_pass("文︰某澄", Context(0, 1))[0] is Role.BYLINE
    assert first_pass("插圖︰某舟", Context(0, 1))[0] is Role.PHOTO_CREDIT


def test_a_tab_at_a_vertical_headlines_right_from_its_top_is_read_before_it_a_name_at_its_foot_after():
    """Columns are read right to left: a label set beside a vertical headline's top, at its right (a section tab, a
    kicker), comes before the headline; a name at the headline's foot, and a name under a label there, after it."""
    from reader.parse.anchors import group_order

    def one(text: str, x1: float, top: float, size: float) -> PdfBlock:
        return upright([text], x1=x1, top=top, size=size, face="Hei")

    tab, head, deck = one("地方新聞", 812, 84, 15.0), one("舊倉庫變身青創基地", 778, 68, 30.0), one("首批團隊進駐", 732, 125, 18.0)
    assert group_order([head, deck, tab], BODY) == [tab, head, deck]
    name = one("某某某", 812, 300, 10.0)  # beside the headline's foot
    assert group_order([name, head], BODY) == [head, name]
    label, under = one("浮生半日", 788, 40, 12.0), one("某某", 788, 75, 12.0)  # a label, a name under it
    assert group_order([under, head, label], BODY) == [label, head, under]


def test_a_vertical_headline_ruled_off_right_of_its_text_under_the_headers_rule_heads_that_text():
    """A feature's vertical headline stands ruled off at the right of its three columns, a box of briefs ruled off
    at its right; the header's rule runs across the page just over its top: that rule stands over the headline
    and its text alike, it parts neither from the other, so the headline is read first, before its columns."""
    from reader.parse.anchors import anchor

    cols = [PdfBlock(tuple(Line("字" * 12 + "。", 26 + 153 * k, 102 + 14 * n, 167 + 153 * k, 112 + 14 * n, 10.0, "Song")
                           for n in range(40)), 26 + 153 * k, 102, 167 + 153 * k, 668, 10.0, "Song") for k in range(3)]
    briefs = PdfBlock((Line("字" * 20 + "。", 561, 153, 789, 163, 10.0, "Song"),), 561, 153, 789, 163, 10.0, "Song")
    head = upright(["某某某某某某某某"], x1=533.0, top=66.0, size=40.0, face="Song-Bold")
    rules = [(26.0, 64.0, 799.0, 65.0), (480.0, 78.0, 481.0, 806.0), (544.0, 78.0, 544.0, 1148.0)]
    flow = cols + [briefs]
    assert anchor([head], flow, [[head]], BODY, rules) == (0, True)
