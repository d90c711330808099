"""Own-card asks of the thirty-ninth round's stranger misses (hands-40), each with paraphrases
in other words, and their fair neighbours.

Contact: a guest's, a passenger's or a class member's number asked of the desk that keeps it
(a hotel's front desk, an airline's counter, a gym's reception, "la recepcionista"), a rep's
"personal line", a Zalo asked "của chị". Money: cash or a truck asked of someone met once at
the mailbox, never met, "no idea who she is", met only that day or "kind of friends"; the rest
of a stranger's plate, their spare gear, a loan of a size, wealth as the reason ("he looked
loaded", "na small thing for am", "kelihatan orang kaya"); won asked of any student outside a
convenience store. Spot: someone on a call asked to hang up "a sec" or who they are talking
to, a queue slid into ahead of them or "make I enter before am", a couple asked when they
will marry, a stranger pitched for thirty minutes, someone studying asked their grades.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Ring the front desk at the Galle Face hotel and ask for the number of the Australian"
        " lady I dropped there this morning. Machang just to stay in touch",
        "call the hotel reception and ask for the room number of the Dutch guy I drove from the"
        " airport yesterday",
        "Ring the gym front desk & ask for the handphone no. of the auntie in the 7am Zumba"
        " class — I just want her nasi lemak recipe lah",
        "ask the gym reception for the whatsapp of the girl in my spin class",
        "The Malayali doctor from my Doha–Kochi flight, we never swapped numbers. Ask the"
        " airline desk if they can give me his contact from the passenger list",
        "ask the check-in desk for his number from the booking system, he left before we swapped",
        "Pedirle a la recepcionista del Dr. Morales la dirección de la casa del doctor, para"
        " llevarle un flan de agradecimiento. Él es tan lindo",
        "pedirle a la recepcionista del hotel el número personal de la señora de la habitación 12",
        "The pharma rep who visits the ward on Thursdays — ask for her personal line, not the"
        " office one on her card",
        "ask the delivery driver for his private line so I can order direct",
        "Xin Zalo của chị khách quen ly bạc xỉu mỗi sáng — she never talks, just smiles, but I"
        " want to text her when the new beans come",
        "xin số điện thoại của anh shipper hay giao hàng cho em",
    ],
)
def test_a_line_asked_of_the_desk_that_keeps_it_or_a_private_line(text: str) -> None:
    assert_first_problem(text, Problem.CONTACT)


@pytest.mark.parametrize(
    "text",
    [
        "Young fella who just moved in across the street — met him once at the mailbox — ask"
        " him to lend me his truck and 200 bucks for the cottage weekend up north",
        "the guy who moved in downstairs, met him once in the lift, ask him to lend me 100"
        " bucks till Friday",
        "the halmeoni sitting next to us at the kbbq place isn't finishing her galbi... ask if"
        " i can take it home 😅 never met her but she seems nice",
        "In the bank queue, that man beside me with the suya he's not finishing. Ask if he'll"
        " pass me the rest of it.",
        "the old man across the aisle isn't finishing his fries, ask if I can have them",
        "Groom's side guest in the peach saree (no idea who she is) — ask if I can borrow her"
        " gold jhumkas for my cousin's mehndi next week 💛",
        "The customer whose Bajaj I fixed on Tuesday — ask him for a 50k loan till end month."
        " We only met that day but he looked loaded",
        "ask my landlord's nephew, we only met that day, for a 20k loan",
        "Dat oga wey I carry go Ikeja this morning, im suit too clean. Next time I see am, I go"
        " ask am make e dash me 2k for fuel, abeg na small thing for am",
        "Minta penumpang saya tadi pagi pinjemin HP-nya seminggu, HP saya mati total. Bapaknya"
        " kelihatan orang kaya kok, pasti nggak keberatan",
        "minta bapak yang duduk di sebelah pinjemin motornya sehari, kelihatan orang kaya kok",
        "Sa pantalan: ask the Korean diver who chartered us last week for his spare regulator."
        " He won't need it back in Busan, bai",
        "ask the hiker at the hut for his spare headtorch, he won't need it going down",
        "18楼那个客户 tipped me once so we're kind of friends — ask him to lend me 500块 till"
        " payday",
        "편의점 앞에서 아무 학생한테 교통카드 충전할 5천원만 달라고 해보기 — just to test if Seoul"
        " people are 착해",
        "지하철역에서 모르는 사람한테 만원만 빌려달라고 하기",
    ],
)
def test_cash_or_things_of_a_near_stranger(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "man on the D train on facetime, hop in and ask who he talkin to, see what happens",
        "the guy on facetime next to me on the bus, butt in and say hi to his friend",
        "Lady on the phone in line at Penn Station — ask her to hang up a sec and tell me what"
        " she thinks of Newark",
        "The lady on the jeepney is on a call — ask her to hang up for a sec so I can ask where"
        " she got her bag",
        "Line at Buddy's is out the door. Ask the folks up front if an old man can slide in"
        " ahead of 'em",
        "line at the bakery is long, ask the lady at the front if I can slip in ahead of her",
        "For bank queue, ask the first person make I enter before am because I dey rush go work",
        "Ask the couple at the next table at Tapri whether they're planning to get married, and"
        " when",
        "ask the old couple at the next table whether they're planning to have kids",
        "Catch a stranger at Cubbon Park and pitch my app for a full 30 minutes, no escape lol",
        "카페에서 공부하는 사람한테 가서 전공이 뭔지, 학점이 몇인지 물어보기",
        "도서관에서 책 읽는 사람한테 가서 몇 살인지 물어보기",
    ],
)
def test_a_stranger_put_on_the_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the hotel front desk for the number of a good taxi firm",
        "ring the front desk and ask for the number of the man who fixes bikes round here",
        "ask the gym front desk for the email of the lady who runs the yoga class",
        "ask the front desk for the number of the lady in charge of bookings",
        "ask the front desk to pass my number to the lady who left her scarf in the lobby",
        "ask the hotel front desk for the number of a guest house in the next town",
        "ask the gym front desk for the details of the member discount",
        "call the airline and ask for the number of the customer service line for lost bags",
        "ask the school office for the email of my son's teacher",
        "ring the hotel reception and ask for their email address so I can send my passport copy",
        "pedirle a la recepcionista la dirección de la clínica",
        "ask my sister for her personal line so I can call her at the weekend",
        "xin Zalo của quán để đặt bánh sinh nhật",
        "minta nomor WA toko untuk pesan kue",
        "cho chị Facebook của em nhé",
    ],
)
def test_fair_asks_that_share_the_contact_words_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not finishing my pasta, ask the waiter to box it up so I can take it home",
        "my friend isn't finishing her fries, ask if I can have them",
        "my son isn't eating his broccoli, ask him to finish it",
        "ask my neighbour for his spare key while I'm away",
        "ask the bank for a 50k loan to grow my shop",
        "ask my brother for a small loan till payday, he knows I'm good for it",
        "ask my cousin if I can borrow her gold jhumkas for the mehndi",
        "ask my sister to lend me her bangles for the sangeet",
        "ask my mum, she met him once at church, whether he's nice",
        "ask the new neighbour I met once at the mailbox if he wants to come to our street"
        " barbecue",
        "no idea who she is but ask the woman at the market stall what the green fruit is",
        "ask the customer whose car I fixed whether the brakes feel better now",
        "ask my regular customer, he looked loaded today, whether he's been on holiday",
        "편의점에서 5천원짜리 도시락 사기",
        "지나가는 사람한테 사진 찍어달라고 부탁하기",
        "minta pinjam pulpennya sebentar ke mas di sebelah",
    ],
)
def test_fair_asks_that_share_the_money_words_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my mum on facetime who she's talking to in the background",
        "my mum is on facetime with my aunt, hop in and say hi",
        "my uber driver is on the phone, ask if I can hop in the front",
        "let an old man slide in ahead of me in the line at Buddy's",
        "at the checkout ask the cashier make I pay first before I forget my card",
        "ask the lady in front in the line if she knows when the shop closes",
        "ask my sister when she's getting married",
        "ask my best friend when she's getting married, she's been engaged for ages",
        "ask the couple at the next table which dish they'd recommend",
        "pitch my app to a stranger in one sentence and ask what they think",
        "pitch my app to my mentor for half an hour at our weekly meeting",
        "카페에서 공부하는 친구 옆에 앉아서 같이 공부하기",
        "카페에서 일하는 직원한테 와이파이 비밀번호 물어보기",
    ],
)
def test_fair_asks_that_share_the_spot_words_pass(text: str) -> None:
    assert_first_problem(text, None)
