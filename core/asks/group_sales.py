"""Selling to a group the user belongs to, in its chat or its room: friends, a cohort, a team.

"Post in my law cohort group chat that I'm selling Herbalife shakes, they're my friends so
they should support me", "sell my brigadeiros in the friends group chat and tag everyone":
the whole group is asked at once, before each other, and saying no to a friend's wares is
what `core.asks.manners.SELL_TO_CLOSE` already reads as being put on the spot. The rules
may find nobody, or a stranger, as the one asked, so the group chat itself is the sign.
Asking the group chat for advice or a lift, or telling it the date of a show, sells
nothing. The same wares pitched in person to a breakroom or a Sunday meeting (`_GATHERING`)
put each person there on the spot the same way. It matches the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_SELL = (
    r"(?:sell|selling|sells|flog\w*|hawk\w*|pitch\w*|promot\w*|advertis\w*|push(?:ing)?"
    r" (?:my|our)|market(?:ing)? (?:my|our)|take orders|taking orders|orders? for my)"
)
_CHAT = (
    r"(?:group ?chats?|groupchats?|whatsapp groups?|wa groups?|telegram groups?|chat groups?"
    r"|(?:class|family|team|friends|cohort|uni|college|school|work|office|church|gym|squad"
    r"|mums'?|moms'?|parents'?|neighbou?rhood|building) (?:chat|group|whatsapp|slack|discord)"
    r"|discord server)"
)
_IN_THE_CHAT = (
    rf"(?:in|on|to|into|across|over) (?:my|our|the|every|all (?:my|our|the)) (?:[\w'-]+ ){{0,3}}?"
    rf"{_CHAT}\b"
)

_WARES_SOLD = (
    r"(?:sell|flog|hawk|pitch|market|advertise)\b(?! in\b| (?:(?:my|our|an?|the|this)"
    r" )?(?:\w+ )?(?:idea|ideas|proposal|plan|project|case|suggestion|design|talk|paper|research"
    r"|volunteering|fundraiser|charity)\b)"
)
_FELLOWS = (
    r"(?:everyone|everybody|every(?:one|body) else|all|them all|the (?:whole )?(?:team|office"
    r"|congregation|brethren|group|lads|guys|girls|ladies|men|women|brothers|sisters)|my (?:guys"
    r"|boys|girls|mates|lads|people|brothers|sisters|brethren|team|colleagues|co-?workers"
    r"|workmates|church family|fellowship|group)|(?:my|our) (?:fellow )?(?:church )?members)"
)
_GATHERING = (
    r"(?:break ?room|staff ?room|staff kitchen|lunch ?room|canteen|office|work|shop floor|church"
    r"|mosque|chapel|fellowship|bible study|cell group|choir practice|(?:\w+ )?meeting|meetup"
    r"|service|morning huddle|standup|stand-up)"
)
"""Wares pitched in person to a room the user belongs to ("pitch my cousin's skincare line to
everybody in the breakroom", "sell my wife's shea butter to my guys at our Sunday meeting"):
as in the chat, each one must say no before the others. An idea or a project pitched at a
meeting sells nothing."""

_OWED_SUPPORT = (
    r"(?:buy|sell|invest|purchase|order|chip in)\w*\b[^!?]{0,120}?\b(?:friends?|mates|family"
    r"|relatives)\b(?: \w+){0,3}? (?:must|should|have to|has to|need to|needs to|ought to|are"
    r" obliged to|are supposed to) (?:\w+ )?(?:support|back|buy from)\b"
)
"""Wares sold to friends with their friendship named as the reason they must buy ("ask all my
friends to buy my powder, they are my friends so they must support my business"): a no is
made a failure of friendship, so each is put on the spot. Asking friends whether they would
like one, or to share the page, leaves them free."""
_FRIENDS = r"(?:friends|mates|bros|pals|buddies|homies|lads|boys|girls|crew|squad|gang)"
_TO_MY_FRIENDS = (
    rf"{_WARES_SOLD} (?:my|our|\w+'s|\w+s') [^.!?]{{0,50}}?\bto (?:all )?(?:my|our)"
    rf" (?:\w+ )?{_FRIENDS}\b"
)
"""Wares, the user's or a relative's, sold in person to the user's friends as a group ("sell my
sister's Herbalife shakes to my friends from Thursday futebol", "sell my wax and the new
hoodies to my mates at the pub quiz, they'll buy to be nice"): each must say no to a friend
before the others, as `core.asks.manners.SELL_TO_CLOSE` reads for fewer words. Telling one
friend the user's old bike is for sale, or asking the group whether anyone wants it, sells
nothing to anyone in particular."""
SELLS_TO_A_GROUP = words(
    _TO_MY_FRIENDS,
    _OWED_SUPPORT,
    rf"{_SELL}\b[^.!?]{{0,60}}?\b{_IN_THE_CHAT}",
    rf"{_IN_THE_CHAT}[^.!?]{{0,60}}?\b{_SELL}\b",
    rf"{_CHAT}\b[^.!?]{{0,80}}\btag (?:everyone|everybody|all of them|each|them all|every \w+)",
    rf"{_WARES_SOLD}[^.!?]{{0,60}}?\bto {_FELLOWS}\b(?: \w+){{0,2}}? (?:in|at|after|during|before)"
    rf" (?:the |our |my |this |sunday'?s? )?(?:[\w'-]+ ){{0,2}}?{_GATHERING}\b",
)
"""Wares sold or pitched in a chat of friends, classmates or family, or everyone tagged one
by one in it so they have to answer."""
