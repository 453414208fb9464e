"""A printed line's glyphs → its run-in lead: the words opening it in a face of their own (made-up glyphs)."""
from reader.parse.leads import run_in_lead
from reader.parse.pdf import Glyph


def line(*runs):
    """Glyphs of (text, face) runs set one after another on one baseline, 10 pt, a character an em."""
    out, x = [], 0.0
    for text, face in runs:
        for ch in text:
            out.append(Glyph(ch, x, 0.0, x + 10.0, 10.0, 10.0, face, False, x))
            x += 10.0
    return out


def test_a_bold_title_run_into_its_text_is_the_lead():
    assert run_in_lead(line(("澜青高速全线贯通", "Hei-Bold"), (" ", "Song"), ("记者从省交通运输厅获悉", "Song"))) == (
        "澜青高速全线贯通", "Hei-Bold")
    assert run_in_lead(line(("临江女排晋级四强——", "Hei-Bold"), ("昨天下午全国女排联赛", "Song"))) == (
        "临江女排晋级四强——", "Hei-Bold")  # a dash ends it
    assert run_in_lead(line(("某國／", "Hei-Bold"), ("某國首都一座歌劇院16日晚間發生火警", "Song"))) == (
        "某國／", "Hei-Bold")  # a world brief's place and its slash, in bold, right against its text


def test_no_lead_in_a_line_of_one_face_or_a_face_change_inside_a_word():
    assert run_in_lead(line(("记者从省交通运输厅获悉澜州", "Song"))) is None
    assert run_in_lead(line(("他说", "Kai"), ("这是一件好事情", "Song"))) is None  # no space, dash or colon after it
    assert run_in_lead(line(("好", "Hei-Bold"), (" ", "Song"), ("这是一件好事情", "Song"))) is None  # one character


def test_a_bar_after_a_bold_label_ends_the_lead():
    """周一 in bold, then a bar ▎ and the day's news in the text's face: 周一 is the line's lead (the bar sets it off
    as a space would)."""
    assert run_in_lead(line(("周一", "Hei-Bold"), ("▎省政府召开常务会议", "Song"))) == ("周一", "Hei-Bold")
    assert run_in_lead(line(("周一▎", "Hei-Bold"), ("省政府召开常务会议", "Song"))) == ("周一▎", "Hei-Bold")  # (the bar bold too)
    assert run_in_lead(line(("周一", "Hei-Bold"), ("省政府召开常务会议", "Song"))) is None
