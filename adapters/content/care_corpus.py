"""The screener's training corpus: hand-written texts, filled templates and their variants.

The sources are `data/care/corpus/` (clear, possible and none texts, ordinary chat,
practice language from the deck, templates with slots, ordinary reflection sentences to
bury a risky one in, and batches by other hands: the first ten evaluation batches, folded
in once measured, and training batches written the same way) and the detector's labelled
set `tests/core/safety_cases.yaml`. Everything random is seeded, so the same files always
give the same corpus, and a hash of the sources and of the code that builds the model,
recorded in the model file, tells whether a model was built from the files in the
repository.

The held-out evaluation batches (`data/care/evaluation*.yaml`) are never read here.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adapters.content.care_variation import vary
from adapters.content.yaml_text import read_yaml
from core.care.features import fold

__all__ = ["LABELS", "Example", "build_corpus", "corpus_sha256", "recipe_files", "source_files"]

LABELS = ("clear", "possible", "none")
SEED = 20261203
VARIANTS = {"clear": 3, "possible": 5, "none": 3}
"""Variants of each hand-written text, besides the text itself."""
PER_TEMPLATE = {"clear": 90, "possible": 160, "none": 90}
"""Filled copies of each template."""
LONG_TEXTS = {"clear": 450, "possible": 450, "none": 900}
"""Long reflections: a risky (or harmless) sentence among ordinary ones."""
PAIRS = {"clear": 300, "possible": 300, "none": 600}
"""A sentence beside one ordinary sentence: what the screener's two-sentence windows see."""
_RULE_KINDS = ("suicide", "self_harm", "danger")
_SLOT = re.compile(r"\{([A-Z_]+)\}")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str
    group: str
    """Where the text came from; variants share it, so held-out folds hold out a source."""


def source_files(repo: Path) -> list[Path]:
    """Every file the corpus is built from, in a fixed order."""
    corpus = repo / "data" / "care" / "corpus"
    names = ["clear", "possible", "none", "ordinary", "background", "templates", "batches"]
    return [corpus / f"{name}.yaml" for name in names] + [repo / "tests/core/safety_cases.yaml"]


def recipe_files(repo: Path) -> list[Path]:
    """The code that turns the sources into a model: changing it means rebuilding too."""
    code = ["care_corpus", "care_variation", "train_screening", "text_vectors"]
    return [repo / "adapters" / "content" / f"{name}.py" for name in code] + [
        repo / "core" / "care" / "features.py"
    ]


def corpus_sha256(files: Sequence[Path]) -> str:
    """A hash of the sources and the recipe (`recipe_files`): what the model is built from."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_corpus(files: Sequence[Path]) -> list[Example]:
    """The labelled corpus, deduplicated on folded text (the first label seen wins)."""
    clear, possible, none, ordinary, background, templates, batches, cases = (
        _read(p) for p in files
    )
    rng = random.Random(SEED)
    seeds = {
        "clear": _texts(clear, "clear") + [p for kind in _RULE_KINDS for p in _cases(cases, kind)],
        "possible": _texts(possible, "possible"),
        "none": _texts(none, "none") + _texts(ordinary, "ordinary") + _cases(cases, "none"),
    }
    examples: list[Example] = []
    for label, texts in seeds.items():
        for text, group in texts:
            examples.append(Example(text, label, group))
            examples.extend(Example(vary(text, rng), label, group) for _ in range(VARIANTS[label]))
    for text, group in _texts(background, "background"):  # plentiful: one variant each
        examples.extend((Example(text, "none", group), Example(vary(text, rng), "none", group)))
    filled = {label: list(_fill(templates, label, rng)) for label in LABELS}
    for label in LABELS:
        examples.extend(Example(vary(text, rng), label, group) for text, group in filled[label])
    frames = [*templates["frames"], *background["texts"]]
    for label in LABELS:
        pool = seeds[label] + filled[label]
        examples.extend(_long_texts(label, pool, frames, rng))
    examples.extend(_batches(batches))
    return _deduplicated(examples)


def _batches(raw: Mapping[str, Any]) -> Iterator[Example]:
    """Batches by other hands (evaluation batches folded in once measured, and training
    batches written the same way) and their variants, from a generator of their own, so
    that adding them left every other text of the corpus as it was."""
    rng = random.Random(SEED + 1)
    for label in LABELS:
        for index, text in enumerate(raw[label]):
            group = f"batches:{label}:{index}"
            yield Example(str(text), label, group)
            for _ in range(VARIANTS[label]):
                yield Example(vary(str(text), rng), label, group)


def _read(path: Path) -> Mapping[str, Any]:
    raw = read_yaml(path.read_text(encoding="utf-8"))
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: expected a mapping")
    return raw


def _cases(cases: Mapping[str, Any], kind: str) -> list[tuple[str, str]]:
    return [(str(text), f"cases:{kind}:{i}") for i, text in enumerate(cases[kind])]


def _texts(raw: Mapping[str, Any], name: str) -> list[tuple[str, str]]:
    return [(str(text), f"{name}:{i}") for i, text in enumerate(raw["texts"])]


def _fill(
    templates: Mapping[str, Any], label: str, rng: random.Random
) -> Iterator[tuple[str, str]]:
    slots: Mapping[str, list[str]] = templates["slots"]
    for index, template in enumerate(templates["templates"][label]):
        for _ in range(PER_TEMPLATE[label]):
            text = _SLOT.sub(lambda slot: rng.choice(slots[slot[1]]), template)
            yield text, f"template:{label}:{index}"


def _long_texts(
    label: str, pool: Sequence[tuple[str, str]], frames: Sequence[str], rng: random.Random
) -> Iterator[Example]:
    for number in range(LONG_TEXTS[label] + PAIRS[label]):
        long = number < LONG_TEXTS[label]
        around = rng.sample(list(frames), rng.randint(3, 8) if long else 1)
        if long and label == "none" and number % 3 == 0:
            yield Example(" ".join(around), label, "frames")
            continue
        text, group = rng.choice(pool)
        sentence = vary(text, rng)
        if sentence[-1:] not in ".!?":
            sentence += rng.choice((".", ".", "!", "", " -"))
        around.insert(rng.randint(0, len(around)), sentence)
        joined = " ".join(around)
        yield Example(joined.lower() if rng.random() < 0.3 else joined, label, group)


def _deduplicated(examples: Sequence[Example]) -> list[Example]:
    seen: set[str] = set()
    kept: list[Example] = []
    for example in examples:
        key = fold(example.text)
        if key and key not in seen:
            seen.add(key)
            kept.append(example)
    return kept
