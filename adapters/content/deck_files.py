"""Reading the deck and the reflection prompts from YAML files.

The loader remembers the line where each mapping starts, so a broken card is reported
as `file:line` and its author can jump straight to it. Everything that is wrong with a
file is returned as a problem; nothing here raises on bad content.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from adapters.content.deck_stamps import DeckStamps
from adapters.content.yaml_text import SafeLoader
from core.deck import Card, Problem, RawCard, validate
from core.deck_ethics import CHECKS
from core.prompts import Prompt, validate_prompts

DATA_PACKAGE = "askanyway_data"


class _LineDict(dict[Any, Any]):
    """A mapping that knows where it started and which keys it saw twice."""

    line: int = 0
    duplicate_keys: tuple[str, ...] = ()


class _LineLoader(SafeLoader):
    """A safe loader (libyaml's where PyYAML has it) whose mappings carry their 1-based start
    line."""


def _construct_mapping(
    loader: yaml.SafeLoader, node: yaml.MappingNode
) -> Generator[_LineDict, None, None]:
    data = _LineDict()
    data.line = node.start_mark.line + 1
    yield data
    keys = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
    data.duplicate_keys = tuple(sorted({k for k in keys if keys.count(k) > 1}))
    data.update(loader.construct_mapping(node))


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _read_yaml(path: Path) -> tuple[Any, Problem | None]:
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, Problem(source, 1, "", f"cannot read file: {error}")
    try:
        return yaml.load(text, Loader=_LineLoader), None  # a SafeLoader subclass: safe
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        return None, Problem(source, line, "", f"not valid YAML: {error.problem or error}")
    except yaml.YAMLError as error:
        return None, Problem(source, 1, "", f"not valid YAML: {error}")


def _line_of(value: object, default: int = 1) -> int:
    return value.line if isinstance(value, _LineDict) else default


def _list_under(path: Path, key: str) -> tuple[list[Any], list[Problem]]:
    """The list a data file holds under its single top-level key."""
    document, problem = _read_yaml(path)
    if problem is not None:
        return [], [problem]
    source = str(path)
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        line = _line_of(document)
        return [], [Problem(source, line, "", f"file must be a mapping shaped '{key}: [...]'")]
    problems = [
        Problem(source, _line_of(document), "", f"unknown top-level key '{extra}'")
        for extra in document
        if extra != key
    ]
    return document[key], problems


def load_raw_cards(paths: Iterable[Path]) -> tuple[list[RawCard], list[Problem]]:
    """Every card mapping in the files, each with its file and line."""
    raw: list[RawCard] = []
    problems: list[Problem] = []
    for path in paths:
        entries, found = _list_under(path, "cards")
        problems.extend(found)
        source = str(path)
        for index, entry in enumerate(entries):
            if not isinstance(entry, _LineDict):
                message = f"card #{index + 1} must be a mapping of fields"
                problems.append(Problem(source, 1, "", message))
                continue
            for key in entry.duplicate_keys:
                card_id = str(entry.get("id", ""))
                problems.append(Problem(source, entry.line, card_id, f"field '{key}' given twice"))
            raw.append(RawCard(source=source, line=entry.line, data=entry))
    return raw, problems


def deck_paths(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yaml"))


def load_cards(
    paths: Sequence[Path], where: Path, stamps: DeckStamps | None = None
) -> tuple[list[Card], list[Problem]]:
    """The valid cards of some deck files, and every problem found in them; with `stamps`,
    the ethics checks are skipped for a deck they passed before (`deck_stamps`)."""
    if not paths:
        return [], [Problem(str(where), 1, "", "no deck files (*.yaml) found")]
    raw, problems = load_raw_cards(paths)
    key = stamps.key(paths) if stamps is not None else ""
    passed_before = stamps is not None and stamps.passed(key)
    cards, card_problems = validate(raw, () if passed_before else CHECKS)
    if stamps is not None and not passed_before and not problems and not card_problems:
        stamps.remember(key)
    return cards, problems + card_problems


def load_deck(
    directory: Path, stamps: DeckStamps | None = None
) -> tuple[list[Card], list[Problem]]:
    """The valid cards of a deck directory, and every problem found in it."""
    return load_cards(deck_paths(directory), directory, stamps)


RETIRED_FILE = "deck_retired.yaml"
"""Cards taken out of the deck, kept so attempts stored under their ids still read well."""


def load_retired(path: Path) -> tuple[list[Card], list[Problem]]:
    """Retired cards: checked for shape only, since they are never offered again.

    A missing file is simply no retired cards.
    """
    if not path.exists():
        return [], []
    raw, problems = load_raw_cards([path])
    cards, card_problems = validate(raw)
    return cards, problems + card_problems


def load_prompts(path: Path) -> tuple[list[Prompt], list[str]]:
    """The reflection prompts of a file, and every problem as `file:line: message`."""
    entries, found = _list_under(path, "prompts")
    problems = [f"{p.source}:{p.line}: {p.message}" for p in found]
    prompts, messages = validate_prompts(entries)
    lines = [_line_of(entry) for entry in entries]
    for message in messages:
        problems.append(f"{path}:{_message_line(message, lines)}: {message}")
    return prompts, problems


def _message_line(message: str, lines: list[int]) -> int:
    """The line of the prompt a validation message names (`prompt #N ...`)."""
    number = message.removeprefix("prompt #").split(" ", 1)[0].rstrip(":")
    if number.isdecimal() and 0 < int(number) <= len(lines):
        return lines[int(number) - 1]
    return 1


def shipped_data_dir() -> Path:
    """The installed data directory, wherever the bot is run from."""
    resource = files(DATA_PACKAGE)
    if not isinstance(resource, Path):
        raise RuntimeError(f"{DATA_PACKAGE} is not installed as a directory: {resource}")
    return resource
