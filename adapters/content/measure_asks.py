"""The own-card check's figure on whole batches: `python -m adapters.content.measure_asks`.

`make test` measures every held-out batch whole but only a fixed share of the training texts
(`tests/core/test_asks_figures.py`: all of them took a test worker about a minute of the
suite's three); the training figure the README gives is this command's, on all of them. The
check is the one `/addcard` runs, the rules with the shipped model (`--rules` for the rules
alone). `--misses` lists the asks a batch gets wrong, and only for the training texts: a
held-out batch's misses are never read while tuning, so for those it prints counts only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from adapters.content.ask_files import batch_cases, load_ask_model
from core.asks.measure import Figures, measure
from core.own_cards import refuses

TRAINING = "training"


def figures(data_dir: Path, name: str, rules_only: bool = False) -> Figures:
    """The batch measured by the rules and, unless `rules_only`, the shipped model."""
    model = None if rules_only else load_ask_model(data_dir)
    return measure(batch_cases(data_dir, name), lambda text: refuses(text, model))


def report(name: str, measured: Figures, misses: bool, out: TextIO) -> None:
    for line in measured.lines(name):
        print(line, file=out)
    if misses and name == TRAINING:
        for case in measured.misses:
            print(f"  {'bad' if case.bad else 'good'} {case.category}: {case.text}", file=out)


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("batches", nargs="*", default=[TRAINING], help="names under data/asks")
    parser.add_argument("--rules", action="store_true", help="the rules alone, no model")
    parser.add_argument("--misses", action="store_true", help="list the training misses")
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "data")
    args = parser.parse_args(argv)
    if args.misses and any(name != TRAINING for name in args.batches):
        parser.error("--misses lists training texts only: held-out misses are never read")
    for name in args.batches:
        report(name, figures(args.data, name, args.rules), args.misses, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
