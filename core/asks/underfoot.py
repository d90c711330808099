"""Ground that gives way, in words: old mine workings, river ice, a fence jumped into ruins.

"Go down the old drift above Cwmparc on my own with a torch, it's sealed but I know there's a
gap", "take the shortcut across the Wisła on the ice this January", "walk across the frozen St.
Lawrence in late March", "subir a la terraza del edificio abandonado saltando la reja", "bajar
a la mina abandonada de Sama con una linterna", "nachts über den Zaun ins Freibad klettern",
"go into the abandoned hospital at night on my own": sealed mine workings hold bad air and
falls, a river's ice is thin over the current whatever the month and rotten in the thaw, and a
fence jumped (in Spanish, Portuguese, German or French as in English) is trespass onto a roof,
into a pool or into ruins no one keeps safe. These are unsafe whoever is asked, so they join
`core.asks.danger.UNSAFE`. Each needs the place with the way in: a tour of the old mine with a
guide, skating on the rink's ice, a photo of the abandoned building from the street, or jumping
rope, stays fair. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_DISUSED = r"(?:old|abandoned|disused|derelict|sealed|flooded|closed|collapsed|ruined)"
_WORKINGS = (
    r"(?:mines?|mineshafts?|mine shafts?|shafts?|drifts?|adits?|workings|sewers?|culverts?"
    r"|catacombs|bunkers?)"
)
_GOES_IN = (
    r"(?:go|goes|going|climb|climbing|crawl|crawling|squeeze|squeezing|head|heading|venture"
    r"|sneak|get|wander)(?: back| down)? (?:down|into|in|inside|up)"
    r"|explor\w*"
)
_INTO_WORKINGS = (
    rf"(?:{_GOES_IN}) (?:the |an? |that |some )?(?:{_DISUSED} ){{1,2}}(?:[\w'-]+ )?{_WORKINGS}\b"
    r"(?![^.!?;]{0,60}\b(?:tour|museum|guided|with (?:a|the) guide))"
)
"""Into old workings or a sealed tunnel; a guided tour of the mine is the museum's own way."""
_THROUGH_A_GAP = (
    rf"(?:{_GOES_IN})\b.{{0,100}}\b(?:sealed|boarded(?: up)?|bricked(?: up)?|fenced(?: off)?)"
    r"\b[^.!?;]{0,40}\b(?:a gap|a hole|a way in|a way through|squeeze through)"
)
"""A place sealed against people, entered through the gap the user knows."""
_ABANDONED_AT_NIGHT = (
    r"(?:go|going|get|break|sneak|wander|walk)\w* (?:in|into|inside|round|around) (?:the |an? )?"
    r"(?:abandoned|derelict|condemned|disused) \w+\b[^.!?;]{0,40}\b(?:at night|after dark"
    r"|alone|on (?:my|your|me) own|by myself)"
)
_ON_RIVER_ICE = (
    r"(?:across|over|cross|crossing) (?:the )?(?!(?:road|street|pavement|sidewalk|car park|yard"
    r"|drive|path|rink)\b)[\w'-]+(?: river)? on (?:the )?ice\b"
)
"""Across a river or a lake on its ice, as a shortcut: the rink's ice is not it."""
_FROZEN_CROSSING = (
    r"(?:walk|cross|skat|driv|rid|cycl|run|hik|go|stroll|wander|trek)\w* (?:out )?(?:across"
    r"|over) (?:the |a )?frozen\b(?! (?:food|foods|yog\w*|section|aisle|dessert)\b)"
    r"|(?:on|onto|across|over) (?:the |a )?frozen\b[^.!?;]{0,60}\b(?:in|this|late|early|mid)"
    r" (?:\w+ )?(?:march|april|may|spring|the thaw)\b"
)
"""Across something frozen on foot or on wheels, or out on it in the thaw; ice fishing or a
skate at the rink names no crossing."""
_ICE_IN_THE_THAW = (
    r"(?:on|onto|across|over) (?:the )?ice\b(?![^.!?;]{0,40}\b(?:rink|arena|skating|hockey|pitch"
    r"|sculptures?|bar|hotel)\b)[^.!?;]{0,50}\b(?:in|this|late|early|mid) (?:\w+ )?(?:march"
    r"|april|may|spring|the thaw)\b"
)
"""Out on the ice in the thaw, whatever it is called ("walk with me on the ice of the Red in
April"): a river's ice rots from below in spring; the rink's ice does not."""
_JUMPED_IN_SPANISH = (
    r"(?:saltar|saltando|salte|saltamos|brincar|brincando|pular|pulando|trepar|trepando|escalar"
    r"|escalando) (?:la|el|a|o|una|um|uma|esa|essa) (?:valla|reja|verja|cerca|muro|tapia|grade"
    r"|port[oó]n|port[aã]o|alambrado)\b"
)
"""A fence, a gate or a wall jumped, in Spanish or Portuguese."""
_JUMPED_IN_OTHER_TONGUES = (
    r"(?:über|uber) (?:den|einen|die|das|eine) (?:\w+ )?(?:zaun|mauer|tor|gitter|absperrung)\w*"
    r"\b[^.!?;]{0,40}\b(?:kletter|spring|steig|hüpf|huepf)\w*|(?:kletter|spring|steig)\w*"
    r" (?:\w+ ){0,3}über (?:den|einen|die|das) (?:\w+ )?(?:zaun|mauer|tor|gitter)\w*\b"
    r"|(?:escalader|sauter|enjamber|passer par-dessus) (?:la|le|les|une|un) (?:cl[ôo]ture|grille"
    r"|grillage|barri[èe]re|mur|portail)\b"
)
"""A fence or a gate climbed, in German or French."""
_RUINS_IN_SPANISH = (
    r"(?:subir|entrar|meter|colar|trepar|explorar|bajar)(?:me|se|nos|te)?\b[^.!?;]{0,40}\b(?:edificio|edif[ií]cio"
    r"|casa|f[aá]brica|pr[eé]dio|hospital|hotel) (?:abandonad[oa]|en ruinas|em ru[ií]nas)"
)
"""A derelict building gone into or up, in Spanish or Portuguese."""
_WORKINGS_IN_SPANISH = (
    r"(?:bajar|entrar|meter|colar|explorar|descer)(?:me|se|nos|te)?\b[^.!?;]{0,40}"
    r"\b(?:mina|minas|t[úu]nel|t[úu]neles|galer[ií]as?|pozo|socav[óo]n|alcantarillas?|cuevas?)"
    r" (?:abandonad[oa]s?|viej[oa]s?|cerrad[oa]s?|inundad[oa]s?|derrumbad[oa]s?)\b"
)
"""Old or abandoned mine workings gone down into, in Spanish or Portuguese."""

_ICE_SAID_TO_HOLD = (
    r"(?:walk|walking|skate|skating|go|going|drive|driving|cross|crossing|step|stepping|head"
    r"|heading)\b (?:\w+ ){0,2}?(?:out )?(?:on|onto|across|over)\b[^.!?;]{0,80}\b(?:the )?ice"
    r" (?:should|will|'ll|must|would|ought to|is|'s|looks|seems) (?:\w+ )?(?:be )?(?:fine|ok"
    r"|okay|safe|thick enough|solid|strong enough|hold|holding)\b"
)
"""A lake walked out on by its name, the ice said to be fine ("walk out on Bde Maka Ska with me
in early December, ice should be fine"): what is said of ice no one has measured."""

ON_THE_WATER = r"(?:pond|lake|river|canal|reservoir|loch|lough|bay|harbour)"
"""Water that freezes: walking out on it means walking on its ice (`core.asks.danger`)."""

PATTERNS = (
    _INTO_WORKINGS,
    _ICE_SAID_TO_HOLD,
    _THROUGH_A_GAP,
    _ABANDONED_AT_NIGHT,
    _ON_RIVER_ICE,
    _FROZEN_CROSSING,
    _ICE_IN_THE_THAW,
    _JUMPED_IN_SPANISH,
    _JUMPED_IN_OTHER_TONGUES,
    _RUINS_IN_SPANISH,
    _WORKINGS_IN_SPANISH,
)
"""Each place with the way in; `core.asks.danger.UNSAFE` joins them to its own."""
