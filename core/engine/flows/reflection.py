"""The reflection flow: the answers to the questions after a card, or skipping them."""

from __future__ import annotations

from core.engine import payloads as p
from core.engine import reflection
from core.engine.context import Ctx
from core.engine.flows.base import ButtonKind, Flow
from core.engine.flows.practice import not_yours, owned_attempt
from core.messages import Reply
from core.model import User


async def _skip(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    attempt = await owned_attempt(ctx, user, payload)
    if attempt is None:
        return [not_yours()]
    return await reflection.skip(ctx, user, attempt.id)


FLOW = Flow(
    name="reflection",
    states=frozenset({reflection.REFLECT}),
    text=reflection.answer,
    buttons=(ButtonKind(p.REFLECT, _skip),),
)
