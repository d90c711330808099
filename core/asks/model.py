"""The own-card check's second signal: a linear text model, in plain Python.

The word rules understand the asks they have words for; a paraphrase they have no
words for ("get the number of the girl at the laundromat") slips past them. This model
reads the same text as bags of word 1-2 grams and character 2-5 grams (the analyzer
the crisis screener uses, `core.care.features`, so both score text the same way) and
gives several linear scores at once: `bad`, how far the ask leans to the unethical
side, and one score per ethics category, the most likely reason when it does. It reads
what `core.asks.second.model_input` hands it: the ask as written and, when the rules read
the ask's English gloss, the gloss after it.

It is trained by `python -m adapters.content.train_asks` on `data/asks/training.yaml`
(scikit-learn, the `dev` extra) and shipped as `data/asks/ask_model.json`; the bot reads
that file through `adapters.content.ask_files` and hands the parsed mapping to
`AskModel.from_mapping`, so core never touches a file. tests/core/test_asks_model.py
checks these scores equal scikit-learn's.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from core.care.features import TOKEN, char_ngrams, fold, word_ngrams

__all__ = ["BAD", "FORMAT", "AskModel"]

FORMAT = 1
"""The model file's layout version; a file of another version is refused."""

BAD = "bad"
"""The row whose score says how unethical the ask reads; the other rows are categories."""

_Vector = tuple[dict[int, float], float]
"""A text's TF-IDF weights by feature and their L2 norm, in one vocabulary."""


@dataclass(frozen=True)
class _Vocabulary:
    """One vectoriser's features: idf and one coefficient per row, L2-normalised alone."""

    ids: dict[str, int]
    idf: tuple[float, ...]
    rows: tuple[tuple[float, ...], ...]
    """rows[r][feature]: the coefficient of `feature` in row r."""

    @classmethod
    def of(cls, raw: Mapping[str, Any], width: int) -> _Vocabulary:
        terms = sorted(raw)
        values = [[float(v) for v in raw[term]] for term in terms]
        if any(len(v) != width + 1 for v in values):
            raise ValueError(f"every feature needs an idf and {width} coefficients")
        columns = list(zip(*values, strict=True)) if values else [()] * (width + 1)
        return cls({t: i for i, t in enumerate(terms)}, tuple(columns[0]), tuple(columns[1:]))

    def vector(self, grams: list[str]) -> _Vector:
        """The sublinear TF-IDF weights of `grams` by feature, and their L2 norm."""
        counts = Counter(self.ids[g] for g in grams if g in self.ids)
        values = {f: (1.0 + math.log(c)) * self.idf[f] for f, c in counts.items()}
        return values, math.sqrt(sum(v * v for v in values.values()))

    def score(self, vector: _Vector, row: int) -> float:
        """Row `row`'s dot product with the L2-normalised vector."""
        values, norm = vector
        if norm == 0.0:
            return 0.0
        coefficients = self.rows[row]
        return sum(v * coefficients[f] for f, v in values.items()) / norm


@dataclass(frozen=True)
class AskModel:
    labels: tuple[str, ...]
    """Row names: `BAD` first, then the ethics categories (core.asks.decide.Problem values)."""
    words: _Vocabulary
    chars: _Vocabulary
    intercepts: tuple[float, ...]
    threshold: float
    """`bad` at or above this refuses; the trainer sets it from held-out folds of the
    training texts so that few good asks ever reach it."""
    training_sha256: str

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> AskModel:
        """Build from the model file's parsed JSON; ValueError when it is not one."""
        try:
            if raw["format"] != FORMAT:
                raise ValueError(f"model format {raw['format']!r}, expected {FORMAT}")
            labels = tuple(str(label) for label in raw["labels"])
            if not labels or labels[0] != BAD:
                raise ValueError(f"the first row must be {BAD!r}")
            intercepts = tuple(float(value) for value in raw["intercepts"])
            if len(intercepts) != len(labels):
                raise ValueError("one intercept per row")
            return cls(
                labels=labels,
                words=_Vocabulary.of(raw["words"], len(labels)),
                chars=_Vocabulary.of(raw["chars"], len(labels)),
                intercepts=intercepts,
                threshold=float(raw["threshold"]),
                training_sha256=str(raw["training_sha256"]),
            )
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise ValueError(f"not an ask model: {error!r}") from error

    def scores(self, text: str) -> dict[str, float]:
        """Every row's decision value for `text` (above zero leans to yes, as in sklearn)."""
        vectors = self._vectors(text)
        return {label: self._row(vectors, r) for r, label in enumerate(self.labels)}

    def verdict(self, text: str) -> str | None:
        """The most likely category when the ask reads as unethical with confidence.

        Most asks stay under the threshold, so the `bad` row is scored first and the
        category rows only past it: the check scores every card a user writes and, at
        start-up, every deck card."""
        vectors = self._vectors(text)
        if self._row(vectors, 0) < self.threshold:  # row 0 is `BAD` (from_mapping checks)
            return None
        scores = {label: self._row(vectors, r) for r, label in enumerate(self.labels)}
        return max(self.labels[1:], key=lambda label: (scores[label], label))

    def _vectors(self, text: str) -> tuple[_Vector, _Vector]:
        folded = fold(text)
        tokens = TOKEN.findall(folded)
        chars = [gram for word in folded.split(" ") if folded for gram in char_ngrams(word)]
        return self.words.vector(word_ngrams(tokens)), self.chars.vector(chars)

    def _row(self, vectors: tuple[_Vector, _Vector], row: int) -> float:
        words, chars = vectors
        return self.words.score(words, row) + self.chars.score(chars, row) + self.intercepts[row]
