"""Understanding an ask: who is asked, what for, and how, as slots a rule can read.

`understand` fills an `Ask` from the words of a card. It is deliberately shallow
(lexicons and the position of the asking verb, no grammar), deterministic and fast,
and it says what it saw, so a refusal can name the problem and a test can check each
slot on its own.
"""

from __future__ import annotations

import re

from core.asks import (
    affection,
    asked_again,
    at_the_wheel,
    beyond_the_job,
    brief_loans,
    candid_footage,
    closeness,
    conduct,
    consent_given,
    cornered_dates,
    customers,
    dates_off_limits,
    deception,
    deep_pockets,
    doorsteps,
    even_swaps,
    fares,
    free_helpings,
    group_chats,
    habits_stopped,
    hard_nos,
    hard_times,
    honest_admissions,
    kind_offers,
    leverage,
    manners,
    not_free_to_date,
    off_limits,
    offers,
    overstepping,
    own_footage,
    own_standing,
    posting_people,
    power,
    private_feedback,
    rehearsals,
    requests,
    reunions,
    safe_senses,
    safeguards,
    set_ups,
    shown_proof,
    soft_touches,
    spared_noes,
    strangers,
    taking_liberties,
    their_own_affairs,
    threats,
    traces,
    trade_lessons,
    trade_lines,
    travellers,
    under_age_dates,
    upkeep,
    views_asked,
    wage_holds,
)
from core.asks.ask import Ask
from core.asks.asked import who_is_asked
from core.asks.described import described
from core.asks.intrusions import intrusions
from core.asks.just_met import alone_with_someone_just_met
from core.asks.minutes_given import without_minutes_given
from core.asks.photos_then_more import only_a_photo
from core.asks.places_not_perils import without_hours_seen
from core.asks.price_limits import without_price_limits
from core.asks.roles import PRIVATE_CIRCLE, Who
from core.asks.self_questions import OWN_HABIT_OR_FEAR
from core.asks.strangers import (
    OPEN_INVITATION,
    asked_first,
    asks_more_than_a_moment,
)
from core.asks.text import has, hits, normal, without, words
from core.asks.wants import wants

_GENTLE = words(
    r"hug(?:s|ged|ging)?|peluk(?:an)?|cwtch(?:es)?|high[- ]?fives?|fist[- ]?bumps?|handshakes?"
    r"|hold (?:my|your) hands?|hold (?:on ?to )?(?:my|your) arm|cuddles?|abra(?:zo|ço)s?|c[aâ]lins?"
)
"""Touch a friend may be asked for: a hug (a cuddle, as it is said in Scotland and England; an
"abrazo", an "abraço" or a "câlin" in Spanish, Portuguese or French), a high five, a handshake,
a hand to hold."""
_PROFESSIONAL = words(
    r"teachers?|tutors?|coach|instructors?|mentors?|trainers?|lecturers?|professors?|physio\w*"
    r"|therapists?|counsel+ors?|doctors?|gp|nurses?|dentists?|psych\w+ists?|shrink|sir|ma'am"
)
"""Roles whose job is the user: a date asked of them mixes their work with pursuit."""
_OWN_CHILD = re.compile(r"^(?:my|our|your|mi|mis) (?!.*(?:neighbour|vecin|'))")
"""A child named as the user's own ("my son", "mi hijo"), not a neighbour's or a son's friend."""


_HELD_CLOSE = words(
    r"cuddl\w* (?:\w+ ){0,3}?(?:on|in|under|up on) (?:the|my|his|her|their|a) (?:\w+ )?(?:sofa"
    r"|couch|settee|bed|blanket|duvet|covers|sheets|futon|hammock)",
    r"(?:when|while|after|once) (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend"
    r"|missus|fiancée?) (?:goes|has gone|is|'s|falls|leaves)",
    r"(?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|missus|fiancée?)"
    r" (?:won't|will not|doesn't|does not|wouldn't|needn't|need not) (?:\w+ )?(?:know|find out)",
)
"""A cuddle on the sofa or in bed, or one timed for when a spouse is out of the way: held close,
not a hug a friend gives after a rotten week."""


def _only_a_hug(text: str) -> bool:
    touches = hits(affection.TOUCH, text)
    gentle = bool(touches) and all(_GENTLE.fullmatch(m.group(0)) for m in touches)
    return gentle and not has(_HELD_CLOSE, text)


def _takes_from_the_vulnerable(text: str) -> bool:
    """Asking someone in grief or hardship for money, a favour, a signature or a decision, or
    holding them to a plan: they can't easily say no. Offering them help ("if she needs a
    hand") is kind, and not this."""
    taken = (
        conduct.FOR_ME,
        requests.MONEY,
        conduct.SELLS_UP,
        conduct.HELD_TO,
        hard_times.CALLED_IN,
    )
    wanted = any(has(lexicon, text) for lexicon in taken)
    return wanted and (has(conduct.VULNERABLE, text) or has(hard_times.IN_HARD_TIMES, text))


def _taught_by_kin_in_care(text: str) -> bool:
    """A relative the user cares for asked only to teach them: the care they rely on is said
    of them ("for her shopping"), not asked, so it is no money wanted."""
    if not has(hard_times.RELIED_ON_BY_KIN, text) or not has(hard_times.TAUGHT_BY_THEM, text):
        return False
    asked = without(hard_times.CARE_CLAUSE, text)
    return not any(has(lexicon, asked) for lexicon in (requests.MONEY, conduct.FOR_ME))


def _recorded(text: str) -> bool:
    text = posting_people.STOPPED.sub(" ", text)  # "ask her to stop posting my kids on fb"
    if has(conduct.FOR_THEM, text):
        return False
    consented = has(conduct.ASKS_CONSENT, text) or has(candid_footage.SAID_YES, text)
    if consented and not has(conduct.SECRETLY, text):
        return False
    if posting_people.posts_others(text) or candid_footage.recorded_untold(text):
        return True
    if consent_given.agreed_to_camera(text) and not has(conduct.SECRETLY, text):
        return False
    if has(conduct.RECORDED, without(own_footage.OWN_FOOTAGE, text)):
        return True
    posted = without(conduct.MET_ONLINE, text)
    return has(conduct.SHARED_ONLINE, posted) and not has(conduct.OWN_WORK, text)


_SENTENCE_END = re.compile(r"[.!?;]")


def _deceives(text: str) -> bool:
    """A pretence in the ask, not in the habit the user is setting out to stop
    ("I keep pretending I'm fine; tonight I'll tell my partner I'm tired") or the fear they ask
    themselves about (`core.asks.self_questions`), nor a part played
    in a rehearsal the person is in on, nor someone else's false report the user appeals."""
    text = without(deception.APPEALED, text)
    text = honest_admissions.without_admissions(text)  # "though I've not booked"
    text = shown_proof.without_true_claims(text)  # "I'm 25 and show my ID": true and shown
    if rehearsals.a_part_in_a_rehearsal(text):
        return has(deception.AS_FOUND, text) and has(deception.OWN_DOING, text)
    for match in hits(deception.DECEPTION, text):
        ends = [end.end() for end in _SENTENCE_END.finditer(text, 0, match.start())]
        if not has(OWN_HABIT_OR_FEAR, text[ends[-1] if ends else 0 : match.start()]):
            return True
    return has(deception.AS_FOUND, text) and has(deception.OWN_DOING, text)


def _invites(text: str) -> bool:
    """A one-to-one invitation: coffee, dinner, or an outing asked as a date would be ("ask
    her to the pictures"); an open one to everyone is none."""
    asked = private_feedback.without_privacy_for_feedback(text)
    invited = has(affection.INVITE, asked) or has(not_free_to_date.DATE_OUTING, text)
    return invited and not has(OPEN_INVITATION, text)


def _after(text: str, named_as: str) -> str:
    """The words after the person named: where the request itself is."""
    start = text.find(named_as) if named_as else -1
    return text[start + len(named_as) :] if start >= 0 else text


def understand(text: str) -> Ask:
    """The slots of an ask written in plain words."""
    plain = normal(text)
    offered = without(offers.OFFERED, plain)  # a wage or help the user offers asks for nothing
    offered = kind_offers.without_paperwork(offered)  # consent forms, the rent due: no money
    offered = without(strangers.AFTER_THEIR_TURN, offered)  # "when he finishes" with the paper
    offered = group_chats.without_group_number(offered)  # a number for the class's chat
    offered = trade_lines.without_trade_line(offered)  # the florist's number, given out
    offered = without_price_limits(offered)  # "a pinot under thirty bucks": a budget, no money
    offered = without(even_swaps.EVEN_SWAPS, offered)  # a note changed into coins takes no money
    offered = without(brief_loans.LENT_BRIEFLY, offered)  # a pump for 2 minutes, handed back
    offered = views_asked.without_views(offered)  # "give me his honest opinion": a word given
    offered = without_minutes_given(offered)  # "give me 10 min of tips": time, not a sum
    unpressed = spared_noes.without_spared_noes(plain)  # "so she doesn't feel she can't say no"
    safe = safe_senses.without_safe_senses(plain)  # "the shops are getting hammered": no drink
    who, named_as, as_object = described(plain, text, who_is_asked(plain, text))
    for_more = (
        who is Who.STRANGER
        and as_object
        and not has(manners.MIXER, plain, guided=False)
        and asks_more_than_a_moment(_after(plain, named_as))
        and not asked_first(plain)  # "get the time from somebody": a moment, named first
        and not has(OPEN_INVITATION, plain)
        and not only_a_photo(plain)  # a photo, then no walk home
        and not brief_loans.lent_for_a_minute(plain)  # a stranger's pen for a minute
    )
    return Ask(
        text=plain,
        who=who,
        named_as=named_as,
        wants=wants(offered),
        repeats_after_no=asked_again.repeats(plain, who),
        gets_round_block=asked_again.gets_round_block(plain, who),
        recorded=_recorded(plain),
        deceives=_deceives(plain),
        unsafe=has(
            conduct.UNSAFE,
            without(
                at_the_wheel.SAFE_JOURNEYS,
                without(safeguards.OVER_THE_COUNTER, upkeep.without_upkeep(safe)),
            ),
        )
        or alone_with_someone_just_met(plain),
        unsafe_with_a_stranger=has(conduct.UNSAFE_WITH_STRANGERS, without_hours_seen(plain)),
        demands=leverage.demands(unpressed)
        or threats.threatens(plain)
        or _takes_from_the_vulnerable(plain)
        or hard_nos.leaves_no_free_no(unpressed)
        or spared_noes.withholds_a_no(plain),
        intrudes=intrusions(travellers.without_travel_talk(plain)),
        in_a_mixer=has(manners.MIXER, plain, guided=False),
        personal_contact=has(requests.CONTACT_PERSONAL, offered),
        invites=_invites(plain),
        pursues_someone_noticed=set_ups.pursues_someone_noticed(plain),
        asks_a_stranger_for_more=for_more,
        asks_for_their_own_money=has(requests.PERSONAL_MONEY, offered),
        asks_for_cash=has(requests.CASH, offered),
        only_a_hug=_only_a_hug(plain),
        meets_again=has(reunions.MEETS_AGAIN, plain),
        in_their_job=has(_PROFESSIONAL, named_as) and who is not Who.COLLEAGUE,
        keeps_a_secret=habits_stopped.keeps_a_secret(plain),
        in_the_family=who is Who.CHILD
        and has(_OWN_CHILD, named_as)
        and not closeness.someone_elses_child(plain, named_as),
        leans_on_dependence=has(leverage.DEPENDS_ON_ME, plain),
        taught_by_kin_in_care=_taught_by_kin_in_care(plain),
        wants_unpaid_labour=leverage.asks_unpaid_labour(safe) or has(own_standing.UNPAID, safe),
        asks_after_them=has(power.WELFARE, plain) or has(kind_offers.ASKS_AFTER, plain),
        asks_their_view=views_asked.asks_their_view(plain),
        offers_them_a_chance=kind_offers.offers_a_chance(plain),
        collects_their_paperwork=kind_offers.collects_paperwork(plain),
        in_their_own_affairs=their_own_affairs.in_their_own_affairs(plain, named_as, who)
        or trade_lessons.trains_them(plain, named_as),  # an apprentice's work shown again
        asks_their_pay=taking_liberties.PAY_QUESTION.search(plain) is not None
        and (who is not Who.ORGANISATION or has(taking_liberties.A_PERSONS_PAY, plain)),
        wants_goods_for_nothing=taking_liberties.FOR_NOTHING.search(plain) is not None
        or has(fares.RIDES_FREE, offered)
        or free_helpings.asks_it_for_free(offered, who),
        asks_out_with_no_way_out=dates_off_limits.no_way_out(plain)
        or cornered_dates.corners(plain, who),
        looks_up_records=has(overstepping.LOOKS_UP_RECORDS, plain),
        uses_their_staff_perk=has(overstepping.STAFF_PERK, plain),
        gatecrashes=has(overstepping.GATECRASH, plain),
        asks_where_they_sleep=has(overstepping.WHERE_THEY_SLEEP, plain),
        hires_a_young_neighbour=who is Who.CHILD and offers.hires_a_young_neighbour(plain),
        dates_someone_off_limits=dates_off_limits.dates_someone_off_limits(plain, who, named_as),
        dates_the_under_age=under_age_dates.dates_the_under_age(plain),
        trades_on_position=has(off_limits.TRADES_ON_POSITION, plain)
        or own_standing.trades_on_standing(plain, who)
        or wage_holds.holds_their_wage(plain, who)
        or beyond_the_job.asks_beyond_the_job(plain, who),
        against_their_rules=has(off_limits.AGAINST_THEIR_RULES, plain),
        asks_money_of_someone_served=has(customers.SERVED, plain)
        and has(customers.THEIR_MONEY, offered),
        asks_for_a_gift=has(customers.AS_A_GIFT, offered),
        barely_known=has(strangers.BARELY_KNOWN, plain),
        seeks_their_door=doorsteps.seeks_their_door(plain),
        asks_a_private_line=has(doorsteps.PRIVATE_LINE_ASKED, offered),
        cites_their_wealth=has(deep_pockets.THEIR_WEALTH, plain),
        fishes_for_money=soft_touches.fishes_for_money(plain),
        traces_someone=traces.traces_someone(plain, who in PRIVATE_CIRCLE),
    )
