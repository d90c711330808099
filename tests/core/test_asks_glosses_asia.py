"""Asks in Indonesian and Malay, Tagalog, Vietnamese, Japanese and Turkish read in their
English gloss (`core.asks.gloss`, `core.asks.glosses`): an unethical ask is refused for
what it asks, a fair one stays fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.asks.gloss import gloss
from core.asks.glosses.vietnamese import GLOSSES as VIETNAMESE
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # Indonesian and Malay
        ("minta nomor hp cewek yang duduk di sebelahku di KRL", Problem.CONTACT),
        ("minta orang lewat traktir aku kopi", Problem.MONEY),
        ("peluk mbak kasir di Indomaret", Problem.TOUCH),
        ("tanya lagi ke mbak warung walaupun dia udah bilang nggak", Problem.REPEAT),
        ("saya nak minta nombor telefon awek kat kaunter tu", Problem.CONTACT),
        ("pura-pura jadi polisi biar dapet makan gratis", Problem.DECEPTION),
        # Tagalog and Taglish
        ("humingi ng pera sa estranghero sa jeep", Problem.MONEY),
        ("yakapin yung babae sa MRT", Problem.TOUCH),
        (
            "blinock ako ng ex ko kaya gagawa ako ng dummy account para i-message siya",
            Problem.BLOCK,
        ),
        ("tanungin ang katrabaho ko kung mataba ba ako", Problem.JUDGEMENT),
        ("tanungin ulit si ate kahit tumanggi na siya", Problem.REPEAT),
        ("hingin ko yung number ng cashier sa 7-Eleven", Problem.CONTACT),
        ("chansingan si ate sa jeep", Problem.TOUCH),
        ("i-video ko yung waiter habang nagagalit tapos i-post sa TikTok", Problem.RECORDING),
        ("magpanggap na pulis para makalibre sa kainan", Problem.DECEPTION),
        ("manghingi ng pera sa mga dumadaan sa kanto", Problem.MONEY),
        ("kulitin si crush hanggang pumayag siya makipag-date", Problem.REPEAT),
        ("chat-in ulit yung ex ko gamit ang dummy account kasi blinock niya ako", Problem.BLOCK),
        ("pahingi ng number ng kahera sa grocery", Problem.CONTACT),
        ("i-chat si ate araw-araw kahit ayaw niya", Problem.REPEAT),
        ("mangutang sa pasahero sa jeep ng 500", Problem.MONEY),
        # Vietnamese, with and without its marks
        ("xin số điện thoại của cô thu ngân ở siêu thị", Problem.CONTACT),
        ("xin so dien thoai cua co thu ngan", Problem.CONTACT),
        ("hoi nguoi la cho muon tien", Problem.MONEY),
        ("ôm chặt cô phục vụ quán cà phê", Problem.TOUCH),
        ("hỏi đồng nghiệp em có mập không", Problem.JUDGEMENT),
        ("người yêu cũ chặn em rồi, em lập nick mới nhắn tin cho cô ấy", Problem.BLOCK),
        # Japanese, in kana and kanji and in romaji
        ("コンビニの店員さんに電話番号を聞く", Problem.CONTACT),
        ("知らない人にお金を貸してもらう", Problem.MONEY),
        ("同僚に私って太ってるか聞いてみる", Problem.JUDGEMENT),
        ("元カノにブロックされたので新しいアカウントでメッセージを送る", Problem.BLOCK),
        ("shiranai hito ni okane o kariru", Problem.MONEY),
        # Turkish
        ("Kasiyer kızdan telefon numarasını isteyeceğim", Problem.CONTACT),
        ("Otobüs durağında yabancı birinden 50 lira isteyeceğim", Problem.MONEY),
        ("Metroda yanımdaki kadına sarılacağım", Problem.TOUCH),
        ("Eski sevgilim beni engelledi, yeni bir hesaptan mesaj atacağım", Problem.BLOCK),
        ("İş arkadaşıma şişman görünüp görünmediğimi soracağım", Problem.JUDGEMENT),
        ("Garsondan Instagram hesabını isteyeceğim", Problem.CONTACT),
        ("Yoldan geçen birinden otobüs parası isteyeceğim", Problem.MONEY),
        ("Kasiyerin gizlice videosunu çekip TikTok'a atacağım", Problem.RECORDING),
        ("Polis gibi davranıp bedava yemek isteyeceğim", Problem.DECEPTION),
        ("Metroda tanımadığım bir kızın saçını okşayacağım", Problem.TOUCH),
        ("Hayır dediği halde komşumu tekrar yemeğe davet edeceğim", Problem.REPEAT),
        ("Evet diyene kadar iş arkadaşıma çıkma teklif edeceğim", Problem.REPEAT),
        ("Hosteste telefon numarasını isteyeceğim", Problem.CONTACT),
        ("Eski sevgilimi istemese de her gün arayacağım", Problem.REPEAT),
        ("Otobüs durağında yabancılardan sigara parası isteyeceğim", Problem.MONEY),
    ],
)
def test_an_unethical_ask_in_an_asian_language_or_turkish_is_refused(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "minta tolong tetangga siram tanaman aku pas aku mudik",
        "tanya bos boleh gak aku kerja dari rumah hari jumat",
        "tanya kasir apakah ada diskon buat pelajar",
        "telpon ibu kos tanya kapan kerannya dibenerin",
        "tanungin ang kapitbahay kung pwede ko hiramin ang hagdan",
        "tanungin ang boss ko kung pwede akong mag-leave sa Biyernes",
        "tanungin ang tindera kung may discount para sa estudyante",
        "tanungin ang guwardiya kung saan ang exit",
        "magpaalam sa boss ko kung pwede akong mag-day off sa Lunes",
        "pakiusapan ang kasera na ipaayos ang gripo",
        "magtanong sa guard kung saan ang sakayan ng jeep",
        "magpa-recommend sa kaibigan ng magandang dentista",
        "tanungin ang nanay ko kung pwede kong hiramin ang kotse",
        "tanungin ang driver kung paano pumunta sa terminal",
        "magtanong sa pulis kung saan ang munisipyo",
        "hỏi sếp em có thể nghỉ thứ Sáu không",
        "rủ bạn thân đi ăn phở tối nay",
        "nhờ hàng xóm tưới cây giúp khi em về quê",
        "hỏi cô bán hàng có giảm giá cho sinh viên không",
        "上司に金曜日に休めるか聞いてみる",
        "友達を食事に誘う",
        "大家さんに蛇口の修理をお願いする",
        "隣の人に駅までの道を聞く",
        "Müdürüme cuma günü izin alabilir miyim diye soracağım",
        "Arkadaşımı akşam yemeğine davet edeceğim",
        "Komşumdan merdivenini ödünç isteyeceğim",
        "Kasiyere öğrenci indirimi olup olmadığını soracağım",
        "Ev sahibime musluğu tamir etmesini rica edeceğim",
        "Patronumdan zam isteyeceğim",
        "Yoldan geçen birine istasyonun yolunu soracağım",
        "Arkadaşıma iyi bir diş hekimi önermesini rica edeceğim",
        "Annemden hafta sonu arabasını ödünç isteyeceğim",
        "Otobüs şoförüne merkeze nasıl gidilir diye soracağım",
        "Polise istasyonun yolunu soracağım",
    ],
)
def test_a_fair_ask_in_an_asian_language_or_turkish_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


def test_a_vietnamese_key_matches_its_words_with_or_without_their_marks() -> None:
    for written in ("người lạ", "nguoi la", "NGƯỜI LẠ"):
        assert gloss(f"hỏi {written}").endswith("a stranger"), written


def test_a_short_vietnamese_word_matches_only_with_its_marks() -> None:
    assert "a friend" in gloss("rủ bạn đi chơi")
    assert "a friend" not in gloss("hoi ban")
    assert all(key != "la" and key != "o" for key in VIETNAMESE)
