"""What the user says will follow a no: a secret told, a visit withheld, a door barred.

`core.asks.threats` reads the common threats; these are the shapes it leaves, each a no
answered in advance: "if he doesn't lend me his truck I'm not coming to Mom's birthday", "if
he doesn't lend me his PS5 I'm telling everyone who his crush is", "I'll tell Mammy about his
debts", "if she not swap shift I tell supervisor she smoke", "I tell her mother where she
was on Saturday", "I will withdraw my support for their promotions if they do not back my
proposal", "I'll bar 'em if they don't sign up", "my kids won't have Christmas and it's gonna
be her fault", "or i tell the chief steward about his smoking on deck", "if not I tell their
mom who really broke the vase", "if no, I quit and take 3 drivers with me", "he can forget
about coming up to the cabin anymore", "who refuses leaves our stage". A plan of the user's
own after a no
("if he can't, I'll rent a van", "if she says no, I'll tell her that's fine", "I'll cancel my
order if it doesn't come") costs the person nothing and is not read. Read into the ask's
`demands` by `core.asks.slots`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEM = r"(?:she|he|they|you|the \w+|my \w+|\w+)"
_NO = (
    r"(?:don't|doesn't|do not|does not|didn't|did not|won't|will not|wouldn't|can't|cannot|not"
    r"|no|never|refuses?|says? no|said no|isn't|aren't)"
)
"""A no, or its dialect form ("if she not swap shift", "if he no give")."""
_I = (
    r"(?:(?:i|we)(?:'ll| will|'m| am|'m gonna|'m going to| gonna| am going to|'d| would)?|ill"
    r"|mi(?: a| ago| wi)?)"
)
"""The user, in any tense, typed "ill" for "I'll", or in Jamaican "mi" ("mi tell mommy")."""

_FAILING = (
    r"(?:smokes?|vapes?|drinks?|steals?|stole|lies|lied|cheats?|cheated|owes?|skives?|bunks?"
    r"|gambles?|fiddles?|sleeps around|slept with|fancies|likes|copied|cheats on)"
)
"""A habit or a failing of the person's, told on ("she smoke in the toilet")."""
_SECRET = (
    r"(?:crush|secret|secrets|debts?|past|affair|record|history|habit|habits|ex|grades|marks"
    r"|salary|diagnosis|tinder|bumble|grindr|hinge|dating (?:app|apps|profile)|smoking|vaping"
    r"|drinking|gambling|lies|lying|cheating|skiving|bunking|lateness|long (?:breaks|lunches)"
    r"|mistake|mistakes|accident|speeding ticket|fine|fines|girlfriend|boyfriend|side piece)"
)
_TELL = (
    rf"{_I} (?:\w+ )?(?:tell|telling|tellin|post|posting|share|sharing|spread|spreading|show"
    r"|showing) (?!(?:him|her|them|you)\b(?! (?:mum|mom|mother|mam|dad|father|parents|boss"
    r"|husband|wife|partner|girlfriend|boyfriend|teacher|manager)\b))(?:\w+ ){1,3}?"
)
_TELLS_ON_THEM = (
    rf"{_TELL}(?:(?:who|what|where|about) (?:\w+ )?(?:his|her|their|your) (?:\w+ )?{_SECRET}"
    rf"|(?:who|what|where|about) (?:he|she|they|you) (?:\w+ )?(?:did|does|was|were|is|are|has"
    rf"|went|goes|sees|saw|really)|(?:that )?(?:he|she|they|you) (?:\w+ )?{_FAILING})\b"
)
"""A secret or a failing of the person's told to others: a crush, a debt, a habit at work."""
_WITHHELD = (
    rf"{_I} (?:not|never|no longer|won't be|will not be) (?:coming|turning up|showing up"
    r"|attending|be there)(?: to| at| for)? (?:her |his |their |your |\w+'s )\w+",
    rf"{_I} (?:\w+ )?(?:withdraw|pull|take back|revoke|block|veto|drop|cut)\w* (?:my |our |all"
    r" (?:my |our )?)?(?:support|backing|vote|votes|sponsorship|recommendation|reference"
    r"|endorsement|funding)\b",
    rf"{_I} (?:\w+ )?(?:(?:bar|ban|blacklist|exclude|sack|fire|dock)\w* (?:him|her|them|'em"
    r"|you)\b(?! (?:a|an|the|some|my|our)\b)|(?:kick|throw|boot|chuck|turf)\w* (?:him|her"
    r"|them|'em|you) (?:out|off)\b)",
)
"""A visit, a vote or a place withheld from the person: the birthday skipped, the support
withdrawn, the door of the bar closed to them."""
_THEIR_FAULT = (
    r"(?:it's|it is|it'll be|it will be|it'd be|it would be|it's gonna be|it's going to be"
    r"|that's|that'll be) (?:all )?(?:her|his|their|your) (?:own )?fault",
    r"(?:my|our) (?:kids|children|family|little ones|baby|babies) (?:won't|will not|can't"
    r"|wouldn't|'ll go without|will go without) (?:have|get) (?:a |any )?(?:christmas|presents"
    r"|gifts|food|dinner|a roof|school|shoes|a birthday)\b",
)
"""The hurt a no is said to cause, laid on the person: "it's gonna be her fault"."""

_ANSWERS_TO = (
    r"(?:mum|mom|mommy|mummy|mam|mammy|mama|ma|dad|daddy|pa|papa|father|mother|parents|missus"
    r"|grandma|granny|gran|nan|nana|grandad|grandpa|grandparents|oma|opa|lola|lolo"
    r"|wife|husband|partner|girlfriend|boyfriend|boss|manager|supervisor|teacher|principal|head"
    r"|coach|steward|foreman|landlord|police|cops|(?:chief|head|senior) \w+)"
)
"""Those the person answers to at home or at work: a parent, a spouse, a boss, a chief steward."""
_TOLD_ON = (
    rf"{_I} (?:\w+ )?(?:tell|telling|tellin|report|reporting|grass|snitch) (?:(?:on (?:him|her"
    rf"|them) )?to )?(?:(?:his|her|their|your|our|the|my) )?{_ANSWERS_TO}\b (?:about (?:his|her"
    rf"|their|your) (?:\w+ ){{0,2}}?{_SECRET}\b|who (?:\w+ )?(?:really|actually)\b|(?:what|wah"
    r"|wha|weh) (?:he|she|they|him|dem|you) (?:\w+ )?(?:did|do|does|done|really)\b)"
)
"""The person told on to whoever they answer to, a secret or a failing of theirs: "I tell the
chief steward about his smoking", "ill tell his missus about his tinder", "I tell their mom who
really broke the vase", "mi tell mommy wah him do"; not news passed on ("I'll tell mum about
her new job", "tell mum what a great cook he is")."""
_SHUT_OUT = (
    r"(?:he|she|they|you) can (?:just )?forget (?:about )?(?:\w+ing|my|our|the)\b[^.!?;]{0,50}?"
    r"\b(?:anymore|any more|again|ever|for good)\b",
    r"(?:he|she|they|you)(?:'s| is|'re| are|'ll be| will be) (?:no longer|not|never) welcome\b",
)
"""A place or a visit the person is shut out of for good: "he can forget about coming up to
the cabin anymore", "she's not welcome at ours"."""
_GOES_HUNGRY = (
    rf"{_I} (?:\w+ )?(?:stop eating|(?:not|never|won't) eat(?= anything| a thing| at all| until"
    r"| again| any more| anymore|[,.;!]|$)|refuse (?:food|to eat)|starve myself|go on (?:a )?"
    r"hunger strike)\b"
)
"""The user's own meals refused until the person gives in ("if he does not say yes to the
marriage, I will not eat"): a hunger strike laid at a son's or a daughter's feet."""
_ACTS = "|".join((_TELLS_ON_THEM, _TOLD_ON, *_WITHHELD, *_THEIR_FAULT, *_SHUT_OUT, _GOES_HUNGRY))
_OR_ELSE = r"(?:\bor(?: else)?|\botherwise|\bif not|\bif no(?=[,.!]| i\b| we\b| mi\b))"
"""A no given no subject at all: "or I tell mommy", "if not I tell their mom", "if no, I..."."""

THREATENED_NO = words(
    rf"(?:if|unless|when) {_THEM} (?:\w+ )?{_NO}\b[^.!?;]{{0,80}}?\b(?:{_ACTS})",
    rf"(?:{_ACTS})\b[^.!?;]{{0,60}}?\b(?:if|unless) {_THEM}(?: \w+)? {_NO}\b",
    rf"{_OR_ELSE},? (?:{_TOLD_ON}|{_I} (?:just )?(?:quit|resign|walk out|walk off)\b"
    rf"|(?:{_SHUT_OUT[0]}))",
    r"(?:whoever|anyone who|anybody who|any \w+ who|those who|who) (?:\w+ )?(?:refuses?"
    r"|says? no|won't pay|doesn't pay|don't pay|won't give|doesn't give|don't give)\b,?"
    r" (?:\w+ )?(?:leaves?|is out|are out|gets? (?:kicked|thrown|booted|chased) out|must go"
    r"|has to go|have to go|goes|can go|can leave|must leave|is off|are off|loses?)\b",
)
"""A no answered in advance with one of the acts, before it or after it; or after a bare "or"
or "if not" ("if no, I quit and take 3 drivers with me"); or a whole crew told whoever refuses
leaves ("who refuses leaves our stage")."""


def threatens_a_no(text: str) -> bool:
    """Whether the ask says what the person will suffer for a no: a secret told, a visit or a
    vote withheld, a door barred, a hurt laid at their feet."""
    return has(THREATENED_NO, text)
