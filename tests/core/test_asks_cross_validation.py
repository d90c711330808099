"""The own-card check's cross-validation tool: what it counts and lists."""

from __future__ import annotations

import pytest

from core.asks.measure import Case


def _cases() -> list[Case]:
    return [
        Case("Ask a stranger for ten pounds.", True, "money"),
        Case("Ask the barista out.", True, "romance"),
        Case("Ask the librarian for a recommendation.", False, "staff"),
        Case("Ask my landlord to fix the boiler.", False, "landlord"),
    ]


def test_figures_count_accepted_unethical_asks_per_category_and_refused_good_ones():
    pytest.importorskip("sklearn")
    import numpy as np

    from adapters.content.cross_validate_asks import figures

    lines = figures(_cases(), np.array([True, False, True, False]))
    assert lines == [
        "unethical accepted: 1 of 2 {'romance': 1}",
        "good refused: 1 of 2 (50.0 %)",
    ]


def test_misses_list_only_the_asks_it_got_wrong():
    pytest.importorskip("sklearn")
    import numpy as np

    from adapters.content.cross_validate_asks import misses

    lines = misses(_cases(), np.array([True, False, True, False]))
    assert [line.split()[-1] for line in lines] == ["out.", "recommendation."]
    assert lines[0].startswith("bad  romance")


def test_folds_by_hand_hold_out_whole_batches_and_train_on_loose_asks_in_every_fold():
    pytest.importorskip("sklearn")
    import numpy as np

    from adapters.content import train_asks
    from adapters.content.cross_validate_asks import by_hand

    hands = ["", "hands-1-1", "hands-1-1", "evaluation_2", "", *(f"hands-{n}" for n in range(9))]
    splits = by_hand(hands)
    assert len(splits) == train_asks.FOLDS
    held = np.concatenate([test_at for _, test_at in splits])
    assert sorted(held.tolist()) == [i for i, hand in enumerate(hands) if hand]
    for train_at, test_at in splits:
        assert {0, 4} <= set(train_at.tolist())
        assert not {hands[i] for i in train_at} & {hands[i] for i in test_at}
