"""python-telegram-bot's `Application`, built the way this bot runs it.

No JobQueue (the project has one scheduler), updates from different chats side by side and
one chat's updates in order, and the command menu Telegram shows in private chats and in
groups, both from core's command list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

from telegram import BotCommand, BotCommandScopeAllGroupChats, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
    TypeHandler,
)

from adapters.telegram.rate_limit import KeyedLocks
from core.commands import CommandInfo

App = Application[Any, Any, Any, Any, Any, Any]
OnUpdate = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
OnError = Callable[[object, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

MAX_CONCURRENT_UPDATES = 256
SEND_TIMEOUT_SECONDS = 30.0
"""How long a call may take to answer before it counts as failed (the library's default is 5 s).

A send that Telegram carried out but answered slowly, timed out and retried, reached the
person twice; a slow answer is far likelier than a lost one, so the bot waits longer.
"""


def file_base_url(base_url: str) -> str:
    """`https://api.telegram.org/bot` -> `https://api.telegram.org/file/bot`."""
    head, _sep, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Runs updates from different chats side by side and one chat's updates in order.

    Order within a chat matters: "I did it" must be recorded before the reflection that
    follows it.
    """

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: KeyedLocks[int] = KeyedLocks()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        async with self._chats.hold(chat.id):
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up: locks are made on demand."""

    async def shutdown(self) -> None:
        """Nothing to free: locks go with the last update that held them."""


def build_application(token: str, base_url: str, on_update: OnUpdate, on_error: OnError) -> App:
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(file_base_url(base_url))
        .job_queue(None)
        .read_timeout(SEND_TIMEOUT_SECONDS)
        .write_timeout(SEND_TIMEOUT_SECONDS)
        .media_write_timeout(SEND_TIMEOUT_SECONDS)
        .concurrent_updates(ChatOrderedProcessor(MAX_CONCURRENT_UPDATES))
        .build()
    )
    app.add_handler(TypeHandler(Update, on_update))
    app.add_error_handler(on_error)
    return app


async def register_commands(app: App, commands: Sequence[CommandInfo]) -> None:
    """The menu in private chats, and the one in groups (each leaves out the other's own)."""
    everywhere = [BotCommand(i.name, i.description) for i in commands if not i.group_only]
    in_groups = [BotCommand(i.name, i.description) for i in commands if not i.private_only]
    await app.bot.set_my_commands(everywhere)
    await app.bot.set_my_commands(in_groups, scope=BotCommandScopeAllGroupChats())
