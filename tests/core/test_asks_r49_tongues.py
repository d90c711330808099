"""Own-card asks of the forty-ninth round written in other languages, whose glosses missed the
words they turn on, with the fair neighbours that still pass.

Thirteen unethical asks passed because their glossaries lacked a word: Vietnamese noes counted
("từ chối 3 lần rồi", said no three times already) and a dare to jump off a bridge into a
river ("thách mình", "nhảy từ cầu", "xuống sông"); a Taiwanese convenience-store clerk
("超商店員", read whole before the "商店" inside it) asked out at the till ("結帳"); a
Croatian waitress asked "na kavu" (for a coffee) after her shift by someone who does not know
her, a student's discount claimed "iako nisam" (though I'm not) and a friend asked "da li sam
ružna" (if I am ugly); a Polish stranger asked to hold the user's hand ("potrzymał mnie za
rękę"); a Malay ask put again ("tanya dia lagi") after "dia dah cakap tak nak" (she said she
doesn't want to); and in Spanish a song asked of random people on a promenade, an ex's house
gone to after "me pidió que no la buscara más", a stranger asked to dance in the middle of a
market while shopping, "soy médico" said to go first in the queue, and a grandmother with
dementia pressed to sign papers.

Still fair: coffee with a friend or a colleague after work, a discount asked for or a student
card shown, a busker asked to play a song ("que toque una canción" is no touch), a doctor
asked about an appointment ("tengo una cita" is no date), a hand held or a hug from family or
a partner, a grandmother asked how she is or to dance, a pool jumped into with a friend, an ex's
house gone to to fetch the children as agreed, a Malay ask put again after a busy day.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "rủ cô ấy đi cà phê lần thứ 4, cô ấy từ chối 3 lần rồi nhưng mình không bỏ cuộc đâu",
            Problem.REPEAT,
        ),
        ("rủ cô ấy đi cà phê lần nữa dù cô ấy đã từ chối 2 lần rồi", Problem.REPEAT),
        ("xin người lạ một cái ôm, họ từ chối 3 lần rồi", Problem.REPEAT),
        ("nhờ bạn thách mình nhảy từ cầu Long Biên xuống sông Hồng", Problem.UNSAFE),
        ("thách bạn nhảy từ cây cầu xuống sông", Problem.UNSAFE),
        ("nhờ người lạ thách mình nhảy xuống hồ Tây lúc nửa đêm", Problem.UNSAFE),
        ("跟超商店員要約會，就在她上班結帳的時候問", Problem.ROMANCE),
        ("跟超商店員要約會", Problem.ROMANCE),
        ("跟便利店店员要微信，在她结账的时候", Problem.CONTACT),
        ("pitati konobaricu na kavu nakon smjene, ne znam je uopće", Problem.ROMANCE),
        ("pitati konobaricu na kavu nakon posla, ne znam je", Problem.ROMANCE),
        ("pitati kasirku za broj nakon smjene", Problem.ROMANCE),
        ("reći na blagajni da sam student da dobijem popust, iako nisam", Problem.DECEPTION),
        ("reći na blagajni da sam penzioner da dobijem popust, iako nisam", Problem.DECEPTION),
        ("pitaj drugaricu da li sam ružna", Problem.JUDGEMENT),
        ("poprosić nieznajomego w tramwaju, żeby potrzymał mnie za rękę", Problem.TOUCH),
        ("poprosić nieznajomą w autobusie, żeby złapała mnie za rękę", Problem.TOUCH),
        ("tanya dia lagi walaupun dia dah cakap tak nak", Problem.REPEAT),
        ("ajak dia keluar lagi walaupun dia dah kata tak nak", Problem.REPEAT),
        ("pedirle a gente random en la rambla que me cante una canción", Problem.SPOT),
        ("ir a la casa de mi ex aunque me pidió que no la buscara más", Problem.BLOCK),
        ("aunque me pidió que no la buscara, presentarme en casa de mi ex", Problem.BLOCK),
        (
            "sacar a bailar a un desconocido en medio del mercado Los Pozos aunque esté comprando",
            Problem.SPOT,
        ),
        ("decir que soy médico para que me dejen pasar primero en la fila", Problem.DECEPTION),
        ("decir que soy enfermera para que me dejen pasar primero", Problem.DECEPTION),
        ("presionar a mi abuela con demencia para que me firme unos papeles", Problem.PRESSURE),
    ],
)
def test_asks_in_other_tongues_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "rủ bạn thân đi cà phê lần thứ 4 trong tháng, tụi mình thích quán đó",
        "rủ bạn thân đi cà phê, mình đi với nhau 3 lần rồi",
        "rủ người lạ đi cà phê",
        "hỏi người lạ đường đến cầu Long Biên",
        "nhờ bạn chụp ảnh mình trên cầu Long Biên",
        "nhờ bạn thách mình hát ở quán cà phê",
        "rủ bạn đi bơi ở hồ bơi",
        "rủ bạn nhảy xuống hồ bơi cùng mình",
        "nhờ người lạ chụp ảnh cho mình ở hồ Hoàn Kiếm",
        "hỏi cô ấy có muốn đi cà phê không, lần trước cô ấy bận",
        "xin chị gái một cái ôm",
        "问超商店員厕所在哪里",
        "结账的时候问店员有没有袋子",
        "在结账的时候问收银员今天忙不忙",
        "pitati konobaricu za račun",
        "pitati drugaricu na kavu nakon posla",
        "pitati kolegu na pivo nakon posla",
        "pitati kolegicu na kavu nakon smjene",
        "pokazati indeks na blagajni i pitati za studentski popust",
        "pitati na blagajni za studentski popust, student sam",
        "pitati na blagajni da li primaju kartice",
        "pitaj drugaricu da li sam joj pomogla dovoljno",
        "pitaj mamu da li sam bila dobro dijete",
        "zamoliti sestru za zagrljaj",
        "poprosić mamę, żeby potrzymała mnie za rękę",
        "poprosić siostrę, żeby potrzymała mnie za rękę u dentysty",
        "poprosić mojego chłopaka, żeby trzymał mnie za rękę na spacerze",
        "poprosić siostrę o przytulenie",
        "poprosić nieznajomego w tramwaju o godzinę",
        "tanya dia lagi esok sebab hari ini dia sibuk",
        "tanya kawan saya nak minum kopi tak",
        "ajak kawan minum kopi lagi minggu depan",
        "pedirle a mi hermana que me cante una canción",
        "pedirle a un músico callejero en la rambla que toque una canción",
        "preguntarle a la gente en la rambla dónde hay un buen restaurante",
        "ir a la casa de mi ex a recoger a los niños, como acordamos",
        "ir a la casa de mi amiga a tomar un café",
        "sacar a bailar a mi esposa en la fiesta del pueblo",
        "sacar a bailar a mi abuela en su cumpleaños",
        "preguntarle a mi abuela con demencia cómo está hoy",
        "preguntarle a mi abuela cómo se siente",
        "pedirle a mi amiga que me firme la tarjeta de cumpleaños",
        "decirle al médico que me duele la espalda",
        "preguntarle al médico si puedo pasar primero porque tengo una cita",
        "preguntar en la caja si hay descuento para estudiantes",
        "mostrar mi carnet de estudiante en la caja y pedir el descuento",
        "pedirle a mi hermana un abrazo",
        "pedirle a mi amigo un café",
    ],
)
def test_their_fair_neighbours_pass(text: str) -> None:
    assert_first_problem(text, None)
