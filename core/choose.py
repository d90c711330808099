"""Choosing a card the way a coach would: at the user's level, from the fears they
named, never one they saw in the last 60 days while others remain, and the same
choice for the same user and day so a restart never changes today's card.

- The user's own cards (passed as `own`, only ever that user's) are candidates like
  the deck's, weighted as a fear they named: they wrote them for themselves.
- When every card at the level was seen in the window, the nearest level with a fresh
  card is used (easier first, harder first when the user asked for harder) before any
  card repeats.
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


def _nearby_levels(level: int, variant: Variant) -> list[int]:
    """Other levels by distance; at equal distance the easier one first, unless harder was asked."""
    order: list[int] = []
    for spread in range(1, 5):
        pair = (level + spread, level - spread)
        order.extend(n for n in (pair if variant is Variant.HARDER else pair[::-1]) if 1 <= n <= 5)
    return order


def _fresh_nearby(
    cards: Sequence[Card], wish: Wish, weights: dict[str, int], avoid: set[str]
) -> list[Card]:
    for level in _nearby_levels(_target_level(wish), wish.variant):
        found = [
            c
            for c in cards
            if c.level == level
            and c.id not in avoid
            and weights.get(c.domain, OTHER_DOMAIN_WEIGHT) > 0
        ]
        if found:
            return found
    return []


def _weight(card: Card, weights: dict[str, int]) -> int:
    if card.owner_id is not None:
        return CHOSEN_DOMAIN_WEIGHT
    return max(weights.get(card.domain, 1), 1)


def choose_card(
    cards: Sequence[Card],
    wish: Wish,
    seen_recently: Collection[str],
    rng: random.Random,
    own: Sequence[Card] = (),
) -> Card | None:
    """Pick one card, or None for an empty deck.

    Recently seen cards (and the card being swapped) are left out while any other
    candidate remains; the domain weights favour the fears the user named.
    """
    everything = [*cards, *own]
    if not everything:
        return None
    weights = _weights(wish)
    pool = _candidates(everything, _target_level(wish), weights)
    avoid = set(seen_recently) | ({wish.current.id} if wish.current else set())
    fresh = [c for c in pool if c.id not in avoid] or _fresh_nearby(
        everything, wish, weights, avoid
    )
    if not fresh:
        fresh = [c for c in pool if not wish.current or c.id != wish.current.id] or pool
    ordered = sorted(fresh, key=lambda c: c.id)
    return rng.choices(ordered, [_weight(c, weights) for c in ordered])[0]
