"""Page headers → page labels for articles ("2 要闻") and the paper's name, where the dump tells them."""
from __future__ import annotations

from dataclasses import replace

from ..model import Article, Block, Role
from . import conventions as cv
from .patterns import regex

PAPER = cv.PAPER
# a page's number: not a date's, a span's (3～4级), a temperature's or a measure's
_NUMBER = regex(r"(?<![\d年月日.．~～\-－])(?:第\s*)?([A-Z]?\d{1,2})\s*版?(?!\s*[年月日\d.．~～\-－℃°级級%])")
_SECTION = regex(f"{cv.HAN}{{2,4}}")
_SPACED_PAIR = regex(f"(?<!{cv.HAN})({cv.HAN}) ({cv.HAN})(?!{cv.HAN})")
_WEEKDAY_OR_DATE = regex(f"{cv.DATE.pattern}|星期.|周.|（.*?）|\\(.*?\\)")


def page_label(header: str) -> str | None:
    """The page a header names, number and section: '7 理论理论2018 年1 月2 日星期二' → '7 理论'."""
    text = _SPACED_PAIR.sub(r"\1\2", _WEEKDAY_OR_DATE.sub(" ", header))  # 评 论: a section letter-spaced
    paper = PAPER.search(text)
    if paper:
        text = text[:paper.start()] + " " + text[paper.end():]
    m = _NUMBER.search(text)
    if not m:
        return None
    sections = _SECTION.findall(text)
    section = ""
    if sections:
        # the section name nearest the number; a name doubled by the PDF's layers is printed once
        section = min(sections, key=lambda s: abs(text.find(s) - m.start()))
        half = len(section) // 2
        if len(section) % 2 == 0 and section[:half] == section[half:]:
            section = section[:half]
    return f"{m.group(1)} {section}".strip()


_SECTION_END = regex("^.*(?:副刊|周刊|週刊|专刊|專刊|专版|專版)")  # a section's name run on before the paper's


def paper_name(furniture: list[Block]) -> str | None:
    """The paper's name as a page header prints it (桐江晚报), alone on its line where it is, or None; a section's
    name the header runs on before it (…文艺副刊沅澧日报) is not part of it."""
    headers = [cv.squash(b.text) for b in furniture if b.role is Role.PAGE_HEADER]
    alone = next((t for t in headers if PAPER.fullmatch(t)), None)
    if alone:
        return alone
    for text in headers:
        m = PAPER.search(text)
        if m:
            cut = _SECTION_END.sub("", m.group(0))
            return cut if PAPER.fullmatch(cut) else m.group(0)
    return None


def label_pages(articles: list[Article], furniture: list[Block]) -> list[Article]:
    """Give each article the label of the last page header above it in the dump (or on its form-feed page)."""
    headers = sorted((b.first_line, b.page, page_label(b.text)) for b in furniture if b.role is Role.PAGE_HEADER)
    headers = [h for h in headers if h[2]]
    if not headers:
        return articles
    out = []
    for a in articles:
        first = min((b.first_line for b in a.blocks if b.role not in (Role.RUBRIC,)), default=0)
        page = a.blocks[0].page if a.blocks else 0
        same_page = [h for h in headers if h[1] == page]
        above = [h for h in same_page if h[0] <= first] or same_page[:1] or [h for h in headers if h[0] <= first]
        out.append(replace(a, page=above[-1][2]) if above else a)
    return out
