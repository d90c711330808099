"""After the mood: a gentler or harder next step, a rest nudge, and reflection.

Reflection is what turns an attempt into learning, so one or two short questions
follow every recorded card; the user answers in their own words or skips.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.choose import day_rng
from core.engine import digest, low_moods, talk
from core.engine import payloads as p
from core.engine.attempts import recorded_card, save_mood
from core.engine.context import Ctx
from core.i18n import _
from core.ladder import Advice, Step, advise
from core.messages import Reply, button_rows
from core.model import Attempt, AttemptStatus, Outcome, User
from core.prompts import Prompt, choose_prompts
from core.wellbeing import Record, RestReason, rest_reason

REFLECT = "reflect"
RECENT_PROMPTS = 6


async def after_mood(ctx: Ctx, user: User, attempt: Attempt, mood: int) -> list[Reply]:
    attempt = await save_mood(ctx, attempt, mood)
    replies = [await recorded_card(ctx, attempt)]
    recorded = [
        a
        for a in await ctx.store.attempts(user.id)
        if a.status is AttemptStatus.RECORDED and a.outcome
    ]
    reason = rest_reason(
        [Record(a.local_date, a.outcome, a.mood) for a in recorded if a.outcome],
        ctx.today(user),
        ctx.config.wellbeing,
    )
    steps = [Step(a.level, a.outcome, a.mood) for a in recorded if a.outcome]
    advice = advise(user.level, steps, rest_nudged=reason is not None)
    if advice.advice is Advice.STEP_DOWN:
        user = replace(user, level=advice.level)
        await ctx.store.save_user(user)
        replies.append(
            Reply(
                _("Let's make the next cards a little gentler: level {level}.").format(
                    level=advice.level
                )
            )
        )
    elif advice.advice is Advice.OFFER_UP:
        replies.append(level_offer(user.level, advice.level))
    if reason is not None:
        replies.append(rest_nudge(reason))
    replies.extend(await low_moods.after_record(ctx, user, recorded))
    replies.extend(await digest.after_record(ctx, user, attempt))
    replies.extend(await start_reflection(ctx, user, attempt))
    return replies


def level_offer(current: int, higher: int) -> Reply:
    return Reply(
        _(
            "You've done several cards at level {current} and felt okay afterwards. "
            "Ready to try level {higher}? No rush: staying is fine too."
        ).format(current=current, higher=higher),
        buttons=button_rows(
            [
                (_("Yes, level {level}").format(level=higher), p.make(p.LEVEL, higher)),
                (_("Stay at {level}").format(level=current), p.make(p.LEVEL, "stay")),
            ]
        ),
    )


def rest_nudge(reason: RestReason) -> Reply:
    why = {
        RestReason.LOW_MOODS: _("Your last moods have been low."),
        RestReason.REJECTION_SPIKE: _("You've collected a lot of no's in a short time."),
        RestReason.MOOD_DROP: _("Your mood has dipped these last few days."),
    }[reason]
    return Reply(
        _(
            "{why} That's real effort, and it's okay if it stings. How about being kind to "
            "yourself tomorrow? You could take the day off (your streak stays safe) or have a "
            "gentle card instead. And if you like, think of what you'd say to a friend who "
            "had been through these last few days."
        ).format(why=why),
        buttons=button_rows(
            [
                (_("Take tomorrow off"), p.make(p.NUDGE, "rest")),
                (_("A gentle card"), p.make(p.NUDGE, "gentle")),
            ]
        ),
    )


def _prompt(ctx: Ctx, prompt_id: str) -> Prompt | None:
    return next((pr for pr in ctx.content.prompts if pr.id == prompt_id), None)


def question(prompt: Prompt, attempt_id: int) -> Reply:
    note = _("Write as much or as little as you like. No one else using the bot will see it.")
    return Reply(
        prompt.text + "\n\n" + note,
        title=_("A moment to reflect"),
        buttons=button_rows([(_("Skip"), p.make(p.REFLECT, attempt_id, "skip"))]),
    )


async def start_reflection(ctx: Ctx, user: User, attempt: Attempt) -> list[Reply]:
    recent = [r.prompt_id for r in await ctx.store.reflections(user.id)][-RECENT_PROMPTS:]
    rng = day_rng(user.id, attempt.local_date, f"reflect:{attempt.id}")
    outcome = (attempt.outcome or Outcome.DIDNT_TRY).value
    chosen = choose_prompts(ctx.content.prompts, outcome, recent, rng, count=2)
    if not chosen:
        await ctx.set_state(user)
        return []
    await ctx.set_state(user, REFLECT, attempt=attempt.id, prompts=[c.id for c in chosen], index=0)
    return [question(chosen[0], attempt.id)]


async def answer(ctx: Ctx, user: User, text: str) -> list[Reply]:
    data = user.state_data
    attempt_id, prompt_ids, index = (
        data.get("attempt"),
        data.get("prompts", []),
        data.get("index", 0),
    )
    if not isinstance(attempt_id, int) or not 0 <= index < len(prompt_ids):
        await ctx.set_state(user)
        return [
            Reply(
                _("Thank you. I've lost track of which question that was, so let's leave it there.")
            )
        ]
    await ctx.store.add_reflection(user.id, attempt_id, prompt_ids[index], text, ctx.now())
    index += 1
    following = _prompt(ctx, prompt_ids[index]) if index < len(prompt_ids) else None
    if following is None:
        await ctx.set_state(user)
        closing = Reply(
            _(
                "Thank you, it's written down. No one else using the bot will see it. "
                "See you tomorrow."
            )
        )
        return [talk.with_offer(closing, await ctx.store.attempt(attempt_id))]
    await ctx.set_state(user, REFLECT, attempt=attempt_id, prompts=prompt_ids, index=index)
    return [question(following, attempt_id)]


async def skip(ctx: Ctx, user: User, attempt_id: int) -> list[Reply]:
    """The closing line fits what happened: some questions answered, or none.

    It replaces the question (`edit`), so its Skip button is gone once used. A press that
    comes too late (a double tap, an old question) closes that message the same way, with
    a word that it was closed already, and changes nothing else.
    """
    current = user.state == REFLECT and user.state_data.get("attempt") == attempt_id
    if not current:
        return [
            Reply(
                _("This reflection is closed already. Nothing more to do here."),
                notice=_("Already closed"),
                edit=True,
            )
        ]
    await ctx.set_state(user)
    if user.state_data.get("index", 0) > 0:
        closing = _("Thank you for what you wrote. The rest can wait. See you tomorrow.")
    else:
        closing = _("No problem. Reflection is optional. See you tomorrow.")
    return [Reply(closing, notice=_("Skipped"), edit=True)]


async def take_tomorrow_off(ctx: Ctx, user: User) -> list[Reply]:
    tomorrow = ctx.today(user) + timedelta(days=1)
    await ctx.store.add_rest_day(user.id, tomorrow, ctx.now())
    return [Reply(_("Tomorrow is a rest day. Your streak stays safe. Be gentle with yourself."))]
