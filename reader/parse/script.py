"""Text → its BCP 47 language tag: zh-Hans for Simplified Chinese, zh-Hant for Traditional, ja for Japanese."""
from __future__ import annotations

from functools import lru_cache

from .decode import MIN_KANA_SHARE, kana_share

SAMPLE_CHARS = 20000  # characters read to decide: a page's worth
MIN_TRADITIONAL_SHARE = 0.03  # of CJK characters OpenCC's t2s would change: more reads as Traditional


@lru_cache(maxsize=1)
def t2s():
    """OpenCC's Traditional → Simplified converter, made once a process (loading it takes about 10 ms)."""
    import opencc

    return opencc.OpenCC("t2s")


def detect_script(text: str) -> str:
    """ja when kana are a share of the letters; zh-Hant when a share of the characters are Traditional forms;
    else zh-Hans."""
    if kana_share(text[:SAMPLE_CHARS]) >= MIN_KANA_SHARE:
        return "ja"
    sample = "".join(c for c in text[:SAMPLE_CHARS] if "\u4e00" <= c <= "\u9fff")
    if not sample:
        return "zh-Hans"
    converted = t2s().convert(sample)
    changed = sum(1 for a, b in zip(sample, converted) if a != b) if len(converted) == len(sample) else 0
    return "zh-Hant" if changed >= MIN_TRADITIONAL_SHARE * len(sample) else "zh-Hans"
