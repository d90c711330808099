"""The yes-rate mirror: which answers count, how they add up, and what the user reads."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.calibration import MIN_PREDICTIONS, Mirror, MirrorRow, Prediction, mirror, mirror_sentence
from core.model import Outcome

YES, NO, PARTLY, WAITING, DIDNT_TRY = (
    Outcome.YES,
    Outcome.NO,
    Outcome.PARTLY,
    Outcome.WAITING,
    Outcome.DIDNT_TRY,
)


def p(outcome: Outcome, predicted: int = 30, level: int = 1) -> Prediction:
    return Prediction(level=level, predicted_yes=predicted, outcome=outcome)


def test_four_answers_are_too_few_for_a_mirror():
    assert mirror([p(NO)] * (MIN_PREDICTIONS - 1)) is None


def test_five_answers_make_a_mirror():
    result = mirror([p(YES, 10), p(NO, 30), p(NO, 50), p(YES, 70), p(NO, 90)])
    assert result is not None
    assert result.overall == MirrorRow(predicted=0.5, actual=0.4, count=5)


def test_partly_counts_as_half_a_yes():
    result = mirror([p(YES), p(PARTLY), p(NO), p(NO), p(NO)])
    assert result is not None
    assert result.overall.actual == pytest.approx(0.3)


def test_answers_still_awaited_and_asks_not_made_are_not_counted():
    unknown = [p(WAITING, 90), p(DIDNT_TRY, 90), p(WAITING, 90)]
    assert mirror([*unknown, *[p(NO, 10)] * 4]) is None
    result = mirror([*unknown, *[p(NO, 10)] * 5])
    assert result is not None
    assert result.overall == MirrorRow(predicted=0.1, actual=0.0, count=5)


def test_levels_are_split_and_listed_in_order():
    level_three = [p(YES, 50, level=3), p(NO, 70, level=3)]
    level_one = [p(NO, 10, level=1), p(YES, 30, level=1), p(PARTLY, 90, level=1)]
    result = mirror([level_three[0], *level_one, level_three[1]])
    assert result is not None
    assert list(result.by_level) == [1, 3]
    one = result.by_level[1]
    assert one.predicted == pytest.approx(13 / 30)
    assert (one.actual, one.count) == (0.5, 3)
    assert result.by_level[3] == MirrorRow(predicted=0.6, actual=0.5, count=2)


def test_predictions_outside_the_scale_are_clamped():
    result = mirror([p(NO, -20), p(NO, 150), p(NO, 0), p(NO, 100), p(NO, 50)])
    assert result is not None
    assert result.overall.predicted == pytest.approx(0.5)


def sentence(predicted: float, actual: float) -> str:
    return mirror_sentence(Mirror(MirrorRow(predicted, actual, 10), {}))


def test_the_sentence_names_both_rates_in_whole_percent():
    text = sentence(0.2, 0.45)
    assert text.startswith("You expected a yes 20% of the time; people said yes 45% of the time. ")


def test_halves_round_up_in_the_sentence():
    assert "expected a yes 13%" in sentence(0.125, 0.9)


@pytest.mark.parametrize(
    ("predicted", "actual", "clause"),
    [
        (0.2, 0.45, "Your fear guessed low"),
        (0.3, 0.4, "Your fear guessed low"),
        (0.3, 0.39, None),
        (0.3, 0.35, "Your guesses are getting sharp."),
        (0.3, 0.3, "Your guesses are getting sharp."),
        (0.3, 0.25, "Your guesses are getting sharp."),
        (0.3, 0.24, None),
        (0.9, 0.2, None),
    ],
)
def test_a_warm_second_clause_follows_the_gap(predicted, actual, clause):
    text = sentence(predicted, actual)
    if clause is None:
        assert text.endswith("of the time.")
    else:
        assert clause in text


predictions = st.lists(
    st.builds(
        Prediction,
        level=st.integers(min_value=1, max_value=5),
        predicted_yes=st.integers(min_value=-10, max_value=110),
        outcome=st.sampled_from(Outcome),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(predictions)
def test_mirror_rows_are_shares_and_levels_add_up(history):
    result = mirror(history)
    settled = [x for x in history if x.outcome in (YES, NO, PARTLY)]
    if len(settled) < MIN_PREDICTIONS:
        assert result is None
        return
    assert result is not None
    rows = [result.overall, *result.by_level.values()]
    assert all(0 <= row.predicted <= 1 and 0 <= row.actual <= 1 for row in rows)
    assert result.overall.count == len(settled)
    assert result.overall.count == sum(row.count for row in result.by_level.values())
    assert mirror_sentence(result).startswith("You expected a yes ")
