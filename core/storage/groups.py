"""Groups and their shared challenges (see `core.groups.model`), and who takes part."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from core.deck import Card
from core.groups.model import Group, GroupChallenge, Member
from core.model import Attempt


class Groups(Protocol):
    async def ensure_group(self, platform: str, chat_id: str, title: str, now: datetime) -> Group:
        """The group of this chat, made on first use; a changed title is kept up to date."""
        ...

    async def group(self, group_id: int) -> Group | None: ...
    async def group_by_chat(self, platform: str, chat_id: str) -> Group | None: ...
    async def save_group(self, group: Group) -> None: ...
    async def delete_group(self, group_id: int) -> None:
        """Remove the group with its challenges, members and schedules; members' own
        attempts stay theirs, no longer tied to the challenge."""
        ...

    async def add_group_challenge(self, challenge: GroupChallenge) -> GroupChallenge:
        """Store a new challenge (its id is ignored and assigned, a join code made)."""
        ...

    async def group_challenge(self, challenge_id: int) -> GroupChallenge | None: ...
    async def current_challenge(self, group_id: int) -> GroupChallenge | None:
        """The group's challenge being set up or running, if any (at most one)."""
        ...

    async def save_group_challenge(self, challenge: GroupChallenge) -> None: ...
    async def group_cards(self, challenge_id: int) -> dict[date, str]:
        """The card the group was given on each local date (claimed or sent)."""
        ...


class Members(Protocol):
    async def add_member(self, member: Member) -> bool:
        """False when the user already is a member (pending or not): nothing changes then."""
        ...

    async def save_member(self, member: Member) -> None: ...
    async def remove_member(self, challenge_id: int, user_id: int) -> bool: ...
    async def member(self, challenge_id: int, user_id: int) -> Member | None: ...
    async def members(self, challenge_id: int) -> Sequence[Member]:
        """Oldest first."""
        ...

    async def memberships(self, user_id: int) -> Sequence[Member]: ...
    async def add_challenge_attempt(
        self,
        user_id: int,
        challenge_id: int,
        card: Card,
        local_date: date,
        now: datetime,
    ) -> Attempt:
        """The member's attempt at the group's card of `local_date`, made once: asking
        again returns the same attempt."""
        ...

    async def challenge_attempts(self, challenge_id: int) -> Sequence[Attempt]: ...
