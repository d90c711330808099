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
from dataclasses import dataclass, field
from functools import cache

from core.asks.anchors import phrases, widths
from core.asks.glosses import LANGUAGES

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

_UNSPACED = re.compile(
    r"[\u0900-\u0DFF\u0E00-\u0E7F\u1200-\u139F\u2D80-\u2DDF\u3040-\u30FF\u3400-\u9FFF"
    r"\uAC00-\uD7A3]"
)
"""Indic, Thai, Ethiopic, Japanese, Chinese and Hangul letters (see the module's decisions)."""


def plain(text: str) -> str:
    """The text without accents, one letter for one (case is left to the pattern: a lower
    case letter can be two, "İ" is "i̇")."""
    return text.translate(_PLAIN)


def _bounded(key: str) -> str:
    return key if _UNSPACED.search(key) else rf"(?<!\w)(?:{key})(?!\w)"


def _closing(key: str, opening: int) -> int:
    """Where the group or class opened at `opening` closes (-1 when it does not)."""
    depth, at = 0, opening
    while at < len(key):
        if key[at] == "\\":
            at += 1
        elif key[at] in "([":
            depth += 1
        elif key[at] in ")]":
            depth -= 1
            if depth == 0:
                return at
        at += 1
    return -1


def first_letters(key: str) -> frozenset[str] | None:
    """The letters a match of `key` can start with, or None when any may start one (the key
    is then tried wherever a word starts). A lookaround starts nothing; an optional group,
    class or letter (`?`, `*`, `{0,n}`) adds what follows it."""
    if not key:
        return None
    if key[0] == "\\":
        return frozenset("0123456789") if key.startswith("\\d") else None
    if key[0] in "([":
        end = _closing(key, 0)
        if end < 0:
            return None
        if key.startswith(("(?=", "(?!", "(?<=", "(?<!")):
            return first_letters(key[end + 1 :])
        letters = _group_letters(key, end)
        optional = _OPTIONAL.match(key, end + 1)
        if letters is None or optional is None:
            return letters
        rest = first_letters(key[optional.end() :])
        return None if rest is None else letters | rest
    if key[0] in ".^$":
        return None
    optional = _OPTIONAL.match(key, 1)
    if optional:
        rest = first_letters(key[optional.end() :])
        return None if rest is None else frozenset(key[0]) | rest
    return frozenset(key[0])


_OPTIONAL = re.compile(r"[?*]\??|\{(?:0|0?,\d*)\}\??")
"""A quantifier that lets what it follows be left out: `?`, `*` or `{0,n}` (lazy or not)."""


def _group_letters(key: str, end: int) -> frozenset[str] | None:
    """The letters the class or group that ends at `end` can start with."""
    if key[0] == "[":
        listed = key[1:end]
        ranged = any(sign in listed for sign in "-\\^")
        return None if ranged else frozenset(listed)
    inner = key[3:end] if key.startswith("(?:") else ""
    found: set[str] = set()
    for part in phrases(inner) if inner else [""]:
        letters = first_letters(part)
        if letters is None:
            return None
        found |= letters
    return frozenset(found)


_LETTER = re.compile(r"\w")


@dataclass(frozen=True)
class _Index:
    """One language's alternatives by the letter they start with, the longest match first in
    each (`match_length`): the regular expression takes the first alternative that matches, so
    a phrase ("meine frau") must come before its first word ("mein"). By first letter, only
    the few that can start there are tried (one pattern of all of them took seconds an ask),
    and a letter's pattern is compiled when a text first reaches it (each Chinese, Japanese or
    Indic letter has its own)."""

    by_letter: dict[str, list[tuple[str, str]]]
    anywhere: list[tuple[str, str]]
    compiled: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = field(default_factory=dict)

    def _pattern(self, letter: str | None) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
        """The letter's pattern (None: the keys with no first letter), compiled once."""
        name = "" if letter is None else letter
        if name not in self.compiled:
            entries = self.anywhere if letter is None else self.by_letter.get(letter)
            if entries is None:
                return None
            self.compiled[name] = _compiled(entries)
        return self.compiled[name]

    def longest(self, text: str, at: int) -> tuple[re.Match[str], str] | None:
        """The longest gloss that starts at `at`. Keys are whole words (`_bounded`) except in
        unspaced scripts, so inside a word only those are tried, and keys with no first
        letter only where a word starts."""
        found = None
        starts_a_word = at == 0 or not _LETTER.match(text, at - 1)
        if not starts_a_word and not _UNSPACED.match(text, at):
            return None  # a bounded key starts only where a word does
        tries = [self._pattern(text[at].lower()[:1])]
        if starts_a_word:
            tries.append(self._pattern(None))
        for pattern, english in filter(None, tries):
            match = pattern.match(text, at)
            if match and (found is None or match.end() > found[0].end()):
                found = (match, english[int((match.lastgroup or "g0")[1:])])
        return found


def match_length(key: str) -> int:
    """How many letters a match of `key` can have (an open end counts two past its least):
    phrases are tried before the words they start with by this, not by how long the key is
    written ("mam(?:e|y|ie|a|o)" is long to write, "mama mahathda" long to match)."""
    width = widths(key)
    if width is None:
        return len(key)  # the length written: the order before the parser was asked
    least, most = width
    return min(most, least + 2)


def _compiled(entries: list[tuple[str, str]]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    entries = sorted(entries, key=lambda entry: (-match_length(entry[0]), entry[0]))
    source = "|".join(f"(?P<g{at}>{_bounded(key)})" for at, (key, _) in enumerate(entries))
    return re.compile(source or "(?!)", re.IGNORECASE), tuple(english for _, english in entries)


def _index(glossaries: tuple[dict[str, str], ...]) -> _Index:
    by_letter: dict[str, list[tuple[str, str]]] = {}
    anywhere: list[tuple[str, str]] = []
    for glossary in glossaries:
        for key, english in glossary.items():
            for part in phrases(key):
                letters = first_letters(part)
                if letters is None:
                    anywhere.append((part, english))
                for letter in letters or ():
                    by_letter.setdefault(letter, []).append((part, english))
    return _Index(by_letter, anywhere)


@cache
def _indexes() -> tuple[_Index, ...]:
    """One index per language, built on the first ask that needs it, as the lexicons are
    (`core.asks.deferred`)."""
    return tuple(_index(glossaries) for glossaries in LANGUAGES.values())


LANGUAGE_SHARE = 0.5
"""A language glosses an ask when it knows more than this share of the words the language that
knows most of them does, or as many (`_languages`): of an ask two of whose words Spanish knows,
a glossary that knows one does not gloss it."""


def _languages(plain_text: str) -> list[_Index]:
    """The languages the ask is written in, as far as the glossaries can tell. Many glossaries
    spell a word of theirs as another's different word (Danish "plage", to pester, is French
    for a beach; Icelandic "dömu", a lady, is Polish "domu", home), so one that knows one word
    of a Polish ask where Polish knows six does not gloss it; an ask in two languages at once
    (Taglish) keeps both. The one that knows most comes first: where two have a gloss as long,
    its is read (Hindi "bata", tell, in a Hindi ask; Cebuano "bata", a child)."""
    starts = [at for at in range(len(plain_text)) if _starts_a_key(plain_text, at)]
    known = [
        sum(index.longest(plain_text, at) is not None for at in starts) for index in _indexes()
    ]
    most = max(known, default=0)
    chosen = [
        (count, order, index)
        for order, (index, count) in enumerate(zip(_indexes(), known, strict=True))
        if count and (count == most or count > LANGUAGE_SHARE * most)
    ]
    return [index for _, _, index in sorted(chosen, key=lambda chosen: (-chosen[0], chosen[1]))]


def _starts_a_key(text: str, at: int) -> bool:
    return at == 0 or not _LETTER.match(text, at - 1) or bool(_UNSPACED.match(text, at))


def _longest(languages: list[_Index], text: str, at: int) -> tuple[re.Match[str], str] | None:
    """The longest gloss any of the languages has for the text at `at` (the first language's
    where two are as long)."""
    found: tuple[re.Match[str], str] | None = None
    for index in languages:
        here = index.longest(text, at)
        if here and here[0].end() > at and (found is None or here[0].end() > found[0].end()):
            found = here
    return found


def gloss(text: str) -> str:
    """The text with every word its languages' glossaries know put in English, the rest as
    written."""
    plain_text = plain(text)
    languages = _languages(plain_text)
    pieces, end, at = [], 0, 0
    while at < len(plain_text):
        found = _longest(languages, plain_text, at)
        if found is None:
            at += 1
            continue
        match, english = found
        pieces += [text[end:at], f" {english} "]
        end = at = match.end()
    return " ".join("".join([*pieces, text[end:]]).split())


def in_english(text: str) -> str | None:
    """The gloss of an ask that does not read as English, when the glossaries changed it."""
    if reads_as_english(text):
        return None
    glossed = gloss(text)
    return glossed if glossed != " ".join(text.split()) else None
