"""`python -m adapters.content.measure_asks`: the whole-batch figure `make test` samples."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from adapters.content import measure_asks
from adapters.content.ask_files import DIRECTORY, MODEL_FILE

SHIPPED = Path(__file__).resolve().parents[2] / "data"
BATCH = """cases:
  - {text: "Ask the baker whether yesterday's loaves are cheaper", label: good, category: staff}
  - {text: "Ask Ana out once more, she said no on Friday", label: bad, category: repeat}
  - {text: "ask a stranger to lend me 50 quid, no reason", label: bad, category: money}
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / DIRECTORY).mkdir()
    shutil.copy(SHIPPED / DIRECTORY / MODEL_FILE, tmp_path / DIRECTORY / MODEL_FILE)
    for name in ("training", "evaluation_99"):
        (tmp_path / DIRECTORY / f"{name}.yaml").write_text(BATCH, encoding="utf-8")
    return tmp_path


def run(*argv: str) -> str:
    out = io.StringIO()
    assert measure_asks.main(list(argv), out) == 0
    return out.getvalue()


def test_the_training_figure_lists_its_misses_when_asked(data: Path) -> None:
    mislabelled = BATCH.replace("label: good", "label: bad")
    (data / DIRECTORY / "training.yaml").write_text(mislabelled, encoding="utf-8")
    printed = run("--data", str(data), "--misses")
    assert "training: unethical accepted 1/3" in printed
    assert printed.endswith("  bad staff: Ask the baker whether yesterday's loaves are cheaper\n")
    assert "baker" not in run("--data", str(data))


def test_a_held_out_batch_prints_counts_and_its_misses_are_never_listed(data: Path) -> None:
    assert "evaluation_99: good refused 0/1" in run("--data", str(data), "evaluation_99")
    with pytest.raises(SystemExit):
        measure_asks.main(["--data", str(data), "--misses", "evaluation_99"], io.StringIO())


def test_the_rules_alone_are_measured_without_the_model(data: Path) -> None:
    (data / DIRECTORY / MODEL_FILE).unlink()
    assert "unethical accepted 0/2" in run("--data", str(data), "--rules")
