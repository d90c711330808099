"""The group's card of the day as the group reads it: yesterday's count, the goal's meter,
the ask, and the buttons to say how it went (or to join, while joining is open)."""

from __future__ import annotations

from datetime import date

from core.deck import Card
from core.engine import payloads as p
from core.engine.cards import card_text
from core.groups import base, goal, rules
from core.groups import play as group_play
from core.groups.model import Group, GroupChallenge
from core.i18n import _, ngettext
from core.messages import Reply, button_rows


def card_message(
    group: Group,
    challenge: GroupChallenge,
    card: Card,
    day: date,
    yesterday: rules.Figures | None,
    together: int | None = None,
) -> Reply:
    """The group's card of `day`; `together` is the attempts so far, for the goal's meter."""
    number = base.day_of(challenge, day)
    parts = []
    if yesterday is not None and yesterday.attempts:
        parts.append(
            _("Yesterday: {attempts}. Well done, all of you.").format(
                attempts=ngettext("{n} attempt", "{n} attempts", yesterday.attempts).format(
                    n=yesterday.attempts
                ),
            )
        )
    if challenge.goal is not None and together is not None:
        parts.append(goal.meter(together, challenge.goal))
    parts.append(card_text(card))
    parts.append(
        _(
            "Try it today, then tap how it went. Your guesses and feelings stay in your "
            "private chat; the group sees that you tried, and your answer only if you share it."
        )
    )
    cid = challenge.id
    rows = group_play.outcome_rows(cid, number)
    today_open = rules.join_open(challenge.start_date, challenge.days, day)
    if today_open:
        rows.append([(_("I'm in"), p.make(p.GROUP_JOIN, cid))])
    title = _("Day {day} of {days} · {title}").format(
        day=number, days=challenge.days, title=card.title
    )
    return Reply("\n\n".join(parts), title=title, buttons=button_rows(*rows), private=False)
