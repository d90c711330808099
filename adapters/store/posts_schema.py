"""The group messages that name members, kept by their platform ids so that an erase reaches
them (`core.groups.posts`). Part of `schema.metadata` (imported at the end of `schema`).

`group_posts` is the group's (it goes with its challenge); `group_post_names` says whom each
message names, by `user_id`, so it is in that person's export and erased with them, and the
erase marks the messages it names (`redo`) before their rows go.
"""

from __future__ import annotations

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, PrimaryKeyConstraint, String, Table

from adapters.store.column_types import UtcDateTime
from adapters.store.schema import metadata

IDS_LENGTH = 255
"""The message ids, space-separated (a Discord id is 19 digits; a board is one message)."""

group_posts = Table(
    "group_posts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "challenge_id",
        ForeignKey("group_challenges.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("kind", String(16), nullable=False),
    Column("local_date", Date, nullable=False),
    Column("message_ids", String(IDS_LENGTH), nullable=False),
    Column("posted_at", UtcDateTime, nullable=False),
    Column("redo", Integer, nullable=False, server_default="0"),
    Column("retry_at", UtcDateTime, nullable=True),
    Index(None, "redo"),
)

group_post_names = Table(
    "group_post_names",
    metadata,
    Column("post_id", ForeignKey("group_posts.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
    PrimaryKeyConstraint("post_id", "user_id"),
)
