"""The "which country?" question: every country in the data reachable, within Discord's limits."""

from __future__ import annotations

from adapters.content.crisis_files import FILE_NAME, load_crisis_directory
from adapters.content.deck_files import shipped_data_dir
from core.engine import payloads as p
from core.engine.crisis_country import question

DISCORD_MAX_BUTTONS = 25
TELEGRAM_MAX_CALLBACK_BYTES = 64


def test_every_country_is_on_some_page_and_each_page_fits_discord() -> None:
    directory = load_crisis_directory(shipped_data_dir() / FILE_NAME)
    seen: list[str] = []
    page = 0
    while True:
        reply = question(directory, "self_harm", page)
        buttons = [b for row in reply.buttons for b in row]
        assert len(buttons) <= DISCORD_MAX_BUTTONS
        assert all(len(b.payload.encode()) <= TELEGRAM_MAX_CALLBACK_BYTES for b in buttons)
        assert buttons[-1].label == "Another country"
        seen += [b.label for b in buttons if b.label not in ("More countries", "Another country")]
        more = [b.payload for b in buttons if b.label == "More countries"]
        parsed = p.parse(more[0]) if more else None
        if parsed is None or parsed.value.startswith("p0."):
            break
        page += 1
    assert sorted(seen) == sorted(entry.name for entry in directory.countries.values())
    assert len(seen) == len(set(seen))
