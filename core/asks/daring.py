"""Stunts, in words: a body put at risk for a photo, a dare or a lark, or a weapon in hand.

Standing on a bridge's railing or a balcony's parapet for a picture, or leaning off a castle
wall with friends holding the user's legs, is one slip from a fall;
a rifle or a pistol handed over for a selfie is a loaded weapon with a stranger; a dare taken
"no matter what" from a group at the pub hands the user's safety to whoever is drunkest; a
dive off a ferry, a fence jumped, a tractor driven after a few beers, a ride thumbed at 2am,
a house the user sold let into with the old code, a neighbour's flat entered with someone
else's key, or a bull in the pen ridden for the lads are the same risk in other clothes.
These are unsafe whoever is asked, so they join `core.asks.danger.UNSAFE`; each needs the
act with its hazard, so a photo by the railing or a dare to sing stays fair. Fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.at_the_wheel import AS_A_PASSENGER

_EDGES = r"(?:railings?|rails?|balustrades?|parapets?|ledges?|guard ?rails?|handrails?)"
"""What a drop is guarded by, not to be stood on."""
_WEAPONS = (
    r"(?:rifles?|pistols?|firearms?|revolvers?|shotguns?|machine ?guns?|handguns?|machetes?"
    r"|swords?|bayonets?|tasers?|grenades?)"
)

PATTERNS = (
    # Standing, sitting or balancing on the rail or the ledge over a drop.
    rf"(?:stand|stands|standing|stood|sit|sits|sitting|balanc\w*|perch\w*|pose|posing|climb\w*"
    rf"|jump\w*) (?:\w+ ){{0,2}}?(?:on|onto|up on|on top of|off|from|over) (?:the |a |that |this )?"
    rf"(?:\w+ )?{_EDGES}\b",
    # Walking along the rail or the ledge itself (one rail, not a promenade's railings).
    r"(?:walk|walks|walking|walked|tiptoe\w*|tightrope\w*|run|running) (?:along|across|on|on top"
    r" of) (?:the|a|that|this) (?:[\w-]+ )?(?:railing|rail|handrail|parapet|ledge|balustrade|guard"
    r" ?rail)\b(?!s)",
    # Leaning or hanging off a wall's or a balcony's edge for a picture, held by the legs.
    r"hold (?:my|our|his|her|their) (?:legs|feet|ankles)\b[^.!?;]{0,40}\b(?:lean|hang|dangl)\w*"
    r"|(?:lean|leaning|leant|hang|hanging|dangle|dangling) (?:off|out over|over the edge of)"
    r" (?:the|a|that|this) (?:[\w-]+ ){0,2}?(?:wall|ledge|edge|balcony|roof|cliff|parapet|bridge"
    r"|battlements|tower|window)\b",
    # Someone's own weapon handed over to the user: a soldier's rifle, a guard's taser. A rifle
    # fired at a range or a sword tried at a fencing club is not someone's weapon, and stays fair.
    rf"(?:hold|holding|held|handle|handling|carry|carrying|fire|firing|shoot|shooting|try|touch"
    rf"|borrow|pose with|posing with) (?:his|her|their|(?:the|a|that) [\w-]+'s) (?:\w+ )?"
    rf"{_WEAPONS}\b",
    # A dare with no limit: anything they name, done whatever it is.
    r"dares? (?:me|us) (?:to do )?(?:anything|whatever|something crazy)\b",
    r"dares?\b[^.!?;]{0,60}\b(?:no matter what|whatever (?:it is|they say)|without saying no)",
    # Overboard, over the fence, behind the wheel after drinks, a ride thumbed in the small hours.
    r"(?:dive|diving|dove|jump|jumping|leap|leaping) (?:off|from|over the side of) (?:the |a )?"
    r"(?:ferry|boat|ship|deck|dock|pier|jetty|bridge|balcony)|overboard",
    r"(?:jump|jumping|hop|hopping|scale|scaling|vault|vaulting) (?:the |a )?(?:\w+ )?(?:fence|wall"
    r"|gate|barrier)s?\b",
    rf"(?:drive|driving|ride|riding|operate|operating|take|taking){AS_A_PASSENGER} (?:\w+ ){{0,5}}"
    r"after (?:we've"
    r" had |i've had |we had |i had |having )?(?:a few|some|several|a couple of|two|three|four"
    r"|five) (?:beers|drinks|pints|glasses|shots|rounds)\b",
    r"hitch(?:es|ed|ing)?\b[^.!?;]{0,40}\b(?:at night|after dark|at midnight|at [1-5] ?am)\b",
    r"(?:sold|moved out|used to (?:own|live|rent))\b.{0,120}\blet (?:myself|ourselves) in\b",
    # Someone's key used to get into a third person's home, for no errand of theirs.
    r"(?:his|her|their|the \w+'s|(?:my|a) \w+'s) (?:spare |front door |door )?keys?\b.{0,30}"
    r"\b(?:get|go|let (?:myself|me|us|ourselves)|sneak|nip|pop) (?:in(?:to)?|inside) (?:the |a )?"
    r"(?:\w+ )?\w+'s (?:flat|house|home|apartment|place|room|unit|villa|cabin)\b(?![^.!?;]{0,40}"
    r"\bto (?:feed|water|check|collect|let|turn|switch|fix|take in|bring in|lock))",
    # A bull or a bronco in the pen, ridden for a dare: a mechanical one at the bar stays fair.
    r"(?<!mechanical )(?:ride|riding|rode|get on|jump on|climb on) (?:one of )?(?:the |a |that"
    r" |their )?(?:young |big |angry )?(?:bulls?|steers?|broncos?|bullocks?)\b(?! at the bar)",
)
"""Each stunt with its hazard; `core.asks.danger.UNSAFE` joins them to its own."""
