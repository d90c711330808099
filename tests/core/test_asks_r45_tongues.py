"""Own-card asks of the forty-fourth round in other tongues (hands-45-1, hands-45-2): Tagalog,
Egyptian Arabic in Arabic script and in Franco letters, German, Indonesian, Zulu, Korean,
Norwegian, Hindi in Latin letters, Greek and Bengali, with paraphrases and probes of the common
unethical asks in each, and the fair neighbours that must still pass.

What the round taught the glossaries: a guard's shift and ride home ("anong oras siya
nag-a-out"), "may jowa siya" (she has a boyfriend), "yung" (the); "هل انا" (whether I am) and
the pharmacy; German "mitschneiden" (record), a phone "in der Jackentasche" (hidden in a
pocket), "nein sagt", "verheiratete Kollegin", singing, dancing and strangers on the bus;
Franco "mortabta" (taken), "l7ad ma ye2ool ah" (until he says yes), "kol yom", singing "b sot
3aly"; Indonesian and Hindi singing, dancing and loudness, "penumpang lain", Hindi counted tries
("do dafa", "teesri baar") and "kya main" (whether I am); Korean scores out of ten ("10점 만점에
몇 점") and the next table; Norwegian looks ("pen", "kjekk"), "få meg dame", "om en dans",
"gifte kollega", "ut på date"; Greek "κάθε πρωί", "μου είπε όχι", "στο τέλος θα πει ναι";
Bengali a crowded bus, singing with me, "সবাই দেখবে"; and a new Zulu glossary
(`core.asks.glosses.zulu`). The rules themselves learned a Zulu hug asked of a seller or a
passer-by, read even with an English aside (`core.asks.touch_further_afield`), and a face
scored in points (`core.asks.looks_abroad`).

Fair neighbours: a friend asked for honest feedback, a colleague asked to lunch, a shop asked
for a discount, a married colleague invited to the team meal, singing with friends, a friend
asked for a dance at a wedding, a friend asked every morning if she wants coffee, a friend's
photo scored out of ten, a Zulu friend asked for a hug.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "tanungin ang kaibigan ko kung ano ang tapat niyang opinyon sa resume ko",
        "ayain ang katrabaho ko na mag-lunch",
        "humingi ng discount sa tindahan",
        "اسأل صاحبي عن رأيه بصراحة في شغلي",
        "اعزم زميلي في الشغل على الغدا",
        "as2al el ma7al 3ala discount",
        "Meinen Freund um ehrliches Feedback zu meiner Präsentation bitten",
        "Einen Kollegen fragen, ob er mit mir zu Mittag isst",
        "im Laden nach einem Rabatt fragen",
        "minta pendapat jujur dari teman soal desain aku",
        "ajak rekan kerja makan siang bareng",
        "minta diskon di toko",
        "cela umngane wami angitshele iqiniso ngomsebenzi wami",
        "친구한테 내 발표에 대해 솔직한 피드백 부탁하기",
        "동료한테 점심 같이 먹자고 하기",
        "가게에서 할인해 달라고 하기",
        "spør en venn om ærlig tilbakemelding på CVen min",
        "spør en kollega om lunsj",
        "dost se apne kaam pe imaandar feedback maangna",
        "colleague ko lunch pe bulana",
        "ζήτα από έναν φίλο ειλικρινή γνώμη για το βιογραφικό μου",
        "ζήτα έκπτωση στο μαγαζί",
        "বন্ধুর কাছে আমার লেখা নিয়ে সৎ মতামত চাইবো",
        "দোকানে ডিসকাউন্ট চাইবো",
        "tanungin ang katrabaho ko kung anong oras siya nag-a-out para sabay kami umuwi",
        "ayain ang kaibigan ko at ang jowa niya na mag-dinner",
        "meine verheiratete Kollegin zum Teamessen einladen",
        "mit meinen Freunden im Auto laut singen",
        "친구한테 내 사진 10점 만점에 몇 점인지 물어보기",
        "nyanyi bareng teman-teman di karaoke",
        "ρώτα τη φίλη μου κάθε πρωί αν θέλει καφέ",
        "বন্ধুদের সাথে গান গাইবো",
        "cela umngane wami ukuthi sicule ndawonye",
        "spør en venn om en dans i bryllupet",
        "cela umngane wami angigone",
        "ask my friend how many points my essay gets out of 10",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "tanungin yung security guard sa Ayala kung anong oras siya nag-a-out at saan siya"
            " sumasakay pauwi",
            Problem.CONTACT,
        ),
        ("اسأل زبونة في الصيدلية هل أنا وسيم ولا لأ، بصراحة", Problem.JUDGEMENT),
        (
            "Heimlich mit dem Handy in der Jackentasche mitschneiden, wie die Frau beim Bürgeramt"
            " nein sagt",
            Problem.RECORDING,
        ),
        (
            "el doctor elly gamb el saydalia refused to send his patients to us, hafdal as2alo"
            " kol yom l7ad ma ye2ool ah",
            Problem.REPEAT,
        ),
        (
            "a2ol lel doctora el gdeda fel saydalia 'enty mortabta?' w a3zemha 3ala dinner",
            Problem.ROMANCE,
        ),
        (
            "ayain ko si teammate mag-date sa break room kahit may jowa siya, bahala na",
            Problem.ROMANCE,
        ),
        ("nyanyi keras-keras di angkot terus ajak penumpang lain joget bareng", Problem.SPOT),
        (
            "cela umama othengisa izithelo eWarwick ukuthi ngimgone 🥺 she looks like she needs it",
            Problem.TOUCH,
        ),
        ("옆 테이블 모르는 사람들한테 제 얼굴 10점 만점에 몇 점인지 물어보기", Problem.JUDGEMENT),
        ("spør en fremmed på Bryggen om jeg er pen nok til å få meg dame", Problem.JUDGEMENT),
        (
            "Sana se phir poochna hai coffee ke liye. usne do dafa nahi kaha but teesri baar"
            " shayad haan kar de",
            Problem.REPEAT,
        ),
        (
            "Κάθε πρωί θα ρωτάω την κυρία Ελένη από τον τρίτο να έρθει για καφέ. Μου είπε όχι,"
            " αλλά στο τέλος θα πει ναι",
            Problem.REPEAT,
        ),
        ("be en fremmed om en dans midt på Torgallmenningen, uten musikk", Problem.SPOT),
        ("ভিড় বাসে দাঁড়িয়ে পাশের অচেনা লোকটাকে আমার সাথে গান গাইতে বলবো, সবাই দেখবে", Problem.SPOT),
        ("hingin ang number ng babaeng katabi ko sa jeep", Problem.CONTACT),
        ("yakapin ang isang stranger sa MRT kahit hindi ko kilala", Problem.TOUCH),
        ("tanungin ang customer ko kung gwapo ba ako", Problem.JUDGEMENT),
        (
            "tatanungin ko si Joy araw-araw kahit sinabi niyang hindi, hanggang pumayag siya",
            Problem.REPEAT,
        ),
        ("ayain mag-date ang katrabaho kong may asawa na", Problem.ROMANCE),
        ("اسأل زبون في المحل هل انا حلو", Problem.JUDGEMENT),
        ("اطلب رقم تليفون بنت غريبة في المترو", Problem.CONTACT),
        ("هسأل جارتي كل يوم لحد ما توافق، مع انها قالت لا", Problem.REPEAT),
        ("agha2y b sot 3aly fel otobees w a2ol lel nas y2ooloha ma3aya", Problem.SPOT),
        ("Frag eine fremde Frau in der U-Bahn nach ihrer Handynummer", Problem.CONTACT),
        ("einen Fremden am Bahnhof um eine Umarmung bitten", Problem.TOUCH),
        ("meine verheiratete Kollegin zu einem Date einladen", Problem.ROMANCE),
        ("im Bus laut singen und die Fremden auffordern mitzusingen", Problem.SPOT),
        ("minta nomor WA cewek asing di kereta", Problem.CONTACT),
        ("tanya pelanggan apakah aku ganteng", Problem.JUDGEMENT),
        ("tiap hari tanya lagi ke Rina buat jalan, meskipun dia udah nolak", Problem.REPEAT),
        ("rekam diam-diam pas kasir bilang nggak", Problem.RECORDING),
        ("cela umuntu engingamazi inombolo yakhe", Problem.CONTACT),
        ("모르는 여자한테 전화번호 물어보기", Problem.CONTACT),
        ("지하철에서 모르는 사람한테 안아달라고 하기", Problem.TOUCH),
        ("손님한테 제가 잘생겼는지 물어보기", Problem.JUDGEMENT),
        ("직원이 거절하는 걸 몰래 촬영하기", Problem.RECORDING),
        ("spør en fremmed dame på bussen om telefonnummeret hennes", Problem.CONTACT),
        ("be min gifte kollega ut på date", Problem.ROMANCE),
        ("spør naboen hver dag selv om hun sa nei", Problem.REPEAT),
        ("customer se poochna ki kya main handsome hoon", Problem.JUDGEMENT),
        ("bus mein zor zor se gaana gaana aur ajnabiyon ko saath gaane bolna", Problem.SPOT),
        ("shaadishuda colleague ko date pe bulana", Problem.ROMANCE),
        ("ζήτα από μια άγνωστη στο λεωφορείο το τηλέφωνό της", Problem.CONTACT),
        ("κρυφά βίντεο όταν ο υπάλληλος λέει όχι", Problem.RECORDING),
        ("অচেনা একজনকে জড়িয়ে ধরতে বলবো", Problem.TOUCH),
        ("অচেনা মেয়ের কাছে ফোন নম্বর চাইবো", Problem.CONTACT),
        (
            "ρώτα την γειτόνισσα κάθε πρωί για καφέ, μου είπε όχι αλλά στο τέλος θα πει ναι",
            Problem.REPEAT,
        ),
        ("cela isihambi ebhasini ukuthi angigone", Problem.TOUCH),
        ("ajak orang asing di bus nyanyi keras-keras bareng aku", Problem.SPOT),
        ("ask strangers at the next table how many points out of 10 my face is", Problem.JUDGEMENT),
        (
            "tanungin ang teammate ko kung pwede kami mag-date kahit may asawa na siya",
            Problem.ROMANCE,
        ),
        ("hafdal a3zemha kol yom l7ad ma te2ool ah", Problem.REPEAT),
        ("spør en fremmed om jeg er kjekk nok", Problem.JUDGEMENT),
        ("ask strangers how many points my face gets", Problem.JUDGEMENT),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
