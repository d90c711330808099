"""The trainers' side of `core.care.features`: scikit-learn vectorisers that analyse a text
exactly as the plain-Python scorers in core do (the crisis screener, `core.care.model`, and
the own-card check, `core.asks.model`): word 1-2 grams and character 2-5 grams of the folded
text, TF-IDF with sublinear term frequency.

Both trainers build on this one definition, because both scorers compute that one analysis.
A model that needs another analysis needs its own scorer in core too, and its own vectorisers
beside it, not a change here (which the other model's scorer would not follow).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from core.care.features import CHAR_RANGE, TOKEN, WORD_RANGE

MIN_DF = 2
"""While choosing features: a gram must appear in at least this many texts."""


def vectorizers(vocabulary: tuple[list[str], list[str]] | None = None) -> list[TfidfVectorizer]:
    """Word and character vectorisers; with `vocabulary`, limited to those features."""
    common: dict[str, Any] = {"lowercase": False, "sublinear_tf": True, "dtype": np.float64}
    return [
        TfidfVectorizer(
            analyzer="word",
            token_pattern=TOKEN.pattern,
            ngram_range=WORD_RANGE,
            min_df=1 if vocabulary else MIN_DF,
            vocabulary=vocabulary[0] if vocabulary else None,
            **common,
        ),
        TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=CHAR_RANGE,
            min_df=1 if vocabulary else MIN_DF,
            vocabulary=vocabulary[1] if vocabulary else None,
            **common,
        ),
    ]


def stack(*parts: Any) -> Any:
    """Word and character matrices side by side, as the scorers read one feature list."""
    from scipy.sparse import hstack

    return hstack(parts).tocsr()
