"""The preferences flow (/settings): typed time zones and times, and the settings buttons."""

from __future__ import annotations

from core.engine import payloads as p
from core.engine import preferences as prefs
from core.engine.context import Ctx
from core.engine.flows.base import ButtonKind, Flow, unknown_button
from core.i18n import _
from core.messages import Reply
from core.model import User

_TYPED = {
    prefs.SET_TIMEZONE: prefs.timezone_text,
    prefs.SET_TIME: prefs.time_text,
    prefs.SET_REMINDER_TIME: prefs.reminder_time_text,
}


async def _typed(ctx: Ctx, user: User, text: str) -> list[Reply]:
    return await _TYPED[user.state](ctx, user, text)


async def _setting(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if payload.target == "wd":
        return await prefs.set_weekday(ctx, user, payload.value)
    return await prefs.choose(ctx, user, payload.target)


async def _level(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    return await prefs.set_level(ctx, user, payload.target)


async def _domain(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if user.state != prefs.SET_DOMAINS:
        return [Reply(_("That question is behind us now. /settings shows your options."))]
    return await prefs.toggle_domain(ctx, user, payload.target)


async def _time(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    chosen = prefs.parse_time_payload(payload.target)
    if chosen is None:
        return [unknown_button()]
    return await prefs.set_time(ctx, user, chosen)


FLOW = Flow(
    name="preferences",
    states=frozenset(_TYPED),
    text=_typed,
    buttons=(
        ButtonKind(p.SETTING, _setting),
        ButtonKind(p.LEVEL, _level),
        ButtonKind(p.DOMAIN, _domain),
        ButtonKind(p.TIME, _time),
    ),
)
