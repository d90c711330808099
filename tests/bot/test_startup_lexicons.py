"""A bot whose deck was checked at an earlier start loads its content without compiling the
own-card check's lexicons (`core.asks.understand`); the first ask read compiles them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-c", _PROGRAM]
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout
    again = subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout
    assert "after load: True" in first  # no stamp yet: every card read through the rules
    assert again.splitlines() == ["after load: False", "refused: True", "after an ask: True"]
