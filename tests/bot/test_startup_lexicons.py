"""A bot whose deck was checked at an earlier start loads its content without compiling the
own-card check's lexicons (`core.asks.understand`); the first ask read compiles them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from adapters.content.deck_files import load_deck, shipped_data_dir
from adapters.content.deck_stamps import DeckStamps

_PROGRAM = """
import sys
from bot.content import load_content
import bot.app

load_content()
print("after load:", "core.asks.slots" in sys.modules)
from core.own_cards import refuses
print("refused:", refuses("Ask a stranger for their phone number."))
print("after an ask:", "core.asks.slots" in sys.modules)
"""


def test_a_stamped_deck_starts_without_the_lexicons_and_the_first_ask_compiles_them(
    tmp_path: Path,
) -> None:
    _, problems = load_deck(shipped_data_dir() / "deck", DeckStamps(tmp_path / "askanyway"))
    assert problems == []  # the earlier start: checked in full, and stamped
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-c", _PROGRAM]
    started = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout
    assert started.splitlines() == ["after load: False", "refused: True", "after an ask: True"]
