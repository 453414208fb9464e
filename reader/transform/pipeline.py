"""An Edition → the Edition one variant shows (TRANSFORMS, in their listed order), and its titles and words.

The caller applies them (build, the command line) and hands the result to a
renderer, which renders what it is given and transforms nothing. The short
texts a renderer shows around an edition (the paper's name, titles, the
theme's words) are turned into the variant's script here too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Edition
from .punctuation import restore_edition
from .script import VARIANTS, ScriptOptions, convert_edition, convert_text, convert_words


@dataclass(frozen=True)
class Variant:
    """What one variant makes of an edition: its script, the names kept whole in it, its quote marks."""

    script: str | None = None  # a Traditional variant (hant-tw, hant-hk, hant, hant-tw-phrases); None: as parsed
    names: tuple[str, ...] = ()  # the user's names to keep whole in conversion (names.txt)
    corner_quotes: bool | None = None  # 「」 for Taiwan and Hong Kong unless False

    def edition(self, ed: Edition) -> Edition:
        """The edition with every transform applied, in the order of TRANSFORMS."""
        for _, transform in TRANSFORMS:
            ed = transform(ed, self)
        return ed

    def text(self, text: str | None) -> str | None:
        """A short text (the paper's name, a title) in the variant's script."""
        return convert_text(text, self.script) if self.script and text else text

    def words(self, words: dict[str, str], language: str = "zh-Hans") -> dict[str, str]:
        """The theme's own words (目录, 上一篇 …) in the variant's script; for an edition left in its own script,
        in the edition's language (a Traditional dump's in generic Traditional)."""
        script = self.script or ("hant" if language.startswith("zh-Hant") else None)
        return convert_words(words, script) if script else words

    @property
    def language(self) -> str:
        """The variant's language tag, zh-Hans for Simplified (the site's links to its other scripts)."""
        return VARIANTS[self.script][1] if self.script else "zh-Hans"


def _punctuation(ed: Edition, variant: Variant) -> Edition:
    return restore_edition(ed)


def _script(ed: Edition, variant: Variant) -> Edition:
    if not variant.script:
        return ed
    return convert_edition(ed, ScriptOptions(variant.script, variant.names, variant.corner_quotes))


# Every edition a renderer is given has gone through these, in this order.
TRANSFORMS: tuple[tuple[str, Callable[[Edition, Variant], Edition]], ...] = (
    ("punctuation", _punctuation),  # ,():;!? back to full width in Chinese text: first, so the rest read them so
    ("script", _script),  # Traditional through OpenCC, names kept whole and quotes to 「」 where asked
)
