"""Strangers described in passing, in English: by where they wait, by being random, by what
they are busy with; and the room or the queue a question holds up.

"Ask the mama waiting beside me if she can cover my fare", "see if a random person at the
petrol pump will fill up my tank for me", "random gym guy buys my shake", "ask di yute dem
outside di chicken shop fi gimme likkle money": the role lexicons find nobody named, but the
words say it is someone the user does not know, and money or a purchase is asked of them
(read into `core.asks.soft_touches.fishes_for_money`). "Stop a guy who's clearly rushing for
the Gautrain", "tap the headphones guy": someone busy with their own day, interrupted. "Her
life story while people wait behind me": the queue held up is on the spot too. "The wedding I
wasn't invited to": someone else's occasion joined uninvited. "In front of the whole room why
her slides were so bad": a judgement made to be answered before an audience. Asking the lady
beside me the time, a random guy the way, or a rushing commuter nothing stays fair.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

PASSERS_BY = words(
    r"(?:a|the|some) random (?:[\w-]+ ){0,2}?(?:person|people|guy|girl|man|woman|lady|bloke|lad"
    r"|stranger|passer-?by|couple)\b|^random (?:[\w-]+ )?(?:guy|girl|person|bloke|lad|dude)\b",
    r"(?:the|a) (?:[\w-]+ )?(?:mama|lady|woman|man|guy|bloke|girl|lad|passenger|commuter|auntie"
    r"|uncle) (?:\w+ )?(?:waiting|sitting|standing|queueing|queuing) (?:right )?(?:beside|next to"
    r"|behind|near|in front of) me\b",
    r"(?:a|the) (?:delegate|high roller|henna bride)\b|di yute dem\b|pick-?up parents\b",
    r"(?:(?:go|walk|wander|stroll) up to|approach|collar) (?:a|some) (?:fella|fellow|guy|man|woman"
    r"|lady|bloke|lad|girl|person|geezer|dude) (?:at|in|outside|by|near) (?:the|a)\b",
)
"""Someone the user does not know, described in passing: a random person, the woman waiting
beside the user, a delegate in a lobby, the high roller from the user's table, a fella the user
goes up to at the petrol station."""

MONEY_IN_PASSING = words(
    r"fill (?:up )?my (?:tank|car)\b|(?:buys?|buying|pay for|pays for|sponsor|sponsors|cover"
    r"|covers) my (?:[\w-]+ ){0,2}?(?:shake|coffee|drink|drinks|lunch|dinner|meal|food|cake"
    r"|membership|fare|ticket|petrol|fuel|gas|tank|bill|shopping)\b",
    r"(?:chip in|tip me)\b",
)
"""A purchase or a sum asked of them: a tank filled, a shake or a membership paid for."""

IN_A_RUSH = words(
    r"stop (?:a|the|some) (?:[\w-]+ )?(?:guy|man|woman|lady|girl|person|commuter|bloke|lad)"
    r" (?:who's|who is|that's|that is) (?:clearly |obviously |visibly )?(?:rushing|running"
    r"|hurrying|late|in a (?:rush|hurry))\b",
    r"tap (?:the|a|some) (?:headphones?|earphones?|earbuds?|airpods?) (?:guy|girl|man|woman|lady"
    r"|person|bloke|lad)\b",
)
"""Someone in a rush, or shut in their headphones, stopped or tapped for the user's ask."""

HELD_UP_BEHIND = words(
    r"while (?:the )?(?:people|others|everyone|a queue|the queue|the line|customers) (?:\w+ )?"
    r"(?:wait|waits|are waiting|is waiting|queue|queues|stand) behind me\b",
)
"""The queue behind the user kept waiting while a cashier is asked something."""

UNINVITED_OCCASION = words(
    r"(?:a|the) (?:wedding|party|birthday|reception|funeral|christening|bbq|barbecue|braai)"
    r" (?:i|we) (?:wasn't|weren't|was not|were not|am not|'m not|haven't been|have not been)"
    r" invited to\b",
)
"""Someone else's occasion the user says they were not invited to."""

BEFORE_THE_ROOM = words(
    r"in front of (?:the )?(?:whole|entire) (?:room|class|audience|team|office|hall|conference)"
    r" (?:why|how come)\b",
)
"""A question asked before an assembled room, which must be answered there."""
