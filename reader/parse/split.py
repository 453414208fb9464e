"""Chunks → chunks: credits and jump lines printed on a paragraph's own line are split off it.

A caption that ends with its credit (…。（記者X攝）), a brief that ends with its
writer (…。（通讯员 X）), a paragraph that jumps pages (…、（下转第三版）) or
resumes (（上接第1版）会议…): each becomes two chunks from the same dump lines.
"""
from __future__ import annotations

import re

from . import conventions as cv, glued, works
from .forms import is_field, next_fact
from .patterns import regex
from ..words import is_word, starts_with_word, word_ranks
from .rules import Context, first_pass
from .clumps import clumped_titles, trailing_labels
from .caps import cut_names, drop_caps, wrapped_signatures
from .decks import wrapped_decks
from .segment import Chunk, width
from .titles import is_rubric

TAILS = (cv.END_MARK, cv.JUMP_TAIL, cv.PHOTO_CREDIT_TAIL, cv.BYLINE_TAIL, cv.SIGNATURE_TAIL)  # cut off a chunk's end, in this order
TAIL_ENDS = "版）)摄攝影图圖社发發" + cv.ARROWS  # every tail above but a signature ends in one of these (社: 新华社; 新华社发)
TITLE_SIGNATURE = regex(f"(?:(?<=》)\\s*[■□◎]|(?<=\\S)\\s*文\\s*[/／︰])\\s*{cv.NAME}$")  # a writer signing after a title (《》■ X, 文／X)
SIGNED = "■□—"  # a signature's mark, which stands this close to the end; 圖：X (who gave the picture) this close
SIGNATURE_MAX, DRAWN_TAIL_MAX, _cut = 16, 28, Chunk.cut  # (_cut: the text before an offset and from it, two chunks)


def _sentence_end(text: str) -> bool:
    return bool(re.search(f"[{cv.TERMINAL}][{cv.CLOSERS}]*$|[。！？”」]$", text.rstrip()))


SPACED_TITLE_MIN = 6  # characters of the headline line before a letter-spaced name
TITLE_BEFORE_BYLINE = 6  # characters of text at least before a byline printed on after it
RUN_IN = regex(f"^\\s*{cv.HAN}{{2,8}}——(?=\\S)")  # 先看环比——: a run-in head opening its paragraph
RUN_IN_REST = 20  # characters: the paragraph run in after the head is this long at least


# a kicker broken by a comma, the headline glued on quoting its subject by name (…新模样某某某：伞骨里的岁月): cut before the name
GLUED_SPEAKER_HEAD = regex(f"^(.{{6,40}}?[，,].{{2,30}}?)((?:{cv.SURNAMES_2}|[{cv.SURNAMES_1}]){cv.HAN}{{1,2}}[：:].{{4,30}})$")
# a name set letter-spaced (陈 思 远) glued to the end of a headline line: the author, set under it
SPACED_NAME_TAIL = regex(f"(?<=[^\\s\\d])\\s*((?:{cv.SURNAMES_2}|[{cv.SURNAMES_1}])(?: {cv.HAN}){{1,2}})$")

# a photo's credit set at its caption's right end, read first (记者 X 摄3月10日，市民在…): cut off its caption
LEADING_CREDIT = regex(f"^\\s*((?:{cv.AGENCY})?(?:{cv.CREDIT_ROLE})\\s*\\S.{{0,16}}?(?:摄|攝)(?![影])|(?:{cv.FILE_PHOTO})|{cv.NAME}\\s+(?:摄|攝)(?={cv.NUM}{{1,2}}月{cv.NUM}{{1,2}}日))(?=\\S)")
# …at a story's last sentence's end, the credit of the photo set after it and its caption, read on in its block: cut off
MID_CREDIT = regex(f"(?<=[。！？”」])\\s*(?=(?:{cv.CREDIT_ROLE})?\\s*{cv.NAME}\\s*(?:摄|攝){cv.NUM}{{1,2}}月{cv.NUM}{{1,2}}日)")
CAPTION_MIN = 8  # characters of a caption after it at least

# an interview's next turn printed on in the same block (…您怎么看？答：…): each turn is a paragraph of its own
NEXT_TURN = regex("(?<=[。！？!?”」])\\s*(?=(?:问|問|答)\\s*[：:])")

# numbered items run on in one block (…切丁。2. 锅中加水…3. 加入…): each item a paragraph of its own
NEXT_ITEM = regex("(?<=[。；！？!?])\\s*(?=[1-9][0-9]?[.．、](?![0-9])\\s*\\S)")
# a box of figures' label glued to its first figure (数说某县3.2 万亩)
FIGURES_OVER = regex(f"^\\s*(?:{cv.FIGURES_WORDS})[^\\d\\s]{{0,6}}(?=[0-9０-９])")
LABEL_OVER_ITEMS = regex("^\\s*(?:做法|制作方法|製作方法|步骤|步驟)[：:](?=\\s*[1-9][0-9]?[.．、](?![0-9]))")  # 做法：| 1. …
ITEM_OPENS = regex("^\\s*[1-9][0-9]?[.．、](?![0-9])")
# a recipe's or a guide's labelled part run on after a sentence (…适合全家食用。食材：…): a paragraph of its own
NEXT_LABEL = regex("(?<=[。！？])\\s*(?=(?:食材|原料|配料|用料|做法|制作方法|製作方法|步骤|步驟)[：:])")

# a chart's credit and its source line printed in one block (制图：X数据来源：Y, or the other way round): two lines
SOURCE_NEXT = regex("(?<=\\S)\\s*(?=(?:数据|數據|资料|資料)?(?:来源|來源)\\s*[：:])")
CREDIT_NEXT = regex("(?<=\\S)\\s*(?=(?:本版)?(?:制图|製圖)\\s*[：:])")


def split_chunk(chunk: Chunk) -> list[Chunk]:
    """The chunk, or its parts where a credit or jump line is glued to it, where it opens with a run-in head, where an
    interview's turns or a chart's credit and source run on in it, where a headline line ends in its author's
    letter-spaced name, where a notice's signature runs its office and date together, or where an editor's note ends in its label (…持续关注。编者按)."""
    text = chunk.text
    m = SPACED_NAME_TAIL.search(text.rstrip()) if not chunk.geometry else None
    if m and cv.length(text[:m.start(1)]) >= SPACED_TITLE_MIN and not re.search(f"[{cv.TERMINAL}，,、；;：:]", text):
        return list(_cut(chunk, m.start(1)))
    m = (SOURCE_NEXT.search(text) if cv.CHART_CREDIT.match(text)
         else CREDIT_NEXT.search(text) if cv.SOURCE_LINE.match(text) else None)
    if m:
        first, rest = _cut(chunk, m.end())
        return [first] + split_chunk(rest)
    items = NEXT_ITEM.findall(text) if not chunk.geometry else []
    m = NEXT_ITEM.search(text) if len(items) >= 2 or items and ITEM_OPENS.match(text) else None
    m = m or (NEXT_LABEL.search(text) or LABEL_OVER_ITEMS.match(text) or next_fact(text) if not chunk.geometry else None)
    if m:
        first, rest = _cut(chunk, m.end())
        return [first] + split_chunk(rest)
    m = NEXT_TURN.search(text) if not chunk.geometry and cv.QA_TURN.match(text) else None
    if m:
        turn, rest = _cut(chunk, m.end())
        return [turn] + split_chunk(rest)
    m = RUN_IN.match(text)
    if m and cv.length(text[m.end():]) >= RUN_IN_REST and not chunk.geometry:
        head, rest = _cut(chunk, m.end())
        return [head] + split_chunk(rest)
    if not chunk.geometry and (m := MID_CREDIT.search(text)) and cv.length(text[:m.start()]) >= CAPTION_MIN:
        return [(cut := _cut(chunk, m.end()))[0]] + split_chunk(cut[1])
    m = LEADING_CREDIT.match(text) if not chunk.geometry else None
    if m and cv.PHOTO_CREDIT.match(m.group(1)) and (cv.length(text[m.end():]) >= CAPTION_MIN or text.rstrip()[-1:] in cv.TERMINAL):
        credit, caption = _cut(chunk, m.end())
        return [credit] + split_chunk(caption)  # 记者 X 摄3月10日，…, 受访者供图某某在工作室。: the credit first
    m = GLUED_SPEAKER_HEAD.match(text.strip()) if not chunk.geometry and not cv.TERMINAL_IN.search(text) else None
    if m:
        return list(_cut(chunk, text.index(m.group(2))))
    m = cv.NOTE_LABEL_TAIL.search(text) if not chunk.geometry else None
    if m:
        return list(_cut(chunk, m.start()))
    m = FIGURES_OVER.match(text) if not chunk.geometry else None
    if m:
        return list(_cut(chunk, m.end()))
    m = cv.SIGNED_RUN_ON.match(text)
    if m:
        return list(_cut(chunk, m.end()))
    m = cv.JUMP_HEAD.match(text) if text[:1] in "（(" else None
    if m and cv.length(text[m.end():]) > 0:
        first, rest = _cut(chunk, m.end())
        # the jump line is the head here: swap roles of the two parts' texts
        return [first] + split_chunk(rest)
    return _tail_parts(chunk)


GLUED_TITLE_MIN, GLUED_TITLE_MAX = 6, 30  # characters of a headline glued to the end of the story before it
_GLUED_TITLE = regex(f"[{cv.TERMINAL}][{cv.CLOSERS}]?((?:[^\\s，,、；;。！？!?：:（）()]|(?<=\\S)\u3000(?=\\S)){{{GLUED_TITLE_MIN},{GLUED_TITLE_MAX}}})$")


def _tail_parts(chunk: Chunk) -> list[Chunk]:
    """The chunk, or its parts where a byline, a credit, a jump line or a signature is printed on at its end (a
    byline whole, 报道：X　摄影：Y, stays one)."""
    text = chunk.text
    m = cv.tail_match(cv.ROLE_BYLINE_TAIL, text.rstrip()) if not chunk.geometry else None
    if m and cv.length(text[:m.start()]) >= TITLE_BEFORE_BYLINE and not cv.BYLINE.match(text.strip()):
        a, b = _cut(chunk, m.start())
        return _glued_caption(a) + [b] if cv.PHOTO_CREDIT.match(b.text) else split_chunk(a) + [b]
    m = TITLE_SIGNATURE.search(text.rstrip()) if not chunk.geometry else None
    if m and cv.length(text[:m.start()]) <= TITLE_MAX:
        a, b = _cut(chunk, m.start())  # 《书名》□ X: a serial's title and its writer on one line
        return split_chunk(a) + [b]
    if text.rstrip()[-1:] not in TAIL_ENDS and not any(c in SIGNED for c in text.rstrip()[-SIGNATURE_MAX:]) \
            and not any(c in "图圖" for c in text.rstrip()[-DRAWN_TAIL_MAX:]):
        return [chunk]
    for pattern in TAILS:
        m = cv.tail_match(pattern, text.rstrip())
        asked = text[:m.start() if m else 0].rstrip()  # (a question's paragraph keeps its asker, …？（某县 X）, its
        kept = cv.SIGNATURE_TAIL if cv.LIST_MARK.match(text) else cv.BYLINE_TAIL if asked[-1:] in "？?" else None
        if not m or m.start() == 0 or pattern is kept:  # last piece too where a column's foot cut it, 吗？（读者 X）;
            continue  # a list's item whom it quotes, ◇ …。——X)
        head = text[:m.start()]
        if pattern in (cv.JUMP_TAIL, cv.END_MARK) or _sentence_end(head) or cv.PHOTO_PLACES_TAIL.search(head) or pattern is cv.PHOTO_CREDIT_TAIL and head.rstrip()[-1:] in "图圖表":  # (…示意图　制图：X)
            a, b = _cut(chunk, m.start())
            return _glued_caption(a) + [b] if pattern is cv.PHOTO_CREDIT_TAIL else split_chunk(a) + [b]
    return [chunk]


GLUED_TEXT_MIN = 70  # characters before the last sentence before a photo credit: a paragraph's, not a caption's
CAPTION_SENTENCE_MAX = 60  # characters: the caption glued to a paragraph's end is one sentence this long at most
_LAST_SENTENCE = regex("(?<=[。！？])(?=[^。！？]+[。！？][”」]?\\s*$)")
_CREDIT_OVER = regex(f"^\\s*[（(][^（）()]{{2,20}}[）)](?={cv.CAPTION_LEAD.pattern[1:]})")


def _glued_caption(chunk: Chunk) -> list[Chunk]:
    """In a dump, text glued before a photo credit (…提供资助。某某船昨日下水。 图：某公司提供): a paragraph's worth of it
    is a story's last paragraph, the photo's caption glued on as its last sentence (printed just before its credit)."""
    m = _LAST_SENTENCE.search(chunk.text.rstrip()) if chunk.geometry is None else None
    if not m or cv.length(chunk.text[:m.start()]) < GLUED_TEXT_MIN or cv.length(
            chunk.text[m.start():]) > CAPTION_SENTENCE_MAX or cv.CAPTION_LEAD.match(chunk.text[m.start():]):
        return split_chunk(chunk)
    a, b = _cut(chunk, m.start())
    credit = _CREDIT_OVER.match(b.text)  # (the story's closing credit, then the caption: （通讯员 X）图为…)
    return split_chunk(a) + (list(_cut(b, credit.end())) if credit and cv.BYLINE.match(credit.group(0).strip()) else [b])


def glued_title(chunk: Chunk, nxt: Chunk | None) -> list[Chunk]:
    """A story's last paragraph, the next story's headline glued to its end (…领土完整。某某何去何从) over its dateline: cut."""
    if nxt is None or not cv.DATELINE.match(nxt.text):
        return [chunk]
    m = _GLUED_TITLE.search(chunk.text.rstrip())
    if not m:
        return [chunk]
    return list(_cut(chunk, m.start(1)))


NAMED_PAGE_MIN = 2  # names set alone right after a headline: a page with this many sets its authors so
NAME_LENGTHS = (3, 2, 4)  # characters of a name, the commonest first (4: a two-character surname)
TITLE_MAX = 40  # characters of a headline line
NEVER_IN_NAME = set("的了是在和与之为对把被从也都就而及等们个这那其所以不")  # function words: no given name has them


def _title_like(chunk: Chunk) -> bool:
    return _title_text(chunk.text)


def _title_text(text: str) -> bool:
    text = text.strip()
    return (text.startswith("——") or 0 < cv.length(text) <= TITLE_MAX and not cv.ends_paragraph(text)
            and not cv.SENTENCE_PUNCT.search(text) and text[-1] not in "，,、：:")


def _named_page(chunks: list[Chunk]) -> bool:
    """Whether the page sets its authors' names on a line of their own just after the headline (theory pages)."""
    pairs = sum(1 for a, b in zip(chunks, chunks[1:]) if _title_like(a) and cv.BARE_NAME.match(b.text.strip()))
    return pairs >= NAMED_PAGE_MIN


_CLAUSE = regex("[，,；;]")


def _word_across(text: str, cut: int) -> bool:
    """Whether a common word of two to four characters runs across the cut (关人民|群众: 人民群众)."""
    ranks = word_ranks()
    return any(text[i:j] in ranks for i in range(max(0, cut - 3), cut)
               for j in range(cut + 1, min(len(text), i + 4) + 1))


def glued_name(prev: Chunk | None, chunk: Chunk) -> list[Chunk]:
    """On a page that sets each author's name alone under the headline, a body that opens with such a name just
    after a headline (蒋建国坚持依法治国…: the name's line run into the next story's first paragraph) is cut
    after the name: where a common word starts (坚持), so that a two- or three-character name is told apart,
    and never where a common word opens the text (党的十九大…: 党 is a surname, 党的 a word) or spans the cut."""
    text = chunk.text
    if (prev is None or not _title_like(prev) or cv.BARE_NAME.match(prev.text.strip())  # the name is there
            or _CLAUSE.search(prev.text)  # 看似权力不大，但事: a sentence cut at a line's end, not a headline
            or cv.ends_paragraph(text[:8]) or len(text) < TITLE_MAX):
        return [chunk]
    if starts_with_word(text, 2):
        return [chunk]
    for n in NAME_LENGTHS:
        if (cv.BARE_NAME.match(text[:n]) and not NEVER_IN_NAME & set(text[1:n]) and starts_with_word(text[n:])
                and not _word_across(text, n)):
            return list(_cut(chunk, n))
    return [chunk]


# a 副刊's genre printed over a piece's title, glued to it (散文霜降过后…, 小小说一碗…): no word need follow
_GENRE, _PHOTO_WORDS = "(?:散文|小小说|小小說|微小说|微小說|随笔|隨筆|杂文|雜文|诗歌|詩歌|书评|書評|影评|影評)", "(?:图片新闻|圖片新聞|新闻图片|新聞圖片)"
# a column's label glued to the headline under it in one block (名医访谈花粉季来了…)
GLUED_RUBRIC = regex(f"^(?:{cv.HAN}{{2,4}}(?:访谈|訪談|进行时|進行時|时评|時評|快评|快評|短评|短評|乐评|樂評|剧评|劇評|来信|來信|手记|手記|笔谈|筆談|追踪|追蹤|坐堂|坐诊|坐診|课堂|課堂|说法|說法|观察|觀察|园地|園地|专栏|專欄|解读|解讀|答疑|问答|問答|信箱)"
                     "(?=\\S{6,}|\\S{4,}[\u3000 ]\\S{3,})|(?:晚[报報]|早[报報]|本[报報]|健康|安全|消费|消費|温馨|溫馨|出行|防骗|防騙)(?:提醒|提示)(?=\\S{6,})|(?:书摘|書摘|文摘)(?=\\S.{4,})"
                     f"|(?:连载|連載|书讯|書訊)(?=《)|{_PHOTO_WORDS}(?=\\S{{4,}})|(?:读者|讀者)?(?:来函|來函)(?=\\S{{6,}})"
                     "|(?:社评|社評|社论|社論|短评|短評|时评|時評|快评|快評|观点|觀點|论坛|論壇|链接|鏈接|记者调查|記者調查|封面故事|封面报道|封面報導)(?=\\S{4,})|\\S{0,4}Q[&＆]A(?=\\S{6,})"
                     f"|{_GENRE}(?![诗詩化家集的人节節奖獎界])(?=\\S{{2,}}))")
# (书摘 labels an excerpt over its chapter's title, 连载 a serial over its title in 《》 and 书讯 a book's, 图片新闻 a photo's; not …视野, …论坛: 拓展视野才能…, 博鳌论坛开幕 open headlines)
LINE_SLACK = 3  # characters: a column's printed lines, a block each in a dump, are this close in width
RUN_IN_FIRST, BULLET_TITLE = 5, 6  # characters: the text's first ones run in on the title's printed line, at most; a bulleted brief's title, at least
BOX_REACH, _PHOTO_NEWS = 12, regex(_PHOTO_WORDS)  # chunks after a box of briefs' label (or 图片新闻's: its photo's title run in) where run-in titles are looked for
# a brief's title run in before its text, set off by a wide space, a dash or a square (春季植树行动启动　3月11日，…, 某某发放到户■近日，…), a bullet before a headline's length (■某队签下两名新援　…): not a bullet's lead word (■夜间封路　因…), which stays one paragraph of a list; or set in brackets (【某国新政府宣誓就职】…; not an association's name, 【某某同乡会】该会…, nor a dateline)
BRIEF_LEAD = regex(f"^\\s*(?:[■●◆▲★](?=\\S{{{BULLET_TITLE}}}))?(?:{cv.HAN}{{2,6}}[：:])?[“「《]?{cv.HAN}(?:[^\\s，,。！？；;：:■□●○◆◇▲△★☆]| (?=\\S)){{3,19}}?(?:\u3000{{1,2}}|——|(?=■))(?=\\S)|^\\s*【(?![^】]*(?:讯|訊|电|電|报道|報道|報導)】)[^】\\s]{{4,19}}(?<![会會社团團])】(?=\\S)")
# (a place's name and a colon may lead it: 某区：“红色驿站”温暖新就业群体　近日，…); or the place alone is the title, set bold and run in with its colon (某县：日前，该县…), as a box of local briefs heads each
PLACE_LEAD = regex(f"^\\s*{cv.HAN}{{1,5}}[县縣区區市镇鎮乡鄉村州旗](?:[：:]|——\\s*)(?=\\S)|^\\s*(?:{cv.HAN}[^\\s，,。！？；;：:（）()]{{1,9}}[（(][0-9]{{6}}[）)](?:[^\\s，,。！？；;：:]{{1,20}}\u3000)?|{cv.HAN}{{2,5}}\u3000)(?=\\S.*[，。])")
# (a firm's name and stock code, 某某电子（600000）, its news set off after it, in a box of notices, or a country's name set off, 某国　…, in a box of world briefs, text following; or a name and a colon set bold alone, a maker's, an event's: 某汽车：本报讯　…, 某车展：第十二届…; a place and a slash, a Taiwan paper's 短波: 某國／首都…)
NAME_LEAD = regex(f"^\\s*(?!{cv.TURN_LABEL.pattern[1:]}){cv.HAN}[^\\s，,。！？；;：:／]{{1,7}}[：:／](?=\\s*\\S.{{{RUN_IN_FIRST},}})")


def brief_titles(chunks: list[Chunk]) -> list[Chunk]:
    """Under a box of briefs' label (要闻简报, 体坛快讯), a brief that opens with its title run in (…启动　正文) is
    cut after the title: each brief is a story of its own. A block that is the brief's first printed line alone
    (某区：某某启动　近) gives the text's first characters to the block that goes on with it (日，…)."""
    out, reach, k = [], 0, 0
    over = _over_label(chunks)
    while k < len(chunks):
        c = chunks[k]
        named = _named_lead(chunks, k) if reach else None
        lead = BRIEF_LEAD.match(c.text) or reach and PLACE_LEAD.match(c.text) or named
        m = (lead if (reach or k in over) and not cv.BYLINE.match(c.text.strip())
             and not cv.PAGE_NOTICE.search(c.text.strip()) else None)  # (a notice strip under the box: 反詐騙專線…)
        reach = BOX_REACH if cv.BOX_LABEL.match(cv.squash(c.text)) or _PHOTO_NEWS.fullmatch(cv.squash(c.text)) else max(0, reach - 1)
        k += 1
        nxt = chunks[k].text if k < len(chunks) else ""  # (a box's printed line a block, its title's space wide or narrow)
        line = bool(m) and -LINE_SLACK <= width(nxt) - width(c.text) <= 2 * LINE_SLACK and not _sentence_end(nxt)
        if m and (cv.length(c.text[m.end():]) >= RUN_IN_REST or m is named and _sentence_end(c.text) or reach and cv.length(
                c.text[m.end():]) > RUN_IN_FIRST and cv.COMMA_IN.search(c.text[m.end():])):  # (a clause of text run in)
            out.extend(_cut(c, m.end()))
        elif (m and (cv.length(c.text[m.end():]) <= RUN_IN_FIRST or m is named or line) and not _sentence_end(c.text)
              and nxt and not cv.DATELINE.match(nxt) and (m is named or cv.COMMA_IN.search(nxt))):  # (the text goes on
            # in the next block; over a dateline, a title's second phrase: 某亭遭縱火　男子落網 | 〔記者X／…報導〕…)
            head, tail = _cut(c, m.end())
            out += [head, tail.joined(chunks[k])]
            k += 1
        else:
            out.append(c)
    return out


def _named_lead(chunks: list[Chunk], k: int):
    """A brief's title set as a name and a colon (某车展：第十二届…), the brief's text going on after it: in its block,
    or (a line a block) in the next, no label opening it or the lines just over it (a spec box's fields, 续航：…)."""
    text, nxt = chunks[k].text, chunks[k + 1].text if k + 1 < len(chunks) else ""
    m = None if is_field(text) or cv.LEAD_IN.match(text) else NAME_LEAD.match(text)  # (编者按：… leads no brief)
    same = m is not None and any(c.text.lstrip().startswith(m.group(0).strip()) for c in chunks[max(0, k - 2):k] + chunks[k + 1:k + 3])
    if m is None or same or _sentence_end(text):  # (a name opening the texts around too speaks each: 某某证券：…)
        return None if same else m
    fields = any(NAME_LEAD.match(c.text) for c in chunks[max(0, k - 2):k] + chunks[k + 1:k + 2])
    line = abs(width(text) - width(nxt)) <= LINE_SLACK  # (a printed line of a column as wide as the next)
    return m if line and not fields and (cv.COMMA_IN.search(nxt) or cv.SENTENCE_PUNCT.search(nxt)) else None


def _over_label(chunks: list[Chunk]) -> set[int]:
    """The briefs a dump read before their box's label (as a page's text stream may give it): two or more chunks
    opening with a run-in title, only their closing credits between them, right over the label."""
    out: set[int] = set()
    for k, c in enumerate(chunks):
        if cv.BOX_LABEL.match(cv.squash(c.text)):
            run, j = [], k - 1
            while j >= 0 and k - j <= BOX_REACH and (BRIEF_LEAD.match(chunks[j].text)
                                                     or cv.BYLINE.match(chunks[j].text.strip())):
                run += [j] if BRIEF_LEAD.match(chunks[j].text) else []
                j -= 1
            out |= set(run) if len(run) >= 2 else set()
    return out


def glued_rubric(chunk: Chunk) -> list[Chunk]:
    """A headline line that opens with a column's label (名医访谈, 读者来信) and goes on with a word of its own:
    the label cut off, a rubric over the headline."""
    text = chunk.text.strip()
    asked = text[-1:] in "？?！!" and _title_text(text[:-1])  # (a title may ask, …修好？)
    m = GLUED_RUBRIC.match(text) if _title_text(text) or asked else None
    if not m or not (m.group(0)[-1] in "评評论論谈談摘载載讯訊醒示函察查地栏欄A记記读讀疑答法闻聞点點时時" or re.fullmatch(_GENRE, m.group(0))
                     or starts_with_word(cv.squash(text[m.end():]))):
        return [chunk]  # (a commentary's label, …快评 …时评 社论 …观察, an excerpt's, 书摘, a reminder's, 晚报提醒, a letter's, 来函,
        # a genre's, a notebook's, 记者手记, a Q&A column's, 专家答疑, a case column's, 以案说法, need no word after)
    return list(_cut(chunk, chunk.text.index(m.group(0)) + m.end()))


CROSSHEAD_TAIL = 4  # characters: a crosshead's end wrapped onto a line of its own (…主力军” | 作用凸显) …
CROSSHEAD_HEAD = 8  # … under its first line, a column's width at least
TAIL_MAX = 3  # characters: a headline-like line's end wrapped onto a block of its own (…重灾 | 区”)


def wrapped_tails(chunks: list[Chunk]) -> list[Chunk]:
    """A block of one character, or of a few closing a quote (区”), that no rule but the last reads, right after a
    headline-like line and before text: the line's end wrapped onto a line of its own, joined back to it (a
    name set under a headline, 晁仁, is no tail); so is the end of a notice's title (关于… | …的公示), and a word or
    two closing a crosshead wrapped between paragraphs (…出口势头 | 强劲; a numbered one's, more, over a sentence)."""
    out: list[Chunk] = []
    for k, c in enumerate(chunks):
        t, nxt = cv.squash(c.text), chunks[k + 1] if k + 1 < len(chunks) else None
        tail = len(t) == 1 and t not in cv.SURNAMES_1 or 0 < len(t) <= TAIL_MAX and t[-1] in cv.CLOSERS
        if out and not tail and not cv.NOTICE_TITLE.match(cv.squash(out[-1].text)):
            tail = bool(cv.NOTICE_TITLE.match(cv.squash(out[-1].text) + t))  # 关于…评选拟 | 表彰对象的公示
        if out and not tail and len(out) > 1 and cv.ends_paragraph(out[-2].text) and nxt is not None \
                and not cv.DATELINE.match(nxt.text) and not cv.BYLINE.match(nxt.text.strip()) and not (out[-1].text[:1] == "—" and out[-2].text.rstrip()[-1:] in "”」』"):
            # a crosshead wrapped between paragraphs, its end a common word (…出口势头 | 强劲), never a name (nor ——X's under a quote)
            numbered = cv.ENUMERATOR.match(out[-1].text) and not cv.MID_SENTENCE.match(nxt.text) and not is_word(
                t[-1:] + cv.squash(nxt.text)[:1])  # (三、用好数字技术 | 提升治理效能: a numbered head's second line)
            tail = (2 <= len(t.strip("“”「」")) <= CROSSHEAD_TAIL * (1 + bool(numbered)) and cv.length(out[-1].text) >= CROSSHEAD_HEAD
                    and (re.fullmatch(f"{cv.HAN}+", t) is not None and starts_with_word(t) or re.fullmatch(f"[“「]{cv.HAN}{{2,4}}[”」]", t) is not None)
                    and (is_word(t) or not cv.BARE_NAME.match(t)) and not is_rubric(t))
        if (out and tail and _title_like(out[-1]) and not cv.BYLINE.match(out[-1].text.strip())
                and cv.length(out[-1].text) >= SPACED_TITLE_MIN
                and first_pass(c.text, Context(k, len(chunks)))[1] == "title" and c.page == out[-1].page
                and nxt is not None and not _title_like(nxt)):
            prev = out[-1]
            out[-1] = prev.joined(c)
        else:
            out.append(c)
    return out


def split_credits(chunks: list[Chunk]) -> list[Chunk]:
    """A bracketed credit cut in two at a column end (（实习生 X 记 | 者 Y）), or a dateline cut before its day (新华社
    上海12 月4 | 日电　…: the digits set in a font of their own, the extractor ends the block there): its halves
    joined again."""
    out: list[Chunk] = []
    for c in chunks:
        prev = out[-1] if out else None
        if prev is None or prev.page != c.page:
            out.append(c)
            continue
        a, b = prev.text.strip(), c.text.strip()
        cut = cv.DATELINE.match(a + b) if len(a) <= DATELINE_CUT_MAX and a[-1:] in _DATE_END else None
        shot = cv.PHOTO_CREDIT_TAIL.search(a + b) if len(b) <= CREDIT_CUT_MAX and (
            a[-1:] + b[:1] in _ROLE_CUT or _OPEN_TAIL.search(a)) else None  # (…驶出。（新 | 华社记者 X摄）)
        if (_OPEN_ONLY.match(a) and _CLOSE_ONLY.match(b) and cv.BYLINE.match(a + b)
                or cut is not None and cut.end() > len(a) and not cv.DATELINE.match(a)):
            out[-1] = prev.joined(c)
        elif shot is not None and shot.start() < len(a) and not cv.PHOTO_CREDIT_TAIL.search(a):
            out[-1:] = split_chunk(prev.joined(c))  # a caption's credit cut at its line's end (…新华社记 | 者 X 摄)
        else:
            out.append(c)
    return out


_DATE_END = "0123456789０１２３４５６７８９月"  # a dateline cut inside its date: before its month's or its day's end
_ROLE_CUT = ("记者", "記者", "讯员", "訊員", "摄影", "攝影")  # a credit's role word cut at the seam (新华社记 | 者 X 摄)
CREDIT_CUT_MAX = 12  # characters of a photo credit's second half (者 X 摄), at most
DATELINE_CUT_MAX = 24  # characters of a dateline's first half (据新华社乌鲁木齐12 月), at most
_OPEN_ONLY = regex("^[（(][^（）()]{1,30}$")
_OPEN_TAIL = regex("[（(][^（）()]{0,8}$")  # a bracket opened at a block's end: a credit's first characters
_CLOSE_ONLY = regex("^[^（）()]{1,30}[）)]$")


def split_all(chunks: list[Chunk]) -> list[Chunk]:
    parts = [part for c in chunks for piece in works.parts(c) for part in split_chunk(piece)]
    if any(c.geometry for c in parts):
        return brief_titles(glued.labels(glued.credits(parts)))  # a PDF page sets titles and names apart in their own type: nothing is glued to
        # them (but a box's briefs led by a place and a slash in the text's type, 某國／…)
    parts = brief_titles([p for c in wrapped_decks(wrapped_tails(wrapped_signatures(cut_names(drop_caps(split_credits(parts)))))) for p in glued_rubric(c)])
    parts = [p for k, c in enumerate(parts) for p in glued_title(c, parts[k + 1] if k + 1 < len(parts) else None)]
    parts = clumped_titles(trailing_labels(glued.crossheads(parts), _cut), _cut)
    if _named_page(parts):
        parts = [p for k, c in enumerate(parts) for p in glued_name(parts[k - 1] if k else None, c)]
    return parts
