"""One-off deliveries: the "did you hear back?" follow-up, a member's summary of a group
challenge that is over, and the messages between buddies (`buddy_news`). Each is scheduled
once (its kind names what it is about, as in `followup:1234`), sent once, and its schedule
row then goes."""

from __future__ import annotations

from core.engine import buddy_news
from core.engine import payloads as p
from core.engine.cards import card_of, card_title
from core.engine.context import Ctx
from core.engine.schedules import FOLLOW_UP
from core.groups.ending import member_summary
from core.groups.schedule import MEMBER_SUMMARY
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User
from core.outcomes import HEARD_BACK, Outcome, outcome_choices


async def one_off_reply(ctx: Ctx, user: User, kind: str) -> Reply | None:
    """What the one-off `kind` says to `user`; None when there is nothing to send (the
    answer came meanwhile, the thing is gone, or the kind is not one of these)."""
    head, _sep, target = kind.partition(":")
    if not target.isdecimal():
        return None
    if head == FOLLOW_UP:
        return await _follow_up(ctx, user, int(target))
    if head == MEMBER_SUMMARY:
        return await member_summary(ctx, user, int(target))
    if head in buddy_news.KINDS:
        return await buddy_news.one_off(ctx, user, head, int(target))
    return None


async def _follow_up(ctx: Ctx, user: User, attempt_id: int) -> Reply | None:
    attempt = await ctx.store.attempt(attempt_id)
    if attempt is None or attempt.user_id != user.id or attempt.outcome is not Outcome.WAITING:
        return None
    card = await card_of(ctx, attempt)
    answers = [
        (label, p.make(p.OUTCOME, attempt.id, code)) for label, code in outcome_choices(HEARD_BACK)
    ]
    return Reply(
        _("A few days ago you were waiting to hear back. Any news?"),
        title=card_title(card) if card else _("Your card"),
        buttons=button_rows(answers[:3], answers[3:]),
    )
