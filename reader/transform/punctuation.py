"""Edition → Edition: ASCII ,():;!? put back to full width where they stand in Chinese text, and punctuation set
for vertical text (a vertical headline's ﹃﹄︵︶︙) in its horizontal form, as the edition is read across.

Dumps made through Unicode NFKC turn every ，（）：；！？ into ASCII while 。、“”
stay full width. In Chinese context they go back; decimals (1.46), times (10:30),
thousands (1,000) and Latin text keep their ASCII.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..model import Article, Block, Edition

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·《》「」『』【】\U00020000-\U0003134f"
FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_CJK_CHAR = re.compile(f"[{CJK}]")
# Vertical Forms (U+FE10–FE19) and the vertical brackets and dashes of CJK Compatibility Forms (U+FE30–FE44,
# FE47–FE48): each to the horizontal mark it stands for (︐ → , and so ，; ﹃ → 『)
# (the vertical low lines ︳︴, proper-name marks, have no horizontal mark and stay)
VERTICAL = str.maketrans({chr(c): unicodedata.normalize("NFKC", chr(c))
                          for c in [*range(0xFE10, 0xFE1A), 0xFE30, 0xFE31, 0xFE32, *range(0xFE35, 0xFE45), 0xFE47,
                                    0xFE48]}
                         | {"︙": "…", "︰": "‥", "︷": "｛", "︸": "｝", "﹇": "［", "﹈": "］"})


def _is_cjk(c: str | None) -> bool:
    return c is not None and bool(_CJK_CHAR.match(c))


def _neighbours(text: str, i: int) -> tuple[str | None, str | None]:
    """The nearest non-space characters before and after position i."""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return (text[j] if j >= 0 else None), (text[k] if k < len(text) else None)


def _partners(text: str) -> dict[int, int]:
    """Matching ( ) pairs, by position."""
    stack, pairs = [], {}
    for i, c in enumerate(text):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            j = stack.pop()
            pairs[i], pairs[j] = j, i
    return pairs


def restore(text: str) -> str:
    """The text with ASCII punctuation in Chinese context made full width, vertical forms made horizontal."""
    text = text.translate(VERTICAL)
    if not any(c in FULL for c in text):
        return text
    out = list(text)
    pairs = _partners(text)
    for i, c in enumerate(text):
        if c not in FULL:
            continue
        before, after = _neighbours(text, i)
        if c in "()":
            j = pairs.get(i)
            if j is None:
                chinese = _is_cjk(before) or _is_cjk(after)
            else:
                lo, hi = min(i, j), max(i, j)
                inside = text[lo + 1:hi]
                outside = _neighbours(text, lo)[0], _neighbours(text, hi)[1]
                chinese = bool(_CJK_CHAR.search(inside)) or _is_cjk(outside[0]) or _is_cjk(outside[1])
        elif c in ",:" and before is not None and after is not None and before.isdigit() and after.isdigit():
            chinese = False  # 10:30, 1,000
        else:
            chinese = _is_cjk(before) or (c in ",:;" and _is_cjk(after) and not (before or "").isascii())
            chinese = chinese or (_is_cjk(after) and (before is None or not before.isalnum() or not before.isascii()))
        if chinese:
            out[i] = FULL[c]
    # drop the space a dump left between full-width punctuation and the text
    return re.sub(" ?([，：；！？（）]) ?", lambda m: m.group(1), "".join(out)) if out != list(text) else text


def _block(b: Block) -> Block:
    t = restore(b.text)
    return b if t == b.text else replace(b, text=t)


def restore_edition(ed: Edition) -> Edition:
    """Every text of the edition with its punctuation widths restored."""
    arts = tuple(replace(a, blocks=tuple(_block(b) for b in a.blocks),
                         dateline=restore(a.dateline) if a.dateline else None) for a in ed.articles)
    return replace(ed, articles=arts)


__all__ = ["restore", "restore_edition", "Article"]
