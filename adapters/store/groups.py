"""The `Groups` port over SQL: groups and their shared challenges.

Every method is one transaction, committed before it returns, unless a unit of work is
open (`transactions`).
"""

from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import delete, select, update

from adapters.store.database import insert_for
from adapters.store.group_rows import challenge_from_row, challenge_values, group_from_row
from adapters.store.posts import forget_posts
from adapters.store.posts_schema import group_posts
from adapters.store.schema import (
    attempts,
    challenge_members,
    group_challenges,
    group_deliveries,
    group_schedules,
    groups,
)
from adapters.store.transactions import Transactions
from core.groups.model import ChallengeStatus, Group, GroupChallenge

TITLE_LENGTH = 128
JOIN_CODE_LENGTH = 10


class SqlGroups(Transactions):
    async def ensure_group(self, platform: str, chat_id: str, title: str, now: datetime) -> Group:
        """Two first events racing for the same chat get the same group."""
        title = title.strip()[:TITLE_LENGTH]
        async with self._writing() as connection:
            insert = insert_for(connection, groups).values(
                platform=platform, chat_id=chat_id, title=title, created_at=now
            )
            key = ["platform", "chat_id"]
            statement = (
                insert.on_conflict_do_update(index_elements=key, set_={"title": title})
                if title
                else insert.on_conflict_do_nothing(index_elements=key)
            )
            await connection.execute(statement)
            query = select(groups).where(groups.c.platform == platform, groups.c.chat_id == chat_id)
            row = (await connection.execute(query)).mappings().one()
        return group_from_row(row)

    async def group(self, group_id: int) -> Group | None:
        async with self._reading() as connection:
            query = select(groups).where(groups.c.id == group_id)
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else group_from_row(row)

    async def group_by_chat(self, platform: str, chat_id: str) -> Group | None:
        query = select(groups).where(groups.c.platform == platform, groups.c.chat_id == chat_id)
        async with self._reading() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else group_from_row(row)

    async def save_group(self, group: Group) -> None:
        async with self._writing() as connection:
            await connection.execute(
                update(groups)
                .where(groups.c.id == group.id)
                .values(title=group.title[:TITLE_LENGTH], board_posted_at=group.board_posted_at)
            )

    async def delete_group(self, group_id: int) -> None:
        """Children first and by hand, so it holds even where foreign keys are not enforced."""
        owned = select(group_challenges.c.id).where(group_challenges.c.group_id == group_id)
        async with self._writing() as connection:
            await connection.execute(
                update(attempts).where(attempts.c.challenge_id.in_(owned)).values(challenge_id=None)
            )
            for table in (group_deliveries, group_schedules, challenge_members):
                await connection.execute(delete(table).where(table.c.challenge_id.in_(owned)))
            await forget_posts(connection, group_posts.c.challenge_id.in_(owned))
            await connection.execute(
                delete(group_challenges).where(group_challenges.c.group_id == group_id)
            )
            await connection.execute(delete(groups).where(groups.c.id == group_id))

    async def add_group_challenge(self, challenge: GroupChallenge) -> GroupChallenge:
        """A new challenge gets its join code here: randomness is the adapter's to supply."""
        values = challenge_values(challenge)
        values["join_code"] = challenge.join_code or secrets.token_urlsafe(9)[:JOIN_CODE_LENGTH]
        async with self._writing() as connection:
            result = await connection.execute(
                group_challenges.insert().values(**values).returning(group_challenges)
            )
            return challenge_from_row(result.mappings().one())

    async def group_challenge(self, challenge_id: int) -> GroupChallenge | None:
        query = select(group_challenges).where(group_challenges.c.id == challenge_id)
        async with self._reading() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else challenge_from_row(row)

    async def current_challenge(self, group_id: int) -> GroupChallenge | None:
        query = (
            select(group_challenges)
            .where(
                group_challenges.c.group_id == group_id,
                group_challenges.c.status != ChallengeStatus.ENDED.value,
            )
            .order_by(group_challenges.c.id.desc())
            .limit(1)
        )
        async with self._reading() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else challenge_from_row(row)

    async def save_group_challenge(self, challenge: GroupChallenge) -> None:
        values = challenge_values(challenge)
        del values["group_id"]
        async with self._writing() as connection:
            await connection.execute(
                update(group_challenges)
                .where(group_challenges.c.id == challenge.id)
                .values(**values)
            )

    async def group_cards(self, challenge_id: int) -> dict[date, str]:
        query = select(group_deliveries.c.local_date, group_deliveries.c.card_id).where(
            group_deliveries.c.challenge_id == challenge_id,
            group_deliveries.c.card_id.is_not(None),
        )
        async with self._reading() as connection:
            rows = (await connection.execute(query)).all()
        return {row.local_date: row.card_id for row in rows}
