"""Other people's company walked into: their gathering, their talk, their room, their evening.

"Walk into a braai at Zoo Lake where I don't know anyone and ask to join", "paddle right into
a couple's convo between sets and just join in", "walk into another group's room at the
noraebang and ask to sing one song with them", "walk out to a table in the middle of their
anniversary dinner and ask them to taste my new dish": the people there gathered among
themselves, and an ask made from inside their circle leaves them no easy no.

A running club or a meetup where the user knows no one, a conversation the user is invited
into, the user's own family's anniversary dinner, or asking a group at the next table which
dish they would recommend stay fair: the shapes need the user inside someone else's
gathering, talk or room. `core.asks.intrusions` reads them; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_GATHERING = (
    r"(?:braai|barbecue|bbq|cookout|picnic|potjie|house party|garden party|birthday party"
    r"|family (?:lunch|dinner|gathering|party)|get-together|gathering|party|potluck|wedding"
    r"|reunion)"
)

JOINS_THEIR_COMPANY = words(
    r"(?:walk|barge|butt|wander) into a group of strangers\b|(?:rock|turn|show) up (?:at|to) (?:a"
    r"|some) stranger's\b|sit (?:down )?at (?:the )?(?:\w+ )?(?:tourists'?|strangers'?) table\b"
    r"|join the (?:family|couple|group)(?: \w+)? at the next table\b",
    rf"(?:walk|wander|stroll|rock|go|turn|barge|march|waltz)\w* (?:up )?(?:in)?to (?:a|an|some"
    rf"|their|another|someone's|a stranger's|strangers') (?:[\w'-]+ ){{0,2}}?{_GATHERING}\b"
    r"[^.!?;]{0,60}\b(?:don't|do not|doesn't|won't) know (?:anyone|anybody|a soul|any of them"
    r"|them)\b",
    r"(?:don't|do not) know (?:anyone|anybody|a soul|any of them)\b[^.!?;]{0,40}\b(?:ask"
    r" (?:if i can |if i could |to )|and (?:just )?)join\b(?! (?:a|the|their) (?:\w+ )?(?:club"
    r"|class|run|group run|session|meetup|course))",
    r"(?:a|the|some|two|random|their) (?:[\w-]+ )?(?:couple|strangers?|people|family|group|guys"
    r"|girls|surfers|mums|moms|dads|ladies|lads|women|men|tourists)(?:'s|s'|') (?:\w+ )?(?:convo"
    r"|conversation|chat|banter|talk|natter|gossip)\b[^.!?;]{0,40}\bjoin\b",
    r"(?:walk|wander|stroll|barge|burst|pop|go|march|stick my head)\w* (?:in)?to (?:another|a"
    r"|some|a random|the next|other|someone else's|strangers') (?:[\w-]+ )?(?:group|family"
    r"|party|couple|people|strangers?|table)(?:'s|s'|') (?:private )?(?:room|booth|box|cabana"
    r"|tent|compartment|karaoke room)\b",
    rf"(?:some|a|the|random|another|a random) (?:[\w-]+ )?(?:family|couple|group|strangers?|people"
    rf"|folks)(?:'s|s'|') (?:[\w-]+ ){{0,2}}?{_GATHERING}\b[^.!?;]{{0,100}}\b(?:join|play|have a"
    r" (?:bat|bowl|go|turn|game|kick|hit|knock|dance)|get a (?:bat|bowl|go|turn|game))\b",
)
"""A stranger's braai walked into where the user knows no one, a couple's talk joined, another
group's booked room walked into, a game at "some family's picnic" asked into."""

THEIR_OCCASION = words(
    r"(?:in the middle of|during|halfway through|mid-?way through) (?:their|a couple's|a"
    r" stranger's|strangers'|some couple's|the couple's|another (?:couple|table|family)'s)"
    r" (?:[\w'-]+ ){0,2}?(?:anniversary|engagement|proposal|birthday|date night|romantic"
    r"|honeymoon|retirement|graduation) (?:dinner|meal|lunch|toast|date|celebration|party"
    r"|speech|cake)\b",
)
"""A couple's or a stranger's occasion interrupted in the middle of it."""
