"""What a note for the next person may say before anyone reads it.

A note is read by a stranger who got the same card, so it must not let anyone find, reach
or hurt someone: contact details and handles (`words.contact`), insults and slurs
(`words.insult`), and anything that looks like a name or a place (a capitalised word
inside a sentence: "Tom", "Leeds", "Greggs") are held for the operator to read first.
The last rule is deliberately broad: a held note is only delayed, a shown name cannot be
unshown. Crisis language never gets here as a note: the engine screens every text first
and answers it with care; should the screener flag one anyway, it is held too.
"""

from __future__ import annotations

import re
from enum import StrEnum

from core.care import Screener
from core.peers import words
from core.peers.model import NoteStatus

MAX_NOTE = 200
REPORTS_TO_HIDE = 2


class Reason(StrEnum):
    CARE = "care"
    CONTACT = "contact"
    INSULT = "insult"
    NAME = "name"
    """Looks like a name or a place."""
    REPORTS = "reports"
    """Reported by two different people."""
    OPERATOR = "operator"


_SENTENCE_END = re.compile(r"[.!?…:;\"“”()\n]")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
_ALWAYS_CAPITAL = frozenset(
    {"I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve", "I'll", "I’ll", "OK", "Ok", "TV"}
)


def _looks_named(text: str) -> bool:
    """A capitalised word that is not the first of its sentence: likely a name or place."""
    for sentence in _SENTENCE_END.split(text):
        found = _WORD.findall(sentence)
        for word in found[1:]:
            if word[0].isupper() and word not in _ALWAYS_CAPITAL:
                return True
    return False


def screen(text: str, screener: Screener) -> tuple[NoteStatus, Reason | None]:
    """Approved, or held with the first reason found."""
    if screener.screen(text) is not None:
        return NoteStatus.HELD, Reason.CARE
    found = words.problem(text)
    if found is words.Problem.CONTACT:
        return NoteStatus.HELD, Reason.CONTACT
    if found is words.Problem.INSULT:
        return NoteStatus.HELD, Reason.INSULT
    if _looks_named(text):
        return NoteStatus.HELD, Reason.NAME
    return NoteStatus.APPROVED, None
