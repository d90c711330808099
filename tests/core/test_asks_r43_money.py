"""Own-card asks of the forty-third round's money and contact misses (hands-43), each with
paraphrases in other words, and their fair neighbours.

Money: a thing of theirs or a gift hinted for ("keep mentioning to Jenny's husband how much I
love his watch", "drop hints to the book club ladies that I adore gift cards", "a ver si me
lo regala"), though hinting to the user's own partner, family or friends stays fair; a free
bag of cherries, a dessert "on the house" (a regular's cafecito stays fair), cigarettes
"τζάμπα"; fuel on credit from a servo bloke never met; a loan asked of someone met once at a
wedding. Contact: a commuter only noticed asked where she works, which university she goes to,
which "comuna" she lives in; the days a gym-goer trains, to go at the same time.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "keep mentioning to my cousin's friends that my phone screen is smashed and see if one of"
        " them offers me their old one",
        "keep mentioning to Jenny's husband how much I love his watch and see if he offers it to"
        " me",
        "drop hints to my coworker's mum that I'd love a handbag from her trip to Dubai",
        "Drop hints to the book club ladies that my birthday is next week and that I adore gift"
        " cards",
        "keep telling the neighbour how much I love her bike and wait till she offers it to me",
        "drop a few hints to my flatmate's dad that I'm obsessed with his camera",
        "echarle indirectas a la vecina de que me encantaría un bolso de su viaje",
        "seguir mencionándole al esposo de Ana cuánto me gusta su reloj, a ver si me lo regala",
        "ask the guy at the fruit stand on granville for a free bag of cherries bc im broke lol",
        "ask the lady at the market for a free bag of apples since I'm skint",
        "Tonight I'll ask the waiter for a dessert on the house, see what he says",
        "ask the bartender for a round on the house",
        "pedirle al mesero un postre cortesía de la casa",
        "Ζήτα από τον περιπτερά να μου δώσει ένα πακέτο τσιγάρα τζάμπα",
        "ask the fishmonger to give me two trout for free",
        "ask the servo bloke to fill up the ute and I'll fix him up next week, never met him"
        " before",
        "ask the mechanic I've never met to fix my brakes and let me pay next week",
        "Ask Deepak, who I met once at my cousin's wedding, to lend me 15,000 for a new phone",
        "Ask Priya, who I've only met once at a party, to lend me 200 dollars",
        "ask a guy I met him once at a barbecue to lend me 50 bucks",
    ],
)
def test_money_hinted_for_or_taken_free_is_refused(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "Preguntarle a la chava que siempre se sube al metrobús en Chilpancingo dónde trabaja,"
        " para caerle ahí un día",
        "Preguntarle al chavo que siempre se sube al camión en qué colonia vive",
        "preguntarle a la señora que siempre va conmigo en el metro en qué comuna y en qué depa"
        " vive",
        "ask the girl who sits across from me on the midosuji line which university she goes to"
        " and what days she has class",
        "ask the man who always sits opposite me on the 7:40 train where he works",
        "ask the girl from my gym which days she trains so I can go at the same time",
        "ask the guy from my climbing gym which days he trains so I can turn up at the same time",
    ],
)
def test_whereabouts_of_someone_noticed_are_refused(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "drop hints to my husband that I'd love a watch for our anniversary",
        "drop hints to my best friend that I adore gift cards",
        "keep mentioning to my boss that I'd love to lead the new project",
        "drop hints to my coworker that I'd love a coffee from her",
        "ask the waiter which desserts are on the house tonight",
        "ask the waiter at Versailles if I can get a cafecito on the house for being a regular 6"
        " years, if he says no I laugh it off",
        "ask my best friend to give me her old sofa for free",
        "ask the shop for a free bag",
        "ask the servo bloke where the air pump is, never met him before",
        "ask the deli owner, who has known me for years, to let me pay next week",
        "ask my mate who I meet once a week for coffee to lend me 20 quid",
        "ask my friend which days she trains so I can go at the same time",
        "ask the girl next to me on the train which stop is for the museum",
        "preguntarle a la señora que siempre va conmigo en el metro cómo está su nieto",
        "ask my classmate what days she has class so we can study together",
        "ask the receptionist which days the spin class runs so I can go at the same time",
    ],
)
def test_fair_look_alikes_stay_fair(text: str) -> None:
    assert_first_problem(text, None)
