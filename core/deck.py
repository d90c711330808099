"""The challenge deck: cards as validated values.

Cards live in `data/deck/*.yaml`; an adapter reads the files and hands each raw
mapping here with its file and line, so a broken card is reported where a person
can fix it. Validation collects every problem instead of stopping at the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core.i18n import _

DOMAINS: dict[str, str] = {
    "everyday": "Everyday and shops",
    "social": "Strangers and social",
    "work": "Work and career",
    "creative": "Creative and submissions",
    "dating": "Dating and friendship",
    "money": "Money and negotiation",
}
LEVELS = range(1, 6)
OWN_CARD_PREFIX = "mine-"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{2,40}$")
REQUIRED = ("id", "title", "ask", "level", "domain", "why")
OPTIONAL = ("ethics", "tips", "involves_others", "group_safe")


def domain_label(domain: str) -> str:
    return _(DOMAINS.get(domain, domain))


@dataclass(frozen=True, slots=True)
class Card:
    id: str
    title: str
    ask: str
    level: int
    domain: str
    why: str
    ethics: str = ""
    tips: tuple[str, ...] = ()
    involves_others: bool = True
    group_safe: bool = False
    owner_id: int | None = None
    """Set on a user's own private card (id "mine-<n>"); None for the shared deck."""


@dataclass(frozen=True, slots=True)
class RawCard:
    source: str
    line: int
    data: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    line: int
    card_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: card {self.card_id or '?'}: {self.message}"


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value.strip() if isinstance(value, str) else ""


def _schema_problems(data: Mapping[str, Any]) -> list[str]:
    found: list[str] = []
    for key in REQUIRED:
        if key not in data or data[key] in (None, ""):
            found.append(f"missing required field '{key}'")
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            found.append(f"unknown field '{key}'")
    card_id = data.get("id")
    if isinstance(card_id, str) and not ID_PATTERN.match(card_id):
        found.append(f"id '{card_id}' must be lowercase letters, digits and dashes")
    if isinstance(card_id, str) and card_id.startswith(OWN_CARD_PREFIX):
        found.append(f"id '{card_id}' starts with '{OWN_CARD_PREFIX}', kept for users' own cards")
    level = data.get("level")
    if "level" in data and (
        not isinstance(level, int) or isinstance(level, bool) or level not in LEVELS
    ):
        found.append(f"level {level!r} is not one of 1-5")
    domain = data.get("domain")
    if "domain" in data and domain not in DOMAINS:
        found.append(f"unknown domain {domain!r} (known: {', '.join(DOMAINS)})")
    for key in ("title", "ask", "why", "ethics"):
        if key in data and not isinstance(data[key], str):
            found.append(f"'{key}' must be text")
    tips = data.get("tips", [])
    if not isinstance(tips, list) or not all(isinstance(t, str) for t in tips):
        found.append("'tips' must be a list of texts")
    for key in ("involves_others", "group_safe"):
        if key in data and not isinstance(data[key], bool):
            found.append(f"'{key}' must be true or false")
    return found


def _card(data: Mapping[str, Any]) -> Card:
    return Card(
        id=data["id"],
        title=_text(data, "title"),
        ask=_text(data, "ask"),
        level=data["level"],
        domain=data["domain"],
        why=_text(data, "why"),
        ethics=_text(data, "ethics"),
        tips=tuple(t.strip() for t in data.get("tips", [])),
        involves_others=data.get("involves_others", True),
        group_safe=data.get("group_safe", False),
    )


EthicsCheck = Callable[[Card], list[str]]
"""One checkable ethics rule: the problems it finds in a card (see core.deck_ethics)."""


def validate(
    raw_cards: Iterable[RawCard], ethics_checks: Sequence[EthicsCheck] = ()
) -> tuple[list[Card], list[Problem]]:
    """Turn raw mappings into cards, returning every problem found across all of them."""
    cards: list[Card] = []
    problems: list[Problem] = []
    seen: dict[str, RawCard] = {}
    for raw in raw_cards:
        card_id = str(raw.data.get("id", ""))
        messages = _schema_problems(raw.data)
        if card_id in seen:
            first = seen[card_id]
            messages.append(f"duplicate id, first used at {first.source}:{first.line}")
        elif card_id:
            seen[card_id] = raw
        if not messages:
            card = _card(raw.data)
            for check in ethics_checks:
                messages.extend(check(card))
            if not messages:
                cards.append(card)
        problems.extend(Problem(raw.source, raw.line, card_id, m) for m in messages)
    return cards, problems
