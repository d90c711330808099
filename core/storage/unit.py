"""The unit of work: several saves that commit together or not at all."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Protocol


class UnitOfWork(Protocol):
    def transaction(self) -> AbstractAsyncContextManager[None]:
        """Every store call made inside the block, by this task, joins one transaction:
        committed when the block ends, rolled back when it raises. A block inside another
        joins the outer one. Calls outside any block are each their own transaction."""
        ...
