"""Reading the own-card check's model from `data/asks/ask_model.json`.

A broken model file stops the bot at start, like the deck: running quietly on the
rules alone would let through the paraphrases the model is there to catch.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from adapters.content.yaml_text import read_yaml
from core.asks.measure import Case, cases_from
from core.asks.model import AskModel

DIRECTORY = "asks"
MODEL_FILE = "ask_model.json"
TRAINING_FILE = "training.yaml"
_BATCHES = ("hands-", "evaluation")


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


def batch_cases(data_dir: Path, name: str) -> list[Case]:
    """The labelled asks of `data/asks/<name>.yaml`: the training texts or a held-out batch."""
    with (data_dir / DIRECTORY / f"{name}.yaml").open(encoding="utf-8") as file:
        return cases_from(read_yaml(file)["cases"])


def training_cases(repo: Path) -> list[Case]:
    """The texts the model is trained on (read here, so reading them needs no scikit-learn)."""
    return batch_cases(repo / "data", Path(TRAINING_FILE).stem)


def training_hands(repo: Path) -> list[str]:
    """Each training ask's batch when one hand wrote it (`hands-…`, or a held-out batch folded
    in, `evaluation…`), else "" (deck cards, the issue's examples, asks written one by one):
    `cross_validate_asks --by-hand` holds out whole batches, as a fresh hand's would be."""
    with (repo / "data" / DIRECTORY / TRAINING_FILE).open(encoding="utf-8") as file:
        sources = [str(entry.get("source", "")) for entry in read_yaml(file)["cases"]]
    return [source if source.startswith(_BATCHES) else "" for source in sources]


def training_sha256(repo: Path) -> str:
    return hashlib.sha256((repo / "data" / DIRECTORY / TRAINING_FILE).read_bytes()).hexdigest()
