"""Own-card asks of the forty-sixth round's fair misses (hands-46-1, hands-46-2 and older
batches), with paraphrases in other words, fair asks of every kind of person that share words
with unfair ones, and the unfair neighbours that must still be refused.

Fair asks, and the module that reads each:
- a friend called "my uō" or "my hoa", the Samoan and the Māori or Hawaiian word, asked to sit
  with the user while they rehearse (`core.asks.other_tongues.FRIEND`);
- a parent or a grandparent asked to tell the old story again, recorded to keep for the user's
  children or the family and put nowhere else (`core.asks.camera_yes`);
- a partner, a neighbour or family asked again to slow down, keep the noise down or wear a
  helmet, or a friend to send the photos back, when they already said they would: held to
  their word, not pressed past a no (`core.asks.kept_word`, read in `core.asks.asked_again`);
- "Tsering from the office", a colleague by first name, and the new teacher or nurse the user
  sees eat alone, asked to lunch (`core.asks.workmates`, read in `core.asks.described`);
- "the senior intern" the user learns from, a colleague, not someone under the user
  (`core.asks.power.SUBORDINATE`, `core.asks.known_people.COLLEAGUE`);
- "probably she says no but try anyway": a no foreseen, not given
  (`core.asks.persistence.REPEAT_STRONG`);
- a craft taught by "la señora que conocí en la feria", the wool paid for: "lana" is wool
  here, not money (`core.asks.glosses.spanish_everyday`);
- a cooperative asked whether they would sell the user's soap in their shop: they sell it, the
  user does not stand in their shop (`core.asks.back_rooms`);
- a passer-by asked to read a route board or a timetable for eyes that are not so good
  (`core.asks.quick_hands`), though never as a step towards walking the user home
  (`core.asks.quick_hands.GOES_ALONG`, read in `core.asks.strangers`).

Left refused on purpose, as the deck rubric refuses them (docs/deck-rubric.md, section 2 and
rule 8): going ahead in a queue (Tesco, the supermarket, the post office), a seat at a
stranger's table, and a question to someone absorbed in reading; and a video of an ask at a
counter posted online, which films the staff who answer.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

_MISSES = [
    "ask my uō to sit with me while i practise my speech for grandma's funeral, fa'amolemole",
    "ask grandpa to tell me the fish camp story again even though he's told it a hundred"
    " times, I want to record it for my kids",
    "ask my boyfriend again to slow down on the Teller road, he said he would and then didn't",
    "ask Tsering from the office if I can join her lunch group today, I always eat alone",
    "ask the neighbour again to keep the karaoke down after 10pm, she said she would last time",
    "preguntarle a la señora que conocí en la feria si me puede enseñar a tejer, le pago la lana",
    "ask the women's cooperative if they'd sell my argan soap in their shop",
    "ask a young person at the taxi rank to read the route board for me, my eyes are not so"
    " good anymore",
    "ask the senior intern if i can sit in on her client call to learn, she might say no and"
    " that's fine",
    "invite the new colleague to lunch with me, probably she says no but try anyway",
    "Ask Sven, the new maths teacher, if he'd like to have lunch with me, he always eats alone",
]

_PARAPHRASES = [
    "ask my uo to listen while i rehearse the eulogy for my aunty",
    "ask my hoa to sit with me in the waiting room before my scan",
    "ask nana to tell the story of the cyclone again and let me video it for the grandkids",
    "ask my uncle to sing the old fishing songs so I can tape them for our family archive",
    "ask my partner once more to drive slower on the coast road, he promised he would",
    "ask my dad again to stop smoking in the car with the kids, he said he would",
    "ask the flat upstairs again to turn the bass down at night, they said they would",
    "ask Tomasz from finance if I can tag along to the team lunch on Friday",
    "ask Marek from accounts if he'd like to grab lunch with me on Thursday",
    "preguntarle a la señora que conocí en el mercado si me enseña a coser, le compro el hilo",
    "preguntarle a la vecina si me enseñaría a tejer, le pago la lana",
    "ask the craft collective whether they would sell my candles in their shop",
    "ask the farm shop if they'd sell my honey in their shop on the counter",
    "ask someone on the platform to read the timetable for me, the print is too small for me",
    "ask a passer-by to read out the bus number for me, I can't see that far",
    "ask the senior trainee if I can watch her do a handover to learn the ropes",
    "ask the more senior apprentice to show me how she sets up the lathe",
    "invite my new coworker for lunch, perhaps she says no but I'll try",
    "ask the new nurse if she wants to come for lunch with me, she always eats on her own",
    "Ask Dolores, the new art teacher, if she wants to have lunch with me, she sits alone at lunch",
]

_OWN_FAIR_ASKS = [
    # strangers
    "ask a stranger at the bus stop which bus goes to the hospital",
    "ask someone at the station to take a photo of me and my mum by the clock",
    "ask a passer-by to read the departure board for me, I left my glasses at home",
    # staff
    "ask the barista if she'd write my name on the cup with a smiley face",
    "ask the cashier if they'd break a twenty into coins for the parking meter",
    "ask the waiter to turn the music down a little near our table",
    "ask the librarian whether I can keep the book a few more days",
    # friends
    "ask my friend to sit with me at the clinic tomorrow while I wait for my results",
    "ask my best friend to come with me to the party tonight so I don't have to walk in alone",
    "ask my friend again to send me the photos from the wedding, she said she would",
    "ask my mate to be honest about whether my business plan has holes in it",
    # family
    "ask my mum to tell me the story of how she came to this country, and record it for my kids",
    "ask my brother again to wear his helmet on the bike, he promised he would",
    "ask my sister to lend me her dress for the interview, I'll give it back dry-cleaned",
    "ask my grandad if I can film him telling the war stories for the family, only if he says yes",
    # partners
    "ask my girlfriend again to stop texting while driving, she said she would",
    "ask my partner for a long hug when I get home tonight",
    "ask my husband if we can split the night feeds this week",
    # colleagues
    "ask my colleague if I can join her and the team at the pub quiz on Friday",
    "ask the senior nurse if I can shadow her on the ward round to learn",
    "ask my deskmate to look over my slides before the client call",
    # managers
    "ask my manager for a day off next Friday for my daughter's graduation",
    "ask my boss again about the training course, she said to ask after the audit",
    # neighbours
    "ask the neighbour again to keep his dog off our lawn, he said he would",
    "ask my neighbour if I can borrow her ladder for ten minutes",
    "ask the neighbour upstairs to turn the music down after 11, just once, kindly",
    # landlords
    "ask my landlord again to fix the boiler, he promised last week",
    "ask the landlord if I can paint the bedroom a lighter colour",
    # acquaintances
    "ask someone from my pottery class if they want to get coffee after the session",
    "ask the guy I met at the climbing wall if he wants to climb together next week",
    # organisations
    "ask the bakery if they'd sell my jam on their counter on commission",
    "ask the council to put a bench at the bus stop on our road",
    "email the museum and ask if I can film my own short talk in their garden for my channel",
    # the user themself
    "ask myself out loud in the mirror what I'd do if I wasn't scared",
    "film myself practising asking for a raise and watch it back, only me in it",
    # in other languages
    "pedirle a mi abuela que me cuente la historia de su pueblo y grabarla para mis hijos",
    "preguntarle a mi vecina si me presta su escalera diez minutos",
    "demander à mon collègue s'il veut déjeuner avec moi demain",
    "demander à ma voisine de baisser la musique après 22h, une seule fois, gentiment",
    "frag meine Kollegin, ob ich bei ihrem Kundentermin zuhören darf, um zu lernen",
    "chiedi a mia nonna di raccontarmi la storia della guerra e registrala per i miei figli",
    "pergunte ao vizinho se pode me emprestar a escada por dez minutos",
]


@pytest.mark.parametrize("text", [*_MISSES, *_PARAPHRASES, *_OWN_FAIR_ASKS])
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a stranger asked to sit with the user, at night or for a rehearsal
        ("ask a stranger to sit with me at the bus stop tonight", Problem.SPOT),
        ("ask a stranger at the station to sit with me while I practise my speech", Problem.SPOT),
        # a story recorded in secret, posted, or of a stranger
        (
            "ask grandpa to tell me the fish camp story and secretly record it for my kids",
            Problem.RECORDING,
        ),
        (
            "ask grandpa to tell me the fish camp story, record it for my kids and post it on"
            " youtube",
            Problem.RECORDING,
        ),
        (
            "ask the old man on the bench to tell me his war story, I want to record it for my"
            " kids",
            Problem.RECORDING,
        ),
        (
            "ask mum to tell me how she met dad and film it for my kids without telling her",
            Problem.RECORDING,
        ),
        # asked again after a no, a date's yes that came to nothing, an ex
        ("ask my boyfriend again to slow down, he said no", Problem.REPEAT),
        ("ask the neighbour again to keep the karaoke down, she said no last time", Problem.REPEAT),
        ("ask my date again to go out with me, he said he would and then didn't", Problem.REPEAT),
        ("ask my ex again to stop posting about me, she said she would", Problem.REPEAT),
        ("ask my friend again to send me nudes, she said she would", Problem.REPEAT),
        ("ask her out again after she said no on Friday", Problem.REPEAT),
        ("invite the new colleague to lunch, she says no but try anyway", Problem.REPEAT),
        ("ask my crush out, she said no but try anyway", Problem.REPEAT),
        # a colleague's money, a counter's staff, a teacher asked to more than lunch
        ("ask Tsering from the office to lend me 20 quid", Problem.MONEY),
        ("ask Tsering from the post office if I can join her lunch group", Problem.SPOT),
        ("Ask Sven, the new maths teacher, out for dinner, he always eats alone", Problem.ROMANCE),
        (
            "ask the new barista if she'd like to have lunch with me, she always eats alone",
            Problem.ROMANCE,
        ),
        (
            "ask the new maths teacher for his home address, he always eats alone at lunch",
            Problem.CONTACT,
        ),
        (
            "ask the new maths teacher for his number so we can have lunch, he always eats alone",
            Problem.CONTACT,
        ),
        ("ask the senior intern to lend me 50 quid", Problem.MONEY),
        ("I supervise the interns. ask the senior intern to lend me 50 quid", Problem.POWER),
        # a stranger's number, money or lessons, in Spanish and in English
        (
            "ask the girl at the bus stop for her number, probably she says no but try anyway",
            Problem.CONTACT,
        ),
        ("ask a stranger at the bus stop for their number", Problem.CONTACT),
        ("pedirle a la señora que conocí en la feria que me preste lana", Problem.MONEY),
        (
            "preguntarle a la señora que conocí en la feria su número de teléfono",
            Problem.CONTACT,
        ),
        (
            "pedirle a una señora en el metro que me enseñe a tejer y le pago la lana",
            Problem.SPOT,
        ),
        # the user selling in someone's shop themselves
        ("ask the bakery if I can sell my cookies in their shop today", Problem.SPOT),
        (
            "ask the café owner if I can stand and sell my jewellery in her café all afternoon",
            Problem.SPOT,
        ),
        # more than a sign read out
        ("ask a stranger at the bus stop to read my letters for me", Problem.SPOT),
        ("ask a stranger at the bus stop to read the messages on her phone to me", Problem.SPOT),
        (
            "ask a stranger at the bus stop to read the sign for me and then walk me home",
            Problem.SPOT,
        ),
        # what the rubric refuses: a queue, a stranger's table, someone reading, staff filmed
        ("ask someone in the queue at Tesco if I can go ahead", Problem.SPOT),
        (
            "ask a person at the crowded bakery if I may sit at the empty chair at their table",
            Problem.SPOT,
        ),
        ("ask the man reading at the bus stop what book it is", Problem.SPOT),
        (
            "film myself asking a shop assistant for a discount and post it on Instagram",
            Problem.RECORDING,
        ),
    ],
)
def test_the_rounds_unfair_neighbours_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
