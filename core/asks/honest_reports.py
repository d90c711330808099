"""Losses reported and rewards claimed: true statements the deception lexicons hear as lies.

"Tell the bank my card was stolen so they block it" reports a theft for the one thing a
true report is for, stopping the card; "say ... was stolen" is how a false insurance claim is
worded too, so only a report whose purpose is to block, cancel or freeze the thing lost is
read as the truth, not one to have it replaced or paid for. "Claim my free coffee with the
loyalty card" claims a reward the card has earned, not a claim that something is so.
`core.asks.plain_truths` joins these, so the slots read deception with them blanked out;
"tell the bank my card was stolen so they refund me", "claim my card was stolen" and "claim
I'm a member" still refuse. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_LOST = (
    r"(?:(?:bank |credit |debit |contactless |travel |sim |id |oyster |transit |bus )?cards?|phone"
    r"|mobile|passport|wallet|purse|chequebook|cheque book|keys?|key fob|licen[cs]e|sim|laptop"
    r"|tablet|ipad|bike|car)"
)
_STOPPED = r"(?:block|cancel|freeze|stop|deactivate|disable|lock|suspend|cut it off|wipe)"
"""What a true report of a loss is for: the thing stopped. A replacement or a payout is what
a false one is for, so they are not read as the truth."""
_REWARD = (
    r"(?:free (?:\w+ )?(?:coffee|drink|tea|cup|pastry|donut|doughnut|meal|burger|sandwich|cake"
    r"|cookie|ice cream|smoothie|wash|haircut|ride|ticket|item|refill)s?|rewards?|reward \w+"
    r"|points|stamps?|prize|voucher|cashback|loyalty (?:reward|bonus|discount|gift|treat)s?)"
)

PATTERNS = (
    rf"(?:tell|report|let)\w* (?:\w+ ){{0,3}}?(?:know )?(?:that )?(?:my|our) (?:\w+ )?{_LOST}"
    r" (?:was|were|has been|have been|got|is|are|went) (?:lost|stolen|nicked|missing|taken)"
    rf"(?= (?:so|and|to|so that) (?:they|it|he|she|i|we|you)? ?(?:can |could |will |'ll |may )?"
    rf"{_STOPPED}\b)",
    rf"claim(?:ing)? (?:my|our|the|a) {_REWARD}(?= (?:with|on|using|from|off) (?:the|my|our)"
    r" (?:\w+ )?(?:loyalty|rewards?|stamp|points|member(?:ship)?|coffee|club) (?:card|app)\b"
    r"|[.,!?;]|$)",
)
"""A loss reported so the card or phone is stopped; a reward claimed that the card earned."""
