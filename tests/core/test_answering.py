"""Small answering policies every adapter shares, so they cannot drift apart."""

from __future__ import annotations

import pytest

from core.answering import Destination, apology, destination, parse_command
from core.messages import Command, Event, Reply, Text, Where, Who

PERSON = Who("any", "42", "Sam")
GROUP = Where("-100", is_group=True, title="Askers")
PRIVATE = Where("42")


def said(where: Where) -> Event:
    return Event(PERSON, where, Text("hello"))


@pytest.mark.parametrize(
    ("where", "private", "whispers", "expected"),
    [
        (GROUP, True, False, Destination("42")),
        (GROUP, True, True, Destination("-100", only_them=True)),
        (GROUP, False, False, Destination("-100")),
        (GROUP, False, True, Destination("-100")),
        (PRIVATE, True, False, Destination("42")),
        (PRIVATE, True, True, Destination("42")),
    ],
)
def test_a_private_reply_never_shows_in_the_group(where, private, whispers, expected):
    event = said(where)
    got = destination(event, Reply("how did it feel?", private=private), whispers=whispers)

    assert got == expected
    assert got.is_direct(event) == (where.is_group and private and not whispers)


def test_the_apology_is_the_same_everywhere_and_shown_to_the_person_alone():
    sorry = apology()

    assert sorry.text.startswith("Sorry, something went wrong on my side.")
    assert sorry.private
    assert not sorry.buttons


@pytest.mark.parametrize(
    ("text", "bot", "expected"),
    [
        ("/card", "", Command("card")),
        ("  /CARD  ", "", Command("card")),
        ("/start join-7", "", Command("start", "join-7")),
        ("/settings timezone Europe/Paris", "", Command("settings", "timezone Europe/Paris")),
        ("/card@AskAnywayBot", "askanywaybot", Command("card")),
        ("/card@OtherBot", "AskAnywayBot", None),
        ("/card@AskAnywayBot", "", None),
        ("hello /card", "", None),
        ("/", "", None),
        ("/ card", "", None),
        ("/café", "", None),
    ],
)
def test_what_counts_as_a_typed_command(text, bot, expected):
    assert parse_command(text, bot) == expected
