"""The records of shared challenges in groups, as plain frozen values.

A group is a chat (a Telegram group, a Discord channel) the bot was used in; it holds at
most one challenge at a time that is being set up or running. Members are people who
joined with their own account, so everything a member records stays theirs: the
membership row carries their `user_id`, which is how export and deletion find it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum


class Appearance(StrEnum):
    """How a member appears on the board; each member chooses it privately."""

    NAME = "name"
    ALIAS = "alias"
    HIDDEN = "hidden"
    """Counted in the totals, never named; the board says only how many chose this."""


class ChallengeStatus(StrEnum):
    DRAFT = "draft"
    """An admin is choosing the length, start, time and zone; nothing is announced yet."""
    RUNNING = "running"
    """Announced: open to join, and from its first day a card goes to the group each day."""
    ENDED = "ended"
    """Completed or stopped early; kept for the members' summaries and late records."""


@dataclass(frozen=True, slots=True)
class Group:
    id: int
    platform: str
    chat_id: str
    title: str
    created_at: datetime
    board_posted_at: datetime | None = None
    """When /board was last answered in the group itself (it is shown privately in between)."""


@dataclass(frozen=True, slots=True)
class GroupChallenge:
    id: int
    group_id: int
    days: int
    start_date: date
    timezone: str
    delivery_time: time
    status: ChallengeStatus
    created_at: datetime
    ended_at: datetime | None = None
    join_code: str = ""
    """A short unguessable code in the join link, so only someone who saw the group's
    message can join from a private chat; the store makes one for a new challenge."""
    goal: int | None = None
    """A cooperative target: attempts made together over the challenge (None: no goal)."""
    domains: tuple[str, ...] = ()
    """The kinds of asks the group practises (deck domains); empty: every kind."""
    goal_reached_on: date | None = None
    """The group's day the goal was celebrated in the group, so it is celebrated once."""


@dataclass(frozen=True, slots=True)
class Member:
    challenge_id: int
    user_id: int
    display_name: str
    joined_at: datetime
    active: bool = True
    """False while the person is still setting up with the bot; they join when done."""
    share_outcomes: bool = False
    """Whether the group may see this member's answers (yes, no …), not only that they tried."""
    appearance: Appearance = Appearance.HIDDEN
    """New members are counted, not named, until they choose otherwise (/groups). Members
    who joined before there was a choice were shown by name, and stay so (migration 0005)."""
    alias: str = ""
    """The name shown when `appearance` is ALIAS; screened before it is kept."""


@dataclass(frozen=True, slots=True)
class GroupDue:
    """A group schedule row whose time has come, claimed by a lease like a user's `Due`."""

    challenge_id: int
    kind: str
    due_at: datetime


class PostKind(StrEnum):
    """The group messages that name members, which an erase has to reach."""

    BOARD = "board"
    """/board answered in the group itself."""
    WEEKLY = "weekly"
    """The board the tick posts on the evening of each seventh day."""
    CLOSING = "closing"
    """The closing summary of a challenge that ran its course (its longest streaks)."""
    STOPPED = "stopped"
    """The closing summary of a challenge an admin stopped early."""


@dataclass(frozen=True, slots=True)
class GroupPost:
    """A group message the bot sent that names members, kept by its platform ids so it can
    be composed again without a member who erased their data (`core.groups.posts`)."""

    id: int
    challenge_id: int
    kind: PostKind
    day: date
    """The group's day the message shows (it is composed again as of that day)."""
    message_ids: tuple[str, ...]
    redo: int = 0
    """How many erases reached it since it was last redone; 0: nothing to redo."""
