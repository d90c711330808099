"""Own-card asks for someone's money or things in the thirty-fourth round's new words: things
left, "gimme"d, carried home or brought from duty free, change kept as a tip, a payment app
sent, fees helped with, goods bought "to say thanks", a bite of the order delivered, a
newcomer's "welcome tax"; strangers named in German, French, Korean or as someone the user
does not know; the people the user cleans for or delivered; and their plenty or their not
needing it given as the reason. Their fair neighbours must still pass: family and friends
asked the same, chocolates brought for a neighbour, a school office asked about fees, a
stranger asked the way in German, a recipe swap at the school gate.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, customers, deep_pockets, soft_touches, things_handed_over
from core.asks.text import has, normal, words
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem

_HANDED_OVER = words(*things_handed_over.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        # things left to the user, "gimme"d or carried home
        "last day with my beginner group, ask if one of them wants to leave me their new"
        " goggles. they fly home anyway, ja?",
        "end of the ski week, ask a guest to leave me her helmet, they fly home anyway",
        "the surfers staying at my guesthouse leave tomorrow, ask one of them to leave me his"
        " wetsuit, he won't need it at home",
        "ask one a di cruise ship tourist dem fi gimme dem sunglasses, dem have nuff pair",
        "ask di tourist pon di beach fi gimme dem hat",
        "After the Saturday wedding I'll see if the bride's mama will let me carry home one of"
        " those silver candelabras. Lord knows they bought a dozen and I played my heart out.",
        "after the gala, ask the host's mum if I can take home one of those crystal vases, they"
        " bought dozens",
        "ask a guest at the reception if I can bring home a couple of their wine bottles",
        # brought from duty free
        "honeymoon couple in the sea-view suite are flying to Dubai — ask them to bring me a"
        " bottle from duty free, they always compliment my food",
        "ask the couple in room 12 to bring me back some perfume from duty free",
        # change kept as a tip, a payment app
        "customer at pump 4 always leaves his change on the counter, next time ask him if i can"
        " just keep it as a tip 🤠",
        "ask a customer whether I can keep the change, he never counts it",
        "on my calls today ask one of the nice customers if she can send me a small GCash for"
        " merienda, she's so sweet po, she won't mind",
        "ask a stranger at the market to send me a quick gcash for my lunch",
        "ask a woman on the call to send me some m-pesa for airtime",
        # fees or bills helped with, goods bought as thanks
        "After the service, ask one of the visiting families from Kitwe if they could help with"
        " my daughter's school fees. Church people are generous, they will understand.",
        "ask a tourist at the church to help with my son's tuition",
        "ask the visitors after mass if they can help me pay for my hospital bills",
        "lots of tourists get lost by the Prešeren statue. help one with directions, then ask if"
        " they'd buy a jar of my honey to say thanks. only fair, no?",
        "show a tourist the way to the castle, then ask them to buy a postcard from me to say"
        " thanks",
        # a bite of the order the user delivers
        "customer ordered fried chicken, ask him at the door if i can have one drumstick. smells"
        " too good after 12 hours on the bike",
        "the guest ordered a pizza, ask her if I could have a slice when I drop it off",
        "the customer ordered sushi, ask him at the door if i can try a piece",
    ],
)
def test_things_and_money_handed_over(text: str) -> None:
    assert has(_HANDED_OVER, normal(text))
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "new lad on his induction buys me a protein shake from the bar — call it welcome tax 😂",
        "the new guy at the warehouse buys everyone donuts, rookie tax",
        "make the new girl pay for my lunch as newbie tax",
    ],
)
def test_a_newcomers_toll(text: str) -> None:
    assert has(customers.AS_A_GIFT, normal(text))
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        # named in another tongue
        "Jemanden in der S8 um 10 Euro bitten. I don't need it, it's purely an exposure"
        " exercise, I give it to charity after",
        "ask jemand am Bahnhof um 5 Euro für den Bus",
        "demander à un monsieur at the boulangerie to pay for my pain au chocolat, just to see if"
        " he says oui",
        "demander à une dame au marché to buy me a coffee",
        "포장마차 practice: ask the 아저씨 sitting next to me to pay for my soju too. be bold lol",
        "ask an ajumma at the bus stop to pay for my kimbap",
        "farang at my stall always so happy, tonight I ask them buy me one Chang also krub, they"
        " on holiday they have money",
        # someone the user says they do not know
        "Dover services 2am. Ask other driver I don't know to lend me 60 pounds for diesel, I"
        " give back next time I see him (maybe never, UK is big haha)",
        "ask a passenger I don't know to lend me 20 quid for the ticket",
        # other parents only seen at pickup, asked for cash
        "one of the moms at pickup to float me $60 till payday. small town, everybody helps"
        " everybody",
        "ask one of the dads at drop-off to lend me $40 until friday",
    ],
)
def test_money_fished_from_someone_only_seen(text: str) -> None:
    assert soft_touches.fishes_for_money(normal(text))
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "la señora of the flat I clean on Tuesdays has so many coats. ask her if I can have her"
        " daughter's winter one, she won't even notice",
        "ask the woman from the house I clean if I can keep her old handbag",
        "ask one of the mothers I delivered last week if her husband can give me some of the goats"
        " he promised the 'musawo'. They said it in joy but still",
        "ask one of the patients I nursed to buy me lunch",
    ],
)
def test_the_people_the_user_serves(text: str) -> None:
    assert has(customers.SERVED, normal(text))
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "the office babus on my 8:40 bus all carry fat wallets. getting one of them to pay for my"
        " cha at Sealdah stop, just as practice na, dada won't mind",
        "the tourists in the hostel all carry fat wallets, ask one to buy me dinner",
        "the german hikers who sleep near my mitato fly home tomorrow, ask them to leave me their"
        " good walking sticks and the boots also, they dont need them in Munich",
        "ask the lady next door's visitor to give me her old scarf, she has so many",
    ],
)
def test_their_plenty_or_their_not_needing_it(text: str) -> None:
    assert has(deep_pockets.THEIR_WEALTH, normal(text))
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "ask my sister to leave me her old bike when she moves to Berlin",
        "ask my best friend if I can take home one of the leftover cupcakes from her party",
        "bring my neighbour chocolates from duty free as thanks for watering my plants",
        "ask my husband to bring me back perfume from duty free",
        "ask the other conductor how he keeps his change so organised",
        "ask my brother to help with the rent this month",
        "ask the school office if they offer any help with school fees",
        "ask my friend if she could send me the gcash number of the caterer",
        "help a tourist with directions and ask where they are from",
        "we ordered pizza, ask my flatmate if I can have a slice",
        "ask the waiter if I can have a slice of the cake of the day",
        "tell the new lad at the gym where the showers are, and buy him a protein shake as a"
        " welcome",
        "ask jemanden in der S-Bahn nach dem Weg zum Hauptbahnhof",
        "demander à une dame au marché which cheese she recommends",
        "ask an ajumma at the market which kimchi she recommends",
        "ask a driver I don't know for directions to the M20",
        "ask one of the mums at the gate if she'd like to swap recipes for the kids' lunches",
        "ask one of the dads at drop-off if he wants to carpool on Fridays",
        "ask my gran if I can have one of her old scarves, she has so many",
        "ask my mum if I can keep the old sofa, she doesn't need it",
        "ask my manager whether the company will help with my course fees",
        "ask a customer if they'd like to buy a jar of honey",
        "ask the patients I nursed last year how they're doing at the reunion",
        "ask the woman from the house I clean whether she wants the windows done this week",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)
