"""Drafts → drafts: rubrics the dump printed away from their article moved to the one they head."""
from __future__ import annotations

from dataclasses import replace

from ..model import Block, Kind, Role
from . import conventions as cv
from .draft import Draft, Placed
from .ledger import Ledger
from .patterns import regex

MIN_RUBRIC_OVERLAP = 3  # characters a rubric must share with a headline to be attached to it by content
RUBRIC_WINDOW = 12  # articles either side where a stray rubric's article is looked for (about a page)


def _move(drafts: list[Draft], src: int, dst: int, rb: Placed, rule: str, ledger: Ledger,
          role: Role | None = None) -> None:
    """Take rubric rb out of drafts[src] and set it first in drafts[dst] (as `role`), marked as moved by rule."""
    b = rb.block
    moved = replace(rb, block=Block(role or b.role, b.text, b.pieces, rule, b.first_role, b.first_rule, True, b.page),
                    lifted=False)
    for i in rb.items:
        ledger.move(i, drafts[src].name, drafts[dst].name, rule)
    drafts[src] = replace(drafts[src], placed=tuple(p for p in drafts[src].placed if p is not rb))
    drafts[dst] = replace(drafts[dst], placed=(moved,) + drafts[dst].placed)


def _page(d: Draft) -> int | None:
    return d.placed[0].block.page if d.placed else None


def _bar_alone(d: Draft) -> Placed | None:
    """A draft that is one headline line in a series bar's words (学习宣传贯彻…) and nothing else: a bar the
    dump printed apart from every story (after the last one, at the page's foot)."""
    if len(d.placed) == 1 and d.placed[0].block.role is Role.HEADLINE and cv.BANNER.match(cv.squash(d.placed[0].block.text)):
        return d.placed[0]
    return None


_PHOTO_LABEL = regex("^(?:图片新闻|圖片新聞|新闻图片|新聞圖片|图片报道|圖片報道|摄影报道|攝影報道)$")  # stays over its photos


def place_series_bars(drafts: list[Draft], ledger: Ledger) -> list[Draft]:
    """A series bar printed alone (not in a headline group, or a headline with no story) heads the page's lead
    story: its longest article."""
    out = list(drafts)
    for i in range(len(out)):
        alone = _bar_alone(out[i])
        for rb in [p for p in out[i].placed if (p.lifted or p is alone) and p.block.rule != "box_label"
                   and not (out[i].kind is Kind.PHOTO and _PHOTO_LABEL.match(cv.squash(p.block.text)))
                   and not (cv.RUBRIC_LABEL.match(cv.squash(p.block.text)) and not any(
                       x.block.role is Role.HEADLINE for x in out[i].placed))]:  # (a column's label over its untitled
            # text, 读者来论 | 编者按：…, stays)
            same_page = [j for j, d in enumerate(out) if _page(d) == rb.block.page]  # (over the lead already: stays)
            lead = max(same_page, key=lambda j: sum(len(t) for t in out[j].article.paragraphs), default=i)
            if lead != i and not out[lead].article.rubric:
                _move(out, i, lead, rb, "series_bar_to_lead", ledger, Role.RUBRIC)
    return [d for d in out if d.placed]


def attach_rubrics(drafts: list[Draft], ledger: Ledger) -> list[Draft]:
    """A column label stacked on another article's rubric goes to the nearby headline that shares its words
    (重点项目巡礼 → 曹县：重点项目…); one that shares none stays where the dump put it."""
    out = list(drafts)
    for i in range(len(out)):
        rubrics = [p for p in out[i].placed if p.block.role is Role.RUBRIC]
        for rb in rubrics[:-1] if len(rubrics) > 1 else []:
            stem = cv.RUBRIC_STEM.sub("", cv.squash(rb.block.text))
            best, best_j = MIN_RUBRIC_OVERLAP - 1, None
            for j in range(max(0, i - RUBRIC_WINDOW), min(len(out), i + RUBRIC_WINDOW + 1)):
                other = out[j].article
                if j != i and not other.rubric and other.blocks and _page(out[j]) == rb.block.page:
                    o = overlap(stem, cv.squash(other.headline))
                    if o > best:
                        best, best_j = o, j
            if best_j is not None:
                _move(out, i, best_j, rb, "rubric_by_content", ledger)
    return out


def overlap(a: str, b: str) -> int:
    """Length of the longest common substring of a and b."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


_NOTE = regex("^\\s*(?:编者按|編者按)\\s*[：:]")  # an editor's note opening with its label
NOTE_LABEL_MAX = 5  # characters of the label over an editor's note (来论, 读者来信), a word or two


def notes_over_stories(drafts: list[Draft], ledger: Ledger) -> list[Draft]:
    """An editor's note (编者按：…) set over a story's headline, under a column's label (来论 | 编者按：… | headline |
    text), read as a story of its own titled by that label: the note opens the story under it, the label is that
    story's rubric."""
    out = list(drafts)
    k = 0
    while k + 1 < len(out):
        d, nxt = out[k], out[k + 1]
        heads = [p for p in d.placed if p.block.role in (Role.HEADLINE, Role.RUBRIC)]
        body = [p for p in d.placed if p not in heads]
        if (len(heads) == 1 and cv.length(heads[0].block.text) <= NOTE_LABEL_MAX and body
                and all(p.block.role is Role.PARAGRAPH for p in body) and _NOTE.match(body[0].block.text) and _page(d) == _page(nxt)
                and any(p.block.role is Role.HEADLINE for p in nxt.placed)):
            for p in body:
                for i in p.items:
                    ledger.move(i, d.name, nxt.name, "editor_note")
            at = next((j for j, p in enumerate(nxt.placed) if p.block.role is Role.PARAGRAPH), len(nxt.placed))
            out[k + 1] = replace(nxt, placed=nxt.placed[:at] + tuple(body) + nxt.placed[at:])
            _move(out, k, k + 1, heads[0], "editor_note", ledger, Role.RUBRIC)
            del out[k]  # (the articles after it are numbered again by the pass)
        k += 1
    for k in range(len(out) - 1):
        out[k], out[k + 1] = _note_after_close(out[k], out[k + 1], ledger)
    return [_titled_after_note(d, ledger) for d in out]


def _note_after_close(d: Draft, nxt: Draft, ledger: Ledger) -> tuple[Draft, Draft]:
    """An editor's note (编者按：…) after a story's closing credit, over the next story's headline: the note opens
    that story (a story's text never goes on past its writer's closing credit; a note is read before what it
    introduces)."""
    roles = [p.block.role for p in d.placed]
    at = next((k for k, p in enumerate(d.placed) if p.block.role is Role.PARAGRAPH and _NOTE.match(p.block.text)), None)
    if at is None or at < 2 or roles[at - 1] is not Role.BYLINE or roles.index(Role.PARAGRAPH) >= at - 1 \
            or any(r is not Role.PARAGRAPH for r in roles[at:]) or _page(d) != _page(nxt) \
            or not any(p.block.role is Role.HEADLINE for p in nxt.placed):
        return d, nxt
    note = d.placed[at:]
    for p in note:
        for i in p.items:
            ledger.move(i, d.name, nxt.name, "editor_note")
    first = next((j for j, p in enumerate(nxt.placed) if p.block.role is Role.PARAGRAPH), len(nxt.placed))
    return replace(d, placed=d.placed[:at]), replace(nxt, placed=nxt.placed[:first] + note + nxt.placed[first:])


def _titled_after_note(d: Draft, ledger: Ledger) -> Draft:
    """An untitled story opening with an editor's note (编者按：…), a crosshead right after the note: that line is the
    story's headline, the note read before it (读者来论 | 编者按：… | headline | text)."""
    text = [k for k, p in enumerate(d.placed) if p.block.role in (Role.PARAGRAPH, Role.CROSSHEAD)]
    if any(p.block.role is Role.HEADLINE for p in d.placed) or len(text) < 2 or not _NOTE.match(
            d.placed[text[0]].block.text) or d.placed[text[1]].block.role is not Role.CROSSHEAD:
        return d
    p = d.placed[text[1]]
    for i in p.items:
        ledger.relabel(i, d.name, Role.HEADLINE, "title_after_note")
    head = replace(p, block=replace(p.block, role=Role.HEADLINE, rule="title_after_note"))
    return replace(d, placed=d.placed[:text[1]] + (head,) + d.placed[text[1] + 1:])
