"""Units → units: each crosshead found between runs of body and folded, with them, into one body.

A line between two bodies, with no sign of a new story, is a crosshead, but a story is cut into sections by two
crossheads or more (in the made pages' golds, two stories of 600 have a single one): a lone line between two
bodies, unnumbered, (on a PDF page) not set in the column's type and naming nothing the story before it told,
heads a story of its own. A title run into its text over text its source closes is a brief's; a short line under a
story's credit heads its first section.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Role
from . import conventions as cv
from .caps import section_numbers
from .items import Item, set_in
from .briefs import briefs_over_label, titled_briefs
from .ledger import Ledger
from .notices import FIGURES_LABEL
from .pairing import LEAD_CHARS
from .patterns import regex
from .rules import DISPLAY_SIZE
from .sections import LINE_MIN, PHRASES
from .titles import is_rubric
from .paragraphs import SET_ASIDE
from .units import BRACKETED_HEAD, SECTION_BRACKET, Unit, UnitKind, absorb, all_opened, announced, shaped_like, credit_by_form, is_closing, new_story, paragraph_count

SECTION_HEAD_MAX = 12  # characters: a section's crosshead (案情回顾, 法官说法) under a story's credit is this short


def _photo_body(unit: Unit) -> bool:
    """One paragraph then a photo credit (the body of photo news), or a run of body that opens with a caption and
    its credit (a photo story: several captions under one title)."""
    paras = [it for it in unit.items if it.role is Role.PARAGRAPH]
    if not paras or paras[0].dateline or cv.ATTRIBUTION.match(paras[0].text):
        return False  # (署方表示，…, 不过，… open a report's text, no caption)
    opens = len(unit.items) > 1 and unit.items[0] is paras[0] and unit.items[1].role is Role.PHOTO_CREDIT
    return opens or len(paras) <= 2 and unit.items[-1].role is Role.PHOTO_CREDIT


_TIED = regex(cv.TIED)  # a text opening so goes on with the story before it
_REPLY = regex("^(?:专家|專家|编辑|編輯)?(?:回复|回覆|答复|答覆|回信|复信|覆信)[：:]?$")  # the head of a reply to a letter


def _between_bodies(units: list[Unit], k: int, usual_gap: int, quotes: frozenset[int] = frozenset(),
                    ahead: bool = True) -> bool:
    """A lone headline-like line with body on both sides and no sign of a new article: a crosshead, read
    headline first (ahead: past a photo's credit, a crosshead two units on tells the story goes on)."""
    u = units[k]
    if u.kind is not UnitKind.TITLE or len(u.items) != 1 or not 0 < k < len(units) - 1:
        return False
    prev, nxt = units[k - 1], units[k + 1]
    quoted = prev.items and all(j in quotes for j in range(prev.items[-1].index + 1, u.items[0].index))
    if u.items[0].chunk.gap > usual_gap and not (quoted and prev.items[-1].index + 1 < u.items[0].index):
        return False  # more blank lines than between the blocks of one frame: a new frame, a new article (a pull
        # quote's frame set between is the story's)
    if prev.kind is not UnitKind.BODY or nxt.kind is not UnitKind.BODY or nxt.jump_from is not None:
        return False  # (over a body coming on from another page: the headline repeated there)
    if all(it.role in (Role.CAPTION, Role.PHOTO_CREDIT) for it in prev.items):
        return False  # under a photo alone, no story's text before it: a title of its own
    if _boxed(prev.items[-1], u.items[0], nxt.items[0]):
        return False  # heading a ruled box the text before stands out of: the box's title
    last, first = prev.items[-1], nxt.items[0]
    tied = last.role is Role.PHOTO_CREDIT and (_TIED.match(first.text) or set_in(u.items[0]) or k > 1 and _between_bodies(
        units, k - 2, usual_gap, quotes, ahead) or ahead and k + 2 < len(units) and _between_bodies(
        units, k + 2, usual_gap, quotes, False))  # (不过，…, or a crosshead's type on a PDF page, or a story cut into
    # sections before or after, goes on past a photo's credit: the photo stands in the story's columns)
    if is_closing(last) and not tied or first.dateline or first.role is not Role.PARAGRAPH or cv.NEWS_LEAD.match(first.text) \
            or cv.GLOSS_ENTRY.match(first.text.strip()) or cv.ASKED.match(first.text) or _brief(u, nxt):
        return False  # (a glossary's label over its entries heads a box; a reader's question, a column's item)
    if any(j not in quotes for j in range(last.index + 1, u.items[0].index)):
        return False  # furniture set between (a table, an ad): the text before has ended (a pull quote has not)
    return ((last.ends_paragraph or tied or set_in(u.items[0])) and not _photo_body(nxt)
            and (not is_rubric(u.items[0].text) or BRACKETED_HEAD.match(u.items[0].text.strip())  # (【评析】, or
                 or set_in(u.items[0]))  # 记者调查 set in the column's type)
            and not cv.NOTICE_TITLE.match(cv.squash(u.items[0].text))  # 关于…的公告 opens a notice
            and not cv.SIDEBAR_TITLE.match(cv.squash(u.items[0].text))  # 旅游贴士 opens a sidebar
            and not cv.NOTE_LABEL.match(cv.squash(u.items[0].text))  # 编后 opens the editor's note
            and not _DEPUTY.match(cv.squash(u.items[0].text))  # 省人大代表、某某 heads what the deputy said
            and not (FIGURES_LABEL.match(cv.squash(u.items[0].text))  # 数据 opens a box of figures (数据说话　… two
                     and not PHRASES.search(u.items[0].text)))  # phrases an ideographic space apart is a crosshead)


# a deputy's or a member's posts and name over what they said (代表委员说): 省人大代表、某公司董事长 X heads an item
_DEPUTY = regex("^\\S{0,6}(?:人大代表|政协委员|政協委員|党代表|黨代表)[、，,]\\S{2,30}$")


def _boxed(last: Item, title: Item, first: Item) -> bool:
    """On a PDF page, the title and the text under it stand in one ruled box (a frame), the text before it out of
    that box: the title heads the box (裁判文书摘要 over a judgment's card set beside a story), no crosshead."""
    a, t, b = last.chunk.geometry, title.chunk.geometry, first.chunk.geometry
    return a is not None and t is not None and b is not None and t.frame is not None and t.frame == b.frame != a.frame


def _brief(title: Unit, body: Unit) -> bool:
    """A title run in before its text in one printed block, over text its source closes (…（据新华社）): a brief."""
    return is_closing(body.items[-1]) \
        and title.items[0].chunk.pieces[-1].last_line == body.items[0].chunk.pieces[0].first_line


def _lone_heads(units: list[Unit], heads: set[int]) -> set[int]:
    """Of the crossheads found (heads), those that would be the only one of their story (a story is cut into
    sections by two or more): headlines of stories of their own."""
    out: set[int] = set()
    story: list[int] = []
    for k, u in enumerate(units):
        if u.kind is UnitKind.TITLE and k not in heads:
            if len(story) == 1:
                out |= set(story)
            story = []
        elif k in heads:
            story.append(k)
    if len(story) == 1:
        out |= set(story)
    return {k for k in out if not set_in(units[k].items[0]) and not cv.ENUMERATOR.match(units[k].items[0].text)
            and not _told_around(units, k) and not _between_turns(units, k) and not _dated_before(units, k)}


def _dated_before(units: list[Unit], k: int) -> bool:
    """A lone line inside a story its dateline or its writer's credit opens, over text with no dateline nor credit of its own, and sharing
    words with the story's title or text before and with the text after (庞某梅开二度 between two halves of 庞某's match): its one section head (a
    new story on a page of dated stories carries its own 本报讯, or names what the one before never told)."""
    j = _story_start(units, k)
    paras = [it for u in units[j:k] for it in u.items if it.role is Role.PARAGRAPH]
    head, after = units[k].items[0].text, units[k + 1].items
    before = "".join(it.text for it in [*(units[j - 1].items if j and units[j - 1].kind is UnitKind.TITLE else ()), *paras])
    opened = bool(paras) and (paras[0].dateline or units[j].items[0].role is Role.BYLINE)  # (文/X over a feature)
    return (opened and not any(it.dateline or it.role is Role.BYLINE for it in after)
            and (cv.shared_words(head, before) >= TOLD_DATED or all_opened(units, k) and paragraph_count(units[k + 1]) > 1
                 and not any(it.role is Role.PHOTO_CREDIT for it in after))  # (a photo's title over its caption)
            and cv.shared_words(head, "".join(it.text for it in after)[:LEAD_CHARS]) >= TOLD_DATED)


TOLD_DATED = 0.12  # of its character pairs: a lone line in a dated story shares this many with each side


def _story_start(units: list[Unit], k: int) -> int:
    """The first of the body units running up to unit k: where the story the line at k stands in begins."""
    j = k
    while j > 0 and units[j - 1].kind is UnitKind.BODY:
        j -= 1
    return j


def _between_turns(units: list[Unit], k: int) -> bool:
    """A lone line between an interview's turns (记者：… | 陈某：…, then 记者：…): its one section head (no story
    opens on a turn)."""
    before, after = units[k - 1] if k else None, units[k + 1] if k + 1 < len(units) else None
    return (before is not None and after is not None and bool(after.items) and bool(cv.TURN_LABEL.match(after.items[0].text))
            and any(cv.TURN_LABEL.match(it.text) for it in before.items))


TOLD = 0.3  # of a lone line's character pairs, found in the story's text before it and in the text after it


def _told_around(units: list[Unit], k: int) -> bool:
    """A lone line whose words the story before it has told and the text after it tells too (仓内堆满木材和油漆 after
    …存放着大批木材和油漆…): that story's one section head; a new story's headline names what the one before never told."""
    j = _story_start(units, k)
    head, before = units[k].items[0].text, "".join(it.text for u in units[j:k] for it in u.items)
    return cv.shared_words(head, before) >= TOLD and cv.shared_words(head, "".join(
        it.text for it in units[k + 1].items)[:LEAD_CHARS]) >= TOLD


# a headline over several pieces, each under its own title (小城冬夜（三首）, 某某（外二首）): how many titles follow
_PIECES = regex("[（(](外)?([一二两兩三四五六七八九十]|[0-9]{1,2})首[）)]")
_COUNTS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2, "兩": 2}


def _pieces(units: list[Unit]) -> set[int]:
    """The titles of the pieces a headline announces (三首: the three titles after it; 外二首: the two after it, the
    headline the first's), each over its piece's text: crossheads of that one story, whatever their type."""
    out: set[int] = set()
    for k, u in enumerate(units):
        m = _PIECES.search(u.items[-1].text) if u.kind is UnitKind.TITLE and u.titles else None
        if m is None:
            continue
        left, j = _COUNTS.get(m.group(2)) or int(m.group(2)), k + 1
        while left and j + 1 < len(units):
            t = units[j]
            if t.kind is UnitKind.BODY and all(credit_by_form(it) for it in t.items) and j == k + 1:
                j += 1  # (the poet's name under the headline)
                continue
            if t.kind is not UnitKind.TITLE or len(t.items) != 1 or units[j + 1].kind is not UnitKind.BODY:
                break
            out.add(j)
            left, j = left - 1, j + 2
    return out


def _first_section(units: list[Unit], k: int) -> bool:
    """A lone short line right under a headline group that closes with the author's byline, over body that opens
    with no dateline: the crosshead of the story's first section (案情回顾 under 以案说法's title and author), not a
    headline; on a PDF page, set in the body's size."""
    u = units[k]
    if u.kind is not UnitKind.TITLE or len(u.items) != 1 or not 0 < k < len(units) - 1:
        return False
    prev, nxt = units[k - 1], units[k + 1]
    credited = (prev.kind is UnitKind.TITLE and credit_by_form(prev.items[-1])
                or prev.kind is UnitKind.BODY and all(credit_by_form(it) for it in prev.items) and k >= 2
                and units[k - 2].kind is UnitKind.TITLE  # (a byline with its role's word, 记者 X, is a unit alone)
                or prev.kind is UnitKind.TITLE and bool(SECTION_BRACKET.match(u.items[0].text.strip())))  # (【案情】)
    if not credited or nxt.kind is not UnitKind.BODY or nxt.items[0].dateline \
            or nxt.items[0].role is not Role.PARAGRAPH:
        return False
    g = u.items[0].chunk.geometry
    if cv.CAPTION_LEAD.match(u.items[0].text.strip()) or cv.CHAPTER.match(u.items[0].text.strip()):
        return False  # 图：… titles a chart or a photo, never a section; 第十二回 … is a serial's chapter
    return 1 < cv.length(u.items[0].text) <= SECTION_HEAD_MAX and (g is None or g.size < DISPLAY_SIZE)


CROSSHEAD_WORDS = 6  # characters: a crosshead of a few words (案情回顾, 法官说法) …
FULLER = 2.5  # … or any, under a headline group this many times as long (a kicker run into its headline)


def _fuller_owners(units: list[Unit], usual_gap: int) -> list[bool]:
    """For a dump read backward: whether the headline group closing the story around each unit (the next one that
    is not itself a lone line between bodies) is fuller than it: a kicker, a subheadline, an author, or a
    headline twice as long as a crosshead's few words (案情回顾 under a twenty-character headline), or two and a
    half times as long as a longer one (a kicker and its headline read as one line)."""
    out, owner = [False] * len(units), None
    for j in range(len(units) - 1, -1, -1):
        u = units[j]
        ratio = (cv.length(owner.items[0].text) / max(1, cv.length(u.items[0].text))
                 if owner is not None and u.kind is UnitKind.TITLE else 0.0)
        out[j] = owner is not None and (len(owner.items) > 1 or u.kind is UnitKind.TITLE and (
            ratio >= 2 and cv.length(u.items[0].text) <= CROSSHEAD_WORDS or ratio >= FULLER))
        if u.kind is UnitKind.BOX:
            owner = None
        elif u.kind is UnitKind.TITLE and not _between_bodies(units, j, usual_gap):
            owner = u
    return out


def _style(title: Unit) -> tuple | None:
    """A one-line title's type on a PDF page (size, face, bold), or None."""
    g = title.titles[0].chunk.geometry if len(title.titles) == 1 else None
    return None if g is None else (g.size, g.face, g.bold)


ROW_SLACK = 2.0  # points: titles whose last lines' feet stand this close are set level, in a row


def _in_a_row(units: list[Unit]) -> set[int]:
    """On a PDF page, the titles set alike and level in a row, each over a column of its own (short stories side by
    side in a box): each heads a story, none is a crosshead of the text read before it."""
    text = [it.chunk.geometry.box for u in units if u.kind is UnitKind.BODY for it in u.items if it.chunk.geometry]
    laid = {k: u.titles[-1].chunk.geometry for k, u in enumerate(units) if u.kind is UnitKind.TITLE
            and u.titles and u.titles[-1].chunk.geometry is not None}
    laid = {k: g for k, g in laid.items() if not any(  # (at its column's head: no text right over it, as over a crosshead)
        b[0] < g.box[2] and g.box[0] < b[2] and 0 <= g.box[1] - b[3] <= 2 * (g.box[3] - g.box[1]) for b in text)}
    return {k for k, g in laid.items() if any(j != k and h.size == g.size and abs(h.box[3] - g.box[3]) <= ROW_SLACK
                                              and (h.box[2] <= g.box[0] or g.box[2] <= h.box[0]) for j, h in laid.items())}


NUMBERED_HEADS = 2  # numbered crossheads at least in a story for an unnumbered line among them to be no crosshead


def _unnumbered(units: list[Unit], heads: set[int]) -> set[int]:
    """Of a story's crossheads, numbered (一、…, 二、…), an unnumbered line with a comma in it, stopping short of a
    sentence's end: a paragraph's first printed line, cut off at a column's foot (在某镇，总投资6.8亿元的 | …); of a
    story's bracketed ones (【案情】 【评析】), any line a column wide that ends no sentence."""
    stories: list[list[int]] = []
    for k in sorted(heads):
        if not stories or any(units[j].kind is UnitKind.TITLE and j not in heads for j in range(stories[-1][-1] + 1, k)):
            stories.append([])
        stories[-1].append(k)
    out: set[int] = set()
    for story in stories:
        numbered = [j for j in story if cv.ENUMERATOR.match(units[j].items[0].text)]
        if len(numbered) >= NUMBERED_HEADS:
            out |= {j for j in story if j not in numbered and cv.COMMA_IN.search(units[j].items[0].text)
                    and not cv.ends_paragraph(units[j].items[0].text)}
        bracketed = [j for j in story if SECTION_BRACKET.match(units[j].items[0].text.strip())]
        if len(bracketed) >= NUMBERED_HEADS:  # (【案情】 【评析】: a line a column wide among them is no head at all)
            out |= {j for j in story if j not in bracketed and cv.length(units[j].items[0].text) >= LINE_MIN
                    and not cv.ends_paragraph(units[j].items[0].text)}
    return out


def _numbered(units: list[Unit]) -> set[int]:
    """Lone numerals numbering a text's sections (一, 二, 三, caps.section_numbers), each over its section's body
    under the story's headline group or its body: crossheads, however large the type."""
    lone = [k for k, u in enumerate(units) if u.kind is UnitKind.TITLE and len(u.items) == 1]
    numbers = section_numbers([units[k].items[0].text for k in lone])
    return {lone[j] for j in numbers if 0 < lone[j] < len(units) - 1 and units[lone[j] + 1].kind is UnitKind.BODY}


def _reply(units: list[Unit], k: int) -> bool:
    """回复： alone between a reader's letter (signed) and text: the head of the answer under it, in one item."""
    return (0 < k < len(units) - 1 and units[k].kind is UnitKind.TITLE and len(units[k].items) == 1 and units[k - 1].kind
            is UnitKind.BODY and units[k + 1].kind is UnitKind.BODY and bool(_REPLY.match(cv.squash(units[k].items[0].text))))


def merge_crossheads(units: list[Unit], gap: int, backward: bool, ledger: Ledger,
                     quotes: frozenset[int] = frozenset()) -> list[Unit]:
    """Fold each crosshead and the body around it into one body unit; a box of briefs has none. quotes: the items
    that are pull quotes, set in the story's columns."""
    out: list[Unit] = []
    k, in_box = 0, False
    # where headlines follow their bodies, a lone line is a crosshead only inside a story whose own headline group
    # is fuller: one shaped like the page's other headlines is the headline of the body before it
    owned = _fuller_owners(units, gap) if backward else [True] * len(units)
    firsts = {k for k in range(len(units)) if _first_section(units, k)}
    between = {k for k in range(len(units)) if owned[k] and _between_bodies(units, k, gap, quotes)}
    briefs = titled_briefs(units, between)  # (a brief's title parts stories: a line after the run heads its own)
    between -= _lone_heads(units, (between - briefs) | firsts) | briefs_over_label(units) | briefs | _in_a_row(units)
    between |= shaped_like(units, between)
    numbered = _numbered(units) | {k for k in range(len(units)) if announced(units, k) or _reply(units, k)}  # (a label too)
    firsts |= {k for k in numbered if units[k - 1].kind is UnitKind.TITLE or k >= 2 and units[k - 2].kind is UnitKind.TITLE
               and all(credit_by_form(it) for it in units[k - 1].items)}  # (under the headline, or its byline)
    between |= numbered - firsts
    pieces = _pieces(units)  # (a poem's title opens its text: a first is read as a story's first section)
    firsts |= {k for k in pieces if units[k - 1].kind is not UnitKind.BODY or k >= 2 and units[k - 2].kind is UnitKind.TITLE}
    between |= pieces - firsts
    cut = _unnumbered(units, between)
    style = None  # on a PDF page, the type of the box's first item title: items titled alike are its items
    while k < len(units):
        u = units[k]
        if u.kind is UnitKind.BOX:
            in_box, style = True, None
        elif in_box and u.kind is UnitKind.TITLE and k + 1 < len(units) and units[k + 1].kind is UnitKind.BODY:
            looks = _style(u)
            style = looks if k and units[k - 1].kind is UnitKind.BOX else style  # (the title right under the label)
            in_box = len(u.titles) == 1 and (paragraph_count(units[k + 1]) <= 1 or looks is not None and looks == style)
        if not in_box and k in firsts:
            head = replace(u, items=(u.items[0].but(Role.CROSSHEAD, "first_section"),))
            body = absorb(ledger, units[k + 1], head, "first_section", front=True)
            if out and out[-1].kind is UnitKind.BODY:  # the byline over it
                out[-1] = absorb(ledger, out[-1], body, "first_section")
            else:
                out.append(body)
            k += 2
            continue
        if not in_box and k in between:
            head = replace(u, items=(u.items[0].but(Role.PARAGRAPH, "unnumbered_piece") if k in cut
                                     else u.items[0].but(Role.CROSSHEAD, "crosshead"),))
            out[-1] = absorb(ledger, absorb(ledger, out[-1], head, "crosshead"), units[k + 1], "crosshead")
            k += 2
            continue
        pictured = all(it.role in SET_ASIDE for it in u.items)  # a picture's caption, read after its story's jump
        if (out and out[-1].kind is UnitKind.BODY and u.kind is UnitKind.BODY and (not out[-1].jump_to or pictured)
                and u.jump_from is None and not u.rubrics  # a series bar opens a story
                and not new_story(out[-1].items, u.items[0])):
            out[-1] = absorb(ledger, out[-1], u, "body_runs_on")
        else:
            out.append(u)
        k += 1
    return out
