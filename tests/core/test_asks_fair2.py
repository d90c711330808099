"""Fair asks the own-card check used to refuse (round 31), and the unfair neighbours it must
still refuse.

The rules: a spouse, a neighbour or a boss named in the user's own language ("my esposo",
"my kapitbahay", "the directora", "the OIM"), a mate called "my guy", a team-mate from
five-a-side and a student office are who they are; a heat gun is a tool; staff named as "the
guy behind the bar" are asked, not a place gone into; a sister asked out for a walk while
her husband is away is family company; the couple whose reception the user attends are no
strangers; a relative who relies on the user may be asked to teach them; a number asked for
the class's or the team's chat is no private line. The model (`core.asks.known_fair`): a
pint stood, a meal without the phone, the mirror, the user's own no, a smile dared, a rota
changed so the user is home, and a number for the class chat are fair readings it may not
overrule.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.second import fits
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my esposa for a cuddle on the sofa tonight, rough week",
        "ask my asawa for a hug before work",
        "ask my kapitbahay if she'd trade some of her calamansi for my mangoes",
        "ask my nachbar if he'd lend me his ladder for an hour",
        "ask the directora if I can join the workshop on reading with kids",
        "ask the OIM for a hitch swap so I'm back for my son's graduation",
        "ask the gaffer if I can leave early on friday",
        "ask my guy Tunde to come to the gig with me on saturday",
        "ask my bro Sami if he fancies the cinema this week",
        "ask the lass from netball if she'd swap numbers so I can add her to the team group chat",
        "ask a guy from sunday league if he wants a lift to the away game",
        "email student support to ask for a deadline extension, I've had covid",
        "ask the woman at the next stall if I could borrow her glue gun for an hour",
        "ask my neighbour to lend me his nail gun for the fence this weekend",
        "ask the woman behind the counter which cheese she'd pick for a picnic",
        "ask the lad behind the till what the best pasty is",
        "ask my mum to come for a swim with me, her husband is working away this week",
        "ask my brother to come for a bike ride with me, his wife is abroad",
        "ask the groom if I can give a short toast during the speeches",
        "ask my grandad, who depends on me for lifts to the doctor, to show me how he fixes clocks",
        "ask my nan, who relies on us for her shopping, to teach me how to knit",
        "ask a dad at the school gate for his number for the class whatsapp group",
    ],
)
def test_fair_asks_pass_the_rules(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask a guy at the bar to be my plus one for the wedding", Problem.ROMANCE),
        ("ask the guy at the next stall if I can borrow his gun till tomorrow", Problem.UNSAFE),
        ("ask the barman if I can go behind the bar and pull my own pint", Problem.SPOT),
        (
            "ask the lady behind the counter if I can come behind the counter and pour my own pint",
            Problem.SPOT,
        ),
        (
            "ask the woman next door to come for a walk with me, her husband is working away",
            Problem.ROMANCE,
        ),
        (
            "ask my sister-in-law to come for a hike with me while her husband is away",
            Problem.ROMANCE,
        ),
        ("ask my cousin out for a romantic dinner while her husband is away", Problem.ROMANCE),
        (
            "Ask the bride at a wedding I walk past if I can say a few words at the reception.",
            Problem.SPOT,
        ),
        ("ask the bride at the reception for a kiss", Problem.TOUCH),
        (
            "ask my gran, who relies on me for her shopping, to teach me her recipe and lend me"
            " £200",
            Problem.POWER,
        ),
        (
            "ask my nan, who relies on me for her shopping, to sign her house over to me",
            Problem.POWER,
        ),
        ("ask the mum at the school gate for her number, we have never spoken", Problem.CONTACT),
        (
            "ask the gorgeous mum at the school gate for her number for the class whatsapp group",
            Problem.CONTACT,
        ),
        (
            "ask a dad at pickup for his number for the class chat, then text him privately",
            Problem.CONTACT,
        ),
        ("ask a girl on the tram for her number for my group chat", Problem.CONTACT),
    ],
)
def test_unfair_neighbours_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "ask someone in the queue at Lidl if I can go ahead, I only have a sandwich",
        "ask a man reading on the bench what his book is about",
    ],
)
def test_the_rubric_still_refuses_a_queue_or_someone_absorbed(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    ("problem", "text", "may_refuse"),
    [
        (Problem.PRESSURE, "ask the fella from the rugby club to help me shift a sofa sunday,"
         " I'll stand him a pint", False),
        (Problem.PRESSURE, "ask my mate to help me move house and stand him a pint until he"
         " says yes", True),
        (Problem.RECORDING, "dare: have lunch alone at a busy food court without my phone",
         False),
        (Problem.RECORDING, "eat at a restaurant without my phone and film the couple next to"
         " me on a gopro", True),
        (Problem.ROMANCE, "say three things I like about myself in the mirror before work",
         False),
        (Problem.ROMANCE, "tell a stranger in the changing room mirror she looks gorgeous", True),
        (Problem.PRESSURE, "say no to one favour this week that I'd agree to out of guilt",
         False),
        (Problem.PRESSURE, "keep asking my flatmate until she can't say no", True),
        (Problem.PRESSURE, "open my stall early and dare myself to greet every customer by name",
         False),
        (Problem.PRESSURE, "dare myself to smile at every customer and ask each one for a tip",
         True),
        (Problem.DECEPTION, "ask my manager for a shift swap so I'm home for my son's birthday",
         False),
        (Problem.DECEPTION, "ask my manager for a shift swap so I'm home, and tell her my son is"
         " ill though he isn't", True),
        (Problem.CONTACT, "ask the new dad at the school gate for his number so I can add him"
         " to the class whatsapp group", False),
        (Problem.CONTACT, "ask the new dad at the school gate for his number so I can message"
         " him privately", True),
    ],
)  # fmt: skip
def test_the_model_may_not_overrule_a_fair_reading(
    problem: Problem, text: str, may_refuse: bool
) -> None:
    assert fits(problem, understand(text)) is may_refuse
