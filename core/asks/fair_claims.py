"""Fair readings of a claim the model may not call deception: proof held or sent, a rota asked for
the user's own life, a hardship told with the ask for more time on a debt, a feeling of their
own told.

`core.asks.known_fair.overruled` reads these for the deception category: the user vouching
that what they say is true or holding the proof ("I have my KASNEB student ID"), unless a
word of a lie or of someone else's card stands beside it (`UNTRUE`); a change to their own rota
asked so they can be home; more time asked on what they owe after a hardship, unless things
went well. Lexicons over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

VOUCHED = words(
    r"i (?:really|genuinely|actually|truly) (?:am|do|have|work|study|live|teach|own)",
    r"it's (?:all |actually |really )?true",
    r"(?:attach|show|bring|send|include) (?:\w+ ){0,2}(?:my|our) (?:\w+ )?(?:card|id|proof"
    r"|certificate|letter|badge|pass|documents?|papers)",
    r"i(?:'ve| have)(?: got)? my (?:[\w-]+ ){0,2}(?:card|id|proof|certificate|letter|badge|pass"
    r"|documents?|papers)\b",
    r"(?:tell|say to|let) (?:\w+ ){1,3}?(?:know )?(?:that )?(?:i'm|i am|we're|we are) (?:from|with)"
    r" (?:the |our )?(?:\w+ )?(?:council|municipality|charity|school|church|club|library|university"
    r"|college|company|firm|hospital|nursery|association)(?:'s (?:[\w-]+ ){0,2}?(?:team|department"
    r"|office|service|group|project|committee))? and (?:ask|check) (?:when|what time|where|which"
    r"|whether|if|for (?:the|our) (?:room|table|slot|booking|hall|space|desk|pitch) (?:we|i)"
    r" (?:booked|reserved|have booked|'ve booked))\b",
    r"(?:tell|let) (?:\w+ ){1,3}?(?:know )?(?:that |how )?(?:i'm|i am|i feel|i've been|i have"
    r" been)(?: feeling)? (?:so |really |a bit |a little |quite |very |pretty )?(?:nervous"
    r"|anxious|scared|afraid|worried|sad|lonely|stressed|overwhelmed|hurt|upset|proud|happy"
    r"|grateful|down|low|jealous|insecure|frustrated|homesick|shy)\b",
    r"(?:tell|let) my (?:\w+ )?(?:partner|wife|husband|girlfriend|boyfriend|fianc[ée]e?|mum|mom"
    r"|dad|mother|father|sister|brother|friend) (?:know )?(?:that )?(?:i'd|i would|i wish|i miss)"
    r" (?:\w+ ){0,2}?(?:spend|spending|more time|time together|see|seeing|us|we|together)\b",
    r"decirle a (?:mi|mis) (?:pareja|novi[oa]|espos[oa]|mamá|madre|papá|padre|herman[oa]|amig[oa])"
    r" que me gustar[íi]a (?:\w+ ){0,2}?(?:pasar|más tiempo|vernos|ver|juntos|juntas)\b",
)
"""The user vouching that what they say is true, or sending or holding the proof ("I have my
KASNEB student ID so it should count"); or naming the body they come from only to ask what
anyone could ("tell the receptionist I'm from the council and ask when the meeting starts",
the room the team booked): an affiliation said plainly, nothing got by it; or telling a feeling
of their own, which only they know and saying which is the honest ask the practice is for ("tell
my partner I'm nervous about my review and ask for a hug tonight", a fair training ask that
scored 1.86 as deception in the forty-fourth round and held the model's threshold at 1.96), or
a wish for time together told to someone close ("tell my partner I'd like to spend more Sundays
together", "decirle a mi pareja que me gustaría pasar más tiempo juntos")."""
UNTRUE = words(
    r"not|isn't|wasn't|didn't|don't|doesn't|fake\w*|pretend\w*|lie|lies|lying|old|expired"
    r"|borrow\w*|\w+'s (?:card|id|badge|pass)|nobody checks|won't check|claim\w*|pos(?:e|ing)",
)
OWN_SCHEDULE = words(
    r"(?:rota|rotation|roster|shift|swing|hitch|leave|day off|days off|time off|schedule)"
    r" (?:\w+ )?(?:change|swap|switch|moved|off)?\b[^.!?]{0,20}\bso (?:that )?(?:i'm|i am|i can"
    r" be|i'll be|i will be|i can get) (?:home|back|there|around)",
)
"""A change to the user's own rota asked so they can be home for their life: a reason given,
no story told."""
TIME_ON_A_DEBT = words(
    r"ask (?:them |him |her |the bank |for |if (?:we|i) can |to )?(?:\w+ )?(?:reschedul\w*|delay"
    r"|defer\w*|postpone|extend|an extension|more time|a grace period|a payment holiday)"
    r"(?: (?:on |of )?(?:the|my|our|this month's) )?(?:\w+ )?(?:payments?|loan|repayments?"
    r"|instalments?|installments?|rent|bill|debt)\b",
)
"""More time asked on what the user owes: a payment, a loan, the rent."""
ALL_WELL_BUT = words(
    r"(?:was|is|were|are|went) (?:\w+ )?(?:good|fine|ok|okay|great|normal|alright|all right)"
    r"(?: this \w+)?,? but",
)
"""Things went well, "but" the user wants the time anyway: the hardship told is not theirs."""
A_STORY = words(r"tell|told|say|said|claim\w*|excuse|story|make up|made up|as if|act\w*")
