"""A no punished, in the forty-fourth round's wordings: an old rescue, a name, a welcome, a
friendship, or someone's past held over the answer.

"if he says no remind him who sorted him out with the police": a past rescue called in. "if he
refuse I go tell everybody for the park say he no be real friend": the person named a false
friend before everyone. "if he says no tell him he needn't bother visiting anymore": a welcome
withdrawn. "if she skips it our friendship is kind of over": a friendship ended, softened.
"if he won't give it, say i'll drop his cringe middle school pics in the group chat": someone's
photos or messages shown to others. "the whole street will know what he did at the party": a
secret told. And the same in other tongues, read as written because a friend or a neighbour is
known there: Spanish "si me dice que no ya no le hablo", Norwegian "sier han nei så får hele
Laksevåg vite hva han gjorde på julebordet".

Each needs the no beside it: "if you can't, no worries", a photo shared with a yes, a friend
reminded of a good time, a no answered with thanks, stay fair. Read into the ask's `demands`
through `core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

_THEY = r"(?:he|she|they|you|it|the \w+|my \w+|\w+)"
IF_NO = words(
    r"unless (?:he|she|they|you)\b",
    rf"if {_THEY} (?:\w+ )?(?:doesn't|don't|won't|wouldn't|refuses?|refused|says? no|said no|do"
    r" not|does not|will not|didn't|did not|no|isn't|is not|aren't|skips?|bails?|flakes?|misses?"
    r"|ditches?|declines?|turns? (?:me|it) down|can't be bothered)\b",
    r"(?:otherwise|or else)\b",
)
"""A no from the person, or a day skipped."""

PUNISHED = words(
    r"remind (?:him|her|them) (?:of )?(?:who|what i|how i|everything i|all i|all the times i)"
    r"\b[^.!?;]{0,40}\b(?:sorted|bailed|helped|saved|got|covered|did|lent|paid|rescued|stood"
    r"|vouched|kept)\b",
    r"(?:tell|telling|let) (?:\w+ ){0,3}(?:everyone|everybody|the whole \w+|all (?:his|her"
    r"|their|our) \w+|the group|people)\b[^.!?;]{0,40}\b(?:he|she|they) (?:is |'s |are |'re )?"
    r"(?:no be|not be|not|isn't|ain't|no|aren't|is not|never was|never been) (?:a |my |our )?"
    r"(?:real|true|proper|good) (?:friend|mate|bro|sis|brother|sister|neighbour|person)s?\b",
    r"(?:he|she|they|you) (?:needn't|need not|don't need to|shouldn't|should not|can't|cannot"
    r"|won't|will not) (?:ever )?(?:bother|expect to|think about|come|be) (?:\w+ )?(?:visiting"
    r"|coming|calling|dropping|popping|coming round|coming over|welcome)\b[^.!?;]{0,20}"
    r"\b(?:again|anymore|any more|ever again|no more)\b",
    r"(?:isn't|is not|aren't|are not|won't be|will not be) welcome (?:here |at mine |in my"
    r" (?:house|home|flat) )?(?:again|anymore|any more)\b",
    r"(?:our|the|this|my) (?:\w+ )?(?:friendship|bond|relationship|thing) (?:is|'s|will be|would"
    r" be|'ll be) (?:(?:kind of|kinda|sort of|sorta|basically|pretty much|probably|just|a bit"
    r"|over and) )?(?:over|done|finished|dead|through)\b",
    r"(?:not to|to not|never to) (?:bother )?(?:visit|visiting|come|coming|call|calling|drop"
    r"|dropping|pop|popping)(?: round| over| by| in)? (?:\w+ )?(?:again|anymore|any more)\b",
    r"(?:i'll|i will|i'm going to|i'm gonna|gonna|i go|i'll go) (?:\w+ )?(?:drop|post|share|leak"
    r"|send|put|upload|show|spread|forward|air)\b[^.!?;]{0,30}\b(?:his|her|their) (?:\w+ ){0,4}"
    r"(?:pics?|pictures?|photos?|videos?|vids?|screenshots?|messages?|texts?|dms?|selfies?"
    r"|nudes?|secrets?|diary|letters?)\b",
    r"(?:everyone|everybody|the whole \w+|all of \w+|all (?:his|her|their) \w+|the (?:street"
    r"|village|estate|office|school|group|family|neighbourhood|town)) (?:will|'ll|is going to"
    r"|are going to|gets? to|get) (?:know|hear|find out|learn) (?:about )?(?:what|how|who|why)"
    r" (?:he|she|they) (?:did|said|does|was|got up to)\b",
)
"""What the no is made to cost: an old rescue called in, a friend called false before
everyone, a welcome withdrawn, a friendship over (however softened), photos or messages shown,
a secret told."""

_PARTS = re.compile(r"[.!?;]")

ABROAD = words(
    r"\bsi (?:me |te |le )?(?:dice|dices|dicen|contesta) que no\b[^.!?;]{0,40}?\b(?:ya no|nunca"
    r" más|nunca mas|no) (?:le|te|les|la|lo) (?:vuelvo a |vuelves a |vuelva a )?(?:hablo|hablas"
    r"|hables|hablaré|hablare|hablarás|hablar"
    r"|llamo|saludo|miro)\b",
    r"\bsi no\b[^.!?;]{0,60}?\b(?:se acab[óo]|se terminó|adiós a) (?:la|nuestra) amistad\b",
    r"\b(?:sier|svarer) (?:han|hun|de|dere|du) nei\b[^.!?;]{0,60}?\b(?:får|skal|vil) (?:hele|alle)"
    r"\b[^.!?;]{0,40}?\b(?:vite|høre|få vite)\b",
    r"\bse (?:ela|ele|eles|elas|tu|você|voce) (?:não|nao)\b[^.!?;]{0,80}?\b(?:eu )?(?:nunca mais"
    r" (?:lhe |te )?(?:falo|ligo|visito)|(?:não|nao) (?:precisa|precisas) de (?:aparecer|vir"
    r"|voltar))\b",
    r"\bse (?:não|nao)\b[^.!?;]{0,80}?\b(?:não|nao) (?:precisa|precisas) de (?:aparecer|vir"
    r"|voltar)\b",
    r"\bjak (?:\w+ )?odm[óo]wi\b[^.!?;]{0,60}?\bnie (?:przyjd[ęe]|przyjad[ęe]|b[ęe]d[ęe]"
    r"|odezw[ęe]|odwiedz[ęe])\b",
    r"\bhvis (?:han|hun|de) (?:ikke|sier nei)\b[^.!?;]{0,60}?\b(?:får|skal|vil) (?:hele|alle)"
    r"\b[^.!?;]{0,40}?\b(?:vite|høre)\b",
)
"""The same in Spanish ("ya no le hablo"), Norwegian ("så får hele Laksevåg vite ..."),
Portuguese ("se ela não vier ... eu nunca mais falo com ela", "não precisa de aparecer no
Natal") and Polish ("a jak odmówi, powiedzieć że nie przyjdę na święta")."""


def punishes_a_no(text: str) -> bool:
    """Whether a sentence of the ask sets a cost of this round's kinds on the person's no."""
    if has(ABROAD, text):
        return True
    return any(has(IF_NO, part) and has(PUNISHED, part) for part in _PARTS.split(text))
