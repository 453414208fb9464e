"""Edition → Edition in Traditional Chinese (Taiwan, Hong Kong or generic) through OpenCC, names protected.

OpenCC converts by phrases, and a phrase can swallow part of a name: 董事长胡望明
comes out 董事長鬍望明 (胡 read as "beard"). So person names (the credits the
parser found, a name after a title such as 董事长, and a user list) are cut out
and converted on their own: the name through OpenCC (its phrases keep 万里 萬里,
not 萬裡), then its surname set to the surname's own form from surnames.tsv (范
stays 范, not 範 "model"; 钟 is 鍾, not 鐘). A name whose surname the table does
not know is converted whole by OpenCC. The text between names goes by phrases.
Quote marks become 「」『』 for Taiwan and Hong Kong unless asked to keep them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Block, Edition
from .names import protected_names, surname_table

VARIANTS = {  # name → (OpenCC config, BCP 47 tag, corner quotes by default)
    "hant-tw": ("s2tw", "zh-Hant-TW", True),
    "hant-hk": ("s2hk", "zh-Hant-HK", True),
    "hant": ("s2t", "zh-Hant", False),
    "hant-tw-phrases": ("s2twp", "zh-Hant-TW", True),  # Taiwan vocabulary too: rewrites official names, on request
}
FROM_TRADITIONAL = {"s2tw": "t2tw", "s2twp": "t2tw", "s2hk": "t2hk", "s2t": "tw2t"}
SURNAME_COLUMN = {"hant-tw": 1, "hant-hk": 2, "hant": 3, "hant-tw-phrases": 1}  # the variant's column of it
CORNER = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


@dataclass(frozen=True)
class ScriptOptions:
    """How a Traditional edition is made."""

    variant: str = "hant-tw"
    names: tuple[str, ...] = ()  # the user's own names to protect (input/names.txt)
    corner_quotes: bool | None = None  # None: the variant's default


@lru_cache(maxsize=8)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


class Converter:
    """Text → the variant's text, names converted character by character."""

    def __init__(self, variant: str, names: list[str], corner_quotes: bool | None = None,
                 source_traditional: bool = False):
        if variant not in VARIANTS:
            raise ValueError(f"unknown script {variant!r} (one of: {', '.join(VARIANTS)})")
        config, self.tag, corners = VARIANTS[variant]
        if source_traditional:
            # the dump is Traditional already: only the regional standard changes (t2tw, t2hk), or nothing
            config = FROM_TRADITIONAL[config]
        self.cc = _converter(config)
        self.plain = _converter(config.replace("twp", "tw"))  # names: never rewritten as Taiwan vocabulary
        self.column = SURNAME_COLUMN[variant]
        self.corners = corners if corner_quotes is None else corner_quotes
        self.names = re.compile("|".join(map(re.escape, names))) if names else None

    def name(self, name: str) -> str:
        """A person's name in the variant: through OpenCC with its phrases, its surname then in the form the
        table gives it as a surname; a name of an unknown surname (or cut short) as OpenCC gives it."""
        out = self.plain.convert(name)
        table = surname_table()
        for size in (2, 1):  # a compound surname (欧阳, 万俟) before a single one
            forms = table.get(name[:size]) if len(name) > size else None
            if forms and len(out) == len(name):
                return forms[self.column - 1] + out[size:]
        return out

    def many(self, texts: list[str]) -> list[str]:
        """Many texts in one OpenCC call (its per-call cost dominates on short blocks); names patched in place
        where the conversion kept every length, else text by text."""
        big = "\n".join(t.replace("\n", " ") for t in texts)
        out = self.cc.convert(big)
        if len(out) != len(big):
            return [self(t) or "" for t in texts]
        if self.names:
            chars = list(out)
            cache: dict[str, str] = {}
            for m in self.names.finditer(big):
                name = m.group(0)
                if name not in cache:
                    cache[name] = self.name(name)
                chars[m.start():m.end()] = cache[name]
            out = "".join(chars)
        if self.corners:
            out = out.translate(CORNER)
        return out.split("\n")

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        out, last = [], 0
        for m in self.names.finditer(text) if self.names else ():
            out.append(self.cc.convert(text[last:m.start()]))
            out.append(self.name(m.group(0)))
            last = m.end()
        out.append(self.cc.convert(text[last:]))
        result = "".join(out)
        return result.translate(CORNER) if self.corners else result


def convert_edition(ed: Edition, opts: ScriptOptions) -> Edition:
    """The whole edition in the variant's script, tagged with its language."""
    conv = Converter(opts.variant, protected_names(ed, opts.names), opts.corner_quotes,
                     source_traditional=ed.language.startswith("zh-Hant"))
    texts: list[str] = []
    for a in ed.articles:
        texts += [b.text for b in a.blocks] + [a.dateline or "", a.page or ""] + list(a.authors)
    furniture = [b for b in ed.furniture if b.rule != "invisible"]  # control characters stay as they are
    texts += [b.text for b in furniture] + [ed.paper_name or ""]
    done = iter(conv.many(texts))

    def block(b: Block) -> Block:
        return replace(b, text=next(done))

    arts = []
    for a in ed.articles:
        blocks = tuple(block(b) for b in a.blocks)
        dateline, page = next(done), next(done)
        authors = tuple(next(done) for _ in a.authors)
        arts.append(replace(a, blocks=blocks, dateline=dateline or None, page=page or None, authors=authors))
    converted = {id(b): block(b) for b in furniture}
    furniture = tuple(converted.get(id(b), b) for b in ed.furniture)
    paper_name = next(done) or None
    return replace(ed, articles=tuple(arts), furniture=furniture, paper_name=paper_name, language=conv.tag)


def convert_text(text: str, variant: str) -> str:
    """One short text (a title, a paper's name) in the variant."""
    return Converter(variant, [], False)(text) or text


def convert_words(words: dict[str, str], variant: str) -> dict[str, str]:
    """The theme's own words in the variant (目录 → 目錄)."""
    conv = Converter(variant, [], False)
    return {k: conv(v) for k, v in words.items()}


__all__ = ["VARIANTS", "ScriptOptions", "convert_edition", "convert_text", "convert_words", "protected_names",
           "surname_table"]
