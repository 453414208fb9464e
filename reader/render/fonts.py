"""A font file and the text of an edition → a subset font that draws just those characters.

Full CJK fonts weigh 5–20 MB; readers without a CJK font of their own (older
Kobo) draw nothing, so an EPUB carries a subset made for its own text. EPUB
readers need TrueType or OpenType, not WOFF2, so the subset keeps the source's
outline format. Collections (.ttc) give their first font.
"""
from __future__ import annotations

import io
import os
import struct
from dataclasses import dataclass

from fontTools import subset as ft_subset
from fontTools.ttLib import TTFont, TTLibError

from ..errors import ReaderError

# Kept whatever the text holds: readers draw the book's own furniture (page
# numbers, Latin names, CSS-generated quotes) in the embedded font too.
ASCII = "".join(chr(c) for c in range(0x20, 0x7F))
CJK_PUNCTUATION = (
    "\u3000、。〃〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟・"
    "，．：；！？（）［］｛｝～＂＇｀％＆＊＋－／＜＝＞＠＼＾＿｜"
    "“”‘’—–…·"
)
ALWAYS_KEPT = ASCII + CJK_PUNCTUATION

# A font missing more than this share of the text's characters is the wrong
# font (a Latin font given for Chinese text), not a CJK font with a few rare gaps.
MAX_MISSING_SHARE = 0.5

# 1970-01-01T00:00:00Z in the head table's clock (seconds since 1904-01-01):
# fixed so that the same text gives byte-identical fonts and reproducible EPUBs.
FIXED_HEAD_TIMESTAMP = 2082844800

# Copyright, names, version and the licence (13, 14): licences such as the OFL
# ask that the licence travel with every copy, subsets included.
KEPT_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14]

# FontForge's build timestamps: of no use to a reader.
DROPPED_TABLES = ["FFTM"]

MEDIA_TYPE_TTF = "font/ttf"
MEDIA_TYPE_OTF = "font/otf"


@dataclass(frozen=True)
class SubsetFont:
    """A subset font ready to embed, with what a build log says about it; unpacks as (data, media_type)."""

    data: bytes
    media_type: str  # font/ttf (TrueType outlines) or font/otf (CFF outlines)
    name: str  # the source font's family name
    glyphs: int  # glyphs in the subset, .notdef included
    missing: str  # characters of the text the font cannot draw, sorted

    def __iter__(self):
        return iter((self.data, self.media_type))

    def summary(self) -> str:
        """One line for the build log: `embedded NAME subset: N glyphs, X KB`."""
        return f"embedded {self.name} subset: {self.glyphs} glyphs, {len(self.data) / 1024:.0f} KB"


def subset_font(font_path: str, text: str) -> SubsetFont:
    """The font at `font_path` cut down to the characters of `text` plus ASCII and CJK punctuation."""
    with _load(font_path) as font:
        try:
            missing = _missing_characters(font, text)
            _check_coverage(font_path, text, missing)
            subsetter = ft_subset.Subsetter(options=_options())
            subsetter.populate(text=text + ALWAYS_KEPT)
            subsetter.subset(font)
            font["head"].created = FIXED_HEAD_TIMESTAMP
            font["head"].modified = FIXED_HEAD_TIMESTAMP
            out = io.BytesIO()
            font.save(out)
            return SubsetFont(
                data=out.getvalue(),
                media_type=MEDIA_TYPE_OTF if _has_cff_outlines(font) else MEDIA_TYPE_TTF,
                name=font["name"].getBestFamilyName() or os.path.basename(font_path),
                glyphs=len(font.getGlyphOrder()),
                missing="".join(sorted(missing)),
            )
        except _FONT_ERRORS as e:  # a table read lazily, only now, that is damaged
            raise ReaderError(font_path, f"not a font file that can be read ({e})") from e


_FONT_ERRORS = (TTLibError, OSError, ValueError, AssertionError, KeyError, struct.error, IndexError)


def _load(font_path: str) -> TTFont:
    """The font (the first of a collection), its tables and glyphs read as the subsetter asks for them (a
    CJK font whole is 4-5 times slower to read, for the same bytes out); a ReaderError when it cannot be
    read. Close it when done (a `with` block)."""
    if not os.path.isfile(font_path):
        raise ReaderError(font_path, "font file not found")
    try:
        # recalcTimestamp=False: saving must not stamp the current time into head.modified.
        return TTFont(font_path, fontNumber=0, lazy=True, recalcTimestamp=False)
    except _FONT_ERRORS as e:
        raise ReaderError(font_path, f"not a font file that can be read ({e})") from e


def _text_characters(text: str) -> set[str]:
    """The distinct characters of `text` a font must draw: spaces and control characters need no glyph."""
    return {c for c in text if c.isprintable() and not c.isspace()}


def _missing_characters(font: TTFont, text: str) -> set[str]:
    cmap = font.getBestCmap() or {}
    return {c for c in _text_characters(text) if ord(c) not in cmap}


def _check_coverage(font_path: str, text: str, missing: set[str]) -> None:
    needed = len(_text_characters(text))
    if needed and len(missing) > MAX_MISSING_SHARE * needed:
        sample = "".join(sorted(missing)[:10])
        raise ReaderError(font_path, f"font lacks {len(missing)} of the {needed} characters of the text "
                                     f"(such as {sample}); give a font that covers Chinese")


def _options() -> ft_subset.Options:
    options = ft_subset.Options()
    options.hinting = False  # e-readers rasterise at high resolution; hints only add weight
    options.notdef_outline = True  # a character the font lacks shows as a box, not as nothing
    options.name_IDs = KEPT_NAME_IDS
    options.drop_tables = options.drop_tables + DROPPED_TABLES
    return options


def _has_cff_outlines(font: TTFont) -> bool:
    return "CFF " in font or "CFF2" in font
