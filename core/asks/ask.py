"""The slots of an ask: who is asked, what for and how, as a rule reads them.

Kept apart from `slots.py`, which fills them from the words, so a rule (`decide.py`)
and the model's gate (`second.py`) depend on the shape alone, and a new slot is one
line here and one where it is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.asks.roles import Who


class Want(StrEnum):
    """What the other person is asked to give."""

    TIME = "time"
    INFORMATION = "information"
    FAVOUR = "favour"
    MONEY = "money or valuables"
    CONTACT = "contact details"
    JUDGEMENT = "a judgement of the user's looks or worth"
    TOUCH = "physical contact"
    ROMANCE = "a date"
    COMPANY = "their company"


class Intrusion(StrEnum):
    """Ways an ask puts someone on the spot."""

    JOINS = "joins strangers uninvited"
    ABSORBED = "interrupts someone busy with something"
    QUEUE = "asks to go ahead in a queue"
    BACKSTAGE = "asks to go behind the scenes of a business"
    PERSONAL = "asks a stranger something personal"
    PERFORMANCE = "asks a stranger to perform or share food"
    SELLS = "sells to people who find it hard to say no"
    HOURS = "asks for hours of someone's time"
    TAKES_THEIR_PLACE = "asks people to give up their seat or view"
    DOES_MY_WORK = "asks someone to do the user's own work"
    LENGTHY = "asks for a long stretch of someone's time"
    OTHERS_TABLE = "sits down at other people's table"
    CALLED_OUT = "asks them to justify a judgement of the user in front of others"
    PRIVATE_MOMENT = "asks someone about a private moment: grief, tears, a quarrel, a clinic visit"
    CELEBRATION = "joins other people's private celebration"
    CROWD = "makes a crowd perform for the user"
    IN_TEARS = "asks a stranger in tears a question or a favour"
    CAPTIVE = "pitches or performs to people who cannot leave (a service, a ceremony, a ride)"
    GROUP_SALE = "sells to a group chat or a room of the user's friends, colleagues or family"
    BEFORE_A_ROOM = "asks a favour of someone before an assembled room, where a no costs face"
    SINGLE_QUESTIONED = "asks someone why they are not married or have no children"
    MARRIED_ASKED = "asks someone serving the user whether they are married or taken"


@dataclass(frozen=True, slots=True)
class Ask:
    """The slots of one ask, as far as its words tell."""

    text: str
    who: Who
    named_as: str
    wants: frozenset[Want]
    repeats_after_no: bool = False
    gets_round_block: bool = False
    recorded: bool = False
    deceives: bool = False
    unsafe: bool = False
    unsafe_with_a_stranger: bool = False
    demands: bool = False
    intrudes: frozenset[Intrusion] = frozenset()
    in_a_mixer: bool = False
    personal_contact: bool = False
    invites: bool = False
    pursues_someone_noticed: bool = False
    asks_a_stranger_for_more: bool = False
    asks_for_their_own_money: bool = False
    asks_for_cash: bool = False
    only_a_hug: bool = False
    """Every touch the words ask for is a hug, a high five or a handshake."""
    meets_again: bool = False
    """The person is met again after long apart ("I haven't seen her in a year")."""
    in_their_job: bool = False
    """The person is asked as the user's teacher, coach or carer, whose job is the user."""
    keeps_a_secret: bool = False
    """The ask is to keep something from someone: never asked of a child, even the user's own."""
    in_the_family: bool = False
    """The child asked is the user's own (a son, a little sister): family, not a stranger's
    child, though still one who finds it hard to refuse money or a secret."""
    leans_on_dependence: bool = False
    """The words say the person's job, pay or home hangs on the user ("he needs the job")."""
    taught_by_kin_in_care: bool = False
    """A relative who relies on the user is asked to teach them something ("my gran, who
    relies on me for her shopping, to teach me her soup recipe"), and for no money."""
    wants_unpaid_labour: bool = False
    """Work asked for nothing, or out of the person's own day off."""
    asks_after_them: bool = False
    """The ask is after the person's welfare ("how she's settling in")."""
    asks_their_view: bool = False
    """The ask is the person's view of how the user runs things ("what she would change about
    how I run the shop")."""
    offers_them_a_chance: bool = False
    """A chance offered for them to take or leave ("if she'd like to lead the next wedding")."""
    collects_their_paperwork: bool = False
    """The paperwork the user's role collects ("give me their consent forms for the trip")."""
    in_their_own_affairs: bool = False
    """The ask is the person's own affair, not the user's: their home's boiler asked after,
    their own desks tidied, the school's or the club's own fair helped at."""
    asks_their_pay: bool = False
    """The ask is what the person earns ("her monthly salary")."""
    wants_goods_for_nothing: bool = False
    """Goods asked to be handed over "for nothing" or "gratis"."""
    asks_out_with_no_way_out: bool = False
    """A date asked before an audience, or of someone stuck with the user for days."""
    looks_up_records: bool = False
    """Someone's details looked up in records the user can reach ("in the library system")."""
    uses_their_staff_perk: bool = False
    """Someone's staff discount or staff card asked for the user's shopping."""
    gatecrashes: bool = False
    """Turning up uninvited ("crash the neighbours' barbie")."""
    asks_where_they_sleep: bool = False
    """Which room or ward a third person is staying in, asked of whoever knows it."""
    hires_a_young_neighbour: bool = False
    """A child asked is a teenager or the neighbours' child, offered paid work."""
    dates_someone_off_limits: bool = False
    """A date asked of someone's partner, of someone the user serves at work, or of someone
    whose job is the user or the user's child ("my son's teacher")."""
    dates_the_under_age: bool = False
    """A date asked of someone the words say is under age, or whose age they excuse ("she's
    nearly 16", "mature for her age")."""
    trades_on_position: bool = False
    """An errand, a place or what someone is owed traded on the user's position over them."""
    against_their_rules: bool = False
    """Something asked against the rules of the person's job ("even if it is not allowed")."""
    asks_money_of_someone_served: bool = False
    """A client's, a customer's or a passenger's own money or belongings asked for the user."""
    barely_known: bool = False
    """The words say the user barely knows the person ("we barely know each other")."""
    asks_for_a_gift: bool = False
    """Something of the person's asked as a gift to the user ("gift me one of her payals")."""
    seeks_their_door: bool = False
    """Where someone lives pinned down or sought to turn up there, or a third person's private
    line asked of whoever keeps it ("her house address so I can just drop by")."""
    traces_someone: bool = False
    """Where someone is, traced: an ex's through their circle, a shift or home sought for a
    meeting dressed as chance, or sought when they did not say or of someone only noticed."""
    fishes_for_money: bool = False
    """Money fished for from someone only seen, a busload of passengers, or a traveller left a
    hint to offer it (`core.asks.soft_touches`)."""
    cites_their_wealth: bool = False
    """The person's wealth is the reason given for their paying ("she can afford it", "he
    looks loaded", "they have more than enough")."""
    asks_a_private_line: bool = False
    """Someone's own mobile, or their relative's number, asked of whoever is asked ("her
    personal cell", "her sister's number")."""
