"""Touch and personal space in more words: huddling, holding a hand, sitting too close.

"Huddle up against him for warmth", "hold the hand of the man beside me", and on an empty
bus or in an empty reading room "sit right next to the one other person", or "right next to a
stranger when the whole carriage is empty and see how long they last", on an empty beach "lay
my towel right up against the one lady there", and "warm my cold hands on his": each asks a stranger
to put up with the user's body, which no card may ask. Sitting next to someone where seats
are scarce is ordinary; the words that make it an invasion are an empty place or the free
seats passed over. A pat-down beyond what the job needs ("an extra pat down to be
thorough") is touch too; one the user asks to have instead of the scanner is not. Fragments
for `core.asks.affection.TOUCH`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

_BODY = r"(?:hands?|arms?|hair|shoulders?|knees?|cheeks?|face|waist|back|legs?|braids?|beard)"
_MUSCLES = (
    r"(?:biceps?|triceps|abs|six-?pack|muscles?|guns|thighs?|calf|calves|quads|glutes|bum|butt"
    r"|bottom|chest|pecs|belly|tummy|bump|stomach|waist|hips?|neck|feet|foot|hair|arms?|legs?)"
)
"""Parts of someone's body a card might ask to feel or squeeze ("squeeze her bicep")."""
_BESIDE = (
    r"(?:right|directly|immediately|just|really|very)(?: up)? (?:next to|beside|by|against)"
    r"|up against|next to|beside|shoulder to shoulder"
)
_STRANGER = (
    r"(?:a |the |some )?(?:stranger|someone|somebody|a person|passengers?|commuters?|(?:a|the"
    r"|some) (?:\w+ )?(?:man|woman|guy|girl|lady|lad|bloke|person|passenger|commuter))"
)
"""Someone the user does not know, crowded where there is room: never a friend or family."""
_EMPTY = (
    r"(?:empty|deserted|half-empty|nearly empty|almost empty|basically empty|no(?:body| one)"
    r" else|only (?:one )?other|one other|free (?:seats?|rows?|tables?|chairs?|benches)"
    r"|(?:plenty|lots) of (?:free )?(?:seats|space|room|tables))"
)

TOUCH = (
    r"huddl\w* (?:up )?(?:against|with|close|next)|(?:lean|press|rest|nestle|snuggle|squeeze)"
    r" (?:\w+ )?(?:up )?against (?:him|her|them|someone|a stranger|the \w+)",
    rf"(?:lean|rest|put|lay) (?:my (?:head|cheek) )?(?:against|on) (?:his|her|their|your|someone's"
    rf"|a stranger's|whoever's|(?:the|a) (?:\w+ )?\w+'s) {_BODY}",
    rf"(?:lean|rest|put|lay) (?:my (?:head|cheek) )?(?:against|on) (?:the|a) {_BODY} of",
    r"(?:put|place|lay|rest) (?:my|a|both) hands? on (?:her|his|their|someone's|a stranger's"
    r"|(?:the|a) \w+'s) \w+|feel the baby kick",
    r"shoulder to shoulder|(?:knees?|thighs?|legs?|arms?) touching|skin to skin",
    rf"(?:hold|take|grab|squeeze|touch|kiss|stroke|feel|brush|pat|rub) (?:(?:the|a) )?(?:\w+ )?"
    rf"{_BODY} of",
    r"hold (?:her|him|them|someone|somebody|a stranger|my \w+) (?:really |very |so |nice and )?"
    r"(?:close|tight)\b|(?:in|into) (?:the|a|an|my|our|a close) (?:\w+ )?embrace",
    rf"(?:hold|take|grab|squeeze|feel|stroke|touch|braid) (?:\w+ ){{0,2}}(?:a stranger's|someone's"
    rf"|(?:the|a) (?:\w+ ){{0,2}}\w+'s) (?:\w+ )?{_BODY}",
    rf"{_EMPTY}\b.{{0,160}}\b(?:sit|sits|sitting|take|taking|squeeze|plonk|perch|stand)\b"
    rf"[^.!?]{{0,30}}\b(?:{_BESIDE})\b",
    rf"\b(?:sit|take|squeeze|plonk|perch|stand)\b[^.!?]{{0,40}}\b(?:{_BESIDE})\b[^.!?]{{0,80}}"
    rf"\b(?:instead of|rather than|when there are|though there are|with) (?:\w+ ){{0,4}}?"
    rf"{_EMPTY}",
    r"cwtch\w*|smooch\w*|snog\w*|bisous?|besitos?|abra(?:zo|ço)s?|c[aâ]lins?|bear hug"
    r"|peck on (?:the|my|her|his|their) cheek",
    r"(?:a|an|big|warm|tight|long) embrace|embrac\w* (?:him|her|them|me|each other|a stranger"
    r"|someone|somebody|the \w+|a \w+)\b"
    r"(?<!challenge)(?<!change)(?<!idea)(?<!moment)",
    rf"(?:fix|straighten|adjust|brush|smooth|tidy|do up|button|touch|feel|stroke|tuck|sweep|plait"
    rf"|push back) (?:their|his|her)"
    rf" (?:\w+ )?(?:collar|tie|lapel|shirt|scarf|fringe|{_BODY})",
    r"(?:put|wrap|drape|throw|sling) (?:your|my|an|both|one|his|her|their) arms? (?:a)?round",
    r"(?:extra|more|longer|thorough|full|full-body|body|second) pat[- ]?downs?|pat (?:them|her|him"
    r"|the (?!dough|sand|soil|earth|pastry|clay|mud|bed|cushion|pillow)\w+|everyone|people) down"
    r"|frisk (?:them|her|him|the \w+|everyone|people)",
    rf"\b(?:sit|squeeze|squash|press|plonk|perch)\w* (?:myself )?(?:right |really |very |so"
    rf" |super )?(?:up )?(?:next to|beside|up against|up close to|close to|right by) {_STRANGER}"
    rf"\b[^.!?]{{0,60}}\b(?:{_EMPTY}|see how long)",
    rf"(?:squeeze|feel|touch|poke|pinch|prod|grab|stroke|rub|massage|kiss|lick|smell|sniff|pat)"
    rf" (?:\w+ ){{0,2}}?(?:her|his|their|someone's|a stranger's|(?:the|a) (?:[\w-]+ ){{0,2}}\w+'s)"
    rf" (?:\w+ )?(?:{_MUSCLES}|{_BODY})\b",
    rf"(?:rub|massage) (?:\w+ ){{0,2}}?(?:the|a) (?:[\w-]+ ){{0,3}}\w+'s (?:\w+ )?(?:{_BODY}|feet"
    rf"|neck|shoulders)",
    rf"{_EMPTY}\b.{{0,160}}\b(?:lay|laying|put|putting|spread|spreading|pitch|pitching|plonk"
    r"|set up|setting up)\b (?:my|our) (?:beach )?(?:towel|mat|blanket|chair|deckchair|sunbed"
    rf"|lounger|tent|umbrella|stuff)s?\b[^.!?]{{0,30}}\b(?:{_BESIDE})\b",
    r"warm (?:my|our) (?:cold |freezing |frozen |icy )?(?:hands|fingers|feet|toes) (?:up )?(?:on"
    r"|against|in|under) (?:his|hers|her|their|theirs|him|them|a stranger's|someone's|(?:the|a)"
    r" \w+'s)\b",
)
"""Touch in other words (squeezing a bicep, rubbing the waitress's back, tucking her hair
behind her ear), and sitting beside the one person in an empty place."""

LIKE_OWN = words(
    r"(?:like|as if they were|as though they were|as good as) (?:my|our) own(?: (?:kids|children"
    r"|babies|grandchildren|family|sons?|daughters?))?",
)
"""Children the user says are like their own ("they are like my own children"): someone
else's children, whom a card may not ask for a hug."""


def likened(text: str, named_as: str) -> bool:
    """Whether the one the rules name is only someone the asked person is likened to ("ask the
    young one at the ferry booth for a hug, she reminds me of my daughter"): the hug is asked
    of a stranger at a booth, not of the user's daughter. A daughter asked for a hug who
    reminds the user of their mum is still the daughter. `text` is in normal form."""
    if not named_as:
        return False
    likeness = r"\b(?:reminds? (?:me|us) of|looks? (?:just )?like|(?:is|'s) (?:just )?like) "
    return re.search(likeness + re.escape(named_as) + r"\b", text) is not None


_SOMEONE_ELSES = (
    r" (?:neighbou?r|neighbou?rs'?|next[- ]door|vecin[oa]|pupil|student|tutee|explicand[oa]"
    r"|babysitting charge|paperboy|papergirl|delivery (?:boy|girl))\b"
)


def named_as_someone_elses(text: str, named_as: str) -> bool:
    """Whether the child the rules name as "my 16 year old" is, in the next words, the user's
    neighbour, pupil or tutee ("my 16 year old neighbour"): someone else's child, not family,
    whom a card may not ask to the cinema. `text` is in normal form."""
    if not named_as:
        return False
    return re.search(re.escape(named_as) + r"(?: \w+)?" + _SOMEONE_ELSES, text) is not None


def someone_elses_child(text: str, named_as: str) -> bool:
    """Whether a child the rules name as the user's own is someone else's after all: likened
    to one of the user's own, only reminding them of one, or named as a neighbour or pupil."""
    return has(LIKE_OWN, text) or likened(text, named_as) or named_as_someone_elses(text, named_as)
