"""One language's glossary keys, indexed so a word is glossed without compiling them all.

`core.asks.gloss` asks every language, at every word of an ask written in another
language, whether it knows the word (to tell which languages the ask is in) and then asks
those languages for the word's English. One regular expression of a language's keys by
first letter answered both, so each letter an ask met was compiled for every language: the
bot's first foreign ask took 1.5 s of CPU to gloss. Most keys are plain words or phrases,
though: those are looked up as written (`_Words`), and only the rest, written with groups,
classes or optional letters, are compiled, a letter's at a time (that first ask: 1.0 s). A
process that meets every letter of every language, as a test worker does, still compiles
about as much as before (some six seconds), most of it in the few languages whose keys carry
their prefixes as groups (Arabic, Hebrew, Persian).

The answer is the one the single expression gave: of all keys that match at a place, the
first by `match_length` (longest first), then as written, then in the glossaries' order
(`Index.longest`), whether the key was looked up or compiled.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from core.asks.anchors import phrases, widths

UNSPACED = re.compile(
    r"[\u0900-\u0DFF\u0E00-\u0E7F\u1200-\u139F\u2D80-\u2DDF\u3040-\u30FF\u3400-\u9FFF"
    r"\uAC00-\uD7A3]"
)
"""Indic, Thai, Ethiopic, Japanese, Chinese and Hangul letters (`core.asks.gloss`'s
decisions: their keys match anywhere in a word, every other key whole words only)."""
_LETTER = re.compile(r"\w")
_SYNTAX = frozenset("\\[](){}?*+|.^$")


def bounded(key: str) -> str:
    return key if UNSPACED.search(key) else rf"(?<!\w)(?:{key})(?!\w)"


def starts_a_word(text: str, at: int) -> bool:
    return at == 0 or not _LETTER.match(text, at - 1)


def may_start_a_key(text: str, at: int) -> bool:
    """Whether a key may match from `at`: where a word starts, anywhere in an unspaced script,
    and where a Latin word follows one with no space ("店員さんにLINEのIDを聞く": "LINE" is
    where an unspaced key such as "lineのid" starts; whole-word keys still need a word start)."""
    return (
        starts_a_word(text, at)
        or bool(UNSPACED.match(text, at))
        or (at > 0 and bool(UNSPACED.match(text, at - 1)))
    )


class _Fold(dict[int, str]):
    """Each letter as a case-blind match sees it, one for one: lower case, and one letter for
    those that share an upper case ("ı" and "i", "ς" and "σ"), as `re.IGNORECASE` matches them."""

    def __missing__(self, code: int) -> str:
        lower = chr(code).lower()
        shared = lower.upper().lower()
        self[code] = folded = (
            shared if len(shared) == 1 else lower if len(lower) == 1 else chr(code)
        )
        return folded


_FOLD = _Fold()


def folded(text: str) -> str:
    """The text as a key written plain is compared with it, letter for letter."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Text:
    """An ask's plain text as the index reads it: folded (`folded`), and the places a key
    matched as whole words may end (no letter follows)."""

    plain: str
    fold: str
    ends: tuple[int, ...]

    @classmethod
    def of(cls, plain: str) -> Text:
        ends = (*(at for at in range(1, len(plain)) if not _LETTER.match(plain, at)), len(plain))
        return cls(plain, folded(plain), ends)


def match_length(key: str) -> int:
    """How many letters a match of `key` can have (an open end counts two past its least):
    phrases are tried before the words they start with by this, not by how long the key is
    written ("mam(?:e|y|ie|a|o)" is long to write, "mama mahathda" long to match)."""
    width = widths(key) if _SYNTAX.intersection(key) else (len(key), len(key))
    if width is None:
        return len(key)  # the length written: the order before the parser was asked
    least, most = width
    return min(most, least + 2)


_Rank = tuple[int, str, int]
"""Which of two keys that match at one place glosses it: the lower, by `-match_length`, the
key as written, and its place in the glossaries."""


@dataclass
class _Words:
    """A first letter's plain keys, folded (`folded`): those matched as whole words (`bounded`),
    found by trying each place a word ends, and those of unspaced scripts, matched anywhere, by
    their length."""

    whole: dict[str, tuple[_Rank, str]] = field(default_factory=dict)
    longest_whole: int = 0
    anywhere: dict[int, dict[str, tuple[_Rank, str]]] = field(default_factory=dict)

    def add(self, key: str, rank: _Rank, english: str) -> None:
        words = self.anywhere.setdefault(len(key), {}) if UNSPACED.search(key) else self.whole
        plain = folded(key)
        if plain not in words or rank < words[plain][0]:
            words[plain] = (rank, english)
        if words is self.whole:
            self.longest_whole = max(self.longest_whole, len(key))

    def first(self, text: Text, at: int) -> tuple[_Rank, str] | None:
        """The first plain key (by rank) that matches at `at`."""
        fold, found = text.fold, []
        if self.whole and starts_a_word(text.plain, at):
            last = bisect_right(text.ends, at + self.longest_whole)
            for end in text.ends[bisect_right(text.ends, at) : last]:
                if fold[at:end] in self.whole:
                    found.append(self.whole[fold[at:end]])
        for length, words in self.anywhere.items():
            if fold[at : at + length] in words:
                found.append(words[fold[at : at + length]])
        return min(found, default=None)


@dataclass
class Index:
    """A language's keys by the letter they start with: plain ones looked up (`_Words`), the
    others compiled into one expression per letter when a text first reaches it (a
    phrase, "meine frau", must come before its first word, "mein", and one expression of all
    of them took seconds an ask)."""

    words: dict[str, _Words] = field(default_factory=dict)
    by_letter: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    anywhere: list[tuple[int, str, str]] = field(default_factory=list)
    compiled: dict[str, tuple[re.Pattern[str], tuple[tuple[_Rank, str], ...]]] = field(
        default_factory=dict
    )
    added: int = 0

    def add(self, part: str, english: str, letters: frozenset[str] | None) -> None:
        """A key's part, in the glossaries' order. A compiled key's rank is worked out when its
        letter is compiled: its `match_length` parses it, which for every key of every language
        took a process a third of a second more."""
        self.added += 1
        if letters is None:
            self.anywhere.append((self.added, part, english))
        elif not _SYNTAX.intersection(part):
            rank = (-len(part), part, self.added)  # a plain key matches as many letters as it has
            self.words.setdefault(part[0], _Words()).add(part, rank, english)
        else:
            for letter in letters:
                self.by_letter.setdefault(letter, []).append((self.added, part, english))

    def _pattern(self, name: str, entries: list[tuple[int, str, str]]) -> re.Pattern[str]:
        if name not in self.compiled:
            ranked = sorted(
                ((-match_length(key), key, at), english) for at, key, english in entries
            )
            source = "|".join(
                f"(?P<g{at}>{bounded(rank[1])})" for at, (rank, _) in enumerate(ranked)
            )
            self.compiled[name] = (re.compile(source or "(?!)", re.IGNORECASE), tuple(ranked))
        return self.compiled[name][0]

    def _first(
        self, name: str, entries: list[tuple[int, str, str]], text: str, at: int
    ) -> tuple[int, _Rank, str] | None:
        match = self._pattern(name, entries).match(text, at) if entries else None
        if match is None:
            return None
        rank, english = self.compiled[name][1][int((match.lastgroup or "g0")[1:])]
        return match.end(), rank, english

    def longest(self, text: Text, at: int) -> tuple[int, str] | None:
        """Where the gloss that starts at `at` ends, and its English. Keys are whole words
        (`bounded`) except in unspaced scripts, so inside a word only those are tried
        (`may_start_a_key`), and keys with no first letter only where a word starts."""
        plain = text.plain
        word_start = starts_a_word(plain, at)
        if not may_start_a_key(plain, at):
            return None
        letter = plain[at].lower()[:1]
        first = self._first(letter, self.by_letter.get(letter, []), plain, at)
        words = self.words.get(letter)
        plain_word = words.first(text, at) if words else None
        if plain_word and (first is None or plain_word[0] < first[1]):
            first = (at + len(plain_word[0][1]), plain_word[0], plain_word[1])
        elsewhere = self._first("", self.anywhere, plain, at) if word_start else None
        if elsewhere and (first is None or elsewhere[0] > first[0]):
            first = elsewhere
        return None if first is None else (first[0], first[2])


def index(glossaries: tuple[dict[str, str], ...]) -> Index:
    found = Index()
    for glossary in glossaries:
        for key, english in glossary.items():
            for part in phrases(key):
                found.add(part, english, first_letters(part))
    return found


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
