"""Readings settled while merging the thirty-seventh round's branches.

A probe found "ask my class if anyone wants to help out at the school fete" refused as a date:
`core.asks.affection.ROMANCE` read "ask ... out" across "help out". Helping, filling, figuring,
looking or signing out is no date; asking someone out still is."""

from __future__ import annotations

import pytest

from core.own_cards import refuses


@pytest.mark.parametrize(
    "text",
    [
        "ask my class if anyone wants to help out at the school fete",
        "ask the club if anyone wants to help out with the raffle on Saturday",
        "ask my neighbour to look out for my parcel while I'm away",
        "ask the clerk to help me fill out the form",
        "ask my teammate to help me figure out the new rota app",
        "ask the librarian to read out the opening times for my gran",
    ],
)
def test_a_word_with_out_is_no_date(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask the barista out",
        "ask the cute girl at the gym out for dinner",
        "ask the stranger on the bus out, she looked lonely",
        "ask the waitress out after she brings the bill",
    ],
)
def test_asking_a_stranger_out_is_still_a_date(text: str) -> None:
    assert refuses(text, None)
