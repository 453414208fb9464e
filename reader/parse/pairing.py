"""Units → pairs: the dump's orientation (headline before or after its body), then each headline group bound to
the body it heads."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from ..model import Role
from . import conventions as cv
from .ledger import Ledger
from .items import Item
from .rules import Mark
from .titles import is_rubric
from .units import Unit, UnitKind, absorb, credit_only, opens_story, paragraph_count

Pair = tuple[Unit | None, Unit | None]

SMALL_ORPHAN = 0.5  # an untitled body of one paragraph (a chart's note, a photo's caption) costs half a lost story
LEAD_CHARS = 300  # the opening of a body that a headline's words are looked for in


def orphan_cost(u: Unit) -> float:
    """What leaving a unit without a partner costs: a headline group or a story of several paragraphs (or with a
    dateline) is a whole article lost; a one-paragraph body is often untitled on the page anyway."""
    if u.kind is UnitKind.TITLE or any(it.dateline for it in u.items) or paragraph_count(u) > 1:
        return 1.0
    return SMALL_ORPHAN


def opening_text(u: Unit, limit: int) -> str:
    """The opening of a unit's text, about limit characters."""
    out = ""
    for it in u.items:
        if len(out) >= limit:
            break
        out += it.text
    return out[:limit]


WORDS_CLEAR = 3.0  # shared words: this many more, headline first, outweigh less than one orphan the other way


def _reading(core: list[Unit], backward: bool) -> tuple[float, float]:
    """Orphan cost and shared wording when each headline group takes the body after it (before it, backward)."""
    cost, words, waiting = 0.0, 0.0, None
    for u in core[::-1] if backward else core:
        if u.kind is UnitKind.TITLE:
            if waiting is not None:
                cost += orphan_cost(waiting)
            waiting = u
        elif waiting is None:
            cost += orphan_cost(u)
        else:
            words += cv.shared_words("".join(it.text for it in waiting.titles), opening_text(u, LEAD_CHARS))
            waiting = None
    return cost + (orphan_cost(waiting) if waiting is not None else 0.0), words


def reads_backward(units: list[Unit]) -> bool:
    """Whether the dump prints headlines after their bodies (seen in 人民日报 pages): the reading that leaves
    less without a partner, and on a tie the one whose headlines share more words with their stories' openings
    (headline first when nothing tells); headline first, though, where it leaves one orphan more at most and its
    headlines plainly share more words with their stories (a stray line read as a title costs one)."""
    core = [u for u in units if u.kind is not UnitKind.BOX and not credit_only(u)]
    cost_f, words_f = _reading(core, False)
    cost_b, words_b = _reading(core, True)
    if cost_b < cost_f and cost_f - cost_b <= 1 and words_f - words_b >= WORDS_CLEAR:
        return False  # one orphan's cost or less, against headlines that plainly name the stories after them
    return cost_b < cost_f or (cost_b == cost_f and words_b > words_f)


def _signed_titles(units: list[Unit], ledger: Ledger) -> list[Unit]:
    """In a dump read backward, a writer's name led by a square (■ X, no reporter's role) right after a headline
    group, over the next story's text, is that headline's: a title group printed after its body carries its writer."""
    out = list(units)
    for k in range(1, len(out)):
        t, b = out[k - 1], out[k]
        if t.kind is not UnitKind.TITLE or b.kind is not UnitKind.BODY or len(b.items) < 2:
            continue
        it = b.items[0]
        if it.role is Role.BYLINE and cv.OPENING_CREDIT.match(it.text) and not opens_story(it):
            ledger.move(it.index, b.name, t.name, "signed_title")
            out[k - 1], out[k] = replace(t, items=t.items + (it,)), replace(b, items=b.items[1:])
    return out


def pair(units: list[Unit], backward: bool, ledger: Ledger) -> list[Pair]:
    """Bind each headline group to a body: the one after it, or the one before it in a dump read backward."""
    if backward:
        units = _signed_titles(units, ledger)
    pairs: list[Pair] = []
    pending: Unit | None = None
    strays: list[Unit] = []
    for u in units[::-1] if backward else units:
        if u.kind is UnitKind.BOX:
            if pending and pairs and not backward:  # (a headline read after its text, right before a box's label:
                pairs[-1:] = _headed_late(pairs[-1], pending, ledger)  # a vertical one drawn last, as at the end)
            elif pending:
                pairs.append((pending, None))
            pending = None
            pairs.append((u, None))
        elif u.kind is UnitKind.TITLE:
            if pending:
                pairs.append((pending, None))
            pending = u
        elif credit_only(u) and not pairs and not pending:
            strays.append(u)  # credits after the last headline group of a backward dump: no article's
        elif credit_only(u) and pairs and not pending:
            t, b = pairs[-1]
            if t is not None and t.kind is UnitKind.BOX:  # a box label takes no body: the credit is no article's
                pairs.append((None, u))
            elif b is not None:  # the credits close the story before them (after them, read backward)
                pairs[-1] = (t, absorb(ledger, b, u, "credit_closes_story", front=backward))
            else:
                pairs[-1] = (t, u)
        else:
            pairs.append((pending, u))
            pending = None
    boxed = len(pairs) >= 2 and pairs[-1][0] is None and pairs[-2][0] is not None and pairs[-2][0].kind is UnitKind.BOX
    if pending and pairs and not backward and not boxed:  # (a box's untitled briefs are no story a late title heads)
        pairs[-1:] = _headed_late(pairs[-1], pending, ledger)
    elif pending:
        pairs.append((pending, None))
    pairs += [(None, u) for u in strays]
    return pairs[::-1] if backward else pairs


LATE_PARAGRAPHS = 2  # paragraphs at least after a photo's caption and credit that a headline printed last heads
LATE_LINES = 3  # lines at most of such a headline group (a column's: its label, headline and deck)


def _headed_late(last: Pair, title: Unit, ledger: Ledger) -> list[Pair]:
    """A headline group read last of all, after the text it heads (a column at the page's foot, its body read
    first): it takes the untitled body right before it, or the paragraphs that follow a photo's caption and credit
    under the title before (a photo item is its caption; text after its credit is another story's) if the headline's
    words are that text's."""
    t, b = last
    if b is None or credit_only(b) or t is not None and t.kind is UnitKind.BOX or len(title.titles) > LATE_LINES:
        return [last, (title, None)]
    if t is None:  # an untitled story (its dateline or paragraphs show one) before it: the text it heads
        return [(title, b)] if orphan_cost(b) == 1.0 else [last, (title, None)]
    roles = [it.role for it in b.items]
    shot = max((n for n, r in enumerate(roles) if r in (Role.CAPTION, Role.PHOTO_CREDIT)), default=None)
    if (shot is None or any(r is not Role.CAPTION and r is not Role.PHOTO_CREDIT for r in roles[:shot])
            or roles[shot + 1:].count(Role.PARAGRAPH) < LATE_PARAGRAPHS
            or cv.shared_words(worded(title), opening_text(replace(b, items=b.items[shot + 1:]), LEAD_CHARS)) < NEXT_SHARED):
        return [last, (title, None)]  # (names signing notices, read last, head no text)
    rest = Unit(UnitKind.BODY, ledger.new_unit(), b.items[shot + 1:])
    for it in rest.items:
        ledger.move(it.index, b.name, rest.name, "headed_late")
    return [(t, replace(b, items=b.items[:shot + 1])), (title, rest)]


MIN_SHARED = 0.4  # share of a headline's character pairs found in a story's opening to bind the two by words
NEXT_SHARED = 0.25  # … or to bind a headline group to the untitled body right after it (a box in a backward dump)
PHOTO_SHARED = 0.25  # … and to give a headless story to a headline over only its photo (it has none otherwise)
WORD_REACH = 12  # pairs apart a headline group and a body may be to be bound by words (a page has fewer stories)


def within_reach(places: list[int], k: int, lo: int = -WORD_REACH) -> list[int]:
    """The places (in page order) from lo to WORD_REACH pairs away from k: looked up, not each one tried."""
    return places[bisect_left(places, k + lo):bisect_right(places, k + WORD_REACH)]


def _loose(pairs: list[Pair]) -> tuple[list[int], list[int]]:
    """Headline groups left without a body and bodies left without a headline (a box's briefs are meant so)."""
    titles, bodies, in_box = [], [], False
    for i, (t, b) in enumerate(pairs):
        if t is not None and t.kind is UnitKind.BOX:
            in_box = True
        elif t is not None:
            in_box = False
            if b is None:
                titles.append(i)
        elif b is not None and not in_box and not credit_only(b):
            bodies.append(i)
    return titles, bodies


def _lines_by_story(t: Unit, bodies: list[Unit]) -> list[int | None]:
    """For each line of a headline group, the body whose opening shares most of its words (None below
    MIN_SHARED); a chart's title alone is no story (a chart of the figures a story's headline speaks of)."""
    out: list[int | None] = []
    leads = [None if all(x.mark is Mark.CHART_TITLE or x.role is Role.PHOTO_CREDIT for x in b.items)
             else opening_text(b, LEAD_CHARS) for b in bodies]  # (each body's opening taken once, not once a line)
    for it in t.items:
        scores = [0 if lead is None else cv.shared_words(it.text, lead) for lead in leads]
        best = max(range(len(bodies)), key=lambda j: scores[j])
        out.append(best if it.role is Role.HEADLINE and scores[best] >= MIN_SHARED and not is_rubric(it.text) else None)
        # (a column's label, 学习札记, names no story: it goes with the line under it)
    return out


def _split_clump(t: Unit, bodies: list[Unit], ledger: Ledger) -> list[tuple[Unit, int]]:
    """A headline group that is several stories' headlines set together (a clumped front page), cut where its
    lines turn to another story's words, each part with the index of its body; a line matching none stays with
    the line under it (a kicker), or with the one above at the end (a subheadline, an author)."""
    story = _lines_by_story(t, bodies)
    if len({s for s in story if s is not None}) < 2:
        return []
    for k in range(len(story) - 2, -1, -1):  # unmatched lines go with the line under them
        if story[k] is None:
            story[k] = story[k + 1]
    for k in range(1, len(story)):  # and at the end with the line above
        if story[k] is None:
            story[k] = story[k - 1]
    by_story: dict[int, list[Item]] = {}
    for it, s in zip(t.items, story):  # (a story's lines set apart by another's, 甲 乙 甲's deck: one group)
        by_story.setdefault(s, []).append(it)
    groups = list(by_story.items())
    out = []
    for k, (s, items) in enumerate(groups):
        name = ledger.new_unit()
        for it in items + (list(t.rubrics) if k == 0 else []):
            ledger.move(it.index, t.name, name, "clumped_headlines")
        out.append((Unit(UnitKind.TITLE, name, tuple(items), rubrics=t.rubrics if k == 0 else ()), s))
    return out


def worded(t: Unit) -> str:
    """A headline group's own words: its lines but a column's label over them (理论热点 names no story)."""
    lines = [it.text for it in t.titles]
    own = [x for x in lines if not is_rubric(x)]
    return "".join(own or lines)


LINE_WORDS = 8  # characters of a headline group's line that may name its story alone


def lead_named(t: Unit, lead: str) -> float:
    """How much a headline group names a story's opening: its words together, or one line's of a headline's length
    (a long deck under the headline may tell what the opening does not)."""
    lines = [it.text for it in t.titles if not is_rubric(it.text) and cv.length(it.text) >= LINE_WORDS]
    return max([cv.shared_words(worded(t), lead)] + [cv.shared_words(x, lead) for x in lines])


def pair_by_words(pairs: list[Pair], ledger: Ledger) -> list[Pair]:
    """Headline groups left without a body and bodies left without one (a clumped front page, a photo whose
    title sits far from its caption) are bound by the words they share, best match first; a headline group
    holding several stories' headlines is cut between them first."""
    _, bodies = _loose(pairs)
    if not bodies:
        return pairs
    flat: list[Pair] = []
    for k, (t, b) in enumerate(pairs):
        near = [pairs[j][1] for j in within_reach(bodies, k)]
        parts = (_split_clump(t, ([b] if b is not None else []) + near, ledger)
                 if t is not None and t.kind is UnitKind.TITLE and len(t.titles) > 1 and near
                 and any(it.chunk.geometry is None for it in t.items) else [])  # (a page's layout grouped its own)
        if not parts:
            flat.append((t, b))
            continue
        own = b is not None and any(s == 0 for _, s in parts)
        flat += [(p, b if own and s == 0 else None) for p, s in parts]
        if b is not None and not own:
            flat.append((None, b))
    titles, bodies = _loose(flat)
    scored = sorted((lead_named(flat[i][0], opening_text(flat[j][1], LEAD_CHARS)), i, j)
                    for i in titles for j in within_reach(bodies, i))
    bound: dict[int, int] = {}
    by_body: dict[int, int] = {}
    for score, i, j in sorted(scored, key=lambda x: (-x[0], x[1], x[2])):
        if score >= (NEXT_SHARED if j == i + 1 else MIN_SHARED) and i not in bound and j not in by_body:
            bound[i], by_body[j] = j, i
    return _photo_text([(flat[by_body[k]][0], b) if k in by_body else (t, b) for k, (t, b) in enumerate(flat)
                        if k not in bound], ledger)


def _photo_text(pairs: list[Pair], ledger: Ledger) -> list[Pair]:
    """A headline over nothing but a photo's caption, and a body without a headline near it that the headline's
    words name (the story set beside the photo, read after a box between them): one story."""
    pictured = [k for k, (t, b) in enumerate(pairs) if t is not None and t.kind is UnitKind.TITLE and b is not None
                and b.items and all(it.role in (Role.CAPTION, Role.PHOTO_CREDIT) for it in b.items)]
    loose = [k for k, (t, b) in enumerate(pairs) if t is None and b is not None and not credit_only(b)
             and paragraph_count(b) > 0]
    def named(i: int, j: int) -> float:  # by its headline's words, or by its caption's
        lead = opening_text(pairs[j][1], LEAD_CHARS)
        return max(cv.shared_words("".join(it.text for it in pairs[i][0].titles), lead),
                   cv.shared_words("".join(it.text for it in pairs[i][1].items if it.role is Role.CAPTION), lead))
    scored = sorted(((named(i, j), i, j) for i in pictured for j in within_reach(loose, i, 1)),
                    key=lambda x: (-x[0], x[1]))
    taken: set[int] = set()
    for score, i, j in scored:
        if score >= PHOTO_SHARED and i not in taken and j not in taken:
            t, b = pairs[i]
            pairs[i] = (t, absorb(ledger, b, pairs[j][1], "photo_text"))
            taken |= {i, j}
    return [p for k, p in enumerate(pairs) if not (k in taken and p[0] is None)]


def _dangles(b: Unit) -> bool:
    """A body whose text stops mid-sentence with no jump line: its last paragraph goes on somewhere."""
    paras = [it for it in b.items if it.role is Role.PARAGRAPH]
    return b.jump_to is None and bool(paras) and paras[-1] is b.items[-1] and not cv.ends_paragraph(paras[-1].text)


def run_on(pairs: list[Pair], ledger: Ledger) -> list[Pair]:
    """An untitled body (its text opening with no dateline, a photo's caption before it or not) goes on from the
    nearest story before it whose text stops mid-sentence: the dump printed the rest of that story apart, after
    other stories."""
    out: list[Pair | None] = list(pairs)
    for k, (t, b) in enumerate(pairs):
        text = [it for it in b.items if it.role not in (Role.CAPTION, Role.PHOTO_CREDIT)] if b is not None else []
        if t is not None or not text or text[0].role is not Role.PARAGRAPH or text[0].dateline:
            continue
        for j in range(k - 1, max(-1, k - 1 - WORD_REACH), -1):
            if out[j] is None:
                continue
            tj, bj = out[j]
            if tj is not None and tj.kind is UnitKind.BOX:
                break  # an untitled body after a box label is one of its items
            if tj is not None and bj is not None and _dangles(bj):
                out[j], out[k] = (tj, absorb(ledger, bj, b, "runs_on")), None
                break
    return [p for p in out if p is not None]


OPENING_MIN = 2  # paragraphs at least in a story's opening columns printed before its headline group


def opens_later(pairs: list[Pair], ledger: Ledger) -> list[Pair]:
    """An untitled body that stops mid-sentence, right before a headline group and its body, with no story before
    it to go on from (run_on found none): the story's opening columns, which the dump printed before its headline
    group. It opens that story's text, after a lead-in the story opens with (调查缘起：…), where its sentence goes on.
    So does an untitled editor's note or lead-in (编者按：…) set over a headline group: it opens that story."""
    out: list[Pair | None] = list(pairs)
    for k in range(len(pairs) - 1):
        t, b = pairs[k]
        nt, nb = pairs[k + 1]
        if t is not None or b is None or nt is None or nt.kind is not UnitKind.TITLE or nb is None:
            continue
        text = [it for it in b.items if it.role not in (Role.CAPTION, Role.PHOTO_CREDIT)]
        first = next((n for n, it in enumerate(nb.items) if it.role is Role.PARAGRAPH), None)
        if not text or text[0].role is not Role.PARAGRAPH or text[0].dateline and (
                first is None or nb.items[first].dateline or lead_named(nt, opening_text(b, LEAD_CHARS)) < NEXT_SHARED):
            continue  # (a dated opening goes on only into text with no dateline of its own under a headline naming it)
        note = bool(cv.LEAD_IN.match(text[0].text.strip()))  # 编者按：… set over the headline group: the story's
        if not note and (not _dangles(b) or paragraph_count(b) < OPENING_MIN):
            continue
        at = 0 if note or first is None or not cv.LEAD_IN.match(nb.items[first].text.strip()) \
            else _after_lead_in(nb, first)
        for it in b.items + b.rubrics:
            ledger.move(it.index, b.name, nb.name, "opens_later")
        out[k], out[k + 1] = None, (nt, replace(nb, items=nb.items[:at] + b.items + nb.items[at:],
                                                rubrics=b.rubrics + nb.rubrics))
    return [p for p in out if p is not None]


def _after_lead_in(b: Unit, first: int) -> int:
    """The index just past the lead-in's last paragraph (its sentence ended), in a body whose paragraph first
    opens with one."""
    for n in range(first, len(b.items)):
        if b.items[n].role is Role.PARAGRAPH and cv.ends_paragraph(b.items[n].text):
            return n + 1
    return first + 1


def label_between(pairs: list[Pair]) -> list[Pair]:
    """On a PDF page, a box's label read between its first item's title and that item's text (a label set upright
    at the box's side, read after the title beside it): the label comes first, then the title heading the text."""
    out = list(pairs)
    for k in range(len(out) - 2):
        (t, b), (label, lb), (nt, nb) = out[k], out[k + 1], out[k + 2]
        if (t is not None and t.kind is UnitKind.TITLE and b is None and label is not None and label.kind is UnitKind.BOX
                and lb is None and nt is None and nb is not None and nb.items and nb.items[0].chunk.geometry is not None):
            out[k], out[k + 1], out[k + 2] = (label, None), (t, nb), (None, None)
    return [p for p in out if p != (None, None)]
