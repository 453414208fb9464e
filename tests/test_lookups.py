"""Revisions that look along the whole page do it through a lookup built once a pass: it must answer as the revision
looking for itself would, on every real page, and keep a dump of thousands of short lines from costing a pass over
all of them for each one (the hostile corpus's 20k two-character blocks and 10k field lines)."""
from dataclasses import replace

import pytest

from conftest import FIXTURES, fixture_names
from reader.model import Role
from reader.parse import first_items
from reader.parse.decode import decode
from reader.parse.items import runs
from reader.parse.segment import clean
from reader.parse.revise import REVISIONS, revise
from reader.parse.styles import segment

LOOKED_UP = [r for r in REVISIONS if r.index is not None]


def test_the_revisions_that_look_along_the_page_have_a_lookup():
    assert {r.name for r in LOOKED_UP} >= {"parallel_heads", "facts_in_text", "table_rows", "chart_label",
                                           "verse_line"}


@pytest.mark.parametrize("name", fixture_names())
def test_each_lookup_answers_as_the_revision_looking_for_itself(name):
    path = f"{FIXTURES}/{name}.txt"
    with open(path, "rb") as f:
        _, chunks = segment(clean(decode(f.read(), path))[0])
    items = first_items(chunks)
    for rev in REVISIONS:  # (each revision sees the page as the ones before it left it)
        if rev.index is not None:
            assert revise(items, [rev]) == revise(items, [replace(rev, index=None)]), rev.name
        items = revise(items, [rev])


def test_runs_are_places_in_a_row_of_one_key():
    keys = [None, "a", "a", "b", False, "b", "b", "b", None, "a"]
    got = runs(list(range(len(keys))), lambda items, k: keys[k])
    assert got == [None, (1, 2), (1, 2), (3, 3), None, (5, 7), (5, 7), (5, 7), None, (9, 9)]
    assert runs([], lambda items, k: True) == []


def test_a_series_of_framed_pieces_is_found_among_thousands_of_lines():
    """The index finds pieces alike far apart (a series of crossheads across a long page), as a full look would."""
    from reader.parse.parallel import parallel_heads
    from test_rules import _items

    body = ("正文很长，一直写下去，写到这里才结束。", Role.PARAGRAPH)
    framed = [("明确新目标：分两步走", Role.PARAGRAPH), ("探索新治理：发挥优势", Role.PARAGRAPH),
              ("开创新局面：提高水平", Role.PARAGRAPH)]
    items = _items(*([body] * 500 + [framed[0]] + [body] * 500 + [framed[1]] + [body] * 500 + [framed[2]] + [body]))
    heads = [i for i in range(len(items)) if parallel_heads(items, i) is Role.HEADLINE]
    assert heads == [500, 1001, 1502]
