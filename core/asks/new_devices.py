"""The user's own new phone: help setting it up is no way round anyone's block.

`core.asks.persistence.gets_round_block` reads a new number, a new account or a friend's phone
as a way round a no. A new phone the user asks help with ("set up the WhatsApp on my new
phone") is neither, unless a message to someone goes out from it. Over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

NEW_DEVICE_SETUP = words(
    r"(?:set up|setting up|teach (?:me|us)|show (?:me|us)|install|installing|transfer"
    r"|transferring|move|moving|sync|syncing"
    r"|configure|download|downloading|put|get|getting|working)"
    r" (?:(?!(?:text|messag|call|ring|dm|contact|reach|write to|add|follow|whatsapp)\w*"
    r" (?:my|her|him|them|his|their|the|that|this|[\w]+'s)\b)[\w']+ ){0,7}?"
    r"(?:on|onto|to|from|with) (?:my|our|the|a|her|his) new (?:phone|mobile|tablet|laptop|computer"
    r"|ipad|iphone|device)\b"
)
"""Help with the user's own new phone ("set up the WhatsApp on my new phone", "help me get
set up with a new phone"): a device, not a way round someone's block. A message sent from it
("get my mate to text my ex from a new phone") is not setting it up."""
