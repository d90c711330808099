"""Scheduled deliveries: the morning card, the evening reminder, the weekly summary and
the "did you hear back?" follow-up.

The tick claims due rows from the schedule table (a lease, so a crashed worker's
rows come back), and each delivery is keyed by (user, local date, kind): claimed
before the send and marked sent after the platform confirms, so a second tick, a
restart or a second process never sends the same thing twice for a day. After
downtime a delivery still goes out later the same local day, until the catch-up
deadline; days already past are never sent. Each platform drains its own queue
with a few sends in flight, so a slow platform never holds up another.

The morning fan-out is the bot's busiest moment, so its database work is done per
claimed batch rather than per card: one read of the batch's users, one transaction
claiming their deliveries, one read of their recent practice and one write of their new
cards (`morning`), while the batch before is still sending; and the sends' records are
committed in groups (`GroupCommit`). Platform rate limits, not the bot, then bound the
pace (`askanyway bench tick` measures it). Sending and recording are in `sending`, the
follow-up and a member's summary (one-offs) in `one_offs`.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from core.engine.context import Ctx
from core.engine.fan_out import (
    LATE_GRACE,
    RESCHEDULED,
    SKIPPED,
    GroupCommit,
    Prepared,
    drain,
)
from core.engine.liveness import Heartbeat
from core.engine.morning import morning_messages
from core.engine.one_offs import one_off_reply
from core.engine.pacing import SharedPace
from core.engine.schedules import (
    DAILY_KINDS,
    MORNING_CARD,
    REMINDER,
    local_time_of,
    slot_after,
)
from core.engine.sending import RECORDS_WAITING as RECORDS_WAITING
from core.engine.sending import RETRY_AFTER_FAILURE as RETRY_AFTER_FAILURE
from core.engine.sending import STOPPED as STOPPED
from core.engine.sending import Claimed, Sends
from core.engine.sending import unrecorded_at_most as unrecorded_at_most
from core.engine.summary import evening_reminder, weekly_summary
from core.groups.delivery import GroupDeliveries
from core.groups.posts import Redo
from core.model import DeliveryKey, Due, User, UserStatus
from core.ports import Editor, Sender
from core.schedule import local_date, occurrence
from core.telemetry import DeliveryWatch, Unwatched


class Deliveries(Sends):
    """The tick's work for users: `in_flight` sends at once per platform, in batches of
    `batch` claimed rows."""

    def __init__(
        self,
        ctx: Ctx,
        sender: Sender,
        *,
        platforms: Sequence[str] | None = None,
        batch: int = 500,
        in_flight: int = 16,
        watch: DeliveryWatch | None = None,
        heartbeat: Heartbeat | None = None,
        pace: SharedPace | None = None,
    ) -> None:
        self.ctx = ctx
        self.heartbeat = heartbeat  # several processes: claims recorded, shares kept
        self.pace = pace  # and one send budget per bot token among them
        self.sender = sender
        self.watch: DeliveryWatch = watch or Unwatched()
        self._stopping = False
        self._gates: list[asyncio.Semaphore] = []
        self.platforms = platforms
        self.batch = batch
        self.in_flight = in_flight
        self.groups = GroupDeliveries(ctx, sender)
        self.wire = self.groups.wire  # the sends a stop lets finish, people's and groups'
        self.groups.may_send = lambda: self.heartbeat is None or self.heartbeat.alive()
        # Group messages naming someone who erased their data since, redone (`posts`).
        self.redo = Redo(ctx, sender if isinstance(sender, Editor) else None)
        self._records = GroupCommit(self._record)
        self._stopped = GroupCommit(self._release_stopped)
        self._sending: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(in_flight)
        )  # per platform, so a slow one never takes another's turns

    def stop(self) -> None:
        """Wind the tick down for a stop: claim nothing more, and release every claimed
        delivery whose send has not begun, so the next start sends it at once. Sends
        already under way finish and are recorded, even when the stop's grace runs out
        and cancels the tick (see `tick`): once cut off, a send whose request had reached
        the platform stayed unrecorded, and the next start, which takes a stopped
        process's claims over at once, sent it again. Only a send still unanswered at the
        stop's last deadline is cut off and counts as in flight: its claim comes back with
        that takeover (or, with no heartbeat, after the lease), and it may go out twice,
        as at a crash."""
        self._stopping = True
        self.groups.stop()
        # Queued jobs wait for a place in the drain or a turn to send; open both wide so
        # they run now, see the stop and release their claims instead of sending.
        for gate in [*self._gates, *self._sending.values()]:
            for _place in range(2 * self.batch + self.in_flight):
                gate.release()

    async def tick(self) -> Counter[str]:
        """Deliver everything that is due now; returns how each delivery ended.

        Cancelled (a stop whose grace ran out), the tick still waits for the sends on their
        way to the platform to end and be recorded (`fan_out.OnTheWire`); cancelled again,
        it cuts them off. Whatever else it was doing stops at the first cancellation.
        """
        try:
            return await self._tick()
        except asyncio.CancelledError:
            await self.wire.finish()
            raise

    async def _tick(self) -> Counter[str]:
        if not self.platforms:
            return await self._drain(None)
        results: Counter[str] = Counter()
        for counted in await asyncio.gather(*(self._drain(name) for name in self.platforms)):
            results.update(counted)
        return results

    async def _drain(self, platform: str | None) -> Counter[str]:
        # Groups first: a challenge that closes queues its members' summaries for this tick.
        results: Counter[str] = await self.groups.drain(platform)
        results.update(await self.redo.run(platform, self._may_redo))

        async def claim(now: datetime, lease_until: datetime, limit: int) -> list[Due]:
            if self._stopping or (self.heartbeat is not None and not self.heartbeat.alive()):
                return []
            return await self.ctx.store.user_schedules.claim_due(now, lease_until, limit, platform)

        in_flight = unrecorded_at_most(self.in_flight)
        gate = asyncio.Semaphore(in_flight)
        self._gates.append(gate)
        batch: int | Callable[[], int] = self.batch
        if self.heartbeat is not None:  # a fair share of the platform's rate, not first come
            batch = partial(self.heartbeat.claim_size, platform, self.batch)
        try:
            results.update(
                await drain(
                    self.ctx, claim, self.prepare, batch=batch, in_flight=in_flight, gate=gate
                )
            )
        finally:
            self._gates.remove(gate)
        return results

    def _may_redo(self) -> bool:
        """Whether to go on redoing group messages after an erase (`posts`)."""
        return not self._stopping and self.groups.may_send()

    async def prepare(self, batch: Sequence[Due]) -> Prepared:
        """A claimed batch's database work before its sends, in a few transactions.

        One read for the users, one transaction claiming every daily delivery, one for the
        schedule changes, and for morning cards one read of recent practice and one write
        of the new cards (`morning`). Follow-ups and summaries are rarer and do their own
        work in their jobs.
        """
        ctx, now = self.ctx, self.ctx.now()
        users = await ctx.store.users({due.user_id for due in batch})
        prepared = Prepared()
        changes: list[tuple[int, str, datetime | None]] = []
        ready: list[Claimed] = []
        for due in batch:
            user = users.get(due.user_id)
            if user is None or user.status is not UserStatus.ACTIVE:
                changes.append((due.user_id, due.kind, None))
                prepared.ended[SKIPPED] += 1
            elif due.kind in DAILY_KINDS:
                placed = self._place(user, due, now)
                if isinstance(placed, Claimed):
                    ready.append(placed)
                else:
                    outcome, next_time = placed
                    changes.append((user.id, due.kind, next_time))
                    prepared.ended[outcome] += 1
            else:
                prepared.jobs.append(partial(self._deliver_one, user, due))
        held = await ctx.store.user_schedules.begin([c.key for c in ready], now, self._stale(now))
        for lost in (c for c in ready if c.key not in held):  # another worker has it
            changes.append((lost.user.id, lost.key.kind, lost.next_due_at))
            prepared.ended[SKIPPED] += 1
        await ctx.store.user_schedules.schedule_many(changes)
        claimed = [c for c in ready if c.key in held]
        mornings = await morning_messages(
            ctx, [(c.user, c.key.local_date) for c in claimed if c.key.kind == MORNING_CARD]
        )
        for one in claimed:
            if one.key.kind == MORNING_CARD:
                prepared.jobs.append(partial(self._send_or_skip, one, mornings[one.user.id]))
            else:
                prepared.jobs.append(partial(self._compose_and_send, one))
        return prepared

    def _stale(self, now: datetime) -> datetime:
        """Claims older than this were left by a worker that died or gave up.

        Only the holder of a schedule row's lease begins its delivery, and the row
        comes back only after the lease ends, so any claim older than half a lease is
        one whose worker is gone; half, so that a claim taken a moment after its lease
        began is never mistaken for a live one. For the same reason a worker does not
        send on a claim of its own that has grown that old (see `_send`).
        """
        return now - self.ctx.config.delivery_lease / 2

    def _place(self, user: User, due: Due, now: datetime) -> Claimed | tuple[str, datetime | None]:
        """A daily row ready to claim for its local day, or how it ends without a send
        (early: rescheduled; past the catch-up deadline: skipped) and its next time."""
        zone, kind = self.ctx.zone(user), due.kind
        day = max(local_date(due.due_at, zone), local_date(now, zone))
        slot_at = occurrence(day, local_time_of(user, kind), zone)
        next_slot = slot_after(user, kind, zone, day)
        if slot_at > now:
            return RESCHEDULED, slot_at
        deadline = max(occurrence(day, self.ctx.config.catch_up_until, zone), slot_at + LATE_GRACE)
        if now > deadline:
            return SKIPPED, next_slot
        return Claimed(user, DeliveryKey(user.id, kind, day), next_slot, now)

    async def _compose_and_send(self, claimed: Claimed) -> str:
        user, key = claimed.user, claimed.key
        if key.kind == REMINDER:
            reply = await evening_reminder(self.ctx, user, key.local_date)
        else:
            reply = await weekly_summary(self.ctx, user, key.local_date)
        return await self._send_or_skip(claimed, reply)

    async def _deliver_one(self, user: User, due: Due) -> str:
        """A one-off delivery (`one_offs`): sent once, then its schedule row goes."""
        reply = await one_off_reply(self.ctx, user, due.kind)
        claimed = await self._claim_one(user, due.kind) if reply is not None else None
        if reply is None or claimed is None:
            await self.ctx.store.user_schedules.schedule(user.id, due.kind, None)
            return SKIPPED
        return await self._send(claimed, reply)

    async def _claim_one(self, user: User, kind: str) -> Claimed | None:
        """The claim on a one-off delivery for the user's today, if this worker gets it."""
        ctx, now = self.ctx, self.ctx.now()
        key = DeliveryKey(user.id, kind, ctx.today(user))
        if key not in await ctx.store.user_schedules.begin([key], now, self._stale(now)):
            return None
        return Claimed(user, key, None, now)
