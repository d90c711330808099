"""The screening model: two linear scores over TF-IDF features, in plain Python.

`risk` separates any risk (clear or possible) from none; `clear` separates clear risk
from the rest. The weights come from `data/care/screening_model.json`, which
`python -m adapters.content.train_screening` builds from `data/care/corpus/`; the bot
reads that file through `adapters.content.care_files` and hands the parsed mapping to
`ScreeningModel.from_mapping`, so core itself never touches a file.

Each sentence is counted once (a word's character n-grams are cached) into a `Piece`
that keeps its vector's squared length and dot products; the whole message and every
pair of adjacent sentences are scored from those, recomputing only the features they
share. A 4,000-character message, whole and in windows, takes a few milliseconds.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from core.care.features import TOKEN, char_ngrams, word_ngrams

__all__ = ["FORMAT", "Piece", "Scores", "ScreeningModel", "Thresholds"]

FORMAT = 1
"""The model file's layout version; a file of another version is refused."""

_TF_SIZE = 1_024
_TF = (0.0, *(1.0 + math.log(count) for count in range(1, _TF_SIZE)))
"""Sublinear term frequency, 1 + ln(count), ready for the counts a message has."""


def _tf(count: int) -> float:
    return _TF[count] if count < _TF_SIZE else 1.0 + math.log(count)


_CACHE_LIMIT = 50_000
"""Words whose character features are kept; past this the cache starts again."""


@dataclass(frozen=True, slots=True)
class Scores:
    """Decision values: above zero the model leans to yes, as scikit-learn's are."""

    risk: float
    clear: float


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Where the scores turn into tiers; chosen by the trainer on held-out folds."""

    possible: float
    """`risk` at or above this: at least possible risk."""
    clear: float
    """`clear` at or above this (and `risk` at least `possible`): clear risk."""
    rule_veto: float
    """A word-rule hit whose `risk` is below this (and `clear` below `clear`) reads as
    recovery, study or fiction."""
    window: float = -math.inf
    """A sentence window's `risk` counts only at or above this: a long harmless message has
    many windows, so dark words somewhere in it get many chances to score high. The default
    (any window counts) is for model files written before the trainer set it."""


# One feature's weights: (idf, risk coefficient, clear coefficient).
_Weights = tuple[float, float, float]
_Counts = Mapping[int, int]
_Sums = tuple[float, float, float]
"""A vector's squared length and its dot products with the two coefficient rows."""


@dataclass(frozen=True)
class _Part:
    """One vectoriser's vocabulary with its weights; L2-normalised on its own."""

    ids: dict[str, int]
    idf: tuple[float, ...]
    risk: tuple[float, ...]
    clear: tuple[float, ...]

    @classmethod
    def of(cls, weights: Mapping[str, _Weights]) -> _Part:
        terms = sorted(weights)
        columns = list(zip(*(weights[term] for term in terms), strict=True)) or [(), (), ()]
        return cls({term: i for i, term in enumerate(terms)}, *map(tuple, columns))

    def value(self, feature: int, count: int) -> float:
        """Sublinear TF-IDF: (1 + ln count) x idf."""
        idf = self.idf[feature]
        return idf if count == 1 else (1.0 + math.log(count)) * idf

    def sums(self, counts: _Counts) -> _Sums:
        norm = risk = clear = 0.0
        idf, risk_coef, clear_coef, log = self.idf, self.risk, self.clear, math.log
        for feature, count in counts.items():
            value = idf[feature] if count == 1 else (1.0 + log(count)) * idf[feature]
            norm += value * value
            risk += value * risk_coef[feature]
            clear += value * clear_coef[feature]
        return norm, risk, clear

    def naive(self, features: Iterable[int]) -> _Sums:
        """Sums treating every occurrence as a feature seen once (see `corrected`)."""
        norm = risk = clear = 0.0
        for feature in features:
            idf = self.idf[feature]
            norm += idf * idf
            risk += idf * self.risk[feature]
            clear += idf * self.clear[feature]
        return norm, risk, clear

    def corrected(self, naive: _Sums, counts: _Counts) -> _Sums:
        """Sums counted as if every occurrence were a feature of its own, made right for
        the features seen more than once: (1 + ln c) x idf instead of c x idf."""
        norm, risk, clear = naive
        idf, risk_coef, clear_coef = self.idf, self.risk, self.clear
        for feature, count in counts.items():
            if count > 1:
                once, tf = idf[feature], _tf(count)
                norm += (tf * tf - count) * once * once
                risk += (tf - count) * once * risk_coef[feature]
                clear += (tf - count) * once * clear_coef[feature]
        return norm, risk, clear

    def joined(self, first: _Counts, sums_a: _Sums, second: _Counts, sums_b: _Sums) -> _Sums:
        """The sums of two count vectors added, from their own sums: only the features
        both hold need recomputing, which makes scoring every pair of sentences cheap."""
        norm, risk, clear = sums_a[0] + sums_b[0], sums_a[1] + sums_b[1], sums_a[2] + sums_b[2]
        idf, risk_coef, clear_coef, table = self.idf, self.risk, self.clear, _TF
        for feature in first.keys() & second.keys():
            count_a, count_b = first[feature], second[feature]
            if count_a + count_b < _TF_SIZE:
                tf_a, tf_b, tf_ab = table[count_a], table[count_b], table[count_a + count_b]
            else:
                tf_a, tf_b, tf_ab = _tf(count_a), _tf(count_b), _tf(count_a + count_b)
            weight = idf[feature]
            change = (tf_ab - tf_a - tf_b) * weight
            norm += (tf_ab * tf_ab - tf_a * tf_a - tf_b * tf_b) * weight * weight
            risk += change * risk_coef[feature]
            clear += change * clear_coef[feature]
        return norm, risk, clear

    def plus_one(self, sums: _Sums, feature: int, count: int) -> _Sums:
        """`sums` with one more occurrence of a feature already counted `count` times."""
        old = self.value(feature, count) if count else 0.0
        new = self.value(feature, count + 1)
        return (
            sums[0] + new * new - old * old,
            sums[1] + (new - old) * self.risk[feature],
            sums[2] + (new - old) * self.clear[feature],
        )


def _normalised(sums: _Sums) -> tuple[float, float]:
    if sums[0] <= 0.0:
        return 0.0, 0.0
    root = math.sqrt(sums[0])
    return sums[1] / root, sums[2] / root


@dataclass(frozen=True, slots=True)
class Piece:
    """The features of one sentence, ready to be added to its neighbours'."""

    words: _Counts
    chars: _Counts
    word_sums: _Sums
    char_sums: _Sums
    first: str
    """The first and last word tokens: adjacent sentences make a word pair across them."""
    last: str
    word_list: list[int]
    """Every feature occurrence, in order, to count a run of sentences at C speed."""
    char_list: list[int]
    char_naive: _Sums
    """The character sums before `_Part.corrected`, which add up across sentences."""


@dataclass(frozen=True)
class ScreeningModel:
    words: _Part
    chars: _Part
    intercepts: tuple[float, float]
    thresholds: Thresholds
    corpus_sha256: str
    _char_cache: dict[str, tuple[tuple[int, ...], _Sums]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> ScreeningModel:
        """Build from the model file's parsed JSON; ValueError when it is not one."""
        try:
            if raw["format"] != FORMAT:
                raise ValueError(f"model format {raw['format']!r}, expected {FORMAT}")
            thresholds = Thresholds(**{k: float(v) for k, v in raw["thresholds"].items()})
            return cls(
                words=_Part.of(_weights(raw["words"])),
                chars=_Part.of(_weights(raw["chars"])),
                intercepts=(float(raw["intercepts"]["risk"]), float(raw["intercepts"]["clear"])),
                thresholds=thresholds,
                corpus_sha256=str(raw["corpus_sha256"]),
            )
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise ValueError(f"not a screening model: {error!r}") from error

    def scores(self, folded: str) -> Scores:
        """Both decision values for one folded text (see `core.care.features.fold`)."""
        piece = self.piece(folded)
        return self._scores(piece.word_sums, piece.char_sums)

    def piece(self, folded: str) -> Piece:
        """The features of one folded sentence."""
        tokens = TOKEN.findall(folded)
        ids = self.words.ids
        word_list = [ids[gram] for gram in word_ngrams(tokens) if gram in ids]
        words = Counter(word_list)
        known = [self._char_features(word) for word in folded.split(" ")] if folded else []
        char_list = list(chain.from_iterable(features for features, _ in known))
        chars = Counter(char_list)
        naive = (
            sum(sums[0] for _, sums in known),
            sum(sums[1] for _, sums in known),
            sum(sums[2] for _, sums in known),
        )
        char_sums = naive if len(chars) == len(char_list) else self.chars.corrected(naive, chars)
        return Piece(
            words,
            chars,
            self.words.sums(words),
            char_sums,
            tokens[0] if tokens else "",
            tokens[-1] if tokens else "",
            word_list,
            char_list,
            naive,
        )

    def whole(self, pieces: Sequence[Piece]) -> Scores:
        """The decision values of consecutive sentences joined by single spaces."""
        if len(pieces) == 1:
            return self._scores(pieces[0].word_sums, pieces[0].char_sums)
        across, previous = [], ""
        for piece in pieces:
            if previous and piece.first:
                feature = self.words.ids.get(f"{previous} {piece.first}")
                if feature is not None:
                    across.append(feature)
            previous = piece.last or previous
        words = Counter(chain(across, *(piece.word_list for piece in pieces)))
        chars = Counter(chain.from_iterable(piece.char_list for piece in pieces))
        naive = tuple(sum(sums) for sums in zip(*(p.char_naive for p in pieces), strict=True))
        char_sums = self.chars.corrected((naive[0], naive[1], naive[2]), chars)
        return self._scores(self.words.sums(words), char_sums)

    def pair(self, first: Piece, second: Piece) -> Scores:
        """As `whole` for two sentences, computed from the pieces' own sums."""
        word_sums = self.words.joined(first.words, first.word_sums, second.words, second.word_sums)
        if first.last and second.first:
            feature = self.words.ids.get(f"{first.last} {second.first}")
            if feature is not None:
                count = first.words.get(feature, 0) + second.words.get(feature, 0)
                word_sums = self.words.plus_one(word_sums, feature, count)
        char_sums = self.chars.joined(first.chars, first.char_sums, second.chars, second.char_sums)
        return self._scores(word_sums, char_sums)

    def _scores(self, word_sums: _Sums, char_sums: _Sums) -> Scores:
        word_risk, word_clear = _normalised(word_sums)
        char_risk, char_clear = _normalised(char_sums)
        return Scores(
            risk=word_risk + char_risk + self.intercepts[0],
            clear=word_clear + char_clear + self.intercepts[1],
        )

    def _char_features(self, word: str) -> tuple[tuple[int, ...], _Sums]:
        """A word's known character features, and their sums as if each were seen once."""
        cached = self._char_cache.get(word)
        if cached is None:
            ids = self.chars.ids
            features = tuple(ids[gram] for gram in char_ngrams(word) if gram in ids)
            cached = features, self.chars.naive(features)
            if len(self._char_cache) >= _CACHE_LIMIT:
                self._char_cache.clear()
            self._char_cache[word] = cached
        return cached


def _weights(raw: Mapping[str, Any]) -> dict[str, _Weights]:
    return {str(term): (float(idf), float(r), float(c)) for term, (idf, r, c) in raw.items()}
