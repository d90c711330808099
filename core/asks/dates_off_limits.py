"""Dates and evenings out asked where they are not the user's to ask: before an audience that
makes a no hard, or of someone who is off limits to them (someone's partner, someone the user
serves at work, someone whose job is the user or their child)."""

from __future__ import annotations

from core.asks import advances, affection, not_free_to_date, off_limits, overstepping
from core.asks.dates_across_tongues import dates_across_a_counter
from core.asks.dates_at_work import dates_someone_at_work
from core.asks.roles import Who
from core.asks.text import has, without, words
from core.asks.unwelcome_dates import reports_their_no

_IN_LAW = words(r"[\w-]*in-laws?|step\w*")
_DATES = (affection.ROMANCE, affection.INVITE, advances.ADVANCES, not_free_to_date.DATE_OUTING)


def no_way_out(text: str) -> bool:
    """A date or an evening out asked where a no is hard to give: before the team, or of
    someone the user will be stuck with; the user's own partner may be asked anywhere."""
    invites_one = has(affection.INVITE, text) and has(overstepping.ONE_PERSON, text)
    romance = has(affection.ROMANCE, text) or invites_one
    own_partner = has(overstepping.OWN_PARTNER, text)
    return romance and has(overstepping.NO_WAY_OUT, text) and not own_partner


def dates_someone_off_limits(text: str, who: Who, named_as: str) -> bool:
    """A date, an evening out or a meeting after the user's shift asked of someone's partner,
    of someone the user serves at work, or of someone whose job is the user or their child; an
    outing with someone whose partner the user notes is away is a date too. The user's own
    sister or mother, asked out for a walk while her husband is away, is family company (an
    in-law, whose partner may be the one away, is not). Someone at a counter, or served by the
    user, in words the role lexicons miss is `core.asks.dates_at_work`; someone who has already
    said they are not interested, `core.asks.unwelcome_dates`."""
    if dates_someone_at_work(text, who) or dates_across_a_counter(text, who):
        return True
    if reports_their_no(text) and any(has(dates, text) for dates in _DATES):
        return True  # "even though she said she's not interested": her answer, given already
    away = has(off_limits.PARTNER_AWAY, text)  # "while his wife's away": her, in other words
    if not (has(off_limits.OFF_LIMITS, text) or away) or has(off_limits.BUSINESS_MEAL, text):
        return False
    own_kin = who is Who.FAMILY and not has(_IN_LAW, named_as)
    dated = without(off_limits.CALENDAR_DATE, text)
    kinds = (affection.ROMANCE, advances.ADVANCES) if own_kin else _DATES
    date = any(has(p, dated) for p in kinds)
    behind_their_back = away and has(off_limits.OUTING_WITH_ME, text)
    return date or (behind_their_back and not own_kin) or has(off_limits.MEETS_AFTER_WORK, text)
