"""Malayalam words an ask turns on (Latin letters, as typed on a phone, and Malayalam script),
in the English the rules read (`core.asks.gloss`).

Malayalam puts the verb last and writes the case onto the word, often after an English noun
with a hyphen ("friend-inodu", to a friend; "office-il", in the office): those forms are keys
of their own. The phrase that leaves no room for a no ("no parayan pattaatha reethiyil", in a
way he cannot say no) and the crowd watching ("ellarum kaanke", with everyone seeing) are keys
whole, since their words one by one read as nothing."""

GLOSSES: dict[str, str] = {
    # asking and telling (Latin letters)
    r"chodikk(?:uka|u|anam|am|ane|um|unnu|ko|oo|uvan|an)|chodichu|chodikkaam|chodiku|chodikuka"
    r"|chodikanam": "ask",
    r"parayuka|parayu|parayanam|paranju|parayam|parayaam": "tell",
    r"kshanikkuka|kshanikkanam|vilikkuka|vilikkanam": "invite",
    r"kadam (?:tharuka|tharumo|tharaamo|chodikkuka|vaangikkuka|medikkuka)": "lend me",
    r"kadam": "a loan",
    r"tharumo|tharaamo|tharanam|tharuka|thaa": "give me",
    r"panam|paisa|paise|kaash|kaashu|roopa|rupa|rubaa": "money",
    r"cash aayi|ennikku vendi pay|bill adakkan|bill adakkuka|bill kodukkuka": "pay for me",
    r"free aayi|sowjanyamaayi|saujanyamayi|kaashillaathe": "for free",
    r"discount|vila kurakkuka|vila kuraykkuka|vila kurachu|kuravu tharumo": "a discount",
    # who may say no, and who watches
    (
        r"(?:avanu|avalkku|avarkku|ayaalkku) (?:no|illa|pattilla|venda) (?:ennu )?(?:parayan"
        r"|parayaan) (?:pattaatha|pattatha|kazhiyaatha|kazhiyatha) (?:reethiyil|vidhathil)"
    ): "so he can't say no",
    r"(?:no|illa|venda) (?:ennu )?(?:parayan|parayaan) (?:pattaatha|pattatha|kazhiyaatha"
    r"|kazhiyatha) (?:reethiyil|vidhathil)": "so they can't say no",
    r"ellarum kaanke|ellavarum kaanke|ellarude munnil|ellavarudeyum munnil|ellarum kelkke"
    r"|ellarudeyum munpil": "in front of everyone",
    r"ellarodum|ellavarodum|ellareyum|ellavareyum|ellarum|ellavarum": "everyone",
    r"orororuthareyum|orororutharodum|oroorutharodum|oro aalodum|oro aaleyum|oronnayi"
    r"|orutharayi": "one by one",
    # what they think of the user
    r"enne ishtapedunnundo|enne ishtamano|enne ishtamaano|enne ishtamundo|enne ishtamaanoo"
    r"|enne ishtapedunnuvo": "whether they like me",
    r"ishtapedunnundo|ishtamano|ishtamaano|ishtamundo": "whether they like",
    r"ishtam|ishtamaanu": "like",
    r"njan thadiyano|njan thadichitto|njan thadichittaano|njan vannam koodiyo": "am i fat",
    r"njan sundarano|njan sundariyano|njan kaanan engane|njan engane undu": "how do i look",
    r"sundari|sundaran|bhangiyulla": "attractive",
    r"abhiprayam|feedback": "feedback",
    r"ente joliyekkurichu|ente jolikkurichu|ente joliye kurichu|ente work-ine kurichu"
    r"|ente presentation-ine kurichu": "on my work",
    # people
    r"ariy?aa?tha (?:aal|oraal|oruthan|oruthi|aalu)(?:-?inodu|-?odu|e)?"
    r"|aparichith(?:an|a|ar)(?:-?odu|anodu|ayodu|arodu|ane|aye)?": "a stranger",
    r"vazhiyil pokunna aal|vazhiyaathrakkaran|vazhipokkan": "a passer-by",
    r"friend-?inodu|friend-?ine|koott?ukaa?ran(?:odu|e)?|koott?ukaa?ri(?:yodu|ye)?"
    r"|suhruth(?:u|inodu|ine)|changathi(?:yodu|ye)?": "a friend",
    r"colleague-inodu|colleaguinodu|sahapravarthakanodu|sahapravarthakayodu"
    r"|sahapravarthakan|sahapravarthaka": "my colleague",
    r"boss-inodu|bossinodu|manager-odu|managerodu|muthalaliyodu|muthalali": "my boss",
    r"kadakkaran|kadakkaaran|kadakkaranodu|kadayile chettan|kadayile chechi": "the shopkeeper",
    r"penkutti|penkuttiye|penkuttiyodu|pennu|pennine|pennodu": "a girl",
    r"chechi|chechiyodu": "a woman",
    r"chettan|chettanodu|chettane": "a man",
    r"ayalkkaran|ayalkkaari|ayalvaasi|ayalpakkathe": "my neighbour",
    r"ammayodu|achanodu|ammaye|achane|aniyanodu|aniyathiyodu": "my family",
    r"kaa?muki(?:yodu|ye)?|kaa?mukan(?:odu|e)?|bharya(?:yodu|ye)?|bharthav(?:u|inodu|ine)"
    r"|lover-inodu": "my partner",
    r"pazhaya kaamuki|pazhaya kaamukan|ex-inodu|ex-ine": "my ex",
    # places, touch, meeting
    r"office-il|officil|ofisil|office-ile|officile": "in the office",
    r"kadayil|shop-il|shopil": "at the shop",
    r"bus-il|busil|bussil": "on the bus",
    r"vazhi|vazhi chodikkuka": "directions",
    r"kettippidikkuka|kettippidikkamo|kettippidikkaamo|kettipidikkan|kettippidi|kettipidi"
    r"|hug cheyyan|hug cheyyamo": "a hug",
    r"chumbanam|chumbikkuka|oru umma": "a kiss",
    r"thoduka|thodan|thottu|thodanam": "touch",
    r"purathu pokaan|purath pokaan|purathu pokan|purath pokan|date-inu|date-nu": "a date",
    r"(?:ente )?koode (?:purathu|purath) (?:pokaan|pokan|varumo|varaamo)": "go out with me",
    r"avalude number|avante number|avalude phone number": "her phone number",
    r"evide thaamasikkunnu|evideya thaamasam|evideya thamasam|veedu evideya": "where she lives",
    # again, a no, blocks, recording, lying
    r"veendum|pinneyum|veendum veendum|onnukoodi": "again",
    r"(?:venda|illa|no) ennu paranjittum|no paranjittum": "even though she said no",
    r"block cheythu|block aakki|block cheythittum|block cheythathu": "blocked me",
    r"puthiya account|vere account|puthiya number": "from a new account",
    r"video edukkuka|video edukkanam|record cheyyuka|record cheyyanam": "film",
    r"rahasyamaayi|rahasyamayi|ariyaathe|ariyathe": "secretly",
    r"post cheyyuka|post cheyyanam|upload cheyyuka|status-il idu": "post it online",
    r"kallam parayuka|kallam paranju|nuna parayuka|kallam": "lie",
    r"raathri|rathri|paathiraathri": "at night",
    r"ottakku|thanichu": "alone",
    # function words
    r"ennu|ennum": "that",
    r"ente|ende|enikku|ennikku": "my",
    r"enne|ennodu": "me",
    r"avalude|avalkku": "her",
    r"avante|avanu": "his",
    r"koode|kude": "with",
    # Malayalam script
    r"ചോദിക്കുക|ചോദിക്കണം|ചോദിക്ക്|ചോദിച്ചു|ചോദിക്കാം": "ask",
    r"പണം|പൈസ|കാശ്|രൂപ": "money",
    r"കടം": "a loan",
    r"എല്ലാവരും കാൺകെ|എല്ലാവരുടെയും മുന്നിൽ|എല്ലാരും കാൺകെ": "in front of everyone",
    r"ഓരോരുത്തരോടും|ഓരോരുത്തരെയും": "one by one",
    r"എല്ലാവരോടും|എല്ലാവരും": "everyone",
    r"ഇഷ്ടമാണോ|ഇഷ്ടപ്പെടുന്നുണ്ടോ": "whether they like",
    r"അപരിചിതനോട്|അപരിചിതയോട്|അപരിചിതൻ|അപരിചിത|അറിയാത്ത ആളോട്|അറിയാത്ത ആൾ": "a stranger",
    r"കൂട്ടുകാരനോട്|കൂട്ടുകാരിയോട്|സുഹൃത്തിനോട്|കൂട്ടുകാരൻ|കൂട്ടുകാരി|സുഹൃത്ത്": "a friend",
    r"കെട്ടിപ്പിടിക്ക": "a hug",
    r"വഴി": "directions",
    r"അവളുടെ നമ്പർ": "her phone number",
    r"വീണ്ടും": "again",
    r"ബ്ലോക്ക്": "blocked me",
    r"വണ്ണം|തടി": "fat",
}
