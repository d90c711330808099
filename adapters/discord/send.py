"""Scheduled messages out to Discord: a person's DMs or a server channel, each sent once.

The tick's `Sender` port on Discord. A retried send carries the same nonce, so Discord
deduplicates it; a person who closed their DMs, an unknown user, or a deleted channel is
reported as `RecipientGone`, anything that may work later as `SendFailed`. A message sent
earlier is edited or deleted in its channel by its id (the `Editor` port); one that is gone
(Unknown Message) or not the bot's to change is `MessageGone`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import aiohttp
import discord

from adapters.discord.events import CANNOT_MESSAGE_USER
from adapters.discord.render import delivery_nonce, edit_kwargs, render, send_kwargs
from core.messages import Reply
from core.ports import Address, MessageGone, RecipientGone, SendFailed, Sent

UNKNOWN_USER = 10013
CHANNEL_GONE = frozenset({10003, 50001})
"""Unknown Channel, Missing Access: the channel was deleted or the bot was shut out of it."""
MESSAGE_GONE = frozenset({10008, 50005, 50021})
"""Unknown Message; a message by another author; a system message: nothing the bot can change."""


@contextmanager
def _mapped_errors(address: Address) -> Iterator[None]:
    try:
        yield
    except discord.HTTPException as exc:
        gone = CHANNEL_GONE if address.group else (CANNOT_MESSAGE_USER, UNKNOWN_USER)
        if exc.code in gone:
            raise RecipientGone(f"Discord error {exc.code}") from exc
        if exc.code in MESSAGE_GONE:
            raise MessageGone(f"Discord error {exc.code}") from exc
        raise SendFailed(f"Discord answered {exc.status} ({exc.code})") from exc
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise SendFailed(type(exc).__name__) from exc


async def send(client: discord.Client, address: Address, reply: Reply) -> Sent:
    """One reply to one person or channel; returns its messages' ids; raises RecipientGone or
    SendFailed."""
    with _mapped_errors(address):
        if address.group:
            return await _send_to_channel(client, address.chat_id, reply)
        return await _send_dm(client, address.chat_id, reply)


async def edit(client: discord.Client, address: Address, message_id: str, reply: Reply) -> None:
    """Put `reply` in place of a message the bot sent; MessageGone when it cannot."""
    parts = render(reply)
    if len(parts) != 1:
        raise MessageGone("the new text does not fit in one message")
    with _mapped_errors(address):
        await _message(client, address, message_id).edit(**edit_kwargs(parts[0]))


async def delete(client: discord.Client, address: Address, message_id: str) -> None:
    """Remove a message the bot sent; MessageGone when it is gone already."""
    with _mapped_errors(address):
        await _message(client, address, message_id).delete()


def _message(client: discord.Client, address: Address, message_id: str) -> discord.PartialMessage:
    if not address.group:  # a DM's channel is not its person's id; none is ever kept
        raise MessageGone("only messages in server channels are changed")
    channel = client.get_partial_messageable(int(address.chat_id))
    return channel.get_partial_message(int(message_id))


async def _send_dm(client: discord.Client, user_id: str, reply: Reply) -> Sent:
    channel = await client.create_dm(discord.Object(id=int(user_id)))
    sent = []
    for index, part in enumerate(render(reply)):
        # With a nonce, discord.py also sets `enforce_nonce`: a retried create is deduplicated.
        message = await channel.send(
            **send_kwargs(part), nonce=delivery_nonce(user_id, reply, index)
        )
        sent.append(str(message.id))
    return tuple(sent)


async def _send_to_channel(client: discord.Client, channel_id: str, reply: Reply) -> Sent:
    """A group's message: to the server channel its challenge started in."""
    channel = client.get_partial_messageable(int(channel_id))
    sent = []
    for index, part in enumerate(render(reply)):
        nonce = delivery_nonce(channel_id, reply, index)
        sent.append(str((await channel.send(**send_kwargs(part), nonce=nonce)).id))
    return tuple(sent)
