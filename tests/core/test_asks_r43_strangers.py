"""Own-card asks of the forty-third round's judgement, romance, touch and spot misses
(hands-43), each with paraphrases in other words and languages, and their fair neighbours.

Judgement: the user's thighs, worth, age-bound attractiveness or looks put to a stranger or a
colleague in French, English, Polish, Bengali, Portuguese, Spanish, Levantine Arabic, Hindi and
Cebuano (`core.asks.looks_in_native_scripts`). Romance: a neighbour asked for a drink "while
his wife's away", a friend's boyfriend asked whether he'd date the user (in English, French and
Thai), a married colleague asked to dinner or told of the user's feelings (in Japanese), the
receptionist asked to be the user's girlfriend (in Swahili), the pupil the user tutors asked out
(in Italian and Spanish), and the teenager on the till. Touch: a colleague "from the next
cubicle" asked for a massage, a waitress's tattoo felt, a stranger hugged (in Vietnamese), a
cheek kissed (in Thai). Spot: a stranger's caste (Tamil, Hindi), why they have no children or
are not married (Portuguese, Hindustani, Darija, Arabic), someone crying asked why (Korean), a
family's lunch joined and shared (Welsh).
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "demander à la meuf dans la cabine d'essayage d'à côté si j'ai des grosses cuisses dans"
        " ce jean",
        "demander à une inconnue si j'ai des grosses fesses dans cette jupe",
        "ask a stranger whether I have big thighs in these jeans",
        "Ask a passer-by on the prom at Aberystwyth whether I seem like a worthwhile person to"
        " them",
        "ask the bus driver if I come across as a likeable guy",
        "Zapytać kolegę z pracy, czy jestem jeszcze atrakcyjna jak na swój wiek",
        "zapytać nieznajomego czy wyglądam grubo",
        "ট্রেনে পাশের লোককে জিজ্ঞেস করব আমাকে দেখতে কেমন লাগে",
        "অপরিচিত লোককে জিজ্ঞেস করব আমি কি মোটা",
        "perguntar a uma senhora no metro se acha que eu ainda sou uma mulher atraente",
        "preguntarle a un desconocido si todavía soy una mujer atractiva",
        "رح إسأل الشب اللي قاعد جنبي بالقهوة إذا شايفني حلوة",
        "اسأل البنت بالباص اذا بتشوفني حلو",
        "किसी अजनबी से पूछना कि क्या मैं मोटा दिखता हूँ",
        "किसी लड़की से पूछना कि मैं कैसा दिखता हूँ",
        "pangutan-on akong seatmate sa jeep kung gwapa ba ko o dili",
        "tanungin ang katabi ko sa bus kung maganda ba ako",
    ],
)
def test_looks_or_worth_put_to_someone_is_judgement(text: str) -> None:
    assert_first_problem(text, Problem.JUDGEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "Ask Mike from two doors down, while his wife's away at her sister's, if he wants to grab"
        " a drink, just the two of us",
        "ask Jen, while her husband's away on business, to come for dinner, just us two",
        "ask my best friend's boyfriend if he'd ever date me",
        "ask my sister's husband whether he would ever date me",
        "demander au copain de ma meilleure pote s'il sortirait avec moi",
        "ask my married coworker to dinner, just the two of us, somewhere with candles",
        "ask my married neighbour out for dinner on friday",
        "結婚してる先輩に気持ちを伝えて、仕事以外で会ってほしいって頼む",
        "既婚の上司に好きだと伝える",
        "Nitamuuliza msichana wa mapokezi hotelini kama anataka kuwa mpenzi wangu, akiwa kazini",
        "kumuuliza mhudumu wa baa kama angependa kuwa mpenzi wangu",
        "chiedo alla ragazza a cui do ripetizioni di matematica se vuole uscire con me sabato",
        "le pregunto a la chica a la que doy clases de inglés si quiere salir conmigo",
        "ask the lad I give maths lessons to if he wants to go out with me",
        "I'm 42, gonna ask out the 18yo on the till at the servo",
        "ask the lad behind the bar out for a drink after his shift",
        "ชวนแฟนเพื่อนไปดูหนังสองต่อสอง",
        "ชวนเมียเพื่อนไปกินข้าวสองต่อสอง",
    ],
)
def test_dates_with_someone_off_limits_are_romance(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "ask Priya from the next cubicle to give me a quick shoulder massage, my neck is killing"
        " me",
        "ask Dan from the next desk to give me a neck massage, I'm so stiff after today",
        "ask Maya from accounts to rub my shoulders, my back is killing me",
        "ask the waitress if I can feel the texture of her tattoo",
        "ask a stranger on the tube if I can touch his tattoos",
        "ask the barber if I can feel the texture of his beard",
        "xin ôm một người lạ ở công viên Tao Đàn",
        "xin om mot nguoi la o cong vien",
        "hỏi cô phục vụ cho em ôm một cái",
        "ขอหอมแก้มน้องพนักงานเซเว่นหน้าหอ",
        "ขอกอดคนแปลกหน้าที่สวน",
    ],
)
def test_touch_asked_of_someone_not_close_is_touch(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "கோவில்ல பக்கத்துல நிக்கிறவர்கிட்ட நீங்க என்ன ஜாதின்னு கேக்கணும்",
        "பஸ்ல பக்கத்துல இருக்கறவர்கிட்ட என்ன சாதின்னு கேக்கணும்",
        "ट्रेन में बगल वाले से पूछना कि उनकी क्या जाति है",
        "na fila do mercado perguntar pra moça se ela é casada e pq não tem filho",
        "perguntar ao senhor no ônibus por que ele não tem filhos",
        "masjid mein wazu karte hue saath wale uncle se poochna ke unke bachay kyun nahi hue",
        "bus mein aunty se poochna ki shaadi kyun nahi ki",
        "نسقسي راجل فالطوبيس قدام الناس علاش مازال ما تزوجش",
        "أسأل امرأة في المترو ليش ما عندها أولاد",
        "카페에서 혼자 울고 있는 사람한테 가서 왜 우는지 꼬치꼬치 물어보기",
        "지하철에서 울고 있는 여자한테 무슨 일인지 물어보기",
        "Gofyn i'r teulu yn y caffi a gaf i eistedd gyda nhw a rhannu eu cinio",
        "gofyn i'r dieithriaid yn y dafarn a gaf i ymuno efo nhw",
    ],
)
def test_strangers_asked_personal_things_or_joined_is_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "demander à la vendeuse si cette robe existe en plus grand",
        "demander à ma soeur si la robe est belle",
        "ask the interviewer whether I seem like a good fit for the role",
        "ask the tailor whether I have enough fabric for the trousers",
        "zapytać sprzedawczynię, czy ta sukienka jest ładna",
        "perguntar à vendedora se o vestido é bonito",
        "preguntarle a la dependienta si la chaqueta es bonita",
        "ask my married friends to dinner on saturday",
        "ask the guy on the till for a bag",
        "ask the advocate I met at the bar association dinner if she'd have coffee with me and"
        " talk about mentorship",
        "ask my sister, while her husband's away, if she wants to grab a coffee",
        "demander à la femme de ménage si elle peut venir mardi",
        "demander au copain de ma pote s'il peut me prêter son vélo",
        "ask the tattoo artist if I can feel the texture of the ink on the sample sheet",
        "ask the shop assistant if I can feel the texture of this scarf",
        "ask Priya from the next cubicle if she can cover my calls at lunch",
        "ask my partner to give me a shoulder massage tonight",
        "ขอกอดแม่ก่อนนอน",
        "ชวนเพื่อนไปดูหนัง",
        "先生に感謝の気持ちを伝える",
        "先輩に仕事のことを伝えて、アドバイスを頼む",
        "perguntar ao vendedor por que não tem pão",
        "perguntar à minha mãe por que ela casou tão cedo",
        "울고 있는 내 동생한테 괜찮은지 물어보기",
        "masjid mein imam sahab se poochna ke namaz kab hai",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text), text
