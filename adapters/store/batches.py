"""Reading many ids at once: `IN (...)` lists of a bounded size."""

from __future__ import annotations

from collections.abc import Collection, Iterator

IN_CHUNK = 100
"""Ids per `IN (...)` list: far below the databases' limits on bound values, and few enough
that turning one chunk's rows into records never holds up the event loop for long."""


def chunks(ids: Collection[int]) -> Iterator[list[int]]:
    """The ids, each once and in order, in lists of at most `IN_CHUNK`."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]
