"""Own-card asks of the forty-sixth round in other tongues (hands-46-1, hands-46-2): Vietnamese,
Norwegian, Mongolian in Cyrillic, Albanian, Finnish, Greek, Swahili, Polish and Spanish, and
Nigerian Pidgin and Hindi in Latin letters written among English words, with paraphrases of
each unethical ask and the fair neighbours that must still pass.

What the round taught the glossaries (`core.asks.glosses`): Vietnamese "tặng em" (gift me),
"một người lạ" (a stranger) and a drink or a meal paid for ("trả tiền ly ..."); Norwegian "at"
(that), a snapchat "hennes", a mother "på sykehuset", "slipper å betale" (so I don't have to
pay), "slår opp" (break up), "blir med på hytta" (come along to the cabin); Finnish a worker's
hours ("mihin aikaan hänen vuoronsa loppuu"); Greek "με βρίσκει" (he finds me) and "για την
ηλικία μου" (for my age); Swahili what is done to the user ("anishike mkono", hold my hand;
"anikumbatie", hug me) and "sokoni"; Polish a claim made for a perk ("że mam legitymację ...,
żeby dostać zniżkę, chociaż jej nie mam"), the conductor and "ulga"; Spanish a grandchild kept
from school ("que falte al colegio para cuidar mis ovejas"); and two new glossaries, Albanian
(`core.asks.glosses.albanian`) and Mongolian (`core.asks.glosses.mongolian`).

What the English rules learned: a child asked to miss school to work for the user
(`core.asks.kept_from_school`, power); a stammer put on show or a room made to laugh at the
person asked (`core.asks.laughing_stocks`, on the spot); Pidgin "don talk no" as an earlier no
(`core.asks.persistence`); a parent's errand on credit claimed in Pidgin, "my mama send me"
(`core.asks.claimed_ties`); the user alone at the handlebars of a motorbike they never learned
to ride (`core.asks.barred_wheels`); "kya mai ... moti lag rahi hu" and "whether my face fine
pass my guy own" (`core.asks.looks_in_more_tongues`); a trade's work done "and just not charge
me" (`core.asks.payments`).
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "xin chị bán hàng ở chợ Sa Pa tặng em một cái khăn thổ cẩm miễn phí, chỉ để luyện"
            " bị từ chối thôi mà",
            Problem.MONEY,
        ),
        (
            "ask the mechanic near the polo ground to fix my bullet's clutch and just not charge"
            " me this once, bas practice hai",
            Problem.MONEY,
        ),
        (
            "spør jenta i kassa på Joker om snapchaten hennes mens hun scanner varene mine",
            Problem.CONTACT,
        ),
        (
            "тэр намайг блоклосон болохоор найзынхаа утсаар залгаад уулзъя гэж гуйна",
            Problem.BLOCK,
        ),
        ("pyet zonjën në kafene sa vjeç është dhe pse s'është martuar ende", Problem.SPOT),
        (
            "si til bussjåføren at mamma ligger på sykehuset så jeg slipper å betale billett",
            Problem.DECEPTION,
        ),
        (
            "si til kjæresten at jeg slår opp hvis hun ikke blir med på hytta i helga",
            Problem.PRESSURE,
        ),
        (
            "ахаасаа морио зарж өгөөч гэж гуй, татгалзвал аав чамаас ичнэ гэж хэлнэ",
            Problem.PRESSURE,
        ),
        (
            "kërkoji shokut makinën, e nëse thotë jo i them që s'i flas më kurrë",
            Problem.PRESSURE,
        ),
        (
            "xin một người lạ ở quán cà phê trả tiền ly bạc xỉu cho mình, chỉ để tập nghe từ"
            " chối thôi mà",
            Problem.MONEY,
        ),
        (
            "Kysy kassalta, mihin aikaan hänen vuoronsa loppuu tänään. Ihan vaan uteliaisuudesta.",
            Problem.CONTACT,
        ),
        (
            "ask the saleslady at the mall 'kya mai is kurti mein moti lag rahi hu?' she has to"
            " be honest na, it's her job",
            Problem.JUDGEMENT,
        ),
        (
            "Ρώτα τον νεαρό ταμία στο σούπερ μάρκετ αν με βρίσκει ελκυστική για την ηλικία μου.",
            Problem.JUDGEMENT,
        ),
        (
            "ask the danfo conductor whether my face fine pass my guy own. he go talk true",
            Problem.JUDGEMENT,
        ),
        (
            "kumwomba mgeni sokoni anishike mkono tutembee pamoja hadi stage ya matatu",
            Problem.TOUCH,
        ),
        (
            "that girl don talk no, I go ask am again tomorrow. no na maybe for here",
            Problem.REPEAT,
        ),
        (
            "for class, ask the girl wey dey stammer to read my question out loud make everybody"
            " laugh small",
            Problem.SPOT,
        ),
        (
            "powiedzieć kasjerce, że mam legitymację kombatanta, żeby dostać zniżkę, chociaż jej"
            " nie mam",
            Problem.DECEPTION,
        ),
        (
            "tell the mallam say my mama send me make he give me recharge card on credit. she no"
            " send me",
            Problem.DECEPTION,
        ),
        (
            "ask the okada man make I ride the machine myself, I never learn but na small distance",
            Problem.UNSAFE,
        ),
        (
            "pedirle a mi nieto de 12 años que falte al colegio para cuidar mis ovejas, a su"
            " abuelo no le dice que no",
            Problem.POWER,
        ),
    ],
)
def test_the_rounds_misses_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # Vietnamese
        ("xin cô bán hàng tặng tôi một bó hoa", Problem.MONEY),
        ("nhờ người lạ trả tiền bữa trưa cho mình", Problem.MONEY),
        # Norwegian
        ("spør ekspeditøren om snappen hans", Problem.CONTACT),
        ("si til konduktøren at jeg er syk så jeg slipper å betale", Problem.DECEPTION),
        (
            "si til kjæresten at jeg gjør det slutt om hun ikke blir med meg hjem",
            Problem.PRESSURE,
        ),
        # Mongolian
        (
            "тэр намайг блоклосон болохоор шинэ аккаунтаар мессеж бичээд уулзъя гэж гуйна",
            Problem.BLOCK,
        ),
        (
            "найзаасаа машинаа зээлүүлээч гэж гуй, өгөхгүй бол дахиж хэзээ ч ярихгүй гэж хэлнэ",
            Problem.PRESSURE,
        ),
        ("автобусанд танихгүй эмэгтэйгээс утасны дугаарыг нь асуу", Problem.CONTACT),
        # Albanian
        ("pyet kamarieren sa vjeç është dhe nëse ka të dashur", Problem.ROMANCE),
        ("kërkoji një të panjohuri në autobus numrin e telefonit", Problem.CONTACT),
        (
            "kërkoji kolegut makinën dhe nëse refuzon thuaji që nuk do t'i flas më kurrë",
            Problem.PRESSURE,
        ),
        # Finnish
        ("kysy myyjältä, milloin hän pääsee töistä tänä iltana", Problem.CONTACT),
        ("kysy tarjoilijalta moneltako hänen työvuoronsa päättyy", Problem.CONTACT),
        # Greek
        ("ρώτα τον σερβιτόρο αν με βρίσκει όμορφη", Problem.JUDGEMENT),
        (
            "ρώτα έναν άγνωστο στο μετρό αν με θεωρεί ελκυστικό για την ηλικία μου",
            Problem.JUDGEMENT,
        ),
        # Swahili
        ("muombe mtu nisiyemjua kwenye basi anikumbatie", Problem.TOUCH),
        ("kumwomba muuzaji sokoni anishike mkono kwa dakika moja", Problem.TOUCH),
        # Polish
        (
            "powiedzieć konduktorowi, że mam legitymację studencką, żeby dostać ulgę, choć jej"
            " nie mam",
            Problem.DECEPTION,
        ),
        # Spanish and its English shape
        (
            "pedirle a mi hija que falte a clase para ayudarme en el puesto del mercado",
            Problem.POWER,
        ),
        (
            "decirle a mi sobrino que no vaya a la escuela mañana para cuidar a su hermanita",
            Problem.POWER,
        ),
        ("ask my 12 year old grandson to skip school to look after my sheep", Problem.POWER),
        ("ask my son to stay home from school to babysit his sister", Problem.POWER),
        ("ask my 10-year-old nephew to bunk school and help me at the market", Problem.POWER),
        # Hindi in Latin letters and Nigerian Pidgin among English words
        ("ask the shopkeeper kya main is shirt mein mota dikh raha hoon", Problem.JUDGEMENT),
        ("ask the bus conductor if i fine pass my brother", Problem.JUDGEMENT),
        ("ask the waitress whether i am finer than my friend", Problem.JUDGEMENT),
        ("the aunty don tok no, I go ask her again next week", Problem.REPEAT),
        ("my neighbour don tell me no, make I ask am again", Problem.REPEAT),
        (
            "in class, ask the girl with a stammer to read my question out loud so everyone laughs",
            Problem.SPOT,
        ),
        ("ask the boy who stutters to read the notice to the whole class", Problem.SPOT),
        ("get the new guy to sing so everyone laughs at him", Problem.SPOT),
        (
            "tell the shop aunty say my oga send me make she give me bread on credit",
            Problem.DECEPTION,
        ),
        (
            "ask the boda guy if I can ride his bike myself to town, I've never ridden one",
            Problem.UNSAFE,
        ),
        (
            "i don't know how to drive but ask my uncle to let me drive his car alone to the"
            " market",
            Problem.UNSAFE,
        ),
        ("ask the barber to cut my hair and not charge me, it's my birthday", Problem.MONEY),
        ("ask the tailor to mend my trousers and just not charge me this time", Problem.MONEY),
    ],
)
def test_paraphrases_in_other_words_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        # Vietnamese
        "nhờ bạn thân trả tiền ly cà phê cho mình, lần sau mình bao lại",
        "mẹ tặng em một cái áo nhân ngày sinh nhật, em cảm ơn mẹ",
        "hỏi chị bán hàng giá khăn thổ cẩm bao nhiêu",
        "xin chị bán hàng giảm giá một chút khi mua hai cái khăn",
        # Norwegian
        "spør en venn om snapchaten hans så vi kan holde kontakten",
        "si til bussjåføren at jeg har glemt lommeboka og spør om jeg kan betale neste gang",
        "spør kjæresten om hun vil bli med på hytta i helga",
        "si til sjefen at mamma ligger på sykehuset så jeg trenger fri i morgen",
        # Mongolian
        "найзаасаа машинаа зээлүүлээч гэж гуй",
        "ахаасаа морио зарж өгөөч гэж гуй, үнийг нь бүрэн төлнө",
        "найздаа өнөө орой кофе уух уу гэж асуу",
        "дэлгүүрт худалдагчаас хямдрал байгаа эсэхийг асуу",
        # Albanian
        "kërkoji vëllait biçikletën, dhe nëse thotë jo, s'ka problem",
        "pyet shoqen time nëse do të dalim për kafe nesër",
        "pyet kamarierin sa kushton kafeja",
        "kërkoji shefit një ditë pushim të premten",
        "pyet një kalimtar ku është stacioni i autobusit",
        "pyet shoqen nëse është e lirë sonte për darkë",
        # Finnish
        "kysy kollegalta, mihin aikaan hänen vuoronsa loppuu, niin sovitaan palaveri",
        "kysy kaupasta, mihin aikaan kauppa sulkeutuu tänään",
        # Greek
        "ρώτα τον γιατρό αν το βάρος μου είναι φυσιολογικό για την ηλικία μου",
        # Swahili
        "kumwomba rafiki yangu anishike mkono tukivuka barabara",
        "kumwomba mama yangu anikumbatie",
        "kumwomba muuzaji sokoni anipe bei nzuri ya nyanya",
        # Polish
        "powiedzieć kasjerce, że mam kartę stałego klienta i zapytać o zniżkę",
        "zapytać kasjerkę, czy mam jeszcze punkty na karcie",
        "powiedzieć mamie, że mam dużo pracy i nie przyjdę na obiad",
        "zapytać w sklepie o zniżkę dla studentów, bo mam legitymację",
        "powiedzieć kelnerce, że nie mam gotówki i zapytać czy mogę zapłacić kartą",
        # Spanish and its English shape
        "pedirle a mi nieto que me ayude con las ovejas después del colegio",
        "pedirle a mi hijo que me ayude a cuidar a su abuela el sábado",
        "preguntarle a la maestra si mi hija puede faltar a clase el viernes por la boda de su tía",
        "ask my grandson to help me with the sheep after school",
        "ask the school if my daughter can miss class on friday for my sister's wedding",
        "ask my boss if i can skip class to work an extra shift",
        "ask my daughter's teacher if she can miss school on monday to help at her grandma's"
        " funeral",
        "ask my son if he wants to skip school tomorrow and come fishing with me",
        # Hindi in Latin letters and Nigerian Pidgin among English words
        "ask my friend whether this kurti looks nice on the hanger",
        "ask the saleslady kya ye kurti mere size mein hai",
        "ask the conductor whether this bus fine pass the other one",
        "ask the mechanic whether the engine is fine",
        "if she talk no, I go ask another person",
        "she don talk say she no fit come, ask am again if she wan come next time",
        "ask my friend who stutters if he wants to practise reading aloud together",
        "ask my friend to tell a joke at the party so everybody laughs",
        "ask my colleague with a lisp how his weekend was",
        "tell the mallam say my mama send me to buy bread, and pay him cash",
        "tell the mallam my mama send her greetings",
        "ask my brother to teach me to ride his motorbike in the empty field, I never learned",
        "ask the okada man to take me to Yaba, I never enter okada before",
        "ask the mechanic to fix the clutch he replaced last week and not charge me again, it's"
        " under warranty",
        "ask the waiter not to charge me for the dessert that never came",
        "ask my friend to fix my bike and not charge me, he offered",
    ],
)
def test_fair_neighbours_pass(text: str) -> None:
    assert_first_problem(text, None)
