"""A private line asked of someone the user knows only from their work or from serving them.

"Get the croupier's WeChat before she goes off shift": the line of someone named by their job
at a table, a bar or a wheel (a croupier, a waitress, a valet, a driver), a chat app or a
personal cell rather than the house's number. "Kid who bagged my groceries at Meijer, get his
cell so I can text him": someone known only from the service they did the user. "Ask the Uber
Eats driver for his cell so I can just order direct from him next time": a worker's own line
asked to go round the platform they work for, which may cost them the job. Each is theirs to
give, not a counter's to hand over, read like "her own number" in
`core.asks.doorsteps.PRIVATE_LINE_ASKED`, which `core.asks.decide` holds against staff,
counters, strangers and people the words leave unnamed. A business's own page ("the bakery's
Instagram"), a tradesman's number for a job, and a line asked of a friend stay fair.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_WORKER = (
    r"(?:croupier|dealer|waiter|waitress|barista|bartender|barman|barmaid|valet|cashier|driver"
    r"|courier|rider|teller|server|bouncer|lifeguard|receptionist|hostess|attendant|usher"
    r"|masseuse|masseur|cleaner|stewardess|steward|flight attendant|cabbie|bagger|checker"
    r"|doorman|concierge|nurse|physio|hygienist|trainer|instructor|stylist|hairdresser|tattooist"
    r"|tattoo artist|delivery (?:guy|girl|man|woman|boy|driver)|shop (?:girl|boy|assistant))"
)
_OWN_LINE = (
    r"(?:own |personal |private )?(?:wechat|insta(?:gram)?|snap(?:chat)?|whatsapp|cell(?:phone)?"
    r"|mobile|digits|tiktok|fb|facebook|line id|kakao(?:talk)?|telegram|viber|zalo|socials"
    r"|handle|@)"
)
_SERVED_ME = (
    r"(?:kid|guy|girl|lad|boy|lady|woman|man|dude|bloke|fella|chick|teen|teenager)"
    r" (?:who|that) (?:bagged|served|rang up|scanned|delivered|drove|poured|made|brought|cut"
    r"|checked|seated|parked|carried|packed|did|waxed|fixed) (?:me|my|our|us)\b"
)

SERVED_LINES = (
    rf"(?:the|that|this|our|my) (?:[\w-]+ ){{0,3}}?{_WORKER}'s {_OWN_LINE}",
    rf"{_SERVED_ME}[^.!?;]{{0,60}}?\b(?:get|ask for|ask him for|ask her for|grab|take)"
    rf" (?:his|her|their) (?:number|numbah|{_OWN_LINE})",
    r"(?:for|get) (?:her|his) (?:cell|cellphone|mobile|digits|number|numbah|whatsapp) so (?:i|we)"
    r" (?:can|could) (?:just )?(?:order|book|buy|hire|pay) (?:\w+ ){0,2}?direct(?:ly)?"
    r" (?:from|with|through) (?:her|him)\b",
)
"""A worker's chat app or personal cell, the line of someone known from serving the user, and
a worker's line asked to go round the platform they work for."""
