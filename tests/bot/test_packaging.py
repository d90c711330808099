"""Every package of the product is listed for installation, so a wheel is never missing one.

setuptools installs only the packages pyproject.toml names (a flat layout with several
packages cannot be discovered); a new adapter folder left off the list works from the source
tree and breaks in an installed bot.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_product_package_is_in_the_install_list() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("bot", "core", "adapters")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert sorted(found - listed) == []
