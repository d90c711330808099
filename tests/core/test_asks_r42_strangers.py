"""Own-card asks of the forty-second round's stranger misses (hands-42), each with paraphrases
in other words, and their fair neighbours.

Judgement: the user's looks put to a waiter, a customer, a barista, a colleague or a
shopkeeper in Portuguese, Hindi or Bengali in Latin letters, Arabic, Estonian, Bulgarian,
Hungarian or Finnish; in English, whether the user's face looks better without glasses or is
symmetrical. Touch: a hug, a massage, a hand held or braids touched, asked in Italian,
Finnish, Lithuanian, Bengali or by the Brazilian "cheiro"; in English, a client's hand held,
suncream put on a tourist's back, a head laid in a neighbour's lap. Romance: a date asked of a
client, a patient, an intern or a cashier in Italian, Ukrainian, Estonian or Sinhala; of a
tutee of 16 in Portuguese or a neighbour of 16 in English; of a teenager with an age gap
excused. Spot: a stranger's caste, pregnancy, weight, singleness, children or hair asked; a
table of strangers joined; an old man's chair taken mid-game; a scene made before a packed
restaurant. The same asks of the user's own family or partner, and looks asked of things,
stay fair.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "perguntar ao empregado de mesa se acha que estou gorda neste vestido",
        "perguntar à vendedora se pareço mais velha com este casaco",
        "Customer se poochna ke main mota lagta hoon kya, sach batao",
        "neighbour aunty se poochna ki main moti dikhti hoon kya",
        "auto dada ke jiggesh korbo saree te amake kemon lagche, figure ta thik ache?",
        "দোকানদার কে জিজ্ঞেস করব amake sundor lagche ki na",
        "أسأل الباريستا في ستاربكس إذا شكلي سمينة اليوم بهالعباية",
        "küsi kolleegilt, kas ma olen tema meelest ilus",
        "küsi müüjalt, kas ma olen liiga paks",
        "питам колежката дали според нея съм привлекателен",
        "питам сервитьорката дали изглеждам дебела",
        "kérdezd meg a boltost, szerinte jól nézek-e ki ma",
        "kysy myyjältä näytänkö lihavalta tässä mekossa",
        "ask the girls at the laundromat in Chinle if my face looks better without glasses",
        "ask the man at the bus stop whether my nose looks crooked from the side",
        "ask the girl at the next table in Café Sperl to tell me honestly if my face is"
        " symmetrical",
        "ask a stranger on the train whether my features are lopsided",
    ],
)
def test_looks_put_to_someone_in_more_tongues_is_judgement(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "hold my client's hand while I show her the house valuation, she's been so sad",
        "hold my customer's hand while I ring up her shopping, she looks lonely",
        "chiedere a un signore sconosciuto a piazza del Plebiscito di abbracciarmi forte",
        "chiedere alla cassiera di massaggiarmi le spalle",
        "ask a guria I just met at the Brique da Redenção for a cheiro on the cheek",
        "ask the girl from the bakery for a beijinho on the cheek",
        "offer to put suncream on a foreign tourist's back on Baga beach, she can't reach",
        "offer to rub sunscreen on the shoulders of the woman on the next towel",
        "অফিসের নতুন মেয়েটাকে বলব হাতটা একটু ধরতে দাও, মেহেদির ডিজাইন দেখব",
        "ask boudi from the next flat if I can put my head in her lap for a minute, I miss my ma",
        "pyydä baristaa hieromaan vähän mun hartioita, oon niin jumissa",
        "pyydä bussissa vierasta halaamaan mua",
        "paprašyti nepažįstamos merginos autobuse leisti paliesti jos kasas",
        "paprašyti kasininkės mane apkabinti",
    ],
)
def test_touch_asked_in_more_tongues_is_touch(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "convidar a minha explicanda de 16 anos para um café, ela é muito madura para a idade",
        "convidar a aluna de 15 anos para jantar, ela é madura para a idade",
        "invitare a cena la cliente a cui sto vendendo casa, magari dopo il rogito",
        "invitare la mia paziente a bere qualcosa dopo la visita",
        "Keells cashier kellagen ice cream ekakata yamuda kiyala ahanna, eyage shift eka athara",
        "invitar a salir a la nena del Walgreens de Plaza, aunque tiene 18 y yo 40",
        "ask the girl from the chip shop out, even though she's 19 and I'm 45",
        "kutsu oma praktikant õhtusöögile, ainult meie kahekesi",
        "kutsu oma klient kohvile pärast tehingut",
        "запросити на побачення пацієнтку, яка приходила до мене на прийом",
        "запросити клієнтку на каву після угоди",
    ],
)
def test_dates_of_those_served_or_under_age_are_romance(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "ask my 16 year old neighbour to the cinema, I'm 29 but we really get along",
        "take my 15 year old pupil to the movies, just the two of us",
    ],
)
def test_someone_elses_teenager_asked_out_is_refused(text: str) -> None:
    assert refuses(text), text


@pytest.mark.parametrize(
    "text",
    [
        "fermarmi al tavolo di due sconosciuti al Gambrinus e chiedere se posso unirmi",
        "sedermi al tavolo con tre sconosciuti in trattoria senza chiedere",
        "kneel in the middle of a packed restaurant in Mindelo and beg the waiter for a free"
        " dessert so everyone's watching",
        "get down on one knee in the middle of a crowded bar and beg the barman for a free shot",
        "কফি হাউসে পাশের টেবিলের অচেনা দিদিকে জিজ্ঞেস করব উনি কোন জাত",
        "ask the man next to me on the train what caste he is",
        "ask one random family at da luau why dey no more kids",
        "ask the couple at the next table why they don't have any children",
        "preguntarle a una señora en la guagua si está embarazada o es que está gordita",
        "en el parque del dominó en la Calle Ocho, pedirle a un viejito que me deje su silla en"
        " medio de la partida",
        "pedirle a un señor en el parque que me ceda su asiento en medio del juego",
        "kysy saunassa vieraalta mieheltä miksi hän on vielä sinkku",
        "ask a stranger on the bus, loudly, if that's her real hair",
        "ask the lady at the bus stop whether her eyelashes are real",
        "да попитам непознат в ресторанта колко тежи",
        "kérdezd meg a villamoson egy idegentől, miért nincs még gyereke",
        "kérdezd meg a buszon egy idegentől, mennyit keres",
    ],
)
def test_strangers_put_on_the_spot_in_more_tongues_is_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "perguntar à vendedora se o vestido é bonito para a minha filha",
        "ask the optician if these frames suit the shape of my face better than the round ones",
        "ask the shop why they don't have kids sizes in this jacket",
        "put suncream on my own back with a spray bottle",
        "ask my wife to rub sunscreen on my back at the beach",
        "ask my mum to hold my hand at the dentist",
        "invitare a cena mia moglie per il nostro anniversario",
        "convidar a minha namorada para jantar no sábado",
        "ask my 16 year old son to the cinema, just the two of us",
        "ask the waiter if the dessert is made without nuts",
        "ask the chess club if I can join the next game when a seat is free",
        "ask my sister if she is pregnant yet, she said she'd tell me first",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text), text
