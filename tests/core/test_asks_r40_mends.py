"""Fair asks of someone who reports to the user, mended after the thirty-ninth round's merge.

Asking after someone ("how his first month at sea has been", "how her weekend was") or for
their view of how the place works ("what she thinks of the new process") costs them nothing a
no would: the power rule allows it (`core.asks.power.WELFARE`, `core.asks.views_asked`), and
the model may not call it power either (`core.asks.second.fits`). A favour or more work after
the question stays power.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.second import fits
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my intern how his first month has been",
        "ask my youngest deckhand how his first month at sea has been",
        "ask my employee how her weekend was",
        "ask my trainee how her first week on the ward went",
        "ask my intern what she thinks of the new process",
        "ask my assistant how he feels about the current rota",
    ],
)
def test_asking_after_them_or_their_view_is_no_power(text: str) -> None:
    assert_first_problem(text, None)
    assert not fits(Problem.POWER, understand(text))


@pytest.mark.parametrize(
    "text",
    [
        "ask my employee how her weekend was and if she'd cover my shift",
        "ask my intern what she thinks of the new process and then have her stay late to redo it",
        "ask my intern to pick up my dry cleaning",
        "ask my assistant how his weekend was and whether he'd lend me 50 quid",
    ],
)
def test_a_favour_after_the_question_stays_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)
    assert fits(Problem.POWER, understand(text))
