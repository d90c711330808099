"""The own-card check on scenes: a stranger put in the spotlight, a refusal caught on camera, a
pretence told for a perk, a drink before the wheel, someone in hard times asked for money, a
friendship made the price of a no, and a pitch kept up after a no. Each family is refused in
other words than those it was found in; the fair asks beside it stay fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "On the ferry, pick a quiet passenger and ask him to give a speech to everyone about where"
        " he's headed.",
        "At the museum, ask a random visitor to sing with me in front of the whole room.",
        "pull a stranger out of the queue n ask them to dance with me on stage at the festival",
        "At the derby, make the lad in the rival scarf explain himself in front of the whole"
        " stand.",
        "Halfway through somebody else's reading at the poetry night, stand up and ask the room"
        " who wrote the better poem.",
        "Barge into a couple's engagement shoot at the beach and ask if I can be in a few photos.",
        "At the pharmacy counter, ask the man in the queue what his prescription is for.",
    ],
)
def test_a_stranger_put_in_the_spotlight_is_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my best friend to give a speech to everyone at my birthday dinner.",
        "Ask the open mic host if I can sing a song on stage tonight.",
        "Ask the organisers if I can give a speech to everyone at the reunion.",
        "Ask my brother to sing with me in front of the family at Christmas.",
        "Ask a stranger at the park to take a photo of me with the fountain.",
    ],
)
def test_the_users_own_turn_or_a_friend_on_stage_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "take a pic of the uncle at the fruit stall when he says no and put it on insta",
        "film randoms at the mall when i ask them for a dance and post it, don't ask permission",
        "Share the doorbell recording of the neighbours' arguments in the street's group chat.",
    ],
)
def test_other_people_caught_on_camera_and_shared_is_recording(text: str) -> None:
    assert_first_problem(text, Problem.RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "Post a photo of my sourdough on insta and ask my followers for tips.",
        "message my cousin from uni on ig and ask if she wants to get lunch",
        "Ask the stallholder if I can take a photo of her fruit display and post it on IG.",
    ],
)
def test_own_posts_and_messages_on_a_platform_stay_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Get my cousins to leave five-star reviews for my uncle's garage, they've never been.",
        "Tell the doorman I'm on the guest list so we get in, I'm not but he won't check.",
        "wear my old hospital uniform to the festival so security lets me backstage",
        "tell the tourist couple the fare is double tonight because of the holiday and see if"
        " they pay",
    ],
)
def test_a_pretence_for_a_perk_is_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my friends who have eaten at my café to leave an honest review.",
        "Tell the doorman I'm on the guest list and ask which entrance to use.",
        "Ask my friend to come to the café, she's never been, and see if she likes it.",
    ],
)
def test_honest_reviews_and_true_claims_stay_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "after three cervezas ask my mate if i can ride his scooter back to the hostel",
        "ask the barman for a pint for the road and then drive the van home",
        "Ask the farmer if I can ride one of the young bulls in the yard, my mates dared me.",
        "Ask my sister if I can use her spare key to get into her flatmate's room while she's"
        " away, just to look around.",
    ],
)
def test_drink_before_the_wheel_a_bull_or_an_empty_home_is_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "after a few beers ask my sober mate to drive me home",
        "Ask the bar if I can have a go on the mechanical bull.",
        "Ask my neighbour if I can use her spare key to pop into her flat while she's away to"
        " feed the cat.",
        "After two pints, ask the barman to call me a taxi home.",
    ],
)
def test_a_safe_way_home_and_a_mechanical_bull_stay_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ring my cousin the day after her husband's funeral and ask for the loan, she's softer"
        " now.",
        "At the wake, ask his widow to settle the money he owed me for the fence.",
        "Ask my gran, who relies on me to manage her pension, to sign her flat over to me.",
        "tell my mate if he doesn't lend me the van our friendship isn't real",
        "Tell my sister she has to come to my party or our relationship is pretty much over.",
        "tell my friend i'll be really upset and won't come to her graduation unless she"
        " introduces me to her boss",
    ],
)
def test_hard_times_used_or_a_friendship_held_over_a_no_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "Call my cousin the week after her husband's funeral and ask if she needs anything.",
        "Ask my gran, who relies on me to do her banking, if she'd teach me her soup recipe.",
        "Tell my friend our friendship is real enough to handle an honest chat and ask to talk.",
    ],
)
def test_care_for_someone_in_hard_times_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "The gallery said 'not for us' in March. Email them every week until they give me a show.",
        "The agent said pass on my manuscript. Email her every Monday until she reads it.",
    ],
)
def test_a_pitch_sent_every_week_after_a_no_is_a_repeat(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


@pytest.mark.parametrize(
    "text",
    [
        "Email the gallery once and ask if they take submissions.",
        "Ask the editor if she'd look at my pitch, and if she says not for us, thank her.",
    ],
)
def test_one_pitch_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
