"""Reading the shipped screening model from `data/care/screening_model.json`.

Like the crisis resources, a broken model must stop the bot at start: screening is the
safety net, and quietly running on the word rules alone would miss what they miss.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.care import Screener
from core.care.model import ScreeningModel

DIRECTORY = "care"
MODEL_FILE = "screening_model.json"


def load_screening_model(path: Path) -> ScreeningModel:
    """The model in `path`; ValueError naming the file when it cannot be read or used."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("expected a JSON object")
        return ScreeningModel.from_mapping(raw)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"{path}: cannot load the screening model: {error}") from error


def load_screener(data_dir: Path) -> Screener:
    """The screener the bot runs with: the word rules and the shipped model."""
    return Screener(load_screening_model(data_dir / DIRECTORY / MODEL_FILE))
