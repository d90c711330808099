"""Asks written in another language, read a second time in a word-by-word English gloss.

The rules read English. Their lexicons know the core words of several other languages, but
only the phrasings met so far, and a new hand writing wholly in another language got most of
its unethical asks past them: 63 of 93 in the forty-first round's fresh training batches,
against 32 of 427 written in English. So each language has a glossary
(`core.asks.glosses`): the words an ask turns on (asking, lending, filming, lying, a
stranger, a waiter, a number, a date, again, at night) in their common forms, each with the
English the rules read. An ask that does not read as English is glossed, and when the
glossary changed it, the rules read the gloss as well as the original (when the original
names nobody, a stranger or staff and finds nothing: `core.asks.read` says why).

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
- Keys in scripts written without spaces between words (Japanese, Chinese, Thai), in Korean
  and Amharic (spaced, but their particles are written onto the word: "직원한테", to the
  clerk; "ለአስተናጋጇ", to the waitress) and in scripts whose vowel signs are not word
  characters to Python (the Indic scripts) match anywhere; every other key matches whole
  words only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from core.asks.gloss_index import Index, Text, first_letters, index, may_start_a_key
from core.asks.glosses import LANGUAGES

__all__ = ["first_letters", "gloss", "in_english", "plain", "reads_as_english"]

_ENGLISH = re.compile(
    r"\b(?:the|an|to|my|me|i'm|i'll|for|and|of|on|at|if|is|it|it's|her|his|him|she"
    r"|he|they|them|you|your|ask|tell|with|from|that|this|be|can|could|would|will|get|let"
    r"|just|so|but|not|no|do|does|did|have|has|was|are|am|we|our|us|or|what|when|why|how"
    r"|who|about|after|out|up|some|any|one|again|please|can't|don't|won't|there|their"
    r"|whether|someone|somebody|anyone|should|nearby|today|tonight)\b"
)
"""The commonest English words, less "a", "i" and "in": they are words of half the languages
glossed, and short Portuguese or Romanian asks read as English with them."""
_WORD = re.compile(r"\w+")
ENGLISH_SHARE = 0.2
"""At least this share of an ask's words (and two of them) are among the commonest English
words when it reads as English: an English ask of eight words has two ("the", "for"); a
Spanish ask with an English name or brand in it has none."""


def reads_as_english(text: str) -> bool:
    lowered = plain(text).lower()  # "İzin" lower-cased as is would hold an "i" on its own
    found = len(_ENGLISH.findall(lowered))
    return found >= max(2, ENGLISH_SHARE * len(_WORD.findall(lowered)))


def _plain_letter(code: int) -> str:
    base = unicodedata.normalize("NFD", chr(code))[0]
    return base if base.isascii() and base.isalpha() else chr(code)


_PLAIN = str.maketrans({code: _plain_letter(code) for code in range(0xC0, 0x250)})
"""Latin letters with their accents taken off, one for one ("é" → "e", "ş" → "s"), so a
match's place in the plain text is its place in the original. Vietnamese letters with two
marks ("ệ") keep them: `core.asks.glosses.vietnamese` writes each key with and without them,
and its short words only with them, since "là" unmarked is "la" in half the glossaries."""


def plain(text: str) -> str:
    """The text without accents, one letter for one (case is left to the pattern: a lower
    case letter can be two, "İ" is "i̇")."""
    return text.translate(_PLAIN)


@cache
def _indexes() -> tuple[Index, ...]:
    """One index per language (`core.asks.gloss_index`), built on the first ask that needs it,
    as the lexicons are (`core.asks.deferred`)."""
    return tuple(index(glossaries) for glossaries in LANGUAGES.values())


LANGUAGE_SHARE = 0.5
"""A language glosses an ask when it knows more than this share of the words the language that
knows most of them does, or as many (`_languages`): of an ask two of whose words Spanish knows,
a glossary that knows one does not gloss it."""


def _languages(text: Text) -> list[Index]:
    """The languages the ask is written in, as far as the glossaries can tell. Many glossaries
    spell a word of theirs as another's different word (Danish "plage", to pester, is French
    for a beach; Icelandic "dömu", a lady, is Polish "domu", home), so one that knows one word
    of a Polish ask where Polish knows six does not gloss it; an ask in two languages at once
    (Taglish) keeps both. The one that knows most comes first: where two have a gloss as long,
    its is read (Hindi "bata", tell, in a Hindi ask; Cebuano "bata", a child)."""
    starts = [at for at in range(len(text.plain)) if may_start_a_key(text.plain, at)]
    known = [sum(each.longest(text, at) is not None for at in starts) for each in _indexes()]
    most = max(known, default=0)
    chosen = [
        (count, order, language)
        for order, (language, count) in enumerate(zip(_indexes(), known, strict=True))
        if count and (count == most or count > LANGUAGE_SHARE * most)
    ]
    return [language for _, _, language in sorted(chosen, key=lambda c: (-c[0], c[1]))]


def _longest(languages: list[Index], text: Text, at: int) -> tuple[int, str] | None:
    """Where the longest gloss any of the languages has for the text at `at` ends, and its
    English (the first language's where two are as long)."""
    found: tuple[int, str] | None = None
    for language in languages:
        here = language.longest(text, at)
        if here and here[0] > at and (found is None or here[0] > found[0]):
            found = here
    return found


_TIGHT = re.compile(r" (?=[,.;:!?](?:\s|$))")
"""The space a gloss leaves before a comma or a stop ("as a teacher , ask"): the rules read
"as a teacher, ask" as an English writer puts it."""


def gloss(text: str) -> str:
    """The text with every word its languages' glossaries know put in English, the rest as
    written."""
    read = Text.of(plain(text))
    languages = _languages(read)
    pieces, end, at = [], 0, 0
    while at < len(read.plain):
        found = _longest(languages, read, at)
        if found is None:
            at += 1
            continue
        pieces += [text[end:at], f" {found[1]} "]
        end = at = found[0]
    return _TIGHT.sub("", " ".join("".join([*pieces, text[end:]]).split()))


def in_english(text: str) -> str | None:
    """The gloss of an ask that does not read as English, when the glossaries changed it."""
    if reads_as_english(text):
        return None
    glossed = gloss(text)
    return glossed if glossed != _TIGHT.sub("", " ".join(text.split())) else None
