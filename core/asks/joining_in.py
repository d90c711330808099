"""A place in a game or a group asked for: the permission pick-up games and open groups run on.

"Ask the guys playing cricket at Sunnybrook if I can join in for an over or two", "ask a guy
at the chess boards if I can play the winner", "ask Kainoa if I can jump in their volleyball
game", "ask one of the runners on the Corniche if I can join their Friday morning group",
"ask the guy with the cavaquinho if I can sing along": a game in a park, a chess table and a
weekly run are open to whoever asks, and the asking is the whole of the etiquette. Asked
with "if I can", each is a moment's permission that a stranger gives or refuses as easily as
a pen (`core.asks.small_permissions`), and no butting in (`core.asks.intrusions` reads the
rest with these asks blanked). Jumping in without asking, or into their picnic, their table
or their conversation, is still joining them uninvited. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

SPORTS = (
    r"(?:frisbee|ultimate|basketball|hoops|football|footy|soccer|volleyball|beach volleyball"
    r"|cricket|badminton|rounders|futsal|hacky ?sack|kickball|softball|handball|netball|rugby"
    r"|touch rugby|tennis|padel|pickleball|table tennis|ping ?pong|chess|boules|petanque"
    r"|pétanque|bocce|cornhole|dominoes|cards|mahjong|carrom|sepak takraw|footvolley|keepy-?uppy)"
)
"""Games played in the open that a passer-by can be asked into."""

JOIN_IN = (
    r"(?:join|jump|hop|get) in(?: on)? for (?:an?|one|two|a couple of|a few) (?:quick )?(?:overs?"
    r"|rounds?|games?|sets?|points?|rallies|rally|goes|go|songs?|tunes?|heats?|legs?|frames?"
    r"|innings)(?: or two)?",
    rf"(?:join|jump|hop|get)(?: in| into| in on)? (?:the |their |your |his |her )?(?:\w+ )?"
    rf"{SPORTS} (?:game|match|session|kickabout|knock-?about|rally)\b(?![^.!?]{{0,40}}\b(?:picnic"
    r"|barbecue|bbq|braai|party|dinner|lunch|meal|table|midway|mid-game|second half|halfway))",
    r"(?:play|take on|challenge) (?:the )?(?:winner|next (?:game|round|match|set|frame))",
    r"(?:sing|play|dance|jam|drum|clap|strum|hum) along\b",
    r"join (?:their|the|your) (?:\w+ ){0,2}?(?:morning|evening|weekly|weekend|(?:mon|tues|wednes"
    r"|thurs|fri|satur|sun)day) (?:\w+ )?(?:group|run|runs|ride|rides|walk|walks|swim|session"
    r"|club|practice|training|jog)",
)
"""A place in the game, the next game against the winner, a song sung along, a weekly group
joined: what the user asks to be let into."""
_ASKED = r"(?:(?:if|whether) (?:i|we) (?:can|could|may|might)|(?:can|could|may) (?:i|we))"

ASKED_IN = words(*(rf"{_ASKED} (?:please )?(?:{fragment})" for fragment in JOIN_IN))
"""A place in the game asked for, not taken: blanked before the intrusions are read."""
