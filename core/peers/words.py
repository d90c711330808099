"""Rules for words other people will read: no way to reach or find someone, no insults.

A board alias or a note is read by people who never agreed to be contacted or insulted,
so text that carries contact details (a phone number, an e-mail address, a link, a
@handle), or an insult or slur, is held rather than shown. The rules are deliberately
broad: a held alias costs its writer one retry; a shown phone number cannot be unshown.
Crisis language is screened separately, by the care screener, before these run.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Problem(StrEnum):
    CONTACT = "contact"
    """A phone number, e-mail address, link or @handle: a way to reach someone."""
    INSULT = "insult"
    """An insult or slur, aimed at anyone."""


_PHONE = re.compile(r"(?:\d[\s().\-/]*){6,}")
_EMAIL = re.compile(r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+\s*(?:\.|\(dot\)|\[dot\])\s*\w+")
_LINK = re.compile(
    r"(?:https?://|www\.|\b[\w-]+\.(?:com|net|org|io|me|gg|co|uk|de|ru|app|link)\b"
    r"|t\.me/|discord\.gg|wa\.me/)",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?:^|[\s(])@[A-Za-z0-9_.]{3,}")
_CONTACT_WORDS = re.compile(
    r"\b(?:whats\s*app|telegram|insta(?:gram)?|snap(?:chat)?|tiktok|discord|signal|"
    r"dm me|message me|text me|call me|my number|add me)\b",
    re.IGNORECASE,
)

# Words that insult or demean a person or a group. Kept short and plain on purpose:
# a word here is matched whole (after folding accents and repeated letters), so
# "Scunthorpe" or "grass" do not trip it.
_INSULTS = frozenset(
    {
        "idiot", "idiots", "stupid", "moron", "morons", "loser", "losers", "dumb", "dumbass",
        "imbecile", "cretin", "pathetic", "worthless", "ugly", "fatso", "freak", "creep",
        "bitch", "bitches", "bastard", "slut", "whore", "cunt", "twat", "wanker", "prick",
        "dick", "dickhead", "asshole", "arsehole", "jerk", "scum", "pig", "retard",
        "retarded", "spaz", "cripple", "fuck", "fucker", "fucking", "motherfucker", "shit",
        "shithead", "piss", "nigger", "nigga", "faggot", "fag", "dyke", "tranny", "spic",
        "kike", "chink", "gook", "paki", "wetback", "coon", "gyp", "gypsy", "raghead",
        "towelhead", "kaffir", "beaner",
    }
)  # fmt: skip
_WORD = re.compile(r"[a-z]+")


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    plain = plain.translate(str.maketrans("013457@$", "oleastas"))
    return re.sub(r"(.)\1{2,}", r"\1", plain)


def contact(text: str) -> bool:
    """Does the text hold a way to reach someone?"""
    return any(
        rule.search(text) is not None for rule in (_PHONE, _EMAIL, _LINK, _HANDLE, _CONTACT_WORDS)
    )


def insult(text: str) -> bool:
    words = _WORD.findall(_folded(text))
    return any(w in _INSULTS or w.rstrip("s") in _INSULTS for w in words)


def problem(text: str) -> Problem | None:
    """The first reason the text should not be shown to others, or None."""
    if contact(text):
        return Problem.CONTACT
    if insult(text):
        return Problem.INSULT
    return None
