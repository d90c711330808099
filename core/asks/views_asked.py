"""An opinion asked for: words given, not money, and a view of the user's own work.

"Ask my son to give me his honest opinion on my new website": what the son gives is a word,
yet `core.asks.requests` reads "to give me" and "give me his ..." as money or belongings
handed over, and money asked of the user's own child is power. "Ask my assistant what she
would change about how I run the shop" asks someone who reports to the user for their view
of the user's own running of things: the ask leaders are told to make, easy to answer
lightly and costing nothing a no would. The slots read what is wanted on the text with
these opinions blanked out, and mark the second as asking their view, which the power rule
allows as it allows asking after someone's welfare. Their view of the user's looks is
still a judgement, read by `core.asks.judgement` on the whole text. It matches the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_OPINION = (
    r"(?:opinion|opinions|feedback|advice|thoughts|view|views|verdict|take|critique|pointers"
    r"|input|two cents|honest answer)"
)
WORDS_GIVEN = words(
    r"(?:give|tell|send|offer|share with) (?:me|us) (?:(?:his|her|their|your|an?|some|any"
    r"|the) )?(?:(?:honest|frank|straight|real|brutal|quick|candid|own|expert|proper|true)"
    rf" )*{_OPINION}\b",
)
"""An opinion given ("give me his honest opinion"): a word, nothing out of anyone's pocket.
Tips and notes are left out: they are money as often as advice."""
_MY_WORK = (
    r"(?:(?:how (?:i|we)|the way (?:i|we)) (?:run|manage|lead|handle|organise|organize|do|chair"
    r"|plan|schedule|teach|coach)\b|(?:my|our) (?:management|leadership|managing|running|rota"
    r"|rotas|meetings|feedback|style|shop|business|team|kitchen|classes|lessons|way of \w+)\b)"
)
"""The user's own running of things, or what they run."""
_OUR_WAYS = (
    r"(?:the|our) (?:new |current |old )?(?:process|rota|schedule|system|layout|menu|tools?"
    r"|software|policy|changes?|set-?up|workflow|shifts?|routine|procedures?|checklist)\b"
)
"""How the place works ("what she thinks of the new process"): the workplace's business, a
view anyone on it may be asked for."""
_MY_DRAFT = (
    r"(?:my|our|the new) (?:[\w-]+ ){0,2}?(?:screens?|flows?|designs?|mock-?ups?|slides|slide deck"
    r"|deck|drafts?"
    r"|code|pull requests?|prs?|presentation|pitch|demo|report|writing|portfolio|wireframes?"
    r"|prototypes?|layouts?|copy)\b"
)
"""The user's own piece of work put up for critique ("brutal feedback on my onboarding
screens"): asked of a designer on the user's team, a view of the user's work, not a favour
their job makes hard to refuse."""
_NOTHING_MORE = (
    r"(?![^.!?]{0,80}\b(?:and|then|also|plus) (?:make|get|have|ask|tell|let) (?:her|him|them)\b)"
)
"""No work after the view ("and make her stay late to fix them"): a critique asked, nothing
more."""

VIEW_OF_MY_WORK = words(
    r"what (?:she|he|they|you)(?:'d| would| might| could)? (?:\w+ )?(?:change|improve|do"
    rf" differently|fix|stop|start|keep|want more of|want less of) (?:about|in|with|on) {_MY_WORK}",
    rf"(?:honest |anonymous |frank |candid |brutal |blunt |harsh |real |straight )?(?:feedback"
    rf"|thoughts|input|a view|critique) (?:on|about) (?:{_MY_WORK}|{_MY_DRAFT}{_NOTHING_MORE})",
    rf"(?:how|what) (?:she|he|they|you) (?:really )?(?:think|feel)s? (?:about|of) (?:{_MY_WORK}"
    rf"|{_OUR_WAYS}{_NOTHING_MORE})",
)
"""Someone's view of how the user runs things ("what she would change about how I run the
shop")."""


_FOR_THE_USER = (
    r"(?![^.!?]{0,80}\b(?:me|my|mine|myself|(?:with|for|to|give|giving|lend|share|bring|buy|from)"
    r" us|pay|paid|paying|rent|money|cash|fee|fees|tonight|dates?|drinks?)\b)"
)
"""Nothing of or for the user after it: no snacks shared "with me", no evening at "my place",
no garden done, nothing paid."""
GROUP_CHOICE = words(
    r"(?:what|which) (?:[\w-]+ ){0,2}?(?:they|them)(?:'d| would| most)? (?:really |most |best )?"
    r"(?:want|like|prefer|fancy|choose|pick|enjoy|enjoyed|liked|loved|vote for)(?: (?:best|most))?"
    r"(?: to (?:sing|read|play|do|learn|study|watch|cover|practi[cs]e|try|start with|make|cook"
    rf"|visit|see|write about|work on))?\b{_FOR_THE_USER}",
    r"(?:if|whether) (?:they|them)(?:'d| would)? (?:prefer|rather|like|want)\b[^.!?]{0,40}\bor\b"
    rf"{_FOR_THE_USER}",
    rf"how (?:they|them)(?:'d| would)? (?:rate|like|find|liked|found|enjoyed)\b{_FOR_THE_USER}",
)
"""A group's own choice asked ("ask my campers what songs they want to sing", "if they'd prefer
the quiz on Monday or Friday", "how they'd rate the new waiting room"): the say in what they
will sing or read that a counsellor or a teacher is meant to give them, a word that costs them
nothing. Only "they", a group; a favour, money or a drink with the user still is not one
(`core.asks.decide` lets it pass only when what is wanted is a word or time)."""


_THEIR_STAKES = words(
    r"(?:her|his|their|your) (?:\w+ )?(?:bonus|bonuses|pay|wages?|job|contract|review|appraisal"
    r"|shifts?|hours|reference|promotion|raise|rise|probation|visa|rota)",
)
"""Their pay, job or review named in the same words: a view no longer free to give."""


def asks_their_view(text: str) -> bool:
    """Whether the ask is someone's view of how the user runs things, or a group's own choice,
    with nothing of their job staked on the answer ("say her bonus depends on honesty")."""
    asked = has(VIEW_OF_MY_WORK, text) or has(GROUP_CHOICE, text)
    return asked and not has(_THEIR_STAKES, text, guided=False)


def without_views(text: str) -> str:
    """The text with opinions given and views of the user's work blanked out, for the request
    lexicons to read what else is asked."""
    return without(VIEW_OF_MY_WORK, without(WORDS_GIVEN, text))
