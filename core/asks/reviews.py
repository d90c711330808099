"""Fake reviews, in words: reviews written as customers who never came, or from many accounts.

Five-star reviews for a cousin's barbershop "from a few different accounts", Google reviews
for the user's own café "with my friends' accounts, as if they visited", five stars from
friends who have "never been", a burner profile
to rate a rival down: each passes one voice off as many, or the user as a customer, so the
readers the reviews are for are misled. A review of a place the user loved, a friend asked
to review a report or an app's users asked for honest reviews stay fair: each needs the
review with the accounts or the visit it pretends. `core.asks.deception.DECEPTION` joins
them to its own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_REVIEW = (
    r"(?:reviews?|ratings?|five[- ]stars?|5[- ]stars?|one[- ]stars?|1[- ]stars?|testimonials?"
    r"|recommendations? on (?:google|yelp|tripadvisor|facebook|trustpilot|amazon))"
)
_MANY_VOICES = (
    r"(?:from|with|using|under|on|via|through|across) (?:a few |several |many |multiple |some"
    r" |my |our |his |her |their |all my |a bunch of |\d+ |two |three |four |five |ten |an? )?"
    r"(?:different|other|fake|false|extra|spare|burner|second|alt|alternative|new|made-up|throwaway"
    r"|friends'?|family's|mates'?|cousins'?|colleagues'?|staff's|people's|\w+'s) (?:[\w'-]+ ){0,3}?"
    r"(?:accounts?|profiles?|names?|emails?|e-mails?|phones?|numbers?|logins?|handles?|sim cards?)"
)
_AS_IF_CUSTOMERS = (
    r"(?:as if|as though|like|pretending|pretend) (?:they|we|i|he|she|you|each|everyone)"
    r"(?:'d| had| have| were| are| was| did)? (?:\w+ )?(?:visited|been|came|come|eaten|ate|stayed"
    r"|bought|used|tried|customers?|guests?|clients?|patients?|diners?|there|tourists?|travell?ers?"
    r"|visitors?|locals|buyers?|passengers?)"
)

_VISITED = r"(?:been|visited|eaten|ate|stayed|tried|used|gone|set foot|ordered|bought|purchased)"
_NEVER_CAME = (
    rf"(?:(?:they|we|i|he|she|you|that|who|none of (?:them|us))(?:'ve| have| has|'d| had)? (?:never"
    rf"|not) (?:even )?{_VISITED}\b|(?:they|we|he|she) (?:haven't|hasn't|hadn't) (?:even )?"
    rf"{_VISITED}\b|none of (?:them|us) (?:have|has|had) (?:ever |even )?{_VISITED}\b"
    r"|(?:even if|even though|though|although) (?:they|he|she|we) (?:didn't|did not|never)"
    r" (?:even )?(?:order|ordered|eat|ate|try|tried|taste|tasted|buy|bought|stay|stayed|visit)\b)"
)
"""Reviewers who, the words say, were never there."""

PATTERNS = (
    rf"{_REVIEW}\b.{{0,80}}\b{_NEVER_CAME}",
    rf"{_NEVER_CAME}\b.{{0,60}}\b(?:five|5)[- ]stars?\b",
    rf"{_REVIEW}\b.{{0,80}}\b{_MANY_VOICES}\b",
    rf"{_MANY_VOICES}\b.{{0,60}}\b{_REVIEW}\b",
    rf"{_REVIEW}\b.{{0,100}}\b{_AS_IF_CUSTOMERS}\b",
    r"(?:fake|bogus|made-up|paid|sock ?puppet) (?:\w+ )?(?:reviews?|ratings?|testimonials?)",
)
"""Each review with the voices or the visit it pretends."""
