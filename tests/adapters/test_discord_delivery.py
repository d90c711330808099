"""Scheduler sends, platform limits and the client's lifecycle, against the fake Discord."""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

import asyncio
import itertools
import logging
from typing import Any

import discord
import pytest

from core.messages import Attachment, Reply, button_rows
from core.ports import Address, RecipientGone, SendFailed
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.discord_fixtures import (  # noqa: F401 (fixtures)
    FAST_BACKOFF,
    PNG,
    TOKEN,
    USER,
    adapter,
    conversation,
    fake_discord,
    make_adapter,
)
from tests.fakes.discord_payloads import MESSAGE_CONTENT_INTENT

CREATE = "/channels/{channel_id}/messages"
LOGIN = "/users/@me"
ORIGINAL = "/webhooks/{application_id}/{token}/messages/@original"
TO_SAM = Address("discord", str(USER.id))
MESSAGE_ROUTES = {
    ("POST", CREATE),
    ("PATCH", "/channels/{channel_id}/messages/{message_id}"),
    ("POST", "/webhooks/{application_id}/{token}"),
    ("PATCH", ORIGINAL),
}


def sent_to(fake: FakeDiscord, user_id: int) -> list[dict[str, Any]]:
    return fake.messages_in(fake.dm_channel_of(user_id))


async def test_a_scheduled_card_reaches_the_users_direct_messages(adapter, fake_discord):
    card = Reply(title="Today", text="Ask for a table by the window.", buttons=button_rows(
        [("I asked", "o:7:y")]
    ))  # fmt: skip
    await adapter.send(TO_SAM, card)

    (message,) = sent_to(fake_discord, USER.id)
    assert message["embeds"][0]["description"] == "Ask for a table by the window."
    assert message["components"][0]["components"][0]["custom_id"] == "o:7:y"
    (request,) = fake_discord.find("POST", CREATE)
    assert request.json["enforce_nonce"] is True and len(request.json["nonce"]) <= 25


async def test_a_rate_limit_is_waited_out_before_trying_again(adapter, fake_discord):
    fake_discord.rate_limit("POST", CREATE, times=1, retry_after=0.3)
    await adapter.send(TO_SAM, Reply(text="Good morning"))

    refused, accepted = fake_discord.find("POST", CREATE)
    assert (refused.status, accepted.status) == (429, 200)
    assert accepted.at - refused.at >= 0.3
    assert len(sent_to(fake_discord, USER.id)) == 1


async def test_a_user_who_closed_their_messages_is_gone_and_not_retried(adapter, fake_discord):
    fake_discord.refuse_dms_to(USER.id)
    with pytest.raises(RecipientGone):
        await adapter.send(TO_SAM, Reply(text="Good morning"))
    assert [r.status for r in fake_discord.find("POST", CREATE)] == [403]


async def test_a_server_error_after_the_create_does_not_post_the_card_twice(adapter, fake_discord):
    fake_discord.fail_after_create(1)
    await adapter.send(TO_SAM, Reply(title="Today", text="Ask a stranger for directions."))

    first, retry = fake_discord.find("POST", CREATE)
    assert (first.status, retry.status) == (502, 200)
    assert first.json["nonce"] == retry.json["nonce"]
    assert len(sent_to(fake_discord, USER.id)) == 1


async def test_the_scheduler_sending_the_same_card_again_does_not_post_it_twice(
    adapter, fake_discord
):
    card = Reply(title="Today", text="Ask a stranger for directions.")
    await adapter.send(TO_SAM, card)
    await adapter.send(TO_SAM, card)
    await adapter.send(TO_SAM, Reply(title="Today", text="Ask for a taste of the soup."))

    assert len(fake_discord.find("POST", CREATE)) == 3
    assert len(sent_to(fake_discord, USER.id)) == 2


async def test_a_send_while_discord_is_down_fails_softly(fake_discord, conversation):
    bot = make_adapter(fake_discord, conversation)
    with pytest.raises(SendFailed):
        await bot.send(TO_SAM, Reply(text="Good morning"))


async def test_user_text_can_never_ping_everyone(adapter, fake_discord):
    await fake_discord.send_dm(USER, "@everyone I did it!")
    dm = fake_discord.dm_channel_of(USER.id)
    await fake_discord.wait_for(lambda: fake_discord.messages_in(dm)[1:])
    await adapter.send(TO_SAM, Reply(text="@everyone @here well done"))
    await fake_discord.slash_command(USER, "card")
    await fake_discord.wait_for(lambda: fake_discord.find("PATCH", ORIGINAL))

    messages = [r for r in fake_discord.requests if (r.method, r.route) in MESSAGE_ROUTES]
    assert len(messages) == 3
    assert all(r.json["allowed_mentions"] == {"parse": []} for r in messages)


async def test_a_long_reply_is_split_under_2000_characters_with_nothing_lost(adapter, fake_discord):
    text = "\n\n".join(f"Paragraph {i}: " + "so much to say " * 30 for i in range(11))
    assert len(text) > 5000
    await adapter.send(TO_SAM, Reply(text=text))

    contents = [m["content"] for m in sent_to(fake_discord, USER.id)]
    assert len(contents) == 3
    assert all(len(c) <= 2000 for c in contents)
    assert "".join(contents) == text


async def test_a_png_chart_is_uploaded_and_shown_in_the_embed(adapter, fake_discord):
    chart = Attachment("streak.png", PNG, "image/png")
    await adapter.send(TO_SAM, Reply(title="Your streak", text="Five days.", attachment=chart))

    (request,) = fake_discord.find("POST", CREATE)
    (upload,) = request.files
    assert (upload.filename, upload.data) == ("streak.png", PNG)
    assert request.json["embeds"][0]["image"]["url"] == "attachment://streak.png"
    (message,) = sent_to(fake_discord, USER.id)
    assert message["attachments"][0]["filename"] == "streak.png"


async def test_a_refused_login_is_retried_with_growing_pauses(fake_discord, conversation):
    fake_discord.refuse_login(3)
    bot = make_adapter(fake_discord, conversation)
    await asyncio.wait_for(bot.start(), 0.5)
    try:
        with pytest.raises(SendFailed):
            await bot.send(TO_SAM, Reply(text="Good morning"))
        await asyncio.wait_for(bot.wait_ready(), 5)
    finally:
        await bot.stop()

    logins = fake_discord.find("GET", LOGIN)
    assert [r.status for r in logins] == [401, 401, 401, 200]
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(logins)]
    assert all(gap >= FAST_BACKOFF.delay(n) for n, gap in enumerate(gaps, start=1))


async def test_an_endless_outage_never_hammers_the_login_endpoint(
    fake_discord, conversation, report
):
    fake_discord.refuse_login(1_000)
    bot = make_adapter(fake_discord, conversation)
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    beating = asyncio.create_task(heartbeat())
    await bot.start()
    try:
        await fake_discord.wait_for(lambda: len(fake_discord.find("GET", LOGIN)) >= 6)
    finally:
        await bot.stop()
        beating.cancel()

    logins = fake_discord.find("GET", LOGIN)
    elapsed = logins[-1].at - logins[0].at
    assert elapsed >= sum(FAST_BACKOFF.delay(n) for n in range(1, len(logins)))
    assert len(logins) <= 7
    assert ticks >= 10
    report(
        f"discord outage: {len(logins)} logins in {elapsed:.2f} s "
        f"(backoff {FAST_BACKOFF.first}..{FAST_BACKOFF.ceiling} s), loop ticked {ticks} times"
    )


async def test_the_token_never_appears_in_any_log_line(fake_discord, conversation, caplog):
    caplog.set_level(logging.DEBUG)
    fake_discord.refuse_login(1)
    conversation.failing = True
    bot = make_adapter(fake_discord, conversation)
    await bot.start()
    try:
        await asyncio.wait_for(bot.wait_ready(), 5)
        interaction = await fake_discord.slash_command(USER, "card")
        await fake_discord.wait_for(lambda: fake_discord.find("PATCH", ORIGINAL))
    finally:
        await bot.stop()

    assert interaction.callbacks
    assert "Discord login or connection failed" in caplog.text
    assert "The engine failed" in caplog.text
    assert fake_discord.gateway.identifies[0]["token"] == TOKEN
    assert TOKEN not in caplog.text
    assert all(TOKEN not in repr(record.args) for record in caplog.records)


async def test_stop_is_idempotent_and_closes_the_connection(adapter, fake_discord):
    await adapter.stop()
    await adapter.stop()
    await fake_discord.wait_for(lambda: fake_discord.gateway.connected == 0)
    assert fake_discord.gateway.connected == 0


async def test_the_api_base_is_overridden_for_the_adapter_only(adapter, fake_discord):
    assert discord.http.Route("GET", "/users/@me").url == "https://discord.com/api/v10/users/@me"
    assert [r.status for r in fake_discord.find("GET", LOGIN)] == [200]


async def test_an_explicit_gateway_url_wins_over_the_one_discord_names(fake_discord, conversation):
    explicit = fake_discord.gateway_url.replace("/gateway", "/alt-gateway")
    bot = make_adapter(fake_discord, conversation, gateway_url=explicit)
    await bot.start()
    try:
        await asyncio.wait_for(bot.wait_ready(), 5)
    finally:
        await bot.stop()
    assert fake_discord.gateway.paths == ["/alt-gateway"]


async def test_a_sharded_client_connects_and_answers(fake_discord, conversation):
    bot = make_adapter(fake_discord, conversation, sharded=True)
    await bot.start()
    try:
        await asyncio.wait_for(bot.wait_ready(), 5)
        interaction = await fake_discord.slash_command(USER, "card")
        await fake_discord.wait_for(lambda: fake_discord.find("PATCH", ORIGINAL))
    finally:
        await bot.stop()
    assert fake_discord.gateway.identifies[0]["shard"] == [0, 1]
    assert interaction.callbacks == [{"type": 5}]


async def test_without_the_message_content_intent_the_bot_still_connects(
    fake_discord, conversation, caplog
):
    fake_discord.gateway.refuse_privileged_intents()
    bot = make_adapter(fake_discord, conversation)
    await bot.start()
    try:
        await asyncio.wait_for(bot.wait_ready(), 5)
    finally:
        await bot.stop()
    first, second = fake_discord.gateway.identifies
    assert first["intents"] & MESSAGE_CONTENT_INTENT
    assert not second["intents"] & MESSAGE_CONTENT_INTENT
    assert "Message Content intent" in caplog.text
