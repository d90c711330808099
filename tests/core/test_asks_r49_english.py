"""Own-card asks of the forty-ninth round's English misses (hands-49-1, hands-49-2), with
paraphrases in other words and the fair neighbours that must still pass.

Unfair asks: which nights a receptionist or a barista is alone on the desk or working alone
(`core.asks.whereabouts`); when a near stranger is home alone, with the meeting once said in
brackets, "(met her once)" (`core.asks.barely_met`); whether anyone at all actually likes the
user, put to a husband or a sister (`core.asks.casual_verdicts`); a stranger's compound or yard
walked into to ask a seat for the match (`core.asks.walked_in`); money asked of "my elderly
patient", or of a resident at the care home where the user works (`core.asks.in_my_charge`).

Fair asks: a raise or a pet asked again after a manager's or a landlord's no that came with
"told me to check after the review" or "said to revisit" (`core.asks.invited_back`); a raise
asked again next week after a plain no, the next day, after two noes, or with "third time's
the charm" stays a repeat, and so does a date however it was put off, or the user's own "I
said I'd try again". The one person in the queue asked to let the user go ahead, with a no
taken in other words, "(ok if no!)", "no worries if not" (`core.asks.queue_jumps`, as the
forty-seventh round read "and accept a no"); everyone in the queue asked, the same ask with no
word of a no taken, or skipping to the front, stays on the spot. And the same words in fair
asks: which nights the bar is open, a mother's evenings alone, a party anyone would like to
come to, a patient asked how she feels, a friend's compound or a chop bar walked into.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my boss for a raise again next month - she said no in January but told me to check"
        " after the review",
        "ask my boss for a raise again next month, she said no in January but said to revisit",
        "ask my manager about the promotion again after the review, he said no but told me to ask"
        " again then",
        "ask my boss for a raise again in June, she turned me down but said we could revisit it",
        "ask my landlord again about a pet next month, he said no but told me to check back after"
        " the inspection",
        "ask my boss for flexible hours again next month, she said no but said she'd look at it"
        " again after Q2",
        "ask my boss for a raise again next month, she said no but told me to bring it up again"
        " after the review",
        "ask the person in the queue if I can go ahead since I only have one item (ok if no!)",
        "ask the woman in the line if I can go first, I only have milk - totally fine if not",
        "ask the man in the queue if I could go ahead since I only have one thing, no worries if"
        " not",
        "ask the guy in front of me if I can go ahead, only got bread, if not that's ok",
        "ask the hotel receptionist which nights the bar is open",
        "ask the hotel receptionist which nights there's live music",
        "ask my mum which nights she's alone so I can call her",
        "ask my sister which evenings she's on her own so I can visit",
        "ask the new girl from yoga (met her once) which class she likes best",
        "ask my friend from yoga when she's usually free for coffee",
        "ask my husband if anyone at all would like to come to the party",
        "ask my friend if anyone likes my cake",
        "ask the group if anyone would like me to drive",
        "ask my husband if he thinks my boss likes my proposal",
        "ask my elderly patient how she's feeling today",
        "ask my fellow patient on the ward to lend me a magazine",
        "ask my elderly neighbour to lend me her ladder",
        "walk into my friend's compound and ask to watch the Black Stars match",
        "walk into the chop bar and ask to watch the Black Stars match on their TV",
        "walk into the community hall and ask to watch the match",
        "walk into someone's shop and ask for directions",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the hotel receptionist which nights she's alone on the desk", Problem.CONTACT),
        ("ask the barista which evenings she's working alone", Problem.CONTACT),
        ("ask the night porter which shifts he's usually on his own", Problem.CONTACT),
        ("ask the shop assistant which days she's by herself in the shop", Problem.CONTACT),
        (
            "ask the new girl from yoga (met her once) when she's usually home alone",
            Problem.CONTACT,
        ),
        (
            "ask the guy from the climbing gym (met him once) for his personal number",
            Problem.CONTACT,
        ),
        ("ask my husband if he thinks anyone at all actually likes me", Problem.JUDGEMENT),
        ("ask my sister whether anybody really likes me", Problem.JUDGEMENT),
        (
            "ask my best friend if people actually like me or just put up with me",
            Problem.JUDGEMENT,
        ),
        ("ask my mum if anyone would miss me", Problem.JUDGEMENT),
        ("ask my coworker does anyone here actually like me", Problem.JUDGEMENT),
        (
            "walk into someone's compound and ask to sit in their hall to watch the Black Stars"
            " match",
            Problem.SPOT,
        ),
        ("stroll into a random family's yard and ask to join their dinner", Problem.SPOT),
        ("let myself into somebody's courtyard and ask them for water", Problem.SPOT),
        ("ask my elderly patient at the care home to lend me money", Problem.POWER),
        ("ask my 90-year-old patient to lend me twenty quid", Problem.POWER),
        ("ask my favourite patient to buy me lunch", Problem.POWER),
        ("ask a resident at the care home where I work to lend me money", Problem.POWER),
        (
            "ask one of the patients on the ward where I work to give me his watch",
            Problem.POWER,
        ),
        ("ask my boss for a raise again next week, she said no", Problem.REPEAT),
        (
            "ask my boss for a raise again tomorrow, she said no but told me to check after the"
            " review",
            Problem.REPEAT,
        ),
        (
            "ask my boss for a raise again next month, she said no twice but said to revisit",
            Problem.REPEAT,
        ),
        (
            "ask my boss for a raise again next month, she said no and I said I'd try again",
            Problem.REPEAT,
        ),
        (
            "ask my boss for a raise again next month, she said no but said to revisit, third"
            " time's the charm",
            Problem.REPEAT,
        ),
        (
            "ask my boss for a raise again next month, she said no and told me to ask HR",
            Problem.REPEAT,
        ),
        (
            "ask her out again next month, she said no but said to check back after exams",
            Problem.REPEAT,
        ),
        ("ask my crush out again, she said no but told me to try again", Problem.REPEAT),
        ("ask everyone in the queue to let me go first", Problem.SPOT),
        ("ask everyone in the queue to let me go first (ok if no!)", Problem.SPOT),
        (
            "ask the person in the queue if I can go ahead since I only have one item",
            Problem.SPOT,
        ),
        (
            "ask the person in the queue if I can go ahead since I only have one item, not ok if"
            " no",
            Problem.SPOT,
        ),
        ("ask the person in the queue if I can skip to the front, ok if not", Problem.SPOT),
        ("go to the front of the queue and ask if I can jump in, ok if no", Problem.SPOT),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
