"""Buttons that keep working after a restart: a press is routed by its custom id alone.

Each button's custom id is the engine's payload, and one `DynamicItem` whose template matches
any custom id is registered when a client is built. So a card sent yesterday, by a process that
has restarted since, still reaches the engine when pressed. For the same reason the views sent
with messages are never kept in memory (`is_dispatchable` is False): one per card would grow
without bound, and discord.py unregisters a dynamic template when such a view times out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import Any

import discord

from core.messages import ReplyButton

_log = logging.getLogger(__name__)

PRESS_EVENT = "payload_press"
"""Dispatched on the client as `on_payload_press(interaction, payload)` for every press."""

MAX_ROWS = 5
MAX_PER_ROW = 5
MAX_LABEL = 80


class PayloadButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"(?s).{1,100}"):
    """Any button the bot ever sent, rebuilt from its custom id when it is pressed."""

    def __init__(self, payload: str) -> None:
        super().__init__(discord.ui.Button(custom_id=payload))

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[discord.Client],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> PayloadButton:
        return cls(match.group(0))

    async def callback(self, interaction: discord.Interaction[discord.Client]) -> None:
        interaction.client.dispatch(PRESS_EVENT, interaction, self.custom_id)


class ButtonsView(discord.ui.View):
    """The buttons of one reply, as rows of at most five."""

    def __init__(self, rows: Sequence[Sequence[ReplyButton]]) -> None:
        super().__init__(timeout=None)
        for row_index, row in enumerate(_discord_rows(rows)):
            for button in row:
                self.add_item(_item(button, row_index))

    def is_dispatchable(self) -> bool:
        return False


def _item(button: ReplyButton, row: int) -> discord.ui.Button[Any]:
    label = button.label[:MAX_LABEL]
    if button.url:
        return discord.ui.Button(label=label, url=button.url, row=row)
    return discord.ui.Button(
        label=label, custom_id=button.payload, style=discord.ButtonStyle.primary, row=row
    )


def buttons_view(rows: Sequence[Sequence[ReplyButton]]) -> ButtonsView | None:
    """The view for a reply's buttons. A `start` button is left out: Discord has no link that
    opens a direct message with a prepared command, and the reply's text says the way."""
    shown = [kept for kept in ([b for b in row if not b.start] for row in rows) if kept]
    return ButtonsView(shown) if shown else None


def _discord_rows(rows: Sequence[Sequence[ReplyButton]]) -> Iterator[Sequence[ReplyButton]]:
    """Wrap long rows at five buttons; Discord shows at most five rows.

    When that makes more than five rows (a list of one choice per row, like the fears
    asked at onboarding, ends with its "Done" in the sixth or seventh), the buttons are
    packed five to a row in their order instead, so none is dropped; only a reply with
    more than 25 buttons loses its last ones.
    """
    wrapped = [row[i : i + MAX_PER_ROW] for row in rows for i in range(0, len(row), MAX_PER_ROW)]
    if len(wrapped) > MAX_ROWS:
        flat = [button for row in wrapped for button in row]
        wrapped = [flat[i : i + MAX_PER_ROW] for i in range(0, len(flat), MAX_PER_ROW)]
    if len(wrapped) > MAX_ROWS:
        shown = MAX_ROWS * MAX_PER_ROW
        _log.warning("A reply had %d buttons; Discord shows %d", sum(map(len, wrapped)), shown)
    yield from wrapped[:MAX_ROWS]
