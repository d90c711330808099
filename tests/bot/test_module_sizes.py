"""Modules stay small enough to read in one sitting: no product module over 300 lines.

Migrations are left out: each is the record of one schema change, written once and never
edited, and the first one holds the whole starting schema."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "adapters", "bot")
MOST_LINES = 300


def product_modules() -> list[Path]:
    return [
        path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    ]


def test_no_product_module_is_over_300_lines() -> None:
    longer = {
        str(path.relative_to(ROOT)): lines
        for path in product_modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    }
    assert longer == {}


def test_the_size_check_reads_every_package() -> None:
    read = {path.relative_to(ROOT).parts[0] for path in product_modules()}
    assert read == set(PACKAGES) and len(product_modules()) > 100
