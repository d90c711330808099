"""Limits ignored, in words: the law's and the weather's, set aside by the user on purpose.

Drinks counted by a local name before the wheel (`core.asks.counted_rounds`), a licence taken
away, a machine run before its ticket or a driver past the legal hours
(`core.asks.barred_wheels`), a flood, storm or typhoon warning and the user setting out into
it (`core.asks.warnings_ignored`), an official paid "for his tea" or asked to look away
(`core.asks.tea_money`), and a skill or a closure set aside: an unbroken horse ridden by a
first-timer, water entered where it is closed for a flood (`core.asks.rash_risks`), a
stranger's ride that nobody is told of (`core.asks.untold_journeys`). Each limit
is there because a yes from whoever is asked cannot make the act safe or legal, so these are
unsafe whoever is asked; joined here so that `core.asks.danger.UNSAFE` names one module for them.
"""

from __future__ import annotations

from core.asks import (
    barred_wheels,
    counted_rounds,
    rash_risks,
    tea_money,
    untold_journeys,
    warnings_ignored,
)

PATTERNS = (
    *counted_rounds.PATTERNS,
    *barred_wheels.PATTERNS,
    *warnings_ignored.PATTERNS,
    *tea_money.PATTERNS,
    *rash_risks.PATTERNS,
    *untold_journeys.PATTERNS,
)
"""Each limit with the act that ignores it; `core.asks.danger.UNSAFE` joins them to its own."""
