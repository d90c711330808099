"""Groups in memory: groups, their challenges and members, attempts at a group's card."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from core.deck import Card
from core.groups.model import ChallengeStatus, Group, GroupChallenge, GroupDue, Member
from core.model import Attempt
from tests.memory.posts import forget_challenge_posts
from tests.memory.scheduling import OwnerSchedules
from tests.memory.tables import Tables, utc

TITLE_LENGTH = 128
NAME_LENGTH = 64
JOIN_CODE_LENGTH = 10


class Groups:
    t: Tables
    group_schedules: OwnerSchedules[GroupDue]

    async def ensure_group(self, platform: str, chat_id: str, title: str, now: datetime) -> Group:
        title = title.strip()[:TITLE_LENGTH]
        found = await self.group_by_chat(platform, chat_id)
        if found is not None:
            if title and title != found.title:
                found = replace(found, title=title)
                self.t.groups[found.id] = found
            return found
        group = Group(self.t.next_id("groups"), platform, chat_id, title, utc(now))
        self.t.groups[group.id] = group
        return group

    async def group(self, group_id: int) -> Group | None:
        return self.t.groups.get(group_id)

    async def group_by_chat(self, platform: str, chat_id: str) -> Group | None:
        return next(
            (g for g in self.t.groups.values() if (g.platform, g.chat_id) == (platform, chat_id)),
            None,
        )

    async def save_group(self, group: Group) -> None:
        stored = self.t.groups.get(group.id)
        if stored is not None:
            posted = None if group.board_posted_at is None else utc(group.board_posted_at)
            self.t.groups[group.id] = replace(
                stored, title=group.title[:TITLE_LENGTH], board_posted_at=posted
            )

    async def delete_group(self, group_id: int) -> None:
        owned = {c.id for c in self.t.challenges.values() if c.group_id == group_id}
        for number, attempt in list(self.t.attempts.items()):
            if attempt.challenge_id in owned:
                self.t.attempts[number] = replace(attempt, challenge_id=None)
        for challenge_id in owned:
            self.group_schedules.forget(challenge_id)
            del self.t.challenges[challenge_id]
        self.t.members = {k: m for k, m in self.t.members.items() if k[0] not in owned}
        forget_challenge_posts(self.t, owned)
        self.t.groups.pop(group_id, None)

    async def add_group_challenge(self, challenge: GroupChallenge) -> GroupChallenge:
        code = challenge.join_code or secrets.token_urlsafe(9)[:JOIN_CODE_LENGTH]
        made = replace(_stored(challenge), id=self.t.next_id("group_challenges"), join_code=code)
        self.t.challenges[made.id] = made
        return made

    async def group_challenge(self, challenge_id: int) -> GroupChallenge | None:
        return self.t.challenges.get(challenge_id)

    async def current_challenge(self, group_id: int) -> GroupChallenge | None:
        live = [
            c
            for c in self.t.challenges.values()
            if c.group_id == group_id and c.status is not ChallengeStatus.ENDED
        ]
        return max(live, key=lambda c: c.id, default=None)

    async def save_group_challenge(self, challenge: GroupChallenge) -> None:
        stored = self.t.challenges.get(challenge.id)
        if stored is not None:
            self.t.challenges[challenge.id] = replace(_stored(challenge), group_id=stored.group_id)

    async def add_member(self, member: Member) -> bool:
        key = (member.challenge_id, member.user_id)
        if key in self.t.members:
            return False
        self.t.members[key] = _member(member)
        return True

    async def save_member(self, member: Member) -> None:
        key = (member.challenge_id, member.user_id)
        if key in self.t.members:
            self.t.members[key] = _member(member)

    async def remove_member(self, challenge_id: int, user_id: int) -> bool:
        return self.t.members.pop((challenge_id, user_id), None) is not None

    async def member(self, challenge_id: int, user_id: int) -> Member | None:
        return self.t.members.get((challenge_id, user_id))

    async def members(self, challenge_id: int) -> Sequence[Member]:
        mine = (m for (c, _u), m in self.t.members.items() if c == challenge_id)
        return sorted(mine, key=lambda m: (m.joined_at, m.user_id))

    async def memberships(self, user_id: int) -> Sequence[Member]:
        return [m for (c, u), m in sorted(self.t.members.items()) if u == user_id]

    async def add_challenge_attempt(
        self, user_id: int, challenge_id: int, card: Card, local_date: date, now: datetime
    ) -> Attempt:
        """Made once per (user, challenge, date); LookupError for a user who is gone."""
        if user_id not in self.t.users:
            raise LookupError(f"no user {user_id}")
        for attempt in self.t.attempts.values():
            if (attempt.user_id, attempt.challenge_id, attempt.local_date) == (
                user_id,
                challenge_id,
                local_date,
            ):
                return attempt
        made = Attempt(
            id=self.t.next_id("attempts"),
            user_id=user_id,
            card_id=card.id,
            level=card.level,
            domain=card.domain,
            local_date=local_date,
            created_at=utc(now),
            challenge_id=challenge_id,
        )
        self.t.attempts[made.id] = made
        return made

    async def challenge_attempts(self, challenge_id: int) -> Sequence[Attempt]:
        mine = (a for a in self.t.attempts.values() if a.challenge_id == challenge_id)
        return sorted(mine, key=lambda a: (a.local_date, a.id))

    async def group_cards(self, challenge_id: int) -> dict[date, str]:
        return {
            key[2]: row["card_id"]
            for key, row in self.t.group_schedule.deliveries.items()
            if key[0] == challenge_id and row.get("card_id") is not None
        }


def _stored(challenge: GroupChallenge) -> GroupChallenge:
    ended = None if challenge.ended_at is None else utc(challenge.ended_at)
    return replace(challenge, created_at=utc(challenge.created_at), ended_at=ended)


def _member(member: Member) -> Member:
    return replace(member, display_name=member.display_name[:NAME_LENGTH])
