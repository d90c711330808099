"""The Store contract for buddies (every store: see conftest)."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from tests.storage.support import T0

LATER = T0 + timedelta(hours=1)


async def _people(store, count: int) -> list[int]:
    return [(await store.create_user("telegram", str(n), str(n), T0)).id for n in range(count)]


async def test_an_invitation_waits_with_a_code_until_one_person_joins(store):
    ana, ben, cy = await _people(store, 3)
    invite = await store.open_pair(ana, "Ana", T0)

    assert invite.waiting and not invite.together and len(invite.code) == 8
    assert [s.user_id for s in invite.sides] == [ana]
    assert await store.pair_by_code(invite.code.lower()) == invite, "any case"
    assert not await store.join_pair(invite.id, ana, "Ana", LATER), "never with oneself"
    assert await store.join_pair(invite.id, ben, "Ben", LATER)
    assert not await store.join_pair(invite.id, cy, "Cy", LATER), "one-time"

    paired = await store.pair(invite.id)
    assert paired is not None and paired.together and paired.paired_at == LATER
    assert [(s.user_id, s.name) for s in paired.sides] == [(ana, "Ana"), (ben, "Ben")]
    assert await store.pair_by_code(invite.code) is None, "a used code finds nothing"
    assert [p.id for p in await store.pairs_of(ben)] == [invite.id]
    assert await store.pairs_of(cy) == []


async def test_two_people_taking_one_invitation_at_once_pair_only_one(store):
    ana, ben, cy = await _people(store, 3)
    invite = await store.open_pair(ana, "Ana", T0)

    results = await asyncio.gather(
        store.join_pair(invite.id, ben, "Ben", LATER), store.join_pair(invite.id, cy, "Cy", LATER)
    )

    assert sorted(results) == [False, True]
    paired = await store.pair(invite.id)
    assert paired is not None and len(paired.sides) == 2


async def test_group_opt_ins_wait_in_their_challenge_oldest_first_without_a_code(store):
    ana, ben, cy = await _people(store, 3)
    first = await store.open_pair(ana, "Ana", T0, challenge_id=7)
    second = await store.open_pair(ben, "Ben", LATER, challenge_id=7)
    await store.open_pair(cy, "Cy", T0, challenge_id=8)

    assert first.code == "" and first.challenge_id == 7
    assert [p.id for p in await store.waiting_pairs(7)] == [first.id, second.id]
    assert await store.join_pair(first.id, ben, "Ben", LATER)
    assert [p.id for p in await store.waiting_pairs(7)] == [second.id]


async def test_ending_is_once_and_an_ended_pair_is_kept_for_both(store):
    ana, ben = await _people(store, 2)
    pair = await store.open_pair(ana, "Ana", T0)
    assert not await store.end_pair(pair.id, LATER), "a waiting pair is withdrawn, not ended"
    await store.join_pair(pair.id, ben, "Ben", LATER)

    assert await store.end_pair(pair.id, LATER)
    assert not await store.end_pair(pair.id, LATER)
    [ended] = await store.pairs_of(ana)
    assert ended.ended_at == LATER and not ended.together
    await store.delete_pair(pair.id)
    assert await store.pair(pair.id) is not None, "only a waiting pair can be withdrawn"


async def test_a_withdrawn_invitation_is_gone_with_its_code(store):
    [ana] = await _people(store, 1)
    invite = await store.open_pair(ana, "Ana", T0)
    await store.delete_pair(invite.id)
    assert await store.pair(invite.id) is None
    assert await store.pair_by_code(invite.code) is None
    assert await store.pairs_of(ana) == []


async def test_a_cheer_is_kept_on_its_senders_side(store):
    ana, ben = await _people(store, 2)
    pair = await store.open_pair(ana, "Ana", T0)
    await store.join_pair(pair.id, ben, "Ben", LATER)

    await store.set_cheer(pair.id, ben, 3, date(2025, 3, 10))

    found = await store.pair(pair.id)
    assert found is not None
    side, other = found.side(ben), found.other(ben)
    assert side is not None and (side.cheer, side.cheered_on) == (3, date(2025, 3, 10))
    assert other is not None and other.user_id == ana and other.cheer is None


async def test_erasing_one_side_leaves_the_other_a_pair_that_is_over(store):
    ana, ben = await _people(store, 2)
    pair = await store.open_pair(ana, "Ana", T0)
    await store.join_pair(pair.id, ben, "Ben", LATER)

    await store.delete_user(ana)

    [left] = await store.pairs_of(ben)
    assert [s.user_id for s in left.sides] == [ben] and not left.together
    exported = await store.export_user(ben)
    assert [(r["pair_id"], r["name"]) for r in exported["buddies"]] == [(pair.id, "Ben")]
