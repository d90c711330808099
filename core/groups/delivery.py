"""The tick's work for groups: the shared card of the day, the weekly board, the close.

Group rows come from their own schedule table and each delivery is keyed by (challenge,
local date, kind), claimed before the send and marked after it, exactly as a user's
(see `delivery`): a restart, a second tick or a second process never posts a group's
card twice. The card is chosen before the claim, by a draw seeded with the challenge and
the day over the cards the group has not had, so a retried claim picks the same card.
One message per group per day, whatever the size of the group: answers are taken by the
buttons under it and acknowledged privately.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from core.deck import Card
from core.engine.context import Ctx
from core.engine.fan_out import (
    GONE,
    LATE_GRACE,
    RESCHEDULED,
    RETRY,
    SENT,
    SKIPPED,
    OnTheWire,
    drain,
    one_by_one,
)
from core.engine.sending import RETRY_AFTER_FAILURE, STOPPED
from core.groups import base, board, goal, posts, rules
from core.groups.daily_card import card_message
from core.groups.ending import close, closing_summary
from core.groups.model import ChallengeStatus, Group, GroupChallenge, GroupDue, PostKind
from core.groups.schedule import (
    CARD,
    CLOSING,
    GOAL,
    WEEKLY,
    card_slot,
    evening_slot,
    is_board_day,
    next_board,
)
from core.messages import Reply
from core.model import DeliveryKey, Finished
from core.ports import Address, RecipientGone, Sender, SendFailed
from core.schedule import local_date, occurrence


class GroupDeliveries:
    def __init__(self, ctx: Ctx, sender: Sender, *, batch: int = 200, in_flight: int = 8) -> None:
        self.ctx = ctx
        self.sender = sender
        self.batch = batch
        self.in_flight = in_flight
        self._stopping = False
        self._gates: list[asyncio.Semaphore] = []
        self.may_send: Callable[[], bool] = lambda: True
        """False while this process's heartbeat is not fresh (`Deliveries` sets it)."""
        self.wire = OnTheWire()
        """The posts a stop lets finish; `Deliveries` sends people's cards through it too,
        and its cancelled tick waits for them all."""

    def stop(self) -> None:
        """As a person's deliveries stop: claim nothing more, and let queued jobs run now
        to release their claims (in `_send`) so the next start posts them at once."""
        self._stopping = True
        for gate in self._gates:
            for _place in range(2 * self.batch + self.in_flight):
                gate.release()

    async def drain(self, platform: str | None) -> Counter[str]:
        async def claim(now: datetime, lease_until: datetime, limit: int) -> list[GroupDue]:
            if self._stopping:
                return []
            return await self.ctx.store.group_schedules.claim_due(now, lease_until, limit, platform)

        gate = asyncio.Semaphore(self.in_flight)
        self._gates.append(gate)
        try:
            return await drain(
                self.ctx,
                claim,
                one_by_one(self.deliver),
                batch=self.batch,
                in_flight=self.in_flight,
                gate=gate,
            )
        finally:
            self._gates.remove(gate)

    async def deliver(self, due: GroupDue) -> str:
        store = self.ctx.store
        challenge = await store.group_challenge(due.challenge_id)
        group = await store.group(challenge.group_id) if challenge else None
        if challenge is None or group is None or challenge.status is not ChallengeStatus.RUNNING:
            await store.group_schedules.schedule(due.challenge_id, due.kind, None)
            return SKIPPED
        if due.kind == CARD:
            return await self._card(group, challenge, due)
        if due.kind == WEEKLY:
            return await self._board(group, challenge, due)
        if due.kind == CLOSING:
            return await self._closing(group, challenge, due)
        if due.kind == GOAL:
            return await self._goal(group, challenge)
        await store.group_schedules.schedule(challenge.id, due.kind, None)
        return SKIPPED

    def _stale(self, now: datetime) -> datetime:
        return now - self.ctx.config.delivery_lease / 2

    def _day(self, challenge: GroupChallenge, due: GroupDue) -> date:
        zone = base.zone(challenge)
        return max(local_date(due.due_at, zone), local_date(self.ctx.now(), zone))

    async def _card(self, group: Group, challenge: GroupChallenge, due: GroupDue) -> str:
        ctx, now, store = self.ctx, self.ctx.now(), self.ctx.store
        day = max(self._day(challenge, due), challenge.start_date)
        if day > base.last_day(challenge):
            await store.group_schedules.schedule(challenge.id, CARD, None)
            return SKIPPED
        slot = card_slot(challenge, day)
        following = day + timedelta(days=1)
        next_slot = (
            card_slot(challenge, following) if following <= base.last_day(challenge) else None
        )
        if slot > now:
            await store.group_schedules.schedule(challenge.id, CARD, slot)
            return RESCHEDULED
        deadline = max(
            occurrence(day, ctx.config.catch_up_until, base.zone(challenge)), slot + LATE_GRACE
        )
        card = await self._choose(challenge, day)
        if (
            now > deadline
            or card is None
            or not await self._begin(challenge.id, CARD, day, card.id)
        ):
            await store.group_schedules.schedule(challenge.id, CARD, next_slot)
            return SKIPPED
        yesterday = await self._yesterday(challenge, day)
        together = await goal.together(ctx, challenge) if challenge.goal is not None else None
        reply = card_message(group, challenge, card, day, yesterday, together)
        return await self.wire.run(self._send(group, challenge, CARD, day, reply, next_slot))

    async def _choose(self, challenge: GroupChallenge, day: date) -> Card | None:
        given = await self.ctx.store.group_cards(challenge.id)
        used = [card for when, card in given.items() if when < day]
        number = base.day_of(challenge, day)
        level = rules.level_for_day(number, challenge.days)
        seed = f"{challenge.id}:{number}"
        cards = self.ctx.content.cards
        return rules.pick_card(cards, level, used, seed, challenge.domains)

    async def _yesterday(self, challenge: GroupChallenge, day: date) -> rules.Figures | None:
        if day <= challenge.start_date:
            return None
        before = day - timedelta(days=1)
        everyone = await self.ctx.store.members(challenge.id)
        attempts = [
            a
            for a in await self.ctx.store.challenge_attempts(challenge.id)
            if a.local_date == before
        ]
        return rules.figures(everyone, attempts, before, before, before)

    async def _board(self, group: Group, challenge: GroupChallenge, due: GroupDue) -> str:
        ctx, now, store = self.ctx, self.ctx.now(), self.ctx.store
        day = self._day(challenge, due)
        slot = evening_slot(challenge, day)
        if not is_board_day(challenge, day) or slot > now:
            await store.group_schedules.schedule(challenge.id, WEEKLY, next_board(challenge, now))
            return RESCHEDULED
        following = next_board(challenge, slot)
        if now > occurrence(day + timedelta(days=1), time(0, 0), base.zone(challenge)) or (
            not await self._begin(challenge.id, WEEKLY, day)
        ):
            await store.group_schedules.schedule(challenge.id, WEEKLY, following)
            return SKIPPED
        title = board.weekly_title(challenge, day)
        weekly = await board.compose(ctx, group, challenge, title=title, kind=PostKind.WEEKLY)
        return await self.wire.run(self._send(group, challenge, WEEKLY, day, weekly, following))

    async def _goal(self, group: Group, challenge: GroupChallenge) -> str:
        """The shared goal's one message, once it is reached (marked only once it is sent,
        so a failed send is retried rather than lost)."""
        ctx, store = self.ctx, self.ctx.store
        key_day = challenge.start_date
        if challenge.goal is None or challenge.goal_reached_on is not None:
            await store.group_schedules.schedule(challenge.id, GOAL, None)
            return SKIPPED
        done = await goal.together(ctx, challenge)
        if done < challenge.goal or not await self._begin(challenge.id, GOAL, key_day):
            await store.group_schedules.schedule(challenge.id, GOAL, None)
            return SKIPPED
        day = base.day_of(challenge, base.today(ctx, challenge))
        outcome = await self.wire.run(
            self._send(group, challenge, GOAL, key_day, goal.reached_message(challenge, day), None)
        )
        if outcome == SENT:
            await goal.mark_reached(ctx, challenge)
        return outcome

    async def _closing(self, group: Group, challenge: GroupChallenge, due: GroupDue) -> str:
        """Always sent, however late: a challenge must end even after a long outage."""
        ctx = self.ctx
        day = base.last_day(challenge)
        if not await self._begin(challenge.id, CLOSING, day):
            return SKIPPED
        summary = await closing_summary(ctx, group, challenge, stopped=False)
        outcome = await self.wire.run(self._send(group, challenge, CLOSING, day, summary, None))
        if outcome == SENT:
            await close(ctx, challenge)
        return outcome

    async def _send(
        self,
        group: Group,
        challenge: GroupChallenge,
        kind: str,
        day: date,
        reply: Reply,
        next_due: datetime | None,
    ) -> str:
        """Post and record, run on the wire (`OnTheWire`: a stop never separates them);
        whether to post at all is asked right before the request leaves."""
        ctx = self.ctx
        if self._stopping:  # claimed, never sent: due again at once for the next start
            now = ctx.now()
            await ctx.store.group_schedules.release(
                [(DeliveryKey(challenge.id, kind, day), now)], now
            )
            return STOPPED
        if not self.may_send():  # this process lost its heartbeat: another takes it over
            return RETRY
        try:
            sent = await self.sender.send(Address(group.platform, group.chat_id, group=True), reply)
            await posts.keep(ctx, reply.tracked, sent)  # a board names members: kept for erases
        except RecipientGone:
            await ctx.store.delete_group(group.id)  # the bot was removed: nothing to keep
            return GONE
        except SendFailed as error:
            # Released at once, so the card comes due again as soon as the platform allows
            # rather than when the claim's lease runs out (as for a person's deliveries).
            now = ctx.now()
            wait = max(RETRY_AFTER_FAILURE, timedelta(seconds=error.retry_after or 0))
            key = DeliveryKey(challenge.id, kind, day)
            await ctx.store.group_schedules.release([(key, now)], now + wait)
            return RETRY
        finished = Finished(DeliveryKey(challenge.id, kind, day), SENT, next_due)
        await ctx.store.group_schedules.finish([finished], ctx.now())
        return SENT

    async def _begin(
        self, challenge_id: int, kind: str, day: date, card_id: str | None = None
    ) -> bool:
        """The claim on a group's delivery of a day, if this worker gets it."""
        now, key = self.ctx.now(), DeliveryKey(challenge_id, kind, day)
        held = await self.ctx.store.group_schedules.begin([key], now, self._stale(now), card_id)
        return key in held
