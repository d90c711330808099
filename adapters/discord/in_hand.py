"""The answers the Discord client is working on, so that stopping the bot waits for them.

discord.py runs every interaction and message handler in a task of its own, and closing the
client closes its HTTP session at once: an answer still being worked on then fails ("Connector
is closed") and the person sees "The application did not respond", although the engine may
already have recorded what they did. The adapter runs each handler `holding()` one of these,
and before it closes the client it waits a little for the handlers still at work.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import Any


class InHand:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        """Count the current task as working on an answer until the block ends."""
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            yield
        finally:
            if task is not None:
                self._tasks.discard(task)

    async def finish(self, timeout: float) -> int:  # noqa: ASYNC109 - a bound, not a cancel scope
        """Wait up to `timeout` seconds for the answers in hand; how many were still unfinished."""
        if not self._tasks:
            return 0
        _done, pending = await asyncio.wait(set(self._tasks), timeout=timeout)
        return len(pending)
