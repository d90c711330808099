"""An ask staged before an audience so that the answer is watched: a no made public to corner.

"Ask the principal for more classroom budget at the staff meeting, in front of everyone, so
she's cornered", "ask my brother for the generator in the family WhatsApp group so everyone
sees his answer", "during announcements ask Bwalya to host next practice, in front of the whole
church, yes or no right there", "bring it up loud at Mum's birthday lunch so she can't weasel
out", "tag him in the market's group about the NT$500 he borrowed so the whole market sees, he'll
have to pay up". `core.asks.watched_noes` reads a room counted on because the person "can't say
no"; these say the same with other purposes: the person cornered, their answer put on show,
demanded on the spot, no way to wriggle out, a debt of theirs shown to everyone.

A proposal, moving in, money or a car asked before the largest audiences needs no purpose
said ("ask my girlfriend to marry me on the jumbotron", "ask my boyfriend to move in with me in
front of his whole family at sunday lunch", "propose with a flash mob and the whole crowd
watching", Turkish "herkesin önünde kuzenime arabasını ... sormak"): a no there is a shaming,
unless the couple talked it over first or a public proposal was wished for.

Each needs the audience (in front of everyone, loudly, the family group chat, the whole church)
and the purpose together: a plan posted in the group "so everyone sees it", a quote got in
writing "so they can't back out", a question asked at a town hall "so everyone hears his
answer", or a surprise announced in front of everyone, stays fair. Read into the ask's
`demands` through `core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEY = r"(?:he|she|they)"
_CROWD = (
    r"(?:everyone|everybody|all|the others|the rest|people|the whole \w+(?: \w+)?|the family"
    r"|the (?:\w+ )?(?:group|chat|team|staff|class|church|congregation|market|street|village"
    r"|office|table))"
)
AUDIENCE = words(
    rf"(?:in front of|before) (?:\w+ ){{0,2}}?{_CROWD}",
    r"(?:in front of|before) (?:all )?(?:his|her|their|our|my) (?:\w+ )?(?:friends|family"
    r"|colleagues|staff|team|girlfriend|boyfriend|wife|husband|partner|kids|parents|mates)",
    r"loud(?:ly)?|out loud|publicly|in public|for all to (?:see|hear)",
    r"(?:in|on|into) (?:the|our|my) (?:[\w-]+ ){0,2}?(?:group ?chat|gc|whatsapp(?: group)?"
    r"|group|chat|channel|page|群組)",
    r"(?:during|at|in) (?:the )?(?:announcements|assembly|staff meeting|team meeting|all-hands"
    r"|town hall|agm|service|mass)",
    r"(?:at|during) (?:\w+'s |the |our |my )?(?:\w+ )?(?:birthday|christmas|easter|eid|diwali"
    r"|tet|family) (?:lunch|dinner|party|do|gathering|braai|barbecue|bbq)",
    rf"so {_CROWD} (?:can |will |gets? to |could )?(?:sees?|hears?|knows?|watch(?:es)?)",
)
"""Onlookers: in front of everyone, loudly, the family group chat, during announcements, at
Mum's birthday lunch."""
SHOWN = words(rf"so {_CROWD} (?:can |will |gets? to |could )?(?:sees?|hears?|knows?|watch(?:es)?)")
"""The onlookers named as the point: "so the whole market sees"."""

_ASKED_OF_THEM = words(r"\bask\w* (?:\w+ ){0,3}?(?:for|to)\b", r"\b(?:tag|bring it up)\b")
"""Something asked of the person for the user (a thing, a favour), not a question put to them
("ask the minister about the budget")."""

CORNERED = words(
    rf"so (?:that )?{_THEY}(?:'s| is|'re| are|'ll be| will be| gets?| feels?) (?:\w+ )?"
    r"(?:cornered|trapped|boxed in|pinned down|on the spot|stuck)\b",
    r"(?:corner|trap|box in|pin down) (?:him|her|them)\b",
    r"(?:yes or no|an answer|a yes|the answer) (?:right )?(?:there|then|on the spot|there and"
    r" then|in front of)",
    rf"so (?:that )?{_THEY} (?:can't|cannot|can not|won't be able to|couldn't) (?:\w+ )?(?:weasel"
    r"|wriggle|worm|wiggle|squirm|duck|slip|sneak|get|back) (?:out|away)\b",
    rf"{_THEY}(?:'ll| will|'d| would) (?:just )?(?:have|need) to (?:pay up|cough up|give in|cave"
    r"|say yes|agree)\b",
)
"""The purpose the audience serves: the person cornered, a yes or no demanded there and then,
no way out, a yes or a payment they will have to give."""

ANSWER_ON_SHOW = words(
    rf"so {_CROWD} (?:can |will |gets? to |could )?(?:sees?|hears?|knows?|watch(?:es)?)"
    r" (?:whether |if |what )?(?:his|her|their|he|she|they) (?:answer|answers|reply|replies"
    r"|response|says?|decides?|refuses?)\b",
)
"""The answer put on show: "so everyone sees his answer"."""

DEBT_ON_SHOW = words(
    rf"(?:{_THEY}|(?:my|our) \w+) (?:still )?(?:borrowed|owes?|owed|hasn't paid|never paid"
    r"|never returned)\b",
)
"""A debt of theirs, shown to onlookers named as the point ("about the NT$500 he borrowed so the
whole market sees"); asked back in the flat's group chat, it is only asked."""


BIG_AUDIENCE = words(
    r"(?:on|onto|up on) (?:the )?(?:big screen|jumbotron|kiss ?cam|stadium screen|scoreboard"
    r"|video board)\b|flash ?mob",
    r"(?:the )?(?:whole |entire )?(?:crowd|stadium|restaurant|mall|arena|square|plaza|church"
    r"|hall) (?:is |are |all )?(?:watching|looking on|waiting|cheering)\b",
    r"in front of (?:\w+ ){0,2}?(?:everyone|everybody|the whole \w+|(?:all|both) (?:of )?(?:our"
    r"|his|her|their) (?:families|relatives|friends)|(?:his|her|their|our) (?:whole |entire"
    r" )?(?:family|families|relatives|clan|barkada|village))\b",
    r"(?:no|num|en el|en la|na|en) (?:tel[ãa]o|pantall[óo]n|pantalla gigante|kiss ?cam)\b"
    r"|(?:na frente de|diante de|delante de|frente a|enfrente de) (?:todos|todo mundo|toda a"
    r" (?:família|familia)|toda la familia|todo el mundo)\b",
)
"""A crowd at its largest: the big screen, a flash mob, the whole stadium watching, his whole
family at the table."""
BIG_ASK = words(
    r"propos(?:e|ing) to\b|(?:marriage )?proposal\b(?! (?:for|on|about|to the))"
    r"|pop(?:ping)? the question|marry me|move in (?:with me|together)|be my (?:wife|husband)",
    r"pedi\w* (?:\w+ ){0,3}?em casamento|pedirle (?:la mano|matrimonio)|que se case conmigo"
    r"|(?:morar|vivir|irse a vivir) (?:comigo|conmigo|juntos)",
    r"(?:lend|loan|give|borrow|for|pay|cover)\w* (?:\w+ ){0,4}?(?:money|cash|(?:a )?loan|car"
    r"|savings|deposit|rent)\b|\b(?:money|cash|car|savings)\b (?:\w+ ){0,3}?(?:give|lend"
    r"|loan)\w*",
)
"""A life asked for (a proposal, moving in) or a big favour (money, a loan, the car)."""
AGREED = words(
    r"(?:we've|we have|we) (?:already )?(?:talked|discussed|agreed|planned|chosen|picked)\b",
    r"(?:she|he|they)(?:'s| has| have)? (?:always )?(?:wanted|asked for|dreamed of|dreams of)"
    r" (?:a )?(?:public|big|surprise)|already (?:engaged|said yes)|(?:she|he|they) knows?\b",
)
"""A proposal talked over first, or a public one wished for: the yes is theirs already."""


def asks_big_before_a_crowd(text: str) -> bool:
    """A proposal, moving in, money or a car asked before the largest audiences (the big
    screen, a flash mob, his whole family, everyone at the wedding): a no there shames them
    before all, so none is free, unless the two have talked it over."""
    return has(BIG_AUDIENCE, text) and has(BIG_ASK, text) and not has(AGREED, text)


def corners_before_an_audience(text: str) -> bool:
    """Whether the ask is put before onlookers so as to corner the person, demand an answer
    there and then, show their answer or their debt to everyone."""
    if asks_big_before_a_crowd(text):
        return True
    if not has(AUDIENCE, text):
        return False
    if has(CORNERED, text):
        return True
    if not has(_ASKED_OF_THEM, text):
        return False
    return has(ANSWER_ON_SHOW, text) or (has(SHOWN, text) and has(DEBT_ON_SHOW, text))
