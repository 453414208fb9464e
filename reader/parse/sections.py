"""Headline-like pieces inside a story's text → its body: a line the column's end set apart, an interview's turn.

A story is cut into sections by two crossheads or more, never by one: a single piece between paragraphs with a
comma inside, no end and a column line's length is a line the column's end set apart (…食堂与老年活动中心 ⏎
“两室合一”，…), not a section's head (crossheads in a set are left to the parallel and crosshead rules). A
speaker's label set on a line of its own (问：, in bold on a PDF page) and the question it opens are the turn's
text, no headline. A piece that breaks off where no title would (mid-sentence, mid-word, on 的) over body going
on from it is the paragraph's line the column's end cut.
"""
from __future__ import annotations

import re

from ..model import FURNITURE_ROLES, Role
from ..words import is_word, starts_with_word
from . import conventions as cv
from .items import Item, is_body, is_title, neighbour
from .patterns import regex
from .printed import label_line
from .rules import DISPLAY_SIZE, SECTION_HEAD, Mark


LINE_MIN = 12  # characters: a column's line in a dump of printed lines is this long at least
OPENER_REST = 4  # characters: a clause after a sentence's opening adverbial, cut at a column's end, this short at most
LINE_LENGTH = 17  # characters: a crosshead broken by a comma is shorter (菜篮子稳了，心里就稳了)
_IN_STORY = frozenset({Role.CAPTION, Role.PHOTO_CREDIT, Role.BYLINE, *FURNITURE_ROLES})  # (a pull quote)


def _sandwiched(items: list[Item], i: int) -> bool:
    """A headline-like piece (or one this rule made body) with body text on both sides: a crosshead, or a column
    end's line."""
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    return ((items[i].role is Role.HEADLINE or items[i].rule == "lone_section_head") and is_body(prev)
            and is_body(nxt) and not nxt.dateline)


def _story_run(items: list[Item], i: int, step: int) -> list[int]:
    """The pieces from i on (step: ±1) as far as the story's text goes: body and pieces set between body."""
    out, j = [], i + step
    while 0 <= j < len(items) and (is_body(items[j]) or _sandwiched(items, j) or items[j].role in _IN_STORY):
        out.append(j)
        j += step
    return out


def lone_section_head(items: list[Item], i: int) -> Role | None:
    """A piece between paragraphs with a comma inside, no end and longer than a crosshead, the only such piece in its
    story's text: a line of the paragraph under it (a dump gives no type size; on a PDF page the face says)."""
    it = items[i]
    if it.chunk.geometry is not None or not _sandwiched(items, i) or it.ends_paragraph:
        return None
    if (cv.length(it.text) < LINE_LENGTH and not _dated_run(items, i) or "，" not in it.text and "," not in it.text
            or cv.TERMINAL_IN.search(it.text) or cv.ENUMERATOR.match(it.text)):
        return None  # (an enumeration comma is a title's: 甲、乙; a numbered piece heads a section of a set)
    others = [j for j in _story_run(items, i, -1) + _story_run(items, i, 1) if _sandwiched(items, j)]
    return Role.PARAGRAPH if not others else None


def _dated_run(items: list[Item], i: int) -> bool:
    """On a page whose stories open with a dateline (本报讯, two at least), the piece comes between the text of a
    story that opened so and text with none of its own: no story's headline, however short (票价方面，2号线 | 与1号线…)."""
    before = _story_run(items, i, -1)
    return (sum(1 for it in items if it.dateline) >= 2 and any(items[j].dateline for j in before)
            and not any(items[j].dateline for j in _story_run(items, i, 1)))


def _lone_label(it: Item | None) -> bool:
    """A turn's label alone: 问：, 答：, 记者："""
    if it is None:
        return False
    m = cv.TURN_LABEL.match(it.text.strip())
    return m is not None and m.end() == len(it.text.strip())


def turn_label(items: list[Item], i: int) -> Role | None:
    """A speaker's label alone over text, and a title-like piece right under one (its question), open a turn."""
    it, prev = items[i], items[i - 1] if i else None
    if it.role is Role.PARAGRAPH or not (_lone_label(it) and i + 1 < len(items) or _lone_label(prev)):
        return None
    return Role.PARAGRAPH if it.role in (Role.HEADLINE, Role.UNSURE) else None


_SPEAKER = regex(f"^\\s*({cv.HAN}{{1,4}})[：:]")  # a speaker's name (or surname: 葛：) and a colon opening a turn
TURNS_MIN = 2  # turns of the story's text opening with the same speaker's name: an interview's


def speaker_turn(items: list[Item], i: int) -> Role | None:
    """A headline-like piece opening with a speaker's name and a colon (某某：我们在设计, 记者核实：…) where the
    story's text opens other pieces so, a turn among them: the speaker's turn, cut at a column's end, no crosshead."""
    it = items[i]
    m = _SPEAKER.match(it.text) if it.role is Role.HEADLINE and it.chunk.geometry is None else None
    if m is None or cv.length(it.text) <= m.end() or i + 1 < len(items) and items[i + 1].role is Role.BYLINE:
        return None  # (right over a credit line it is a story's headline: 某某：演喜剧，得先… | ■记者 X)
    run = [items[j] for j in _story_run(items, i, -1) + _story_run(items, i, 1)]
    turns = [o for o in run if o.role in (Role.PARAGRAPH, Role.HEADLINE) and o.text.lstrip().startswith(m.group(0).strip())]
    return Role.PARAGRAPH if len(turns) >= TURNS_MIN and any(is_body(o) for o in turns) else None


# a body opening on one character and an enumeration comma (社、医保…): the end of a word cut at a column's end
_CUT_WORD = regex(f"^\\s*(?![一二三四五六七八九十百零〇甲乙丙丁])[{cv.CJK}]、")
_WORD_END = regex(f"^\\s*{cv.HAN}[，、；。]")  # no clause opens on one character and a mark: a word's end
_MID_WORD = regex("^\\s*(?:[，,、。；;：:！？!?）)”」』》]|的(?![确確士]))")  # (a text opens on no mark nor 的: under any title, a line cut before one)
_OPENS_ALONE = regex("^\\s*[是对對好嗯不一二三四五六七八九十甲乙丙丁]")  # (but an answer's one word may open a text, 是，…, or an item's number, 四、…)
PHRASES = regex(f"{cv.HAN}{{2}}\u3000+{cv.HAN}{{2}}")  # no line of text holds an ideographic space between words
OPEN_END = "的把被对从与让使给"  # no title ends on these: a line a column's width long that does was cut
_PREPOSITIONS = "对對从從与與向跟给給"  # nor on a preposition, however short the line (…抵達機場時對 | 記者說，…), a
# word's last character aside (取向, 参与, 面对)


_WHOLE_BRACKET = regex("^(?:【[^【】]+】|《[^《》]+》)$")  # (a head, a work's title alone: no line of a paragraph)
# a verb that takes an object, done (…也带动了 | 更多学生走进实验室): a sentence cut before its object
_VERB_DONE = regex("(?:带动|帶動|推动|推動|提高|增加|实现|實現|取得|获得|獲得|成为|成為|引发|引發|带来|帶來|吸引|促进|促進|改变|改變)了$")


def continuation(items: list[Item], i: int) -> Role | None:
    """A headline-like piece between an unfinished paragraph and more body is that paragraph's tail; one that
    does not end, followed by body opening mid-sentence (论。…) or mid-word (a Latin word after its Latin word
    too), is a paragraph's first line cut at a column end."""
    g = items[i].chunk.geometry
    if items[i].role is not Role.HEADLINE or (g is not None and (g.size >= DISPLAY_SIZE
                                                                  or not g.body_face and g.size > 1.0)):
        return None  # on a PDF page, display type is never a piece of a paragraph, nor another face set larger
    prev, nxt = neighbour(items, i, -1), neighbour(items, i, 1)
    if nxt is None and i == len(items) - 1 and is_body(prev) and items[i - 1] is prev and not prev.ends_paragraph \
            and prev.rule == "dated_item" and g is None:
        return Role.PARAGRAPH  # a chronicle's last entry wrapped onto the dump's last line (…带教县级 | 医院眼科医生)
    if nxt is not None and nxt.role is Role.BYLINE and _BRACKETED.match(nxt.text.strip()):
        nxt = neighbour(items, items.index(nxt), 1)  # (a reader's question, who asked it after it: （读者 X）)
    if (is_body(nxt) and not nxt.dateline and _LATIN_END.search(items[i].text) and _LATIN_START.match(nxt.text)
            and not cv.GLOSS_ENTRY.match(nxt.text.strip())):  # (a glossary's label over its first entry)
        return Role.PARAGRAPH  # an English name cut at the column's end (…Demand Responsive | Transport System，…)
    if not is_body(nxt) or nxt.dateline or PHRASES.search(_NOTE_TAIL.sub("", items[i].text)) or _WHOLE_BRACKET.match(
            items[i].text.strip()):  # (【…“…”】: a head bracketed whole, no line of a paragraph)
        return None  # (a headline's phrases set an ideographic space apart: 某街市翻新重开　档户忧加租三成; not a
        # note's in brackets after the piece, …充满？（读者　某某）)
    quoted = not items[i].ends_paragraph and _quote_across(items[i].text, nxt.text)
    cut = quoted or not items[i].ends_paragraph and (
        cv.MID_SENTENCE.match(nxt.text) or _word_across(items[i].text, nxt.text) or _correlative(items[i].text, nxt.text)
        or _SAID.search(items[i].text) or _OPENER.match(items[i].text) or cv.COMMA_IN.search(cv.ENUMERATOR.sub("", items[i].text, 1)) and _CUT_WORD.match(nxt.text)
        or _POST_SURNAME.search(items[i].text) and _GIVEN_SAID.match(nxt.text)
        or open_end(items[i].text) or _quote_open(items[i].text) or _ORDINAL_CUT.search(items[i].text) and _NUMERAL.match(nxt.text)
        or _FIGURE_CUT.search(items[i].text) and _UNIT.match(nxt.text) or _WORD_END.match(nxt.text) and not _OPENS_ALONE.match(nxt.text)
        or _COUNTED.search(items[i].text) and cv.COMMA_IN.search(items[i].text) or _VERB_DONE.search(items[i].text)
        or items[i].text.rstrip()[-1:] in _PREPOSITIONS and not is_word(items[i].text.rstrip()[-2:]) and is_body(prev))
    word_end = _WORD_END.match(nxt.text) and _word_across(items[i].text, nxt.text)  # (…对抗阶 | 段，…)
    at = next((j for j in range(i - 1, -1, -1) if items[j] is prev), None) if is_title(prev) else None  # (prev is near)
    headed = at is not None and is_body(neighbour(items, at, -1))
    alike = headed and not items[i].ends_paragraph and _set_alike(items, at)  # (any line under a
    # crosshead set like the story's others before it: a crosshead carries no deck, the line opens its section's text)
    crosshead = headed and "，" in items[i].text and (_word_across(items[i].text, nxt.text) or _OPENER.match(items[i].text)) or alike
    # (a crosshead between paragraphs, a clause cut mid-word under it, or a sentence's opening adverbial and a few
    # words of its clause: 近年来，一些商家 | 打着…)
    if not (is_body(prev) or crosshead or is_title(prev) and (word_end or quoted or (
            cv.length(prev.text) <= SECTION_HEAD or _MID_WORD.match(nxt.text)) and cut and ("，" in items[i].text or open_end(items[i].text)))):
        return None  # (under a title, a clause cut mid-word at the column's end opens its text: under a crosshead,
        # one broken by a comma, or any where the next column opens on a word's last character alone before a mark,
        # or closes a quotation the clause opened)
    j = i - 1
    while j >= 0 and items[j] is not prev:
        if items[j].role is Role.JUMP_LINE or items[j].mark is Mark.BOX_LABEL:
            return None  # the text before jumped to another page: this heads what comes on from there (or a box's
            # label stands between: this heads the box's first item)
        j -= 1
    return Role.PARAGRAPH if cut or alike or is_body(prev) and not prev.ends_paragraph and prev.mark not in (Mark.OWN_LINE, Mark.FIGURE) and not _CONTACT_END.search(
        prev.text[-2 * LINE_MIN:]) and not label_line(items[i].text) else None  # (a notice closing on its phone number
    # has ended: …咨询电话：12345678; a box's label, 温馨提示, under a paragraph announcing it, 注意以下几点：, opens the box)


def _phrases(text: str) -> tuple[int, ...]:
    """The lengths of a title's phrases set an ideographic space apart (产业兴旺　链条延伸: 4, 4), or () for one phrase."""
    parts = re.split("\u3000+", text.strip()) if PHRASES.search(text) else []
    return tuple(len(p) for p in parts) if len(parts) > 1 and all(_ALL_HAN.fullmatch(p) for p in parts) else ()


_ALL_HAN = regex(f"{cv.HAN}+")


def _set_alike(items: list[Item], j: int) -> bool:
    """A headline-like piece between body set in phrases just like a piece set so between body earlier in the same
    story's text: one of its crossheads (产业兴旺　链条延伸, 科技赋能　品质提升, 联农带农　共同富裕)."""
    shape = _phrases(items[j].text)
    return bool(shape) and any(_sandwiched(items, k) and _phrases(items[k].text) == shape
                               for k in _story_run(items, j, -1))


def open_end(piece: str) -> bool:
    """A piece a column's line long ending on a word that leaves its sentence open (…原是一片荒了多年的), or
    with a quotation opened and not closed (…他说：「我): cut."""
    return (piece.rstrip()[-1:] in OPEN_END or _quote_open(piece)) and cv.length(piece) >= LINE_MIN


def _quote_open(piece: str) -> bool:
    """More quotations opened in the piece than closed."""
    return sum(map(piece.count, "「“『")) > sum(map(piece.count, "」”』"))


_QUOTE_CLOSED = regex("^[^“”「」『』]{1,8}[”」』]")
_ORDINAL_CUT, _NUMERAL = regex("第\\s*$"), regex("^\\s*[一二三四五六七八九十百千两0-9０-９]")  # 第 | 一步: its number in the next
_COUNTED = regex(f"{cv.NUM}\\s*(?:余|餘|多)?\\s*[名个個位家所辆輛台件户戶头頭条條座]$")  # …，30余名 | 被害老人: a count cut from its noun
_FIGURE_CUT, _UNIT = regex("[0-9０-９]$"), regex("^\\s*[万萬亿億元%％个個岁歲吨噸辆輛倍]")  # 10 | 万元: a figure cut from its unit


def _quote_across(piece: str, nxt: str) -> bool:
    """A quotation opened in the piece, the next text closing it in its first words (…的“开心 | 农场” 位于…)."""
    return _quote_open(piece) and bool(_QUOTE_CLOSED.match(nxt))


# a correlative's first half in the piece, its second in the next text's first sentence (既要有只 | 争朝夕的紧迫感，也要…):
# one sentence across the cut
_PAIRS = (("既", ("也", "又")), ("不仅", ("而且", "也", "还", "更")), ("不但", ("而且", "也", "还", "更")),
          ("虽然", ("但", "却")), ("尽管", ("但", "却")), ("只有", ("才",)), ("只要", ("就",)),
          ("一方面", ("另一方面",)), ("不是", ("而是",)), ("与其", ("不如",)), ("一边", ("一边",)), ("一面", ("一面",)))


# a sentence's opening adverbial of time or place, then a comma and a few characters of its clause (招聘会上，镇人社 |
# 服务中心…, 今年，某县启动 | 老画版…): a paragraph's line cut at the column's end (a title's clause after such an
# opening says what happened)
_OPENER = regex(f"^\\s*(?:{cv.HAN}{{1,6}}(?:上|中|里|後|后|时|時|间|間|以来|以來|期间|期間)[，,]\\s*{cv.HAN}{{1,{OPENER_REST}}}"
                f"|(?:今年|去年|明年|目前|如今|近日|日前|近年来|近年來|当天|當天|昨天|今天|此前)[，,]\\s*{cv.HAN}{{1,{OPENER_REST + 2}}}"
                f"|(?:记者|記者)(?:近日|日前)?(?:从|從|向){cv.HAN}{{2,10}})\\s*$")  # (记者从某市市场 | 监督管理局了解到: a lead cut)
# a post closing an expert's name and place of work, set over what the expert said (某某　某大学经济学院教授)
_POSTS = ("教授|研究员|研究員|所长|所長|院长|院長|主任|经济学家|經濟學家|分析师|分析師|董事长|董事長|总经理|總經理|总裁|總裁|"
          "秘书长|秘書長|会长|會長|理事长|理事長|律师|律師|专家|專家|学者|學者|医师|醫師|局长|局長|负责人|負責人")
_SAID = regex(f"{cv.HAN}(?:说|說|表示|指出|认为|認為|介绍|介紹|坦言|透露)[，,]")  # who says it, then a comma: a report's sentence
# a post, then a surname (…派出所所长李 | 建宏说，…): a name cut at the column's end, its given name and the verb of
# saying in the next text
_POST_SURNAME = regex(f"(?:{_POSTS}|队长|隊長|校长|校長|村长|村長|书记|書記|经理|經理|主席|镇长|鎮長|里长|里長|警官|老师|老師)"
                      f"[{cv.SURNAMES_1}]$")
_GIVEN_SAID = regex(f"^\\s*{cv.HAN}{{1,2}}(?:说|說|表示|指出|介绍|介紹|坦言|透露|强调|強調|认为|認為)[，,：:]")


def _correlative(piece: str, nxt: str) -> bool:
    first = cv.SENTENCE_PUNCT.split(nxt, 1)[0]
    return any(a in piece and not any(c in piece[piece.rindex(a) + len(a):] for c in then)
               and any(c in first for c in then) for a, then in _PAIRS)


_BRACKETED = regex(f"^{cv.OPEN}[^（）()]{{2,20}}{cv.CLOSE}$")
_NOTE_TAIL = regex(f"{cv.OPEN}[^（）()]{{2,20}}{cv.CLOSE}\\s*$")
_CONTACT_END = regex("(?:电话|電話|热线|熱線)[：:]\\s*[0-9][0-9\\s-]{4,}$")  # (96390: a five-figure hotline)
_LATIN_END = regex("[A-Za-z]{2,}$")
_LATIN_START = regex("^[A-Za-z]{2,}")


def _word_across(piece: str, nxt: str) -> bool:
    """A word cut in two at the seam (…西津区商 | 务局牵头…): the next text opens with no word of its own, and its
    first character makes one with the piece's last."""
    a, b = cv.squash(piece), cv.squash(nxt)
    return bool(a and b) and not starts_with_word(b) and is_word(a[-1] + b[0]) and not (
        is_word(a[-2:]) and not is_word(a[-3:-1]) and starts_with_word(b[1:]))  # (…同步优化 | 为方便…: both sides
    # whole words, no word cut; but …停放电 | 动自行车: 停放 takes the 放, the 电 goes with 动)


CARD_LINE_MAX = 12  # characters of a profile card's line under a field with its value (an honour under 荣誉：某某)
CARD_LIST_MAX = 16  # … under a field's label alone, which lists them (荣誉： | 省级非物质文化遗产代表性传承人)


def card_line(items: list[Item], i: int) -> Role | None:
    """A short headline-like line right under a profile card's field (荣誉：全国劳动模范) or under another such
    line: one more item the field lists (省“最美医生”), a line of its own."""
    it, prev = items[i], neighbour(items, i, -1)
    j = i - 1
    while j > 0 and items[j].rule == "card_line":
        j -= 1
    listed = items[j].rule == "profile_field" and items[j].text.rstrip()[-1:] in "：:"  # (荣誉： alone, its items under it)
    if it.role is not Role.HEADLINE or cv.length(it.text) > (CARD_LIST_MAX if listed else CARD_LINE_MAX) or prev is None \
            or items[i - 1] is not prev or any(p.match(cv.squash(it.text)) for p in (cv.SIDEBAR_TITLE, cv.PROFILE_LABEL, cv.RUBRIC_LABEL)):
        return None  # (大事记 under the card titles the next box, 记者手记 labels the next column)
    return Role.PARAGRAPH if prev.rule in ("profile_field", "card_line") and not prev.ends_paragraph \
        and cv.length(prev.text) <= 2 * CARD_LINE_MAX else None


_NAME_POST = regex(f"^\\s*(?:{cv.SURNAMES_2}|[{cv.SURNAMES_1}]){cv.HAN}{{1,2}}[ \u3000]+[^\\s，,。：:]{{2,30}}?(?:{_POSTS})$")
QUOTES_REACH, QUOTES_MIN = 8, 2  # items either side where the box's other speakers are looked for; speakers at least


def _speaker_over_quote(items: list[Item], k: int) -> bool:
    nxt = items[k + 1] if k + 1 < len(items) else None
    return ((items[k].role is Role.HEADLINE or items[k].rule == "quoted_speaker") and bool(_NAME_POST.match(items[k].text)) and nxt is not None
            and nxt.role is Role.PARAGRAPH and nxt.text.lstrip()[:1] in "“「『\"")


def quoted_speaker(items: list[Item], i: int) -> Role | None:
    """A name and a post set over a quotation (某某　某大学教授 | “……”), with another such near: a box of
    experts' views (专家观点, 声音), each speaker's line the box's text over what the speaker said, no headline."""
    if items[i].role is not Role.HEADLINE or not _speaker_over_quote(items, i):
        return None
    near = range(max(0, i - QUOTES_REACH), min(len(items) - 1, i + QUOTES_REACH + 1))
    return Role.PARAGRAPH if sum(1 for k in near if _speaker_over_quote(items, k)) >= QUOTES_MIN else None


# a match's final score between the two sides' names (某某队 98:95 某某队, 某队3比1某队), no verb (某队2:0击败某队 heads a story)
_SIDE = f"{cv.HAN}[^\\s，,。：:\\d胜勝负負平击擊败敗逼战戰克取获獲迎]{{1,7}}"
SCORE_LINE = regex(f"^\\s*{_SIDE}\\s*\\d{{1,3}}\\s*[:：比]\\s*\\d{{1,3}}\\s*{_SIDE}\\s*$")


def score_line(items: list[Item], i: int) -> Role | None:
    """A match's score set alone right under its report's finished text, no other score line beside it (a results
    table's rows come in runs, a box score under its label): the report's last line, body of its own."""
    it, prev = items[i], items[i - 1] if i else None
    nxt = items[i + 1] if i + 1 < len(items) else None
    if it.role is not Role.HEADLINE or not SCORE_LINE.match(it.text) or prev is None or not is_body(prev) \
            or not prev.ends_paragraph or (nxt is not None and SCORE_LINE.match(nxt.text)):
        return None
    return Role.PARAGRAPH


# a wire dateline cut at a line's end before its 电 (新华社某地4月20日 | 电　…): a bold run-in lead set on two lines
_DATELINE_HEAD = regex(f"^(?:[据據])?(?:{cv.AGENCY}){cv.HAN}{{0,8}}?(?:{cv.NUM}{{1,4}} ?年 ?)?{cv.NUM}{{1,2}} ?月 ?{cv.NUM}{{1,3}} ?日$")


def dateline_cut(items: list[Item], i: int) -> Role | None:
    """An agency, a place and a day alone (新华社某地4月20日), the next piece opening with its 电 and the text: the
    dateline of the story's first paragraph, cut at the line's end (set bold, run in), no title."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    return Role.PARAGRAPH if nxt is not None and _DATELINE_HEAD.match(cv.squash(items[i].text)) \
        and nxt.text.lstrip().startswith(("电", "電")) and nxt.chunk.page == items[i].chunk.page else None
