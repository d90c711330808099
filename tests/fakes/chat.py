"""A test backend: the real engine over a store (in memory, or SQLite), driven like a chat
transcript.

Tests read as conversations: `await ana.says("/start")`, `await ana.taps("Yes")`.
The clock is a fixed one the test moves; the sender records every delivery.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar

from adapters.store.migrate import upgrade
from adapters.store.sql_store import SqlStore
from bot.content import load_content
from core.advisor.model import LanguageModel
from core.engine import Content, Ctx, Deliveries, Engine, EngineConfig
from core.messages import Button, Command, Event, Location, Reply, Text, Where, Who
from core.ports import Address, Charts, MessageGone, RecipientGone, SendFailed, Sent
from tests.fakes.charts import SketchCharts
from tests.memory import MemoryStore

MEMORY = "memory"

_CONTENT: Content | None = None


def shipped_content() -> Content:
    global _CONTENT
    if _CONTENT is None:
        _CONTENT = load_content()
    return _CONTENT


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, **span: float) -> None:
        self.current += timedelta(**span)


class FakePlaces:
    """A few known places, enough to test location sharing and country resources."""

    ZONES: ClassVar[dict[tuple[float, float], str]] = {
        (51.5, -0.1): "Europe/London",
        (40.7, -74.0): "America/New_York",
    }
    COUNTRIES: ClassVar[dict[str, str]] = {
        "Europe/London": "GB",
        "America/New_York": "US",
        "Europe/Dublin": "IE",
    }

    def timezone_at(self, latitude: float, longitude: float) -> str | None:
        return self.ZONES.get((round(latitude, 1), round(longitude, 1)))

    def country_of(self, timezone: str) -> str | None:
        return self.COUNTRIES.get(timezone)


@dataclass
class RecordingSender:
    """Keeps every scheduled send; can be told to fail for some chats. Each send makes a
    message (`messages`, by id) that the `Editor` port can change or take away (`changes`)."""

    sent: list[tuple[Address, Reply]] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    failing: set[str] = field(default_factory=set)
    messages: dict[str, tuple[Address, Reply]] = field(default_factory=dict)
    changes: list[tuple[str, str]] = field(default_factory=list)
    """("edited" or "deleted", message id), in order."""

    async def send(self, address: Address, reply: Reply) -> Sent:
        if address.chat_id in self.gone:
            raise RecipientGone(address.chat_id)
        if address.chat_id in self.failing:
            raise SendFailed(address.chat_id)
        self.sent.append((address, reply))
        return self.shown(address, reply)

    def shown(self, address: Address, reply: Reply) -> Sent:
        """A message made, as an adapter makes one answering in a chat; its id."""
        message_id = f"m{len(self.messages) + 1}"
        self.messages[message_id] = (address, reply)
        return (message_id,)

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        self._check(address, message_id)
        self.messages[message_id] = (address, reply)
        self.changes.append(("edited", message_id))

    async def delete_message(self, address: Address, message_id: str) -> None:
        self._check(address, message_id)
        del self.messages[message_id]
        self.changes.append(("deleted", message_id))

    def _check(self, address: Address, message_id: str) -> None:
        if address.chat_id in self.failing:
            raise SendFailed(address.chat_id)
        if self.messages.get(message_id, (None,))[0] != address:
            raise MessageGone(message_id)

    def to(self, chat_id: str) -> list[Reply]:
        return [reply for address, reply in self.sent if address.chat_id == chat_id]

    def to_groups(self) -> list[Reply]:
        return [reply for address, reply in self.sent if address.group]


async def migrated_sqlite(directory: Path, template: Path) -> str:
    """A fresh migrated SQLite database, copied from a template migrated once."""
    if not template.exists():  # noqa: ASYNC240 - a one-off check in test set-up
        template.parent.mkdir(parents=True, exist_ok=True)
        await upgrade(f"sqlite+aiosqlite:///{template}")
    target = directory / "askanyway.db"
    shutil.copyfile(template, target)
    return f"sqlite+aiosqlite:///{target}"


@dataclass
class Bot:
    url: str
    """The database's URL; "memory" for the in-memory store."""
    store: SqlStore | MemoryStore
    clock: FixedClock
    engine: Engine
    deliveries: Deliveries
    sender: RecordingSender
    ctx: Ctx

    @classmethod
    def build(
        cls,
        url: str,
        clock: FixedClock,
        config: EngineConfig | None = None,
        content: Content | None = None,
        sender: RecordingSender | None = None,
    ) -> Bot:
        """A bot over a SQLite or PostgreSQL database at `url` (already migrated)."""
        return cls.over(SqlStore.from_url(url), clock, config, content, sender, url=url)

    @classmethod
    def in_memory(
        cls, clock: FixedClock, config: EngineConfig | None = None, charts: Charts | None = None
    ) -> Bot:
        """A bot over a fresh in-memory store: for tests that are not about SQL."""
        return cls.over(MemoryStore(), clock, config, charts=charts)

    @classmethod
    def over(
        cls,
        store: SqlStore | MemoryStore,
        clock: FixedClock,
        config: EngineConfig | None = None,
        content: Content | None = None,
        sender: RecordingSender | None = None,
        url: str = MEMORY,
        charts: Charts | None = None,
    ) -> Bot:
        """A bot over `store`; two bots over one store are two processes sharing it.

        Charts are sketched, not drawn (`SketchCharts`), unless a test passes real ones."""
        ctx = Ctx(
            store,
            clock,
            FakePlaces(),
            content or shipped_content(),
            config or EngineConfig(),
            charts or SketchCharts(),
        )
        sender = sender or RecordingSender()
        return cls(url, store, clock, Engine(ctx), Deliveries(ctx, sender), sender, ctx)

    @classmethod
    def in_memory_advised(cls, clock: FixedClock, model: LanguageModel | None) -> Bot:
        """A bot over a fresh in-memory store whose advisor may ask `model` (None: off)."""
        plain = cls.in_memory(clock)
        ctx = replace(plain.ctx, advisor=model)
        return cls(
            plain.url,
            plain.store,
            plain.clock,
            Engine(ctx),
            Deliveries(ctx, plain.sender),
            plain.sender,
            ctx,
        )

    async def restarted(self) -> Bot:
        """A new engine and store over the same database, as after a process restart (in
        memory, the same records: only the engine's own memory is lost)."""
        config, content = self.ctx.config, self.ctx.content
        if isinstance(self.store, MemoryStore):
            return Bot.over(
                self.store, self.clock, config, content, self.sender, charts=self.ctx.charts
            )
        await self.store.close()
        return Bot.build(self.url, self.clock, config, content, self.sender)

    def user(self, user_id: str = "1001", platform: str = "test") -> ChatUser:
        return ChatUser(self, Who(platform, user_id, f"user {user_id}"), Where(user_id))

    def in_group(
        self,
        user_id: str,
        group: str = "-500",
        *,
        admin: bool = False,
        name: str = "",
        title: str = "Practice circle",
        platform: str = "test",
    ) -> ChatUser:
        """The same person, speaking in a group chat (where the adapter says if they're admin)."""
        who = Who(platform, user_id, name or f"user {user_id}", is_admin=admin)
        return ChatUser(self, who, Where(group, is_group=True, title=title))


class ChatUser:
    def __init__(self, bot: Bot, who: Who, where: Where) -> None:
        self.bot = bot
        self.who = who
        self.where = where
        self.last: list[Reply] = []

    async def _event(self, what: Command | Button | Text | Location) -> list[Reply]:
        self.last = await self.bot.engine.handle(Event(self.who, self.where, what))
        return self.last

    async def says(self, text: str) -> list[Reply]:
        if text.startswith("/"):
            name, _sep, args = text[1:].partition(" ")
            return await self._event(Command(name, args))
        return await self._event(Text(text))

    async def presses(self, payload: str) -> list[Reply]:
        return await self._event(Button(payload))

    async def shares_location(self, latitude: float, longitude: float) -> list[Reply]:
        return await self._event(Location(latitude, longitude))

    def button(self, label: str, replies: list[Reply] | None = None) -> str:
        for reply in reversed(replies if replies is not None else self.last):
            for row in reply.buttons:
                for button in row:
                    if button.label == label or button.label.startswith(label + " "):
                        return button.payload
        shown = [b.label for r in self.last for row in r.buttons for b in row]
        raise AssertionError(f"no button {label!r}; buttons shown: {shown}")

    async def taps(self, label: str) -> list[Reply]:
        return await self.presses(self.button(label))

    def text(self) -> str:
        return "\n".join(f"{r.title}\n{r.text}" for r in self.last)

    async def onboard(
        self, zone: str = "Europe/London", time: str = "08:00", strength: str = "3"
    ) -> None:
        await self.says("/start")
        await self.taps("Yes, let's start")
        await self.taps(f"I'm {self.bot.ctx.config.minimum_age} or older")
        await self.says(zone)
        await self.says(time)
        await self.taps("Done")
        await self.taps(strength)
