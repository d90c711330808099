"""Someone filmed, photographed or called and put on a page, in French, Swedish, Serbo-Croatian,
Bengali, Malayalam, Spanish and Hawaiʻi Pidgin, and asks streamed or posted unblurred in English.

"filmer le poissonnier du Vieux-Port quand je lui demande une ristourne, pour mon snap", "filma
expediten när jag ber om rabatt och lägga upp det på TikTok", "snimaj prodavačicu na pijaci dok
je pitam za popust i stavi na insta", "jhalmuri mama ke ekta funny proshno kore reaction ta
TikTok er jonno film korbo", "അടുത്ത ടേബിളിലെ കുഞ്ഞിന്റെ ഫോട്ടോ എടുത്ത് ഇൻസ്റ്റയിൽ ഇടണം",
"llamar a la pizzería pidiendo una pizza gratis de broma y poner el audio en mi podcast",
"take video of da uncle at da swap meet when I ask fo' discount, post um fo' laughs", "stream
my ask to the barista from the chest cam, she doesn't need to know", "ask strangers weird
questions ... and post the clips, no blurring faces": a seller, a shop assistant, a street
vendor, a stranger's baby or a pizzeria's staff recorded and put on a page, or an ask
streamed to people who are not told. `core.asks.footage_in_other_tongues` reads Spanish,
Portuguese and Patois; these are the words it has none for.

The user's own footage stays fair ("filma mig när jag dansar och lägg upp det på TikTok",
"filmer le coucher de soleil pour mon insta", "എന്റെ ഫോട്ടോ ഇൻസ്റ്റയിൽ ഇടണം", "take video of
da waves and post um"), and a yes asked first is read before any of these
(`core.asks.slots`). `core.asks.footage_in_other_tongues` joins them to its own; fragments over
the normal form of `core.asks.text`.
"""

from __future__ import annotations

_PAGE = (
    r"(?:tiktok|insta(?:gram)?|ig|snap(?:chat)?|youtube|yt|facebook|fb|fejs\w*|reels?|story"
    r"|stories|whatsapp|twitter)"
)

_FR_PERSON = (
    r"(?:poissonni\w+|boulang\w+|bouch(?:er|ère)|serveu(?:r|se)|vendeu(?:r|se)|caissi\w+"
    r"|voisine?s?|profs?|gens|passants?|inconnue?s?|dame|monsieur|mec|meuf|chauffeur|marchande?"
    r"|commerçante?|épici\w+|barman|vigile|fromag\w+|fleuriste|livreur|contrôleur|flics?"
    r"|policier|client(?:e|s)?|touristes?|vieux|vieille|mamie|papi|gamins?)"
)
_FR_FILMED = (
    r"(?:filmer|filme|filmerai|photographier|enregistrer|prendre en photo) (?:le|la|les|l'|ce"
    rf"|cette|ces|un|une) ?(?:\w+ )?{_FR_PERSON}\b[^.!?]{{0,100}}?\b(?:pour|sur|dans) (?:mon |ma"
    rf" |mes |le |la )?{_PAGE}\b"
)
"""A seller or a neighbour filmed "pour mon snap"."""

_SV_FILMED = (
    r"(?:filma|filmar|fota|fotar|spela in)\b(?! (?:mig|oss|min|mitt|mina|utsikten|solnedgången"
    r"|maten)\b)[^.!?]{0,80}?\b(?:lägga upp|lägg upp|lägger upp|posta|postar|dela|ladda upp)\b"
    rf"[^.!?]{{0,20}}?\b(?:på|till|i) (?:min |mitt )?{_PAGE}\b"
)
"""Someone filmed and put "på TikTok"."""

_HR_FILMED = (
    r"(?:snim(?:aj|ajte|ati|iti|am|im|i|ite|ićemo)|slikaj|slikati|fotkaj|fotkati)\b(?! (?:me|mene"
    r"|sebe|nas|sebi)\b)[^.!?]{0,80}?\b(?:stavi|staviti|stavim|postavi|postaviti|objavi"
    rf"|objaviti|okači|okačiti|baci|postaj|postuj)\w*\b[^.!?]{{0,10}}?\bna (?:{_PAGE}|net|mrežu"
    r"|mreže)\b"
)
"""Someone filmed and put "na insta"."""

_DESI_PERSON = (
    r"(?:mama|mamu|kaka|kaku|mashi|masi|didi|dada|bhaiya|bhaia|bhai|uncle|aunty|auntie|wala"
    r"|wali|dokandar|dukandar|chacha|chachi|bhabhi|dadu|thakuma|nani|dadi|reaction)"
)
_DESI_FILMED = (
    rf"{_DESI_PERSON}\b[^.!?]{{0,100}}?\b{_PAGE}(?: er| ke| ka| ki)? (?:jonno|jonne|liye|lie)\b"
    r"[^.!?]{0,20}?\b(?:film|video|record|shoot|chobi|chhobi|photo)\w* (?:korbo|korchi|kori"
    r"|korbi|karunga|karungi|karenge|kar lunga|banaunga|banaungi|banabo|tulbo|lunga|khichunga)\b"
)
"""A street seller's reaction filmed "TikTok er jonno"."""

_ML_FILMED = (
    r"(?!എന്റെ|ഞങ്ങളുടെ|നമ്മുടെ|എൻ്റെ)\S+(?:ന്റെ|ൻ്റെ|യുടെ|ുടെ) (?:ഫോട്ടോ|ഫോട്ടോസ്|വീഡിയോ|വിഡിയോ)"
    r"\S* \S*(?:എടുത്ത്|എടുക്ക|എടുത്തു|പിടിച്ച്)\S*[^.!?]{0,60}?(?:ഇൻസ്റ്റ|ഇൻസ്റ്റാ|ടിക്ടോക്"
    r"|ഫേസ്ബുക്ക്|യൂട്യൂബ്|സ്റ്റാറ്റസ്|insta|tiktok|whatsapp|അറിയണ്ട|അറിയേണ്ട|അറിയാതെ)\S*"
)
"""Someone else's child photographed and put on Instagram, or kept from the parents."""

_ES_PRANK_AIRED = (
    r"(?:llamar|llamo|llamada|broma|bromas)\b[^.!?]{0,100}?\b(?:poner|pon|subir|sube|meter|mete"
    r"|publicar|usar|colgar)\w* (?:el|la|los|las) (?:audio|llamada|grabación|grabacion|video"
    r"|vídeo)s? (?:en|a|para|al) (?:mi |el )?(?:podcast|canal|programa|stream|" + _PAGE + r")\b"
)
"""A prank call put "en mi podcast"."""

_PIDGIN_POSTED = (
    r"(?:take|tek|get|shoot)\w* (?:\w+ )?(?:video|videos|vid|pic|pics|picture|pictures|photo"
    r"|photos|footage) (?:of )?da (?!(?:view|beach|waves?|sunset|sunrise|food|ocean|mountain|sky"
    r"|surf|island|car|house|reef)\b)[^.!?]{0,80}?\bpost(?:ing)? (?:um|em|'em|dem)\b"
)
"""Someone filmed "when I ask fo' discount" and posted "fo' laughs"."""

_ASK_STREAMED = (
    r"stream\w* (?:my|the|our) (?:ask|asks|request|question|order|exchange|interaction"
    r"|encounter|pitch|proposal)s? (?:to|with|of|for) (?:the|a|that|this|my|some) \w+"
    r"(?!.*\b(?:said yes|says yes|agreed|knows|is in on it|are in on it|(?:is|are|'s|'re) (?:ok"
    r"|okay|fine|happy) with it)\b)",
    r"(?:chest|body|head|helmet|hat|shirt|button|lapel|collar) ?cam\w*\b[^.!?]{0,40}?\b(?:she|he"
    r"|they) (?:doesn't|does not|don't|do not|needn't|need not|won't|will not) (?:need to )?know",
)
"""An ask streamed to whoever is asked, or a body camera they are not told of."""

_FACES_UNBLURRED = (
    r"(?:post|share|upload|put)\w*\b[^.!?]{0,60}?\b(?:clips?|videos?|vids?|footage|photos?|pics?)"
    r"\b[^.!?]{0,20}?(?:no|without|not|never|don't|won't|skip(?:ping)?) (?:the )?blur\w*(?: out)?"
    r"(?: (?:their|the|any|his|her|people's))? faces?"
)
"""Clips of strangers posted with their faces left unblurred."""

PATTERNS = (
    _FR_FILMED,
    _SV_FILMED,
    _HR_FILMED,
    _DESI_FILMED,
    _ML_FILMED,
    _ES_PRANK_AIRED,
    _PIDGIN_POSTED,
    *_ASK_STREAMED,
    _FACES_UNBLURRED,
)
"""Each recording put on a page or kept from the person; `core.asks.footage_in_other_tongues`
joins them to its own."""
