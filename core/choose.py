"""Choosing a card the way a coach would: at the user's level, from the fears they
named, never one they saw in the last 60 days while others remain, and the same
choice for the same user and day so a restart never changes today's card.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.deck import DOMAINS, Card

REPEAT_WINDOW_DAYS = 60
CHOSEN_DOMAIN_WEIGHT = 3
OTHER_DOMAIN_WEIGHT = 1


class Variant(StrEnum):
    """What the user asked for when swapping a card."""

    SAME = "same"
    EASIER = "easier"
    HARDER = "harder"
    OTHER_DOMAIN = "other"


@dataclass(frozen=True, slots=True)
class Wish:
    level: int
    domains: tuple[str, ...]
    variant: Variant = Variant.SAME
    current: Card | None = None


def day_rng(user_id: int, day: date, salt: str = "") -> random.Random:
    """A generator seeded by user and day: stable across restarts and processes."""
    digest = hashlib.sha256(f"{user_id}:{day.isoformat()}:{salt}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _target_level(wish: Wish) -> int:
    base = wish.current.level if wish.current else wish.level
    if wish.variant is Variant.EASIER:
        return max(1, base - 1)
    if wish.variant is Variant.HARDER:
        return min(5, base + 1)
    return base


def _weights(wish: Wish) -> dict[str, int]:
    chosen = set(wish.domains) or set(DOMAINS)
    if wish.variant is Variant.OTHER_DOMAIN and wish.current:
        chosen = {d for d in DOMAINS if d != wish.current.domain}
        return {d: (CHOSEN_DOMAIN_WEIGHT if d in chosen else 0) for d in DOMAINS}
    return {d: CHOSEN_DOMAIN_WEIGHT if d in chosen else OTHER_DOMAIN_WEIGHT for d in DOMAINS}


def _candidates(cards: Sequence[Card], level: int, weights: dict[str, int]) -> list[Card]:
    """Cards at the level, widening by one level at a time until some exist."""
    for spread in range(5):
        found = [
            c
            for c in cards
            if abs(c.level - level) <= spread and weights.get(c.domain, OTHER_DOMAIN_WEIGHT) > 0
        ]
        if found:
            return found
    return list(cards)


def choose_card(
    cards: Sequence[Card], wish: Wish, seen_recently: Collection[str], rng: random.Random
) -> Card | None:
    """Pick one card, or None for an empty deck.

    Recently seen cards (and the card being swapped) are left out while any other
    candidate remains; the domain weights favour the fears the user named.
    """
    if not cards:
        return None
    weights = _weights(wish)
    pool = _candidates(cards, _target_level(wish), weights)
    avoid = set(seen_recently) | ({wish.current.id} if wish.current else set())
    fresh = [c for c in pool if c.id not in avoid]
    if not fresh:
        fresh = [c for c in pool if not wish.current or c.id != wish.current.id] or pool
    ordered = sorted(fresh, key=lambda c: c.id)
    return rng.choices(ordered, [max(weights.get(c.domain, 1), 1) for c in ordered])[0]
