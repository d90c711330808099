"""A shared challenge in a Telegram group, through the real client, engine and store.

The group has five people: Ana (an admin, as getChatMember says), Ben, Cy and Dee, who
use the bot already, and Eve, who never opened a chat with it (Telegram refuses to let
a bot write to her first). These tests hold what only Telegram does; the week-long story
every platform tells the same way is in tests/scenarios/test_stories.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from adapters.telegram.platform import TelegramAdapter
from core.commands import user_commands
from core.engine import Deliveries
from tests.adapters.conftest import FAST
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.telegram_api import NEVER_STARTED, TOKEN, ApiRequest, FakeTelegramAPI
from tests.fakes.telegram_html import check_html
from tests.fakes.telegram_updates import BOT_USERNAME

GROUP = -100500
ANA, BEN, CY, DEE, EVE = 201, 202, 203, 204, 205


@dataclass
class Stage:
    api: FakeTelegramAPI
    bot: Bot
    adapter: TelegramAdapter
    deliveries: Deliveries

    def seen(self, chat: int) -> list[ApiRequest]:
        return self.api.sends(chat)

    async def more(self, chat: int, before: int, count: int = 1) -> list[ApiRequest]:
        """The sends to `chat` after the first `before`, once there are `count` of them."""
        await self.api.wait_for(lambda _: len(self.seen(chat)) >= before + count)
        return self.seen(chat)[before:]

    async def showing(self, chat: int, before: int, words: str) -> ApiRequest:
        """The first send to `chat` after the first `before` that shows `words`."""

        def found() -> ApiRequest | None:
            return next((r for r in self.seen(chat)[before:] if words in check_html(r.text)), None)

        await self.api.wait_for(lambda _: found() is not None)
        request = found()
        assert request is not None
        return request

    async def command(
        self, uid: int, name: str, chat: int, args: str = "", answers_in: int | None = None
    ) -> list[ApiRequest]:
        """Send `/name args` in `chat`; the first answer in `answers_in` (default: `chat`)."""
        target = chat if answers_in is None else answers_in
        before = len(self.seen(target))
        self.api.user_sends_command(uid, name, args, chat_id=chat if chat != uid else None)
        return await self.more(target, before)

    async def press(
        self, uid: int, on: ApiRequest, label: str, where: int, answers_in: int | None = None
    ) -> list[ApiRequest]:
        """Press `label` on the message `on` in `where` as it shows now; the first answer."""
        target = where if answers_in is None else answers_in
        before = len(self.seen(target))
        assert on.message_id is not None
        message = self.api.messages[(str(where), on.message_id)]
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        data = [b["callback_data"] for row in rows for b in row if b["text"] == label]
        assert data, f"no {label!r} in {[b['text'] for row in rows for b in row]}"
        self.api.user_presses(uid, on.message_id, data[0], chat_id=where)
        return await self.more(target, before)

    async def says(self, uid: int, text: str) -> list[ApiRequest]:
        before = len(self.seen(uid))
        self.api.user_sends_text(uid, text)
        return await self.more(uid, before)

    async def onboard_on_telegram(self, uid: int, welcome: ApiRequest) -> str:
        """Tap and type through setting up; the texts of what came after the last tap."""
        [age] = await self.press(uid, welcome, "Yes, let's start", uid)
        age = await self.showing(uid, len(self.seen(uid)) - 1, "How old are you")
        await self.press(uid, age, "I'm 18 or older", uid)
        await self.showing(uid, 0, "Which time zone")
        before = len(self.seen(uid))
        self.api.user_sends_text(uid, "London")
        when = await self.showing(uid, before, "What time should your card arrive")
        before = len(self.seen(uid))
        await self.press(uid, when, "08:00", uid)
        fears = await self.showing(uid, before, "Which kinds of asks")
        before = len(self.seen(uid))
        await self.press(uid, fears, "Done", uid)
        strength = await self.showing(uid, before, "How strong")
        before = len(self.seen(uid))
        await self.press(uid, strength, "3", uid)
        await self.showing(uid, before, "You're in")
        return visible(self.seen(uid)[before:])

    def group_texts(self) -> str:
        return visible(self.seen(GROUP))


def visible(requests: list[ApiRequest]) -> str:
    return "\n".join(check_html(r.text) for r in requests)


@pytest.fixture
async def stage(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Stage]:
    template = tmp_path_factory.getbasetemp() / "template" / "askanyway.db"
    url = await migrated_sqlite(tmp_path, template)
    bot = Bot.build(url, FixedClock(START))
    for uid in (ANA, BEN, CY, DEE):
        await bot.user(str(uid), platform="telegram").onboard()
    async with FakeTelegramAPI() as api:
        adapter = TelegramAdapter(
            token=TOKEN,
            base_url=api.base_url,
            conversation=bot.engine,
            commands=user_commands(),
            limits=FAST,
        )
        await adapter.start()
        try:
            yield Stage(api, bot, adapter, Deliveries(bot.ctx, adapter))
        finally:
            await adapter.stop()
            await bot.store.close()


async def test_a_challenge_is_set_up_by_buttons_and_a_stranger_joins_by_deep_link(
    stage: Stage, report
) -> None:
    """What only Telegram does: the set-up message edited in place, admins asked of
    getChatMember, and a member who never opened a chat with the bot invited by a deep link.
    The week itself, told the same way on every platform, is in tests/scenarios/test_stories.py."""
    api, bot = stage.api, stage.bot
    api.make_admin(GROUP, ANA)
    api.block(EVE, NEVER_STARTED)

    [refusal] = await stage.command(BEN, "challenge_start", GROUP)
    assert "Only the group's admins" in check_html(refusal.text)
    [setup] = await stage.command(ANA, "challenge_start", GROUP)
    assert "Length: 30 days" in check_html(setup.text)
    [edited] = await stage.press(ANA, setup, "7", GROUP)
    assert edited.method == "editMessageText" and "Length: 7 days" in check_html(edited.text)
    [refused] = await stage.press(BEN, setup, "Start the challenge", GROUP)
    assert "Only the group's admins" in check_html(refused.text)
    [announced] = await stage.press(ANA, setup, "Start the challenge", GROUP)
    assert announced.message_id == setup.message_id
    assert "A 7-day challenge starts tomorrow!" in check_html(announced.text)

    [welcome] = await stage.press(ANA, announced, "I'm in", GROUP, answers_in=ANA)
    assert "You're in Practice group 100500's 7-day challenge" in check_html(welcome.text)
    [invite] = await stage.press(EVE, announced, "I'm in", GROUP)
    link = f"https://t.me/{BOT_USERNAME}?start=join-"
    assert link in check_html(invite.text)
    code = check_html(invite.text).split("?start=")[1].split()[0]

    api.unblock(EVE)  # Eve follows the link: Telegram sends /start with the code
    [joining] = await stage.command(EVE, "start", EVE, args=code)
    assert "as soon as we're set up" in check_html(joining.text)
    welcome = await stage.showing(EVE, 0, "Is that okay with you?")
    assert "You're in Practice group 100500's" in await stage.onboard_on_telegram(EVE, welcome)

    bot.clock.advance(hours=25)
    before = len(stage.seen(GROUP))
    await stage.deliveries.tick()
    [card] = await stage.more(GROUP, before)
    assert "Day 1 of 7" in check_html(card.text)
    [answer] = await stage.press(EVE, card, "No", GROUP, answers_in=EVE)
    assert "A no, collected" in check_html(answer.text)
    group_messages = [r for r in api.sends(GROUP) if r.method == "sendMessage"]
    report(f"telegram group: {len(group_messages)} messages to the group to set up and start")

    api.bot_removed_from(GROUP)
    api.user_sends_command(ANA, "board", chat_id=GROUP)  # handled after the removal, in order
    await api.wait_for(
        lambda _: any(r.chat_id == str(GROUP) and r.status == 403 for r in api.requests)
    )
    assert await bot.store.group_by_chat("telegram", str(GROUP)) is None


async def test_an_anonymous_admin_can_start_but_not_join(stage: Stage) -> None:
    api = stage.api
    before = len(stage.seen(GROUP))
    api.anonymous_admin_sends(GROUP, "/challenge_start days 14")
    [announced] = await stage.more(GROUP, before)
    assert "A 14-day challenge starts tomorrow!" in check_html(announced.text)
    before = len(stage.seen(GROUP))
    api.anonymous_admin_sends(GROUP, "/join")
    [answer] = await stage.more(GROUP, before)
    assert "You're posting as the group" in check_html(answer.text)
    assert api.calls("getChatMember") == []
