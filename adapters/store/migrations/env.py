"""Alembic's entry point: runs the migrations on the connection `migrate.upgrade` lends it.

`migrate.upgrade` opens the connection itself (with the store's SQLite settings and, on
PostgreSQL, a lock so two starting processes do not migrate at once) and passes it in
`config.attributes["connection"]`. The `alembic` command line also works, for writing new
revisions: `alembic -c adapters/store/alembic.ini -x url=sqlite+aiosqlite:///var/dev.db
revision --autogenerate --rev-id 0002 -m "what changes"`.
"""

from __future__ import annotations

import asyncio
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

from adapters.store.database import create_engine
from adapters.store.schema import metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def _render_item(kind: str, item: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Writes the store's own column types as the plain types they store.

    A revision then never imports application code, which may change after it is written.
    """
    if kind == "type" and isinstance(item, TypeDecorator):
        return f"sa.{item.impl_instance!r}"
    return False


def _url() -> str:
    config = context.config
    url = (
        config.attributes.get("url")
        or context.get_x_argument(as_dictionary=True).get("url")
        or config.get_main_option("sqlalchemy.url")
    )
    if not url:
        raise RuntimeError("no database URL: pass -x url=... to alembic")
    return str(url)


async def _run_online() -> None:
    engine = create_engine(_url())
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure_and_run)
            await connection.commit()
    finally:
        await engine.dispose()


def _run_offline() -> None:
    context.configure(
        url=_url(),
        target_metadata=metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    lent = context.config.attributes.get("connection")
    if context.is_offline_mode():
        _run_offline()
    elif lent is not None:
        _configure_and_run(lent)
    else:
        asyncio.run(_run_online())


_main()
