"""Deciding from the slots: which ethics problems an understood ask has.

Each rule reads who is asked together with what for, because the same words are
fine or not depending on the person: money from a stranger is begging but a refund
from a shop is ordinary; a date with a friend is the dating domain's point, one with
a stranger on the street is pursuit. Rules are listed in the order a refusal names
them: the first problem found is the one the user reads about.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from core.asks.ask import Ask, Intrusion, Want
from core.asks.roles import CANNOT_EASILY_REFUSE, CLOSE, PRIVATE_CIRCLE, Who


class Problem(StrEnum):
    POWER = "power"
    UNSAFE = "unsafe"
    BLOCK = "block"
    PRESSURE = "pressure"
    REPEAT = "repeat"
    TOUCH = "touch"
    JUDGEMENT = "judgement"
    ROMANCE = "romance"
    CONTACT = "contact"
    MONEY = "money"
    DECEPTION = "deception"
    RECORDING = "recording"
    SPOT = "spot"


_STRANGERS = frozenset({Who.STRANGER})
_STRANGER_OR_STAFF = frozenset({Who.STRANGER, Who.STAFF})
_NOT_CLOSE = frozenset(Who) - CLOSE - {Who.ACQUAINTANCE, Who.NEIGHBOUR, Who.LANDLORD, Who.EX}
_SERVING = frozenset({Who.ORGANISATION, Who.STAFF, Who.NOBODY})
"""A counter, whoever serves at it, or a conductor the words leave unnamed."""
_KNOWN = CLOSE | {Who.ACQUAINTANCE, Who.NEIGHBOUR}
_NEIGHBOURLY = frozenset({Who.NEIGHBOUR, Who.ACQUAINTANCE, Who.COLLEAGUE})
_FAMILIAR = frozenset({Who.PARTNER, Who.FAMILY})
"""The people a card may ask for touch: a partner or family, who can say no to the user."""


_MET_AGAIN = frozenset({Who.FRIEND, Who.ACQUAINTANCE, Who.NOBODY})
"""People a hug on meeting again may be asked of: never a stranger or staff."""


def hug_is_fine(ask: Ask) -> bool:
    """A partner or family may be asked for touch; a friend, or the user's own child, for a
    hug or a high five; someone long missed, for a hug on meeting again."""
    if ask.who in _FAMILIAR:
        return True
    if ask.only_a_hug and ask.meets_again and ask.who in _MET_AGAIN:
        return True  # someone long missed, named by name or a friend, hugged on meeting again
    return ask.only_a_hug and (ask.who is Who.FRIEND or ask.in_the_family)


_OWES_NO_WORK = frozenset(
    {Who.FRIEND, Who.PARTNER, Who.FAMILY, Who.MANAGER, Who.ORGANISATION, Who.LANDLORD}
)
"""People who can turn down unpaid work or a day off given up for the user: those close to
them, and those who hold the power themselves."""


_KIND_WANTS = frozenset({Want.INFORMATION, Want.TIME, Want.COMPANY})
_NOT_AN_AFFAIR = frozenset({Want.ROMANCE, Want.TOUCH, Want.JUDGEMENT, Want.CONTACT, Want.MONEY})
"""What no one's own affair asks of them: a date, touch, a verdict, a number, money."""


def only_asks_after_them(ask: Ask) -> bool:
    """Asking someone who reports to the user how they are settling in, or what they would
    change about how the user runs things, and nothing more than their word or a coffee: no
    favour, money or date that a no would cost them."""
    kind = ask.asks_after_them or ask.asks_their_view
    return ask.who is Who.SUBORDINATE and kind and ask.wants <= _KIND_WANTS


def _only_offers_or_collects(ask: Ask) -> bool:
    """A chance offered to someone the user holds power over, which they may take or leave
    ("if she'd like to lead the next wedding"), or the paperwork the user's role collects
    from them ("their consent forms for the trip"): nothing asked that a no would cost them,
    so long as no money, date, secret or other favour comes with it."""
    if ask.invites or ask.keeps_a_secret or ask.wants:
        return False
    return ask.offers_them_a_chance or ask.collects_their_paperwork


def only_their_own_affairs(ask: Ask) -> bool:
    """Their own home, their own things or their group's own event asked about
    (`core.asks.their_own_affairs`): the role's business, not a favour to the user, so long
    as no money, date, secret, touch, verdict or contact comes with it."""
    if ask.invites or ask.keeps_a_secret or _wants_money(ask):
        return False
    return ask.in_their_own_affairs and not ask.wants & _NOT_AN_AFFAIR


def _power(ask: Ask) -> bool:
    """Anything asked of someone the user holds power over. The user's own child may be asked
    for help or a hug, as family; not for their money, or to keep a secret. Words saying the
    person's job hangs on the user, or asking unpaid work of someone not close, are power
    whoever the rules found asked. Paid work offered to the neighbours' teenager is a job
    they may turn down."""
    if ask.leans_on_dependence or ask.trades_on_position:
        return True
    if ask.against_their_rules and ask.who in _STRANGER_OR_STAFF:
        return True  # the job's rules broken for the user: they risk the job for it
    if ask.uses_their_staff_perk and ask.who not in _FAMILIAR | {Who.FRIEND}:
        return True  # their job's perk, which they may lose the job for lending
    if ask.wants_unpaid_labour and ask.who not in _OWES_NO_WORK:
        return True
    if ask.who not in CANNOT_EASILY_REFUSE or only_asks_after_them(ask):
        return False
    if _only_offers_or_collects(ask) or only_their_own_affairs(ask):
        return False
    if ask.taught_by_kin_in_care:
        return False  # a gran who relies on the user, asked to teach them her soup recipe
    if ask.hires_a_young_neighbour and not ask.keeps_a_secret:
        return False
    return not ask.in_the_family or Want.MONEY in ask.wants or ask.keeps_a_secret


_WHOEVER_IS_ASKED = frozenset(
    {
        Intrusion.OTHERS_TABLE,
        Intrusion.CALLED_OUT,
        Intrusion.QUEUE,
        Intrusion.CELEBRATION,
        Intrusion.CROWD,
        Intrusion.IN_TEARS,
        Intrusion.CAPTIVE,
        Intrusion.GROUP_SALE,
        Intrusion.BEFORE_A_ROOM,
    }
)
"""Intrusions on people other than the one asked (the table's, the audience, those queueing
behind, a congregation that cannot leave, a stranger in tears whatever person the words
named before them, a group chat of friends sold to), so on the spot whoever the rules found
asked."""


def _spot(ask: Ask) -> bool:
    """Asks that leave someone no easy way out, mostly strangers busy with their day. Sitting
    down at a table named as other people's joins strangers whoever else the words mention,
    and going ahead in a queue puts those queueing on the spot whoever is asked ("the head
    of the line" is no manager). A landlord's kitchen is the lodger's home, no business's
    back room. What someone earns, asked of a passer-by, a counter or a stranger "reading his
    paper" (their bonus, pension or salary, "how much him and the missus earn"), puts them on
    the spot whoever the words named first."""
    if Intrusion.SELLS in ask.intrudes and ask.who in _KNOWN:
        return True
    if ask.intrudes & _WHOEVER_IS_ASKED:
        return True
    if ask.gatecrashes and ask.who not in _FAMILIAR | {Who.FRIEND}:
        return True  # a neighbour's barbecue crashed uninvited joins them all the same
    if Intrusion.SINGLE_QUESTIONED in ask.intrudes and ask.who not in PRIVATE_CIRCLE:
        return True  # why a colleague or a nurse isn't married: theirs to raise
    if ask.who in _KNOWN:
        return False
    strangers = ask.who in _STRANGERS or ask.who is Who.NOBODY
    checks = (
        ask.asks_a_stranger_for_more,
        Intrusion.JOINS in ask.intrudes and not ask.in_a_mixer,
        Intrusion.ABSORBED in ask.intrudes,
        Intrusion.BACKSTAGE in ask.intrudes and ask.who is not Who.LANDLORD,
        Intrusion.PERSONAL in ask.intrudes and strangers,
        Intrusion.MARRIED_ASKED in ask.intrudes and (strangers or ask.who is Who.STAFF),
        Intrusion.PRIVATE_MOMENT in ask.intrudes,
        ask.asks_their_pay and (strangers or ask.who in {Who.STAFF, Who.ORGANISATION}),
        Intrusion.PERFORMANCE in ask.intrudes and strangers,
        Intrusion.HOURS in ask.intrudes and ask.who in _STRANGER_OR_STAFF,
        Intrusion.LENGTHY in ask.intrudes and (strangers or ask.who is Who.STAFF),
        Intrusion.TAKES_THEIR_PLACE in ask.intrudes and (strangers or ask.who is Who.STAFF),
        Intrusion.DOES_MY_WORK in ask.intrudes
        and (strangers or ask.who is Who.STAFF)
        and not ask.in_their_job,
    )
    return any(checks)


def _unsafe(ask: Ask) -> bool:
    return ask.unsafe or (ask.unsafe_with_a_stranger and ask.who in _STRANGERS)


def _pursues(ask: Ask) -> bool:
    """A date asked of a stranger or of someone serving the user (a barista, the user's own
    teacher or physio), of someone only noticed, or of anyone the user says they have never
    talked to or only saw for the first time today, whatever the roles found them."""
    serving = ask.who in _STRANGER_OR_STAFF or ask.in_their_job
    if ask.asks_out_with_no_way_out:
        return True  # before the team, or stuck together after: no free no, whoever it is
    if ask.dates_someone_off_limits:
        return True  # someone's partner, a client in the chair, the child's teacher
    if ask.dates_the_under_age and ask.who not in _FAMILIAR and not ask.in_the_family:
        return True  # a minor, or an age excused; the user's own nephew asked to the cinema is not
    if Want.ROMANCE in ask.wants and ask.barely_known and ask.who not in _FAMILIAR | {Who.FRIEND}:
        return True  # "never talked but yolo": a date asked of a near stranger
    if ask.invites and ask.barely_known and ask.who not in _KNOWN:
        return True  # coffee asked of someone seen for the first time today; lunch with a
        # colleague not yet talked to is getting to know the team
    return (Want.ROMANCE in ask.wants and serving) or ask.pursues_someone_noticed


def _invites_a_stranger_or_staff(ask: Ask) -> bool:
    """Coffee or dinner one to one with a stranger, or with someone serving the user (a
    barista, a physio, a driver): a date in all but name."""
    return ask.invites and (ask.who in _STRANGER_OR_STAFF or ask.in_their_job)


def _wants_money(ask: Ask) -> bool:
    """Money or valuables asked in any of the ways the slots read."""
    return (
        Want.MONEY in ask.wants
        or ask.asks_for_cash
        or ask.asks_for_their_own_money
        or ask.asks_for_a_gift
    )


def _money(ask: Ask) -> bool:
    """Money or things from a stranger; money out of their own pocket from staff too; cash
    or valuables from a neighbour, an acquaintance or a colleague, who are not close enough
    to refuse it easily (and a colleague still has to work with the user after a no), or from
    anyone the user says they barely know, cash or their own things. A client's or a regular's
    money for the user, and anything asked as a gift of someone short of family and friends,
    whoever the rules found asked; and money asked of anyone but family and friends for no
    reason but their wealth ("she can afford it")."""
    if Want.MONEY in ask.wants and ask.who in _STRANGERS:
        return True
    if ask.fishes_for_money:
        return True  # someone only seen, a busload, a hint left: no one who offered
    if ask.asks_money_of_someone_served:
        return True  # a regular or a client asked to pay for the user: hard to refuse who serves
    if ask.asks_for_a_gift and ask.who not in _FAMILIAR | {Who.FRIEND}:
        return True
    if ask.asks_for_cash and (ask.who in _NEIGHBOURLY or ask.barely_known):
        return True  # cash from someone the user says they barely know, whoever they are
    if ask.who in _SERVING | _STRANGERS and ask.wants_goods_for_nothing:
        return True  # goods or a ride for nothing: taken from the takings of whoever serves
    if ask.cites_their_wealth and _wants_money(ask) and ask.who not in _FAMILIAR | {Who.FRIEND}:
        return True  # "she can afford it": their wealth is no reason of theirs to give
    if ask.asks_for_their_own_money and ask.barely_known:
        return True  # their own money or things, of someone "we practically know"
    return ask.asks_for_their_own_money and ask.who in _STRANGER_OR_STAFF


def _contact(ask: Ask) -> bool:
    # When the user's own child gets home is the user's business (`in_the_family`).
    personal = (
        ask.personal_contact
        and ask.who in _NOT_CLOSE - {Who.ORGANISATION}
        and not ask.in_the_family
    )
    if ask.looks_up_records and (ask.personal_contact or Want.CONTACT in ask.wants):
        return True  # given to the library or the firm for its own use, not the user's
    if ask.traces_someone:
        return True  # an ex's trail, a chance meeting contrived, a home they chose not to give
    if ask.asks_where_they_sleep:
        return True  # a guest's room is the hotel's to keep, the front desk's or the porter's
    if ask.seeks_their_door and ask.who not in _FAMILIAR | {Who.FRIEND}:
        return True  # a door found to turn up at, whoever was asked: a family's or a friend's
    if ask.asks_a_private_line and ask.who in _SERVING | _STRANGER_OR_STAFF:
        return True  # a private line, not the counter's to hand over nor a passer-by's to give
    unsought = ask.barely_known and ask.who is Who.ACQUAINTANCE and not ask.in_a_mixer
    if ask.personal_contact and unsought:
        return True  # a private line of someone only seen around, never spoken to, as pursuit
    return personal or (Want.CONTACT in ask.wants and ask.who in _STRANGERS)


_RULES: tuple[tuple[Problem, Callable[[Ask], bool]], ...] = (
    (Problem.POWER, _power),
    (Problem.UNSAFE, _unsafe),
    (Problem.BLOCK, lambda a: a.gets_round_block),
    (Problem.PRESSURE, lambda a: a.demands),
    (Problem.REPEAT, lambda a: a.repeats_after_no),
    (Problem.TOUCH, lambda a: Want.TOUCH in a.wants and not hug_is_fine(a)),
    (Problem.JUDGEMENT, lambda a: Want.JUDGEMENT in a.wants),
    (Problem.ROMANCE, _pursues),
    (Problem.CONTACT, _contact),
    (Problem.MONEY, _money),
    (Problem.ROMANCE, _invites_a_stranger_or_staff),
    (Problem.DECEPTION, lambda a: a.deceives),
    (Problem.RECORDING, lambda a: a.recorded),
    (Problem.SPOT, _spot),
)


def problems(ask: Ask) -> tuple[Problem, ...]:
    """Every problem the ask has, most serious first; empty when it is a fair ask."""
    return tuple(dict.fromkeys(problem for problem, rule in _RULES if rule(ask)))
