"""Own-card asks of the forty-first round's stranger misses (hands-41), each with paraphrases in
other words, and their fair neighbours.

Money: a sum lent, a watch or AirPods given, a dinner or a ticket paid for, asked in Spanish,
German, Dutch, Turkish, Romanian, Czech, Greek, Hungarian, French or Tagalog of someone the
words name as a stranger or as serving the user ("un yuma", "den Herrn am Nachbartisch",
"rastgele birinden", "agnwsto", "katabi ko"); in English, a tank filled or a shake bought by "a
random person", a fare covered by "the lady waiting next to me", a pod "for free", a pint "on
the house", a meal comped, a colour done "for nowt". Contact: a WhatsApp, an "@", an Insta, a
private number or where someone lives, asked in other tongues of someone serving or passing.
Spot: a stranger's illness, pay, tears, scar, marriage or children asked, in other tongues and
in English; a table of strangers joined; someone busy, rushing or preaching interrupted; a
queue kept waiting; a wedding the user was not invited to; a presenter asked before the whole
room. The same asks of the user's own family, and the time, the way or a shop's number, stay
fair.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "le voy a pedir al señor del puesto de junto que me preste 2 mil pesos hasta el viernes",
        "pedirle a un desconocido en la plaza que me preste 500 pesos",
        "asere hoy le voy a pedir a un yuma en el Malecón que me regale su reloj",
        "pedirle a un turista que me regale sus lentes de sol",
        "Heute frage ich den Herrn am Nachbartisch im Café, ob er mir seine Armbanduhr schenkt.",
        "den Mann an der Bushaltestelle fragen, ob er mir zehn Euro leiht",
        "vragen aan iemand in de trein of ik zijn airpods mag hebben",
        "vragen aan een vreemde op het perron of ik haar sjaal mag houden",
        "Kordon'da rastgele birinden bana akşam yemeği ısmarlamasını isteyeceğim",
        "otobüste tanımadığım birinden bana kahve ısmarlamasını isteyeceğim",
        "Să-l rog pe tipul de la sală (l-am văzut de două ori) să-mi împrumute 3000 lei",
        "s-o rog pe femeia de la coadă să-mi dea bani de bilet",
        "zeptat se kolegy kterýho sotva znam jestli mi nepujci 5 tisic na najem",
        "na zitisw apo enan agnwsto sto luna park na mou plirwsei to eisitirio",
        "Megkérni a sarki pékség eladóját, hogy adjon ingyen egy tortát",
        "demander au monsieur du café de me laisser partir sans payer",
        "hingin ko yung pasaload ng katabi ko sa jeep",
        "See if a random person at the petrol pump will fill up my tank for me.",
        "random gym guy buys my shake",
        "ask a random guy at the bus stop to pay for my lunch",
        "ask the lady waiting next to me at the rank if she can cover my fare",
        "ask the lad in the vape shop tae gie us a pod for free cos am skint",
        "ask the barman to give me a pint on the house",
        "ask the waitress at the truck stop to comp my whole meal",
        "Going to ask the woman at the hairdressers if she'd do my colour for nowt this time",
        "ask a delegate in the lobby to pay for my lunch",
    ],
)
def test_money_or_their_things_asked_of_strangers_and_staff_is_money(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "Le voy a preguntar a la muchacha de la farmacia su numero de WhatsApp",
        "mano le voy a pedir el @ a la muchacha que me hizo las uñas hoy",
        "pedirle su insta al chavo que me atendió en el banco hoy",
        "sacarle el whats a la hostess del restaurante",
        "pedirle su número de teléfono a la cajera del súper",
        "Preguntarle al señor del bus en qué barrio vive y la dirección",
        "Die nette Kassiererin bei Edeka nach ihrer privaten Telefonnummer fragen.",
        "den Kellner nach seiner Handynummer fragen",
        "Migros'taki kasiyer kıza Instagram'ını soracağım",
        "zeptat se holky v tramvaji na jeji snapchat",
        "na zitisw to kinito tou giatrou pou me eksetase sta epeigonta",
        "hingin ko yung number ng guard sa mall",
        "aan de jongen die mijn fiets maakte vragen waar hij woont",
        "Să-l întreb pe curierul care îmi aduce coletele unde locuiește exact",
        "Megkérdezni a vonaton mellettem ülő férfitól, hol lakik pontosan, melyik utcában.",
        "den Paketboten fragen, wo genau er wohnt",
    ],
)
def test_a_private_line_or_a_home_asked_in_other_tongues_is_contact(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "Le preguntaré a la joven que llora en la banca del parque qué le pasó con su novio",
        "Preguntarle a la señora que espera en el consultorio del oncólogo qué"
        " tipo de cáncer tiene",
        "preguntarle a la señora del metro cuánto gana y si está casada",
        "preguntarle a un compa del camión por qué está tan flaco, si está enfermo",
        "preguntarle al nene de mi clase con la cicatriz en la cara cómo se la hizo",
        "Den Mann, der im Park auf der Bank weint, fragen, warum er weint",
        "iemand in de bieb die duidelijk zit te blokken onderbreken en vragen of ie single is",
        "Treni yakalamak için koşan bir kadını durdurup hayattaki en büyük pişmanlığını soracağım",
        "O întreb pe femeia din spatele meu la coadă la poștă de ce nu are copii",
        "Az orvosi rendelő várójában megkérdezni a mellettem ülőt, milyen betegsége van.",
        "zeptat se typka v posilce proc ma ty jizvy na rukou",
        "istorbohin yung nagmamadaling tao sa MRT para tanungin kung ilang taon na siya",
        "Sentarme en la mesa de unos desconocidos en la fonda y preguntarles de qué"
        " están platicando",
        "asere, meterme en la conversación de los extranjeros en el Floridita",
        "pedir a un grupo de guiris en la Plaza Mayor que me dejen unirme a su cena",
        "na katsw se ena trapezi me agnwstous stin taverna",
        "Interrumpir al doctor de urgencias mientras está con otro paciente para"
        " preguntarle una duda",
        "Preguntarle al pastor en medio del culto si me puede atender ahora mismo",
        "Go up to a commuter and ask why they look so down",
        "ask the guy at the next pump why he got divorced",
        "ask a mum pushing a pram down Coldharbour Lane if the baby's dad is still around",
        "ask a random couple at the pub if they're actually happy together",
        "ask a lady at the kombi rank how many children she has and why she isn't married",
        "ask the passenger scrolling his phone who he's texting",
        "Ask a busy cashier to tell me her life story while people wait behind me.",
        "Stop a guy who's clearly rushing for the Gautrain and ask him to do a 10 min survey"
        " with me",
        "Tap the headphones guy on Line 1, ask what he's playing",
        "Ask the guests at a wedding I wasn't invited to if I can come in and dance.",
        "At the conference, ask the presenter in front of the whole room why her"
        " slides were so bad.",
        "Walk into a group of strangers talking at the pub and give my opinion",
        "sit at tourists table, eat their pizza",
        "rock up at a stranger's braai",
        "join the family makan at the next table, just sit down and ask can join or not",
    ],
)
def test_private_questions_joins_and_interruptions_put_strangers_on_the_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "pedirle a mi hermano que me preste 200 pesos para el camión",
        "pedirle a un desconocido en la calle que me diga la hora",
        "preguntarle al señor de la tienda a qué hora cierran",
        "pedirle a la muchacha de la farmacia el número de la farmacia para hacer pedidos",
        "preguntarle a mi mamá dónde vive mi tía",
        "meine Mutter fragen, ob sie mir zehn Euro leiht",
        "den Herrn am Nachbartisch fragen, wie spät es ist",
        "vragen aan iemand in de trein of dit de trein naar Utrecht is",
        "rastgele birinden yol tarifi isteyeceğim",
        "ask the lady waiting next to me what time the bus comes",
        "ask a random guy at the petrol pump which pump takes card",
        "ask the woman at the hairdressers if she can fit me in on Friday",
        "ask my friend why she looks so down lately",
        "ask a commuter which platform the train to Leeds leaves from",
        "tap the bus driver on the shoulder to ask if this stop is Brixton",
        "ask the barista to give me a free glass of water",
        "ask the waitress if the kitchen can make my meal without onions",
        "sentarme en la mesa de mi familia y preguntarles cómo les fue",
        "demander au monsieur du café s'il peut me recommander un dessert",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text), text
