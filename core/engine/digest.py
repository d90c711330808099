"""The monthly digest, sent with the record that completes each 30th day of practice
(rules and words in `core.advisor.digest`), with the progress picture. Private: it quotes
the user's own reflections."""

from __future__ import annotations

from core.advisor.digest import digest_text, is_digest_day
from core.advisor.follow import next_rung
from core.engine.context import Ctx
from core.engine.stats import progress_attachment
from core.i18n import _
from core.messages import Reply
from core.model import Attempt, User


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
    picture = await progress_attachment(ctx, user)
    return [Reply(text, title=_("Assumptions disproven"), attachment=picture, private=True)]
