"""Buddies in the conversation: /buddy, inviting a friend, saying yes or no, and ending it.

Both people choose it: an invitation is a one-time code (a Telegram link, or `/buddy CODE`
anywhere, so a person on Telegram and one on Discord can pair), and the friend sees what a
buddy sees before saying yes; a group's members opt in (`core.groups.buddies`). One buddy
at a time. Either side ends it whenever they like, and the other is told only that it
ended. What buddies see of each other, and the cheers, are in `buddy_news`.
"""

from __future__ import annotations

from core.engine import buddy_news as news
from core.engine import payloads as p
from core.engine.context import Ctx
from core.engine.flows.base import unknown_button
from core.groups import buddies as group_buddies
from core.i18n import _
from core.messages import Action, Command, Reply, ReplyButton, button_rows
from core.model import User
from core.peers import buddies as rules
from core.peers.buddies import Pair

ACCEPTING = "buddy:accept"
"""Someone looking at an invitation: `code` and the `name` they will be shown by."""
ENDS = frozenset({"end", "stop"})


def is_invitation(command: Command) -> bool:
    """`/start buddy-<code>`: a Telegram invitation link opened."""
    prefix = rules.CODE_PREFIX + "-"
    return command.name == "start" and command.args.lower().startswith(prefix)


def after_setting_up(what: Action) -> list[Reply]:
    """An invitation opened by someone new: it waits until they are set up."""
    if not (isinstance(what, Command) and is_invitation(what)):
        return []
    code = rules.code_of(what.args) or ""
    text = _(
        "A friend invited you to be practice buddies. Let's set you up first; then send "
        "/buddy {code} to see the invitation."
    )
    return [Reply(text.format(code=code))]


async def command(ctx: Ctx, user: User, command: Command, name: str) -> list[Reply]:
    """/buddy, /buddy end, /buddy CODE, and `/start buddy-CODE`."""
    wanted = command.args.strip()
    if wanted.lower() in ENDS:
        return await end(ctx, user)
    if wanted:
        code = rules.code_of(wanted)
        if code is None:
            return [
                Reply(
                    _(
                        "That doesn't look like an invitation code. /buddy on its own shows "
                        "your buddy, or an invitation to send a friend."
                    )
                )
            ]
        return await offer(ctx, user, code, name)
    return await show(ctx, user, name)


async def show(ctx: Ctx, user: User, name: str) -> list[Reply]:
    current = await news.current_pair(ctx, user)
    if current is not None:
        return [await news.view(ctx, user, current)]
    pair = await _open_invitation(ctx, user, name)
    code = f"{rules.CODE_PREFIX}-{pair.code}"
    mine = _(
        "{about}\n\nTo invite a friend, forward them the next message. They can also send me "
        "/buddy {code} on Telegram or Discord. It works once, for {days} days."
    ).format(about=news.what_a_buddy_sees(), code=pair.code, days=rules.INVITE_DAYS)
    rows = [[(_("Withdraw the invitation"), p.make(p.BUDDY, pair.id, "cancel"))]]
    pairs = await ctx.store.pairs_of(user.id)
    were = [w for w in pairs if w.paired_at is not None]
    if were and were[-1].ended_at is not None:  # told by the tick, unless on a break then
        mine = _("Your last buddy pairing has ended.") + "\n\n" + mine
    listed = [w for w in pairs if w.waiting and w.challenge_id]
    if listed:
        mine += "\n\n" + _("You're also on the list for a buddy from a group challenge.")
        rows.append([(_("Leave the list"), p.make(p.BUDDY, listed[0].id, "cancel"))])
    else:
        rows += [[row] for row in await group_buddies.offers(ctx, user)]
    invitation = Reply(
        _(
            "{name} invites you to be practice buddies on Ask Anyway: a little company for "
            "asking anyway. Tap below to open a chat with the bot, or send it /buddy {code}."
        ).format(name=pair.sides[0].name, code=pair.code),
        buttons=((ReplyButton(_("Open the invitation"), start=code),),),
    )
    return [Reply(mine, title=_("Buddies"), buttons=button_rows(*rows)), invitation]


async def _open_invitation(ctx: Ctx, user: User, name: str) -> Pair:
    """The user's invitation still open, or a new one."""
    for pair in await ctx.store.pairs_of(user.id):
        if rules.invite_open(pair, ctx.now()):
            return pair
        if pair.waiting and pair.code:  # expired: withdrawn
            await ctx.store.delete_pair(pair.id)
    return await ctx.store.open_pair(user.id, _shown(name), ctx.now())


def _shown(name: str) -> str:
    return " ".join(name.split())[:40] or _("A friend")


def _stale() -> Reply:
    return Reply(
        _(
            "That invitation has been used, withdrawn or has expired. Your friend can send "
            "/buddy for a fresh one."
        )
    )


async def offer(ctx: Ctx, user: User, code: str, name: str) -> list[Reply]:
    """An invitation opened: what a buddy sees, and yes or no."""
    pair = await ctx.store.pair_by_code(code)
    if pair is None or not rules.invite_open(pair, ctx.now()):
        return [_stale()]
    if pair.side(user.id) is not None:
        return [Reply(_("That's your own invitation: forward it to a friend."))]
    if await news.current_pair(ctx, user) is not None:
        return [news.one_at_a_time()]
    await ctx.set_state(user, ACCEPTING, code=pair.code, name=_shown(name))
    text = _("{inviter} would like to be practice buddies with you.\n\n{about}").format(
        inviter=pair.sides[0].name, about=news.what_a_buddy_sees()
    )
    text += "\n\n" + _("They would see you as {name}.").format(name=_shown(name))
    buttons = button_rows(
        [
            (_("Be buddies"), p.make(p.BUDDY_INVITE, pair.code, "y")),
            (_("No thanks"), p.make(p.BUDDY_INVITE, pair.code, "n")),
        ]
    )
    return [Reply(text, title=_("A buddy invitation"), buttons=buttons)]


async def answer(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    """Be buddies, or no thanks (the inviter is not told of a no)."""
    code = user.state_data.get("code") if user.state == ACCEPTING else None
    if code != payload.target.upper():
        return [_stale()]
    name = str(user.state_data.get("name") or _shown(""))
    await ctx.set_state(user)
    if payload.value != "y":
        return [Reply(_("No problem. Nothing was shared, and nobody is told."), edit=True)]
    pair = await ctx.store.pair_by_code(code)
    if await news.current_pair(ctx, user) is not None:
        return [news.one_at_a_time()]
    if pair is None or not rules.invite_open(pair, ctx.now()):
        return [_stale()]
    if not await ctx.store.join_pair(pair.id, user.id, name, ctx.now()):
        return [_stale()]
    await news.paired(ctx, pair.id, tell=pair.sides[0].user_id)
    text = _("You're buddies with {name} now! /buddy shows how they're doing.").format(
        name=pair.sides[0].name
    )
    return [Reply(text, edit=True, notice=_("You're buddies!"))]


async def waiting_text(ctx: Ctx, user: User, _text: str) -> list[Reply]:
    """Typed words while an invitation waits for its answer: the buttons decide."""
    return [Reply(_("Tap Be buddies or No thanks on the invitation, whenever you're ready."))]


async def press(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    """A side's button on its pair: cheer, end (and confirm), withdraw."""
    pair_id = payload.number()
    pair = await ctx.store.pair(pair_id) if pair_id is not None else None
    if pair is None or pair.side(user.id) is None:
        return [Reply(_("That buddy button is out of date. /buddy shows where things are."))]
    action = payload.value
    if action == "cancel" and pair.waiting:
        await ctx.store.delete_pair(pair.id)
        if pair.challenge_id is not None:
            return [Reply(_("Done: you're off the list."), edit=True)]
        return [Reply(_("Withdrawn. Nobody can use that invitation now."), edit=True)]
    if not pair.together:
        return [Reply(_("That's over now. /buddy shows where things are."), edit=True)]
    if action == "cheer":
        return [news.cheer_choice(pair, user)]
    if action == "end":
        return [_confirm_end(pair, user)]
    if action == "endy":
        return await end(ctx, user)
    if action == "keep":
        return [Reply(_("Good: you're still buddies."), edit=True)]
    return [unknown_button()]


def _confirm_end(pair: Pair, user: User) -> Reply:
    other = pair.other(user.id)
    text = _(
        "End being buddies with {name}? They'll be told only that it ended, never why."
    ).format(name=other.name if other else _("your buddy"))
    return Reply(
        text,
        buttons=button_rows(
            [
                (_("Yes, end it"), p.make(p.BUDDY, pair.id, "endy")),
                (_("Keep it"), p.make(p.BUDDY, pair.id, "keep")),
            ]
        ),
    )


async def end(ctx: Ctx, user: User) -> list[Reply]:
    pair = await news.current_pair(ctx, user)
    if pair is None:
        return [Reply(_("You don't have a buddy right now. /buddy if you'd like one."))]
    await news.end_pair(ctx, pair, user)
    return [
        Reply(
            _(
                "Done: you're not buddies any more. They'll only hear that it ended. Your "
                "practice carries on just the same, and /buddy is there if you ever want a "
                "new buddy."
            ),
            edit=True,
        )
    ]
