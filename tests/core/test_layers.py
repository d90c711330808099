"""Dependencies point inward: core imports only the standard library and core."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
FORBIDDEN_MODULES = {
    "telegram",
    "discord",
    "apscheduler",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "adapters",
    "bot",
    "yaml",
    "pydantic",
    "pydantic_settings",
    "os",
    "pathlib",
    "io",
    "shutil",
    "socket",
    "subprocess",
    "time",
}
FORBIDDEN_NAMES = {"open", "getenv", "input"}
CLOCK_READS = {"now", "utcnow", "today", "time", "monotonic"}
CLOCK_OWNERS = {"datetime", "date", "time"}


def _core_files() -> list[Path]:
    return sorted(CORE.rglob("*.py"))


def test_core_imports_only_the_standard_library_and_core() -> None:
    found = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN_MODULES]
    assert found == []


def test_core_reads_no_file_environment_or_clock() -> None:
    found = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call):
                pass
            elif isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_NAMES:
                found.append(f"{path.name}:{node.lineno}: {node.func.id}()")
            elif (
                isinstance(node.func, ast.Attribute)
                and node.func.attr in CLOCK_READS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in CLOCK_OWNERS
            ):
                found.append(f"{path.name}:{node.lineno}: {node.func.value.id}.{node.func.attr}()")
            if isinstance(node, ast.Attribute) and node.attr == "environ":
                found.append(f"{path.name}:{node.lineno}: environ")
    assert found == []


def test_the_layer_check_sees_every_core_module() -> None:
    assert len(_core_files()) > 15
