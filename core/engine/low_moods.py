"""Beyond the rest nudge: a gentle word when low moods persist, at most once a week.

The rule is `core.care.escalation`; this module says it, offers to pause the cards and
shows where support is, and remembers when it was said as a safety event of its own kind
(`LOW_MOOD`), which the one-day pause after a crisis does not count.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.care.escalation import escalation, wording
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import Attempt, User
from core.wellbeing import Record

LOW_MOOD = "low_mood"


def _words() -> tuple[str, ...]:
    return (
        _(
            "Your moods have been low for a while now, and I want to be honest with you: a "
            "practice like this one may not be what you need right now, and that's okay. "
            "You could pause the cards for as long as you like. Talking to someone can help "
            "too, whether a person you trust, a doctor, or one of the lines in /help."
        ),
        _(
            "I've noticed that most of your recent days have felt heavy. Collecting no's is "
            "meant to build you up, not wear you down, so it might be kinder to step back "
            "from it for a while. The cards can pause whenever you want, and /help lists "
            "people who are there to listen."
        ),
        _(
            "These last days look hard, going by your moods. Nothing about this practice is "
            "worth pushing through when you feel this low. If you'd like, I can pause the "
            "cards, and it could help to talk to someone: a friend, a doctor, or one of the "
            "lines in /help."
        ),
    )


async def after_record(ctx: Ctx, user: User, recorded: Sequence[Attempt]) -> list[Reply]:
    """The word, when the rule says so and it was not said in the last week; else nothing."""
    records = [Record(a.local_date, a.outcome, a.mood) for a in recorded if a.outcome]
    today = ctx.today(user)
    last = await ctx.store.last_safety_event(user.id, (LOW_MOOD,))
    last_said = last.astimezone(ctx.zone(user)).date() if last else None
    if escalation(records, today, last_said, ctx.config.escalation) is None:
        return []
    await ctx.store.add_safety_event(user.id, LOW_MOOD, ctx.now())
    words = _words()
    return [
        Reply(
            words[wording(today, len(words))],
            private=True,
            buttons=button_rows(
                [(_("Pause my cards"), p.make(p.CHECK_IN, "pause"))],
                [(_("Show me who I can talk to"), p.make(p.CHECK_IN, "lines"))],
                [(_("I'd like to keep going"), p.make(p.CHECK_IN, "keep"))],
            ),
        )
    ]
