"""zh_words.txt → the common Chinese words with their frequency ranks (for cover lines and for names glued to text)."""
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


def starts_with_word(text: str, longest: int = 4) -> bool:
    """Whether text opens with a common word of two to `longest` characters."""
    ranks = word_ranks()
    return any(text[:n] in ranks for n in range(2, longest + 1) if len(text) >= n)
