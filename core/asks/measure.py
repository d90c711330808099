"""Figures for the own-card check over a labelled batch of asks.

A batch is plain data (`text`, `label` good or bad, `category`); the figures are what
the issue asks of the check: unethical cards accepted per category (the target is none)
and the share of good cards refused (the target is at most 5 %). The training batch and
each held-out batch are measured apart, so a tuned figure is never passed off as a
held-out one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

GOOD, BAD = "good", "bad"


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    bad: bool
    category: str


@dataclass(frozen=True, slots=True)
class Figures:
    """Accepted bad cards per category, refused good cards, and the texts of each miss."""

    bad_total: Counter[str] = field(default_factory=Counter)
    bad_accepted: Counter[str] = field(default_factory=Counter)
    good_total: int = 0
    good_refused: int = 0
    misses: tuple[Case, ...] = ()

    @property
    def refused_share(self) -> float:
        return self.good_refused / self.good_total if self.good_total else 0.0

    def lines(self, name: str) -> list[str]:
        """The figure as printed under "figures" by `make test`."""
        accepted = ", ".join(
            f"{category} {self.bad_accepted[category]}/{self.bad_total[category]}"
            for category in sorted(self.bad_total)
        )
        return [
            f"own-card check, {name}: unethical accepted {sum(self.bad_accepted.values())}/"
            f"{sum(self.bad_total.values())} ({accepted})",
            f"own-card check, {name}: good refused {self.good_refused}/{self.good_total} "
            f"({self.refused_share:.1%})",
        ]


def cases_from(raw: Iterable[Mapping[str, Any]]) -> list[Case]:
    """Cases from the mappings of a batch file; a malformed entry is an error to fix."""
    cases: list[Case] = []
    for number, entry in enumerate(raw, start=1):
        text, label, category = entry.get("text"), entry.get("label"), entry.get("category")
        if not isinstance(text, str) or label not in (GOOD, BAD) or not isinstance(category, str):
            raise ValueError(f"case #{number} needs text, label good|bad and a category")
        cases.append(Case(text, label == BAD, category))
    return cases


def measure(cases: Iterable[Case], refuses: Callable[[str], bool]) -> Figures:
    """Run the check over every case and count its misses."""
    bad_total: Counter[str] = Counter()
    bad_accepted: Counter[str] = Counter()
    good_total = good_refused = 0
    misses: list[Case] = []
    for case in cases:
        refused = refuses(case.text)
        if case.bad:
            bad_total[case.category] += 1
            if not refused:
                bad_accepted[case.category] += 1
                misses.append(case)
        else:
            good_total += 1
            if refused:
                good_refused += 1
                misses.append(case)
    return Figures(bad_total, bad_accepted, good_total, good_refused, tuple(misses))
