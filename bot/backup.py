"""`askanyway db backup PATH`: a consistent copy of the SQLite database, safe while the bot runs.

It uses SQLite's online backup API (`sqlite3.Connection.backup`), which copies the pages
of one consistent snapshot, committed writes still in the WAL file included, while the
bot keeps reading and writing; a plain `cp` of a live database can catch it halfway
through a write and misses the WAL. The copy is checked (`PRAGMA integrity_check`) and
only then moved to PATH, so PATH is either a good backup or absent. Restoring is copying
the file back while the bot is stopped (docs/deploy.md).

PostgreSQL has its own tool for this; the command prints the `pg_dump` line to use.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import URL, make_url


class BackupError(Exception):
    """Why no backup was written, in one line for the operator."""


def pg_dump_line(database_url: str) -> str:
    """The pg_dump command for a PostgreSQL DATABASE_URL (the password left out: use
    ~/.pgpass or PGPASSWORD rather than a command line others can read)."""
    given = make_url(database_url)
    url = URL.create(
        "postgresql", given.username, None, given.host, given.port, given.database, given.query
    )
    return f'pg_dump --format=custom --file=PATH "{url.render_as_string(hide_password=True)}"'


def backup(database_url: str, target: Path) -> Path:
    """Copy the SQLite database at `database_url` to `target`; returns the path written."""
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        line = pg_dump_line(database_url)
        raise BackupError(f"this is PostgreSQL: back it up with its own tool, e.g.\n  {line}")
    source = Path(url.database or "")
    if not source.is_file():
        raise BackupError(f"no SQLite database at {source}")
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new name (nothing was overwritten)")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _copy(source: Path, partial: Path) -> None:
    with (
        _closing(sqlite3.connect(source, timeout=30)) as live,
        _closing(sqlite3.connect(partial)) as copy,
    ):
        live.backup(copy, pages=1024)  # in steps, so the bot's writes are never held long
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
        if verdict != "ok":
            raise BackupError(f"the copy failed its integrity check ({verdict}); nothing written")


class _closing:
    """sqlite3's own context manager commits but never closes; this closes."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> sqlite3.Connection:
        return self.connection

    def __exit__(self, *exc_info: object) -> None:
        self.connection.close()
