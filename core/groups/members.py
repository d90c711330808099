"""Joining and leaving a shared challenge, and choosing what the group may see.

Joining needs a person who has set up with the bot (and so agreed to what it keeps): a
member's records are their own attempts. Someone who has not gets a private invitation
with a link that starts the bot and joins in one go (`/start join-<id>-<code>`); the code
proves they saw the group's message. Until they finish setting up they are a pending
member, and they join the moment they are done. Every answer here is private: a big
group never gets a message per person.
"""

from __future__ import annotations

from dataclasses import replace

from core.engine import payloads as p
from core.engine.context import Ctx
from core.groups import appearance, base, buddies, rules
from core.groups.model import Group, GroupChallenge, Member
from core.i18n import _
from core.messages import Event, Reply, ReplyButton, button_rows
from core.model import User, UserStatus

JOIN_PREFIX = "join"
SET_UP = frozenset({UserStatus.ACTIVE, UserStatus.PAUSED, UserStatus.UNREACHABLE})


def join_code(challenge: GroupChallenge) -> str:
    return f"{JOIN_PREFIX}-{challenge.id}-{challenge.join_code}"


def set_up(user: User | None) -> bool:
    return user is not None and user.status in SET_UP and user.consent_at is not None


def invitation(group: Group, challenge: GroupChallenge) -> Reply:
    code = join_code(challenge)
    text = _(
        "To join {group}'s challenge, let's set you up with me first, in a private chat: it "
        "takes a minute, and you'll be in as soon as you're done. Tap the button below (or "
        "message me directly and send /start {code})."
    ).format(group=base.group_name(group), code=code)
    start = ReplyButton(_("Set up and join"), start=code)
    return Reply(text, buttons=((start,),), notice=_("Let's set you up first."))


def _share_buttons(challenge_id: int) -> tuple[tuple[ReplyButton, ...], ...]:
    return button_rows(
        [
            (_("Share my answers"), p.make(p.GROUP_SHARE, challenge_id, "y")),
            (_("Keep them to me"), p.make(p.GROUP_SHARE, challenge_id, "n")),
        ]
    )


def welcome(group: Group, challenge: GroupChallenge) -> Reply:
    text = _(
        "You're in {group}'s {days}-day challenge! Each day the group gets the same card; "
        "try it, then tap how it went under the card in the group.\n\nYour guesses, moods "
        "and thoughts stay with you. The group sees that you tried. Should it also see "
        "your answers (yes, no …)?"
    ).format(group=base.group_name(group), days=challenge.days)
    board = _(
        "The board names only those who choose it: tap How I appear to show your name or "
        "an alias; until then you're counted in the totals, not named."
    )
    buttons = _share_buttons(challenge.id) + button_rows([appearance.choose_button(challenge.id)])
    return Reply(f"{text}\n\n{board}", buttons=buttons, notice=_("You're in!"))


def closed_to_joiners() -> Reply:
    return Reply(
        _(
            "This challenge is in its last week, so it's closed to new members. Join the "
            "next one! Meanwhile, your own daily card is always there: /card."
        ),
        notice=_("Joining has closed."),
    )


async def join(
    ctx: Ctx, who_name: str, user: User | None, group: Group, challenge: GroupChallenge
) -> list[Reply]:
    """Join `challenge` (already checked to be one the person may join from where they are)."""
    if not rules.join_open(challenge.start_date, challenge.days, base.today(ctx, challenge)):
        return [closed_to_joiners()]
    if not set_up(user):
        if user is not None:
            await ctx.store.add_member(_member(ctx, challenge, user, who_name, active=False))
        return [invitation(group, challenge)]
    assert user is not None
    existing = await ctx.store.member(challenge.id, user.id)
    if existing is not None and existing.active:
        return [
            Reply(
                _("You're already in this challenge. /board shows how everyone is doing."),
                notice=_("You're already in."),
            )
        ]
    member = _member(ctx, challenge, user, who_name, active=True)
    if existing is None:
        await ctx.store.add_member(member)
    else:
        await ctx.store.save_member(replace(existing, active=True))
    return [welcome(group, challenge)]


def _member(ctx: Ctx, challenge: GroupChallenge, user: User, name: str, active: bool) -> Member:
    return Member(
        challenge_id=challenge.id,
        user_id=user.id,
        display_name=name.strip() or _("someone"),
        joined_at=ctx.now(),
        active=active,
    )


async def join_in_group(
    ctx: Ctx, event: Event, user: User | None, challenge_id: int | None = None
) -> list[Reply]:
    """`/join` or "I'm in" in the group: only that group's own current challenge."""
    if event.who.anonymous:
        return [
            Reply(
                _(
                    "You're posting as the group, so I can't tell who would be joining. To "
                    "take part yourself, send /join as you, or tap I'm in."
                ),
                private=False,
            )
        ]
    group, current = await base.challenge_in(ctx, event)
    if group is None or current is None or not base.running(current):
        return [replace(base.no_challenge(), private=True)]
    if challenge_id is not None and challenge_id != current.id:
        return [Reply(_("That challenge is over. Tap I'm in on the latest announcement."))]
    return await join(ctx, event.who.display_name, user, group, current)


async def _by_code(ctx: Ctx, code: str) -> tuple[Group, GroupChallenge] | None:
    prefix, _sep, rest = code.partition("-")
    number, _sep, secret = rest.partition("-")
    if prefix != JOIN_PREFIX or not number.isdecimal() or len(number) > 12:
        return None
    found = await base.running_challenge(ctx, int(number))
    if found is None or not secret or found[1].join_code != secret:
        return None
    return found


async def remember_invite(ctx: Ctx, user: User, name: str, code: str) -> list[Reply]:
    """`/start join-…` from someone still setting up: they join when they are done."""
    found = await _by_code(ctx, code)
    if found is None:
        return []
    group, challenge = found
    await ctx.store.add_member(_member(ctx, challenge, user, name, active=False))
    return [
        Reply(
            _("You'll be in {group}'s challenge as soon as we're set up.").format(
                group=base.group_name(group)
            )
        )
    ]


async def start_code(ctx: Ctx, user: User, name: str, code: str) -> list[Reply] | None:
    """`/start join-…` from someone set up already: join now. None for another code."""
    found = await _by_code(ctx, code)
    if found is None:
        return None
    return await join(ctx, name, user, *found)


async def after_onboarding(ctx: Ctx, user: User) -> list[Reply]:
    """The person finished setting up: every challenge they were waiting to join, joined."""
    replies = []
    for pending in await ctx.store.memberships(user.id):
        if pending.active:
            continue
        found = await base.running_challenge(ctx, pending.challenge_id)
        if found is None:
            await ctx.store.remove_member(pending.challenge_id, user.id)
            continue
        replies.extend(await join(ctx, pending.display_name, user, *found))
    return replies


async def share(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    cid = payload.number()
    member = await ctx.store.member(cid, user.id) if cid is not None else None
    if member is None or not member.active:
        return [Reply(_("You're not in that challenge any more."), edit=True)]
    shares = payload.value == "y"
    await ctx.store.save_member(replace(member, share_outcomes=shares))
    text = (
        _("Done: the group will see your answers, not only that you tried.")
        if shares
        else _("Done: the group will see only that you tried.")
    )
    return [Reply(text + " " + _("You can change this any time: /groups."), edit=True)]


async def leave(ctx: Ctx, user: User, challenge_id: int | None) -> list[Reply]:
    if challenge_id is None or not await ctx.store.remove_member(challenge_id, user.id):
        return [Reply(_("You're not in that challenge."), edit=True)]
    await buddies.left(ctx, user, challenge_id)
    return [
        Reply(
            _(
                "You've left the challenge; the board won't show you any more. What you "
                "recorded stays yours."
            ),
            edit=True,
            notice=_("You've left."),
        )
    ]


async def leave_in_group(ctx: Ctx, event: Event, user: User | None) -> list[Reply]:
    _group, current = await base.challenge_in(ctx, event)
    if user is None or current is None:
        return [Reply(_("You're not in a challenge here."))]
    return [replace(r, edit=False) for r in await leave(ctx, user, current.id)]
