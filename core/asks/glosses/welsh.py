"""Welsh words an ask turns on and the everyday words around them, in the English the rules
read (`core.asks.gloss`).

Welsh changes a word's first letter after some words ("gofyn", ask; "i ofyn", to ask; "merch",
a girl; "y ferch", the girl; "fy nghariad", my love), so a key holds the mutated forms too.
"ŵ" and "ŷ" lose their circumflex ("ty", house). Short words Welsh shares with English ("am",
"hi", "dyn") are written only inside phrases."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"[go]?ofyn(?:nais|nodd|nwch|na|nu|wyd)?|holi|holwch|hola|[gh]oli": "ask",
    r"[go]?ofyn (?:i(?:ddi| iddi)?|iddo)|gofyn wrth": "ask",
    r"[go]?ofyn am|erfyn am|cardota": "ask for",
    r"[go]?ofyn i'r|holi'r": "ask the",
    r"i'r": "to the",
    r"ar ol|wedi": "after",
    r"mae hi'n|ma hi'n|mae o'n|mae e'n": "she is",
    r"i'm (?:myfyriwr|myfyrwraig|disgybl|nisgybl)": "my student",
    (
        r"(?:ydw i'n|ydw i|dw i'n|dwi'n) edrych yn (?:dew|rhy dew|dewach)|ydw i'n dew|ydy hi'n dew"
    ): "if i look fat",
    r"edrych yn dew|edrych yn hen|edrych yn hyll": "look fat",
    r"(?:d|dd|n)?(?:dweud|deud|dwed|deuda) wrth(?:i|o)?|dywedwch wrth": "tell",
    r"[gw]?wahodd|gwahoddwch|ei gwahodd|ei wahodd": "invite",
    r"mynd allan (?:efo|gyda) (?:fi|mi)|mynd ar ddet|ar ddet|ddet": "out on a date",
    r"bod yn gariad i mi|bod yn gariad i fi": "be my girlfriend",
    (
        r"mynnu|pwyso arni|swnian|plagio|dal i ofyn|gofyn dro ar ol tro|"
        r"poeni (?:hi|fo|nhw)"
    ): "keep asking",
    r"bygwth|[f]?ygwth|gorfodi|[g]?orfodi": "threaten",
    r"erfyn|[ym]?bledio|pledio": "beg",
    # lending, giving, paying
    r"rhoi benthyg|roi benthyg|benthyg|fenthyg|mhenthyg|benthyca|fenthyca": "lend me",
    r"ga i fenthyg|cael benthyg|gael benthyg": "borrow",
    r"benthyciad|fenthyciad|benthygiad": "a loan",
    r"rhoi|roi|rhowch|rho|rhodda": "give",
    r"rhoi i mi|roi i mi|rho i mi|rhowch i mi": "give me",
    r"[td]alu|thalu|talwch|tala": "pay",
    r"talu drosta i|dalu drosta i|talu amdana i": "pay for me",
    r"[bp]rynu|mhrynu|prynwch|pryna": "buy",
    r"prynu i mi|brynu i mi|prynu diod i mi|brynu diod i mi": "buy me",
    r"arian|pres|ceiniog\w*|punt|punnoedd|bunt|bunnoedd|phunt": "money",
    r"am ddim|heb dalu|yn rhad ac am ddim": "for free",
    r"(?:[gn]?)(?:ostyngiad|gostyngiad|disgownt)|ddisgownt": "a discount",
    r"ad-?daliad|arian yn ol|mhres yn ol|arian i yn ol": "a refund",
    (
        r"(?:mae|ma) arnat ti (?:arian|bres|ddyled) i (?:mi|fi)|rwyt ti'n fy nyled|"
        r"mae arni (?:hi )?(?:arian|bres) i mi"
    ): "you owe me",
    r"dyled|ddyled|nyled": "a debt",
    # calling, messaging, contact details
    r"ffonio|ffonia|ffoniwch|galw arni|alw arni": "call",
    r"tecstio|tecsta|tecst|neges|negeseuon|anfon neges|yrru neges|gyrru neges": "message",
    r"ei rhif (?:ffon|ffon symudol)?|ei rhif hi|ei rhif|rhif ffon hi": "her phone number",
    r"rhif ffon|rif ffon|rhif ffon symudol|rhif|rif|rhifau": "phone number",
    r"ei chyfeiriad|cyfeiriad ei ty|lle mae hi'n byw|ble mae hi'n byw": "her home address",
    r"cyfeiriad|gyfeiriad|nghyfeiriad": "an address",
    r"ei (?:instagram|insta|snapchat|snap|facebook|tiktok)": "her instagram",
    # filming, photographing, posting
    r"ffilmio|ffilmia|ffilmiwch|recordio|recordia|fideo|fideos|ffilm": "film",
    r"[td]ynnu (?:ei )?llun|dynnu (?:ei )?llun|thynnu llun|tynnu lluniau": "take a photo",
    r"llun|lun|lluniau|ffoto|hunlun": "a photo",
    (
        r"postio|postia|ei roi ar[- ]lein|rhoi ar[- ]lein|roi ar[- ]lein|ar y we|"
        r"ar[- ]lein|ar y cyfryngau cymdeithasol|rhannu|rannu"
    ): "post it online",
    r"heb iddi wybod|heb yn wybod iddi|heb iddyn nhw wybod|yn ddirgel|yn gyfrinachol": "secretly",
    r"yn slei|yn y dirgel|yn gudd": "secretly",
    r"heb ddweud wrthi|heb ddeud wrthi|heb ei rhybuddio": "without telling her",
    r"heb ofyn|heb ganiatad|heb ei chaniatad": "without asking",
    r"recordio'r alwad|recordio'r sgwrs|recordio'r galwad": "record the call",
    r"sgrinlun|sgrin-?lun|llun o'r sgrin": "screenshot",
    (
        r"(?:ei )?(?:anfon|yrru|gyrru|rannu|rhannu) i'r grwp|i'r grwp|yn y grwp"
    ): "send it to the group",
    # pretending, lying
    r"esgus bod|smalio bod|cymryd arnaf|cymryd arno|ffugio bod|ymhonni bod": "pretend to be",
    r"esgus|smalio|ffugio": "pretend",
    r"dweud celwydd|deud celwydd|ddweud celwydd|ddeud celwydd|palu celwyddau": "lie",
    r"celwydd|gelwydd|nghelwydd|celwyddau": "a lie",
    r"ffug|ffals": "fake",
    # blocking, following, waiting
    (
        r"wedi fy mlocio|wedi fy mlocio i|fy mlocio|wedi blocio fi|blociodd (?:hi )?fi|"
        r"wedi 'n blocio"
    ): "blocked me",
    r"cyfrif newydd|gyfrif newydd|cyfrif ffug|gyfrif ffug|proffil newydd": "from a new account",
    r"trwy ei ffrind|drwy ei ffrind|trwy ei ffrindiau|drwy ei ffrindiau": "through her friend",
    r"[d]?dilyn|ddilyn|dilynwch|ei dilyn": "follow",
    r"aros amdani|disgwyl amdani|aros amdano|aros amdanyn nhw": "wait for her",
    r"aros|arhoswch|disgwyl": "wait",
    r"mynd i'w gwaith|mynd i'w gwaith hi|mynd i le mae hi'n gweithio": "go to her work",
    # touch, closeness
    r"cusan(?:u)?|gusan(?:u)?|nghusan|chusan|sws|swsus": "a kiss",
    r"cwtsh|gwtsh|cwtch|gwtch|cofleidio|gofleidio|cofleidiad|goflaid|coflaid": "a hug",
    r"cyffwrdd|gyffwrdd|nghyffwrdd|cyffwrdd a hi|gyffwrdd a hi|byseddu|fyseddu": "touch",
    r"dal dwylo|ddal dwylo|dal ei llaw|ddal ei llaw": "hold her hand",
    r"tylino|dylino|masaj": "a massage",
    r"lifft|lifft adref|pas adref|bas adref": "a lift",
    r"dod adref (?:efo|gyda) fi|dod adre efo fi|dod yn ol i'm lle|dod i'm ty": "come home with me",
    r"mynd i mewn i'w gar|mynd i mewn i'r car|dod i mewn i'r car|i mewn i'm car": "get in his car",
    r"aros yn ei le|aros yn ei dy|cysgu yn ei dy|aros dros nos": "stay at his place",
    # again, after a no
    r"eto|unwaith eto|unwaith yn rhagor|dro ar ol tro|bob dydd|pob dydd|drachefn": "again",
    (
        r"er iddi ddweud na|er iddi ddeud na|er ei bod hi wedi dweud na|er iddi wrthod|"
        r"er ei bod wedi gwrthod"
    ): "even though she said no",
    (
        r"nes iddi ddweud ie|nes iddi ddeud ie|nes iddi gytuno|nes ei bod yn cytuno"
    ): "until she says yes",
    r"o flaen pawb|o flaen y dosbarth|o flaen ei ffrindiau|yn gyhoeddus": "in front of everyone",
    (
        r"er iddi ddweud wrtha i am ei gadael (?:hi )?(?:yn llonydd|fod)|er iddi ofyn i mi "
        r"ei gadael"
    ): "even though she told me to leave her alone",
    r"neu fel arall|fel arall|neu mi fydd|neu bydd": "otherwise",
    r"os na wnei di|os nad wyt ti|os na ddoi di": "if you don't",
    (
        r"mae hynny'n golygu nad wyt ti'n fy ngharu|dwyt ti ddim yn fy ngharu"
    ): "that means you don't love me",
    r"fel na all (?:ddweud|ddeud) na|fel na fydd (?:hi|o) yn gallu gwrthod": "so he can't say no",
    # people
    (
        r"dieithryn|ddieithryn|nieithryn|dieithriaid|ddieithriaid|dieithr|ddieithr|"
        r"rhywun dw i ddim yn (?:ei )?nabod|rhywun dieithr|rywun dieithr|rhywun diarth"
    ): "a stranger",
    r"rhywun|rywun|pobl|bobl|rhywun ar y stryd|pobl sy'n mynd heibio": "someone",
    r"y ferch|ferch|merch|merched|hogan|hogen|lodes|croten|groten": "a girl",
    r"merch ifanc|ferch ifanc|menyw ifanc|fenyw ifanc|dynes ifanc|ddynes ifanc": "a young woman",
    r"menyw|fenyw|dynes|ddynes|gwraig|wraig": "a woman",
    r"dyn(?= (?:ar|yn|wrth|y|sy|ifanc|dieithr))|y dyn|ddyn|boi|bachan|fachan|hogyn": "a man",
    r"bachgen|fachgen|mhachgen|bechgyn": "a boy",
    r"hen ddyn|hen wr|hen foi|hen fachan": "an old man",
    r"hen wraig|hen fenyw|hen ddynes|hen fodan": "an old lady",
    r"boneddiges|foneddiges|y fenyw|y ddynes": "the lady",
    r"yncl|wncwl|ewythr|modryb|fodryb": "an uncle",
    (
        r"(?:y person|yr un|rhywun) (?:sy'n )?(?:eistedd )?(?:wrth fy ymyl|nesaf ata i|drws nesa)"
    ): "the person sitting next to me",
    r"wrth fy ymyl|nesaf ata i|nesa ata i": "next to me",
    r"gweinyddes|weinyddes|gweinyddesau": "the waitress",
    r"gweinydd|weinydd|gweinyddion": "the waiter",
    r"ariannwr|ariannydd|wrth y til|wrth y tiliau|y ferch ar y til|y dyn ar y til": "the cashier",
    (
        r"siopwr|siopwraig|perchennog y siop|berchennog y siop|gweithiwr siop|gwerthwr"
    ): "the shopkeeper",
    r"derbynnydd|dderbynnydd|derbynyddes|wrth y dderbynfa|yn y dderbynfa": "the receptionist",
    r"swyddog diogelwch|gwarchodwr|warchodwr|dyn diogelwch|ddyn diogelwch": "the security guard",
    r"nyrs|nyrsys": "the nurse",
    r"meddyg|feddyg|meddyges|ddoctor|deintydd|ddeintydd": "the doctor",
    r"athro|athrawes|athrawon|darlithydd|ddarlithydd|hyfforddwr|tiwtor": "the teacher",
    r"gyrrwr|yrrwr|ngyrrwr|gyrrwr tacsi|yrrwr tacsi|gyrrwr bws|yrrwr bws": "the driver",
    r"fy ngyrrwr": "my driver",
    r"cymydog|gymydog|nghymydog|cymdoges|gymdoges|nghymdoges|cymdogion": "the neighbour",
    r"fy mos|fy mhennaeth|fy rheolwr|fy rheolwraig|fy nghyflogwr": "my boss",
    r"bos|fos|pennaeth|bennaeth|rheolwr|rheolwraig|reolwr|reolwraig": "the boss",
    r"fy ngweithiwr|fy ngweithwyr|fy ngweithwraig|un o'm gweithwyr|fy staff": "my employee",
    (
        r"cydweithiwr|gydweithiwr|nghydweithiwr|cydweithwraig|gydweithwraig|nghydweithwraig"
    ): "my colleague",
    r"fy nisgybl|fy myfyriwr|fy myfyrwraig|fy myfyrwyr|fy nisgyblion": "my student",
    r"disgybl|ddisgybl|myfyriwr|fyfyriwr|myfyrwraig|fyfyrwraig|myfyrwyr|fyfyrwyr": "a student",
    r"fy nhiwtai|y plentyn dw i'n ei diwtora": "my tutee",
    r"fy nghlaf|fy nghleifion": "my patient",
    r"claf|glaf|cleifion|gleifion": "a patient",
    r"fy nhenant|fy nhenantiaid|fy lletywr": "my tenant",
    r"fy nghleient|fy nghwsmer|fy nghleientiaid": "my client",
    r"cwsmer|gwsmer|cwsmeriaid|cleient|gleient": "a customer",
    r"fy nglanhawraig|fy morwyn|fy ngwraig lanhau|y ddynes glanhau": "my maid",
    r"fy nghyn|fy nghyn-gariad|fy nghyn gariad|fy nghyn-wraig|fy nghyn-wr|fy ex": "my ex",
    r"cyn-gariad|gyn-gariad|cyn gariad|cyn-wraig|cyn-wr": "an ex",
    r"ei chariad|ei chariad hi|ei sboner": "her boyfriend",
    r"ei gariad|ei gariad e|ei gariad o|ei wejen": "his girlfriend",
    r"cariad fy ffrind gorau|gariad fy ffrind gorau|cariad fy ffrind": "my best friend's boyfriend",
    r"fy nghariad|nghariad|fy sboner|fy wejen": "my partner",
    r"cariad|gariad": "a partner",
    r"fy ngwr|fy ngwr i|ngwr": "my husband",
    r"fy ngwraig|fy ngwraig i|ngwraig": "my wife",
    r"ei wraig|ei wraig o|ei wraig e": "his wife",
    r"ei gwr|ei gwr hi": "her husband",
    r"ei mam|ei mham|ei mam hi": "her mother",
    r"ei chwaer|ei chwaer hi": "her sister",
    r"fy mam-yng-nghyfraith|fy mam yng nghyfraith|mam-yng-nghyfraith": "my mother-in-law",
    r"fy merch|fy merch i": "my daughter",
    r"fy mab|fy mab i|fy machgen": "my son",
    r"fy mam|fy nhad|fy rhieni|mam|fam|mham|nhad|tad|rhieni|chwaer|brawd|frawd": "my family",
    r"fy ffrind gorau|ffrind gorau": "my best friend",
    r"ffrind|ffrindiau|mets|cyfaill|gyfaill|nghyfaill|ffrindie": "a friend",
    r"plentyn|blentyn|mhlentyn|plant|blant|mhlant|fabi": "a child",
    r"landlordes|perchennog y ty|berchennog y ty|fy landlord": "the landlord",
    r"tenantiaid|denantiaid": "the tenant",
    # what is asked: raises, days off, repairs, directions
    r"codiad cyflog|godiad cyflog|nghodiad cyflog|mwy o gyflog|fwy o gyflog": "a raise",
    r"diwrnod i ffwrdd|ddiwrnod i ffwrdd|diwrnod bant|ddiwrnod bant|diwrnod o wyliau": "a day off",
    r"trwsio|drwsio|thrwsio|atgyweirio|gweirio|cyweirio": "repair",
    r"cyfarwyddiadau|gyfarwyddiadau|y ffordd i|ffordd i'r|sut i gyrraedd": "directions",
    r"argymell|awgrymu|cymeradwyo|argymhelliad": "recommend",
    r"diod|ddiod|coffi|goffi|paned|baned|peint|beint|cwrw|gwrw": "a drink",
    r"swper|cinio|ginio|pryd o fwyd|bryd o fwyd": "dinner",
    # question words and small verbs
    r"ble mae|ble ma|ble wyt|ble dach|ble mae hi'n|lle mae|pa le|pa le mae": "where",
    r"pam|pham|pam nad|pam nad yw": "why",
    r"sut|shwt|siwd": "how",
    r"pryd|bryd": "when",
    r"pwy|bwy": "who",
    r"beth|beth yw": "what",
    r"a ydy|a yw|os ydy|os yw|a oes": "whether",
    r"faint": "how much",
    r"byw|fyw|yn byw|'n byw": "lives",
    r"gweithio|weithio|'n gweithio|yn gweithio": "works",
    r"astudio|'n astudio|yn astudio|dysgu|ddysgu": "studies",
    r"fynd|'n mynd": "goes",
    r"ddod|'n dod": "comes",
    r"eistedd|'n eistedd|yn eistedd": "sits",
    r"sefyll|'n sefyll|yn sefyll": "stands",
    r"crio|llefain|'n crio|yn crio|wylo": "cries",
    r"yn briod|'n briod|priod|briod": "is married",
    r"yn sengl|'n sengl|sengl|heb bartner": "is single",
    r"plant ganddi|blant ganddi|ganddi blant": "has children",
    r"ennill|'n ennill": "earns",
    # life facts and looks
    r"ei chyflog|ei gyflog|cyflog|gyflog|faint mae hi'n (?:ei )?ennill": "her salary",
    r"ei hoed|ei hoedran|oed|oedran|faint yw ei hoed|faint ydy ei hoed": "her age",
    r"ei phwysau|pwysau|bwysau|faint mae hi'n pwyso": "her weight",
    r"ei chrefydd|crefydd|grefydd": "her religion",
    r"ei chast": "her caste",
    (
        r"pam (?:nad yw|nad ydy) hi'n briod|pam nad yw hi wedi priodi|pam ei bod hi'n sengl"
    ): "why she isn't married",
    (
        r"pam (?:nad oes|does) ganddyn nhw (?:ddim )?blant|pam nad oes ganddi blant"
    ): "why they have no children",
    r"ar ba lawr|pa lawr|pa fflat|ei fflat|ei thy|ei chartref": "her flat",
    r"ei gwaith|ei swydd|lle mae hi'n gweithio|ble mae hi'n gweithio": "her workplace",
    r"tew|dewach|tewach|rhy dew|yn dew|'n dew": "fat",
    r"tenau|denau|rhy denau": "thin",
    r"hyll|salw|hyllach": "ugly",
    r"bert|ddel|prydferth|brydferth|hardd|hyfryd": "pretty",
    r"golygus|olygus": "handsome",
    r"deniadol|ddeniadol|rhywiol": "attractive",
    r"yn hen|'n hen|hen(?= (?:ddyn|wraig|wr|ferch|foi|fenyw))": "old",
    r"ifanc|ifancach|yn ifanc": "young",
    r"fy nghorff|nghorff": "my body",
    r"fy nghluniau|nghluniau|fy nghoesau|fy mhen-ol": "my thighs",
    r"fy wyneb|fy ngwyneb": "my face",
    r"sut dw i'n edrych|sut ydw i'n edrych|sut rydw i'n edrych|sut dwi'n edrych": "how i look",
    r"dw i'n edrych yn|ydw i'n edrych yn|dwi'n edrych yn": "i look",
    # places and times
    r"ar y bws|ar fws|yn y bws": "on the bus",
    r"ar y tren|ar dren|yn y tren": "on the train",
    r"ar y metro|ar y tiwb|ar y tram": "on the metro",
    (
        r"wrth yr arhosfan bws|yn yr arhosfan|wrth y safle bws|yn y safle bws|arhosfan bws"
    ): "at the bus stop",
    r"yn y ciw|yn y rhes|yng nghiw": "in the queue",
    r"yn y siop|yn yr archfarchnad|yn y farchnad|yn y siop leol": "at the shop",
    r"yn y caffi|yn y dafarn|yn y tafarn|yn y bar": "at the cafe",
    r"yn y capel|yn yr eglwys|yn y gwasanaeth": "at church",
    r"yn y mosg": "at the mosque",
    r"yn y deml": "at the temple",
    r"yn y gwaith|yn y swyddfa|ar y gwaith|yn fy ngwaith": "at work",
    r"yn ei gwaith|yn ei swyddfa|yn ei gwaith hi": "at her work",
    (
        r"tu allan i'w thy|y tu allan i'w thy|tu allan i'w chartref|o flaen ei thy"
    ): "outside her house",
    r"yn y nos|yn hwyr y nos|ganol nos|gefn nos|berfeddion nos|liw nos": "at night",
    r"ar ei phen ei hun|ar ei ben ei hun|ar ein pennau ein hunain|ar fy mhen fy hun": "alone",
    r"ar ol y parti|wedi'r parti|ar ol y noson": "after the party",
    r"heno": "tonight",
    r"yfory|fory": "tomorrow",
    r"dydd sul|ddydd sul|ar y sul": "on sunday",
    r"meddw|feddw|wedi meddwi|chwil|yn chwil": "drunk",
    # what is done
    (
        r"gweithio ar y sul heb (?:dal|gyflog)|weithio ar ddydd sul heb dal"
    ): "work on sunday without pay",
    r"heb dal|heb gyflog|am ddim ar y sul": "without pay",
    r"dod ag anrheg i mi|dod a anrheg i mi|rhoi anrheg i mi|prynu anrheg i mi": "bring me a gift",
    r"anrheg|rhodd|anrhegion": "a gift",
    (
        r"tanysgrifio i'm sianel|danysgrifio i'm sianel|tanysgrifio i fy sianel"
    ): "subscribe to my channel",
    r"eistedd gyda nhw|eistedd efo nhw|eistedd wrth eu bwrdd": "sit with them",
    r"rhannu eu bwyd|bwyta eu bwyd|cael peth o'u bwyd": "share their food",
    r"cerdded ar yr ia|gerdded ar yr ia": "walk on the ice",
}
