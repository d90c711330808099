"""Reading the services for young people from `data/youth_resources.yaml`.

The file has the crisis directory's format and goes through the same checks, so a
broken number stops the bot at start, not on the day a young person is shown it.
"""

from __future__ import annotations

from pathlib import Path

from adapters.content.crisis_files import load_crisis_directory
from core.crisis import CrisisDirectory

FILE_NAME = "youth_resources.yaml"


def load_youth_directory(path: Path) -> CrisisDirectory:
    """The validated directory in `path`; ValueError naming the file and every problem."""
    return load_crisis_directory(path)
