"""Reading a shared challenge's settings as people give them: slash-command options
(`days 30 start tomorrow time 08:00 timezone Europe/London`), a command's bare words
(`/challenge_start 14`), or one setting typed in reply to the setup message.

Times and time zones are read exactly as in onboarding (`core.parsing`). A length is a
number of days (typed as "45 days", since a bare "14" reads as a time of day); a start is
today, tomorrow, monday (the next one) or a date like 2026-03-09.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from core.groups import shared_options as shared
from core.groups.rules import MAX_DAYS, MIN_DAYS
from core.i18n import _, ngettext
from core.parsing import parse_time, resolve_timezone

KEYS = {
    "days": "days",
    "length": "days",
    "start": "start",
    "from": "start",
    "time": "time",
    "timezone": "zone",
    "zone": "zone",
    "tz": "zone",
    "goal": "goal",
    "kinds": "kinds",
}
STARTS = ("today", "tomorrow", "monday")
_DAYS = re.compile(r"^(\d{1,4})\s*(?:days?)?$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Choice:
    """The settings someone gave; None where they said nothing."""

    days: int | None = None
    start: str | None = None
    """One of STARTS, or an ISO date; resolved against the group's today by `start_date`."""
    time: time | None = None
    zone: str | None = None
    goal: int | None = None
    """A shared goal in attempts; 0 takes the goal away."""
    domains: tuple[str, ...] | None = None

    def merged(self, other: Choice) -> Choice:
        return Choice(
            days=other.days if other.days is not None else self.days,
            start=other.start if other.start is not None else self.start,
            time=other.time if other.time is not None else self.time,
            zone=other.zone if other.zone is not None else self.zone,
            goal=other.goal if other.goal is not None else self.goal,
            domains=other.domains if other.domains is not None else self.domains,
        )


def start_date(value: str, today: date) -> date | None:
    """The date a start word or ISO date means, or None if it means none."""
    word = value.strip().lower()
    if word == "today":
        return today
    if word == "tomorrow":
        return today + timedelta(days=1)
    if word == "monday":
        return today + timedelta(days=(7 - today.weekday()) % 7 or 7)
    if _DATE.match(word):
        try:
            return date.fromisoformat(word)
        except ValueError:
            return None
    return None


def _days(value: str, need_word: bool) -> int | str | None:
    match = _DAYS.match(value.strip())
    if match is None or (need_word and not value.strip().lower().endswith(("day", "days"))):
        return None
    number = int(match.group(1))
    if not MIN_DAYS <= number <= MAX_DAYS:
        return _("A challenge lasts {low} to {high} days.").format(low=MIN_DAYS, high=MAX_DAYS)
    return number


def _one(key: str, value: str) -> tuple[Choice, str | None]:
    """One setting by name; an explanation instead when the value means nothing."""
    if key == "goal":
        goal = shared.goal_value(value)
        return (Choice(), goal) if isinstance(goal, str) else (Choice(goal=goal), None)
    if key == "kinds":
        domains = shared.domains_value(value)
        return (Choice(), domains) if isinstance(domains, str) else (Choice(domains=domains), None)
    if key == "days":
        days = _days(value, need_word=False)
        if isinstance(days, int):
            return Choice(days=days), None
        return Choice(), days or _("The length is a number of days, like 30.")
    if key == "start":
        if start_date(value, date(2000, 1, 1)) is None:
            return Choice(), _("The start is today, tomorrow, monday or a date like 2026-03-09.")
        return Choice(start=value.strip().lower()), None
    if key == "time":
        chosen = parse_time(value)
        if chosen is None:
            return Choice(), _("The time is a time of day, like 8:00 or 7:30.")
        return Choice(time=chosen), None
    zone = resolve_timezone(value)
    if zone is None:
        return Choice(), _('I couldn\'t find a time zone called "{text}".').format(
            text=value.strip()[:40]
        )
    return Choice(zone=zone), None


def parse_text(text: str) -> tuple[Choice, str | None]:
    """One setting typed on its own: a length ("45 days"), a start, a time, a place, or a
    shared goal ("goal 500", "500 attempts together")."""
    value = " ".join(text.split())
    typed_goal = shared.typed_goal(value)
    if typed_goal is not None:
        return _one("goal", typed_goal)
    days = _days(value, need_word=True)
    if isinstance(days, str):
        return Choice(), days
    if days is not None:
        return Choice(days=days), None
    if start_date(value, date(2000, 1, 1)) is not None:
        return Choice(start=value.lower()), None
    chosen = parse_time(value)
    if chosen is not None:
        return Choice(time=chosen), None
    zone = resolve_timezone(value)
    if zone is not None:
        return Choice(zone=zone), None
    return Choice(), _(
        "I couldn't read that as a length (like 45 days), a start (tomorrow, or a date like "
        "2026-03-09), a time (like 7:30) or a time zone (a city like Chicago)."
    )


def parse_args(args: str) -> tuple[Choice, list[str]]:
    """Named options (`days 30 time 8:00`), or bare words read one by one (a bare number
    is a length here, since a command has no other use for one)."""
    words = args.split()
    if not words:
        return Choice(), []
    if words[0].lower() not in KEYS:
        return _bare(words)
    fields: list[tuple[str, list[str]]] = []
    for word in words:
        if word.lower() in KEYS:
            fields.append((KEYS[word.lower()], []))
        else:
            fields[-1][1].append(word)
    choice, problems = Choice(), []
    for key, value in fields:
        found, problem = _one(key, " ".join(value))
        choice = choice.merged(found)
        if problem:
            problems.append(problem)
    return choice, problems


def _bare(words: list[str]) -> tuple[Choice, list[str]]:
    choice, problems = Choice(), []
    for word in words:
        days = _days(word, need_word=False)
        found, problem = (Choice(days=days), None) if isinstance(days, int) else parse_text(word)
        if isinstance(days, str):
            found, problem = Choice(), days
        choice = choice.merged(found)
        if problem:
            problems.append(problem)
    return choice, problems


def first_problem(problems: list[str]) -> str:
    """One short answer however much was wrong: the first problem and how many more.

    A command with thousands of unreadable words once drew one line each, dozens of
    messages paced over minutes at the group's rate limit; the admin needs only the first.
    """
    more = len(problems) - 1
    if more < 1:
        return problems[0]
    return (
        problems[0]
        + " "
        + ngettext(
            "(One more setting couldn't be read either.)",
            "({n} more settings couldn't be read either.)",
            more,
        ).format(n=more)
    )
