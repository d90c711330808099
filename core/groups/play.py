"""A member answering the group's card: in the group, or in their private chat.

A press on the group's card (`go:<challenge>:<day>-<code>`) makes the member's own attempt
at that day's card (once: pressing again finds the same one), then hands over to the
personal flow: the guesses before, or the outcome, then how it felt, the mood and the
reflection, every one of them a private reply. The group sees nothing of it but the
board. Someone set up with the bot who presses in the group without having joined is
joined on the spot, while joining is open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.engine import attempts as flow
from core.engine import cards
from core.engine import payloads as p
from core.engine.context import Ctx
from core.groups import base, members
from core.groups.model import ChallengeStatus, Group, GroupChallenge
from core.groups.rules import date_of, join_open
from core.i18n import _
from core.messages import Reply
from core.model import Attempt, AttemptStatus, User
from core.outcomes import OUTCOME_CODES, outcome_choices, outcome_label

GUESS = "g"
CODES = (GUESS, *OUTCOME_CODES)


def payload(challenge_id: int, day: int, code: str) -> str:
    return p.make(p.GROUP_OUTCOME, challenge_id, f"{day}-{code}")


def outcome_rows(challenge_id: int, day: int) -> list[list[tuple[str, str]]]:
    """The buttons under a group's card of day `day`, in the group or in a private chat."""
    answers = [(label, payload(challenge_id, day, code)) for label, code in outcome_choices()]
    return [
        [(_("Guess the odds first"), payload(challenge_id, day, GUESS))],
        answers[:3],
        answers[3:],
    ]


def _private(replies: list[Reply], notice: str = "") -> list[Reply]:
    """Everything from the personal flow goes to the member alone, as new messages."""
    made = [replace(r, private=True, edit=False) for r in replies]
    if made and notice and not made[0].notice:
        made[0] = replace(made[0], notice=notice)
    return made


def stale() -> Reply:
    return Reply(
        _("That card is closed now, so I can't record anything on it."),
        notice=_("That card is closed."),
    )


async def _challenge(ctx: Ctx, challenge_id: int | None) -> tuple[Group, GroupChallenge] | None:
    """Answers are taken while a challenge runs and in the grace days after it ends."""
    challenge = await ctx.store.group_challenge(challenge_id) if challenge_id else None
    if challenge is None or challenge.status is ChallengeStatus.DRAFT:
        return None
    group = await ctx.store.group(challenge.group_id)
    return (group, challenge) if group is not None else None


async def press(
    ctx: Ctx, user: User | None, pressed: p.Payload, *, in_chat: str | None, name: str
) -> list[Reply]:
    """A press on the card of `pressed`'s day; `in_chat` is the group chat it came from
    (None in a private chat), `name` the person's name for the board if they join."""
    found = await _challenge(ctx, pressed.number())
    day_text, _sep, code = pressed.value.partition("-")
    if found is None or code not in CODES or not day_text.isdecimal() or len(day_text) > 3:
        return [stale()]
    group, challenge = found
    day = date_of(challenge.start_date, int(day_text))
    card_id = (await ctx.store.group_cards(challenge.id)).get(day)
    card = ctx.content.card(card_id) if card_id else None
    today = base.today(ctx, challenge)
    if card is None or not timedelta(0) <= today - day <= timedelta(
        days=ctx.config.record_grace_days
    ):
        return [stale()]
    if not members.set_up(user):
        return [members.invitation(group, challenge)]
    assert user is not None
    joined = await _membership(ctx, user, group, challenge, in_chat, name)
    if isinstance(joined, Reply):
        return [joined]
    attempt = await ctx.store.add_challenge_attempt(user.id, challenge.id, card, day, ctx.now())
    return joined + await _answer(ctx, user, attempt, code, base.day_of(challenge, day), challenge)


async def _membership(
    ctx: Ctx, user: User, group: Group, challenge: GroupChallenge, in_chat: str | None, name: str
) -> list[Reply] | Reply:
    """The member's welcome if they join by pressing, [] if in already, or why they can't."""
    member = await ctx.store.member(challenge.id, user.id)
    if member is not None and member.active:
        if name.strip() and name.strip() != member.display_name:
            await ctx.store.save_member(replace(member, display_name=name.strip()))
        return []
    if in_chat != group.chat_id or not base.running(challenge):
        return Reply(_("You're not in this challenge."), notice=_("Not in this challenge."))
    if not join_open(challenge.start_date, challenge.days, base.today(ctx, challenge)):
        return members.closed_to_joiners()
    return await members.join(ctx, name, user, group, challenge)


async def _answer(
    ctx: Ctx, user: User, attempt: Attempt, code: str, number: int, challenge: GroupChallenge
) -> list[Reply]:
    if attempt.status is AttemptStatus.RECORDED and attempt.outcome is not None:
        return [
            Reply(
                _("You've recorded this card already: {answer}. Thank you for trying!").format(
                    answer=outcome_label(attempt.outcome)
                ),
                notice=_("Recorded already."),
            )
        ]
    card = await cards.card_of(ctx, attempt)
    if card is None:
        return [stale()]
    if code == GUESS:
        line = _("Day {day} of {days} of the group challenge").format(
            day=number, days=challenge.days
        )
        reply = cards.card_reply(card, attempt, cards.PREDICT, day_line=line)
        return _private([reply], notice=_("Sent to you privately."))
    outcome = OUTCOME_CODES[code]
    recorded = await flow.record_outcome(ctx, user, attempt, outcome)
    return _private(recorded, notice=_("Recorded, privately."))
