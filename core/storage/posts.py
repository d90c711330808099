"""The group messages that name members, kept so that an erase reaches them too."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Protocol

from core.groups.model import GroupPost


class Posts(Protocol):
    """Marking happens in `People.delete_user`, in the erase's own transaction: every kept
    message naming the person gets `redo` raised, so no tick can redo it with them in."""

    async def keep_post(self, post: GroupPost, named: Collection[int], now: datetime) -> None:
        """Remember a message the bot sent (`post.id` is ignored) and the users it names;
        nothing is kept for a challenge deleted meanwhile, nor names of users gone."""
        ...

    async def posts_to_redo(
        self, now: datetime, limit: int, platform: str | None = None
    ) -> Sequence[GroupPost]:
        """Up to `limit` kept messages with `redo` above 0 whose retry time (if any) has
        come, oldest first; with `platform`, only its groups' messages."""
        ...

    async def post_redone(self, post: GroupPost, named: Collection[int] | None) -> None:
        """The message was redone as `post` was read: it now names `named` and is marked no
        more, unless an erase marked it again since (its `redo` grew): then it stays marked
        and its names are left as they are. `named` None: it was deleted or is gone, and
        is forgotten."""
        ...

    async def retry_post(self, post_id: int, at: datetime) -> None:
        """Redoing the message failed for now (the platform down, a 429): not before `at`."""
        ...
