"""Standing the user claims, papers they make and facts they hide, to get something.

"Say I'm with the rescue team and ask for the emergency rate", "drop in that I'm with the
minister's office", "sign as Professor X", "introduce myself as an inspector and ask
to see their stock records", "make my own doctor's note", "they don't need to
know I retired": a claim to a place, a title or a licence the words show is the lever, or a
paper written by the user where someone else's word is due. Saying who the user really is
("tell the desk I'm from room 12") names no body the perk hangs on, so it is not read here.
`core.asks.deception.DECEPTION` joins these to its own; they match the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_CLAIM = (
    r"(?:say|says|saying|said|tell\w*(?: [\w']+){0,7}?|claim\w*|drop(?:ping)? in|mention\w*"
    r"|let (?:it )?slip|pretend\w*)(?: that)? (?:i'm|i am|we're|we are)"
)
_BODY = (
    r"(?:tv|television|channel|press|news|newspaper|paper|post|times|herald|magazine|radio"
    r"|station|office|ministry|department|council|police|embassy|consulate|rescue|team|crew"
    r"|agency|network|studio|federation|association|authority|government|inspectorate|board"
    r"|producer|director|minister|committee|delegation|film crew|production|akimat|municipality"
    r"|city hall|town hall|mayor's office|governorate|prefecture|panchayat)"
)
"""A body whose name opens doors: the press, an office of state (a city hall, an akimat, a
panchayat), a rescue team, a crew."""
_STANDING = (
    rf"(?:with|from|part of|on|(?:working|writing|reviewing|reporting|filming) for) (?:[\w'.-]+"
    rf" ){{0,4}}?{_BODY}\b",
    rf"(?:[\w'.-]+ ){{1,3}}?{_BODY}\b(?=[,.;!?]| (?:and|so|to|then)\b)",
    rf"(?:the )?(?:assistant|secretary|driver|pa|aide) (?:of|to|for) (?:a |an |the )?(?:[\w'-]+"
    rf" ){{0,3}}{_BODY}\b",
    r"(?:already )?(?:a |an )?(?:licensed|qualified|registered|certified|accredited|practising)"
    r" \w+",
    r"(?:a |an )?(?:mystery|secret) shoppers?\b"
    r"|(?:a |an )?(?:\w+ )?(?:critics?|reviewers?|journalists?|influencers?|bloggers?"
    r"|inspectors?)\b",
    r"(?:the )?(?:\w+ )?(?:owner|manager|boss|director|mayor|chef|landlord|headteacher|principal)'s"
    r" (?:nephew|niece|son|daughter|cousin|friend|brother|sister|wife|husband|mate)\b",
    r"on the (?:guest ?list|list|rota|crew list)\b",
    r"(?:a |an |one of (?:the |tonight's |today's |this year's |the day's )?)?(?:speakers?"
    r"|performers?|panell?ists?|exhibitors?|presenters?|headliners?|band members?)\b",
    r"(?:the )?(?:team|club|school|site|event|night) (?:coach|manager|captain|organiser|doctor"
    r"|medic|official|security|staff)\b",
)
_PERK = (
    r"(?:free|comp|comps|complimentary|upgrade\w*|access|vip|(?:\w+ )?rate|discount|tickets?"
    r"|let (?:me|us|my \w+) in|lets? (?:me|us|my \w+) in|(?:give|gives|get) (?:me|us) (?:a |the )?"
    r"\w+|seat|table|key|priority|on credit|pass|before opening|after hours|backstage|entry"
    r"|in for nothing|lets? (?:me|us) (?:park|through|past|jump|skip|cut)|first in (?:line"
    r"|the queue)|(?:to|at) the front|ahead of|faster|quicker|sooner"
    r"|(?:to|and|so (?:i|we)(?: can)?) get (?:me |us )?(?:in|into)\b)"
)
"""What the standing is claimed for: a perk, a door, a parking space or a place at the front."""

_AS_OFFICIAL = (
    rf"(?:introduc\w* (?:myself|ourselves) as|present\w* (?:myself|ourselves) as|pos\w* as"
    rf"|pass\w* (?:myself )?off as|{_CLAIM}) (?:a |an |the )?(?:[\w'.-]+ ){{0,2}}?(?:inspector"
    r"|auditor|officer|official|investigator|regulator|assessor)s?\b.{0,80}?\b(?:see|check"
    r"|look (?:at|through)|inspect|go through|copy|hand over|show (?:me|us)) (?:their|the|your"
    r"|its|all) (?:[\w-]+ ){0,2}?(?:records|books|files|accounts|ledgers?|documents|paperwork"
    r"|logs|stock|register|invoices|receipts)\b"
)
"""An official's title put on to see a business's books: "introduce myself as an inspector from
the Conseil Café-Cacao, and ask to see their stock records"."""

PATTERNS = (
    _AS_OFFICIAL,
    # Standing claimed, with a perk asked before or after it in the same card.
    rf"{_CLAIM} (?:{'|'.join(_STANDING)})(?=.*\b{_PERK}\b)",
    rf"\b{_PERK}\b.{{0,120}}\b{_CLAIM} (?:{'|'.join(_STANDING)})",
    # A title signed that the card shows is borrowed.
    r"sign(?:s|ed|ing)? (?:it |the \w+ |off )?as (?:a |an |the )?(?:professor|prof|dr|doctor"
    r"|dean|director|judge|officer|captain|inspector|reverend|father|sister|minister|senator"
    r"|councillor|sir|lord|lady|dame)\b",
    # A paper the user writes where someone else's word is due.
    r"(?:make|write|forge|print|type|draw|knock|fake|do) (?:up )?(?:my own|myself a|me a|a fake"
    r"|my) (?:\w+ )?(?:doctor's|doctors|sick|medical|fit|gp's|gp|parent's|parents'|permission"
    r"|school) (?:note|certificate|letter|slip|form)",
    r"forg(?:e|es|ed|ing) (?:a |an |my |his |her |their |the )?(?:\w+ )?(?:note|signature"
    r"|certificate|letter|slip|permit|prescription|receipt|id|pass)",
    # A fact kept back that the ask depends on.
    r"(?:they|he|she|the \w+) (?:don't|doesn't|do not|does not|won't|will not|needn't|need not)"
    r" (?:need to |have to |ever )?(?:know|find out|hear)(?: that)? (?:i|i'm|i've|i'd|we|my|it)\b",
    # The item used, then said to have come damaged or to be unwanted.
    r"(?:been wearing|been using|wore|worn|used|washed) (?:[\w',]+ ){0,12}(?:say|saying|claim\w*"
    r"|tell \w+)(?: that)? (?:\w+ ){0,2}(?:came|arrived|was|were) (?:already )?(?:damaged|faulty"
    r"|broken|defective|torn|like that|unworn|unused)",
    r"(?:even though|though|although|but|when) (?:i've|i have|i had) (?:already )?(?:used|worn"
    r"|opened|washed|broken|eaten|drunk|read|played) (?:it|them)\b",
    # A caller's pretext for a door opened: a parcel or a leak said to be there.
    r"say (?:that )?(?:there's|there is|i have|i've got|i'm (?:with|from)) (?:a |an |the )?"
    r"(?:\w+ )?(?:parcel|package|delivery|letter|leak|meter|inspection|emergency)\b.{0,40}\bso"
    r" (?:she|he|they|the \w+) (?:opens?|lets? me|comes? (?:out|down|to the door))",
    # An excuse in quotes, the real reason in brackets: "off: 'a funeral' (the match)".
    r"(?:off|leave|excuse|sick note|absence)\b.{0,12}'.{0,30}\b(?:funeral|sick|ill|emergency"
    r"|hospital|appointment|dentist|doctor|family)\b.{0,6}'.{0,4}\([^)]{0,40}\b(?:game|match"
    r"|concert|gig|festival|party|lol|really|actually|trip|beach)\b",
    # Someone else's card or badge to get in, a uniform thrown on, a voice put on.
    r"(?:use|using|wear|wearing|show|showing|borrow|borrowing) (?:my |a |his |her |their )?(?:\w+"
    r" )?"
    r"\w+'s (?:old |spare )?(?:id|card|pass|ticket|membership|lanyard|badge|railcard|wristband"
    r"|licen[cs]e)\b.{0,60}\b(?:get (?:in|into)|let (?:me|us) in|into (?:the|a))\b",
    r"(?:throw|put|slip|pull)(?:s|ing)? on (?:a |an |some )?(?:hi-?vis|high-?vis|uniform|lanyard"
    r"|staff \w+|security \w+)\b|(?:put on|do|fake) a (?:sick|poorly|ill|croaky|hoarse|weak) voice",
    # More pain, age or need than is so; an allergy or a complaint said to get it free.
    r"(?:more|worse|sicker|poorer|older|younger|later|earlier) (?:\w+ )?than (?:i|it|they|he|she"
    r"|we) (?:really |actually )?(?:am|is|are|was|were)\b",
    r"(?:say|claim|tell \w+(?: \w+)?)(?: that)? (?:i'm|i am|we're|we are) allergic\b.{0,40}\b(?:so"
    r" (?:they|he|she|the \w+|i)|to get|instead)",
    r"(?:tell|say|complain)\w*\b.{0,80}\b(?:so (?:i|we) (?:don't|do not|won't|needn't) (?:have to"
    r" )?"
    r"pay|so (?:they|he|she|the \w+) (?:don't|won't|doesn't|do not|will not) charge|to get (?:it"
    r"|them|the \w+|my \w+) (?:for )?free)",
    # An emergency said to be had, of any kind, so the desk gives way or pays back.
    r"(?:say|tell \w+(?: \w+)?)(?: that)? (?:i have|i've got|i had|we have|we've got|we had"
    r"|there(?:'s| is|'s been| has been| was)) (?:a |an )?(?:[\w-]+ ){0,2}?emergency\b.{0,40}"
    r"\bso (?:that )?(?:she|he|they|the \w+)(?:'ll| will)? (?:gives?|lets?|puts?|moves?|fits?"
    r"|refunds?|holds?|waives?|cancels?)\b",
    r"even though (?:it's|it is|they're|they are) (?:actually |really )?(?:in my|on me|with me)\b",
    # Someone else by the user's relation to them: "present myself as my own physician".
    r"(?:present|introduc|pass)\w* (?:myself|ourselves) (?:off )?as (?:my own |his |her |their"
    r" |(?:my |the |a )?[\w-]+'s )(?:\w+ )?(?:doctor|physician|gp|lawyer|solicitor|manager|boss"
    r"|carer|guardian|parent|mum|mom|dad|mother|father|husband|wife|partner|son|daughter|landlord"
    r"|employer|agent|accountant|nurse|pharmacist|vet|dentist|consultant|secretary)\b",
    # Waved through as if at work; a standing said in a note, with the freebie after a comma.
    r"(?:like|as if|as though) (?:i'm|i am|we're|we are) (?:on (?:the job|duty|shift|the crew)"
    r"|(?:working|staff) (?:here|there))\b",
    r"(?:say|tell(?: \w+){0,3}?|claim)(?: that)? (?:i'm|i am) (?:a |an |the )?(?:[\w-]+ ){0,2}?"
    r"(?!(?:vegan|vegetarian|veggie|pescatarian|allergic|coeliac|celiac|diabetic|pregnant|hungry"
    r"|starving) ?[,:-] ?extra\b)"  # a diet said with what it needs ("I'm vegetarian, extra salad")
    r"[\w-]+ ?[,:-] ?(?:(?:and )?get (?:in |it |them |me |us )?)?(?:free|for free|extra)\b",
    # A pass or a paper that only "looks real".
    r"(?:lanyard|badge|pass|wristband|ticket|id|card|uniform|stamp|letter|note|certificate"
    r"|licen[cs]e|permit)s? (?:that |which )?(?:looks?|looking|seems?|passes?) (?:\w+ )?(?:like )?"
    r"(?:real|legit|legitimate|official|genuine|authentic)\b",
    # An age claimed at the door or the counter that sells drink.
    r"(?:(?:package|liquor|bottle|booze) (?:store|shop)|off-?licen[cs]e|offie|bouncer|doorman"
    r"|door staff)\b.{0,40}\b(?:i'm|i am) (?:18|19|21|over (?:18|21)|old enough|of age)\b",
)
"""Standing claimed for a perk, a title signed, a note written by the user, a fact hidden,
a used item called faulty, a pretext at the door, and an excuse in quotes with the real reason
beside it (a misfortune the card takes back is `core.asks.cover_stories`)."""
