"""Asks written in another language, read a second time in a word-by-word English gloss.

The rules read English. Their lexicons know the core words of several other languages, but
only the phrasings met so far, and a new hand writing wholly in another language got most of
its unethical asks past them: 63 of 93 in the forty-first round's fresh training batches,
against 32 of 427 written in English. So each language has a glossary
(`core.asks.glosses`): the words an ask turns on (asking, lending, filming, lying, a
stranger, a waiter, a number, a date, again, at night) in their common forms, each with the
English the rules read. An ask that does not read as English is glossed, and when the
glossary changed it, the rules read the gloss as well as the original.

Decisions:
- Only asks that do not read as English are glossed (`reads_as_english`: a few of the
  commonest English words among its words), so no English ask can be read differently: a
  glossary key that is also an English word ("come", "die", "gift") cannot touch one.
- The gloss is rough on purpose: word order and grammar stay the writer's; the rules key on
  who is asked and what for, and those words survive a literal gloss ("ask the number to
  the girl at the till" is still a number asked of staff).
- Letters are matched without their accents (keys are written plain, "telefono" for
  "teléfono"), one letter for one, so what the glossary does not know stays as written,
  capitals and all, for the rules that read names.
- Keys in scripts written without spaces between words (Japanese, Chinese, Thai) and in
  scripts whose vowel signs are not word characters to Python (the Indic scripts) match
  anywhere; every other key matches whole words only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from core.asks.glosses import GLOSSARIES

_ENGLISH = re.compile(
    r"\b(?:the|a|an|to|my|me|i|i'm|i'll|for|and|of|in|on|at|if|is|it|it's|her|his|him|she"
    r"|he|they|them|you|your|ask|tell|with|from|that|this|be|can|could|would|will|get|let"
    r"|just|so|but|not|no|do|does|did|have|has|was|are|am|we|our|us|or|what|when|why|how"
    r"|who|about|after|out|up|some|any|one|again|please|can't|don't|won't|there|their)\b"
)
_WORD = re.compile(r"\w+")
ENGLISH_SHARE = 0.2
"""At least this share of an ask's words (and two of them) are among the commonest English
words when it reads as English: an English ask of eight words has two ("the", "for"); a
Spanish ask with an English name or brand in it has none."""


def reads_as_english(text: str) -> bool:
    lowered = text.lower()
    found = len(_ENGLISH.findall(lowered))
    return found >= max(2, ENGLISH_SHARE * len(_WORD.findall(lowered)))


def _plain_letter(code: int) -> str:
    base = unicodedata.normalize("NFD", chr(code))[0]
    return base if base.isascii() and base.isalpha() else chr(code)


_LATIN = (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
_PLAIN = str.maketrans({code: _plain_letter(code) for code in _LATIN})
"""Latin letters with their accents taken off, one for one ("é" → "e", "ş" → "s", the
Vietnamese "ệ" → "e"), so a
match's place in the plain text is its place in the original."""

_UNSPACED = re.compile(r"[\u0900-\u0DFF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF]")
"""Indic, Thai, Japanese and Chinese letters (see the module's decisions)."""


def plain(text: str) -> str:
    """The text without accents, one letter for one (case is left to the pattern: a lower
    case letter can be two, "İ" is "i̇")."""
    return text.translate(_PLAIN)


def _bounded(key: str) -> str:
    return key if _UNSPACED.search(key) else rf"(?<!\w)(?:{key})(?!\w)"


@cache
def _glossary() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Every language's keys in one pattern, longest first, each its own group; compiled on
    the first ask that needs it, as the lexicons are (`core.asks.deferred`)."""
    entries = sorted(
        ((key, english) for glossary in GLOSSARIES for key, english in glossary.items()),
        key=lambda entry: (-len(entry[0]), entry[0]),
    )
    source = "|".join(f"(?P<g{at}>{_bounded(key)})" for at, (key, _) in enumerate(entries))
    return re.compile(source, re.IGNORECASE), tuple(english for _, english in entries)


def gloss(text: str) -> str:
    """The text with every word a glossary knows put in English, the rest as written."""
    pattern, english = _glossary()
    pieces, end = [], 0
    for match in pattern.finditer(plain(text)):
        at = int((match.lastgroup or "g0")[1:])
        pieces += [text[end : match.start()], f" {english[at]} "]
        end = match.end()
    return " ".join("".join([*pieces, text[end:]]).split())


def in_english(text: str) -> str | None:
    """The gloss of an ask that does not read as English, when the glossaries changed it."""
    if reads_as_english(text):
        return None
    glossed = gloss(text)
    return glossed if glossed != " ".join(text.split()) else None
