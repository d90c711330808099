"""A no made hard in the ways the leverage and threat readings leave, read as one slot.

`core.asks.leverage` and `core.asks.threats` read insisting, guilt, counting on a yes and
the common threats. These readings add the rest of what users write when a no is meant to
be hard to give: everyone else's yes held up to the person (`core.asks.everyone_else`), a
gift given for a favour over others (`core.asks.bribes`), an ask timed for drink or a
funeral, or a no the user says the person cannot give (`core.asks.off_guard`), a secret, a
visit or a vote threatened (`core.asks.if_they_refuse`), a fright, a public list, a bonus or a
locked door held over a no (`core.asks.costs_of_a_no`), and the same leaning in Tagalog
(`core.asks.tagalog_pressure`) and in Spanish, Portuguese or Indonesian
(`core.asks.pressure_abroad`), an ultimatum, a name or a loss tied to a no
(`core.asks.strings_attached`), and a no never let be said: talked over, hung up on, or told
in advance it won't be taken (`core.asks.shouted_down`), and a no onlookers are counted on to
stop, or forbidden outright (`core.asks.watched_noes`), and a yes counted on for a hold, a
duty not to disappoint or a guilt raised (`core.asks.counted_yeses`), an audience chosen to
corner the person or show their answer (`core.asks.public_corners`), a no answered by a post, a
report or a debt told before others (`core.asks.exposed_noes`), and a sit-in or a debt told in
Pidgin, Indonesian or Korean (`core.asks.leaning_in_other_tongues`), a bad review, a secret,
an ended friendship or guilt tied to a no in other tongues (`core.asks.threats_abroad`), and
a no shamed before an audience or someone serving kept past their work
(`core.asks.shamed_noes`), a threat hinted or put after the favour (`core.asks.hinted_threats`),
a friendship, a love or a blame tied to a no (`core.asks.ties_withdrawn`), and favours counted
back or a parent's shame raised (`core.asks.favours_counted`), and a refusal argued down on the
spot with walking away ruled out (`core.asks.argued_noes`), and the user's friends brought to
crowd the person while the ask is made (`core.asks.crowded_noes`). `core.asks.slots` reads them
into the ask's `demands`.
"""

from __future__ import annotations

from core.asks import (
    argued_noes,
    bribes,
    costs_of_a_no,
    counted_yeses,
    crowded_noes,
    everyone_else,
    exposed_noes,
    favours_counted,
    hinted_threats,
    if_they_refuse,
    leaning_in_other_tongues,
    noes_punished,
    off_guard,
    pressure_abroad,
    public_corners,
    shamed_noes,
    shouted_down,
    strings_attached,
    tagalog_pressure,
    threats_abroad,
    ties_withdrawn,
    watched_noes,
)


def leaves_no_free_no(text: str) -> bool:
    """Whether any of the readings finds the ask leaning on the person's no."""
    readings = (
        everyone_else.claims_the_rest_agreed,
        bribes.offers_a_bribe,
        off_guard.asked_off_guard,
        if_they_refuse.threatens_a_no,
        tagalog_pressure.presses_in_tagalog,
        costs_of_a_no.makes_a_no_costly,
        pressure_abroad.presses_abroad,
        strings_attached.attaches_strings,
        shouted_down.shouts_down,
        watched_noes.counts_on_onlookers,
        counted_yeses.counts_on_a_yes,
        public_corners.corners_before_an_audience,
        exposed_noes.exposes_a_no,
        leaning_in_other_tongues.leans_in_other_tongues,
        threats_abroad.threatens_abroad,
        shamed_noes.shames_a_no,
        hinted_threats.hints_a_threat,
        ties_withdrawn.withdraws_a_tie,
        favours_counted.counts_favours,
        noes_punished.punishes_a_no,
        argued_noes.argues_a_no_down,
        crowded_noes.crowds_the_no,
    )
    return any(reading(text) for reading in readings)
