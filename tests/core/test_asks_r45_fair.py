"""Fair asks the forty-fourth round's rules refused (developer probes), with paraphrases and the
unfair neighbours that must still be refused.

Fair asks: a plumber asked when he is free to come round (a visit, not a mind changed,
`core.asks.persistence`); the people the user manages asked about the work itself, its calendar
or the team's own table ("whether Friday suits for the retro", "if anyone wants to swap shifts",
"join us for lunch", "what she'd like to learn", `core.asks.team_questions`); the lady at the
bake sale, who made the pie, asked for its recipe (someone at a bake sale or a craft fair serves
there, `core.asks.local_roles`); a past favour recalled with the no left free ("no pressure",
`core.asks.returned_favours`); a true fault told to a landlord so he sends someone to fix it
(`core.asks.deception`). Unfair neighbours that stay refused: a boss's personal favour, money,
a one-to-one dinner or unpaid work asked of a junior, a lever on their bonus; a favour recalled
as a debt, held over a hesitation or a brush with the police; a fault told that the same words
deny (`core.asks.undone_stories`) or told for money off the rent.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # the round's fair misses
        "ask the plumber when he's free to come round",
        "ask my intern if she wants to join us for lunch",
        "as team lead, ask my team whether Friday suits for the retro",
        "as team lead, ask my agents if anyone wants to swap shifts",
        "tell the lady at the bake sale her pie was lovely and ask for the recipe",
        "remind my friend that I helped him move last year and ask if he can help me this time,"
        " no pressure",
        "tell the landlord the boiler is broken so he sends someone to fix it",
        # a visit, not a mind changed
        "ask the electrician when he's able to come round next week",
        "pregúntale al fontanero cuándo está libre para venir",
        # the work itself, asked of the people the user manages
        "ask my direct report if Thursday works for our one-to-one",
        "as a manager, ask my team what day works for the Christmas party",
        "ask my staff whether they'd prefer the early or late shift next month",
        "ask my junior developer what she'd like to learn this quarter",
        "ask my intern if she has any questions about the project",
        "ask my apprentice to show me how he'd approach the job",
        "ask the new starter if she'd like to shadow me on a client call",
        "ask my cleaner if she'd like to change her day to Wednesday",
        "ask my trainee whether next Tuesday suits for her appraisal",
        "pregunta a mi becaria si quiere venir a comer con nosotros",
        "frag meinen Praktikanten, ob er mit uns zum Mittagessen kommen will",
        "demande à mon stagiaire s'il veut déjeuner avec nous",
        # whoever serves at a bake sale or a fair
        "ask the man at the craft fair where he learned to carve",
        "ask the lady at the church bake sale for her lemon drizzle recipe",
        # a favour recalled, the no left free
        "remind my brother I lent him my car last month and ask if I can borrow his van,"
        " no pressure",
        "ask my mate to help me move and remind him I helped him last year, no pressure,"
        " he can say no",
        # a fault told as it is
        "tell my landlord the heating has been off for three days so he sends an engineer",
        "tell the letting agent the shower is not working so they send a plumber",
        "tell the landlord the window is broken so he can fix it before winter",
        # the probes that sound alarming but are fair
        "ask my partner for a long hug",
        "ask my teenage son to put his phone away at dinner",
        "ask the gym for a free trial day",
        "film myself practising my speech",
        "ask again after she said 'maybe next week'",
    ],
)
def test_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a boss's own favour, money, date or unpaid work stays power
        ("ask my intern if she wants to join me for dinner, just the two of us", Problem.POWER),
        ("ask my intern if she wants to join us for drinks at my place", Problem.POWER),
        ("ask my intern if Saturday works for helping me move house", Problem.POWER),
        ("ask my intern whether Friday suits to babysit my kids", Problem.POWER),
        ("as team lead, ask my agents if anyone wants to cover my shift for free", Problem.POWER),
        ("as team lead, ask my agents if anyone wants to swap shifts with me", Problem.POWER),
        (
            "as team lead, ask my team whether Friday suits for the retro, or they lose their"
            " bonus",
            Problem.POWER,
        ),
        ("ask my direct report if Thursday works for dinner at mine", Problem.POWER),
        (
            "ask my trainee whether next Tuesday suits for the retro, I'm the one who signs her"
            " evaluation",
            Problem.POWER,
        ),
        ("ask my intern if she wants to join us for lunch and pay for mine", Problem.POWER),
        (
            "ask my intern whether she'd prefer the early or late shift to drive me home",
            Problem.POWER,
        ),
        ("pregunta a mi becaria si quiere venir a cenar conmigo a mi casa", Problem.POWER),
        # a favour recalled as a debt or a lever stays pressure
        (
            "remind my friend that I helped him move last year and ask if he can help me this"
            " time, no pressure, he owes me",
            Problem.PRESSURE,
        ),
        (
            "ask my friend to help me move and remind him who sorted him out with the police if"
            " he says no",
            Problem.PRESSURE,
        ),
        (
            "remind my friend I lent him money when his dad died and ask him to help me move,"
            " no pressure",
            Problem.PRESSURE,
        ),
        (
            "remind my friend that I helped him move last year and ask if he can help me this time",
            Problem.PRESSURE,
        ),
        # a fault told and denied, or told for money off, stays deception
        (
            "tell the landlord the boiler is broken so he lowers the rent, it isn't",
            Problem.DECEPTION,
        ),
        (
            "tell the landlord the boiler is broken so he sends someone, even though it works fine",
            Problem.DECEPTION,
        ),
        ("tell the shop the kettle was broken so they give me a refund", Problem.DECEPTION),
        (
            "Tell the lady at the church bake sale my late husband loved her pie so she'll give"
            " me the recipe. He never tried it, but it's harmless.",
            Problem.DECEPTION,
        ),
        # a mind brought round stays a repeat
        ("keep asking her until she comes round", Problem.PRESSURE),
        ("ask the lady at the bake sale for her phone number", Problem.CONTACT),
    ],
)
def test_unfair(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
