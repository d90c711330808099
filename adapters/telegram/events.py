"""A Telegram update as a core `Event`, or None when the bot should stay quiet.

Stays quiet for: updates without a person behind them (channel posts), messages from
bots, edits, commands addressed to another bot, and free text in a group that neither
is a command nor replies to this bot (a bot must not answer every group message).

A message an anonymous admin posts as the group itself (`sender_chat` is the chat) comes
as from an admin with no person behind it: only admins can post that way, so such an
admin may start or stop a challenge, but cannot join one, having no account of their own.
Whether anyone else is an admin is asked of Telegram (`adapters.telegram.admins`).
What counts as a command is core's (`core.answering.parse_command`).
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import CallbackQuery, Chat, Message, Update, User

from core.answering import parse_command
from core.messages import Action, Button, Event, Location, Text, Where, Who

PLATFORM = "telegram"
_GROUP_TYPES = {Chat.GROUP, Chat.SUPERGROUP}


@dataclass(frozen=True, slots=True)
class BotIdentity:
    """Who the bot is, as getMe told us: needed to tell our commands and replies apart."""

    id: int
    username: str


def who(user: User) -> Who:
    return Who(platform=PLATFORM, user_id=str(user.id), display_name=user.full_name)


def where(chat: Chat) -> Where:
    in_group = chat.type in _GROUP_TYPES
    return Where(
        chat_id=str(chat.id), is_group=in_group, title=(chat.title or "") if in_group else ""
    )


def anonymous_admin(chat: Chat) -> Who:
    return Who(PLATFORM, str(chat.id), chat.title or "", is_admin=True, anonymous=True)


def to_event(update: Update, bot: BotIdentity) -> Event | None:
    if update.callback_query is not None:
        return _from_callback(update.callback_query)
    if update.message is not None:
        return _from_message(update.message, bot)
    return None


def _from_callback(query: CallbackQuery) -> Event | None:
    message = query.message
    if query.data is None or message is None or query.from_user.is_bot:
        return None
    return Event(who=who(query.from_user), where=where(message.chat), what=Button(query.data))


def _from_message(message: Message, bot: BotIdentity) -> Event | None:
    user, place, posted_as = message.from_user, where(message.chat), message.sender_chat
    anonymous = place.is_group and posted_as is not None and posted_as.id == message.chat.id
    if posted_as is not None and not anonymous:
        return None  # a channel's post (or one forwarded from a linked channel): no person
    if not anonymous and (user is None or user.is_bot or message.chat.type == Chat.CHANNEL):
        return None
    what = _action(message, bot, place.is_group)
    if what is None:
        return None
    if anonymous or user is None:
        return Event(who=anonymous_admin(message.chat), where=place, what=what)
    return Event(who=who(user), where=place, what=what)


def _action(message: Message, bot: BotIdentity, in_group: bool) -> Action | None:
    text = message.text
    if text is not None and text.startswith("/"):
        command = parse_command(text, bot.username)
        if command is not None or in_group:
            return command
    if in_group and not _replies_to(message, bot):
        return None
    if message.location is not None:
        return Location(message.location.latitude, message.location.longitude)
    if text is not None:
        return Text(text)
    return None


def _replies_to(message: Message, bot: BotIdentity) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == bot.id


def editable_message_id(query: CallbackQuery | None) -> int | None:
    """The message whose button was pressed, if it is a text message Telegram can edit."""
    message = query.message if query is not None else None
    if not isinstance(message, Message) or message.text is None:
        return None
    return message.message_id
