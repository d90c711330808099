"""The Store contract for groups, shared challenges, members and group deliveries.

Every test runs on SQLite and on PostgreSQL (see conftest).
"""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import date, time, timedelta

from core.deck import Card
from core.groups.model import ChallengeStatus, GroupChallenge, GroupDue, Member
from core.model import Outcome
from tests.storage.support import T0, begin_one, finish_one, rows_per_table

DAY = date(2025, 3, 11)
LEASE = timedelta(minutes=5)
CARD = Card("everyday-001", "Ask for the time", "Ask someone the time.", 1, "everyday", "Why")


def _challenge(group_id: int, **changes: object) -> GroupChallenge:
    fresh = GroupChallenge(
        id=0,
        group_id=group_id,
        days=30,
        start_date=DAY,
        timezone="Europe/London",
        delivery_time=time(8, 0),
        status=ChallengeStatus.RUNNING,
        created_at=T0,
    )
    return dataclasses.replace(fresh, **changes)  # type: ignore[arg-type]


def _member(challenge_id: int, user_id: int, **changes: object) -> Member:
    fresh = Member(challenge_id, user_id, f"Person {user_id}", T0)
    return dataclasses.replace(fresh, **changes)  # type: ignore[arg-type]


async def _setup(store, platform: str = "telegram", chat: str = "-100"):
    group = await store.ensure_group(platform, chat, "Practice circle", T0)
    challenge = await store.add_group_challenge(_challenge(group.id))
    return group, challenge


async def test_a_group_is_made_once_per_chat_and_keeps_its_latest_title(store):
    first = await store.ensure_group("telegram", "-100", "Old name", T0)
    again = await store.ensure_group("telegram", "-100", "New name", T0 + timedelta(days=1))
    untitled = await store.ensure_group("telegram", "-100", "", T0)
    other = await store.ensure_group("discord", "-100", "Elsewhere", T0)

    assert first.id == again.id == untitled.id != other.id
    assert (again.title, untitled.title, again.created_at) == ("New name", "New name", T0)
    assert await store.group_by_chat("telegram", "-100") == untitled
    assert await store.group_by_chat("telegram", "-999") is None
    posted = dataclasses.replace(untitled, board_posted_at=T0 + timedelta(hours=2))
    await store.save_group(posted)
    assert await store.group(first.id) == posted


async def test_two_first_events_racing_for_a_chat_get_the_same_group(store):
    made = await asyncio.gather(
        *(store.ensure_group("telegram", "-5", "Race", T0) for _ in range(5))
    )
    assert len({group.id for group in made}) == 1


async def test_a_challenge_comes_back_whole_with_a_fresh_join_code(store):
    group, challenge = await _setup(store)
    other = await store.add_group_challenge(_challenge(group.id, status=ChallengeStatus.ENDED))

    assert challenge.id > 0 and len(challenge.join_code) >= 8
    assert challenge.join_code != other.join_code
    assert await store.group_challenge(challenge.id) == challenge
    assert await store.current_challenge(group.id) == challenge
    changed = dataclasses.replace(challenge, days=14, delivery_time=time(7, 30), ended_at=T0)
    await store.save_group_challenge(changed)
    assert await store.group_challenge(challenge.id) == changed
    await store.save_group_challenge(dataclasses.replace(changed, status=ChallengeStatus.ENDED))
    assert await store.current_challenge(group.id) is None


async def test_members_join_once_change_and_leave(store):
    _group, challenge = await _setup(store)
    ana = await store.create_user("telegram", "1", "1", T0)
    ben = await store.create_user("telegram", "2", "2", T0)
    assert await store.add_member(_member(challenge.id, ben.id, joined_at=T0 + timedelta(1)))
    assert await store.add_member(_member(challenge.id, ana.id, active=False))
    assert not await store.add_member(_member(challenge.id, ana.id, display_name="Again"))

    shared = _member(challenge.id, ana.id, active=True, share_outcomes=True, display_name="A" * 90)
    await store.save_member(shared)

    listed = await store.members(challenge.id)
    assert [m.user_id for m in listed] == [ana.id, ben.id]
    assert listed[0].share_outcomes and listed[0].active and listed[0].display_name == "A" * 64
    assert await store.memberships(ana.id) == [listed[0]]
    assert await store.remove_member(challenge.id, ben.id)
    assert not await store.remove_member(challenge.id, ben.id)
    assert await store.member(challenge.id, ben.id) is None


async def test_an_attempt_at_the_groups_card_is_made_once_and_keeps_its_challenge(store):
    _group, challenge = await _setup(store)
    ana = await store.create_user("telegram", "1", "1", T0)
    first, again = await asyncio.gather(
        store.add_challenge_attempt(ana.id, challenge.id, CARD, DAY, T0),
        store.add_challenge_attempt(ana.id, challenge.id, CARD, DAY, T0),
    )
    personal = await store.add_attempt(ana.id, "social-001", 2, "social", DAY, T0)
    recorded = dataclasses.replace(first, outcome=Outcome.NO)
    await store.save_attempt(recorded)

    assert first == again and first.challenge_id == challenge.id
    assert (first.card_id, first.level, first.domain) == ("everyday-001", 1, "everyday")
    assert await store.challenge_attempts(challenge.id) == [recorded]
    assert {a.id for a in await store.attempts(ana.id)} == {first.id, personal.id}
    assert (await store.attempt(personal.id)).challenge_id is None


async def test_group_schedules_are_claimed_by_lease_and_per_platform(store):
    _g1, on_telegram = await _setup(store, "telegram", "-1")
    _g2, on_discord = await _setup(store, "discord", "77")
    await store.group_schedules.schedule(on_telegram.id, "gcard", T0)
    await store.group_schedules.schedule(on_discord.id, "gcard", T0)
    await store.group_schedules.schedule(on_telegram.id, "gweek", T0 + timedelta(days=7))

    claimed = await store.group_schedules.claim_due(T0, T0 + LEASE, 10, "telegram")
    again = await store.group_schedules.claim_due(T0, T0 + LEASE, 10, "telegram")
    everywhere = await store.group_schedules.claim_due(T0 + LEASE, T0 + 2 * LEASE, 10)

    assert claimed == [GroupDue(on_telegram.id, "gcard", T0)]
    assert again == []
    assert {(d.challenge_id, d.kind) for d in everywhere} == {
        (on_telegram.id, "gcard"),
        (on_discord.id, "gcard"),
    }
    await store.group_schedules.schedule(on_telegram.id, "gweek", None)
    assert set(await store.group_schedules.scheduled(on_telegram.id)) == {"gcard"}


async def test_a_groups_card_of_a_day_is_begun_once_and_remembered(store):
    _group, challenge = await _setup(store)
    stale_before = T0 - LEASE
    results = await asyncio.gather(
        *(
            begin_one(store.group_schedules, challenge.id, "gcard", DAY, T0, stale_before, "c-1")
            for _ in range(4)
        )
    )
    assert sorted(results) == [False, False, False, True]
    later = T0 + 2 * LEASE
    assert await begin_one(store.group_schedules, challenge.id, "gcard", DAY, later, T0 + LEASE)
    await store.group_schedules.schedule(challenge.id, "gcard", T0)
    await finish_one(
        store.group_schedules, challenge.id, "gcard", DAY, "sent", later, T0 + timedelta(days=1)
    )

    assert not await begin_one(
        store.group_schedules, challenge.id, "gcard", DAY, later + LEASE, later + LEASE, "c-2"
    )
    assert await store.group_cards(challenge.id) == {DAY: "c-1"}
    assert await store.group_schedules.scheduled(challenge.id) == {"gcard": T0 + timedelta(days=1)}


async def test_forgetting_a_group_leaves_members_their_own_attempts(store):
    group, challenge = await _setup(store)
    ana = await store.create_user("telegram", "1", "1", T0)
    await store.add_member(_member(challenge.id, ana.id))
    attempt = await store.add_challenge_attempt(ana.id, challenge.id, CARD, DAY, T0)
    await store.group_schedules.schedule(challenge.id, "gcard", T0)
    await begin_one(store.group_schedules, challenge.id, "gcard", DAY, T0, T0, "c-1")

    await store.delete_group(group.id)

    assert await store.group(group.id) is None
    assert await store.group_challenge(challenge.id) is None
    assert await store.memberships(ana.id) == []
    assert await store.group_schedules.claim_due(T0, T0 + LEASE, 10) == []
    assert await store.attempt(attempt.id) == dataclasses.replace(attempt, challenge_id=None)


async def test_a_users_memberships_are_exported_and_deleted_with_them(store):
    _group, challenge = await _setup(store)
    ana = await store.create_user("telegram", "1", "1", T0)
    await store.add_member(_member(challenge.id, ana.id))
    await store.add_challenge_attempt(ana.id, challenge.id, CARD, DAY, T0)

    exported = await store.export_user(ana.id)
    await store.delete_user(ana.id)

    assert [row["challenge_id"] for row in exported["challenge_members"]] == [challenge.id]
    assert [row["challenge_id"] for row in exported["attempts"]] == [challenge.id]
    assert set((await rows_per_table(store, ana.id)).values()) == {0}
    assert await store.members(challenge.id) == []
    assert await store.group_challenge(challenge.id) == challenge
