"""A verdict on the user's looks or worth asked bluntly: in idioms, inverted, or in French,
Spanish, German and Portuguese.

"Ask the lassies in the canteen if I'm a catch or a lost cause", "if I'm worth a damn or just
dead weight they put up with", "am I someone people secretly find annoying?", "is my belly too
soft to be teaching core class?", "si je suis encore beau gosse pour mon âge", "si en el pueblo
me tienen manía", "ob sie mich heimlich nicht leiden können", "se me acham chata": each puts
the user to others for a verdict, however it is framed ("it's for growth", "we have a feedback
culture"), which no card may ask.

Fair neighbours stay fair: whether there's a catch in a contract, whether the user's old phone
is a lost cause or an old boat worth a damn, "I'm a lost cause at maths, so ask my tutor"
(the user describing themself), whether the soup is too salty, "is my hair too long for the
pool rules", "si je suis en retard", "ob sie mich morgen anrufen können" (whether they can
ring me tomorrow). Fragments for `core.asks.judgement.JUDGEMENT`, over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

_ME = r"(?:am i|(?:if|whether) (?:i'm|i am))"
"""The user put as a question: "I'm a lost cause at maths, so ask my tutor" describes the user
and asks nobody to judge them."""
_FOUND = (
    r"(?:annoying|boring|weird|creepy|rude|ugly|unattractive|difficult|irritating|tiresome"
    r"|cringe|cringey|unlikeable|too much|awkward|arrogant|off-putting|exhausting|dull"
    r"|embarrassing|unbearable)"
)
_BODY = (
    r"(?:belly|bum|butt|stomach|tummy|arms|thighs|chin|nose|face|body|legs|teeth|skin|gut"
    r"|hairline|ears|figure|bod|physique|muffin top|love handles)"
)
_TOO = (
    r"(?:soft|fat|big|flabby|saggy|chubby|wobbly|ugly|old|wrinkly|hairy|skinny|thin|small|large"
    r"|crooked|pale|dark|podgy|round|heavy|lumpy|jiggly)"
)
_FR_LOOKS = (
    r"(?:beau|belle|beau gosse|belle gosse|moche|laid|laide|gros|grosse|vieux|vieille|canon"
    r"|sexy|attirante?|jolie?|ennuyeux|ennuyeuse|chiante?|nulle?|mignonne?|bonne|ringarde?"
    r"|pathétique|relou)"
)
_ES_DISLIKE = (
    r"me (?:tienen|tiene|tenían|tenian) (?:\w+ )?man[ií]a|(?:les|le|te) caigo (?:mal|gordo|fatal"
    r"|pesad[oa])|me (?:odian|odia|detestan|detesta|soportan|soporta|aguantan|aguanta|desprecian)\b"
)
_DE_DISLIKE = (
    r"mich (?:\w+ ){0,2}(?:nicht (?:leiden|ausstehen|mögen|mag)|hass(?:en|t)|doof finden|nervig"
    r" finden|peinlich finden|hässlich finden)"
)

JUDGEMENT = (
    rf"{_ME} (?:\w+ ){{0,2}}(?:a catch\b(?!-)|a lost cause|dead weight|a charity case|a pity case"
    r"|worth a (?:damn|dime|toss|fig|penny|light|thing|shit|jot))",
    rf"{_ME} (?:\w+ ){{0,2}}(?:a looker|a stunner|a snack|eye candy|peng|leng|buff|butters)\b",
    r"(?:am i|(?:if|whether) (?:i'm|i am|i've become|i have become|i've turned into))"
    r" (?:someone|somebody|the (?:kind|sort|type) of"
    rf" (?:person|guy|girl|man|woman)) (?:that |who )?(?:people|they|others|you|everyone|anyone"
    rf"|the \w+) (?:\w+ )?(?:find|finds|consider|considers|think is|would call) {_FOUND}\b",
    rf"(?:is|are) my (?:\w+ )?{_BODY} (?:getting |looking |a bit |way )?too {_TOO}\b",
    rf"(?:si|est-ce que|est ce que) (?:je suis|j'suis|chuis) (?:\w+ ){{0,2}}?{_FR_LOOKS}\b"
    rf"|suis-je (?:\w+ )?{_FR_LOOKS}\b|(?:si|s') ?(?:ils|elles|on|il|elle) me trouvent?"
    rf" (?:\w+ )?{_FR_LOOKS}\b",
    rf"(?:si|que) (?:[\w']+ ){{0,4}}?(?:{_ES_DISLIKE})",
    rf"\bob (?:[\w']+ ){{0,3}}?{_DE_DISLIKE}\b|\bob ich (?:\w+ ){{0,2}}(?:hässlich|dick|fett"
    r"|schön|attraktiv|langweilig|nervig|alt|peinlich|hübsch) (?:bin|aussehe|wirke)\b",
    r"se (?:eu )?(?:sou|estou|t[ôo]) (?:\w+ )?(?:bonit[oa]|fei[oa]|gord[oa]|chat[oa]|velh[oa]"
    r"|gat[oa]|lind[oa])\b|se (?:\w+ ){0,2}me acham (?:\w+ )?(?:bonit[oa]|fei[oa]|gord[oa]"
    r"|chat[oa]|velh[oa]|gat[oa]|lind[oa]|insuport[aá]vel)\b",
)
"""A catch or a lost cause, worth a damn or dead weight, someone people find annoying, a belly
too soft, and looks or dislike asked in French, Spanish, German and Portuguese."""
