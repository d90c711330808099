"""isiZulu words an ask turns on, in the English the rules read (`core.asks.gloss`).

Zulu writes its subject and object onto the verb ("ngimgone", that I hug her; "mboleke", lend
him), so each verb is keyed in the forms an ask takes: the plain "uku-" form, the "ngi-" (I)
and "ngim-" (I ... her) forms, and the "a-" forms a request puts on the one asked ("angigone",
that she hugs me). "Umama" is a mother or any older woman; one who sells fruit at the corner
is the second, and is read so."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"cela|ngicele|ukucela|cele|ngizocela|ngiyacela|mcele|bacele": "ask",
    r"buza|ngibuze|ukubuza|mbuze|babuze|ngizobuza": "ask",
    r"tshela|ngitshele|mtshele|ukutshela|batshele": "tell",
    r"mema|ngimeme|mmeme|ukumema": "invite",
    # lending, money, contact, pictures
    r"boleka|ngiboleke|mboleke|ukuboleka|ukungiboleka|angiboleke": "lend me",
    r"imali|amarandi|amaranda": "money",
    r"mahhala|mahala": "for free",
    r"isaphulelo|isephulelo": "a discount",
    r"inombolo yakhe|inombolo yocingo lwakhe|inamba yakhe": "her phone number",
    r"inombolo|inamba|inombolo yocingo": "a phone number",
    r"qopha|ukuqopha|ngiqophe|ngimqophe|ukumqopha|ngiqopha": "film",
    r"thwebula|ukuthwebula|ngithwebule|ngimthwebule|isithombe|izithombe": "take a photo",
    r"ngasese|ngokunyenya|ngaphandle kokwazi kwakhe|engazi|bengazi": "without her knowing",
    # touch, dates
    r"gona|ukugona|ngimgone|angigone|ukungigona|ngibagone|ukumgona": "a hug",
    r"qabula|ukuqabula|ngimqabule|angiqabule|ukumqabula": "a kiss",
    r"thinta|ukuthinta|ngimthinte|ngithinte": "touch",
    r"ukuphuma nami|aphume nami|phuma nami|siphume ndawonye": "go out with me",
    r"isoka lakhe|umyeni wakhe|indoda yakhe": "her boyfriend",
    r"ushadile|ushadile vele|unomyeni": "she is married",
    # singing, dancing
    r"cula|ukucula|ngicule|sicule|acule": "sing",
    r"dansa|ukudansa|sina|ukusina|sisine|asine|sidanse": "dance",
    r"ngezwi eliphezulu|ngomsindo omkhulu|ngokuzwakalayo": "loudly",
    # people and places
    r"umuntu engingamazi|ongamazi|isihambi|umfokazi|owesifazane engingamazi"
    r"|indoda engingayazi": "a stranger",
    r"umama othengisa|umama odayisa": "the woman selling",
    r"othengisa izithelo|odayisa izithelo|umthengisi wezithelo": "the fruit seller",
    r"umthengisi|othengisa|odayisa": "the seller",
    r"uweta|iweta|oweta": "the waiter",
    r"unesi|unesi osebenza": "the nurse",
    r"udokotela|udokotelakazi": "the doctor",
    r"umshayeli|umshayeli wetekisi": "the driver",
    r"umphathi wami|ibhosi lami|umqashi wami": "my boss",
    r"umngane wami|umngani wami|umngane": "my friend",
    r"umakhelwane|umakhelwane wami": "my neighbour",
    r"engisebenza naye|osebenza nami|ozakwethu": "my colleague",
    r"ebhasini|etekisini": "on the bus",
    r"esitolo|emakethe": "at the shop",
    r"emsebenzini": "at work",
    r"emgwaqweni": "in the street",
    # again, no, yes
    r"nsuku zonke|usuku nosuku|njalo ekuseni|njalo": "every day",
    r"futhi|godu|ngaphinde|kabili": "again",
    r"uthe cha|wathi cha|wenqaba|wala": "said no",
    r"aze avume|aze athi yebo|kuze avume": "until she says yes",
    r"cha": "no",
    r"yebo": "yes",
}
