"""The shipped deck and prompts: every file loads, every rung of the ladder is filled.

Problems are collected across all files and reported in one assertion, so a deck
author sees everything to fix in a single run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from adapters.content.deck_files import (
    RETIRED_FILE,
    deck_paths,
    load_deck,
    load_prompts,
    load_raw_cards,
    load_retired,
    shipped_data_dir,
)
from core.deck import DOMAINS, LEVELS, Card, validate
from core.deck_ethics import CHECKS
from core.deck_rubric import level_disagreements
from core.deck_similarity import near_copies
from core.prompts import GROUPS

MIN_CARDS = 240
MIN_PER_RUNG = 6
MIN_GROUP_SAFE = 40


@pytest.fixture(scope="module")
def deck_dir() -> Path:
    return shipped_data_dir() / "deck"


@pytest.fixture(scope="module")
def deck(deck_dir: Path) -> list[Card]:
    cards, problems = load_deck(deck_dir)
    assert not problems, "\n".join(str(p) for p in problems)
    return cards


def test_there_is_one_deck_file_per_domain(deck_dir: Path):
    assert [p.stem for p in deck_paths(deck_dir)] == sorted(DOMAINS)


def test_every_shipped_card_is_valid_and_in_its_own_file(deck_dir: Path):
    raw, found = load_raw_cards(deck_paths(deck_dir))
    cards, invalid = validate(raw, CHECKS)
    problems = [str(p) for p in (*found, *invalid)]
    for card in raw:
        card_id, domain = str(card.data.get("id")), str(card.data.get("domain"))
        where = f"{card.source}:{card.line}: card {card_id}"
        if domain != Path(card.source).stem:
            problems.append(f"{where}: domain {domain} belongs in {domain}.yaml")
        if not re.fullmatch(rf"{re.escape(domain)}-\d{{3}}", card_id):
            problems.append(f"{where}: id must look like {domain}-001")
    assert not problems, "\n".join(problems)
    assert len(cards) == len(raw)


def test_the_deck_is_big_enough(deck: list[Card], report: Callable[[str], None]):
    report(f"deck: {len(deck)} cards")
    assert len(deck) >= MIN_CARDS


def test_every_domain_has_enough_cards_anyone_can_do_at_every_level(deck: list[Card]):
    counts = Counter((card.domain, card.level) for card in deck if not card.needs)
    thin = [
        f"{domain} level {level}: {counts[(domain, level)]}"
        for domain in DOMAINS
        for level in LEVELS
        if counts[(domain, level)] < MIN_PER_RUNG
    ]
    assert not thin, "too few cards: " + ", ".join(thin)


def test_enough_cards_are_group_safe_at_every_level(
    deck: list[Card], report: Callable[[str], None]
):
    safe = [card for card in deck if card.group_safe]
    report(f"deck: {len(safe)} group-safe cards")
    assert len(safe) >= MIN_GROUP_SAFE
    assert {card.level for card in safe} == set(LEVELS)


def test_ids_are_unique(deck: list[Card]):
    ids = Counter(card.id for card in deck)
    assert [card_id for card_id, n in ids.items() if n > 1] == []


def test_every_card_that_involves_others_has_an_ethics_note(deck: list[Card]):
    missing = [card.id for card in deck if card.involves_others and not card.ethics]
    assert missing == []


def test_tips_are_few_and_short(deck: list[Card]):
    long = [card.id for card in deck if len(card.tips) > 3 or any(len(t) > 120 for t in card.tips)]
    assert long == []


def test_prompts_load_and_cover_every_outcome(report: Callable[[str], None]):
    prompts, problems = load_prompts(shipped_data_dir() / "prompts.yaml")
    assert not problems, "\n".join(problems)
    report(f"prompts: {len(prompts)}")
    assert len(prompts) >= 24
    groups = Counter(p.after for p in prompts)
    assert set(groups) == set(GROUPS)
    assert groups["any"] >= 4


def test_no_two_cards_are_near_copies(deck: list[Card]):
    assert near_copies(deck) == []


def test_every_level_agrees_with_the_rubric(deck: list[Card]):
    found = [f"{card.id}: {m}" for card in deck for m in level_disagreements(card)]
    assert found == []


def test_group_cards_need_nothing_and_dating_cards_are_never_for_groups(deck: list[Card]):
    assert [c.id for c in deck if c.group_safe and (c.needs or c.domain == "dating")] == []


def test_closing_lines_vary(deck: list[Card], report: Callable[[str], None]):
    notes = [card.ethics for card in deck if card.ethics]
    thanks = sum(1 for note in notes if re.search(r"\bthank", note, re.IGNORECASE))
    report(f"deck: {thanks} of {len(notes)} ethics notes say thank")
    assert thanks * 2 < len(notes)


def test_retired_cards_load_and_their_ids_are_never_reused(deck: list[Card]):
    retired, problems = load_retired(shipped_data_dir() / RETIRED_FILE)
    assert problems == []
    assert retired
    assert {c.id for c in retired} & {c.id for c in deck} == set()


def test_dating_cards_never_approach_strangers(deck: list[Card]):
    strangers = re.compile(r"\b(?:stranger|passer-by|someone on the street)", re.IGNORECASE)
    assert [c.id for c in deck if c.domain == "dating" and strangers.search(c.ask)] == []
