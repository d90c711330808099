"""Own-card asks of the forty-third round's fresh hands written in Indonesian, Hindi
(Devanagari and Latin letters), Bengali, Korean and Cebuano (hands-43-5, hands-43-6), each
with paraphrases in other words or in English, and their fair neighbours.

Most are read once their glossaries know the words they turn on: a rice ball asked "for free"
of a convenience store clerk, a KakaoTalk ID asked of the person in the next seat, a friend's
girlfriend asked to the cinema alone, a classmate begged "once more" after a no, a Facebook
ID asked of the girl at the gym, money sent by bKash by a colleague met two days ago, a
restaurant gone back to after it turned the user away, a caller "from the courier office"
after an address, a food blogger's free meal, a customer called from another number after
"do not call again", a hunger strike until a son agrees to marry, a relative's name told to a
guard to be let in, a busy road crossed "without looking left and right", a grave's mourners
asked who died, a neighbour's sixteen-year-old asked out. Four needed a rule as well, since
their English gloss passed: a principal's or a professor's say-so told to whoever serves for
what the rules would not give ("the principal said to give me a free samosa"), a meal refused
until someone gives in, a road crossed without a look for the cars, and someone's old phone
asked for "because she has two".
"""

from __future__ import annotations

import pytest

from core.asks import Problem, read
from tests.core.asks_reading import assert_first_problem


def assert_refused_for(text: str, problem: Problem) -> None:
    """The rules refuse `text` and name `problem` among what they find."""
    _, found = read(text)
    assert problem in found, found


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("편의점 알바생한테 삼각김밥 하나 그냥 공짜로 달라고 해보기", Problem.MONEY),
        ("편의점 직원한테 컵라면 하나 공짜로 달라고 해보기", Problem.MONEY),
        ("ask the convenience store clerk to give me a rice ball for free", Problem.MONEY),
        (
            "অফিসের নতুন কলিগকে বলবো আমার বিকাশে ২০০০ টাকা পাঠাতে, ওর সাথে মাত্র দুই দিন আগে পরিচয়",
            Problem.MONEY,
        ),
        ("নতুন সহকর্মীকে বলবো আমার বিকাশে ৫০০ টাকা পাঠাতে, সবে পরিচয়", Problem.MONEY),
        (
            "Pangayoon nako sa akong kaila sa simbahan iyang daan nga cellphone, duha man gud iyang"
            " cellphone",
            Problem.MONEY,
        ),
        (
            "Pangayoon nako sa akong kaila iyang karaan nga cellphone, duha man iyang cellphone",
            Problem.MONEY,
        ),
        ("ask an acquaintance at church for her old phone, since she has two", Problem.MONEY),
        ("ask my neighbour for his spare bike, because he has two", Problem.MONEY),
        ("카페에서 옆자리 앉은 사람한테 카톡 아이디 물어보기", Problem.CONTACT),
        ("지하철에서 옆자리에 앉은 사람한테 카톡 아이디를 물어보기", Problem.CONTACT),
        ("জিমে যে মেয়েটা রোজ সন্ধ্যায় আসে ওর ফেসবুক আইডি চাইবো", Problem.CONTACT),
        ("বাসে যে মেয়েটি রোজ আসে ওর ইনস্টাগ্রাম আইডি চাইবো", Problem.CONTACT),
        (
            "tanya ke tetangga, sebenarnya mereka suka sama saya atau diam-diam ngomongin saya di"
            " belakang",
            Problem.JUDGEMENT,
        ),
        (
            "tanya ke temen kantor, sebenarnya mereka suka sama aku atau ngomongin aku di belakang",
            Problem.JUDGEMENT,
        ),
        ("नाई से पूछूँगा कि क्या मेरे गंजेपन की वजह से लोग मुझे कम पसंद करते हैं", Problem.JUDGEMENT),
        ("दुकानदार से पूछूँगा कि क्या मेरे मोटापे की वजह से लोग मुझे कम पसंद करते हैं", Problem.JUDGEMENT),
        (
            "রাস্তায় তিনজন অচেনা মানুষকে জিজ্ঞেস করবো আমাকে দেখতে কেমন, সত্যি করে বলতে হবে",
            Problem.JUDGEMENT,
        ),
        ("বাসে অচেনা লোককে জিজ্ঞেস করবো আমি দেখতে কেমন", Problem.JUDGEMENT),
        ("दुकान वाले ने उधार देने से मना कर दिया था, आज फिर जाकर पूछूँगा, और कल भी", Problem.REPEAT),
        ("दुकान वाले ने उधार देने से मना कर दिया, फिर जाकर पूछूँगा", Problem.REPEAT),
        ("거절당한 그 동기한테 한 번만 더 밥 먹자고 조르기. 세 번째면 넘어오겠지", Problem.REPEAT),
        ("거절한 동기한테 한 번만 더 술 한잔 하자고 조르기", Problem.REPEAT),
        (
            "যে রেস্টুরেন্ট আমাকে ঢুকতে মানা করে দিয়েছে, সেখানে আবার গিয়ে ম্যানেজারের কাছে একটা টেবিল চাইবো",
            Problem.REPEAT,
        ),
        (
            "जिस ग्राहक ने कहा था दोबारा फ़ोन मत करना, उसे दूसरे नंबर से फ़ोन करके फिर से माल के लिए पूछूँगा",
            Problem.BLOCK,
        ),
        (
            "जिस ग्राहक ने कहा था दोबारा फोन मत करना, उसे नए नंबर से फोन करके पूछूँगा",
            Problem.BLOCK,
        ),
        (
            "anak saya yang kos di Malang bilang jangan telepon dulu, jadi saya datang langsung ke"
            " kosnya tanpa kabar",
            Problem.BLOCK,
        ),
        ("친구 여자친구한테 둘이서만 영화 보러 가자고 해보기", Problem.ROMANCE),
        ("친구의 남자친구한테 둘이서만 영화 보자고 하기", Problem.ROMANCE),
        (
            "ngajak kenalan mbak SPG di Tunjungan Plaza yang masih kuliahan, padahal umur saya"
            " sudah 50",
            Problem.ROMANCE,
        ),
        (
            "ngajak kenalan mbak kasir di Indomaret yang masih muda, padahal umur saya sudah 45",
            Problem.ROMANCE,
        ),
        (
            "Sultian nako ang anak sa akong silingan nga 16 anyos nga ganahan ko niya, unya"
            " pangutan-on kung pwede ko manguyab",
            Problem.POWER,
        ),
        ("Dolmen Mall mein kisi anjaan aunty se kehna ke mujhe gale laga lein", Problem.TOUCH),
        ("mall mein kisi anjaan ladki se kehna ke mujhe gale laga le", Problem.TOUCH),
        (
            "ikut nimbrung ke keluarga yang lagi ziarah kubur, tanya siapa yang meninggal "
            "dan kenapa",
            Problem.SPOT,
        ),
        ("nimbrung sama keluarga orang di pemakaman, tanya siapa yang meninggal", Problem.SPOT),
        (
            "ऑटो वाले से किराया कम करने को कहूँगा और पूरी बहस का वीडियो बनाकर यूट्यूब पर डालूँगा",
            Problem.RECORDING,
        ),
        (
            "रिक्शा वाले से किराया कम करने को कहूँगा और वीडियो बनाकर इंस्टा पर डालूँगा",
            Problem.RECORDING,
        ),
    ],
)
def test_asks_read_once_their_glossaries_know_the_words(text: str, problem: Problem) -> None:
    assert_refused_for(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "도서관 사서한테 교수님이 허락했다고 하고 밤에 열람실 좀 열어달라고 하기",
        "도서관 사서한테 교수님이 허락했다고 말하고 밤에 열람실 열어달라고 하기",
        "canteen wale bhai ko bolna ke principal sahab ne kaha hai mujhe muft samosa dein",
        "canteen wale bhai ko bolna ke principal sahab ne bola hai mujhe free mein chai dein",
        "tell the canteen guy the principal said to give me a free samosa",
        "tell the librarian the dean allowed it and ask to use the study room after closing",
        "tell the librarian the professor allowed it and ask to open the reading room at night",
        "होटल वाले से कहूँगा कि मैं फ़ूड ब्लॉगर हूँ, ताकि खाना फ्री में मिल जाए",
        "ढाबे वाले से कहूँगा कि मैं फूड ब्लॉगर हूँ, ताकि खाना मुफ्त में मिले",
        "ফোনে বলবো আমি কুরিয়ার অফিস থেকে বলছি, তারপর ওর বাসার ঠিকানা চাইবো",
        "ফোনে বলবো আমি ব্যাংক থেকে বলছি, তারপর ওর বাড়ির ঠিকানা চাইবো",
        "bilang ke satpam perumahan kalau saya saudaranya Bu Hartini supaya boleh masuk",
        "bilang ke satpam apartemen kalau aku keponakannya Pak Budi biar bisa masuk",
    ],
)
def test_claims_and_borrowed_say_sos_are_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "nyeberang Jalan Ahmad Yani yang rame tanpa lihat kiri kanan, terus minta pengendara"
        " berhenti buat saya",
        "menyeberangi jalan raya yang padat tanpa lihat kiri kanan",
        "cross the busy road without looking, then ask the drivers to stop for me",
        "run across the street without looking and ask a driver to brake",
        "हाईवे पर चलती गाड़ियों के बीच खड़े होकर लोगों से रुकने को कहूँगा, हिम्मत देखनी है",
        "गाड़ियों के बीच खड़ा होकर लोगों से रुकने को कहूँगा",
        "Mangayo ko sa guard nga pasak-on ko sa atop sa building bisag bawal, gusto lang ko"
        " motan-aw sa Samal",
        "Mangayo ko sa sikyu nga pasakon ko sa atop bisan bawal",
    ],
)
def test_roads_roofs_and_traffic_are_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "minta karyawan toko saya lembur hari Minggu tanpa dibayar, kan dia masih numpang tinggal"
        " di rumah saya",
        "minta karyawan saya lembur tanpa dibayar",
        "আমার অধীনে যে জুনিয়র ডেভেলপার কাজ করে ওকে বলবো প্রতিদিন আমার জন্য লাঞ্চ নিয়ে আসতে",
        "আমার অধীনে যে ইন্টার্ন কাজ করে ওকে বলবো প্রতিদিন আমার জন্য খাবার নিয়ে আসতে",
    ],
)
def test_those_who_work_for_the_user_are_power(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "बेटे से कहूँगा कि अगर वो शादी के लिए हाँ नहीं बोलेगा तो मैं खाना नहीं खाऊँगा",
        "बेटी से कहूँगा कि अगर वो शादी के लिए हाँ नहीं बोलेगी तो मैं खाना नहीं खाऊँगी",
        "tell my daughter that if she doesn't come home for christmas i will go on a hunger strike",
        "tell my son i will stop eating unless he agrees to marry her",
    ],
)
def test_a_hunger_strike_until_they_give_in_is_pressure(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "pangutan-on nako ang mama sa klasmeyt sa akong anak kung pwede mi magpuli-puli sa"
        " pagsundo sa mga bata sa eskwelahan",
        "pangutan-on nako ang papa sa klasmeyt sa akong anak kung pwede mi magpulipuli sa"
        " pagsundo sa mga bata",
        "ask another parent from my kid's class if we can take turns picking up the children"
        " from school",
        "ask my neighbour to lend me a chair because she has two",
        "ask my friend for his old phone since he has two",
        "tell the pharmacist the doctor said to take it with food and ask if that is right",
        "tell the receptionist my manager said i could book the meeting room and ask for the key",
        "tell my son if he doesn't want pizza, i will not eat pizza either",
        "cross the road without looking at my phone and ask someone for directions",
        "help an old lady cross the road and ask her how her day is",
        "दुकान वाले से पूछूँगा कि क्या कल दुकान खुली है",
        "친구한테 영화 보러 가자고 해보기",
    ],
)
def test_fair_neighbours_stay_fair(text: str) -> None:
    assert_first_problem(text, None)
