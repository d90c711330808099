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
from collections.abc import Collection, Iterable, Sequence
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


class CardPool:
    """The deck arranged once for choosing: for what a user has (`Wish.has`), the cards
    that fit, level by level, in id order.

    The morning fan-out chooses hundreds of cards a second from the same deck; walking all
    of it for every user (does it fit? is it fresh? which group? which level?) was most of
    the cost of a card. The arrangement is kept per combination of needs the deck asks
    about, so it never grows past those few; the choice itself is the same as from the
    plain sequence (`choose_card` takes either).
    """

    def __init__(self, cards: Sequence[Card]) -> None:
        self.cards = tuple(cards)
        self._asked = frozenset(need for card in self.cards for need in card.needs)
        self._by_needs: dict[frozenset[str], dict[int, tuple[Card, ...]]] = {}

    def fitting(self, has: Collection[str]) -> dict[int, tuple[Card, ...]]:
        """The cards someone with `has` can do, by level, each level in id order."""
        key = self._asked.intersection(has)
        found = self._by_needs.get(key)
        if found is None:
            found = _by_level(c for c in self.cards if c.fits(key))
            self._by_needs[key] = found
        return found


def _by_level(cards: Iterable[Card]) -> dict[int, tuple[Card, ...]]:
    levels: dict[int, list[Card]] = {}
    for one in sorted(cards, key=lambda c: c.id):
        levels.setdefault(one.level, []).append(one)
    return {level: tuple(found) for level, found in levels.items()}


def _pick(cards: Sequence[Card], rng: random.Random) -> Card:
    return rng.choice(sorted(cards, key=lambda c: c.id))


def choose_card(
    cards: Sequence[Card] | CardPool,
    wish: Wish,
    seen_recently: Collection[str],
    rng: random.Random,
    own: Sequence[Card] = (),
) -> Card | None:
    """Pick one card, or None when nothing fits (an empty deck).

    Recently seen cards (and the card being swapped) are left out while any other
    candidate remains. Only the levels tried are looked at, so give a `CardPool` kept for
    the deck when choosing often.
    """
    deck = (cards if isinstance(cards, CardPool) else CardPool(cards)).fitting(wish.has)
    mine = _by_level(c for c in own if c.fits(wish.has))
    if not any(deck.values()) and not mine:
        return None

    def at(level: int) -> tuple[Card, ...]:
        return deck.get(level, ()) + mine.get(level, ())

    current = wish.current.id if wish.current else None
    avoid = set(seen_recently) | ({current} if current else set())
    kinds = chosen_kinds(wish)
    first_card = not seen_recently and wish.current is None
    another_kind = wish.variant is Variant.OTHER_DOMAIN
    prefer_chosen = first_card or another_kind or rng.random() < CHOSEN_SHARE
    levels = _levels_by_distance(_target_level(wish), wish.variant)
    for chosen in (True, False) if prefer_chosen else (False, True):
        for level in levels:  # the nearest level with a fresh card of the group
            found = [
                c
                for c in at(level)
                if c.id not in avoid and (c.owner_id is not None or c.domain in kinds) is chosen
            ]
            if found:
                return _pick(found, rng)
    for level in levels:  # every candidate was seen: a repeat, not the card being swapped
        repeats = [c for c in at(level) if c.id != current]
        if repeats:
            return _pick(repeats, rng)
    return _pick(next(only for level in levels if (only := at(level))), rng)  # the swapped
