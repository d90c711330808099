"""The console chat: the same engine in a terminal, for one local user.

Buttons show as numbered choices, typed as the number or the label. Two words
belong to the console alone: `/wait 1d` (or 8h, 30m) moves the virtual clock on
and runs the scheduler tick, so a whole day can be tried in a minute, and `/quit`.
It reads a pipe as well as a terminal, so `askanyway console < script.txt` works.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from core.answering import parse_command
from core.messages import Button, Command, Event, Reply, ReplyButton, Text, Where, Who
from core.platform import Renders
from core.ports import Address, Conversation

USER_ID = "local"
_WAIT = re.compile(r"^(\d{1,4})\s*([dhm])$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def parse_wait(text: str) -> timedelta | None:
    match = _WAIT.match(text.strip().lower())
    if not match:
        return None
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def to_action(line: str, buttons: list[ReplyButton]) -> Command | Button | Text:
    """A typed line as an event: a command, a button (by number or label), or text."""
    stripped = line.strip()
    command = parse_command(stripped)
    if command is not None:
        return command
    for button in buttons:  # a label first, so "4" on a 0-10 scale means four
        if stripped.casefold() == button.label.casefold():
            return Button(button.payload)
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return Button(buttons[int(stripped) - 1].payload)
    return Text(line.rstrip("\n"))


class ConsoleAdapter:
    """The `core.platform.Platform` for a terminal: lines in, plain text out."""

    platform = "console"
    renders = Renders(whispers=False, edits=False, images=False, start_links=False)

    def __init__(
        self,
        conversation: Conversation,
        *,
        stdin: TextIO,
        stdout: TextIO,
        files_dir: Path,
        clock_now: Callable[[], datetime],
        on_wait: Callable[[timedelta], Awaitable[None]],
        on_end: Callable[[], None] = lambda: None,
    ) -> None:
        self._conversation = conversation
        self._in, self._out = stdin, stdout
        self._files_dir = files_dir
        self._clock_now = clock_now
        self._on_wait = on_wait
        self._on_end = on_end
        self._task: asyncio.Task[None] | None = None
        self._buttons: list[ReplyButton] = []
        self._who = Who(self.platform, USER_ID, "you")
        self._where = Where(USER_ID)

    async def start(self) -> None:
        """Read the terminal in a task of its own; `on_end` runs when the input ends."""
        if self._task is None:
            self._task = asyncio.create_task(self._run_then_end(), name="console")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run_then_end(self) -> None:
        try:
            await self.run()
        finally:
            self._on_end()

    async def send(self, address: Address, reply: Reply) -> None:
        """Scheduled messages arrive here, printed like any reply."""
        self._render([reply])

    async def run(self) -> None:
        """Read lines until end of input or /quit."""
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def pump() -> None:
            for line in self._in:
                loop.call_soon_threadsafe(lines.put_nowait, line)
            loop.call_soon_threadsafe(lines.put_nowait, None)

        # A daemon thread, so a terminal blocked in readline never holds up exit.
        threading.Thread(target=pump, name="console-input", daemon=True).start()
        self._print(
            "Type /start to begin, /help for commands, /wait 1d to jump ahead, /quit to leave."
        )
        while (line := await lines.get()) is not None:
            if not line.strip():
                continue
            self._print(f"> {line.rstrip()}")
            if line.strip().lower() in ("/quit", "/exit"):
                break
            await self._line(line)

    async def _line(self, line: str) -> None:
        if line.strip().lower().startswith("/wait"):
            await self._wait(line.strip()[5:])
            return
        event = Event(self._who, self._where, to_action(line, self._buttons))
        self._render(await self._conversation.handle(event))

    async def _wait(self, argument: str) -> None:
        span = parse_wait(argument)
        if span is None:
            self._print("Use /wait with an amount, like /wait 1d, /wait 8h or /wait 30m.")
            return
        await self._on_wait(span)
        self._print(f"(the clock now reads {self._clock_now():%a %d %b %Y %H:%M} UTC)")

    def _render(self, replies: list[Reply]) -> None:
        shown: list[ReplyButton] = []
        for reply in replies:
            self._print("")
            if reply.edit:
                self._print("(updated)")
            if reply.title:
                self._print(f"== {reply.title} ==")
            self._print(reply.text)
            if reply.attachment is not None:
                self._print(
                    f"(file saved: {self._save(reply.attachment.filename, reply.attachment.data)})"
                )
            for row in reply.buttons:
                labels = []
                for button in row:
                    shown.append(button)
                    labels.append(f"[{len(shown)}] {button.label}")
                self._print("   " + "   ".join(labels))
        if shown:
            self._buttons = shown

    def _save(self, filename: str, data: bytes) -> Path:
        self._files_dir.mkdir(parents=True, exist_ok=True)
        stamp = self._clock_now().strftime("%Y%m%d-%H%M%S")
        path = self._files_dir / f"{stamp}-{Path(filename).name}"
        path.write_bytes(data)
        return path.resolve()

    def _print(self, text: str) -> None:
        self._out.write(text + "\n")
        self._out.flush()
