"""The challenge deck: cards as validated values.

Cards live in `data/deck/*.yaml`; an adapter reads the files and hands each raw
mapping here with its file and line, so a broken card is reported where a person
can fix it. Validation collects every problem instead of stopping at the first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
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
NEEDS: dict[str, str] = {
    "job": "I work (a job or clients)",
    "study": "I'm studying",
    "rent": "I rent my home",
    "car": "I have a car",
    "money": "I can spend on bigger things",
    "making": "I make things (art, words, music)",
    "dating": "Dating is part of my life",
}
"""What a card may need that not everyone has; a card with none is doable by anyone today.

The labels are the user's side of the same list (the "what applies to you" question)."""
OWN_CARD_PREFIX = "mine-"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9-]{2,40}$")
REQUIRED = ("id", "title", "ask", "level", "domain", "why")
OPTIONAL = ("ethics", "tips", "involves_others", "group_safe", "needs", "ethics_exemption")


def domain_label(domain: str) -> str:
    return _(DOMAINS.get(domain, domain))


def need_label(need: str) -> str:
    return _(NEEDS.get(need, need))


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
    needs: tuple[str, ...] = ()
    """What the card assumes the user has (see NEEDS); empty when anyone can do it today."""

    exemption: tuple[str, str] | None = None
    """(rule, reason): one own-card-check category this card may break, and why it is fine.

    Written in the card as `ethics_exemption: {rule: ..., reason: ...}`; the reason must be
    real text, so an exemption is always explained where a reader of the card sees it."""

    def fits(self, has: Collection[str]) -> bool:
        """Whether someone with `has` (their answers to "what applies to you") can do it.

        Asked of every card in the deck for every morning card: most cards need nothing,
        and answering those without building a generator takes 40 % off choosing a card."""
        return not self.needs or all(need in has for need in self.needs)


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
    found.extend(_needs_problems(data.get("needs", [])))
    found.extend(_exemption_problems(data.get("ethics_exemption")))
    return found


def _exemption_problems(exemption: object) -> list[str]:
    if exemption is None:
        return []
    if not isinstance(exemption, Mapping) or set(exemption) != {"rule", "reason"}:
        return ["'ethics_exemption' must be a mapping with 'rule' and 'reason'"]
    rule, reason = exemption["rule"], exemption["reason"]
    if not isinstance(rule, str) or not rule.strip():
        return ["'ethics_exemption' needs the rule it is exempt from"]
    if not isinstance(reason, str) or len(reason.split()) < 4:
        return ["'ethics_exemption' needs a reason, in a sentence, for why the card is fine"]
    return []


def _exemption(data: Mapping[str, Any]) -> tuple[str, str] | None:
    exemption = data.get("ethics_exemption")
    if not isinstance(exemption, Mapping):
        return None
    return str(exemption["rule"]).strip(), str(exemption["reason"]).strip()


def _needs_problems(needs: object) -> list[str]:
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        return [f"'needs' must be a list like [job, car] (known: {', '.join(NEEDS)})"]
    found = [f"unknown need {n!r} (known: {', '.join(NEEDS)})" for n in needs if n not in NEEDS]
    if len(set(needs)) != len(needs):
        found.append("'needs' lists a need twice")
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
        needs=tuple(data.get("needs", [])),
        exemption=_exemption(data),
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
