"""A deck that passed the ethics checks is not checked again at the next start, and nothing
else escapes them: a changed card, changed checking code, a deck with a problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adapters.content import deck_files
from adapters.content.deck_files import deck_paths, load_deck, shipped_data_dir
from adapters.content.deck_stamps import DeckStamps
from core.deck import Card


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    copy = tmp_path / "deck"
    shutil.copytree(shipped_data_dir() / "deck", copy)
    return copy


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the cards the ethics checks read, in place of the checks themselves (the
    real ones are the shipped deck's own tests)."""
    seen: list[str] = []

    def check(card: Card) -> list[str]:
        seen.append(card.id)
        return ["breaks a rule"] if "BROKEN" in card.ask else []

    monkeypatch.setattr(deck_files, "CHECKS", (check,))
    return seen


def test_a_deck_that_passed_is_not_checked_again(
    tmp_path: Path, deck: Path, checked: list[str]
) -> None:
    stamps = DeckStamps(tmp_path / "cache")
    first, problems = load_deck(deck, stamps)
    assert problems == [] and len(checked) == len(first) > 200
    again, problems = load_deck(deck, stamps)
    assert (again, problems) == (first, [])
    assert len(checked) == len(first)


def test_a_changed_card_is_checked_in_full(tmp_path: Path, deck: Path, checked: list[str]) -> None:
    stamps = DeckStamps(tmp_path / "cache")
    cards, _ = load_deck(deck, stamps)
    path = deck / "everyday.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('ask: "', 'ask: "BROKEN ', 1))
    _, problems = load_deck(deck, stamps)
    assert len(checked) == 2 * len(cards)
    assert [p.message for p in problems] == ["breaks a rule"]


def test_a_deck_with_a_problem_is_never_stamped(
    tmp_path: Path, deck: Path, checked: list[str]
) -> None:
    path = deck / "money.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('ask: "', 'ask: "BROKEN ', 1))
    stamps = DeckStamps(tmp_path / "cache")
    for _ in range(2):
        _, problems = load_deck(deck, stamps)
        assert len(problems) == 1
    assert len(checked) == 2 * len({*checked})
    assert not any((tmp_path / "cache").glob("*"))


def test_the_stamp_names_the_checking_code_and_the_deck(tmp_path: Path, deck: Path) -> None:
    code = tmp_path / "code"
    (code / "asks").mkdir(parents=True)
    (code / "asks" / "rules.py").write_text("RULES = 1\n")
    stamps = DeckStamps(tmp_path / "cache", (code,))
    paths = deck_paths(deck)
    keys = {stamps.key(paths)}
    (code / "asks" / "rules.py").write_text("RULES = 2\n")
    keys.add(stamps.key(paths))
    (code / "asks" / "more.py").write_text("")
    keys.add(stamps.key(paths))
    keys.add(stamps.key(paths[:-1]))
    assert len(keys) == 4
    assert stamps.key(paths) == stamps.key(paths)


def test_a_cache_that_cannot_be_written_only_costs_the_check(
    tmp_path: Path, deck: Path, checked: list[str]
) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    stamps = DeckStamps(blocked / "askanyway")
    for _ in range(2):
        cards, problems = load_deck(deck, stamps)
        assert problems == []
    assert len(checked) == 2 * len(cards)


def test_only_the_newest_stamps_are_kept(tmp_path: Path) -> None:
    stamps = DeckStamps(tmp_path / "cache")
    for n in range(12):
        stamps.remember(f"{n:064x}")
    kept = sorted(path.name for path in (tmp_path / "cache").iterdir())
    assert len(kept) == 8 and stamps.passed(f"{11:064x}")


def test_the_stamps_live_in_the_users_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    stamps = DeckStamps.in_user_cache()
    assert stamps is not None and stamps.directory == tmp_path / "askanyway"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    stamps = DeckStamps.in_user_cache()
    assert stamps is not None and stamps.directory == tmp_path / "home" / ".cache" / "askanyway"
