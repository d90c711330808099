"""What a story needs from a chat, whichever adapter carries it.

A story speaks as people in a private chat or in one group: `says` (text or a `/command`),
`taps` (a button on the latest message that shows it) and `next_morning` (the clock moves
on and the scheduler's tick runs). Each step names the words the answer must show; the
driver waits until a message the person can see shows them, so no story sleeps or knows
how a platform acknowledges, edits or splits a message.

Every driver keeps what each person can see: their private chat, the group's public
messages, and (Discord) the answers in the group shown to them alone. `public_text`
is what everyone in the group could read, for the check that nothing private leaked.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.engine.context import Content
from tests.fakes.chat import Bot


@dataclass(frozen=True)
class Seen:
    """One message as a person sees it now (after any edits)."""

    key: object
    """The driver's handle on the message, for pressing its buttons."""
    text: str
    buttons: tuple[str, ...]
    in_group: bool
    public: bool
    """Shown to everyone in the group (False for private chats and whispers)."""


class Chat(ABC):
    platform: str
    has_groups = True
    bot: Bot

    # -- what stories call -----------------------------------------------------------------

    async def says(self, name: str, text: str, expect: str, *, in_group: bool = False) -> Seen:
        before = self._snapshot(name)
        await self._send(name, text, in_group)
        return await self._expect(name, expect, before)

    async def taps(
        self, name: str, label: str, expect: str, *, in_group: bool | None = None
    ) -> Seen:
        """Press `label` on the newest message `name` sees with it (in the group or in
        private only, if `in_group` says; a whisper in the group counts as in the group)."""
        target = self.latest_with(name, label, in_group)
        before = self._snapshot(name)
        await self._press(name, target, self._exact_label(target, label))
        return await self._expect(name, expect, before)

    async def next_morning(self, name: str, expect: str, *, hours: float = 24) -> Seen:
        """Move the clock on and run the tick; the message `name` then sees with `expect`."""
        before = self._snapshot(name)
        self.bot.clock.advance(hours=hours)
        await self._tick()
        return await self._expect(name, expect, before)

    async def tick(self) -> None:
        """Run the scheduler's tick once, at the clock's time, through this platform."""
        await self._tick()

    def latest_with(self, name: str, label: str, in_group: bool | None = None) -> Seen:
        for seen in reversed(self.visible(name)):
            if in_group in (None, seen.in_group) and _matching(seen.buttons, label):
                return seen
        shown = [b for s in self.visible(name) for b in s.buttons]
        raise AssertionError(f"{name} sees no button {label!r}; buttons seen: {shown}")

    def public_text(self) -> str:
        return "\n".join(s.text for s in self.group_messages() if s.public)

    # -- what each driver provides ---------------------------------------------------------

    @classmethod
    @abstractmethod
    async def open(cls, directory: Path, template: Path, content: Content | None = None) -> Chat:
        """A running bot on a fresh database copied from `template`, and its platform; the
        shipped content unless a story brings its own (a screener that names its tiers)."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def join(self, name: str) -> None:
        """Make `name` a person of this chat, and a member of its group."""

    @abstractmethod
    async def make_admin(self, name: str) -> None:
        """Make `name` an admin of the group, as the platform would say."""

    @abstractmethod
    def visible(self, name: str) -> list[Seen]:
        """Every message `name` can see, oldest first."""

    @abstractmethod
    def group_messages(self) -> list[Seen]: ...

    @abstractmethod
    async def _send(self, name: str, text: str, in_group: bool) -> None: ...

    @abstractmethod
    async def _press(self, name: str, on: Seen, label: str) -> None: ...

    @abstractmethod
    async def _tick(self) -> None: ...

    @abstractmethod
    async def _wait_until(self, found: Callable[[], Seen | None]) -> Seen: ...

    # -- shared ------------------------------------------------------------------------------

    def _snapshot(self, name: str) -> set[tuple[object, str, tuple[str, ...]]]:
        return {(s.key, s.text, s.buttons) for s in self.visible(name)}

    async def _expect(
        self, name: str, words: str, before: set[tuple[object, str, tuple[str, ...]]]
    ) -> Seen:
        def found() -> Seen | None:
            fresh = [s for s in self.visible(name) if (s.key, s.text, s.buttons) not in before]
            return next((s for s in fresh if words in s.text), None)

        try:
            return await self._wait_until(found)
        except (AssertionError, TimeoutError):
            latest = "\n---\n".join(s.text for s in self.visible(name)[-3:])
            raise AssertionError(
                f"{name} never saw {words!r} on {self.platform}; latest:\n{latest}"
            ) from None

    @staticmethod
    def _exact_label(seen: Seen, label: str) -> str:
        return next(b for b in seen.buttons if _matching((b,), label))


def _matching(buttons: Sequence[str], label: str) -> bool:
    return any(b == label or b.startswith(label + " ") for b in buttons)
