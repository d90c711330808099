"""Asks in Welsh, Cebuano, Amharic, Afrikaans and Yoruba read in their English gloss
(`core.asks.glosses`)."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    # Welsh
    ("gofyn i'r ferch ar y bws am ei rhif ffôn", Problem.CONTACT),
    ("gofyn i'r weinyddes fynd allan efo fi ar ddêt", Problem.ROMANCE),
    ("gofyn i'r dieithryn am fenthyg ugain punt", Problem.MONEY),
    ("tecstio fy nghyn-gariad o gyfrif newydd ar ôl iddi fy mlocio", Problem.BLOCK),
    ("gofyn i'r ferch wrth y til ydw i'n edrych yn dew", Problem.JUDGEMENT),
    ("ffilmio'r ferch ar y trên heb iddi wybod a'i bostio ar-lein", Problem.RECORDING),
    ("esgus bod yn blismon er mwyn cael bwyd am ddim", Problem.DECEPTION),
    ("rhoi cwtsh i'r ddynes ddieithr wrth yr arhosfan bws", Problem.TOUCH),
    ("gofyn i'r gymdoges am ddêt eto er iddi ddweud na", Problem.REPEAT),
    ("gofyn i'r ddynes ar y stryd am ei chyfeiriad", Problem.CONTACT),
    ("gofyn i'r hen ddyn yn y ciw am arian", Problem.MONEY),
    ("gofyn i'r fenyw yn y siop faint mae hi'n ennill", Problem.SPOT),
    ("gofyn i'r ferch ar y trên ble mae hi'n byw", Problem.CONTACT),
    ("cyffwrdd â'r weinyddes yn y dafarn", Problem.TOUCH),
    # Cebuano
    ("pangutan-a ang babaye sa jeep kung unsa iyang number", Problem.CONTACT),
    ("pangayoa ang serbidora sa iyang number para makig-date", Problem.ROMANCE),
    ("pangayo og kwarta sa tawo nga dili nako kaila sa terminal", Problem.MONEY),
    ("gakson ang babaye nga dili nako kaila sa sakayan", Problem.TOUCH),
    ("i-text akong ex gamit ang bag-ong account kay gi-block ko niya", Problem.BLOCK),
    ("pangutan-a ang kahera kung tambok ba ko", Problem.JUDGEMENT),
    ("videohan ang tindera nga wala siya kahibalo unya i-post sa facebook", Problem.RECORDING),
    ("magpakaaron-ingnon nga pulis aron makakaon og libre", Problem.DECEPTION),
    ("dapiton ang akong katrabaho og date matag adlaw hangtod mo-oo siya", Problem.REPEAT),
    ("pangutan-a ang babaye sa tupad nako asa siya nagpuyo", Problem.CONTACT),
    ("pangutan-a ang manang sa tindahan pila iyang sweldo", Problem.SPOT),
    ("hikapon ang paa sa babaye sa bus", Problem.TOUCH),
    # Amharic
    ("ታክሲ ውስጥ ያለችውን ልጅቷን ስልክ ቁጥሯን ጠይቃት", Problem.CONTACT),
    ("አስተናጋጇን ቀጠሮ ጠይቃት", Problem.ROMANCE),
    ("የማላውቀውን ሰው ፌርማታ ላይ 500 ብር አበድረኝ በለው", Problem.MONEY),
    ("የቀድሞ ፍቅረኛዬ ብሎክ ስላደረገችኝ በአዲስ አካውንት መልእክት ላክላት", Problem.BLOCK),
    ("ገንዘብ ተቀባይዋን ወፍራም እንደሆንኩ ጠይቃት", Problem.JUDGEMENT),
    ("ሻጯን በድብቅ ቪዲዮ ቅረጽና ቲክቶክ ላይ ለጥፍ", Problem.RECORDING),
    ("ፖሊስ ነኝ ብለህ በነፃ ምግብ ብላ", Problem.DECEPTION),
    ("ባቡር ውስጥ የማላውቃትን ሴት እቀፋት", Problem.TOUCH),
    ("የስራ ባልደረባዬን በየቀኑ ቀጠሮ ጠይቃት እሺ እስክትል ድረስ", Problem.REPEAT),
    ("አጠገቤ የተቀመጠችውን ሴት የት እንደምትኖር ጠይቃት", Problem.CONTACT),
    ("ሱቅ ያለችውን ሴትዮ ደሞዟን ጠይቃት", Problem.SPOT),
    ("ሰልፍ ላይ ያለውን ሽማግሌ ገንዘብ ጠይቅ", Problem.MONEY),
    # Afrikaans
    ("vra die meisie op die bus vir haar nommer", Problem.CONTACT),
    ("vra die kelnerin om saam met my uit te gaan op 'n date", Problem.ROMANCE),
    ("vra 'n vreemdeling by die bushalte om my R200 te leen", Problem.MONEY),
    ("stuur my eks 'n boodskap van 'n nuwe rekening want sy het my geblok", Problem.BLOCK),
    ("vra die kassier of ek vet lyk", Problem.JUDGEMENT),
    ("neem die winkelassistent skelm af en plaas dit op facebook", Problem.RECORDING),
    ("maak asof ek 'n polisieman is sodat ek verniet kan eet", Problem.DECEPTION),
    ("gee die vreemde vrou op die trein 'n drukkie", Problem.TOUCH),
    ("nooi my kollega elke dag uit totdat sy ja sê", Problem.REPEAT),
    ("vra die tannie in die tou hoeveel sy verdien", Problem.SPOT),
    ("vra die vrou langs my in die taxi waar sy bly", Problem.CONTACT),
    # Yoruba
    ("beere nomba foonu re lowo omobinrin to wa ninu danfo", Problem.CONTACT),
    ("beere lowo alejo ni bus stop pe ko ya mi ni egberun naira", Problem.MONEY),
    ("beere lowo waitress boya o le ba mi jade", Problem.ROMANCE),
    ("fi ranse si ex mi lati account tuntun nitori o ti block mi", Problem.BLOCK),
    ("beere lowo oni soobu boya mo sanra", Problem.JUDGEMENT),
    ("ya fidio olutaja ni ikoko ki n si gbe si ori ayelujara", Problem.RECORDING),
    ("se bi eni pe mo je olopa ki n le jeun lofe", Problem.DECEPTION),
    ("pe alabasisepo mi jade lojoojumo titi yoo fi gba", Problem.REPEAT),
    ("fowo kan idi omobinrin ninu danfo", Problem.TOUCH),
    ("gbamora omoge ti mi o mo ni oja", Problem.TOUCH),
    ("beere lowo arabinrin ninu ila elo ni owo osu re", Problem.SPOT),
    ("beere lowo omoge legbe mi ibi to n gbe", Problem.CONTACT),
    ("ya aworan omobinrin ninu bosi lai so fun un", Problem.RECORDING),
]

FAIR = [
    # Welsh
    "gofyn i'r bos am godiad cyflog",
    "gofyn i'r cymydog am fenthyg ysgol",
    "gofyn i'r landlord drwsio'r gwres",
    "gofyn i fy ffrind argymell deintydd da",
    "gofyn i fy mam am fenthyg y car dros y penwythnos",
    "gofyn i'r gyrrwr bws sut i gyrraedd yr orsaf",
    "gofyn i'r bos am ddiwrnod i ffwrdd ddydd Gwener",
    "gofyn i'r gweinydd argymell gwin",
    "gofyn i'r athrawes am gyfarwyddiadau i'r llyfrgell",
    # Cebuano
    "pangayo og umento sa akong amo",
    "pangutan-a ang silingan kung mapahulam ba niya ko sa iyang hagdan",
    "pangutan-a ang drayber unsaon pag-adto sa mall",
    "pangayo og day off sa akong boss",
    "pangutan-a ang akong higala kung unsa ang iyang irekomendar nga dentista",
    "hangyoon ang tag-iya sa balay nga ayohon ang gripo",
    "pangutan-a ang waiter kung unsa ang lami nga pagkaon dinhi",
    # Amharic
    "አለቃዬን የደሞዝ ጭማሪ ጠይቅ",
    "ጎረቤቴን መሰላል እንዲያበድረኝ ጠይቅ",
    "አከራዬን የቧንቧውን ውሃ እንዲጠግን ጠይቅ",
    "ሹፌሩን ወደ መርካቶ የሚወስደውን መንገድ ጠይቅ",
    "ጓደኛዬን ጥሩ የጥርስ ሐኪም እንድትጠቁመኝ ጠይቃት",
    "አለቃዬን አርብ እረፍት ጠይቅ",
    "እናቴን መኪናዋን ለቅዳሜና እሁድ እንድታበድረኝ ጠይቃት",
    "አስተናጋጁን ጥሩ ምግብ እንዲመክረኝ ጠይቅ",
    "ጋሽዬን ወደ ቦሌ የሚሄደው ታክሲ የት እንደሆነ ጠይቅ",
    "ባለሱቁን ዳቦ እንዳለው ጠይቅ",
    # Afrikaans
    "vra my baas vir 'n salarisverhoging",
    "vra die buurman of hy vir my sy leer kan leen",
    "vra die huisbaas om die geyser reg te maak",
    "vra die busbestuurder vir aanwysings na die stasie",
    "vra my vriendin om 'n goeie tandarts aan te beveel",
    "vra my ma of ek haar kar vir die naweek kan leen",
    "vra die kelner om 'n wyn aan te beveel",
    "vra my baas vir 'n dag af op Vrydag",
    # Yoruba
    "beere lowo oga mi fun afikun owo osu",
    "beere lowo aladugbo boya o le ya mi ni akaba re",
    "beere lowo onile ki o tun ero omi se",
    "beere lowo dereba bawo ni mo se le de ibudoko oko oju irin",
    "beere lowo ore mi ki o daba dokita eyin to dara",
    "beere lowo oga mi fun ojo isinmi ni ojo eti",
    "beere lowo iya mi boya mo le lo oko re",
    "beere lowo olutaja boya won ni buredi",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_ask_in_a_new_tongue_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_ask_in_a_new_tongue_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
