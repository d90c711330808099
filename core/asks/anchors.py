"""Anchors: the words one of which any match of a lexicon's alternative must hold.

A lexicon (`core.asks.text.words`) is one alternation of hundreds of phrases, and Python's
regular expressions try every phrase at every word of the ask: the biggest lexicons cost a
quarter of a millisecond per ask each, most of the check's time, while few of their phrases
share a single word with any one ask. So each phrase gets its anchors, read off its parsed
form (`re._parser`, the standard library's own parser): word starts that any match of it
must contain, such as "boss" or "manag" for "(?:my |our )?(?:boss|manager)s?". An ask is
scanned only by the phrases whose anchors it holds (plus those without any), and the answer
is the same as scanning it by the whole lexicon:
- a phrase none of whose anchors the ask holds cannot match anywhere in it;
- the phrases that can are searched one by one and their matches merged in the order the
  whole alternation would give them (the leftmost match first and, of two at the same
  place, the phrase listed first; the next search starts where that match ends);
- where anything is unclear (a flag inside a phrase, a parser that is not there), a phrase
  has no anchors and is always scanned; a lexicon with a phrase that could match an empty
  string, or that refers to a group by its number or tests one (the numbers differ when a
  phrase is compiled alone), is always scanned whole.
An anchor is a word's first `_LONGEST` characters at most, so the ask's words are indexed by
their starts once per text (`_starts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

try:  # the standard library's own parser (`sre_parse` before Python 3.11)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose re has another layout
    _P = _C = None

_LONGEST = 8
_WORD = re.compile(r"\w+")
_FLAGS = re.IGNORECASE | re.VERBOSE | re.ASCII | re.LOCALE
_BY_NUMBER = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?\(")
"""A group referred to by its number, or a conditional on a group."""
_MERGED_AT_MOST = 48
"""Past this many phrases to search one by one, scanning the whole lexicon once is faster."""


def _is_word(char: str) -> bool:
    return _WORD.match(char) is not None


def _best(found: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """Of several anchor sets a match must each meet, the one fewest asks will hold: the
    longest shortest word, then the fewest words."""
    if not found:
        return None
    return max(found, key=lambda words: (min(map(len, words)), -len(words)))


def _read(items: Any, at_start: bool) -> tuple[list[frozenset[str]], bool]:
    """The anchor sets a match of the sequence `items` must meet, and whether a word starts
    right after it. `at_start`: a word starts here if the next character is a word's."""
    items = getattr(items, "data", items)  # a parsed group's list, read without its wrapper
    found: list[frozenset[str]] = []
    i = 0
    while i < len(items):
        op, arg = items[i]
        if op is _C.LITERAL:
            char = chr(arg)
            if at_start and _is_word(char):
                j = i + 1
                while j < len(items) and items[j][0] is _C.LITERAL and _is_word(chr(items[j][1])):
                    j += 1
                run = "".join(chr(code) for _, code in items[i:j])
                found.append(frozenset([run[:_LONGEST]]))
                i, at_start = j, False
                continue
            at_start = not _is_word(char)
        elif op is _C.AT:
            at_start = arg in (_C.AT_BOUNDARY, _C.AT_BEGINNING, _C.AT_BEGINNING_STRING) or (
                at_start and arg is not _C.AT_NON_BOUNDARY
            )
        elif op is _C.IN:
            at_start = all(kind is _C.LITERAL and not _is_word(chr(code)) for kind, code in arg)
        elif op is _C.CATEGORY:
            at_start = arg in (_C.CATEGORY_NOT_WORD, _C.CATEGORY_SPACE)
        elif op is _C.BRANCH:
            each = [_read(alternative, at_start) for alternative in arg[1]]
            sets = [_best(anchors) for anchors, _ in each]
            if all(sets):
                found.append(frozenset().union(*sets))  # type: ignore[arg-type]
            at_start = all(after for _, after in each)
        elif op is _C.SUBPATTERN and not (arg[1] or arg[2]):  # a group, with no flags
            inner, at_start = _read(arg[3], at_start)
            found += inner
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            least, most, body = arg
            inner, after = _read(body, at_start)
            if least >= 1:
                found += inner
            if after and (most != 1 or not at_start):  # a later round starts after an earlier one
                after = _read(body, False)[1]
            at_start = after if least >= 1 else at_start and after
        elif op not in (_C.ASSERT, _C.ASSERT_NOT):  # a lookaround takes no characters
            at_start = False
        i += 1
    return found, at_start


def read(phrase: str) -> tuple[frozenset[str] | None, bool]:
    """Word starts one of which any match of `\\b(?:phrase)` holds (None when unclear), and
    whether it may match an empty string or cannot be scanned alone (True when unclear)."""
    if _P is None or _BY_NUMBER.search(phrase):
        return None, True
    try:
        parsed = _P.parse(phrase)
        if parsed.state.flags & _FLAGS:
            return None, True
        return _best(_read(parsed, True)[0]), parsed.getwidth()[0] == 0
    except Exception:  # a form the reading does not know is simply unanchored
        return None, True


def widths(phrase: str) -> tuple[int, int] | None:
    """The fewest and most characters a match of `phrase` can have, by the same parser the
    anchors are read with (None where it is not available or cannot read the phrase)."""
    if _P is None:
        return None
    try:
        least, most = _P.parse(phrase).getwidth()
    except Exception:  # a form the parser does not know has no width to give
        return None
    return int(least), int(most)


def anchors_of(phrase: str) -> frozenset[str] | None:
    """Word starts one of which any match of `\\b(?:phrase)` holds, or None when unclear."""
    return read(phrase)[0]


def phrases(fragment: str) -> list[str]:
    """The fragment's top-level alternatives: `(?:a|b)\\b` is `(?:a)\\b|(?:b)\\b`."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class: "|" and parentheses inside it are characters
            i += 2 if fragment[i + 1 : i + 2] == "^" else 1
            i += 1 if fragment[i : i + 1] == "]" else 0
            while i < len(fragment) and fragment[i] != "]":
                i += 2 if fragment[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(fragment[start:i])
            start = i + 1
        i += 1
    out.append(fragment[start:])
    return out


@lru_cache(maxsize=64)
def _starts(text: str) -> frozenset[str]:
    """Every start of every word of the text, up to `_LONGEST` characters."""
    return frozenset(
        word[:length]
        for word in _WORD.findall(text)
        for length in range(1, min(len(word), _LONGEST) + 1)
    )


class Lexicon:
    """A compiled lexicon with its phrases' anchors, scanned only where they are held."""

    def __init__(self, pattern: re.Pattern[str], fragments: Sequence[str]) -> None:
        self.pattern = pattern
        self._phrases = [phrase for fragment in fragments for phrase in phrases(fragment)]
        self._compiled: dict[int, re.Pattern[str]] = {}
        readings = [read(phrase) for phrase in self._phrases]
        each = [anchors for anchors, _ in readings]
        self._always = tuple(i for i, anchors in enumerate(each) if anchors is None)
        self._by_anchor: dict[str, list[int]] = {}
        for i, anchors in enumerate(each):
            for anchor in anchors or ():
                self._by_anchor.setdefault(anchor, []).append(i)
        self._anchors = frozenset(self._by_anchor)
        self._whole = any(whole for _, whole in readings)

    def _phrase(self, i: int) -> re.Pattern[str]:
        if i not in self._compiled:
            self._compiled[i] = re.compile(rf"\b(?:{self._phrases[i]})\b")
        return self._compiled[i]

    def may_match(self, text: str) -> bool:
        """False only when no phrase can match anywhere in the text."""
        return bool(self._always) or not self._anchors.isdisjoint(_starts(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The whole lexicon's matches, as `pattern.finditer(text)` gives them."""
        held = self._anchors.intersection(_starts(text))
        if not held and not self._always:
            return iter(())
        if self._whole or len(held) > _MERGED_AT_MOST:
            return self.pattern.finditer(text)
        chosen = sorted({i for anchor in held for i in self._by_anchor[anchor]}.union(self._always))
        if len(chosen) > _MERGED_AT_MOST:
            return self.pattern.finditer(text)
        return _merged([self._phrase(i) for i in chosen], text)


def _merged(patterns: list[re.Pattern[str]], text: str) -> Iterator[re.Match[str]]:
    """The matches of the alternation of `patterns`, in their order, from theirs one by one:
    the leftmost first, the earlier pattern's at a tie, the next search from its end (no
    pattern here matches an empty string, `Lexicon._whole`)."""
    ahead = [pattern.search(text) for pattern in patterns]
    position = 0
    while True:
        best: re.Match[str] | None = None
        for i, match in enumerate(ahead):
            if match is not None and match.start() < position:
                match = ahead[i] = patterns[i].search(text, position)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        position = best.end()
