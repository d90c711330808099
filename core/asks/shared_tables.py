"""A meal or a drink with the whole crew, or at work's own table: company, not a date.

"Ask the new electrician if he wants to grab lunch with the crew at the taco truck", "ask the
guard from the Richelieu wing if he wants to eat lunch together in the staff canteen": the
person is asked to join the lunch a crew, a team or a shift already shares, or to sit with
the user where the staff eat anyway. Nobody is asked out one to one, so it is an open
invitation (`core.asks.strangers.OPEN_INVITATION`), like a note asking who wants to help.

Its unfair neighbours still read as dates: "ask the barista to grab lunch with me", "ask the
new electrician to have dinner at my place, just the two of us", "ask the guard to come for
a drink after his shift". The words must name the group or the staff's own room; "lunch
with me and my mates" is not read here. Patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

_MEAL = r"(?:lunch|breakfast|dinner|a coffee|coffee|a brew|a cuppa|tea|a drink|drinks|a pint)"
_GROUP = (
    r"(?:crew|team|squad|gang|shift|lads|guys|girls|whole (?:crew|team|site|office|shift|gang)"
    r"|rest of (?:the|us) (?:crew|team|shift)?|others)"
)
_STAFF_ROOM = (
    r"(?:staff|works?|site|office) (?:canteen|cafeteria|kitchen|room|mess|break ?room|tea ?room)"
    r"|(?:canteen|break ?room|mess hall|crew room) (?:at|on|of) (?:work|site)"
)

PATTERNS = (
    rf"{_MEAL}(?: together)? with (?:the|our|my) {_GROUP}\b(?! (?:of|from) (?:his|her|their)\b)",
    rf"{_MEAL}(?: together| with (?:us|me))? (?:in|at) (?:the|our) (?:{_STAFF_ROOM})\b",
)
"""A meal or a drink named with the group that shares it, or in the staff's own room."""
