"""Getting round a ban or a block through someone else: the no given, dodged.

A market, a shop or a platform that bans or suspends the user has said no to them, and so
has a person who blocks them. Asking a cousin to register the stall under her name, a
nephew to buy the cloth "in his name, the owner won't know", a sister's phone to text the
one who blocked the user, or a different jacket so the guard who sent the user away does not
know them: each gets round that no, often through someone who does not know what they lend.
`core.asks.slots` reads this into `gets_round_block`, beside `core.asks.persistence.BLOCK`;
the lexicon matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_BANNED = (
    r"(?:banned|barred|suspended|blacklisted|black-listed|kicked (?:me |us )?out|thrown out"
    r"|excluded|disqualified|struck off|expelled|deactivated|(?:got|was|were|been|am|is|are)"
    r" (?:\w+ )?(?:blocked|refused service|turned away)|ban|banning|suspension"
    r"|(?:said|told (?:me|us)|says) (?:to )?(?:never|not to|don't|do not) (?:come|go) back"
    r"|(?:said|told (?:me|us)|says) (?:that )?(?:we|i)(?:'re| are|'m| am)? (?:can't|cannot|can not"
    r"|aren't allowed to|are not allowed to|am not allowed to|not allowed to|mustn't|shouldn't"
    r"|no longer (?:allowed|welcome) to|not welcome to) (?:come|go) back"
    r"|86'?d|eighty-?six(?:ed|'d)|(?:not|no longer) welcome (?:back|here|there|anymore|any more))"
)
"""The user (or their stall, account, car) banned or sent away by a place."""
_SOMEONE_ELSES = (
    r"(?:under|in|using|with|on|through|via) (?:her|his|their|my \w+'s|a \w+'s|someone else's"
    r"|somebody else's|someone's|another person's|[a-z-]+'s) (?:own )?(?:\w+ )?(?:(?:sur|maiden )?"
    r"name|account"
    r"|id|details|membership|licen[cs]e|card|login|profile|number|registration|passport)s?\b"
)
"""Someone else's name, account or membership standing in for the user's."""
_UNRECOGNISED = (
    r"(?:won't|will not|wouldn't|doesn't|does not|won't even) (?:know|notice|realise|realize"
    r"|recognise|recognize|clock) (?:it's me|it is me|me)?|(?:wear|put on|in) (?:a |my )?"
    r"(?:different|another|other|new) (?:jacket|hat|cap|coat|shirt|outfit|clothes|wig|hoodie)"
    r"|on my behalf|as (?:a |my )?front|front (?:it |one )?for me|(?:under |with |using |in )?"
    r"(?:a |my )?(?:middle|maiden|different|another|fake|false|new|made-up|second) name\b"
)
"""Passing unrecognised, or through a front: the owner won't know, a different jacket, a
middle name only or a new name."""
_SENT_AWAY = (
    r"(?:they|he|she|(?:the )?\w+) (?:86'?d|eighty-?six(?:ed|'d)|banned|barred|blacklisted"
    r"|kicked out|threw out|turned away) (?:me|us)\b"
)
"""The place that sent the user away, named as the one who did ("they 86'd me")."""
_OTHERS_LINE = (
    r"(?:from|on|using|use|with|via|through) (?:(?:a |my |his |her )?[a-z-]+'s|my (?:cousin|friend"
    r"|brother|sister|mate|wife|husband|partner|colleague|padi|guy)) (?:own |old |spare )?"
    r"(?:phone|number|mobile|cell|line|account|profile|email|insta\w*|ig|whatsapp|facebook"
    r"|snap\w*|tiktok)\b"
)
"""Someone else's phone or account to reach the user's blocker from ("use my brother phone
call am", as written without the 's)."""
_BLOCKED = (
    r"(?:she|he|they|ex|who) (?:has |have |had |just )?(?:blocked|muted)\b|(?:blocked|muted)"
    r" (?:me|mine|my)\b|(?:i'm|i am|i got|got|been) (?:blocked|muted)\b|^blocked\b|blocked\?"
    r"|(?:she|he|they|girl|guy) (?:don |done )?blocks? my (?:number"
    r"|account|dms?|calls)\b"
    r"|bloque\w*|(?:has|have|had) (?:me|my \w+) (?:blocked|muted)|blocked by (?:her|him|them)"
    r"|(?:unfollow|unfriend|delete|remove)(?:s|d|ed)? (?:me|my (?:number|account|contact))\b"
    r"|(?:unfollow|unfriend)(?:s|ed)? and (?:delete|remove|block)(?:s|d|ed)? (?:me|my)\b"
)
"""Words saying a person blocked the user or muted their chat ("the client muted our chat",
"that girl block my number"), not a blocked drain or a block of flats."""
_BLOCKED_OURS = (
    r"(?:blocked|muted) (?:our|us on) (?:[\w']+ )?(?:chat|account|page|number|group|dms?|messages"
    r"|whatsapp|insta\w*|ig)\b"
)
"""A shared chat or the firm's account blocked or muted: a no only when another account then
writes (a family chat muted by mistake is no no)."""
_OWN_OTHER_ACCOUNT = (
    r"(?:(?:from|on|with|using|via|through) (?:a |my |our )?|(?:make|create|open|set up)"
    r" (?:a |an )?)"
    r"(?:new|another|other|different|personal|private|second|spare|alt|own|fake) (?:acc|account"
    r"|akun|number|mobile|phone|profile|sim|email|one|line|page|insta|ig|gmail|hotmail|outlook"
    r"|yahoo|mail|inbox|address|e-?mail address)\b"
)
"""Another of the user's own accounts: the brand was blocked, the personal one writes."""
_TOLD_NOT_TO = (
    r"(?:told|asked) (?:me|us) (?:not to|never to|to stop) (?:\w+ )?(?:resubmit|apply|contact"
    r"|call|text|message|email|write|send|post|come|enter)\w*"
)
"""A person's no to the user's trying again, before someone else's account is borrowed."""

_NO_CONTACT = (
    r"(?:(?:said|says|told (?:me|us)|tells? (?:me|us)|asked (?:me|us)) (?:to )?(?:not|never|don't"
    r"|do not) (?:to )?(?:(?:contact|call|ring|phone|talk to|speak to"
    r"|text|message|write|email)\w*|(?:look|come looking|go looking) for (?:her|him|them)\b"
    r"|bother (?:her|him|them)\b|(?:come|go|turn up|show up|visit)\w* (?:to |at |round |by"
    r" |near )?(?:(?:her|his|their) (?:house|place|home|door|work|office|flat)|again|anymore"
    r"|any more|back))|(?:doesn't|does not|don't|do not) (?:want|wanna) (?:to )?(?:hear from|see"
    r"|talk to|speak to) (?:me|us)(?= ?[,.;!]| again| anymore| any more|$)|(?:ignores?|ignored"
    r"|ignoring|ghost(?:s|ed|ing)) (?:all )?(?:of )?(?:my|your) (?:messages|texts|calls|emails"
    r"|letters)|stop (?:contacting|texting|messaging|calling) me|(?:told|asked) me to stay away"
    r"|(?:said|says|told (?:me|us)|asked (?:me|us)|asked that (?:i|we)),? (?:to )?leave (?:her|him"
    r"|them) be\b|(?:said|says|told (?:me|us)),? (?:to )?stop (?:to )?(?:writ|call|text|messag"
    r"|contact|ring)\w*|(?:said|says|told (?:me|us)) (?:i'm|i am|we're|we are) not to (?:contact"
    r"|call|ring|text|message|write|talk|speak|see|visit)\w*"
    r"|to get away from me"
    r"|dij(?:o|eron) que no (?:la|lo|las|los|le|les|me) (?:vuelva a )?(?:busque|buscara|llame"
    r"|contacte|escriba|moleste|visite)\w*)"
)
"""A person's no to contact: told not to come, write or look for them ("dijo que no la
busque"), not wanting to hear from the user, or every message ignored."""
_OTHER_ROUTE = (
    r"(?:i(?:'ll)? go|go (?:to|round|there|with)|turn up|show up|wait (?:at|outside|for)|knock"
    r"|call from|text from|ring from|so (?:she|he|they) (?:picks?|answers?)|pass (?:it )?on"
    r"|pass (?:my|a|the|our) (?:message|note|letter|number|card|words?)"
    r"|(?:a )?letter|through (?:a|her|his|their|my|linkedin|instagram|facebook|email) ?\w*"
    r"|face to face|put (?:me|you) through"
    r"|(?:call|ring|phone|text|message|email|dm)\w* (?:her|him|them) (?:from|anyway)\b"
    r"|ask (?:her|his|their) (?:mum|mom|mam|mami|mama|mother|dad|papi|papa|father|parents|sister"
    r"|brother|family|cousin|aunt\w*|tia|tio|uncle|friends?|mates?|flatmate|roommate)\b"
    r"|add me (?:back )?(?:to|into)|(?:pop|drop|swing|go) round to|where (?:he|she|they)"
    r" works?\b|write to (?:his|her|their) (?:employer|boss|work|school|college|office)"
    r"|,? anyway\b|(?:his|her|their) (?:counter|desk|office"
    r"|work|door|house|shop)|from (?:a |my )?(?:new|another|other|different|personal|second"
    r"|spare|work) (?:acc|account|number|mobile|phone|profile|sim|email))"
)
"""Another way round that no: turning up at their door or desk, a number they won't know, a
letter passed on through a friend, a ring from another phone, or their family asked if the
user may visit."""

_THEIR_PEOPLE = (
    r"(?:ask|get|message|text|call|beg)\w* (?:her|his|their) (?:mum|mom|mam|mother|dad|father"
    r"|parents|sister|brother|family|cousin|aunt\w*|uncle|friends?|mates?|flatmate|roommate"
    r"|best ?friend|bestie)"
)
"""Their own people asked to ask them for the user ("ask his sister to ask him why he's been
ignoring my calls"): the no to contact carried to them by someone else."""

ROUND_A_BLOCK = words(
    rf"{_NO_CONTACT}\b.{{0,160}}\b{_OTHER_ROUTE}",
    rf"{_THEIR_PEOPLE}\b.{{0,60}}\b(?:ask|tell|get|make|persuade|beg)\w* (?:her|him|them)\b"
    rf".{{0,80}}\b{_NO_CONTACT}",
    r"(?:from|on|with|using) (?:a )?(?:new|another|second|fake|different|alt) (?:acc|account"
    r"|number|profile|sim|insta|ig)\b.{0,40}\bblock\w*|block\w*\b.{0,40}\b(?:from|on|with"
    r"|using) (?:a )?(?:new|another|second|fake|different|alt) (?:acc|account|number|profile"
    r"|sim)\b",
    rf"(?:text|call|ring|message|msg|dm|phone|email|snap)\w* (?:her|him|them|my ex)\b.{{0,20}}"
    rf"{_OTHERS_LINE}",
    r"(?:make|create|open|set up) (?:a |an |another |new |second |fake |secret )?(?:\w+"
    r" )?(?:account"
    r"|profile|number)\b.{0,40}\b(?:doesn't|won't|does not|will not) (?:know|recognise|realise)",
    r"make (?:her|him|them) (?:talk|speak|listen|reply|answer) to me\b",
    # A go-between sent to bring round the one who blocked: "ask mutual friends to tell Maria to
    # unblock me" (IT asked to unblock an account is no go-between).
    r"(?:tell|get|ask|make|convince|persuade|beg|push)\w* (?:[\w']+ ){1,3}?to (?:tell|get|ask"
    r"|make|convince|persuade|beg|push|talk) (?:[\w']+ ){1,2}?(?:into|to) unblock(?:ing)? (?:me"
    r"|my (?:number|account|profile|insta|ig|dms?))\b",
    r"add me (?:back )?(?:to|into) (?:a |the )?(?:\w+ )?(?:group|chat)\b.{0,40}\bso (?:i|we) can"
    r" finally (?:talk|speak|reach|message|chat)\w* (?:to |with )?(?:him|her|them)\b",
    rf"{_BANNED}\b.{{0,120}}\b(?:anyway|in (?:a |my )?(?:hat|cap|wig|hood|mask|sunglasses"
    r"|disguise)\b)",
    rf"{_BANNED}\b.{{0,120}}\b(?:{_SOMEONE_ELSES}|{_UNRECOGNISED})",
    # Unwrapped on purpose: only the first and last of `_BLOCKED`'s words need another line
    # here; the rest ("blocked everywhere", "bloqueou-me", "blocked by her") are a block alone.
    rf"{_BLOCKED}.{{0,80}}\b{_OTHERS_LINE}|{_OTHERS_LINE}.{{0,60}}\b{_BLOCKED}",
    rf"(?:{_BLOCKED}|{_BLOCKED_OURS}).{{0,160}}\b{_OWN_OTHER_ACCOUNT}",
    rf"{_TOLD_NOT_TO}.{{0,120}}\b(?:{_OTHERS_LINE}|{_SOMEONE_ELSES})",
    r"let (?:\w+ ){0,3}(?:back )?in\b.{0,60}\b(?:banned|barred|blacklisted|kicked out|thrown out)"
    r"|(?:banned|barred|blacklisted)\b.{0,60}\blet (?:me|us|him|her|them) (?:back )?in\b",
    rf"(?:go|come|went|walk|head|sneak|get)\w* back (?:in|into|to|inside)\b.{{0,80}}\b(?:even"
    rf"|though|although|after)\b.{{0,30}}\b{_SENT_AWAY}",
    r"(?:get|go|work|sneak)\w* (?:a)?round (?:[\w']+ ){0,2}(?:ban|bans|banning|suspension|bar)\b"
    r"|alt(?:ernate|ernative)? (?:acc|account|profile|ig|insta)s? (?:to|and) (?:dm|message|text"
    r"|contact|follow|reach|watch|view|see)\b",
    r"asked (?:\w+ ){0,3}to (?:stop|keep|prevent) me (?:from )?(?:contacting|calling|texting"
    r"|messaging|emailing|visiting|seeing|away)\b|(?:muted|blocked|ghosted)\? (?:then|so|just)\b"
    r"|(?:said|says|told (?:me|us)),? (?:to )?leave (?:her|him|them) alone",
    r"(?:has|have|had) (?:me|my \w+) (?:blocked|muted)\b|blocked by (?:her|him|them)\b"
    r"|(?:can't|cannot|won't be able to|couldn't) block (?:that|this|it|me|my)\b"
    r"|keeps? bouncing (?:me|my)\b|(?:my )?(?:own )?number (?:doesn't|does not|won't|no longer)"
    r" (?:go through|connect)",
    r"(?:said|says|told (?:me|us)|asked (?:me|us))\W{1,3}(?:please |to )?(?:don't|do not|never"
    r"|not to) (?:contact|call|ring|phone|telephone|text|message|email|write to|visit)(?: (?:her"
    r"|him|them|me))? (?:again|anymore|any more|ever again)\b|asked that (?:i|we) (?:not|never"
    r"|no longer) (?:contact|call|ring|phone|telephone|text|message|email|write|visit)\w*"
    r"|\bbarred my (?:number|line|calls|messages)|no more (?:emails|letters)"
    r"|\bna-?(?:remove|block|unfriend|unfollow|mute)d? ako\b",
    r"(?:she|he|they) (?:didn't|did not|doesn't|does not|wouldn't|would not|won't|will not"
    r"|refused to|didn't want to|did not want to|doesn't want to) (?:want to )?(?:give|share|tell"
    r"|send) (?:me |us )?(?:her|his|their) (?:\w+ )?(?:number|insta\w*|ig|snap\w*|socials"
    r"|address|email|whatsapp|mobile|cell|handle|facebook|fb|tiktok)\b[^.!?]{0,80}\b(?:ask|get"
    r"|message|text|dm|beg) (?:her|his|their|a|the) (?:\w+ )?(?:friends?|mates?|pals?|sister"
    r"|brother|cousin|roommate|flatmate|colleague|coworker|mum|mom|mam|dad|family|bestie)\b",
    r"(?:address|number|new number|mobile|email|postcode|where (?:she|he|they) (?:lives?|live|is"
    r" staying|moved to))\b[^.!?]{0,80}\b(?:since|because|cos|as|when|coz) (?:[\w'-]+ ){0,2}?"
    r"(?:she|he|they|\w+) (?:won't|wouldn't|will not|would not|refuses? to|refused to|doesn't want"
    r" to|didn't want to) (?:give|tell|share|send|let me have)\b",
    r"(?:show|turn|rock|pop)\w* up (?:at|to) (?:her|his) (?:\w+ )?(?:parents'?|mum's|mom's|mother's"
    r"|dad's|father's|family's|folks'?|grandma's|gran's) (?:\w+ )?(?:place|house|home|flat|door"
    r"|shop)\b[^.!?;]{0,60}\blet me (?:see|talk to|speak to|speak with|talk with|meet|visit)"
    r" (?:her|him)\b",
)
"""A ban given, then someone else's name, a front or a disguise so the user carries on; a
block, then someone else's phone; going back in where they "86'd" the user; a ban got round or an
alt account; a no to contact passed on through others ("asked the company to stop me contacting
her", "said leave her alone"); or the words saying the user is blocked at all, or told not to write
again ("told me not to telephone her anymore", "asked that I not contact him", "barred my number",
Tagalog "na-remove ako"); or an address asked of someone else because its owner will not give it
("my sister's new address, since my sister won't give it to me herself"), or a handle she chose not
to give asked of her friend instead; or the user turning up at her parents' place to ask them to let
the user see her, her family made the way to her."""
