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
from zoneinfo import ZoneInfo

from adapters.console.events import USER_ID, is_quit, parse_wait, to_action, wait_argument
from adapters.console.render import render
from core.i18n import _
from core.messages import Attachment, Event, Reply, ReplyButton, Where, Who
from core.platform import Renders
from core.ports import Address, Conversation

_KEPT = 500  # buttons remembered for typing their words: far more than a screen holds
_SAVED = re.compile(r"^\d{8}-\d{6}-")  # the names `_save` gives: no other file is touched


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
        local_zone: Callable[[], Awaitable[str | None]] | None = None,
    ) -> None:
        """`local_zone` names the person's time zone once they have one, so /wait tells the
        time as they live it rather than in UTC."""
        self._conversation = conversation
        self._local_zone = local_zone
        self._in, self._out = stdin, stdout
        self._files_dir = files_dir
        self._clock_now = clock_now
        self._on_wait = on_wait
        self._on_end = on_end
        self._task: asyncio.Task[None] | None = None
        self._latest: list[tuple[str, ReplyButton]] = []
        self._older: list[ReplyButton] = []
        self._who = Who(self.platform, USER_ID, "you")
        self._where = Where(USER_ID)

    @property
    def connected(self) -> bool:
        """Reading the terminal (the input has not ended)."""
        return self._task is not None and not self._task.done()

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
        """Scheduled messages arrive here, printed like any reply. A terminal gives them no
        ids, so nothing printed is ever asked to change (the console has no groups)."""
        self._render([reply])

    async def edit_message(self, address: Address, message_id: str, reply: Reply) -> None:
        """What is printed stays printed: the new version is printed, saying what it is."""
        self._print(_("(an earlier message, corrected:)"))
        self._render([reply])

    async def delete_message(self, address: Address, message_id: str) -> None:
        self._print(_("(an earlier message was withdrawn)"))

    async def run(self) -> None:
        """Read lines until end of input or /quit."""
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def pump() -> None:
            try:
                for line in self._in:
                    loop.call_soon_threadsafe(lines.put_nowait, line)
                loop.call_soon_threadsafe(lines.put_nowait, None)
            except RuntimeError:  # the chat ended (/quit) and its loop closed first: no one reads
                return

        # A daemon thread, so a terminal blocked in readline never holds up exit.
        threading.Thread(target=pump, name="console-input", daemon=True).start()
        self._print(
            _("Type /start to begin, /help for commands, /wait 1d to jump ahead, /quit to leave.")
        )
        while (line := await lines.get()) is not None:
            if not line.strip():
                continue
            self._print(f"> {line.rstrip()}")
            if is_quit(line):
                break
            await self._line(line)

    async def _line(self, line: str) -> None:
        """Numbers typed refer to the buttons shown since the line before; once this line is
        read they are spent, so what it brings gets numbers of its own (none: words)."""
        latest, self._latest = self._latest, []
        argument = wait_argument(line)
        if argument is not None:
            await self._wait(argument)
            return
        event = Event(self._who, self._where, to_action(line, latest, self._older))
        self._render(await self._conversation.handle(event))

    async def _wait(self, argument: str) -> None:
        span = parse_wait(argument)
        if span is None:
            self._print(_("Use /wait with an amount, like /wait 1d, /wait 8h or /wait 30m."))
            return
        await self._on_wait(span)
        zone = await self._local_zone() if self._local_zone is not None else None
        if zone is None:
            now = f"{self._clock_now():%a %d %b %Y %H:%M}"
            self._print(_("(the clock now reads {now} UTC)").format(now=now))
            return
        local = f"{self._clock_now().astimezone(ZoneInfo(zone)):%a %d %b %Y %H:%M}"
        said = _("(the clock now reads {now}, your time in {zone})")
        self._print(said.format(now=local, zone=zone))

    def _render(self, replies: list[Reply]) -> None:
        if any(reply.erased for reply in replies):
            self._forget_files()  # before the "erased" line is shown, so it is true when read
        lines, shown = render(replies, self._save, [key for key, _button in self._latest])
        for line in lines:
            self._print(line)
        self._latest = [*self._latest, *shown]
        self._older = [*self._older, *(button for _key, button in shown)][-_KEPT:]

    def _save(self, attachment: Attachment) -> Path:
        self._files_dir.mkdir(parents=True, exist_ok=True)
        stamp = self._clock_now().strftime("%Y%m%d-%H%M%S")
        path = self._files_dir / f"{stamp}-{Path(attachment.filename).name}"
        path.write_bytes(attachment.data)
        return path.resolve()

    def _forget_files(self) -> None:
        """Remove every export and chart this chat saved: an erase leaves no copy behind."""
        if not self._files_dir.is_dir():
            return
        for path in self._files_dir.iterdir():
            if _SAVED.match(path.name) and path.is_file():
                path.unlink()

    def _print(self, text: str) -> None:
        self._out.write(text + "\n")
        self._out.flush()
