"""The two-tier screener: what it answers for clear risk, possible risk and ordinary text."""

from __future__ import annotations

from core.care import Risk, Screener, Screening
from core.safety import CrisisKind


def test_rules_only_screener_reports_a_rule_hit_as_clear_risk():
    screener = Screener.rules_only()
    assert screener.screen("I want to die") == Screening(Risk.CLEAR, CrisisKind.SUICIDE)
    assert screener.screen("I cut myself again") == Screening(Risk.CLEAR, CrisisKind.SELF_HARM)


def test_rules_only_screener_lets_ordinary_text_through():
    assert Screener.rules_only().screen("asked for a discount and got a no") is None
