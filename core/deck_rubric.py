"""The level rubric, as far as a card's words can tell (docs/deck-rubric.md, section 1).

A ladder only works when the same ask sits at the same height everywhere: an
invitation for a coffee should not be level 2 in one domain and 4 in another, and
haggling should never be the first rung. Each `Signal` is a phrase that, wherever it
appears in a card's title or ask, bounds the card's level; `deck check` reports every
card whose level falls outside a bound, and the deck ships with none.

These are signals, not a judge: most of a card's height (who is asked, how much is
revealed) is read by a person. A phrase right after "don't", "never", "without" and the
like is guidance, not the ask, and does not count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.deck import Card

_FLAGS = re.IGNORECASE
_GUIDANCE = re.compile(r"\b(?:don't|do not|never|no need to|avoid|without|not)\s+$", _FLAGS)


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    pattern: re.Pattern[str]
    low: int
    high: int
    """The levels a card with this signal may have; low > high means no level at all."""


def _signal(name: str, low: int, high: int, *phrases: str) -> Signal:
    pattern = re.compile("|".join(rf"\b(?:{p})\b" for p in phrases), _FLAGS)
    return Signal(name, pattern, low, high)


_STRANGER = r"(?:a stranger|strangers|someone you don't know|a passer-by|someone on the street)"
_DATING = r"(?:on a date|ask (?:them|him|her) out|flirt\w*|(?:their|her|his) number)"

SIGNALS: tuple[Signal, ...] = (
    _signal(
        "a stranger approached about dating",
        6,
        0,
        rf"{_STRANGER}\b[^.]*\b{_DATING}",
        rf"{_DATING}\b[^.]*\b{_STRANGER}",
    ),
    _signal(
        "a date, feelings or where a relationship is going",
        4,
        5,
        r"(?:on|for|to) a date",
        r"as your date",
        r"the word ['\"“]?date",
        r"ask (?:them|him|her) out",
        r"feelings for",
        r"what you are to each other",
        r"exclusive",
    ),
    _signal(
        "approaching someone you're drawn to",
        2,
        5,
        r"someone you (?:like|fancy|have a crush on|are drawn to|'re drawn to)",
    ),
    _signal(
        "a one-to-one invitation",
        3,
        4,
        r"(?:get|grab|have|for|over) (?:a )?(?:coffee|tea|coffee or tea|tea or coffee)",
        r"just the two of you",
    ),
    _signal(
        "naming your own price or negotiating",
        3,
        5,
        r"haggl\w*",
        r"negotiat\w*",
        r"offer (?:\w+ ){0,2}(?:a little |a bit |slightly )?less",
        r"make (?:an|a fair|a lower) offer",
        r"name (?:your|a) (?:own )?price",
    ),
    _signal(
        "money off",
        2,
        5,
        r"round (?:the price|it) down",
        r"match (?:a|the) (?:lower )?price",
        r"take (?:something|a little|a bit) off",
        r"(?:a|any) discount on",
    ),
    _signal(
        "pay, promotion or rent",
        5,
        5,
        r"a raise",
        r"pay rise",
        r"promot(?:ion|ed)",
        r"(?:raise|lower|lowering) (?:the|your) rent",
        r"higher salary",
    ),
    _signal(
        "speaking in front of people",
        3,
        5,
        r"out loud",
        r"in front of (?:everyone|the group|the room|people|the class|others)",
        r"announcement",
        r"a toast",
        r"open mic",
        r"give a (?:short )?talk",
        r"on stage",
    ),
    _signal(
        "posting or submitting for others to judge",
        2,
        5,
        r"post (?:it|one|something|a \w+) (?:online|publicly)",
        r"publicly",
        r"submit\w*",
        r"enter (?:it|one|something|a piece) (?:in|into)",
    ),
    _signal(
        "only asking staff or a passer-by for information",
        1,
        3,
        r"ask (?:a |an |the )?(?:shop assistant|shopkeeper|librarian|pharmacist|bookseller"
        r"|someone working (?:in|at|behind) \w+( \w+)?|someone walking by|passer-by)"
        r" (?:what|which|where|when|how)",
    ),
)


def _hits(signal: Signal, text: str) -> bool:
    for match in signal.pattern.finditer(text):
        if _GUIDANCE.search(text, 0, match.start()) is None:
            return True
    return False


def _allowed(signal: Signal) -> str:
    if signal.low > signal.high:
        return "not allowed at any level"
    if signal.low == signal.high:
        return f"belongs at level {signal.low}"
    return f"belongs at levels {signal.low}-{signal.high}"


def level_disagreements(card: Card) -> list[str]:
    """Why the card's level disagrees with the rubric's text signals; empty when it agrees."""
    text = f"{card.title}\n{card.ask}".replace("’", "'")
    return [
        f"level {card.level}, but {signal.name} {_allowed(signal)}"
        for signal in SIGNALS
        if _hits(signal, text) and not signal.low <= card.level <= signal.high
    ]
