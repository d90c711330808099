"""Several bot processes on one database: who is alive, whose claims to take over, and one
send budget per bot token that they share.

Each process keeps a heartbeat row fresh every few seconds, and every claim it takes (a
leased schedule row, a begun delivery) records it as the claimer. The claims of a process
whose heartbeat went quiet are taken over at once, instead of when their five-minute lease
runs out: a crashed process's users get their cards seconds later, not minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Takeover:
    """What one takeover released: processes declared gone, schedule rows made due again,
    begun but unsent deliveries dropped so they may be begun again."""

    processes: int = 0
    schedules: int = 0
    deliveries: int = 0

    @property
    def claims(self) -> int:
        return self.schedules + self.deliveries


class Liveness(Protocol):
    """One process's heartbeat, and the takeover of claims of processes gone quiet."""

    @property
    def process(self) -> str:
        """This process's name in the heartbeat table and on its claims."""
        ...

    async def beat(self, now: datetime) -> bool:
        """Refresh this process's heartbeat. False when its row was gone (first beat, or
        another process took its claims over meanwhile): it is then registered anew under
        a new name, and claims taken under the old one are no longer its to send."""
        ...

    async def take_over(self, now: datetime, dead_before: datetime) -> Takeover:
        """Release every claim held by a process whose heartbeat is older than
        `dead_before` (or that has no heartbeat row): their schedule rows come due at `now`."""
        ...

    async def live(self, alive_since: datetime) -> int:
        """How many processes beat at or after `alive_since` (this one included)."""
        ...

    async def leave(self) -> None:
        """A clean stop: this process's row goes (its claims were released by the stop)."""
        ...


class SendBudget(Protocol):
    """One bot token's sending pace, shared by every process on the database: a schedule
    of send slots `1 / rate` seconds apart that processes reserve a few at a time."""

    async def reserve(self, name: str, count: int, rate: float) -> float:
        """Reserve the next `count` slots of the budget `name`; the seconds from now until
        the first of them (0 when the budget is idle). The slots follow each other
        `1 / rate` seconds apart, and no other process is given any of them."""
        ...
