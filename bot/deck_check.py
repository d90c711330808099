"""`askanyway deck check [PATH]`: validate a deck before it reaches anyone.

Deck authors run this after editing a card; CI runs it on the shipped deck. It shows
how the cards spread over domains and levels (the ladder needs every rung filled) and
lists every problem as `file:line: card ID: message` so an editor can jump to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from adapters.content.deck_files import deck_paths, load_cards, shipped_data_dir
from core.deck import DOMAINS, LEVELS, Card, Problem


def _table(cards: Sequence[Card]) -> list[str]:
    counts = Counter((card.domain, card.level) for card in cards)
    header = f"{'domain':<10}" + "".join(f"{'L' + str(n):>5}" for n in LEVELS) + f"{'total':>7}"
    rows = [header]
    for domain in DOMAINS:
        cells = [counts[(domain, level)] for level in LEVELS]
        rows.append(f"{domain:<10}" + "".join(f"{c:>5}" for c in cells) + f"{sum(cells):>7}")
    totals = [sum(counts[(d, level)] for d in DOMAINS) for level in LEVELS]
    rows.append(f"{'all':<10}" + "".join(f"{c:>5}" for c in totals) + f"{len(cards):>7}")
    return rows


def _group_safe_line(cards: Sequence[Card]) -> str:
    safe = Counter(card.level for card in cards if card.group_safe)
    by_level = ", ".join(f"L{level} {safe[level]}" for level in LEVELS)
    return f"group-safe: {sum(safe.values())} ({by_level})"


def _check(path: Path) -> tuple[list[Card], list[Problem], int]:
    paths = [path] if path.is_file() else deck_paths(path)
    cards, problems = load_cards(paths, path)
    return cards, problems, len(paths)


def deck_check(path: Path | None, out: TextIO) -> int:
    """Print the deck's shape and its problems; 0 when the deck is clean, 1 otherwise."""
    target = path if path is not None else shipped_data_dir() / "deck"
    cards, problems, file_count = _check(target)
    print(f"deck: {target} ({file_count} files, {len(cards)} valid cards)", file=out)
    for row in _table(cards):
        print(row, file=out)
    print(_group_safe_line(cards), file=out)
    for problem in problems:
        print(problem, file=out)
    if problems:
        print(f"{len(problems)} problem(s) found", file=out)
        return 1
    print("ok: no problems found", file=out)
    return 0
