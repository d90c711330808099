"""Unsafe asks in other tongues: a roof, a drop, a fence at night, drink before the wheel.

"Pedirle a las nenas que me acompañen a subirnos al techo de la escuela de noche", "que me
reten a tirarme del muro del Malecón cuando la ola esté alta", "manejar a la casa después de
la peda", "bebiendo caña y después manejamos", "un motoconcho ... sin casco por la autopista",
"nos colemos de noche a la obra del metro", "subir a la azotea del edificio en obra a
medianoche"; in Czech "v noci vlezou přes plot do opuštěné továrny"; in Greek written in Latin
letters "na skarfalwsoume nyxta ton Lefko Pyrgo apo ekso"; in Dutch "achterop terwijl ik dronken
... fiets"; in Turkish "8. kattaki balkondan sarkarken"; in German "trotz Sturmwarnung
rausfahren"; in Hungarian "ugorjanak a Balatonba éjjel a móló végéről"; in Polish "w nocy
przez płot na zamknięty basen"; in Romanian "un străin să mă ia cu mașina noaptea"; in
Tagalog "tumalon sa tulay ... walang life vest"; in French "conduire après la soirée, il a bu
que 4 bières". The English lexicons of `core.asks.danger` read a roof, a fence, a helmet and a
drink only in English, so none of these was unsafe. Each reading needs the act with its
hazard: a roof climbed (a rooftop terrace only at night or on a building site), a jump off a
wall, a pier or a bridge, a fence crossed at night or into a closed place, the wheel with the
drink, no helmet or life vest, a storm warning, a stranger's car at night. A rooftop bar, a
swim at the beach in the day, a lift from a sober friend or a helmet worn stay fair.
`core.asks.danger.UNSAFE` joins them; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_NIGHT = (
    r"(?:de noche|en la noche|por la noche|a medianoche|a la medianoche|de madrugada|en la"
    r" madrugada|v noci|o půlnoci|nyxta|nychta|nixta|νύχτα|τη νύχτα|'s nachts|'s avonds laat"
    r"|nachts|in der nacht|mitternacht|éjjel|éjszaka|w nocy|o północy|noaptea|la miezul nopții"
    r"|geceleyin|gece yarısı|gece|sa gabi|hatinggabi|la nuit|de nuit|à minuit)"
)
"""Night, in Spanish, Czech, Greek, Dutch, German, Hungarian, Polish, Romanian, Turkish,
Tagalog or French."""
_ROOF_CLIMBED = (
    r"(?:(?:sub(?:irnos|irme|irse|imos)|trep(?:ar|arnos|arme|amos)|escal(?:ar|arnos|amos))"
    r" (?:\w+ ){0,2}?|sub(?:ir|o|iré|amos) )(?:al|a el|por el|hasta el|en el) (?:\w+ )?(?:techo"
    r"|tejado|techito)\b(?! del (?:carro|coche|auto|camión|camion|camioneta|taxi|bus|jeep))"
)
"""A roof climbed onto in Spanish ("subirnos al techo", "trepar al tejado"); "subir" straight
before the roof, so the cases put up on the car's roof ("subir las maletas al techo") are not
the user climbing, nor is the roof of a car."""
_TERRACE_AT_NIGHT = (
    r"(?:sub(?:ir|irnos|irme|amos|o|iré|imos)|trep(?:ar|arnos|arme)|dej[ae] subir) (?:\w+ ){0,2}?"
    r"(?:a la|por la|hasta la) azotea\b[^.!?;]{0,60}?\b(?:en obra|en construcción|abandonad[oa]"
    rf"|{_NIGHT})"
)
"""A rooftop terrace climbed to at night or on a building site; hanging the washing is fair."""
_JUMPED_OFF = (
    r"(?:tirar(?:me|nos|se)|lanzar(?:me|nos)|aventar(?:me|nos)|echar(?:me|nos)|saltar|brincar"
    r"|clavar(?:me|nos))\b (?:\w+ ){0,1}(?:del|de la|desde el|desde la|desde lo alto del) (?:\w+ )?"
    r"(?:muro|puente|acantilado|malecón|malecon|techo|balcón|balcon|azotea|roca|peñasco|barranco"
    r"|risco|muelle|espigón|espigon|viaducto|edificio)\b",
    r"(?:ugor\w*|ugr(?:ani|ik|anak|anék|unk|ok|ott)\w*)\b[^.!?;]{0,60}\b(?:éjjel|éjszaka|sötétben"
    r"|móló\w*|hídról|szikláról)",
    r"(?:tumalon|tatalon|talon) sa (?:tulay|bangin|bubong|talampas)",
    r"(?:balkondan|çatıdan|köprüden|pencereden|uçurumdan|kayalıktan) (?:\w+ )?(?:sark\w*|atla\w*"
    r"|sallan\w*)",
    r"(?:skarfal\w*|σκαρφαλ\w*)\b[^.!?;]{0,60}\b(?:nyxta|nychta|nixta|νύχτα|apo ekso|apo exw"
    r"|από έξω|απ' έξω)|(?:nyxta|nychta|nixta|νύχτα)\b[^.!?;]{0,40}\b(?:skarfal\w*|σκαρφαλ\w*)",
)
"""A jump off a wall, a bridge or a pier, in the dark or into high waves; a tower climbed from
outside at night; a body hung off a balcony."""
_FENCE_AT_NIGHT = (
    rf"{_NIGHT}\b[^.!?;]{{0,40}}\b(?:přes|pres|przez) (?:ten |tu )?(?:plot|płot|zeď|zed|mur"
    r"|ogrodzenie|bránu|branu)\b",
    r"(?:přes|pres|przez) (?:ten |tu )?(?:plot|płot|zeď|zed|mur|ogrodzenie|bránu|branu)\b"
    rf"[^.!?;]{{0,40}}\b(?:{_NIGHT}|opušt\w*|opust\w*|zamknięt\w*|zamknut\w*|zavřen\w*|zavren\w*)",
    r"(?:vlez|vlézt|vlezt|vleze|vlezou|vlezeme|wskocz|wlezie)\w*\b[^.!?;]{0,60}"
    r"\b(?:opušt\w*|opust\w*|zamknięt\w*|opuszczon\w*)",
    r"(?:col(?:ar|arnos|arme|emos|amos|ó|é)|nos colamos|meter(?:nos|me)|metemos)\b[^.!?;]{0,30}"
    rf"\b(?:{_NIGHT})\b[^.!?;]{{0,40}}\b(?:obra|construcción|fábrica|bodega|vías|terreno|edificio"
    r"|piscina|alberca|zoológico|cementerio)",
)
"""A fence climbed at night or into a place shut or abandoned; a building site got into at night."""
_UNPROTECTED = (
    r"sin (?:el |un |su )?(?:casco|chaleco(?: salvavidas)?|cinturón|cinturon)\b"
    r"|ohne (?:helm|schwimmweste|rettungsweste|gurt)\b|zonder (?:helm|zwemvest|reddingsvest"
    r"|licht|lampjes)\b|walang (?:life ?vest|salbabida|helmet|helmit)\b|sans (?:casque"
    r"|gilet(?: de sauvetage)?|ceinture)\b|bez (?:helmy|přilby|prilby|vesty|kasku|kamizelki)\b"
    r"|kasksız|can yeleksiz|fără (?:cască|casca|vestă)|fara (?:casca|vesta)"
    r"|xwris (?:kranos|sosivio)|χωρίς (?:κράνος|σωσίβιο)",
    r"sturmwarnung|unwetterwarnung|(?:trotz|bei) (?:dem |des )?sturm\w*|stormwaarschuwing"
    r"|alerta de tormenta|avis de tempête|fırtına uyarısı",
)
"""No helmet, life vest or belt, by any of these names; a storm warning set aside."""
_AT_THE_WHEEL = (
    r"(?:manejar|manejo|manejamos|maneja|manejas|manejando|manejaré|manejaremos|conducir|conduzco"
    r"|conducimos|conduciendo|conduciré|conduce|agarrar el volante)"
)
"""Taking the wheel in Spanish, not "el conductor" or "la conducta"."""
_DRINK_THEN_WHEEL = (
    rf"{_AT_THE_WHEEL}\b[^.!?;]{{0,60}}\b(?:después de|despues de|tras|saliendo"
    r" de) (?:la|una) (?:peda|borrachera|parranda|juerga|farra|pedota|chupa|pisteada|bebedera)\b",
    r"(?:(?:bebiendo|tomando|chupando|pisteando) (?:\w+ )?(?:caña|ron|cervezas?|chelas|guaro"
    r"|aguardiente|tequila|mezcal|pisco|whisky|vino|tragos|copas|birras|fernet|vodka|pulque"
    r"|chicha|romo|chupitos)|echando tragos|emborrach\w*|pisteando)\b[^.!?;]{0,60}\b"
    rf"{_AT_THE_WHEEL}\b",
    r"(?:conduire|prendre le volant|ramener)\b[^.!?;]{0,60}\b(?:il|elle|ils|elles) (?:a|ont)"
    r" (?:\w+ )?bu\b|(?:conduire|prendre le volant)\b[^.!?;]{0,30}\baprès avoir bu\b",
    r"(?:dronken|bezopen|beschonken)\b[^.!?;]{0,40}\b(?:fiets|fietsen|rijd|rijden"
    r"|rij|auto|scooter|brommer|achterop)\b|(?:achterop|fiets\w*|rijd\w*|rijden)\b[^.!?;]{0,40}"
    r"\b(?:dronken|bezopen|beschonken)\b",
    r"(?:betrunken|besoffen|angetrunken) (?:\w+ ){0,3}(?:fahren|fahre|ans steuer)\b",
)
"""The wheel with the drink, in Spanish, French, Dutch or German."""
_STRANGERS_CAR = (
    r"(?:străin|strain|necunoscut)\w*\b[^.!?;]{0,40}\b(?:să mă (?:ia|ducă|duca)|sa ma (?:ia|duca))"
    r"|(?:în|in) (?:mașina|masina) (?:unui|lui) (?:străin|strain|necunoscut)\w*",
)
"""A stranger's car, in Romanian: "un străin să mă ia cu mașina"."""

PATTERNS = (
    _ROOF_CLIMBED,
    _TERRACE_AT_NIGHT,
    *_JUMPED_OFF,
    *_FENCE_AT_NIGHT,
    *_UNPROTECTED,
    *_DRINK_THEN_WHEEL,
    *_STRANGERS_CAR,
)
"""Each act with its hazard; `core.asks.danger.UNSAFE` joins them to its own."""
