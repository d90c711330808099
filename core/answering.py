"""How every platform answers: small policies that must not drift apart between adapters.

- Where a reply goes: a private reply (moods, predictions, reflections) to something said
  in a group never shows in the group.
- What a person reads when the bot itself failed.
- What counts as a typed command (`/card`, `/card@ThisBot`, `/start CODE`).
- Which replies an adapter hands back once sent (`hand_back`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.i18n import _
from core.messages import Command, Event, Reply
from core.ports import Conversation, Sent

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+(.*))?$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Destination:
    """The chat a reply goes to, and whether only the person who asked may see it there."""

    chat_id: str
    only_them: bool = False

    def is_direct(self, event: Event) -> bool:
        """True when the reply leaves the chat it answers, for the person's own chat."""
        return self.chat_id != event.where.chat_id


def destination(event: Event, reply: Reply, *, whispers: bool) -> Destination:
    """Where `reply` to `event` goes.

    A private reply to something said in a group stays out of the group: shown to the person
    alone where the platform can whisper (`Renders.whispers`), otherwise sent to their direct
    chat, whose id on every platform here is the person's own id. Everything else answers in
    the chat it came from.
    """
    if reply.private and event.where.is_group:
        if whispers:
            return Destination(event.where.chat_id, only_them=True)
        return Destination(event.who.user_id)
    return Destination(event.where.chat_id)


def apology() -> Reply:
    """The answer when the bot failed on its side: to the person alone where the platform can
    whisper, otherwise in the chat where they spoke (the failure may be that chat's own)."""
    return Reply(_("Sorry, something went wrong on my side. Please try again in a little while."))


def parse_command(text: str, bot_name: str = "") -> Command | None:
    """`/card`, `/card@ThisBot`, `/start CODE` as a Command; None when the text is none of ours.

    A command addressed to another bot (`/card@OtherBot`) is not ours. `bot_name` is empty
    where a platform has no such addressing (the console, Discord messages).
    """
    match = _COMMAND.match(text.strip())
    if match is None:
        return None
    name, addressee, args = match.groups()
    if addressee is not None and addressee.lower() != bot_name.lower():
        return None
    return Command(name=name.lower(), args=(args or "").strip())


async def hand_back(
    conversation: Conversation, platform: str, chat_id: str, reply: Reply, sent: Sent | None
) -> None:
    """After an adapter sent a reply itself: a tracked one (`Reply.tracked`, a group message
    naming members) is handed back with its message ids, so an erase can reach it later."""
    if reply.tracked is not None and sent:
        await conversation.posted(platform, chat_id, reply.tracked, sent)
