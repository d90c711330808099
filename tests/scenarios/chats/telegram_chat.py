"""The stories through python-telegram-bot, against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from adapters.telegram.platform import TelegramAdapter
from core.commands import user_commands
from core.engine import Deliveries
from core.engine.context import Content
from tests.adapters.conftest import FAST
from tests.engine.conftest import START
from tests.fakes.chat import Bot, FixedClock, migrated_sqlite
from tests.fakes.telegram_api import TOKEN, FakeTelegramAPI
from tests.fakes.telegram_html import check_html
from tests.fakes.telegram_updates import BOT_ID
from tests.scenarios.chats.base import Chat, Seen

GROUP = -100500
Json = dict[str, Any]


class TelegramChat(Chat):
    platform = "telegram"

    def __init__(self, bot: Bot, api: FakeTelegramAPI, adapter: TelegramAdapter) -> None:
        self.bot = bot
        self.api = api
        self.adapter = adapter
        self.deliveries = Deliveries(bot.ctx, adapter)
        self._ids: dict[str, int] = {}

    @classmethod
    async def open(
        cls, directory: Path, template: Path, content: Content | None = None
    ) -> TelegramChat:
        url = await migrated_sqlite(directory, template)
        bot = Bot.build(url, FixedClock(START), content=content)
        api = FakeTelegramAPI()
        await api.start()
        adapter = TelegramAdapter(
            token=TOKEN,
            base_url=api.base_url,
            conversation=bot.engine,
            commands=user_commands(),
            limits=FAST,
        )
        await adapter.start()
        return cls(bot, api, adapter)

    async def close(self) -> None:
        await self.adapter.stop()
        await self.api.stop()
        await self.bot.store.close()

    async def join(self, name: str) -> None:
        self._ids[name] = 201 + len(self._ids)

    async def make_admin(self, name: str) -> None:
        self.api.make_admin(GROUP, self._ids[name])

    def visible(self, name: str) -> list[Seen]:
        chats = {str(self._ids[name]), str(GROUP)}
        return [self._seen(key, m) for key, m in self._from_bot() if key[0] in chats]

    def group_messages(self) -> list[Seen]:
        return [self._seen(key, m) for key, m in self._from_bot() if key[0] == str(GROUP)]

    async def _send(self, name: str, text: str, in_group: bool) -> None:
        if in_group and not text.startswith("/"):
            # In a group the bot reads free text only as a reply to its own message.
            newest = max(key[1] for key, _m in self._from_bot() if key[0] == str(GROUP))
            self.api.group_message(GROUP, self._ids[name], text, reply_to_message_id=newest)
            return
        self.api.user_sends_text(self._ids[name], text, chat_id=GROUP if in_group else None)

    async def _press(self, name: str, on: Seen, label: str) -> None:
        key = on.key
        assert isinstance(key, tuple)
        chat, message_id = cast(tuple[str, int], key)
        rows = self.api.messages[(chat, message_id)].get("reply_markup", {})["inline_keyboard"]
        data = next(b["callback_data"] for row in rows for b in row if b["text"] == label)
        self.api.user_presses(self._ids[name], message_id, data, chat_id=int(chat))

    async def _tick(self) -> None:
        await self.deliveries.tick()

    async def _wait_until(self, found: Callable[[], Seen | None]) -> Seen:
        await self.api.wait_for(lambda _: found() is not None)
        seen = found()
        assert seen is not None
        return seen

    def _from_bot(self) -> list[tuple[tuple[str, int], Json]]:
        messages = self.api.messages.items()
        return [(k, m) for k, m in messages if (m.get("from") or {}).get("id") == BOT_ID]

    @staticmethod
    def _seen(key: tuple[str, int], message: Json) -> Seen:
        text = check_html(message.get("text") or message.get("caption") or "")
        rows = message.get("reply_markup", {}).get("inline_keyboard", [])
        labels = tuple(b["text"] for row in rows for b in row)
        in_group = key[0] == str(GROUP)
        return Seen(key, text, labels, in_group, in_group)
