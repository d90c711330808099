"""Scheduled deliveries: the morning card and the "did you hear back?" follow-up.

The tick claims due rows from the schedule table (a lease, so a crashed worker's
rows come back), and each delivery is keyed by (user, local date, kind): claimed
before the send and marked sent after the platform confirms, so a second tick, a
restart or a second process never sends the same card twice for a day. After
downtime a morning card still goes out later the same local day, until the
catch-up deadline; days already past are never sent.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta

from core.engine import payloads as p
from core.engine.attempts import outcome_label
from core.engine.cards import card_reply, card_title, todays_card
from core.engine.context import Ctx
from core.engine.schedules import FOLLOW_UP, MORNING_CARD
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import ATTEMPTED, Due, Outcome, User, UserStatus
from core.ports import Address, RecipientGone, Sender, SendFailed
from core.schedule import first_occurrence_after_day, local_date, occurrence

SENT, SKIPPED, FAILED, RETRY, GONE, RESCHEDULED = (
    "sent",
    "skipped",
    "failed",
    "retry",
    "gone",
    "rescheduled",
)
LATE_GRACE = timedelta(hours=1)


class Deliveries:
    def __init__(self, ctx: Ctx, sender: Sender, batch: int = 500) -> None:
        self.ctx = ctx
        self.sender = sender
        self.batch = batch

    async def tick(self) -> Counter[str]:
        """Deliver everything that is due now; returns how each delivery ended."""
        results: Counter[str] = Counter()
        while True:
            now = self.ctx.now()
            lease_until = now + self.ctx.config.delivery_lease
            due = await self.ctx.store.claim_due(now, lease_until, self.batch)
            for item in due:
                results[await self.deliver(item)] += 1
            if len(due) < self.batch:
                return results

    async def deliver(self, due: Due) -> str:
        user = await self.ctx.store.user(due.user_id)
        if user is None or user.status is not UserStatus.ACTIVE:
            await self.ctx.store.set_schedule(due.user_id, due.kind, None)
            return SKIPPED
        if due.kind == MORNING_CARD:
            return await self._morning(user, due)
        if due.kind.startswith(FOLLOW_UP + ":"):
            return await self._follow_up(user, due)
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

    def _deadline(self, user: User, day: date, slot_at: datetime) -> datetime:
        zone = self.ctx.zone(user)
        return max(occurrence(day, self.ctx.config.catch_up_until, zone), slot_at + LATE_GRACE)

    async def _morning(self, user: User, due: Due) -> str:
        ctx, zone, now = self.ctx, self.ctx.zone(user), self.ctx.now()
        day = max(local_date(due.due_at, zone), local_date(now, zone))
        slot_at = occurrence(day, user.delivery_time, zone)
        next_slot = first_occurrence_after_day(user.delivery_time, zone, day)
        if slot_at > now:
            await ctx.store.set_schedule(user.id, MORNING_CARD, slot_at)
            return RESCHEDULED
        if now > self._deadline(user, day, slot_at):
            await ctx.store.set_schedule(user.id, MORNING_CARD, next_slot)
            return SKIPPED
        if not await ctx.store.begin_delivery(user.id, MORNING_CARD, day, now, self._stale(now)):
            await ctx.store.set_schedule(user.id, MORNING_CARD, next_slot)
            return SKIPPED
        reply = await self._morning_reply(user, day)
        if reply is None:
            await ctx.store.finish_delivery(user.id, MORNING_CARD, day, SKIPPED, now, next_slot)
            return SKIPPED
        return await self._send(user, MORNING_CARD, day, reply, next_slot)

    async def _morning_reply(self, user: User, day: date) -> Reply | None:
        if day in await self.ctx.store.rest_days(user.id):
            return Reply(_("Rest day today. Your streak is safe; enjoy it. See you tomorrow."))
        todays = [a for a in await self.ctx.store.attempts(user.id, day) if a.local_date == day]
        if any(a.outcome in ATTEMPTED for a in todays):
            return None
        given = await todays_card(self.ctx, user, day)
        if given is None:
            return None
        reply = card_reply(*given)
        return replace(reply, text=_("Good morning! Here's today's card.") + "\n\n" + reply.text)

    async def _follow_up(self, user: User, due: Due) -> str:
        ctx, now = self.ctx, self.ctx.now()
        attempt_id = int(due.kind.split(":", 1)[1]) if due.kind.split(":", 1)[1].isdigit() else -1
        attempt = await ctx.store.attempt(attempt_id)
        if attempt is None or attempt.user_id != user.id or attempt.outcome is not Outcome.WAITING:
            await ctx.store.set_schedule(user.id, due.kind, None)
            return SKIPPED
        day = ctx.today(user)
        if not await ctx.store.begin_delivery(
            user.id, due.kind, day, now, now - ctx.config.delivery_lease
        ):
            await ctx.store.set_schedule(user.id, due.kind, None)
            return SKIPPED
        card = ctx.content.card(attempt.card_id)
        answers = [(outcome_label(o), p.make(p.OUTCOME, attempt.id, code)) for code, o in _ANSWERS]
        reply = Reply(
            _("A few days ago you were waiting to hear back. Any news?"),
            title=card_title(card) if card else _("Your card"),
            buttons=button_rows(answers[:3], answers[3:]),
        )
        return await self._send(user, due.kind, day, reply, None)

    async def _send(
        self, user: User, kind: str, day: date, reply: Reply, next_due: datetime | None
    ) -> str:
        ctx = self.ctx
        try:
            await self.sender.send(Address(user.platform, user.chat_id), reply)
        except RecipientGone:
            await ctx.store.save_user(replace(user, status=UserStatus.UNREACHABLE))
            await ctx.store.finish_delivery(user.id, kind, day, FAILED, ctx.now(), None)
            return GONE
        except SendFailed:
            return RETRY  # the claim goes stale after the lease and the next tick retries it
        await ctx.store.finish_delivery(user.id, kind, day, SENT, ctx.now(), next_due)
        return SENT


_ANSWERS = (("y", Outcome.YES), ("n", Outcome.NO), ("p", Outcome.PARTLY), ("w", Outcome.WAITING))
