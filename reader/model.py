"""The edition model: frozen dataclasses that parse produces and every transform and renderer consumes.

Data only: no paths, URLs or template names live here (render/ computes those).
An Edition is a list of Articles plus page furniture; an Article is an ordered
tuple of Blocks, each a role and a text with the dump lines it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    """What a block of text is, in the newspaper's own terms."""

    RUBRIC = "rubric"  # 栏目 or series banner set above the headline
    KICKER = "kicker"  # 引题, the line above the main headline
    HEADLINE = "headline"  # 主题, the main title
    SUBHEADLINE = "subheadline"  # 副题, the line under the headline
    BYLINE = "byline"  # a standalone credit line: 记者 X, (X), （作者为…）
    PARAGRAPH = "paragraph"  # a body paragraph
    CROSSHEAD = "crosshead"  # 小标题, a section head inside the body
    CAPTION = "caption"  # photo or chart caption; the text of photo news
    PHOTO_CREDIT = "photo_credit"  # 记者 X 摄, X/摄, 本版制图：X
    PAGE_HEADER = "page_header"  # 版头: page number, section, date
    JUMP_LINE = "jump_line"  # 下转第X版 / 上接第X版
    FURNITURE = "furniture"  # other page furniture: 本版编辑, 数据来源, box labels
    DUPLICATE = "duplicate"  # text doubled by the PDF's layers
    UNSURE = "unsure"  # first-pass only: decided later from the neighbours


TITLE_ROLES = (Role.RUBRIC, Role.KICKER, Role.HEADLINE, Role.SUBHEADLINE)
BODY_ROLES = (Role.PARAGRAPH, Role.CROSSHEAD)
FURNITURE_ROLES = (Role.PAGE_HEADER, Role.JUMP_LINE, Role.FURNITURE, Role.DUPLICATE)


class Kind(str, Enum):
    """What sort of item an article is."""

    ARTICLE = "article"  # a story with a headline and a body
    PHOTO = "photo"  # photo news: a headline, a caption, a credit
    BRIEF = "brief"  # a short item in a 简讯 box


@dataclass(frozen=True)
class Piece:
    """A run of the dump's own text, with the 1-based dump lines it spans."""

    text: str
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Block:
    """One unit of the page with its role: its text is its pieces' text, joined by wrap repair."""

    role: Role
    text: str
    pieces: tuple[Piece, ...]
    rule: str = ""  # the rule that gave the final role
    first_role: Role | None = None  # the first-pass role, where the second pass changed it
    first_rule: str = ""
    moved: bool = False  # put back into reading order from elsewhere in the dump
    page: int = 0  # index of the dump page (form feed) it came from

    @property
    def first_line(self) -> int:
        return self.pieces[0].first_line if self.pieces else 0

    @property
    def joined(self) -> bool:
        """True when wrap repair joined several pieces of the dump into this block."""
        return len(self.pieces) > 1


@dataclass(frozen=True)
class Sheet:
    """A printed page read from a PDF: which page of which file, and its size in points (the e-paper view draws
    it; regions and pictures point into an edition's sheets by index)."""

    source: str  # the PDF's file name
    index: int  # 0-based page of that PDF
    width: float
    height: float


@dataclass(frozen=True)
class Region:
    """Where part of an article stands on a printed page: a box in points from the page's top-left."""

    sheet: int  # index into Edition.sheets
    box: tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Picture:
    """A photo, chart or cartoon printed on a PDF page: its encoded bytes, pixel size and place on the page."""

    data: bytes = field(repr=False)
    media_type: str  # image/jpeg or image/png
    width: int  # pixels
    height: int
    region: Region
    after: int = -1  # index into its article's blocks of the caption or credit it goes with; -1: before the body
    rule: str = ""  # the rule that took it for a picture

    @property
    def name(self) -> str:
        """A file name its bytes decide: the same picture is one file, whatever page or edition prints it."""
        import hashlib

        return hashlib.sha256(self.data).hexdigest()[:16] + (".png" if self.media_type == "image/png" else ".jpg")


@dataclass(frozen=True)
class Article:
    """One item of the page in reading order: its headline group, then body, captions and credits."""

    kind: Kind
    blocks: tuple[Block, ...]
    dateline: str | None = None  # the lead-in that opens the first paragraph (kept there too)
    authors: tuple[str, ...] = ()  # person names credited by dateline, bylines and photo credits
    page: str | None = None  # the page (版) label where the dump tells it: "2 要闻"
    pictures: tuple[Picture, ...] = ()  # from a PDF page: its photos, charts and cartoons, in reading order
    regions: tuple[Region, ...] = ()  # from a PDF page: the boxes of its text and pictures on the printed page
    jump_to: str | None = None  # the page its text goes on on (下转第3版: "3"), until that page is read with it
    jump_from: str | None = None  # the page its text comes from (上接第1版: "1")

    def _one(self, role: Role) -> str | None:
        texts = [b.text for b in self.blocks if b.role is role]
        return " ".join(texts) if texts else None

    def _all(self, *roles: Role) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.role in roles)

    @property
    def rubric(self) -> str | None:
        return self._one(Role.RUBRIC)

    @property
    def kicker(self) -> str | None:
        return self._one(Role.KICKER)

    @property
    def headline(self) -> str:
        return self._one(Role.HEADLINE) or ""

    @property
    def subheadline(self) -> str | None:
        return self._one(Role.SUBHEADLINE)

    @property
    def bylines(self) -> tuple[str, ...]:
        return self._all(Role.BYLINE)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Body paragraphs and crossheads, in reading order."""
        return self._all(*BODY_ROLES)

    @property
    def crossheads(self) -> tuple[int, ...]:
        """Indices into paragraphs of the crossheads."""
        body = [b for b in self.blocks if b.role in BODY_ROLES]
        return tuple(i for i, b in enumerate(body) if b.role is Role.CROSSHEAD)

    @property
    def captions(self) -> tuple[str, ...]:
        return self._all(Role.CAPTION)

    @property
    def photo_credits(self) -> tuple[str, ...]:
        return self._all(Role.PHOTO_CREDIT)

    @property
    def title(self) -> str:
        """The headline, or for an untitled item the opening of its text."""
        return self.headline or next((b.text for b in self.blocks), "")


STYLES = ("block", "indent", "pdftotext", "lines")  # the dump styles parse recognises (parse/styles.py reads them)


@dataclass(frozen=True)
class Edition:
    """One parsed dump (or the pages of one day): its articles in reading order and its furniture."""

    source: str  # the dump's file name
    articles: tuple[Article, ...]
    furniture: tuple[Block, ...] = ()  # page headers, jump lines, duplicates: no article's
    paper: str | None = None  # the paper's short name from the file name (heze-2024-12-03.txt → heze)
    paper_name: str | None = None  # the paper's name as its page header prints it (桐江晚报), where known
    date: str | None = None  # ISO date of the edition, where known
    language: str = "zh-Hans"  # BCP 47 tag of the text
    style: str = "block"  # the dump style recognised: one of STYLES
    encoding: str = "utf-8"  # the encoding the bytes were read with
    dropped: tuple[tuple[str, int], ...] = field(default=())  # invisible characters removed: (name, count)
    warnings: tuple[str, ...] = ()  # problems of the input that did not stop it (damaged bytes …), for the user
    sheets: tuple[Sheet, ...] = ()  # the printed pages, when read from PDFs
