"""People on the fake Telegram, for the tests that run `askanyway run` as a process.

A `Person` writes and taps through `FakeTelegramAPI` and waits for what the bot sends to
their chat, reading only requests that arrived since they last looked, so fifty people
waiting at once stay cheap. Texts are compared as the person would see them: the HTML the
bot sent, parsed the way Telegram parses it.
"""

from __future__ import annotations

from pathlib import Path

from tests.fakes.telegram_api import TOKEN, ApiRequest, FakeTelegramAPI
from tests.fakes.telegram_faults import SEND_METHODS
from tests.fakes.telegram_html import check_html
from tests.scenarios._process import base_env

WAIT_SECONDS = 30.0
"""How long one answer may take: the bot sends one message a second per chat, by design."""
SECRET_PARTS = (TOKEN, TOKEN.split(":", 1)[1])


def telegram_env(api: FakeTelegramAPI, tmp_path: Path) -> dict[str, str]:
    return base_env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=api.base_url)


def visible(request: ApiRequest) -> str:
    """The text (or caption) of a send as the person sees it."""
    return check_html(request.text)


def keyboard(message: dict[str, object]) -> list[list[str]]:
    """The labels of a message's inline keyboard, row by row."""
    markup = message.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return [[str(button["text"]) for button in row] for row in rows]


class Person:
    def __init__(self, api: FakeTelegramAPI, user_id: int, name: str = "") -> None:
        self.api = api
        self.user_id = user_id
        self.chat = str(user_id)
        self.name = name
        self.inbox: list[ApiRequest] = []
        """Every successful send or edit to this person's chat, in order."""
        self._read_up_to = 0

    def _catch_up(self) -> list[ApiRequest]:
        fresh = self.api.requests[self._read_up_to :]
        self._read_up_to += len(fresh)
        self.inbox += [
            r for r in fresh if r.chat_id == self.chat and r.ok and r.method.lower() in SEND_METHODS
        ]
        return self.inbox

    def message(self, sent: ApiRequest) -> dict[str, object]:
        """The message `sent` created or edited, as it stands now (edits included)."""
        assert sent.message_id is not None
        return self.api.messages[(self.chat, sent.message_id)]

    async def sees(self, expecting: str, *, after: int) -> ApiRequest:
        """The first send from index `after` of the inbox whose text contains `expecting`."""

        def found() -> ApiRequest | None:
            return next((r for r in self._catch_up()[after:] if expecting in visible(r)), None)

        await self.api.wait_for(lambda _: found() is not None, timeout=WAIT_SECONDS)
        request = found()
        assert request is not None
        return request

    async def says(self, text: str, expecting: str) -> ApiRequest:
        before = len(self._catch_up())
        self.api.user_sends_text(self.user_id, text, name=self.name)
        return await self.sees(expecting, after=before)

    def presses(self, on: ApiRequest, label: str) -> str:
        """Press the button called `label` on the message `on` as it shows now; the query id."""
        message = self.message(on)
        markup = message.get("reply_markup") or {}
        rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
        data = next((b["callback_data"] for row in rows for b in row if b["text"] == label), None)
        assert data is not None, f"no {label!r} on the message; it shows {keyboard(message)}"
        return self.api.user_presses(self.user_id, on.message_id, data)

    async def taps(self, on: ApiRequest, label: str, expecting: str) -> ApiRequest:
        """Tap `label`, wait for the answer, and check the button stopped spinning."""
        before = len(self._catch_up())
        query = self.presses(on, label)
        answer = await self.sees(expecting, after=before)
        assert query in self.api.methods.callback_answers, "the button press was not answered"
        return answer

    async def answered(self, query: str) -> str:
        """The toast a press got (empty when none), once the bot has answered it."""
        answers = self.api.methods.callback_answers
        await self.api.wait_for(lambda _: query in answers, timeout=WAIT_SECONDS)
        return answers[query]
