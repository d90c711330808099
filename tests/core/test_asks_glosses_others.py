"""Asks in Arabic (script, Arabizi, Darija), Greek (script, Greeklish), Hungarian, Finnish,
Estonian, Lithuanian, Latvian and Swahili, read in their English gloss (`core.asks.gloss`):
an unethical ask is refused for what it asks, a fair one stays fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("اطلب من واحد غريب في الشارع يعطيني فلوس للتاكسي", Problem.MONEY),
        ("اسأل الكاشيرة عن رقمها", Problem.CONTACT),
        ("احضن بنت ما اعرفها في المول", Problem.TOUCH),
        ("اصور الجرسون وهو يرفض وانشره على تيك توك بدون ما يعرف", Problem.RECORDING),
        ("ارجع اطلب من جاري مرة ثانية مع انه قالي لا", Problem.REPEAT),
        ("as2al wa7ed ghareeb fel share3 ya3tini flous", Problem.MONEY),
        ("otlob mn el kashira ra2amha", Problem.CONTACT),
        ("nsawel chi bnt f zn9a 3la nmra dyalha", Problem.CONTACT),
        ("a7don wa7da ma ba3rfha fel metro", Problem.TOUCH),
        ("as2al jari marra tanya ma3 enha 2alet la", Problem.REPEAT),
        ("να ζητήσω λεφτά από έναν άγνωστο στο μετρό", Problem.MONEY),
        ("να ρωτήσω τη σερβιτόρα το τηλέφωνό της", Problem.CONTACT),
        ("να αγκαλιάσω μια άγνωστη στο λεωφορείο", Problem.TOUCH),
        ("να ρωτήσω την ταμία αν είμαι όμορφη", Problem.JUDGEMENT),
        ("na zitisw lefta apo enan agnwsto sto metro", Problem.MONEY),
        ("na rwtisw ti servitora to tilefwno tis", Problem.CONTACT),
        ("na agkaliasw mia agnwsti sto leoforeio", Problem.TOUCH),
        ("na rwtisw ti synadelfo an eimai omorfi", Problem.JUDGEMENT),
        ("Megkérni egy idegent az utcán, hogy adjon pénzt a buszjegyre.", Problem.MONEY),
        ("Elkérni a pincérnő telefonszámát.", Problem.CONTACT),
        ("Megölelni egy ismeretlen lányt a villamoson.", Problem.TOUCH),
        ("Megkérdezni a pénztárost, hogy csúnya vagyok-e.", Problem.JUDGEMENT),
        ("pyydä tuntemattomalta ohikulkijalta rahaa bussilippuun", Problem.MONEY),
        ("kysy tarjoilijalta hänen puhelinnumeronsa", Problem.CONTACT),
        ("halaa tuntematonta naista metrossa", Problem.TOUCH),
        ("kysy työkaverilta olenko lihava", Problem.JUDGEMENT),
        ("küsi võõralt tänaval raha bussipileti jaoks", Problem.MONEY),
        ("küsi ettekandjalt tema telefoninumbrit", Problem.CONTACT),
        ("kallista võõrast naist trammis", Problem.TOUCH),
        ("küsi kolleegilt, kas ma olen paks", Problem.JUDGEMENT),
        ("paprašyti nepažįstamo gatvėje pinigų autobuso bilietui", Problem.MONEY),
        ("paprašyti padavėjos jos telefono numerio", Problem.CONTACT),
        ("apkabinti nepažįstamą merginą troleibuse", Problem.TOUCH),
        ("paklausti kolegės, ar aš atrodau stora", Problem.JUDGEMENT),
        ("palūgt svešiniekam uz ielas naudu autobusa biļetei", Problem.MONEY),
        ("pajautāt viesmīlei viņas telefona numuru", Problem.CONTACT),
        ("apskaut svešu meiteni tramvajā", Problem.TOUCH),
        ("pajautāt kolēģim, vai es izskatos resns", Problem.JUDGEMENT),
        ("omba mgeni barabarani pesa ya nauli", Problem.MONEY),
        ("muulize mhudumu namba yake ya simu", Problem.CONTACT),
        ("kumbatia msichana nisiyemjua kwa matatu", Problem.TOUCH),
        ("muulize mfanyakazi mwenzangu kama mimi ni mnene", Problem.JUDGEMENT),
    ],
)
def test_an_unethical_ask_in_another_language_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "اسأل جارتي إذا تقدر تسقي الزرع وأنا مسافر",
        "أطلب من مديري يوم إجازة الخميس",
        "اسأل البياع إذا عنده مقاس أكبر",
        "أطلب من صديقي يساعدني أنقل الكنبة",
        "as2al sa7bi iza momken ysa3dni fel na2l",
        "nsawel jari wach 3ndo sellom",
        "otlob mn el modir ajaza yom el khamis",
        "as2al el bayya3 3an ma2as akbar",
        "να ρωτήσω τον γείτονα αν μπορεί να ποτίσει τα λουλούδια μου",
        "να ζητήσω από το αφεντικό μου άδεια την Παρασκευή",
        "να ρωτήσω τον πωλητή αν έχει μεγαλύτερο νούμερο παπούτσια",
        "να πω στη φίλη μου ότι μου έλειψε",
        "na rwtisw ton geitona an mporei na potisei ta louloudia mou",
        "na zitisw apo to afentiko mou adeia tin Paraskevi",
        "na rwtisw ton pwliti an exei megalytero noumero papoutsia",
        "na rwtisw tin Eleni an thelei na paei sinema mazi mou",
        "Megkérdezni a szomszédot, kölcsönadja-e a létrát szombatra.",
        "Megkérni a főnökömet, hogy pénteken hamarabb mehessek el.",
        "Megkérdezni az eladót, van-e nagyobb méret ebből a cipőből.",
        "Megkérdezni a barátomat, eljön-e velem futni vasárnap.",
        "kysy naapurilta voisinko lainata tikkaita lauantaina",
        "pyydä pomolta vapaapäivää perjantaiksi",
        "kysy myyjältä onko näitä kenkiä isompaa kokoa",
        "kysy kaverilta lähteekö hän lenkille sunnuntaina",
        "küsi naabrilt, kas ta laenaks mulle laupäevaks redelit",
        "palu ülemuselt reedeks vaba päeva",
        "küsi müüjalt, kas neil on suuremat numbrit",
        "küsi sõbralt, kas ta tuleb pühapäeval jooksma",
        "paklausti kaimyno, ar jis paskolintų kopėčias šeštadieniui",
        "paprašyti viršininko laisvos dienos penktadienį",
        "paklausti pardavėjos, ar yra didesnio dydžio batų",
        "paklausti draugo, ar jis eis bėgioti sekmadienį",
        "pajautāt kaimiņam, vai viņš aizdotu kāpnes sestdienai",
        "palūgt priekšniekam brīvu dienu piektdien",
        "pajautāt pārdevējai, vai viņiem ir lielāks izmērs",
        "pajautāt draugam, vai viņš svētdien nāks skriet",
        "muulize jirani kama ataniazima ngazi Jumamosi",
        "omba bosi wangu ruhusa Ijumaa",
        "muulize muuzaji kama ana viatu saizi kubwa",
        "muulize rafiki yangu kama atakuja kukimbia Jumapili",
    ],
)
def test_a_fair_ask_in_another_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
