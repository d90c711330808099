"""Choosing from a `CardPool` (the deck arranged once) picks exactly the card the plain
walk over the deck picked, for any deck, wish, history and own cards.

`walked` is the choice as it was written before the pool, kept here as the reference."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence

from core.choose import (
    CHOSEN_SHARE,
    CardPool,
    Variant,
    Wish,
    _levels_by_distance,
    _target_level,
    choose_card,
    chosen_kinds,
)
from core.deck import DOMAINS, NEEDS, Card


def _nearest(cards: Sequence[Card], levels: Sequence[int]) -> list[Card]:
    for level in levels:
        found = [c for c in cards if c.level == level]
        if found:
            return found
    return []


def _pick(cards: Sequence[Card], rng: random.Random) -> Card:
    return rng.choice(sorted(cards, key=lambda c: c.id))


def walked(
    cards: Sequence[Card],
    wish: Wish,
    seen_recently: Collection[str],
    rng: random.Random,
    own: Sequence[Card] = (),
) -> Card | None:
    candidates = [c for c in (*cards, *own) if c.fits(wish.has)]
    if not candidates:
        return None
    avoid = set(seen_recently) | ({wish.current.id} if wish.current else set())
    fresh = [c for c in candidates if c.id not in avoid]
    kinds = chosen_kinds(wish)
    chosen = [c for c in fresh if c.owner_id is not None or c.domain in kinds]
    other = [c for c in fresh if c.owner_id is None and c.domain not in kinds]
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


def made_up(rng: random.Random, prefix: str, owner: int | None, most: int) -> list[Card]:
    numbers = rng.sample(range(100), rng.randint(0, most))  # ids in no particular order
    return [
        Card(
            f"{prefix}{n:02d}",
            "t",
            "Ask something.",
            rng.randint(1, 5),
            rng.choice(sorted(DOMAINS)),
            "",
            owner_id=owner,
            needs=tuple(rng.sample(sorted(NEEDS), rng.choice((0, 0, 0, 1, 2)))),
        )
        for n in numbers
    ]


def test_the_pool_chooses_what_walking_the_deck_chose() -> None:
    """Made-up decks, wishes and histories, from fresh users to decks seen through."""
    for case in range(300):
        rng = random.Random(case)
        deck, own = made_up(rng, "d", None, 40), made_up(rng, "mine-", 7, 4)
        everything = [*deck, *own]
        current = rng.choice(everything) if everything and rng.random() < 0.3 else None
        seen = {c.id for c in everything if rng.random() < rng.choice((0.0, 0.5, 0.9, 1.0))}
        wish = Wish(
            rng.randint(1, 5),
            tuple(rng.sample(sorted(DOMAINS), rng.randint(0, 3))),
            rng.choice(list(Variant)) if current else Variant.SAME,
            current,
            has=tuple(rng.sample(sorted(NEEDS), rng.randint(0, 3))),
        )
        pool = CardPool(deck)
        expected = walked(deck, wish, seen, random.Random(case), own)
        assert choose_card(pool, wish, seen, random.Random(case), own) == expected, case
        assert choose_card(pool, wish, seen, random.Random(case), own) == expected, case
        assert choose_card(deck, wish, seen, random.Random(case), own) == expected, case


def test_the_pool_keeps_one_arrangement_per_combination_the_deck_asks_about() -> None:
    deck = [
        Card("a-job", "t", "Ask.", 1, "work", "", needs=("job",)),
        Card("b", "t", "A.", 1, "work", ""),
    ]
    pool = CardPool(deck)
    assert pool.fitting(("car", "study")) is pool.fitting(())  # needs no card asks about
    assert [c.id for c in pool.fitting(("job", "car"))[1]] == ["a-job", "b"]
    assert [c.id for c in pool.fitting(())[1]] == ["b"]
