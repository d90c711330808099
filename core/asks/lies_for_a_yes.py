"""Lies told to get a yes, read by their shape (the forty-fourth round's hands).

"tell campus security I'm a new lecturer so I can park in the lecturer area": a post claimed so
the user may park, get in or skip. "tell my passenger my wife is in labour at the hospital so he
pays double", "tell him Mirpur road is closed so he pay for long way round": a birth or a closed
road told so someone pays more or goes further. "tell the guard ... so he'll let me into a
building I don't even work in": a way in asked where the user's own words say they have no
business. "tell the lady at the bake sale my late husband loved her pie so she'll give me the
recipe. He never tried it": a claim the next sentence takes back. "tell the neighbour my
daughter is sick so she'll babysit, really I just want to go to the pub": the real reason
owned after the story. "tell them I'm from Bergen Havn and ask to look at the cargo": an office
of the harbour, the port or customs claimed to look at someone else's goods. And the same told
in Polish ("powiedzieć prowadzącemu, że babcia zmarła, żeby przesunął kolokwium"), Dutch
("vertel de buurvrouw dat mijn dochter ziek is zodat ze oppast, eigenlijk wil ik naar de
kroeg") and Spanish ("hoy es mi cumpleaños ... aunque cumplo en marzo"), read as written
because the person asked (a relative, a neighbour) is known there.

Fair neighbours stay fair: a lecturer who is one asking where to park, a road said to be closed
with no fare in it ("tell the passenger the bridge is closed, we'll go round"), a real birth
told so the user may leave, a recipe asked with a true compliment. `core.asks.ruses` joins them
to `core.asks.deception.DECEPTION`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_TOLD = r"(?:tell|telling|told|say|saying|said|claim|claiming|convince|persuade)"
_POST = (
    r"(?:lecturer|teacher|professor|tutor|member of staff|staff member|staff|employee|doctor"
    r"|nurse|tenant|resident|contractor|volunteer|steward|official|officer|inspector|councillor"
    r"|parent|crew member|crew|pilot|driver|journalist|reporter|press|photographer|vendor"
    r"|exhibitor|speaker|performer|musician|caterer|cleaner|technician|engineer|member)"
)
_PARKS_OR_ENTERS = (
    r"(?:park|get in|go in|get into|get through|go through|skip|jump|use|enter|sit|board|access"
    r"|get backstage|go backstage|borrow|leave my car)"
)
_PAYS_MORE = (
    r"(?:pay|pays|paid|tip|tips|give|gives|buy|buys|take|takes|go|goes|spend|spends|add|adds)"
    r" (?:me )?(?:double|triple|twice|extra|more|a bigger|a larger|the long|a long|for (?:the )?"
    r"long|for (?:a |the )?(?:longer|long way|detour)|the longer|a longer|on top)\b"
)
_STORY_UNDONE = (
    r"(?:never|didn't|did not|hasn't|has not|haven't|have not|wasn't|was not) (?:even |actually"
    r" |really |once )?(?:tried|tasted|ate|eaten|had|met|seen|saw|read|been|liked|loved|used"
    r"|played|visited|heard of|owned|worn|wore|known|knew)\b"
)

PATTERNS = (
    rf"{_TOLD}\b[^.!?]{{0,50}}\b(?:i'm|i am|we're|we are) (?:a |an |the |one of the )?(?:new"
    rf" |visiting |guest |substitute |supply |temp |part-time )?(?:\w+ )?{_POST}s?\b[^.!?]{{0,30}}"
    rf"\bso (?:that )?(?:i|we) (?:can|could|may|get to|'ll be able to) {_PARKS_OR_ENTERS}\b",
    rf"{_TOLD}\b[^.!?]{{0,80}}\b(?:in labou?r|giving birth|having (?:a|the|our) baby|gone into"
    rf" labou?r|(?:road|bridge|street|route|lane|motorway|highway|tunnel|junction|flyover|way)"
    rf" (?:is |was |'s )?(?:closed|shut|blocked|flooded|jammed|under water|dug up|up))\b"
    rf"[^.!?]{{0,40}}\bso (?:that )?(?:he|she|they|the \w+|i|we) (?:will |'ll |would |can )?"
    rf"{_PAYS_MORE}",
    rf"{_TOLD}\b[^.!?]{{0,120}}\blet (?:me|us) (?:in|into|through|past|up|inside|onto|on)\b"
    rf"[^.!?]{{0,50}}\b(?:i|we) (?:don't|do not|didn't|did not|no longer|never) (?:even |actually"
    r" |really )?(?:work|live|stay|study|belong|have (?:a |an |any )?(?:pass|ticket|booking"
    r"|appointment|business|reason))\b",
    rf"{_TOLD}\b[^.!?]{{0,120}}\bso (?:that )?(?:she|he|they|the \w+|i|we)\b[^.!?]{{0,80}}[.;]"
    rf" (?:but |though |truth is,? |in fact,? |actually,? |honestly,? )?(?:he|she|it|they|i|we)"
    rf" {_STORY_UNDONE}",
    rf"{_TOLD}\b[^.!?]{{0,120}}\bso (?:that )?(?:she|he|they|the \w+|i|we)\b[^.!?]{{0,80}}[,;.-]"
    r" (?:but |when )?(?:really|actually|in reality|truth is|the truth is|honestly),? (?:i|we)"
    r" (?:just |only |really |actually )?(?:want|wanna|need|plan|am going|'m going|'m off|am off)"
    r"\b",
    rf"{_TOLD}\b[^.!?]{{0,40}}\b(?:i'm|i am|we're|we are) (?:from|with) (?:the )?(?:[\w-]+ ){{0,3}}"
    r"(?:havn|harbour|harbor|hafen|port|port authority|harbour authority|coastguard|customs"
    r"|border force|marina office|harbourmaster's office|havnevesen|port office)\b[^.!?]{0,30}"
    r"\b(?:and|so|to) (?:ask (?:to|if i can|them to let me) |get to |can )?(?:look at|look in"
    r"|look inside|look around|look through|have a look|go through|poke around|inspect|check"
    r"|search|see|board|go on|go aboard|open|photograph)\b",
    r"\b(?:powiedzie[ćc]|powiedz|powiem|napisa[ćc]|napisz|sk[łl]ama[ćc])\b[^.!?]{0,60}\b(?:że|ze)"
    r" (?:\w+ ){0,2}(?:zmar[łl][aoy]?|umar[łl][aoy]?|nie [żz]yje|jest chor[aey]|w szpitalu"
    r"|mia[łl][aoy]? wypadek)\b[^.!?]{0,30}\b(?:[żz]eby|aby|bo wtedy)\b",
    r"\b(?:es|hoy es|que es) mi cumple(?:años|anos)?\b[^.!?]{0,60}\b(?:aunque|pero|y eso que)"
    r" (?:mi cumple(?:años|anos)? es|cumplo|es|lo cumplo) (?:en|el|hasta)\b",
    r"\b(?:vertel|vertellen|zeg|zeggen|zeggen tegen)\b[^.!?]{0,60}\bdat (?:mijn|m'n|onze|ons)"
    r" (?:\w+ )?(?:\w+ )(?:is )?(?:ziek|overleden|dood|in het ziekenhuis|opgenomen|gevallen)\b"
    r"[^.!?]{0,20}\bzodat\b[^.!?]{0,60}[,;.] (?:maar )?(?:eigenlijk|in werkelijkheid|stiekem)\b",
)
"""Each lie told for its yes; `core.asks.ruses.PATTERNS` joins them."""
