"""The group messages that name members, in memory (see `core.storage.posts`)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from core.groups.model import GroupPost
from tests.memory.tables import Tables, utc


class Posts:
    t: Tables

    async def keep_post(self, post: GroupPost, named: Collection[int], now: datetime) -> None:
        if post.challenge_id not in self.t.challenges:
            return
        number = self.t.next_id("group_posts")
        self.t.posts[number] = (replace(post, id=number, redo=0), utc(now))
        self._name(number, named)

    async def posts_to_redo(
        self, now: datetime, limit: int, platform: str | None = None
    ) -> Sequence[GroupPost]:
        due = [
            post
            for number, (post, _at) in sorted(self.t.posts.items())
            if post.redo > 0
            and self.t.post_retry.get(number, now) <= now
            and (platform is None or self._platform(post.challenge_id) == platform)
        ]
        return due[:limit]

    async def post_redone(self, post: GroupPost, named: Collection[int] | None) -> None:
        kept = self.t.posts.get(post.id)
        if kept is None:
            return
        if named is None:
            forget_post(self.t, post.id)
            return
        if kept[0].redo != post.redo:  # marked again since: redone again at the next tick
            return
        self.t.posts[post.id] = (replace(kept[0], redo=0), kept[1])
        self.t.post_retry.pop(post.id, None)
        self.t.post_names = {k for k in self.t.post_names if k[0] != post.id}
        self._name(post.id, named)

    async def retry_post(self, post_id: int, at: datetime) -> None:
        if post_id in self.t.posts:
            self.t.post_retry[post_id] = utc(at)

    def _name(self, post_id: int, named: Collection[int]) -> None:
        self.t.post_names |= {(post_id, user) for user in named if user in self.t.users}

    def _platform(self, challenge_id: int) -> str | None:
        challenge = self.t.challenges.get(challenge_id)
        group = self.t.groups.get(challenge.group_id) if challenge else None
        return group.platform if group else None


def mark_named(t: Tables, user_id: int) -> None:
    """As an erase does, before the user's name rows go: their messages are to be redone."""
    for post_id in sorted({number for number, user in t.post_names if user == user_id}):
        post, at = t.posts[post_id]
        t.posts[post_id] = (replace(post, redo=post.redo + 1), at)
        t.post_retry.pop(post_id, None)
    t.post_names = {k for k in t.post_names if k[1] != user_id}


def forget_post(t: Tables, post_id: int) -> None:
    t.posts.pop(post_id, None)
    t.post_retry.pop(post_id, None)
    t.post_names = {k for k in t.post_names if k[0] != post_id}


def forget_challenge_posts(t: Tables, challenges: Collection[int]) -> None:
    for number in [n for n, (post, _at) in t.posts.items() if post.challenge_id in challenges]:
        forget_post(t, number)


def post_name_rows(t: Tables, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """The user's rows as the SQL export lists them."""
    rows = [{"post_id": p, "user_id": u} for p, u in sorted(t.post_names) if u == user_id]
    return {"group_post_names": rows}
