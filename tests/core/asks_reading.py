"""What the own-card rules make of one ask, asserted the same way by every rule test file."""

from __future__ import annotations

from core.asks import Problem, read


def assert_first_problem(text: str, problem: Problem | None) -> None:
    """The first problem the rules find in `text` (or in its English gloss, as /addcard reads
    an ask in another language) is `problem` (None: the ask is fair)."""
    _, found = read(text)
    assert (found[0] if found else None) is problem, found
