"""The ethics of the practice, as far as text can check them.

Rejection therapy only works, and only stays kind, when nobody on the other side is
pressured: a "no" ends the ask at once, strangers are never asked for money or for
their details, nobody is touched, nobody is asked to vouch for the user's looks or
worth, nobody is filmed, pursued or put on the spot, and nothing needs a lie or a
risk. Every card in the deck (and every card a user writes for themself) is run
through `CHECKS` when it is loaded.

Two kinds of rule:
- The ethics note of a card that involves someone else must say that a no is final
  (`ethics_note_accepts_no`); dating cards are never group-safe.
- The ask itself (its text and tips, never the ethics note, which has to talk about
  hearing "no") goes through the check that understands it (`core.asks`): who is asked,
  what for, and how. A deck card may be exempt from one of its problems only with a
  written reason in the card (`ethics_exemption: {rule, reason}`), which names the
  problem by its category (`core.asks.Problem`).

It is still not a judge: a card can be wrong in ways no lexicon sees, which is why
every card is also read by a person before it ships.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.asks import Problem, problems, understand
from core.deck import Card

_FLAGS = re.IGNORECASE
_CURLY_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b(?:{p})\b" for p in patterns), _FLAGS)


def _plain(text: str) -> str:
    """Curly apostrophes read as straight ones, so "don’t" and "don't" match alike."""
    return text.translate(_CURLY_APOSTROPHES)


# (a) A "no" ends it. The note must name the refusal and what the user does with it.
_REFUSAL = _words(
    r"no",
    r"not",
    r"nope",
    r"decline[sd]?",
    r"refuses?",
    r"pass(?:es)?",
    r"(?:can|don|doesn|won|isn)'t",
    r"cannot",
)
_ACCEPTANCE = _words(
    r"accept\w*",
    r"let (?:it|them|that|this) go",
    r"thank\w*",
    r"ends?",
    r"drop(?:s|ped)? it",
    r"move on",
    r"leave it",
    r"walk away",
    r"respect\w*",
    r"that's fine",
    r"gracefully",
)


def ethics_note_accepts_no(card: Card) -> list[str]:
    """A card that involves someone else must tell the user that a no is final."""
    if not card.involves_others:
        return []
    note = _plain(card.ethics)
    if not note:
        return ["involves others but has no ethics note saying a no ends it"]
    if _REFUSAL.search(note) is None or _ACCEPTANCE.search(note) is None:
        return [
            "ethics note must make clear a no is accepted at once "
            "(name the no, and say to thank them, accept it, let it go or move on)"
        ]
    return []


def ask_text(card: Card) -> str:
    """What the understanding check reads: the ask and its tips, one sentence after another."""
    return " ".join((card.ask, *card.tips))


def _exempt(card: Card) -> str | None:
    return card.exemption[0] if card.exemption is not None else None


def the_ask_is_fair(card: Card) -> list[str]:
    """The ask, understood, must not pressure, pursue, film, deceive or endanger anyone."""
    exempt = _exempt(card)
    found = [p for p in problems(understand(ask_text(card))) if p.value != exempt]
    messages = [f"the ask breaks the '{p.value}' rule ({_DESCRIPTIONS[p]})" for p in found]
    if exempt is not None and exempt not in {p.value for p in Problem}:
        known = ", ".join(p.value for p in Problem)
        messages.append(f"unknown ethics_exemption rule '{exempt}' (known: {known})")
    return messages


_DESCRIPTIONS: dict[Problem, str] = {
    Problem.POWER: "asks a child or someone who depends on the user",
    Problem.UNSAFE: "is unsafe or illegal",
    Problem.BLOCK: "gets round a block or a request to stay away",
    Problem.PRESSURE: "demands, insists or threatens",
    Problem.REPEAT: "asks again after a no",
    Problem.TOUCH: "involves touch or crowding someone",
    Problem.JUDGEMENT: "asks for a judgement of the user's looks or worth",
    Problem.ROMANCE: "pursues a stranger romantically",
    Problem.CONTACT: "asks a stranger for contact details",
    Problem.MONEY: "asks a stranger for money or their things",
    Problem.DECEPTION: "needs a pretence",
    Problem.RECORDING: "films or posts other people",
    Problem.SPOT: "puts someone on the spot",
}


def group_safe_is_not_dating(card: Card) -> list[str]:
    """Thirty people chasing the same kind of dating ask on one day is not kind to anyone."""
    if card.group_safe and card.domain == "dating":
        return ["dating cards cannot be group-safe"]
    return []


CHECKS: tuple[Callable[[Card], list[str]], ...] = (
    ethics_note_accepts_no,
    the_ask_is_fair,
    group_safe_is_not_dating,
)
