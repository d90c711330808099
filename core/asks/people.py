"""The role lexicons: the words that name each kind of person an ask can be addressed to.

Each role is one pattern over the normal form of `core.asks.text`. Where two roles
could name the same words, `core.asks.asked` takes the earliest and longest match, so
"someone I don't know" is a stranger, "the girl who works at the bakery" is staff and
"someone you've chatted with" is an acquaintance. The people the user does not know
(strangers, staff, organisations) are read last, from `core.asks.outsiders`.
"""

from __future__ import annotations

import re

from core.asks import known_people, local_roles, outsiders
from core.asks.power import SUBORDINATE
from core.asks.roles import Who
from core.asks.text import words

_FOR_THEM = (
    r"(?! (?:(?!(?:to|and|or|at|in|on|with|who|that|the|a)\b)[\w-]+ )?(?:races?|camps?"
    r"|workshops?|leagues?|teams?|menus?|sections?|corners?|programmes?|programs?|events?"
    r"|parties|party|choirs?|tournaments?|festivals?|shows?)\b)"
)
"""Children named as who an event is for ("our kids ski race", "a coding workshop for teens"):
the ask goes to whoever runs it, not to the children."""

_KNOWN = (
    r"(?:you|i)(?: already)?(?: (?:know(?! well)|like|trust|admire|respect|fancy|have (?:been|met"
    r"|chatted|talked)|(?:chat|talk) (?:with|to)|are (?:seeing|dating|getting)|am (?:seeing"
    r"|dating)|met (?:at|through|on)"
    r"|went (?:out|on (?:a|two|three|some) dates?) with|matched with|see (?:at|every|each)"
    r"|meet (?:every|each))"
    r"|'ve (?!never)(?:\w+ )?(?:been|met|chatted|talked|got to know|known)"
    r"|'re (?:seeing|dating|getting)"
    r"|'m (?:seeing|dating))"
)

_BARE_KIN = (
    r"(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandpa|oma|opa|nonna|nonno"
    r"|abuela|abuelo|babcia|dziadek|lola|lolo|baba|dadi|nani|halmoni|obaachan|ojiichan"
    r"|babic[ao]|babi|dedek|dedka|dedi|gogo|ugogo|mbuya|ambuya|sekuru|mamma|momma|mommy"
    r"|mummy|daddy|amma|appa|ammi|sis"
    r"|(?:mama|papa)(?! (?:in|at|on|from|selling|behind|who|sitting|standing|john)\b)(?! \w+'s\b))"
)
"""Family named without "my", as a child or grandchild calls them: the one asked after "ask",
"call", "text" or "visit" ("call mama and ask her for a hug"), or before "and ask her"
("ring sis, then ask her"). "Mama" and "papa" are also what an older stranger is called in
many places ("ask mama in the matatu", "the mama selling mandazi"): not where a place or a
stall follows."""

_OWN_ROLES: tuple[tuple[Who, re.Pattern[str]], ...] = (
    (
        Who.EX,
        words(
            r"(?:my|your|their|his|her|an) ex(?:-\w+)?",
            r"exes",
            r"ex-(?:boyfriend|girlfriend|partner|husband|wife)",
        ),
    ),
    (
        Who.CHILD,
        words(
            r"(?:a|the|some|that|this) (?:\w+ ){0,2}(?:kids?|child|children|toddlers?|teenagers?"
            r"|teens?|minors?|schoolboys?|schoolgirls?|little (?:boy|girl)s?|young (?:boy"
            rf"|girl)s?)(?!')(?! (?:group|groups|class|classes|club|session|sessions|gym|football"
            rf"|music|swimming)){_FOR_THEM}",
            r"(?<!no )(?<!without )(?<!for )(?:kids|children|teenagers|teens|little (?:boys|girls"
            rf"|ones))(?!'){_FOR_THEM}",
            r"(?:my|your) (?:little|baby|young|kid|infant|toddler) (?:\w+ )?(?:cousin|brother"
            r"|sister|nephew|niece|neighbour)",
            r"(?:a|the) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]olds?",
            r"(?:my|your) (?:son|daughter|kids|children|child|nephew|niece|grandchild|grandson"
            r"|granddaughter|stepson|stepdaughter)(?!'|s')",
            r"(?:[\w']+ )?(?:client|neighbour|colleague|friend)'s (?:child|kid|son|daughter)",
            r"(?:next door's|the neighbou?rs') (?:little |young |baby )?(?:twins|kids|children"
            r"|little ones|toddlers?|boys|girls)\b",
            r"(?:my|your) (?:son|daughter|kid|child)(?:'s|s') (?:\w+ )?(?:friends?|classmates?)",
        ),
    ),
    (
        Who.SUBORDINATE,
        SUBORDINATE,
    ),
    (
        Who.PARTNER,
        words(
            r"(?<!be )(?:my|your) (?:partner|boyfriend|girlfriend|husband|wife|fiancée?|spouse"
            r"|other half"
            r"|date)",
            r"(?:the )?(?:person|someone|somebody) (?:you're|you are|i'm|i am) (?:seeing|dating"
            r"|with)",
            r"(?:(?<=ask )|(?<=with )|(?<=tell )|(?<=hug ))the (?:wife|missus|missis|mrs|hubby"
            r"|better half|other half)(?! of\b)(?!')",
            r"(?<=ask )(?:herself|himself)(?= (?:for|to|if|whether|straight)\b)",
            r"(?:the )?(?:person|someone|somebody) (?:you've|i've|you have|i have) been (?:seeing"
            r"|dating|on \w+ dates? with)",
            r"(?:my|your|mi) (?:esposo|esposa|marido|asawa|mari|ehemann|ehefrau)",
        ),
    ),
    (
        Who.FAMILY,
        words(
            r"(?:(?<=ask )|(?<=tell )|(?<=call )|(?<=text )|(?<=ring )|(?<=phone )|(?<=visit )"
            rf"|(?<=vprašaj )){_BARE_KIN}\b",
            rf"{_BARE_KIN}(?=,? (?:and|then) ask (?:her|him|them)\b)",
            r"my boy(?= (?:to|for|if|whether|and|with)\b)",  # a son; "my boy Dre" is a friend
            r"(?<=ask )(?:ate|kuya)(?= for a (?:\w+ )?(?:hug|cuddle)\b)",  # an elder sibling
            r"(?:my|your|our) (?:\w+ )?(?:mum|mom|mother|dad|father|parents?|sister|sis|brother"
            r"|siblings?|cousins?|aunt|auntie|uncle|grandma|grandmother|grandad|grandfather"
            r"|grandparents?|gran|nan|relatives?|family|in-laws?|step\w+)",
            r"(?:an?|some) (?:\w+ )?relatives?",
            r"relatives|(?<=my )(?:abuel[oa]|abuelita|nonn[ao]|oma|opa|babcia|lol[ao]|yiayia|gogo"
            r"|mbuya|ambuya|sekuru)",
            r"(?:my|your|our|mi) (?:t[ií][ao]s?|tit[ao]|tante|zi[ao]|khala|khalu|chacha|chachi"
            r"|mausi"
            r"|bua|prim[ao]s?|cousine?|hermana|hermano|sobrin[ao])\b",
        ),
    ),
    (
        Who.MANAGER,
        words(
            r"(?:my|your|our|the) (?:\w+ )?(?:manager|boss|supervisor|team lead|team leader"
            r"|line manager|employer|director|ceo|head of \w+|hr|human resources|hod|dept head"
            r"|department head)",
            r"hr",
            r"(?:my|your|our|the) (?:directora|oim|offshore installation manager|gaffer)",
            r"someone (?:more )?senior",
            r"a senior colleague",
            r"(?:my|your) former (?:manager|boss)",
            r"^(?:ask )?(?:manager|boss|supervisor|gaffer|line manager)\b(?!'s)",
            r"(?:my|your|our|the) (?:nurse unit manager|nursing unit manager|ward manager|charge"
            r" nurse|matron|foreman|forewoman|shift (?:lead|leader|manager|supervisor))\b",
            r"(?<=ask )my num\b",
        ),
    ),
    (
        Who.COLLEAGUE,
        words(
            r"(?:my|your|a|an|the|another|one|two|three) (?:\w+ )?(?:colleagues?|coworkers?"
            r"|co-workers?|workmates?|teammates?|team|team at work|peers?|classmates?|flatmates?"
            r"|housemates?|roommates?)",
            r"colleagues|coworkers|co-workers|teammates|classmates|housemates|flatmates"
            r"|another team",
            r"(?:the|my|your) (?:other|fellow) (?:interns|trainees|apprentices|students|juniors)",
            r"(?:the|a|someone|somebody) (?:new )?(?:person |people |guy |girl |woman |man |lady )?"
            r"(?:from|in) (?:the|our|my"
            r"|your) (?:\w+ ){0,2}(?:(?<!post )(?<!box )(?<!ticket )office|team|department|branch"
            r"|site)(?! queue)",
            # "the new guy on the team": a teammate; "on my team" is read as the user's own
            r"(?:(?:the|a) (?:new )?(?:person|guy|girl|woman|man|lady|lad|bloke|fella|chap)|someone"
            r"|somebody) on the (?:\w+ )?(?:team|crew|squad|shift|rota)\b",
            r"(?:the|a|someone|somebody) (?:new )?(?:person|people|guy|girl|woman|man|lady)"
            r" (?:from|in) (?:accounts|finance|marketing|sales|legal|payroll|it|engineering"
            r"|procurement|logistics|operations|ops|design|admin|support|compliance|research)",
            r"(?:the|a|someone|somebody) (?:new )?(?:person|people|guy|girl|woman|man|lady|starter"
            r"|joiner)? ?(?:at|from) (?:my |your )?(?:work|the office)",
            # the desk beside the user's on a call-centre or sales floor is a colleague's
            r"(?:the|a) (?:\w+ )?(?:person|guy|girl|woman|man|lady|bloke|lad) (?:(?:who|that)"
            r" (?:sits|works) )?(?:next to|beside|opposite|across from) (?:me|you) (?:on|at|in)"
            r" (?:the|our|my) (?:sales |call |shop |trading |warehouse |factory |office |work )?"
            r"(?:floor|desks?|pod|line|shift|office|team)\b",
        ),
    ),
    (
        Who.LANDLORD,
        words(
            r"(?:my|your|the) (?:landlord|landlady|letting agent|letting agency|building manager"
            r"|property manager|housing association|caretaker)",
            r"(?:my|your|the|our) (?:boarding[- ]house|homestay|lodging|digs|pg|paying guest"
            r"|guesthouse|guest house) (?:aunty|auntie|uncle|owner|landlady|landlord|mum|mom|mama"
            r"|lady|host|hostess)",
        ),
    ),
    (
        Who.NEIGHBOUR,
        words(
            r"(?:my|your|a|the|our|new|some|three) (?:\w+ )?(?:neighbours?|neighbors?)",
            r"neighbours|neighbors",
            # "borrow next door's ladder", "ask next door": the household, not a shop's door
            r"(?:(?<=ask )|(?<=borrow )|(?<=from )|(?<=tell )|(?<=call )|(?<=knock on )|(?<=text )"
            r"|(?<=use ))next door(?:'s)?",
            r"(?:la|el|mi|my|a la|al) vecin[ao]s?|(?:la|le|ma|mon|my) voisine?s?(?! de"
            r" (?:table|si[èe]ge|train|rang)\b)",
            r"(?:my|our|the) (?:kapitbahay|jirani|nachbarin|nachbar)",
            r"(?:the|my|our) (?:\w+ )?(?:couple|family|people|man|woman|guy|lady|person|bloke|folks"
            r"|chap|fella|aunty|auntie|uncle|lad|gent) (?:(?:who|that) (?:\w+ ){0,2}moved in )?"
            r"(?:next door|upstairs|downstairs"
            r"|across the (?:road|street|hall|landing))",
        ),
    ),
    (
        Who.FRIEND,
        words(
            r"(?:my|your|an?|one|two|three|our|old) (?:\w+ )?(?:schoolmates?|school friends?|uni"
            r" friends?|college friends?)",
            # not "he is almost a friend": a server the user knows well, no friend yet
            r"(?:the|my|our) friend group|(?<!almost )(?<!nearly )(?<!practically )(?<!basically )"
            r"(?:my|your|a|an|one|two|three|our|old|best|close|mutual)"
            # not "nobody minds a hug mate": the mate there is the reader, addressed
            r" (?!(?:hug|kiss|cuddle|pint|beer|drink|laugh|go|break) mate\b)"
            r"(?:(?:new|good|dear) )?(?:\w+ )?"
            r"(?:friends?|mates?|pals?|buddy|buddies|bff)",
            r"friends",
            r"(?:my|your|the) (?:group chat|gc|friend group|writing group|book club)",
            # the user's own crowd, asked about "our" plans, not a group met in a bar
            r"(?<=ask )the (?:girls|lads|boys|guys|gang|crew|squad|gals|ladies)(?= (?:if|whether)"
            r" (?:we|we're|we'd|we'll|our)\b(?![^.!?]{0,40}\b(?:join|sit (?:with|down)|buy (?:them"
            r"|her|him)|dance|numbers?|snap|insta|take (?:a|their) (?:photo|pic|picture))))",
            r"(?:my|our) (?:guy|dude|bro|homie|homeboy|bestie|bredren|padi|g)\b(?! (?:at|from|in"
            r"|on|who|that|behind|down|round|over)\b)",
            r"my boy(?= [a-z]+\b)(?! (?:to|for|if|whether|and|with|at|from|in|on|who|that|is|was"
            r"|has|had|needs?|wants?|can|could|will|would|about|what|how|when|a|an|the|his|my)\b)",
        ),
    ),
    (
        Who.ACQUAINTANCE,
        words(
            r"(?:(?:the|a|my) )?\w+ (?:from|fae) (?:(?:my|our|the) )?(?:[\w-]+ ){0,2}?(?:group|club"
            r"|class|course|choir|team|church|mosque|temple|synagogue|gym|studio|meetup|society|circle"
            r"|(?:five|5|six|6|seven|7)-a-sides?|league|tournament"
            r"|(?:language exchange|tandem)(?! (?:app|site|website|platform)))",
            rf"(?:someone|somebody|a person|people|the person|the one|one person|anyone|a man"
            rf"|a woman|a guy|a girl|the man|the woman|the guy|the girl|a group|groups|(?:two"
            rf"|three|four|a few) people) (?:\w+ ){{0,2}}(?:(?:that|who|whom) )?{_KNOWN}",
            r"(?:someone|somebody|people|a group|groups|(?:two|three|four|a few) people) (?:you"
            r"|i)(?:'d| would) (?:like|love) to (?:get to )?know",
            r"(?:a|the|any) groups? (?:you|i)(?:'re| are|'m| am)? ?(?:belong to|part of|in|go to)",
            r"(?:someone|somebody|a person) who (?:has |have )?(?:helped|taught|supported|mentored"
            r"|encouraged|inspired) (?:you|me)",
            r"(?:someone|somebody|people|a person|a guy|a girl|a man|a woman|the guy|the girl"
            r"|the man|the woman|(?:a|the|another) (?:mum|mom|dad|parent)) (?:(?:from|in|at) (?:my"
            r"|your|(?:my|your|our) (?:son|daughter|kid|child|kids)(?:'s|s'))|(?:from|in) (?:a"
            r"|the)) (?:\w+ )?(?:class|club|choir|team|group|course|gym class|running club"
            r"|climbing club|writing group|church|mosque|temple|book club|workplace|school gate"
            r"|school run|nursery|playgroup|toddler group|parents' evening)",
            r"(?:someone|somebody|people|a person) (?:you've|i've|you have"
            r"|i have) (?!never )(?:\w+ ){0,2}(?:chatted|talked|talking|spoken|met|enjoyed"
            r"|got to know)",
            r"acquaintances?|(?:my|your) (?:crush|date)|(?<!on )(?<!by )(?:a|an|the|my"
            r"|your) (?:classmate|teacher"
            r"|tutor|coach|mentor|organiser|organizer|host)",
            r"someone (?:you|i) (?:know|like)",
            r"(?:the|a|an|someone|somebody) (?:\w+ )?(?:person|guy|girl|man|woman|lady|people)?"
            r" ?(?:(?:who|that) )?(?:i|you|we) (?:teamed up|worked|partnered|paired up|collaborated"
            r"|studied|volunteered|reconnected|trained|shared a desk) with",
            r"(?:the|a|another) (?:\w+ )?(?:mum|mom|mother|dad|father|parent|guy|girl|woman|man"
            r"|lady|person)"
            r" (?:(?:that|who|whom) )?(?:i|you) (?:always |often )?(?:chat|talk) (?:with|to)",
            r"(?:the|a) (?:\w+ )?(?:person|guy|girl|man|woman|lady) (?:who|that) (?:always "
            r"|usually )?"
            r"(?:sits|works) (?:next to|beside|opposite|near|across from) (?:me|you)(?! on\b)"
            rf"(?! in (?:the|a) (?:\w+ )?{known_people.RIDES})",
            r"(?:writing|reading|art|study|support) group",
            r"[a-z]+ i(?:'ve| have) been (?:messaging|chatting|talking)",
        ),
    ),
)
ROLES = local_roles.FIRST + known_people.ROLES + _OWN_ROLES + outsiders.ROLES + local_roles.LAST
