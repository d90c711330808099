"""`askanyway notes`: the operator reads held and reported notes and decides.

`list` prints each note waiting for review (id, card, status, why, reports, text), never
who wrote it; `approve ID` lets a note be shown; `hide ID` keeps it from everyone.
"""

from __future__ import annotations

from typing import TextIO

from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from core.peers.model import NoteStatus
from core.peers.notes import Reason


async def notes_command(url: str, action: str, note_id: int | None, out: TextIO) -> int:
    """Brings the database up to date first, as `run` does, so the notes table is there."""
    await upgrade(url)
    store = SqlStore.from_url(url)
    try:
        if action == "list":
            waiting = await store.notes_to_review()
            for note in waiting:
                why = note.reason or "-"
                print(
                    f"{note.id}\t{note.card_id}\t{note.status.value}\t{why}\t"
                    f"{note.reports} reports\t{note.text}",
                    file=out,
                )
            print(f"{len(waiting)} notes to review", file=out)
            return 0
        if note_id is None:
            print("a note id is needed", file=out)
            return 2
        status = NoteStatus.APPROVED if action == "approve" else NoteStatus.HIDDEN
        reason = "" if status is NoteStatus.APPROVED else Reason.OPERATOR.value
        if not await store.set_note_status(note_id, status, reason):
            print(f"no note {note_id}", file=out)
            return 1
        print(f"note {note_id}: {status.value}", file=out)
        return 0
    finally:
        await store.close()
