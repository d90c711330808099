"""How a member appears on the board is kept with the membership; migration 0005 keeps
members who joined before the choice existed shown by name (they never chose otherwise)."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest
from alembic import command
from sqlalchemy import Connection

from adapters.store.database import create_engine
from adapters.store.migrate import alembic_config, upgrade
from adapters.store.sql_store import SqlStore
from core.groups.model import Appearance, ChallengeStatus, GroupChallenge, Member
from tests.storage.support import T0


def _challenge(group_id: int) -> GroupChallenge:
    return GroupChallenge(
        0, group_id, 30, date(2025, 3, 11), "UTC", time(8), ChallengeStatus.RUNNING, T0
    )


async def _member_of_a_challenge(store) -> Member:
    user = await store.create_user("telegram", "7", "7", T0)
    group = await store.ensure_group("telegram", "-100", "Practice circle", T0)
    challenge = await store.add_group_challenge(_challenge(group.id))
    member = Member(challenge.id, user.id, "Ana Real", T0)
    assert await store.add_member(member)
    return member


async def test_new_members_are_counted_not_named_and_their_choice_is_kept(store) -> None:
    member = await _member_of_a_challenge(store)
    saved = await store.member(member.challenge_id, member.user_id)
    assert saved is not None and saved.appearance is Appearance.HIDDEN
    aliased = dataclasses.replace(member, appearance=Appearance.ALIAS, alias="Sparrow")
    await store.save_member(aliased)
    assert await store.member(member.challenge_id, member.user_id) == aliased
    assert list(await store.memberships(member.user_id)) == [aliased]


def _back_to_0004(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.downgrade(config, "0004")


@pytest.mark.sql
async def test_members_from_before_the_choice_stay_shown_by_name(database_url: str) -> None:
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        member = await _member_of_a_challenge(store)
    finally:
        await store.close()
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_back_to_0004)
    finally:
        await engine.dispose()
    await upgrade(database_url)
    store = SqlStore.from_url(database_url)
    try:
        before = await store.member(member.challenge_id, member.user_id)
        assert before is not None
        assert (before.display_name, before.appearance, before.alias) == (
            "Ana Real",
            Appearance.NAME,
            "",
        )
    finally:
        await store.close()
