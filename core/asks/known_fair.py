"""Fair readings the model may not refuse: what the words already settle for its category.

The model (`core.asks.model`) scores the whole text, and some fair asks look to it like the
unfair ones they share words with: "tell her it's completely fine if she's busy" reads as
pressure, "record myself playing Bach on the cathedral organ" as filming someone, "ask him
to pick me up" as getting round a block, "I really am at FAMU, so attach my student card"
as a false claim. `core.asks.second.fits` asks `overruled` whether the words give such a
fair reading for the category, and then the model's refusal does not stand:
- pressure: the ask settles beforehand that a no ends it ("if he says no, thank him and walk
  away"); or the no is made easy (it's fine if they're busy, no pressure, only if she wants
  to), the user treats them (I'll pay for her ticket), or the user asks leave (whether she'd
  let me) -- unless a lever is there as well (until, loudly, in front of, remind, owes);
- repeat: the person asked to be asked again ("ask me again after the summer"), or a no still
  to come ("no bother if she says no") with none given before;
- deception: the user vouches the claim is true, or sends or holds the proof, with no word of
  a lie (`core.asks.fair_claims`);
- recording: only the user is on camera ("record myself playing", "my face and voice only")
  and no one else is named;
- contact: no word for a number, an address, a handle or where someone is; or a number asked
  for a shared group's chat (`core.asks.group_chats`) with no private follow-up;
- block: no word for a no the person set (blocked, muted, an ex, "stay away", "won't talk");
- power with staff: a customer's small extra on their own order ("extra scraps on my
  chips"), with no word of a perk, a free thing or their boss;
- anything that needs another person, when the user is alone ("let myself take a Sunday
  off", "sing to myself", "in the mirror") and nobody is named or asked, or only dares
  themself to smile at or greet people, asking nothing;
- pressure: the user practising a no of their own ("say no to one thing this week");
- deception: a change to the user's own rota asked of a manager "so I'm home for" their
  life, or goods that failed soon taken back to the seller (`core.asks.faulty_goods`), with
  no story told and no word of a lie;
- deception: a hardship told to whoever is owed, with the ask for more time on what is owed
  ("tell the loan officer our harvest failed after the floods and ask to reschedule the
  payments"), with no word of a lie: the answer is left to them, and a user in trouble must
  not be told they are lying (a story told so a debt is forgiven stays the rules' to read);
- money: a trade offered ("his honey for my cheese"), with nothing old or broken offered;
- contact: a word for a day that is only the user's habit ("we nod every day");
- spot: an ask in writing (an email, a letter) to an office or nobody named;
- power over a child: paid work offered with the parents asked first
  (`core.asks.paid_chores`);
- touch: one of a stranger's small moments (`core.asks.strangers.a_small_moment`) with no
  word of touch;
- power: the person's own affairs (`core.asks.their_own_affairs`: the tenants' boiler, the
  class's own desks, the club's own fundraiser) with no money, date or secret;
- pressure: a no spared on purpose (`core.asks.spared_noes`: "privately so she doesn't feel
  she can't say no in front of everyone"), with no lever in the rest of the ask;
- pressure: only a compliment told, nothing asked (`core.asks.compliments`).
Lexicons over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import (
    compliments,
    deferrals,
    faulty_goods,
    group_chats,
    paid_chores,
    persistence,
    spared_noes,
)
from core.asks.ask import Ask, Want
from core.asks.decide import Problem, only_their_own_affairs
from core.asks.fair_claims import (
    A_STORY,
    ALL_WELL_BUT,
    OWN_SCHEDULE,
    TIME_ON_A_DEBT,
    UNTRUE,
    VOUCHED,
)
from core.asks.roles import Who
from core.asks.strangers import a_small_moment
from core.asks.text import has, without, words

_THEY = r"(?:she|he|they|you)"
NO_MADE_EASY = words(
    rf"(?:fine|ok|okay|cool|alright|all right|no problem|no worries|no hard feelings|totally"
    rf" understandable) if (?:{_THEY}|not)\b",
    r"no pressure|no obligation|worst (?:\w+ )?(?:can|could) (?:say|do) is (?:say )?no",
    rf"only if {_THEY} (?:really )?(?:wants?|likes?|feels? like|fancies|says? yes|agrees?|(?:is"
    rf"|are|'s|'re) (?:free|up for it|keen))|(?<=\()if {_THEY} (?:says? yes|agrees?)(?=\))",
    rf"if {_THEY}(?:'s|'re| is| are) (?:busy|not (?:free|keen|up for it|interested))",
)
"""A no made easy beforehand, or the ask done only on their yes: the ask does not press."""
ACCEPTS_NO = words(
    r"if (?:he|she|they|the \w+|it's) (?:says?|said) no,? (?:\w+ ){0,3}(?:thank|walk away|walk off"
    r"|leave|accept|take another|move on|say (?:ok|okay|thanks|thank you|no problem|fine)|smile"
    r"|that's (?:fine|ok|okay))",
    r"no worries if not|if not,? (?:no worries|fine|that's fine|no problem)",
)
"""The ask settling beforehand that a no ends it ("if he says no, thank him and walk away"):
whatever else it is, it does not press."""

TREAT = words(
    r"(?:i'll|i will|i'm going to|i am going to|i'd|let me|i can|i want to) (?:\w+ ){0,2}(?:pay"
    r"|cover|buy|get|shout) (?:for )?(?:her|his|their|them|him|both|the tickets?|it)\b",
    r"(?:i'll|i will|i'd|and) stand (?:him|her|them) (?:a|an|the|some|lunch|dinner|drinks?)\b",
    r"my treat|(?:it's|it is|that's|all|everything|dinner's|drinks are) on me",
)
"""The user paying for the other person ("I'll stand him a pint"): a treat offered, not a
favour pressed."""
ASKS_LEAVE = words(
    r"(?:if|whether) (?:she|he|they|\w+)(?: would| could| will| might|'d|'ll) (?:\w+ )?(?:let"
    r"|allow) (?:me|us)|(?:if|whether) (?:i|we) (?:can|could|may|might)\b",
)
"""Asking leave ("whether she'd let me redesign her garden"): the decision stays theirs."""
LEVER = words(
    r"until|till|loudly|shout\w*|yell\w*|in front of|everyone|everybody|whole|remind\w*"
    r"|feel (?:bad|guilty)|guilt\w*|owes?|must|has to|have to|needs? to|can't (?:say no|refuse)"
    r"|insult\w*|betray\w*|cry|crying|make (?:him|her|them)|won't take no|respects? me",
)
"""What presses in spite of a fair reading: staying until, an audience, a debt recalled."""
NO_STILL_TO_COME = words(
    r"if (?:she|he|they|it|the \w+) (?:says?|said) no\b(?! (?:again|twice|this time|a second))",
)
"""A no that has not been given yet ("no bother if she says no"), like one left open
(`core.asks.deferrals.LEFT_OPEN`, "she can always say no"): whatever "again" means in the ask
(a drink topped up again), it is not asked after a no."""
INVITED_AGAIN = words(
    r"ask (?:me|us) (?:again|later|another time|next|after|in|closer|when|once)",
    r"(?:told|asked) (?:me|us) to (?:ask|check|come back|try|get back)\w* (?:\w+ ){0,2}(?:again"
    r"|later|back|after|in|next)",
    r"said (?:to |i could |i can |i should )?(?:ask|try|check|come back) (?:\w+ ){0,2}(?:again"
    r"|later|back|after|in|next)",
    r"(?:said|told (?:me|us)) '?(?:not right now|not yet|not now|not at the moment|maybe later)\b"
    r"[^.!?]{0,60}\b(?:and )?to (?:bring it|raise it|ask|check|come back|try)(?: back)?(?: up)?"
    r"(?: again)? (?:after|in|next|at|once|later|when|closer)\b",
)
"""The person asked to be asked again later: asking again is what they asked for ("said not
right now ... and to bring it back up after Q3")."""
SELF_ON_CAMERA = words(
    r"(?:record|film|video|tape|shoot|vlog|stream|photograph)\w* (?:myself|me) (?:\w+ing|doing"
    r"|at|on|in)",
    r"my (?:own )?(?:face|voice)(?: and my (?:own )?(?:face|voice))?,? only",
    r"(?:only|just) my (?:own )?(?:face|voice)",
    r"(?:film|record|shoot)\w* my own (?:\w+ ){0,2}(?:review|video|vlog|cover|tutorial"
    r"|performance|unboxing)",
)
"""The camera on the user alone: their own playing, review or face and voice."""
OTHERS = words(
    r"strangers?|people|someone|somebody|anyone|anybody|everyone|everybody|passers?-?by|public"
    r"|crowd|customers?|clients?|staff|guests?|him|her|them|his|their|friends?|mates?|flatmates?"
    r"|family|kids|children|girls?|guys?|lads|wom[ae]n|m[ae]n|reactions?|rejected|rejections?"
    r"|turn\w* (?:me )?down|says? no|ask\w*|prank\w*|secret\w*|hidden",
)
"""Anyone else in the picture: then the footage is not the user's alone."""
CONTACT_WORDS = words(
    r"numbers?|no\.|número|numero|numéro|nummer|digits|phone|cell|mobile|whatsapp|telegram"
    r"|wechat|zalo|kakao|line|discord|\w*name|ids?|e-?mail|mail|address\w*|endereço|direcci[oó]n"
    r"|adresse|insta\w*|ig|snap\w*|socials?|facebook|fb|tiktok|twitter|linkedin|handle|contacts?"
    r"|details|profile|account|dms?",
    r"lives?|living|stays?|staying|sleeps?|works?|working|trains?|finish\w*|(?:knocks?|clocks?"
    r"|gets?|is|'s) off|gets? (?:off|down)|packs? up|comes? in|routine|route|stop|station|rostered"
    r"|shifts?|schedule|rota|hours|days?|nights|dorm|room|floor|block|area|neighbo\w*|suburb"
    r"|estate|hotel|hostel|hostal|villa|guesthouse|riad|motel|apartment|building|street|road"
    r"|barangay|village|quartier|part of town|lunch|routine|visit|weekends?|tonight",
    r"where (?:\w+ ){0,3}(?:she|he|they|her|his|their)|(?:what time|when) (?:\w+ ){0,2}(?:she|he"
    r"|they)|which \w+ (?:is|(?:she|he|they|their \w+) (?:goes?|go|moved?))|goes to|go to"
    r"|moved in\w*"
    r"|the @ of|@\w+|personal (?:no|num\w*|details|mobile|line|email)|eircode|post ?code|zip"
    r"|pulang|jam berapa|(?:which|what) (?:\w+ ){0,2}(?:she|he|they)(?:'s| is| are|'re)? (?:in"
    r"|at|on)",
)
"""A number, an address, a handle or where someone is: what a contact problem asks for."""
BARRED = words(
    r"block\w*|unblock\w*|bloque\w*|mut(?:e|ed|es|ing)|ignor\w*|ghost\w*|unmatch\w*|ban|banned"
    r"|bans?|86'd|blacklist\w*|suspend\w*|kicked|removed|dropped me|archived|bounc\w*|(?:ex(?!-)"
    r"|ex-\w+)(?!\W+(?:we're|we are|and i are) (?:\w+ ){0,2}?(?:friends|mates|on good terms))"
    r"|unfriend\w*|unfollow\w*|restraining|no-? ?contact|changed (?:her|his|their|it)|left the"
    r"|finally|even though|anyway|space|distance|avoid\w*|instead|stay away|get away|keep away"
    r"|leave (?:her|him|them|me) alone|cut (?:me )?off|break from",
    r"stop\w* (?:\w+ )?(?:replying|answering|picking|responding|talking|speaking|contacting"
    r"|calling|sending|texting|messaging|me)|left me on|on (?:read|seen)|returned \w+",
    r"(?:won't|will not|doesn't|does not|don't|do not|didn't|did not|hasn't|has not|haven't"
    r"|have not|not|no longer|no more) (?:\w+ )?(?:want|talk|speak|spoken|answer\w*|repl\w*"
    r"|see|give|let|respond\w*|pick\w*|discuss|call\w*|contact\w*|text\w*|message|come"
    r"|knock|taken|take|accept|connect|allowed|welcome)",
    r"(?:told|asked|wrote|said)\b[^.!?]{0,40}\b(?:not|stop|never|leave|no more)",
    r"new (?:number|sim|account|insta|profile|name)|different (?:name|gamertag|number|account)"
    r"|another (?:\w+ )?(?:account|profile|number)|alt|smurf|fake|second account|hat|cap"
    r"|(?:\w+)'s (?:phone|number|line|name|surname|mobile)|(?:under|in) (?:\w+ )?(?:\w+'s )?"
    r"(?:name|surname)|middle name|can't tell|doesn't know|won't know|without (?:the|telling"
    r"|mentioning)|sneak\w*|quietly|back in|let me back|add me back",
)
"""A no set on contact (not "my ex" who is a friend now): without one, nothing is got round."""
OWN_ORDER_EXTRA = words(
    r"(?:extra|more|a bit more|a little more|some more|another|double) (?:\w+ ){0,2}(?:on|with"
    r"|in) (?:my|me|our) \w+",
)
"""A customer's small extra on their own order: what a counter gives or politely refuses."""
PERK = words(
    r"free|discount\w*|boss|manager|own card|employee|staff|outside|off the books|behind"
    r"|secret\w*|cancel\w*|waive\w*|let me in\w*|on the house|without (?:paying|telling)",
)
TRADE = words(
    r"(?:trade|swap|barter|exchange) (?:\w+ ){0,5}(?:for|against) (?:some of )?(?:my|our)"
    r" (?:own |home-?made |fresh |home-?grown )?\w+",
)
"""Something of theirs traded for something of the user's: a trade offered, not a taking."""
LOPSIDED = words(r"old|broken|used|cheap|fake|expired|worn|junk|rubbish|worthless|knock-?off")
EVERY_DAY = words(
    r"(?:every|each|most) (?:single )?(?:day|morning|evening|night|week)|every other day|daily",
)
"""The user's own habit ("we nod every day"): when they meet, not when the other is found."""
WRITTEN = words(r"e-?mail|write (?:to|a letter)|letter|(?:online|contact|web) form")
"""An ask made in writing, answered when and if they choose: nobody is put on the spot."""
PHONE_AWAY = words(
    r"(?:look\w*|check\w*|scroll\w*|touch\w*|glanc\w*|reach\w* for|pick\w* up) (?:at )?(?:my"
    r"|the) phone|(?:put|leave|keep|switch|turn)\w* (?:my|the) phone (?:away|down|off|in)",
    r"without (?:my|a|the|any) phone|phone-free|no phone",
)
"""A phone kept out of the user's hands: no camera is in use."""
ON_MY_OWN = words(
    r"myself|by myself|on my own|alone|solo|me time|(?:in|into) (?:the|my) mirror|my reflection",
)
"""The user alone or before the mirror: with nobody asked, nobody is pressed or put on the spot."""
MY_OWN_NO = words(
    r"(?:^|[.:!] |i'll |i will |to |and |dare: )say no to (?:one|a|an|something|at least"
    r"|\w+ thing)",
)
"""The user practising a no of their own ("say no to one thing I'd say yes to out of guilt"):
the no is the user's, so nobody else is pressed."""
ONLY_A_GREETING = words(
    r"(?:dare|challenge|push) myself to (?:smile at|wave at|nod at|greet|thank|say (?:hi|hello"
    r"|good morning|thank you|thanks) to)",
)
"""The user daring themself to give a smile or a greeting: nothing is asked of anyone."""
ASKED_OF_THEM = words(r"ask\w*|beg\w*|request\w*|invite\w*|get (?:them|him|her|their)|number")
ONLY_WITH_OTHERS = frozenset(Problem) - {Problem.UNSAFE, Problem.DECEPTION, Problem.RECORDING}
"""What needs someone asked: alone, the user can still be unsafe, lie or film."""
_KNOWN = frozenset(
    {Who.FAMILY, Who.PARTNER, Who.FRIEND, Who.COLLEAGUE, Who.MANAGER, Who.NEIGHBOUR, Who.LANDLORD}
)
"""People who know the user and can tell them no: asking their leave leaves it with them."""
_OFFERED_A_JOB = frozenset({Problem.PRESSURE, Problem.MONEY})
"""What a model may call a paid job offered to a young neighbour with the parents' leave (power
is weighed the same way below): money spoken of, a child asked, a yes hoped for."""
_SERVICE = frozenset({Who.STAFF, Who.STRANGER, Who.NOBODY, Who.ORGANISATION})


def _nobody_else(ask: Ask) -> bool:
    """The user alone, with nobody named or asked, or only daring themself to greet people."""
    text = ask.text
    alone = ask.who is Who.NOBODY and has(ON_MY_OWN, text)
    if alone and not has(OTHERS, text, guided=False):
        return True
    return has(ONLY_A_GREETING, text) and not has(ASKED_OF_THEM, text, guided=False)


def overruled(problem: Problem, ask: Ask) -> bool:
    """Whether the words give a fair reading that the model's `problem` cannot override."""
    text = ask.text
    if problem in ONLY_WITH_OTHERS and _nobody_else(ask):
        return True
    if problem is Problem.PRESSURE and ask.who is Who.NOBODY and has(MY_OWN_NO, text):
        return True
    if problem is Problem.MONEY and has(TRADE, text):
        return not has(LOPSIDED, text, guided=False)
    if problem is Problem.SPOT and ask.who in (Who.NOBODY, Who.ORGANISATION):
        return has(WRITTEN, text)
    if problem is Problem.TOUCH:
        return Want.TOUCH not in ask.wants and a_small_moment(text)
    if problem in _OFFERED_A_JOB and ask.who is Who.CHILD and paid_chores.offered_with_leave(text):
        return True  # a wage offered a teenager with the parents' leave, unpressed
    if problem is Problem.PRESSURE:
        if has(ACCEPTS_NO, text) or compliments.given(text):
            return True
        if spared_noes.without_spared_noes(text) != text:
            return not has(LEVER, spared_noes.without_spared_noes(text), guided=False)
        leave = ask.who in _KNOWN and has(ASKS_LEAVE, text)
        fair = has(NO_MADE_EASY, text) or has(TREAT, text) or leave
        return fair and not has(LEVER, text, guided=False)
    if problem is Problem.REPEAT:
        before = without(deferrals.LEFT_OPEN, without(NO_STILL_TO_COME, text))
        to_come = before != text and not has(persistence.PRIOR_NO, before, guided=False)
        return to_come or has(INVITED_AGAIN, text, guided=False)
    if problem is Problem.DECEPTION:
        untrue = has(UNTRUE, text, guided=False)
        rota = ask.who in (Who.MANAGER, Who.ORGANISATION) and has(OWN_SCHEDULE, text)
        returned = faulty_goods.taken_back(text)  # "died after one week, ask them to swap"
        if (rota or returned) and not untrue and not has(A_STORY, text, guided=False):
            return True
        if has(TIME_ON_A_DEBT, text) and not untrue and not has(ALL_WELL_BUT, text):
            return True  # a hardship told with the ask for time: the answer is theirs
        return has(VOUCHED, text) and not untrue
    if problem is Problem.RECORDING:
        alone = ask.who is Who.NOBODY and has(SELF_ON_CAMERA, text)
        return alone and not has(OTHERS, text, guided=False)
    if problem is Problem.CONTACT:
        for_the_group = group_chats.without_group_number(text) != text  # the class's chat
        return for_the_group or not has(CONTACT_WORDS, without(EVERY_DAY, text), guided=False)
    if problem is Problem.BLOCK:
        return not has(BARRED, text, guided=False)
    if problem is Problem.POWER and only_their_own_affairs(ask):
        return True  # their boiler, their desks, their club's fundraiser
    if problem is Problem.POWER and ask.who is Who.CHILD:
        return paid_chores.offered_with_leave(text)
    if problem is Problem.POWER and ask.who in _SERVICE:
        return has(OWN_ORDER_EXTRA, text) and not has(PERK, text, guided=False)
    return False
