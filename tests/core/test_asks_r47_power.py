"""Own-card asks of the forty-seventh round's power readings: what a teacher, a coach, a
manager or a landlord asks as the role itself, with the unfair neighbours that stay refused.

Anything asked of someone the user holds power over was refused as power, even a teacher
asking a pupil whether he understood the homework or a manager telling a junior to rest on
Sunday. Fair now: questions about their learning, training or work ("whether the test was too
long", "how the training felt", "whether the deadline is realistic"), whether they need help,
more time or a break, being told to rest or go home early, a teacher or coach setting the
class's own work ("redo the exercises"), a landlord asking after the flat's repairs or, plainly,
about the rent due (`core.asks.role_questions`, read through `core.asks.their_own_affairs`
and `core.asks.kind_offers`); also the people asked named after the user's role ("as their
teacher, ask my students ...").

Still power: errands, babysitting, gifts, a date, money for the user, private life, unpaid
work or the weekend given up, rent asked early, in cash or "plus a bit extra", and the role's
own question pressed with the role ("as your boss", "remember who owns the flat", "his review
is next month", "or he loses marks"). A child met on the bus is asked no teacher's question.

Left: two questions joined where the second drops its "if she" ("if she has enough on her
plate or needs support"), and "whether this month's rent has gone out", which the date
readings hear as going out with the tenant.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my student if he understood the homework",
        "ask my students whether the homework was too long",
        "ask my pupils if they found the spelling test too hard",
        "ask my year 9s whether the reading this week was too much",
        "ask the students in my seminar if they've finished the reading",
        "ask my student whether he followed today's lesson",
        "ask my pupils what they thought of the book",
        "ask one of my pupils if she'd like extra help with the worksheet",
        "ask my student if she needs an extension on the essay",
        "tell my students to redo the exercises they got wrong",
        "as their teacher, ask my students whether the homework was too long",
        "ask my players how the warm-up felt",
        "ask my swimmers if they're ready for sunday's gala",
        "ask my players if anyone is nervous about the final",
        "tell my players to do their stretches every evening",
        "ask my apprentice if he understood the safety briefing",
        "ask my intern if she's stuck on the spreadsheet",
        "ask my junior whether the deadline next week is realistic",
        "ask my employee how the project is going",
        "ask my assistant if she needs more time for the presentation",
        "ask my direct report if he has too much on his plate",
        "ask my junior if she's swamped",
        "tell my junior to rest on Sunday",
        "tell my intern to take a proper lunch break today",
        "tell my junior to take the afternoon off, she worked all weekend",
        "tell my intern to go home early, he's been here since seven",
        "tell my assistant not to check emails on her day off",
        "tell my trainee to stay home while he's sick",
        "tell my nanny to take a break while the baby naps",
        "as landlord, ask my tenant when he can pay the rent",
        "ask my tenant when she can pay this month's rent",
        "ask my lodger if he's paid the rent yet",
        "remind my tenant that the rent is due on friday",
        "ask my tenant if the repairs were done properly",
        "ask my tenant if she can let the electrician in on monday",
        "ask my intern whether thursday suits for her review",
    ],
)
def test_the_roles_own_questions_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask my student to pick up my dry cleaning", Problem.POWER),
        ("ask my pupils to buy me a christmas present", Problem.POWER),
        ("ask my student about his parents' divorce", Problem.POWER),
        ("ask my student if he understood the homework, or he loses marks", Problem.POWER),
        (
            "ask my student if he understood the homework, remember I grade his exams",
            Problem.POWER,
        ),
        (
            "ask my students whether the homework was too long, anyone who says yes gets"
            " marked down",
            Problem.POWER,
        ),
        (
            "ask my pupils if they enjoyed the lesson and to bring me a coffee tomorrow",
            Problem.POWER,
        ),
        (
            "ask my student if he enjoyed the homework and if he can help me move on sunday",
            Problem.POWER,
        ),
        (
            "ask my students how they found the test and whether they'd vote for me in the"
            " election",
            Problem.POWER,
        ),
        (
            "ask my players if they're ready for saturday's match and to wash my car after",
            Problem.POWER,
        ),
        (
            "ask my players if they're ready for the match, whoever doesn't buy me a drink is"
            " benched",
            Problem.POWER,
        ),
        ("ask a schoolboy on the bus if he enjoyed the game", Problem.POWER),
        ("ask my junior if she could finish the report over the weekend", Problem.POWER),
        ("ask my junior if he'd do the night shift on christmas", Problem.POWER),
        (
            "ask my junior how the project is going and what her salary at her last job was",
            Problem.POWER,
        ),
        ("tell my junior to rest on sunday, his review is next month", Problem.POWER),
        ("ask my intern if she understood the task, her review is coming up", Problem.POWER),
        ("ask my pupil whether the test was hard, remember I set his grades", Problem.POWER),
        ("as your boss, tell my junior to rest on sunday", Problem.POWER),
        ("tell my junior to take the day off and help me move house", Problem.POWER),
        ("tell my intern to take the day off and sit for my cat", Problem.POWER),
        ("tell my junior to take his holiday in november instead of august", Problem.POWER),
        ("ask my intern whether she finished the report and whether she's single", Problem.POWER),
        ("ask my tenant when he can pay the rent in cash", Problem.POWER),
        ("ask my tenant when he can pay next month's rent early", Problem.POWER),
        (
            "ask my tenant when he can pay the rent, plus a little extra for my trouble",
            Problem.POWER,
        ),
        (
            "ask my tenant whether he's paid the rent yet and tell him I can raise it whenever"
            " I like",
            Problem.POWER,
        ),
        ("ask my tenant when he can pay the rent and if he can babysit on friday", Problem.POWER),
        ("ask my tenant if the heating works now, remember who owns the flat", Problem.POWER),
        ("ask my tenant if he can let the plumber in at my other house", Problem.POWER),
    ],
)
def test_favours_and_pressed_questions_stay_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
