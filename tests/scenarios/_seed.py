"""People who finished onboarding long ago, written straight into a fresh database.

Onboarding five hundred people through a platform would take minutes at the platforms'
sending limits, and it is tested on its own; the tests that need a crowd seed it here, with
the store's own schema and row translation, in one transaction, before the bot starts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from adapters.store.database import create_engine
from adapters.store.migrate import upgrade
from adapters.store.rows import attempt_values, user_values
from adapters.store.schema import attempts, users
from bot.content import load_content
from core.deck import Card
from core.model import Attempt, User, UserStatus


@dataclass(frozen=True, slots=True)
class Seeded:
    platform_user_id: str
    user_id: int
    attempt_id: int
    card: Card


def first_card(level: int = 1) -> Card:
    return next(c for c in load_content().cards if c.level == level)


async def seed_people(
    url: str, platform: str, ids: Iterable[int], zone: str, today: date
) -> list[Seeded]:
    """Active people in `zone`, each with today's card open; the schema is migrated first."""
    await upgrade(url)
    card, now = first_card(), datetime.now(UTC)
    people = [
        User(
            id=0,
            platform=platform,
            platform_user_id=str(i),
            chat_id=str(i),
            created_at=now,
            status=UserStatus.ACTIVE,
            timezone=zone,
            consent_at=now,
            consent_version="seeded",
        )
        for i in ids
    ]
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(users.insert(), [user_values(u) for u in people])
            found = await connection.execute(
                select(users.c.id, users.c.platform_user_id).where(users.c.platform == platform)
            )
            user_ids = {row.platform_user_id: row.id for row in found}
            cards = [
                Attempt(
                    0, user_ids[u.platform_user_id], card.id, card.level, card.domain, today, now
                )
                for u in people
            ]
            await connection.execute(attempts.insert(), [attempt_values(a) for a in cards])
            found = await connection.execute(select(attempts.c.id, attempts.c.user_id))
            attempt_ids = {row.user_id: row.id for row in found}
    finally:
        await engine.dispose()
    return [
        Seeded(
            u.platform_user_id,
            user_ids[u.platform_user_id],
            attempt_ids[user_ids[u.platform_user_id]],
            card,
        )
        for u in people
    ]
