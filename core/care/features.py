"""Text into the screening model's features, exactly as the trainer's scikit-learn does it.

The model is trained with two scikit-learn `TfidfVectorizer`s side by side: words (1-2
grams, the default token pattern) and characters inside word boundaries (`char_wb`, 2-5
grams), each with sublinear term frequency and L2 normalisation. The bot must not need
scikit-learn (nor scipy) at run time, so this module redoes the same arithmetic in plain
Python; tests/core/test_care_model.py checks the two agree to 1e-6 on the corpus.

Both sides see text through `fold` first, so casing, look-alike characters and stretched
letters are settled once, in one place, by the same code.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

__all__ = ["CHAR_RANGE", "TOKEN", "WORD_RANGE", "char_ngrams", "fold", "sentences", "word_ngrams"]

WORD_RANGE = (1, 2)
CHAR_RANGE = (2, 5)
TOKEN = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default token pattern: words of two or more word characters."""

_INVISIBLE = re.compile("[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_APOSTROPHES = re.compile("[’‘ʼ`´′]")
_STRETCHED = re.compile(r"(\w)\1{2,}")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n")


def fold(text: str) -> str:
    """Lower-case, single-spaced text with invisible characters gone and "sooooo" as "soo"."""
    return " ".join(_letters(text).split())


def sentences(text: str) -> list[str]:
    """The folded sentences of a message, in order, empty ones dropped; joined by single
    spaces they are `fold(text)`."""
    parts = (" ".join(part.split()) for part in _SENTENCE.split(_letters(text)))
    return [part for part in parts if part]


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text)
    folded = _APOSTROPHES.sub("'", _INVISIBLE.sub("", folded).casefold())
    return _STRETCHED.sub(r"\1\1", folded)


def word_ngrams(tokens: list[str]) -> list[str]:
    """Word 1-2 grams of `TOKEN` matches, in scikit-learn's order (all words, then pairs)."""
    return tokens + [f"{first} {second}" for first, second in pairwise(tokens)]


def char_ngrams(word: str) -> list[str]:
    """Character 2-5 grams of one word padded with a space each side (`char_wb`)."""
    padded = f" {word} "
    size = len(padded)
    grams: list[str] = []
    for n in range(CHAR_RANGE[0], CHAR_RANGE[1] + 1):
        grams.extend(padded[start : start + n] for start in range(max(size - n, 0) + 1))
        if size <= n:  # a short word counts once, as scikit-learn does
            break
    return grams
