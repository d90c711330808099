"""Own-card asks of the forty-second round's money and contact misses (hands-42), each with
paraphrases in other words, and their fair neighbours.

Money: a seller's goods or a cut asked for free on the grounds of loyalty, a birthday, being
broke or the seller's plenty ("for a free margherita, he makes a thousand a day anyway", "fo'
one free scoop cuz I stay broke", "throw in a Toblerone for free since I shop here every day"),
the full bottle kept instead of the tester, a snack put on the counter's tab ("spot me a chopped
cheese"), a stranger asked to get the user's purchase too, a gift asked in French ("m'offrir"),
a free ride in Bengali; a sum, a loan or the user's bill asked of a stranger in Portuguese,
Hindustani, Finnish and Ukrainian. Contact: a private line asked in Portuguese ("o @ da mina",
"o zap pessoal"), Hindustani, Icelandic, Serbian and Spanish with an accent ("pregúntale");
in English, a croupier's WeChat, the cell of the kid who bagged the user's groceries, a
driver's cell to order round the platform, a "numbah" in Hawaiian Pidgin.

Left out: "ask the florist to just give me a bouquet for my mum, she's sweet she'll do it"
names no price and no grounds a reading could tell from buying a bouquet.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask the mamã selling grilled fish at Kinaxixi to give me a plate for free since I buy"
        " there every week",
        "ask the woman at the bread stall to give me a loaf for free since I'm a regular",
        "ask the pizzaiolo on Via dei Tribunali for a free margherita, he makes a thousand a day"
        " anyway",
        "ask the baker for a free croissant, she bakes hundreds every morning",
        "ask the phuchka dada for 10 free ones since I've been coming there since school",
        "ask da aunty at da poke counter fo' one free scoop cuz I stay broke dis week",
        "ask the kebab man for a free wrap because I'm skint this week",
        "ask the barber to give me a free lineup since it's my birthday week",
        "ask the nail tech for a free manicure because it's my birthday",
        "ask the Migros cashier to throw in a Toblerone for free since I shop here every day",
        "ask the corner shop guy to chuck in a chocolate bar for free as I come in daily",
        "ask the oud seller in the Deira souk to let me keep the full bottle instead of just the"
        " tester, he has loads",
        "ask the perfume girl if I can take the full bottle instead of the sample",
        "ask the guy at the bodega counter if he'll just spot me a chopped cheese, I'll get him"
        " next week",
        "ask the lady at the deli to spot me a sandwich till Friday",
        "ask the fella in front of me at Greggs if he'll get my sausage roll too, go on",
        "ask the man ahead of me in the queue whether he'd pay for my coffee too",
        "demander à une mamie du marché de Noailles de m'offrir un kilo de clémentines, elle en a"
        " des cagettes",
        "demander au vendeur de fromage de me donner un morceau gratuitement",
        "রিকশাওয়ালা মামাকে বলব ধানমন্ডি ২৭ পর্যন্ত ফ্রি তে দিয়ে আসতে, উনি তো ভালো মানুষ",
        "chegar num cara na Paulista e pedir 20 conto pro uber",
        "pedir 50 reais pra um desconhecido na rodoviária",
        "pedir pra mulher do lado no Mercado Público pagar meu xis, bah é só um lanche",
        "Saddar mein kisi anjaan uncle se 500 rupay maangna, bas dekhna hai dete hain ya nahi",
        "station pe kisi ajnabi se 100 rupaye udhaar maangna",
        "kysy joltain tuntemattomalta Kampissa, saisinko lainata vitosen kahviin",
        "попросити незнайомця на Хрещатику оплатити мені таксі додому",
        "попросить незнакомца в метро одолжить мне сто рублей",
    ],
)
def test_goods_for_nothing_or_money_of_strangers_is_money(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "pedir o @ da mina que sentou do meu lado na linha amarela",
        "pegar o insta da moça do caixa do mercado",
        "pedir o zap pessoal da fisioterapeuta, só pra tirar umas dúvidas fora do horário",
        "pedir o número dela pra recepcionista da academia",
        "Do Darya wale waiter ka Insta handle poochna hai, banda friendly tha",
        "metro wali ladki ka number maangna hai",
        "pregúntale al del valet en Brickell su Instagram, que se ve buena gente",
        "biðja stelpuna á kassanum í Bónus um símanúmerið hennar",
        "pitaj konobaricu u kafani na Dorćolu za njen Instagram",
        "pitati prodavačicu u pekari za njen broj",
        "get the croupier's WeChat before she goes off shift",
        "get the bartender's snapchat before closing",
        "kid who bagged my groceries at Meijer, get his cell so I can text him about a job maybe",
        "the girl who served me at the café, ask her for her insta",
        "ask the Uber Eats driver for his cell so i can just order direct from him next time",
        "ask the taxi driver for his number so we can book directly with him",
        "ask my Uber passenger fo' her numbah since she said she new on island",
    ],
)
def test_a_private_line_asked_of_those_serving_or_passing_is_contact(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the barista at the cafe if they'd chuck in an extra shot for free, cheeky but why not",
        "Ask the shop to give me a bag for free.",
        "Ask the pharmacist for a free blood pressure check.",
        "ask the hotel for a free upgrade if one is available",
        "ask the community centre if I can book their hall for a free seniors' stretching class",
        "at the souvlaki place ask them politely for a free glass of tap water with my pita",
        "ask my friend to spot me on the bench press",
        "ask the trainer at the gym to spot me a few reps on the squat",
        "ask the florist for a bouquet for my mum and pay for it",
        "pedir pra minha mãe pagar meu xis",
        "pedir o zap da loja pra encomendar um bolo",
        "mere bhai ka number maangna hai",
        "get the bakery's Instagram so I can follow their specials",
        "ask the bakery for their number so I can order a cake",
        "kysy ystävältä, saisinko lainata vitosen kahviin",
        "demander au fromager de me conseiller un comté",
        "ask the stranger next to me if the seat is free",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text), text
