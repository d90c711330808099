"""The stories through the console chat: typed lines in, printed text out.

The console has one person and no groups. Its buttons are numbered and typed by label; a
step's output, up to the next typed line, is one message; `/wait` moves the clock and runs
the tick, as a person trying the console would.
"""

from __future__ import annotations

import asyncio
import queue
import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

from adapters.console.platform import ConsoleAdapter
from core.engine import Deliveries
from core.engine.context import Content
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.scenarios.chats.base import Chat, Seen

_BUTTON = re.compile(r"\[(\d+)\] (.+?)(?=\s{3}\[\d+\] |$)")


class Keyboard:
    """Lines typed by the story, read by the console's input thread."""

    def __init__(self) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()

    def type(self, line: str | None) -> None:
        self._lines.put(line)

    def __iter__(self) -> Iterator[str]:
        while (line := self._lines.get()) is not None:
            yield line + "\n"


class Screen:
    """What the console printed, split into one chunk per typed line."""

    def __init__(self) -> None:
        self.chunks: list[list[str]] = [[]]
        self.changed = asyncio.Event()

    def write(self, text: str) -> int:
        for line in text.rstrip("\n").split("\n"):
            if line.startswith("> "):
                self.chunks.append([])
            else:
                self.chunks[-1].append(line)
        self.changed.set()
        return len(text)

    def flush(self) -> None:
        return None


class ConsoleChat(Chat):
    platform = "console"
    has_groups = False

    def __init__(self, bot: Bot, directory: Path) -> None:
        self.bot = bot
        self.keyboard, self.screen = Keyboard(), Screen()
        self.adapter = ConsoleAdapter(
            bot.engine,
            stdin=cast(Any, self.keyboard),
            stdout=cast(Any, self.screen),
            files_dir=directory / "files",
            clock_now=bot.clock.now,
            on_wait=self._wait,
        )
        self.deliveries = Deliveries(bot.ctx, self.adapter)
        self._person: str | None = None

    @classmethod
    async def open(
        cls, directory: Path, template: Path, content: Content | None = None
    ) -> ConsoleChat:
        url = await migrated_sqlite(directory, template)
        chat = cls(Bot.build(url, FixedClock(START), content=content), directory)
        await chat.adapter.start()
        return chat

    async def close(self) -> None:
        self.keyboard.type(None)
        await self.adapter.stop()
        await self.bot.store.close()

    async def join(self, name: str) -> None:
        assert self._person in (None, name), "the console chat has one person"
        self._person = name

    async def make_admin(self, name: str) -> None:
        raise AssertionError("the console has no groups")

    def visible(self, name: str) -> list[Seen]:
        return [self._seen(i, chunk) for i, chunk in enumerate(self.screen.chunks)]

    def group_messages(self) -> list[Seen]:
        return []

    async def next_morning(self, name: str, expect: str, *, hours: float = 24) -> Seen:
        """`/wait` moves the console's clock and runs the tick."""
        before = self._snapshot(name)
        self.keyboard.type(f"/wait {round(hours * 60)}m")
        return await self._expect(name, expect, before)

    async def _wait(self, span: timedelta) -> None:
        self.bot.clock.advance(seconds=span.total_seconds())
        await self.deliveries.tick()

    async def _send(self, name: str, text: str, in_group: bool) -> None:
        self.keyboard.type(text)

    async def _press(self, name: str, on: Seen, label: str) -> None:
        self.keyboard.type(label)

    async def _tick(self) -> None:
        await self.deliveries.tick()

    async def _wait_until(self, found: Callable[[], Seen | None]) -> Seen:
        async with asyncio.timeout(5):
            while (seen := found()) is None:
                self.screen.changed.clear()
                await self.screen.changed.wait()
        return seen

    @staticmethod
    def _seen(index: int, chunk: list[str]) -> Seen:
        labels: list[str] = []
        for line in chunk:
            if line.startswith("   ["):
                labels += [match.group(2) for match in _BUTTON.finditer(line.strip())]
        return Seen(index, "\n".join(chunk), tuple(labels), False, False)
