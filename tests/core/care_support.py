"""Shared by the care tests: the shipped screener and the labelled batches, read once."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from adapters.content.care_corpus import Example, build_corpus, source_files
from adapters.content.care_files import load_screener
from adapters.content.yaml_text import read_yaml
from core.care import Screener

REPO = Path(__file__).resolve().parents[2]
CARE_DATA = REPO / "data" / "care"
EVALUATION_FILES = (
    "evaluation_11.yaml",
    "evaluation_12.yaml",
    "evaluation_13.yaml",
    "evaluation_14.yaml",
    "evaluation_15.yaml",
    "evaluation_16.yaml",
)


@cache
def shipped_screener() -> Screener:
    return load_screener(REPO / "data")


@cache
def training_corpus() -> tuple[Example, ...]:
    """The screener's training corpus, built once per worker (37,000 texts, about a second)."""
    return tuple(build_corpus(source_files(REPO)))


def labelled(path: Path) -> list[tuple[str, str]]:
    """(text, label) pairs from a batch file with `clear`, `possible` and `none` lists."""
    raw = read_yaml(path.read_text(encoding="utf-8"))
    return [(str(text), label) for label in ("clear", "possible", "none") for text in raw[label]]


def figures(screener: Screener, cases: list[tuple[str, str]]) -> tuple[str, float, float]:
    """A printable line, the recall (clear + possible caught) and the false-alarm rate.

    Each text is screened once: the training corpus alone is 23,000 texts."""
    tiers = [(label, _tier(screener, text)) for text, label in cases]
    risky = [tier for label, tier in tiers if label != "none"]
    harmless = [tier for label, tier in tiers if label == "none"]
    clear = [tier for label, tier in tiers if label == "clear"]
    caught = sum(tier is not None for tier in risky)
    alarms = sum(tier is not None for tier in harmless)
    clear_as_clear = sum(tier == "clear" for tier in clear)
    line = (
        f"recall {_percent(caught, len(risky))}, false alarms {_percent(alarms, len(harmless))}, "
        f"clear risk answered as clear {_percent(clear_as_clear, len(clear))}"
    )
    return line, caught / len(risky), alarms / len(harmless)


def _tier(screener: Screener, text: str) -> str | None:
    found = screener.screen(text)
    return None if found is None else found.risk


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})"
