"""Recording an attempt: the two guesses before, the outcome, the felt fear, the mood.

Each press updates one attempt row, so pressing "No" twice records one outcome and
a press on yesterday's card still counts for yesterday. The card message is edited
in place as the user answers. Ownership of the attempt is checked by the caller.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.engine import buddy_news
from core.engine import payloads as p
from core.engine.cards import (
    OUTCOME,
    SCARY,
    card_of,
    card_reply,
    card_text,
    card_title,
    morning_greeting,
)
from core.engine.context import Ctx
from core.engine.personal_challenge import counting_for, day_line
from core.engine.schedules import follow_up_kind
from core.groups import goal as group_goal
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import Attempt, AttemptStatus, User
from core.outcomes import ATTEMPTED, Outcome, outcome_label


def outcome_cheer(outcome: Outcome) -> str:
    return {
        Outcome.YES: _("A yes! Notice that: people often say yes more than we expect."),
        Outcome.NO: _("A no, collected. That was the point, and you went and asked. Well done."),
        Outcome.PARTLY: _("Partly counts. You asked, and you got somewhere."),
        Outcome.WAITING: _(
            "Sent and waiting: that counts already. I'll ask you again in a few days."
        ),
        Outcome.DIDNT_TRY: _("That's okay. Noticing what held you back is part of the practice."),
    }[outcome]


async def _card_edit(
    ctx: Ctx, attempt: Attempt, footer: str, rows: list[list[tuple[str, str]]]
) -> Reply:
    """The card as it is answered: it keeps its "Day 5 of 30" line, and the morning's
    card its greeting, to the end."""
    card = await card_of(ctx, attempt)
    owner = await ctx.store.user(attempt.user_id)
    line = day_line(owner, attempt.local_date) if owner is not None else ""
    greeting = morning_greeting() if attempt.morning else ""
    body = "\n\n".join(part for part in (greeting, line, card_text(card) if card else "") if part)
    return Reply(
        f"{body}\n\n{footer}".strip(),
        title=card_title(card) if card else _("Your card"),
        buttons=button_rows(*rows),
        edit=True,
    )


async def felt_question(ctx: Ctx, attempt: Attempt, outcome: Outcome) -> Reply:
    scale = [(str(n), p.make(p.FELT, attempt.id, n)) for n in range(11)]
    footer = _("{cheer}\n\nHow scary did it actually feel? 0 is not at all, 10 is terrifying.")
    return await _card_edit(
        ctx, attempt, footer.format(cheer=outcome_cheer(outcome)), [scale[:6], scale[6:]]
    )


async def mood_question(ctx: Ctx, attempt: Attempt, lead: str) -> Reply:
    moods = [(label, p.make(p.MOOD, attempt.id, i + 1)) for i, label in enumerate(MOOD_LABELS)]
    footer = _("{lead}\n\nAnd how is your mood right now?").format(lead=lead)
    return await _card_edit(ctx, attempt, footer, [moods])


MOOD_LABELS = ("1 😞", "2 🙁", "3 😐", "4 🙂", "5 😄")


def summary_line(attempt: Attempt) -> str:
    parts = [_("Recorded: {outcome}").format(outcome=outcome_label(attempt.outcome or Outcome.NO))]
    if attempt.felt_fear is not None:
        if attempt.expected_fear is not None:
            parts.append(
                _("felt {felt}/10 (you expected {expected})").format(
                    felt=attempt.felt_fear, expected=attempt.expected_fear
                )
            )
        else:
            parts.append(_("felt {felt}/10").format(felt=attempt.felt_fear))
    if attempt.mood is not None:
        parts.append(_("mood {mood}/5").format(mood=attempt.mood))
    return " · ".join(parts)


def still_open(ctx: Ctx, user: User, attempt: Attempt) -> bool:
    """A card can be answered on its day and for a short grace period after it; one
    still waiting for an answer stays open until the answer comes."""
    if attempt.outcome is Outcome.WAITING:
        return True
    if attempt.waiting_since is not None and attempt.mood is None:
        return True  # the answer came back; how it felt and the mood are still to come
    age = ctx.today(user) - attempt.local_date
    return attempt.status is not AttemptStatus.SKIPPED and age <= timedelta(
        days=ctx.config.record_grace_days
    )


def closed_card() -> Reply:
    return Reply(
        _("That card is closed now, so I can't record anything on it. /card shows today's."),
        notice=_("That card is closed."),
    )


async def predict(ctx: Ctx, user: User, attempt: Attempt, value: str) -> list[Reply]:
    card = await card_of(ctx, attempt)
    if card is None:
        return [closed_card()]
    line = day_line(user, attempt.local_date)
    if value == "x":
        return [card_reply(card, attempt, OUTCOME, edit=True, day_line=line)]
    chance = p.Payload("", "", value).int_value(0, 100)
    if chance is None:
        return [Reply(_("That button isn't one I know. Please use the buttons on your card."))]
    updated = replace(attempt, predicted_yes=chance)
    await ctx.store.save_attempt(updated)
    return [card_reply(card, updated, SCARY, edit=True, day_line=line)]


async def scary(ctx: Ctx, user: User, attempt: Attempt, value: int) -> list[Reply]:
    card = await card_of(ctx, attempt)
    if card is None:
        return [closed_card()]
    updated = replace(attempt, expected_fear=value)
    await ctx.store.save_attempt(updated)
    line = day_line(user, attempt.local_date)
    return [card_reply(card, updated, OUTCOME, edit=True, day_line=line)]


async def record_outcome(ctx: Ctx, user: User, attempt: Attempt, outcome: Outcome) -> list[Reply]:
    if attempt.status is AttemptStatus.RECORDED and attempt.outcome is Outcome.WAITING:
        return await heard_back(ctx, user, attempt, outcome)
    waiting = outcome is Outcome.WAITING
    updated = replace(
        attempt,
        outcome=outcome,
        status=AttemptStatus.RECORDED,
        recorded_at=attempt.recorded_at or ctx.now(),
        waiting_since=attempt.waiting_since or (ctx.now() if waiting else None),
        personal_challenge_start=(
            attempt.personal_challenge_start or counting_for(user, attempt.local_date)
        ),
    )
    follow_up = ctx.now() + timedelta(days=ctx.config.followup_days) if waiting else None
    async with ctx.store.transaction():  # the outcome and its follow-up, or neither
        await ctx.store.save_attempt(updated)
        await ctx.store.user_schedules.schedule(user.id, follow_up_kind(attempt.id), follow_up)
    if outcome in ATTEMPTED and attempt.challenge_id is not None:
        await group_goal.after_attempt(ctx, attempt.challenge_id)
    if outcome in ATTEMPTED:
        await buddy_news.after_attempt(ctx, user)
    if outcome in ATTEMPTED:
        return [await felt_question(ctx, updated, outcome)]
    return [await mood_question(ctx, updated, outcome_cheer(outcome))]


async def heard_back(ctx: Ctx, user: User, attempt: Attempt, outcome: Outcome) -> list[Reply]:
    """The answer to an ask that was waiting to hear, from the follow-up or the card itself.

    How scary it felt was answered when the ask was made, so it is not asked again; the
    attempt keeps `waiting_since`, so its history shows it was pending first. "Still
    waiting" asks again a few days later.
    """
    kind = follow_up_kind(attempt.id)
    if outcome is Outcome.WAITING:
        later = ctx.now() + timedelta(days=ctx.config.followup_days)
        await ctx.store.user_schedules.schedule(user.id, kind, later)
        return [Reply(_("Still waiting, then. I'll ask again in a few days."), edit=True)]
    since = attempt.waiting_since or attempt.recorded_at or ctx.now()
    updated = replace(attempt, outcome=outcome, waiting_since=since)
    async with ctx.store.transaction():
        await ctx.store.save_attempt(updated)
        await ctx.store.user_schedules.schedule(user.id, kind, None)
    if updated.felt_fear is None and outcome in ATTEMPTED:
        return [await felt_question(ctx, updated, outcome)]
    if updated.mood is None:
        return [await mood_question(ctx, updated, outcome_cheer(outcome))]
    card, day = await card_of(ctx, attempt), attempt.local_date
    noted = _(
        "Noted on “{title}” from {day}: you were waiting to hear, and the answer is in: {answer}."
    ).format(
        title=card.title if card else _("your card"),
        day=f"{day.day} {day:%B}",
        answer=outcome_label(outcome),
    )
    return [Reply(f"{outcome_cheer(outcome)}\n\n{noted}", edit=True)]


async def felt(ctx: Ctx, attempt: Attempt, value: int) -> list[Reply]:
    updated = replace(attempt, felt_fear=value)
    await ctx.store.save_attempt(updated)
    lead = summary_line(updated)
    if (comparison := fear_comparison(attempt.expected_fear, value)) is not None:
        lead += "\n" + comparison
    return [await mood_question(ctx, updated, lead)]


def fear_comparison(expected: int | None, felt: int) -> str | None:
    """A kind word for how the fear compared with the guess, whichever way it went."""
    if expected is None:
        return None
    if felt < expected:
        return _("Less scary than you expected. Worth remembering.")
    if felt == expected:
        return _("About as scary as you expected, and you asked anyway. That counts.")
    return _(
        "Scarier than you expected, and you still asked. That happens often in this "
        "practice; it is the brave part, and it tends to ease with time."
    )


async def save_mood(ctx: Ctx, attempt: Attempt, value: int) -> Attempt:
    updated = replace(attempt, mood=value)
    await ctx.store.save_attempt(updated)
    return updated


async def recorded_card(ctx: Ctx, attempt: Attempt) -> Reply:
    return await _card_edit(ctx, attempt, summary_line(attempt), [])
