"""zh_words.txt → the common Chinese words with their frequency ranks (for cover lines and for names glued to text),
looked up in Simplified or Traditional characters."""
from __future__ import annotations

import functools
import os

WORDS = os.path.join(os.path.dirname(__file__), "zh_words.txt")  # jieba's most frequent words, most frequent first


@functools.lru_cache(maxsize=1)
def word_ranks() -> dict[str, int]:
    """Each word of zh_words.txt with its frequency rank, the most frequent 0."""
    with open(WORDS, encoding="utf-8") as f:
        words = [w for line in f if not line.startswith("#") for w in line.split()]
    return dict(zip(words, range(len(words))))


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """The text in Simplified characters (OpenCC t2s), to look Traditional words up in the Simplified list."""
    return _t2s().convert(text)


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def is_word(text: str) -> bool:
    """Whether text is a common word, in Simplified or Traditional characters."""
    ranks = word_ranks()
    return text in ranks or simplified(text) in ranks


def starts_with_word(text: str, longest: int = 4) -> bool:
    """Whether text opens with a common word of two to `longest` characters (Simplified or Traditional)."""
    return any(is_word(text[:n]) for n in range(2, longest + 1) if len(text) >= n)
