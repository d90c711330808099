"""The Store contract for users, attempts, reflections, rest days and safety events.

Every test runs on the in-memory store, SQLite and PostgreSQL (see conftest), but those
marked `sql`. Scheduling and deliveries are in
test_store_scheduling.py, concurrency in test_store_concurrency.py.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, time, timedelta, timezone

import pytest
from sqlalchemy.exc import StatementError

from adapters.store.schema import (
    buddy_pairs,
    group_challenges,
    group_deliveries,
    group_posts,
    group_schedules,
    groups,
    metadata,
    processes,
    send_budgets,
    telegram_updates,
)
from adapters.store.sql_store import SqlStore
from core import storage
from core.groups.model import ChallengeStatus, GroupChallenge, GroupPost, Member, PostKind
from core.model import AttemptStatus, Outcome, UserStatus
from core.peers.model import NoteStatus
from core.storage import Store
from tests.memory import MemoryStore
from tests.storage.plans_support import give_advisor_rows
from tests.storage.support import T0, begin_one, rows_per_table

RUNNING = ChallengeStatus.RUNNING

# Every table but the Telegram webhook's inbox, which belongs to nobody (adapters.store.inbound),
# the groups' own tables (a group is not a person; its members' rows are personal), and the
# processes' heartbeats and shared send budget (adapters.store.liveness_schema), and buddy
# pairs (their sides, in `buddies`, are each person's own).
NOBODYS = (
    telegram_updates,
    groups,
    group_challenges,
    group_schedules,
    group_deliveries,
    group_posts,
    processes,
    send_budgets,
    buddy_pairs,
)
PERSONAL_TABLES = set(metadata.tables) - {table.name for table in NOBODYS}


def _as_port(store: SqlStore) -> Store:
    return store  # mypy checks here that SqlStore fits the Store protocol


def _memory_as_port(store: MemoryStore) -> Store:
    return store  # and here that the in-memory store does


PORTS = [port for port in Store.__mro__[1:] if port.__module__.startswith(storage.__name__)]


def _methods(port: type) -> set[str]:
    return {name for name in vars(port) if not name.startswith("_")}


@pytest.mark.parametrize("kind", [SqlStore, MemoryStore])
def test_every_store_has_every_method_of_every_port(kind):
    # (the two `Scheduling` members are objects of their own: the test below checks them)
    wanted = set().union(*(_methods(port) for port in PORTS if port is not storage.Scheduling))

    assert len(PORTS) >= 7 and len(wanted) > 30
    assert sorted(name for name in wanted if not callable(getattr(kind, name, None))) == []


async def test_each_owners_schedules_have_every_method_of_the_port(store):
    for schedules in (store.user_schedules, store.group_schedules):
        missing = [name for name in _methods(storage.Schedules) if not hasattr(schedules, name)]
        assert missing == []


def test_no_store_port_has_more_than_twelve_methods():
    ports = [*PORTS, storage.Schedules]
    assert {port.__name__: len(_methods(port)) for port in ports if len(_methods(port)) > 12} == {}


# users


async def test_a_new_user_starts_with_the_models_defaults(store):
    user = await store.create_user("telegram", "1001", "5001", T0)

    assert user.id > 0
    assert (user.platform, user.platform_user_id, user.chat_id) == ("telegram", "1001", "5001")
    assert user.created_at == T0
    assert user.created_at.tzinfo is UTC
    assert user.status is UserStatus.ONBOARDING
    assert (user.timezone, user.delivery_time, user.level) == ("UTC", time(8, 0), 1)
    assert (user.domains, user.state, user.state_data) == ((), "", {})
    assert (user.fear_strength, user.consent_at, user.consent_version) == (None, None, None)


async def test_a_saved_user_comes_back_with_every_field_intact(store):
    user = await store.create_user("discord", "42", "dm-42", T0)
    consent_elsewhere = T0.astimezone(timezone(timedelta(hours=-5))) + timedelta(minutes=3)
    changed = dataclasses.replace(
        user,
        chat_id="dm-43",
        status=UserStatus.ACTIVE,
        timezone="America/Argentina/Buenos_Aires",
        delivery_time=time(6, 45),
        level=3,
        domains=("work", "dating", "creative"),
        fear_strength=4,
        consent_at=consent_elsewhere,
        consent_version="2025-03",
        state="awaiting_reflection",
        state_data={"attempt": 7, "prompts": ["hope", "felt"], "note": "café ☕", "ok": True},
    )

    await store.save_user(changed)
    loaded = await store.user(user.id)

    assert loaded == changed
    assert loaded.consent_at.tzinfo is UTC
    assert loaded.consent_at == T0 + timedelta(minutes=3)
    assert isinstance(loaded.domains, tuple)
    assert isinstance(loaded.delivery_time, time)
    assert loaded.status is UserStatus.ACTIVE


async def test_a_user_is_found_by_platform_and_platform_id_together(store):
    on_telegram = await store.create_user("telegram", "77", "77", T0)
    on_discord = await store.create_user("discord", "77", "dm-77", T0)

    assert await store.user_by_identity("telegram", "77") == on_telegram
    assert await store.user_by_identity("discord", "77") == on_discord
    assert on_telegram.id != on_discord.id
    assert await store.user_by_identity("console", "77") is None
    assert await store.user(on_discord.id + 1000) is None


async def test_creating_the_same_identity_twice_returns_the_first_user(store):
    first = await store.create_user("telegram", "9", "9", T0)
    second = await store.create_user("telegram", "9", "other-chat", T0 + timedelta(seconds=1))

    assert second == first


@pytest.mark.sql
async def test_a_naive_datetime_is_refused_rather_than_guessed(store):
    with pytest.raises(StatementError) as raised:
        await store.create_user("telegram", "1", "1", T0.replace(tzinfo=None))

    assert isinstance(raised.value.orig, ValueError)
    assert await store.user_by_identity("telegram", "1") is None


async def test_saving_a_deleted_user_does_not_bring_them_back(store):
    user = await store.create_user("telegram", "5", "5", T0)
    await store.delete_user(user.id)

    await store.save_user(dataclasses.replace(user, level=2))

    assert await store.user(user.id) is None


# attempts


async def test_a_new_attempt_is_open_and_can_be_read_back(store):
    user = await store.create_user("telegram", "1", "1", T0)

    attempt = await store.add_attempt(user.id, "everyday-017", 2, "everyday", date(2025, 3, 10), T0)

    assert attempt.id > 0
    assert (attempt.user_id, attempt.card_id, attempt.level, attempt.domain) == (
        user.id,
        "everyday-017",
        2,
        "everyday",
    )
    assert (attempt.local_date, attempt.created_at) == (date(2025, 3, 10), T0)
    assert attempt.status is AttemptStatus.OPEN
    assert attempt.outcome is None
    assert await store.attempt(attempt.id) == attempt
    assert await store.attempt(attempt.id + 1000) is None


async def test_a_recorded_attempt_keeps_every_answer(store):
    user = await store.create_user("telegram", "1", "1", T0)
    attempt = await store.add_attempt(user.id, "social-003", 1, "social", date(2025, 3, 10), T0)
    recorded = dataclasses.replace(
        attempt,
        status=AttemptStatus.RECORDED,
        predicted_yes=20,
        expected_fear=7,
        outcome=Outcome.NO,
        felt_fear=4,
        mood=3,
        recorded_at=T0 + timedelta(hours=5),
    )

    await store.save_attempt(recorded)
    loaded = await store.attempt(attempt.id)

    assert loaded == recorded
    assert loaded.outcome is Outcome.NO
    assert loaded.attempted
    assert loaded.recorded_at.tzinfo is UTC


async def test_attempts_come_oldest_first_and_since_keeps_later_days(store):
    user = await store.create_user("telegram", "1", "1", T0)
    other = await store.create_user("telegram", "2", "2", T0)
    days = [date(2025, 3, 12), date(2025, 3, 10), date(2025, 3, 12), date(2025, 3, 11)]
    made = [
        await store.add_attempt(user.id, f"c{n}", 1, "everyday", d, T0) for n, d in enumerate(days)
    ]
    await store.add_attempt(other.id, "theirs", 1, "everyday", date(2025, 3, 11), T0)

    every = await store.attempts(user.id)
    recent = await store.attempts(user.id, since=date(2025, 3, 11))

    assert [a.card_id for a in every] == ["c1", "c3", "c0", "c2"]
    assert [a.card_id for a in recent] == ["c3", "c0", "c2"]
    assert {a.user_id for a in every} == {user.id}
    assert [a.id for a in every] == [made[1].id, made[3].id, made[0].id, made[2].id]


# reflections, rest days, safety events


async def test_reflections_are_kept_per_user_oldest_first(store):
    user = await store.create_user("telegram", "1", "1", T0)
    other = await store.create_user("telegram", "2", "2", T0)
    attempt = await store.add_attempt(user.id, "c", 1, "everyday", date(2025, 3, 10), T0)
    theirs = await store.add_attempt(other.id, "c", 1, "everyday", date(2025, 3, 10), T0)

    later = await store.add_reflection(
        user.id, attempt.id, "felt", "Lighter after.", T0 + timedelta(hours=2)
    )
    earlier = await store.add_reflection(user.id, attempt.id, "hope", "I hoped for a yes.", T0)
    await store.add_reflection(other.id, theirs.id, "hope", "Not yours.", T0)

    assert await store.reflections(user.id) == [earlier, later]
    assert (later.attempt_id, later.prompt_id, later.text) == (attempt.id, "felt", "Lighter after.")
    assert later.created_at == T0 + timedelta(hours=2)


async def test_a_rest_day_counts_once_and_asking_again_says_so(store):
    user = await store.create_user("telegram", "1", "1", T0)

    first = await store.add_rest_day(user.id, date(2025, 3, 12), T0)
    again = await store.add_rest_day(user.id, date(2025, 3, 12), T0 + timedelta(hours=1))
    await store.add_rest_day(user.id, date(2025, 3, 10), T0)

    assert (first, again) == (True, False)
    assert await store.rest_days(user.id) == [date(2025, 3, 10), date(2025, 3, 12)]


async def test_a_safety_event_records_only_its_kind_and_time(store):
    user = await store.create_user("telegram", "1", "1", T0)

    await store.add_safety_event(user.id, "crisis", T0)

    exported = await store.export_user(user.id)
    assert [(e["kind"], e["created_at"]) for e in exported["safety_events"]] == [
        ("crisis", "2025-03-10T07:00:00+00:00")
    ]


async def test_the_latest_safety_event_is_the_one_that_counts(store):
    user = await store.create_user("telegram", "1", "1", T0)
    other = await store.create_user("telegram", "2", "2", T0)
    never = await store.last_safety_event(user.id)
    await store.add_safety_event(user.id, "crisis", T0 + timedelta(hours=3))
    await store.add_safety_event(user.id, "crisis", T0)
    await store.add_safety_event(other.id, "crisis", T0 + timedelta(days=2))

    latest = await store.last_safety_event(user.id)

    assert never is None
    assert latest == T0 + timedelta(hours=3)
    assert latest.tzinfo is UTC


async def test_the_latest_safety_event_can_be_asked_for_some_kinds_only(store):
    user = await store.create_user("telegram", "1", "1", T0)
    await store.add_safety_event(user.id, "suicide", T0)
    await store.add_safety_event(user.id, "low_mood", T0 + timedelta(days=1))

    assert await store.last_safety_event(user.id, ["suicide", "danger"]) == T0
    assert await store.last_safety_event(user.id, ["danger"]) is None
    assert await store.last_safety_event(user.id) == T0 + timedelta(days=1)


# export and deletion


async def _user_with_a_row_everywhere(store: SqlStore, platform_user_id: str) -> int:
    user = await store.create_user("telegram", platform_user_id, platform_user_id, T0)
    attempt = await store.add_attempt(user.id, "c", 1, "everyday", date(2025, 3, 10), T0)
    await store.add_reflection(user.id, attempt.id, "hope", "A yes, maybe.", T0)
    await store.add_rest_day(user.id, date(2025, 3, 11), T0)
    await store.add_safety_event(user.id, "crisis", T0)
    await store.user_schedules.schedule(user.id, "card", T0 + timedelta(days=1))
    await begin_one(
        store.user_schedules, user.id, "card", date(2025, 3, 10), T0, T0 - timedelta(hours=1)
    )
    await store.add_own_card(user.id, "Mine", "Ask for a window seat.", 1, "everyday", T0)
    group = await store.ensure_group("telegram", "-100", "Practice circle", T0)
    challenge = await store.current_challenge(group.id) or await store.add_group_challenge(
        GroupChallenge(0, group.id, 30, date(2025, 3, 10), "UTC", time(8), RUNNING, T0)
    )
    await store.add_member(Member(challenge.id, user.id, f"Person {platform_user_id}", T0))
    board = GroupPost(0, challenge.id, PostKind.BOARD, date(2025, 3, 10), (platform_user_id,))
    await store.keep_post(board, [user.id], T0)
    note = await store.add_note(user.id, "c", "Go for it.", NoteStatus.APPROVED, "", T0)
    await store.report_note(note.id, user.id, T0)
    await give_advisor_rows(store, user.id, T0)
    pair = await store.open_pair(user.id, f"Person {platform_user_id}", T0)
    await store.set_cheer(pair.id, user.id, 1, date(2025, 3, 10))
    return user.id


async def test_an_export_holds_every_table_and_nobody_elses_rows(store):
    user_id = await _user_with_a_row_everywhere(store, "1")
    await _user_with_a_row_everywhere(store, "2")

    exported = await store.export_user(user_id)

    assert set(exported) == PERSONAL_TABLES
    assert all(len(rows) == 1 for rows in exported.values()), exported
    assert exported["users"][0]["id"] == user_id
    assert all(
        row["user_id"] == user_id
        for name, rows in exported.items()
        if name != "users"
        for row in rows
    )
    json.dumps(exported)  # every value is JSON-ready
    assert exported["users"][0]["delivery_time"] == "08:00"
    assert exported["users"][0]["created_at"] == "2025-03-10T07:00:00+00:00"
    assert exported["rest_days"][0]["local_date"] == "2025-03-11"
    assert exported["reflections"][0]["text"] == "A yes, maybe."


async def test_deleting_a_user_leaves_no_row_about_them_and_others_untouched(store):
    gone = await _user_with_a_row_everywhere(store, "1")
    kept = await _user_with_a_row_everywhere(store, "2")
    kept_before = await store.export_user(kept)

    await store.delete_user(gone)

    left = await rows_per_table(store, gone)
    assert set(left) == {table.name for table in metadata.sorted_tables if "user_id" in table.c}
    assert left == dict.fromkeys(left, 0)
    assert await store.user(gone) is None
    assert await store.export_user(kept) == kept_before
    assert all(count == 1 for count in (await rows_per_table(store, kept)).values())


async def test_deleting_a_user_who_is_already_gone_is_harmless(store):
    user = await store.create_user("telegram", "1", "1", T0)
    await store.delete_user(user.id)

    await store.delete_user(user.id)

    assert await store.export_user(user.id) == {name: [] for name in PERSONAL_TABLES}


async def test_custom_cards_belong_to_their_writer_only(store):
    ana = await store.create_user("telegram", "1", "1", T0)
    ben = await store.create_user("telegram", "2", "2", T0)
    card = await store.add_own_card(ana.id, "Window seat", "Ask for one.", 2, "everyday", T0)
    assert card.id.startswith("mine-") and card.owner_id == ana.id and card.level == 2
    assert [c.id for c in await store.own_cards(ana.id)] == [card.id]
    assert await store.own_cards(ben.id) == []
    assert not await store.remove_own_card(ben.id, card.id)
    assert not await store.remove_own_card(ana.id, "everyday-001")
    assert await store.remove_own_card(ana.id, card.id)
    assert await store.own_cards(ana.id) == []
