"""The own-card check on more scenes: a tale told for a perk or to be let in, a label told to
buyers, a threat of telling or a friendship priced, someone just bereaved asked for a favour, a
client snapped unawares, an ask pressed "five more times", a stranger's back asked to be
scrubbed, a lift from a driver who "only had a few", a rider pushed to full speed, and a shy
person, a lecturer or a ship's passengers put on the spot. Each family is refused in other
words than those it was found in; the fair asks beside it stay fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "tell the B&B in Galway it's a family emergency so they upgrade us to the big room",
        "show my old work lanyard at the bakery and say I'm from the council, see if they give me"
        " a free loaf",
        "tell the builders' yard my shed roof caved in so they give me the offcuts for nothin",
        "Tell the printers our choir is a registered charity so we get their charity discount.",
        "Tell the airline my grandad is in hospital so they waive the change fee, nobody checks",
    ],
)
def test_a_tale_told_for_a_perk_is_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "tell the doorman at the Roundhouse I'm the lighting tech for tonight so he lets me in",
        "tell security at the arena I'm on the list as the drummer's girlfriend",
        "tell shoppers the honey is wild from the Highlands so they buy, really it's from Lidl",
    ],
)
def test_a_role_claimed_at_the_door_or_a_label_told_to_buyers_is_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "tell my team lead my wrist is sprained so she gives me Friday off, I just want a long"
        " weekend",
        "tell the coach my ankle's swollen so I can sit out, really I just need a rest",
    ],
)
def test_an_injury_told_for_a_break_is_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "Tell the hotel it's our anniversary and ask if they do anything special for couples.",
        "Tell the hotel I'm there for my gran's funeral and ask if they have a bereavement rate.",
        "Ask the bouncer if I'm on the guest list, my friend said she'd add me.",
        "tell customers the mangoes are from my uncle's farm and ask if they'd like to try one",
        "Tell my manager my knee is injured and ask if I can work the till instead of stacking.",
        "ask the garden centre if they have broken panes they'd let go for free",
    ],
)
def test_a_reason_told_with_the_question_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "tell my cousin if he won't lend me his drill he's not really family",
        "ask my ex for the deposit back and say if she doesn't her parents will find out what she"
        " did",
        "tell my flatmate ill report him to the agency unless he pays my half of the wifi",
        "tell my brother if he doesn't give me his bike I'll tell mum about his girlfriend",
    ],
)
def test_a_no_made_to_cost_them_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "ask Aoife to help me paint my flat Sunday, her mum just passed but it'll distract her",
        "ask my uncle for a loan during his wife's funeral, he can't say no right now",
        "ask my coworker to cover my shift, his brother recently died but he needs the distraction",
    ],
)
def test_someone_just_bereaved_asked_for_the_user_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "Tell my friend if she doesn't come to my show I'll be gutted, but I'll understand.",
        "Ask Mikko if he wants a hand with anything this week, his dad just died.",
        "ask my neighbour if there's anything I can do during his father's funeral week",
        "Ask my sister if she'd tell Dad the good news together with me.",
    ],
)
def test_a_feeling_shared_or_help_offered_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "take a photo of the bride's face before her makeup without telling her, for our studio's"
        " page",
        "snap a shot of the customer's feet before the pedicure without telling her, for the spa's"
        " website",
    ],
)
def test_a_client_snapped_unawares_is_recording(text: str) -> None:
    assert_first_problem(text, Problem.RECORDING)


def test_a_client_asked_first_stays_fair() -> None:
    assert_first_problem(
        "ask my client if I can take a photo of her nails for the salon page",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "the shopper already said no to the extended warranty, ask her three more times anyway",
        "buyer no want the phone case, ask am 4 more times, persistence is key",
    ],
)
def test_asked_more_times_after_a_no_is_repeat(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


def test_one_more_stranger_asked_stays_fair() -> None:
    assert_first_problem("ask five more strangers for directions before lunch", None)


@pytest.mark.parametrize(
    "text",
    [
        "ask the guy beside me in the hammam if he'll scrub my back",
        "ask a stranger at the pool to rub sun cream on my shoulders",
    ],
)
def test_a_strangers_hands_on_the_user_is_touch(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


def test_a_partner_asked_to_scrub_a_back_stays_fair() -> None:
    assert_first_problem("ask my husband to scrub my back in the bath", None)


@pytest.mark.parametrize(
    "text",
    [
        "get a lift back from the wedding with Ciaran, he's only had 4 pints, he's fine",
        "ask the boda guy to take four of us at once to the market",
        "ask the taxi driver to go full speed on the bypass, I'm late",
    ],
)
def test_a_driver_after_drink_or_pushed_past_safe_is_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "ask the lads for a lift home after the session, Tommy's driving and he's on water",
        "ask the taxi to take four of us to the airport",
        "ask my running coach if I can go full speed on the last lap",
    ],
)
def test_a_sober_lift_a_full_taxi_or_a_sprint_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "at the parents' evening ask the mum who never brings snacks, in front of everyone, why"
        " she won't take a turn",
        "after the seminar ask the tutor in front of 40 students to explain why my essay failed",
        "at the wedding pull the quietest cousin up to the front to sing a song",
        "interrupt the poet mid-reading at the library and ask her to sign my notebook",
        "on the overnight train use the tannoy to ask who will buy me a coffee",
        "on the bus to Galway get the passengers to join me in a singalong, nobody can get off",
        "enter the bus, ask everybody make dem dance for me before the next stop",
    ],
)
def test_someone_put_on_the_spot_before_others_is_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the new girl at school if she wants to sit with us at lunch",
        "after the lecture ask the prof in her office hours to explain my grade",
        "ask the author at the signing table after her reading to sign my copy",
        "ask the conductor to use the tannoy to ask if anyone found my wallet",
        "at my birthday party get everyone to join me in a singalong",
        "ask the speaker after the talk why she chose this topic",
        "at the parish council meeting ask the treasurer, in front of everybody, why he won't"
        " publish the accounts",
    ],
)
def test_a_private_question_or_a_welcome_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
