"""Reading the own-card check's model from `data/asks/ask_model.json`.

A broken model file stops the bot at start, like the deck: running quietly on the
rules alone would let through the paraphrases the model is there to catch.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.asks.model import AskModel

DIRECTORY = "asks"
MODEL_FILE = "ask_model.json"


def load_ask_model(data_dir: Path) -> AskModel:
    """The model under `data_dir`; ValueError naming the file when it cannot be used."""
    path = data_dir / DIRECTORY / MODEL_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("expected a JSON object")
        return AskModel.from_mapping(raw)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ValueError(f"{path}: cannot load the ask model: {error}") from error
