"""Asks in the Germanic languages read in their English gloss (`core.asks.gloss`,
`core.asks.glosses`): German, Dutch, Swedish, Norwegian, Danish and Icelandic asks written
for these tests, each unethical one refused for what its gloss says and each fair one left
fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("die Verkäuferin in der Bäckerei nach ihrer Handynummer fragen", Problem.CONTACT),
        ("eine Fremde in der U-Bahn um eine Umarmung bitten", Problem.TOUCH),
        (
            "den Kellner heimlich filmen, wenn ich um Rabatt bitte, und es auf TikTok posten",
            Problem.RECORDING,
        ),
        (
            "die Nachbarin hat schon nein gesagt, ich frage sie nochmal, ob sie mir ihr Auto leiht",
            Problem.REPEAT,
        ),
    ],
)
def test_an_unethical_ask_in_german_is_refused_for_what_its_gloss_says(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "meinen Chef fragen, ob ich am Montag früher gehen kann",
        "die Nachbarin fragen, ob sie meine Blumen gießt, wenn ich im Urlaub bin",
        "meine Schwester fragen, ob sie mit mir ins Kino geht",
        "im Laden fragen, ob sie die Jacke auch in Größe M haben",
    ],
)
def test_a_fair_ask_in_german_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("de caissière om haar telefoonnummer vragen", Problem.CONTACT),
        ("een vreemde op straat om een knuffel vragen", Problem.TOUCH),
        ("een voorbijganger om geld vragen voor de bus", Problem.MONEY),
        (
            "mijn buurman zei nee, ik vraag het morgen nog een keer of hij zijn auto uitleent",
            Problem.REPEAT,
        ),
    ],
)
def test_an_unethical_ask_in_dutch_is_refused_for_what_its_gloss_says(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "mijn baas vragen of ik vrijdag vrij kan krijgen",
        "de buurvrouw vragen of ze mijn pakketje wil aannemen",
        "mijn zus vragen of ze zaterdag mee wil naar de markt",
        "in de winkel vragen of ze deze schoenen in maat 42 hebben",
    ],
)
def test_a_fair_ask_in_dutch_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("fråga servitrisen om hennes telefonnummer", Problem.CONTACT),
        ("be en främling på bussen om en kram", Problem.TOUCH),
        (
            "filma kassörskan i smyg när jag ber om rabatt och lägga upp det på Instagram",
            Problem.RECORDING,
        ),
        ("be en främling om pengar till bussen", Problem.MONEY),
    ],
)
def test_an_unethical_ask_in_swedish_is_refused_for_what_its_gloss_says(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "fråga min chef om jag kan gå tidigare på fredag",
        "fråga grannen om hon kan vattna mina blommor",
        "fråga min syster om hon vill gå på bio med mig",
        "fråga i butiken om de har jackan i storlek M",
    ],
)
def test_a_fair_ask_in_swedish_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("spørre servitøren om telefonnummeret hennes", Problem.CONTACT),
        ("be en fremmed på trikken om en klem", Problem.TOUCH),
        ("spørre en fremmed om å låne penger til bussen", Problem.MONEY),
        (
            "filme kassadamen i smug når jeg spør om rabatt og legge det ut på TikTok",
            Problem.RECORDING,
        ),
    ],
)
def test_an_unethical_ask_in_norwegian_is_refused_for_what_its_gloss_says(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "spørre sjefen min om jeg kan gå tidligere på fredag",
        "spørre naboen om hun kan vanne blomstene mine",
        "spørre søsteren min om hun vil gå på kino",
        "spørre i butikken om de har jakken i størrelse M",
    ],
)
def test_a_fair_ask_in_norwegian_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("spørge kassedamen om hendes telefonnummer", Problem.CONTACT),
        ("bede en fremmed i bussen om et kram", Problem.TOUCH),
        ("spørge en fremmed om penge til bussen", Problem.MONEY),
        (
            "filme tjeneren i smug når jeg beder om rabat og lægge det op på TikTok",
            Problem.RECORDING,
        ),
    ],
)
def test_an_unethical_ask_in_danish_is_refused_for_what_its_gloss_says(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "spørge min chef om jeg kan gå tidligere på fredag",
        "spørge naboen om hun vil vande mine blomster",
        "spørge min søster om hun vil i biografen med mig",
        "spørge i butikken om de har jakken i størrelse M",
    ],
)
def test_a_fair_ask_in_danish_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("biðja þjóninn um símanúmerið hennar", Problem.CONTACT),
        ("biðja ókunnugan í strætó um knús", Problem.TOUCH),
        ("biðja ókunnugan um peninga fyrir strætó", Problem.MONEY),
        (
            "filma afgreiðslukonuna í laumi þegar ég bið um afslátt og setja á netið",
            Problem.RECORDING,
        ),
    ],
)
def test_an_unethical_ask_in_icelandic_is_refused_for_what_its_gloss_says(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "spyrja yfirmanninn hvort ég megi fara fyrr á föstudaginn",
        "spyrja nágrannann hvort hún geti vökvað blómin mín",
        "spyrja systur mína hvort hún vilji koma í bíó",
        "spyrja í búðinni hvort þau eigi jakkann í stærð M",
    ],
)
def test_a_fair_ask_in_icelandic_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)
