"""Asked off guard: a no the user counts on the person being unable to give, then and there.

Some asks are timed for the moment a no is hardest: "when he's proper mashed on Friday, he
says yes to anything then", "once she's had a few", "at our dad's funeral while he's upset
and soft", "the day after his mum passes, while he's grateful to us", "at the reception after
Dad's funeral". Others say outright that the person will not manage a no: "he won't be able
to say no then", "she's too upset to argue", "he won't have it in him to argue", "she'll no
say no there". What the moment takes is what makes it unfair: a thing of theirs, money, a
loan, a signature. A hand offered at the wake, a hug after the memorial, a friend's car keys
taken so he does not drive, or a song asked of a friend who has had a few, take nothing from
anyone and stay fair. Read into the ask's `demands` by `core.asks.slots`, beside the grief of
`core.asks.conduct.VULNERABLE` and `core.asks.hard_times`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks import conduct, hard_times, requests
from core.asks.text import has, words

_THEY = r"(?:he|she|they)"
_REFUSE = r"(?:refuse|say no|argue|object|resist)"
_THEN_AND_THERE = (
    r"(?=[,.!?;)]|$| (?:(?:to )?(?:me|us|my|our)|then|there|now|at|when|while|because|since|so"
    r"|and|anyway|if|in|with (?:everyone|everybody|the whole|all)|on (?:the|that|this)|here"
    r"|either|at all|even)\b)"
)
"""A no the person could not give the user, then and there ("he can't refuse me", "he won't
be able to say no then"), not a chance to show off he cannot refuse."""

COUNTED_ON = words(
    rf"{_THEY}(?: \w+)? (?:can't|cannot|couldn't|won't be able to|will not be able to|wouldn't be"
    r" able to|isn't going to be able to)(?: (?:really|possibly|exactly|easily|even|ever|hardly))?"
    rf" {_REFUSE}\b{_THEN_AND_THERE}",
    rf"{_THEY}(?:'ll|'d) no {_REFUSE}\b{_THEN_AND_THERE}",
    rf"{_THEY} (?:won't|wouldn't|doesn't|don't|will not|would not|does not|do not) have (?:it in"
    r" (?:him|her|them)|the (?:heart|strength|energy|nerve|guts|fight)) to (?:argue|refuse"
    r"|say no|object|fight|resist)",
    rf"{_THEY} (?:won't|will not|wouldn't|would not) (?:want|dare|be in a state|be in a position)"
    r" to (?:argue|refuse|say no|object|resist|make a fuss)(?: with [\w ]{1,20}?)?(?: then| right"
    r" then| at that point| by then| there)\b",
    rf"so {_THEY} (?:will not|won't|wouldn't|would not) (?:refuse|say no to|turn down|deny) (?:me"
    r"|us)\b",
    rf"by (?:then|that (?:time|point)|this time|midnight|closing(?: time)?|last orders),? {_THEY}"
    r" (?:\w+ )?(?:say|says|'ll say|will say) yes to (?:anything|everything)",
    rf"{_THEY}(?:'s|'re| is| are|'ll be| will be|'d be| would be| was| were)? (?:\w+ ){{0,2}}?too"
    r" (?:\w+ ){1,2}?to (?:argue|refuse|say no|object|resist|fight (?:it|back|me)|push back"
    r"|think straight)\b",
    r"(?:in|inside) the (?:lift|elevator)\b[^.!?;]{0,80}\bbefore the doors? (?:open|opens"
    r"|slide open)\b",
)
"""The user counting on the person being unable to say no: "he won't be able to say no
then", "he can't really argue", "she'll no say no there", "too upset to argue with me", "he
will not want to argue with crew then", "so they will not refuse me", "by then they say yes to
everything", or the person caught in a lift and asked "before the doors open", so the ask ends
before they can step out. A guess that he won't argue is not a no he cannot give. A stranger
pitched to "no escape lol" in a park is on the spot (`core.asks.decide`), and a date asked of
someone stuck in the shed all day is pursuit (`core.asks.cornered_dates`): each is named so."""

_DRINK = (
    r"(?:drunk|tipsy|wasted|mashed|hammered|pissed|smashed|plastered|sloshed|legless|steaming"
    r"|merry|buzzed|trolleyed|sozzled|blotto|half-cut|stoned|high|had (?:a few|a couple|(?:a few"
    r"|a couple of|some|two|three|four|too many|several) (?:drinks|beers|pints|bevvies|glasses"
    r"|shots|wines|jars|cans|tinnies)))"
)
_MOURNING = (
    r"(?:funeral|wake(?!-)|burial|memorial service|shiva|cremation|vigil|lamay|(?<='s )memorial)"
)
"""A gathering for the dead; a memorial only as someone's ("Dad's memorial"), since the
Victoria Memorial is a place to be photographed at."""
_WHOSE = r"(?:(?:the|a|our|my|his|her|their) )?(?:[\w-]+(?:'s)? ){0,2}?"
_SOFT = (
    r"(?:upset|soft|softer|emotional|grateful|vulnerable|weak|grieving|fragile|in shock|in tears"
    r"|crying|distracted|overwhelmed|heartbroken|sentimental|not thinking straight|scared"
    r"|frightened|terrified|panicking|panicked)"
)

OFF_GUARD = words(
    rf"(?:when|while|once|after|as soon as|whenever|till|until|by the time) {_THEY}(?:'s|'re"
    rf"| is| are|'ve| has| have|'d| had| gets| get)? (?:\w+ ){{0,2}}?{_DRINK}",
    rf"(?:at|during) {_WHOSE}{_MOURNING}",
    rf"(?:while|when) (?:his|her|their|the) (?:[\w-]+(?:'s)? ){{0,2}}?{_MOURNING}(?:'s| is)"
    r" (?:on|happening|going on)",
    rf"(?:reception|drinks|do|gathering|lunch|tea|meal|wake) (?:after|following) {_WHOSE}"
    r"(?:funeral|burial|memorial|service)",
    r"(?:day|days|week|weeks|morning|night|evening) after (?:his|her|their|the) (?:\w+ ){0,2}?"
    r"(?:passes|passed|dies|died)\b",
    rf"{_THEY}(?:'s|'ll have|'ve|'d|'ll be| is| will be| has| will have)? (?:\w+ ){{0,2}}?{_DRINK}"
    r",? by (?:then|that (?:time|point)|this time)\b",
    r"(?:while|when|during|in|mid)[- ](?:\w+ ){0,4}?(?:turbulence|an emergency|a panic attack)\b",
    rf"(?:while|when|now|as long as) {_THEY}(?:'s|'re| is| are) (?:still |so |really |a bit |all"
    rf" |feeling )?{_SOFT}\b",
)
"""The moment a no is hardest to give: drink taken (or had "by then"), a funeral or a wake,
grief, gratitude or fright still raw, a plane in turbulence."""

TAKEN = words(
    r"(?:ask|asking|asks) (?:\w+ ){0,4}?for (?:his|her|their) (?!(?:\w+ )?(?:help"
    r"|advice|blessing|opinion|permission|company|time|thoughts|stories|story|memories|recipes?"
    r"|photos?|pictures?|hugs?|cuddle|hand|minute|moment|word|chat|lift|ride|name|number|tissue"
    r"|glass of water|seat|dance|prayer|eulogy|reading)\b)\w+",
    r"(?:for|borrow|have|take|get|keep) (?:the|a|an|his|her|their) (?:\w+ ){0,2}?(?:deeds|will"
    r"|pension|house|home"
    r"|flat|land|farm|car|ute|truck|van|bike|boat|ring|watch|jewellery|jewelry|savings"
    r"|inheritance|share|shares|business|shop|plot)\b",
    r"(?:co-?sign|guarantee|go guarantor|stand surety|vouch|donat|lend|loan)\w*",
    r"(?:say|says|'ll say|will say|'d say|would say) yes to (?:anything|everything)|(?:'ll|will|'d"
    r"|would) (?:sign|agree to|give (?:\w+ )?|lend (?:\w+ )?|hand over|buy (?:\w+ )?) (?:anything"
    r"|everything)\b",
    rf"{_THEY}(?:'ll| will|'d| would) (?:\w+ )?say yes\b",
    rf"{_THEY} (?:always |usually |just |then )?says? yes(?: then| by then| to me then)\b",
)
"""What the moment is used to take: a thing of theirs, a loan, a signature, a yes to
anything. A raise or a day off asked of a manager, a copy of the eulogy or an umbrella
borrowed at the wake take nothing of theirs."""

_LOOKS_AFTER_THEM = words(
    r"(?:car |van |his |her |their )?keys\b|(?:doesn't|does not|won't|can't|not|never) (?:drive"
    r"|get behind the wheel)|(?:get|gets|getting) (?:\w+ )?home (?:safe|ok|okay|alright)"
)
"""Keys taken from a friend who has been drinking, or seeing them home: care, not taking."""


def asked_off_guard(text: str) -> bool:
    """Whether the user counts on the person being unable to say no, or times an ask that
    takes something from them for drink, a funeral or raw grief."""
    if has(COUNTED_ON, text):
        return True
    if not has(OFF_GUARD, text) or has(_LOOKS_AFTER_THEM, text):
        return False
    taken = (TAKEN, conduct.FOR_ME, requests.MONEY, conduct.HELD_TO, hard_times.CALLED_IN)
    return any(has(lexicon, text) for lexicon in taken)
