"""The Telegram adapter: updates in as core events, replies out as Telegram messages.

It holds no rules. It runs python-telegram-bot's `Application` by hand on the caller's
event loop (no `run_polling`, no JobQueue: the project has one scheduler), turns each
update into an `Event` (`events`), asks the `Conversation`, and renders the
replies (`render`, `send`) through one `SendLimiter` shared with the
scheduler's sends (`send`, the `Sender` port).

Updates from different chats are handled concurrently, one chat's updates in order,
so a chat waiting out a flood never holds up the others.

Updates come by long polling, or, given a `TelegramWebhook`, by webhook: stored in the
database before Telegram hears they arrived, so a crash loses none (`webhook`).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from telegram import CallbackQuery, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import Conflict, InvalidToken, TelegramError
from telegram.ext import ContextTypes

from adapters.telegram.admins import AdminCheck
from adapters.telegram.application import App, build_application, register_commands
from adapters.telegram.events import PLATFORM, BotIdentity, editable_message_id, to_event
from adapters.telegram.logs import install_token_redaction, quiet_library_loggers
from adapters.telegram.rate_limit import SendLimiter, TelegramLimits
from adapters.telegram.render import private_chat_invite
from adapters.telegram.send import TelegramOutbox, answer_press, classify, is_group_chat
from core.answering import apology, destination, hand_back
from core.commands import CommandInfo
from core.messages import Event, Reply
from core.platform import Renders
from core.ports import Address, Conversation, RecipientGone, SendFailed, Sent

if TYPE_CHECKING:  # webhook mode needs aiohttp; polling must not import it
    from adapters.telegram.webhook import TelegramWebhook

__all__ = ["DEFAULT_BASE_URL", "TelegramAdapter", "TelegramLimits"]

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
ALLOWED_UPDATES = ("message", "callback_query", "my_chat_member")

_log = logging.getLogger(__name__)
_BOOTSTRAP_RETRIES = 3
STOP_GRACE = 3.0
"""How long a stop waits for updates in hand (the bot's whole stop must fit in 10 s)."""


class TelegramAdapter:
    """The `core.platform.Platform` for Telegram: polling or webhook in, Bot API out."""

    platform = PLATFORM
    renders = Renders(whispers=False, edits=True, images=True, start_links=True)

    def __init__(
        self,
        *,
        token: str,
        base_url: str = DEFAULT_BASE_URL,
        conversation: Conversation,
        commands: Sequence[CommandInfo],
        limits: TelegramLimits = TelegramLimits(),  # noqa: B008 - frozen, so safe to share
        limiter: SendLimiter | None = None,
        on_rate_limited: Callable[[float], None] | None = None,
        poll_timeout: float = 10.0,
        webhook: TelegramWebhook | None = None,
    ) -> None:
        self._token = token
        self._base_url = base_url
        self._conversation = conversation
        self._commands = tuple(commands)
        self._limiter = limiter or SendLimiter(limits, classify, on_flood=on_rate_limited)
        self._poll_timeout = poll_timeout
        self._webhook = webhook
        self._app: App | None = None
        self._outbox: TelegramOutbox | None = None
        self._identity: BotIdentity | None = None
        self._undo_redaction: Callable[[], None] | None = None
        self._gone: set[str] = set()
        self._admins = AdminCheck()

    @property
    def connected(self) -> bool:
        """Started and receiving updates (for the bot's readiness check)."""
        return self._app is not None and self._app.running

    @property
    def bot_username(self) -> str:
        return self._identity.username if self._identity else ""

    async def start(self) -> None:
        """Connect, register the command menu and start polling (or the webhook)."""
        if self._app is not None:
            return
        self._undo_redaction = install_token_redaction(self._token)
        quiet_library_loggers()
        # Opt into the library's coming timedelta durations, so a flood (429) does not
        # warn each time; `retry_seconds` reads both forms.
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        app = build_application(self._token, self._base_url, self._on_update, self._on_error)
        self._app = app
        try:
            await app.initialize()
            self._identity = BotIdentity(id=app.bot.id, username=app.bot.username)
            self._outbox = TelegramOutbox(app.bot, self._limiter)
            await register_commands(app, self._commands)
            await app.start()
            if self._webhook is not None:
                await self._webhook.start(app, ALLOWED_UPDATES)
            elif app.updater is None:
                raise RuntimeError("the Telegram application was built without an updater")
            else:
                await app.updater.start_polling(
                    timeout=timedelta(seconds=self._poll_timeout),
                    allowed_updates=list(ALLOWED_UPDATES),
                    drop_pending_updates=False,
                    bootstrap_retries=_BOOTSTRAP_RETRIES,
                    error_callback=_log_polling_error,
                )
        except InvalidToken:
            await self.stop()
            # The library's message quotes the token; this one must not.
            raise InvalidToken("Telegram rejected the bot token") from None
        except BaseException:
            await self.stop()
            raise
        _log.info("Telegram adapter started as @%s", self.bot_username)

    async def stop(self) -> None:
        """Stop polling, finish the updates in hand, close the connections. Safe to repeat."""
        app, self._app = self._app, None
        try:
            if app is not None:
                if self._webhook is not None:
                    await self._webhook.stop()
                if app.updater is not None and app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await self._stop_within(app, STOP_GRACE)
                await app.shutdown()
        finally:
            self._outbox = None
            if self._undo_redaction is not None:
                self._undo_redaction()
                self._undo_redaction = None

    @staticmethod
    async def _stop_within(app: App, grace: float) -> None:
        """Let updates in hand get their answers, for `grace` seconds at most.

        A long answer paced at a group's 20 messages a minute, or a chat Telegram paused for
        a minute, once held a stop for over two minutes; a stop must end within 10 s. What
        is cut off is not lost in webhook mode (the inbox keeps the update until handled).
        """
        try:
            async with asyncio.timeout(grace):
                await app.stop()
        except TimeoutError:
            _log.warning("stopped with Telegram answers unfinished after %.0f s", grace)

    async def send(self, address: Address, reply: Reply) -> Sent:
        """The Sender port: one reply to one chat; RecipientGone or SendFailed."""
        if address.platform != PLATFORM:
            raise ValueError(f"not a Telegram address: {address.platform}")
        if address.chat_id in self._gone:
            raise RecipientGone(f"chat {address.chat_id} closed its door earlier")
        try:
            return await self._require_outbox().deliver(address.chat_id, reply)
        except RecipientGone:
            self._gone.add(address.chat_id)
            raise

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        await self._require_outbox().edit_sent(address.chat_id, message_id, reply)

    async def delete_message(self, address: Address, message_id: str) -> None:
        await self._require_outbox().delete_sent(address.chat_id, message_id)

    def _require_outbox(self) -> TelegramOutbox:
        if self._outbox is None:
            raise SendFailed("the Telegram adapter is not running")
        return self._outbox

    async def _on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_chat is not None:
            self._gone.discard(str(update.effective_chat.id))
        if update.my_chat_member is not None:
            await self._on_membership(update)
            return
        if self._identity is None:
            return
        event = to_event(update, self._identity)
        if event is not None and self._app is not None:
            event = await self._admins.mark(self._app.bot, event)
        query = update.callback_query
        replies: list[Reply] = []
        try:
            if event is not None:
                replies = await self._conversation.handle(event)
        finally:
            if query is not None:
                await answer_press(query, replies)
        if event is not None:
            await self._answer(event, query, replies)

    async def _answer(
        self, event: Event, query: CallbackQuery | None, replies: list[Reply]
    ) -> None:
        """Deliver an event's replies: private ones to the user's own chat, edits in place."""
        closed: set[str] = set()
        pressed = editable_message_id(query)
        for reply in replies:
            chat_id = destination(event, reply, whispers=False).chat_id
            if chat_id in closed:
                continue
            edit_id = None
            if reply.edit and pressed is not None and chat_id == event.where.chat_id:
                edit_id, pressed = pressed, None  # one message, edited once
            try:
                sent = await self._require_outbox().deliver(chat_id, reply, edit_id)
                await hand_back(self._conversation, PLATFORM, chat_id, reply, sent)
            except RecipientGone:
                closed.add(chat_id)
                await self._chat_closed(chat_id)
                if chat_id != event.where.chat_id and event.where.chat_id not in closed:
                    await self._invite_to_private_chat(event, closed, reply)

    async def _chat_closed(self, chat_id: str) -> None:
        self._gone.add(chat_id)
        if is_group_chat(chat_id):
            await self._conversation.group_gone(PLATFORM, chat_id)
        else:
            await self._conversation.recipient_gone(PLATFORM, chat_id)

    async def _invite_to_private_chat(self, event: Event, closed: set[str], reply: Reply) -> None:
        """A private answer could not reach the user (they never opened a chat with the bot,
        and a bot may not write first): ask them, in the group, to open one. When the answer
        carried a start link (a group challenge's join link), the group gets that link, so
        one tap starts the bot and does what the answer offered."""
        closed.add(event.who.user_id)
        invite = private_chat_invite(self.bot_username, reply)
        try:
            await self._require_outbox().deliver(event.where.chat_id, invite)
        except RecipientGone:
            closed.add(event.where.chat_id)
            await self._chat_closed(event.where.chat_id)

    async def _on_membership(self, update: Update) -> None:
        """A user who blocks the bot shows up as the bot being kicked from their chat; a
        group that removes the bot (or that it leaves) ends its challenge."""
        change = update.my_chat_member
        if change is None:
            return
        chat_id, status = str(change.chat.id), change.new_chat_member.status
        if change.chat.type == ChatType.PRIVATE and status == ChatMemberStatus.BANNED:
            await self._chat_closed(chat_id)
        elif change.chat.type != ChatType.PRIVATE and status in _REMOVED:
            self._gone.add(chat_id)
            await self._conversation.group_gone(PLATFORM, chat_id)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log the failure (chat id only, never the text) and apologise; the bot keeps going."""
        chat = update.effective_chat if isinstance(update, Update) else None
        chat_id = str(chat.id) if chat is not None else "-"
        _log.error("handling an update for chat %s failed", chat_id, exc_info=context.error)
        if chat is None or self._outbox is None or chat_id in self._gone:
            return
        try:
            await self._outbox.deliver(chat_id, apology())
        except (RecipientGone, SendFailed) as error:
            _log.warning("could not apologise in chat %s: %s", chat_id, type(error).__name__)


_REMOVED = frozenset({ChatMemberStatus.LEFT, ChatMemberStatus.BANNED})
_CONFLICTS = [0]


def _log_polling_error(error: TelegramError) -> None:
    if isinstance(error, Conflict):
        # Two pollers on one token: Telegram gives each update to one of them, and both
        # back off further each time (up to 30 s), so replies come late or not at all.
        _CONFLICTS[0] += 1
        if _CONFLICTS[0] == 1 or _CONFLICTS[0] % 10 == 0:
            _log.warning(
                "another process is polling Telegram with this bot token (409 Conflict from "
                "getUpdates, count %d): run one poller only, or run several processes "
                "in webhook mode (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET)",
                _CONFLICTS[0],
            )
        return
    _log.warning("polling Telegram failed (%s); retrying", type(error).__name__)
