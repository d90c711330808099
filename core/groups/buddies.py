"""Buddies found in a group challenge: members who opt in are paired with another member who
opted in, oldest waiting first.

Opting in is a choice made privately, after seeing what a buddy sees and the name the buddy
will see, which follows the member's choice for the board: their name, their alias, or, for
a member counted without appearing, only "a member of <group>": a buddy learns no name the
board would not show. Nobody is matched with someone they were paired with before, with someone
who left the challenge, or with someone who has a buddy already; leaving the challenge
withdraws an opt-in and ends a pair made there (the other side hears only that it ended).
"""

from __future__ import annotations

from core.engine import buddy_news as news
from core.engine import payloads as p
from core.engine.context import Ctx
from core.groups import base
from core.groups.model import Appearance, Group, Member
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User
from core.peers import buddies as rules
from core.peers.buddies import Pair

OFFERS_AT_MOST = 3


def shown_name(member: Member, group: Group) -> str:
    if member.appearance is Appearance.ALIAS and member.alias:
        return member.alias
    if member.appearance is Appearance.NAME:
        return " ".join(member.display_name.split())[:40] or _("A member")
    return _("A member of {group}").format(group=base.group_name(group))[:60]


async def offers(ctx: Ctx, user: User) -> list[tuple[str, str]]:
    """A button for each running challenge the user is in: find a buddy there."""
    buttons: list[tuple[str, str]] = []
    for member in await ctx.store.memberships(user.id):
        found = await base.running_challenge(ctx, member.challenge_id) if member.active else None
        if found is not None and len(buttons) < OFFERS_AT_MOST:
            label = _("Find a buddy in {group}").format(group=base.group_name(found[0]))
            buttons.append((label, p.make(p.BUDDY_GROUP, member.challenge_id)))
    return buttons


async def _member_of(ctx: Ctx, user_id: int, challenge_id: int) -> tuple[Member, Group] | None:
    member = await ctx.store.member(challenge_id, user_id)
    running = await base.running_challenge(ctx, challenge_id)
    if member is None or not member.active or running is None:
        return None
    return member, running[0]


async def press(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    """`bg:<challenge>` asks first; `bg:<challenge>:y` opts in (and pairs, if someone waits)."""
    challenge_id = payload.number()
    found = await _member_of(ctx, user.id, challenge_id) if challenge_id is not None else None
    if challenge_id is None or found is None:
        return [Reply(_("You're not in that challenge any more."), edit=True)]
    name = shown_name(*found)
    if await news.current_pair(ctx, user) is not None:
        return [news.one_at_a_time()]
    mine = await ctx.store.pairs_of(user.id)
    if any(pair.waiting and pair.challenge_id == challenge_id for pair in mine):
        return [_on_the_list()]
    if payload.value == "n":
        return [Reply(_("No problem. /buddy is there if you change your mind."), edit=True)]
    if payload.value != "y":
        text = (
            news.what_a_buddy_sees()
            + "\n\n"
            + _(
                "I'll pair you with another member of this challenge who asks for a buddy too. "
                "They would see you as {name}, as your choice for the board says (/groups, "
                "How I appear)."
            ).format(name=name)
        )
        rows = [
            [
                (_("Yes, find me a buddy"), p.make(p.BUDDY_GROUP, challenge_id, "y")),
                (_("Not now"), p.make(p.BUDDY_GROUP, challenge_id, "n")),
            ]
        ]
        return [Reply(text, title=_("A buddy from your group"), buttons=button_rows(*rows))]
    met = rules.met_before(mine, user.id)
    for waiting in await ctx.store.waiting_pairs(challenge_id):
        first = waiting.sides[0]
        if first.user_id == user.id or first.user_id in met:
            continue
        if not await _still_looking(ctx, waiting, first.user_id, challenge_id):
            await ctx.store.delete_pair(waiting.id)
            continue
        if await ctx.store.join_pair(waiting.id, user.id, name, ctx.now()):
            await news.paired(ctx, waiting.id, tell=first.user_id)
            text = _(
                "You have a buddy: {name}, from your group challenge. /buddy shows how "
                "they're doing."
            ).format(name=first.name)
            return [Reply(text, edit=True, notice=_("You have a buddy!"))]
    await ctx.store.open_pair(user.id, name, ctx.now(), challenge_id=challenge_id)
    return [_on_the_list()]


async def _still_looking(ctx: Ctx, waiting: Pair, user_id: int, challenge_id: int) -> bool:
    """A waiting member who left, or found a buddy elsewhere meanwhile, is not matched."""
    if await _member_of(ctx, user_id, challenge_id) is None:
        return False
    return not any(pair.together for pair in await ctx.store.pairs_of(user_id))


def _on_the_list() -> Reply:
    return Reply(
        _(
            "You're on the list. When another member of this challenge asks for a buddy, "
            "I'll pair you and tell you both. /buddy lets you withdraw."
        ),
        edit=True,
    )


async def left(ctx: Ctx, user: User, challenge_id: int) -> None:
    """The user left the challenge: their opt-in there is withdrawn, a pair made there ends."""
    for pair in await ctx.store.pairs_of(user.id):
        if pair.challenge_id != challenge_id:
            continue
        if pair.waiting:
            await ctx.store.delete_pair(pair.id)
        elif pair.together:
            await news.end_pair(ctx, pair, user)
