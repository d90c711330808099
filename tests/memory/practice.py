"""Practice in memory: attempts, reflections, rest days, a user's own cards, recent practice."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date, datetime

from core.deck import OWN_CARD_PREFIX, Card
from core.model import Attempt, NewAttempt, Recent, Reflection
from tests.memory.tables import Tables, utc


class Practice:
    t: Tables

    async def add_attempt(
        self, user_id: int, card_id: str, level: int, domain: str, local_date: date, now: datetime
    ) -> Attempt:
        return (
            await self.add_attempts([NewAttempt(user_id, card_id, level, domain, local_date)], now)
        )[0]

    async def add_attempts(self, new: Sequence[NewAttempt], now: datetime) -> list[Attempt]:
        made = []
        for one in new:
            if one.user_id not in self.t.users:
                raise LookupError(f"no user {one.user_id}")  # SQL: a foreign key error
            attempt = Attempt(
                id=self.t.next_id("attempts"),
                user_id=one.user_id,
                card_id=one.card_id,
                level=one.level,
                domain=one.domain,
                local_date=one.local_date,
                created_at=utc(now),
                morning=one.morning,
            )
            self.t.attempts[attempt.id] = attempt
            made.append(attempt)
        return made

    async def attempt(self, attempt_id: int) -> Attempt | None:
        return self.t.attempts.get(attempt_id)

    async def save_attempt(self, attempt: Attempt) -> None:
        """Every field but the owner; a deleted attempt stays deleted."""
        stored = self.t.attempts.get(attempt.id)
        if stored is not None:
            recorded = None if attempt.recorded_at is None else utc(attempt.recorded_at)
            self.t.attempts[attempt.id] = replace(
                attempt, user_id=stored.user_id, recorded_at=recorded
            )

    async def attempts(self, user_id: int, since: date | None = None) -> Sequence[Attempt]:
        """Oldest first; with `since`, only attempts on or after that local date."""
        return sorted(
            (
                a
                for a in self.t.attempts.values()
                if a.user_id == user_id and (since is None or a.local_date >= since)
            ),
            key=lambda a: (a.local_date, a.id),
        )

    async def add_reflection(
        self, user_id: int, attempt_id: int, prompt_id: str, text: str, now: datetime
    ) -> Reflection:
        number = self.t.next_id("reflections")
        reflection = Reflection(number, user_id, attempt_id, prompt_id, text, utc(now))
        self.t.reflections[number] = reflection
        return reflection

    async def reflections(self, user_id: int) -> Sequence[Reflection]:
        mine = (r for r in self.t.reflections.values() if r.user_id == user_id)
        return sorted(mine, key=lambda r: (r.created_at, r.id))

    async def add_rest_day(self, user_id: int, local_date: date, now: datetime) -> bool:
        if (user_id, local_date) in self.t.rest_days or user_id not in self.t.users:
            return False
        self.t.rest_days[user_id, local_date] = utc(now)
        return True

    async def rest_days(self, user_id: int) -> Sequence[date]:
        return sorted(day for owner, day in self.t.rest_days if owner == user_id)

    async def recent(
        self, user_ids: Collection[int], since: date, given_since: date
    ) -> dict[int, Recent]:
        wanted = set(user_ids)
        tried: dict[int, list[Attempt]] = defaultdict(list)
        given: dict[int, list[tuple[date, str]]] = defaultdict(list)
        rested: dict[int, set[date]] = defaultdict(set)
        own: dict[int, list[Card]] = defaultdict(list)
        for a in sorted(self.t.attempts.values(), key=lambda a: (a.local_date, a.id)):
            if a.user_id in wanted and a.local_date >= since:
                tried[a.user_id].append(a)
            if a.user_id in wanted and a.local_date >= given_since:
                given[a.user_id].append((a.local_date, a.card_id))
        for owner, day in self.t.rest_days:
            if owner in wanted and day >= since:
                rested[owner].add(day)
        for _number, (card, _at) in sorted(self.t.own_cards.items()):
            if card.owner_id in wanted:
                own[card.owner_id].append(card)
        return {
            user_id: Recent(
                attempts=tuple(tried[user_id]),
                cards_given=tuple(given[user_id]),
                rest_days=frozenset(rested[user_id]),
                own_cards=tuple(own[user_id]),
            )
            for user_id in tried.keys() | given.keys() | rested.keys() | own.keys()
        }

    async def add_own_card(
        self, user_id: int, title: str, ask: str, level: int, domain: str, now: datetime
    ) -> Card:
        number = self.t.next_id("custom_cards")
        card = Card(
            id=f"{OWN_CARD_PREFIX}{number}",
            title=title,
            ask=ask,
            level=level,
            domain=domain,
            why="",
            owner_id=user_id,
        )
        self.t.own_cards[number] = (card, utc(now))
        return card

    async def own_cards(self, user_id: int) -> Sequence[Card]:
        return [
            card for _n, (card, _at) in sorted(self.t.own_cards.items()) if card.owner_id == user_id
        ]

    async def remove_own_card(self, user_id: int, card_id: str) -> bool:
        number = card_id.removeprefix(OWN_CARD_PREFIX)
        if not card_id.startswith(OWN_CARD_PREFIX) or not number.isdigit() or len(number) > 12:
            return False
        found = self.t.own_cards.get(int(number))
        if found is None or found[0].owner_id != user_id:
            return False
        del self.t.own_cards[int(number)]
        return True
