"""The platform-neutral vocabulary between adapters and the engine.

Adapters turn a platform update into an `Event` and render each `Reply`; nothing
platform-shaped crosses this line, so every adapter sees the same conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from core.parsing import clean_text

# Button payloads must fit Telegram's 64 bytes of callback data (Discord allows 100).
MAX_PAYLOAD_BYTES = 64


@dataclass(frozen=True, slots=True)
class Who:
    """The person behind an event, as the platform names them.

    `is_admin` is a fact the adapter asks the platform for on every group event (Telegram's
    chat member status, Discord's Manage Server permission or a configured role); what an
    admin may do is core's business. `anonymous` marks a group admin posting as the group
    itself (Telegram): there is no person to attach records to, so `user_id` is the chat's.
    """

    platform: str
    user_id: str
    display_name: str = ""
    is_admin: bool = False
    anonymous: bool = False

    def __post_init__(self) -> None:
        # The one place a platform's name for a person is cleaned, as typed text is: a NUL
        # byte breaks PostgreSQL and a lone surrogate breaks both databases.
        object.__setattr__(self, "display_name", clean_text(self.display_name))


@dataclass(frozen=True, slots=True)
class Where:
    """The chat an event came from: a private chat, or a group with its id."""

    chat_id: str
    is_group: bool = False
    title: str = field(default="", compare=False)
    """A group's name as its members see it, so a person in several groups can tell them apart
    (a description, not part of which chat it is)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", clean_text(self.title))  # as `Who.display_name`


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    args: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", clean_text(self.args))  # typed, so cleaned as text is


@dataclass(frozen=True, slots=True)
class Button:
    """A press on a button the bot sent earlier; `payload` is untrusted input."""

    payload: str


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float
    longitude: float


Action = Command | Button | Text | Location


@dataclass(frozen=True, slots=True)
class Event:
    who: Who
    where: Where
    what: Action


@dataclass(frozen=True, slots=True)
class ReplyButton:
    """A button that sends `payload` back when pressed, or a link.

    `url` opens a web address. `start` opens a private chat with the bot that begins with
    `/start <start>` where the platform has such links (Telegram's deep links, which only
    the adapter can build, since only it knows the bot's name); elsewhere the adapter shows
    the way there as best it can, and the text beside the button says it in words too.
    """

    label: str
    payload: str = ""
    url: str = ""
    start: str = ""

    def __post_init__(self) -> None:
        if len(self.payload.encode()) > MAX_PAYLOAD_BYTES:
            raise ValueError(f"button payload too long: {self.payload!r}")
        if len(self.start.encode()) > MAX_PAYLOAD_BYTES:
            raise ValueError(f"start code too long: {self.start!r}")
        if sum(map(bool, (self.payload, self.url, self.start))) != 1:
            raise ValueError(f"a button needs exactly one of payload, url or start: {self.label!r}")


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file that goes with a reply: a PNG chart or a JSON export."""

    filename: str
    data: bytes
    mime_type: str


@dataclass(frozen=True, slots=True)
class Tracked:
    """What the bot keeps of a group message that names members (a board, a closing
    summary): which challenge, which kind of message, the group's day it shows, and whom it
    names. An adapter that sends such a reply itself hands it back with the ids of the
    messages it made (`Conversation.posted`)."""

    challenge_id: int
    kind: str
    day: date
    named: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Reply:
    """One message for the user.

    `private` replies carry moods, predictions or reflections and must reach the
    user's direct messages, never a group. `edit` asks the adapter to replace the
    message whose button was pressed, so a card is updated in place where the
    platform allows and sent anew where it does not.
    """

    text: str
    title: str = ""
    buttons: tuple[tuple[ReplyButton, ...], ...] = ()
    attachment: Attachment | None = None
    private: bool = True
    edit: bool = False
    notice: str = field(default="", compare=False)
    """A short toast for the button press (Telegram's callback answer), if any."""
    takes_location: bool = False
    """The question also takes a shared location; a platform that can send one (Telegram)
    says so, the others do not offer what they cannot do."""
    erased: bool = False
    """The person's data was just erased: an adapter removes any copy it keeps of what it
    sent them (the console's saved exports and charts), so nothing they wrote is left."""
    tracked: Tracked | None = field(default=None, compare=False)
    """A group message that names members: once it is sent, the platform's ids of its
    messages are kept (`core.groups.posts`), so an erase can reach it later."""


def button_rows(*rows: list[tuple[str, str]]) -> tuple[tuple[ReplyButton, ...], ...]:
    """Build button rows from (label, payload) pairs, keeping call sites short."""
    return tuple(tuple(ReplyButton(label, payload) for label, payload in row) for row in rows)
