"""Rendering replies as Telegram HTML and reading updates as events, without a network."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import Update

from adapters.telegram.events import BotIdentity, to_event
from adapters.telegram.render import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    escape,
    keyboard,
    render_parts,
    split_text,
    telegram_length,
    without_lone_surrogates,
)
from core.answering import parse_command
from core.messages import Button, Command, Reply, Text, Where, button_rows
from tests.fakes import telegram_updates as tg
from tests.fakes.telegram_html import HtmlError, check_html

BOT = BotIdentity(tg.BOT_ID, tg.BOT_USERNAME)


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/card", Command("card")),
        ("/Card", Command("card")),
        (f"/card@{tg.BOT_USERNAME}", Command("card")),
        (f"/card@{tg.BOT_USERNAME.lower()} now", Command("card", "now")),
        ("/start g-42", Command("start", "g-42")),
        ("/start   spaced  out ", Command("start", "spaced  out")),
        ("/card@SomeOtherBot", None),
        ("/", None),
        ("/ card", None),
    ],
)
def test_commands_are_read_with_their_arguments_and_addressee(text, expected):
    assert parse_command(text, tg.BOT_USERNAME) == expected


def test_a_title_is_bold_and_everything_else_is_escaped():
    [part] = render_parts(Reply("1 < 2 & 3 > 2", title="<Tom & Jerry>"))

    assert part == "<b>&lt;Tom &amp; Jerry&gt;</b>\n\n1 &lt; 2 &amp; 3 &gt; 2"
    assert check_html(part) == "<Tom & Jerry>\n\n1 < 2 & 3 > 2"


def test_an_empty_reply_renders_to_nothing_and_a_bare_title_to_itself():
    assert render_parts(Reply("")) == []
    assert render_parts(Reply("  ", title="Rest day")) == ["<b>Rest day</b>"]


def test_a_long_text_splits_on_paragraphs_first():
    paragraph = "word " * 150
    text = "\n\n".join(paragraph.strip() for _ in range(10))

    parts = split_text(text, 2000, 2000)

    assert all(part.endswith("word") and part.startswith("word") for part in parts)
    assert all(part.count("\n\n") <= 2 for part in parts)
    assert words(" ".join(parts)) == words(text)


def test_a_text_without_any_space_is_cut_hard_but_whole():
    text = "&" * 5000

    parts = split_text(text, MESSAGE_LIMIT, MESSAGE_LIMIT)

    assert "".join(parts) == text
    assert all(telegram_length(part.replace("&", "&amp;")) <= MESSAGE_LIMIT for part in parts)


def test_a_long_title_is_shortened_rather_than_crowding_out_the_text():
    [part] = render_parts(Reply("text", title="T" * 2000), first_limit=CAPTION_LIMIT)

    assert telegram_length(part) <= CAPTION_LIMIT
    assert check_html(part).endswith("…\n\ntext")


def test_buttons_become_an_inline_keyboard_with_the_payload_as_callback_data():
    markup = keyboard(Reply("?", buttons=button_rows([("Yes", "o:1:y"), ("No", "o:1:n")])))

    assert markup is not None
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [
        ["o:1:y", "o:1:n"]
    ]
    assert keyboard(Reply("no buttons")) is None


texts = st.text(
    alphabet=st.sampled_from(list("ab <>&;#x/\n\n \u202e😀\u0301\"'")) | st.characters(),
    max_size=3000,
)


@settings(max_examples=150, deadline=None)
@given(text=texts, title=st.text(max_size=300), first_limit=st.sampled_from([1024, 4096, 300]))
def test_any_text_renders_as_valid_html_within_the_limits_and_loses_nothing(
    text, title, first_limit
):
    parts = render_parts(Reply(text, title=title), first_limit=first_limit, limit=500)
    text, title = without_lone_surrogates(text), without_lone_surrogates(title)

    shown = [check_html(part) for part in parts]
    assert all(telegram_length(part) <= first_limit for part in parts[:1])
    assert all(telegram_length(part) <= 500 for part in parts[1:])
    title_kept_whole = telegram_length(escape(title)) <= first_limit // 4
    if title.strip() and title_kept_whole:
        assert shown[0].startswith(title)
        assert words("\n".join(shown)[len(title) :]) == words(text)
    elif not title.strip():
        assert words("\n".join(shown)) == words(text)


def test_the_html_checker_refuses_what_telegram_refuses():
    for bad in [
        "<b>unclosed",
        "a < b",
        "fish & chips",
        "<div>x</div>",
        "</b>",
        "&nosuch;",
        "x > y",
    ]:
        with pytest.raises(HtmlError):
            check_html(bad)
    assert check_html('<b>a</b> <a href="https://t.me">b</a> &amp;&#33;') == "a b &!"


def update(kind: str, payload: dict[str, object]) -> Update:
    return Update.de_json({"update_id": 1, kind: payload}, None)


def test_a_private_message_becomes_an_event_with_who_and_where():
    sender = tg.user(5, "Ana")
    event = to_event(update("message", tg.message(1, tg.chat(5), sender, text="hi")), BOT)

    assert event is not None
    assert event.who.user_id == "5" and event.who.display_name == "Ana"
    assert event.where == Where("5", is_group=False)
    assert event.what == Text("hi")


def test_a_press_on_a_group_card_is_a_button_event_in_that_group():
    card = tg.message(9, tg.chat(-100), tg.BOT_USER, text="card")
    event = to_event(update("callback_query", tg.callback_query("q", tg.user(5), card, "j:1")), BOT)

    assert event is not None
    assert event.what == Button("j:1")
    assert event.where == Where("-100", is_group=True)


def test_updates_without_a_person_or_from_a_bot_are_ignored():
    from_bot = tg.message(1, tg.chat(6), tg.user(6, is_bot=True), text="/card")
    edited = tg.message(1, tg.chat(5), tg.user(5), text="changed my mind")
    sticker_only = tg.message(1, tg.chat(5), tg.user(5))

    assert to_event(update("message", from_bot), BOT) is None
    assert to_event(update("edited_message", edited), BOT) is None
    assert to_event(update("message", sticker_only), BOT) is None
