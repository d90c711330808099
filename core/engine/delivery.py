"""Scheduled deliveries: the morning card, the evening reminder, the weekly summary and
the "did you hear back?" follow-up.

The tick claims due rows from the schedule table (a lease, so a crashed worker's
rows come back), and each delivery is keyed by (user, local date, kind): claimed
before the send and marked sent after the platform confirms, so a second tick, a
restart or a second process never sends the same thing twice for a day. After
downtime a delivery still goes out later the same local day, until the catch-up
deadline; days already past are never sent. Each platform drains its own queue
with a few sends in flight, so a slow platform never holds up another.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from core.engine import payloads as p
from core.engine.attempts import outcome_label
from core.engine.cards import card_of, card_reply, card_title, todays_card
from core.engine.challenge import day_line, settle
from core.engine.context import Ctx
from core.engine.fan_out import (
    FAILED,
    GONE,
    LATE_GRACE,
    RESCHEDULED,
    RETRY,
    SENT,
    SKIPPED,
    drain,
)
from core.engine.group_delivery import GroupDeliveries
from core.engine.group_end import member_summary
from core.engine.group_schedule import MEMBER_SUMMARY
from core.engine.schedules import (
    FOLLOW_UP,
    MORNING_CARD,
    REMINDER,
    WEEKLY,
    local_time_of,
    schedule_user,
    slot_after,
)
from core.engine.summary import evening_reminder, weekly_summary
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import ATTEMPTED, Due, Outcome, User, UserStatus
from core.ports import Address, RecipientGone, Sender, SendFailed
from core.schedule import local_date, occurrence


class Deliveries:
    def __init__(
        self,
        ctx: Ctx,
        sender: Sender,
        *,
        platforms: Sequence[str] | None = None,
        batch: int = 500,
        in_flight: int = 16,
    ) -> None:
        self.ctx = ctx
        self.sender = sender
        self.platforms = platforms
        self.batch = batch
        self.in_flight = in_flight
        self.groups = GroupDeliveries(ctx, sender)

    async def tick(self) -> Counter[str]:
        """Deliver everything that is due now; returns how each delivery ended."""
        if not self.platforms:
            return await self._drain(None)
        results: Counter[str] = Counter()
        for counted in await asyncio.gather(*(self._drain(name) for name in self.platforms)):
            results.update(counted)
        return results

    async def _drain(self, platform: str | None) -> Counter[str]:
        # Groups first: a challenge that closes queues its members' summaries for this tick.
        results: Counter[str] = await self.groups.drain(platform)

        async def claim(now: datetime, lease_until: datetime, limit: int) -> list[Due]:
            return await self.ctx.store.claim_due(now, lease_until, limit, platform)

        results.update(
            await drain(self.ctx, claim, self.deliver, batch=self.batch, in_flight=self.in_flight)
        )
        return results

    async def deliver(self, due: Due) -> str:
        user = await self.ctx.store.user(due.user_id)
        if user is None or user.status is not UserStatus.ACTIVE:
            await self.ctx.store.set_schedule(due.user_id, due.kind, None)
            return SKIPPED
        if due.kind in (MORNING_CARD, REMINDER, WEEKLY):
            return await self._daily(user, due)
        if due.kind.startswith(FOLLOW_UP + ":"):
            return await self._follow_up(user, due)
        if due.kind.startswith(MEMBER_SUMMARY + ":"):
            return await self._member_summary(user, due)
        await self.ctx.store.set_schedule(user.id, due.kind, None)
        return SKIPPED

    def _stale(self, now: datetime) -> datetime:
        """Claims older than this were left by a worker that died or gave up.

        Only the holder of a schedule row's lease calls `begin_delivery`, and the row
        comes back only after the lease ends, so any claim older than half a lease is
        one whose worker is gone; half, so that a claim taken a moment after its lease
        began is never mistaken for a live one.
        """
        return now - self.ctx.config.delivery_lease / 2

    async def _daily(self, user: User, due: Due) -> str:
        ctx, zone, now, kind = self.ctx, self.ctx.zone(user), self.ctx.now(), due.kind
        day = max(local_date(due.due_at, zone), local_date(now, zone))
        slot_at = occurrence(day, local_time_of(user, kind), zone)
        next_slot = slot_after(user, kind, zone, day)
        if slot_at > now:
            await ctx.store.set_schedule(user.id, kind, slot_at)
            return RESCHEDULED
        deadline = max(occurrence(day, ctx.config.catch_up_until, zone), slot_at + LATE_GRACE)
        if now > deadline or not await ctx.store.begin_delivery(
            user.id, kind, day, now, self._stale(now)
        ):
            await ctx.store.set_schedule(user.id, kind, next_slot)
            return SKIPPED
        reply = await self._compose(user, kind, day)
        if reply is None:
            await ctx.store.finish_delivery(user.id, kind, day, SKIPPED, now, next_slot)
            return SKIPPED
        return await self._send(user, kind, day, reply, next_slot)

    async def _compose(self, user: User, kind: str, day: date) -> Reply | None:
        if kind == REMINDER:
            return await evening_reminder(self.ctx, user, day)
        if kind == WEEKLY:
            return await weekly_summary(self.ctx, user, day)
        return await self._morning_reply(user, day)

    async def _morning_reply(self, user: User, day: date) -> Reply | None:
        if day in await self.ctx.store.rest_days(user.id):
            return Reply(_("Rest day today. Your streak is safe; enjoy it. See you tomorrow."))
        todays = [a for a in await self.ctx.store.attempts(user.id, day) if a.local_date == day]
        if any(a.outcome in ATTEMPTED for a in todays):
            return None
        given = await todays_card(self.ctx, user, day)
        if given is None:
            return None
        user, news = await settle(self.ctx, user)  # a challenge that ended is told first
        reply = card_reply(*given, day_line=day_line(user, day))
        intro = _("Good morning! Here's today's card.")
        if news is not None:
            intro = f"{news.title}\n{news.text}\n\n{intro}"
        return replace(reply, text=intro + "\n\n" + reply.text)

    async def _follow_up(self, user: User, due: Due) -> str:
        ctx, now = self.ctx, self.ctx.now()
        target = due.kind.split(":", 1)[1]
        attempt = await ctx.store.attempt(int(target)) if target.isdigit() else None
        if attempt is None or attempt.user_id != user.id or attempt.outcome is not Outcome.WAITING:
            await ctx.store.set_schedule(user.id, due.kind, None)
            return SKIPPED
        day = ctx.today(user)
        if not await ctx.store.begin_delivery(user.id, due.kind, day, now, self._stale(now)):
            await ctx.store.set_schedule(user.id, due.kind, None)
            return SKIPPED
        card = await card_of(ctx, attempt)
        answers = [(outcome_label(o), p.make(p.OUTCOME, attempt.id, code)) for code, o in _ANSWERS]
        reply = Reply(
            _("A few days ago you were waiting to hear back. Any news?"),
            title=card_title(card) if card else _("Your card"),
            buttons=button_rows(answers[:3], answers[3:]),
        )
        return await self._send(user, due.kind, day, reply, None)

    async def _member_summary(self, user: User, due: Due) -> str:
        """A member's private summary of a group challenge that is over: once, then gone."""
        ctx, now, target = self.ctx, self.ctx.now(), due.kind.split(":", 1)[1]
        reply = await member_summary(ctx, user, int(target)) if target.isdigit() else None
        day = ctx.today(user)
        if reply is None or not await ctx.store.begin_delivery(
            user.id, due.kind, day, now, self._stale(now)
        ):
            await ctx.store.set_schedule(user.id, due.kind, None)
            return SKIPPED
        return await self._send(user, due.kind, day, reply, None)

    async def _send(
        self, user: User, kind: str, day: date, reply: Reply, next_due: datetime | None
    ) -> str:
        ctx = self.ctx
        try:
            await self.sender.send(Address(user.platform, user.chat_id), reply)
        except RecipientGone:
            gone = replace(user, status=UserStatus.UNREACHABLE)
            await ctx.store.save_user(gone)
            await ctx.store.finish_delivery(user.id, kind, day, FAILED, ctx.now(), None)
            await schedule_user(ctx, gone)  # clears every row: nothing is retried
            return GONE
        except SendFailed:
            return RETRY  # the claim goes stale after the lease and the next tick retries it
        await ctx.store.finish_delivery(user.id, kind, day, SENT, ctx.now(), next_due)
        return SENT


_ANSWERS = (("y", Outcome.YES), ("n", Outcome.NO), ("p", Outcome.PARTLY), ("w", Outcome.WAITING))
