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
    advisor,
    buddies,
    cards,
    mycards,
    notes,
    onboarding,
    personal_challenge,
    plan,
    safety_flow,
    stats,
    swap,
)
from core.engine import payloads as p
from core.engine import preferences as prefs
from core.engine.context import Ctx
from core.engine.flows import setup
from core.engine.flows.base import unknown_button
from core.engine.flows.registry import FLOWS
from core.engine.schedules import schedule_user
from core.flood import FloodControl, Verdict
from core.groups import conversation as groups
from core.groups import ending as group_end
from core.groups import posts as group_posts
from core.i18n import _
from core.ladder import MAX_LEVEL, MIN_LEVEL
from core.messages import Button, Command, Event, Location, Reply, Text, Tracked
from core.model import User, UserStatus
from core.parsing import clean_text
from core.ports import Sent


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
            if what.name == "buddy" or buddies.is_invitation(what):
                return await buddies.command(self.ctx, user, what, event.who.display_name)
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
        """Someone still setting up: the setup flow decides (`flows.setup`)."""

        async def locate(person: User, where: Location) -> list[Reply]:
            return await self._location(person, where, onboarding_step=True)

        return await setup.route(
            self.ctx, user, event, self._command, self._start_onboarding, locate
        )

    async def _start_onboarding(self, user: User, event: Event) -> list[Reply]:
        """/start, with a group's join code remembered so they join once set up."""
        code = event.what.args if isinstance(event.what, Command) else ""
        invited = await groups.remember_invite(self.ctx, user, event.who.display_name, code)
        invited += buddies.after_setting_up(event.what)
        return invited + await onboarding.start(self.ctx, user)

    async def group_gone(self, platform: str, chat_id: str) -> None:
        await group_end.forget_group(self.ctx, platform, chat_id)

    async def posted(self, platform: str, chat_id: str, tracked: Tracked, sent: Sent) -> None:
        """An answer naming members went to a group: kept, so an erase can reach it."""
        group = await self.ctx.store.group_by_chat(platform, chat_id)
        challenge = await self.ctx.store.group_challenge(tracked.challenge_id)
        if group is not None and challenge is not None and challenge.group_id == group.id:
            await group_posts.keep(self.ctx, tracked, sent)

    async def _command(self, user: User, command: Command) -> list[Reply]:
        ctx = self.ctx
        simple = {
            "card": cards.show_card,
            "skip": swap.skip_command,
            "streak": account.streak,
            "stats": stats.stats,
            "rest": account.rest,
            "pause": account.pause,
            "resume": account.resume,
            "settings": prefs.show,
            "export": account.export,
            "challenge": personal_challenge.show,
            "addcard": mycards.start,
            "mycards": mycards.show,
            "plan": plan.start,
            "note": notes.start,
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
        if command.name == "advisor":
            return await advisor.command(ctx, user, command.args)
        if command.name == "level":
            return await self._level(user, command.args.strip())
        name = command.name[:32]
        return [Reply(_("I don't know /{name}. /help lists what I can do.").format(name=name))]

    async def _button(self, user: User, raw: str) -> list[Reply]:
        """A press in a private chat, handled by the flow that declares its kind."""
        payload = p.parse(raw)
        if payload is None:
            return [unknown_button()]
        handled = await FLOWS.press(self.ctx, user, payload)
        if handled is None:
            return [Reply(_("That question is behind us now. /card shows today's card."))]
        return handled

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
        return await prefs.set_timezone(self.ctx, user, zone)

    async def _level(self, user: User, wanted: str) -> list[Reply]:
        """/level shows the choice; /level 2 sets it at once, as the buttons would."""
        if not wanted:
            return await prefs.choose(self.ctx, user, "level")
        if not (wanted.isdecimal() and MIN_LEVEL <= int(wanted) <= MAX_LEVEL):
            said = _("Levels go from {low} to {high}, like /level 2.")
            return [Reply(said.format(low=MIN_LEVEL, high=MAX_LEVEL))]
        chosen = await prefs.set_level(self.ctx, user, wanted)
        return [replace(reply, edit=False) for reply in chosen]

    async def _text(self, user: User, raw: str) -> list[Reply]:
        ctx = self.ctx
        text = clean_text(raw)
        if not text:
            return [Reply(_("That message looks empty to me. /help lists what I can do."))]
        step = FLOWS.text_step(user.state)
        if step is None:  # nothing is asked: a long message gets the same answer as a short one
            return [nothing_asked(text)]
        if len(text) > ctx.config.max_text:
            return [
                Reply(
                    _(
                        "That's longer than I can keep ({limit} characters at most). Could you "
                        "shorten it a little and send it again?"
                    ).format(limit=ctx.config.max_text)
                )
            ]
        return await step(ctx, user, text)


def nothing_asked(text: str) -> Reply:
    """Free text when no question waits for words: a bare number was meant for a button."""
    if text.isdecimal():
        return Reply(
            _(
                "That number isn't one of the choices I'm waiting for. Please pick one of the "
                "buttons on the latest message, or send /card for today's card."
            )
        )
    return Reply(
        _(
            "I can only follow buttons, commands and answers to my own questions. /card "
            "shows today's card. If something is weighing on you, /help lists people "
            "you can talk to."
        )
    )
