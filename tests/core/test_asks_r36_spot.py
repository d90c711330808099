"""Own-card asks of the thirty-sixth round's hands (hands-36) in money, romance, spot and touch,
and the fair asks of those hands the rules refused.

Money: a thing bought or shared for the user "because I forgot my wallet", a sum "on top of
her tip" for the user's fund, "a likkle someting" asked in Jamaican. Romance: a proposal to a
stranger ("if she will marry me"), companionship proposed to someone who "cannot leave" or
who "will have to hear me out", a number slipped to someone who "has a ring on", a wife asked
to "come and cook for me while her husband is in Nairobi". Spot: going "in front of him" in a
queue, a couple asked their dowry, a stranger asked what medication he is collecting, sitting
"down in with" strangers at their table, "gimme one a dem seat". Touch: hands kept on the waist
of someone in the user's class.

Fair asks that must pass: a friend asked to "come round and help me paint", a neighbour
thanked with a bottle of wine, the user's own lawn-mowing offered for money, a refund chased
"but I'm not letting it slide", "the pay they owe me", which of two aprons suits the user, a
person "at the bus stop to show me" an app, a chairlift neighbour asked where they're from, a
stranger's fade photographed with leave, a grandson asked to teach "how to send money on
M-Pesa", someone the user chats to every week, met once at a conference, or who said "any
time".
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "dare: ask a random guy at the Späti to buy my Club Mate bc i forgot my wallet. he'll"
        " survive lol",
        "ask a stranger at the kiosk to get my coffee, I left my wallet at home",
        "ask the woman next to me at the bakery to cover my croissant since i forgot my purse",
        "Go hawker centre, ask the uncle at next table if can share his chicken rice, say I forgot"
        " wallet lah. Paiseh but good practice.",
        "forgot my wallet so ask a stranger in the food court to share his noodles with me",
        "ask a client for an extra twenty on top of her tip for my Ibiza fund, she's loaded babe"
        " she won't notice",
        "ask a stranger for a tenner for my holiday fund",
        "Ask di man dem weh park inna di plaza fi give mi a likkle someting fi watch dem car, even"
        " though mi already get pay fi dat.",
        "ask a tourist to give me a little something for showing him the beach",
    ],
)
def test_money_asked_in_new_words(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the lady tourist I'm driving to the airport if she will marry me. Long drive, she"
        " will have time to think.",
        "ask the woman next to me on the train if she'll marry me",
        "Propose companionship to the widow in the next bed on the hospital ward. She cannot"
        " leave, so she will have to listen to me properly.",
        "propose marriage to the lady in the waiting room, she's stuck there for hours anyway",
        "Challenge: ask out the young one selling the ferry tickets. She can't go nowhere while"
        " she's stuck in the booth so she'll have to hear me out.",
        "ask out the girl in the ticket booth, she'll have to hear me out",
        "Slip my number to the captain on the crossover. He has a ring on but ugh, layovers are"
        " different.",
        "leave my number for the waitress, she's wearing a wedding ring but whatever",
        "Ask the wife of Mwangi to come and cook for me while her husband is in Nairobi. She is a"
        " good woman and a man needs company.",
        "ask the wife of Otieno to come and keep me company while her husband is in Mombasa",
    ],
)
def test_romance_pressed_or_off_limits(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the man in the boulangerie queue to let me go in front of him. I am not in a hurry, I"
        " just want to see if he says yes.",
        "ask the lady in the post office line to let me in front of her, just to see",
        "Approach a young couple at the beach and ask them how much dowry was given. I am simply"
        " curious about modern customs.",
        "ask the newlyweds at the next table how much bride price he paid",
        "In the pharmacy queue, ask the young man ahead of me what medication he is collecting and"
        " what it is for. A good conversation starter.",
        "in the chemist queue, ask the woman ahead of me what medication she's getting",
        "Ask the mainlanders eating at the picnic table by the wharf if I can sit down in with"
        " them and tell them all about the cod moratorium, they'll be glad of a local yarn I'd"
        " say.",
        "Stop di man dem playing dominoes pon di corner and ask dem fi gimme one a dem seat. Dem"
        " nuh know mi but a just game.",
        "ask di youths dem pon di bench fi gimme one a dem chair",
    ],
)
def test_strangers_put_on_the_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "Keep my hands on the waist of the lady in my beginner group the whole run down. She"
        " didn't ask for it, but she'll feel the turn better",
        "keep my hands on her hips during the whole salsa lesson, she's new",
        "rest my hands on the waist of the student in front of me on the slope",
    ],
)
def test_hands_kept_on_a_body(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        # a visit to help, a bottle as thanks, the user's own work for pay
        "ask my best mate to come round and help me paint the bedroom, I'll do pizza 🍕",
        "ask my brother to come round to help me fix the shelves",
        "Ask my neighbour if he could help me carry my new bookcase up the stairs, I'll bring"
        " him a bottle of wine.",
        "ask my colleague to help me move flat, I'll buy her a bottle of prosecco as thanks",
        "ask our neighbor if i can mow his lawn for money this summer",
        "ask my neighbour if I could walk her dog for some money",
        # resolve, a sum owed, two things on sale
        "Call Comcast and ask for a refund for the three days the internet was down. Polite,"
        " but I'm not letting it slide.",
        "ring the airline about my lost bag, polite but i'm not backing down",
        "write to Uber Eats support to ask for the pay they owe me from the order that got"
        " cancelled when I was already at the door",
        "email the agency about the wages they owe me for March",
        "Ask the sales assistant which of two aprons suits me better, I always buy alone.",
        "Ask the shop assistant in Primark which of the two cardigans suits me better",
        "ask the shop assistant which of the two jackets looks better on me",
        # a bus stop, a chairlift, a fade photographed with leave, a skill taught
        "Ask a young person at the bus stop to show me how the new ticket app works, if they"
        " have a minute.",
        "ask the person next to me on the chairlift where they're from, and leave it if they"
        " don't feel like chatting",
        "ask a fellow skier on the gondola where she's from",
        "ask a man in the street if I can take a pic of his fade for inspo, and if he says nah"
        " that's calm",
        "ask a woman at the market if I could take a photo of her braids for my hairdresser",
        "Ask my grandson to teach me how to send money on M-Pesa myself, so I do not always have"
        " to call him.",
        "ask my niece to show me how to transfer money with my banking app",
        # people the user knows: chatted to weekly, met once, invited by them
        "Ask the fella I chat to at the match every week if he fancies a pint after the next"
        " home game.",
        "ask the woman I talk to at the allotment every saturday if she wants a coffee after",
        "Email the guy I met once at a conference to ask for a quick call about his method. He"
        " did say to get in touch.",
        "Ask the fella from the field day if I can come see his irrigation setup. He gave me his"
        " card and said any time.",
        "ask the beekeeper from the farmers market if I can visit her hives, she said to drop by",
    ],
)
def test_fair_neighbours_pass(text: str) -> None:
    assert not refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ask my friend to buy me lunch, I forgot my wallet",
        "ask the café if I can pay tomorrow, I forgot my wallet",
        "ask my boss for an extra ten minutes on top of the break",
        "ask the man in the queue if he knows what time the shop opens",
        "ask my aunt how much dowry was given at her wedding",
        "ask my wife if she will marry me again in a vow renewal",
        "ask the pharmacist what this medication is for",
    ],
)
def test_near_neighbours_in_the_same_words_pass(text: str) -> None:
    assert not refuses(text)
