"""Travel talk: where a fellow traveller is from is the first thing travellers ask each other.

`PERSONAL_QUESTION` in `core.asks.manners` reads "where she's from" asked of a stranger as
personal, and it is when she was picked out by how she looks ("someone wearing a hijab")
or asked where she is "really" from. Asked of a tourist, a passenger on the same ferry or
a backpacker at the hostel, it is small talk they expect. The slots read the intrusions
on the text with that question blanked out, only when the person is named as a traveller
and nothing in the words picks them out by looks, faith or accent. It matches the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

TRAVELLER = words(
    r"tourists?|travell?ers?|(?:fellow |other )?passengers?|backpackers?|holidaymakers?"
    r"|sightseers?|hikers?|trekkers?|pilgrims?|cruisers?|visitors?|(?:fellow|other) (?:guests"
    r"|campers|travell?ers?)|exchange students?|hostels?|campsites?|cruise ships?|ferry|ferries"
    r"|skiers?|snowboarders?|chair ?lifts?|ski ?lifts?|gondolas?|t-bars?"
)
"""People named as travelling, far from home, or met where travellers stay (a hostel, a ferry,
the chairlift up a ski run, where a holiday seats strangers side by side)."""
HOMETOWN = words(
    r"where (?:they're|they are|he's|he is|she's|she is|you're|you are) from(?! (?:really"
    r"|originally|exactly)\b)"
)
"""Where someone is from, plainly asked: not "really" or "originally" from."""
SINGLED_OUT = words(
    r"wearing|dressed|accent\w*|skin|hijab|headscarf|turban|niqab|burqa|sari|kippah|looks?"
    r"|race|ethnic\w*|colou?r|features|foreign|exotic|asian|african|black|white|brown"
)
"""Words picking someone out by how they look, dress or sound."""


def without_travel_talk(text: str) -> str:
    """The text with "where they're from" blanked out when it is asked of a traveller."""
    if not has(TRAVELLER, text) or has(SINGLED_OUT, text, guided=False):
        return text
    return without(HOMETOWN, text)
