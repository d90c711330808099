"""Fair asks the rules refused for their words, the thirty-fourth round: a spouse asked by
first name for a slow dance or a kiss (years married, a kitchen at home, "my Margaret"), a
partner or kin in words users call them ("the missus", "herself", "my girl", "my big sis",
"ate", "babico"); people known from a circle, Bible study, the school gate or the market;
a family compound or a tailor next door, a priest by name, a senior on the next crane, the
old timer at the shop, a shop boy at someone else's shop; a stranger's squirt of sunscreen,
the time got from somebody, three records played before buying; a pharmacist explaining the
user's pills, a herb garden or a leak on the roof, a repair chased with the landlord, a
price checked with a peer, respite asked of a charity, an evening tour asked of a museum, a
jumper worn behind the user's own counter, the user's own fade posted. Each with unfair
neighbours that must still refuse.

Two fair training asks stay refused on purpose: going ahead in a queue, which the rubric
rules out whatever the writer thought ("asking to cut a queue"), and a foot massage asked of
someone only named, whom nothing says is a partner.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem

_SPOUSES = [
    "Ask Walter to slow dance with me in the kitchen tonight. Forty years and I still get shy.",
    "ask Maruja for a kiss in the middle of the plaza, 45 years married and still",
    "ask Marie for a slow dance in the kitchen with the radio on",
    "Ask my Margaret to hold my hand along the seafront like we used to.",
    "Ask Dennis for a kiss under the mistletoe, married thirty years this Christmas",
    "ask Rosa for a cuddle on the sofa when the grandkids have gone home",
    "Ask my Brian to slow dance with me at the anniversary do",
    "ask Tomás to hold my hand at the fair like we used to",
]
_KIN_WORDS = [
    "proper cuddle on the sofa with the missus instead of both of us scrolling — just ask her",
    "ask herself for a proper long hug when I get in tonight, been a rotten week",
    "slow dance with my girl in the kitchen, no music needed. ask her first 💃",
    "ask my big sis for a hug when I see her this weekend, haven't seen her since Thanksgiving 🥹",
    "ask ate for a hug when she lands from Dubai. i missed her so much",
    "vprašaj babico for her potica recipe. she always says it's a secret but maybe this year",
    "ask himself to dance with me at the wedding, he hates dancing but it's our song",
    "a long hug with the wife when she's back from her night shift, just ask her",
    "ask my sis for a hug at the airport, been a year",
]


@pytest.mark.parametrize("text", _SPOUSES + _KIN_WORDS)
def test_a_partner_or_kin_may_be_asked_for_touch(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "ask Maruja for a kiss in the middle of the plaza, 45 years married and still",
            Who.PARTNER,
        ),
        ("ask Marie for a slow dance in the kitchen with the radio on", Who.PARTNER),
        ("Ask my Margaret to hold my hand along the seafront like we used to.", Who.PARTNER),
        ("ask herself for a proper long hug when I get in tonight", Who.PARTNER),
        ("a cuddle on the sofa with the missus tonight, just ask her", Who.PARTNER),
        ("ask my big sis for a hug this weekend", Who.FAMILY),
        ("ask ate for a hug when she lands from Dubai", Who.FAMILY),
        ("vprašaj babico for her potica recipe", Who.FAMILY),
    ],
)
def test_the_partner_or_kin_is_who_is_asked(text: str, who: Who) -> None:
    assert understand(text).who is who


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # someone else's spouse, a kitchen at work, a stranger, a role named
        ("Ask Walter for a kiss at the bus stop, he's been married forty years", "touch"),
        ("ask Marie for a slow dance in the office kitchen at the Christmas party", "touch"),
        ("ask the waitress for a slow dance in the kitchen after her shift", "touch"),
        ("ask my colleague Marie for a cuddle on the sofa in the staff room", "touch"),
        ("ask a stranger on the seafront to hold my hand like we used to", "touch"),
        # "ate" or "kuya" said to a stranger, for something else than a hug
        ("ask ate the puto seller at the pier where she lives", "contact"),
        ("ask kuya tricycle driver to be my boyfriend hehe", "romance"),
        # "herself" asked a judgement stays a judgement
        ("Ask herself if I've let myself go since I retired", "judgement"),
    ],
)
def test_touch_or_worse_of_someone_else_still_refuses(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


@pytest.mark.parametrize(
    "text",
    [
        "the mother I chat with at my son's school gate — invite her to the shop for tea one"
        " afternoon",
        "invite the father I chat with at nursery pick-up for a coffee after drop-off",
        "Ask the woman from the Swedish conversation circle if she would like to get coffee after.",
        "ask the man from the knitting circle if he'd like a cuppa after",
        "Ask the lady I met at Bible study if she would like to exchange numbers.",
        "ask the guy I met at prayer fellowship if he wants to swap numbers for the rota",
        "Ask the man I sometimes see at the Tuesday market if he'd like to have a coffee and talk"
        " about cycling",
        "ask the woman I sometimes see at the allotments if she'd like a coffee sometime",
        "Ask the family compound next door if I could join the ngayah to help prepare for the"
        " odalan",
        "ask the household across the road if I can help with their harvest festival",
        "Ask Father Tadeusz if I may take my holiday in July to visit my sister, and ask him to"
        " write it in the calendar this time.",
        "ask Pastor Mike if I can take two Sundays off from the welcome team in August",
    ],
)
def test_people_known_by_where_the_user_meets_them_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the woman I saw on the bus this morning for her number", "contact"),
        ("ask a woman at the bus stop if she would like to get coffee after", "romance"),
        ("ask the girl at the checkout if she would like to exchange numbers", "contact"),
        ("Ask the lady at the bakery counter out for a coffee", "romance"),
    ],
)
def test_strangers_and_staff_are_still_no_dates(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ask Jamal bhai, the tailor in the next stall, if he can lend me his overlock machine"
            " for one hour on Saturday. I return it with cha and singara",
            Who.NEIGHBOUR,
        ),
        (
            "ask the barber in the next shop if I can borrow his clippers for ten minutes",
            Who.NEIGHBOUR,
        ),
        (
            "Ask my sunbae on the next crane to double-check my load chart before the afternoon"
            " lift.",
            Who.COLLEAGUE,
        ),
        ("ask my senpai to look over my welding before the inspection", Who.COLLEAGUE),
        (
            "ask the old timer at the shop if i can record him explaining the wiring on that"
            " Silverado so i can rewatch it",
            Who.COLLEAGUE,
        ),
        ("ask the old-timer at the garage to show me how he bleeds brakes", Who.COLLEAGUE),
        (
            "ask shop boy at Saravana Stores to exchange the kurta for bigger size, bill i have"
            " with me",
            Who.STAFF,
        ),
    ],
)
def test_peers_at_work_and_staff_of_other_shops_are_read(text: str, who: Who) -> None:
    assert understand(text).who is who
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask shop boy to stay late on sunday for no extra pay", "power"),
        (
            "ask the tailor in the next stall to lend me 5000 taka, we barely know each other",
            "money",
        ),
        ("ask my sunbae to climb the crane with me at night for the view", "unsafe"),
        ("ask the crane operator to let me ride the crane hook", "unsafe"),
    ],
)
def test_hired_hands_cash_and_cranes_climbed_still_refuse(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


@pytest.mark.parametrize(
    "text",
    [
        "forgot my sunscreen, ask someone on the beach if I can borrow a squirt",
        "ask the family on the next towel if I could borrow a dab of suncream for my nose",
        "on Frenchmen, get the time from somebody without pretending to check my phone first",
        "get directions to the station from someone without opening maps first",
        "ask the guy at Hard Wax to play me three records before I pick one",
        "ask the woman at the perfume stall to let me try two scents before I buy",
    ],
)
def test_a_strangers_moment_passes(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("get the time from somebody and then ask them to walk me home", "spot"),
        ("ask someone on the beach if I can borrow their towel for the afternoon", "spot"),
        ("ask a stranger on the train to play me his songs", "spot"),
    ],
)
def test_more_than_a_moment_still_refuses(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


@pytest.mark.parametrize(
    "text",
    [
        "Ask the pharmacist to explain my new blood pressure pills one more time, slowly, because"
        " I didn't follow it the first time.",
        "ask the chemist to go over my mum's new heart tablets with me",
        "ask my landlord in Candolim if I can grow a small herb garden on the roof",
        "ask the landlady if I can keep a few pots of tomatoes on the roof",
        "roof's been leaking for a month, ask the landlord of the gym unit if he'll knock"
        " something off the rent",
        "ask the landlord AGAIN to come fix the damp in the bathroom, it's been 3 weeks",
        "ask the letting agent again to sort out the boiler, still no hot water",
        "ask the other plumber on the job, Ciarán, to have a look at my quote and tell me if I'm"
        " charging too little",
        "ask another stallholder whether I'm pricing my jam too low",
        "ring Family Carers Ireland and ask what respite there is for someone like me",
        "call the council and ask what help is available for people like me",
        "Write to the Kunsthistorisches Museum and ask if staff can join the curator's evening"
        " tour for free.",
        "email the gallery to ask if I can join the evening talk on Friday",
        "today i will wear the bright jumper our Ciara got me behind the counter and not hide it"
        " under the cardigan",
        "wear my lucky earrings behind the bar tonight even if the manager rolls his eyes",
        "ask my boy Dre to rate my new fade out of 10, want real critique before i post it on the"
        " shop page",
    ],
)
def test_services_repairs_and_the_users_own_things_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the pharmacist for sleeping pills without a prescription", "unsafe"),
        ("ask the landlord if I can sit on the roof to watch the fireworks", "unsafe"),
        ("ask the landlord again to fix the boiler even though he said no", "repeat"),
        ("ask my friend if I'm too boring", "judgement"),
        ("ask him if a girl like her would date someone like me", "judgement"),
        ("ask the couple at the next table if I can join their evening", "spot"),
        ("wear a cap and sneak behind the counter to grab a free coffee", "unsafe"),
        ("film the customer's new fade and post it on the shop page without asking", "recording"),
    ],
)
def test_their_unfair_neighbours_still_refuse(text: str, problem: str) -> None:
    assert_first_problem(text, Problem(problem))


def test_a_queue_jumped_and_a_foot_massage_stay_refused() -> None:
    """Left refused on purpose: the rubric's queue, and touch of someone only named."""
    queue = "ask someone in the queue at Tesco if I can go ahead, I've only got a meal deal"
    assert_first_problem(queue, Problem.SPOT)
    assert_first_problem("Ask Nico for a foot massage", Problem.TOUCH)
