"""Tribute taken on the strength of the user's position: money, treats and wages given back.

"As chairman of the committee, ask the new members to give me part of their harvest";
"now I am foreman, ask the new sweepers to give 100 rupees each from their salary for my tea";
"as MC, tell the newbies they buy me a pint"; "contribute to my new organ shoes; as
choirmaster they would hardly refuse". The user names the role that gives them a hold over
the people asked (a line, a crew, a team, a committee, a choir) and asks something for
themselves: money, a gift, a round, a cut of what the people earn or grow. Asking the team
to chip in for the team's kit, or the choir for the forms, is the role itself and stays fair:
each shape needs something given to the user ("buy me", "give me red packets", "for my
tea"). Wages given back to whoever pays them ("give back part of their wage", "put their
bonuses back into the company") are tribute whoever asks. Read into `trades_on_position`
through `core.asks.off_limits`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ROLE = (
    r"(?:leader|team leader|line leader|captain|skipper|chair(?:man|woman|person)?|president"
    r"|foreman|forewoman|supervisor|manager|boss|head \w+|chief|ceo|owner|director|overseer"
    r"|gaffer|ganger|mukadam|encargado|capataz|choir ?master|choir ?director|conductor|coach"
    r"|mc|emcee|host|headliner|organi[sz]er|promoter|warden|matron|prefect|senior)"
)
"""A role that gives its holder a hold over a team, a line, a crew or a stage's newcomers."""
_I_HOLD = (
    rf"(?:\bas (?:the |their |a |an )?(?:[\w-]+ ){{0,3}}?{_ROLE}|\b(?:i'm|i am|ako)(?: now)? (?:the"
    rf" |their |a |an |ang )?(?:[\w-]+ )?{_ROLE})\b"
)
"""The user saying they hold the role: "as encargado", "now I am mukadam", "I am leader now"."""
_TO_ME = (
    r"(?:give|hand|pass|bring|send)\w* (?:me|us) (?:\S+ ){0,4}?(?:red packets?|ang ?paos?"
    r"|hong ?baos?|envelopes?|money|cash|tips?|gifts?|presents?|cut|share|part|portion|percentage"
    r"|bribes?|harvest|produce|bottles?|drinks?|pints?|beers?|food|lunch|dinner|snacks)\b",
    r"buy (?:me|us) (?!time\b)\S+",
    r"(?:give|pay|hand over|chip in|contribute|donate)\w* (?:\S+ ){0,4}?(?:from|out of)"
    r" (?:their |his |her )?(?:salary|salaries|wages?|pay|tips|earnings)\b",
    r"(?:contribute|chip in|donate)\w* (?:\S+ ){0,3}?(?:to|for|towards) my (?!(?:\w+ )?(?:team"
    r"|squad|class|club|choir|group|crew|students|pupils|players|members|paypal|account|bank"
    r"|venmo|revolut|kitty|pot|fund|fundraiser|collection|appeal|charity)\b)",
    r"(?:each|every one|everyone|all) (?:\w+ )?(?:brings?|gives?|pays?|contributes?|hands?"
    r"|sends?|chips? in) (?:me |us )?(?:[$£€]\s?\d[\d,.]*k?|\d[\d,.]*(?:k\b| ?(?:shillings|bob"
    r"|naira|cedis|rand|kwacha|quid|bucks|dollars|euros|pounds|rupees|pesos))|money|cash)"
    r" (?:\w+ ){0,2}?(?:for|to) (?:me|us|my|our) (?!(?:\w+ )?(?:team|squad|class|club|choir"
    r"|group|crew|stage|kitty|pot|fund|fundraiser|collection|charity)\b)",
)
"""Something given to the user: money, a round, a gift, a cut of their pay, or so much a head
brought for the user's own kin ("each brings 2k for my sister")."""
_GIVEN_BACK = (
    r"(?:give|hand|pay|kick) (?:\w+ ){0,2}?back (?:part|some|a (?:part|cut|share|portion"
    r"|percentage)|half|\d+ ?%) of (?:their|his|her) (?:wages?|pay|salary|salaries|tips"
    r"|bonus(?:es)?|earnings|pay ?cheques?)\b",
    r"(?:put|give|pay|hand) (?:their|his|her) (?:wages?|pay|salary|salaries|tips|bonus(?:es)?"
    r"|earnings) back (?:into|to)\b",
)
"""Wages, tips or bonuses handed back to whoever pays them."""

PATTERNS = (
    *(rf"{_I_HOLD}.{{0,120}}\b{given}" for given in _TO_ME),
    *(rf"{given}[^.!?]{{0,80}}{_I_HOLD}" for given in _TO_ME),
    *_GIVEN_BACK,
)
"""Each hold with what it takes; `core.asks.off_limits.TRADES_ON_POSITION` joins them."""
