"""A trade's line: the florist's number asked of the wedding planner.

A number or an email of someone the user does not know is personal contact when it is a
person's own (`core.asks.requests.CONTACT_PERSONAL`): "the number of the cute barista", "the
cleaner's mobile". A trade's or a supplier's line is different: the florist, the caterer, the
photographer, the plumber give their number out to be called for work, and whoever works
with them (the wedding planner, the venue, the hotel) passes it on every week. "Ask the
wedding planner for the number of the florist", "the caterer's email so I can order the
cake", "the DJ's contact details" ask for that line.

The neighbours stay personal: the florist's "personal mobile", "home number" or "home
address", her Instagram or Snapchat, the number of "the cute florist", or a number with a
word of looks or of a private follow-up ("she was gorgeous", "so I can DM her", "ask her
out"). `without_trade_line` blanks the trade's line only when no such word is there.
Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.group_chats import PRIVATE_FOLLOW_UP
from core.asks.text import has, without, words

_TRADE = (
    r"(?:florist|caterer|catering company|baker|cake maker|cake lady|cake guy|photographer"
    r"|videographer|dj|band|decorator|planner|wedding planner|event planner|celebrant"
    r"|officiant|registrar|hairdresser|hair stylist|makeup artist|make-up artist|mua|printer"
    r"|stationer|tailor|dressmaker|seamstress|jeweller|jeweler|venue|marquee company|hire"
    r" company|supplier|vendor|contractor|plumber|electrician|locksmith|mechanic|builder|roofer"
    r"|gardener|landscaper|handyman|painter|carpenter|joiner|tiler|glazier|chimney sweep"
    r"|piano tuner|upholsterer|framer|removal company|removals firm|removal men|movers"
    r"|installer|fitter|surveyor|architect|accountant|solicitor|lawyer|notary|translator"
    r"|interpreter|tutor|driving instructor|childminder|nursery|kennels|cattery|dog groomer"
    r"|groomer|vet|farrier|magician|entertainer|face painter"
    r"|bouncy castle (?:company|man|guy)|ice cream van|food truck)"
)
"""Trades and suppliers who give their number out to be booked."""
_LINE = (
    r"(?:(?:phone |work |business |booking |office |shop |contact )?numbers?|contact details"
    r"|contact info|contact|details|email(?: address)?|e-mail(?: address)?|website|site|card"
    r"|business card|booking link|landline)"
)
_WHOSE = (
    r"(?:the|our|your|their|his|her|that|this) (?:wedding |event |party |usual |regular |same"
    r" |main |local |new |old |other )?"
)
TRADE_LINE = words(
    rf"{_LINE} (?:of|for) {_WHOSE}{_TRADE}s?\b",
    rf"{_WHOSE}{_TRADE}(?:'s|s') {_LINE}",
)
"""A trade's line ("the number of the florist", "the caterer's email", "the DJ's contact
details"), with no word that makes it a person's own ("personal", "home", "cute")."""
_PERSONAL = words(
    r"personal|home|own|mobile|cell|whatsapp|instagram|insta|snapchat|snap|socials|facebook"
    r"|tiktok|handle|address|ask (?:her|him|them) out|single|hit on|chat (?:her|him) up"
    r"|(?:she|he)(?:'s| is| was) (?:so |really )?(?:nice|lovely|sweet|cute|fit|hot|gorgeous"
    r"|beautiful|pretty|handsome|stunning)",
)
"""Words that make the line a person's own after all: a personal mobile, a home, a social
handle, a word of looks or of a date."""


def without_trade_line(text: str) -> str:
    """The text with a trade's line blanked out, so it reads as no personal contact;
    unchanged when a word of a private line, of looks or of a date is there."""
    if has(_PERSONAL, text, guided=False) or has(PRIVATE_FOLLOW_UP, text, guided=False):
        return text
    return without(TRADE_LINE, text)
