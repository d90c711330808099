"""Asks in another language read in their English gloss (`core.asks.gloss`).

The gloss must never touch an English ask, must keep what the glossaries do not know as it
was written (names keep their capitals for the rules that read them), and must let the rules
name who is asked and what for; every glossary key must be a valid pattern of its own words
with no capturing group, written as `core.asks.glosses` says."""

from __future__ import annotations

import re

import pytest

from core.asks import Problem
from core.asks.gloss import first_letters, gloss, in_english, plain, reads_as_english
from core.asks.glosses import GLOSSARIES
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Ask the barista for a discount",
        "ask Ana out once more, even though she turned me down on Friday",
        "Ask my landlord whether I could paint the bedroom",
        "tell my boss I need Friday off for my daughter's graduation",
        "Ask a stranger in the queue what they're cooking tonight",
    ],
)
def test_an_english_ask_is_never_glossed(text: str) -> None:
    assert reads_as_english(text)
    assert in_english(text) is None


def test_the_gloss_keeps_unknown_words_and_capitals_and_reads_past_accents() -> None:
    glossed = gloss("pedirle a la cajera de Carrefour su número")
    assert "Carrefour" in glossed
    assert "the cashier" in glossed
    assert "phone number" in glossed
    assert "pedirle" not in glossed


def test_plain_takes_accents_off_one_letter_for_one() -> None:
    text = "Pídele a Óscar el teléfono, İstanbul, Øre"
    assert len(plain(text)) == len(text)
    assert plain(text).startswith("Pidele a Oscar el telefono")


def test_an_ask_the_glossaries_do_not_change_is_not_read_twice() -> None:
    assert not reads_as_english("Zorblat mekka Vunn quastor")
    assert in_english("Zorblat mekka Vunn quastor") is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("pedirle a la cajera su número de WhatsApp", Problem.CONTACT),
        ("pedirle a una desconocida un abrazo en la plaza", Problem.TOUCH),
        ("grabar a la cajera cuando le pida descuento y subirlo a Facebook", Problem.RECORDING),
        ("mi vecina ya me dijo que no me presta la escalera, se la pido otra vez", Problem.REPEAT),
    ],
)
def test_an_ask_in_spanish_is_refused_for_what_its_gloss_says(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "pedirle a mi jefe el viernes libre para la graduación de mi hija",
        "preguntarle a alguien en la parada si esta guagua pasa por Río Piedras",
        "tocarle el timbre a la vecina y preguntarle si quiere mis plantas",
        "pedirle a mi jefa el aumento otra vez; ella misma me dijo que le preguntara en enero",
    ],
)
def test_a_fair_ask_in_spanish_stays_fair_in_its_gloss(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize("glossary", GLOSSARIES)
def test_every_glossary_key_is_a_lower_case_pattern_with_no_group(
    glossary: dict[str, str],
) -> None:
    for key, english in glossary.items():
        compiled = re.compile(key)
        assert compiled.groups == 0, key
        assert key == key.lower() and plain(key) == key, key
        assert english.strip() and english == english.lower(), key
        assert not compiled.fullmatch(""), key


@pytest.mark.parametrize(
    ("key", "letters"),
    [
        ("pedir", "p"),
        ("(?:le|la)?pedir", "lp"),
        ("[וש]{0,2}בית", "בוש"),
        ("a{,1}b", "ab"),
        ("(?:x|y){1,2}z", "xy"),
        ("x*?y", "xy"),
        ("(?<!\\w)mama", "m"),
    ],
)
def test_a_key_is_indexed_under_every_letter_its_match_can_start_with(
    key: str, letters: str
) -> None:
    """A letter left out of the index is a key that silently never matches there."""
    assert first_letters(key) == frozenset(letters)


@pytest.mark.parametrize(
    ("text", "not_read_as"),
    [
        ("wracając z imprezy poprosić obcego faceta, żeby mnie odprowadził do domu", "a woman"),
        ("demander à un couple sur la plage s'ils sont ensemble depuis longtemps", "keep asking"),
        ("kasiyerden biraz indirim istemek", "a drink"),
    ],
)
def test_a_word_is_read_in_the_language_of_the_ask_not_in_one_that_spells_it_alike(
    text: str, not_read_as: str
) -> None:
    """Polish "domu" is home, not the Icelandic lady; French "plage" is a beach, not the Danish
    for pestering; Turkish "biraz" is a little, not a beer."""
    glossed = in_english(text)
    assert glossed is not None and not_read_as not in glossed, glossed
