"""The announcement that starts a shared challenge in the group, with its "I'm in" button.

When the admin set a shared goal or chose kinds of asks, the announcement says so first:
the goal is what everyone works towards together, so it belongs in the first message.
"""

from __future__ import annotations

from datetime import date, timedelta

from core.deck import domain_label
from core.engine import payloads as p
from core.groups import base
from core.groups.model import Group, GroupChallenge
from core.i18n import _, ngettext
from core.messages import Reply, button_rows


def _together(challenge: GroupChallenge) -> str:
    parts = []
    if challenge.goal is not None:
        parts.append(
            ngettext(
                "Our shared goal: {n} attempt together in {days} days.",
                "Our shared goal: {n} attempts together in {days} days.",
                challenge.goal,
            ).format(n=challenge.goal, days=challenge.days)
            + " "
            + _("Every attempt counts, whatever the answer.")
        )
    if challenge.domains:
        kinds = ", ".join(domain_label(d) for d in challenge.domains)
        parts.append(_("The asks: {kinds}.").format(kinds=kinds))
    return "".join(part + "\n\n" for part in parts)


def announcement(group: Group, challenge: GroupChallenge, today: date, edit: bool = False) -> Reply:
    starts = (
        _("today")
        if challenge.start_date == today
        else _("tomorrow")
        if challenge.start_date == today + timedelta(days=1)
        else base.short_date(challenge.start_date)
    )
    text = _(
        "Every day at {time} ({zone}) I'll post one small ask here, the same for everyone: "
        "gentle in the first week, a little bolder each week after. Try it, then tap how it "
        "went.\n\nWhat you record stays yours. The group sees that you tried, never your "
        "guesses, moods or thoughts, and your answers (yes, no …) only if you choose to "
        "share them.\n\nTap I'm in to join; you can join until the last week begins. "
        "/board shows how everyone is doing."
    ).format(time=challenge.delivery_time.strftime("%H:%M"), zone=challenge.timezone)
    return Reply(
        _together(challenge) + text,
        title=_("A {days}-day challenge starts {when}!").format(days=challenge.days, when=starts),
        buttons=button_rows([(_("I'm in"), p.make(p.GROUP_JOIN, challenge.id))]),
        private=False,
        edit=edit,
    )
