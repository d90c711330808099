"""The stories straight through the engine: replies land where core says they go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.answering import destination, parse_command
from core.engine import Deliveries
from core.engine.context import Content
from core.messages import Button, Command, Event, Reply, Text, Where, Who
from core.ports import Address
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.scenarios.chats.base import Chat, Seen

GROUP = "-500"
GROUP_TITLE = "Practice circle"


class EngineChat(Chat):
    platform = "engine"

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.deliveries = Deliveries(bot.ctx, self)
        self._log: list[tuple[str, Reply]] = []
        self._ids: dict[str, str] = {}
        self._admins: set[str] = set()

    @classmethod
    async def open(
        cls, directory: Path, template: Path, content: Content | None = None
    ) -> EngineChat:
        url = await migrated_sqlite(directory, template)
        return cls(Bot.build(url, FixedClock(START), content=content))

    async def close(self) -> None:
        await self.bot.store.close()

    async def send(self, address: Address, reply: Reply) -> None:
        """The tick's sender: a scheduled message joins the chat it was addressed to."""
        self._log.append((address.chat_id, reply))

    async def join(self, name: str) -> None:
        self._ids[name] = str(1001 + len(self._ids))

    async def make_admin(self, name: str) -> None:
        self._admins.add(name)

    def visible(self, name: str) -> list[Seen]:
        mine = self._ids[name]
        return [
            self._seen(i, chat, reply)
            for i, (chat, reply) in enumerate(self._log)
            if chat in (mine, GROUP)
        ]

    def group_messages(self) -> list[Seen]:
        return [self._seen(i, chat, r) for i, (chat, r) in enumerate(self._log) if chat == GROUP]

    async def _send(self, name: str, text: str, in_group: bool) -> None:
        await self._handle(name, in_group, parse_command(text) or Text(text))

    async def _press(self, name: str, on: Seen, label: str) -> None:
        _chat, reply = self._log[int(str(on.key))]
        payload = next(b.payload for row in reply.buttons for b in row if b.label == label)
        await self._handle(name, on.in_group, Button(payload))

    async def _handle(self, name: str, in_group: bool, what: Command | Button | Text) -> None:
        who = Who(self.platform, self._ids[name], name.title(), is_admin=name in self._admins)
        where = Where(GROUP, True, GROUP_TITLE) if in_group else Where(self._ids[name])
        event = Event(who, where, what)
        for reply in await self.bot.engine.handle(event):
            self._log.append((destination(event, reply, whispers=False).chat_id, reply))

    async def _tick(self) -> None:
        await self.deliveries.tick()

    async def _wait_until(self, found: Callable[[], Seen | None]) -> Seen:
        seen = found()  # the engine answers before `handle` returns: nothing to wait for
        assert seen is not None, "the expected answer never came"
        return seen

    @staticmethod
    def _seen(index: int, chat: str, reply: Reply) -> Seen:
        text = f"{reply.title}\n{reply.text}" if reply.title else reply.text
        labels = tuple(b.label for row in reply.buttons for b in row)
        return Seen(index, text, labels, chat == GROUP, chat == GROUP)
