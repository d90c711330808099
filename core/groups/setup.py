"""Starting and stopping a shared challenge: admins only.

`/challenge_start` with options (Discord's slash command, or typed) starts one at once;
without them it posts a setup message (a draft) whose buttons change the length, first
day, card time and time zone, and to which an admin can reply with any of those typed.
"Start" turns the setup message into the announcement with its "I'm in" button. The
draft's defaults are 30 days from tomorrow, at the admin's own card time and zone when
the admin uses the bot, else 08:00 UTC.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from core.engine import payloads as p
from core.engine.context import Ctx
from core.groups import base, options, rules, setup_shared
from core.groups.announcement import announcement
from core.groups.ending import close, closing_summary
from core.groups.model import ChallengeStatus, Group, GroupChallenge
from core.groups.schedule import schedule_challenge
from core.i18n import _
from core.messages import Event, Reply, button_rows
from core.model import User

LENGTHS = (7, 14, 30, 60, 100)
TIMES = ("07:00", "08:00", "09:00", "12:00", "18:00")
ZONES = (
    ("London", "Europe/London"),
    ("New York", "America/New_York"),
    ("Los Angeles", "America/Los_Angeles"),
    ("Berlin", "Europe/Berlin"),
    ("Sydney", "Australia/Sydney"),
)
DEFAULT_TIME = time(8, 0)


def _mark(label: str, chosen: bool) -> str:
    return f"✓ {label}" if chosen else label


def setup_message(group: Group, draft: GroupChallenge, today: date, edit: bool = False) -> Reply:
    cid = draft.id
    text = _(
        "Let's set it up. Tap to change anything, then Start.\n\n"
        "• Length: {days} days\n• First day: {start}\n• Card time: {time}\n"
        "• Time zone: {zone}\n{shared}\n\n"
        "To type a setting instead (a length like 45 days, a date like 2026-03-09, a time "
        "like 7:30, a city for the time zone, or a goal like goal 500), reply to this message."
    ).format(
        days=draft.days,
        start=base.short_date(draft.start_date),
        time=draft.delivery_time.strftime("%H:%M"),
        zone=draft.timezone,
        shared=setup_shared.lines(draft),
    )
    starts = [
        (_("Today"), "today"),
        (_("Tomorrow"), "tomorrow"),
        (_("Next Monday"), "monday"),
    ]
    rows = [
        [(_mark(str(n), n == draft.days), p.make(p.GROUP_SETUP, cid, f"d.{n}")) for n in LENGTHS],
        [
            (
                _mark(label, options.start_date(word, today) == draft.start_date),
                _set(cid, "s", word),
            )
            for label, word in starts
        ],
        [
            (
                _mark(t, t == draft.delivery_time.strftime("%H:%M")),
                _set(cid, "t", t.replace(":", "")),
            )
            for t in TIMES
        ],
        [
            (_mark(city, z == draft.timezone), _set(cid, "z", str(i)))
            for i, (city, z) in enumerate(ZONES)
        ],
        *setup_shared.rows(draft),
        [
            (_("Start the challenge"), p.make(p.GROUP_SETUP, cid, "go")),
            (_("Cancel"), p.make(p.GROUP_SETUP, cid, "no")),
        ],
    ]
    return Reply(
        text,
        title=_("A shared challenge for {group}").format(group=base.group_name(group)),
        buttons=button_rows(*rows),
        private=False,
        edit=edit,
    )


def _set(cid: int, field: str, value: str) -> str:
    return p.make(p.GROUP_SETUP, cid, f"{field}.{value}")


def _already(challenge: GroupChallenge, today: date) -> Reply:
    number = base.day_of(challenge, today)
    if number < 1:
        text = _("A challenge is already announced here; it starts {date}.").format(
            date=base.short_date(challenge.start_date)
        )
    else:
        text = _("A challenge is already running here: day {day} of {days}.").format(
            day=number, days=challenge.days
        )
    return Reply(text + " " + _("An admin can end it with /challenge_stop."), private=False)


async def _draft(ctx: Ctx, group: Group, admin: User | None) -> GroupChallenge:
    zone = admin.timezone if admin is not None and admin.consent_at else "UTC"
    at = admin.delivery_time if admin is not None and admin.consent_at else DEFAULT_TIME
    fresh = GroupChallenge(
        id=0,
        group_id=group.id,
        days=rules.DEFAULT_DAYS,
        start_date=date.min,
        timezone=zone,
        delivery_time=at,
        status=ChallengeStatus.DRAFT,
        created_at=ctx.now(),
    )
    fresh = replace(fresh, start_date=base.today(ctx, fresh) + timedelta(days=1))
    return await ctx.store.add_group_challenge(fresh)


def _apply(ctx: Ctx, draft: GroupChallenge, choice: options.Choice) -> GroupChallenge:
    """The draft with the given settings; a start word is read in the (new) zone's today."""
    zoned = replace(
        draft,
        days=choice.days or draft.days,
        delivery_time=choice.time or draft.delivery_time,
        timezone=choice.zone or draft.timezone,
        goal=draft.goal if choice.goal is None else choice.goal or None,
        domains=draft.domains if choice.domains is None else choice.domains,
    )
    if not choice.start:
        return zoned
    start = options.start_date(choice.start, base.today(ctx, zoned))
    return replace(zoned, start_date=start or zoned.start_date)


async def start_command(ctx: Ctx, event: Event, admin: User | None, args: str) -> list[Reply]:
    if not base.is_admin(event):
        return [base.only_admins()]
    group = await base.group_of(ctx, event)
    current = await ctx.store.current_challenge(group.id)
    if current is not None and base.running(current):
        return [_already(current, base.today(ctx, current))]
    draft = current or await _draft(ctx, group, admin)
    choice, problems = options.parse_args(args)
    if problems:
        return [Reply(options.first_problem(problems), private=False)]
    draft = _apply(ctx, draft, choice)
    await ctx.store.save_group_challenge(draft)
    if not args.strip():
        return [setup_message(group, draft, base.today(ctx, draft))]
    return [await launch(ctx, group, draft)]


async def launch(ctx: Ctx, group: Group, draft: GroupChallenge, edit: bool = False) -> Reply:
    today = base.today(ctx, draft)
    start = draft.start_date if draft.start_date >= today else today + timedelta(days=1)
    started = replace(draft, start_date=start, status=ChallengeStatus.RUNNING)
    await ctx.store.save_group_challenge(started)
    await schedule_challenge(ctx, started)
    return announcement(group, started, today, edit=edit)


async def _draft_of(ctx: Ctx, event: Event, cid: int | None) -> tuple[Group, GroupChallenge] | None:
    """The draft a setup button names, only if it belongs to the chat it was pressed in."""
    group, current = await base.challenge_in(ctx, event)
    if group is None or current is None or current.id != cid:
        return None
    return (group, current) if current.status is ChallengeStatus.DRAFT else None


async def setup_button(ctx: Ctx, event: Event, payload: p.Payload) -> list[Reply]:
    if not base.is_admin(event):
        return [base.only_admins()]
    found = await _draft_of(ctx, event, payload.number())
    if found is None:
        return [
            Reply(
                _("That setup is finished or was replaced."),
                private=False,
                notice=_("Done already."),
            )
        ]
    group, draft = found
    if payload.value == "go":
        return [await launch(ctx, group, draft, edit=True)]
    if payload.value == "no":
        await ctx.store.save_group_challenge(replace(draft, status=ChallengeStatus.ENDED))
        return [
            Reply(_("Setup cancelled. /challenge_start begins again."), private=False, edit=True)
        ]
    field, _sep, value = payload.value.partition(".")
    shared = setup_shared.press(draft, field, value)
    if shared is not None:
        await ctx.store.save_group_challenge(shared)
        return [setup_message(group, shared, base.today(ctx, shared), edit=True)]
    choice = _choice(field, value)
    if choice is None:
        return [Reply(_("That button isn't one I know."), private=False)]
    draft = _apply(ctx, draft, choice)
    await ctx.store.save_group_challenge(draft)
    return [setup_message(group, draft, base.today(ctx, draft), edit=True)]


def _choice(field: str, value: str) -> options.Choice | None:
    if field == "d" and value.isdecimal() and int(value) in LENGTHS:
        return options.Choice(days=int(value))
    if field == "s" and value in options.STARTS:
        return options.Choice(start=value)
    if field == "t" and value in {t.replace(":", "") for t in TIMES}:
        return options.Choice(time=time(int(value[:2]), int(value[2:])))
    if field == "z" and value.isdecimal() and int(value) < len(ZONES):
        return options.Choice(zone=ZONES[int(value)][1])
    return None


async def setup_text(ctx: Ctx, event: Event, text: str) -> list[Reply] | None:
    """An admin's typed setting for the group's draft; None when there is no draft."""
    group, current = await base.challenge_in(ctx, event)
    if group is None or current is None or current.status is not ChallengeStatus.DRAFT:
        return None
    if not base.is_admin(event):
        return [base.only_admins()]
    choice, problem = options.parse_text(text)
    if problem:
        return [Reply(problem, private=False)]
    draft = _apply(ctx, current, choice)
    await ctx.store.save_group_challenge(draft)
    return [setup_message(group, draft, base.today(ctx, draft))]


async def stop_command(ctx: Ctx, event: Event) -> list[Reply]:
    if not base.is_admin(event):
        return [base.only_admins()]
    group, current = await base.challenge_in(ctx, event)
    if group is None or current is None:
        return [base.no_challenge()]
    if current.status is ChallengeStatus.DRAFT:
        await ctx.store.save_group_challenge(replace(current, status=ChallengeStatus.ENDED))
        return [Reply(_("Setup cancelled. /challenge_start begins again."), private=False)]
    return [
        Reply(
            _("Stop the challenge for everyone? What everyone did so far still counts."),
            buttons=button_rows(
                [
                    (_("Yes, stop it"), p.make(p.GROUP_STOP, current.id, "yes")),
                    (_("Keep going"), p.make(p.GROUP_STOP, current.id, "no")),
                ]
            ),
            private=False,
        )
    ]


async def stop_button(ctx: Ctx, event: Event, payload: p.Payload) -> list[Reply]:
    if not base.is_admin(event):
        return [base.only_admins()]
    group, current = await base.challenge_in(ctx, event)
    if group is None or current is None or current.id != payload.number():
        return [Reply(_("That challenge is over already."), private=False, edit=True)]
    if payload.value != "yes":
        return [Reply(_("Good. On we go."), private=False, edit=True)]
    summary = await closing_summary(ctx, group, current, stopped=True)
    await close(ctx, current)
    return [replace(summary, edit=True)]
