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
                self.add_item(
                    discord.ui.Button(
                        label=button.label[:MAX_LABEL],
                        custom_id=button.payload,
                        style=discord.ButtonStyle.primary,
                        row=row_index,
                    )
                )

    def is_dispatchable(self) -> bool:
        return False


def buttons_view(rows: Sequence[Sequence[ReplyButton]]) -> ButtonsView | None:
    return ButtonsView(rows) if any(rows) else None


def _discord_rows(rows: Sequence[Sequence[ReplyButton]]) -> Iterator[Sequence[ReplyButton]]:
    """Wrap long rows at five buttons; Discord shows at most five rows."""
    wrapped = [row[i : i + MAX_PER_ROW] for row in rows for i in range(0, len(row), MAX_PER_ROW)]
    if len(wrapped) > MAX_ROWS:
        _log.warning("A reply had %d rows of buttons; Discord shows %d", len(wrapped), MAX_ROWS)
    yield from wrapped[:MAX_ROWS]
