"""A photo asked of a stranger, and whether it is the whole ask.

A photo of the user is the one favour of a passer-by every guidebook allows
(`core.asks.strangers.A_PHOTO_OF_US`), so the slots let it stand for the stranger's small
moment. "Ask a stranger to take a photo of me and then walk me home" asks that and more: a
stranger asked to see the user home or to their door (`core.asks.quick_hands.GOES_ALONG`),
which the photo first does not make small. Read by `core.asks.slots` over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.quick_hands import GOES_ALONG
from core.asks.strangers import A_PHOTO_OF_US
from core.asks.text import has


def only_a_photo(text: str) -> bool:
    """Whether a photo of the user is asked and the stranger is not also asked to go along
    with them home."""
    return has(A_PHOTO_OF_US, text) and not has(GOES_ALONG, text)
