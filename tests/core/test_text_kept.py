"""Every character a person could mean survives `clean_text`; only stray controls go."""

from __future__ import annotations

import pytest

from core.parsing import clean_text

MEANT = [
    "😶‍🌫️",  # face in clouds: a zero-width joiner and a variation selector
    "👨‍👩‍👧‍👦",  # a family, four people joined
    "🇮🇷 🇯🇵",  # flags from regional indicators
    "🏴󠁧󠁢󠁳󠁣󠁴󠁿",  # Scotland: tag characters
    "👋🏽 👍🏿",  # skin tones
    "من می‌خواهم شجاع‌تر باشم",  # Persian spelled with zero-width non-joiners
    "मैं और बहादुर बनना चाहता हूँ",  # Hindi with its vowel signs and virama
    "أريد أن أكون أكثر شجاعة",  # Arabic
    "שלום ‏(עברית)‏",  # Hebrew with right-to-left marks
    "co\u00adoperate",  # a soft hyphen
    "\u2067مرحبا\u2069 hi",  # an isolate around right-to-left text
    "\U0001faa9",  # a newer emoji (mirror ball) the Unicode table may not know yet
]


@pytest.mark.parametrize("text", MEANT)
def test_every_meant_character_is_kept(text: str) -> None:
    assert clean_text(text) == text


def test_only_controls_no_script_uses_are_dropped() -> None:
    assert clean_text("hi\x00 there\x1b\x7f\n🙂\u202e\ufeff") == "hi there\n🙂"


def test_line_breaks_are_kept_as_newlines_and_tabs_stay() -> None:
    assert clean_text("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree\tfour"
