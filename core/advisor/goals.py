"""From a goal in the user's words to the kind of ask that trains the same courage, and a
level from how scary it feels.

Rules, not a model: who is asked (read by the own-card check's `understand`) decides
first where it is telling (a manager is work, a landlord is money, a partner is
dating), then words that name the kind of ask, then everyday asks. The rules were
written against data/advisor/goal_examples.yaml; data/advisor/goal_heldout.yaml was
written before them and is never tuned on (tests/core/test_advisor_goals.py reports both).
"""

from __future__ import annotations

import re

from core.asks import understand
from core.asks.roles import Who

_BY_WHO = {
    Who.MANAGER: "work",
    Who.COLLEAGUE: "work",
    Who.SUBORDINATE: "work",
    Who.LANDLORD: "money",
    Who.PARTNER: "dating",
    Who.EX: "dating",
}
_WORDS: tuple[tuple[str, str], ...] = (
    (
        "money",
        r"\b(raise|salary|pay rise|discount|refund|price|negotiat\w*|haggl\w*|rent|"
        r"deal|fee|cheaper|waive|money)\b",
    ),
    (
        "dating",
        r"\b(date|dating|ask (him|her|them|someone) out|out on a|crush|partner|"
        r"match|coffee|friends? (more|over)|see (them|him|her) more|dinner|girl|boy|guy)\b"
        r"|\bout\b$",
    ),
    (
        "creative",
        r"\b(story|stories|poem\w*|paint\w*|draw\w*|song\w*|music|art|writing|"
        r"zine|gallery|magazine|open mic|publish\w*|submit\w*|portfolio|pottery|craft|"
        r"band|novel|photos?|read my)\b",
    ),
    (
        "work",
        r"\b(manager|boss|team|meeting|colleague|job|role|project|promotion|career|"
        r"hr|mentor|company|supervisor|professor|teacher|lecturer|extension|essay|investor|"
        r"pitch|interview|client|present\w*|all-hands|work)\b",
    ),
    (
        "social",
        r"\b(neighbou?rs?|next door|party|club|meetup|group|conversation|"
        r"introduce|stranger|join|hello|walk|new people|game)\b",
    ),
)


def goal_domain(text: str) -> str:
    """The kind of ask (a key of `core.deck.DOMAINS`) that trains the goal's courage."""
    said = text.lower()
    who = understand(text).who
    if who in _BY_WHO:
        return _BY_WHO[who]
    for domain, pattern in _WORDS:
        if re.search(pattern, said):
            return domain
    return "everyday"


def goal_level(fear: int) -> int:
    """A goal's level from its fear (0..10): a real fear (7+) is level 5, the top."""
    fear = max(0, min(10, fear))
    return 1 + min(4, (fear + 1) // 2) if fear < 7 else 5
