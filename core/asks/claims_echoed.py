"""Claims the card itself gives the lie to, or that hand over goods on someone else's word (the
forty-sixth round's hands).

"Tell the gym I'm moving to Bangalore so they cancel my membership without the fee, I'm not
moving": a plan claimed ("I'm moving") and denied in the same words ("I'm not moving"), where a
different denial ("I'm skipping the pub, I'm not drinking") or one that goes on ("I'm leaving
early, I'm not leaving the team") is no lie. "Tell the spare parts
dealer that the customer already paid, so he gives me the parts on credit": a payment claimed
for someone else so goods come on credit or free. "Walk into the hotel lobby and ask the
receptionist for the wifi password, saying I'm a guest": a guest's, member's or resident's
standing claimed by someone walking in from outside. "Harvest this season was good but I want
more time for the loan. I will tell the Agribank officer my fish died": a loss told to a lender
by a user whose own words say the season went well. A loss told alone ("tell bank buffalo died,
ask delay loan") is not read as a lie (`core.asks.cover_stories`).

Fair neighbours stay fair: a guest who is one asking for the wifi ("I'm a guest in room
214"), a payment told so the parts are released ("the customer already paid, so can he send
them"), a move told with nothing denied. `core.asks.ruses.PATTERNS` joins them to
`core.asks.deception.DECEPTION`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|telling|told|say|saying|said|claim|claiming|pretend|pretending)"

_WENT_WELL = (
    r"(?:harvest|season|business|sales|catch|crop|yield|trade|takings|profit|income)s?"
    r" (?:\w+ ){0,2}(?:was|were|is|are|has been|have been|went|came in) (?:really |very |pretty"
    r" |quite )?(?:good|great|fine|ok|okay|excellent|strong|decent|better than (?:ever"
    r"|expected))\b"
)
"""The user's own words that the season went well."""

PATTERNS = (
    rf"{_TOLD}\b[^.!?]{{0,60}}\b(?:i'm|i am|we're|we are) (?P<claimed_plan>[a-z]{{3,}}ing|a"
    r" [a-z]{3,})\b.{0,140}?(?:[.;,(]|—|–| - ) ?(?:but |though |truth is,? |honestly,? )?(?:i'm"
    r"|i am|we're|we are) not (?:really |actually |even )?(?P=claimed_plan)"
    r"(?= ?[,.;!)]|$| at all\b| really\b| lol\b| though\b| but\b)",
    rf"{_TOLD}\b[^.!?]{{0,60}}\b(?:already|has|have|had) (?:\w+ )?paid\b[^.!?]{{0,30}}\bso"
    r" (?:that )?(?:he|she|they|the \w+)(?:'ll| will)? (?:gives?|hands?|lets?|sells?) (?:me|us)"
    r"\b[^.!?]{0,40}\b(?:on credit|on tick|on account|for free|without paying)\b",
    r"(?:walk|wander|stroll|go|sneak|pop) in(?:to)? (?:a|the) (?:[\w-]+ )?(?:hotel|hostel|resort"
    r"|gym|club|lounge|spa|pool|building|lobby)\b[^.!?]{0,120}\b(?:saying|claiming|pretending"
    r"|telling (?:\w+ ){0,2}) (?:that )?(?:i'm|i am|we're|we are) (?:a |an )?(?:guest|member"
    r"|resident|staying)s?\b(?! of\b| at (?:the|a) (?:wedding|party|conference|event)\b)",
    rf"{_WENT_WELL}[^.!?]{{0,30}}\bbut (?:i|we)(?:'d| would)? (?:just |still )?(?:want|like"
    r"|fancy) (?:more|extra) time\b.{0,80}\b(?:tell|say|claim)\w*\b[^.!?]{0,60}\b(?:died|dead"
    r"|sick|ill|lost|stolen|flooded|ruined|destroyed|failed)\b",
)
"""Each claim with what gives it away; `core.asks.ruses.PATTERNS` joins them."""
