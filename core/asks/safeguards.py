"""Safeguards skipped, in words: the rule or the guard that stands between a person and harm.

A prescription drug handed over with no prescription, a machine's safety guard switched off to
hit a target, a ride with no helmet, a body hung out of a moving train's door, a mine sealed
for decades or a tower closed at night gone into anyway, a sea under a red-flag closure paddled
out into, a stage counterweight or a forklift's forks ridden ("ride up on the forks to grab the
pallet off the top rack"), a glacier crossed unroped, a cable run through the rain, a car
driven after drinks named by whatever the bar calls them. Each safeguard exists because people
were hurt without it, so these are unsafe whoever is asked. Each shape needs the act and the
skipped safeguard together: asking the pharmacist which cold remedy needs no prescription, or
the operator how the guard works, stays fair. Gas and mains work with the trade passed over
is `core.asks.licensed_trades`, joined here. `core.asks.danger.UNSAFE` joins them to its own;
fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.licensed_trades import PATTERNS as LICENSED_TRADES
from core.asks.text import words

DRINK_NAMES = (
    r"(?:mojitos|cañas|canas|caipirinhas|negronis|spritzes|aperols|sangrias|ouzos|rakis|palinkas"
    r"|martinis|daiquiris|margs|copas|chopps|cervezas|birras|bières|makgeollis|coldies|frothies"
    r"|snakebites|j[aä]gerbombs|proseccos|cavas|vinos|glasses of wine|wines|tinnies|stubbies"
    r"|beers|pints|shots|drinks|cocktails|whiskies|whiskeys|vodkas|gins|rums|pastis|apéros?"
    r"|aperos?|apéritifs?|aperitifs?|sternis|sternies|radlers|pilsners|weizens|kölsch|kolsch)"
)
"""Drinks by the names bars give them (a French apéro of pastis, a Berlin Sterni); a driver
who has had some is unsafe."""

_PRESCRIBED = (
    r"(?:codeine|antibiotics?|amoxicillin|opioids?|oxy\w*|tramadol|morphine|xanax|valium"
    r"|diazepam|benzos?|adderall|ritalin|viagra|sleeping (?:pills|tablets)|steroids|ozempic"
    r"|insulin|accutane|strong painkillers)"
)
"""Medicines a pharmacist may only hand over against a prescription. Emergency contraception,
the everyday pill, inhalers and ordinary painkillers are sold over the counter in many
countries, so asking for them without a prescription is fair and they are not listed."""
_NO_SCRIPT = r"(?:no |without (?:a |any |my )?|w/?o (?:a )?)(?:prescription|script|rx)\b"

_VEHICLE = (
    r"(?:train|local|bus|tram|metro|carriage|coach|jeepney|matatu|truck|lorry|car|van|tuk[- ]?tuk"
    r"|rickshaw|ferry)"
)
_SAFETY_KIT = (
    r"(?:safety (?:guard|switch|interlock|catch|cut-?out|sensor|lock|cage|cover|rail|bar|valve"
    r"|system|feature|device)|machine guard|blade guard|guard|interlock|light curtain|e-?stop"
    r"|emergency stop|cut-?out|smoke (?:alarm|detector)s?|sprinklers?|speed limiter)"
)
_OWNER = r"(?:the |a |my |his |her |their |its |our )?(?:[\w-]+ ){0,2}?"
_DISABLED = (
    rf"(?:bypass|disabl|overrid|disconnect|unplug)\w* {_OWNER}{{kit}}"
    rf"|(?:switch|turn|tape|pin|tie|jam|wedge|prop)\w* (?:off|out|down|open|back) {_OWNER}{{kit}}"
    rf"|(?:switch|turn|tape|pin|tie|jam|wedge|prop)\w* {_OWNER}{{kit}} (?:off|out|down|open|back)"
)
"""A guard put out of action, in three orders: "bypass the guard", "switch off the guard",
"switch the guard off"; a guard taken for a coffee is a person, so "take" is left out."""
_GUARD_OFF = _DISABLED.replace("{kit}", _SAFETY_KIT)
_SEALED = (
    r"(?:sealed|boarded[- ]up|bricked[- ]up|condemned|fenced[- ]off|cordoned[- ]off|off-limits"
    r"|shut (?:down|off) since|closed (?:since|for (?:years|decades)))"
)
_CLOSED_PLACE = (
    r"(?:tower|towers|stairs|stairway|staircase|bell tower|steeple|spire|bridge|tunnel|mine|shaft"
    r"|drift|pit|cave|trail|path|pier|jetty|wing|crater|ridge|slope|piste|beach|quarry|dam"
    r"|viaduct|plant|factory|mill|asylum|warehouse|power station)"
)

PATTERNS = (
    *LICENSED_TRADES,  # gas or mains work with the trade passed over
    # A safety check, briefing or inspection skipped before flying, diving or climbing.
    r"(?:skip|skipping|waive|bypass|ignore|cut|miss out|leave out) (?:the |my |our |a )?"
    r"(?:[\w-]+ )?(?:safety|pre-?flight|pre-?dive|pre-?climb|pre-?start|pre-?use|pre-?jump"
    r"|walk-?around|buddy|harness|gear|equipment)"
    r" (?:checks?|checklists?|briefings?|inspections?)\b",
    # A prescription medicine asked for without the prescription.
    rf"{_PRESCRIBED}\b.{{0,60}}\b{_NO_SCRIPT}|{_NO_SCRIPT}.{{0,40}}\b{_PRESCRIBED}\b",
    r"prescription[- ]only (?:\w+ ){0,3}(?:without|no)\b",
    # A body out of a moving vehicle: hung off its door, ridden on its footboard.
    rf"(?:hang|hung|lean|dangl|surf|ride|riding|stand|standing)\w* (?:\w+ ){{0,2}}(?:off|out of"
    rf"|from|on) (?:the |a )?(?:moving |open |running )?{_VEHICLE}(?:'s)?(?: door\w*| window"
    rf"| steps?| footboard| roof| side)\b",
    r"(?:ride|riding|travel\w*|hang\w*|stand\w*)\b.{0,20}\bfootboard|footboard\w*\b.{0,30}"
    r"\b(?:ride|riding|full speed|fast|travel\w*)|(?:train|bus|tram) surf\w*",
    # A machine's guard, alarm or limiter switched off.
    rf"(?:{_GUARD_OFF})\b(?! (?:dog|duty|shift|house|booth|of honou?r))",
    r"no-(?:helmet|harness|life ?jacket|seat ?belt)|helmet-?less\b",
    # A place sealed or closed for safety gone into.
    rf"(?:take|let|get|sneak|go|went|climb|lead|bring)\w* (?:me |us )?(?:\w+ ){{0,2}}(?:down|into"
    rf"|in|up|inside|through|onto)\b.{{0,40}}\b{_SEALED}|{_SEALED}\b.{{0,60}}\b(?:let|take|get"
    rf"|sneak) (?:me|us) (?:in|up|down|inside|through)\b",
    rf"(?:let|take|get|sneak)\w* (?:me|us) (?:up|in|into|down|onto|through|inside) (?:the |a )?"
    rf"(?:[\w-]+ ){{0,2}}closed (?:[\w-]+ ){{0,2}}{_CLOSED_PLACE}\b",
    rf"(?:old|disused|shut|closed)\b (?:[\w-]+ ){{0,2}}{_CLOSED_PLACE}\b.{{0,40}}\blet (?:me|us)"
    r" (?:in|into|up|inside)\b.{0,30}\b(?:at night|after dark|at midnight)",
    # The sea closed, a fly-tower counterweight ridden, mains cable through the wet.
    r"(?:during|in|despite|ignor\w*) (?:the |a )?red[- ]flag|red[- ]flag\b.{0,60}\b(?:paddle"
    r"|swim|surf|go in|go out)",
    r"ride (?:the |a )?(?:counterweight|arbou?r|crane hook|hook|forks|conveyor)\b",
    r"(?:ride|riding|rode|stand|standing|sit|sitting|get|getting|go|going|lift\w* (?:me|us|him"
    r"|her|them))(?: up| down)? (?:on|onto) (?:the |a |its )?(?:forklift(?:'s)? )?(?:forks|pallet"
    r" forks|tines)\b",
    # A glacier crossed, or a route climbed, with no rope.
    r"unroped|(?:glacier|crevasses?|icefall|multi-?pitch|via ferrata)\b[^.!?;]{0,40}\b(?:without"
    r"|no) (?:a |any )?(?:ropes?|harness|crampons)\b|(?:without|no) (?:a |any )?(?:ropes?"
    r"|crampons)\b[^.!?;]{0,40}\b(?:glacier|crevasses?|icefall)\b",
    r"(?:extension|power) (?:cord|lead|cable)s?\b.{0,80}\b(?:in the rain|puddles?|across the"
    r" (?:sidewalk|pavement|road|street|footpath))",
    # Drinks by name, then the wheel; or the wheel, then the drinks had.
    rf"(?:i|me) (?:\w+ )?driv\w*\b.{{0,100}}\b(?:i've|i have|i'd|i had|after) (?:only |just )?"
    rf"(?:had )?(?:two|three|four|five|six|\d+|a few|a couple(?: of)?) (?:\w+ )?{DRINK_NAMES}",
    # A park, a ginnel or an alley crossed on foot in the dead of night.
    r"(?:walk|cut|wander|stroll)\w* (?:\w+ )?through (?:the |a )?(?:[\w-]+ ){0,2}(?:park|forest"
    r"|woods|underpass|ginnel|snicket|jitty|twitten|vennel|wynd|alley|alleyway|back lane|back"
    r" alley|subway)\b.{0,40}\bat (?:midnight|night|[1-4] ?am)\b",
)
"""Each skipped safeguard with its act; `core.asks.danger.UNSAFE` joins them to its own."""
_OVER_THE_COUNTER = (
    r"(?:the )?(?:morning-after|morning after) pill|emergency contraception|plan b|paracetamol"
    r"|ibuprofen|aspirin|antihistamines?|allergy (?:tablets|pills|medicine)|hay ?fever \w+"
    r"|cold (?:and flu )?(?:tablets|remedy|remedies|medicine)|nicotine (?:patches|gum)"
)
_FOR_SLEEP = (
    r"(?:sleeping|sleep|night-?time|travel|motion sickness|travel sickness) (?:pills|tablets|aids?"
    r"|remedy|remedies|medicine|meds|gummies|spray)|melatonin|antihistamines?"
)
_WHY_SLEEP = (
    r"jet ?lag|the (?:long |overnight )?(?:flight|plane|journey|trip)|(?:a )?long-haul|sleep\w*"
    r"|insomnia|travel(?:ling)?|the time difference"
)
_NOT_OVER_THE_COUNTER = (
    r"(?:without|no|w/o) (?:a |any |my )?(?:prescription|script|rx)|spare|extra|more than"
    r"|stronger than|double|high|buzz|recreational|(?:sell|give|get|slip) (?:them|some)"
    r"|someone else's|(?:his|her|their) (?:prescription|name)|for (?:my |a )?(?:friend|mate"
    r"|sister|brother|partner|kid|child|son|daughter)\b|[\w-]+'s name"
)
"""A pharmacy asked for a sleep aid for a flight or jet lag ("if they have any sleeping pills for
jet lag"): the pharmacist is the one who decides what may be sold and to whom. Without a
prescription, to spare, for someone else or to get high stays unsafe."""

OVER_THE_COUNTER = words(
    rf"(?:{_OVER_THE_COUNTER})\b[^.!?]{{0,30}}\b(?:without|no|w/?o) (?:a |any )?(?:prescription"
    r"|script|rx)",
    r"(?:explain|go over|go through|talk me through|run through|run me through|write down"
    r"|tell me (?:how|when|what))\w* (?:[\w-]+ ){0,6}?(?:my|mum's|dad's|my \w+'s) (?:[\w-]+ ){0,3}?"
    r"(?:pills|tablets|medication|medicines?|meds|prescription)\b(?! (?:without|to (?:get|sell"
    r"|give|share)))",
    r"(?:cheaper|generic|own-brand|store-brand|cheaper generic|cheaper version|alternative"
    r"|substitute|bigger pack|smaller pack)s? (?:\w+ ){0,2}?(?:for|of|to) (?:my|mum's|dad's"
    r"|my \w+'s) (?:[\w-]+ ){0,3}?(?:pills|tablets|medication|medicines?|meds|prescription)\b"
    r"(?! (?:without|to (?:get|sell|give|share)))",
    r"(?:if|whether|is|are|can) (?:[\w'-]+ ){0,4}?(?:ok|okay|safe|fine|alright|all right"
    r"|interacts?|clash(?:es)?|mix(?:es)?|take) (?:[\w-]+ ){0,3}?(?:with|alongside|on top of)"
    r" (?:my|mum's|dad's|my \w+'s|her|his) (?:[\w-]+ ){0,3}?(?:pills|tablets|medication"
    r"|medicines?|meds|prescription)\b(?! (?:without|to (?:get|sell|give|share)))",
    rf"(?:pharmacist|pharmacy|chemist|dispensary)\b(?![^.!?;]*\b(?:{_NOT_OVER_THE_COUNTER}))"
    rf"(?:'s)? (?:[\w'-]+ ){{0,6}}?(?:{_FOR_SLEEP})\b(?: for (?:[\w-]+ ){{0,3}}?(?:{_WHY_SLEEP})"
    r"\b)?",
    r"(?:pharmacist|pharmacy|chemist|dispensary|doctor|gp) (?:if|whether) (?:they|he|she|it)"
    r"(?:'ve| have| has)? (?:got|have|has|sell|sells|stock|stocks|carry|carries)\b",
)
"""Medicines sold without a prescription in many countries, asked for without one, or the
user's own prescribed pills explained ("ask the pharmacist to explain my new blood pressure
pills one more time", "how to take the antibiotics with my other pills"), or a cheaper
generic of them asked for ("if there's a cheaper generic for my allergy pills"), or whether
another is safe with them ("if ibuprofen is ok with my blood pressure pills"), or a pharmacy
asked what it stocks ("if they have any codeine"): fair, so
`core.asks.slots` blanks them out before `core.asks.danger.UNSAFE` reads the rest."""
