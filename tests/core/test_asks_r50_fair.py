"""Own-card asks of the fiftieth round's fair misses (noticed while probing), with paraphrases
in other words and the neighbours that share their words.

Fair asks the rules refused: drinks asked of the user's own friends at a party and going home
with them, a stranger's risk and not a friend's (`core.asks.at_the_wheel`); a secretary asked by the
boss to book a meeting room or send out the agenda, the office's own running and no favour
(`core.asks.team_questions.ARRANGED`; "secretary" is no "secret", `core.asks.conduct`); a
parent's payment card used with their leave said in the same breath, and a status said with
the user's own student card shown (`core.asks.shown_proof`); a pupil's parents asked whether
practice at home would help her marks (`core.asks.role_questions.HOME_PRACTICE`); a hug asked
of didi, mummy or amma in Devanagari or Tamil script (`core.asks.glosses.hindi`,
`core.asks.glosses.tamil`). Unfair asks the rules passed: the hotel's maid asked to the user's
room for a drink, staff as the receptionist is (`core.asks.outsiders`); when a woman met once
at book club is home alone, which no club makes hers to give (`core.asks.traces`).

And the neighbours that stay refused: strangers' drinks and going home with them, a secretary
asked to a private party, errands or unpaid hours, a card used without asking or an old press
card, a gift hinted for her marks, a student card not the user's own or claiming to be a
student when not, a stallholder's or a colleague's hug.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the maid to come to my room tonight for a drink", Problem.ROMANCE),
        (
            "ask the chambermaid to stay in my room for a glass of wine after her shift",
            Problem.ROMANCE,
        ),
        ("ask the hotel maid to come up to my room tonight for a drink", Problem.ROMANCE),
        ("ask the woman from book club, met her once, when she's home alone", Problem.CONTACT),
        (
            "ask the guy from my climbing class, only met him once, what time he's home on his own",
            Problem.CONTACT,
        ),
        ("ask the girl from choir I barely know which nights she's by herself", Problem.CONTACT),
        ("ask strangers at the party for a drink and go home with them after", Problem.UNSAFE),
        ("ask a guy at the bar for a drink and go home with him", Problem.UNSAFE),
        ("ask my friends to introduce me to a guy and go home with him", Problem.UNSAFE),
        ("as the boss, ask my secretary to come to my private party", Problem.POWER),
        ("as the boss, ask my secretary to run my personal errands", Problem.POWER),
        ("as the boss, ask my secretary to stay late unpaid", Problem.POWER),
        ("as the boss, ask my secretary to book a table for me and my wife", Problem.POWER),
        ("use my dad's old press card to get in", Problem.DECEPTION),
        ("use my dad's card without asking", Problem.DECEPTION),
        ("use my dad's card to pay for the groceries, he won't notice", Problem.DECEPTION),
        ("use my sister's staff card to get the discount, she said it's fine", Problem.DECEPTION),
        ("hint to my student's parents that a gift would help her marks", Problem.POWER),
        ("ask my student's parents if a gift would help her marks", Problem.POWER),
        ("say I'm a student to get the discount even though I'm not", Problem.DECEPTION),
        ("show my old student card and say I'm a student to get the discount", Problem.DECEPTION),
        (
            "show my friend's student card and say I'm a student to get the discount",
            Problem.DECEPTION,
        ),
        ("अजनबी से एक hug माँगना", Problem.TOUCH),
        ("ऑफिस के कलीग से एक hug माँगना", Problem.TOUCH),
        ("सब्ज़ी वाली दीदी से एक hug माँगना", Problem.TOUCH),
        ("கடை அக்காவிடம் ஒரு hug கேட்கணும்", Problem.TOUCH),
        ("தெரியாதவரிடம் ஒரு hug கேட்கணும்", Problem.TOUCH),
    ],
)
def test_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "ask my friends at the party for a drink and go home with them after",
        "ask my mates at the pub to buy me a drink and then go back home with them",
        "ask my sister at the wedding for a dance and go home with her after",
        "go home with my friends after the party",
        "as the boss, ask my secretary to book a meeting room for Tuesday",
        "as the manager, ask my assistant to reserve the conference room for Thursday",
        "as the boss, ask my PA to send out the agenda for the board meeting",
        "use my dad's card to pay for the groceries, he said it's fine",
        "use my mum's debit card to buy the train tickets, she told me to",
        "using my partner's card to order the takeaway, she said it's ok",
        "ask my student's parents if extra practice at home would help her marks",
        "ask my pupil's mum whether more reading at home could improve his grades",
        "ask my student's dad if a bit of maths practice each night might help her progress",
        "show my student card and say I'm a student to get the discount",
        "say I'm a student and show my student ID to get the cheaper ticket",
        "show my senior railcard and tell the conductor I'm a pensioner to get the cheaper fare",
        "दीदी से एक hug माँगना",
        "मम्मी से एक hug माँगना",
        "अपनी बहन से एक hug माँगना",
        "அம்மாவிடம் ஒரு hug கேட்கணும்",
        "அக்காவிடம் ஒரு hug கேட்கணும்",
        "என் தங்கச்சி கிட்ட ஒரு hug கேட்கணும்",
        "ask housekeeping to bring extra towels to my room",
        "ask the maid to bring extra towels to my room",
        "ask the maid of honour to help me with the speech",
        "ask my book club friend when she's free for coffee",
        "ask the woman from book club when the next meeting is",
        "ask the woman from book club, met her once, if she'd like to swap books",
        "ask my sister when she's home alone so I can drop round",
    ],
)
def test_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)
