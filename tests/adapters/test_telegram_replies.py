"""Core replies rendered on Telegram: routing, edits, splitting, escaping, files, failures."""

from __future__ import annotations

from core.messages import Attachment, Event, Reply, button_rows
from tests.adapters.conftest import PNG, ScriptedConversation
from tests.fakes.telegram_api import NEVER_STARTED, FakeTelegramAPI
from tests.fakes.telegram_html import check_html
from tests.fakes.telegram_updates import BOT_USERNAME

PERSON = 4242
GROUP = -100777


def answer_with(conversation: ScriptedConversation, *replies: Reply) -> None:
    conversation.answer = lambda event: list(replies)


async def test_a_private_reply_to_a_group_event_goes_to_the_person_never_the_group(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_command(PERSON, "streak", chat_id=GROUP)
    answer_with(
        conversation,
        Reply("Your mood log says 3/5", private=True),
        Reply("Someone in here practised today", private=False),
    )
    await telegram_api.wait_for(lambda _: len(telegram_api.sends()) >= 2)

    assert [r.text for r in telegram_api.sends(PERSON)] == ["Your mood log says 3/5"]
    assert [r.text for r in telegram_api.sends(GROUP)] == ["Someone in here practised today"]


async def test_when_the_person_never_opened_a_chat_the_group_gets_a_neutral_invitation(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.block(PERSON, NEVER_STARTED)
    answer_with(
        conversation,
        Reply("Your mood log says 3/5", private=True),
        Reply("And your predictions were too gloomy", private=True),
    )
    telegram_api.user_sends_command(PERSON, "streak", chat_id=GROUP)
    await telegram_api.wait_for_sends(1, GROUP)

    invitation = telegram_api.sends(GROUP)[0].text
    assert f"https://t.me/{BOT_USERNAME}?start=hi" in invitation
    assert "mood" not in invitation and "3/5" not in invitation
    assert len(telegram_api.calls("sendMessage")) == 2  # one refused, one invitation
    assert conversation.gone == [("telegram", str(PERSON))]


async def test_a_pressed_button_edits_its_message_in_place(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(1, PERSON)
    card = telegram_api.sends(PERSON)[0]

    telegram_api.user_presses(PERSON, card.message_id, "o:1:y")
    await telegram_api.wait_for_sends(2, PERSON)

    edit = telegram_api.sends(PERSON)[1]
    assert edit.method == "editMessageText"
    assert edit.message_id == card.message_id
    assert edit.callback_data == ["undo"]
    assert telegram_api.calls("sendMessage") == [card]


async def test_an_edit_telegram_refuses_is_sent_as_a_new_message(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "buttons")
    await telegram_api.wait_for_sends(1, PERSON)
    card = telegram_api.sends(PERSON)[0]
    telegram_api.refuse_edit(PERSON, card.message_id)

    telegram_api.user_presses(PERSON, card.message_id, "o:1:y")
    await telegram_api.wait_for_sends(2, PERSON)

    fallback = telegram_api.sends(PERSON)[1]
    assert fallback.method == "sendMessage"
    assert check_html(fallback.text) == "Saved\n\nYou chose o:1:y"
    assert fallback.callback_data == ["undo"]


async def test_an_unchanged_edit_is_sent_as_a_new_message(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    same = Reply("Same again", buttons=button_rows([("Again", "again")]), edit=True)
    answer_with(conversation, same)
    telegram_api.user_sends_text(PERSON, "anything")
    await telegram_api.wait_for_sends(1, PERSON)
    first = telegram_api.sends(PERSON)[0]

    telegram_api.user_presses(PERSON, first.message_id, "again")
    await telegram_api.wait_for_sends(2, PERSON)

    refused = telegram_api.calls("editMessageText")[0]
    assert "not modified" in refused.description
    assert telegram_api.sends(PERSON)[1].method == "sendMessage"


async def test_a_button_under_a_photo_gets_its_answer_as_a_new_message(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    picture = Attachment("week.png", PNG, "image/png")
    answer_with(
        conversation, Reply("Your week", buttons=button_rows([("Ok", "ok")]), attachment=picture)
    )
    telegram_api.user_sends_text(PERSON, "chart")
    await telegram_api.wait_for_sends(1, PERSON)
    photo = telegram_api.sends(PERSON)[0]
    assert photo.method == "sendPhoto" and photo.callback_data == ["ok"]

    answer_with(conversation, Reply("Thanks for looking", edit=True))
    telegram_api.user_presses(PERSON, photo.message_id, "ok")
    await telegram_api.wait_for_sends(2, PERSON)

    assert telegram_api.calls("editMessageText") == []
    assert telegram_api.sends(PERSON)[1].text == "Thanks for looking"


async def test_a_ten_thousand_character_reply_arrives_whole_in_parts_under_the_limit(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    paragraphs = [f"Paragraph {n}: " + "no is an answer, not a verdict. " * 9 for n in range(36)]
    text = "\n\n".join(paragraphs)[:10_000]
    answer_with(conversation, Reply(text, title="Your month", buttons=button_rows([("Ok", "ok")])))
    telegram_api.user_sends_text(PERSON, "history")
    await telegram_api.wait_for_sends(3, PERSON)

    parts = telegram_api.sends(PERSON)
    assert all(len(part.text) <= 4096 for part in parts)
    visible = [check_html(part.text) for part in parts]
    assert visible[0].startswith("Your month\n\n")
    assert " ".join("\n".join(visible).split()) == " ".join(f"Your month {text}".split())
    assert [bool(part.callback_data) for part in parts] == [False] * (len(parts) - 1) + [True]


async def test_text_that_looks_like_markup_is_shown_as_written(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    tricky = [
        "<b>bold?</b> & <i>unclosed",
        "fish & chips &amp; &#x27; &nosuch;",
        "a > b < c <<>>",
        '<a href="https://example.com">click</a>',
        "right\u202eto\u202cleft \u200f and 😀 emoji",
        "</b></i>",
    ]
    answer_with(conversation, *[Reply(text, title=text) for text in tricky])
    telegram_api.user_sends_text(PERSON, "go")
    await telegram_api.wait_for_sends(len(tricky), PERSON)

    assert [r.status for r in telegram_api.requests if r.method == "sendMessage"] == [200] * 6
    shown = [check_html(r.text) for r in telegram_api.sends(PERSON)]
    assert shown == [f"{text}\n\n{text}" for text in tricky]


async def test_a_chart_goes_as_a_photo_with_its_caption(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "chart")
    await telegram_api.wait_for_sends(1, PERSON)

    photo = telegram_api.sends(PERSON)[0]
    assert photo.method == "sendPhoto"
    assert photo.files["photo"].data == PNG
    assert check_html(photo.text) == "Predicted and actual\n\nYour week"


async def test_an_export_goes_as_a_document(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    telegram_api.user_sends_text(PERSON, "export")
    await telegram_api.wait_for_sends(1, PERSON)

    document = telegram_api.sends(PERSON)[0]
    assert document.method == "sendDocument"
    assert document.files["document"].filename == "askanyway-export.json"
    assert document.files["document"].data == b'{"attempts": []}'


async def test_a_caption_too_long_for_a_photo_continues_in_a_message(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot
):
    text = "Every attempt counts. " * 100
    picture = Attachment("week.png", PNG, "image/png")
    rows = button_rows([("Ok", "ok")])
    answer_with(conversation, Reply(text, attachment=picture, buttons=rows))
    telegram_api.user_sends_text(PERSON, "chart")
    await telegram_api.wait_for_sends(2, PERSON)

    photo, rest = telegram_api.sends(PERSON)
    assert photo.method == "sendPhoto" and len(check_html(photo.text)) <= 1024
    assert rest.method == "sendMessage" and rest.callback_data == ["ok"]
    joined = f"{check_html(photo.text)} {check_html(rest.text)}"
    assert joined.split() == text.split()


async def test_a_failure_in_the_engine_gets_a_kind_word_and_the_bot_keeps_serving(
    telegram_api: FakeTelegramAPI, conversation: ScriptedConversation, telegram_bot, caplog
):
    telegram_api.user_sends_text(PERSON, "boom")
    await telegram_api.wait_for_sends(1, PERSON)
    telegram_api.user_sends_text(PERSON + 1, "still there?")
    await telegram_api.wait_for_sends(1, PERSON + 1)

    assert "went wrong on my side" in telegram_api.sends(PERSON)[0].text
    assert telegram_api.sends(PERSON + 1)[0].text == "echo: still there?"
    failure = next(r for r in caplog.records if r.name == "adapters.telegram.platform")
    assert str(PERSON) in failure.getMessage()
    assert "boom" not in failure.getMessage()


def _ignore(event: Event) -> list[Reply]:
    return []
