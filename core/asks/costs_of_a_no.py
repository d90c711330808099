"""What a no is said to cost the person: a scare, a list read out, a bonus, a locked door.

`core.asks.threats` and `core.asks.if_they_refuse` read the common threats. Users also make a
no costly in ways that name no threat word:
- a fright told to a hesitating client ("if they hesitate, tell them their boy will get hurt
  on the red run without me");
- a public list of who gave and who did not ("mention the whole parish will see the list");
- a bonus or shifts lost by whoever says no ("anybody who seh no nah see no Christmas bonus");
- friends with a hold over the person named beside the ask ("mention I've got friends on the
  governing body");
- a door kept locked, or papers kept, until the rating is given ("ask the passenger for 5
  stars before I unlock the doors", "I'll only send the full album once they leave me a
  5-star review");
- a job said to hang on keeping the user's side happy ("remind him his job depends on keeping
  the coaches happy");
- the user's own coming home held back until a yes ("I'm no coming hame tonight unless she
  says aye");
- a name laid on the person for saying no ("so she's the worst mum if she says no").
Their fair neighbours stay fair: a client told honestly the run is icy, a list of who is
bringing what to the picnic, a bonus announced for everyone, the user's own plans after a
no ("if she says no I'll stay at Jo's"), a passenger reminded to take their bag before the
doors open. Read into the ask's `demands` through `core.asks.hard_nos`; fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEY = r"(?:he|she|they|dem|them|you)"
_NO = (
    r"(?:says? no|said no|seh no|refuses?|declines?|won't|doesn't|don't|can't|turns? (?:me|it|us)"
    r" down)"
)
_HESITATES = (
    r"(?:(?:'re|'s| are| is| seem| seems| look| looks)? (?:\w+ )?(?:unsure|hesitant|reluctant"
    r"|not sure)| (?:hesitat\w*|waver\w*|says? no|refuses?|declines?|pushes? back|balks?))"
)
_HARM = (
    r"(?:get|be|end up) (?:\w+ )?(?:hurt|injured|killed|sick|ill|left behind|bullied|lost|robbed"
    r"|in danger|in trouble|stranded)|die|drown|fall behind|fail|crash|break down|regret (?:it|this"
    r"|that)|be sorry"
)
"""A fright for the person or their own ("their boy will get hurt", "she'll fall behind")."""

SCARED_INTO_YES = words(
    rf"(?:if|when|whenever|should|the moment|as soon as) {_THEY}{_HESITATES}\b[^.!?;]{{0,20}}?"
    r"\b(?:tell|warn|remind|say|let (?:\w+ ){1,2}know|mention)\w* (?:\w+ ){0,2}?(?:that )?"
    r"(?:(?:his|her|their|your|the) (?:\w+ ){0,2}?|(?:he|she|they|you) )(?:will|'ll|could|might"
    rf"|would|'d|is going to|are going to|gonna|may) (?:\w+ )?(?:{_HARM})\b",
)
"""A fright told to the person the moment they hesitate."""

NAMED_AND_SHAMED = words(
    r"(?:see|know|hear|read|find out|be told|be shown|learn)\b[^.!?;]{0,30}?\bwho (?:gave|paid"
    r"|donated|helped|signed|came|chipped in|contributed|volunteered|pledged) and who (?:didn't"
    r"|did not|hasn't|has not|refused|wouldn't|did nothing|gave nothing)\b",
    r"(?:read out|post|put up|pin up|publish|share|name)\w* (?:\w+ ){0,3}?names? of (?:\w+ ){0,2}?"
    r"(?:who|that) (?:didn't|did not|don't|do not|won't|refused|say no|said no|hasn't|haven't)\b",
)
"""A public list of who gave and who did not, held over the person's no."""

_STAKE = (
    r"(?:christmas |year-end |annual |end of year )?(?:bonus|bonuses|raise|rise|pay rise|shifts?"
    r"|overtime|promotion|reference|days? off|holidays?)"
)
STAKE_LOST = words(
    rf"(?:anybody|anyone|any of (?:them|you|dem)|whoever|those|everybody|everyone|people)"
    rf" (?:who |that |weh |dat )?{_NO}\b[^.!?;]{{0,20}}?\b(?:won't|will not|nah|no|not|doesn't"
    rf"|don't|can't|never|gets? no|loses?|lose) (?:\w+ ){{0,2}}?{_STAKE}\b",
    rf"no (?:\w+ )?{_STAKE} for (?:anybody|anyone|whoever|those|people|dem) (?:who|that)"
    rf" {_NO}\b",
)
"""A bonus or shifts lost by whoever says no: "anybody who says no won't see a bonus"."""
JOB_HELD_OVER = words(
    r"(?:remind|tell|mention|hint|point out|let (?:\w+ ){1,2}know)\w* (?:\w+ ){0,2}?(?:that )?"
    r"(?:his|her|their) (?:job|position|contract|place|shifts?|post) (?:\w+ )?(?:depends|hangs"
    r"|rests|relies) on (?:(?:keeping|making) (?:[\w'-]+ ){1,3}?(?:happy|sweet|satisfied|on side)"
    r"|pleasing|me|us|my|our)\b",
)
"""A job the person is reminded hangs on keeping the user's side happy ("remind him his job
depends on keeping the coaches happy"), not a place said to depend on their own effort ("his
place depends on making it to training")."""

_TELLS = (
    r"(?:mention|hint|say|tell|remind|let (?:\w+ ){1,2}know|drop|point out|add)\w*\b[^.!?;]{0,40}?"
)
_HOLD = (
    r"(?:governing body|governors|school board|board|council|head office|management|police"
    r"|ministry|inspectorate|ofsted|union|local paper|press|planning committee|licensing)"
)
CLOUT = words(
    rf"{_TELLS}\b(?:i|we)(?:'ve| have)? (?:got )?(?:(?:friends?|mates?|contacts?|connections"
    rf"|people|someone|a friend|family) (?:on|in|at) the (?:\w+ )?{_HOLD}"
    r"|(?:know|am friends with|play golf with) (?:the |their )?(?:mayor|head ?teacher|principal"
    r"|head|minister|chief|chief of police|director|ceo|inspector|chair|governors?)\b)",
)
"""Friends with a hold over the person named beside the ask ("mention I've got friends on the
governing body", "hinting I know the mayor")."""

HELD_UNTIL = words(
    r"(?:stars?|rating|review|tip)\b[^.!?;]{0,40}?\b(?:before|until|till"
    r"|unless) (?:i|we) (?:unlock|open|release|let (?:\w+ )?(?:out|off|go|leave)|drop (?:\w+ )?off"
    r"|hand (?:\w+ )?back|give (?:\w+ )?back)\b",
    r"no (?:getting|get|one gets|body gets|nobody gets) (?:down|off|out)\b[^.!?;]{0,20}\b(?:until"
    r"|till|unless) (?:he|she|they) (?:pays?|gives?|tips?)\b",
    r"(?:keep|leave) (?:the )?(?:doors?|car|cab|boot|trunk|gate) locked (?:until|till|unless)"
    r" (?:\w+ ){0,3}?(?:gives?|leaves?|rates?|pays?|tips?|says?)\b",
    r"(?:only|not|never) (?:send|give|hand over|release|deliver|return|share|upload|hand back"
    r"|give back)\w* (?:\w+ ){0,5}?(?:once|when|after|until|till|unless|if) (?:they|he|she"
    r"|you) (?:\w+ )?(?:leave|give|post|write|rate)s? (?:me |us )?(?:a |an )?(?:[\w-]+ ){0,2}"
    r"(?:reviews?|ratings?|stars?)\b",
)
"""A door kept locked, or something handed back, only once the rating or the tip is given."""

HOME_WITHHELD = words(
    r"(?:i'm|i am|i'll|i will|i|we're|we|we'll)(?: be)? (?:not|no|never|won't|will not|ain't)"
    r" (?:coming|come|going|go|eating|eat|talking|talk|speaking|speak|sleeping|sleep)\b"
    r"[^.!?;]{0,40}?\b(?:unless|until|till|til) (?:he|she|they) (?:\w+ )?(?:says? (?:yes|aye|ok"
    r"|okay)|agrees?|gives? in|caves?|lets? me|buys?|pays?)\b",
)
"""The user's coming home, eating or speaking held back until a yes."""

NAME_FOR_A_NO = words(
    r"(?:worst|meanest|cruellest|cruelest|terrible|awful|horrible|bad|rubbish|useless) (?:\w+ )?"
    r"(?:mum|mom|mother|dad|father|parent|friend|sister|brother|boss|person|human|aunt|auntie"
    r"|uncle|gran|granny|wife|husband|partner|girlfriend|boyfriend|neighbou?r|mate)(?: ever| in"
    rf" the world)? if (?:he|she|they) (?:\w+ )?{_NO}",
)
"""A name laid on the person for saying no ("the worst mum if she says no")."""


def makes_a_no_costly(text: str) -> bool:
    """Whether the ask says what a no will cost the person: a fright, a public list, a bonus,
    a friend's hold, a locked door, the user's absence or a name for saying no."""
    readings = (
        SCARED_INTO_YES,
        NAMED_AND_SHAMED,
        STAKE_LOST,
        JOB_HELD_OVER,
        CLOUT,
        HELD_UNTIL,
        HOME_WITHHELD,
        NAME_FOR_A_NO,
    )
    return any(has(reading, text) for reading in readings)
