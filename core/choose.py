"""Choosing a card the way a coach would: one the user can do today, mostly from the
kinds of asks they said were hardest, as near their level as a fresh card allows, never
one they saw in the last 60 days while others remain, and the same choice for the same
user and day so a restart never changes today's card.

- A card that needs something (a job, a car, a landlord, see `core.deck.NEEDS`) is only
  a candidate when the user said it applies to them (`Wish.has`).
- The kinds: the user's chosen domains (all of them when none was chosen) form the
  chosen group, everything else the other group. The first card (nothing seen in the
  window) always comes from the chosen group; after that the chosen group is picked
  with probability `CHOSEN_SHARE`, so someone who chose only "Everyday and shops" gets
  about 85 % of their cards from it, not a dating card on day one.
- The level: within the group, the nearest level that still has a fresh card (easier
  first at equal distance, harder first when the user asked for harder). The kind wins
  over the level on purpose: a card of the kind the user chose, a level away, is closer
  to what they asked for than another kind at their level, and /skip can always swap it
  for an easier one. When the group has no fresh card at all, the other group is used.
- The user's own cards (passed as `own`, only ever that user's) belong to the chosen
  group: they wrote them for themselves.
- Only when every candidate was seen in the window does a card repeat, at the level.
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
CHOSEN_SHARE = 0.85
"""How often a card comes from the kinds the user chose, once the first card is given."""


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
    has: tuple[str, ...] = ()
    """What applies to the user (their answers to "what applies to you", see NEEDS)."""


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


def chosen_kinds(wish: Wish) -> frozenset[str]:
    """The domains the card should come from; another kind than the current on request."""
    if wish.variant is Variant.OTHER_DOMAIN and wish.current:
        return frozenset(d for d in DOMAINS if d != wish.current.domain)
    return frozenset(wish.domains) or frozenset(DOMAINS)


def _levels_by_distance(level: int, variant: Variant) -> list[int]:
    """The level itself, then the others by distance; easier first unless harder was asked."""
    order = [level]
    for spread in range(1, 5):
        pair = (level + spread, level - spread)
        order.extend(n for n in (pair if variant is Variant.HARDER else pair[::-1]) if 1 <= n <= 5)
    return order


def _nearest(cards: Sequence[Card], levels: Sequence[int]) -> list[Card]:
    for level in levels:
        found = [c for c in cards if c.level == level]
        if found:
            return found
    return []


def _groups(candidates: Sequence[Card], wish: Wish) -> tuple[list[Card], list[Card]]:
    kinds = chosen_kinds(wish)
    chosen = [c for c in candidates if c.owner_id is not None or c.domain in kinds]
    other = [c for c in candidates if c.owner_id is None and c.domain not in kinds]
    return chosen, other


def _pick(cards: Sequence[Card], rng: random.Random) -> Card:
    return rng.choice(sorted(cards, key=lambda c: c.id))


def choose_card(
    cards: Sequence[Card],
    wish: Wish,
    seen_recently: Collection[str],
    rng: random.Random,
    own: Sequence[Card] = (),
) -> Card | None:
    """Pick one card, or None when nothing fits (an empty deck).

    Recently seen cards (and the card being swapped) are left out while any other
    candidate remains.
    """
    candidates = [c for c in (*cards, *own) if c.fits(wish.has)]
    if not candidates:
        return None
    avoid = set(seen_recently) | ({wish.current.id} if wish.current else set())
    fresh = [c for c in candidates if c.id not in avoid]
    chosen, other = _groups(fresh, wish)
    first_card = not seen_recently and wish.current is None
    another_kind = wish.variant is Variant.OTHER_DOMAIN
    prefer_chosen = first_card or another_kind or rng.random() < CHOSEN_SHARE
    levels = _levels_by_distance(_target_level(wish), wish.variant)
    for group in (chosen, other) if prefer_chosen else (other, chosen):
        found = _nearest(group, levels)
        if found:
            return _pick(found, rng)
    repeats = [c for c in candidates if not wish.current or c.id != wish.current.id] or candidates
    return _pick(_nearest(repeats, levels), rng)
