"""Buddies (see `core.peers.buddies`): pairs of people and each side's own row.

A pair's sides carry their person's user id, so each side is part of that person's export
and erasure; erasing someone takes their side away, and a pair left with one side is over.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from core.peers.buddies import Pair


class Buddies(Protocol):
    async def open_pair(
        self, user_id: int, name: str, now: datetime, challenge_id: int | None = None
    ) -> Pair:
        """A pair waiting for a second person, with `user_id` its first side: an invitation
        with a fresh one-time code, or (with `challenge_id`) an opt-in to be matched in
        that group challenge, without a code."""
        ...

    async def pair(self, pair_id: int) -> Pair | None: ...

    async def pair_by_code(self, code: str) -> Pair | None:
        """The pair whose invitation has this code (any case), while it waits."""
        ...

    async def pairs_of(self, user_id: int) -> list[Pair]:
        """Every pair the user is a side of (waiting, together or ended), oldest first."""
        ...

    async def waiting_pairs(self, challenge_id: int) -> list[Pair]:
        """The challenge's opt-ins still waiting for a match, oldest first."""
        ...

    async def join_pair(self, pair_id: int, user_id: int, name: str, now: datetime) -> bool:
        """Add the second side, only while the pair waits (and never its own first side):
        False when someone else got there first, or it was withdrawn or ended."""
        ...

    async def end_pair(self, pair_id: int, now: datetime) -> bool:
        """End a pair that is together; False when it had ended already (or never was)."""
        ...

    async def delete_pair(self, pair_id: int) -> None:
        """Withdraw a waiting pair (an invitation or opt-in nobody took up), sides and all."""
        ...

    async def set_cheer(self, pair_id: int, user_id: int, cheer: int, day: date) -> None:
        """The side's latest cheer and the sender's local date of it."""
        ...
