"""Outcome presses fed to a bot that keeps being killed, and what became of each.

Each seeded person has one open card, shown as a message the bot sent earlier, and presses
one outcome on it (every tenth person taps twice). A press is acknowledged when the bot
answers it with the words it uses for that outcome (the card edited in place, or sent
anew). Presses keep flowing the way a crowd would press: a window of them in flight at any
moment, a new one for each one answered, so every kill finds work half done.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from core.engine.attempts import outcome_cheer
from core.outcomes import OUTCOME_CODES
from tests.fakes.telegram_api import ApiRequest, FakeTelegramAPI
from tests.scenarios._seed import Seeded
from tests.scenarios._telegram import visible

WINDOW = 20
"""Presses in flight at once: a little less than the bot may answer in a second (30)."""
WAIT_SECONDS = 30.0

_ANSWERS = frozenset({"editmessagetext", "sendmessage"})


@dataclass(slots=True)
class Press:
    person: Seeded
    code: str
    message_id: int
    taps: int = 1
    """Every tenth person taps twice in quick succession, as impatient thumbs do."""
    query: str = ""
    answers: int = 0

    @property
    def chat(self) -> str:
        return self.person.platform_user_id

    @property
    def cheer(self) -> str:
        return outcome_cheer(OUTCOME_CODES[self.code])


class Storm:
    def __init__(self, api: FakeTelegramAPI, people: list[Seeded]) -> None:
        self.api = api
        codes = itertools.cycle(OUTCOME_CODES)
        self.presses = [self._card(person, next(codes)) for person in people]
        for press in self.presses[::10]:
            press.taps = 2
        self._by_chat = {press.chat: press for press in self.presses}
        self._waiting = list(reversed(self.presses))
        self._this_run: list[Press] = []
        self._read_up_to = 0

    def _card(self, person: Seeded, code: str) -> Press:
        buttons = [(code, f"o:{person.attempt_id}:{c}") for c in OUTCOME_CODES]
        text = (
            f"{person.card.title}\n\n{person.card.ask}\n\nWhen you've tried, tell me how it went."
        )
        message_id = self.api.sent_earlier(int(person.platform_user_id), text, [buttons])
        return Press(person, code, message_id)

    @property
    def answered(self) -> int:
        self._catch_up()
        return sum(1 for press in self.presses if press.answers)

    def _catch_up(self) -> None:
        fresh = self.api.requests[self._read_up_to :]
        self._read_up_to += len(fresh)
        for request in fresh:
            press = self._by_chat.get(request.chat_id or "")
            if press is not None and _answers(request, press):
                press.answers += 1

    def _press(self, press: Press) -> None:
        payload = f"o:{press.person.attempt_id}:{press.code}"
        for _ in range(press.taps):
            press.query = self.api.user_presses(int(press.chat), press.message_id, payload)
        self._this_run.append(press)

    def bot_starts(self) -> None:
        """Call while no bot runs, just before one starts: the presses it will be handed are
        those no poll has confirmed yet, and those made from now on."""
        unconfirmed = {
            str(update["callback_query"]["id"])
            for update in self.api.queued_updates()
            if "callback_query" in update
        }
        self._this_run = [p for p in self.presses if p.query in unconfirmed]

    async def run_while_alive(self, answers_wanted: int | None) -> None:
        """Keep WINDOW presses in flight until `answers_wanted` more were answered, or (None)
        until every press has been made; stop early when no press is left to make."""
        start, mine = self.answered, list[Press]()
        while self._waiting:
            if answers_wanted is not None and self.answered - start >= answers_wanted:
                return
            while self._waiting and sum(1 for p in mine if not p.answers) < WINDOW:
                mine.append(self._waiting.pop())
                self._press(mine[-1])
            await self._one_more_answer()

    async def _one_more_answer(self) -> None:
        seen = self.answered
        await self.api.wait_for(lambda _: self.answered > seen, timeout=WAIT_SECONDS)

    async def drain(self) -> None:
        """Wait until the running bot has answered everything it was handed."""

        def done() -> bool:
            self._catch_up()
            return self.api.pending_updates == 0 and all(p.answers for p in self._this_run)

        await self.api.wait_for(lambda _: done(), timeout=WAIT_SECONDS)


def _answers(request: ApiRequest, press: Press) -> bool:
    return request.ok and request.method.lower() in _ANSWERS and press.cheer in visible(request)
