"""Buddies in memory (see `core.storage.buddies`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from adapters.store.buddies import new_code
from core.peers.buddies import Pair, Side
from tests.memory.tables import Tables, utc

NAME_LENGTH = 64


class Buddies:
    t: Tables

    def _assembled(self, pair: Pair) -> Pair:
        sides = [s for (number, _user), s in self.t.buddies.items() if number == pair.id]
        sides.sort(key=lambda s: (s.joined_at, s.user_id))
        return replace(pair, sides=tuple(sides))

    def _sorted(self, pairs: list[Pair]) -> list[Pair]:
        return [self._assembled(p) for p in sorted(pairs, key=lambda p: (p.created_at, p.id))]

    async def open_pair(
        self, user_id: int, name: str, now: datetime, challenge_id: int | None = None
    ) -> Pair:
        sided = {number for number, _user in self.t.buddies}
        self.t.buddy_pairs = {n: p for n, p in self.t.buddy_pairs.items() if n in sided}
        number = self.t.next_id("buddy_pairs")
        code = new_code() if challenge_id is None else ""
        self.t.buddy_pairs[number] = Pair(number, utc(now), (), code, challenge_id)
        if user_id in self.t.users:
            self.t.buddies[number, user_id] = Side(user_id, name[:NAME_LENGTH], utc(now))
        return self._assembled(self.t.buddy_pairs[number])

    async def pair(self, pair_id: int) -> Pair | None:
        pair = self.t.buddy_pairs.get(pair_id)
        return None if pair is None else self._assembled(pair)

    async def pair_by_code(self, code: str) -> Pair | None:
        found = [
            p
            for p in self.t.buddy_pairs.values()
            if p.code and p.code == code.upper() and p.paired_at is None and p.ended_at is None
        ]
        return self._assembled(found[0]) if found else None

    async def pairs_of(self, user_id: int) -> list[Pair]:
        mine = {number for number, user in self.t.buddies if user == user_id}
        return self._sorted([p for n, p in self.t.buddy_pairs.items() if n in mine])

    async def waiting_pairs(self, challenge_id: int) -> list[Pair]:
        found = self._sorted(
            [p for p in self.t.buddy_pairs.values() if p.challenge_id == challenge_id]
        )
        return [p for p in found if p.waiting]

    async def join_pair(self, pair_id: int, user_id: int, name: str, now: datetime) -> bool:
        pair = await self.pair(pair_id)
        if (
            pair is None
            or pair.paired_at is not None
            or pair.ended_at is not None
            or len(pair.sides) != 1
            or pair.side(user_id) is not None
            or user_id not in self.t.users
        ):
            return False
        self.t.buddy_pairs[pair_id] = replace(
            self.t.buddy_pairs[pair_id], paired_at=utc(now), code=""
        )
        self.t.buddies[pair_id, user_id] = Side(user_id, name[:NAME_LENGTH], utc(now))
        return True

    async def end_pair(self, pair_id: int, now: datetime) -> bool:
        pair = self.t.buddy_pairs.get(pair_id)
        if pair is None or pair.paired_at is None or pair.ended_at is not None:
            return False
        self.t.buddy_pairs[pair_id] = replace(pair, ended_at=utc(now))
        return True

    async def delete_pair(self, pair_id: int) -> None:
        pair = self.t.buddy_pairs.get(pair_id)
        if pair is None or pair.paired_at is not None:
            return
        del self.t.buddy_pairs[pair_id]
        self.t.buddies = {k: s for k, s in self.t.buddies.items() if k[0] != pair_id}

    async def set_cheer(self, pair_id: int, user_id: int, cheer: int, day: date) -> None:
        side = self.t.buddies.get((pair_id, user_id))
        if side is not None:
            self.t.buddies[pair_id, user_id] = replace(side, cheer=cheer, cheered_on=day)


def forget_buddies(t: Tables, user_id: int) -> None:
    """The erasure's share: the user's side of every pair (the pairs stay, as in SQL)."""
    t.buddies = {key: side for key, side in t.buddies.items() if key[1] != user_id}


def buddy_rows(t: Tables, user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        "buddies": [
            {
                "pair_id": number,
                "user_id": user,
                "name": side.name,
                "joined_at": side.joined_at,
                "cheer": side.cheer,
                "cheered_on": side.cheered_on,
            }
            for (number, user), side in sorted(t.buddies.items())
            if user == user_id
        ]
    }
