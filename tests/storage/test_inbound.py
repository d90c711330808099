"""The Telegram webhook's inbox, on SQLite and PostgreSQL (see conftest)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from adapters.store.database import create_engine
from adapters.store.inbound import WORKER_LOCK_KEY, InboundUpdates
from adapters.store.schema import telegram_updates
from tests.storage.support import T0

pytestmark = pytest.mark.sql  # SQL itself: not run on the in-memory store

# Past 2**31: Telegram's ids need the BigInteger.
FIRST_ID = 3_000_000_001


def message(text: str) -> dict[str, object]:
    return {"message": {"message_id": 1, "chat": {"id": 7, "type": "private"}, "text": text}}


@pytest.fixture
async def inbound(migrated_url: str) -> AsyncIterator[InboundUpdates]:
    inbox = InboundUpdates.from_url(migrated_url)
    yield inbox
    await inbox.close()


async def raw_rows(inbox: InboundUpdates) -> list[dict[str, object]]:
    async with inbox.engine.connect() as connection:
        rows = await connection.execute(select(telegram_updates).order_by("update_id"))
        return [dict(row) for row in rows.mappings()]


async def test_an_update_is_stored_once_however_often_it_arrives(inbound):
    body = {"update_id": FIRST_ID, **message("I asked for a table by the window 🪟")}

    first = await inbound.save(FIRST_ID, body, T0)
    again = await inbound.save(FIRST_ID, message("a different body"), T0 + timedelta(seconds=5))

    assert (first, again) == (True, False)
    [row] = await raw_rows(inbound)
    assert row["body"] == body
    assert row["received_at"] == T0
    assert row["handled_at"] is None


async def test_unhandled_updates_come_oldest_id_first_and_handled_ones_not_at_all(inbound):
    for update_id in (FIRST_ID + 2, FIRST_ID, FIRST_ID + 3, FIRST_ID + 1):
        await inbound.save(update_id, message(str(update_id)), T0)
    await inbound.mark_handled(FIRST_ID + 1, T0)

    waiting = await inbound.unhandled(limit=2)

    assert [update.update_id for update in waiting] == [FIRST_ID, FIRST_ID + 2]
    assert waiting[0].body == message(str(FIRST_ID))


async def test_handling_forgets_what_the_update_said_and_keeps_the_first_time(inbound):
    await inbound.save(FIRST_ID, message("my reflection, in my words"), T0)

    await inbound.mark_handled(FIRST_ID, T0 + timedelta(seconds=1))
    await inbound.mark_handled(FIRST_ID, T0 + timedelta(seconds=9))

    [row] = await raw_rows(inbound)
    assert row == {
        "update_id": FIRST_ID,
        "body": None,
        "received_at": T0,
        "handled_at": T0 + timedelta(seconds=1),
    }
    assert await inbound.unhandled(10) == []


async def test_purging_removes_rows_handled_before_the_cutoff_and_never_waiting_work(inbound):
    for offset in range(3):
        await inbound.save(FIRST_ID + offset, message("hi"), T0)
    await inbound.mark_handled(FIRST_ID, T0)
    await inbound.mark_handled(FIRST_ID + 1, T0 + timedelta(hours=20))

    removed = await inbound.purge(before=T0 + timedelta(hours=10))

    assert removed == 1
    assert [row["update_id"] for row in await raw_rows(inbound)] == [FIRST_ID + 1, FIRST_ID + 2]
    assert await inbound.purge(before=T0 + timedelta(days=30)) == 1
    assert [u.update_id for u in await inbound.unhandled(10)] == [FIRST_ID + 2]


async def test_a_purged_id_can_be_stored_again(inbound):
    await inbound.save(FIRST_ID, message("long ago"), T0)
    await inbound.mark_handled(FIRST_ID, T0)
    await inbound.purge(before=T0 + timedelta(days=1))

    assert await inbound.save(FIRST_ID, message("a new update drew the same id"), T0)


async def test_a_single_process_always_gets_to_handle_the_inbox(inbound):
    lead = await inbound.try_lead()

    assert lead is not None
    await lead.check()
    await lead.release()
    await lead.release()


@pytest.mark.postgres
async def test_on_postgresql_one_process_handles_the_inbox_at_a_time(postgres_url):
    first, second = InboundUpdates.from_url(postgres_url), InboundUpdates.from_url(postgres_url)
    try:
        lead = await first.try_lead()
        assert lead is not None
        assert await second.try_lead() is None

        await lead.release()
        taken_over = await second.try_lead()

        assert taken_over is not None
        assert await first.try_lead() is None
        await taken_over.release()
    finally:
        await first.close()
        await second.close()


@pytest.mark.postgres
async def test_on_postgresql_a_dead_leaders_lock_passes_to_another(postgres_url):
    first, second = InboundUpdates.from_url(postgres_url), InboundUpdates.from_url(postgres_url)
    try:
        lead = await first.try_lead()
        assert lead is not None

        await _end_the_session_holding_the_lock(postgres_url)

        with pytest.raises(Exception):  # noqa: B017 - whatever the driver calls a dead session
            await lead.check()
        taken_over = await second.try_lead()
        assert taken_over is not None
        await lead.release()  # harmless after the loss
        await taken_over.release()
    finally:
        await first.close()
        await second.close()


async def _end_the_session_holding_the_lock(url: str) -> None:
    """What a crashed process looks like to PostgreSQL: its session ends.

    The timeout makes PostgreSQL (14 and later) wait until the session is gone. Only this
    database's lock holder is ended: another test run on the same server holds its own.
    """
    engine = create_engine(url)
    query = text(
        "SELECT pg_terminate_backend(l.pid, 5000) FROM pg_locks l "
        "JOIN pg_database d ON d.oid = l.database "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = :high AND l.objid = :low "
        "AND d.datname = current_database()"
    )
    key = WORKER_LOCK_KEY & 0xFFFF_FFFF_FFFF_FFFF
    try:
        async with engine.begin() as connection:
            ended = await connection.execute(query, {"high": key >> 32, "low": key & 0xFFFF_FFFF})
            assert ended.scalars().all() == [True]
    finally:
        await engine.dispose()
