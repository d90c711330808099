"""The user's looks or worth put to someone in the words of everyday talk: more of the
judgement lexicon.

"If he reckons I'm still good lookin enough", "whether I am looking old and fat now", "if I
still look pregnant", "whether I've picked up weight", "if I have become too dark and fat",
"whether she considers me a burden", "an unvarnished verdict on my worth", "if she'd still
have married me if I looked like this", "who's the worst looking out of all of us": each
asks someone to judge the user, which no card may ask, whoever is asked. A question about
the user's health or plans ("if I still need the cast", "whether I've picked up the keys")
names no look or worth and stays fair. Fragments for `core.asks.judgement.JUDGEMENT`, over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

_LOOK_WORDS = (
    r"(?:pretty|ugly|handsome|beautiful|attractive|good[- ]look\w*|fit|hot|sexy|old|older|fat"
    r"|fatter|dark|darker|chubby|pregnant|tired|wrinkly|bald|past it|over the hill|stout|portly"
    r"|plump|heavy|heavier|flabby|podgy|tubby)"
)
"""How the user looks, as a question would put it."""

JUDGEMENT = (
    rf"(?:if|whether|reckons?|thinks?) (?:\w+ ){{0,3}}(?:i'm|i am|you're|you are) (?:still"
    rf" |now |getting |too |really |actually )*{_LOOK_WORDS}\b",
    rf"(?:if|whether) (?:i'm|i am|you're|you are) (?:looking|getting) (?:\w+ )?{_LOOK_WORDS}\b",
    rf"(?:if|whether|reckons?|thinks?) (?:\w+ ){{0,3}}i(?:'ve| have)? (?:become|got|gotten|grown"
    rf"|gone) (?:too |so |very )?"
    rf"{_LOOK_WORDS}\b",
    rf"(?:if|whether) i (?:still|really|actually|now) look (?:\w+ )?{_LOOK_WORDS}\b",
    r"(?:picked|piled|packed) (?:up|on) (?:the |some |a bit of )?(?:weight|pounds|kilos)",
    r"(?:consider|considers|sees?|finds?) me (?:a|an) (?:burden|bore|failure|disappointment"
    r"|embarrassment|nuisance|loser)\b",
    r"(?:verdict|judgement|judgment|opinion) on my (?:worth|looks|face|body|appearance)",
    r"(?:would|'d) (?:still )?have (?:married|dated|chosen|picked) me\b",
    r"who(?:'s| is) the (?:worst|best|ugliest|prettiest|fattest|oldest)[- ]looking\b",
    r"(?:rate|score|grade|mark|judge|rank)\w* (?:me and )?my (?:[\w-]+ ){0,2}?(?:bod|body|physique"
    r"|abs|six-?pack|belly|figure|legs|bum|butt|booty|arms|chest|pecs|biceps|thighs|glutes|gains"
    r"|curves|boobs|shape)\b(?! (?:day|workout|routine|press|curls?|exercises?|programme|program"
    r"|plan|of work)\b)",
    r"(?:if|whether) (?:i'm|i am|am i|you're|you are) looking (?:\w+ )?(?:young|younger|youthful"
    r"|my age|(?:\w+ )?for (?:my age|\d+|forty|fifty|sixty))\b",
    r"(?:handsome|pretty|beautiful|good-looking|attractive|cute) (?:\w+ ){0,2}(?:or|ama|au|o)"
    r" (?:\w+ ){0,2}(?:ugly|plain|hideous)\b",
    r"(?:if|whether) i (?:resemble|pass for|come across as|give off|favou?r) (?:a |an )?(?:\w+ )?"
    r"(?:rich|poor|wealthy|broke|posh|cheap|classy|common|successful|homeless|loser|failure"
    r"|ugly|old|fat|attractive|handsome|pretty)\b",
)
"""The user's looks asked after in everyday words (reckons, looking, become, still look),
their weight picked up, their worth given a verdict, a ranking of who looks worst, whether
they have "grown too stout", or whether they are handsome or ugly ("kama mimi ni handsome ama
ni ugly"); their body part by part put to a score ("rate my dad bod 1 to 10"), or whether they
are looking young or old for their age; whether they "resemble a rich man or a poor man", a
verdict on looks in a word other than "look" (a family likeness, "if I resemble my dad", names
no verdict and stays fair)."""
