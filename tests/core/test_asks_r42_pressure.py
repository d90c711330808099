"""Own-card asks of the forty-second round's pressure, repeat and block misses (hands-42), each
with paraphrases in other words, and their fair neighbours.

Pressure: a tale or a report hinted with "could" or tied to an "else" (the boss told about her
long lunches, the HOA about his trailer, umma about his girlfriend), a one-star review or a
verdict told to everyone or posted to the group chat after a no, the family told everything in
Italian and Portuguese; a friendship over, forgiveness withheld, real friends counted, the user
gone, the person unnamed as real ʻohana over a no, and the same in Portuguese, Finnish,
Bulgarian, Serbian and Italian; favours counted back (Dashain money, years of help, "yo la
crié") or Mama's shame raised; a sulk at the gate until the keys are handed over. Repeat: a no
and the next try in Portuguese, Italian, Hindi in Latin letters, Finnish, Serbian and Spanish
("se lo vuelvo a pedir"). Block: a block in Icelandic, Swiss German, Italian and Serbian, the
user's number blocked given as the reason for another road, contact cut by the person.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my colleague to cover my shift, and mention I could tell the boss about her long"
        " lunches",
        "ask my flatmate to take the bins out and hint I could tell the landlord about her cat",
        "ask my neighbor to plow my driveway too and mention I could report his trailer to the"
        " HOA otherwise",
        "ask my flatmate to lend me her bike, and say I might report her parties to the landlord"
        " otherwise",
        "ask my brother to send money, else I'll tell umma about his girlfriend",
        "ask my cousin to lend me his bike, or else I'll tell auntie about his tattoos",
        "ask the mechanic for a discount and let him know I'll leave a one-star on Google if he"
        " won't",
        "ask the plumber to come today and tell him I'll give him one star on Yelp if he doesn't",
        "ask the tailor for a rush job and say I'll leave a terrible review if she refuses",
        "ask my colleague to swap shifts and let everyone know she's not a team player if she"
        " won't",
        "ask my teammate to carry the kit and tell everyone he's a slacker if he won't",
        "ask my roommate to clean up and if he won't, post in the flat group chat how disgusting"
        " he is",
        "ask my sister to host Christmas and if she refuses, post in the family chat how selfish"
        " she is",
        "dire a mia sorella che se non mi presta i soldi, mammà saprà tutto",
        "se non mi presta la macchina, papà saprà tutto",
        "se não me der o dinheiro, a mãe vai saber de tudo",
    ],
)
def test_a_threat_hinted_or_put_after_the_favour_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "tell my friend if he doesn't come to gym with me our dosti is over",
        "ask my friend to drive me to the airport and say our friendship is finished if he won't",
        "ask my friend to come to my band's show and tell her I'll never forgive her if she skips",
        "tell my sister I'll never forgive her if she doesn't come to my wedding",
        "tell my friend if she doesn't come to my show I'll know who my real friends are",
        "tell my mates if they don't chip in for the trip I'll see who my true friends are",
        "ask my partner to move in and say I'm gone if it isn't a yes by Friday",
        "tell my boyfriend I'm out of here unless he proposes this year",
        "ask my cousin fo' come help wit da imu and tell her she not real ʻohana if she no show",
        "tell my brother he's not real family if he doesn't lend me the money",
        "dizer à minha mãe que se não me emprestar o carro nunca mais lhe ligo",
        "se não vier ao meu aniversário nunca mais lhe falo",
        "sano kaverille että jos se ei tuu mökille, en puhu sille enää ikinä",
        "jos hän ei lainaa autoa, en soita hänelle enää koskaan",
        "кажи на приятелката ми, че ако не ми даде пари назаем, значи не ме обича",
        "ако не дойде на рождения ми ден, значи не ме обича",
        "reci drugarici da će ona biti kriva ako ne dođe na moj rođendan",
        "reci mu da će biti kriv ako ne dođe na svadbu",
        "se non viene alla mia festa non le parlo più",
    ],
)
def test_a_tie_withdrawn_over_a_no_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "ask bahini to cover for me and remind her of all the Dashain money I've given her",
        "ask my son to visit and remind him of every birthday present I've ever bought him",
        "ask my sister to lend me the car and remind her how much I've done for her over the years",
        "ask my niece to babysit and remind her how often I've covered for her",
        "pedirle a mi hermana que me cuide a los nenes y si dice que no recordarle que yo la crié",
        "si me dice que no, recordarle todas las veces que yo la ayudé",
        "ask my brother to cosign and let him know Mama would be ashamed of him if he didn't",
        "ask my brother to pay and say our late father would be ashamed of him if he won't",
        "tell my sister Amma would be heartbroken if she skips the wedding",
        "ask the aunty next door for her scooter and sulk at her gate until she hands over the"
        " keys",
        "ask my uncle to lend me his truck and hover by his desk until he hands me the keys",
    ],
)
def test_favours_counted_shame_raised_or_a_sulk_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "voltar a convidar a Inês para jantar, ela disse que não mas à terceira é de vez",
        "ela disse que não ao jantar, mas vou perguntar de novo amanhã",
        "voltar a pedir o carro ao meu irmão, ele disse que não ontem",
        "richiedere a Carmela un caffè insieme, ieri mi ha detto di no ma oggi è un altro giorno",
        "mi ha detto di no al cinema, ma la richiamo stasera",
        "Landlord ne rent kam karne se mana kar diya, roz phone karke phir poochunga jab tak haan"
        " na kare",
        "Priya ne mana kar diya, kal phir se poochunga",
        "phone karta rahunga jab tak haan na kare",
        "kysy Jaanalta uudestaan, vaikka hän sanoi jo ettei halua tulla",
        "hän sanoi ei, mutta soitan taas huomenna",
        "pitaj je opet za kafu, rekla je ne ali možda nije mislila ozbiljno",
        "rekao je ne za pozajmicu, pitaću ga ponovo sutra",
        "la jefa dijo que no al día libre, así que se lo vuelvo a pedir cada vez que pase por su"
        " oficina",
        "mi jefe dijo que no al aumento, pero le vuelvo a preguntar el lunes",
    ],
)
def test_a_no_and_the_next_try_in_more_tongues_is_a_repeat(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


@pytest.mark.parametrize(
    "text",
    [
        "ask my friend to call my ex from her phone since my number's blocked",
        "ask my sister to text my ex for me because my number is blocked",
        "join my ex's running club so I can ask her in person why she cut contact",
        "she cut contact after the fight, so I'll wait outside her office and ask why",
        "mæta heima hjá Siggu og spyrja hvort við getum talað, hún blokkaði mig en hún skuldar"
        " mér samtal",
        "hann blokkaði mig, en ég ætla að hringja úr síma bróður míns",
        "Ruef d Laura vo de Nummer vo mim Brüeder aa, si het mi blockiert",
        "er het mi blockiert, drum schribi ihm vo de Nummer vo mim Kolleg",
        "Laura mi ha bloccato, chiedo a sua sorella di passarle un messaggio",
        "blokirala me je, pa ću joj pisati sa drugog broja",
    ],
)
def test_a_block_in_more_words_and_tongues_is_gone_round(text: str) -> None:
    assert_first_problem(text, Problem.BLOCK)


@pytest.mark.parametrize(
    "text",
    [
        "ask my colleague to cover my shift, and mention I could cover hers next week",
        "ask my colleague if I could tell the boss about her great idea in the meeting",
        "ask the mechanic for a discount and let him know I'll leave a five-star review either way",
        "ask the restaurant for a table and leave a good review if all goes well",
        "ask my roommate to clean up and if he won't, do it myself and post in the flat group"
        " chat that the kitchen is done",
        "ask my colleague to swap shifts and let everyone know the rota has changed",
        "tell my friend if he doesn't come to gym with me I'll go alone",
        "ask my friend to come to my band's show, and tell her it's fine if she skips",
        "ask my partner to move in, and say there's no rush if it isn't a yes by Friday",
        "ask my brother to cosign and let him know Mama would be proud of the new house",
        "remind my sister of all the fun we've had on road trips and ask her to come along",
        "remind my gran how much I've enjoyed her stories and ask for her soup recipe",
        "ask my cousin to help with the imu, and tell her she's welcome to bring her kids",
        "ask the aunty next door for her scooter and wait at her gate until she comes back from"
        " the market",
        "se não puder emprestar o carro, pergunto ao meu irmão",
        "jos hän ei pääse, kysyn joltain muulta",
        "ela disse que não, então vou perguntar ao meu irmão",
        "chiedere di nuovo la ricetta alla nonna",
        "reci mu da dođe na svadbu ako može",
        "mi jefe dijo que no al aumento, le pregunto qué puedo mejorar",
        "ask the phone company why my number is blocked from calling abroad",
        "ask my friend to help me unblock the drain",
        "she cut contact with her old job, so ask her how the new one is",
    ],
)
def test_fair_neighbours_pass(text: str) -> None:
    assert_first_problem(text, None)
