"""A no given in the tongues of Europe and Turkey, and the same ask planned past it.

"mi jefe dijo que no al aumento y fue clarísimo, igual se lo pido otra vez hoy y mañana", "ya
me dijo que no dos veces pero hoy le vuelvo a preguntar", "Ella ya me dijo que no le interesa,
pero le volveré a escribir hoy", "Sie hat dreimal nein gesagt. Ich frage heute nochmal,
irgendwann wird sie weich", "mijn huisgenoot zei nee maar ik blijf het vragen tot ie het zat
is", "elle m'a dit non hier. je redemande aujourd'hui, et demain", "Colegul mi-a zis clar că nu
vrea. Îl mai întreb azi, și mâine, până cedează", "kamos rekl ze mi auto nepujci, tak se budu
ptat znova a znova", "Müşteri zaten hayır dedi ama tekrar tekrar arayacağım", "A sógornőm már
kétszer nemet mondott. Ma harmadszor is megkérdezem", "o Nikos mou eipe oxi, tha ton rwtaw
kathe mera": a no in Spanish, German, Dutch, French, Romanian, Czech, Turkish, Hungarian or
Greek (in its letters or in Latin ones), and beside it the next try in the same tongue. Some
words only exist to wear a no down and need no reported no: "hasta que se canse", "irgendwann
wird sie weich", "tot ie het zat is", "jusqu'à ce qu'elle dise oui", "până cedează", "dokud
nerekne ano", "mexri na pei nai".

Fair neighbours stay fair: a no with no next try ("mi jefe dijo que no al aumento, le pregunto
qué puedo mejorar"), a next try with no no ("le vuelvo a preguntar a mi abuela cómo hace el
pan"), a no taken to someone else ("the bank said no, so ask another bank").
`core.asks.asked_again` reads this into `repeats_after_no`; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

NO_GIVEN = words(
    r"(?:dijo|dice|ha dicho|dijeron|contestó|respondió) (?:que )?(?:no|nel)\b(?! (?:hay|sé|se"
    r"|sabe|sabía|puede (?:venir|ir))\b)|(?:me|nos) (?:rechazó|rechazaron|negó)\b",
    r"nein gesagt|(?:sagte|sagt|hat) (?:\w+ )?nein\b|(?:hat|haben) (?:\w+ ){0,3}abgelehnt",
    r"(?:zei|zegt|heeft) (?:\w+ )?nee\b|nee gezegd|(?:weigerde|weigert)\b",
    r"(?:m'a|m'ont|a|ont|nous a) dit non\b|(?:m'a|a|ont) refusé",
    r"(?:mi-a|mi-au|ne-a|a) (?:zis|spus) (?:clar |deja )?(?:că )?(?:nu|ca nu)\b|(?:m-a|a) refuzat",
    r"(?:rekl|řekl|rekla|řekla|rekli|řekli)\w* (?:ze|že)? ?(?:\w+ ){0,3}ne\w+|(?:odmítl|odmitl)\w*",
    r"hayır (?:dedi|demişti|diyor)|reddetti|istemediğini söyledi",
    r"nemet (?:mondott|mondta)|elutasított\w*|azt mondta,? hogy nem\b",
    r"(?:mou|mas|m') ?(?:eipe|ipe|eipan|ipan) (?:oxi|ochi)\b|μου είπε όχι|(?:arnithike|αρνήθηκε)",
)
"""A no in Spanish ("me dijo que no"), German ("nein gesagt"), Dutch ("zei nee"), French
("m'a dit non"), Romanian ("mi-a zis clar că nu"), Czech ("řekl, že mi ho nepůjčí"), Turkish
("hayır dedi"), Hungarian ("nemet mondott") or Greek ("mou eipe oxi")."""

AGAIN = words(
    r"(?:otra vez|de nuevo) (?:hoy|mañana|el \w+|cada|pero)|(?:se lo|le|la|lo) (?:pido|pregunto"
    r"|escribo|llamo|invito) (?:otra vez|de nuevo)|v(?:ue|o)lv\w* a (?:pedir|preguntar|escribir"
    r"|llamar|invitar|insistir|mandar)(?:le|les|la|lo)?|preguntar otra vez|de otra (?:forma|manera)"
    r"|voy mañana y pasa\w*",
    r"(?:frage|fragen|frag|schreibe|rufe) (?:\w+ ){0,2}(?:nochmal|noch ?mal|noch einmal|erneut"
    r"|wieder)\b|jeden tag (?:wieder|nochmal)",
    r"blijf (?:het |haar |hem )?(?:\w+ )?vragen|(?:vraag|vragen) (?:\w+ ){0,2}(?:nog een keer"
    r"|opnieuw|weer)\b",
    r"redemand\w*|(?:redemander|demander|demande) (?:encore|à nouveau|de nouveau)",
    r"(?:îl|il|o) mai (?:întreb|intreb|rog|sun)|(?:întreb|intreb) (?:din nou|iar)",
    r"(?:ptat|ptám|ptam|zeptam|zeptám) (?:\w+ )?(?:znova|znovu|zase|pořád|porad)|znova a znova"
    r"|znovu a znovu",
    r"tekrar (?:tekrar )?(?:arayacağım|soracağım|yazacağım|isteyeceğim|gideceğim)"
    r"|(?:yine|bir daha) (?:soracağım|arayacağım|isteyeceğim)",
    r"(?:harmadszor|másodszor|negyedszer|újra|megint|ismét) (?:is )?(?:megkérdez\w*|kérdez\w*"
    r"|kér\w*|hív\w*)",
    r"(?:tha|θα) (?:ton|tin|την|τον) (?:rwtaw|rotao|ρωτάω|ρωτώ) (?:kathe mera|κάθε μέρα|ksana"
    r"|xana|ξανά)|(?:ksana|xana|ξανά) (?:tha )?(?:ton|tin) (?:rwtisw|rotiso|rwtaw)",
)
"""The next try in the same tongues: "se lo pido otra vez hoy y mañana", "le volveré a
escribir", "volver a pedirle" (the pronoun written onto the verb), "se lo vuelvo a pedir",
"ich frage heute nochmal", "ik blijf het vragen", "je redemande", "îl mai întreb", "budu se
ptát znova", "tekrar tekrar arayacağım", "harmadszor is megkérdezem", "tha ton rwtaw kathe mera"."""

WEARS_DOWN = words(
    r"hasta que (?:se canse|se harte|ceda|afloje|me diga que s[ií])|a la tercera es la vencida",
    r"irgendwann wird (?:sie|er) weich|bis (?:sie|er) (?:ja sagt|nachgibt|weich wird)",
    r"tot (?:ie|hij|ze|zij) (?:het zat is|ja zegt|toegeeft|overstag gaat)",
    r"jusqu'à ce qu'(?:elle|il|ils|elles) (?:dise|disent|accepte|acceptent|cède|cèdent)",
    r"până (?:cedează|acceptă|zice da|spune da|se satură)",
    r"(?:dokud|az|až) (?:ne)?(?:rekne|řekne|reknou|řeknou) ano",
    r"(?:\d+\.|beşinci|üçüncü) aramada evet|evet (?:diyene|deyene) kadar",
    r"(?:mexri|μέχρι) (?:na|να) (?:pei|πει) (?:nai|ναι)",
)
"""Words that only wear a no down, in the same tongues."""


def asks_again_past_it(text: str) -> bool:
    """Whether the words wear a no down, or report a no with the next try planned."""
    return has(WEARS_DOWN, text) or (has(NO_GIVEN, text, guided=False) and has(AGAIN, text))
