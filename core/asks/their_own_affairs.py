"""Their own affairs: what a landlord, teacher or coach may ask of the people in their charge.

Anything asked of someone the user holds power over is power (`core.asks.decide._power`),
because a no to the landlord, the teacher or the coach is never quite free. Some asks are no
favour to the user at all, though: they are the role's own business, about the person's own
life or the group's. A landlord asking the tenants "if the boiler is working" or when the gas
check would suit them asks after their own home; a teacher asking the class "to tidy their
desks" or "put the cones away after training" keeps the class's own room; a coach asking the
kids "to help wash the club minibus for the fundraiser", or a teacher asking students "to
volunteer at the school fair", asks for the club's or the school's own event, which the
group is there for. None of it is the user's.

The neighbours stay power: a tenant asked to babysit, students asked to tidy the teacher's
desk or wash the teacher's car, kids asked to raise money for the coach, a fundraiser with
the user's car washed in it, a fair at the user's church, anything held over them ("or lose
marks"). `in_their_own_affairs` reads the affair only where the rest of the ask after the
person named says nothing of the user's ("my car", "for me", "help me move"), names no
lever on the person, and asks no money of them. The team's own work, its calendar or its
table asked of the people the user manages is read by `core.asks.team_questions`. Fragments
over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks import role_questions, team_questions
from core.asks.roles import Who
from core.asks.team_questions import asks_about_the_work
from core.asks.text import has, hits, words

_FITTINGS = (
    r"(?:boiler|heating|central heating|radiators?|hot water|water heater|shower|taps?|oven"
    r"|cooker|hob|stove|fridge|freezer|washing machine|washer|dryer|dishwasher|windows?"
    r"|front door|back door|locks?|smoke alarms?|smoke detectors?|(?:carbon monoxide|co|fire)"
    r" alarms?|lights?|electrics|sockets?|wi-?fi|internet|broadband|toilet|loo|drains?|roof"
    r"|gutters?|air ?con|air conditioning|ac|heaters?|extractor(?: fan)?|lift|intercom|doorbell"
    r"|plumbing|pipes?|sink|bath|damp|leak|boiler pressure|thermostat)"
)
"""The fittings of a rented home a landlord looks after."""
_STATE = (
    r"(?:working|ok|okay|alright|all right|fine|fixed|sorted|leaking|still leaking|broken"
    r"|playing up|behaving|running|back on|on|off|cold|warm|hot enough|holding up|better|any"
    r" better|draining|dripping)"
)
_HOME = r"(?:flat|house|place|home|room|unit|apartment|cottage|annex|annexe|studio|property)"
_VISIT = (
    r"(?:plumber|electrician|engineer|gas engineer|heating engineer|gas (?:safety )?check"
    r"|(?:annual )?inspection|repair|repairs|repairman|handyman|boiler service|survey"
    r"|surveyor|builders?|roofer|workmen|contractors?|pest control)"
)
HOME_CHECKED = words(
    rf"(?:if|whether|how) (?:the|their|his|her) (?:new |old |kitchen |bathroom |upstairs"
    rf" |downstairs |fixed |repaired )?{_FITTINGS}(?:'s|'re| is| are| has been| have been| was"
    rf"| were| seems?| works?| worked)(?: (?:still|now|properly|again|all))?(?: {_STATE})?\b",
    rf"(?:if|whether) (?:anything|something|there's anything|there is anything) (?:in|at|around"
    rf"|about) (?:the|their|his|her) {_HOME} (?:needs?|wants?) (?:fixing|repairing|sorting"
    r"|looking at|replacing|attention|doing)",
    r"(?:if|whether) (?:they|he|she)(?: have| has| need| needs|'ve got|'s got|'ve had|'s had"
    r"| has had| have had| had| are having| is having|'re having|'s having) any (?:repairs"
    r"|problems|issues|maintenance|leaks?|damp|mould|mold)",
    r"(?:when|what time|which day|what day) (?:would |will )?(?:suit|suits|works? for|is good for"
    rf"|is convenient for|is best for) (?:them|him|her)(?: for)? (?:the |a |an )?{_VISIT}",
    r"(?:if|whether|when) (?:they|he|she)(?: (?:can|could|would|'d|will|'ll|are able to|is able"
    rf" to))? (?:let|show) (?:the |a |an )?{_VISIT} in",
    rf"(?:if|whether|how) (?:the|their|his|her) {_VISIT} (?:went|has been done|was done|were done"
    r"|have been done|is done|are done|came|turned up|showed up|fixed (?:it|the \w+)|sorted it"
    r"|worked|helped)",
)
"""A landlord asking after the tenants' own home: whether the boiler is working, whether
anything needs fixing, when the gas check would suit them, whether they can let the plumber
in, whether the repairs were done."""

_THEIR_THINGS = (
    r"(?:desks?|tables?|lockers?|trays?|pegs?|drawers?|workspaces?|work ?stations?|work areas?"
    r"|benches|things|stuff|belongings|books|exercise books|kit|gear|equipment|bags?|pencil"
    r" cases?|mess|areas?|spaces?|mats?|chairs?|coats?|cubbies|cubbyholes?|easels?|instruments?"
    r"|phones?|screens?|laptops?|rackets?|boots?)"
)
_CLASS_PLACE = (
    r"(?:classroom|class room|form room|art room|music room|science lab|lab|changing rooms?"
    r"|dressing room|studio|gym|sports hall|hall|dojo|pitch|court|kit room|equipment room"
    r"|cloakroom|tables|desks|benches|rehearsal room|band room|clubhouse)"
)
_CLASS_GEAR = r"(?:cones|balls|bibs|mats|hurdles|nets|goals|equipment|kit|instruments|chairs)"
_TIDY = (
    r"(?:tidy|tidies|tidying|clear|clears|clearing|clean|cleans|cleaning|wipe|wipes|wiping"
    r"|sort|sorts|sorting|organi[sz]e|organi[sz]ing|pack|packs|packing|put|puts|putting|stack"
    r"|stacks|stacking|hang|hangs|hanging|sweep|sweeps|sweeping)"
)
OWN_PLACE_KEPT = words(
    rf"{_TIDY}(?: up| away| out| down| off| back)? (?:all )?(?:their|his|her) (?:own )?(?:[\w-]+"
    rf" )?{_THEIR_THINGS}(?: away| up| out| back| down| off| in)?",
    rf"{_TIDY}(?: up| away| out| down| off| back)? (?:the|our) (?:[\w-]+ )?(?:{_CLASS_PLACE}"
    rf"|{_CLASS_GEAR})(?: away| up| out| back| down| off| in)?\b",
    rf"(?:put|stack|pack|bring|carry|tidy|collect|gather|pick up) (?:the |their )?{_CLASS_GEAR}"
    rf"(?:,? (?:and )?(?:the )?{_CLASS_GEAR})*(?: (?:away|up|back|in))?",
    r"(?:put|stack) (?:the |their )?chairs (?:up|away|on (?:the|their) (?:desks|tables))",
)
"""A class or a squad asked to keep its own things and room: their desks tidied, the cones
put away after training, the classroom cleared at the end of the day."""

_GROUP = (
    r"(?:school|club|class|team|squad|pta|pto|year|year group|form|college|academy|youth club"
    r"|scout|scouts|guides|brownies|cubs|troop|band|choir|orchestra|league|leisure centre)"
)
_EVENT = (
    r"(?:fair|fete|fête|fundraiser|fundraising(?: day| event| drive)?|bake sale|cake sale|car"
    r" wash|sports day|open day|open evening|open night|concert|play|show|jumble sale|raffle"
    r"|tombola|tournament|gala|festival|charity day|charity match|fun run|sponsored \w+"
    r"|clean-?up|litter pick|tree planting|bazaar|summer party|christmas party|prize giving"
    r"|awards night|parents' evening|family day|presentation evening|disco|bbq|barbecue|quiz"
    r"(?: night)?|auction|dinner|breakfast|coffee morning|ceilidh)"
)
OWN_CAUSE = words(
    rf"(?:at|for|in|on|with|during|towards?) (?:the|our|this year's|next week's|this week's"
    rf"|saturday's|sunday's|friday's) (?:(?:annual|summer|spring|autumn|winter|christmas|end of"
    rf" term|end-of-term|charity|big) )?(?:{_GROUP}(?:'s)? )?(?:[\w-]+ )?{_EVENT}s?(?: {_EVENT}s?"
    r"| day| event| stall| evening| night| drive)?\b",
    rf"(?:the|our) (?:{_GROUP})(?:'s)? (?:{_EVENT})s?\b",
)
"""The school's, the club's or the class's own event ("the school fair", "the club
fundraiser", "the bake sale on Friday"), which the group's people help at for the group."""
_WHAT_THEY_HELP_WITH = (
    r"(?:help|helping|volunteer|volunteering|lend a hand|pitch in|take part|join in|sign up"
    r"|run|running|staff|man|bake|baking|make|sell|selling|set up|pack up|clear up|tidy up|wash"
    r"|serve|hand out|collect|come|be there|perform|play|sing|steward|marshal|decorate|paint"
    r"|bring (?:a|some) (?:cakes?|buns|biscuits|bakes?))"
)
_LEAD = re.compile(
    r"[ ,]*(?:(?:in|at|from|of|on|upstairs|downstairs|next door|who|that|i|flat|flats|house"
    r"|place|class|room|building|team|squad|cottage|annexe?|property|rental|block|unit)"
    r" (?:(?!(?:to|and|if|whether|when|then|for)\b)[\w']+ ){0,4})?"
    r"(?:(?:if|whether) (?:they|he|she|anyone|any of them|everyone|some of them)(?: (?:'d"
    r"|would|could|can|will|wants?|want|like|likes|fancy|fancies|are|is|be|up for|happy|keen"
    r"|free|to))*[ ,]*)?(?:to )?(?:please )?(?:all |each |also )?(?:"
    + _WHAT_THEY_HELP_WITH
    + r"\b[\w' -]{0,40})?"
)
"""What comes between the person named and their affair: the rest of who they are ("in my
class"), then "to", "if anyone would like to", or what they help with at their group's event
("to help wash the club minibus")."""
_BETWEEN = re.compile(r"[ ,]*(?:(?:and|then|also|plus|or|&)[ ,]*)*")
"""What may join two of their affairs ("put their books away and tidy the classroom", "if
the homework was too long or if they need more time")."""
_TAIL = re.compile(
    r"(?:[ ,]*(?:before|after|at|on|by|during|over|when|while|once|this|next|every|each|again|now"
    r"|today|tonight|tomorrow|please|properly|soon|first|so|ready|since|yet|with"
    r"|that needs? (?:doing|fixing|sorting))\b[^.!?;]{0,40})?[ .!?]*"
)
"""What may follow their affair: when, or why ("before the test", "again after the
repair"), not another thing asked."""
_NAMED_AGAIN = re.compile(
    r"[ ,]*(?:so |then |please )?(?:ask|tell|remind|get) (?:my|our|the|all (?:my|the|of my))"
    r"(?: (?!(?:if|whether|when|how|what|which|to|and|that|about|for|not)\b)[\w'-]+){1,3}"
)
"""The people asked, named after the user's own role ("as their teacher, ask my students"):
the ask starts after them."""

FOR_THE_USER = words(
    r"i|my(?! (?:class|classes|form|form group|year \d+s?|team|squad|club|school|group|students"
    r"|pupils|tenants?|lodgers?|flat|flats|house|property|properties|rental|building|units?"
    r"|under[- ]?\d+s|players|kids|swimmers|runners|dancers)\b)|me|mine|myself|i'm|i am|i'll"
    r"|i will|for us|our (?:house|home|car|kids|children|wedding|party|holiday)",
    r"(?:church|mosque|temple|synagogue|gurdwara|daughter's|son's|wife's|husband's|kid's"
    r"|kids'|family's|brother's|sister's|friend's|business|company|shop|side project|startup)"
    r"(?:'s)? (?:\w+ )?(?:fair|fete|fête|fundraiser|party|sale|event|project)",
)
"""Words that make the affair the user's own: their car, desk or house, a fair at their
church, a fundraiser for their business. The class, the squad or the rented flat named as
the user's ("the kids in my class", "anything in my flat") stay the group's or the home's."""
HELD_OVER = words(
    r"or (?:else|lose|they'll|they will|he'll|she'll|i'll|i will|get|face|be)\b|marks?|grades?"
    r"|graded|mark(?:ed|ing)? (?:\w+ )?down|detention|extra credit|credit|points|dropped|bench"
    r"|benched|selection|picked|compulsory|mandatory|must|have to|has to|no excuses|no choice"
    r"|everyone (?:has|needs|is expected) to|expected to|for free|unpaid|for nothing"
    r"|pay|money|cash|donat\w*|chip in|sponsor me|\d+ ?(?:quid|pounds|dollars|euros|bucks)"
    r"|[$£€]\s?\d+|each bring|bring in",
)
"""A lever held over them, or their money, in the same breath: the affair is no longer
theirs to help with or not."""
_AFFAIRS = (HOME_CHECKED, OWN_PLACE_KEPT, OWN_CAUSE)


def _only_the_affair(rest: str, affairs: tuple[re.Pattern[str], ...] = _AFFAIRS) -> bool:
    """Whether the words after the person named are their affairs and nothing else: a lead
    ("to", "if anyone would like to help at"), affairs joined by "and", and a tail saying
    when."""
    spans = sorted(
        (match.start(), match.end()) for lexicon in affairs for match in hits(lexicon, rest)
    )
    if not spans:
        return False
    if not _LEAD.fullmatch(rest, 0, spans[0][0]):
        return False
    end = spans[0][1]
    for start, stop in spans[1:]:
        if start > end and not _BETWEEN.fullmatch(rest, end, start):
            return False
        end = max(end, stop)
    return _TAIL.fullmatch(rest, end) is not None


def in_their_own_affairs(text: str, named_as: str, who: Who | None = None) -> bool:
    """Whether the ask, read after the person named, is only about their own home, their own
    things and room, or their school's or club's own event, or, of someone in the user's
    charge, the role's own question (`core.asks.role_questions`), with nothing of the user's,
    no lever and no money in it. A child met on the bus is asked no teacher's question."""
    start = text.find(named_as) if named_as else -1
    rest = text[start + len(named_as) :] if start >= 0 else text
    again = _NAMED_AGAIN.match(rest) if named_as.startswith(("as ", "i'm ", "i am ")) else None
    rest = rest[again.end() :] if again else rest
    unheld = role_questions.HOME_PRACTICE.sub(" ", rest)  # "would help her marks": no lever
    if has(HELD_OVER, unheld, guided=False) or has(role_questions.PRESSED, text, guided=False):
        return False
    if asks_about_the_work(rest):  # "if Friday suits for the retro", "shadow me on a call"
        return not has(FOR_THE_USER, team_questions.without_the_work(rest), guided=False)
    in_my_charge = who is Who.SUBORDINATE
    affairs = _AFFAIRS + role_questions.ROLE_QUESTIONS if in_my_charge else _AFFAIRS
    return not has(FOR_THE_USER, rest, guided=False) and _only_the_affair(rest, affairs)
