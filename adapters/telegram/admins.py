"""Whether a person is an admin of a Telegram group, asked of Telegram and kept briefly.

Core decides what admins may do; the adapter only tells it who is one, asking
`getChatMember` for every group event from a person. Answers are kept for a minute, so a
busy group costs a call per person per minute, and a demoted admin loses the rights
within that minute. A failed call counts as "not an admin": refusing a start is harmless,
allowing one by mistake is not.

An anonymous admin posts as the group itself (`sender_chat` is the chat): only admins can
do that, so `telegram_events` marks such a message as from an admin without asking.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

from telegram import Bot
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError

from core.messages import Event

_log = logging.getLogger(__name__)
ADMIN_STATUSES = frozenset({ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER})
MAX_ENTRIES = 10_000


class AdminCheck:
    def __init__(self, ttl: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._known: dict[tuple[str, str], tuple[float, bool]] = {}

    async def is_admin(self, bot: Bot, chat_id: str, user_id: str) -> bool:
        now = self._clock()
        known = self._known.get((chat_id, user_id))
        if known is not None and known[0] > now:
            return known[1]
        try:
            member = await bot.get_chat_member(int(chat_id), int(user_id))
        except (TelegramError, ValueError) as error:
            _log.warning("could not ask whether a member of %s is an admin: %s", chat_id, error)
            return False
        admin = member.status in ADMIN_STATUSES
        if len(self._known) >= MAX_ENTRIES:
            self._known = {key: value for key, value in self._known.items() if value[0] > now}
        self._known[(chat_id, user_id)] = (now + self._ttl, admin)
        return admin

    async def mark(self, bot: Bot, event: Event) -> Event:
        """The event with `who.is_admin` filled in, for a person speaking in a group."""
        if not event.where.is_group or event.who.anonymous:
            return event
        admin = await self.is_admin(bot, event.where.chat_id, event.who.user_id)
        return replace(event, who=replace(event.who, is_admin=admin))
