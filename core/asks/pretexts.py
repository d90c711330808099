"""Pretexts, in words: an ailment, a birthday, a status or a rival offer made up to get something.

A sick note asked for "so I get a long weekend", a twisted ankle told so the user can skip
rehearsal and go to a casting instead, "today is my birthday" told to a market seller so she
adds extra for free, a student card kept after graduating, a nurse's job given up years ago
but claimed to jump the wait, a title printed on business cards so clients take the user
seriously, an inspectorate named to get behind a bar, a bulk price asked "by saying I buy for
a big hotel chain, nobody checks": each is a claim made for what it gets. The same words told
honestly stay fair: an injury told to a coach with a request to sit out, a birthday told to a
waiter with a request for a candle, another offer mentioned and a question whether they can
match it. So each shape needs the claim with its purpose, or with what belies it.
`core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.false_claims import NOT_ELIGIBLE

_TOLD = r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|convince\w*)"
_AILMENT = (
    r"(?:(?:twisted|sprained|hurt|pulled|injured|broke|broken|strained|tweaked|cut|burnt|burned"
    r"|bruised|put out) (?:my|a|his|her) (?:\w+ )?(?:ankle|knee|wrist|back|neck|hamstring|calf"
    r"|shoulder|foot|leg|arm|hand|finger|toe|hip|groin|muscle)|(?:i'm|i am|i've been|i was|i feel"
    r"|i'm feeling) (?:really |very |a bit |too )?(?:sick|ill|unwell|poorly|injured|hurt)"
    r"|(?:i have|i've got|i got|i've had|i had|i'm down with|i am down with|with) (?:a |the )?"
    r"(?:(?:high |bad |terrible |bit of a )?(?:fever|temperature|headache|migraine|flu|cold"
    r"|covid|food poisoning|stomach bug|tummy bug|bug|virus|sore throat|chest infection"
    r"|infection|diarrh\w+|runs|period pains?|back pain|toothache))\b"
    r"|(?:my )?back(?:'s| has| is) (?:gone|out|playing up)|my (?:\w+ )?(?:ankle|knee|wrist|back"
    r"|neck|hamstring|shoulder|foot|leg|arm|hand|hip)(?:'s| is) (?:injured|hurt|sprained|broken"
    r"|swollen|strained|killing me|playing up))"
)
"""An ailment or an injury, as a user says it to get out of something."""
_SKIPPED = (
    r"(?:so (?:i|we) (?:can|could|get to) |to |and )(?:skip|miss|get out of|dodge|bunk|ditch"
    r"|swerve|leave|sit out|take|have|get)\b"
)
_ELSEWHERE = (
    r"(?:and|to|so (?:i|we) can) (?:go|head|get|make it|sneak off|nip off|pop off|run off|be at"
    r"|attend|catch|see|watch|do|play|party|travel|fly|drive)\b(?! (?:\w+ ){0,3}?(?:doctor|gp"
    r"|hospital|clinic|pharmacy|chemist|dentist|bed|rest|sleep|home|a&e|physio|test|scan)\b)"
)
_REST_WANTED = (
    r"(?:i|we) (?:just |only |really |actually |simply )?(?:need|want|fancy|deserve|would like)"
    r" (?:a |an |the |some )?(?:long weekend|(?:day|days|afternoon|morning|weekend|friday|monday)"
    r" off|lie-in|rest|break|breather|holiday|extra day|lazy day)"
    r"|(?:i'm|i am|i) (?:not (?:really |actually )?(?:sick|ill|injured|hurt)|(?:actually |really )"
    r"(?:fine|ok|okay|well))"
)
"""What a sick note or a claimed injury is really for: a long weekend, a day off."""
_INVENTED_ILLNESS = (
    rf"{_TOLD}\b.{{0,60}}\b{_AILMENT}\b.{{0,20}}\b{_SKIPPED}\b.{{0,60}}\b{_ELSEWHERE}",
    rf"(?:call|calls|calling|called|phone|phoning|ring|ringing) in sick\b.{{0,60}}\b{_ELSEWHERE}",
    rf"{_TOLD}\b.{{0,60}}\b{_AILMENT}\b.{{0,140}}\b(?:{_REST_WANTED})\b",
    r"(?:sick|doctor's|medical|fit) note\b.{0,100}\b(?:" + _REST_WANTED + r")\b",
    rf"{_TOLD}\b.{{0,60}}\b{_AILMENT}\b.{{0,20}}\b{_SKIPPED}\b.{{0,80}}\b(?:when|once|after|till"
    r"|until) (?:i|i've|i have|we|we've|we have) (?:actually |properly |finally )?(?:revised"
    r"|studied|prepared|practised|practiced|caught up|learned|learnt|done (?:the|my) (?:reading"
    r"|revision|homework|prep))\b",
)
"""An ailment told to skip something, with the real reason beside it: not ready yet ("say I've
got covid so I can skip the practical and resit it later when I've revised"). Told to sit
something out and rest, it stays fair."""

_DAY = r"(?:birthday|bday|b-day|anniversary|name day|name-day|saint's day|graduation)"
_ON_THE_HOUSE = (
    r"(?:free|for nothing|on the house|extra|a bit more|more|discount\w*|cheaper|money off|\w+ off"
    r"|upgrade\w*|complimentary|comp|comps|comped|bonus|gift|freebie\w*|dash|mali|lagniappe"
    r"|bakshish|baksheesh)"
)
"""What a birthday is told for: something extra, off or free, by any market's word for it."""
_DAY_USED = (
    rf"{_TOLD}\b.{{0,60}}\b(?:today|tonight|tomorrow|it|this week|sunday|saturday|friday)(?:'s"
    rf"| is|s| be) (?:my|our) (?:\w+ )?{_DAY}\b.{{0,50}}\b(?:so|to get|and get|for|hoping|then)"
    rf"\b.{{0,40}}\b{_ON_THE_HOUSE}\b"
)
"""A birthday told to a seller so they add extra for free; told and asked for a candle, fair."""

_STATUS = (
    r"(?:student|pupil|pensioner|senior|retiree|resident|local|member|apprentice|trainee|minor"
    r"|child|teenager|nurse|doctor|teacher|soldier|veteran|employee|staff|unemployed|jobseeker)"
)
_LAPSED = (
    rf"{_TOLD}\b.{{0,60}}\b(?:i'm|i am|we're|we are|mi) still (?:a |an |on the |with the"
    r" |work(?:ing)? as (?:a |an )?)?(?:[\w-]+ )"
    rf"{{0,3}}?{_STATUS}s?\b.{{0,80}}\b(?:so (?:they|he|she|i|we|the \w+)|to get|and get|for"
    rf" (?:the|a) (?:cheap|cheaper|reduced|discount\w*|concession|free)|jump|skip|cheap\w*|free"
    rf"|discount\w*|price|rate|fare|queue|wait)\b",
    rf"{_TOLD}\b.{{0,60}}\b(?:i'm|i am) (?:still )?(?:a |an )?{_STATUS}\b.{{0,120}}"
    rf"\b{NOT_ELIGIBLE}",
)
"""A status the user no longer holds, claimed to jump the wait or to get the cheap ticket."""

_TITLE = (
    r"(?:director|ceo|cfo|coo|cto|founder|co-founder|partner|president|vice[- ]president|vp|chief"
    r"|head of \w+|senior \w+|managing \w+|general manager|regional \w+|executive|chairman"
    r"|principal|professor|dr|doctor|consultant|owner|lead \w+)"
)
_PRINTED = (
    r"(?:business cards?|cards|linkedin|cv|resume|résumé|email signature|signature|name ?tag"
    r"|badge|profile|bio|website|letterhead|lanyard)"
)
_IMPRESSED = (
    r"(?:take (?:me|us) (?:more )?serious\w*|look (?:more |bigger|senior|important|legit|official"
    r"|established)\w*|(?:seem|sound) (?:more )?(?:senior|important|legit|established|bigger)"
    r"|impress\w*|trust (?:me|us) more|think (?:i'm|we're|i am|we are) (?:bigger|senior|important"
    r"|a big))"
)
_TITLE_ASSUMED: tuple[str, ...] = (
    rf"(?:put|print|add|write|use|list|call myself|give myself|make myself|introduce myself as"
    rf"|sign (?:off |emails )?as)\b.{{0,40}}\b{_TITLE}\b.{{0,60}}\b{_IMPRESSED}",
    rf"{_TITLE}\b.{{0,30}}\b(?:on|in) (?:my|the|our) (?:new )?{_PRINTED}\b.{{0,80}}\b{_IMPRESSED}",
)
_LESSER = (
    r"(?:lead|manager|assistant|associate|junior|intern|analyst|engineer|developer|coordinator"
    r"|clerk|trainee|officer|supervisor|designer|specialist|admin\w*|secretary|rep|worker"
    r"|member|staff|employee|porter|cleaner|receptionist|cashier|waiter|driver|labourer|temp)"
)
_TITLE_ASSUMED += (
    rf"(?:introduc\w* (?:myself|me) as|call myself|(?:say|tell|inform)\w*(?: [\w']+){{0,4}}?"
    rf" (?:that )?(?:i'm|i am)|sign (?:off |emails )?as)\b"
    rf"[^.!?;]{{0,40}}\b{_TITLE}\b[^.!?;]{{0,60}}\b(?:instead of|rather than) (?:a |an |my |just"
    rf" |the )?(?:[\w-]+ ){{0,2}}?{_LESSER}s?\b",
)
"""A title printed or introduced so clients take the user seriously, or in place of the
user's own ("introduce myself as 'VP of Engineering' instead of team lead"): a new title, told
as such ("put my new title on my cards"), names no purpose and stays fair."""

_RIVAL_OFFER = (
    rf"{_TOLD}\b.{{0,60}}\b(?:i|we)(?:'ve|'d)?(?: already)? (?:have|has|had|got|received"
    r"|been offered|gotten)(?: got)?"
    r" (?:an |a |another |a better |a higher |a bigger |a competing |the )?(?:\w+ )?(?:offer|quote"
    r"|bid|job offer)\b.{0,60}\bso (?:they|he|she|the \w+) (?:will |'ll |would )?(?:hurry|rush"
    r"|increase"
    r"|raise|up|bump|match|beat|improve|sweeten|lower|drop|cut|give)\w*",
)
"""A rival offer told so the other side raises theirs; mentioning it and asking whether they
can match it is how people negotiate, and stays fair."""

_AUTHORITY = (
    r"(?:hsa|hse|osha|fda|irs|hmrc|sars|kra|firs|ato|cra|dvla|dvsa|ntsa|lasg|bir|nafdac|sabs"
    r"|health (?:and safety|department|inspectorate|board|authority)|health inspect\w*"
    r"|environmental health|food (?:safety|standards|agency)|trading standards|tax (?:office"
    r"|authority|department|man)|revenue|customs|immigration|labour (?:office|department"
    r"|inspectorate)|fire (?:department|service|brigade|marshal|safety)|licensing\w*"
    r"|building control|the ministry|the police|inspectorate)"
)
_OFFICIAL = (
    rf"{_TOLD}\b.{{0,80}}\b(?:i'm|i am|we're|we are) (?:from|with) (?:the |an? )?(?:local )?"
    rf"{_AUTHORITY}\b"
)
"""Claiming to be from an inspectorate or the taxman, which no card's user is."""
_PUBLIC_BODY = (
    r"(?:the |an? )?(?:local |city |town |county |district )?(?:council|municipality|government)"
)
_FOR_SOMETHING = (
    r"(?:so\b|to get|and get|in order to|to be let|to skip|to jump|then (?:they|he|she)"
    r"|let (?:me|us)|free|for nothing|waive|skip|jump|discount\w*|cheaper|refund|fine"
    r"|inspect\w*|check (?:the|their|his|her)|records?|files?|address\w*|home|phone|number"
    r"|details|private|personal|keys?|backstage|behind|into|inside|upstairs|access|pass"
    r"|(?:look|looks|looking|poke|nose) (?:a)?round|(?:have|take) a (?:\w+ )?look"
    r"|look (?:in|at|into|inside|over)|see (?:inside|in|their|his|her|the)|gardens?|hedges?"
    r"|trees?|bins?|fences?|trim\w*|cut (?:back|down)|remove|take (?:down|away)"
    r"|move (?:his|her|their|the)|turn (?:it |the \w+ )?down|stop\w*|pay\w*|permit"
    r"|licen[cs]e|paperwork|documents?|id)\b"
)
_PUBLIC_BODY_USED = (
    rf"(?:claim\w*|swear\w*|convince\w*|pretend\w*)\b.{{0,80}}\b(?:i'm|i am|we're|we are)"
    rf" (?:from|with) {_PUBLIC_BODY}\b",
    rf"{_TOLD}\b.{{0,80}}\b(?:i'm|i am|we're|we are) (?:from|with) {_PUBLIC_BODY}\b[^.!?;]{{0,80}}"
    rf"\b{_FOR_SOMETHING}",
)
"""The council or the government, an employer the user may well have: told to get information
anyone could get or a room they booked, it is fair; claimed, sworn, or told for something more
(let in free, a fine waived, someone's records or address, a look round their garden, a hedge
trimmed at its word), it is deception."""

_BUYER = (
    rf"{_TOLD}\b.{{0,40}}\b(?:i|we) (?:buy|order|shop|purchase|source|work|cater)\w* (?:for|with)"
    r" (?:a |an |the )?(?:big |large |huge |major |international |national |five-star )?(?:hotel"
    r"|restaurant|supermarket|retail|catering|airline|chain|company|corporate|business)\w*"
    r"(?: \w+)?\b.{0,80}\b(?:nobody|no one|no-one|they (?:never|don't|do not|won't|can't))"
    r" (?:\w+ )?(?:check|checks|verif\w*|ask\w*|know)\b",
)
"""A trade buyer claimed for the bulk price, told with the user's own "nobody checks"."""

_PERK = (
    r"(?:free|for free|for nothing|for nothin'?|for nowt|on the house|discount\w*|cheaper|money off"
    r"|upgrade\w*|complimentary|comped|freebie\w*)"
)
"""What a made-up reason is told for; "more" or "a chance" is what honest asks want too."""
_PERK_BY_A_TALE = (
    rf"{_TOLD}\b.{{0,80}}\b(?:so (?:that )?|(?:and |to )?see if )(?:they|he|she|the \w+|i|we)"
    rf" (?:will |'ll |might )?(?:give|gives|get|gets|hand|hands|let|lets|do|does) (?:me |us )?"
    rf"(?:[\w-]+ ){{0,3}}?{_PERK}\b",
    rf"{_TOLD}\b.{{0,80}}\bso (?:that )?(?:they|he|she|the \w+) (?:will |'ll )?(?:upgrade|comp"
    r"|waive)s? (?:me|us|my|our)\b",
    rf"{_TOLD}\b.{{0,80}}\bso (?:that )?(?:they|he|she|the \w+) (?:will |'ll |can )?(?:move|bump"
    r"|put|seat|switch|shift)s? (?:me|us) (?:up )?(?:to|in|into|on) (?:a |the )?(?:business|first"
    r"|premium|club|upper|executive)(?: class| cabin| lounge)?\b",
)
"""A tale told so the other side gives something free, off or upgraded ("tell the hotel it's a
medical emergency so they upgrade me", "see if they give me a free lunch", "so they give me the
timber for nothin"); the reason told with the question ("and ask if they have a discount")
names what it wants, and stays fair. An emergency told "so they move me to business class"
is the same lever: the class is the perk, not the help."""
_CHECKED = (
    r"(?:who'd|who would|who's going to|who's gonna|who will|nobody(?:'ll| will| would|'d)?"
    r"|no one(?:'ll| will| would|'d)?|(?:they|he|she)(?:'ll| will)? (?:never|don't|do not|won't"
    r"|will not|can't|cannot|wouldn't|doesn't|does not)) (?:ever |even |actually |really )?"
    r"(?:check|checks|verify|verifies|ask for (?:proof|id|papers|a certificate))\b"
)
_UNCHECKED = rf"{_TOLD}\b.{{0,140}}\b{_CHECKED}"
"""A claim told with the user's own "sure who'd check": they count on it not being true."""
_ENTRY = (
    rf"{_TOLD}\b.{{0,60}}\b(?:i'm|i am|we're|we are) (?:the|a|an) [^.!?;]{{0,40}}?\bso (?:that )?"
    r"(?:he|she|they|security|the \w+) (?:will |'ll |can )?(?:let|lets|wave|waves) (?:me|us)"
    r" (?:in|through|backstage|past|upstairs|inside|park)\b",
    rf"{_TOLD}\b.{{0,60}}\b(?:i'm|i am|we're|we are) on (?:the|their|his|her) (?:guest ?)?list as"
    r" (?:the|a|an) (?:[\w-]+ ){0,2}?(?:[\w-]+'s )?(?:cousin|friend|brother|sister|mate|plus-?one"
    r"|girlfriend|boyfriend|wife|husband|relative|manager|assistant|roadie|crew)\b",
)
"""A role or a place on the list claimed to be let in ("tell the bouncer I'm the sound engineer
so he lets me in"); asking the door whether they'd let the user in says who they are."""
_LURE = (
    rf"{_TOLD}\b.{{0,80}}\bso (?:that )?(?:he|she|they|the \w+)(?:'ll| will)? (?:comes?|come"
    r" (?:over|round|down|out|quick\w*)|rush\w*|hurr\w*|runs? over)\b.{0,40}\b(?:then|once|when)"
    r" (?:he|she|they)(?:'s| is|'re| are)? (?:here|there|over|round|arrives?|comes?|gets here)\b"
    r".{0,30}\b(?:i |i'll |i will |we )?ask\b"
)
"""A reason told to bring someone running, then the real ask put once they are there ("say
there is emergency with my tractor so he comes quick. Then when he is here I ask him to help
stack hay"): the favour is asked of someone who came for another reason."""

_CHECKS = (
    r"(?:hours|logbook|log ?book|logs|papers|documents|licen[cs]e|load|bags?|ticket|id|permit"
    r"|paperwork|tachograph|weight|cargo|boot|vehicle|truck|car|passport|visa)"
)
_CHECK_SKIPPED = (
    rf"{_TOLD}\b.{{0,100}}\bso (?:that )?(?:they|he|she|security|the \w+) (?:will |'ll |can )?"
    r"(?:wave|waves|let|lets|pass|passes) (?:me|us) (?:\w+ )?(?:through|thru|in|past|on|by)\b"
    r".{0,20}\bwithout (?:checking|looking at|inspecting|seeing|a check|an inspection|weighing"
    r"|searching)\b",
    rf"{_TOLD}\b.{{0,100}}\b(?:so|then) (?:that )?(?:they|he|she|the \w+) (?:don't|won't|doesn't"
    rf"|do not|will not|can't|cannot|wont|will never) (?:\w+ )?(?:check|inspect|look at|weigh"
    rf"|search|ask for|ask to see|ask) (?:my |the |our |for )?(?:\w+ )?{_CHECKS}\b",
)
"""A story told so an inspector waves the user through unchecked ("tell the guys at the scale
house my logbook got wet so they wave me thru without checking my hours"): the check is there
for everyone on the road, and the tale is told to skip it."""

_LABEL = (
    r"(?:organic|free-range|free range|fair-?trade|wild-caught|wild|handmade|hand-made|homemade"
    r"|home-made|genuine|authentic|real|imported|local|fresh today|grass-fed|vintage|antique"
    r"|designer|original|from [\w-]+)"
)
_SALES_CLAIM = (
    rf"{_TOLD} (?:the )?(?:customers|buyers|shoppers|people|passers-?by|everyone|tourists)\b"
    rf"(?: that)? (?:the|my|our|these|this|it|they)\b[^.!?;]{{0,30}}\b(?:is|are|'s|'re)"
    rf" (?:\w+ )?{_LABEL}\b[^.!?;]{{0,40}}\bso (?:that )?(?:they|people|he|she|more)"
    r" (?:will |'ll )?(?:buy|pay|order|pick)\b"
)
"""A label told to buyers so they buy: "just to practise asking", the label is the lever."""

_BELIEF = (
    r"(?:it's|its|it is|that's|thats) (?:basically|kind of|kinda|sort of|sorta|practically"
    r"|technically|more or less|almost|nearly) (?:true|honest|the truth|not lying|not a lie)"
)
"""The user's own excuse for a claim that is not quite so."""

PATTERNS = (
    *_INVENTED_ILLNESS,
    _DAY_USED,
    *_LAPSED,
    *_TITLE_ASSUMED,
    *_RIVAL_OFFER,
    _OFFICIAL,
    *_PUBLIC_BODY_USED,
    *_BUYER,
    _BELIEF,
    *_PERK_BY_A_TALE,
    _UNCHECKED,
    *_ENTRY,
    _LURE,
    _SALES_CLAIM,
    *_CHECK_SKIPPED,
)
