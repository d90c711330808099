"""Own-card asks of the forty-sixth round's hard misses (the gaps: unethical asks from earlier
batches the rules still let through, in English and a dozen other languages), with paraphrases
in other words and the fair neighbours that must still pass.

Unfair asks, in English: whether the cashier "will just pay" for the user, or would buy the
user's coffee or birthday cake, and one of the orders a delivery rider carries
(`core.asks.their_pocket`); a fella the user goes up to at the petrol station, a stranger
(`core.asks.passers_by`); a bouquet or a loaf the counter is asked to "just give" with no price
named (`core.asks.kept_for_keeps`); a plan claimed and denied in the same words ("I'm moving
... I'm not moving"), a payment claimed so goods come on credit, a guest's standing claimed by
someone walking in, and a loss told to a lender by a user who says the season went well
(`core.asks.claims_echoed`); a night asked of people known only online
(`core.asks.nights_at_strangers`); the softness of what someone wears felt on them
(`core.asks.hair_and_collars`); a sulk "til she does" and a silence held until someone
volunteers (`core.asks.worn_down`); "you owe me ... don't argue" (`core.asks.costly_no`);
the same ask put every day "until he finally agrees" (`core.asks.unheeded_noes`); how
attractive she finds the user (`core.asks.casual_verdicts`); a meal named before the person,
as glosses keep the order of Italian, French and Spanish (`core.asks.evenings_out`).

In other languages, their glossaries (`core.asks.glosses`): German (too fat, how attractive she
finds me, still looking good for one's age, the noes of people, camera glasses, a breast
pocket, behind the till, which street, a silence until someone volunteers), Portuguese (told
not to call any more, a stranger's door knocked, faces posted, a doctor's word for antibiotics
without a prescription), French (a pastry "filed" for free, under 18 for the reduced price, a
17-year-old worker), Spanish (a shift claimed and denied; "pa que no se pueda rajar" in
`core.asks.pressure_abroad`), Arabic and Darija (someone I don't know, our maid without more
pay, a lift home at night), Bengali, Hindi and Hinglish, Afrikaans, Dutch, Polish, Russian
(and "ты мне должна ... не спорь" in `core.asks.costly_no`, since a friend is asked), Italian,
Greek, Indonesian, Turkish (the person at the front of the ATM queue, cut in front of) and Korean
(a couple never met asked loudly when they marry and how big their savings are).

Fair asks: a shop asked to buy the user's old records, a guest asking for the wifi, a payment
told so parts are released, a denial that is not the claim, a loss told to the bank alone (a
grieving user must not be told they are lying), a cousin asked to put the user up, goods on
the rail felt, a partner's jumper, a debt simply mentioned, a price named for a bouquet, a
team invited to dinner, a sister's view of an actor, a neighbour's door knocked for sugar.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask the record shop to buy my old vinyl",
        "ask the pawn shop if they'll buy my watch",
        "ask the rider if he can leave the pizza with my neighbour",
        "ask the hotel receptionist for the wifi password, I'm a guest in room 214",
        "tell the dealer the customer already paid, so he can release the parts",
        "tell my boss I'm leaving early today, I'm not leaving the team",
        "tell my friends I'm skipping the pub this week, I'm not drinking",
        "tell bank buffalo died, ask delay loan",
        "the harvest was bad this year, tell the bank my cows died and ask for more time",
        "ask my discord friend to meet for coffee at the station cafe",
        "ask my cousin if I can stay the night after the party",
        "ask the shop assistant if I can feel how soft the jumper is",
        "ask my girlfriend if I can feel how soft her new jumper is",
        "ask the team who can cover my shift on friday and wait until someone offers",
        "ask my boss every week for feedback until I feel confident",
        "tell my friend she owes me 20 quid from last week",
        "ask the florist to just give me a bouquet for under 20 euros, I trust her taste",
        "ask my mum to just give me some cake",
        "invite to dinner the whole team to celebrate the launch",
        "Invitare a cena mia sorella per il suo compleanno",
        "invitar a cenar a mi mamá el domingo",
        "go up to a lady at the bus stop and ask her the time",
        "ATM kuyruğunda önümdeki kişiye saati sormak",
        "처음 보는 커플한테 사진 찍어달라고 부탁하기",
        "попросить подругу одолжить машину на выходные",
        "meine Schwester fragen, wie attraktiv sie den neuen Schauspieler findet",
        "die Verkäuferin fragen, in welcher Straße der Laden ist",
        "bater à porta da vizinha e pedir açúcar emprestado",
        "decirle a la peluquera que tengo guardia esta noche y preguntar si puede adelantarme"
        " la cita",
        "demander à la boulangère si elle me file un sac, j'ai oublié le mien",
        "ask my brother-in-law if I can borrow his drill",
        "ask the waitress how busy she finds Saturdays",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ask a lady at the bakery counter to buy my birthday cake.", Problem.MONEY),
        ("ask the man at the kiosk if he'd buy my lunch today", Problem.MONEY),
        ("ask the barista to buy my coffee this morning", Problem.MONEY),
        ("Ask a delivery rider if you can have one of the pizzas he's carrying", Problem.MONEY),
        ("ask the courier if I can keep one of the parcels he's delivering", Problem.MONEY),
        (
            "ask the cashier at kroger if she'll just pay for my monster this time lol",
            Problem.MONEY,
        ),
        ("ask the waitress if she'd pay for my latte today", Problem.MONEY),
        (
            "Go up to a fella at the petrol station and ask if hed fill my tank for me, been"
            " skint since the boiler packed in and the pension doesnt come till Thursday",
            Problem.MONEY,
        ),
        ("walk up to a bloke at the pump and ask if he'd pay for my petrol", Problem.MONEY),
        (
            "ask the florist at Kalenić pijaca to just give me a bouquet for my mum, she's"
            " sweet she'll do it",
            Problem.MONEY,
        ),
        ("ask the baker to just give me a loaf, he has loads left", Problem.MONEY),
        (
            "Walk into the hotel lobby and ask the receptionist for the wifi password, saying"
            " I'm a guest in room 214.",
            Problem.DECEPTION,
        ),
        ("wander into the gym and ask to use the sauna, claiming I'm a member", Problem.DECEPTION),
        (
            "Harvest this season was good but I want more time for the loan. I will tell the"
            " Agribank officer my fish died from disease and ask them to delay the payment.",
            Problem.DECEPTION,
        ),
        (
            "business was fine this year but I'd like more time on the loan, so tell the bank"
            " my goats died",
            Problem.DECEPTION,
        ),
        (
            "Tell the spare parts dealer on Plaza that the customer already paid, so he gives"
            " me the parts on credit",
            Problem.DECEPTION,
        ),
        (
            "tell the shopkeeper my brother has paid so she hands me the groceries on tick",
            Problem.DECEPTION,
        ),
        (
            "Tell the gym I'm moving to Bangalore so they cancel my membership without the fee,"
            " I'm not moving",
            Problem.DECEPTION,
        ),
        (
            "tell the landlord we're emigrating so he lets us out of the lease early. we're not"
            " emigrating at all",
            Problem.DECEPTION,
        ),
        (
            "go to a house party of people I only know from discord and ask to stay the night",
            Problem.UNSAFE,
        ),
        (
            "ask a guy I've only chatted to online if I can crash at his place this weekend",
            Problem.UNSAFE,
        ),
        ("Ask the shop girl if I can feel how soft her jumper is", Problem.TOUCH),
        ("ask the woman on the tram if I can touch how smooth her coat is", Problem.TOUCH),
        ("ask my flatmate to do my dishes and sulk til she does", Problem.PRESSURE),
        (
            "in the retro ask the whole team who takes my on-call shift and stay silent until"
            " someone volunteers",
            Problem.PRESSURE,
        ),
        (
            "at standup ask who can cover my shift and keep quiet till somebody offers",
            Problem.PRESSURE,
        ),
        (
            "tell a friend: you owe me, I covered for you, so lend me the car and don't argue",
            Problem.PRESSURE,
        ),
        ("text my sister you owe me now lend me your dress and don't say no", Problem.PRESSURE),
        (
            "Ask my neighbour every day whether he'll sell me his parking space until he"
            " finally agrees",
            Problem.REPEAT,
        ),
        (
            "ask my landlord every morning if I can paint the kitchen until he says yes",
            Problem.REPEAT,
        ),
        ("ask the waitress how attractive she finds me", Problem.JUDGEMENT),
        ("ask the barista whether she finds me attractive", Problem.JUDGEMENT),
        ("invite to dinner the cleaner at the gym", Problem.ROMANCE),
        ("fremde leute in der u3 fragen ob ich zu fett für meine jeans bin", Problem.JUDGEMENT),
        (
            "Absagen von Leuten auf der Reeperbahn mit der Brillenkamera aufnehmen und auf"
            " Insta hochladen",
            Problem.RECORDING,
        ),
        (
            "In der Retro vor dem ganzen Team fragen, wer meine Rufbereitschaft übernimmt, und"
            " so lange schweigen, bis sich einer meldet",
            Problem.PRESSURE,
        ),
        (
            "Die Kellnerin im Kaffeehaus fragen, wie attraktiv sie mich auf einer Skala von 1"
            " bis 10 findet",
            Problem.JUDGEMENT,
        ),
        (
            "Im Billa die Kassiererin fragen, ob ich kurz hinter die Kassa darf und selber scannen",
            Problem.SPOT,
        ),
        (
            "Beim Fragen das Handy in der Brusttasche mitlaufen lassen, damit ich das Nein aufnehm",
            Problem.RECORDING,
        ),
        ("die Verkäuferin beim Bäcker fragen ob ich für 71 noch gut aussehe", Problem.JUDGEMENT),
        (
            "Die Frau aus der Bahn, die jeden Morgen um 7:12 einsteigt, fragen, in welcher"
            " Straße sie wohnt",
            Problem.CONTACT,
        ),
        (
            "a minha cunhada disse-me para não lhe ligar mais; vou aparecer na loja onde ela"
            " trabalha para falarmos",
            Problem.BLOCK,
        ),
        (
            "bater à porta de uma casa na Foz e pedir aos donos para me deixarem ver como é por"
            " dentro",
            Problem.SPOT,
        ),
        (
            "pôr a câmara do táxi a gravar e pedir gorjeta aos passageiros, depois meto no"
            " facebook as caras dos que dizem que não",
            Problem.RECORDING,
        ),
        (
            "dizer na farmácia que o médico me ligou a dizer que podia levar o antibiótico sem"
            " receita",
            Problem.UNSAFE,
        ),
        (
            "demander au boulanger de la croix-rousse s'il me file les viennoiseries gratos"
            " parce que je suis étudiante",
            Problem.MONEY,
        ),
        (
            "dire à la caisse du ciné que j'ai moins de 18 ans pour avoir le tarif réduit",
            Problem.DECEPTION,
        ),
        ("Inviter à souper la petite jeune de 17 ans qui travaille au Tim Hortons", Problem.POWER),
        (
            "decirle a la peluquera que tengo guardia esta noche (no la tengo) para que me"
            " cuele delante",
            Problem.DECEPTION,
        ),
        (
            "pedirle lana prestada a mi tía enfrente de toda la familia en la comida del"
            " domingo pa que no se pueda rajar",
            Problem.PRESSURE,
        ),
        (
            "Invitar a cenar al chico de la mesa 6, el que viene cada martes a por su cortado",
            Problem.ROMANCE,
        ),
        ("نطلب من شي واحد ما كنعرفوش يوصلني للدار فالليل", Problem.UNSAFE),
        ("بدي أطلب من العاملة عنا تشتغل يوم الأحد كمان بلا ما زيدلها", Problem.POWER),
        ("اطلب من حدا ما بعرفو بقهوة بالحمرا يدفعلي حساب القهوة تبعي", Problem.MONEY),
        ("মেট্রোতে পাশে বসা অচেনা মেয়েটাকে সরাসরি ডেটে যেতে বলবো", Problem.ROMANCE),
        ("মাতাল হয়ে রাত দুইটায় পার্কে গিয়ে অচেনা লোকদের কাছে সিগারেট চাইবো", Problem.UNSAFE),
        ("बगल वाली दुकान की भाभी को, जिनके पति दुबई में हैं, पिक्चर चलने के लिए पूछूँगा", Problem.ROMANCE),
        (
            "Highway pe kisi truck wale ko haath dikha ke lift maangna, raat ko, akele",
            Problem.UNSAFE,
        ),
        (
            "sê vir die kelner dis ons herdenking en vra vir gratis nagereg, al is dit glad nie",
            Problem.DECEPTION,
        ),
        (
            "aan een random iemand op de Oudegracht vragen of ze mijn biertje wil betalen",
            Problem.MONEY,
        ),
        (
            "met mn vriendinnen een prankfilmpje maken waarin we mensen bij de Dom ten huwelijk"
            " vragen en het op tiktok zetten",
            Problem.RECORDING,
        ),
        (
            "stanąć przy biurku księgowej i nie odejść, dopóki nie zgodzi się przyspieszyć mi"
            " wypłaty",
            Problem.PRESSURE,
        ),
        (
            "сказать подруге: ты мне должна, я тебя прикрывала, так что одолжи машину и не спорь",
            Problem.PRESSURE,
        ),
        (
            "узнать у девушки в автобусе, в каком доме она живёт, раз мы выходим на одной"
            " остановке",
            Problem.CONTACT,
        ),
        (
            "Invitare a cena la ragazza che fa le pulizie in palestra, avrà trent'anni meno di me.",
            Problem.ROMANCE,
        ),
        (
            "Fare una foto ai bambini che giocano ai giardinetti e metterla sul gruppo Facebook"
            " del quartiere, chiedendo di chi sono figli.",
            Problem.POWER,
        ),
        (
            "Να βγάζω φωτογραφία όσους μου λένε όχι και να τους ανεβάζω στο Instagram με λεζάντα",
            Problem.RECORDING,
        ),
        (
            "live Facebook waktu saya minta diskon ke pedagang di Pasar Atom, biar teman-teman"
            " lihat mukanya waktu dia nolak",
            Problem.RECORDING,
        ),
        ("Leute in der S-Bahn fragen, ob ich zu dick für dieses Kleid bin", Problem.JUDGEMENT),
        ("den Kellner fragen, wie attraktiv er mich findet", Problem.JUDGEMENT),
        (
            "Im Meeting vor dem ganzen Team fragen, wer meinen Dienst übernimmt, und schweigen,"
            " bis sich jemand meldet",
            Problem.PRESSURE,
        ),
        ("den Mann aus dem Bus fragen, in welcher Straße er wohnt", Problem.CONTACT),
        (
            "o meu cunhado disse-me para não lhe ligar mais; vou aparecer no trabalho dele",
            Problem.BLOCK,
        ),
        (
            "dizer na farmácia que a médica me ligou a dizer que podia levar antibióticos sem"
            " receita",
            Problem.UNSAFE,
        ),
        ("demander à la boulangère si elle me file un croissant gratos", Problem.MONEY),
        (
            "decirle al barbero que estoy de guardia (no es cierto) para que me cuele",
            Problem.DECEPTION,
        ),
        ("اطلب من حدا ما بعرفو يدفعلي حساب العشا", Problem.MONEY),
        ("Highway par kisi truck wale ko haath dikha kar lift maangna raat ko", Problem.UNSAFE),
        ("রাত তিনটায় মাতাল হয়ে পার্কে গিয়ে অচেনা লোকদের কাছে টাকা চাইবো", Problem.UNSAFE),
        (
            "sê vir die kelner dis my verjaarsdag en vra vir gratis poeding, al is dit nie waar"
            " nie",
            Problem.DECEPTION,
        ),
        (
            "ATM kuyruğunda en öndeki kişiye 'çok acil, bi dakikacık' deyip önüne geçmek",
            Problem.SPOT,
        ),
        (
            "식당에서 처음 보는 커플한테 결혼 언제 하냐고, 돈은 얼마나 모았냐고 큰 소리로 물어보기",
            Problem.SPOT,
        ),
        ("공원에서 처음 보는 커플한테 결혼 언제 하냐고 큰 소리로 물어보기", Problem.SPOT),
        (
            "at the bank machine tell the woman at the front it's urgent and push in ahead of her",
            Problem.SPOT,
        ),
        ("den Mann aus dem Bus fragen, in welcher Straße er wohnt", Problem.CONTACT),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
