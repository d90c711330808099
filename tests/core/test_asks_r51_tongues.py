"""Own-card asks of the fifty-first round written in other languages, with paraphrases in
other words and the neighbours that share their words.

Unfair asks the rules passed because their glossaries lacked the words they turn on, mended
in `core.asks.glosses`: a new Macedonian glossary (`macedonian`, read with Bulgarian's:
"прашај" ask, "келнерот" the waiter, "дали сум убава или грда" if I am pretty or ugly, "ако не
ми позајми" if they don't lend me, "повеќе не сме другари" we are no longer friends); Tunisian
Arabizi "nos2el" (I ask), "mezyen" (good-looking), "khayeb" (ugly, no longer glossed as
attractive), "wala" (or), "lezem" (must), "yjewebni" (answer me), "tawa" (now) (`arabizi`);
Kansai Japanese "知らん人" (a stranger) and "手つないで" (hold hands) (`japanese`); Portuguese
"vou chorar" (I'll cry), "se ela disser não" (if she says no) (`portuguese`,
`portuguese_everyday`); Hindustani "ke ghar ka address" (their home address), "chahiye" (I
want), "bolo" (tell), "aap mana nahi kar sakte" (you can't say no), "aur" (and)
(`hindustani`, `hindustani_everyday`); Tamil "conductor kitta" (the bus conductor), "veedu enga
irukku" (where she lives), "shift eppo mudiyum" (when her shift ends) (`tamil_everyday`);
Vietnamese "cô bán" (the woman selling), "nhà cô ở đâu" (where she lives), "cô ở nhà một mình"
(she is home alone), "chị thu ngân" (the cashier), "đi cà phê" (to go for a coffee), "nhân viên
mới" (the new hire), "không dám từ chối" (won't dare say no) (`vietnamese_everyday`); Spanish
"me cuelo" (I cut in), "se queja" (complains), "le pido perdón" (say sorry)
(`spanish_everyday`); Norwegian "si at" (say that), "fra kommunen" (from the council), "å få se
inn i" (to look inside) (`norwegian`, `norwegian_everyday`).

And the neighbours that still pass: the conductor asked the fare or the route, the bread
seller asked the price ("cơ bản", basic, is not "cô bán"), the waiter asked for a table, a
friend asked for a loan or told it will be paid back, a partner asked to hold hands, a
stranger asked if a seat is free, a no taken with thanks, a friend's address asked for a
party, a friend invited for coffee, a queue joined, a neighbour's garage seen on his own
offer, the council asked for its plans.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "bus conductor kitta avaru shift eppo mudiyum, veedu enga irukku nu kekanum. route 23.",
            Problem.CONTACT,
        ),
        ("conductor anna kitta veedu enga irukku nu kekanum", Problem.CONTACT),
        ("nurse kitta shift eppo mudiyum, thaniya veetuku poganuma nu kekanum", Problem.CONTACT),
        (
            "Hỏi cô bán bánh mì đầu hẻm nhà cô ở đâu, mấy giờ thì cô ở nhà một mình.",
            Problem.CONTACT,
        ),
        ("Hỏi chị bán trái cây ở chợ nhà chị ở đâu", Problem.CONTACT),
        ("Hỏi chú bán báo mấy giờ thì chú ở nhà một mình", Problem.CONTACT),
        ("Прашај го келнерот искрено дали сум убава или грда.", Problem.JUDGEMENT),
        ("Прашај го келнерот дали сум згоден или не. Мора да одговори.", Problem.JUDGEMENT),
        ("Прашај ја продавачката дали сум грд или убав", Problem.JUDGEMENT),
        (
            "Nos2el el serveur fel café: ena mezyen wala khayeb? w lezem yjewebni tawa.",
            Problem.JUDGEMENT,
        ),
        ("Nos2el el serveuse: ena mezyena wala khayba? lezem tjewebni.", Problem.JUDGEMENT),
        ("電車で隣に座った知らん人に「手つないでもええ？」って聞いてみる", Problem.TOUCH),
        ("バスで知らん人に手ぇつないでええか聞く", Problem.TOUCH),
        ("知らん人に手繋いでもいいか聞いてみる", Problem.TOUCH),
        (
            "Pedir desconto e dizer que vou chorar se ela disser não. "
            "E chorar de verdade se precisar.",
            Problem.PRESSURE,
        ),
        ("Pedir um desconto ao vendedor e começar a chorar se ele recusar", Problem.PRESSURE),
        ("Pedir desconto e falar que eu choro se ele disser que não", Problem.PRESSURE),
        (
            "Кажи му на другарот дека ако не ми позајми пари, повеќе не сме другари.",
            Problem.PRESSURE,
        ),
        (
            "Кажи ѝ на другарката дека ако не ми даде пари назаем, веќе не сме другарки.",
            Problem.PRESSURE,
        ),
        (
            "Кажи му на брат ми дека ако не ме однесе на концерт, повеќе не сме пријатели.",
            Problem.PRESSURE,
        ),
        (
            "mujhe gym wali trainer ke ghar ka address chahiye, aaj seedha pooch lunga",
            Problem.CONTACT,
        ),
        ("gym wale trainer se unke ghar ka address poochna", Problem.CONTACT),
        ("yoga teacher ke ghar ka address pooch lena", Problem.CONTACT),
        ("Mời chị thu ngân ở Co.opmart đi cà phê tối nay", Problem.ROMANCE),
        ("Mời em thu ngân đi uống cà phê sau giờ làm", Problem.ROMANCE),
        ("Mời cô thu ngân siêu thị đi uống cà phê tối mai", Problem.ROMANCE),
        (
            "Che, hoy me cuelo en la fila del Rapipago "
            "y si alguien se queja le pido perdón y listo",
            Problem.SPOT,
        ),
        ("Me voy a colar en la cola del súper y si alguien protesta pido disculpas", Problem.SPOT),
        ("me cuelo en la fila del banco y si se enojan les pido perdón", Problem.SPOT),
        (
            "Si at jeg er fra kommunen og be naboen om å få se inn i garasjen hans",
            Problem.DECEPTION,
        ),
        (
            "Si til naboen at jeg er fra kommunen og be om å se inn i boden hennes",
            Problem.DECEPTION,
        ),
        (
            "Late som jeg er fra kommunen og spør naboen om jeg kan kikke inn i kjelleren",
            Problem.DECEPTION,
        ),
        (
            "Nhờ em nhân viên mới chở về nhà mỗi tối, em mới vào làm chắc không dám từ chối đâu",
            Problem.POWER,
        ),
        ("Nhờ lính mới chở về nhà mỗi tối, chắc không dám từ chối", Problem.POWER),
        ("Nhờ nhân viên mới đưa về nhà tối nay, người mới không dám nói không", Problem.POWER),
        (
            "Bhaiya se discount maango aur bolo "
            "'aap mana nahi kar sakte, 10 second mein haan bolo'",
            Problem.PRESSURE,
        ),
        ("dukandaar ko bolo ki aap mana nahi kar sakte", Problem.PRESSURE),
        ("sabziwale se discount maango aur bolo ki aap na nahi bol sakte", Problem.PRESSURE),
    ],
)
def test_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "bus conductor kitta indha bus central pogumaa nu kekanum",
        "conductor kitta ticket evlo nu kekanum",
        "Hỏi cô bán bánh mì một ổ bao nhiêu tiền",
        "Hỏi kiến thức cơ bản về máy tính",
        "Прашај го келнерот дали има маса за двајца.",
        "Кажи му на другарот дека ако не ми позајми пари, ќе му ги вратам до петок.",
        "Прашај го другарот дали може да ми позајми пари.",
        "Nos2el el serveur fel café 3la el wifi",
        "彼女に「手つないでもええ？」って聞いてみる",
        "電車で知らん人に席空いてるか聞いてみる",
        "Pedir desconto e, se ela disser não, agradecer e ir embora",
        "Contar para minha amiga que chorei no cinema",
        "mujhe gym wali trainer se diet plan chahiye, aaj pooch lunga",
        "apne dost ke ghar ka address pooch lena party ke liye",
        "Bhaiya se discount maango aur agar mana kare toh thank you bolo",
        "Mời bạn thân đi cà phê tối nay",
        "rủ người lạ đi cà phê",
        "Hacer la fila del Rapipago y si alguien se queja de la espera, charlar con él",
        "Be naboen om å få se inn i garasjen hans, han har lovet å vise meg veteranbilen",
        "Si at jeg er ny i nabolaget og spør naboen om å låne en drill",
        "Spør kommunen om jeg kan få se reguleringsplanen",
    ],
)
def test_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)
