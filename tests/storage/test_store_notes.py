"""The Store contract for notes for the next person (every store: see conftest)."""

from __future__ import annotations

from datetime import timedelta

from core.peers.model import NoteStatus
from tests.storage.support import T0

APPROVED, HELD, HIDDEN = NoteStatus.APPROVED, NoteStatus.HELD, NoteStatus.HIDDEN


async def _people(store, count: int) -> list[int]:
    return [(await store.create_user("telegram", str(n), str(n), T0)).id for n in range(count)]


async def test_a_reader_gets_one_approved_note_never_their_own_or_one_they_reported(store):
    ana, ben, cy, dee = await _people(store, 4)
    older = await store.add_note(ana, "c1", "Go for it.", APPROVED, "", T0)
    newer = await store.add_note(ben, "c1", "They smiled.", APPROVED, "", T0 + timedelta(hours=1))
    await store.add_note(cy, "c1", "Call me", HELD, "contact", T0 + timedelta(hours=2))
    await store.add_note(cy, "c2", "Other card", APPROVED, "", T0)

    assert await store.note_for_card("c1", dee) == newer
    assert await store.note_for_card("c1", ben) == older, "never the reader's own"
    assert await store.report_note(newer.id, dee, T0) == 1
    assert await store.report_note(newer.id, dee, T0) == 1, "one report per person"
    assert await store.note_for_card("c1", dee) == older, "never one they reported"
    shown = await store.note_for_card("c1", cy)
    assert shown is not None and shown.id == older.id, "the least reported first"
    assert await store.note_for_card("c3", dee) is None


async def test_the_cards_with_an_approved_note_are_found_in_one_read(store):
    ana, ben = await _people(store, 2)
    await store.add_note(ana, "c1", "Go for it.", APPROVED, "", T0)
    await store.add_note(ben, "c2", "Call me", HELD, "contact", T0)
    await store.add_note(ben, "c3", "Rude words", HIDDEN, "reports", T0)
    assert await store.cards_with_notes({"c1", "c2", "c3", "c4"}) == {"c1"}
    assert await store.cards_with_notes(set()) == set()


async def test_status_changes_and_the_review_list(store):
    ana, ben, cy = await _people(store, 3)
    fine = await store.add_note(ana, "c1", "Go for it.", APPROVED, "", T0)
    held = await store.add_note(ana, "c1", "07700 900123", HELD, "contact", T0)
    assert await store.notes_to_review() == [held]
    assert await store.report_note(fine.id, ben, T0) == 1
    assert await store.report_note(fine.id, cy, T0) == 2
    assert await store.set_note_status(fine.id, HIDDEN, "reports")
    review = await store.notes_to_review()
    assert [(n.id, n.status, n.reports) for n in review] == [
        (fine.id, HIDDEN, 2),
        (held.id, HELD, 0),
    ]
    assert await store.set_note_status(held.id, APPROVED, "")
    assert not await store.set_note_status(9999, HIDDEN, "")
    assert await store.report_note(9999, ben, T0) == 0


async def test_erasing_a_writer_takes_their_notes_and_the_reports_on_them(store):
    ana, ben = await _people(store, 2)
    note = await store.add_note(ana, "c1", "Go for it.", APPROVED, "", T0)
    await store.report_note(note.id, ben, T0)
    await store.delete_user(ana)
    assert await store.note(note.id) is None
    assert await store.note_for_card("c1", ben) is None
    assert (await store.export_user(ben))["note_reports"] == []
