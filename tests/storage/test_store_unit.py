"""The unit of work: what a block saves commits together, or not at all."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest

from core.model import Attempt, AttemptStatus, Outcome, User
from tests.storage.support import T0

DAY = date(2025, 3, 10)


class Refused(Exception):
    pass


async def _user_with_a_card(store: Any) -> tuple[User, Attempt]:
    user = await store.create_user("telegram", "1", "1", T0)
    attempt = await store.add_attempt(user.id, "c", 1, "everyday", DAY, T0)
    return user, attempt


async def test_an_outcome_and_its_follow_up_commit_together(store):
    user, attempt = await _user_with_a_card(store)
    waiting = dataclasses.replace(
        attempt, status=AttemptStatus.RECORDED, outcome=Outcome.WAITING, recorded_at=T0
    )

    async with store.transaction():
        await store.save_attempt(waiting)
        await store.user_schedules.schedule(
            user.id, f"followup:{attempt.id}", T0 + timedelta(days=3)
        )
        assert (await store.attempt(attempt.id)).outcome is Outcome.WAITING  # seen inside

    assert await store.attempt(attempt.id) == waiting
    assert await store.user_schedules.scheduled(user.id) == {
        f"followup:{attempt.id}": T0 + timedelta(days=3)
    }


async def test_a_block_that_raises_saves_nothing(store):
    user, attempt = await _user_with_a_card(store)
    recorded = dataclasses.replace(attempt, status=AttemptStatus.RECORDED, outcome=Outcome.NO)

    with pytest.raises(Refused):
        async with store.transaction():
            await store.save_attempt(recorded)
            await store.user_schedules.schedule(user.id, "card", T0)
            await store.add_rest_day(user.id, DAY, T0)
            raise Refused

    assert await store.attempt(attempt.id) == attempt
    assert await store.user_schedules.scheduled(user.id) == {}
    assert await store.rest_days(user.id) == []


async def test_a_block_inside_another_joins_it(store):
    user, _attempt = await _user_with_a_card(store)

    with pytest.raises(Refused):
        async with store.transaction():
            async with store.transaction():
                await store.add_rest_day(user.id, DAY, T0)
            assert await store.rest_days(user.id) == [DAY]
            raise Refused

    assert await store.rest_days(user.id) == []


async def test_calls_outside_a_block_each_commit_at_once(store):
    user, _attempt = await _user_with_a_card(store)

    with pytest.raises(Refused):
        await store.add_rest_day(user.id, DAY, T0)
        raise Refused

    assert await store.rest_days(user.id) == [DAY]
