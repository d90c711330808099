"""Translation between the group tables' rows and the core group records."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from sqlalchemy import RowMapping

from core.groups.model import Appearance, ChallengeStatus, Group, GroupChallenge, Member


def group_from_row(row: RowMapping) -> Group:
    return Group(
        id=row["id"],
        platform=row["platform"],
        chat_id=row["chat_id"],
        title=row["title"],
        created_at=row["created_at"],
        board_posted_at=row["board_posted_at"],
    )


def challenge_from_row(row: RowMapping) -> GroupChallenge:
    return GroupChallenge(
        id=row["id"],
        group_id=row["group_id"],
        days=row["days"],
        start_date=row["start_date"],
        timezone=row["timezone"],
        delivery_time=row["delivery_time"],
        status=ChallengeStatus(row["status"]),
        created_at=row["created_at"],
        ended_at=row["ended_at"],
        join_code=row["join_code"],
        goal=row["goal"],
        domains=tuple(row["domains"] or ()),
        goal_reached_on=row["goal_reached_on"],
    )


def challenge_values(challenge: GroupChallenge) -> dict[str, Any]:
    """Column values for every field but the id, which the database owns."""
    values = asdict(challenge)
    del values["id"]
    values["status"] = ChallengeStatus(challenge.status).value
    values["domains"] = list(challenge.domains)
    return values


def member_from_row(row: RowMapping) -> Member:
    return Member(
        challenge_id=row["challenge_id"],
        user_id=row["user_id"],
        display_name=row["display_name"],
        joined_at=row["joined_at"],
        active=bool(row["active"]),
        share_outcomes=bool(row["share_outcomes"]),
        appearance=Appearance(row["appearance"] or Appearance.NAME),
        alias=row["alias"] or "",
    )


def member_values(member: Member) -> dict[str, Any]:
    values = asdict(member)
    values["appearance"] = Appearance(member.appearance).value
    return values
