"""Card choice with the user's own cards and a level whose cards were all seen recently."""

from __future__ import annotations

from datetime import date

from core.choose import Variant, Wish, choose_card, day_rng
from core.deck import Card


def card(card_id: str, level: int, domain: str = "everyday", owner: int | None = None) -> Card:
    return Card(card_id, card_id, "Ask something.", level, domain, "", owner_id=owner)


DECK = tuple(card(f"l{level}-{n}", level) for level in range(1, 6) for n in range(3))


def picks(wish: Wish, seen: set[str], own: tuple[Card, ...] = (), days: int = 40) -> set[str]:
    return {
        chosen.id
        for n in range(days)
        if (chosen := choose_card(DECK, wish, seen, day_rng(7, date(2026, 1, 1 + n % 28)), own))
    }


def test_own_cards_are_candidates_at_their_level() -> None:
    mine = (card("mine-1", 3, owner=7),)
    assert "mine-1" in picks(Wish(3, ()), set(), mine)
    assert "mine-1" not in picks(Wish(1, ()), set(), mine)


def test_without_own_cards_only_the_deck_is_chosen() -> None:
    assert all(not c.startswith("mine-") for c in picks(Wish(3, ()), set()))


def test_when_a_level_is_used_up_an_easier_fresh_card_comes_before_a_repeat() -> None:
    seen = {"l5-0", "l5-1", "l5-2"}
    assert picks(Wish(5, ()), seen) <= {"l4-0", "l4-1", "l4-2"}
    seen |= {"l4-0", "l4-1", "l4-2"}
    assert picks(Wish(5, ()), seen) <= {"l3-0", "l3-1", "l3-2"}


def test_asking_for_harder_widens_upwards_first() -> None:
    seen = {"l4-0", "l4-1", "l4-2"}
    wish = Wish(3, (), Variant.HARDER, current=card("l3-0", 3))
    assert picks(wish, seen) <= {"l5-0", "l5-1", "l5-2"}


def test_when_every_card_was_seen_the_level_repeats_rather_than_nothing() -> None:
    seen = {c.id for c in DECK}
    assert picks(Wish(2, ()), seen) <= {"l2-0", "l2-1", "l2-2"}


def needing(card_id: str, level: int, *needs: str) -> Card:
    return Card(card_id, card_id, "Ask something.", level, "work", "", needs=needs)


def test_a_card_with_needs_is_offered_only_to_someone_it_applies_to() -> None:
    deck = (needing("job-1", 2, "job"), needing("open-1", 2))
    days = [date(2026, 1, 1 + n) for n in range(20)]
    without = {choose_card(deck, Wish(2, ()), set(), day_rng(3, d)) for d in days}
    with_job = {choose_card(deck, Wish(2, (), has=("job",)), set(), day_rng(3, d)) for d in days}
    assert {c.id for c in without if c} == {"open-1"}
    assert {c.id for c in with_job if c} == {"job-1", "open-1"}


def test_a_card_needing_two_things_needs_both() -> None:
    deck = (needing("both", 1, "job", "car"),)
    assert choose_card(deck, Wish(1, (), has=("job",)), set(), day_rng(1, date(2026, 1, 1))) is None
    wish = Wish(1, (), has=("car", "job"))
    assert choose_card(deck, wish, set(), day_rng(1, date(2026, 1, 1))) == deck[0]


def test_another_kind_of_ask_never_repeats_the_current_kind_while_others_remain() -> None:
    mixed = (*DECK, *(card(f"s{n}", 3, "social") for n in range(3)))
    current = card("s0", 3, "social")
    for n in range(30):
        wish = Wish(3, ("social",), Variant.OTHER_DOMAIN, current=current)
        chosen = choose_card(mixed, wish, {"s0"}, day_rng(5, date(2026, 2, 1 + n % 28), str(n)))
        assert chosen is not None and chosen.domain != "social"
