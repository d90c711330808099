"""An opinion or a lesson asked for: words given, not money, and a view of the user's own work.

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
VIEW_OF_MY_WORK = words(
    r"what (?:she|he|they|you)(?:'d| would| might| could)? (?:\w+ )?(?:change|improve|do"
    rf" differently|fix|stop|start|keep|want more of|want less of) (?:about|in|with|on) {_MY_WORK}",
    rf"(?:honest |anonymous |frank |candid )?(?:feedback|thoughts|input|a view) (?:on|about)"
    rf" {_MY_WORK}",
    rf"(?:how|what) (?:she|he|they|you) (?:really )?(?:think|feel)s? (?:about|of) {_MY_WORK}",
)
"""Someone's view of how the user runs things ("what she would change about how I run the
shop")."""

MONEY_LESSON = words(
    r"(?:teach|show|explain to|walk) (?:me|us)(?: through)? how (?:to|i can|we can|i|we)"
    r" (?:\w+ ){0,2}?(?:send|transfer|pay|receive|save|withdraw|deposit|top up|budget|split"
    r"|invest|move)\w* (?:\w+ ){0,2}?(?:money|cash)\b(?! (?:to|into|onto) (?:you|him|her|them"
    r"|his|their|your)\b)(?: (?:on|with|through|via|by|using) (?:the |my )?[\w-]+(?: app)?\b)?",
)
"""A lesson in handling the user's own money ("teach me how to send money on M-Pesa
myself"): what the grandson gives is know-how, not money; money sent to him is not this."""


_THEIR_STAKES = words(
    r"(?:her|his|their|your) (?:\w+ )?(?:bonus|bonuses|pay|wages?|job|contract|review|appraisal"
    r"|shifts?|hours|reference|promotion|raise|rise|probation|visa|rota)",
)
"""Their pay, job or review named in the same words: a view no longer free to give."""


def asks_their_view(text: str) -> bool:
    """Whether the ask is someone's view of how the user runs things, with nothing of their
    job staked on the answer ("say her bonus depends on honesty")."""
    return has(VIEW_OF_MY_WORK, text) and not has(_THEIR_STAKES, text, guided=False)


def without_views(text: str) -> str:
    """The text with opinions given, lessons in the user's own money and views of the user's
    work blanked out, for the request lexicons to read what else is asked."""
    return without(MONEY_LESSON, without(VIEW_OF_MY_WORK, without(WORDS_GIVEN, text)))
