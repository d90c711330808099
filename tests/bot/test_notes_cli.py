"""`askanyway notes`: the operator lists held and reported notes (never who wrote them),
approves one and hides another."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from adapters.store.sql_store import SqlStore
from bot.notes_cli import notes_command
from core.peers.model import NoteStatus
from tests.fakes.chat import migrated_sqlite
from tests.storage.support import T0


async def test_the_operator_reviews_held_and_reported_notes(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    url = await migrated_sqlite(tmp_path, tmp_path_factory.getbasetemp() / "t" / "a.db")
    store = SqlStore.from_url(url)
    try:
        ana = await store.create_user("telegram", "1", "1", T0)
        ben = await store.create_user("telegram", "2", "2", T0)
        held = await store.add_note(ana.id, "c1", "Ask for Tom", NoteStatus.HELD, "name", T0)
        shown = await store.add_note(ana.id, "c2", "Go for it.", NoteStatus.APPROVED, "", T0)
        quiet = await store.add_note(ana.id, "c3", "Nice.", NoteStatus.APPROVED, "", T0)
        await store.report_note(shown.id, ben.id, T0)
    finally:
        await store.close()

    out = io.StringIO()
    assert await notes_command(url, "list", None, out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == f"{held.id}\tc1\theld\tname\t0 reports\tAsk for Tom"
    assert lines[1] == f"{shown.id}\tc2\tapproved\t-\t1 reports\tGo for it."
    assert lines[-1] == "2 notes to review" and "Nice." not in out.getvalue()
    assert all(len(line.split("\t")) == 6 for line in lines[:2]), "no column names the writer"

    assert await notes_command(url, "approve", held.id, io.StringIO()) == 0
    assert await notes_command(url, "hide", shown.id, io.StringIO()) == 0
    missing = io.StringIO()
    assert (
        await notes_command(url, "hide", 999, missing) == 1 and "no note 999" in missing.getvalue()
    )
    store = SqlStore.from_url(url)
    try:
        assert (await store.note(held.id)).status is NoteStatus.APPROVED  # type: ignore[union-attr]
        assert (await store.note(shown.id)).status is NoteStatus.HIDDEN  # type: ignore[union-attr]
        assert (await store.note(quiet.id)).status is NoteStatus.APPROVED  # type: ignore[union-attr]
        assert await store.note_for_card("c1", ben.id) is not None
        assert await store.note_for_card("c2", ben.id) is None
    finally:
        await store.close()
