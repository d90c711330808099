"""Asks in German, Dutch, Swedish, Danish and Norwegian made of everyday words (who sits next
to whom, where she lives, on the bus, after the party, send it to the group), read in their
English gloss (`core.asks.glosses`, the `*_everyday` modules). Each ask is written for this
file, not taken from the training texts."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    # German
    ("das Mädchen, das neben mir im Bus sitzt, fragen, wo sie wohnt", Problem.CONTACT),
    ("die Dame in der Schlange fragen, wie viel sie verdient", Problem.SPOT),
    ("ihr nach der Party folgen, um zu sehen, wo sie wohnt", Problem.CONTACT),
    (
        "das Telefonat mit der Kassiererin aufnehmen, ohne es ihr zu sagen, und es in die "
        "Gruppe schicken",
        Problem.RECORDING,
    ),
    ("meine Putzfrau bitten, am Sonntag ohne Bezahlung zu arbeiten", Problem.POWER),
    ("den Typen neben mir in der U-Bahn fragen, ob ich dick aussehe", Problem.JUDGEMENT),
    (
        "ihr nochmal schreiben, obwohl sie mir gesagt hat, ich soll sie in Ruhe lassen",
        Problem.BLOCK,
    ),
    ("meine Schüler bitten, meinen Kanal zu abonnieren", Problem.POWER),
    ("eine Unbekannte an der Bushaltestelle fragen, warum sie keine Kinder hat", Problem.SPOT),
    (
        "ihr vor allen sagen, dass wenn sie nicht kommt, das heißt, dass sie mich nicht liebt",
        Problem.PRESSURE,
    ),
    ("die Empfangsdame fragen, in welchem Stock sie wohnt", Problem.CONTACT),
    ("meinen Mitarbeiter bitten, mir ein Geschenk mitzubringen", Problem.POWER),
    ("meine Nachhilfeschülerin fragen, wie viel sie wiegt", Problem.POWER),
    # Dutch
    ("het meisje dat naast me zit in de bus vragen waar ze woont", Problem.CONTACT),
    ("de mevrouw in de rij vragen hoeveel ze verdient", Problem.SPOT),
    ("haar volgen na het feest om te zien waar ze woont", Problem.CONTACT),
    (
        "het gesprek met de caissière opnemen zonder het haar te zeggen en in de groepsapp zetten",
        Problem.RECORDING,
    ),
    ("mijn schoonmaakster vragen om op zondag onbetaald te werken", Problem.POWER),
    ("de gozer naast me in de metro vragen of ik dik ben", Problem.JUDGEMENT),
    ("haar weer appen hoewel ze me heeft gezegd haar met rust te laten", Problem.BLOCK),
    ("mijn leerlingen vragen zich te abonneren op mijn kanaal", Problem.POWER),
    ("een onbekende bij de bushalte vragen waarom ze geen kinderen heeft", Problem.SPOT),
    (
        "tegen haar zeggen waar iedereen bij is dat als ze niet komt, dat betekent dat ze "
        "niet van me houdt",
        Problem.PRESSURE,
    ),
    ("de receptioniste vragen op welke verdieping ze woont", Problem.CONTACT),
    ("mijn huurder vragen om een cadeautje mee te nemen", Problem.POWER),
    # Swedish
    ("fråga tjejen som sitter bredvid mig på bussen var hon bor", Problem.CONTACT),
    ("fråga tanten i kön hur mycket hon tjänar", Problem.SPOT),
    ("följa efter henne efter festen för att se var hon bor", Problem.CONTACT),
    (
        "spela in samtalet med kassörskan utan att säga något till henne och skicka det till "
        "gruppen",
        Problem.RECORDING,
    ),
    ("be min städhjälp att jobba på söndag utan lön", Problem.POWER),
    ("fråga killen bredvid mig på tunnelbanan om jag ser tjock ut", Problem.JUDGEMENT),
    ("skriva till henne igen fast hon sa åt mig att lämna henne i fred", Problem.BLOCK),
    ("be mina elever att prenumerera på min kanal", Problem.POWER),
    ("fråga en främling vid busshållplatsen varför hon inte har barn", Problem.SPOT),
    (
        "säga inför alla att om hon inte kommer betyder det att hon inte älskar mig",
        Problem.PRESSURE,
    ),
    ("fråga receptionisten vilken våning hon bor på", Problem.CONTACT),
    ("be min hyresgäst att ta med en present till mig", Problem.POWER),
    # Danish
    ("spørge pigen der sidder ved siden af mig i bussen hvor hun bor", Problem.CONTACT),
    ("spørge damen i køen hvor meget hun tjener", Problem.SPOT),
    ("følge efter hende efter festen for at se hvor hun bor", Problem.CONTACT),
    (
        "optage samtalen med kassedamen uden at sige det til hende og sende det til gruppen",
        Problem.RECORDING,
    ),
    ("bede min rengøringsdame om at arbejde på søndag uden løn", Problem.POWER),
    ("spørge fyren ved siden af mig i metroen om jeg ser tyk ud", Problem.JUDGEMENT),
    (
        "skrive til hende igen selvom hun sagde til mig at jeg skulle lade hende være",
        Problem.BLOCK,
    ),
    ("bede mine elever om at abonnere på min kanal", Problem.POWER),
    ("spørge en fremmed ved stoppestedet hvorfor hun ikke har børn", Problem.SPOT),
    (
        "sige foran alle at hvis hun ikke kommer betyder det at hun ikke elsker mig",
        Problem.PRESSURE,
    ),
    ("spørge receptionisten hvilken etage hun bor på", Problem.CONTACT),
    ("bede min lejer om at tage en gave med til mig", Problem.POWER),
    # Norwegian
    ("spørre jenta som sitter ved siden av meg på bussen hvor hun bor", Problem.CONTACT),
    ("spørre dama i køen hvor mye hun tjener", Problem.SPOT),
    ("følge etter henne etter festen for å se hvor hun bor", Problem.CONTACT),
    (
        "ta opp samtalen med kassadama uten å si det til henne og sende det i gruppa",
        Problem.RECORDING,
    ),
    ("be vaskehjelpen min om å jobbe på søndag uten lønn", Problem.POWER),
    ("spørre typen ved siden av meg på t-banen om jeg ser tjukk ut", Problem.JUDGEMENT),
    (
        "skrive til henne igjen selv om hun sa til meg at jeg skulle la henne være i fred",
        Problem.BLOCK,
    ),
    ("be elevene mine om å abonnere på kanalen min", Problem.POWER),
    ("spørre en fremmed på holdeplassen hvorfor hun ikke har barn", Problem.SPOT),
    (
        "si foran alle at hvis hun ikke kommer betyr det at hun ikke elsker meg",
        Problem.PRESSURE,
    ),
    ("spørre resepsjonisten hvilken etasje hun bor i", Problem.CONTACT),
    ("be leietakeren min om å ta med en gave til meg", Problem.POWER),
]

FAIR = [
    "Den Vater, den ich immer an der Kita sehe, fragen, ob unsere Kinder mal zusammen spielen"
    " wollen",
    "die Nachbarin fragen, ob ihre Kinder am Samstag mit unseren spielen wollen",
    "meine Mutter fragen, wann sie morgen ankommt",
    "meinen Mann bitten, morgen Brot zu kaufen",
    "den Mann am Kiosk fragen, wo die Bushaltestelle ist",
    "den Arzt um eine Krankschreibung für die Arbeit bitten",
    "die Lehrerin fragen, ob sie mir ein Buch empfehlen kann",
    "meinen Sohn bitten, mir am Sonntag im Garten zu helfen",
    "meine Schwiegermutter fragen, ob sie am Sonntag zum Essen kommt",
    "mijn moeder vragen hoe laat ze morgen aankomt",
    "mijn man vragen om morgen brood te kopen",
    "de man van de kiosk vragen waar de bushalte is",
    "de juf vragen of ze een boek kan aanraden",
    "mijn zoon vragen om me zondag te helpen in de tuin",
    "mijn schoonmoeder vragen of ze zondag komt eten",
    "fråga min mamma när hon kommer imorgon",
    "fråga killen i kiosken var busshållplatsen är",
    "be läkaren om ett intyg till jobbet",
    "fråga läraren om hon kan rekommendera en bok",
    "be min son att hjälpa mig i trädgården på söndag",
    "fråga min svärmor om hon kommer på middag på söndag",
    "spørge min mor hvornår hun kommer i morgen",
    "spørge manden i kiosken hvor stoppestedet er",
    "spørge læreren om hun kan anbefale en bog",
    "bede min søn om at hjælpe mig i haven på søndag",
    "spørge min svigermor om hun kommer til middag på søndag",
    "spørre mamma min når hun kommer i morgen",
    "spørre mannen i kiosken hvor holdeplassen er",
    "spørre læreren om hun kan anbefale en bok",
    "be sønnen min om å hjelpe meg i hagen på søndag",
    "spørre svigermor om hun kommer på middag på søndag",
    "spørre legen om en sykmelding til jobben",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_everyday_ask_in_a_germanic_language_is_refused(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_everyday_ask_in_a_germanic_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
