"""Reading the crisis resources from `data/crisis_resources.yaml`.

A broken file must stop the bot at start, not on the day someone needs a helpline, so
unlike the deck loader this raises, with every problem listed at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from adapters.content.yaml_text import read_yaml
from core.crisis import CrisisDirectory, validate_directory

FILE_NAME = "crisis_resources.yaml"


def load_crisis_directory(path: Path) -> CrisisDirectory:
    """The validated directory in `path`; ValueError naming the file and every problem."""
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: cannot read crisis resources: {error}") from error
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: expected a mapping with 'countries' and 'international'")
    directory, problems = validate_directory(raw)
    if directory is None:
        listed = "\n".join(f"  - {problem}" for problem in problems)
        raise ValueError(f"{path}: {len(problems)} problem(s) in the crisis resources:\n{listed}")
    return directory
