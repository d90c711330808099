"""The unit of work in memory: a block's saves are undone when it raises.

The records are copied when the outermost block begins (shallowly: they are frozen values,
only delivery rows change in place) and put back if it raises. Store
calls never await inside, so each is atomic; a block, though, may await between calls, and
a rollback then also undoes what another task saved meanwhile: good enough for tests, which
is all this store is for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tests.memory.tables import Scheduled, Tables


class Unit:
    t: Tables
    _depth: int = 0

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        before = _snapshot(self.t)
        self._depth = 1
        try:
            yield
        except BaseException:
            self._restore(before)
            raise
        finally:
            self._depth = 0

    def _restore(self, before: Tables) -> None:
        """Put the records back; the schedules in place, as their owners hold them."""
        for name, value in vars(before).items():
            current = getattr(self.t, name)
            if isinstance(current, Scheduled):
                current.schedules = value.schedules
                current.deliveries = value.deliveries
            else:
                setattr(self.t, name, value)


def _snapshot(tables: Tables) -> Tables:
    copied: dict[str, object] = {}
    for field in dataclasses.fields(tables):
        value = getattr(tables, field.name)
        if isinstance(value, Scheduled):
            rows = {key: dict(row) for key, row in value.deliveries.items()}
            copied[field.name] = Scheduled(dict(value.schedules), rows)
        else:
            copied[field.name] = dict(value)
    return Tables(**copied)  # type: ignore[arg-type]
