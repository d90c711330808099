"""Someone powerful the user claims to know, named so a favour is given: influence, not a case.

"Ask the noodle supplier for 30 days credit, tell him my cousin the MP will vouch for me",
"mention my uncle is a senator so the landlord skips the deposit", "let the bank know my
friend the minister can back me up": the favour is won on a name the listener cannot check
and fears to cross, not on the user's own word. `core.asks.borrowed_titles` reads a title
the user claims for themself; these read one claimed for someone they know, and kin said to
work inside the office an official answers to ("tell di man at di wharf seh mi cousin work a
customs so him let mi through quicker"). A real guarantor named for a lease ("tell the
landlord my mum will be my guarantor"), or asking the MP themself for a letter ("ask my cousin
the MP to vouch for me"), names no lever on a third person, and stays fair: each shape needs a
telling verb before the claimed connection.
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

_MY = r"(?:my|our|mi)"
_INSIDE = (
    r"(?:customs|immigration|border (?:force|control|patrol)|the border|the port|the police"
    r"|police|the council|council|the ministry|the tax office|revenue|the embassy|the consulate"
    r"|airport security|security|the court|the passport office)"
)
_LET_THROUGH = (
    r"so (?:that )?(?:he|she|they|him|her|dem|the \w+)(?:'ll| will| can| could)? (?:\w+ )?(?:let"
    r"|lets|wave|waves|skip|skips|clear|clears|pass|passes|rush|rushes)\b"
)
_KIN_INSIDE = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}?\b(?:that |seh |say )?{_MY} (?:cousin|uncle|aunt|auntie|brother"
    r"|sister|dad|father|mum|mother|friend|mate|pal|godfather|in-law|brother-in-law"
    r"|sister-in-law|family) (?:work|works|working|is|'s) (?:(?:high )?up )?(?:a|at|in|inna|for"
    rf"|with) {_INSIDE}\b[^.!?;]{{0,30}}?\b{_LET_THROUGH}"
)
"""Kin said to work inside the office an official answers to, told so the official waves the
user through ("tell di man at di wharf seh mi cousin work a customs so him let mi through")."""

_AUTHORITY = (
    r"(?:(?:the|my|our) )?(?:[\w-]+ )?(?:professor|prof|principal|headmaster|headmistress"
    r"|head ?teacher|dean|director|manager|boss|owner|supervisor|chairman)(?: sahab| sir| ji)?"
)
_SAID_SO = (
    r"(?:(?:has |had )?(?:said|says|allowed|okayed|approved|ordered)|gave (?:me |us )?permission"
    r"|told (?:him|her|them|you) to)"
)
_EXCEPTION = (
    r"(?:for free|free|for nothing|on the house|without paying|at night|after hours|after"
    r" closing|before (?:everyone|the others|the queue)|skip\w*|let (?:me|us) in|without (?:a )?"
    r"(?:prescription|ticket|pass|booking))"
)
_NOT_A_MESSAGE = r"(?! (?:thanks|thank you|hello|hi|well done|congratulations|sorry|goodbye)\b)"
"""What the say-so said, when it was only passed on: "the principal said thanks for the free
samosas" is a message, not a claim that gets anything."""
CITED_SAY_SO = (
    rf"{_TOLD}\b[^.!?;]{{0,40}}?\b(?:that )?{_AUTHORITY} (?:\w+ )?{_SAID_SO}\b{_NOT_A_MESSAGE}"
    rf"[^.!?;]{{0,50}}?\b{_EXCEPTION}\b",
)
"""A principal's, a professor's or a manager's say-so told to whoever serves, for what the
rules would not give the user: a samosa free "because the principal said", the reading room
opened at night "because the professor allowed it". The listener cannot check it and dares
not cross it; the user's own word is not what gets the favour. A doctor's advice passed on
("the doctor said to take it with food") asks for no exception and stays fair."""

PATTERNS = (
    _KIN_INSIDE,
    *CITED_SAY_SO,
    rf"{_TOLD}\b[^.!?;]{{0,40}}?\b(?:that )?{_KNOWN},? (?:the |is (?:a |an |the )?)?"
    rf"(?:\w+ )?{_POWERFUL}\b[^.!?;]{{0,30}}?\b{_BACKS}",
    rf"{_TOLD}\b[^.!?;]{{0,40}}?\b(?:that )?(?:i|we) (?:know|am close to|'m close to|'m related"
    rf" to|am related to) (?:the |a |an )?(?:\w+ )?{_POWERFUL}\b[^.!?;]{{0,30}}?\b(?:so|to get"
    r"|and get|for)\b",
)
"""A powerful name the user claims to know, told with what it will do for them ("will vouch
for me", "can sort it"), or told so a favour is given."""
