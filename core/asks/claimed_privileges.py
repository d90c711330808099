"""A privilege claimed for what it opens: an emergency, a patron's standing, a relative's discount.

"tell the receptionist its an emergency so I get seen before everybody else", "tell someone
it's an emergency and ask to borrow their phone, really I just want to see if they'll say
yes", "tell the guard it's an emergency so he lets me in": an emergency told in a card the
user plans ahead is a pretext, told to go first, to be let in or to be lent something. "tell
the temple office I am a big donor and ask for the special darshan pass": a patron's standing
claimed for the perk it carries. "tell the shop my cousin works here and gets staff discount,
ask them to give it to me": a discount that is the employee's, claimed by their relative. "tell
the waiter I have a coupon even though there isn't one": a claim its own aside undoes; a staff
or student discount asked for after the user left.

Fair neighbours stay fair: an emergency denied ("tell the receptionist it's not an emergency,
I can wait"), a real reason told with an honest ask ("ask to borrow a phone because mine
died"), a wish to give told ("tell the temple office I'd like to donate and ask about the
pass"), a blood donor's card, and a relative who works there asked themselves ("ask my cousin
who works there if she'd use her staff discount for me"). `core.asks.ruses` joins them to its
own; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TOLD = (
    r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|convince\w*"
    r"|persuad\w*|mention\w*|email\w*|text\w*|inform\w*)"
)
_AN_EMERGENCY = (
    rf"{_TOLD}\b(?: [\w'-]+){{0,4}}? (?:that )?(?:it's|its|it is|this is|there's|there is"
    r"|i have|i've got|we have|we've got|i've had|we've had) (?:a |an )?(?:real |genuine |big"
    r" |medical |family |huge )?emergency\b"
)
"""An emergency told: "tell the guard it's an emergency", "say I've got a family emergency";
"it's not an emergency" names none."""
_FIRST_OR_IN = (
    r"(?:so (?:that )?(?:i|we) (?:can |could |'ll |will |might )?(?:get |be )?(?:seen|served"
    r"|in|through|ahead|first|skip|jump|cut|go (?:first|ahead|in|through))"
    r"|before (?:everybody|everyone|anybody|anyone|all|the (?:others|rest|queue|line|people))"
    r"|ahead of|(?:skip|jump|cut|bypass)\w* (?:the |a |this )?(?:queue|line|wait)"
    r"|so (?:that )?(?:they|he|she|the \w+)(?:'ll| will)? (?:let|lets|take|takes|see|sees"
    r"|serve|serves|wave|waves) (?:me|us) (?:in|into|through|first|before|ahead|past|inside"
    r"|upstairs|straight)\b)"
)
_AS_A_TEST = (
    r"(?:really|actually|but|though|truthfully|honestly),? (?:i |i'm |it's )?(?:just |only )?"
    r"(?:want|wanna|testing|curious|to see|see|checking|a test)"
)
_PRETEXT_EMERGENCIES = (
    rf"{_AN_EMERGENCY}[^.!?]{{0,60}}\b{_FIRST_OR_IN}",
    rf"{_AN_EMERGENCY}[^.!?]{{0,80}}\b{_AS_A_TEST}",
)
"""An emergency told to go first or be let in, or told "really" to see what happens."""

_PATRON = r"(?:donor|sponsor|patron|benefactor|investor|shareholder|trustee|contributor)s?"
_PERK = (
    r"(?:special|vip|priority|free|backstage|private|express|fast-?track|exclusive|front-?row"
    r"|complimentary|reserved|better|best|members'?|upgraded?)"
)
_PATRON_FOR_A_PERK = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:that )?(?:i'm|i am|we're|we are) (?:one of )?(?:a |an |the"
    r" |their |your )?(?:[\w-]+'s )?(?:big |major |huge |top |generous |longtime |long-time"
    r" |lifetime |platinum |gold |founding |key |important |main )?"
    rf"{_PATRON}\b[^.!?]{{0,60}}?\b(?:and (?:ask|get|request)\w*(?: (?:them|him|her|for))*"
    r"|to get|so (?:that )?(?:they|he|she|i|we|the \w+)(?:'ll| will)?(?: \w+)?(?: me| us)?|for)"
    rf" (?:a |an |the |their |some |me |us )?(?:[\w-]+ )?{_PERK}\b"
)
"""A patron's standing claimed for the perk it carries ("I am a big donor ... the special
pass"); a wish to give, or a blood donor, claims none."""

_RELATIVE = (
    r"(?:cousin|brother|sister|mum|mom|dad|mother|father|aunt|auntie|aunty|uncle|friend|mate"
    r"|wife|husband|partner|girlfriend|boyfriend|flatmate|roommate|neighbour|son|daughter|niece"
    r"|nephew|[\w-]+-in-law|bestie|bff|best friend|family)"
)
_THEIR_DISCOUNT = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:that )?(?:my|our) (?:[\w-]+ )?{_RELATIVE} (?:works|worked"
    r"|is (?:staff|an employee|employed|on staff)) (?:here|there|at|for)\b[^.!?]{0,80}?"
    r"\b(?:staff|employee|employees'|worker|workers'|family|colleague|team ?member)(?:'s|s')?"
    r" (?:discount|price|rate|deal|card)\b"
)
"""An employee's discount claimed by the employee's relative, told to the shop."""

_HAD_BUT_NONE = (
    rf"{_TOLD}\b[^.!?]{{0,40}}?\b(?:that )?(?:i have|i've got|i got|we have|we've got|i'm owed"
    r"|we're owed|i was promised|we were promised|i'm entitled to)\b[^.!?]{0,50}?,? (?:even though"
    r"|though|although|but|when) there(?:'s| is| are| was| were|'re)? (?:no such|not (?:one|any)"
    r"|(?:isn't|aren't|wasn't|weren't|is not|are not|was not|were not|never (?:was|were))"
    r" (?:one|any|such)|(?:isn't|aren't|wasn't|weren't|never was|never were)(?= ?(?:[.!?,;)]|$)))"
)
"""A discount, a coupon or a promise claimed "though there is no such" thing: the user's own
aside gives the claim away."""

_LAPSED = (
    r"(?:ask|asks|asking|get|use|claim|show|request)\w* (?:for )?(?:the |my |a |an |our )?(?:old )?"
    r"(?:staff|employee|student|members?'?|nhs|military|teacher|pensioner|resident)(?:'s|s')?"
    r" (?:discount|price|rate|deal|card|pass)\b[^.!?]{0,60}?\b(?:even though|though|although|but"
    r"|when|since) (?:i|we)(?:'ve| have)? (?:left|quit|stopped|graduated|finished|retired|moved"
    r"|don't (?:work|study|live)|do not (?:work|study|live)|no longer|haven't (?:worked|studied))\b"
)
"""A discount that was the user's while they worked, studied or lived there, claimed after they
left ("the staff discount at the hospital café even though I left that hospital last year")."""

PATTERNS = (*_PRETEXT_EMERGENCIES, _PATRON_FOR_A_PERK, _THEIR_DISCOUNT, _HAD_BUT_NONE, _LAPSED)
"""Each privilege claimed for what it opens; `core.asks.ruses` joins them to its own."""
