"""What a flow declares: the conversation states whose free text it takes, and the button
kinds it handles with the range their value must be in.

The engine routes by these declarations (`Flows`) and never names a flow's state or its
buttons: adding a flow is a new module here and one line in `registry`, and touches no other
flow. Two flows claiming the same state or button kind is a mistake caught when the registry
is built.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply
from core.model import User

TextStep = Callable[[Ctx, User, str], Awaitable[list[Reply]]]
Press = Callable[[Ctx, User, p.Payload], Awaitable[list[Reply]]]


@dataclass(frozen=True, slots=True)
class ButtonKind:
    """A payload kind (`o` in `o:1234:n`) and what a press of it does."""

    kind: str
    press: Press
    values: tuple[int, int] | None = None
    """When set, the payload's value must be a whole number in this range (inclusive)."""


@dataclass(frozen=True, slots=True)
class Flow:
    name: str
    states: frozenset[str] = frozenset()
    """Conversation states (`User.state`) whose free text goes to `text`."""
    text: TextStep | None = None
    buttons: tuple[ButtonKind, ...] = ()

    def takes(self, state: str) -> bool:
        return state in self.states


def unknown_button() -> Reply:
    return Reply(_("That button isn't one I know. Please use the buttons on your latest message."))


class Flows:
    """The registry: which flow takes a state's text, which handles a button kind."""

    def __init__(self, flows: Iterable[Flow]) -> None:
        self.flows = tuple(flows)
        self._kinds: dict[str, ButtonKind] = {}
        for flow in self.flows:
            for button in flow.buttons:
                if button.kind in self._kinds:
                    raise ValueError(f"button kind {button.kind!r} is claimed twice ({flow.name})")
                self._kinds[button.kind] = button
        states = [s for flow in self.flows for s in flow.states]
        if len(states) != len(set(states)):
            raise ValueError(f"a conversation state is claimed twice: {sorted(states)}")

    def text_step(self, state: str) -> TextStep | None:
        """Who answers free text from a user in `state`; None: nobody is waiting for it."""
        if not state:
            return None
        return next((f.text for f in self.flows if f.text and f.takes(state)), None)

    def handles(self, kind: str) -> bool:
        return kind in self._kinds

    async def press(self, ctx: Ctx, user: User, payload: p.Payload) -> list[Reply] | None:
        """The press handled by its flow (a value out of range gets a harmless answer);
        None when no flow knows the kind."""
        button = self._kinds.get(payload.kind)
        if button is None:
            return None
        if button.values is not None and payload.int_value(*button.values) is None:
            return [unknown_button()]
        return await button.press(ctx, user, payload)
