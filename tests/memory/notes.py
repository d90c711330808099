"""Notes for the next person in memory (see `core.storage.notes`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

from core.peers.model import Note, NoteStatus
from tests.memory.tables import Tables, utc

NOTE_LENGTH = 400


class Notes:
    t: Tables

    def _counted(self, note: Note) -> Note:
        reports = sum(1 for number, _user in self.t.note_reports if number == note.id)
        return replace(note, reports=reports)

    async def add_note(
        self,
        user_id: int,
        card_id: str,
        text: str,
        status: NoteStatus,
        reason: str,
        now: datetime,
    ) -> Note:
        number = self.t.next_id("notes")
        note = Note(number, user_id, card_id, text[:NOTE_LENGTH], utc(now), status, reason)
        if user_id in self.t.users:
            self.t.notes[number] = note
        return note

    async def note(self, note_id: int) -> Note | None:
        note = self.t.notes.get(note_id)
        return None if note is None else self._counted(note)

    async def note_for_card(self, card_id: str, reader_id: int) -> Note | None:
        reported = {number for number, user in self.t.note_reports if user == reader_id}
        fitting = [
            self._counted(n)
            for n in self.t.notes.values()
            if n.card_id == card_id
            and n.status is NoteStatus.APPROVED
            and n.user_id != reader_id
            and n.id not in reported
        ]
        fitting.sort(key=lambda n: (n.reports, -n.created_at.timestamp(), -n.id))
        return fitting[0] if fitting else None

    async def cards_with_notes(self, card_ids: Collection[str]) -> set[str]:
        wanted = set(card_ids)
        return {
            n.card_id
            for n in self.t.notes.values()
            if n.card_id in wanted and n.status is NoteStatus.APPROVED
        }

    async def report_note(self, note_id: int, reporter_id: int, now: datetime) -> int:
        if note_id not in self.t.notes:
            return 0
        if reporter_id in self.t.users:
            self.t.note_reports.setdefault((note_id, reporter_id), utc(now))
        return sum(1 for number, _user in self.t.note_reports if number == note_id)

    async def set_note_status(self, note_id: int, status: NoteStatus, reason: str) -> bool:
        note = self.t.notes.get(note_id)
        if note is None:
            return False
        self.t.notes[note_id] = replace(note, status=status, reason=reason)
        return True

    async def notes_to_review(self) -> list[Note]:
        counted = [self._counted(n) for n in self.t.notes.values()]
        waiting = [n for n in counted if n.status is not NoteStatus.APPROVED or n.reports]
        return sorted(waiting, key=lambda n: (n.created_at, n.id))


def forget_notes(t: Tables, user_id: int) -> None:
    """The erasure's share: the user's notes (with every report on them) and reports."""
    gone = {n for n, note in t.notes.items() if note.user_id == user_id}
    t.notes = {n: note for n, note in t.notes.items() if n not in gone}
    t.note_reports = {
        key: at for key, at in t.note_reports.items() if key[0] not in gone and key[1] != user_id
    }


def note_rows(t: Tables, user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        "notes": [
            {k: v for k, v in asdict(n).items() if k != "reports"} | {"status": n.status.value}
            for _n, n in sorted(t.notes.items())
            if n.user_id == user_id
        ],
        "note_reports": [
            {"note_id": number, "user_id": user, "created_at": at}
            for (number, user), at in sorted(t.note_reports.items())
            if user == user_id
        ],
    }
