"""Rules and frames drawn on a PDF page part its stories: read off the page's paths, they cut the columns apart and
keep a headline from heading text on their other side."""
import os
import sys
from dataclasses import replace

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "hostile"))
from corpus import text_pdf  # noqa: E402

from reader.parse import read_pdf
from reader.parse.columns import Body, parted, separators
from reader.parse.bands import page_bands
from reader.parse.layout import page_chunks, reading_order, ruled_off
from reader.parse.pdf import Line, PdfBlock, PdfPage, open_pdf, read_page

BODY = Body(10.0, "Song")


def block(x0, top, x1, lines=3, size=10.0, face="Song", vertical=False) -> PdfBlock:
    """`lines` lines of body text (none ending a sentence) from (x0, top) to x1; or one vertical line."""
    if vertical:
        line = Line("字" * lines, x0, top, x1, top + lines * size, size, face, vertical=True)
        return PdfBlock((line,), x0, top, x1, line.bottom, size, face)
    made = tuple(Line("字" * int((x1 - x0) // size), x0, top + k * 1.4 * size, x1, top + k * 1.4 * size + size, size,
                      face) for k in range(lines))
    return PdfBlock(made, x0, top, x1, made[-1].bottom, size, face)


def ended(b: PdfBlock) -> PdfBlock:
    """The block with its last line ending a paragraph."""
    last = b.lines[-1]
    return replace(b, lines=b.lines[:-1] + (replace(last, text=last.text[:-1] + "。"),))


def page_of(pdf: bytes, tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(pdf)
    return read_page(open_pdf(str(path)), 0)


def test_stroked_lines_are_rules_and_a_stroked_rectangle_is_a_frame(tmp_path):
    drawing = (b"0.5 w 20 400 m 580 400 l S\n"  # a rule across
               b"1 w 300 100 m 300 380 l S\n"  # a rule down
               b"40 450 200 150 re S\n"  # a frame
               b"0.9 g 300 450 200 150 re f\n"  # a tint: filled, drawn round nothing
               b"20 700 m 580 700 l 580 710 l 20 710 l h f\n"  # a filled bar 10 points tall: no rule
               b"20 60 m 100 90 l S\n")  # a slanted stroke: no rule
    page = page_of(text_pdf([(40, 40, 10, "x")], drawing), tmp_path)
    assert sorted((round(x0), round(top), round(x1), round(bottom)) for x0, top, x1, bottom in page.rules) == [
        (20, 400, 580, 400), (300, 420, 300, 700)]
    assert [tuple(round(v) for v in b) for b in page.boxes] == [(40, 200, 240, 350)]


def test_a_frame_with_rounded_corners_is_a_frame(tmp_path):
    path = (b"50 300 m 250 300 l 255.5 300 260 304.5 260 310 c 260 390 l 260 395.5 255.5 400 250 400 c "
            b"50 400 l 44.5 400 40 395.5 40 390 c 40 310 l 40 304.5 44.5 300 50 300 c h S\n")
    page = page_of(text_pdf([(40, 40, 10, "x")], path), tmp_path)
    assert [tuple(round(v) for v in b) for b in page.boxes] == [(40, 400, 260, 500)]


def test_a_rule_across_cuts_a_region_where_white_space_alone_would_not():
    """The upper story's last column stops mid-paragraph: white space alone reads on down the column into the
    story below; a rule drawn across between them ends the upper story there."""
    a1, b1 = block(10, 100, 150, 5), block(160, 100, 300, 5)
    a2, b2 = block(10, 200, 150, 5), block(160, 200, 300, 5)
    assert reading_order([a1, b1, a2, b2], BODY, 1000) == [a1, a2, b1, b2]
    rule = ((10.0, 180.0, 300.0, 180.0),)
    assert reading_order([a1, b1, a2, b2], BODY, 1000, rules=rule) == [a1, b1, a2, b2]


def test_a_rule_down_a_region_cuts_it_before_a_wider_white_space():
    left, middle, right = block(10, 100, 150, 20), block(160, 100, 300, 20), block(330, 100, 470, 20)
    assert reading_order([right, middle, left], BODY, 1000, rules=((155.0, 90.0, 155.0, 400.0),)) == [
        left, middle, right]


def test_a_rule_across_stopping_at_a_rule_down_the_whole_region_parts_only_its_own_side():
    """Two stories one over the other on the left, a column of verse on the right the whole page down: the rule
    across between the stories stops at the rule down (a T). The right column is read whole, not cut in two at
    the stanza gap level with the rule across."""
    upper, lower = ended(block(10, 100, 300, 10)), ended(block(10, 260, 300, 10))
    verse1, verse2 = ended(block(330, 100, 450, 10)), ended(block(330, 260, 450, 10))
    wall = (315.0, 90.0, 315.0, 420.0)
    tee = ((10.0, 240.0, 305.0, 240.0), wall)
    assert reading_order([upper, verse1, lower, verse2], BODY, 1000, rules=tee) == [upper, lower, verse1, verse2]
    cross = ((10.0, 240.0, 450.0, 240.0), wall)  # a rule across the whole width: the page's bands come first
    assert reading_order([upper, verse1, lower, verse2], BODY, 1000, rules=cross) == [upper, verse1, lower, verse2]
    short = ((10.0, 240.0, 305.0, 240.0), (315.0, 200.0, 315.0, 420.0))  # a rule down only part of the region
    assert reading_order([upper, verse1, lower, verse2], BODY, 1000, rules=short) == [upper, verse1, lower, verse2]


def test_a_rule_down_the_whole_band_parts_it_before_a_white_space_across_it():
    """Two stories side by side, each with a unit over its text (a picture and its caption): the row of units
    spans the band, with white space under it, but the rule down between the stories the band's whole height
    parts them first, each unit over its own text."""
    pic_l, pic_r = ended(block(10, 100, 150, 4)), ended(block(160, 100, 300, 4))  # (each caption ends its unit)
    text_l, text_r = ended(block(10, 170, 150, 8)), ended(block(160, 170, 300, 8))
    rule = ((155.0, 95.0, 155.0, 300.0),)
    assert reading_order([pic_l, pic_r, text_l, text_r], BODY, 1000, rules=rule) == [pic_l, text_l, pic_r, text_r]


def test_a_vertical_headline_heads_the_text_beside_it_up_to_the_rule_on_its_other_side():
    """Set at the right edge of its story, a vertical headline heads the story's columns to its left, the first of
    which starts above it, as far as the rule that parts the story from the one on the left."""
    other = [block(10, 80, 150, 30), block(160, 80, 300, 30)]
    story = [block(330, 80, 530, 4), block(330, 150, 530, 20)]
    headline = block(565, 100, 595, 8, size=30, face="Hei", vertical=True)
    blocks = other + story + [headline]
    assert reading_order(blocks, BODY, 1000)[-1] is headline  # beside nothing it heads: read last
    ordered = reading_order(blocks, BODY, 1000, rules=((315.0, 70.0, 315.0, 500.0),))
    assert ordered == other + [headline] + story


def test_a_frame_parts_only_when_it_holds_body_text():
    notice = block(20, 500, 200, 3)
    assert separators((), ((10, 490, 210, 560),), [notice]) == [
        (10, 490, 210, 490), (10, 560, 210, 560), (10, 490, 10, 560), (210, 490, 210, 560)]
    assert separators((), ((300, 100, 500, 140),), [notice]) == []  # a frame round a headline alone
    rule = [(0.0, 300.0, 600.0, 300.0)]
    assert parted((10, 100, 200, 200), (10, 320, 200, 400), rule)
    assert not parted((10, 100, 200, 200), (10, 210, 200, 290), rule)
    assert not parted((10, 100, 200, 350), (300, 100, 500, 350), rule)  # side by side: a rule across parts nothing


def test_a_headline_group_heading_no_text_is_furniture_not_an_article(tmp_path):
    """An ad's slogans under a story, framed apart from it: no article of their own, and not the story's."""
    lines = [(40, 60, 28, "Harbour bridge opens"), (40, 110, 10, "  The new bridge opened on Monday after"),
             (40, 124, 10, "four years of work and carries six lanes"), (40, 138, 10, "of traffic every day.")]
    lines += [(60, 700, 20, "Buy your tickets at the kiosk"), (90, 730, 16, "Win big this spring")]
    path = tmp_path / "page.pdf"
    path.write_bytes(text_pdf(lines, b"1 w 30 40 540 100 re S\n"))
    parsed = read_pdf(str(path))
    [article] = parsed.edition.articles
    assert article.headline == "Harbour bridge opens"
    furniture = " ".join(b.text for b in parsed.edition.furniture)
    assert "Buy your tickets at the kiosk" in furniture and "Win big this spring" in furniture


def test_a_rule_underlining_a_headline_does_not_part_it_from_its_story():
    """Some papers draw a line right under a headline, as its decoration: the headline still heads its story. The
    same line drawn further down, between a story's foot and what follows, parts them."""
    above = [ended(block(10, 60, 150, 5)), ended(block(160, 60, 300, 5))]  # a story ending above
    headline = block(20, 140, 290, 1, size=24, face="Hei")
    story = [block(10, 185, 150, 8), block(160, 185, 300, 8)]
    blocks = above + [headline] + story
    underline = ((20.0, 168.0, 290.0, 168.0),)  # 4 points under the headline's foot
    assert reading_order(blocks, BODY, 1000, rules=underline) == blocks
    assert ruled_off(blocks, BODY, underline, ()) == set()  # it heads the story under it
    into_box = ((20.0, 162.5, 290.0, 162.5),)  # drawn a little up into the headline's box, under its characters' feet
    assert reading_order(blocks, BODY, 1000, rules=into_box) == blocks and ruled_off(blocks, BODY, into_box, ()) == set()
    separator = ((10.0, 178.0, 300.0, 178.0),)  # under the headline by more than a line, the whole width
    assert ruled_off(blocks, BODY, separator, ()) == {id(headline)}  # parted from the text under it


def test_a_lead_headline_group_over_a_rule_across_the_page_heads_the_story_under_it():
    """A feature page: its header over a rule, the lead's headline group across the page, then a rule drawn across
    the page under the group and the story's columns under that. The group is no part of the page's header, and it
    heads the story: the rule under it is its decoration (it heads nothing on its own side)."""
    header = block(10, 10, 120, 1, size=20, face="Hei")  # the section's name
    headline = block(10, 80, 280, 1, size=40, face="Hei")
    deck = block(10, 130, 200, 1, size=14, face="Hei")
    story = [block(10, 190, 150, 12), block(160, 190, 300, 12)]
    blocks = [header, headline, deck] + story
    rules = ((10.0, 40.0, 300.0, 41.0), (10.0, 170.0, 300.0, 171.0))  # under the header; under the group
    bands = page_bands(blocks, BODY, 1000, rules)
    assert bands.get(id(header)) == "head" and id(headline) not in bands and id(deck) not in bands
    order = reading_order(blocks, BODY, 1000, rules=rules)
    assert order.index(headline) < order.index(story[0])


def test_a_frame_far_down_the_page_sets_no_deck_off_its_story():
    """A deck over a photo (no text under it down to a framed ad at the page's foot): the ad's frame is no rule
    under the deck; a frame drawn right under a series bar still sets the bar off the text inside it."""
    deck = block(10, 100, 140, 1, size=14, face="Hei")
    story = block(160, 100, 300, 20)
    ad = block(20, 700, 290, 4)  # inside a frame far down
    frame = (15.0, 690.0, 295.0, 760.0)
    assert id(deck) not in ruled_off([deck, story, ad], BODY, (), (frame,))
    bar = block(20, 660, 290, 1, size=14, face="Hei")  # right over the frame
    assert id(bar) in ruled_off([deck, story, bar, ad], BODY, (), (frame,))



def test_a_headline_over_a_framed_summary_is_read_before_it():
    """A serial's title over a framed 上期提要 box, its columns under the box, another story in the column beside
    it: the frame parts the title from every text under it, yet the title opens the story there, not at the
    page's end."""
    title = block(10, 40, 200, 1, size=24, face="Hei")
    summary = block(15, 90, 295, 2)
    cols = [block(10, 140, 150, 20), block(160, 140, 300, 20)]
    beside = block(330, 40, 470, 40)
    frame = ((10.0, 85.0, 300.0, 120.0),)
    order = reading_order(cols + [beside, summary, title], BODY, 1000, frames=frame)
    assert order.index(title) == order.index(summary) - 1


def test_a_label_over_a_headline_is_read_with_it_not_at_the_pages_end():
    """A section's label (散文) over a story's headline, nothing of its own under it: it goes with the headline."""
    label = block(160, 40, 200, 1, size=14, face="Hei")
    headline = block(160, 110, 300, 1, size=24, face="Hei")
    story = block(160, 150, 300, 20)
    other = block(10, 40, 150, 30)  # the column beside it
    order = reading_order([other, story, headline, label], BODY, 1000)
    assert order.index(label) == order.index(headline) - 1 and order.index(headline) < order.index(story)


def test_a_deck_beside_the_byline_over_a_rule_goes_with_its_headline():
    """An interview's deck (——访…) set at the right under the headline, level with the byline on the left, a
    rule drawn across under both: the rule does not set the deck off its story, and it is read with its headline."""
    headline = block(10, 40, 300, 1, size=24, face="Hei")
    deck = block(160, 72, 300, 1, size=14, face="Hei")
    byline = block(10, 80, 100, 1)
    cols = [block(10, 110, 150, 20), block(160, 110, 300, 20)]
    blocks = [headline, deck, byline] + cols
    rule = ((10.0, 100.0, 300.0, 100.0),)
    assert id(deck) not in ruled_off(blocks, BODY, rule, ())
    order = reading_order(cols + [byline, deck, headline], BODY, 1000, rules=rule)
    assert order[:2] == [headline, deck] and order.index(byline) < order.index(cols[0])


def test_a_crosshead_between_two_rules_of_its_column_is_not_set_off():
    """A crosshead a little larger than the body, ruled over and under across its column's width: its rules are
    its decoration, so it is read in its column between the text above and below, and nothing sets it apart."""
    above, below = ended(block(10, 100, 150, 10)), block(10, 270, 150, 10)
    head = block(12, 248, 140, 1, size=11.5, face="Hei")
    rules = ((10.0, 244.0, 150.0, 244.0), (10.0, 263.0, 150.0, 263.0))
    page = PdfPage(1, 600, 800, (above, head, below), rules)
    read = page_chunks(page, 0, 1)
    texts = [c.text for c in read.chunks]
    k = texts.index(head.lines[0].text)
    assert texts[k - 1].endswith("。") and read.chunks[k].gap == 1


def test_briefs_side_by_side_in_a_box_head_their_own_texts():
    """A box of briefs set side by side, close, the box's label over the first title: each title heads the text
    under it in the box (not the first brief's, though its column starts level with the title's, a gutter away)."""
    label = block(10, 395, 60, 1, size=15, face="Hei")
    titles = [block(x, 415, x + 120, 1, size=13, face="Hei") for x in (10, 160, 310)]
    texts = [block(x, 435, x + 140, 6) for x in (10, 160, 310)]
    frame = ((5.0, 390.0, 455.0, 520.0),)
    story = block(10, 40, 450, 20)
    order = reading_order([story] + texts + titles + [label], BODY, 1000, frames=frame)
    assert [order.index(t) + 1 for t in titles] == [order.index(x) for x in texts]


def test_a_vertical_headline_with_its_deck_over_its_columns_heads_them_not_the_story_past_its_rule():
    """Taiwan's layout: the lead's headline set vertically at the story's right, its deck across the story's
    columns on its left, a little white space between; a rule on its right parts it from the next story."""
    above = block(10, 60, 560, 6)  # the story over them, a rule under it
    deck = block(10, 160, 300, 1, size=14, face="Hei")
    story = [block(10, 190, 150, 30), block(160, 190, 300, 30)]
    headline = block(340, 160, 370, 10, size=30, face="Hei", vertical=True)  # 40 pt (4 body sizes) right of them
    other = [block(400, 160, 560, 3, size=20, face="Hei"), block(400, 230, 560, 30)]
    rules = ((0.0, 150.0, 600.0, 150.0), (385.0, 155.0, 385.0, 700.0))
    ordered = reading_order([above] + story + [deck, headline] + other, BODY, 1000, rules=rules)
    assert ordered == [above, headline, deck] + story + other


def test_a_rule_under_a_lead_headline_to_the_rule_down_its_side_does_not_part_it_from_its_story():
    """The lead's headline group over its columns, a rule drawn under it from the page's left edge to the rule down
    beside a right-hand rail (a T): the headline still heads the columns under the rule. The foot of a frame (a
    rule meeting a rule down at each end) is no such rule, nor a box label's underline."""
    from reader.parse.anchors import _rule_under
    headline = block(10, 40, 290, 1, size=30, face="Hei")
    cols = [block(10, 120, 150, 20), block(160, 120, 300, 20)]
    rail = block(330, 40, 450, 30)
    wall, under = (315.0, 30.0, 315.0, 500.0), (10.0, 80.0, 310.0, 80.0)
    assert _rule_under([headline], cols + [rail], BODY, [wall, under]) == under
    frame = [under, (10.0, 80.0, 10.0, 200.0), (310.0, 80.0, 310.0, 200.0)]
    assert _rule_under([headline], cols + [rail], BODY, frame) is None
    label = block(10, 62, 50, 1, size=13, face="Hei")  # a box's label, a word, over its own underline
    assert _rule_under([label], cols + [rail], BODY, [wall, under]) is None
    assert reading_order([rail, *cols, headline], BODY, 1000, rules=(wall, under))[:2] == [headline, cols[0]]


def test_a_title_set_on_a_tabs_line_right_after_it_is_one_group_with_it():
    """A label in a tab (试驾), the kicker set on its line right after it, the headline under both, flush with the
    tab: one headline group, however far the kicker's edge stands from the headline's."""
    from reader.parse.groups import title_groups
    tab = block(30, 77, 56, 1, size=12, face="Hei")
    kicker = block(70, 75, 330, 1, size=15, face="Hei")
    headline = block(26, 101, 495, 1, size=30, face="Hei")
    assert [len(g) for g in title_groups([tab, kicker, headline], BODY)] == [3]
    far = block(200, 75, 460, 1, size=15, face="Hei")  # a title level with the tab across a gutter: another's
    assert len(title_groups([tab, far, headline], BODY)) == 2


def test_a_tab_and_the_kicker_after_it_are_read_in_their_row_with_the_headline_under_a_lead_rule():
    """A tab (a word), the kicker on its line (set a little higher than the tab's box), the headline under them,
    its byline over the lead's rule: the tab is read first, then the kicker; neither is ruled off from the story
    (the rule is under the whole group: they head the lead with its headline)."""
    tab = block(30, 77, 56, 1, size=13, face="Hei")
    kicker = block(70, 75, 330, 1, size=15, face="Hei")
    headline = block(26, 101, 495, 1, size=30, face="Hei")
    byline = block(381, 152, 536, 1)
    cols = [block(289, 184, 405, 20), block(420, 184, 536, 20), block(560, 60, 700, 40)]  # (a rail from the top)
    rule = ((26.0, 174.0, 536.0, 174.0),)
    order = reading_order([kicker, tab, headline, byline, *cols], BODY, 1000, rules=rule)
    assert order.index(tab) < order.index(kicker) < order.index(headline) < order.index(cols[0])
    assert ruled_off([kicker, tab, headline, byline, *cols], BODY, rule, ()) == set()


def test_a_pull_quote_set_across_two_columns_between_rules_does_not_cut_them():
    """A sentence of the story set large between rules across two of its columns: each column reads on down past
    it (top of the first, its foot under the quote, then the next column), as a reader goes; the quote repeats
    words the text prints, so it is no headline over another story."""
    said = "他说：“好的办法总是从田里长出来的。”随后"
    left = block(10, 100, 140, 30)  # (its white space the widest down the page)
    upper = [block(160, 100, 300, 8), ended(block(310, 100, 450, 8))]  # (a paragraph ends over the quote)
    lower = [block(160, 260, 300, 12), block(310, 260, 450, 12)]
    lower[1] = replace(lower[1], lines=(replace(lower[1].lines[0], text=said),) + lower[1].lines[1:])
    quote = block(170, 215, 440, 1, size=18, face="Hei")
    quote = replace(quote, lines=(replace(quote.lines[0], text="“好的办法总是从田里长出来的。”"),))
    rules = ((160.0, 205.0, 450.0, 205.0), (160.0, 248.0, 450.0, 248.0))
    order = reading_order([left, *upper, quote, *lower], BODY, 1000, rules=rules)
    text = [b for b in order if b is not quote]
    assert text == [left, upper[0], lower[0], upper[1], lower[1]]
    plain = replace(quote, lines=(replace(quote.lines[0], text="好的办法总是从田里长出来"),))  # a headline, not said
    order = reading_order([left, *upper, plain, *lower], BODY, 1000, rules=rules)
    assert [b for b in order if b is not plain] == [left, upper[0], upper[1], lower[0], lower[1]]


def test_a_headline_centred_over_a_story_heads_its_first_column_that_opens_with_a_crosshead():
    """An essay's title centred over its four columns, its type reaching over the middle two: the first column
    opens with the section's number (一) set over its text, so it starts a little lower than the others; it is
    still the story's first column, and the title is read before it."""
    headline = block(200, 40, 380, 1, size=24, face="Hei")
    number = replace(block(72, 80, 86, 1, size=14), lines=(Line("一", 72, 80, 86, 94, 14, "Song"),))
    columns = [block(10, 102, 150, 20), block(160, 80, 300, 21), block(310, 80, 450, 21), block(460, 80, 600, 21)]
    order = reading_order([number, *columns, headline], BODY, 1000)
    assert order == [headline, number, *columns]


def test_a_framed_note_under_a_storys_column_closes_it_not_the_story_under_the_rule():
    """A framed note (作者简介 …) set under the last column of a story, a rule across under it down to the rule
    beside the story: the note closes the story over it; it is no headline over the story below the rule."""
    upper = [ended(block(10, 60, 150, 20)), ended(block(160, 60, 300, 12))]
    note = block(165, 250, 295, 3, size=8, face="Hei")
    frame = (160.0, 245.0, 300.0, 295.0)
    title = block(20, 330, 140, 1, size=20, face="Hei")  # (set over the first column only)
    lower = [block(10, 365, 150, 10), block(160, 365, 300, 10)]
    rules = ((10.0, 315.0, 300.0, 315.0), (308.0, 50.0, 308.0, 600.0))
    order = reading_order([*upper, note, title, *lower], BODY, 1000, rules=rules, frames=(frame,))
    assert order.index(note) < order.index(title)



def test_a_story_under_a_rule_across_some_columns_is_read_after_the_column_the_story_over_it_runs_on_in():
    """A feature in four columns, its middle two stopped by a rule across them over a letter set under it: the
    feature's third column stops mid-paragraph and its fourth, beside the letter, opens mid-paragraph, so it is
    read on there; the letter under the rule comes after. Were the fourth column to open a paragraph of its own,
    the columns read in turn as ever."""
    def indented(b: PdfBlock) -> PdfBlock:
        first = b.lines[0]
        return replace(b, lines=(replace(first, x0=first.x0 + 20),) + b.lines[1:])
    c1, c2, c3 = ended(block(10, 100, 150, 40)), ended(block(160, 100, 300, 20)), block(310, 100, 450, 20)
    c4 = ended(block(460, 100, 600, 30))
    letter = [indented(block(160, 420, 300, 15)), ended(block(310, 420, 450, 15))]
    rule = ((160.0, 400.0, 450.0, 400.0),)
    assert reading_order([c1, c2, c3, c4, *letter], BODY, 1000, rules=rule) == [c1, c2, c3, c4, *letter]
    assert reading_order([c1, c2, c3, c4, *letter], BODY, 1000) == [c1, c2, letter[0], c3, letter[1], c4]
    own = indented(c4)
    assert reading_order([c1, c2, c3, own, *letter], BODY, 1000, rules=rule) == [c1, c2, letter[0], c3, letter[1], own]
