"""Own-card asks of the thirty-third round that make a no hard or costly, lean on people who
depend on the user, or take money from strangers and from people who cannot easily refuse:
a fright told to a hesitating client, a public list of who gave, a bonus lost for a no, a
friend's hold named, a locked door, an ask timed for drink, turbulence or a wake (in English,
Spanish, Portuguese and Indonesian), a gift for the signature, a note in the passport; a
worker, a trainee or a pupil's family asked a favour; a patient, a client or a fare asked
for money, wealth named as the reason, money fished for from someone only seen or a
busload. Their fair neighbours must still pass.
"""

from __future__ import annotations

import pytest

from core.asks import (
    Problem,
    bribes,
    costs_of_a_no,
    everyone_else,
    off_guard,
    pressure_abroad,
    soft_touches,
)
from core.asks.text import normal
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ask the English family to book 5 more private lessons. If they hesitate, tell them "
            "their boy will get hurt on the red run without me"
        ),
        "ask the parents to sign up for another term, and if they're unsure, warn them their "
        "daughter will fall behind",
        "sell the couple the extended warranty; if they hesitate, remind them their boiler could "
        "break down this winter",
        (
            "Ask my neighbour to give for the new church bells and mention that the whole parish "
            "will see the list of who gave and who did not."
        ),
        "ask the parents for the trip money and say the class will know who paid and who didn't",
        "ask the block to fund the new gate, I'll post the names of everyone who didn't pay",
        (
            "ask mi team fi stay late fi di campaign, and tell dem anybody who seh no nah see no "
            "Christmas bonus"
        ),
        "ask the crew to work Sunday and tell them anyone who says no won't get overtime again",
        "get the staff to cover the event, no bonus for anyone who refuses",
        (
            "ask my boy's teacher to move him up a class, and mention I've got friends on the "
            "governing body"
        ),
        "ask the planning officer to approve my extension, hinting that I know the mayor",
        "ask the clerk to speed up my licence and mention I have contacts at the ministry",
        "ask the passenger for 5 stars before I unlock the doors",
        "ask the rider for a five-star rating until I let him out of the car",
        "keep the doors locked until the guest leaves a good review",
        "ask my maw for a new phone and tell her i'm no coming hame tonight unless she says aye",
        "tell my dad I'm not eating until he says yes to the festival",
        "ask my gran for the money and tell her I won't speak to her till she agrees",
        (
            "ask mum for the new iphone and tell her everyone else in my year already got one so "
            "she's the worst mum if she says no"
        ),
        "ask my friend for her concert ticket, she's the worst friend ever if she says no",
        "ask my brother for the car and tell him he's a terrible brother if he refuses",
    ],
)
def test_a_no_made_costly(text: str) -> None:
    assert costs_of_a_no.makes_a_no_costly(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ask my buddy Dave to help me move this weekend, right after the Twins game. He's "
            "had a few by then and says yes to anything."
        ),
        "ask my flatmate to sign the lease after the party, he's wasted by then and will sign "
        "anything",
        (
            "ask my friend to assist me at the wedding for free when she's had a few glasses of "
            "chacha, she always says yes then"
        ),
        "ask my cousin for his bike once he's had a few beers, he always says yes then",
        (
            "Ask the guests at the lobby bar after 10pm to sign for the timeshare presentation. "
            "By then they say yes to everything and I get commission"
        ),
        "ask the guests at the pool bar to book the cruise after midnight, by then they say yes "
        "to anything",
        (
            "Ask the nervous first-time flyer in 31B for his upgrade voucher while we are in "
            "heavy turbulence. He will not want to argue with crew then."
        ),
        "ask the passenger for her lounge pass while we're in turbulence, she'll be too scared "
        "to argue",
        "ask my nan for her savings when she's scared after the fall",
        (
            "Ask one of the elderly ladies after the 7 o'clock Mass to lend me 200 złoty until "
            "next month. They trust me because I work at the parish house, so they will not "
            "refuse me."
        ),
        "ask the old man next door to lend me his car, I fix his fence so he won't refuse me",
    ],
)
def test_an_ask_timed_or_counted_on(text: str) -> None:
    assert off_guard.asked_off_guard(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "pedir o empréstimo pro meu primo no velório da vó. ele tá sensível, vai dizer sim",
        "pedir pra minha tia assinar o terreno no enterro do vô, ela não vai conseguir dizer não",
        "Pedirle a Facu que me preste el auto cuando esté borracho, así seguro dice que sí.",
        "pedirle plata a mi primo en el velorio de la abuela",
        "pedirle a mi jefe el día libre, no va a poder decir que no",
        (
            "minta pinjem motor ke temen, bilang semua udah pernah minjemin jadi sekarang giliran "
            "dia, jangan terima no"
        ),
        "minta duit ke kakak pas dia lagi mabuk",
    ],
)
def test_pressure_in_other_tongues(text: str) -> None:
    assert pressure_abroad.presses_abroad(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Tell the guest in room 2 that everybody else in the hostel booked the Rainbow "
            "Mountain tour with us, so she should too."
        ),
        "tell the couple in the lobby everyone else on the bus signed up for the boat trip, so "
        "they should as well",
        "mention to the new tenant that all the other neighbours pay for the cleaner, so she "
        "ought to too",
    ],
)
def test_the_rest_held_up_as_a_should(text: str) -> None:
    assert everyone_else.claims_the_rest_agreed(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ask Mehta uncle for the wedding catering contract, and mention a 'gift' for his son "
            "if he signs today."
        ),
        "promise the buyer a little present for his wife if he signs the deal tonight",
        "tell the landlord there's an envelope in it for him if he picks my application",
        "Bürgeramt: passport + folded 50er, ask to be squeezed in today",
        "at the visa office, hand over my passport with a twenty folded inside and ask to go first",
        "DMV: license and a folded twenty, ask to skip the line",
        (
            "Dare: after the viewing in Dubai Marina, ask the buyer for a small 'appreciation' of "
            "2000 AED cash to make sure his offer goes to the owner first"
        ),
        "ask the bidders for a little sweetener so that their offer gets priority",
    ],
)
def test_a_gift_for_the_yes_or_a_cut_for_a_turn(text: str) -> None:
    assert bribes.offers_a_bribe(normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "Ask my préparatrice (she works for me) if she could lend me 300 euros until the end of "
        "the month.",
        "ask Dana, who works for me, to lend me her car for the weekend",
        "Invitar a Sofi, la chica nueva que trabaja para mí en la librería, a cenar solos. Es mi "
        "empleada pero hay onda.",
        (
            "Ask the girl who sells at my stall for me to come and cook at my house on Sunday. "
            "She depends on me for this job."
        ),
        "ask the lad who sweeps my shop to paint my fence, he relies on me for the wages",
        (
            "I'm night supervisor. Ask Luis, the new bellboy on his trial month, to drive me "
            "home after every shift, it's more or less on his way"
        ),
        "ask the new waitress on her probation period to cover my Saturday",
        (
            "Ask Blessing, the young nurse I trained at LUTH, who still calls me Mummy Matron, to "
            "come and help clean my house on Saturdays. She is now waiting for my reference "
            "letter for her UK papers, so it's a good time to ask."
        ),
        "ask my old intern to help me move house, she's still waiting on my recommendation",
        (
            "ask my son's second-grade teacher if she can watch the twins Saturday night. I'm the "
            "PTA chair and I sit on the hiring committee this spring"
        ),
        "ask the junior lecturer to mark my scripts, I chair the promotions panel",
        "ask di new trainee pon mi team fi a date. she nice, an she cyaan really say no to har "
        "supervisor eeh",
        (
            "Ask one of my student library monitors whether her mum could give me a lift to the "
            "airport, since she works out that way."
        ),
        "ask one of my pupils if his dad could lend me his trailer",
        "Ask my teacher-training student to run my Instagram for free. It's good experience for "
        "her certificate.",
        "ask my apprentice to build my website for free",
        (
            "Ask one of the mums in my antenatal class, the one who has a salon in Kilimani, to "
            "do my braids for free this weekend. She is due in March and she trusts me a lot"
        ),
    ],
)
def test_someone_who_depends_on_the_user(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        (
            "ask lola Remy in bed 4 if she can lend me 2k for my new uniform. she always says "
            "i'm her favorite student nurse so she wont mind"
        ),
        "ask the man in bed 12 to lend me 50 for the bus",
        "ask Mrs P at the end of her session if she'd lend me $300 till payday",
        "ask my client at the end of his lesson to lend me some cash for rent",
        (
            "Ask one of our older clientes at the pharmacy, the lovely lady who always pays in "
            "cash, whether she'd like to chip in for my holiday in Corsica."
        ),
        "ask one of my regulars to chip in towards my flights home",
        (
            "Ask the owners of the Labrador we desexed yesterday if they'd chuck in an extra $50 "
            '"for the nurses" when they pick him up.'
        ),
        "ask the owners of the cat we treated to throw in a tenner for me",
        (
            "Challenge: ask the oga in my back seat going to Lekki Phase 1 if he fit add "
            "something small for my pikin school fees. The man dey wear Rolex, e no go pain am."
        ),
        "ask the lady in my back seat to add something small for my lunch",
        (
            "ask the client's missus for a bit of cash 'for a drink' on top of the invoice when "
            "we finish the wall. Range Rover on the drive, she won't miss fifty quid"
        ),
        (
            "dare: ask the American lads at the end of the bar to get me a pint too, they're on "
            "their holidays and flahoolach with the cash, sure they'd never miss a fiver"
        ),
        "ask the tourists at the bar to buy me a drink, they won't miss a tenner",
        "ask the guy with the Porsche in the driveway to give me twenty, he'll never miss twenty "
        "quid",
        (
            "tantangan: minta traktir ke om-om random di food court Grand Indonesia, bilang aja "
            "lagi latihan berani ngomong"
        ),
        (
            "Reto: pedirle a un turista en la feria de San Telmo que me compre un libro de "
            "Borges, para mí. Just to see if a stranger says yes, che."
        ),
        "pedirle a un turista en la Plaza de Mayo que me compre un café",
        "minta bayarin makan siang ke orang asing di stasiun",
    ],
)
def test_money_from_someone_served_or_rich(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ask the grandmother who sits alone every afternoon at the Tapgol Park bench if she "
            "would give me her old jade ring."
        ),
        "ask the old man who feeds the pigeons every morning to lend me twenty quid",
        (
            "dare: ask everybody pon di Coaster bus to Half Way Tree fi give mi a hundred dollar "
            "each, just fi see who will"
        ),
        "ask all the passengers on the night train to give me a fiver each",
        (
            "Challenge: during business class service, mention to the generous-looking gentleman "
            "in 2A that my phone screen cracked, and see if he offers to pay for the repair."
        ),
        "tell the lady at the gate my wallet got stolen and wait until she offers to pay for my "
        "taxi",
    ],
)
def test_money_fished_for(text: str) -> None:
    assert soft_touches.fishes_for_money(normal(text))
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the family to book another lesson; if they hesitate, tell them it's totally fine",
        "if the couple hesitate, tell them they can think it over and come back tomorrow",
        "warn the family that the red run is icy today and ask if they want a guide",
        "make a list of who is bringing what to the picnic and ask my neighbour to join",
        "tell my team everyone who stays late gets pizza, ask who's in",
        "ask the school to move my son up a class and mention his test scores",
        "mention I know the owner from school and ask the hostess if she has a table",
        "ask the guest to leave a review if she enjoyed her stay, then hand back her deposit",
        "ask the passenger for 5 stars if he enjoyed the ride",
        "thank the passenger and ask for 5 stars if he enjoyed the ride",
        "tell my mum I'm not coming home tonight, I'm staying at Jo's",
        "ask my mum if I can go to the party, and if she says no I'll stay in and study",
        "ask my mum for a new phone for my birthday, she's the best mum ever",
        "ask my mate to help me move, he always says yes to a pizza night",
        "ask my friend for a dance once she's had a drink at the wedding",
        "ask the flight attendant for water while we are in turbulence",
        "ask my friend for a hug at the funeral, she's still upset",
        "pedirle un abrazo a mi tía en el velorio",
        "pedir pra minha mãe me levar na praia no domingo",
        "tell the guest that everybody else in the hostel is going to the party, and ask if she'd "
        "like to come",
        "promise my sister a present if she babysits on Saturday",
        "show my passport at the Bürgeramt and ask to be squeezed in today",
        "ask the buyer if he'd like to see the flat again before making an offer",
        "ask my employee how she is settling in",
        "ask my new colleague if she'd like to join us for lunch",
        "ask my friend whether her mum could give me a lift to the airport",
        "ask my mentor to look over my portfolio for free",
        "ask the nurse at the end of my session if I can book the next one",
        "ask the owners of the dog we treated to bring him back for a check-up",
        "ask the guy in my back seat if he minds the window down",
        "ask my friend to chip in for the petrol on our road trip",
        "ask my rich uncle for advice on investing",
        "ask the grandmother who sits on the bench every afternoon if she'd like company",
        "ask everybody on the bus to move down so more people can get on",
        "tell the gentleman in 2A my phone cracked and ask where I could get it fixed",
        "pedirle a un turista en San Telmo que me saque una foto",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert_first_problem(text, None)
