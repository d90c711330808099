"""Putting one rendered `Reply` into one Telegram chat, through the send limiter.

Every call to Telegram that posts into a chat goes through `SendLimiter.run`, so
interactive answers and scheduled cards share one budget. Failures leave this module
as the two the engine understands: `RecipientGone` (blocked, deactivated, no such
chat: never retry) and `SendFailed` (may work later).
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.warnings import PTBDeprecationWarning

from adapters.telegram.rate_limit import ChatPaused, Flood, SendLimiter, Transient, Verdict
from adapters.telegram.render import CAPTION_LIMIT, keyboard, render_parts
from core.messages import Attachment, Reply
from core.ports import MessageGone, RecipientGone, SendFailed, Sent

_log = logging.getLogger(__name__)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_GONE_MARKERS = ("chat not found", "user not found", "peer_id_invalid")
_EDIT_FALLBACK_MARKERS = (
    "message is not modified",
    "can't be edited",
    "message to edit not found",
    "there is no text in the message to edit",
)
_UNDELETABLE_MARKERS = ("message to delete not found", "message can't be deleted")


def retry_seconds(error: RetryAfter) -> float:
    """The announced wait in seconds, whichever type this library version hands out."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def classify(error: Exception) -> Verdict:
    """How the limiter treats a failed call: wait out a flood, back off a network error."""
    if isinstance(error, RetryAfter):
        return Flood(retry_seconds(error))
    if isinstance(error, TimedOut):
        return Transient()
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        return Transient()
    return None


def is_group_chat(chat_id: str) -> bool:
    """Telegram gives groups and channels negative ids and people positive ones."""
    return chat_id.startswith("-")


def edit_refused(error: BadRequest) -> bool:
    """Telegram would not edit the message; a new message says the same."""
    text = error.message.lower()
    return any(marker in text for marker in _EDIT_FALLBACK_MARKERS)


@contextmanager
def _mapped_errors() -> Iterator[None]:
    """Telegram's errors as the two the engine understands (MessageGone passes untouched)."""
    try:
        yield
    except Forbidden as error:
        raise RecipientGone(error.message) from error
    except RetryAfter as error:  # asked to wait longer than the limiter holds a send
        raise SendFailed(error.message, retry_after=retry_seconds(error)) from error
    except ChatPaused as error:
        raise SendFailed(str(error), retry_after=error.seconds) from error
    except BadRequest as error:
        if any(marker in error.message.lower() for marker in _GONE_MARKERS):
            raise RecipientGone(error.message) from error
        raise SendFailed(error.message) from error
    except TelegramError as error:
        raise SendFailed(str(error)) from error


class TelegramOutbox:
    def __init__(self, bot: Bot, limiter: SendLimiter) -> None:
        self._bot = bot
        self._limiter = limiter

    async def deliver(self, chat_id: str, reply: Reply, edit_message_id: int | None = None) -> Sent:
        """Send `reply` to `chat_id`, editing `edit_message_id` in place when one is given;
        returns the ids of the messages the reply is now in.

        Raises RecipientGone or SendFailed.
        """
        with _mapped_errors():
            return await self._deliver(chat_id, reply, edit_message_id)

    async def edit_sent(self, chat_id: str, message_id: str, reply: Reply) -> None:
        """Put `reply` in place of a message sent earlier (`core.ports.Editor`); the same
        text again is no change to make."""
        parts = render_parts(reply)
        if len(parts) != 1 or reply.attachment is not None:
            raise MessageGone("the new text does not fit in one message")
        markup = keyboard(reply, self._bot.username)
        with _mapped_errors():
            if not await self._edit(chat_id, int(message_id), parts[0], markup, unchanged=True):
                raise MessageGone("Telegram would not edit the message")

    async def delete_sent(self, chat_id: str, message_id: str) -> None:
        """Remove a message sent earlier; Telegram lets a bot do that for 48 hours."""
        with _mapped_errors():
            try:
                await self._limiter.run(
                    chat_id,
                    is_group_chat(chat_id),
                    lambda: self._bot.delete_message(chat_id, int(message_id)),
                )
            except BadRequest as error:
                if not any(marker in error.message.lower() for marker in _UNDELETABLE_MARKERS):
                    raise
                raise MessageGone(error.message) from error

    async def _deliver(self, chat_id: str, reply: Reply, edit_message_id: int | None) -> Sent:
        markup = keyboard(reply, self._bot.username)
        if reply.attachment is not None:
            return await self._send_attachment(chat_id, reply, reply.attachment, markup)
        parts = render_parts(reply)
        if not parts:
            _log.warning("an empty reply for chat %s was not sent", chat_id)
            return ()
        edited: Sent = ()
        if edit_message_id is not None:
            first_markup = markup if len(parts) == 1 else None
            if await self._edit(chat_id, edit_message_id, parts[0], first_markup):
                parts, edited = parts[1:], (str(edit_message_id),)
        return edited + await self._send_texts(chat_id, parts, markup)

    async def _send_texts(
        self, chat_id: str, parts: list[str], markup: InlineKeyboardMarkup | None
    ) -> Sent:
        sent = []
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            message = await self._send_text(chat_id, part, markup if last else None)
            sent.append(str(message.message_id))
        return tuple(sent)

    async def _send_text(
        self, chat_id: str, html_text: str, markup: InlineKeyboardMarkup | None
    ) -> Message:
        return await self._limited(
            chat_id,
            lambda: self._bot.send_message(
                chat_id,
                html_text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW,
            ),
        )

    async def _edit(
        self,
        chat_id: str,
        message_id: int,
        html_text: str,
        markup: InlineKeyboardMarkup | None,
        *,
        unchanged: bool = False,
    ) -> bool:
        """Whether the message now shows the text (`unchanged`: it did already)."""
        try:
            await self._limited(
                chat_id,
                lambda: self._bot.edit_message_text(
                    html_text,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=_NO_PREVIEW,
                ),
            )
        except BadRequest as error:
            if not edit_refused(error):
                raise
            if unchanged and "message is not modified" in error.message.lower():
                return True
            _log.debug("edit refused in chat %s (%s)", chat_id, error.message)
            return False
        return True

    async def _send_attachment(
        self,
        chat_id: str,
        reply: Reply,
        attachment: Attachment,
        markup: InlineKeyboardMarkup | None,
    ) -> Sent:
        parts = render_parts(reply, first_limit=CAPTION_LIMIT)
        caption, rest = (parts[0], parts[1:]) if parts else (None, [])
        file_markup = None if rest else markup

        def upload() -> Awaitable[Message]:
            file = InputFile(attachment.data, filename=attachment.filename)
            if attachment.mime_type == "image/png":
                return self._bot.send_photo(
                    chat_id,
                    file,
                    caption=caption,
                    parse_mode=ParseMode.HTML,
                    reply_markup=file_markup,
                )
            return self._bot.send_document(
                chat_id,
                file,
                caption=caption,
                parse_mode=ParseMode.HTML,
                reply_markup=file_markup,
            )

        message = await self._limited(chat_id, upload)
        return (str(message.message_id), *await self._send_texts(chat_id, rest, markup))

    async def _limited(
        self, chat_id: str, call: Callable[[], Awaitable[Message | bool]]
    ) -> Message:
        result = await self._limiter.run(chat_id, is_group_chat(chat_id), call)
        if not isinstance(result, Message):
            raise SendFailed("Telegram answered a send without the message")
        return result


async def answer_press(query: CallbackQuery, replies: list[Reply]) -> None:
    """Always answer a button press, so the button stops spinning; with a toast if given."""
    notice = next((reply.notice for reply in replies if reply.notice), None)
    try:
        await query.answer(text=notice[:200] if notice else None)
    except TelegramError as error:
        _log.warning("answering a button press failed: %s", type(error).__name__)
