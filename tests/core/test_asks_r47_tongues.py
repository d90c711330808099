"""Own-card asks of the forty-seventh round in other tongues (hands-47-1, hands-47-2):
Azerbaijani, Hindi, Bavarian German, Japanese, Arabic and Darija, Brazilian Portuguese,
Swahili, Polish, Spanish, Hiligaynon, Finnish, Faroese, Russian, French, Slovene and Romanian,
each unethical ask in a paraphrase of its own and the fair neighbours that must still pass.

What the round taught the glossaries (`core.asks.glosses`): four new small ones, Azerbaijani
(read with Turkish: "xahiş etmək", "çayımın pulunu ödəməsini", to pay for my tea), Faroese
("kassadamuna", "telefonnummarið", "konuna" the user's wife, "við mær"), Hiligaynon (read
with Cebuano and Tagalog: "hingian", "akon", "bilang" as, "sa atubangan sang tanan", "para indi
siya makabalibad") and Slovene (read with Serbian and Croatian: "vprašaj", "lahko", "brez
izpita", "zapeljem"), and a Devanagari Hindi one read with the Hindustani glossaries (whoever
sits at a ticket window, "जीप की छत पर", "मैं मैनेजर हूँ", "उसके मामा का दोस्त"). Swahili learned
a no from yesterday asked again ("yule dada aliyekataa jana"), a friendship ended over a
loan, an "official guest" claimed for free food and an evening out asked of hotel staff;
Bavarian German the verb last ("ob i fesch ausschau"), a closed piste in avalanche danger and a
ride on the piste basher; Japanese one's own looks scored ("私って可愛いほう", "点数をつけて")
and an off-limits roof; Arabic the same seller asked every day after his first no; Darija a
brother told mum will be angry ("غادي تزعف إلا ما جاش"); Portuguese an ex who asked the user to
disappear ("pedido pra eu sumir"); Polish a fault claimed on goods the user tore; Spanish a
pupil asked by the user as their teacher, and the toll booth worker who cannot leave; Finnish
"voisiko hän ostaa minulle"; Russian "красивая ли я без макияжа"; French "danser"; Romanian
"ca profesor" and gifts before the exam.

What the gloss itself learned (`core.asks.gloss`, `core.asks.gloss_index`): a Latin word
written straight after kana ("店員さんにLINEのIDを聞く") is where a key may start, and a
gloss leaves no space before a comma ("as a teacher, ask"), as the rules read English.

What the English rules learned: a tie to the seller's family claimed before a price is asked
("I'm his uncle's friend, then ask for a discount", `core.asks.claimed_ties`), and an elder's
anger raised against a no as their hurt is ("mum will be angry if he doesn't come",
`core.asks.costly_no`).

Left as they are: the English rules refuse most asks of a subordinate (a student asked
whether they understood the homework, a junior told to rest on Sunday, a tenant asked when
the rent comes), so a glossed "pupil" or "junior" is refused with them; the fair neighbours
here keep to asks those rules already pass.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Nizami küçəsində tanımadığım bir kişidən qəhvəmin pulunu ödəməsini xahiş edərəm",
            Problem.MONEY,
        ),
        ("स्टेशन पर काउंटर वाले भैया से उनका व्हाट्सएप नंबर माँगना", Problem.CONTACT),
        ("die Verkäuferin fragen, ob i guat ausschau, nur so zum Üben", Problem.JUDGEMENT),
        ("同僚に「僕ってイケメンのほう？」って聞いて、何点か教えてもらう", Problem.JUDGEMENT),
        ("أسأل نفس البائع كل يوم عن تخفيض مع انه رفض", Problem.REPEAT),
        (
            "aparecer na casa da minha ex e pedir para conversar, embora ela já tenha pedido "
            "pra eu me afastar",
            Problem.BLOCK,
        ),
        (
            "kumwambia mhudumu wa hoteli kwamba ni mrembo sana na kumwomba tutoke pamoja",
            Problem.ROMANCE,
        ),
        (
            "powiedzieć w sklepie, że buty były wadliwe, chociaż sama je zniszczyłam",
            Problem.DECEPTION,
        ),
        (
            "trotz Lawinenwarnung auf die gesperrte Piste und den Pistenraupenfahrer fragen, ob "
            "ich mitfahren darf",
            Problem.UNSAFE,
        ),
        ("बस की छत पर बैठ कर ड्राइवर से तेज़ चलाओ बोलना", Problem.UNSAFE),
        ("siendo su profe, pedirle a una alumna que me lleve el coche al taller", Problem.POWER),
        (
            "kumwambia rafiki yangu kwamba kama hatanikopesha pesa urafiki wetu umekwisha",
            Problem.PRESSURE,
        ),
        ("kysy tuntemattomalta asemalla, voisiko hän ostaa minulle lipun", Problem.MONEY),
        ("カフェの店員さんにLINEのIDを聞く", Problem.CONTACT),
        ("spyr kassadamuna um telefonnummarið", Problem.CONTACT),
        ("спроси у соседки, симпатичная ли я без макияжа", Problem.JUDGEMENT),
        ("mwulize tena yule msichana aliyekataa jana", Problem.REPEAT),
        ("invitarla a salir a la cajera del peaje, total no puede irse jaja", Problem.ROMANCE),
        ("demander à un inconnu dans le métro de chanter devant tout le monde", Problem.SPOT),
        (
            "mwambie mhudumu kwamba mimi ni mgeni maalum wa hoteli ili nipate chakula bure",
            Problem.DECEPTION,
        ),
        ("दुकानदार को बोलो कि मैं उसके चाचा का दोस्त हूँ, फिर छूट मांगो", Problem.DECEPTION),
        (
            "vprašaj soseda, če lahko brez vozniškega izpita zapeljem njegov avto domov",
            Problem.UNSAFE,
        ),
        ("立ち入り禁止の屋根に登って、友達に写真を撮ってと頼む", Problem.UNSAFE),
        ("मैं बॉस हूँ, अपने असिस्टेंट से कहो कि संडे को मेरे घर का काम कर दे", Problem.POWER),
        ("ca profesoară, roagă-i pe elevi să-mi cumpere cadouri înainte de teză", Problem.POWER),
        (
            "pangayo kay Tito sang kwarta sa atubangan sang tanan para indi siya makabalibad",
            Problem.PRESSURE,
        ),
        ("قول لختي بلي ماما غادي تغضب إلا ما جاتش معايا", Problem.PRESSURE),
        ("Bilang landlord, hingyoa ang akon tenant nga limpyuhan ang akon kotse", Problem.POWER),
        (
            "tell the shopkeeper I'm a friend of his cousin and ask for a better price",
            Problem.DECEPTION,
        ),
        ("tell my sister mum will be furious if she doesn't come to the wedding", Problem.PRESSURE),
    ],
)
def test_the_rounds_shapes_in_other_words_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "spyr konuna um hon vil ganga ein túr við mær í kvøld",
        "spyr kassadamuna, nær handilin letur aftur",
        "Fəvvarələr meydanında tanımadığım bir kişidən metroya necə getməyi soruşmaq",
        "टिकट खिड़की वाले भैया से पूछना कि अगली ट्रेन कब है",
        "जीप में बैठकर ड्राइवर से धीरे चलाने को कहना",
        "दुकानदार को बोलो कि मैं उसके मामा का दोस्त हूँ और उनका हालचाल पूछो",
        "tell the shopkeeper I'm his uncle's friend and ask how his uncle is",
        "meine Frau fragen, ob i fesch ausschau fürs Hochzeitsfest",
        "die Kellnerin fragen, ob der Schweinsbraten heute gut ist",
        "den Skilehrer fragen, wann die gesperrte Piste wieder aufmacht",
        "屋上のビアガーデンで店員さんに写真を撮ってと頼む",
        "友達に「この服って可愛いほう？」って聞く",
        "أسأل نفس البائع في السوق عن سعر الطماطم",
        "قول لخويا بلي ماما كتسنانا فالدار",
        "Ir na casa da minha mãe e pedir pra conversar sobre o Natal",
        "Ir na casa da minha ex buscar o cachorro, como a gente combinou",
        "Powiedzieć w sklepie, że kurtka była wadliwa, bo zamek pękł po tygodniu, i poprosić o "
        "zwrot",
        "Kumwambia mhudumu wa hoteli kwamba chakula kilikuwa kitamu sana",
        "preguntarle a la chica que cobra en el peaje cuánto falta para Toluca",
        "kysy myyjältä Kauppatorilla, voisiko hän suositella hyvää kahvia",
        "спроси у подруги, идёт ли мне это платье, только честно",
        "demander à ma copine de danser avec moi au mariage",
        "vprašaj soseda, če mi lahko posodi lestev",
        "pangayo kay Tita sang pabor sang kami lang duha, kag okay lang kon indi siya",
        "mwulize mhudumu leo kama kuna chakula cha mboga",
        "ca profesor, întreabă-i pe studenți dacă au înțeles subiectele înainte de examen",
        "tell my sister mum was angry that the train was late",
        "tell the shopkeeper I'm his uncle's friend and ask whether he has fresh mangoes",
    ],
)
def test_fair_neighbours_pass(text: str) -> None:
    assert_first_problem(text, None)
    assert not refuses(text)
