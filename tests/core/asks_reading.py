"""What the own-card rules make of one ask, asserted the same way by every rule test file."""

from __future__ import annotations

from core.asks import Problem, problems, understand


def assert_first_problem(text: str, problem: Problem | None) -> None:
    """The first problem the rules find in `text` is `problem` (None: the ask is fair)."""
    found = problems(understand(text))
    assert (found[0] if found else None) is problem, found
