"""A no the person is never let say: talked over, cut off, hung up on, or told it won't count.

"Keep talking over her every time she starts to say no, don't let her finish", "keep them on
the line giving out till they cancel me ticket, don't let them get a word in", "hang up if he
argues", "don't accept non", "not takin no", "no room to say no": the user plans the call so
that the other person's no is never heard, or says in advance it will not be taken. An ask is
only an ask while a no stays free; these leave none, whoever is rung (a council office, a
supplier, a rep at a counter). A no the user is ready to take ("and take no for an answer"), a
caller on hold who stays on the line, or the user's own "no excuses" to themselves stay fair.
Read into the ask's `demands` through `core.asks.hard_nos`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEM = r"(?:him|her|them|'em|the \w+|anyone|anybody)"
_SPEAK = (
    r"(?:get a word in(?: edgeways| edgewise)?|finish|answer|explain|object|say no"
    r"|say (?:a|one) word|refuse|decline|reply|respond)"
)
"""What a person is not let do when their no is shut out. Talking, speaking, arguing and
interrupting stay out: "ask the ref not to let them argue with the linesman" keeps order."""

_NOT_A_PERSON = (
    r"(?!(?:the )?(?:tv|telly|television|radio|music|noise|phone|line|call|speaker|speakers"
    r"|engine|traffic|wind|crowd|band|kettle|dishwasher|baby monitor|intercom)\b)"
)
"""What a voice may be raised over without drowning anyone's no ("shouting over the TV",
"talking over the phone")."""

_NOT_REFUSED = r"(?<!stop )(?<!n't )(?<!not )(?<!never )(?<!avoid )(?<!without )(?<!no )"
"""A voice the user means to keep down: "stop talking over me", "I won't talk over him"."""

TALKED_OVER = words(
    rf"(?:don't|do not|dont|never|not|won't|will not) (?:let|allow) {_THEM} (?:to )?{_SPEAK}\b",
    rf"{_NOT_REFUSED}(?:talk|talking|talked|shout|shouting|speak|speaking) (?:right )?over"
    rf" {_NOT_A_PERSON}{_THEM}\b",
    r"(?:cut|cutting|shut|shutting) (?:him|her|them|'em) (?:off|down|up) (?:every time|whenever"
    r"|each time|the moment|as soon as|when|if) (?:she|he|they) (?:\w+ )?(?:says?|starts?|tries"
    r"|try|opens?|begins?|argues?|objects?|refuses?|hesitates?)\b",
    r"(?:hang|hanging|put the phone) (?:up|down)(?: on (?:him|her|them|'em))? (?:if|when|the"
    r" moment|as soon as|every time|whenever) (?:she|he|they|the \w+) (?:\w+ ){0,2}?(?:argu\w*"
    r"|object\w*|says? no|saying no|refus\w*|push(?:es|ing)? back|hesitat\w*|disagree\w*"
    r"|complain\w*|question\w*|negotiat\w*|haggl\w*)\b",
)
"""The other person's words drowned or cut off: not let get a word in or finish, talked over,
shut down whenever they start to refuse, hung up on if they argue."""

NO_NOT_TAKEN = words(
    r"(?:don't|do not|dont|won't|will not|wont|never|not|i'm not|am not|refuse to) (?:gonna )?"
    r"(?:accept|accepting|taking|takin'?|hear|hearing|have) (?:a |any |his |her |their"
    r" )?(?:no|non|nein|naw|nae|nope|refusal|refusals)\b(?!-)(?! (?:thanks|thank you|sugar|milk"
    r"|ice|onions?|more|one|problem|worries|charge|fee)\b)(?! from (?:me|myself|us)\b)",
    r"no (?:room|way|chance|option|space) (?:for (?:him|her|them|the \w+) )?to (?:say no|refuse"
    r"|decline|back out|turn (?:it|me|us) down)\b",
    r"(?:saying |a )?no (?:is|isn't|is not|'s) (?:not )?an option\b(?! for me)",
    r"(?:it's|it is|its|only|it'll be|it will be|na|na only|e be) (?:a )?yes or (?:nothing|nothin"
    r"|notin|yes)\b",
)
"""A no the user says in advance they will not take, or leaves no room for ("don't accept non",
"not takin no", "no room to say no", "no is not an option", "it's yes or nothing", in Pidgin
"na yes or nothing"); a coach
asked "not to accept no from me" holds the user to their own goal. "Won't take no" is left to
`core.asks.persistence`, which reads it as asking again."""

_GIVES = (
    r"(?:sends?|cancels?|waives?|drops?|gives?|agrees?|fixes?|sorts?|refunds?|lets?|does|caves?"
    r"|says? yes|backs? down|approves?|budges?|relents?|books?|upgrades?|reverses?|removes?"
    r"|changes?|accepts?|signs?|pays?|credits?|puts? (?:me|us) through|escalates?)"
)
"""What the person held on the line is to give in the end. A call kept going until an
ambulance arrives, a demo ends or a baby sleeps holds no one to a yes."""

KEPT_ON_THE_LINE = words(
    r"keep(?:ing)? (?:him|her|them|'em|the \w+(?: \w+)?) on the (?:phone|line|call)\b[^.!?;]{0,60}"
    rf"\b(?:until|till|til|untill) (?:she|he|they|it|the \w+) (?:\w+ )?{_GIVES}\b",
    r"(?:yell|yelling|shout|shouting|scream|screaming|rant|ranting|giving out|give out"
    r"|kick(?:ing)? off)\b[^.!?;]{0,40}\b(?:until|till|til|untill) (?:she|he|they|the \w+)"
    rf" (?:\w+ )?{_GIVES}\b",
)
"""Someone held on the phone, or shouted at, until they give: "keep them on the line giving
out till they cancel", "keep them on the phone yelling till they send up the meds"."""


NOT_LET_ANSWER = words(
    r"(?:don't|do not|dont|never|not) let (?:her|him|them|'em|the \w+) (?:talk|speak)(?=\W*(?:$"
    r"|[,.;!?]|and\b|at all\b|first\b|back\b))",
)
NOT_LET_LEAVE = words(
    r"(?:don't|do not|dont|never|not) let (?:her|him|them|'em|the \w+) (?:leave|go|walk out|out"
    r" the door)(?: \w+)? without (?:buying|paying for|signing|booking|ordering|it|one|them)\b",
)
"""A customer or a patient told what they must do and not let answer, or not let leave
without buying ("tell her she must come tomorrow or we charge full amount, don't let her
talk", "tell the client she must buy the shampoo, don't let her leave without it"). "Don't let
him talk you into it" is the user's own guard, and a coat she must not leave without is no
sale: leaving without is read only beside one."""
_SALE = words(r"buy|buys|purchase|sell|sale|pay|book|sign|order|charge|upsell")


def shouts_down(text: str) -> bool:
    """Whether the ask plans for the person's no never to be heard: talked over, cut off,
    hung up on, held on the line until they give, or told in advance it will not be taken."""
    if has(NOT_LET_LEAVE, text) and has(_SALE, text):
        return True
    if "let" in text and has(NOT_LET_ANSWER, text):
        return True
    return any(has(lexicon, text) for lexicon in (TALKED_OVER, NO_NOT_TAKEN, KEPT_ON_THE_LINE))
