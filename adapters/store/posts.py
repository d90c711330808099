"""The `Posts` port over SQL (see `core.storage.posts`): the group messages that name members.

The marking half lives in `SqlPeople.delete_user` (`mark_named`), inside the erase's own
transaction, so no tick can redo a message between the mark and the erase.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, RowMapping, delete, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from adapters.store.posts_schema import IDS_LENGTH, group_post_names, group_posts
from adapters.store.schema import group_challenges, groups, users
from adapters.store.transactions import Transactions
from core.groups.model import GroupPost, PostKind


def _post(row: RowMapping) -> GroupPost:
    return GroupPost(
        id=row["id"],
        challenge_id=row["challenge_id"],
        kind=PostKind(row["kind"]),
        day=row["local_date"],
        message_ids=tuple(str(row["message_ids"]).split()),
        redo=row["redo"],
    )


async def mark_named(connection: AsyncConnection, user_id: int) -> None:
    """Every kept message naming the user is to be redone (before their name rows go)."""
    named = select(group_post_names.c.post_id).where(group_post_names.c.user_id == user_id)
    await connection.execute(
        update(group_posts)
        .where(group_posts.c.id.in_(named))
        .values(redo=group_posts.c.redo + 1, retry_at=None)
    )


async def forget_posts(connection: AsyncConnection, challenges: ColumnElement[bool]) -> None:
    """The kept messages of the challenges `challenges` selects, and their names, by hand
    (for a connection without foreign keys)."""
    owned = select(group_posts.c.id).where(challenges)
    await connection.execute(delete(group_post_names).where(group_post_names.c.post_id.in_(owned)))
    await connection.execute(delete(group_posts).where(challenges))


class SqlPosts(Transactions):
    async def keep_post(self, post: GroupPost, named: Collection[int], now: datetime) -> None:
        ids = " ".join(post.message_ids)
        if len(ids) > IDS_LENGTH:  # a reply in many messages: keep what fits, whole ids only
            ids = ids[: ids.rfind(" ", 0, IDS_LENGTH + 1)]
        async with self._writing() as connection:
            exists = select(group_challenges.c.id).where(group_challenges.c.id == post.challenge_id)
            if (await connection.execute(exists)).first() is None:
                return
            values = {
                "challenge_id": post.challenge_id,
                "kind": PostKind(post.kind).value,
                "local_date": post.day,
                "message_ids": ids,
                "posted_at": now,
                "redo": 0,
            }
            inserted = await connection.execute(
                group_posts.insert().values(**values).returning(group_posts.c.id)
            )
            await _name(connection, inserted.scalar_one(), named)

    async def posts_to_redo(
        self, now: datetime, limit: int, platform: str | None = None
    ) -> Sequence[GroupPost]:
        query = (
            select(group_posts)
            .where(
                group_posts.c.redo > 0,
                or_(group_posts.c.retry_at.is_(None), group_posts.c.retry_at <= now),
            )
            .order_by(group_posts.c.id)
            .limit(limit)
        )
        if platform is not None:
            query = query.where(
                group_posts.c.challenge_id.in_(
                    select(group_challenges.c.id)
                    .join(groups, groups.c.id == group_challenges.c.group_id)
                    .where(groups.c.platform == platform)
                )
            )
        async with self._reading() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [_post(row) for row in rows]

    async def post_redone(self, post: GroupPost, named: Collection[int] | None) -> None:
        async with self._writing() as connection:
            if named is None:
                await forget_posts(connection, group_posts.c.id == post.id)
                return
            cleared = await connection.execute(
                update(group_posts)
                .where(group_posts.c.id == post.id, group_posts.c.redo == post.redo)
                .values(redo=0, retry_at=None)
            )
            if cleared.rowcount != 1:  # marked again since: redone again at the next tick
                return
            await connection.execute(
                delete(group_post_names).where(group_post_names.c.post_id == post.id)
            )
            await _name(connection, post.id, named)

    async def retry_post(self, post_id: int, at: datetime) -> None:
        async with self._writing() as connection:
            await connection.execute(
                update(group_posts).where(group_posts.c.id == post_id).values(retry_at=at)
            )


async def _name(connection: AsyncConnection, post_id: int, named: Collection[int]) -> None:
    """Whom the message names: only users who still exist (an erase may have just run)."""
    if not named:
        return
    present = select(literal(post_id, Integer), users.c.id).where(users.c.id.in_(set(named)))
    await connection.execute(group_post_names.insert().from_select(["post_id", "user_id"], present))
