"""Filming or posting other people, in words: the shapes `core.asks.conduct` did not name.

Kept apart from `core.asks.conduct` so each lexicon module stays small; `conduct.RECORDED`
joins these to its own. "Snap" as a verb with people for its object ("snap the couple
arguing", "snap them and stick it on my TikTok"); someone caught asleep or off guard; a face
or a reaction caught on a phone left running (catching someone's reaction with no
camera in the words is only seeing it); a crowd camera; a prank that gets filmed or
posted; faces used in the user's ads; photos of a queue, a ward or faces on the metro;
filming that says nobody was asked; a client's face snapped for the salon's page without
telling her; their reaction filmed on a helmet cam; calls with someone recorded; a child
snapped in a trolley and staff asked under a worn camera (`core.asks.snapped_in_passing`).
It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.snapped_in_passing import PATTERNS as SNAPPED_IN_PASSING

_NOUNS = (
    r"(?:person|people|m[ae]n|wom[ae]n|guys?|girls?|boys?|lads|blokes?|couples?|famil(?:y|ies)"
    r"|kids|children|crowd|queue|line|passengers|commuters|customers|diners|shoppers|tourists"
    r"|students|patients|drivers?|riders?|strangers?|faces|porters|nurses|staff|workers?"
    r"|colleagues?|coworkers?|neighbours?|waiting room|ward|carriage|audience|congregation"
    r"|regulars|players|dancers|fans|teenagers|lady|ladies|aunt(?:ie|y)s?|uncles?|punters|patrons"
    r"|guests|randoms|vendors?|hawkers?|sellers?|stallholders?"
    r"|clients|visitors|residents|bros|drunks|revellers|passenger|customer|client|tourist"
    r"|commuter|shopper|diner|cashier|waiter|waitress|bouncer)"
)
"""Words for people, alone or in a crowd, that a photo or a clip would show."""

_OFF_GUARD = (
    r"(?:sleeping|asleep|snoring|passed out|napping|dozing|drooling|crying|throwing up|being sick"
    r"|changing|showering|in the shower|on the toilet|mouth open|open-mouthed|falling over"
    r"|tripping|arguing|fighting)"
)
"""Moments nobody would agree to have caught on camera."""

_UNASKED = (
    r"(?:no asking|nobody asked|no one asked|without (?:their |any )?(?:consent|permission)"
    r"|no (?:consent|permission|signs? up))"
)

_CAMERA = r"(?:cameras?|cams?|gopros?|webcams?|spy ?cams?|recorders?|phone camera|phone recording)"
_UNDRESSED = (
    r"(?:(?:changing|trial|fitting|dressing|locker)[- ]?rooms?|toilets?|bathrooms?|restrooms?"
    r"|washrooms?|loos?|showers?|cubicles?)"
)
_PLACED = r"(?:put|puts|place|set up|install|leave|stick|mount|hide|hid|plant|rig|tape|fit)"
"""Where people undress, a camera put there films them, whatever it is said to be for; asking
whether there is one ("do the cameras cover the changing rooms?") is fair."""

_SHOT = r"(?:photo|pic|picture|video|clip|snap|shot|selfie|film)"
_THEIR_HOME = (
    r"(?:client|customer|neighbour|tenant|host|guest|patient|lodger)s?'s? (?:house|home|flat"
    r"|apartment|hallway|hall|room|bedroom|living room|kitchen|garden|place|property|porch|stairs)"
)
_PAPERS = (
    r"(?:prescriptions?|medical \w+|records?|chart|test results?|passport|id|documents?|payslips?"
    r"|bank statements?|x-rays?|scans?|diagnosis|file)"
)
_PRIVATE_SCENES = (
    # Someone caught asleep or in tears, however the sentence runs on before it.
    rf"{_SHOT}s?\b(?!(?:[\w&'-]+ ){{0,3}}(?:dog|cat|puppy|kitten|pet|baby)\b).{{0,60}}\b(?:while"
    rf"|when|as) (?:he|she|they)(?:'s|'re| is| are) (?:fast |sound )?{_OFF_GUARD}",
    # Strangers at the beach in swimwear: bodies nobody offered to a camera.
    rf"{_SHOT}\w*\b (?!(?:\w+ ){{0,3}}my\b)(?:\w+ ){{0,4}}?(?:in (?:their |her |his )?"
    r"(?:swimsuits?|swimwear|bikinis?|underwear|lingerie|bathing suits?|swimming costumes?)"
    r"|topless|sunbathing)\b",
    # A camera left in a client's or a neighbour's home.
    rf"{_PLACED} (?:[\w']+ ){{0,3}}?{_CAMERA}\b.{{0,20}}\b(?:in|at|inside|into) (?:the |a |my )?"
    rf"{_THEIR_HOME}",
    # Someone's private papers snapped and passed round.
    rf"(?:{_SHOT}|screenshot|copy)\w* of (?:the |a |an |this |that )?(?:(?!my\b)[\w-]+ ){{0,2}}?"
    rf"[a-z]+'s {_PAPERS}\b.{{0,80}}\b(?:send|post|share|forward|show)\w* (?:it |them )?(?:to|with"
    r"|on|in) (?:my|the|our|a) (?:\w+ )?(?:friends|mates|group|chat|story|status|family|followers)",
    # A recorder left running in a pocket; someone's talk posted.
    r"(?:turn|switch|put|start|leave|keep)\w* (?:on )?(?:the |my |a )?(?:voice memos?|voice"
    r" recorder|dictaphone|recorder|recording app)\b.{0,20}\bin my (?:\w+ )?(?:pocket|bag|sleeve"
    r"|jacket|coat|purse)",
    r"(?:post|share|upload|put|forward)\w* (?:\w+ ){0,2}[a-z]+'s (?:convos?|conversations?|chats?"
    r"|calls|banter|rants?)\b",
)
"""Scenes nobody would agree to have kept or passed on: asleep or in tears, in swimwear, at
home, in their papers, in a pocket recording, in talk posted."""

_SHOOTS = r"(?:captur|film|record|photograph|snap|tap(?:e|ing)|video)\w*"
_CAUGHT_UNASKED = (
    rf"(?:secretly|covertly|sneakily) (?:\w+ ){{0,3}}?{_SHOOTS}",
    r"hid(?:e|es|ing) (?:my |a |the )?(?:phone|camera)\b.{0,80}\b(?:catch|film|record|capture"
    r"|snap)\w*",
    r"(?:photos?|pictures?|pics?|snaps?|videos?|footage|selfies?) (?:of|with) (?!me\b|myself\b"
    r"|us\b|my\b)(?:[\w']+ ){0,10}?without (?:asking|telling|permission|consent|them knowing)\b",
    r"(?:photos?|pictures?|pics?|videos?|film\w*|snap\w*) (?!of (?:my|me|myself|us|our)\b)"
    r"(?:[\w']+ ){0,8}?(?:in|inside) the"
    r" (?:fitting|changing|locker) rooms?\b",
    rf"{_SHOOTS} (?:the |some |all the |these |those )?[a-z]+(?:'s|s'|s) (?:reactions|faces)\b",
    rf"(?:call|conversation|argument|row|chat) with (?:the |a |an |this |that )?(?:\w+ )?{_NOUNS}"
    r"\b.{0,60}\b(?:post|share|upload|put)\w* (?:the |a |that )?(?:audio|recording|clip|call)\b",
)
"""A camera used covertly or hidden, pictures taken without asking or in a fitting room, the
faces or reactions of people caught for a clip, a call with a customer posted as audio."""

PATTERNS = (
    *_CAUGHT_UNASKED,
    *SNAPPED_IN_PASSING,
    # Other people's calls or talk caught on a recording and passed on.
    rf"(?:audio|recordings?|sound|tapes?|voice notes?|clips?|footage) of (?:the |my |our |some |all"
    rf" the )?(?:[\w&'-]+ )?{_NOUNS}'?s? (?:\w+ )?(?:phone )?(?:calls|conversations|chats"
    r"|arguments|rows|fights|gossip)\b",
    rf"(?<!to )snap(?:s|ped|ping)? (?:them|him|her|everyone|people|strangers?|(?:the|an?)"
    rf" (?:[\w&'-]+ ){{0,3}}?{_NOUNS}|my (?:\w+ )?(?:students|colleagues|coworkers"
    rf"|flatmates?|roommates?|neighbours?|patients|clients|customers))\b",
    rf"(?:snap|photo\w*|pics?|pictures?|film\w*|record\w*|tape|clip|videos?|selfies?)\b"
    rf" (?!(?:[\w&'-]+ ){{0,3}}(?:dog|cat|puppy|kitten|pet|baby)\b)"
    rf"(?:(?!i\b|i'm\b)[\w&'-]+ ){{0,4}}?{_OFF_GUARD}\b",
    r"(?:phone|camera|video|film\w*|record\w*)\b.{0,60}\b(?:catch|capture|grab) (?:his|her|their"
    r"|the \w+'s|[a-z]+'s) (?:face|reaction|expression|response)\b|(?:phone|camera|gopro"
    r"|body ?cam)\b (?:going|rolling|running)\b",
    r"crowd ?cam\w*|(?:audience|crowd) (?:cam|camera|footage|shots)",
    r"prank\w*\b.{0,60}\b(?:post|upload|share|put)\w* (?:it|them|the \w+)\b|post (?:the|my) prank",
    r"prank\w*\b.{0,60}\b(?:film|record|video)\w*\b.{0,30}\b(?:post|upload|share)\w*",
    r"(?:use|put) (?:their|his|her|people's|customers'|visitors'|guests') (?:faces?|photos?|voices?"
    r"|footage|images?) (?:in|on|for) (?:my|our|the) (?:\w+ )?(?:ads?|adverts?|advertising"
    r"|marketing|posts?|website|campaign|promos?|brochure)\b",
    r"(?:snap\w*|capture|catch|tiktok|vlog|screen-?record)\w* (?:\w+ ){0,2}[a-z]+'s (?:reaction"
    r"|face|answer|response|refusal|expression)",
    rf"(?:photos?|pictures?|pics?|selfies?|snaps?|shots?|footage|videos?|clips?) of"
    rf" (?:the|a|an|those|these|everyone in the|all the) (?:[\w&'-]+ ){{0,2}}?{_NOUNS}\b"
    rf"|photograph\w* (?:\w+ )?(?:faces|strangers|people|passers-by|commuters|passengers)\b",
    rf"(?:photo|film|record|stream|snap|video|shoot)\w*\b.{{0,80}}\b{_UNASKED}",
    rf"film(?:s|ed|ing)? (?:the |some |those |these |all the )?(?:[\w'-]+ )?{_NOUNS}\b",
    r"(?:film|record|video|snap|capture|catch)\w* (?:\w+ ){0,2}[a-z]+s' (?:reactions?|faces"
    r"|answers|responses|refusals|expressions)",
    r"(?:pic|photo|picture|video|clip|snap|shot)s? of (?:mrs?\.?|ms\.?|miss|the|a|an|my|our|that"
    r"|this) (?:[\w.'-]+ ){0,2}(?:when|while|as) (?:he|she|they)\b",
    r"(?:put|place|set up|install|leave|stick|mount) (?:a |my |the )?(?:\w+ )?(?:camera|cam|gopro"
    r"|recorder|mic)\b.{0,60}\b(?:see|watch|catch|record|film|hear) (?:(?:how|what|when) (?:they"
    r"|he|she|people|guests|customers|the \w+)|their|them|him|her)\b",
    r"(?:captur|record|tap)\w* (?:the |their |his |her |our )?(?:audio|sound|conversation|call)\b"
    r"|(?:phone|camera|gopro)s? on the dash\w*\b.{0,40}\b(?:catch|film|record|captur)\w*",
    # A camera where people undress; a phone set recording, hidden, or kept from them.
    rf"{_PLACED} (?:[\w']+ ){{0,3}}?{_CAMERA}\b.{{0,40}}\b{_UNDRESSED}\b"
    rf"|{_UNDRESSED}\b.{{0,40}}\b{_PLACED} (?:[\w']+ ){{0,3}}?{_CAMERA}\b",
    r"(?:set|put|switch|turn|leave|have|keep|start) (?:\w+ ){0,2}(?:phone|recorder|dictaphone"
    r"|camera|app|voice memos?|gopro|mic) (?:\w+ )?(?:to|on) (?:record|recording|film|filming"
    r"|video)\b(?! (?:myself|me|my (?:own|practice|speech|pitch|song|singing|playing|voice)))",
    r"(?:record|film|tape|photograph|stream|screen-?record|voice-?record)\w*\b.{0,100}\bwithout"
    r" (?:telling|asking|warning|letting (?:\w+ ){1,2}know|(?:him|her|them|anyone|people|my \w+)"
    r" (?:knowing|noticing|realising|realizing))",
    rf"(?:snap|take|grab|get|shoot)\w* (?:a |some |the )?(?:\w+ )?(?:pics?|photos?|pictures?|shots?"
    rf"|snaps?|selfies?|videos?|clips?) of (?:my |the |a |his |her |their |our )?"
    rf"(?:[\w'-]+ ){{0,2}}?(?:{_NOUNS}|[a-z]+'s (?:face|body|skin|legs|feet|bum|chest|teeth))\b"
    r"[^.!?;]{0,60}\bwithout (?:telling|asking|warning)",
    r"(?:phone|camera|gopro|recorder|mic)s? (?:hidden|tucked|concealed|stashed|taped)\b"
    r"|(?:camera|spy|recording) glasses",
    # Recording on a phone kept out of sight, in a pocket or a bag.
    r"(?:record|film|tape)\w*\b(?! (?:myself|me\b|my (?:own|practice|speech|pitch|song|voice)))"
    r"[^.!?;]{0,50}\b(?:phone|camera|gopro|recorder|mic)s? (?:\w+ )?"
    r"(?:in|inside|under|up) my (?:\w+ )?(?:pocket|bag|sleeve|jacket|coat|collar|hoodie|bra"
    r"|purse|shirt)\b",
    r"(?:phone|camera|gopro|recorder|mic)s? (?:in|into|inside) my (?:\w+ )?(?:pocket|bag|sleeve"
    r"|jacket|coat|purse) (?:\w+ )?(?:recording|filming|on record)\b",
    # Their reaction filmed, however many words between; calls with others recorded.
    r"(?:film|record|video|tape|capture)\w* (?:[\w-]+ ){0,5}?(?:their|his|her"
    r"|people's|customers'|clients') (?:reactions?|faces?|answers?|responses?|refusals?"
    r"|expressions?)\b",
    r"(?:record|tape)\w* (?:my |the |our |all |every )?(?:\w+ )?(?:calls?|conversations?|meetings?"
    r"|chats?) with (?!myself\b)",
    *_PRIVATE_SCENES,
    # The user filmed asking strangers, and the clips posted: the strangers are in them.
    r"(?:film|record|video|vlog)\w* (?:myself|yourself|me|us)\b[^.!?;]{0,60}\b(?:by|asking"
    rf"|approaching|with) (?:\w+ )?{_NOUNS}\b[^.!?;]{{0,60}}\b(?:post|upload|share)\w*\b",
    r"(?:post|share|upload|put|stick)\w* (?:\w+ ){0,2}?(?:their|his|her|people's|strangers')"
    r" faces\b",
    rf"dashcam\w* (?:the |those |these |some |all the )?(?:\w+ )?{_NOUNS}\b",
)
