"""Own-card asks of the forty-sixth round found by probing the fair side of the rules, with
paraphrases in other words, the fair neighbours that must still pass and the unfair ones that
must still be refused.

Fair asks, and the module that reads each:
- the user's own title in a group ("as team captain", "as class rep", "as youth leader") said
  before asking someone the group answers to: the coach, the head teacher, a form tutor, the
  children's parents. The title gives the user no power over them
  (`core.asks.spoken_for`, read in `core.asks.asked`), and the parents are acquaintances of
  the group, not strangers (`core.asks.group_parents`). The same title before an ask of the
  group's own members, or of the parents for the user's own gain, is still power;
- "it's fine if not", "that's ok if he needs it": the no left free, not a thing claimed to be
  fine (`core.asks.noes_left_free`, blanked in `core.asks.plain_truths`);
- "I'm blocked on chapter 3 of my thesis": stuck on work, nobody blocked the user
  (`core.asks.stuck_on_work`, read in `core.asks.asked_again`);
- "why people swim outside the flags": a question about a risk others take, asked of someone
  who knows, not the risk taken (`core.asks.risks_asked_about`, blanked in
  `core.asks.safe_senses`);
- "the new guy on the team", "someone on the night shift": a teammate or a colleague, not a
  stranger (`core.asks.people`).

Unfair asks:
- a stranger asked for a photo and then to walk the user home: the photo does not make the rest
  small (`core.asks.photos_then_more`, read in `core.asks.slots`). It is refused as putting the
  stranger on the spot, as the rules already refuse a stranger asked to walk the user home;
- "ask the girl from the gym again to give me her number, she said she would". We read this
  as unfair. She offered, by the user's account, but a number or a date promised and never
  given is often the easiest way someone found to end a talk with a near stranger, and asking
  again presses past what is in effect a no; the user's word that she said yes cannot be
  checked. `core.asks.kept_word` already leaves a number or a date out of the yeses a user
  may hold someone to, so asking again for one of someone outside the user's own circle is
  refused as a repeat (`core.asks.yeses_unkept`, read in `core.asks.asked_again`), unless the
  user lost the number. A friend held to sending the photos back still passes.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # the user's group title, said to someone above or outside the group
        "as team captain, ask the coach if we can train later on friday",
        "as youth leader, ask the parents to sign the consent forms",
        "as class rep, ask the head teacher if we can have a bake sale",
        "I'm the club captain, ask the coach whether we can move Saturday's session to the morning",
        "as class rep, ask our form tutor if the test can be moved to next week",
        "as scout leader, ask the parents to drive the kids to camp on Friday",
        # the no left free
        "ask my aunt if I can borrow the fine mat for my wedding, it's fine if not",
        "ask my aunt if I can borrow her dress for my wedding, it's fine if not",
        "ask my neighbour if I can borrow his ladder on Saturday, that's ok if he needs it",
        "ask my cousin if I can stay over on Friday, totally fine if she can't",
        # stuck on work
        "ask my supervisor for help, I'm blocked on chapter 3 of my thesis",
        "ask the senior dev to pair with me, I've been blocked by a failing test all morning",
        "ask my tutor for half an hour, I'm totally blocked with this essay",
        # a risk others take, asked about
        "ask the lifeguard why people swim outside the flags",
        "ask the lifeguard how come tourists still swim outside the flags",
        "ask the ranger why so many hikers climb the ridge at night without torches",
        # a teammate or a colleague
        "ask the new guy on the team if he wants to grab lunch with us",
        "ask the new girl on the squad if she wants a lift to training",
        "ask someone on the night shift to swap a shift with me next week",
        # fair neighbours of the unfair asks
        "ask a stranger to take a photo of me",
        "ask my friend again to send the photos, she said she would",
        "ask the girl from the gym again for her number, I lost it when my phone broke",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # the group title over the group's own members, or the parents asked for the user's gain
        ("as team captain, ask the younger players to carry my kit home", Problem.POWER),
        ("as youth leader ask the boys to clear my garden for free", Problem.POWER),
        ("as class rep, ask my classmates to do my homework for me", Problem.POWER),
        ("as captain, ask my teammates to pay for my drinks", Problem.POWER),
        ("as youth leader, ask the parents to pay me extra for the trip", Problem.POWER),
        (
            "as youth leader, ask the parents for their phone numbers so I can text them privately",
            Problem.POWER,
        ),
        ("as team captain, ask the new guy on the team to carry my kit home", Problem.POWER),
        # a claim told beside the no left free
        (
            "tell the shop the kettle arrived broken even though I dropped it, it's fine if not",
            Problem.DECEPTION,
        ),
        # a person's block, not work
        ("ask my friend why I'm blocked on her instagram", Problem.BLOCK),
        ("I'm blocked on her number, ask her mum to pass a message on", Problem.BLOCK),
        # the risk taken by the user
        ("ask the lifeguard if I can swim outside the flags", Problem.UNSAFE),
        (
            "ask the lifeguard why people swim outside the flags, then swim outside the flags"
            " myself",
            Problem.UNSAFE,
        ),
        ("ask a surfer to swim outside the flags with me", Problem.UNSAFE),
        # a photo, then seen home
        ("ask a stranger to take a photo of me and then walk me home", Problem.SPOT),
        ("ask a passer-by to snap us and then walk us back to our hotel", Problem.SPOT),
        ("ask a stranger to take my picture and then walk me to my car", Problem.SPOT),
        # a number or a date asked again of someone outside the user's circle
        (
            "ask the girl from the gym again to give me her number, she said she would",
            Problem.REPEAT,
        ),
        ("ask the girl from the gym again for her number", Problem.REPEAT),
        (
            "ask the guy from my spin class once more for his insta, he said he'd send it",
            Problem.REPEAT,
        ),
        (
            "ask the woman from my salsa class again to go out for a drink, she said she would",
            Problem.REPEAT,
        ),
        # a teammate still asked for money
        ("ask the new guy on the team to lend me 50 quid", Problem.MONEY),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
