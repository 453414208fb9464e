"""Drafts → drafts: a caption the dump printed inside another story moved to the story whose headline it names.

A dump sets a caption wherever the PDF's content stream had it, often between
the next story's headline and its text. A news photo's caption names what its
story is about, in the headline's own words (a headline 某县医院义诊进社区, its
photo's caption 某县医院医生在社区为居民量血压): a caption that shares no word
with its story's headline group and several with one nearby story's, whose text
also repeats more of its words than its own story's does, goes there, its
credit with it. A page read from its PDF places captions by geometry and is
left as it is.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import TITLE_ROLES, Block, Kind, Role
from . import conventions as cv
from .draft import Draft, Placed
from .ledger import Ledger
from .patterns import regex
from .titles import is_rubric

TEXT_OVER_CAPTIONS = 3  # a story whose text is this many times its captions is a story with photos, not photo news
MIN_CAPTION_WORDS = 2  # character pairs a caption shares with a headline group to be moved to its story
TOLD_CAPTION = 0.3  # of a caption's character pairs its story's text repeats (the stories of photo news: < 0.2)
_CARTOON = regex("^\\s*(?:漫画|漫畫)\\s*[：:／/]")  # 漫画：X credits a cartoon
CAPTION_WINDOW = 6  # stories either side where a caption's own story is looked for (about a page's neighbours)


def _titles(d: Draft) -> str:
    return "".join(p.block.text for p in d.placed if p.block.role in TITLE_ROLES)


def _shared(caption: str, d: Draft) -> int:
    return len(cv.bigrams(caption) & cv.bigrams(_titles(d)))


def _told(caption: str, d: Draft) -> float:
    """How much of the caption's wording the story's text repeats."""
    return cv.shared_words(caption, "".join(p.block.text for p in d.placed if p.block.role is Role.PARAGRAPH))


def _target(drafts: list[Draft], i: int, caption: Block) -> int | None:
    """The one nearby story whose headline group names the caption, where its own does not, and whose text tells
    more of what the caption says."""
    if _shared(caption.text, drafts[i]) or _cartoon(drafts[i]):
        return None
    scores = {j: _shared(caption.text, drafts[j]) for j in range(max(0, i - CAPTION_WINDOW),
                                                                  min(len(drafts), i + CAPTION_WINDOW + 1))
              if j != i and drafts[j].placed and drafts[j].placed[0].block.page == caption.page
              and any(p.block.role is Role.PARAGRAPH for p in drafts[j].placed)}
    best = max(scores.values(), default=0)
    tops = [j for j, s in scores.items() if s == best]
    if best < MIN_CAPTION_WORDS or len(tops) != 1:
        return None
    return tops[0] if _told(caption.text, drafts[tops[0]]) > _told(caption.text, drafts[i]) else None


def _cartoon(d: Draft) -> bool:
    return any(p.block.role is Role.PHOTO_CREDIT and _CARTOON.match(p.block.text) for p in d.placed)


def _story(d: Draft) -> bool:
    """A story told in text, its photos beside it: its paragraphs far longer than its longest caption (two photos'
    captions, one of them another story's, are no photo story)."""
    text = sum(cv.length(p.block.text) for p in d.placed if p.block.role is Role.PARAGRAPH)
    caption = max((cv.length(p.block.text) for p in d.placed if p.block.role is Role.CAPTION), default=0)
    return text >= TEXT_OVER_CAPTIONS * caption


def _with_credit(d: Draft, k: int) -> list[Placed]:
    """The caption at k and the photo credits right after it."""
    out = [d.placed[k]]
    for p in d.placed[k + 1:]:
        if p.block.role is not Role.PHOTO_CREDIT:
            break
        out.append(p)
    return out


def _insert(d: Draft, moved: list[Placed]) -> Draft:
    """The caption set among the story's blocks by where the dump printed it, never above its headline group."""
    line = moved[0].block.first_line
    at = next((k for k, p in enumerate(d.placed) if p.block.first_line > line), len(d.placed))
    head = next((k for k, p in enumerate(d.placed) if p.block.role is Role.PARAGRAPH), len(d.placed))
    at = max(at, head)
    return replace(d, placed=d.placed[:at] + tuple(moved) + d.placed[at:])


def _photo_alone(d: Draft) -> bool:
    """A photo's caption and credit with no title and no text (a column's label over it at most: a book review's,
    over the cover): a photo set in some story's columns, or photo news."""
    return any(p.block.role is Role.CAPTION for p in d.placed) and all(
        p.block.role in (Role.CAPTION, Role.PHOTO_CREDIT) or _label(p) for p in d.placed)


def _sentence(d: Draft) -> bool:
    """Its captions tell in sentences (a chart's title ends none)."""
    return any(p.block.role is Role.CAPTION and cv.SENTENCE_PUNCT.search(p.block.text) for p in d.placed)


def _label(p: Placed) -> bool:
    """A column's label: lifted as one, or taken for the photo's headline (a box's tab, ruled off over it)."""
    return p.block.role is Role.RUBRIC or p.block.role is Role.HEADLINE and is_rubric(p.block.text)


def _photo_home(drafts: list[Draft], i: int) -> int | None:
    """The story next to an untitled photo that tells what its caption says (TOLD_CAPTION of its wording at least,
    the other neighbour less than half as much): the story the photo is set in. Photo news tells its own."""
    if _cartoon(drafts[i]):
        return None  # (a cartoon comments on its own, an item of the page)
    caption = "".join(p.block.text for p in drafts[i].placed if p.block.role is Role.CAPTION)
    told = {j: _told(caption, drafts[j]) for j in (i - 1, i + 1) if 0 <= j < len(drafts)
            and drafts[j].placed and drafts[j].placed[0].block.page == drafts[i].placed[0].block.page}
    best = max(told, key=lambda j: told[j], default=None)
    if best is None or told[best] < TOLD_CAPTION or any(2 * v > told[best] for j, v in told.items() if j != best):
        return None
    return best


def place_photos(drafts: list[Draft], ledger: Ledger, labelled: bool = False) -> list[Draft]:
    """Each untitled photo (caption and credit alone) moved into the story next to it that tells what it shows
    (only those under a column's label, if `labelled`: on a PDF page, where the others' places are seen)."""
    out = list(drafts)
    i = 0
    while i < len(out):
        j = _photo_home(out, i) if _photo_alone(out[i]) else None
        labels = [p for p in out[i].placed if _label(p)]
        if j is None or labels and (j != i + 1 or not _sentence(out[i])) or labelled and not labels:
            i += 1  # (a label over the photo heads the story after it, never the one before; a chart's title under
            # a data box's label, 数读, tells no sentence: the box's own)
            continue
        moved = [replace(p, block=replace(p.block, moved=True)) for p in out[i].placed if not _label(p)]
        for n in sorted(set(n for p in out[i].placed for n in p.items)):
            ledger.move(n, out[i].name, out[j].name, "photo_in_story")
        heads = tuple(replace(p, block=replace(p.block, role=Role.RUBRIC, moved=True), lifted=False) for p in labels)
        out[j] = _insert(out[j], moved)
        out[j] = replace(out[j], placed=heads + out[j].placed)  # (the label now heads that story: no bar alone)
        del out[i]
    return out


ALIEN_CAPTION = 0.1  # of a caption's character pairs, at most, its story's text repeats when it is no photo of the story
ALIEN_MIN = 20  # characters at least of such a caption (a news photo's: when, where, who; no caption's cut-off tail)
_SHOT = regex("[摄攝图圖]")  # its credit a photographer's (X 摄, 资料图片), not a source closing text (（新华社）)


def _alien(d: Draft, k: int) -> bool:
    """A caption and its credit printed last, after a story's text, naming nothing of it (the headline shares a word
    at most with it, the text barely any): photo news of its own set under the story (a robot at an expo under a
    story about concrete), credited to a photographer, no block of it made of an item the story's text shares."""
    text, group = d.placed[k].block.text, _with_credit(d, k)
    items = set(n for g in group for n in g.items)
    return (any(_SHOT.search(g.block.text) for g in group[1:]) and cv.length(text) >= ALIEN_MIN
            and k + len(group) == len(d.placed) and _shared(text, d) < MIN_CAPTION_WORDS
            and _told(text, d) <= ALIEN_CAPTION and not any(set(q.items) & items for q in d.placed[:k]))


def _set_apart(out: list[Draft], i: int, k: int, ledger: Ledger) -> None:
    """The story's blocks from k on (a caption and its credit) made an untitled photo item of their own after it."""
    ledger.articles += 1
    photo = Draft(f"article {ledger.articles}", Kind.PHOTO, out[i].placed[k:])
    for n in sorted(set(n for p in photo.placed for n in p.items)):
        ledger.move(n, out[i].name, photo.name, "photo_apart")
    out[i] = replace(out[i], placed=out[i].placed[:k])
    out.insert(i + 1, photo)


def photos_apart(drafts: list[Draft], ledger: Ledger) -> list[Draft]:
    """A story's last caption naming nothing of it set apart (on a PDF page, captions placed by geometry, too): the
    photo stands under the story, no photo of it."""
    out, i = list(drafts), -1
    while i + 1 < len(out):
        i += 1
        k = max((k for k, p in enumerate(out[i].placed) if p.block.role is Role.CAPTION), default=None)
        if k is not None and _story(out[i]) and _alien(out[i], k):
            _set_apart(out, i, k, ledger)
    return out


def place_captions(drafts: list[Draft], ledger: Ledger) -> list[Draft]:
    """Each story's captions that name another nearby story's headline, and not their own, moved there (one printed
    after its text naming nothing of it set apart, photos_apart); each untitled photo into the story next to it that
    tells what it shows."""
    out = place_photos(drafts, ledger)
    for i in range(len(out)):
        if not _story(out[i]):
            continue  # photo news, a photo story: the captions are the item's text
        k = 0
        while k < len(out[i].placed):
            p = out[i].placed[k]
            j = _target(out, i, p.block) if p.block.role is Role.CAPTION else None
            if j is None:
                k += 1
                continue
            group = _with_credit(out[i], k)
            items = set(n for g in group for n in g.items)
            if any(set(q.items) & items for q in out[i].placed if all(q is not g for g in group)):
                k += 1  # the caption's item also made text of this story: it stays whole where it is
                continue
            moved = [replace(g, block=replace(g.block, rule="caption_by_words", moved=True)) for g in group]
            for n in sorted(items):
                ledger.move(n, out[i].name, out[j].name, "caption_by_words")
            out[i] = replace(out[i], placed=tuple(q for q in out[i].placed if all(q is not g for g in group)))
            out[j] = _insert(out[j], moved)
    return photos_apart(out, ledger)
