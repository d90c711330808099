"""Scratch databases the benchmarks fill and empty, and the guard that keeps them off
a real one.

The bench seeds a million users, so it drops and recreates every table of the database
it measures. It therefore works only on an empty database or one it filled itself (every
user on the `bench` platform), and says no to anything else, whatever URL it is given.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import Connection, MetaData, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from adapters.store.database import create_engine, database_kind
from adapters.store.migrate import upgrade
from adapters.store.schema import users

PLATFORM = "bench"
DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/askanyway_bench"
_CONNECT_SECONDS = 3.0


class NotForTheBench(Exception):
    """The database cannot be used: unreachable, or it holds someone's data."""


def describe(url: str) -> str:
    parsed = make_url(url)
    if database_kind(url) == "sqlite":
        return f"SQLite ({parsed.database})"
    return f"PostgreSQL ({parsed.host}:{parsed.port or 5432}/{parsed.database})"


async def prepare(url: str) -> None:
    """Make `url` an empty, migrated database, or raise NotForTheBench saying why not."""
    if database_kind(url) == "postgresql":
        await _reach_postgres(url)
    elif Path(make_url(url).database or "").exists():  # noqa: ASYNC240 - one stat, at start
        await _refuse_real_users(url)
    await wipe(url)


async def wipe(url: str) -> None:
    """Drop every table and migrate again: the state a fresh install starts from."""
    await _refuse_real_users(url)
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_drop_all_tables)
    finally:
        await engine.dispose()
    await upgrade(url)


async def analyze(url: str) -> None:
    """Refresh the planner's statistics on PostgreSQL, as autovacuum would after a bulk load.

    SQLite is left alone: the bot never runs ANALYZE there, so neither does the bench.
    """
    if database_kind(url) != "postgresql":
        return
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.execute(text("ANALYZE"))
            await connection.commit()
    finally:
        await engine.dispose()


async def _reach_postgres(url: str) -> None:
    try:
        await _ping(url)
    except Exception as error:
        if url != DEFAULT_POSTGRES or "does not exist" not in str(error):
            raise NotForTheBench(f"not reachable ({type(error).__name__}: {error})") from None
        await _create_database(url)


async def _ping(url: str) -> None:
    engine = create_async_engine(url, connect_args={"timeout": _CONNECT_SECONDS})
    try:
        async with asyncio.timeout(_CONNECT_SECONDS + 1), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    finally:
        await engine.dispose()


async def _create_database(url: str) -> None:
    parsed = make_url(url)
    server = parsed.set(database="postgres").render_as_string(hide_password=False)
    engine = create_async_engine(server, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    except Exception as error:
        raise NotForTheBench(f"could not create it ({type(error).__name__}: {error})") from None
    finally:
        await engine.dispose()


async def _refuse_real_users(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            if not await connection.run_sync(lambda sync: inspect(sync).has_table("users")):
                return
            query = select(func.count()).select_from(users).where(users.c.platform != PLATFORM)
            others = await connection.scalar(query)
    finally:
        await engine.dispose()
    if others:
        raise NotForTheBench(
            f"it holds {others} real users; the bench empties the database it measures, "
            "so give it an empty one"
        )


def _drop_all_tables(connection: Connection) -> None:
    existing = MetaData()
    existing.reflect(connection)
    existing.drop_all(connection)
