"""Flows of one button each: own cards, the personal challenge, erasing, what applies to you,
and a group's buttons pressed in a private chat."""

from __future__ import annotations

from core.engine import account, mycards, personal_challenge, situation
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.flows.base import ButtonKind, Flow
from core.groups import conversation as groups
from core.messages import Reply
from core.model import User


async def _delete(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    return await account.delete(ctx, user, payload.target)


OWN_CARDS = Flow(
    name="own cards",
    states=frozenset({mycards.ADD_ASK, mycards.ADD_LEVEL, mycards.ADD_DOMAIN, mycards.ADD_CONFIRM}),
    text=mycards.answer,
    buttons=(ButtonKind(p.MY_CARD, mycards.button),),
)
CHALLENGE = Flow(name="challenge", buttons=(ButtonKind(p.CHALLENGE, personal_challenge.button),))
ERASE = Flow(name="erase", buttons=(ButtonKind(p.DELETE, _delete),))
SITUATION = Flow(name="what applies to you", buttons=(ButtonKind(p.NEED, situation.toggle),))
GROUPS = Flow(
    name="groups in private",
    buttons=tuple(ButtonKind(kind, groups.in_private_button) for kind in sorted(p.GROUP_KINDS)),
)
