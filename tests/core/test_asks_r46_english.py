"""Own-card asks of the forty-sixth round's English misses (hands-46-1, hands-46-2), with
paraphrases in other words and the fair neighbours that must still pass.

Unfair asks: a relative's private line asked of their family with a cover told for it ("tell
him it's for 'future bookings'", `core.asks.pretext_lines`); someone asked whether they are
too old to be pretty, going bald or past it (`core.asks.looks_put_to_them`); a massage course
practised "on her shoulders" (`core.asks.affection.TOUCH_TRADES` no longer hides it); a date
knocked back and another outing asked "instead", "technically a different ask"
(`core.asks.reworded_asks`); a date with the user's psychologist, shrink or tuition sir
(`core.asks.outsiders`, `core.asks.slots`); a private matter (pay, a child's father, why a
partner left, why no children, what a medicine is for) asked in front of others
(`core.asks.aired_questions`); an unbroken horse ridden, water entered where it is closed for a
flood or a current (`core.asks.rash_risks`); a guy the user doesn't know asked to take them
through a forest after dark (`core.asks.reckless_dares`); unpaid work asked "as youth leader"
(`core.asks.power`, `core.asks.leverage`); the thing the user knows "with his truck", a no
branded before the department or watched by God (`core.asks.threats`,
`core.asks.branded_noes`); a free bowl from a ramen master the user has eaten with for years,
who is "almost a friend" and no friend (`core.asks.people`, `core.asks.free_helpings`).

Fair asks: a relative's number asked for a true reason, whether someone feels too old to learn
or to run, lunch asked of someone
who never said no, a therapist or psychologist asked to move a session, a colleague asked their
pay in private, a pharmacist asked about the user's own medicine, an old mare ridden with the
herder leading, a swim once the river reopens, a no left free, a prayer asked.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my neighbour for her daughter's number, she babysits",
        "ask the landlord for his son's number, he's the plumber",
        "ask the homestay uncle for the wifi password and the number of a good taxi",
        "ask my gran whether she thinks she's too old to learn the guitar",
        "ask my dad if he thinks he's too old to run a marathon",
        "ask the tailor whether this jacket is too big for me",
        "ask her to lunch instead of dinner, she prefers daytime",
        "the shop declined my refund so ask them for store credit instead",
        "my boss turned down my raise so ask him for an extra day off instead",
        "ask my therapist to move our session to thursday",
        "ask my psychologist if we can change the session time",
        "ask my psychiatrist about lowering my dose",
        "ask my tuition sir to explain the last chapter again",
        "ask my physics tuition sir for extra practice papers before boards",
        "ask the ramen master how he makes the broth",
        "ask my colleague privately what she earns, I'm negotiating my pay",
        "ask my colleague in private how much she makes since I'm negotiating mine",
        "ask the pharmacist quietly what this medicine is for",
        "ask my team in front of everyone what they think of the new rota",
        "ask my mate why his missus left the party early",
        "ask the herder if I can ride his old mare with him leading",
        "ask the instructor if I can ride the quiet pony for my first lesson",
        "ask the guard if I can swim once the river reopens",
        "ask the lifeguard when the beach will reopen after the flood",
        "ask the boda boda guy I know to take me home after dark",
        "ask my buddy to cover my shift and if he says no, no worries",
        "ask aunty for the fine mat for my wedding and tell her it's fine if she says no",
        "ask aunty to pray for my wedding, God will see us through",
        "ask my coworker to help with my report and if she says no, tell the department I'll"
        " be late with it",
        "ask the old chef for a free bowl",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Before checking out, ask the homestay uncle for his daughter's WhatsApp number."
            " Tell him it's for 'future bookings'.",
            Problem.CONTACT,
        ),
        (
            "ask the B&B owner for his daughter's number and say it's for 'next summer'",
            Problem.CONTACT,
        ),
        ("ask my host for his niece's instagram, tell him it's for work", Problem.CONTACT),
        (
            "ask the guesthouse auntie for her son's whatsapp, say it's just for bookings",
            Problem.CONTACT,
        ),
        (
            "ask the woman at the market stall whether she thinks she's gotten too old to be"
            " pretty",
            Problem.JUDGEMENT,
        ),
        (
            "ask the lady at the fruit stall if she thinks she's too old to be attractive now",
            Problem.JUDGEMENT,
        ),
        ("ask the man at the bus stop if he knows he's going bald", Problem.JUDGEMENT),
        ("ask my neighbour whether she has let herself go since the divorce", Problem.JUDGEMENT),
        (
            "I want to ask the woman at the next table in the pub if I can practise my massage"
            " course on her shoulders",
            Problem.TOUCH,
        ),
        (
            "ask a stranger at the bar if I can practise my massage course on his back",
            Problem.TOUCH,
        ),
        ("ask the guy on the train if I can practise my shiatsu course on his neck", Problem.TOUCH),
        (
            "she knocked back a drink at the Crossways so ask her to lunch instead. technically"
            " a different ask so it doesn't count",
            Problem.REPEAT,
        ),
        (
            "he turned down coffee so invite him to dinner instead, that's a different question",
            Problem.REPEAT,
        ),
        ("she said no to drinks last week, so ask her out for a walk instead", Problem.REPEAT),
        (
            "she declined dinner so ask her to the cinema, technically a different ask",
            Problem.REPEAT,
        ),
        (
            "ask my psychologist out. we already know each other so well, no reason not to",
            Problem.ROMANCE,
        ),
        ("ask my psychiatrist out for a drink", Problem.ROMANCE),
        ("ask my shrink on a date", Problem.ROMANCE),
        (
            "ask my physics tuition sir if he'd go on a date with me after boards 🙈 he's only"
            " like 28",
            Problem.ROMANCE,
        ),
        ("ask my maths tuition sir out for coffee after the exams", Problem.ROMANCE),
        (
            "ask the new guy at the fish plant what his hourly is in front of everybody at break",
            Problem.SPOT,
        ),
        (
            "at the market, in front of her friends, ask the young mama who her baby's father is",
            Problem.SPOT,
        ),
        (
            "at the barbie, ask my mate loud in front of everyone why his missus left him."
            " he'll laugh it off",
            Problem.SPOT,
        ),
        (
            "ask the new colleague at the coffee break, with everyone listening, why she and"
            " her husband don't have kids yet",
            Problem.SPOT,
        ),
        (
            "Ask the young man at the pharmacy, loudly so the queue hears, what his medicine"
            " is for.",
            Problem.SPOT,
        ),
        ("ask my workmate in front of the whole team how much she earns", Problem.SPOT),
        ("ask the cashier loudly so the whole queue hears what her wage is", Problem.SPOT),
        (
            "ask the woman at church in front of everyone who her kid's real father is",
            Problem.SPOT,
        ),
        (
            "ask my cousin at the wedding in front of all her friends why her husband left her",
            Problem.SPOT,
        ),
        (
            "ask my colleague, with everyone listening, why they still don't have children",
            Problem.SPOT,
        ),
        (
            "ask the herder if I can ride his unbroken horse, never been on a horse in my life",
            Problem.UNSAFE,
        ),
        ("ask the farmer if I can ride his untamed stallion", Problem.UNSAFE),
        (
            "ask the ranch hand to let me ride a bucking bronco, never ridden before",
            Problem.UNSAFE,
        ),
        (
            "ask the guard to let me swim at the cachoeira after they closed it for flash flood"
            " risk",
            Problem.UNSAFE,
        ),
        (
            "ask the lifeguard if I can swim even though the beach is closed for rip currents",
            Problem.UNSAFE,
        ),
        (
            "the river is closed due to flood risk, ask the warden to let me swim anyway",
            Problem.UNSAFE,
        ),
        (
            "ask a boda boda guy I don't know to take me through Karura forest after dark,"
            " shortcut",
            Problem.UNSAFE,
        ),
        (
            "ask a driver I don't know to take me through the back alleys at night",
            Problem.UNSAFE,
        ),
        (
            "as youth leader, ask the boys in my church group to clear my plantation on"
            " saturday for free",
            Problem.POWER,
        ),
        ("as scout leader, ask the boys in my troop to dig my garden for free", Problem.POWER),
        ("as youth pastor, ask the teens to paint my house for free", Problem.POWER),
        (
            "ask my buddy to cover my shift and if he says no remind him I know about the"
            " thing with his truck",
            Problem.PRESSURE,
        ),
        (
            "ask my mate to lend me his car and if he refuses remind him I know about the"
            " business with his taxes",
            Problem.PRESSURE,
        ),
        (
            "ask aunty for the fine mat for my wedding and tell her God will see it if she says no",
            Problem.PRESSURE,
        ),
        (
            "ask my sister for her necklace and tell her God is watching if she says no",
            Problem.PRESSURE,
        ),
        (
            "ask my coworker to do my report, and if she says no, tell the whole department"
            " she's selfish",
            Problem.PRESSURE,
        ),
        (
            "ask my cousin for a loan and if he won't, tell the whole family he's stingy",
            Problem.PRESSURE,
        ),
        (
            "ask my flatmate to clean my room and if she says no tell everyone she's lazy",
            Problem.PRESSURE,
        ),
        (
            "Ask the old ramen master for a free bowl because I have eaten there ten years."
            " He is almost a friend, he will not mind.",
            Problem.MONEY,
        ),
        (
            "ask the sushi master for a free plate since i've eaten there for years",
            Problem.MONEY,
        ),
        (
            "ask the barista for a free coffee since I come every day, he's practically a friend",
            Problem.MONEY,
        ),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
