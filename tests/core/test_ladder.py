"""Ladder rules as tables of short histories, plus properties over random ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.ladder import (
    MAX_LEVEL,
    MIN_LEVEL,
    Advice,
    LadderAdvice,
    Step,
    advise,
    clamp_level,
    start_level,
)
from core.model import Outcome

YES, NO, PARTLY, WAITING, DIDNT_TRY = (
    Outcome.YES,
    Outcome.NO,
    Outcome.PARTLY,
    Outcome.WAITING,
    Outcome.DIDNT_TRY,
)


def calm(level: int, outcome: Outcome = NO, mood: int = 4) -> Step:
    return Step(level, outcome, mood)


def low(level: int, mood: int = 1) -> Step:
    return Step(level, NO, mood)


STAY, UP, DOWN = Advice.STAY, Advice.OFFER_UP, Advice.STEP_DOWN

CASES = {
    "no history stays": (2, [], False, LadderAdvice(STAY, 2)),
    "a low mood last steps down": (3, [calm(3), low(3)], False, LadderAdvice(DOWN, 2)),
    "mood 2 is low": (3, [low(3, mood=2)], False, LadderAdvice(DOWN, 2)),
    "mood 3 is not low": (3, [calm(3, mood=3)], False, LadderAdvice(STAY, 3)),
    "a low mood at another level still steps down": (3, [low(1)], False, LadderAdvice(DOWN, 2)),
    "level 1 never steps down on a low mood": (1, [low(1)], False, LadderAdvice(STAY, 1)),
    "a rest nudge steps down": (3, [calm(3)], True, LadderAdvice(DOWN, 2)),
    "level 1 never steps down on a rest nudge": (1, [], True, LadderAdvice(STAY, 1)),
    "a rest nudge never offers up": (1, [calm(1)] * 3, True, LadderAdvice(STAY, 1)),
    "an earlier low mood does not step down": (3, [low(3), calm(3)], False, LadderAdvice(STAY, 3)),
    "three calm attempts offer a step up": (2, [calm(2)] * 3, False, LadderAdvice(UP, 3)),
    "two calm attempts stay": (2, [calm(2)] * 2, False, LadderAdvice(STAY, 2)),
    "mood 3 counts towards a step up": (2, [calm(2, mood=3)] * 3, False, LadderAdvice(UP, 3)),
    "level 5 never offers up": (5, [calm(5)] * 4, False, LadderAdvice(STAY, 5)),
    "every attempted outcome counts": (
        1,
        [calm(1, YES), calm(1, PARTLY), calm(1, WAITING)],
        False,
        LadderAdvice(UP, 2),
    ),
    "not trying does not count": (
        2,
        [calm(2), calm(2), calm(2, DIDNT_TRY)],
        False,
        LadderAdvice(STAY, 2),
    ),
    "an attempt without a mood does not count": (
        2,
        [calm(2), calm(2), Step(2, NO, None)],
        False,
        LadderAdvice(STAY, 2),
    ),
    "an attempt without a mood does not reset the count": (
        2,
        [calm(2), Step(2, NO, None), calm(2), calm(2)],
        False,
        LadderAdvice(UP, 3),
    ),
    "attempts at another level do not count": (
        2,
        [calm(1), calm(3), calm(2), calm(2)],
        False,
        LadderAdvice(STAY, 2),
    ),
    "a low mood at this level resets the count": (
        2,
        [calm(2), calm(2), low(2), calm(2), calm(2)],
        False,
        LadderAdvice(STAY, 2),
    ),
    "three calm attempts after a low mood offer up again": (
        2,
        [calm(2), low(2), calm(2), calm(2), calm(2)],
        False,
        LadderAdvice(UP, 3),
    ),
    "a low mood at a harder level resets the count": (
        2,
        [calm(2), calm(2), calm(2), low(3), calm(2)],
        False,
        LadderAdvice(STAY, 2),
    ),
    "a low mood at an easier level does not reset the count": (
        3,
        [calm(3), calm(3), low(2), calm(3)],
        False,
        LadderAdvice(UP, 4),
    ),
    "a level above the ladder is clamped": (9, [], False, LadderAdvice(STAY, 5)),
    "a level below the ladder is clamped": (0, [], False, LadderAdvice(STAY, 1)),
}


@pytest.mark.parametrize(("level", "steps", "nudged", "expected"), CASES.values(), ids=CASES.keys())
def test_ladder_table(level, steps, nudged, expected):
    assert advise(level, steps, rest_nudged=nudged) == expected


def test_ups_needed_sets_how_many_calm_attempts_it_takes():
    assert advise(2, [calm(2)], ups_needed=1).advice is Advice.OFFER_UP
    assert advise(2, [calm(2)] * 4, ups_needed=5).advice is Advice.STAY


def test_ups_needed_below_one_is_refused():
    with pytest.raises(ValueError):
        advise(2, [], ups_needed=0)


@pytest.mark.parametrize(
    ("fear", "level"), [(5, 1), (4, 1), (3, 2), (2, 2), (1, 3), (0, 3), (-4, 3), (6, 1), (99, 1)]
)
def test_strong_fear_starts_low(fear, level):
    assert start_level(fear) == level


@pytest.mark.parametrize(
    ("given_level", "level"), [(-3, 1), (0, 1), (1, 1), (3, 3), (5, 5), (6, 5)]
)
def test_clamp_level_keeps_levels_on_the_ladder(given_level, level):
    assert clamp_level(given_level) == level


levels = st.integers(min_value=MIN_LEVEL, max_value=MAX_LEVEL)
steps = st.lists(
    st.builds(
        Step,
        level=levels,
        outcome=st.sampled_from(Outcome),
        mood=st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
    ),
    max_size=12,
)
FAST = settings(max_examples=200, deadline=None)
MOVES = {Advice.STAY: 0, Advice.OFFER_UP: 1, Advice.STEP_DOWN: -1}


@FAST
@given(levels, steps, st.booleans())
def test_advice_stays_on_the_ladder_and_moves_one_step_at_most(level, history, nudged):
    result = advise(level, history, rest_nudged=nudged)
    assert MIN_LEVEL <= result.level <= MAX_LEVEL
    assert result.level - level == MOVES[result.advice]


@FAST
@given(levels, steps, st.integers(min_value=1, max_value=2), st.booleans())
def test_a_low_mood_last_never_offers_up(level, history, mood, nudged):
    history = [*history, Step(level, Outcome.NO, mood)]
    assert advise(level, history, rest_nudged=nudged).advice is not Advice.OFFER_UP


@FAST
@given(levels, steps, st.booleans())
def test_advice_is_deterministic(level, history, nudged):
    first = advise(level, history, rest_nudged=nudged)
    assert advise(level, list(history), rest_nudged=nudged) == first
