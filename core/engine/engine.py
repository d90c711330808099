"""The engine: one entry point for every event, routed to its use case.

It screens free text for crisis language before anything else, then holds back
anyone sending faster than a person types (without touching the database), then
finds (or creates) the user and routes by what the event is and where the
conversation is.
Everything a reply confirms has been committed by the store before it returns.
"""

from __future__ import annotations

from dataclasses import replace

from core.engine import (
    account,
    attempts,
    cards,
    challenge,
    group_end,
    groups,
    mycards,
    onboarding,
    reflection,
    safety_flow,
    settings,
    situation,
    stats,
)
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.schedules import schedule_user
from core.flood import FloodControl, Verdict
from core.i18n import _
from core.messages import Button, Command, Event, Location, Reply, Text
from core.model import User, UserStatus
from core.outcomes import OUTCOME_CODES
from core.parsing import clean_text

ONBOARDING_BUTTONS = {p.CONSENT, p.AGE, p.TIME, p.DOMAIN, p.STRENGTH}
ATTEMPT_BUTTONS = {p.PREDICT, p.SCARY, p.OUTCOME, p.FELT, p.MOOD, p.REFLECT, p.SWAP}
ANYTIME_COMMANDS = {"help", "delete", "export"}


def not_yours() -> Reply:
    return Reply(
        _(
            "That button isn't one I can use: it may be old or meant for someone else. "
            "/card shows yours."
        ),
        notice=_("That button has expired."),
    )


def unknown_button() -> Reply:
    return Reply(_("That button isn't one I know. Please use the buttons on your latest message."))


def slow_down() -> Reply:
    return Reply(
        _(
            "That's a lot of messages in a short time, more than I can keep up with. I'll let "
            "the next few go by; give it a minute, then carry on."
        ),
        notice=_("Slow down a little, please."),
    )


class Engine:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.flood = FloodControl(ctx.config.flood)

    async def handle(self, event: Event) -> list[Reply]:
        store, what = self.ctx.store, event.what
        care = await safety_flow.screen_first(self.ctx, event)
        if care is not None:
            return care
        verdict = self.flood.check((event.who.platform, event.who.user_id), self.ctx.now())
        if verdict is not Verdict.ALLOW:
            return [slow_down()] if verdict is Verdict.SLOW_DOWN else []
        user = await store.user_by_identity(event.who.platform, event.who.user_id)
        if safety_flow.is_care_button(event):
            cared = await safety_flow.care_button(self.ctx, user, event, self._redo(event))
            if cared is not None:
                return cared
        if user is not None and not event.where.is_group:
            user, waiting = await safety_flow.while_pending(self.ctx, user, what)
            if waiting is not None:
                return waiting
        if event.where.is_group and not (isinstance(what, Command) and what.name == "help"):
            return await groups.in_group(self.ctx, event, user, self._button)
        if user is None:
            if isinstance(what, Command) and what.name == "help":
                return [account.help_text(self.ctx, None)]
            user = await store.create_user(
                event.who.platform, event.who.user_id, event.where.chat_id, self.ctx.now()
            )
            return await self._start_onboarding(user, event)
        if user.status is UserStatus.UNREACHABLE:
            user = replace(user, status=UserStatus.ACTIVE)
            await store.save_user(user)
            await schedule_user(self.ctx, user)
        if user.status is UserStatus.ONBOARDING:
            return await self._onboarding(user, event)
        if isinstance(what, Command):
            if what.name == "start" and what.args:
                name, code = event.who.display_name, what.args
                joined = await groups.start_with_code(self.ctx, user, name, code)
                if joined is not None:
                    return joined
            return await self._command(user, what)
        if isinstance(what, Button):
            return await self._button(user, what.payload)
        if isinstance(what, Location):
            return await self._location(user, what, onboarding_step=False)
        return await self._text(user, what.text)

    def _redo(self, event: Event) -> safety_flow.Redo:
        """Handle a text held by a check-in as it would have been, screening aside."""

        async def redo(user: User, text: str) -> list[Reply]:
            if user.status is UserStatus.ONBOARDING:
                return await self._onboarding(user, replace(event, what=Text(text)))
            return await self._text(user, text)

        return redo

    async def recipient_gone(self, platform: str, chat_id: str) -> None:
        user = await self.ctx.store.user_by_identity(platform, chat_id)
        if user is not None and user.status is not UserStatus.ONBOARDING:
            gone = replace(user, status=UserStatus.UNREACHABLE)
            await self.ctx.store.save_user(gone)
            await schedule_user(self.ctx, gone)

    async def _onboarding(self, user: User, event: Event) -> list[Reply]:
        ctx, what = self.ctx, event.what
        if isinstance(what, Command):
            if what.name in ANYTIME_COMMANDS:
                return await self._command(user, what)
            if what.name == "start":
                return await self._start_onboarding(user, event)
            return [Reply(_("Let's finish setting up first.")), onboarding.question_for(ctx, user)]
        if isinstance(what, Button):
            payload = p.parse(what.payload)
            if payload is None or payload.kind not in ONBOARDING_BUTTONS | {p.DELETE}:
                return [
                    Reply(_("Let's finish setting up first.")),
                    onboarding.question_for(ctx, user),
                ]
            return await self._onboarding_button(user, payload)
        if isinstance(what, Location):
            if user.state != onboarding.TIMEZONE:
                return [onboarding.question_for(ctx, user)]
            return await self._location(user, what, onboarding_step=True)
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

    async def _onboarding_button(self, user: User, payload: p.Payload) -> list[Reply]:
        ctx = self.ctx
        expected = {
            p.CONSENT: onboarding.CONSENT,
            p.AGE: onboarding.AGE,
            p.TIME: onboarding.TIME,
            p.DOMAIN: onboarding.DOMAINS_STEP,
            p.STRENGTH: onboarding.STRENGTH,
        }
        if payload.kind == p.DELETE:
            return await account.delete(ctx, user, payload.target)
        if expected[payload.kind] != user.state:
            return [Reply(_("That question is behind us now.")), onboarding.question_for(ctx, user)]
        if payload.kind == p.CONSENT:
            return await onboarding.consent(ctx, user, payload.target)
        if payload.kind == p.AGE:
            return await onboarding.age(ctx, user, payload.target)
        if payload.kind == p.TIME:
            chosen = settings.parse_time_payload(payload.target)
            return (
                await onboarding.time_text(ctx, user, chosen.strftime("%H:%M"))
                if chosen
                else [unknown_button()]
            )
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

    async def _start_onboarding(self, user: User, event: Event) -> list[Reply]:
        """/start, with a group's join code remembered so they join once set up."""
        code = event.what.args if isinstance(event.what, Command) else ""
        invited = await groups.remember_invite(self.ctx, user, event.who.display_name, code)
        return invited + await onboarding.start(self.ctx, user)

    async def group_gone(self, platform: str, chat_id: str) -> None:
        await group_end.forget_group(self.ctx, platform, chat_id)

    async def _command(self, user: User, command: Command) -> list[Reply]:
        ctx = self.ctx
        simple = {
            "card": cards.show_card,
            "skip": cards.skip_command,
            "streak": account.streak,
            "stats": stats.stats,
            "rest": account.rest,
            "pause": account.pause,
            "resume": account.resume,
            "settings": settings.show,
            "export": account.export,
            "challenge": challenge.show,
            "addcard": mycards.start,
            "mycards": mycards.show,
        }
        if command.name == "card":
            paused = await safety_flow.card_while_paused(ctx, user)
            if paused is not None:
                return paused
        if command.name in simple:
            return await simple[command.name](ctx, user)
        if command.name == "start":
            return [Reply(_("Welcome back! /card shows today's card, /help lists everything."))]
        if command.name in groups.PRIVATE_COMMANDS:
            return await groups.in_private_command(ctx, user, command)
        if command.name == "help":
            return [account.help_text(ctx, user)]
        if command.name == "delete":
            return [account.confirm_delete()]
        if command.name == "level":
            return await settings.choose(ctx, user, "level")
        name = command.name[:32]
        return [Reply(_("I don't know /{name}. /help lists what I can do.").format(name=name))]

    async def _button(self, user: User, raw: str) -> list[Reply]:
        ctx = self.ctx
        payload = p.parse(raw)
        if payload is None:
            return [unknown_button()]
        if payload.kind in ATTEMPT_BUTTONS:
            return await self._attempt_button(user, payload)
        if payload.kind in p.GROUP_KINDS:
            return await groups.in_private_button(ctx, user, payload)
        handlers = {
            p.DELETE: lambda: account.delete(ctx, user, payload.target),
            p.SETTING: lambda: (
                settings.set_weekday(ctx, user, payload.value)
                if payload.target == "wd"
                else settings.choose(ctx, user, payload.target)
            ),
            p.LEVEL: lambda: settings.set_level(ctx, user, payload.target),
            p.HOME: lambda: self._home(user, payload.target),
            p.CHALLENGE: lambda: challenge.button(ctx, user, payload),
            p.MY_CARD: lambda: mycards.button(ctx, user, payload),
            p.NUDGE: lambda: self._nudge(user, payload.target),
            p.DOMAIN: lambda: self._settings_domain(user, payload.target),
            p.TIME: lambda: self._settings_time(user, payload.target),
            p.NEED: lambda: situation.toggle(ctx, user, payload),
        }
        handler = handlers.get(payload.kind)
        if handler is None:
            return [Reply(_("That question is behind us now. /card shows today's card."))]
        return await handler()

    async def _home(self, user: User, choice: str) -> list[Reply]:
        paused = await safety_flow.card_while_paused(self.ctx, user)
        return paused if paused is not None else await cards.home(self.ctx, user, choice)

    async def _nudge(self, user: User, choice: str) -> list[Reply]:
        if choice == "rest":
            return await reflection.take_tomorrow_off(self.ctx, user)
        return [Reply(_("A gentle card it is. Tomorrow's will be an easy one."))]

    async def _settings_domain(self, user: User, domain: str) -> list[Reply]:
        if user.state != settings.SET_DOMAINS:
            return [Reply(_("That question is behind us now. /settings shows your options."))]
        return await settings.toggle_domain(self.ctx, user, domain)

    async def _settings_time(self, user: User, value: str) -> list[Reply]:
        chosen = settings.parse_time_payload(value)
        if chosen is None:
            return [unknown_button()]
        return await settings.set_time(self.ctx, user, chosen)

    async def _attempt_button(self, user: User, payload: p.Payload) -> list[Reply]:
        ctx = self.ctx
        attempt_id = payload.number()
        attempt = await ctx.store.attempt(attempt_id) if attempt_id is not None else None
        if attempt is None or attempt.user_id != user.id:
            return [not_yours()]
        if payload.kind == p.REFLECT:
            return await reflection.skip(ctx, user, attempt.id)
        if payload.kind == p.SWAP:
            if attempt.challenge_id is not None:
                return [Reply(_("That's the group's card for the day, so it can't be swapped."))]
            return await cards.swap(ctx, user, attempt, payload.value)
        if not attempts.still_open(ctx, user, attempt):
            return [attempts.closed_card()]
        if payload.kind == p.PREDICT:
            return await attempts.predict(ctx, user, attempt, payload.value)
        if payload.kind == p.OUTCOME:
            outcome = OUTCOME_CODES.get(payload.value)
            return (
                await attempts.record_outcome(ctx, user, attempt, outcome)
                if outcome
                else [unknown_button()]
            )
        scale = {p.SCARY: (0, 10), p.FELT: (0, 10), p.MOOD: (1, 5)}[payload.kind]
        value = payload.int_value(*scale)
        if value is None:
            return [unknown_button()]
        if payload.kind == p.SCARY:
            return await attempts.scary(ctx, user, attempt, value)
        if payload.kind == p.FELT:
            return await attempts.felt(ctx, attempt, value)
        return await challenge.after_mood(
            ctx, user, await reflection.after_mood(ctx, user, attempt, value)
        )

    async def _location(self, user: User, where: Location, onboarding_step: bool) -> list[Reply]:
        zone = self.ctx.places.timezone_at(where.latitude, where.longitude)
        if zone is None:
            return [
                Reply(
                    _("I couldn't find a time zone for that place. Could you type a city near you?")
                )
            ]
        if onboarding_step:
            return await onboarding.set_timezone(self.ctx, user, zone)
        return await settings.set_timezone(self.ctx, user, zone)

    async def _text(self, user: User, raw: str) -> list[Reply]:
        ctx = self.ctx
        text = clean_text(raw)
        if not text:
            return [Reply(_("That message looks empty to me. /help lists what I can do."))]
        if len(text) > ctx.config.max_text:
            return [
                Reply(
                    _(
                        "That's longer than I can keep ({limit} characters at most). Could you "
                        "shorten it a little and send it again?"
                    ).format(limit=ctx.config.max_text)
                )
            ]
        if user.state == reflection.REFLECT:
            return await reflection.answer(ctx, user, text)
        if user.state == settings.SET_TIMEZONE:
            return await settings.timezone_text(ctx, user, text)
        if user.state == settings.SET_TIME:
            return await settings.time_text(ctx, user, text)
        if mycards.is_adding(user.state):
            return await mycards.answer(ctx, user, text)
        if user.state == settings.SET_REMINDER_TIME:
            return await settings.reminder_time_text(ctx, user, text)
        return [
            Reply(
                _(
                    "I can only follow buttons, commands and answers to my own questions. /card "
                    "shows today's card. If something is weighing on you, /help lists people "
                    "you can talk to."
                )
            )
        ]
