"""A challenge's shared goal, kinds of asks and celebration day are kept; migration 0006
leaves challenges from before with no goal and every kind of ask."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from alembic import command
from sqlalchemy import Connection

from adapters.store.database import create_engine
from adapters.store.migrate import alembic_config, upgrade
from adapters.store.sql_store import SqlStore
from core.groups.model import ChallengeStatus, GroupChallenge
from tests.storage.support import T0

DAY = date(2025, 3, 11)


async def _challenge(store, **changes: object) -> GroupChallenge:
    group = await store.ensure_group("telegram", "-100", "Practice circle", T0)
    fresh = GroupChallenge(0, group.id, 30, DAY, "UTC", time(8), ChallengeStatus.RUNNING, T0)
    changed = dataclasses.replace(fresh, **changes)  # type: ignore[arg-type]
    made: GroupChallenge = await store.add_group_challenge(changed)
    return made


async def test_a_goal_and_kinds_of_asks_are_kept(store) -> None:
    challenge = await _challenge(store, goal=500, domains=("social", "work"))
    assert await store.group_challenge(challenge.id) == challenge
    reached = dataclasses.replace(challenge, goal_reached_on=DAY)
    await store.save_group_challenge(reached)
    assert await store.group_challenge(challenge.id) == reached


def _back_to_0005(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, "0005")


@pytest.mark.sql
async def test_challenges_from_before_have_no_goal(database_url: str) -> None:
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        challenge = await _challenge(store)
    finally:
        await store.close()
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_back_to_0005)
    finally:
        await engine.dispose()
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        before = await store.group_challenge(challenge.id)
        assert before is not None
        assert (before.goal, before.domains, before.goal_reached_on) == (None, (), None)
    finally:
        await store.close()
