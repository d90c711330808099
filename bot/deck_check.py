"""`askanyway deck check [PATH]`: validate a deck before it reaches anyone.

Deck authors run this after editing a card; CI runs it on the shipped deck. It shows
how the cards spread over domains and levels (the ladder needs every rung filled, and
every rung needs cards that anyone can do today, see docs/deck-rubric.md), which cards
need something not everyone has, how close the most alike pair of cards is, and it lists
every problem as `file:line: card ID: message` so an editor can jump to it. Near-copies
and levels that disagree with the rubric are problems, so the check fails on them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from adapters.content.deck_files import (
    RETIRED_FILE,
    deck_paths,
    load_cards,
    load_raw_cards,
    load_retired,
    shipped_data_dir,
)
from core.deck import DOMAINS, LEVELS, NEEDS, Card, Problem
from core.deck_rubric import level_disagreements
from core.deck_similarity import NEAR_COPY_THRESHOLD, most_alike, near_copies

MIN_DOABLE_PER_CELL = 6
"""Cards without needs each domain and level should hold, so anyone gets a fresh card."""


def _table(cards: Sequence[Card], keep: Callable[[Card], bool] = lambda _card: True) -> list[str]:
    counts = Counter((card.domain, card.level) for card in cards if keep(card))
    header = f"{'domain':<10}" + "".join(f"{'L' + str(n):>5}" for n in LEVELS) + f"{'total':>7}"
    rows = [header]
    for domain in DOMAINS:
        cells = [counts[(domain, level)] for level in LEVELS]
        rows.append(f"{domain:<10}" + "".join(f"{c:>5}" for c in cells) + f"{sum(cells):>7}")
    totals = [sum(counts[(d, level)] for d in DOMAINS) for level in LEVELS]
    rows.append(f"{'all':<10}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")
    return rows


def _group_safe_line(cards: Sequence[Card]) -> str:
    safe = Counter(card.level for card in cards if card.group_safe)
    by_level = ", ".join(f"L{level} {safe[level]}" for level in LEVELS)
    return f"group-safe: {sum(safe.values())} ({by_level})"


def _needs_lines(cards: Sequence[Card]) -> list[str]:
    lines = [f"cards with needs: {sum(1 for c in cards if c.needs)}"]
    for need in NEEDS:
        ids = [card.id for card in cards if need in card.needs]
        if ids:
            lines.append(f"  {need} ({len(ids)}): {', '.join(ids)}")
    return lines


def _thin_cells(cards: Sequence[Card]) -> list[str]:
    counts = Counter((c.domain, c.level) for c in cards if not c.needs)
    present = {c.domain for c in cards}
    return [
        f"{domain} L{level}: {counts[(domain, level)]}"
        for domain in DOMAINS
        if domain in present
        for level in LEVELS
        if counts[(domain, level)] < MIN_DOABLE_PER_CELL
    ]


def _similarity(cards: Sequence[Card], where: dict[str, Problem]) -> tuple[str, list[Problem]]:
    top = most_alike(cards)
    shown = f"{top.first} ~ {top.second} {top.score:.2f}" if top else "none"
    line = f"near-copies: content-word Jaccard above {NEAR_COPY_THRESHOLD:.2f}; most alike: {shown}"
    problems = [
        _at(where, pair.second, f"a near-copy of {pair.first} (similarity {pair.score:.2f})")
        for pair in near_copies(cards)
    ]
    return line, problems


def _at(where: dict[str, Problem], card_id: str, message: str) -> Problem:
    spot = where.get(card_id, Problem("?", 1, card_id, ""))
    return Problem(spot.source, spot.line, card_id, message)


def _retired(deck_dir: Path, live: Sequence[Card]) -> tuple[str, list[Problem]]:
    """The retired cards beside a deck folder (`data/deck_retired.yaml` for `data/deck`)."""
    path = deck_dir.parent / RETIRED_FILE
    retired, problems = load_retired(path)
    reused = {card.id for card in live} & {card.id for card in retired}
    for card in retired:
        if card.id in reused:
            problems.append(
                Problem(str(path), 1, card.id, "a retired id is used again in the deck")
            )
    return f"retired: {len(retired)} cards ({path.name})", problems


def _check(path: Path) -> tuple[list[Card], list[Problem], int, dict[str, Problem]]:
    paths = [path] if path.is_file() else deck_paths(path)
    cards, problems = load_cards(paths, path)
    raw, _found = load_raw_cards(paths)
    where = {str(r.data.get("id", "")): Problem(r.source, r.line, "", "") for r in raw}
    return cards, problems, len(paths), where


def deck_check(path: Path | None, out: TextIO) -> int:
    """Print the deck's shape and its problems; 0 when the deck is clean, 1 otherwise."""
    target = path if path is not None else shipped_data_dir() / "deck"
    cards, problems, file_count, where = _check(target)
    print(f"deck: {target} ({file_count} files, {len(cards)} valid cards)", file=out)
    for row in _table(cards):
        print(row, file=out)
    print("doable by anyone today (no needs):", file=out)
    for row in _table(cards, lambda card: not card.needs):
        print(row, file=out)
    thin = _thin_cells(cards)
    print(
        f"cells under {MIN_DOABLE_PER_CELL} doable by anyone: {', '.join(thin) or 'none'}", file=out
    )
    print(_group_safe_line(cards), file=out)
    for line in _needs_lines(cards):
        print(line, file=out)
    similarity, copies = _similarity(cards, where)
    print(similarity, file=out)
    rubric = [_at(where, c.id, message) for c in cards for message in level_disagreements(c)]
    print(f"rubric disagreements: {len(rubric)}", file=out)
    retired_problems: list[Problem] = []
    if target.is_dir():
        retired_line, retired_problems = _retired(target, cards)
        print(retired_line, file=out)
    everything = [*problems, *copies, *rubric, *retired_problems]
    for problem in everything:
        print(problem, file=out)
    if everything:
        print(f"{len(everything)} problem(s) found", file=out)
        return 1
    print("ok: no problems found", file=out)
    return 0
