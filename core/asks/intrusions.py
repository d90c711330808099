"""Ways an ask puts someone on the spot: joining them, interrupting what absorbs them, a
performance, a sale or hours of their time asked of someone who can't easily walk away."""

from __future__ import annotations

from core.asks import (
    aired_questions,
    assemblies,
    bent_routes,
    captive,
    group_sales,
    joining_in,
    laughing_stocks,
    manners,
    mid_call,
    off_limits,
    passers_by,
    private_moments,
    private_questions,
    queue_jumps,
    quiet_places,
    spotlight,
    spots_further_afield,
    strangers,
    strangers_abroad,
    their_places,
    time_favours,
    uninvited_joins,
)
from core.asks.ask import Intrusion
from core.asks.text import has, without


def intrusions(text: str) -> frozenset[Intrusion]:
    """Ways the ask puts someone on the spot; a dance asked at a dance class, where
        everyone partners everyone, is no performance asked of a stranger. Staff named by where
        they stand ("the woman behind the till") are who is asked, not a place the user asks into;
    nor is the counter the user wears a jumper behind, at their own work."""
    text = without(manners.WORN_AT_WORK, without(manners.SERVER_BEHIND, text))
    text = without(joining_in.ASKED_IN, text)  # "if I can jump in their volleyball game"
    found = {
        intrusion
        for intrusion, pattern in (
            (Intrusion.JOINS, manners.JOINS),
            (Intrusion.ABSORBED, manners.ABSORBED),
            (Intrusion.QUEUE, manners.QUEUE),
            (Intrusion.BACKSTAGE, manners.BACKSTAGE),
            (Intrusion.PERSONAL, manners.PERSONAL_QUESTION),
            (Intrusion.PERFORMANCE, manners.PERFORMANCE),
            (Intrusion.SELLS, manners.SELL_TO_CLOSE),
            (Intrusion.HOURS, time_favours.HOURS_OF_THEIR_TIME),
            (Intrusion.TAKES_THEIR_PLACE, manners.TAKES_THEIR_PLACE),
            (Intrusion.DOES_MY_WORK, time_favours.DOES_MY_WORK),
            (Intrusion.LENGTHY, time_favours.LENGTHY),
            (Intrusion.OTHERS_TABLE, their_places.OTHERS_TABLE),
            (Intrusion.JOINS, their_places.JOINED_ANYWAY),
            (Intrusion.CALLED_OUT, manners.CALLED_OUT),
            (Intrusion.JOINS, private_moments.BUTTS_IN),
            (Intrusion.CELEBRATION, private_moments.CELEBRATION),
            (Intrusion.TAKES_THEIR_PLACE, private_moments.STOPS_THEIR_ACT),
            (Intrusion.HOURS, off_limits.AFTER_HOURS),
            (Intrusion.ABSORBED, quiet_places.NOISE_IN_A_QUIET_PLACE),
            (Intrusion.CAPTIVE, captive.PITCH_TO_THE_CAPTIVE),
            (Intrusion.CAPTIVE, captive.PERFORMS_TO_THE_HELD),
            (Intrusion.GROUP_SALE, group_sales.SELLS_TO_A_GROUP),
            (Intrusion.PERSONAL, private_questions.MORTALITY),
            (Intrusion.PERSONAL, private_questions.PRIVATE_LIFE),
            (Intrusion.SINGLE_QUESTIONED, private_questions.SINGLE_QUESTIONED),
            (Intrusion.MARRIED_ASKED, private_questions.MARRIED_ASKED),
            (Intrusion.PERFORMANCE, spotlight.ON_SHOW),
            (Intrusion.CALLED_OUT, spotlight.MADE_TO_ANSWER),
            (Intrusion.TAKES_THEIR_PLACE, spotlight.THEIR_MOMENT),
            (Intrusion.CROWD, spotlight.OVER_THE_PA),
            (Intrusion.QUEUE, queue_jumps.JUMPS_THE_QUEUE),
            (Intrusion.JOINS, uninvited_joins.JOINS_THEIR_COMPANY),
            (Intrusion.CELEBRATION, uninvited_joins.THEIR_OCCASION),
            (Intrusion.CROWD, assemblies.TRAVELLERS_MADE_JURY),
            (Intrusion.PERSONAL, strangers_abroad.PERSONAL_ABROAD),
            (Intrusion.JOINS, strangers_abroad.JOINS_ABROAD),
            (Intrusion.ABSORBED, strangers_abroad.INTERRUPTS_ABROAD),
            (Intrusion.ABSORBED, passers_by.IN_A_RUSH),
            (Intrusion.QUEUE, passers_by.HELD_UP_BEHIND),
            (Intrusion.CELEBRATION, passers_by.UNINVITED_OCCASION),
            (Intrusion.CALLED_OUT, passers_by.BEFORE_THE_ROOM),
            (Intrusion.PERSONAL, spots_further_afield.PERSONAL_FURTHER_AFIELD),
            (Intrusion.JOINS, spots_further_afield.JOINS_FURTHER_AFIELD),
            (Intrusion.TAKES_THEIR_PLACE, spots_further_afield.PLACE_TAKEN_MID_GAME),
            (Intrusion.CROWD, spots_further_afield.MADE_A_SHOW_OF),
            (Intrusion.BEFORE_A_ROOM, laughing_stocks.MADE_A_LAUGHING_STOCK),
        )
        if has(pattern, text)
    }
    if assemblies.asked_before_a_room(text):
        found.add(Intrusion.BEFORE_A_ROOM)
    if aired_questions.airs_a_private_matter(text):
        found.add(Intrusion.CALLED_OUT)  # "in front of everybody, what his hourly is"
    if bent_routes.bends_the_route(text):
        found.add(Intrusion.QUEUE)  # the stops skipped for the user pass everyone else over
    if mid_call.interrupts_a_call(text):
        found.add(Intrusion.ABSORBED)
    if private_moments.intrudes_on_a_moment(text):
        found.add(Intrusion.PRIVATE_MOMENT)
    if private_moments.makes_a_crowd_perform(text):
        found.add(Intrusion.CROWD)
    if private_moments.asks_someone_in_tears(text):
        found.add(Intrusion.IN_TEARS)
    if queue_jumps.asks_only_the_one_ahead(text):
        found.discard(Intrusion.QUEUE)  # only the one asked is passed, and a no is taken
    danced = without(strangers.ASKED_TO_DANCE, text)
    if has(strangers.DANCE_CLASS, text) and not has(manners.PERFORMANCE, danced):
        found.discard(Intrusion.PERFORMANCE)
    return frozenset(found)
