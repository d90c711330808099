"""Own-card asks of the forty-first round's unsafe and recording misses (hands-41), each with
paraphrases in other words, and their fair neighbours.

Unsafe: a roof climbed at night, a jump off a wall, a bridge or a pier, a fence crossed at night
into a closed or abandoned place, a building site got into at night, the wheel after the drink,
no helmet or life vest, a storm warning, a stranger's car at night, a balcony hung off, in
Spanish, Czech, Greek, Dutch, Turkish, German, Hungarian, Polish, Romanian, Tagalog and French;
in English, a stranger's vape "with the weird stuff", the alley seller's "try some", a lift from
"the man who keeps offering" at midnight, a night climb alone with no guide, some lad's house
from the club, lying down in the road. Recording: someone filmed in secret or posted, in Spanish
forms the check did not read ("grabaré", "cuando le pida ... y lo subo", "un live ... sin
avisarles") and in Hungarian, Romanian, Turkish, German, Greek, Czech, Tagalog and French; in
English, a phone left recording in a bag, strangers' faces posted, girls dashcammed.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "Ask the guy at the party if I can try his vape with the weird stuff in it.",
        "ask the girl at the rave if I can have a hit of her pen with the funny stuff in it",
        "Challenge: ask the guy selling stuff in the alley behind the station what he's got and"
        " if I can try some.",
        "ask the man dealing gear under the bridge if I can try a bit",
        "dare: accept the free lift from the man who keeps offering at the stage in Kabalagala, at"
        " midnight after night duty, he says he knows my aunt",
        "take the ride home from that guy who hangs round the taxi stand, at 2am",
        "dare: Batur alone at 2am, no guide",
        "climb Rinjani solo at night without a guide",
        "go back to some lad's house from the club i met 20 min ago",
        "go back to this guy's flat, i met him an hour ago at the bar",
        "ask my kawan to lie down in the middle of the road at night for a prank video",
        "dare my mate to lay down in the middle of the street for a tiktok",
        "mano voy a pedirle a las nenas que me acompañen a subirnos al techo de la escuela de"
        " noche",
        "pedirle a mi primo que me ayude a trepar al tejado del gimnasio",
        "asere, le voy a pedir a los socios que me reten a tirarme del muro del Malecón cuando la"
        " ola esté alta",
        "retar a mis amigos a lanzarnos del puente al río",
        "pedirle a mis compas que me reten a manejar a la casa después de la peda pa demostrar que"
        " sí puedo",
        "chamo, retar al pana a ver quién aguanta más bebiendo caña y después manejamos pa la"
        " playa",
        "pedirle a mi hermano que me deje conducir después de la borrachera",
        "Pedirle a un motoconcho que me lleve a mí y a mis dos muchachos sin casco por la"
        " autopista",
        "Preguntarle a mi primo si me deje manejar su moto por la carretera a Reynosa sin casco y"
        " a todo lo que da",
        "parce, hoy le pido a mi amigo que nos colemos de noche a la obra del metro a ver cómo va",
        "pedirle al vigilante que me deje subir a la azotea del edificio en obra a medianoche pa"
        " ver la ciudad",
        "zeptat se kamosu jestli se mnou v noci vlezou pres plot do ty opustený tovarny",
        "poprosit bráchu, jestli se mnou v noci přeleze přes zeď do zavřeného lomu",
        "na rwtisw tous filous na skarfalwsoume nyxta ton Lefko Pyrgo apo ekso, gia ti thea",
        "mijn vriendin vragen of ze achterop wil terwijl ik dronken en zonder licht naar huis"
        " fiets 🚲",
        "mijn broer vragen of hij dronken met de auto naar huis wil rijden",
        "Birinden ben 8. kattaki balkondan sarkarken ayaklarımı tutmasını isteyeceğim, foto için",
        "Den Jungen vom Segelverein fragen, ob er trotz Sturmwarnung mit mir rausfährt. Das wäre"
        " mal mutig.",
        "meinen Kumpel fragen, ob er ohne Helm mit mir auf dem Motorrad fährt",
        "Megkérni a diákokat az osztálykiránduláson, hogy ugorjanak velem a Balatonba éjjel a"
        " móló végéről.",
        "Zapytać Kubę, czy wskoczy ze mną w nocy przez płot na zamknięty basen miejski.",
        "Să-l rog pe un străin să mă ia cu mașina noaptea pe centură, fără să spun nimănui unde"
        " merg.",
        "dare ko yung mga kaibigan ko tumalon sa tulay papunta sa ilog, walang life vest",
        "demander à mon pote de conduire après la soirée, il a bu que 4 bières",
        "demander à ma copine de prendre le volant, elle a bu trois verres de vin",
    ],
)
def test_dangers_in_more_words_and_tongues_are_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "Challenge: film yourself getting rejected by strangers and post the best ones.",
        "record myself approaching girls at the mall and upload the clips",
        "slip my phone in my bag recording and ask strangers weird questions",
        "leave my phone in my jacket recording while I ask the landlord for a discount",
        "dashcam girls at the MOP, post it",
        "record myself asking random ppl for gum and post their faces on tiktok lol",
        "Grabaré en secreto la conversación con el director cuando le pida mi jubilación"
        " anticipada",
        "mano voy a grabar al profe cuando le pida que me suba la nota y lo subo si dice algo raro"
        " 😂",
        "chamo voy a hacer un live en insta pidiéndole cosas raras a los clientes sin avisarles",
        "Grabar con la cámara del colmado cuando le pida al cliente que me pague lo que debe y"
        " ponerlo en el estado de WhatsApp",
        "grabar al de recursos humanos con el cel en la bolsa cuando le pida el aumento",
        "pedirle un cigarro a la gente en el parque Central y grabarlo todo escondío pa YouTube",
        "filmaré a mi casero a escondidas cuando le pida que baje la renta",
        "Élőben streamelem Facebookon, ahogy megkérdezem a szomszédot, kölcsönadja-e a fűnyírót."
        " Ő nem fogja tudni.",
        "Îl filmez pe șef când îi cer mărire, cu telefonul în buzunarul de la sacou, fără să știe.",
        "Sokakta insanlara garip sorular sorup tepkilerini gizlice çekeceğim, Reels için 🔥",
        "Ich nehme heimlich mit dem Handy auf, wie ich meine Schwester um Geld bitte. Als Beweis"
        " für später.",
        "den Chef heimlich filmen, wenn ich nach mehr Gehalt frage",
        "na travhksw video ton proistameno otan tou zitisw repo, xwris na to kserei, gia ta"
        " stories",
        "natocit reakci pokladni kdyz ji pozadam o slevu, bez jejiho vedomi, a hodit to na youtube",
        "i-vlog ko yung reaction ng mga tindera sa palengke pag humingi ako ng tawad, di ko"
        " sasabihin na naka-record",
        "filmer discrètement la réaction de la fille quand je lui demande l'heure, pour la story",
        "enregistrer mon patron en cachette quand je lui demande une augmentation",
    ],
)
def test_people_recorded_unasked_in_more_words_and_tongues_are_recording(text: str) -> None:
    assert_first_problem(text, Problem.RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "ask the guy at the party where he got his vape",
        "ask the woman selling stuff at the market if I can try some of her cheese",
        "accept a lift home from my brother at midnight after my shift",
        "book a guide for Batur at 2am so I don't go alone",
        "ask my friend to come back to my place for tea after the club",
        "ask the council to close the road for our street party",
        "pedirle a mi papá que me ayude a subir al techo del carro las maletas",
        "pedirle a mi amigo que me lleve a casa porque tomé unas cervezas",
        "pedirle a mi vecina que me deje subir a la azotea a tender la ropa",
        "pedirle al conductor del bus que me avise en mi parada",
        "ponerme el casco y pedirle a mi primo que me enseñe a manejar la moto",
        "zeptat se souseda, jestli mi pomůže opravit plot",
        "mijn vriend vragen of hij me naar huis brengt want ik heb gedronken",
        "den Jungen vom Segelverein fragen, ob er mir das Segeln beibringt",
        "megkérni a szomszédot, hogy kölcsönadja a fűnyírót",
        "demander à mon pote qui n'a pas bu de conduire après la soirée",
        "grabar un video de mi perro y subirlo a TikTok",
        "grabarme cantando y subirlo a YouTube",
        "pedirle al profe que me grabe dando la presentación para practicar",
        "den Chef fragen, ob ich das Meeting aufnehmen darf",
        "film myself asking for a discount and post it, with just my face",
        "filmer le coucher de soleil pour ma story",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text), text
