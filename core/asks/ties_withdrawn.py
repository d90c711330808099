"""A tie withdrawn over a no: a friendship over, a love doubted, a blame laid, the user gone.

`core.asks.strings_attached` and `core.asks.threats_abroad` read a friendship ended or a name
withdrawn in the shapes the earlier rounds wrote. The forty-second round's hands wrote more:
"tell my friend if he doesn't come to gym with me our dosti is over", "tell her I'll never
forgive her if she skips", "if she doesn't come to my show I'll know who my real friends
are", "say I'm gone if it isn't a yes by Friday", "tell her she not real ʻohana if she no
show", and the same in other tongues: Portuguese "se não me emprestar o carro nunca mais lhe
ligo" (I'll never call her again), Finnish "jos se ei tuu mökille, en puhu sille enää ikinä"
(I'll never speak to him again), Bulgarian "ако не ми даде пари назаем, значи не ме обича" (then
she doesn't love me), Serbian "će ona biti kriva ako ne dođe" (it will be her fault if she
doesn't come). Each needs the no beside it in the same sentence: a friendship that is over
for other reasons, or the user gone by nine whatever anyone says, is no tie held over a no.
Read into the ask's `demands` through `core.asks.hard_nos`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

IF_NO = words(
    r"unless (?:he|she|they|it|you)\b",
    r"if (?:he|she|they|it|you) (?:\w+ )?(?:doesn't|don't|won't|wouldn't|refuses?"
    r"|says? no|do not|does not|will not|didn't|did not|no|isn't|is not|aren't|skips?|bails?"
    r"|flakes?|misses?|ditches?|can't be bothered)\b",
)
"""A no from the person, or a skipped day ("if she skips", "if she no show", "if it isn't a
yes")."""

TIE_ENDED = words(
    r"(?:our|the|this|my) (?:\w+ )?(?:friendship|dosti|dostana|yaari|bond|relationship"
    r"|marriage|engagement|partnership|thing) (?:is|'s|will be|would be|'ll be) (?:over|done"
    r"|finished|dead|through)\b",
    r"i(?:'ll| will|'d| would)? (?:never|not|won't|will not) (?:ever )?forgive (?:her|him|them"
    r"|you)\b",
    r"i(?:'ll| will)? (?:know|find out|see) who (?:my|your|his|her) (?:real|true) (?:friends"
    r"|family|mates) (?:are|is)\b",
    r"i(?:'m| am) (?:gone|out of here|outta here|walking|leaving (?:you|him|her|them))"
    r"(?= if\b| unless\b|[,.!?;]|$)",
    r"(?:she|he|they|you)(?:'s|'re| is| are)? (?:not|no|ain't|isn't|aren't) (?:my |our |a )?"
    r"(?:real|true|proper) (?:ʻohana|'ohana|ohana|family|friend|sister|brother|mate|bro|sis"
    r"|cousin|blood|whānau|whanau)\b",
)
"""A friendship, a love or the user's own presence withdrawn, or the person unnamed as real
family or a real friend."""

_PARTS = re.compile(r"[.!?;]")

ENDED_ABROAD = words(
    r"\bse (?:não|nao)\b[^.!?;]{0,80}?\b(?:nunca mais|não|nao) (?:\w+ )?(?:lhe |te |a |o )?"
    r"(?:ligo|falo|visito|apareço|venho|peço|vejo|chamo|telefono)\b",
    r"\bjos (?:\w+ )?ei\b[^.!?;]{0,80}?\ben (?:\w+ ){0,2}(?:enää|ikinä|koskaan)\b",
    r"\bако не\b[^.!?;]{0,80}?\b(?:значи )?(?:не ме|той не ме|тя не ме) (?:обича|уважава|цени)\b",
    r"\b(?:biti|bit će|će biti|bice|biće|ce biti) kriv[aio]?\b[^.!?;]{0,60}?\bako ne\b"
    r"|\bako ne\b[^.!?;]{0,60}?\b(?:biti|bit će|će biti|biće) kriv[aio]?\b",
    r"\bse non\b[^.!?;]{0,80}?\bnon (?:\w+ )?(?:ti|gli|le) (?:parlo|parler[òo]|chiamo|chiamer[òo]"
    r"|rivolgo) (?:più|mai più)\b|\bse non\b[^.!?;]{0,80}?\bnon mi (?:vuole|ama) (?:bene)?\b",
)
"""The same withdrawn in Portuguese, Finnish, Bulgarian, Serbian and Italian, the no first."""


def withdraws_a_tie(text: str) -> bool:
    """Whether a sentence of the ask ties a friendship, a love, the person's name as family or
    the blame for it to the person's no."""
    if has(ENDED_ABROAD, text):
        return True
    return any(has(IF_NO, part) and has(TIE_ENDED, part) for part in _PARTS.split(text))
