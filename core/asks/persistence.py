"""Persistence, in words: asking again after a no, and getting round a block.

A repeat needs both halves, an "again" and a sign of the earlier no ("after she said
no"), unless the words say it outright ("keep asking until", "for the third time"). A
fallback asked after a no ("if they say no, ask if there's a waiting list") is a new ask.
A block is any sign the person has stopped contact: blocked, muted, stopped replying,
asked for space; or a way round it: a new account, a hidden number, a friend's phone.
"""

from __future__ import annotations

from core.asks.new_devices import NEW_DEVICE_SETUP
from core.asks.text import has, without, words

_NO_REASON = (
    r"(?!.*\b(?:forgot|forgotten|lost|missed|didn't (?:hear|catch|get|come)|never (?:came|arrived)"
    r"|hasn't (?:come|arrived)|as (?:she|he|they) (?:said|suggested|asked)|told me to|promised"
    r"|(?:he|she|they) said '?(?:ask )?(?:next|tomorrow|soon|later|(?:he|she|they)(?:'d|'ll))"
    r"|said '?(?:not yet|not right now|not now|not at the moment|maybe later)\b[^.!?]{0,40}\bto"
    r" (?:ask|bring it|come back|check|raise it))"
    r")(?! (?:a |an |some |the )?(?:water|bill|check|menu|refill|receipt|napkins?"
    r"|top-up|more|(?:her|his|their|the|my) (?:[\w-]+ ){0,3}recipe)\b)"
)
""""Ask the coach again to start me" asks again for what was not given; "ask the waiter again
for the bill, he forgot" gives the reason it is asked twice, and is fair; so is "she said not
yet in Nov and to ask in Feb", a later named by the one asked; so is a table's water or the
bill asked for again, which is the job."""
REPEAT_STRONG = words(
    r"keep (?:on )?(?:texting|messaging|pestering|nagging|bugging|chasing|dm(?:'|-)?ing"
    r"|inboxing|whatsapping|snapping)\b(?! (?:me|us)\b)",
    r"keep (?:on )?(?:calling|ringing) (?:him|her|them|my \w+)\b|keep trying (?:different|other"
    r"|new) (?:reasons|excuses|ways|angles|arguments)",
    r"keep (?:on )?(?:calling|ringing|asking|texting|pushing|trying|at (?:him|her|them))\b"
    r".{0,20}\b(?:until|till|til) (?:he|she|they)(?: \w+)? (?:buys?|says? yes|agrees?|gives? in"
    r"|caves?|signs?)\b|keep trying (?:different|other"
    r"|new) (?:reasons|excuses|ways|angles|arguments)",
    r"(?:e-?mail|text|call|ring|message|dm|pitch|ping|visit|chase|follow up with)\w* (?:\w+ ){0,2}"
    r"(?:every|each) (?:single )?(?:day|week|morning|month|night|monday|friday)\b[^.!?;]{0,20}"
    r"\b(?:until|till|til)\b",
    r"(?:e-?mail|text|call|ring|message|dm|pitch|ping|visit|chase|send|post|drop|submit)\w*"
    r" (?:[\w'-]+ ){0,4}?(?:again )?(?:\w+ )?(?:and )?(?:every|each) (?:single |blessed )?(?:day"
    r"|morning|night|hour)\b[^.!?;]{0,20}\b(?:until|till|til) (?:he|she|they|the \w+)"
    r" (?:\w+ )?(?:listens?|replies|answers?|responds?|gives? in|caves?|notices?|books?|takes?"
    r"|signs?|plays?)\b",
    r"ask(?:ing)? (?:\w+ ){0,3}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple"
    r"|several|some|few|many) more times|persistence (?:is|na|be) (?:the )?key",
    # a date asked daily ("every morning asking if she..."), not someone's own routine
    r"(?:(?:ask|message|text|call|dm|e-?mail|ping)\w* (?:(?!who\b|that\b|which\b)[\w'-]+ ){0,4}"
    r"(?:every|each) (?:single )?(?:day|morning|night|evening)\b|(?:every|each) (?:single )?(?:day"
    r"|morning|night|evening),? (?:ask|message|text|call)\w*)\b[^.!?;]{0,40}\b(?:go(?:ing)? out"
    r" with me|on a date|date me|be my (?:girlfriend|boyfriend)|changed (?:her|his|their) mind)",
    r"keep (?:on )?asking(?! (?:me|us|for (?:me|us|you))\b)|ask(?:ing)? (?:\w+ ){0,3}(?:twice"
    r"|three times|a third time|for the third time|over and over)",
    r"(?:for|a) (?:the )?(?:second|third|fourth|last) time",
    r"(?:until|till|til) (?:they|he|she|someone|somebody|you|it|(?:the|my|our|your)"
    r" (?:\w+ ){0,2}\w+) (?:say|says|agree|agrees"
    r"|give|gives|gets|get|change|changes|cave|caves|relent|relents|let|lets|crack|cracks|fold"
    r"|folds|break|breaks|approve|approves|accept|accepts|sign|signs|budge|budges)"
    r"|(?:until|till|til) (?:a )?yes\b|anyway if (?:he|she|they|the \w+) (?:says|said) no",
    r"ask(?:ing)? (?:[\w'-]+ ){1,4}?again,? (?:at |on )?(?:every|each) (?:red |traffic |next )?"
    r"(?:light|lights|stop|junction|corner|lap|round|crossing|station|turn)\b(?! (?:if|whether)"
    r" (?:this|it)(?:'s| is) (?:my|our|the) stop)",  # the same people
    # asked again and again as the car waits, "ask the italians again every red light"
    r"again (?:the (?:day|morning|week) after|the next (?:day|morning)|(?:an hour|minutes)"
    r" after) (?:she|he|they|the \w+) (?:said|says|told)",
    r"(?:third|fourth|fifth|3rd|4th|5th|umpteenth|nth|tenth) time(?! (?:i've|i have|we've|we have"
    r"|i'm|that|this))|second time (?:today|this week|in a row|running)|(?:third|fourth|fifth|3rd"
    r"|4th|5th|umpteenth) (?:call|text|message|email|visit|attempt|try)",
    r"(?:don't|won't|not) take no|(?<!and take )(?<!, take )(?<!'ll take )(?<! will take )"
    r"(?<!then take )(?<!just take )no for an answer|wear (?:them|him|her) down",
    r"talk (?:them|him|her|someone|the \w+(?: \w+)?) (?:round|into)|change (?:their|his|her"
    r"|(?:the )?\w+'s) mind|(?<!free to )(?<!able to )(?<!available to )(?<!time to )"
    r"come round(?! for| to (?:my|our|the|your) (?:place|house|flat|home)"  # "free to": a visit
    r"| (?:and|to) (?:help|fix|paint|move|carry|lift|build|cook|watch|see|look|have|do|sort"
    r"|give|drop|hang|check)\b"
    r"| (?:tonight|tomorrow|later|sometime|some time|on|at|this|next))|win (?:them|him|her) over",
    r"(?:go|went|head) back to (?:the \w+|them|him|her) (?:that|who) (?:said no|refused"
    r"|turned me down)",
    r"ask (?:again|once more) in a different way|in a different way",
    r"re-?ask\w*|(?:4th|fourth|5th|fifth) time|(?:'s|is) the charm|nope on \w+",
    r"after (?:a|the|their|his|her) no|when (?:they|he|she|the \w+) says? no,? ask",
    r"if (?:they|he|she|the \w+) (?:say|says) no,? (?:ask|try)(?! (?:if|whether) there(?:'s| is"
    r"| are) (?:a |an |any )?(?:waiting list|scholarship|bursary|grant|fee waiver|other|another"
    r"|alternative|cheaper|later|next))",
    r"even though (?:she|he|they) (?:said no|turned|refused|declined|rejected)",
    r"(?<!probably )(?<!maybe )(?<!perhaps )(?:she|he|they) (?:said|says|told me) no but",
    r"keep (?:bringing|raising) it up|bring it up again|raise it again|every day until",
    r"again and again|over and over|time after time",
    r"(?:refuses?|refused|said no|says no|turns? me down|turned me down)\b.{0,60}\b(?:ask|try)"
    r" (?:\w+ ){1,3}instead",
    r"even after (?:they|he|she|the \w+) (?:say|says|said) no",
    r"(?:say|says) yes this time|this time (?:she|he|they)(?:'ll| will) (?:say yes|agree)",
    r"(?:can't|cannot|won't) (?:keep )?(?:saying|say) no (?:forever|for ever|every time)"
    r"|persistence (?:pays|wins|is key)|until (?:it's|it is|i get|we get|i hear) (?:a )?yes\b"
    r"|until (?:they|he|she)(?:'re| are| is|'s) (?:sick|tired) of me",
    rf"ask (?:(?!to\b|for\b|if\b|whether\b|about\b)[\w']+ ){{1,4}}?again (?:to|for)\b{_NO_REASON}",
)
_DAY = (
    r"(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|the weekend)"
)
"""Days listed one after another ("ask her today, and Friday, and next Monday"): a campaign."""
AGAIN = words(
    r"again|once more|one more time|twice|another (?:try|go|shot)"
    r"|try again|a second time"
    r"|ask (?:\w+ ){0,2}back",
    r"go back to",
    r"every day|each day|daily|every week|repeatedly|all week|every (?:single|blessed|bloody)"
    r" (?:day|week|morning|night)",
    r"the (?:exact |very )?same (?:\w+ ){0,2}(?:thing|question|request|raise|favour|ask|discount"
    r"|approval|loan|answer|deal|offer|refund|exchange|upgrade|extension|waiver)",
    r"(?:a different|another) (?:staff member|person|assistant|employee|worker)",
    r"(?:the )?same (?:\w+ ){0,3}(?:she|he|they|you|it) (?:already )?(?:turned down|refused"
    r"|rejected|declined|said no to|denied|wouldn't give)",
    r"(?:\w+ )?more times?|\d+ times|re-?send\w*|re-?ask\w*|(?:changed|change) (?:her|his|their"
    r"|your) minds?|several times|(?:two|three|four|five) times|\d+ ?x (?:more|again)",
    r"(?:this|next) (?:\w+ ){0,2}(?:week|weekend|month|time|sunday|service|visit|round) (?:too"
    r"|as well)|every (?:morning|evening|night|afternoon|weekend)|but this time\b",
    rf"{_DAY},? and (?:on )?(?:next )?{_DAY},? and (?:on )?(?:next )?{_DAY}",
    r"reconsider\w*|(?:each|every) (?:week|month|fortnight|hour|shift|lesson|few (?:days|hours"
    r"|weeks))|weekly|fortnightly|once a week|every time (?:i|we) (?:pass|see|meet|run into)",
    r"keep (?:on )?sending|every time (?:she|he|they) (?:comes?|goes|gets|is) online",
)
DAILY_UNTIL = words(
    r"(?:every|each) (?:single |blessed )?(?:day|morning|night|hour)\b[^.!?;]{0,30}\b(?:until"
    r"|till|til|up to|right up to)\b",
    r"(?:every|each) (?:single |blessed )?(?:day|morning|night|hour) (?:from now )?(?:until|till"
    r"|til|up to) (?:the )?(?:deadline|closing date|cut-?off|decision|they decide)\b",
    r"re-?appl\w* (?:\w+ ){0,2}(?:every|each) (?:single )?(?:day|week|morning)\b",
)
"""Writing every day until a deadline or until they give, or reapplying weekly after a no."""
UNTIL_ANSWERED = words(
    r"(?:more|again|every \w+)(?: [\w']+){0,4} (?:until|till|til) (?:she|he) (?:\w+ )?(?:answers?"
    r"|replies|reply|responds?|accepts?)\b",
)
"""Messages sent again and again until one person answers ("send again every day till she
answers", "10 more messages until she answers"): chasing someone who has not answered.
`core.asks.slots` leaves out the user's own family, whom a worried call may chase."""
ANOTHER_GO = words(
    r"one more time|once more|again|another (?:go|chance|try|shot)|a second chance|(?:one|a) last"
    r" (?:time|try|chance)"
)
"""Asking an ex for another go: the break-up was their no."""
_NOT_IF = "".join(f"(?<!if {who} )(?<!when {who} )" for who in ("he", "she", "they", "you", "it"))
_MAY = "".join(
    f"(?<!{modal} )"
    for modal in ("can", "could", "may", "might", "will", "'ll", "would", "'d", "to")
)
"""A no the user only imagines ("ask him; if he says no, I take another one") or leaves
open ("he can say no, it's his shop", "she's free to say no") is not one they were given."""
PRIOR_NO = words(
    rf"said no|(?<!^){_NOT_IF}{_MAY}(?:says|say) no|told (?:me|us) no"
    r"|turned (?:me|us|it|my \w+)? ?down"
    r"|turn (?:me|it) down|refused|refuses|refuse|(?:don|done) (?:talk|tok|tell me) no\b",
    r"(?:said|says|gave (?:me|us)) (?:a |an |the )?(?:firm|flat|clear|hard|polite|definite"
    r"|straight|final) no\b|(?:said|says|told (?:me|us)) (?:nein|non|nope|nee|niet)\b"
    r"|(?:only|just) (?:wants?|want) to be friends|friend-?zoned"
    r"|(?:said|says) (?:[\w ]{0,30} )?'(?:[\w ,]{0,20}[ ,])?(?:no|non|nein|nope|ne|nee|nie|nej"
    r"|nei|niet|nahi|nahin|hapana|hayir|hayır)\b"
    r"|said (?:she|he|they) (?:has|have|had) no (?:time|room|space|budget)\b",
    r"(?:said|says|told (?:me|us)) (?:'|\")?(?:not for (?:us|me|now|them)|we'll pass|we pass"
    r"|pass|no thanks|not right now|not a fit|not a good fit)\b",
    r"declined|rejected|already said|said (?:she|he|they)(?:'s| is| are|'re) busy"
    r"|said (?:'|\")?(?:maybe not|probably not|not really)\b"
    r"|said (?:that )?(?:she|he|they)(?:'s| is|'re| are) (?:seeing|dating|with) (?:someone|somebody"
    r"|a \w+)|(?:said|told (?:me|us)) (?:that )?(?:she|he|they)(?:'s| has|'ve| have) (?:got )?a"
    r" (?:boyfriend|girlfriend|partner|husband|wife)"
    r"|wasn't interested|not interested|said (?:that )?(?:they're|they are|she's|she is|he's"
    r"|he is|it's|it is|we're) not (?!sure\b)\w+",
    r"told (?:me|us) (?:that )?(?:she|he|they|it) (?:can't|cannot|couldn't|won't|will not"
    r"|wouldn't|would not)\b",
    r"(?:they|she|he) (?:said|says) (?:she|he|they) can't|(?:said|says) (?:she|he|they) can't"
    r"|says? she can't|says? he can't",
    r"after (?:a|the|their|his|her) no|that said no|who said no|(?:a|the|their) no\b",
    r"(?:wasn't|isn't|not|weren't|aren't) (?:ready|interested|keen)|said (?:she|he"
    r"|they)'d rather not",
    r"turned (?:me|us) away|sent (?:me|us) away|refused (?:me|us)|(?:said|says) (?:he|she"
    r"|they) can't",
    r"(?:today's|yesterday's|her|his|their) no\b|no doesn't count",
    r"(?:said|says|told (?:me|us)|already told (?:me|us))(?: (?:that )?(?:it's|its|it is|it was"
    r"|the price is))? (?:a )?(?:fixed|set|final|last) price\b",
    r"(?:says?|said) (?:that )?(?:there are no|there's no|there is no|they're full|it's full"
    r"|it's not possible|they can't|it can't)",
    r"(?<!i )ignor(?:e|es|ed) (?:me|my)|no reply|didn't reply|never replied|left me on read"
    r"|(?:got|been|was|am|being) left on read",
    r"(?:said|says|told (?:me|us)) (?:that )?(?:we|i) (?:can't|cannot|couldn't|aren't allowed"
    r"|are not allowed)\b",
    r"(?:said|says|told (?:me|us)) (?:that )?(?:the|it|this|that) (?:\w+ ){0,2}(?:is|was|'s|are"
    r"|were) (?:already )?(?:filled|taken|gone|closed|booked|fully booked|sold out|cast)\b"
    r"|(?:they're|they are|she's|he's|we're|it's) (?:fully |all )?booked(?: up)?\b",
    r"(?:is|'s|was|isn't|is not) final\b|(?:two|three|2|3|several|many) (?:noes|nos|no's)\b"
    r"|(?:'ll|will) (?:\w+ )?(?:crack|cave|give in|fold|relent|budge)\b",
    r"(?:won't|wouldn't|doesn't|didn't) (?:give|let|lend|agree|budge|accept|take)|shook (?:her|his"
    r"|their) head",
    r"(?:said|says|told (?:me|us)) (?:that )?(?:she|he|they) (?:doesn't|don't|does not|do not"
    r"|won't|wouldn't) (?:want|wanna|feel like|fancy)\b",
    r"(?:said|says) (?:that )?(?:she|he|they) (?:won't|will not|wouldn't|would not|cannot)\b"
    r"(?! mind| be long| be late| forget)"
    r"|turns (?:me|it|us|the \w+|my \w+) down|turns down|told (?:me|us) to (?:drop it|let it go"
    r"|leave it)|told (?:me|us) (?:that )?(?:the |it |this )?(?:\w+ ){0,2}(?:isn't|is not|wasn't"
    r"|was not) (?:available|possible)\b",
    r"(?:it's|it is|they're|they are) not for sale|(?:said|says) (?:he|she|they) (?:prefers?"
    r"|would rather|'d rather) (?:\w+ ){0,2}(?:alone|on (?:his|her|their) own|by (?:himself"
    r"|herself|themselves))",
    r"(?:said|says|told (?:me|us)|asked (?:me|us)),? (?:please )?(?:do not|don't|not to)"
    r" (?:\w+ ){1,5}(?:anymore|any more)\b",
)

BLOCK = words(
    r"(?<!hasn't )(?<!has not )(?<!haven't )blocked (?:me|my|him|her)|(?:has|have|had) blocked"
    r"|who blocked|blocked me|unfollowed|(?:she|he|they|who) block(?:s|ed)? me",
    r"(?:girl|guy|babe|bae|boy|man|woman|lady|crush|date|match|ex|boo) (?:don |done |has |just )?"
    r"block(?:s|ed)? (?:me|my (?:number|line|account|dms?|calls|messages))\b",
    r"(?:said|says|told (?:me|us)|asked (?:me|us)|texted|wrote)\W{1,3}(?:please |to )?(?:leave me"
    r" alone|(?:don't|do not|never|not to) (?:contact|call|text|message|email|visit) me)\b",
    r"(?:said|says|told (?:me|us)|asked (?:me|us)|texted|wrote|messaged|emailed)\W{1,3}(?:please"
    r" |to |me to |us to )?stop (?:sending|calling|ringing|phoning|texting|messaging|emailing"
    r"|writing|contacting|visiting|coming (?:round|over|by|to)|dropping (?:by|round|in)"
    r"|knocking|leaving (?:notes|gifts|flowers|messages))\b",
    r"(?:said|says|told (?:me|us)) (?:that )?(?:she|he|they) (?:doesn't|does not|don't|do not"
    r"|didn't|did not) want (?:to see|to hear from|to talk to|to speak to|(?:any )?contact with)"
    r" me(?= ?(?:[.,;:!?]|$|but\b|so\b|now\b|there\b|at\b))",
    r"asked (?:me|us|my \w+) to stop (?:contacting|calling|texting|messaging|emailing|visiting)"
    r"|(?:forget|overlook|ignore|let slide) (?:about )?(?:my|our|the) (?:\w+ )?(?:ban|barring"
    r"|suspension)\b|told (?:me|us) (?:never to|to never|not to) (?:come|go) back\b.{0,120}"
    r"\b(?:again|in person|anyway|back there)",
    r"(?:from|with|using|use|make|made|create|set up|open|on|via|through|get|buy)"
    r" (?:a |an |my )?(?:new"
    r"|second|fake|another|different|spare|burner|secret|other) (?:\w+ )?(?:account|profile|number"
    r"|phone|email|handle|username|sim)",
    r"from (?:a|my) (?:friend's|mate's|different|new|other|sister's|brother's) (?:phone"
    r"|number|account)",
    r"(?:can't|cannot|won't) (?:keep )?ignor\w+ (?:me|my)|(?:keeps?|keep) ignoring my",
    r"(?<!hasn't )(?<!has not )asked (?:me|you) (?:not to|to stop|to leave (?:her|him|them) alone"
    r"|to stay away)",
    r"(?:won't|doesn't|don't|didn't|does not|do not|did not|will not|stopped|isn't|aren't"
    r"|no longer) (?:answer|reply|replying"
    r"|respond|answering|responding|picking up)(?:ing)?(?: to)? (?:my|me)",
    r"(?:won't|doesn't|didn't|stopped|quit|no longer|has not|hasn't|have not|haven't|not been"
    r"|has stopped|have stopped) (?:answer|repl(?:y|ie)|respond|pick|take|taken|taking|return"
    r"|accept)\w*"
    r"(?: up)?(?: to)? (?:my|me|any|anything|a single|one of my|when)\b",
    r"left (?:me|my \w+) on read|(?<!i )ghosted(?! (?:him|her|them|my|people|someone))|no more"
    r" (?:replies|reply|answers|texts|messages|calls|visits|contact)",
    r"(?:from|on|with|using|via) (?:my|an|a|another) alt\b|^(?:kicked|banned|removed|blocked"
    r"|muted) (?:from|on|out of)\b|(?:i'm|i am|i've been|i have been|i got|got|been) blocked"
    r"|(?:got|has|had|have|'s got|'s) me blocked\b",
    # "since they don't have a car" gives the reason a parking spot is free, not a silence
    r"since (?:she|he|they) (?:won't|doesn't|stopped|don't)(?! (?:even )?(?:have|own|use|need"
    r"|drive|eat|drink|cook|work|park|go|live|smoke)\b)",
    r"no[- ]contact|restraining order|cut (?:me|contact) off|cut off contact|ghosted me",
    r"(?:stopped|stops|isn't|aren't|not) (?:replying|answering|responding|texting back"
    r"|talking to me)",
    r"(?:needs|wants|asked for|asked me for) (?:some )?(?:space|time apart|distance)"
    r"|(?:a |some )?(?:break|time away|time off) from (?:me|us|our friendship|each other)"
    r"|(?:got|was|been|get|were) (?:removed|kicked|banned|thrown) (?:from|out of)"
    r"|(?:removed|kicked|banned) (?:me|us) (?:from|out of)"
    r"|told me to (?:stop|leave|back off|go away)",
    r"to leave (?:her|him|them) alone",
    r"(?:muted|restricted|unfriended|removed|deleted) me",
    r"deleted my (?:number|contact)|(?:add|invite|put) my ex (?:to|in|into)",
    r"(?:hidden|withheld|private|unknown|anonymous) (?:number|address|email|account|profile)",
    r"from a (?:new|different|another|second) (?:number|address|email|account|profile)",
    r"blocked (?:the|my) (?:old|other|first) (?:one|number|account|address)",
    r"(?:to avoid|avoiding) me|(?:account|profile) (?:with|under) a (?:different|fake|new"
    r"|false) name",
    r"(?:asked|told) me (?:to give (?:her|him|them) (?:some )?(?:time|space)|for (?:some )?(?:time"
    r"|space))",
    r"(?:get|go|work) (?:a)?round (?:[\w']+ ){0,2}block|changed (?:her|his|their) (?:number|email"
    r"|account)",
    r"told me not to (?:contact|message|call|text|email|see)",
    r"(?:can't|cannot|won't|doesn't) (?:tell|know|see) (?:it's|it is) me",
    r"(?:new|second|fake|another|different|spare|burner|secret|other) (?:insta(?:gram)?|ig"
    r"|facebook|fb|snapchat|tiktok|twitter|whatsapp|gmail|discord|telegram|kakao)\b(?! (?:group"
    r"|chat|channel|page|story|stories|post|reel|video|photo|server|community|status)\b)",
    r"(?:won't|doesn't|didn't|isn't|stopped|never|no longer) (?:pick|picking) up (?:for me|mine"
    r"|anymore|any more|when i call|my calls)|\bex\b.{0,60}\b(?:won't|doesn't|didn't|isn't"
    r"|stopped|never|no longer) (?:pick|picking) up\b|(?:calls?|messages?|texts?) (?:don't"
    r"|won't|doesn't|no longer) (?:connect|go through|deliver)",
    r"(?:doesn't|does not|don't|didn't|did not) want (?:to hear from|to see|to talk to|to speak to"
    r"|(?:any )?contact with|anything (?:more )?to do with) me (?:again|anymore|any more|ever)",
    r"told me not to (?:ring|phone|call|contact|bother|write|text|message|email|come|visit)\b"
    r".{0,30}\b(?:anymore|any more|again|ever)",
    r"(?:her|him|them|she|he|they|(?:my )?ex(?:-?(?:[bg]f|boyfriend|girlfriend))?) (?:to |will "
    r"|would |could |might )?unblock (?:me|my number)\b|(?:returned|sent back|sends back|returns)"
    r" (?:my )?(?:\w+ ){0,3}(?:letters?|cards?|gifts?|parcels?|messages?) unopened",
    r"(?<!i )(?<!we )not (?:answer|reply|respond)\w* (?:to )?(?:me|my \w+) since\b",
    r"ignor(?:es|ed|ing) (?:me|my)\b.{0,120}\b(?:from|on|using|with|through) (?:her|his|their"
    r"|[a-z]+'s) (?:own )?(?:phone|number|mobile|cell|account|line|whatsapp)\b",
    r"ex's (?:\w+ ){0,2}(?:friend|mate|officemate|colleague|coworker|sister|brother|mum|mom|dad"
    r"|cousin|flatmate|roommate)\b.{0,40}\b(?:give|pass|hand|deliver|forward|tell|carry)\w*(?: on"
    r"| along)? (?:(?:a|my|this|the|one) (?:\w+ )?(?:message|note|letter)s?(?: on| along)? to )?"
    r"(?:her|him|them)\b",
)


def gets_round_block(text: str) -> bool:
    """Any sign the person stopped contact, or a way round it; a new phone the user asks help
    setting up is neither."""
    return has(BLOCK, without(NEW_DEVICE_SETUP, text))
