"""Plans: a user's personal ladder, and what the optional language model was sent and
returned for them (with their consent to it).

Everything here has the user's id, so it is part of their export and their erasure.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Protocol

from core.advisor.plan import Plan


class Plans(Protocol):
    async def plan(self, user_id: int) -> Plan | None: ...
    async def plans(self, user_ids: Collection[int]) -> dict[int, Plan]:
        """The plans of those among `user_ids` who have one (the morning batch's one read)."""
        ...

    async def save_plan(self, plan: Plan) -> None:
        """Replaces the user's plan; saving for a user deleted meanwhile does nothing."""
        ...

    async def remove_plan(self, user_id: int) -> bool:
        """False when there was none."""
        ...


class AdvisorRecords(Protocol):
    async def advisor_consent(self, user_id: int) -> str | None:
        """The host the user agreed to send their words to; None: no consent (or withdrawn)."""
        ...

    async def set_advisor_consent(self, user_id: int, host: str | None, now: datetime) -> None:
        """Agree (a host) or withdraw (None)."""
        ...

    async def add_advisor_exchange(
        self, user_id: int, purpose: str, sent: str, received: str, now: datetime
    ) -> None:
        """What was sent to the model and what came back, kept for the user's export only."""
        ...
