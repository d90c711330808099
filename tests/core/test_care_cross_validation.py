"""The cross-validation tool's list of misses: hand-written training texts only."""

from __future__ import annotations

import pytest

from adapters.content.care_corpus import Example


def test_misses_name_each_wrong_source_text_once():
    pytest.importorskip("sklearn")
    import numpy as np

    from adapters.content.cross_validate_screening import misses

    examples = [
        Example("i have the pills ready", "clear", "clear:0"),
        Example("i have the pils ready", "clear", "clear:0"),
        Example("i died of embarrassment", "none", "none:1"),
        Example("i'm such a burden tbh", "possible", "template:possible:1"),
        Example("asked for a refund", "none", "ordinary:3"),
    ]
    found = np.array([False, False, True, False, False])
    lines = misses(examples, found, np.array([0.5, 0.4, 2.0, 3.0, 4.0]))
    assert lines == [
        "clear      0.50  i have the pills ready",
        "none       2.00  i died of embarrassment",
    ]
