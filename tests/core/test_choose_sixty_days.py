"""Sixty days of cards for someone with no job, no car and no landlord who chose only
"Everyday and shops": every card fits their life, none repeats, and the kind they chose
comes first and most of the time. Pure: the shipped deck through core.choose, with the
same per-day seeds the engine uses, and the same 60-day memory of cards given."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from adapters.content.deck_files import load_deck, shipped_data_dir
from core.choose import REPEAT_WINDOW_DAYS, Wish, choose_card, day_rng
from core.deck import Card

DAYS = 60
START = date(2026, 3, 2)


@pytest.fixture(scope="module")
def deck() -> list[Card]:
    cards, problems = load_deck(shipped_data_dir() / "deck")
    assert not problems
    return cards


def sixty_days(deck: list[Card], user_id: int, level: int) -> list[Card]:
    given: list[tuple[date, str]] = []
    cards: list[Card] = []
    for n in range(DAYS):
        day = START + timedelta(days=n)
        since = day - timedelta(days=REPEAT_WINDOW_DAYS)
        seen = {card_id for on, card_id in given if on >= since}
        card = choose_card(deck, Wish(level, ("everyday",)), seen, day_rng(user_id, day))
        assert card is not None
        given.append((day, card.id))
        cards.append(card)
    return cards


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
@pytest.mark.parametrize("user_id", [1, 42, 977])
def test_sixty_days_fit_the_life_and_the_fears_of_a_new_user(
    deck: list[Card], user_id: int, level: int
) -> None:
    cards = sixty_days(deck, user_id, level)
    assert [c.id for c in cards if c.needs] == []
    assert len({c.id for c in cards}) == DAYS
    assert cards[0].domain == "everyday"
    everyday = sum(1 for c in cards if c.domain == "everyday")
    assert everyday >= 0.8 * DAYS, f"only {everyday} of {DAYS} from the chosen kind"


def test_the_first_card_is_never_a_dating_card_for_someone_who_chose_only_everyday(
    deck: list[Card],
) -> None:
    for user_id in range(200):
        first = choose_card(deck, Wish(1, ("everyday",)), set(), day_rng(user_id, START))
        assert first is not None and first.domain == "everyday"
