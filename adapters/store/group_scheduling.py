"""Group schedules and deliveries: the tick's queries for shared challenges.

The same two guarantees as a user's (see `scheduling`): claiming moves a row's due time to a
lease (with `FOR UPDATE SKIP LOCKED` on PostgreSQL), and the delivery key (challenge, local
date, kind) lets exactly one caller send a group's card of a day. The queries are those of
`scheduling`, given this `Owner`; writes naming a challenge deleted meanwhile do nothing.
"""

from __future__ import annotations

from sqlalchemy import select

from adapters.store.scheduling import Owner
from adapters.store.schema import group_challenges, group_deliveries, group_schedules, groups
from core.groups.model import GroupDue

GROUPS: Owner[GroupDue] = Owner(
    table=group_challenges,
    schedules=group_schedules,
    deliveries=group_deliveries,
    key="challenge_id",
    on_platform=lambda platform: (
        select(group_challenges.c.id)
        .join(groups, groups.c.id == group_challenges.c.group_id)
        .where(
            group_challenges.c.id == group_schedules.c.challenge_id,
            groups.c.platform == platform,
        )
        .exists()
    ),
    due=GroupDue,
)
