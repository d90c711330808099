"""Filling a database with many onboarded users at once, for benchmarks and load tests.

Going through the store would cost a transaction (and on SQLite an fsync) per user: a
million users would take hours. Here the database generates the rows itself, one
`INSERT ... SELECT` over a number series per table (`generate_series` on PostgreSQL, a
recursive CTE on SQLite). Every user column takes the model's value for an onboarded
user, bound with the column's own type, so a column added to the schema later is filled
too (from the model) instead of breaking the seeding.

`seed` is the entry point benchmarks and load tests use: one call, one transaction, on a
migrated database named by its URL. The row builders below it take a connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    ColumnElement,
    Date,
    FromClause,
    Integer,
    String,
    case,
    cast,
    func,
    insert,
    literal,
    select,
    text,
    type_coerce,
    update,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from adapters.store.column_types import UtcDateTime
from adapters.store.database import create_engine
from adapters.store.rows import user_values
from adapters.store.scheduling import USERS, due_query
from adapters.store.schema import attempts, schedules, users
from core.model import AttemptStatus, Outcome, User, UserStatus

_VARYING = ("platform_user_id", "chat_id")


def onboarded(platform: str, created: datetime, card_time: time = time(8, 0)) -> User:
    """The template every seeded user copies: active, consented, in UTC."""
    return replace(
        User(id=0, platform=platform, platform_user_id="", chat_id="", created_at=created),
        status=UserStatus.ACTIVE,
        timezone="UTC",
        delivery_time=card_time,
        level=1,
        domains=("everyday",),
        fear_strength=3,
        consent_at=created,
        consent_version="seeded",
    )


@dataclass(frozen=True, slots=True)
class Population:
    """Users numbered `first` .. `first + count - 1` copying `template`, and what they own.

    `card_due_from`: each gets a "card" schedule row, due from then, spread over
    `spread_minutes` by user id. `history_days`: that many days of practice before
    `today`, one recorded no a day at cards drawn in turn from `deck`.
    """

    template: User
    count: int
    first: int = 1
    prefix: str = ""
    card_due_from: datetime | None = None
    spread_minutes: int = 1
    history_days: int = 0
    today: date | None = None
    deck: Sequence[str] = ()


async def seed(url: str, population: Population) -> None:
    """Write `population` into the migrated database at `url`, in one transaction."""
    engine = create_engine(url)
    last = population.first + population.count - 1
    try:
        async with engine.begin() as connection:
            await add_users(
                connection,
                population.template,
                population.first,
                population.count,
                population.prefix,
            )
            if population.history_days and population.today is not None:
                await add_history(
                    connection,
                    population.template,
                    population.today,
                    population.history_days,
                    population.deck,
                )
            if population.card_due_from is not None:
                await add_schedules(
                    connection,
                    population.template.platform,
                    "card",
                    population.card_due_from,
                    population.spread_minutes,
                    (population.first, last),
                )
    finally:
        await engine.dispose()


async def add_users(
    connection: AsyncConnection, template: User, first: int, count: int, prefix: str = ""
) -> None:
    """Users numbered `first` .. `first + count - 1`, with ids `prefix + number`."""
    if count < 1:
        return
    series = _series(connection.dialect.name, first, first + count - 1)
    number = cast(series.c.n, String)
    identity: ColumnElement[str] = literal(prefix, String) + number if prefix else number
    values = user_values(template)
    columns = [name for name in values if name not in _VARYING]
    chosen = [literal(values[name], users.c[name].type) for name in columns]
    query = select(*chosen, identity, identity).select_from(series)
    await connection.execute(insert(users).from_select([*columns, *_VARYING], query))


async def add_schedules(
    connection: AsyncConnection,
    platform: str,
    kind: str,
    start: datetime,
    spread_minutes: int = 1,
    user_ids: tuple[int, int] | None = None,
) -> None:
    """A `kind` row for each of the platform's users (optionally ids in a range).

    Rows are due from `start`, spread over `spread_minutes` by user id, as real users'
    card times are spread over the day.
    """
    offset = users.c.id % spread_minutes
    query = select(users.c.id, literal(kind, String), _minutes_after(connection, start, offset))
    query = query.where(users.c.platform == platform)
    if user_ids is not None:
        query = query.where(users.c.id.between(*user_ids))
    await connection.execute(
        insert(schedules).from_select(["user_id", "kind", "next_due_at"], query)
    )


async def add_history(
    connection: AsyncConnection, template: User, today: date, days: int, deck: Sequence[str]
) -> None:
    """`days` of practice before `today` for each user on the template's platform: one
    recorded no a day at the template's level and first fear, at cards drawn in turn from
    `deck`, as a user a month in would have.

    The fan-out reads this history to avoid repeating a card, so a benchmark without it
    would flatter the bot.
    """
    if days < 1 or not deck:
        return
    offsets = _series(connection.dialect.name, 1, days)
    slot = (users.c.id + offsets.c.n) % len(deck)
    card = case({i: literal(card_id, String) for i, card_id in enumerate(deck)}, value=slot)
    day = _days_before(connection, today, offsets.c.n)
    query = (
        select(
            users.c.id,
            card,
            literal(template.level, Integer),
            literal(template.domains[0], String),
            day,
            literal(datetime.combine(today, time(12), UTC), UtcDateTime),
            literal(AttemptStatus.RECORDED.value, String),
            literal(Outcome.NO.value, String),
            literal(3, Integer),
        )
        .select_from(users)
        .join(offsets, literal(True))
        .where(users.c.platform == template.platform)
    )
    columns = ["user_id", "card_id", "level", "domain", "local_date", "created_at", "status"]
    await connection.execute(insert(attempts).from_select([*columns, "outcome", "mood"], query))


def _days_before(
    connection: AsyncConnection, today: date, days: ColumnElement[int]
) -> ColumnElement[date]:
    """`today` minus a number of days, computed by the database, in the Date column's form."""
    if connection.dialect.name == "postgresql":
        return type_coerce(literal(today, Date) - days, Date)
    shifted = func.date(today.isoformat(), "-" + cast(days, String) + " days")
    return type_coerce(shifted, Date)


def _series(dialect: str, first: int, last: int) -> FromClause:
    if dialect == "postgresql":
        return func.generate_series(first, last).table_valued("n").render_derived(name="series")
    numbers = select(literal(first, Integer).label("n")).cte("series", recursive=True)
    return numbers.union_all(select(numbers.c.n + 1).where(numbers.c.n < last))


def _minutes_after(
    connection: AsyncConnection, start: datetime, minutes: ColumnElement[int]
) -> ColumnElement[datetime]:
    """`start` plus a whole number of minutes, computed by the database, as a naive UTC time.

    SQLite keeps times as text and compares them as text, so the result must be spelled
    exactly as SQLAlchemy writes them: "YYYY-MM-DD HH:MM:SS.ffffff".
    """
    if connection.dialect.name == "postgresql":
        step = func.make_interval(0, 0, 0, 0, 0, minutes)
        return type_coerce(literal(start, UtcDateTime) + step, UtcDateTime)
    text_start = start.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    shifted = func.strftime(
        "%Y-%m-%d %H:%M:%S", text_start, literal("+", String) + cast(minutes, String) + " minutes"
    )
    return type_coerce(shifted + ".000000", UtcDateTime)


async def move_due(url: str, every: int, count: int, due_at: datetime) -> None:
    """Move the card schedules of users `every`, `2 * every` … `count * every` to `due_at`:
    a spread of users due at once, as a busy minute of the morning has."""
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                update(schedules)
                .where(schedules.c.user_id % every == 0, schedules.c.user_id <= every * count)
                .values(next_due_at=due_at)
            )
    finally:
        await engine.dispose()


async def explain_due(url: str, now: datetime, limit: int, platform: str) -> str:
    """The database's plan for the tick's query of users due at `now`, on one line."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            dialect = connection.dialect
            query = due_query(USERS, dialect.name, now, limit, platform)
            sql = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
            explain = "EXPLAIN QUERY PLAN " if dialect.name == "sqlite" else "EXPLAIN "
            rows = (await connection.execute(text(explain + sql))).all()
    finally:
        await engine.dispose()
    return " / ".join(" ".join(str(row[-1]).split()) for row in rows)
