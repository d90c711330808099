"""The Store contract for the group messages that name members (every store: see conftest).

An erase marks every kept message naming the person, in its own transaction; the tick reads
the marked ones, redoes them and says so; a failure waits for its retry time.
"""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from adapters.store.sql_store import SqlStore
from core.groups.model import ChallengeStatus, GroupChallenge, GroupPost, PostKind
from tests.storage.support import T0

DAY = date(2025, 3, 10)


async def _challenge(store, platform: str = "telegram", chat: str = "-100") -> int:
    group = await store.ensure_group(platform, chat, "Practice circle", T0)
    challenge = GroupChallenge(0, group.id, 30, DAY, "UTC", time(8), ChallengeStatus.RUNNING, T0)
    return int((await store.add_group_challenge(challenge)).id)


async def _people(store, count: int) -> list[int]:
    return [(await store.create_user("telegram", str(n), str(n), T0)).id for n in range(count)]


def _board(challenge_id: int, *ids: str, kind: PostKind = PostKind.BOARD) -> GroupPost:
    return GroupPost(0, challenge_id, kind, DAY, ids)


async def test_an_erase_marks_the_messages_naming_the_person_and_no_others(store):
    ana, ben = await _people(store, 2)
    telegram = await _challenge(store)
    discord = await _challenge(store, "discord", "9001")
    await store.keep_post(_board(telegram, "11"), [ana, ben], T0)
    await store.keep_post(_board(telegram, "12", kind=PostKind.WEEKLY), [ben], T0)
    await store.keep_post(_board(discord, "555", "556", kind=PostKind.CLOSING), [ana], T0)
    assert await store.posts_to_redo(T0, 10) == []

    await store.delete_user(ana)

    marked = await store.posts_to_redo(T0, 10)
    assert [(p.challenge_id, p.kind, p.day, p.message_ids, p.redo) for p in marked] == [
        (telegram, PostKind.BOARD, DAY, ("11",), 1),
        (discord, PostKind.CLOSING, DAY, ("555", "556"), 1),
    ]
    assert [p.message_ids for p in await store.posts_to_redo(T0, 10, "discord")] == [("555", "556")]
    assert [p.message_ids for p in await store.posts_to_redo(T0, 1)] == [("11",)]


async def test_a_redone_message_is_marked_no_more_and_names_whom_it_names_now(store):
    ana, ben, cy = await _people(store, 3)
    challenge = await _challenge(store)
    await store.keep_post(_board(challenge, "11"), [ana, ben], T0)
    await store.delete_user(ana)
    (marked,) = await store.posts_to_redo(T0, 10)

    await store.post_redone(marked, [ben, cy, ana])  # ana is gone: not named again

    assert await store.posts_to_redo(T0, 10) == []
    await store.delete_user(cy)  # cy is named now, so their erase reaches it
    (again,) = await store.posts_to_redo(T0, 10)
    assert again.id == marked.id and again.redo == 1


async def test_a_message_marked_again_while_it_was_redone_stays_marked(store):
    ana, ben = await _people(store, 2)
    challenge = await _challenge(store)
    await store.keep_post(_board(challenge, "11"), [ana, ben], T0)
    await store.delete_user(ana)
    (read,) = await store.posts_to_redo(T0, 10)

    await store.delete_user(ben)  # a second erase while the first redo was being sent
    await store.post_redone(read, [ben])

    (still,) = await store.posts_to_redo(T0, 10)
    assert still.redo == 2
    await store.post_redone(still, [])
    assert await store.posts_to_redo(T0, 10) == []


async def test_a_failed_redo_waits_for_its_time_and_a_gone_message_is_forgotten(store):
    (ana,) = await _people(store, 1)
    challenge = await _challenge(store)
    await store.keep_post(_board(challenge, "11"), [ana], T0)
    await store.keep_post(_board(challenge, "12"), [ana], T0)
    await store.delete_user(ana)
    first, second = await store.posts_to_redo(T0, 10)

    await store.retry_post(first.id, T0 + timedelta(minutes=5))
    await store.post_redone(second, None)

    assert await store.posts_to_redo(T0 + timedelta(minutes=4), 10) == []
    assert [p.id for p in await store.posts_to_redo(T0 + timedelta(minutes=5), 10)] == [first.id]


async def test_nothing_is_kept_for_a_challenge_gone_and_a_group_takes_its_messages_along(store):
    (ana,) = await _people(store, 1)
    challenge = await _challenge(store)
    await store.keep_post(_board(challenge + 99, "7"), [ana], T0)
    await store.keep_post(_board(challenge, "11"), [ana], T0)
    group = await store.group_by_chat("telegram", "-100")

    await store.delete_group(group.id)
    await store.delete_user(ana)

    assert await store.posts_to_redo(T0, 10) == []


@pytest.mark.sql
async def test_the_marks_outlive_the_process(store, migrated_url):
    (ana,) = await _people(store, 1)
    challenge = await _challenge(store)
    await store.keep_post(_board(challenge, "11"), [ana], T0)
    await store.delete_user(ana)

    restarted = SqlStore.from_url(migrated_url)
    try:
        (marked,) = await restarted.posts_to_redo(T0, 10)
    finally:
        await restarted.close()
    assert marked.message_ids == ("11",) and marked.redo == 1
