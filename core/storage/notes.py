"""Notes for the next person: written by one user, shown anonymously to others who get the
same card, reported by readers, reviewed by the operator.

A note and a report carry their writer's user id, so both are part of that person's export
and erasure; erasing a writer takes their notes (and the reports on them) away.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Protocol

from core.peers.model import Note, NoteStatus


class Notes(Protocol):
    async def add_note(
        self,
        user_id: int,
        card_id: str,
        text: str,
        status: NoteStatus,
        reason: str,
        now: datetime,
    ) -> Note: ...

    async def note(self, note_id: int) -> Note | None: ...

    async def note_for_card(self, card_id: str, reader_id: int) -> Note | None:
        """One approved note on the card, not the reader's own and not one they reported:
        the one fewest people reported, then the newest."""
        ...

    async def cards_with_notes(self, card_ids: Collection[str]) -> set[str]:
        """Which of the cards have an approved note: the morning batch asks once, so a
        card nobody wrote about costs no read per reader."""
        ...

    async def report_note(self, note_id: int, reporter_id: int, now: datetime) -> int:
        """Records the report (once per person); how many different people reported it."""
        ...

    async def set_note_status(self, note_id: int, status: NoteStatus, reason: str) -> bool:
        """False when there is no such note."""
        ...

    async def notes_to_review(self) -> list[Note]:
        """Held notes and every note someone reported, oldest first, for the operator."""
        ...
