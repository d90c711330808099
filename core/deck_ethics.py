"""The ethics of the practice, as far as text can check them.

Rejection therapy only works, and only stays kind, when nobody on the other side is
pressured: a "no" ends the ask at once, strangers are never asked for money or for
their details, nobody is touched, nobody is asked to vouch for the user's looks or
worth, and nothing needs a lie or a risk. Every card in the deck (and every card a user
writes for themself) is run through `CHECKS` when it is loaded.

These are deliberately small word rules, not a judge: they catch the slips an author
makes while writing a card quickly. A card can still be wrong in ways no regex sees,
which is why every card is also read by a person before it ships.

How the rules read a card:
- The content rules look at the title, the ask and the tips, never at the ethics note
  (which has to talk about hearing "no").
- A phrase straight after "don't", "do not", "never", "no need to", "avoid" or
  "without" is guidance, not an ask ("never ask again"), so it does not count.
- Matching is case-insensitive and on word boundaries.
- Physical contact includes high fives, fist bumps and handshakes: a card cannot know
  whether the other person welcomes being touched, and every ask works without it.
- Contact details are not asked for from anyone, not only strangers: the bot cannot
  tell who the user knows, and swapping details is something people offer, not a
  challenge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from core.deck import Card

_FLAGS = re.IGNORECASE
_GUIDANCE = re.compile(r"\b(?:don't|do not|never|no need to|avoid|without)\s+$", _FLAGS)
_CURLY_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(rf"\b(?:{p})\b" for p in patterns), _FLAGS)


def _plain(text: str) -> str:
    """Curly apostrophes read as straight ones, so "don’t" and "don't" match alike."""
    return text.translate(_CURLY_APOSTROPHES)


def _content(card: Card) -> str:
    return _plain("\n".join((card.title, card.ask, *card.tips)))


def _hits(pattern: re.Pattern[str], text: str) -> list[str]:
    """Matched phrases that are not preceded by a guiding negation."""
    found: list[str] = []
    for match in pattern.finditer(text):
        if _GUIDANCE.search(text, 0, match.start()) is None:
            found.append(match.group(0))
    return found


def _problem(what: str, hits: Iterable[str]) -> list[str]:
    phrases = sorted({h.lower() for h in hits})
    if not phrases:
        return []
    quoted = ", ".join(f"'{p}'" for p in phrases)
    return [f"{what} (found {quoted})"]


# (a) A "no" ends it. The note must name the refusal and what the user does with it.
_REFUSAL = _words(
    r"no",
    r"not",
    r"nope",
    r"decline[sd]?",
    r"refuses?",
    r"pass(?:es)?",
    r"(?:can|don|doesn|won|isn)'t",
    r"cannot",
)
_ACCEPTANCE = _words(
    r"accept\w*",
    r"let (?:it|them|that|this) go",
    r"thank\w*",
    r"ends?",
    r"drop(?:s|ped)? it",
    r"move on",
    r"leave it",
    r"walk away",
    r"respect\w*",
    r"that's fine",
    r"gracefully",
)


def ethics_note_accepts_no(card: Card) -> list[str]:
    """A card that involves someone else must tell the user that a no is final."""
    if not card.involves_others:
        return []
    note = _plain(card.ethics)
    if not note:
        return ["involves others but has no ethics note saying a no ends it"]
    if _REFUSAL.search(note) is None or _ACCEPTANCE.search(note) is None:
        return [
            "ethics note must make clear a no is accepted at once "
            "(name the no, and say to thank them, accept it, let it go or move on)"
        ]
    return []


# (b) Never money from strangers: the ask would put a passer-by on the spot.
_STRANGER = _words(
    r"strangers?",
    r"passers?-?by",
    r"passerby",
    r"someone you (?:don't|do not) know",
    r"a random person",
    r"random people",
    r"people on the street",
)
_MONEY = _words(
    r"money",
    r"cash",
    r"dollars?",
    r"euros?",
    r"pounds",
    r"quid",
    r"bucks",
    r"coins?",
    r"spare change",
    r"pay for (?:your|my|you|me|it)",
    r"buy (?:you|me) (?:a|an|some|the)",
    r"donat\w+",
    r"lend (?:you|me)",
)
_ASK_FOR_MONEY = _words(r"ask\w* (?:\w+ ){0,5}for (?:some |a little )?(?:money|cash)(?! back)")


def no_money_from_strangers(card: Card) -> list[str]:
    """Asking a stranger for money is begging, not practice; asking anyone for cash is pressure."""
    text = _content(card)
    hits = _hits(_ASK_FOR_MONEY, text)
    if _hits(_STRANGER, text):
        hits += _hits(_MONEY, text)
    return _problem("asks for money", hits)


# (b) Never anyone's contact details or personal data.
_PERSONAL_DATA = _words(
    r"phone numbers?",
    r"mobile numbers?",
    r"(?:their|her|his|someone's|a stranger's|the person's) (?:phone |mobile |cell )?number",
    r"(?:home|email|e-mail|postal|street) address(?:es)?",
    r"(?:their|her|his|someone's|a stranger's) (?:address|email|e-mail|surname|last name"
    r"|birthday|date of birth|socials|social media|instagram|handle)",
    r"where (?:they|he|she) lives?",
    r"contact details",
    r"social media handles?",
    r"(?:instagram|snapchat|tiktok) (?:handle|account|name)s?",
    r"(?:swap|exchange)(?:ping)? numbers",
)


def no_personal_data(card: Card) -> list[str]:
    """Contact details are offered, never collected as a challenge."""
    return _problem("asks for someone's personal details", _hits(_PERSONAL_DATA, _content(card)))


# (b) No touch and no crowding: consent to contact cannot be assumed from a card.
_CONTACT = _words(
    r"hug(?:s|ged|ging)?",
    r"(?<!in )touch(?:es|ed|ing)?(?! base)",
    r"kiss(?:es|ed|ing)?",
    r"hold(?:ing)? hands?",
    r"cuddl\w*",
    r"massag\w*",
    r"high[- ]?fives?",
    r"fist[- ]?bumps?",
    r"handshakes?",
    r"shake (?:their |his |her )?hands?",
    r"piggy[- ]?backs?",
    r"follow (?:them|him|her|someone|people) (?:around|home|out|outside|to their)",
    r"follow (?:a stranger|strangers)",
    r"block (?:their|the|someone's) (?:way|path)",
    r"corner (?:them|him|her|someone)",
    r"wait outside",
)


def no_physical_contact(card: Card) -> list[str]:
    """Touch and crowding turn a harmless ask into an intrusion."""
    return _problem("involves touch or crowding someone", _hits(_CONTACT, _content(card)))


# (b) No validation seeking: the practice is about asking, not being rated.
_VALIDATION = _words(
    r"attractive",
    r"good[- ]looking",
    r"(?:do|does|did) (?:i|you) look",
    r"how (?:do|does) (?:i|my \w+) look",
    r"rate (?:me|my (?:looks|face|outfit|appearance|body))",
    r"am i (?:good|pretty|handsome|beautiful|smart|interesting|likeable|lovable|worth)\w*",
    r"good enough",
    r"hot or not",
    r"for a compliment",
    r"what (?:they|he|she|people) thinks? of (?:you|me)",
)


def no_validation_seeking(card: Card) -> list[str]:
    """Asking others to judge one's looks or worth feeds the fear this practice loosens."""
    return _problem("seeks validation of looks or worth", _hits(_VALIDATION, _content(card)))


# (b) A no is never a reason to ask the same person again.
_REPEAT = _words(
    r"ask(?:ing)? (?:them |him |her |it )?(?:again|twice|a second time)",
    r"keep (?:on )?asking",
    r"until (?:they|he|she|someone|somebody|you) (?:say|says|agree|agrees|give|gives|get)",
    r"(?:don't|won't|not) take no",
    r"no for an answer",
    r"wear (?:them|him|her) down",
    r"talk (?:them|him|her|someone) into",
    r"change (?:their|his|her) mind",
)


def no_repeat_after_no(card: Card) -> list[str]:
    """Persistence after a no is pressure; the win is hearing the no and stopping."""
    return _problem("pushes past a no", _hits(_REPEAT, _content(card)))


# (b) No deception: an ask built on a lie turns the other person into a mark.
_DECEPTION = _words(
    r"pretend\w*",
    r"lie",
    r"lies",
    r"lying",
    r"white lies?",
    r"fak(?:e|ed|es|ing)",
    r"make up (?:a|an|some) (?:story|excuse|reason)",
    r"pos(?:e|ing) as",
    r"impersonat\w*",
    r"claim (?:to be|you are|you're)",
    r"mislead\w*",
    r"deceiv\w*",
    r"trick (?:them|him|her|someone|people)",
)


def no_deception(card: Card) -> list[str]:
    """The other person must be able to say no to the real request."""
    return _problem("needs deception", _hits(_DECEPTION, _content(card)))


# (b) Nothing illegal or unsafe, for the user or anyone else.
_UNSAFE = _words(
    r"steal\w*",
    r"shoplift\w*",
    r"trespass\w*",
    r"break (?:in|into)",
    r"sneak\w*",
    r"without paying",
    r"go home with",
    r"get (?:in|into) (?:a |their |someone's |a stranger's )?car",
    r"hitch-?hik\w*",
    r"alone at night",
    r"drunk",
    r"drugs?",
    r"weapons?",
    r"knives|knife",
    r"fire alarm",
    r"climb\w*",
    r"roofs?",
    r"railway lines?|train tracks",
    r"drink(?:ing)? and driv\w*",
)


def no_unsafe_or_illegal(card: Card) -> list[str]:
    """A challenge is a small social risk, never a legal or physical one."""
    return _problem("is unsafe or illegal", _hits(_UNSAFE, _content(card)))


# (b) Workers who cannot easily refuse must never be pushed.
_PRESSURE = _words(
    r"(?<!in )(?<!in-)demand\w*",
    r"insist\w*",
    r"refuse to leave",
    r"won't leave",
    r"make a scene",
    r"threaten\w*",
    r"guilt[- ]?trip\w*",
    r"speak to (?:the|a|their) manager",
    r"bad review",
    r"complain loudly",
)


def no_pressure(card: Card) -> list[str]:
    """Shop staff often cannot say no freely, so asks of them stay light and easy to decline."""
    return _problem("pressures the other person", _hits(_PRESSURE, _content(card)))


def group_safe_is_not_dating(card: Card) -> list[str]:
    """Thirty people chasing the same kind of dating ask on one day is not kind to anyone."""
    if card.group_safe and card.domain == "dating":
        return ["dating cards cannot be group-safe"]
    return []


CHECKS: tuple[Callable[[Card], list[str]], ...] = (
    ethics_note_accepts_no,
    no_money_from_strangers,
    no_personal_data,
    no_physical_contact,
    no_validation_seeking,
    no_repeat_after_no,
    no_deception,
    no_unsafe_or_illegal,
    no_pressure,
    group_safe_is_not_dating,
)
