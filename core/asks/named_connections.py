"""Someone powerful the user claims to know, named so a favour is given: influence, not a case.

"Ask the noodle supplier for 30 days credit, tell him my cousin the MP will vouch for me",
"mention my uncle is a senator so the landlord skips the deposit", "let the bank know my
friend the minister can back me up": the favour is won on a name the listener cannot check
and fears to cross, not on the user's own word. `core.asks.borrowed_titles` reads a title
the user claims for themself; these read one claimed for someone they know. A real guarantor
named for a lease ("tell the landlord my mum will be my guarantor"), or asking the MP
themself for a letter ("ask my cousin the MP to vouch for me"), names no lever on a third
person, and stays fair: each shape needs a telling verb before the claimed connection.
`core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|tells|telling|say|saying|mention|mentioning|drop|dropping|let \w+ know)"
_KNOWN = (
    r"(?:my|our) (?:cousin|uncle|aunt|auntie|brother|sister|dad|father|mum|mother|friend|mate"
    r"|pal|godfather|in-law|brother-in-law|sister-in-law|neighbour|family friend)"
)
_POWERFUL = (
    r"(?:mp|senator|minister|governor|mayor|councillor|congressman|congresswoman|commissioner"
    r"|police chief|chief of police|judge|magistrate|big man|oga)"
)
_BACKS = (
    r"(?:will|would|can|could|'ll|is going to|is gonna) (?:\w+ )?(?:vouch|back|guarantee"
    r"|stand surety|sort|speak|have a word|put in a word|call|deal with|hear about)"
)

PATTERNS = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}?\b(?:that )?{_KNOWN},? (?:the |is (?:a |an |the )?)?"
    rf"(?:\w+ )?{_POWERFUL}\b[^.!?;]{{0,30}}?\b{_BACKS}",
    rf"{_TOLD}\b[^.!?;]{{0,40}}?\b(?:that )?(?:i|we) (?:know|am close to|'m close to|'m related"
    rf" to|am related to) (?:the |a |an )?(?:\w+ )?{_POWERFUL}\b[^.!?;]{{0,30}}?\b(?:so|to get"
    r"|and get|for)\b",
)
"""A powerful name the user claims to know, told with what it will do for them ("will vouch
for me", "can sort it"), or told so a favour is given."""
