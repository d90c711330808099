"""Routing for shared challenges: everything said or pressed in a group, and the group
commands and buttons that work in a private chat.

In a group the bot answers its group commands (/challenge_start, /challenge_stop, /join,
/leave, /board, /help) and the buttons of its group messages; anything else gets a pointer
to a private chat. A personal button pressed in a group (Discord shows private answers
in the channel, visible to the presser alone) is handled as in private, and every reply
to it stays private. Nothing here creates a user: only a private chat does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.reflection import REFLECT
from core.groups import appearance, members
from core.groups import board as group_board
from core.groups import mine as group_mine
from core.groups import play as group_play
from core.groups import setup as group_setup
from core.i18n import _
from core.messages import Button, Command, Event, Reply, Text
from core.model import User, UserStatus
from core.parsing import clean_text

Personal = Callable[[User, str], Awaitable[list[Reply]]]
"""The engine's handler of a personal button: (user, raw payload) -> replies."""

PRIVATE_COMMANDS = frozenset(
    {"join", "leave", "groups", "board", "challenge_start", "challenge_stop"}
)


def pointer() -> Reply:
    return Reply(
        _("Let's practise in a private chat: message me directly and send /start."),
        private=False,
    )


def only_in_groups() -> Reply:
    return Reply(
        _(
            "That one works in a group: add me to a group (or a Discord server) and send it "
            "there. Here, /groups shows the group challenges you're in."
        )
    )


async def in_group(ctx: Ctx, event: Event, user: User | None, personal: Personal) -> list[Reply]:
    what = event.what
    if isinstance(what, Command):
        return await _command(ctx, event, user, what)
    if isinstance(what, Button):
        return await _button(ctx, event, user, what.payload, personal)
    if isinstance(what, Text):
        typed = await group_setup.setup_text(ctx, event, clean_text(what.text))
        if typed is not None:
            return typed
    return [pointer()]


async def _command(ctx: Ctx, event: Event, user: User | None, command: Command) -> list[Reply]:
    if command.name == "challenge_start":
        return await group_setup.start_command(ctx, event, user, command.args)
    if command.name == "challenge_stop":
        return await group_setup.stop_command(ctx, event)
    if command.name == "join":
        return await members.join_in_group(ctx, event, user)
    if command.name == "leave":
        return await members.leave_in_group(ctx, event, user)
    if command.name == "board":
        return await group_board.show(ctx, event)
    if user is not None and user.status is not UserStatus.ONBOARDING:
        return [ask_in_private(command.name)]
    return [pointer()]


def ask_in_private(command: str) -> Reply:
    """Someone set up already asked for something of their own in a group: it is theirs, so
    it is answered in their private chat, and they need not start again."""
    return Reply(
        _("That one is just for you: send /{command} to me in our private chat.").format(
            command=command
        ),
        private=False,
    )


async def _button(
    ctx: Ctx, event: Event, user: User | None, raw: str, personal: Personal
) -> list[Reply]:
    payload = p.parse(raw)
    if payload is None:
        return [pointer()]
    if payload.kind == p.GROUP_SETUP:
        return await group_setup.setup_button(ctx, event, payload)
    if payload.kind == p.GROUP_STOP:
        return await group_setup.stop_button(ctx, event, payload)
    if payload.kind == p.GROUP_JOIN:
        return await members.join_in_group(ctx, event, user, payload.number())
    if payload.kind == p.GROUP_OUTCOME:
        return await group_play.press(
            ctx, user, payload, in_chat=event.where.chat_id, name=event.who.display_name
        )
    if user is None or not members.set_up(user):
        return [pointer()]
    if payload.kind in p.GROUP_KINDS:
        return await in_private_button(ctx, user, payload)
    return await _personal(ctx, user, raw, personal)


async def _personal(ctx: Ctx, user: User, raw: str, personal: Personal) -> list[Reply]:
    replies = [r if r.private else _private(r) for r in await personal(user, raw)]
    now = await ctx.store.user(user.id)
    if now is not None and now.state == REFLECT:
        replies.append(
            Reply(_("You can write your answer to me in our private chat, whenever you like."))
        )
    return replies


def _private(reply: Reply) -> Reply:
    return replace(reply, private=True)


async def in_private_command(ctx: Ctx, user: User, command: Command) -> list[Reply]:
    if command.name in ("groups", "leave"):
        return await group_mine.your_groups(ctx, user)
    if command.name == "board":
        return await group_board.yours(ctx, user)
    if command.name == "join":
        return [
            Reply(
                _(
                    "Joining happens in the group: tap I'm in under the challenge's "
                    "announcement or card, or send /join there."
                )
            )
        ]
    return [only_in_groups()]


async def in_private_button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if payload.kind == p.GROUP_OUTCOME:
        return await group_play.press(ctx, user, payload, in_chat=None, name="")
    if payload.kind == p.GROUP_SHARE:
        return await members.share(ctx, user, payload)
    if payload.kind == p.GROUP_LEAVE:
        return await members.leave(ctx, user, payload.number())
    if payload.kind == p.GROUP_APPEAR:
        return await appearance.press(ctx, user, payload)
    return [only_in_groups()]


async def start_with_code(ctx: Ctx, user: User, name: str, code: str) -> list[Reply] | None:
    """`/start <code>` from someone set up: a join link's code joins; None for others."""
    return await members.start_code(ctx, user, name, code)


async def remember_invite(ctx: Ctx, user: User, name: str, code: str) -> list[Reply]:
    return await members.remember_invite(ctx, user, name, code) if code else []


async def after_onboarding(ctx: Ctx, user: User) -> list[Reply]:
    return await members.after_onboarding(ctx, user)
