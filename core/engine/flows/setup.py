"""The setup flow: what someone still setting up can say and press.

Only the setup's own buttons (and erasing) are taken, each only at its own step; typed
answers are taken at the steps that ask for them; anything else gets the current question
again. Commands are the engine's: it passes the ones that work at any time.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from core.engine import account, onboarding, safety_flow
from core.engine import payloads as p
from core.engine import preferences as prefs
from core.engine.context import Ctx
from core.engine.flows.base import unknown_button
from core.groups import conversation as groups
from core.i18n import _
from core.messages import Button, Command, Event, Location, Reply
from core.model import User
from core.parsing import clean_text

ANYTIME_COMMANDS = frozenset({"help", "delete", "export"})
STEP_OF_BUTTON = {
    p.CONSENT: onboarding.CONSENT,
    p.AGE: onboarding.AGE,
    p.TIME: onboarding.TIME,
    p.DOMAIN: onboarding.DOMAINS_STEP,
    p.STRENGTH: onboarding.STRENGTH,
}

CommandHandler = Callable[[User, Command], Awaitable[list[Reply]]]
Restart = Callable[[User, Event], Awaitable[list[Reply]]]
Locate = Callable[[User, Location], Awaitable[list[Reply]]]


def _first_finish(ctx: Ctx, user: User) -> list[Reply]:
    return [Reply(_("Let's finish setting up first.")), onboarding.question_for(ctx, user)]


async def route(
    ctx: Ctx,
    user: User,
    event: Event,
    command: CommandHandler,
    restart: Restart,
    locate: Locate,
) -> list[Reply]:
    what = event.what
    if isinstance(what, Command):
        if what.name in ANYTIME_COMMANDS:
            return await command(user, what)
        if what.name == "start":
            return await restart(user, event)
        return _first_finish(ctx, user)
    if isinstance(what, Button):
        payload = p.parse(what.payload)
        if payload is None or payload.kind not in {*STEP_OF_BUTTON, p.DELETE}:
            return _first_finish(ctx, user)
        return await _button(ctx, user, payload)
    if isinstance(what, Location):
        if user.state != onboarding.TIMEZONE:
            return [onboarding.question_for(ctx, user)]
        return await locate(user, what)
    text = clean_text(what.text)
    if user.state == onboarding.TIMEZONE:
        return await onboarding.timezone_text(ctx, user, text)
    if user.state == onboarding.TIME:
        return await onboarding.time_text(ctx, user, text)
    return [
        Reply(
            _(
                "Please use the buttons for this one. If something is weighing on you, "
                "/help lists people you can talk to."
            )
        ),
        onboarding.question_for(ctx, user),
    ]


async def _button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if payload.kind == p.DELETE:
        return await account.delete(ctx, user, payload.target)
    if STEP_OF_BUTTON[payload.kind] != user.state:
        return [Reply(_("That question is behind us now.")), onboarding.question_for(ctx, user)]
    if payload.kind == p.CONSENT:
        return await onboarding.consent(ctx, user, payload.target)
    if payload.kind == p.AGE:
        return await onboarding.age(ctx, user, payload.target)
    if payload.kind == p.TIME:
        chosen = prefs.parse_time_payload(payload.target)
        if chosen is None:
            return [unknown_button()]
        return await onboarding.time_text(ctx, user, chosen.strftime("%H:%M"))
    if payload.kind == p.DOMAIN:
        return await onboarding.toggle_domain(ctx, user, payload.target)
    strength = p.Payload("", "", payload.target).int_value(1, 5)
    if not strength:
        return [unknown_button()]
    done = await onboarding.strength(ctx, user, strength)
    ready = await ctx.store.user(user.id)
    waiting = await safety_flow.set_up_after_crisis(ctx, ready) if ready else None
    done = waiting if waiting is not None else done
    return done + (await groups.after_onboarding(ctx, ready) if ready else [])
