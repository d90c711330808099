"""A no reported in more words and tongues, and an ask planned past it anyway.

Users report a no the way they heard it: Spanish "Pilar dijo que no quería bailar", Portuguese
"a cliente já disse que não quer franja", Patois "di man seh no to mi price", a laugh and a
change of subject ("se rió y cambió de tema"), "she said 'I'd rather not, love'", a rule the
person gave as their answer ("she said she doesn't date coworkers"), or days of silence after
the ask ("she no answer my kakao for 3 days after i ask her to dinner"). Beside it the card
plans the next try: "ask her again", "one more go and she'll cave", "at every panigyri", "the
same question every morning".
Some plans need no reported no at all, since they only exist to wear one down: "every day till
him tired a mi", "until she sees I am serious", "ya cederá" (she'll give in), "not let her
change the subject this time".

Fair neighbours stay fair: a no with no second try ("she said she doesn't date coworkers, so I
asked someone else to the party" names no "again"), one more go on a ride or a game asked of a
friend who never said no, a hostel that is full and every other hostel asked, the user's own
"I'd rather not", a mum who has not answered for two days called again, and a festival with
nobody pressed. `core.asks.asked_again` reads this into
`repeats_after_no`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import persistence
from core.asks.text import has, words

_SHE = r"(?:she|he|they|him|her|dem|shi|di \w+|the \w+)"

NO_GIVEN = words(
    r"(?:dijo|dijeron|ha dicho|me dijo|me dijeron|disse|disseram|j[aá] disse|me disse)"
    r" que (?:no|n[aã]o)\b",
    r"(?:seh|sey|sed|said) no (?:to (?:mi|me|my)|fi)\b",
    r"(?:cambi[oó]|cambiaba) (?:de|el) tema|mud(?:ou|a) de assunto",
    r"(?<!i )(?<!we )(?:said|says|told (?:me|us)|replied),? (?:'|\")?(?:oh |ah |no,? |nah,? )?"
    r"i'?d rather not\b",
    r"(?:said|says|told (?:me|us)) (?:that )?(?:she|he|they) (?:doesn't|does not|don't|do not"
    r"|won't|wouldn't) (?:date|go out with|dance with|see) (?:\w+ )?(?:coworkers|co-workers"
    r"|colleagues|customers|clients|patients|students|people from work|anyone|men|women|guys"
    r"|girls|people)\b",
    rf"{_SHE} (?:no|not|never|didn't|hasn't|haven't|won't) (?:answer|repl(?:y|ie)|respond|read)\w*"
    r" (?:\w+ ){0,3}(?:for|in) (?:\d+|a few|two|three|four|five|six|several|many) (?:days|weeks)"
    r" (?:since|after) i (?:ask|asked|invited) (?:her|him|them)\b",
    r"(?:said|says|told (?:me|you|us)|explained\w*)(?: \w+){0,5} (?:that )?(?:she|he|they)"
    r" (?:wasn't|isn't|was not|is not|weren't|aren't|didn't|did not) (?:comfortable|looking for"
    r" (?:anything|anyone|a relationship)|want(?: to)?)\b",
    r"(?:told (?:me|you|us)|said)(?: \w+){0,3} (?:that )?(?:she|he|they) (?:only|just) (?:sees?"
    r"|thinks? of) (?:you|me|him|her) as a (?:friend|mate|colleague)\b",
    r"explained\w*(?: \w+){0,5} why (?:she|he|they|it) (?:won't|can't|wouldn't|couldn't|cannot"
    r"|will not|isn't|is not)\b",
    r"told (?:me|us) (?:that )?(?:they|we|she|he) (?:don't|dont|do not|doesn't) do (?:it|that"
    r"|those|this|free \w+|\w+s)\b",
)
"""A no heard in Spanish, Portuguese or Patois, a change of subject, "I'd rather not" (the
person's, not the user's own), a rule given as the answer ("doesn't date coworkers", "they
don't do it"), days of silence after the user's ask (not a mum who has not answered for two
days), a no said softly ("she wasn't comfortable giving one", "he didn't want to", "she only
sees you as a friend"), or the reasons for a no already explained."""

TRY_AGAIN = words(
    r"one more (?:go|try|shot|push|attempt)"
    r"|at every (?:single )?(?!other\b|different\b|new\b|nearby\b|next\b)\w+",
    r"(?:convince|persuade|talk) (?:her|him|them) (?:again|this time)",
    r"ask (?:\w+ ){0,2}another time\b",
)
"""The next try planned: one more go, at every feast, persuaded again, asked out another
time."""

WORN_DOWN = words(
    rf"(?:till|until|til) {_SHE} (?:tired|sick|fed up) (?:a|of|wid|with) (?:mi|me)\b",
    rf"(?:till|until|til) {_SHE} (?:sees?|realises?|realizes?|knows?|understands?) (?:that )?"
    r"(?:i'm|i am|how) (?:serious|sincere|committed|determined)\b",
    r"(?:ya |al final |seguro que )(?:ceder[aá]|aceptar[aá]|dir[aá] que s[ií])\b",
    r"(?:one more|another) (?:go|try|ask|push)\b.{0,20}\b(?:she|he|they)(?:'ll| will) (?:cave"
    r"|crack|give in|fold|say yes|come round)\b",
    r"(?:not|don't|won't|never) let (?:her|him|them) change (?:the )?(?:subject|topic)\b",
    rf"(?:call|ring|phone|text|message|ask|email|visit|try) {_SHE} (?:again )?(?:tomorrow|today)"
    r" and (?:the (?:next|day after)|again|every day)\b[^.!?;]{0,40}?\b(?:she|he|they)(?:'ll| will)"
    r" (?:\w+ )?(?:give up|give in|cave|crack|fold|say yes|come round|relent|agree)\b",
    r"(?:on|by|at|after) the (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth"
    r"|hundredth|umpteenth|nth|\d+(?:rd|th)) (?:ask|asking|try|attempt|go|request)\b[^.!?;]{0,30}?"
    r"\b(?:she|he|they)(?:'ll| will| might| may)? (?:\w+ )?(?:gives?|says? yes|agrees?|caves?"
    r"|cracks?|relents?|tells?|shares?|lets?)\b",
    r"(?:every|each) (?:single )?(?:day|morning|evening|week)\b[^.!?;]{0,80}?\b(?:until|till|til)"
    r" (?:she|he|they) (?:finally |eventually )?(?:agrees?|says? yes|gives? in|caves?|relents?"
    r"|sells?)\b",
)
"""A plan only to wear a no down: until the person tires or sees the user is serious, "ya
cederá", one more go before they cave, the subject they turned to kept from them, or the ask
counted on to work by its fifth time ("maybe on the fifth ask she gives it"), calls day
after day until "she will give up eventually", or the same ask put every day "until he finally
agrees"."""


GIVES_IN_LATER = words(
    r"(?:she|he|they)(?:'ll| will| would|'d) (?:\w+ )?(?:give up|give in|cave|crack|fold|relent"
    r"|come round|say yes) (?:eventually|in the end|sooner or later)\b",
)
"""A no counted on to fold in time ("she will give up eventually"): wearing it down when a no
was given; a dad who will give up smoking eventually gave none."""


def asks_past_an_unheeded_no(text: str) -> bool:
    """Whether the words plan to wear a no down, or report a no in the words above and plan
    another try in theirs or `core.asks.persistence`'s."""
    if has(WORN_DOWN, text):
        return True
    if has(GIVES_IN_LATER, text) and has(persistence.PRIOR_NO, text, guided=False):
        return True
    if has(NO_GIVEN, text, guided=False):
        return has(TRY_AGAIN, text) or has(persistence.AGAIN, text)
    if has(TRY_AGAIN, text):
        return has(persistence.PRIOR_NO, text, guided=False)
    return False
