"""The monthly digest, sent with the record that completes each 30th day of practice
(rules and words in `core.advisor.digest`), with the progress picture. Private: it quotes
the user's own reflections. With the optional model (and consent) it opens with a few
warmer sentences written from the figures alone, never the user's words."""

from __future__ import annotations

from core.advisor.digest import (
    DIGEST_PURPOSE,
    DIGEST_SYSTEM,
    digest_text,
    is_digest_day,
    read_intro,
)
from core.advisor.follow import next_rung
from core.engine.context import Ctx
from core.engine.stats import progress_attachment
from core.i18n import _
from core.messages import Reply
from core.model import Attempt, User


async def _warmer(ctx: Ctx, user: User, figures: str) -> str | None:
    model = ctx.advisor
    if model is None or await ctx.store.advisor_consent(user.id) != model.host:
        return None
    answer = await model.complete(DIGEST_SYSTEM, figures)
    await ctx.store.add_advisor_exchange(user.id, DIGEST_PURPOSE, figures, answer or "", ctx.now())
    return None if answer is None else read_intro(answer, ctx.content.screener)


async def after_record(ctx: Ctx, user: User, attempt: Attempt) -> list[Reply]:
    attempts = await ctx.store.attempts(user.id)
    if not is_digest_day(attempt, attempts):
        return []
    plan = await ctx.store.plan(user.id)
    rungs = None
    if plan is not None and plan.rungs:
        index = next_rung(plan, [a for a in attempts if a.local_date >= plan.started])
        rungs = (len(plan.rungs) if index is None else index, len(plan.rungs))
    text = digest_text(attempts, await ctx.store.reflections(user.id), rungs)
    intro = await _warmer(ctx, user, digest_text(attempts, [], rungs))
    text = f"{intro}\n\n{text}" if intro else text
    picture = await progress_attachment(ctx, user)
    return [Reply(text, title=_("Assumptions disproven"), attachment=picture, private=True)]
