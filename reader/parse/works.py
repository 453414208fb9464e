"""An artwork's caption line → its pieces and roles: 《秋山图》（国画）X, the work's title and medium its caption, the
artist's name after them its credit (as X 摄 credits a photo); several works' lines a dump ran together part at each
《》 that opens the next."""
from __future__ import annotations

from ..model import Role
from . import conventions as cv
from .items import Item, is_body, is_title, neighbour
from .patterns import regex
from .segment import Chunk

MEDIA = ("国画|國畫|中国画|中國畫|书法|書法|油画|油畫|版画|版畫|水彩|水彩画|水彩畫|水墨|水墨画|水墨畫|篆刻|雕塑|剪纸|剪紙|"
         "漆画|漆畫|素描|插画|插畫|年画|年畫|彩墨|工笔|工筆|写意|寫意|纸本设色|紙本設色")
WORK = regex(f"《[^《》\\s]{{1,30}}》\\s*[（(](?:{MEDIA})[）)]")  # the work's title and its medium
CAPTION = regex(f"^\\s*{WORK.pattern}(?:\\s*{cv.NAME}\\s*(?:作|画|畫|书|書)?)?\\s*$"  # (its artist on its line: 《题》（年画）X 作)
                f"|^\\s*《[^《》\\s]{{1,30}}》\\s*{cv.NAME}\\s*[（(][0-9０-９]{{1,2}}\\s*(?:岁|歲)[）)]\\s*$")  # (a child's drawing: 《题》 X（8岁）)
_ARTIST = regex(f"^\\s*{cv.NAME}(?<![作画畫书書])\\s*$")  # the name alone (X 作 is a credit by PHOTO_CREDIT already)


def parts(chunk: Chunk) -> list[Chunk]:
    """The chunk cut after each work's title and medium and before each next work's 《 (《甲》（国画）X《乙》（书法）Y:
    four pieces), where it opens with a work and every piece after is an artist's name; else the chunk whole."""
    text = chunk.text
    if not WORK.match(text.lstrip()):
        return [chunk]
    at = 0
    for m in WORK.finditer(text):
        if at and not _ARTIST.match(text[at:m.start()]):
            return [chunk]
        at = m.end()
    if text[at:].strip() and not _ARTIST.match(text[at:]):
        return [chunk]
    out, rest = [], chunk
    while (m := WORK.search(rest.text)) is not None:
        at = m.start() if m.start() > 0 else m.end()  # (the artist's name before the next work, or the work itself)
        if at >= len(rest.text.rstrip()):
            break
        head, rest = rest.cut(at)
        out.append(head)
    return out + [rest]


def work_caption(items: list[Item], i: int) -> Role | None:
    """A work's title and medium alone: a caption; the name right after it, its artist's: the credit."""
    text = items[i].text
    if CAPTION.match(text):
        return Role.CAPTION
    prev = items[i - 1] if i else None
    return Role.PHOTO_CREDIT if prev is not None and CAPTION.match(prev.text) and _ARTIST.match(text) else None


def cover_caption(items: list[Item], i: int) -> Role | None:
    """A book's details alone (《书名》，X著，Y出版社出版。) right over a headline with its text: the caption of the
    book's cover, set over the review."""
    if items[i].role is not Role.PARAGRAPH or not cv.BOOK_DETAILS.match(items[i].text.strip()):
        return None
    nxt = neighbour(items, i, 1)
    after = neighbour(items, items.index(nxt), 1) if nxt is not None else None
    return Role.CAPTION if is_title(nxt) and nxt.role is Role.HEADLINE and is_body(after) else None
