"""What a stranger may be asked: a moment of their time, and nothing that costs them more.

The practice's guidance is that an ask of someone you don't know stays small, brief
and easy to decline: a question about the world around you, a tiny favour (a photo of
you, a pen for a minute, a seat swap), a greeting or a compliment on a choice. Rather
than list every way an ask of a stranger can go too far, this module lists what fits
in that moment; an ask of a stranger that is neither a question nor one of these small
favours puts them on the spot. The lexicons match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

PERMISSION = words(r"(?:if|whether) (?:i|we|you) (?:can|could|may|might|'d be able to)")
SMALL_PERMISSION = words(
    r"(?:if|whether) (?:i|we|you) (?:can|could|may|might) (?:please )?"
    r"(?:borrow (?:a|an|their|his|her) (?:pen|pencil|charger|lighter|map|paper|newspaper"
    r"|phone charger|lead|cable)|plug (?:in|my|your)|sit (?:here|there|down|on the|in the"
    r"|next to)|swap|join (?:for|in) (?:one|a) (?:round|game)|play (?:one|a) (?:round|game)"
    r"|say hello to (?:it|them|their \w+|the \w+)|pet|work in|share (?:the|a) (?:bench|machine"
    r"|rack|table)|stroke (?:their|his|her|the)"
    r" (?:dog|cat|puppy)|take a (?:photo|picture) of (?:their|his|her|the) (?:dog|view|garden"
    r"|mural|building)|ask (?:a|one|them a|you a) (?:quick )?question|have (?:a look|the seat"
    r"|this seat)|use (?:the|this) (?:seat|table|chair))"
)
QUESTION = words(r"what|which|where|when|how|who|whether|if|why|do you know|any idea")
SMALL_FAVOUR = words(
    r"to (?:recommend|suggest|name|point|show me (?:the way|where|how)|tell (?:me|you|us) "
    r"(?:the time|the way|where|which|how|what|when|whether|if|a joke|about (?:the|this|that"
    r"|their (?:dog|book|shirt|choice|band|team))|their favourite)|take (?:a|our|my|your)"
    r" (?:photo|picture|group photo)|help (?:me|you|us) (?:find|with directions|read|work out"
    r"|choose)|swap seats|keep an eye on (?:my|your) (?:seat|spot|place)|pass|hold the door"
    r"|share (?:a|one|their) (?:tip|recommendation|favourite)|(?:watch|mind|keep an eye on) my ("
    r"?:\w+ )?(?:seat"
    r"|spot|place|bike|bag|suitcase|luggage|things|stuff)|explain"
    r" (?:how|which|what|where) (?:the|this|to)|settle (?:a|an) (?:question|argument|debate))"
)
SMALL_THING = words(
    r"for (?:directions|the time|a recommendation|recommendations|advice|a tip|tips|help"
    r"|a suggestion|their (?:opinion|recommendation|advice|tip|take|favourite|pick|view"
    r"|thoughts)|a (?:pen|pencil|light|tissue|hand with (?:the|a) (?:door|map|pram|buggy|bag))"
    r"|the way|the wifi|change for (?:a|the))"
)


def asks_more_than_a_moment(request: str) -> bool:
    """Whether what follows the stranger in an ask costs them more than a small moment.

    `request` is the normal-form text after the words that name the stranger."""
    if has(PERMISSION, request):
        return not has(SMALL_PERMISSION, request)
    if has(SMALL_FAVOUR, request) or has(SMALL_THING, request):
        return False
    if has(QUESTION, request):
        return False
    return has(_A_REQUEST, request)


_A_REQUEST = words(r"to \w+|for (?:a|an|some|their|his|her|the) \w+")
