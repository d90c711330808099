"""Own-card asks that ask again past a no however it is worded, and get round a request for
distance or a block however it is said: a no reported in softer words and explained away
("she laughed it off but I think she was just shy", "that's not a proper no", "that was a
month ago"), an "again" in Spanish or French, distance asked for ("wants nothing to do with
me", "asked that we don't see each other anymore", "told me to stay away"), and blocks in
Indonesian, Swahili and Jamaican words. Their fair neighbours must still pass: a week's
busy answer with nothing explained away, a shop's "sold out", a recipe always called a
secret, a doctor's "stay away from sugar", a friend who doesn't want to see the user cry.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, explained_noes, kept_away
from core.asks.text import normal
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # a no laughed off or put down to shyness, surprise or company
        (
            "Ask my neighbour again if I can park in front of her garage on weekends. She "
            "laughed it off last week but I think she was only surprised."
        ),
        (
            "ask the girl from the library to dinner again, she laughed it off but i reckon she "
            "was only nervous"
        ),
        (
            "Ask the lad from the climbing wall out again, he laughed when I asked last time but "
            "that's just how he is"
        ),
        (
            "ask mia tae the pictures again, she said naw on friday but she was wi her pals so "
            "it doesnae count"
        ),
        (
            "Ask Marco again to come bouldering, he said 'nah' on Tuesday but he was with his "
            "mates so it doesn't count"
        ),
        # a partner named, read as politeness or a smile
        (
            "message the girl from my HIIT class again, she said she has a bf but maybe she was "
            "just being polite"
        ),
        (
            "Ask Ruth from choir out again. She said she has a partner, but maybe she was just "
            "being polite."
        ),
        (
            "ask Maria from work to the cinema again, she said she has a boyfriend but she was "
            "blushing"
        ),
        # a polite no said not to count
        (
            "Ask Siobhán from the Tuesday quiz if she fancies a drink. She said 'ah I'm grand "
            "thanks' at Christmas but sure that's not a proper no, is it"
        ),
        (
            "Ask Aoife if she wants to get dinner. She said 'no, I'm good thanks' but that's not "
            "a real no"
        ),
        "ask Tariq to play squash, he's said he was busy every week but that's not a proper no",
        (
            "Challenge: ask Kevin from the mass spec core to lunch again. He's said he was busy "
            "the last three times, which isn't a real no."
        ),
        # the subject changed, a secret kept, "never", "not one for dancing"
        (
            "Ask Hannah for a drink after work. Last time she changed the subject, but now is "
            "better, she's just had her bonus"
        ),
        (
            "Ask the man at the allotment again if he'll sell me his plot. He said never, but "
            "it's been a few weeks."
        ),
        (
            "Ask Wiebke to my birthday drinks. She said she wasn't one for parties, but this one "
            "is different, it's small."
        ),
        # time passing given as the reason
        (
            "Ask my ex for one more dinner. She said no, but that was two months ago, surely "
            "that's long enough"
        ),
        (
            "Ask Dana for the design feedback again. She wrote she doesn't have the capacity "
            "right now, but that was a week ago."
        ),
        # "again" in Spanish and French
        (
            "Vuelve a preguntarle a Sofía si quiere ir al cine. She said 'no gracias' but she "
            "was smiling."
        ),
        "Redemander à Léa for a drink. She said 'non merci' last week but she was just tired.",
    ],
)
def test_a_no_explained_away_is_a_repeat(text: str) -> None:
    assert explained_noes.explains_a_no_away(normal(text))
    assert_first_problem(text, Problem.REPEAT)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Our Rhys said he wants nothing to do with me for a while. Ask his missus to get him "
            "to ring me."
        ),
        "My sister said she wants nothing to do with me. Ask her husband to get her to call me.",
        (
            "My old business partner asked that we don't see each other anymore. Go to his "
            "Saturday stall and buy olives, so he has to talk to me."
        ),
        (
            "My old flatmate asked that we stop seeing each other. Go to her yoga class so she "
            "has to say hi."
        ),
        (
            "wait outside Rabia's university gate and ask her to hear me out once. her brother "
            "told me to stay away but she didn't say it herself"
        ),
        (
            "Her dad told me to stay away, but she never said it herself, so wait for her "
            "outside the gym."
        ),
        (
            "He told the pastor he wants me to keep away. Sit behind him at Sunday service so he "
            "has to talk to me."
        ),
        (
            "Mum said she doesn't want to see me for now. Ask my aunt to bring her to the wedding "
            "without telling her I'm coming."
        ),
        "Jess has got me blocked on everything. Ask her flatmate to show her my message.",
        "She said no more gifts. Leave a box of chocolates with her receptionist anyway.",
        "Marcus seh fi leave him alone but mi wah chat to him at di barbershop",
        "mantan ngeblokir aku, bikin akun baru buat chat dia",
        "aku diblokir sama dia, minta temen kirim pesan ke dia",
        "ameniondoa kwenye group ya WhatsApp, dare: call her from my cousin's line",
    ],
)
def test_distance_asked_for_is_a_block(text: str) -> None:
    assert kept_away.asks_for_distance(normal(text))
    assert_first_problem(text, Problem.BLOCK)


@pytest.mark.parametrize(
    "text",
    [
        "He said he was busy last Saturday; ask Sam if he's free for the gig this week",
        (
            "Ask the bakery if the rye is back in; last week they said it was sold out, but it's "
            "been a week."
        ),
        "Ask my gran again for her scone recipe, she always says it's a secret",
        "Ask my nonna again for her gnocchi recipe, she laughs it off every time",
        "My friend hasn't told me to stay away, so ask her if we can talk about the fight.",
        "Ask my friend to the cinema, she was smiling when I mentioned the film",
        "Ask my wife to the dance again, last time she laughed and said yes",
        "Ask the neighbour if the party's still on; he said never mind the noise",
        (
            "Ask Lena if she wants to come to the quiz, she said 'maybe another time' and asked "
            "me to ask her next month"
        ),
        (
            "Ask my brother to help me move house. He said he was busy in May, but he offered "
            "June instead."
        ),
        "Ask my coworker to lunch, she laughed at my joke in the meeting and seems friendly",
        "My GP told me to stay away from sugar. Ask the café if they do sugar-free cakes.",
        (
            "My best friend doesn't want to see me cry at the wedding. Ask her to hold my hand "
            "during the vows."
        ),
        "Ask the florist if she has any peonies left; she said no more flowers until Friday.",
        "Ask my sister if she'd leave her dog with me while she's away",
        (
            "Ask my partner if we can have a quiet night in, we have been seeing each other "
            "every night this week"
        ),
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)
