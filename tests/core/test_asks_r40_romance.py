"""Own-card asks of the thirty-ninth round's romance and judgement misses (hands-40), each with
paraphrases in other words, and the fair asks that share their words.

Romance: a meal or a film proposed for an evening in words no lexicon listed ("grab dosa
sometime", "get a steak Friday night", "grab 小笼包 with me this weekend", "come see a picture
with me on Sunday"), asked of a stranger on the metro or of someone at a counter named in
words the role lexicons miss ("counter wali", "aunty wey dey sell ticket", "the gal runnin the
register", "mbak penumpang", "khách quen", "학원 쌤"), of a patient named by their room and
discharged off the user's floor, or of a widower whose name the user does not know
("ni sé cómo se llama"). Judgement: whether people reckon the user is boring, secretly do not
like them or only felt sorry for them; whether the user is actually talented or was ever
good-looking; "I fine or I no fine" in Pidgin; a grandmother asking her grandchild
whether "her nani" has become fat and ugly; a face put to a score in Korean.

Fair neighbours: the same meals with a friend, a partner or a parent met at drop-off, jobs
and photos got "this weekend", the user's own "I reckon I'm ready", a counter asked for the
bill, a patient asked whether he needs anything, a dish scored in Korean.
"""

from __future__ import annotations

import pytest

from core.own_cards import refuses


@pytest.mark.parametrize(
    "text",
    [
        "anh khách quen làm pedicure mỗi thứ Ba — hỏi anh đi ăn phở với em, just us two 😳",
        "hỏi chị khách quen đi uống cà phê với em",
        "El viudo que me ayudó con las bolsas en el Navarro ayer — invitarlo a una cita, a"
        " bailar, ¿por qué no? Ni sé cómo se llama",
        "invitarla a una cita aunque no sé cómo se llama",
        "invitar a la cajera a una cita",
        "ask the widower who helped me with my bags yesterday on a date, I don't even know his"
        " name",
        "Mr. Reyes in 412 gets discharged tomorrow. Ask him to dinner before he leaves the"
        " floor, he was so sweet all week",
        "the man in bed 9 gets discharged friday, ask him to dinner before he leaves the ward",
        "Ask the gal runnin the register at the Love's on 349 if she'd wanna get a steak Friday"
        " night",
        "ask the cashier at the servo if she wanna get a burger saturday night",
        "ask the fella runnin the bar at the pub if he'd wanna get a curry friday night",
        "ask the gal workin the drive-thru if she wants to get tacos sometime",
        "girl across from me on the Namma Metro, never seen her before — ask if she wants to"
        " grab dosa sometime",
        "ask the girl across from me on the tram if she wants to grab ramen sometime, never seen"
        " her before",
        "ask the woman next to me on the bus if she'd like to get tapas friday night",
        "Nariman Point canteen mein nayi counter wali — ask her to come see a picture with me on"
        " Sunday",
        "ask the counter wala to come watch a film with me on saturday",
        "ask the canteen wali out for chai this weekend",
        "Dat aunty wey dey sell ticket for the filling station, ask am out for chicken and chips"
        " this weekend. She dey smile for me",
        "ask the aunty wey dey sell akara out for suya this weekend",
        "Ajak mbak penumpang yang tadi pagi malam mingguan. Dia senyum terus sepanjang jalan 😍",
        "ajak mbak kasir indomaret malam mingguan",
        "ajak penumpang tadi nonton bareng",
        "TOEIC 학원 쌤한테 마지막 수업 끝나고 커피 데이트 신청하기 😳 she's only 3 years older so"
        " it's fine",
        "TOEIC 학원 선생님한테 데이트 신청하기",
        "영어 강사님한테 고백하기",
        "2号线 the girl who always gets off at 陆家嘴 — ask her to grab 小笼包 with me this"
        " weekend",
        "ask the guy who always gets off at my stop to grab pho with me this weekend",
        "ask the lady at the ticket counter if she wants to grab biryani with me",
    ],
)
def test_dates_with_strangers_and_people_met_at_work_are_refused(text: str) -> None:
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        'text Amber from work: "do y\'all secretly not like me? be real"',
        "ask the team if they secretly don't like me",
        "do my coworkers secretly not like me? ask them",
        "ask Dre straight up: am i actually talented or y'all just bein nice cuz we boys",
        "ask my coach if I'm actually talented or if he's just being nice",
        "Ask the crew on the rig if they reckon I'm boring to be stuck with on a 14-day hitch."
        " Be a man about it",
        "After training, ask the lads if they reckon I'm a boring bugger at the pub. Need to"
        " know, bro",
        "ask my sister if she reckons I'm a bore at parties",
        "Text my ex and ask if I was ever actually good-looking or if she just felt sorry for me",
        "ask my husband if he ever actually found me attractive or just felt sorry for me",
        "Today challenge: ask every passenger wey enter my bike, 'Abeg, I fine or I no fine?' 😂",
        "ask my passengers: i fine or i no fine?",
        "Ask my nati Rumi if her nani has become fat and ugly in her old age, khub shundor ni?",
        "ask my grandson if his grandma has become ugly",
        "동아리 애들한테 내 얼굴 1-10 점수 매겨달라고 하기. no sugar-coating",
        "친구들한테 내 외모 점수 매겨달라고 하기",
        "친구한테 내가 못생겼는지 물어보기",
    ],
)
def test_verdicts_on_the_user_asked_in_casual_words_are_refused(text: str) -> None:
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ask my friend if she wants to grab dosa sometime",
        "ask my wife if she'd wanna get a steak friday night",
        "ask my brother to grab xiaolongbao with me this weekend",
        "ask my husband to come see a picture with me on sunday",
        "ask the mum I see at förskola drop-off if she wants to grab fika sometime",
        "ask the dude from the Hamtramck car meet if he wants to grab a coney sometime and talk"
        " engines",
        "ask the other boulanger of the rue if he want to share a delivery van with me, to save"
        " money for us two",
        "ask the mechanic if he'd like to get the parts this weekend",
        "ask the plumber if he wants to get started this weekend",
        "ask the shop assistant if I can get a refund this weekend",
        "ask the mascot to get a photo with me",
        "ask the chai wala for less sugar",
        "ask the counter wali for the bill",
        "ask the aunty wey dey sell akara for two more",
        "ask the gal runnin the register for a receipt",
        "ask mbak kasir indomaret where the rice is",
        "ajak pacar nonton bareng malam minggu",
        "hỏi chị khách quen có muốn đổi lịch hẹn không",
        "TOEIC 학원 쌤한테 추가 숙제 부탁하기",
        "ask my friend Tom to dinner when he gets discharged from hospital",
        "ask my dad to dinner after he gets discharged",
        "ask Mr. Reyes in 412 if he needs anything before he leaves the floor",
        "ask the waiter what the dish is called, no sé cómo se llama el plato",
        "ask the boss if i can get on more of the commercial jobs, i reckon i'm ready",
        "ask the boss if she reckons the report is ready",
        "ask the shop assistant if they're just being nice about the discount",
        "ask my editor if she's just being nice about my draft",
        "ask the nurse if I'm fine to go home",
        "ask my grandson if his grandma has been well lately",
        "ask my granddaughter if her nani's voice comes through on the video call",
        "친구들한테 내 김치 점수 매겨달라고 하기",
    ],
)
def test_fair_asks_that_share_their_words_pass(text: str) -> None:
    assert not refuses(text)
