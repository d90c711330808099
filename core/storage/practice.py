"""Practice: the cards given and answered, reflections, rest days; and a user's own cards."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Protocol

from core.deck import Card
from core.model import Attempt, NewAttempt, Recent, Reflection


class Practice(Protocol):
    async def add_attempt(
        self, user_id: int, card_id: str, level: int, domain: str, local_date: date, now: datetime
    ) -> Attempt:
        """A card given for a local date, open until answered."""
        ...

    async def add_attempts(self, new: Sequence[NewAttempt], now: datetime) -> list[Attempt]:
        """Many at once (the morning fan-out), in one transaction; in no particular order."""
        ...

    async def attempt(self, attempt_id: int) -> Attempt | None: ...
    async def save_attempt(self, attempt: Attempt) -> None:
        """Every field but the owner; a deleted attempt stays deleted."""
        ...

    async def attempts(self, user_id: int, since: date | None = None) -> Sequence[Attempt]:
        """Oldest first; with `since`, only attempts on or after that local date."""
        ...

    async def add_reflection(
        self, user_id: int, attempt_id: int, prompt_id: str, text: str, now: datetime
    ) -> Reflection: ...
    async def reflections(self, user_id: int) -> Sequence[Reflection]:
        """Oldest first."""
        ...

    async def add_rest_day(self, user_id: int, local_date: date, now: datetime) -> bool:
        """False when the day already was a rest day: asking twice is not an error."""
        ...

    async def rest_days(self, user_id: int) -> Sequence[date]:
        """Oldest first."""
        ...

    async def recent(
        self, user_ids: Collection[int], since: date, given_since: date
    ) -> dict[int, Recent]:
        """Each user's attempts and rest days on or after `since`, the cards given on or
        after `given_since`, and own cards; a user with none may be missing."""
        ...


class OwnCards(Protocol):
    """A user's own cards, seen by nobody else. "Own cards" is the one word in the code; what
    is stored keeps its first names (the table `custom_cards`, ids "mine-<n>"), as does the
    /mycards command people know."""

    async def add_own_card(
        self, user_id: int, title: str, ask: str, level: int, domain: str, now: datetime
    ) -> Card: ...
    async def own_cards(self, user_id: int) -> Sequence[Card]:
        """Oldest first."""
        ...

    async def remove_own_card(self, user_id: int, card_id: str) -> bool:
        """False when the card is not the user's (or not there)."""
        ...
