"""A headline group and its body → draft articles: blocks with their roles, each block knowing its items.

Drafts are what the last passes move rubrics between; finish() makes them the
model's Articles. Every block lands through the ledger.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Article, Block, Kind, Role
from . import conventions as cv
from .ledger import FURNITURE, Join, Ledger
from .items import Item
from .patterns import regex
from .rules import Mark
from .titles import assign, is_rubric
from .paragraphs import join_paragraphs
from .units import Unit

MIN_DOUBLED_SHARE = 0.5  # of a title's characters: doubled runs past this share mark a doubled text layer
MIN_WHOLE_DOUBLE = 4  # characters: a title printed twice whole is this long at least (加油！加油！ is a cheer, not a layer)
_DOUBLED_RUN = regex(r"(..+)\1")
# a place named with a colon opening a titled story's text, the headline naming it too: the story's dateline
_PLACE = regex(f"^\\s*({cv.HAN}{{1,5}}[县縣区區市镇鎮乡鄉村州旗])[：:](?=\\S)")


@dataclass(frozen=True)
class Placed:
    """A block of a draft, the items it was made from, and the unit they came from."""

    block: Block
    items: tuple[int, ...]
    source: str
    lifted: bool = False  # a series bar printed alone, lifted onto the unit after it


@dataclass(frozen=True)
class Draft:
    """An article before its last moves: a name in the ledger, a kind and placed blocks."""

    name: str
    kind: Kind
    placed: tuple[Placed, ...]
    jump_to: str | None = None  # its text goes on on that page (下转), read in another file
    jump_from: str | None = None  # its text comes from that page (上接)

    @property
    def article(self) -> Article:
        return Article(self.kind, tuple(p.block for p in self.placed))


def block_of(item: Item, role: Role, rule: str, text: str | None = None, pieces=None, moved=False) -> Block:
    first = item.first_role if item.first_role is not role else None
    return Block(role, item.text if text is None else text, tuple(pieces or item.chunk.pieces), rule,
                 first, item.first_rule if first else "", moved, item.chunk.page)


def _title_blocks(title: Unit, moved: bool, furniture: list[Placed]) -> list[Placed]:
    """The headline group's lines with their roles (assign), doubled text layers split off to furniture."""
    out = []
    lines = [it for it in title.items if it.role is Role.HEADLINE]
    for n, it in enumerate(lines):
        parts = undouble(it.text)
        if parts:
            kept, dups = parts
            lines[n] = replace(it, chunk=replace(it.chunk, text=kept))
            furniture += [Placed(block_of(it, Role.DUPLICATE, "doubled_layer", d), (it.index,), title.name)
                          for d in dups]
    signed = any(it.role is Role.BYLINE and it.mark is Mark.AUTHOR for it in title.items)
    sizes = [it.chunk.geometry.size if it.chunk.geometry else None for it in lines]
    for t in assign([it.text for it in lines], signed, sizes if None not in sizes else None):
        out.append(Placed(block_of(lines[t.line], t.role, t.rule, t.text, moved=moved), (lines[t.line].index,),
                          title.name))
    for it in title.items:
        if it.role is not Role.BYLINE:
            continue
        name = cv.squash(it.text)
        half = name[:len(name) // 2]
        if len(name) % 2 == 0 and half * 2 == name and cv.BARE_NAME.match(half):  # 朱炳元朱炳元: a doubled layer
            furniture.append(Placed(block_of(it, Role.DUPLICATE, "doubled_layer", half), (it.index,), title.name))
            it = replace(it, chunk=replace(it.chunk, text=half))
        if not _email_joined(out, it):
            out.append(Placed(block_of(it, Role.BYLINE, it.rule, moved=moved), (it.index,), title.name))
    return out


def _email_joined(out: list[Placed], it: Item) -> bool:
    """An e-mail address under a byline (林某 报道 | lin@…) joined to it: one byline; whether it was."""
    last = out[-1] if out else None
    if it.rule != "email_line" or last is None or last.block.role is not Role.BYLINE:
        return False
    joined = replace(last.block, text=f"{last.block.text} {it.text.strip()}", pieces=last.block.pieces + it.chunk.pieces)
    out[-1] = replace(last, block=joined, items=last.items + (it.index,))
    return True


def _body_blocks(body: Unit, ledger: Ledger) -> list[Placed]:
    """The body's items, paragraphs cut by a wrap joined again (each join recorded)."""
    out = []
    for group, text, glues in join_paragraphs(body.items):
        it = group[0]
        if len(group) == 1:
            if not _email_joined(out, it):
                out.append(Placed(block_of(it, it.role, it.rule), (it.index,), body.name))
            continue
        for a, b, glue in zip(group, group[1:], glues):
            ledger.joins.append(Join(a.index, b.index, "unfinished_paragraph", glue))
        pieces = tuple(p for x in group for p in x.chunk.pieces)
        out.append(Placed(Block(it.role, text, pieces, "wrap_join", it.first_role, it.first_rule, False,
                                it.chunk.page), tuple(x.index for x in group), body.name))
    return out


def build(title: Unit | None, body: Unit | None, box: bool, moved: bool,
          ledger: Ledger) -> tuple[list[Draft], list[Placed]]:
    """One draft (or several briefs) from a headline group and a body; furniture split off on the way."""
    furniture: list[Placed] = []
    placed = [Placed(block_of(it, Role.RUBRIC, "box_label" if it.mark is Mark.BOX_LABEL else "series_bar",
                              moved=moved), (it.index,), u.name, True)
              for u in (title, body) if u for it in u.rubrics]
    if title:
        placed += _title_blocks(title, moved, furniture)
    if body:
        placed += _body_blocks(body, ledger)
    groups = _briefs(placed) if box else [placed]
    drafts = []
    for g in groups:
        kind, g = (Kind.BRIEF, g) if box else _kind(g)
        draft = Draft(f"article {ledger.articles + 1}", kind, tuple(g))
        ledger.articles += 1
        for p in g:
            for i in p.items:
                ledger.land(i, p.source, draft.name, p.block.role, p.block.rule, p.block.text)
        drafts.append(draft)
    for p in furniture:
        ledger.land(p.items[0], p.source, FURNITURE, p.block.role, p.block.rule, p.block.text, split_off=True)
    return drafts, furniture


def _briefs(placed: list[Placed]) -> list[list[Placed]]:
    """A box of briefs: each paragraph with the credits after it is one brief (in a box of readers' calls, each call
    with the reply under it)."""
    out: list[list[Placed]] = []
    cur: list[Placed] = []
    calls = any(cv.ASKED.match(p.block.text) for p in placed)  # (市民X来电：…, 网友X反映：…)
    for p in placed:
        if p.block.role is Role.PARAGRAPH and any(x.block.role is Role.PARAGRAPH for x in cur) and (
                not calls or cv.ASKED.match(p.block.text)):
            out.append(cur)
            cur = []
        cur.append(p)
    if cur:
        out.append(cur)
    return out


def _credited(blocks: list[Block], i: int) -> bool:
    """Whether a photo credit is printed right after (or right before) the block at i."""
    return any(0 <= j < len(blocks) and blocks[j].role is Role.PHOTO_CREDIT for j in (i + 1, i - 1))


def _kind(placed: list[Placed]) -> tuple[Kind, list[Placed]]:
    """Photo news (a headline, a caption, a credit; its text a caption; or a photo story, each of its captions
    with a credit) or an article."""
    blocks = [p.block for p in placed]
    paras = [b for b in blocks if b.role is Role.PARAGRAPH]
    dateline = bool(paras) and cv.DATELINE.match(paras[0].text) is not None
    credits = any(b.role is Role.PHOTO_CREDIT for b in blocks)
    crossheads = any(b.role is Role.CROSSHEAD for b in blocks)
    captions = any(b.role is Role.CAPTION for b in blocks)
    story = len(paras) > 1 and all(_credited(blocks, i) for i, b in enumerate(blocks) if b.role is Role.PARAGRAPH)
    drawn = not paras and not captions  # (a title and a credit alone: a cartoon's, a picture's)
    if credits and not dateline and not crossheads and (len(paras) == 1 and not captions or not paras and captions
                                                        or story or drawn):
        heads = [b for b in blocks if b.role is Role.HEADLINE]
        label = len(heads) == 1 and is_rubric(heads[0].text)  # (图片新闻 alone over the photos: their label)
        return Kind.PHOTO, [replace(p, block=Block(Role.CAPTION, p.block.text, p.block.pieces, "photo_news",
                                                   p.block.role, p.block.rule, p.block.moved, p.block.page))
                            if p.block.role is Role.PARAGRAPH else replace(p, block=replace(
                                p.block, role=Role.RUBRIC, rule="photo_label")) if label and p.block is heads[0]
                            else p for p in placed]
    return Kind.ARTICLE, placed


def finish(draft: Draft) -> Article:
    """The model's Article: dateline and the names credited read off its blocks."""
    blocks = tuple(p.block for p in draft.placed)
    paras = [b for b in blocks if b.role is Role.PARAGRAPH]
    m = cv.DATELINE.match(paras[0].text) if paras else None
    place = _PLACE.match(paras[0].text) if paras and not m else None
    if place and any(b.role is Role.HEADLINE and place.group(1) in b.text for b in blocks):
        m = place  # (a county paper's township news: 某镇：近日，… under 某镇…的 headline)
    dateline = m.group(0).strip() if m else None
    names: list[str] = []
    sources = ([dateline] if dateline else []) + [b.text for b in blocks if b.role in (Role.BYLINE, Role.PHOTO_CREDIT)]
    for s in sources:
        for n in cv.names_in(s):
            if n not in names:
                names.append(n)
    return Article(draft.kind, blocks, dateline, tuple(names), jump_to=draft.jump_to, jump_from=draft.jump_from)


__all__ = ["Draft", "Placed", "build", "finish"]


def undouble(text: str) -> tuple[str, list[str]] | None:
    """Split a title doubled run by run by the PDF's layers (新时代新时代：…) into its text and the doubles."""
    s = cv.squash(text)
    if not _DOUBLED_RUN.search(s):
        return None
    keep, dups, i, doubled = [], [], 0, 0
    while i < len(s):
        for n in range((len(s) - i) // 2, 1, -1):
            if s[i:i + n] == s[i + n:i + 2 * n]:
                keep.append(s[i:i + n])
                dups.append(s[i + n:i + 2 * n])
                doubled += 2 * n
                i += 2 * n
                break
        else:
            keep.append(s[i])
            i += 1
    if len(dups) >= 2 and doubled >= MIN_DOUBLED_SHARE * len(s):
        return "".join(keep), dups
    if len(dups) == 1 and doubled >= MIN_DOUBLED_SHARE * len(s) and len(dups[0]) >= MIN_WHOLE_DOUBLE:
        return "".join(keep), dups  # the title printed twice in one block (标题标题), its kicker over it too
    return None
