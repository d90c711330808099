"""Plain truths told with an ask, in words the deception lexicons read as a lie.

Three shapes say something true, or give up a pretence, where `DECEPTION` in
`core.asks.deception` hears one:

- a pretence the user is giving up: "ask our Ffion to show me the video calling on the
  tablet, and stop pretending I already know" (the pretence is the habit the card breaks);
- a right never asked for: "ask the estate office for a written slip of my wages, it is my
  right but I never asked" (owning up to a silence, not denying a fact);
- a change someone has not heard of: "tell my gran about the new bus route, she won't know it
  has changed" (what she is told is the news, not a thing kept from her);
- a quantity the user is buying, told to ask the price for it: "tell the stall I'm buying
  three so he gives me a discount" (a bulk price asked for the bulk really bought);
- the user's own resolve: "call Comcast and ask for a refund for the days the internet was
  down. Polite, but I'm not letting it slide" (what the user will not do, not a fact denied);
- the user's own nerves hidden: "I'll pretend I'm not scared of asking"
  (`core.asks.brave_faces`);
- a loss reported so the card is blocked, a reward the loyalty card earned claimed
  (`core.asks.honest_reports`);
- a no left free: "ask my aunt if I can borrow her dress, it's fine if not"
  (`core.asks.noes_left_free`);
- a pretence ruled out: "ask the hotel front desk for a late checkout. politely, no made-up
  excuse", "without lying": the card forbids the lie it names.

The slots read deception with these blanked out (`core.asks.honest_admissions`), so the
unfair neighbours still refuse: "pretend I already know", "say I never got the slip so they
pay twice", "so she won't know I took the car", "tell the stall I'm buying thirty so he gives
me a discount, then only take three", "tell him I'm buying for a restaurant so he gives me
the trade price". Patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.brave_faces import PATTERNS as BRAVE_FACES
from core.asks.honest_reports import PATTERNS as HONEST_REPORTS
from core.asks.noes_left_free import PATTERNS as NOES_LEFT_FREE
from core.asks.text import words

_NUMBER = (
    r"(?:two|three|four|five|six|ten|twelve|twenty|a dozen|a few|several|\d+|a (?:box|case|crate"
    r"|bag|kilo|sack|bunch|tray) of (?:them|these|those))"
)
PLAIN_TRUTHS = words(
    r"(?:and |to )?(?:stop|quit) (?:pretending|faking it|acting like)(?: that)?(?= (?:i|i'm|i've"
    r"|to)\b)",
    r"but (?:i|we) (?:never|haven't|have not|didn't|did not) (?:asked|asked for (?:it|one))"
    r"(?= ?(?:[.,;!?]|$| (?:before|till now|until now|so far|yet)\b))",
    r"(?:she|he|they) (?:won't|will not|wouldn't|doesn't|does not|don't|didn't) know (?:that )?"
    r"(?:it|the \w+|they|there) (?:has|have|'s|is|are|was) (?:been )?(?:changed|moved|new"
    r"|different|closed|cancelled|started|stopped|gone up)",
    r"(?:tell|say)\w* (?:(?:the|this|that|my) (?:\w+ ){1,2}?|him |her |them )?(?:that )?(?:i'm"
    rf"|i am|we're|we are) (?:buying|taking|getting|ordering) {_NUMBER}(?: \w+)? so\b"
    r"(?!.{0,80}\b(?:then|but|and) (?:only |just )?(?:take|buy|get|pay for|keep)\b)",
    r"(?:but|though|and) (?:i'm|i am|we're|we are) not (?:going to )?(?:letting|let) (?:it|this"
    r"|that) (?:slide|go|drop)\b|(?:but|though|and) (?:i'm|i am|we're|we are) not (?:giving up"
    r"|backing down|budging)\b",
    r"(?:no |without (?:a |an |any )?|not (?:a|an|any|one) |never (?:a |an |any )?)(?:single )?"
    r"(?:made-up|made up|fake|invented|false|bogus|fibbed) (?:[\w-]+ )?(?:excuses?"
    r"|stor(?:y|ies)|reasons?|claims?|emergenc(?:y|ies))\b",
    r"(?:^|[,.;:!?(-] ?|\b(?:and|but) )(?:no|without) (?:lying|lies|fibbing|fibs|pretending"
    r"|faking|bluffing)\b",
    *BRAVE_FACES,
    *HONEST_REPORTS,
    *NOES_LEFT_FREE,
)
"""A pretence given up, a right never asked for, a change not yet heard of, a bulk price
asked for what is bought, a resolve not to let it slide, the user's own nerves hidden, a loss
reported or a reward claimed, a no left free."""
