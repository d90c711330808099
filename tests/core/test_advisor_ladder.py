"""The embedded advisor's ladder, and which rung today's card is."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from core import own_cards
from core.advisor.follow import next_rung, rung_for_today
from core.advisor.goals import goal_domain, goal_level
from core.advisor.ladder import build_plan
from core.advisor.plan import MAX_RUNGS, MIN_RUNGS, Goal, Rung, RungKind, with_rung
from core.model import Attempt, AttemptStatus, Outcome
from tests.fakes.chat import shipped_content

AT = datetime(2026, 3, 2, 7, tzinfo=UTC)
DAY = date(2026, 3, 2)
PEOPLE = {
    "work": (("Ask my manager to let me lead the next project", 8),),
    "dating": (
        ("Ask someone I've been chatting with to meet for a coffee", 9),
        ("Tell a friend I'd like to see them more often", 4),
    ),
    "creative": (
        ("Send my short story to a magazine", 7),
        ("Play my songs at an open mic night", 9),
        ("Share my drawings online", 3),
    ),
}


def _goals(said: tuple[tuple[str, int], ...]) -> list[Goal]:
    return [Goal(t, f, goal_domain(t), goal_level(f)) for t, f in said]


@pytest.mark.parametrize("who", sorted(PEOPLE))
@pytest.mark.parametrize("has", [(), ("job", "making", "dating")])
def test_a_ladder_climbs_from_small_asks_to_the_users_own_goals(who, has):
    goals = _goals(PEOPLE[who])
    plan = build_plan(1, DAY, AT, goals, shipped_content().cards, has)

    rungs = plan.rungs
    assert MIN_RUNGS <= len(rungs) <= MAX_RUNGS
    assert rungs[-1].kind is RungKind.GOAL and rungs[0].kind is RungKind.CARD
    assert {r.ask for r in rungs if r.kind is RungKind.GOAL} == {g.text for g in goals}
    assert [r.level for r in rungs] == sorted(r.level for r in rungs)
    assert [r.fear for r in rungs] == sorted(r.fear for r in rungs)
    assert rungs[0].level == 1 and rungs[-1].fear == max(g.fear for g in goals)
    assert len({r.card_id for r in rungs}) == len(rungs)
    deck = {c.id: c for c in shipped_content().cards}
    assert all(deck[r.card_id].fits(has) for r in rungs if r.kind is RungKind.CARD)
    assert not any(own_cards.refuses(r.ask) for r in rungs if r.kind is not RungKind.CARD)


def test_the_same_goals_on_the_same_day_give_the_same_ladder():
    goals = _goals(PEOPLE["work"])
    cards = shipped_content().cards
    assert build_plan(1, DAY, AT, goals, cards, ()) == build_plan(1, DAY, AT, goals, cards, ())


def _attempt(card_id: str, outcome: Outcome | None, day: date = DAY) -> Attempt:
    status = AttemptStatus.OPEN if outcome is None else AttemptStatus.RECORDED
    return Attempt(1, 1, card_id, 1, "work", day, AT, status, outcome=outcome)


def test_a_rung_is_done_when_attempted_whatever_the_answer_but_not_when_skipped():
    plan = build_plan(1, DAY, AT, _goals(PEOPLE["work"]), shipped_content().cards, ())
    first, second = plan.rungs[0].card_id, plan.rungs[1].card_id

    assert next_rung(plan, [_attempt(first, Outcome.NO)]) == 1
    assert next_rung(plan, [_attempt(first, Outcome.YES), _attempt(second, Outcome.NO)]) == 2
    assert next_rung(plan, [_attempt(first, Outcome.DIDNT_TRY)]) == 0
    assert next_rung(plan, [_attempt(first, None)]) == 0
    assert next_rung(plan, [_attempt(first, Outcome.NO, date(2026, 3, 1))]) == 0


def test_the_next_rung_waits_until_the_ladder_rules_let_the_user_climb():
    plan = build_plan(1, DAY, AT, _goals(PEOPLE["work"]), shipped_content().cards, ())
    done = [_attempt(r.card_id, Outcome.NO) for r in plan.rungs if r.level == 1]
    waiting = plan.rungs[len(done)]

    assert waiting.level == 2
    assert rung_for_today(plan, done, level=1) is None
    assert rung_for_today(plan, done, level=2) == waiting
    everything = [_attempt(r.card_id, Outcome.NO) for r in plan.rungs]
    assert rung_for_today(plan, everything, level=5) is None


def test_a_rung_of_ones_own_keeps_the_ladder_climbing():
    plan = build_plan(1, DAY, AT, _goals(PEOPLE["creative"]), shipped_content().cards, ())
    for level, fear in ((1, 0), (3, 4), (5, 10)):
        mine = Rung(f"plan-own-{level}", RungKind.OWN, "Mine", "Ask a thing.", "work", level, fear)
        added = with_rung(plan, mine).rungs
        assert len(added) == len(plan.rungs) + 1 and mine in added
        assert [(r.level, r.fear) for r in added] == sorted((r.level, r.fear) for r in added)
