"""The user's looks or worth put to someone in other tongues: more of the judgement lexicon.

Users write cards in the words they think in: "preguntarle a la cajera si le parezco un hombre
atractivo" (whether I seem an attractive man to her), "si estoy riquísimo o no", "si tengo cara
de fea sin maquillaje", "si de verdad valgo algo como persona", "si los demás me odian en
secreto", "vragen of hij me knap vindt" (Dutch: whether he finds me good-looking), "kollarımın
yeterince büyük olup olmadığını, yoksa cılız mı göründüğümü" (Turkish: whether my arms are big
enough or I look puny), "jestli jsem hezkej" (Czech: whether I'm handsome), "ob ich zu dick
geworden bin" (German: whether I've got too fat), "hogy csúnya lettem-e" (Hungarian: whether
I've got ugly), "an eimai i pio omorfi" (Greek in Latin letters: whether I'm the prettiest),
"noter mon physique sur 10" (French: rate my body out of ten); and in English the forms the
other lexicons leave: "if this dress makes my hips look big", "if am fit or naw", "how many
points out of 10 my face is" (as a Korean "몇 점" is glossed). Each asks
someone to judge the user. A question about someone else's looks or about a thing ("si le
parece bonito el vestido para mi hija") names no verdict on the user and stays fair.
Fragments for `core.asks.judgement.JUDGEMENT`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_ES_LOOKS = (
    r"(?:atractiv[oa]|guap[oa]|guapísim[oa]|fe[oa]|feísim[oa]|lind[oa]|bonit[oa]|gord[oa]"
    r"|gordit[oa]|flac[oa]|viej[oa]|riquísim[oa]|sex[iy]|hermos[oa]"
    r"|horrible|chulo|chula|bell[oa])"
)
"""How the user looks, in Spanish as a question would put it."""

JUDGEMENT = (
    rf"si (?:le |les |te )?parezco (?:un |una )?(?:hombre |mujer |chico |chica |tipo )?(?:muy"
    rf" |m[aá]s |lo suficientemente )?{_ES_LOOKS}\b",
    rf"si (?:\w+ )?(?:estoy|soy|me veo|me ven|me encuentran|me encuentra) (?:muy |m[aá]s |bien"
    rf" |demasiado |tan )?{_ES_LOOKS}\b",
    r"si tengo cara de (?:fe[oa]|viej[oa]|cansad[oa]|enferm[oa]|pobre|tont[oa]|amargad[oa])",
    r"si (?:de verdad |realmente |en serio )?valgo (?:algo|la pena|nada)\b",
    r"si (?:\w+ ){0,6}me (?:odian|odia|detestan|detesta|tienen asco|soportan)\b",
    r"(?:solo |s[oó]lo )?me (?:tenían|tienen|tenía|tiene) l[aá]stima\b",
    r"of (?:hij|zij|ze|hem|haar|jij|je|mensen|iemand) (?:mij|me) (?:\w+ )?(?:knap|lelijk|mooi"
    r"|aantrekkelijk|dik|oud|sexy|leuk om te zien)(?: \w+)? (?:vindt|vinden|vind)\b",
    r"(?:of|als) ik (?:te |erg |nog )?(?:dik|lelijk|knap|mooi|oud|aantrekkelijk) (?:ben|word"
    r"|ben geworden|geworden ben)\b",
    r"(?:cılız|çirkin|şişman|kilolu|yaşlı|yakışıklı|güzel|zayıf|göbekli) (?:mı|mi) (?:göründüğümü"
    r"|olduğumu)|(?:kollarımın|göbeğimin|yüzümün|vücudumun|karnımın|bacaklarımın) (?:\w+ ){0,2}"
    r"(?:olup olmadığını|mı olduğunu)",
    r"jestli jsem (?:\w+ )?(?:hezk\w*|pekn\w*|hezka|o[sš]kliv\w*|tlust\w*|star\w*|sexy)\b",
    r"ob ich (?:\w+ ){0,4}(?:zu |so )?(?:dick|fett|alt|hässlich|hasslich|hübsch|hubsch|schön"
    r"|attraktiv|sexy) (?:geworden )?(?:bin|aussehe|wirke)\b",
    r"(?:csúnya|csunya|kövér|kover|öreg|oreg|ronda|szép|szep|dagadt) (?:lettem|vagyok)-?e\b",
    r"an eimai (?:o |i )?(?:pio )?(?:omorf\w*|wrai\w*|oraia|oraios|asxim\w*|xontr\w*|koukla"
    r"|ktipima)\b",
    r"not(?:er|e) (?:mon|ma|mes) (?:physique|visage|corps|look|t[eê]te|allure)\b|si je suis"
    r" (?:\w+ )?(?:beau|belle|moche|laide?|gros|grosse|attirante?|canon)\b",
    r"makes? my (?:\w+ )?(?:hips|bum|butt|arse|ass|arms|thighs|belly|stomach|tummy|nose|face"
    r"|legs|waist|bottom|chin) look (?:\w+ )?(?:big|bigger|fat|fatter|huge|wide|wider|old|older"
    r"|flabby|saggy)\b",
    r"(?:if|whether) am (?:\w+ )?(?:fit|hot|sexy|peng|buff|gorgeous|minging|honkin)\b",
    r"how many (?:points|marks|stars)\b[^.!?]{0,30}?\bmy (?:face|looks|body|figure|smile)\b"
    r"|my (?:face|looks|body|figure) (?:is |gets |would get |scores )?(?:out of|on a scale of)"
    r" (?:10|ten|100)\b",
)
"""Whether the user looks attractive, ugly, fat or old, is worth anything, or is hated in
secret, asked in Spanish, Dutch, Turkish, Czech, German, Hungarian, Greek in Latin letters,
French, and in the English shapes the other lexicons leave (a face scored in points)."""
