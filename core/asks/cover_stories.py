"""Cover stories, in words: a claim made to get something, which the words then take back.

"Saying I'm booking for a VIP guest of our hotel, it's really me and my cousin"; "saying I'm
a ranger on duty, I'm actually on my day off"; "mention my cousin works at customs. He
doesn't, but it sounds good"; "saying our hostel wants a partnership (it doesn't)"; a
honeymoon given as the reason by a couple married eleven years, "but they can't check that".
Users write the truth beside the claim; these shapes read the claim and its denial together,
or a means to an end ("let me into the ICU by saying I'm the resident on call"), so an honest
reason given alone stays fair. `core.asks.deception.DECEPTION` joins them to its own;
fragments over the normal form of `core.asks.text`. A loss told to a lender to put a payment
off ("tell the bank my father died, ask for more time") is not read as a lie: the words alone
cannot say it is untrue, and a grieving person asking for time must not be told they are lying;
only one the card itself takes back ("..., which it didn't", "(she's fine)") is read here, or
the truth owned after "really" once the claim and its gain are told ("so dem reverse the
charge, really mi just buy the shoes", "so they do it faster, is really for me"), where "really
just need it" and "really sick" own nothing; and a debt promised "after gaji... maybe".
"""

from __future__ import annotations

_CLAIMED = r"(?:say|says|saying|said|tell|tells|telling|told|claim\w*|mention\w*|swear\w*|drop\w*)"
_BREAK = r"(?:[.;,(]|—|–| - )"
_NOT = (
    r"(?:doesn't|does not|don't|do not|didn't|did not|isn't|is not|aren't|are not|wasn't"
    r"|was not|won't|hasn't|haven't|am not|'m not|never did|never was)"
)

PATTERNS = (
    # The truth first, then "really": "really it is for my dinner with 6 friends".
    rf"{_CLAIMED}\b.{{0,160}}{_BREAK} ?(?:but )?(?:really|actually|in reality|in fact),?"
    r" (?:it's|it is|its|it was|it'll be|they're|we're|i'm|i am) (?:just |only |all )?(?:for"
    r"|me|us|my|our|just|only)\b",
    # The truth with "really" at the end: "it's just me in my flat really", "the route is same
    # really".
    rf"{_CLAIMED}\b.{{0,160}}{_BREAK} ?(?:but )?(?:it's|it is|its|it was|i'm|i am|we're|we are"
    r"|they're|there's|there is|the \w+ (?:is|was|are|were))\b[^.,;!?]{0,40}?\b(?:just|only"
    r"|same|not|no)\b[^.,;!?]{0,40} (?:really|actually|in reality)[.!]*$",
    # The claim, then what is really so: "it's really me", "I'm actually on my day off".
    rf"{_CLAIMED}\b.{{0,120}}{_BREAK} ?(?:but )?(?:it's|it is|i'm|i am|we're|we are|they're"
    r"|it'll be) (?:really|actually|in fact) (?:just |only )?(?:me|us|for me|for us|on (?:my|our)"
    r"|my|our|off|not|single|alone|at home)\b",
    # The claim, then its bare denial: "He doesn't, but it sounds good", "(it doesn't)".
    rf"{_CLAIMED}\b.{{0,120}}{_BREAK} ?(?:(?:he|she|they|it|we|i)(?: really| actually)? {_NOT}"
    r"|(?:i'm|we're|they're|he's|she's|it's)(?: really| actually)? not)"
    r"(?= ?[,.;!)—–]|$| - | but\b| lol\b| though\b)",
    rf"{_CLAIMED}\b.{{0,120}}\((?:nope|not really|not true|lol no|no way|as if|it's a lie"
    r"|lies?|a lie|fib)(?=\))",
    # Asked for someone else, then owned up to: "..., is for me in fact".
    rf"{_CLAIMED}\b.{{0,120}}\bfor (?:my|his|her) \w+\b.{{0,80}}{_BREAK} ?(?:but )?(?:it's |it is"
    r" |is |its )?(?:really |actually |in fact )?(?:for )?me (?:in fact|actually|really)\b",
    # Ordered for a home or a firm, owned up to as the user's own: "..., even though it's for my
    # own family party".
    rf"{_CLAIMED}\b.{{0,120}}\b(?:even though|though|although|when|but) (?:it's|it is|its"
    r"|they're|they are) (?:actually |really |just |only |all )?for (?:me|us|myself|ourselves"
    r"|mine|my own|our own)\b",
    # The real reason, owned up to after a claim: "say my flight was delayed when I just overslept".
    rf"{_CLAIMED}\b.{{0,100}}\bwhen (?:i|we) (?:just |actually |really |only |simply )?(?:overslept"
    r"|slept in|forgot|arrived (?:an? |\d+ |half an |ten |five |twenty )(?:hour|minutes?|mins?))\b",
    # Something got for a good cause, then sold: "..., then I can sell them online".
    rf"{_CLAIMED}\b.{{0,120}}\bso (?:that )?(?:they|he|she|the \w+)\b.{{0,60}}[.;,] (?:and )?then"
    r" (?:i|we) (?:can |will |'ll )?(?:sell|flip|resell)\b",
    # An emergency claimed that never was: "..., pager never even went off".
    rf"{_CLAIMED}\b.{{0,120}}{_BREAK} ?(?:(?:my|the) )?(?:pager|beeper|call-?out|emergency|alarm)s?"
    r" never (?:even )?(?:went off|happened|existed|came)\b",
    # On duty or on shift, claimed; a day off, owned up to.
    rf"(?:{_CLAIMED}|as)\b.{{0,80}}\bon (?:duty|shift|call)\b.{{0,80}}\b(?:(?:my|a|our) day off"
    r"|off[- ]duty|off[- ]shift|on leave|on holiday)",
    # Something got by saying who the user is: "let me in by saying I'm the resident on call".
    r"(?:ask|get|let me|for)\b.{0,100}\bby (?:saying|telling (?:\w+ ){0,2}|claiming|pretending)"
    r" (?:that )?(?:i'm|i am|we're|we are) (?:a|an|the|on|from|with|in)\b",
    # A claim nobody can check, said to be so.
    rf"(?:because|cos|since|{_CLAIMED})\b.{{0,150}}\b(?:they|he|she|nobody|no one|no-one)"
    r" (?:can't|cannot|won't|will never|wouldn't|couldn't|will not|have no way to) (?:ever )?"
    r"(?:check|verify|prove|know the difference|tell the difference)\b",
    rf"{_CLAIMED}\b.{{0,150}}\bbut (?:they|he|she|nobody|no one|no-one)(?:'ll| will)? (?:not|never"
    r"|won't|can't) (?:ever )?(?:know|find out|notice)\b(?! (?:how|what|where|why|who|if|whether"
    r"|about|when)\b)",
    # Someone's prescription fetched by posing as their son, when the user calls him "Mr".
    rf"(?:mr|mrs|ms|miss|dr)\.? [\w'-]+\b.{{0,80}}\b{_CLAIMED} (?:that )?(?:i'm|i am) (?:his|her"
    r"|their) (?:son|daughter|nephew|niece|grandson|granddaughter|cousin|wife|husband)\b",
    # A misfortune told, then taken back in the same card.
    r"(?:tell\w*|say\w*|said|claim\w*|because|cos|coz|cause|bc|cuz) (?:\w+ ){0,8}(?:died|dead"
    r"|sick|ill"
    r"|in hospital|took|lost"
    r"|stole|stolen|ruined|destroyed|flooded|burned|broke)\b.{0,60}(?:, which (?:it|he|she|they"
    r"|i|we) (?:didn't|did not|wasn't|isn't|hasn't|haven't|weren't|aren't)\b|\((?:she|he|they|it)"
    r"(?:'s| is| are|'re) (?:actually |really )?(?:fine|ok|okay|well|healthy|alive|not)\b|[.;]"
    r" (?:she|he|they|it) (?:didn't|did not|hasn't|has not|isn't|wasn't|weren't|aren't)"
    r"(?= ?[,.;!)]|$| lol\b| but\b)|[.;]"
    r" (?:but )?"
    r"(?:she|he|they)(?:'s| is| are|'re) (?:actually |really )?(?:fine|ok|okay|alive|healthy)\b)",
    # A uniform worn off duty to be let in, backstage or free.
    r"(?:wear|wearing|put on|in) (?:my|a|the|his|her) (?:\w+ )?uniform\b.{0,80}\b(?:let (?:me|us)"
    r" (?:in|through|past|backstage)|backstage|for free|free entry|skip the (?:queue|line))",
    # The truth owned up to after a claim told for gain: "..., so I get the compensation, in
    # truth was the neighbour's dogs"; "... so he writes medical leave, actually we are going".
    rf"{_CLAIMED}\b[^.!?]{{0,120}}\bso (?:that )?(?:i|we|he|she|they|dem|the \w+|\w+)"
    r" (?:(?:can|could|will|'ll|would) )?(?:get|gets|give|gives|write|writes|sign|signs|let|lets"
    r"|pay|pays|refund|refunds|approve|approves|skip|have|send|sends|cover|covers|waive|waives)\b"
    rf"[^.!?]{{0,60}}?{_BREAK} ?(?:but )?(?:(?:it's|it is|its|i'm|i am|we're|we are|it was) )?"
    r"(?:actually"
    r"|in truth|(?:the )?truth is|in reality|in fact)\b(?!,? (?:it's |i'm |he's |she's )?(?:really"
    r" |genuinely |properly )?(?:sick|ill|unwell|true|real)\b)",
    # The truth after "really", once the claim and its gain are told: "so dem reverse the
    # charge, really mi just buy the shoes", "so they do it faster, is really for me"; a need
    # ("really just need it for work") is no truth owned.
    rf"{_CLAIMED}\b(?:[^.!?]|\.(?=\w)){{0,120}}\bso (?:that )?(?:i|we|he|she|they|dem|mi"
    r"|the \w+|\w+) (?:(?:can|could|will|'ll|would|fit|go) )?(?:get|gets|give|gives|let|lets|pay"
    r"|pays|refund"
    r"|refunds|approve|approves|cover|covers|waive|waives|reverse|reverses|cut|cuts|reduce"
    r"|reduces|rush|rushes|bump|bumps|move|moves|upgrade|upgrades|do|does|return|exchange|swap"
    r"|take|takes|drop|drops|put|puts|hurry|serve|serves|see|sees|fit|fits)\b[^.!?]{0,60}?"
    rf"{_BREAK} ?(?:but |though |although )?(?:really,? (?:(?:mi|me|i|we|i'm|we're|it's|it is"
    r"|it was|is) )?(?:just|only) (?!need|needs|needed)|(?:it's |it is |its |is )?really for"
    r" (?:me|us|myself|mi)\b)",
    # A sick call, then what the day is really for: "..., it's actually the Electric Picnic".
    r"(?:(?:ring|call|phone)(?:ing|s|ed)? in sick|(?:sick|medical) (?:leave|note|day|certificate)"
    rf"|doctor's note)\b[^!?]{{0,100}}{_BREAK} ?(?:but )?(?:(?:it's|it is|its|i'm|i am|we're|we are"
    r"|it was) )?(?:actually|in truth|(?:the )?truth is"
    r"|in reality|in fact|really)\b(?!,? (?:it's |i'm |he's |she's )?(?:really |genuinely"
    r" |properly )?(?:sick|ill|unwell|a (?:really |very )?(?:real|bad|proper|nasty|awful"
    r"|terrible)|(?:really |very )?(?:bad|awful|terrible)|true|real)\b)",
    # An illness told for someone, then said to be fine: "my son's got a fever so we get in
    # today, he's fine but I need a script for myself"; "fine now" is a recovery, not a denial.
    rf"{_CLAIMED}\b.{{0,100}}\b(?:fever|temperature|flu|cold|covid|virus|bug|migraine|sick|ill"
    r"|unwell|vomiting|chest pain|asthma attack|infection|rash|injured|hurt|crook|poorly)\b"
    r"[^.!?]{0,60}"
    rf"{_BREAK} ?(?:but )?(?:he|she|they|i|we|it)(?:'s| is|'re| are|'m| am) (?:actually |really"
    r" |totally |perfectly |completely )?(?:fine|ok|okay|well|healthy)\b(?! now\b| again\b)",
    # A standing claimed, then owned up to as "almost" so: "my kitchen is registered, it is
    # almost registered only".
    rf"{_CLAIMED}\b.{{0,100}}\b(?:is|are|'s|'re|am|'m|got a|have a|has a) (?:all |fully )?"
    r"(?P<almost>[a-z]{4,})\b"
    rf"[^.!?]{{0,30}}?{_BREAK} ?(?:but )?(?:(?:it|they|we|i|he|she)(?:'s| is| are|'re|'m| am)? )?"
    r"(?:only )?(?:almost|nearly|not quite|not yet|not fully|not really|half|kind of|sort of"
    r"|more or less) (?P=almost)\b",
    # A claim told for gain, then owned up to as "basically true": "..., so basically true".
    rf"{_CLAIMED}\b[^.!?]{{0,120}}\bso (?:that )?(?:they|he|she|the \w+|i|we) [^.!?]{{0,60}}?"
    rf"{_BREAK}[^.!?]{{0,40}}\b(?:basically|practically|technically|kind of|sort of|more or"
    r" less|almost|nearly) (?:true|the truth)\b",
    # A claim the card says was something less: "... the patient had a filling when it was only
    # a cleaning".
    rf"{_CLAIMED}\b.{{0,120}}\bwhen (?:it|that|this|they|he|she) (?:was|were) (?:just|only"
    r"|actually|really) ",
    # A claim counted on to be believed: "they always believe the red and yellow".
    rf"{_CLAIMED}\b.{{0,150}}\b(?:they|he|she|people|staff|everyone|everybody)(?: always| usually"
    r"|'ll always|'ll| will| would| still)? (?:believe|believes|fall for|falls for)\b(?! (?:me|you"
    r"|in|us)\b)",
    # On duty claimed for a way in or something free: "wear my old turnout coat ... tell the
    # usher I'm on duty so he lets me down to the glass".
    rf"{_CLAIMED}\b.{{0,60}}\b(?:i'm|i am|we're|we are|mi|me) (?:still )?on (?:duty|shift|call"
    r"|the job)\b.{0,60}\b(?:so (?:he|she|they|security|the \w+) (?:\w+ )?(?:let|lets|wave"
    r"|waves|give|gives)|so (?:i|we) (?:can )?(?:get|skip|park|jump)|free\b|let (?:me|us) (?:in"
    r"|through|down|past|backstage|up))",
    # Paying later promised to a cashier, with the user's own plan never to: "ask if I can pay
    # tomorrow, and then just never come back".
    r"pay (?:\w+ ){0,3}?(?:tomorrow|later|next (?:week|time|month)|on (?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|payday)|back)\b[^.!?]{0,60}\b(?:never (?:come back|go back"
    r"|return|show up"
    r"|turn up|pay)|not (?:come|go) back)\b",
    # Or promised with a shrug: "will pay after gaji... maybe".
    r"pay (?:\w+ ){0,3}?(?:tomorrow|later|next \w+|after \w+|on \w+|back|when \w+)\b"
    r"[^.!?]{0,30}?(?:\.\.\.|…|,| -) ?(?:maybe|perhaps|probably not|or not|we'll see|if i"
    r" remember)(?=\W*(?:lol|haha|hehe)?\W*$)",
    # A price said to be doubled for outsiders, or to see whether they will pay it.
    rf"{_CLAIMED} (?:the )?(?:foreign|tourist|overseas|international|out-of-town|visiting)\w*"
    r" (?:\w+ ){0,4}?(?:price|fare|fee|rate|cost|it)s?(?:'s| is| are)? (?:double|triple|doubled"
    r"|tripled|twice|three times|\d+x)\b",
    rf"{_CLAIMED} (?:\w+ ){{0,4}}?(?:price|fare|fee|rate|cost)s?(?:'s| is| are) (?:double|triple"
    r"|doubled|tripled|twice|three times|\d+x)\b.{0,60}\b(?:see if|to see whether|see whether)"
    r" (?:they|he|she)",
    # A road or a bridge said to be shut so a stranger pays more.
    rf"{_CLAIMED} (?:\w+ ){{0,4}}(?:closed|shut|full|broken|flooded|blocked)\b.{{0,30}}\b(?:double"
    r"|triple|twice the|extra|higher) (?:fare|price|rate|charge)",
)
"""Each claim with what belies it; `core.asks.deception.DECEPTION` joins them to its own."""
