"""Crisis care: the answer to a message that suggests someone may be in danger.

It comes before anything else, is private, warm and plain (no streaks, no cheering),
pauses the daily cards, and records only that it happened and of what kind.
"""

from __future__ import annotations

from dataclasses import replace

from core.crisis import crisis_message, resources_for
from core.engine import payloads as p
from core.engine.account import do_resume
from core.engine.context import Ctx
from core.engine.schedules import schedule_user
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User, UserStatus
from core.safety import CrisisKind


async def crisis(ctx: Ctx, user: User | None, kind: CrisisKind) -> list[Reply]:
    country = ctx.places.country_of(user.timezone) if user else None
    text = crisis_message(resources_for(ctx.content.crisis, country))
    if user is not None and user.consent_at is not None:
        await ctx.store.add_safety_event(user.id, kind.value, ctx.now())
        paused = replace(user, status=UserStatus.PAUSED, state="", state_data={})
        await ctx.store.save_user(paused)
        await schedule_user(ctx, paused)
    return [
        Reply(
            text,
            private=True,
            buttons=button_rows([(_("I'm okay, you misread me"), p.make(p.CHECK_IN, "dismiss"))]),
        )
    ]


async def check_in(ctx: Ctx, user: User, answer: str) -> list[Reply]:
    if answer == "dismiss":
        return [
            Reply(
                _(
                    "Thank you for telling me, and sorry if I got it wrong. To be careful, the "
                    "daily cards stay paused for now. Send /resume tomorrow when you'd like "
                    "them back."
                ),
                edit=True,
            )
        ]
    if answer == "ready":
        last = await ctx.store.last_safety_event(user.id)
        if last is not None and ctx.now() - last < ctx.config.safety_resume_after:
            return [Reply(_("Let's give it a full day first. Send /resume again tomorrow."))]
        return await do_resume(ctx, user)
    return [Reply(_("That's fine. Take all the time you need; send /resume whenever you like."))]
