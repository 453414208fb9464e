"""Article → the parts its page shows: head lines, body items (paragraphs, crossheads, figures), closing credits.

Shared by the EPUB chapters and the site's article pages, so both show the
same semantic markup from one block template (blocks/story.html).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Article, Kind, Picture, Role

UNTITLED_CHARS = 24  # characters of an untitled item's text shown as its label in contents and navigation
MAX_PARAGRAPH = 5_000  # characters: a longer "paragraph" (a dump with no breaks at all) is shown in pieces
_SENTENCE_END = re.compile(r"[。！？!?；;…][”’」』）)]*")


@dataclass
class Figure:
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    alt: str = ""  # what the picture shows, for who cannot see it: its caption, else the article's title


@dataclass
class Story:
    """What one article page renders, in order."""

    kind: str
    rubrics: list[str]
    kicker: str | None
    headline: str
    subheadlines: list[str]
    head_bylines: list[str]
    body: list[tuple[str, object]]  # ("p", text) ("p-cont", text) ("dateline", (dateline, rest)) ("h2", text)
    #                                 ("figure", Figure); p-cont continues the paragraph before it
    end_bylines: list[str]
    label: str  # the headline, or an untitled item's opening words
    continued: bool = False  # a later part of a story split across documents (split_story)


def _size(item: tuple[str, object]) -> int:
    kind, value = item
    if isinstance(value, Figure):
        return sum(map(len, value.captions + value.credits))
    return sum(map(len, value)) if isinstance(value, tuple) else len(value)


def split_story(s: Story, max_chars: int) -> list[Story]:
    """The story in parts of at most about max_chars characters of body each (e-readers slow down or fail on
    very large documents): the first part keeps the head, the last the closing bylines; one part if it fits."""
    parts: list[list] = [[]]
    size = 0
    for item in s.body:
        if parts[-1] and size + _size(item) > max_chars:
            parts.append([])
            size = 0
        parts[-1].append(item)
        size += _size(item)
    if len(parts) == 1:
        return [s]
    out = [replace(s, body=parts[0], end_bylines=[])]
    for i, body in enumerate(parts[1:], 1):
        out.append(replace(s, rubrics=[], kicker=None, headline="", subheadlines=[], head_bylines=[], body=body,
                           end_bylines=s.end_bylines if i == len(parts) - 1 else [], continued=True))
    return out


def _pieces(text: str) -> list[str]:
    """A paragraph cut after sentence ends into pieces of at most MAX_PARAGRAPH characters (hard cuts only
    where a sentence is longer than that); joined, the pieces are the text."""
    out, start = [], 0
    while len(text) - start > MAX_PARAGRAPH:
        end = start + MAX_PARAGRAPH
        cuts = [m.end() for m in _SENTENCE_END.finditer(text, start + MAX_PARAGRAPH // 2, end)]
        cut = cuts[-1] if cuts else end
        out.append(text[start:cut])
        start = cut
    return out + [text[start:]]


def label(article: Article) -> str:
    """How contents and navigation name an article: its headline, else the opening of its text."""
    if article.headline:
        return article.headline
    text = next((b.text for b in article.blocks if b.role in (Role.PARAGRAPH, Role.CAPTION)), "") or "图片"
    return text if len(text) <= UNTITLED_CHARS else text[:UNTITLED_CHARS] + "…"


def lede(article: Article) -> str:
    """The first line of the story for contents and edition pages (dateline left out): its first paragraph, or a
    photo item's caption, never the caption of a photo set before a story's text."""
    text = (next((b.text for b in article.blocks if b.role is Role.PARAGRAPH), "")
            or next((b.text for b in article.blocks if b.role is Role.CAPTION), ""))
    if article.dateline and text.startswith(article.dateline):
        text = text[len(article.dateline):].lstrip()
    return text


def story(article: Article) -> Story:
    """The article's blocks arranged for its page."""
    head_roles = (Role.RUBRIC, Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE)
    blocks = list(article.blocks)
    seen_body = False
    head_bylines, end_bylines, body = [], [], []
    figure: Figure | None = None
    first_paragraph = True
    pictures: dict[int, list[Picture]] = {}
    for p in article.pictures:
        pictures.setdefault(p.after, []).append(p)
    body += [("figure", Figure(pictures=[p])) for p in pictures.get(-1, [])]  # uncaptioned: before the body
    for i, b in enumerate(blocks):
        if b.role in head_roles:
            continue
        if b.role is Role.BYLINE:
            (end_bylines if seen_body else head_bylines).append(b.text)
            continue
        seen_body = True
        if b.role in (Role.CAPTION, Role.PHOTO_CREDIT):
            if figure is None or (b.role is Role.CAPTION and figure.credits) or (i in pictures and figure.pictures):
                figure = Figure()
                body.append(("figure", figure))
            (figure.captions if b.role is Role.CAPTION else figure.credits).append(b.text)
            figure.pictures += pictures.get(i, [])
            continue
        figure = None
        if b.role is Role.CROSSHEAD:
            body.append(("h2", b.text))
        else:
            pieces = _pieces(b.text)
            if first_paragraph and article.dateline and b.text.startswith(article.dateline):
                body.append(("dateline", (article.dateline, pieces[0][len(article.dateline):])))
            else:
                body.append(("p", pieces[0]))
            body += [("p-cont", p) for p in pieces[1:]]
        first_paragraph = first_paragraph and b.role is not Role.PARAGRAPH
    for kind, item in body:
        if kind == "figure" and item.pictures:
            item.alt = item.captions[0] if item.captions else label(article)
    return Story(kind=article.kind.value if isinstance(article.kind, Kind) else str(article.kind),
                 rubrics=[b.text for b in blocks if b.role is Role.RUBRIC], kicker=article.kicker,
                 headline=article.headline, subheadlines=[b.text for b in blocks if b.role is Role.SUBHEADLINE],
                 head_bylines=head_bylines, body=body, end_bylines=end_bylines, label=label(article))
