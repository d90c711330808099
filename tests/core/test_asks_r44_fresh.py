"""Own-card asks of the forty-fourth round's fresh batches (hands-44-1, hands-44-2) and of five
English gaps noted before it, with paraphrases in other words and languages, and the fair
neighbours that must still pass.

Fair asks: a hug a "Free Hugs" stall offers (`core.asks.hugs_on_offer`); a shop assistant asked
to film the demo of a coffee machine on the user's phone (`core.asks.own_footage`); an ex "we're
properly friends now" asked for a board game back, which the model may not read as a block got
round (`core.asks.known_fair.BARRED`); a hard question the user asks themself, however it is
worded ("why I say yes to everything", "whether I'm drinking too much", "kendime sor"); the new
nurse "on our ward", a colleague asked to lunch (`core.asks.local_roles`). Unfair asks: money
for nothing (a stay comped for being lovely, a stranger's old iPhone, a tindera's phone load),
a date asked every morning, a no made into a reel, a race from the lights, a building site at
night, a stranger in the car at night, a scene made before the family, a lapsed staff discount,
why a colleague isn't married, whether the girl at the café is, waiting outside her house, and
their wordings in Spanish, French, German, Indonesian, Swahili, Turkish, Portuguese and Japanese
taught to the glossaries.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, read
from core.asks.second import fits
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # the round's fair misses
        "At the 'Free Hugs' stall in town, actually go and ask for one instead of walking past"
        " pretending to look at my phone",
        "Ask the shop assistant to film the demo of the coffee machine on my phone so my husband"
        " can see it before we buy",
        "Ask my ex (we're properly friends now) to give back the Catan box he's had since 2021",
        "Ask myself why I say yes to everything at work and then go home and cry in the car",
        "Sit down with a cup of tea and honestly ask myself whether I'm drinking too much these"
        " days",
        "Kendime sor: bu şehirde kalmak istiyor muyum, yoksa ailem mi istiyor?",
        "Ask the new nurse on our ward whether she'd like to have lunch with me in the canteen,"
        " she seems a bit lonely",
        # hugs on offer
        "there's a free hugs stand at the market, go and get a hug instead of walking past",
        "the people giving out free hugs in the square: take one up on it",
        # a demo filmed by the one giving it
        "ask the salesman if he'd record a quick demo of how the blender works on my phone for"
        " my wife",
        "ask the guy at the bike shop to video a demonstration of the e-bike on my phone",
        # an ex who is a friend now
        "ask my ex-girlfriend, we're good friends these days, to return my hoodie",
        # questions the user puts to themself
        "ask myself why I always say no to invitations and then feel lonely",
        "sit down with my journal and ask myself whether I'm working too much",
        "Kendi kendime sor: bu işi gerçekten istiyor muyum, yoksa annem mi istiyor?",
        # a colleague by the ward or unit the user works on
        "ask the new physio in our unit if he wants to join us for lunch",
        "Ask my new colleague Sven, the maths teacher, if he'd like to have lunch with me",
        # fair neighbours of the unfair readings
        "ask my brother if he'd give me his old iphone now he has a new one",
        "text my girlfriend every morning asking if she slept well",
        "every morning, ask my flatmate if the bins are out yet",
        "ask my son to race me to the end of the road",
        "ask the site manager if I can tour the construction site on Saturday morning",
        "offer my neighbour a lift home tonight",
        "ask a taxi driver for a ride home at night",
        "ask my best friend why she isn't married yet",
        "ask my sister why she hasn't got kids",
        "ask the registrar whether we need to be married to adopt",
        "ask my sister to put sunscreen on my back",
        "make a reel of my face when I finally say no to my boss",
        "pedirle a alguien en la fila si me presta una pluma un segundo",
        "ask the hotel to comp a night since the heating was broken all week",
        "Balıkçıya bugün hangi balık taze diye sormak",
        "ask the aunty next door for her scooter and wait at her gate until she comes back",
        "ask the shop why they don't have kids sizes in this jacket",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # money for nothing, or a stranger's own things
        (
            "Ask the hotel front desk to comp my whole stay since I've been such a lovely guest",
            Problem.MONEY,
        ),
        (
            "ask the restaurant to comp our dinner because we've been such good customers",
            Problem.MONEY,
        ),
        (
            "Ask the neighbours' teenage son, who I've spoken to maybe twice, whether he'd give me"
            " his old iPhone now he's got the new one",
            Problem.MONEY,
        ),
        ("ask a guy at the gym if he'd give me his old headphones", Problem.MONEY),
        (
            "Ask the tindera at the corner store to give me free phone load since I'm a regular"
            " there",
            Problem.MONEY,
        ),
        ("Pedirle a alguien en el metro que me invite a un café, a quien sea 😅", Problem.MONEY),
        (
            "Minta tukang parkir bayarin bensin motor saya sekali ini aja, bilang nanti saya doain",
            Problem.MONEY,
        ),
        (
            "Pazarda domatesçiye bir kasa domatesi bedava versene abi demek, nasılsa çok satıyor",
            Problem.MONEY,
        ),
        ("kadıköydeki simitçiye bi simit bedava verir misin diye soracam, öylesine", Problem.MONEY),
        # a date asked again every day
        (
            "Message my neighbour every morning asking if she wants to go out with me yet",
            Problem.REPEAT,
        ),
        ("text the girl from my gym every day asking her on a date", Problem.REPEAT),
        (
            "ask my coworker every morning if she's changed her mind about dinner yet",
            Problem.REPEAT,
        ),
        # a no to contact got round, in French
        (
            "Mon ancienne collègue m'a demandé de ne plus la contacter. Passer par son mari pour"
            " lui proposer un café.",
            Problem.BLOCK,
        ),
        # a date with the doctor on the user's ward, a customer, a passenger
        (
            "Ask Dr. Otieno, the new registrar on my ward, if he'd like to go for dinner sometime",
            Problem.ROMANCE,
        ),
        ("ask the consultant on my ward out for a drink when I'm discharged", Problem.ROMANCE),
        (
            "einer Kundin im Hofladen sagen, dass sie hübsch ist, und fragen ob sie mit mir zum"
            " Tanz geht",
            Problem.ROMANCE,
        ),
        (
            "chamar a passageira pra sair, a corrida até o aeroporto é longa e dá tempo de"
            " conversar",
            Problem.ROMANCE,
        ),
        # a no made into a reel
        (
            "Ask the street vendor for a discount and make a reel of his face when he says no,"
            " with funny music on it",
            Problem.RECORDING,
        ),
        (
            "ask the barista for free coffee and make a tiktok of her reaction when she refuses",
            Problem.RECORDING,
        ),
        # a shop's demo filmed behind their back
        ("secretly film the salesman's demo of the coffee machine", Problem.RECORDING),
        # races, building sites and strangers' cars after dark
        ("ask drivers at the red light to race me to the next one", Problem.UNSAFE),
        ("ask the guy in the Golf next to me at the lights if he wants to race", Problem.UNSAFE),
        (
            "Go to the construction site at night and ask the watchman to let me in to take photos",
            Problem.UNSAFE,
        ),
        ("Kuomba lifti kwa gari la mtu nisiyemjua usiku kwenye barabara ya Thika", Problem.UNSAFE),
        ("tell a stranger to get in my car at night", Problem.UNSAFE),
        ("offer a stranger a lift home at night", Problem.UNSAFE),
        ("at night, ask a random guy at the petrol station if he needs a lift", Problem.UNSAFE),
        (
            "nanya jalan ke mas2 yang lagi mabok di angkringan jam 1 malem, sekalian minta rokok",
            Problem.UNSAFE,
        ),
        # power over a worker
        (
            "meinen Erntehelfer fragen ob er am Sonntag umsonst mithilft, er braucht ja meine"
            " Unterschrift für das Visum",
            Problem.POWER,
        ),
        (
            "Çırağıma bu pazar gelip evimi boyamasını rica etmek, zaten bana bir şey demez",
            Problem.POWER,
        ),
        # a scene made if they refuse
        (
            "Ask mamá for the car and if she says no make a drama in front of all my aunts",
            Problem.PRESSURE,
        ),
        (
            "Exiger une remise au garage et faire un scandale devant les autres clients s'ils"
            " refusent",
            Problem.PRESSURE,
        ),
        # lies told to get in or go first
        (
            "Ask for the staff discount at the hospital café even though I left that hospital last"
            " year",
            Problem.DECEPTION,
        ),
        (
            "ask for the student discount at the cinema even though I graduated two years ago",
            Problem.DECEPTION,
        ),
        (
            "Kumwambia receptionist kwamba mimi ni rafiki wa daktari ili anione kwanza before the"
            " queue",
            Problem.DECEPTION,
        ),
        # touch, contact and a verdict in other languages
        (
            "pedir pra um cara aleatório na praia passar protetor nas minhas costas",
            Problem.TOUCH,
        ),
        ("ask a woman at the pool to put suncream on my back", Problem.TOUCH),
        ("ジムでよく見かける女性に、LINEと最寄り駅を聞いてみる", Problem.CONTACT),
        ("Otobüste yanımda oturan kişiye yakışıklı mıyım diye sormak", Problem.JUDGEMENT),
        # the noted gaps: marriage asked, a door waited at
        ("ask the nurse why she isn't married", Problem.SPOT),
        ("ask my colleague why she isn't married yet", Problem.SPOT),
        ("ask my neighbour how come he never got married", Problem.SPOT),
        ("ask the girl at the café whether she is married", Problem.SPOT),
        ("ask the waiter if he's seeing anyone", Problem.ROMANCE),
        ("wait for her outside her house after the party", Problem.CONTACT),
        ("wait for the girl from the party outside her house", Problem.CONTACT),
        # unethical look-alikes of the fair asks
        ("at the free hugs stall, kiss the girl", Problem.TOUCH),
        ("hug the free hugs girl and don't let go", Problem.TOUCH),
        ("hold a free hugs sign in town and hug strangers", Problem.TOUCH),
        (
            "hug a stranger at Balti jaam market. free hugs style but without the sign, element"
            " of surprise",
            Problem.TOUCH,
        ),
        (
            "ask my ex (we're friends now) for my hoodie back even though she blocked me",
            Problem.BLOCK,
        ),
        ("Ask Sven, the new maths teacher, if he'd like to have lunch with me", Problem.ROMANCE),
    ],
)
def test_unethical_asks_refuse(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my ex (we're properly friends now) to give back the Catan box he's had since 2021",
        "ask my ex-girlfriend, we're good friends these days, to return my hoodie",
    ],
)
def test_an_ex_who_is_a_friend_now_is_no_block_to_the_model(text: str) -> None:
    assert not fits(Problem.BLOCK, read(text)[0])


def test_an_ex_with_a_block_in_the_words_still_is() -> None:
    ask = read("ask my ex, we're friends now, to unblock me so I can get my hoodie back")[0]
    assert fits(Problem.BLOCK, ask)
