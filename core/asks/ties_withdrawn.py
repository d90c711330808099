"""A tie withdrawn over a no: a friendship over, a love doubted, a blame laid, the user gone.

`core.asks.strings_attached` and `core.asks.threats_abroad` read a friendship ended or a name
withdrawn in the shapes the earlier rounds wrote. The forty-second round's hands wrote more: "tell
my friend if he doesn't come to gym with me our dosti is over", "tell her I'll never forgive her if
she skips", "if she doesn't come to my show I'll know who my real friends are", "say I'm gone if it
isn't a yes by Friday", "tell her she not real ʻohana if she no show", and the same in other
tongues: Portuguese "se não me emprestar o carro nunca mais lhe ligo" (I'll never call her again),
Finnish "jos se ei tuu mökille, en puhu sille enää ikinä" (I'll never speak to him again), Bulgarian
"ако не ми даде пари назаем, значи не ме обича" (then she doesn't love me), Serbian "će ona biti
kriva ako ne dođe" (it will be her fault if she doesn't come). The forty-third round's hands wrote
the person deleted from the user's life ("if he doesn't he's deleted from my life forever"), a no
made to mean no love ("if he won't come, it means he doesn't love me", Polish "to znaczy, że mnie
nie kocha", Portuguese "é porque já não se importa com a mãe") and the user leaving home over it
("tell mum I'll run away if she doesn't", Korean "안 주면 집 나간다"). Each needs the no
beside it in the same sentence: a friendship that is over for other reasons, or the user gone
by nine whatever anyone says, is no tie held over a no. Read into the ask's `demands` through
`core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
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
    r"(?:(?:she|he|they)(?:'s| is|'re| are|'ll be| will be)|i(?:'ll| will)) (?:\w+ )?(?:deleted"
    r"|cut|blocked|erased|removed|gone) (?:him |her |them )?(?:from|out of) my life\b"
    r"|(?:dead|nothing|a stranger|strangers) to me\b",
    r"(?:it|that|this) (?:means|shows|proves) (?:that )?(?:she|he|they) (?:doesn't|does not"
    r"|don't|do not|never|no longer) (?:really |truly )?(?:love|care (?:about|for)|respect"
    r"|value) (?:me|us|this family|the family|(?:his|her|their) (?:mum|mom|mother|dad|father"
    r"|family))\b",
    r"i(?:'ll| will)? (?:leave home|run away(?: from home)?)\b",
)
"""A friendship, a love or the user's own presence withdrawn, or the person unnamed as real
family or a real friend."""

LOVE_AS_PROOF = words(
    r"if (?:he|she|they|you) (?:really |truly |actually |even )?(?:loved|cared (?:about|for)"
    r"|respected|valued) (?:me|us)\b,? (?:then )?(?:he|she|they|you)(?:'d| would| will|'ll)\b",
    r"(?:he|she|they|you)(?:'d| would) (?:do it|say yes|come|skip it|go|agree) (?:for me )?if"
    r" (?:he|she|they|you) (?:really |truly |actually )?(?:loved|cared about|respected) me\b",
)
"""A yes made the proof of love ("say if he loved me he would"): the no is made to mean none,
with no "if he doesn't" needed beside it."""

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
    r"\bje[śs]li nie\b[^.!?;]{0,80}?\b(?:to )?znaczy,? (?:że|ze) (?:\w+ )?(?:mnie|nas) nie"
    r" (?:kocha|szanuje|obchodz[ęe]|obchodzimy)|\bje[śs]li nie\b[^.!?;]{0,80}?\bnie (?:\w+ )?"
    r"(?:zale[żz]y (?:mu|jej) na mnie)\b",
    r"\bse (?:não|nao)\b[^.!?;]{0,80}?\b(?:é|e) porque (?:já )?(?:não|nao) (?:se importa|(?:me|nos)"
    r" (?:ama|quer bem|respeita)|gosta de mim|liga para mim|quer saber)",
    r"(?:안|못) ?\w*(?:면|으면)\b[^.!?;]{0,40}?(?:집(?:을|에서)? ?나간다|집 나갈|가출(?:한다|할)"
    r"|연락 (?:끊|안)|다시는 안 (?:봐|볼|만나))\w*",
)
"""The same withdrawn in Portuguese, Finnish, Bulgarian, Serbian, Italian, Polish ("jeśli nie
pojedzie ..., to znaczy, że mnie nie kocha"), Portuguese "se não me levar ..., é porque já não
se importa" and Korean ("용돈 안 주면 집 나간다고 하기", leaving home over a no), the no first."""


def withdraws_a_tie(text: str) -> bool:
    """Whether a sentence of the ask ties a friendship, a love, the person's name as family or
    the blame for it to the person's no, or makes a yes the proof of love."""
    if has(ENDED_ABROAD, text) or has(LOVE_AS_PROOF, text):
        return True
    return any(has(IF_NO, part) and has(TIE_ENDED, part) for part in _PARTS.split(text))
