"""Own-card asks of the fifty-first round's fair misses (hands-51) and last round's leftovers, with
paraphrases in other words and the neighbours that share their words.

Fair asks the rules refused: a stranger's bench shared for a moment ("share their bench",
`core.asks.small_permissions`); a new climbing friend, two words before "friend"
(`core.asks.people`); the senior dev on the user's team, a colleague who teaches the user and no
report (`core.asks.known_people.COLLEAGUE` and `PEER`); someone from the language exchange, an
acquaintance (`core.asks.people`); a friend who was only busy and said to ask again next month
(`core.asks.invited_back.BUSY_THEN`); the user who stops hiding from the camera
(`core.asks.own_footage`); a late checkout asked with "no made-up excuse"
(`core.asks.plain_truths`). Leftovers: "papa john's" is a shop, not a parent, and "mama at the bar"
an older stranger (`core.asks.known_people.CALLED_MAMA`, `_PUBLIC`); the price of tomatoes asked at
a stall (`core.asks.strangers.SMALL_THING`); "no lying" rules a lie out, so "rate your face, no
lying" is refused for the verdict it asks (`core.asks.judgement`, the reader's face); a room the
boss's secretary books is the job (`core.asks.team_questions.ARRANGED`); a diary entry about a hug
asks nobody for one (`core.asks.wants`); a chore note left for a flatmate every day until the dishes
are done (`core.asks.chore_notes`).

And the neighbours that stay refused: a stranger's lunch shared, a climber's number, a junior on the
user's team or any senior asked by a team lead, coffee with a stranger, a no asked past or a date
asked again, a stranger photographed unawares, a made-up excuse, a mama's number at the bar, a hotel
room for the two of us, a hug asked of a stranger, a text every day until she replies, and a note
until a flatmate agrees to a date.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "ask someone in Plaza Independencia if I can share their bench while I finish my mate",
            None,
        ),
        ("ask a woman in the park if I can share her bench while I eat my lunch", None),
        ("ask the old man at the bus stop whether I could share his bench for a minute", None),
        ("ask someone in the plaza if I can share their lunch", Problem.SPOT),
        (
            "Ask my new climbing friend for her phone number so we can plan sessions without "
            "Instagram",
            None,
        ),
        ("Ask my good running buddy for his number so we can sort out Sunday runs", None),
        ("ask the girl at the climbing wall for her phone number", Problem.CONTACT),
        (
            "Ask the senior dev on my team to explain the deployment process again, even if I "
            "feel dumb",
            None,
        ),
        ("ask the most experienced nurse on my ward to show me the new pump again", None),
        ("ask the senior engineer on my team to walk me through the code review once more", None),
        ("ask the junior dev on my team to cover my weekend on-call", Problem.POWER),
        ("ask someone on my team to stay late and finish my slides", Problem.POWER),
        ("as team lead, ask the senior dev on my team to cover my weekend shift", Problem.POWER),
        ("ask someone from the language exchange if they want to get coffee next week", None),
        ("ask my tandem partner from the language exchange if she wants to grab lunch", None),
        ("ask a guy I met at the language exchange if he wants to get coffee sometime", None),
        ("ask a stranger at the cafe if they want to get coffee next week", Problem.ROMANCE),
        (
            "man from language exchange app invited me to see night view in his car, ask if he"
            " can pick me up at 11pm",
            Problem.UNSAFE,
        ),
        ("Ask your best friend to rate your face from 1 to 10, no lying", Problem.JUDGEMENT),
        (
            "Ana said she's busy this week but to ask her again next month. So next month, I ask "
            "again.",
            None,
        ),
        (
            "My friend said he was swamped but to ask him again after exams, so I'll ask again "
            "then",
            None,
        ),
        ("Ana said no but I'll ask her again next month", Problem.REPEAT),
        (
            "Ana said she's busy this week but to ask her out again next month, so I ask her out "
            "again",
            Problem.REPEAT,
        ),
        (
            "Ana said she's busy but to ask her again; I'll ask her out again every day until "
            "she says yes",
            Problem.REPEAT,
        ),
        (
            "take a selfie at Ngwo pine forest and actually post it. stop hiding from the camera",
            None,
        ),
        ("post a photo of myself for once, I always hide from cameras", None),
        (
            "take a photo of the girl at the forest without her noticing and post it",
            Problem.RECORDING,
        ),
        ("hide the camera in the changing room and post the clips", Problem.RECORDING),
        ("ask the hotel front desk for a late checkout. politely, no made-up excuse", None),
        ("ask reception for a late checkout without a fake excuse, just ask", None),
        ("ask the hotel for a late checkout, no lying, just the honest reason", None),
        ("ask the hotel front desk for a late checkout with a made-up excuse", Problem.DECEPTION),
        ("ask the hotel front desk for a late checkout and make up an excuse", Problem.DECEPTION),
        (
            "ask the hotel for a late checkout, no fake excuse needed, just pretend I'm sick",
            Problem.DECEPTION,
        ),
        ("ask mama at the bar for her number", Problem.CONTACT),
        ("ask the mama at the chop bar for her phone number", Problem.CONTACT),
        ("ask papa at the kiosk for his number", Problem.CONTACT),
        ("call mama and ask her for a hug", None),
        ("ask mama at the bar for a recommendation", None),
        ("ask mama at the market for the price of tomatoes", None),
        ("ask papa john's for a free pizza", None),
        ("ask papa for a free pizza", None),
        ("ask my secretary to book a meeting room", None),
        ("as the boss, ask my secretary to book a room", None),
        ("ask my assistant to book a room for the client visit", None),
        ("as the boss, ask my secretary to book a hotel room for the two of us", Problem.POWER),
        ("ask our secretary to add me to the club newsletter", None),
        ("write in my diary about the stranger I hugged", None),
        ("write in my notebook about the girl whose number I asked for", None),
        ("hug a stranger and write about it in my diary", Problem.TOUCH),
        ("leave a note for my flatmate every day until he notices the dishes", None),
        (
            "stick a post-it on the fridge for my housemates each morning till they take the "
            "bins out",
            None,
        ),
        ("leave a little reminder for my roommate every day until she does the washing up", None),
        ("text her every day until she replies", Problem.REPEAT),
        (
            "leave a note for my flatmate every day until she agrees to go out with me",
            Problem.REPEAT,
        ),
        ("leave a note for my neighbour every day until he notices the dishes", Problem.REPEAT),
    ],
)
def test_first_problem(text: str, problem: Problem | None) -> None:
    assert_first_problem(text, problem)
