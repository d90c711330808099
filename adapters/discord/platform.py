"""The Discord adapter: runs a discord.py client beside the rest of the bot, and sends for it.

`start` only launches a background task, which logs in, syncs the slash commands, connects to
the gateway and stays connected; when Discord refuses the token or cannot be reached, the task
logs why (never the token) and tries again after a growing pause. Telegram, the scheduler and
the console keep working meanwhile, and `send` reports `SendFailed` until Discord is back.

Each attempt builds a fresh client, so nothing half-initialised by a failed login survives.
With `sharded=True` the client is an `AutoShardedClient`, which Discord requires once the bot
is in 2,500 servers or more; below that one connection is simpler and enough.

`api_base_url` and `gateway_url` point the client somewhere other than Discord (a REST proxy,
or a local fake in tests): see `adapters.discord.endpoints` for how. Without an explicit
`gateway_url` the gateway is the one `GET /gateway/bot` names on the REST base in use.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TypeVar

import aiohttp
import discord
from discord import app_commands

from adapters.discord import endpoints as discord_endpoints
from adapters.discord import send as discord_send
from adapters.discord.commands import slash_commands
from adapters.discord.endpoints import Endpoints
from adapters.discord.events import PLATFORM, DiscordHandlers, Interaction
from adapters.discord.in_hand import InHand
from adapters.discord.render import NO_MENTIONS
from adapters.discord.views import PayloadButton
from core.commands import CommandInfo
from core.messages import Command, Reply
from core.platform import Renders
from core.ports import Address, Conversation, SendFailed, Sent

_log = logging.getLogger(__name__)
T = TypeVar("T")

ANSWER_GRACE = 3.0
"""How long stopping waits for answers still being worked on before closing the connection."""
CLOSE_GRACE = 2.0
"""How long stopping waits for the closed client's task (the bot's stop must fit in 10 s)."""

_EXPECTED_FAILURES = (
    discord.HTTPException,
    discord.LoginFailure,
    discord.GatewayNotFound,
    discord.ConnectionClosed,
    aiohttp.ClientError,
    OSError,
    TimeoutError,
)


@dataclass(frozen=True, slots=True)
class Backoff:
    """The pause between login attempts: `first`, then doubling, never more than `ceiling`.

    The ceiling bounds the load a bad token or a long outage puts on Discord's login endpoint
    (one request per `ceiling` seconds), while attempts go on, so the bot comes back by itself.
    """

    first: float = 2.0
    factor: float = 2.0
    ceiling: float = 300.0

    def delay(self, failures: int) -> float:
        """The pause after `failures` failed attempts in a row (1 for the first failure)."""
        exponent = min(max(failures - 1, 0), 64)
        return min(self.ceiling, self.first * self.factor**exponent)


class DiscordAdapter:
    """The `core.platform.Platform` for Discord: gateway and interactions in, REST out."""

    platform = PLATFORM
    renders = Renders(whispers=True, edits=True, images=True, start_links=False)

    def __init__(
        self,
        *,
        token: str,
        conversation: Conversation,
        commands: Sequence[CommandInfo],
        api_base_url: str | None = None,
        gateway_url: str | None = None,
        sharded: bool = False,
        login_backoff: Backoff = Backoff(),
        guild_ready_timeout: float = 2.0,
        shared_commands: Collection[str] | None = None,
        admin_roles: Collection[str] = (),
    ) -> None:
        self._token = token
        self._conversation = conversation
        self._commands = tuple(commands)
        self._endpoints = Endpoints(api_base=api_base_url)
        self._gateway_url = gateway_url
        self._sharded = sharded
        self._backoff = login_backoff
        self._guild_ready_timeout = guild_ready_timeout
        self._handlers = DiscordHandlers(
            conversation,
            shared_commands=frozenset(
                shared_commands
                if shared_commands is not None
                else (c.name for c in commands if c.public_in_group)
            ),
            admin_roles=frozenset(admin_roles),
        )
        self._in_hand = InHand()
        self._client: discord.Client | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = asyncio.Event()
        self._ready = asyncio.Event()

    async def start(self) -> None:
        if self._task is None:
            self._stopping.clear()
            self._task = asyncio.create_task(self._stay_connected(), name="discord")

    async def stop(self) -> None:
        self._stopping.set()
        unfinished = await self._in_hand.finish(ANSWER_GRACE)  # answers in hand still go out
        if unfinished:
            _log.warning("Stopping with %d Discord answers unfinished", unfinished)
        if self._client is not None:
            await self._client.close()
        if self._task is not None:
            task, self._task = self._task, None
            try:
                await asyncio.wait_for(task, timeout=CLOSE_GRACE)
            except TimeoutError:
                _log.warning("Discord did not stop in time; cancelled")

    @property
    def connected(self) -> bool:
        """Logged in, with the gateway open (for the bot's readiness check)."""
        return self._client is not None and self._client.is_ready() and not self._client.is_closed()

    async def wait_ready(self) -> None:
        """Return once the client is connected and has received its servers."""
        await self._ready.wait()

    async def send(self, address: Address, reply: Reply) -> Sent:
        """The Sender port; raises RecipientGone or SendFailed (`adapters.discord.send`)."""
        return await self._calling(lambda client: discord_send.send(client, address, reply))

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        await self._calling(lambda client: discord_send.edit(client, address, message_id, reply))

    async def delete_message(self, address: Address, message_id: str) -> None:
        await self._calling(lambda client: discord_send.delete(client, address, message_id))

    async def _calling(self, call: Callable[[discord.Client], Awaitable[T]]) -> T:
        """One REST call of `adapters.discord.send` on the connected client."""
        client = self._client
        if client is None or not client.is_ready():
            raise SendFailed("Discord is not connected")
        token = discord_endpoints.use(self._endpoints)
        try:
            return await call(client)
        finally:
            discord_endpoints.reset(token)

    async def _stay_connected(self) -> None:
        discord_endpoints.use(self._endpoints)
        failures = 0
        message_content = True
        while not self._stopping.is_set():
            self._ready.clear()
            client, tree = self._build_client(message_content)
            self._client = client
            try:
                await self._run(client, tree)
            except discord.PrivilegedIntentsRequired:
                _log.error(
                    "Discord refused the Message Content intent: enable it for the bot in the "
                    "Developer Portal. Carrying on without it: direct messages still work, "
                    "replies in server channels will arrive empty."
                )
                message_content = False
            except Exception as exc:
                if not self._stopping.is_set():
                    self._log_failure(exc)
            finally:
                await client.close()
                await client.http.close()
            if self._stopping.is_set():
                return
            failures = 1 if self._ready.is_set() else failures + 1
            delay = self._backoff.delay(failures)
            _log.info("Trying Discord again in %.1f s (attempt %d)", delay, failures + 1)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=delay)

    async def _run(self, client: discord.Client, tree: app_commands.CommandTree) -> None:
        await client.login(self._token)
        await self._sync(tree)
        shards, gateway, _ = await client.http.get_bot_gateway()
        if isinstance(client, discord.AutoShardedClient) and client.shard_count is None:
            client.shard_count = shards
        endpoints = Endpoints(self._endpoints.api_base, self._gateway_url or gateway)
        discord_endpoints.use(endpoints)
        await client.connect(reconnect=True)

    async def _sync(self, tree: app_commands.CommandTree) -> None:
        try:
            synced = await tree.sync()
        except discord.HTTPException as exc:
            _log.warning("Could not sync the slash commands: %s", self._redact(exc))
        else:
            _log.info("Synced %d slash commands with Discord", len(synced))

    def _build_client(
        self, message_content: bool
    ) -> tuple[discord.Client, app_commands.CommandTree]:
        intents = discord.Intents.default()
        intents.message_content = message_content
        client_class = discord.AutoShardedClient if self._sharded else discord.Client
        client = client_class(
            intents=intents,
            allowed_mentions=NO_MENTIONS,
            guild_ready_timeout=self._guild_ready_timeout,
        )
        tree = app_commands.CommandTree(client)
        for command in slash_commands(self._commands, self._on_command):
            tree.add_command(command)
        client.add_dynamic_items(PayloadButton)
        self._listen(client)
        return client, tree

    async def _on_command(self, interaction: Interaction, command: Command) -> None:
        with self._in_hand.holding():
            await self._handlers.on_command(interaction, command)

    def _listen(self, client: discord.Client) -> None:
        handlers, ready, in_hand = self._handlers, self._ready, self._in_hand

        async def on_ready() -> None:
            ready.set()
            _log.info("Connected to Discord")

        async def on_message(message: discord.Message) -> None:
            if client.user is not None:
                with in_hand.holding():
                    await handlers.on_message(message, client.user.id)

        async def on_payload_press(
            interaction: discord.Interaction[discord.Client], payload: str
        ) -> None:
            with in_hand.holding():
                await handlers.on_press(interaction, payload)

        async def on_guild_remove(guild: discord.Guild) -> None:
            for channel in guild.channels:
                await handlers.group_gone(str(channel.id))

        async def on_guild_channel_delete(channel: discord.abc.GuildChannel) -> None:
            await handlers.group_gone(str(channel.id))

        for listener in (
            on_ready,
            on_message,
            on_payload_press,
            on_guild_remove,
            on_guild_channel_delete,
        ):
            client.event(listener)

    def _log_failure(self, exc: Exception) -> None:
        if isinstance(exc, _EXPECTED_FAILURES):
            _log.warning("Discord login or connection failed: %s", self._redact(exc))
        else:
            _log.exception("Discord client stopped unexpectedly: %s", self._redact(exc))

    def _redact(self, exc: BaseException) -> str:
        text = f"{type(exc).__name__}: {exc}"
        return text.replace(self._token, "[token]") if self._token else text
