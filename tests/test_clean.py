"""What the parser removes or evens out before anything else: each invisible character by name, each kind of
white space, C0 and C1 controls; nothing else. Typed from Unicode's own names, not from segment.py's tables."""
import pytest

from reader.parse import parse_text
from reader.parse.segment import clean, removed_counts

INVISIBLE = [("\u200b", "zero-width space"), ("\ufeff", "byte-order mark"), ("\u2060", "word joiner"),
             ("\u00ad", "soft hyphen"), ("\u200e", "left-to-right mark"), ("\u200f", "right-to-left mark"),
             ("\u202a", "bidi embedding"), ("\u202b", "bidi embedding"), ("\u202c", "bidi pop"),
             ("\u202d", "bidi override"), ("\u202e", "bidi override"), ("\u2066", "bidi isolate"),
             ("\u2067", "bidi isolate"), ("\u2068", "bidi isolate"), ("\u2069", "bidi isolate")]


@pytest.mark.parametrize("char,name", INVISIBLE, ids=[f"U+{ord(c):04X}" for c, _ in INVISIBLE])
def test_each_invisible_character_is_removed_and_counted_by_name(char, name):
    text, removed = clean(f"新闻{char}标题\n")
    assert text == "新闻标题\n" and removed == char
    assert removed_counts(removed) == {name: 1}
    assert parse_text(f"新闻{char}标题\n\n正文一段。\n").dropped == ((name, 1),)


@pytest.mark.parametrize("char", ["\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005",
                                  "\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\t", "\v"],
                         ids=lambda c: f"U+{ord(c):04X}")
def test_each_kind_of_space_becomes_a_plain_space(char):
    assert clean(f"新闻{char}标题")[0] == "新闻 标题"


def test_the_ideographic_space_is_kept_for_indents():
    assert clean("\u3000\u3000正文")[0] == "\u3000\u3000正文"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85\x86"[1], "\x9f"], ids=repr)
def test_controls_become_spaces_and_are_counted(char):
    text, removed = clean(f"新闻{char}标题")
    assert text == "新闻 标题" and removed == char
    assert removed_counts(removed) == {"control character": 1}


def test_everything_else_is_kept():
    text = "新闻标题：A-1，“引号”《书名》……——·\u3000\n"
    assert clean(text) == (text, "")
