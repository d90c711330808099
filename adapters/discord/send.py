"""Scheduled messages out to Discord: a person's DMs or a server channel, each sent once.

The tick's `Sender` port on Discord. A retried send carries the same nonce, so Discord
deduplicates it; a person who closed their DMs, an unknown user, or a deleted channel is
reported as `RecipientGone`, anything that may work later as `SendFailed`.
"""

from __future__ import annotations

import aiohttp
import discord

from adapters.discord.events import CANNOT_MESSAGE_USER
from adapters.discord.render import delivery_nonce, render, send_kwargs
from core.messages import Reply
from core.ports import Address, RecipientGone, SendFailed

UNKNOWN_USER = 10013
CHANNEL_GONE = frozenset({10003, 50001})
"""Unknown Channel, Missing Access: the channel was deleted or the bot was shut out of it."""


async def send(client: discord.Client, address: Address, reply: Reply) -> None:
    """One reply to one person or channel; raises RecipientGone or SendFailed."""
    try:
        if address.group:
            await _send_to_channel(client, address.chat_id, reply)
        else:
            await _send_dm(client, address.chat_id, reply)
    except discord.HTTPException as exc:
        gone = CHANNEL_GONE if address.group else (CANNOT_MESSAGE_USER, UNKNOWN_USER)
        if exc.code in gone:
            raise RecipientGone(f"Discord error {exc.code}") from exc
        raise SendFailed(f"Discord answered {exc.status} ({exc.code})") from exc
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise SendFailed(type(exc).__name__) from exc


async def _send_dm(client: discord.Client, user_id: str, reply: Reply) -> None:
    channel = await client.create_dm(discord.Object(id=int(user_id)))
    for index, part in enumerate(render(reply)):
        # With a nonce, discord.py also sets `enforce_nonce`: a retried create is deduplicated.
        await channel.send(**send_kwargs(part), nonce=delivery_nonce(user_id, reply, index))


async def _send_to_channel(client: discord.Client, channel_id: str, reply: Reply) -> None:
    """A group's message: to the server channel its challenge started in."""
    channel = client.get_partial_messageable(int(channel_id))
    for index, part in enumerate(render(reply)):
        await channel.send(**send_kwargs(part), nonce=delivery_nonce(channel_id, reply, index))
