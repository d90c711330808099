"""Discord in, Discord out: interactions and messages become events, replies become messages.

A slash command or a button press is acknowledged before the engine is asked anything, because
Discord drops an interaction that is not answered within three seconds and the engine may be
slower (a database under load, a chart to draw). What the acknowledgement looks like has to be
decided before the replies are known:

- a slash command in a server is deferred as ephemeral ("only you can see this"), unless it is
  one of the commands meant for the whole channel; in direct messages nothing is ephemeral;
- a button press is deferred as an update of the pressed message, so `Reply.edit` can replace it.

Then each reply goes to the deferred message while its visibility matches, and to followups
after that: a private reply in a server is an ephemeral followup, never a channel message. A
deferred message nobody replaced is deleted, and no interaction is ever answered twice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import discord

from adapters.discord.admins import interaction_admin, message_admin
from adapters.discord.render import Part, edit_kwargs, render, send_kwargs
from core.answering import apology, destination, hand_back, parse_command
from core.messages import Button, Command, Event, Reply, Text, Where, Who
from core.ports import Conversation

_log = logging.getLogger(__name__)

PLATFORM = "discord"
CANNOT_MESSAGE_USER = 50007

Interaction = discord.Interaction[discord.Client]


def who(user: discord.User | discord.Member, admin: bool = False) -> Who:
    return Who(PLATFORM, str(user.id), user.display_name, is_admin=admin)


def interaction_where(interaction: Interaction) -> Where:
    """A server channel is the "group": a challenge belongs to the channel it started in."""
    if interaction.guild_id is None:
        return Where(str(interaction.user.id))
    title = interaction.guild.name if interaction.guild is not None else ""
    return Where(str(interaction.channel_id), is_group=True, title=title)


def message_where(message: discord.Message) -> Where:
    if message.guild is None:
        return Where(str(message.author.id))
    return Where(str(message.channel.id), is_group=True, title=message.guild.name)


def is_for_the_bot(message: discord.Message, bot_id: int) -> bool:
    """A direct message, or a reply in a server to one of the bot's own messages.

    Messages without text (a sticker, or server text when the Message Content intent is off)
    are left alone: there is nothing for the engine to read.
    """
    if message.author.bot or not message.content:
        return False
    if message.guild is None:
        return True
    resolved = message.reference.resolved if message.reference else None
    return isinstance(resolved, discord.Message) and resolved.author.id == bot_id


class DiscordHandlers:
    """Turns one platform update into one `Event`, and its replies into Discord messages."""

    def __init__(
        self,
        conversation: Conversation,
        *,
        shared_commands: frozenset[str],
        admin_roles: frozenset[str] = frozenset(),
    ) -> None:
        self._conversation = conversation
        self._shared_commands = shared_commands
        self._admin_roles = admin_roles

    async def on_command(self, interaction: Interaction, command: Command) -> None:
        in_guild = interaction.guild_id is not None
        # Discord wants the acknowledgement before the engine answers, so it follows the
        # command's `public_in_group`: a private reply to a shared command still goes out
        # ephemeral, and a public reply to another command reaches the channel as a followup.
        ephemeral = in_guild and command.name not in self._shared_commands
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)
        event = Event(self._who(interaction), interaction_where(interaction), command)
        replies = await self._ask(event)
        outbox = _InteractionOutbox(interaction, event, deferred_ephemeral=ephemeral)
        await outbox.deliver(replies, self._conversation)

    async def on_press(self, interaction: Interaction, payload: str) -> None:
        await interaction.response.defer()
        event = Event(self._who(interaction), interaction_where(interaction), Button(payload))
        replies = await self._ask(event)
        outbox = _InteractionOutbox(interaction, event, deferred_ephemeral=None)
        await outbox.deliver(replies, self._conversation)

    async def on_message(self, message: discord.Message, bot_id: int) -> None:
        if not is_for_the_bot(message, bot_id):
            return
        author = who(message.author, message_admin(message, self._admin_roles))
        what = parse_command(message.content) or Text(message.content)
        event = Event(author, message_where(message), what)
        for reply in await self._ask(event):
            direct = destination(event, reply, whispers=False).is_direct(event)
            target = message.author if direct else message.channel
            try:
                sent = [str((await target.send(**send_kwargs(p))).id) for p in render(reply)]
            except discord.Forbidden as exc:
                if exc.code != CANNOT_MESSAGE_USER:
                    raise
                await self._conversation.recipient_gone(PLATFORM, str(message.author.id))
                return
            if not direct:
                await hand_back(
                    self._conversation, PLATFORM, event.where.chat_id, reply, tuple(sent)
                )

    async def group_gone(self, channel_id: str) -> None:
        """The bot left the server, or the channel went: its challenge ends."""
        try:
            await self._conversation.group_gone(PLATFORM, channel_id)
        except Exception:
            _log.exception("The engine failed to forget a channel the bot left")

    def _who(self, interaction: Interaction) -> Who:
        return who(interaction.user, interaction_admin(interaction, self._admin_roles))

    async def _ask(self, event: Event) -> Sequence[Reply]:
        try:
            return await self._conversation.handle(event)
        except Exception:
            _log.exception("The engine failed on a %s from Discord", type(event.what).__name__)
            return [apology()]


class _InteractionOutbox:
    """Sends the replies to one deferred interaction, each message through the right door."""

    def __init__(
        self, interaction: Interaction, event: Event, *, deferred_ephemeral: bool | None
    ) -> None:
        self._interaction = interaction
        self._event = event
        # A slash command's "thinking..." message waits to be replaced; a press has none.
        self._deferred_ephemeral = deferred_ephemeral

    async def deliver(self, replies: Sequence[Reply], conversation: Conversation) -> None:
        for reply in replies:
            ephemeral = destination(self._event, reply, whispers=True).only_them
            sent = []
            for index, part in enumerate(render(reply)):
                message = await self._send(part, ephemeral, edit=reply.edit and index == 0)
                sent.append(str(message.id) if message is not None else "")
            if not ephemeral and all(sent):  # a channel message: ids to edit it by later
                where = self._event.where.chat_id
                await hand_back(conversation, PLATFORM, where, reply, tuple(sent))
        if self._deferred_ephemeral is not None:
            await self._interaction.delete_original_response()

    async def _send(self, part: Part, ephemeral: bool, *, edit: bool) -> discord.Message | None:
        if edit and self._may_edit_pressed(ephemeral):
            return await self._interaction.edit_original_response(**edit_kwargs(part))
        if self._deferred_ephemeral is not None and self._deferred_ephemeral == ephemeral:
            self._deferred_ephemeral = None
            return await self._interaction.edit_original_response(**edit_kwargs(part))
        if ephemeral:
            await self._interaction.followup.send(**send_kwargs(part), ephemeral=True)
            return None
        return await self._interaction.followup.send(**send_kwargs(part), wait=True)

    def _may_edit_pressed(self, ephemeral: bool) -> bool:
        """Only a pressed message of the same visibility: a private reply never goes public."""
        pressed = self._interaction.message
        return pressed is not None and pressed.flags.ephemeral == ephemeral
