"""Barred wheels, in words: the user driving or operating when the law has taken the right away.

"Pedirle a mi nieto las llaves de su carro para ir al Sedano's, aunque el médico me quitó la
licencia por la vista", "ask the night shifty to let me run a haul truck solo. No ticket yet but
how hard can it be", "ask the shipper to let me take the extra load even though I'm out of
hours. My logbook's my business": a licence a doctor or a court has taken, a machine run alone
before its ticket, a driver past the hours the law allows, the logbook kept out of sight. The
rule is there because a driver who cannot see, an untrained hand on a haul truck or a driver
with no sleep kills; nobody asked can make it safe by saying yes, so these are unsafe whoever
is asked and join `core.asks.danger.UNSAFE` (which already reads "no licence" with "let me
drive"). Each needs the user at the wheel or the controls with the bar: a grandson asked to
drive the user because the licence is gone, a trainer beside the user on the haul truck, or
the extra load handed to another driver or taken tomorrow after the break stays fair.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_LICENCE_GONE = (
    r"(?:lost|lose|losing) (?:my|the) (?:driving |driver's |drivers )?licen[cs]e"
    r"|(?:my|the) (?:driving |driver's |drivers )?licen[cs]e (?:was |got |has been |'s been |is )?"
    r"(?:taken|suspended|revoked|pulled|cancell?ed|confiscated)"
    r"|(?:took|taken|take|revoked|suspended|pulled|cancell?ed|confiscated) (?:away )?(?:my|the)"
    r" (?:driving |driver's |drivers )?licen[cs]e|(?:banned|disqualified) from driving"
    r"|(?:me )?(?:quitó|quito|quitaron|suspendió|suspendieron|retiró|retiraron|cancelaron)"
    r" (?:la|mi) licencia|(?:sin|no tengo) licencia|licencia (?:suspendida|vencida|retirada)"
    r"|(?:suspenderam|cassaram|tiraram|apreenderam) (?:a |minha )?(?:carteira|cnh|habilitação)"
)
"""A licence taken away by a doctor, a court or the state, in English, Spanish or Portuguese;
"lost my licence" is read the same (a card lost in the wash is renewed, not driven without)."""
_MY_WHEEL = (
    r"(?:let me|if i (?:can|could)|whether i (?:can|could)|so i can|i'll|i will|i can)"
    r" (?:\w+ )?(?:drive|take (?:his|her|their|the|your) (?:car|van|truck|ute|bakkie)(?! to))\b"
    r"(?! (?:me|us)\b)"
    r"|(?:borrow\w*|lend (?:me|us)|(?:the |his |her |their |your )?keys? (?:to|of|for))"
    r" (?:[\w'-]+ ){0,2}?(?:car|van|truck|ute|bakkie|motorbike|scooter)\b"
    r"|(?:las )?llaves (?:de su|del|de tu|de la|de mi) (?:carro|coche|auto|camioneta|troca|moto)"
    r"|(?:prestarme|préstame|prestame|me preste) (?:su|tu|el|la) (?:carro|coche|auto|camioneta"
    r"|moto)|(?:me deje|me dejen|dejarme|déjame|dejame|para|voy a|quiero) (?:manejar|conducir)"
)
"""The user at the wheel: let me drive, a car or its keys borrowed ("las llaves de su carro");
"drive me" or a lift asked is someone else's wheel."""
_NO_LICENCE_AT_THE_WHEEL = (
    rf"(?:{_LICENCE_GONE})\b[^!?]{{0,100}}\b(?:{_MY_WHEEL})",
    rf"(?:{_MY_WHEEL})[^!?]{{0,120}}\b(?:{_LICENCE_GONE})\b",
)

_MACHINE = (
    r"(?:haul ?truck|dump ?truck|truck|lorry|rig|forklift|crane|excavator|digger|loader|dozer"
    r"|bulldozer|grader|scissor ?lift|cherry ?picker|boom ?lift|telehandler|bobcat|skid ?steer"
    r"|tractor|chainsaw)"
)
_RUN_IT = (
    r"(?:let me|if i (?:can|could)|whether i (?:can|could)|so i can|i'll|i can)"
    r" (?:\w+ ){0,2}?(?:run|drive|operate|use|take|have a go on|have a go in|jump on|jump in)"
    rf" (?:a|the|his|her|their|one of the) (?:[\w-]+ ){{0,2}}?{_MACHINE}\b"
)
_NO_TICKET = (
    r"(?:no |without (?:a |my |the |any )?|(?:don't|do not) have (?:a |my |the |any )?"
    r"|(?:haven't|have not) got (?:a |my |the |any )?|not (?:yet )?got (?:a |my |the )?)"
    r"(?:\w+ )?(?:ticket|tickets|cert|certificate|certification|permit|sign-?off"
    r"|qualification|training)\b"
    r"|(?:not|haven't been|have not been) (?:yet )?(?:signed off|ticketed|certified|trained)\b"
)
_WATCHED = (
    r"(?:with|beside|alongside|next to) (?:a |the |my |an )?(?:trainer|supervisor|assessor"
    r"|instructor|mentor|operator|leading hand|shifty|shift boss|him|her|them) (?:beside|next"
    r" to|with|in|on board|watching|sitting)|supervised|under supervision|(?:trainer|assessor"
    r"|instructor|supervisor) (?:\w+ )?(?:beside|next to|with|in the cab|watching)"
)
_NO_TICKET_AT_THE_CONTROLS = (
    rf"{_RUN_IT}(?:(?!{_WATCHED})[^!?]){{0,80}}\b(?:{_NO_TICKET})",
    rf"(?:{_NO_TICKET})(?:(?!{_WATCHED})[^!?]){{0,80}}\b{_RUN_IT}",
)
"""A machine run before its ticket ("let me run a haul truck solo. No ticket yet"); with a
trainer beside the user it is how the ticket is earned."""

_OVER_HOURS = (
    r"(?:i'm|i am|i've been|i have been|i'll be|i will be|i've gone|i have gone|i've run|i have"
    r" run) (?:already |well |way |nearly |just )?(?:out of|over|past|beyond|outside) (?:my |the"
    r" |legal |driving |work )*hours"
    r"|(?:my|our) hours (?:are|were|'re) (?:up|done|out|gone|maxed)|out of (?:legal |driving )?"
    r"hours on (?:my|the) (?:log|logbook|tacho|eld)"
)
_TAKES_IT_ON = (
    r"(?:let me|if i (?:can|could)|so i can|i'll|i can) (?:\w+ )?(?:(?:take|do|run|haul|pull"
    r"|carry|cover) (?:the|this|that|an?|one more|another|his|her) (?:\w+ )?(?:loads?|runs?|trips?"
    r"|hauls?|deliver(?:y|ies)|drops?|legs?|trailers?)|drive|haul)\b(?![^.!?]{0,40}\b(?:tomorrow"
    r"|after my (?:break|reset|rest)|once i've (?:rested|reset|had my)))"
)
_LOG_HIDDEN = (
    r"(?:log ?book|logs?|tacho\w*|eld|hours)(?:'s| is| are) my (?:own )?(?:business|problem"
    r"|lookout)|(?:fudge|fiddle|fake|doctor|cook|falsify|alter|edit|tweak|juggle)\w* (?:the |my )?"
    r"(?:log ?book|logs|tacho\w*|eld|hours)\b"
)
_PAST_THE_HOURS = (
    rf"{_TAKES_IT_ON}[^!?]{{0,80}}\b(?:{_OVER_HOURS})\b",
    rf"(?:{_OVER_HOURS})\b[^!?]{{0,80}}\b{_TAKES_IT_ON}",
    _LOG_HIDDEN,
)
"""A driver past the hours the law allows taking on more, or a logbook kept from the law
("my logbook's my business"); an extra load taken tomorrow, after the break, stays fair."""

_RIDE_IT_ALONE = (
    r"(?:let me|make i|make me|if i (?:can|could)|whether i (?:can|could)|so i can|i go)"
    r" (?:\w+ )?(?:ride|drive|steer) (?:the |his |her |their |your |a )?(?:[\w-]+ )?(?:machine"
    r"|okada|bike|motorbike|motor ?bike|motorcycle|moto|boda(?:-?boda)?|keke|scooter|car|tuk-?tuk"
    r"|rickshaw)s? (?:myself|by myself|alone|on my own|solo)\b"
)
_NEVER_LEARNED = (
    r"i(?:'ve| have)? never (?:learn\w*|ridden|driven|rode|drove|ride|drive)\b|i (?:don't|do not"
    r"|dont|no) (?:know how to|sabi|know) (?:ride|drive)\b|i (?:can't|cannot|no fit) (?:ride"
    r"|drive)\b"
)
_UNTRAINED_AT_THE_HANDLEBARS = (
    rf"{_RIDE_IT_ALONE}[^!?]{{0,60}}\b(?:{_NEVER_LEARNED})",
    rf"(?:{_NEVER_LEARNED})[^!?]{{0,60}}\b{_RIDE_IT_ALONE}",
)
"""The user alone at the handlebars of a motorbike taxi or at a wheel they never learned ("ask
the okada man make I ride the machine myself, I never learn but na small distance"); a lesson
with someone beside the user names no "myself"."""

PATTERNS = (
    *_NO_LICENCE_AT_THE_WHEEL,
    *_NO_TICKET_AT_THE_CONTROLS,
    *_PAST_THE_HOURS,
    *_UNTRAINED_AT_THE_HANDLEBARS,
)
"""Each wheel with its bar; `core.asks.danger.UNSAFE` joins them to its own."""
