"""Sending a claimed delivery and recording how it ended.

A send goes out only on a claim still fresh (another worker may take over an old one), one
send at a time per turn of its platform's semaphore; a recipient gone marks the user
unreachable and clears their schedule; a send that failed for now releases its claim so it
comes due again as soon as the platform allows; a stop releases claims not yet sent, and
lets a send whose turn came finish and be recorded (`fan_out.OnTheWire`). Confirmed sends
are recorded in groups (`fan_out.GroupCommit`).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from core.engine.context import Ctx
from core.engine.fan_out import FAILED, GONE, RETRY, SENT, SKIPPED, GroupCommit, OnTheWire
from core.engine.liveness import Heartbeat
from core.engine.pacing import SharedPace
from core.engine.schedules import schedule_user
from core.messages import Reply
from core.model import DeliveryKey, Finished, User, UserStatus
from core.ports import Address, RecipientGone, Sender, SendFailed
from core.telemetry import DeliveryWatch, Ended, error_kind, kind_of


@dataclass(frozen=True, slots=True)
class Claimed:
    """One delivery: whose, its key, when its kind is next due, and the time this worker
    claims it at (the claim is taken with that time, and goes stale from it)."""

    user: User
    key: DeliveryKey
    next_due_at: datetime | None
    claimed_at: datetime


RECORDS_WAITING = 4
"""Confirmed sends that may wait for the commit recording them while further sends go out.

Records are committed in groups (`GroupCommit`), and a commit now and then waits behind a
batch's preparation; letting a few sends run ahead meanwhile keeps the platform busy (in a
20,000-card run of the fan-out benchmark, from about 540 to 620 sends a second). It also
bounds what a crash
can repeat: at most `unrecorded_at_most(in_flight)` sends were confirmed but not recorded.
"""


STOPPED = "stopped"
"""A claimed delivery the bot stopped before sending: released, due again at the next start."""
RETRY_AFTER_FAILURE = timedelta(seconds=30)
"""The least wait before a failed send is tried again (longer when the platform asks)."""


def unrecorded_at_most(in_flight: int) -> int:
    """The most sends a crash can leave confirmed but unrecorded, and so send again."""
    return in_flight + RECORDS_WAITING


class Sends:
    """The sending half of `Deliveries`."""

    ctx: Ctx
    sender: Sender
    watch: DeliveryWatch
    heartbeat: Heartbeat | None
    pace: SharedPace | None
    _stopping: bool
    wire: OnTheWire
    _records: GroupCommit[Finished]
    _stopped: GroupCommit[Claimed]
    _sending: defaultdict[str, asyncio.Semaphore]

    async def _send_or_skip(self, claimed: Claimed, reply: Reply | None) -> str:
        if reply is None:
            await self._records.add(Finished(claimed.key, SKIPPED, claimed.next_due_at))
            return SKIPPED
        return await self._send(claimed, reply)

    async def _send(self, claimed: Claimed, reply: Reply) -> str:
        held_back = await self._held_back(claimed)
        if held_back is not None:
            return held_back
        platform = claimed.user.platform
        async with self._sending[platform]:
            if self.pace is not None:  # the bot token's budget, shared by processes
                await self.pace.turn(platform)
            # From here the request may reach the person: a stop lets it finish and be
            # recorded rather than cancel it (`OnTheWire`).
            return await self.wire.run(self._send_and_record(claimed, reply))

    async def _held_back(self, claimed: Claimed) -> str | None:
        """How a delivery ends without a send, if this worker may not send it now."""
        ctx = self.ctx
        if ctx.now() >= claimed.claimed_at + ctx.config.delivery_lease / 2:
            return RETRY  # another worker may take this claim over now: its next tick sends
        if self.heartbeat is not None and not self.heartbeat.may_send(claimed.claimed_at):
            return RETRY  # this process lost its heartbeat: its claims are another's now
        if self._stopping:
            return await self._unsent(claimed)
        return None

    async def _send_and_record(self, claimed: Claimed, reply: Reply) -> str:
        """The send and the record of how it ended, which a stop never separates. Asked
        again whether to send (`_held_back`) right before the request leaves: the turn
        may have taken a while, and the bot may have begun to stop meanwhile."""
        held_back = await self._held_back(claimed)
        if held_back is not None:
            return held_back
        ctx, user, key = self.ctx, claimed.user, claimed.key
        try:
            await self.sender.send(Address(user.platform, user.chat_id), reply)
        except RecipientGone:
            gone = replace(user, status=UserStatus.UNREACHABLE)
            await ctx.store.save_user(gone)
            await ctx.store.user_schedules.finish([Finished(key, FAILED, None)], ctx.now())
            await schedule_user(ctx, gone)  # clears every row: nothing is retried
            self.watch.ended(Ended(user.platform, kind_of(key.kind), GONE))
            return GONE
        except SendFailed as error:
            return await self._retry_later(claimed, error)
        await self._records.add(Finished(key, SENT, claimed.next_due_at))
        self.watch.ended(Ended(user.platform, kind_of(key.kind), SENT))
        return SENT

    async def _unsent(self, claimed: Claimed) -> str:
        await self._stopped.add(claimed)
        return STOPPED

    async def _release_stopped(self, claims: list[Claimed]) -> None:
        """Release together the claims a stop left unsent: one transaction, not one each,
        so they are all free for the next start even on a busy machine, where a claim
        at a time ran past the stop's grace and left a hundred to wait out their lease."""
        pairs = [(claimed.key, claimed.claimed_at) for claimed in claims]
        await self.ctx.store.user_schedules.release(pairs, self.ctx.now())

    async def _retry_later(self, claimed: Claimed, error: SendFailed) -> str:
        """Release the claim of a send that has failed for now, so it is tried again as soon
        as the platform allows rather than when the claim's lease runs out (5 minutes)."""
        now = self.ctx.now()
        wait = max(RETRY_AFTER_FAILURE, timedelta(seconds=error.retry_after or 0))
        retry_at = now + wait
        await self.ctx.store.user_schedules.release([(claimed.key, claimed.claimed_at)], retry_at)
        ended = Ended(
            claimed.user.platform,
            kind_of(claimed.key.kind),
            RETRY,
            retry_after=error.retry_after,
            retry_at=retry_at,
            error=error_kind(error),
        )
        self.watch.ended(ended)
        return RETRY

    async def _record(self, finished: list[Finished]) -> None:
        await self.ctx.store.user_schedules.finish(finished, self.ctx.now())
