"""People: who uses the bot and their settings, and the safety events about them."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, Protocol

from core.model import User


class People(Protocol):
    async def user_by_identity(self, platform: str, platform_user_id: str) -> User | None: ...
    async def user(self, user_id: int) -> User | None: ...
    async def users(self, user_ids: Collection[int]) -> dict[int, User]:
        """The users among `user_ids` that exist, by id."""
        ...

    async def create_user(
        self, platform: str, platform_user_id: str, chat_id: str, now: datetime
    ) -> User:
        """A new user with the model's defaults; a second call for one identity returns the
        first user (two first messages may race)."""
        ...

    async def save_user(self, user: User) -> None:
        """Every field; saving a user deleted meanwhile does nothing."""
        ...

    async def delete_user(self, user_id: int) -> None:
        """Everything stored about the user, in every port, is erased; in the same
        transaction every kept group message naming them is marked to be redone (`Posts`)."""
        ...

    async def export_user(self, user_id: int) -> dict[str, list[dict[str, Any]]]:
        """Everything stored about the user, table by table, as JSON-ready values."""
        ...

    async def add_safety_event(self, user_id: int, kind: str, now: datetime) -> None:
        """When and what kind, never more text than needed."""
        ...

    async def last_safety_event(
        self, user_id: int, kinds: Collection[str] | None = None
    ) -> datetime | None:
        """When the latest event of one of `kinds` happened (None: of any kind)."""
        ...
