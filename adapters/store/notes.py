"""The `Notes` port over SQL (see `core.storage.notes`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import RowMapping, func, select, update

from adapters.store.database import insert_for
from adapters.store.notes_schema import NOTE_LENGTH, note_reports, notes
from adapters.store.schema import users
from adapters.store.transactions import Transactions
from core.peers.model import Note, NoteStatus

_REPORTS = (
    select(func.count())
    .select_from(note_reports)
    .where(note_reports.c.note_id == notes.c.id)
    .scalar_subquery()
    .label("reports")
)


def _note(row: RowMapping) -> Note:
    return Note(
        id=row["id"],
        user_id=row["user_id"],
        card_id=row["card_id"],
        text=row["text"],
        created_at=row["created_at"],
        status=NoteStatus(row["status"]),
        reason=row["reason"],
        reports=row["reports"],
    )


class SqlNotes(Transactions):
    async def add_note(
        self,
        user_id: int,
        card_id: str,
        text: str,
        status: NoteStatus,
        reason: str,
        now: datetime,
    ) -> Note:
        values = {
            "user_id": user_id,
            "card_id": card_id,
            "text": text[:NOTE_LENGTH],
            "created_at": now,
            "status": NoteStatus(status).value,
            "reason": reason,
        }
        async with self._writing() as connection:
            result = await connection.execute(notes.insert().values(**values).returning(notes.c.id))
            number = result.scalar_one()
        return Note(number, user_id, card_id, text[:NOTE_LENGTH], now, status, reason)

    async def note(self, note_id: int) -> Note | None:
        async with self._reading() as connection:
            query = select(notes, _REPORTS).where(notes.c.id == note_id)
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else _note(row)

    async def note_for_card(self, card_id: str, reader_id: int) -> Note | None:
        reported = select(note_reports.c.note_id).where(note_reports.c.user_id == reader_id)
        query = (
            select(notes, _REPORTS)
            .where(
                notes.c.card_id == card_id,
                notes.c.status == NoteStatus.APPROVED.value,
                notes.c.user_id != reader_id,
                notes.c.id.not_in(reported),
            )
            .order_by(_REPORTS, notes.c.created_at.desc(), notes.c.id.desc())
            .limit(1)
        )
        async with self._reading() as connection:
            row = (await connection.execute(query)).mappings().first()
        return None if row is None else _note(row)

    async def cards_with_notes(self, card_ids: Collection[str]) -> set[str]:
        if not card_ids:
            return set()
        query = (
            select(notes.c.card_id)
            .where(notes.c.card_id.in_(sorted(card_ids)))
            .where(notes.c.status == NoteStatus.APPROVED.value)
            .distinct()
        )
        async with self._reading() as connection:
            return {str(card) for card in (await connection.execute(query)).scalars()}

    async def report_note(self, note_id: int, reporter_id: int, now: datetime) -> int:
        async with self._writing() as connection:
            known = select(notes.c.id).where(notes.c.id == note_id)
            person = select(users.c.id).where(users.c.id == reporter_id)
            if (await connection.execute(known)).first() is None:
                return 0
            if (await connection.execute(person)).first() is not None:
                insert = insert_for(connection, note_reports).values(
                    note_id=note_id, user_id=reporter_id, created_at=now
                )
                await connection.execute(insert.on_conflict_do_nothing())
            count = select(func.count()).where(note_reports.c.note_id == note_id)
            return int((await connection.execute(count)).scalar_one())

    async def set_note_status(self, note_id: int, status: NoteStatus, reason: str) -> bool:
        async with self._writing() as connection:
            result = await connection.execute(
                update(notes)
                .where(notes.c.id == note_id)
                .values(status=NoteStatus(status).value, reason=reason)
            )
            return bool(result.rowcount)

    async def notes_to_review(self) -> list[Note]:
        query = (
            select(notes, _REPORTS)
            .where((notes.c.status != NoteStatus.APPROVED.value) | (_REPORTS > 0))
            .order_by(notes.c.created_at, notes.c.id)
        )
        async with self._reading() as connection:
            rows = (await connection.execute(query)).mappings().all()
        return [_note(row) for row in rows]
