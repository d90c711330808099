"""/groups in a private chat: each group challenge the person is in, with its card of today.

From here a member answers the group's card without going to the group, chooses whether
the group sees their answers, or leaves; one message per group, so each keeps its buttons.
"""

from __future__ import annotations

from core.engine import payloads as p
from core.engine.cards import card_text
from core.engine.context import Ctx
from core.groups import appearance, base
from core.groups import play as group_play
from core.groups.model import Group, GroupChallenge, Member
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User


async def your_groups(ctx: Ctx, user: User) -> list[Reply]:
    replies = []
    for member in await ctx.store.memberships(user.id):
        found = await base.running_challenge(ctx, member.challenge_id)
        if found is not None and member.active:
            replies.append(await _one(ctx, member, *found))
    return replies or [
        Reply(
            _(
                "You're not in any group challenge. When a group you're in starts one, tap "
                "I'm in under its announcement."
            )
        )
    ]


async def _one(ctx: Ctx, member: Member, group: Group, challenge: GroupChallenge) -> Reply:
    today = base.today(ctx, challenge)
    number = base.day_of(challenge, today)
    card_id = (await ctx.store.group_cards(challenge.id)).get(today)
    card = ctx.content.card(card_id) if card_id else None
    seen = (
        _("The group sees your answers.")
        if member.share_outcomes
        else _("The group sees only that you tried.")
    )
    rows = group_play.outcome_rows(challenge.id, number) if card is not None else []
    if card is not None:
        text = card_text(card) + "\n\n" + _("Tap how it went.")
    elif number < 1:
        text = _("It starts {date}; the first card comes at {time}.").format(
            date=base.short_date(challenge.start_date),
            time=challenge.delivery_time.strftime("%H:%M"),
        )
    else:
        text = _("Today's card comes at {time}.").format(
            time=challenge.delivery_time.strftime("%H:%M")
        )
    flip = "n" if member.share_outcomes else "y"
    label = _("Hide my answers") if member.share_outcomes else _("Share my answers")
    rows.append(
        [
            (label, p.make(p.GROUP_SHARE, challenge.id, flip)),
            appearance.choose_button(challenge.id),
            (_("Leave"), p.make(p.GROUP_LEAVE, challenge.id)),
        ]
    )
    day = _("day {day} of {days}").format(day=max(number, 0), days=challenge.days)
    title = f"{base.group_name(group)} · {day}" if number >= 1 else base.group_name(group)
    seen = f"{seen} {appearance.describe(member)}"
    return Reply(f"{text}\n\n{seen}", title=title, buttons=button_rows(*rows))
