"""The contract every chat platform implements: Telegram, Discord, the console, the next one.

A platform adapter is two things to the rest of the bot. Inbound, it turns the platform's
updates into `Event`s and hands them to a `Conversation` (the engine), rendering the
replies it gets back. Outbound, it is the `Sender` the scheduler's tick uses for cards,
reminders and group messages. `bot/platforms.py` lists the platforms; `bot/app.py` starts
each one, registers it as the sender for its name, and stops it in reverse order.

How a platform reports a recipient gone: `send` raises `core.ports.RecipientGone` when the
person blocked the bot or the group removed it (the tick then stops writing to them), and
`SendFailed` for anything that may work later. Inbound, the adapter tells the
`Conversation` (`recipient_gone`, `group_gone`) when the platform says so on its own.

What the bot sent can be changed later by the message ids `send` returns (`edit_message`,
`delete_message`, the `core.ports.Editor` port): that is how an erase reaches the group
messages that named the person. A reply carrying `Reply.tracked` that the adapter sends
itself (an answer in a group) is handed back with its ids through `Conversation.posted`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core.messages import Reply
from core.ports import Address, Sent


@dataclass(frozen=True, slots=True)
class Renders:
    """What a platform can show, so that nobody has to guess from its name.

    `whispers`: it can show a message to one person inside a group (Discord's ephemeral
    answers to slash commands and button presses); without it a private reply to something
    said in a group goes to the person's direct chat (`core.answering.destination`).
    `edits`: it can replace the message whose button was pressed (`Reply.edit`).
    `images`: it shows an attached picture inline rather than as a saved file.
    `start_links`: it has links that open a private chat with the bot and start it with a
    code (`ReplyButton.start`).
    """

    whispers: bool = False
    edits: bool = False
    images: bool = True
    start_links: bool = False


class Platform(Protocol):
    """One chat platform, running beside the others under one event loop."""

    @property
    def platform(self) -> str:
        """The platform's name, as in `Who.platform` and `Address.platform`."""
        ...

    @property
    def renders(self) -> Renders:
        """What this platform can show."""
        ...

    @property
    def connected(self) -> bool:
        """Started and able to receive and send now (for the bot's readiness check)."""
        ...

    async def start(self) -> None:
        """Begin receiving updates; return once it runs (connecting may go on behind)."""
        ...

    async def stop(self) -> None:
        """Stop receiving, let answers in hand go out, release the platform's resources."""
        ...

    async def send(self, address: Address, reply: Reply) -> Sent | None:
        """Deliver one reply; raise RecipientGone or SendFailed when it cannot. Returns the
        ids of the messages it made (None where the platform has no such ids)."""
        ...

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        """Put `reply` in place of a message sent earlier; MessageGone when it cannot."""
        ...

    async def delete_message(self, address: Address, message_id: str) -> None:
        """Remove a message sent earlier; MessageGone when it is gone or too old."""
        ...
