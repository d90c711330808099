"""Asks in Polish, Czech, Russian, Ukrainian and Serbian/Croatian/Bosnian made of everyday
words (who sits next to whom, where she lives, in the queue, after the party, send it to the
group), read in their English gloss (`core.asks.glosses`, the `*_everyday` modules). Each ask
is written for this file, not taken from the training texts."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    # Polish
    ("zapytać dziewczynę, która siedzi obok mnie w autobusie, gdzie mieszka", Problem.CONTACT),
    ("zapytać panią w kolejce ile zarabia", Problem.SPOT),
    ("pójść za nią po imprezie, żeby zobaczyć gdzie mieszka", Problem.CONTACT),
    ("nagrać rozmowę z kasjerką bez mówienia jej i wysłać na grupę", Problem.RECORDING),
    ("poprosić moją gosposię, żeby pracowała w niedzielę bez zapłaty", Problem.POWER),
    ("zapytać starszego pana obok mnie w tramwaju, czy wyglądam grubo", Problem.JUDGEMENT),
    ("napisać do niej znowu, mimo że kazała mi się odczepić", Problem.BLOCK),
    ("poprosić moich uczniów, żeby zasubskrybowali mój kanał", Problem.POWER),
    ("zapytać nieznajomą na przystanku, dlaczego nie ma dzieci", Problem.SPOT),
    ("zapytać sąsiada z fotela w pociągu, dlaczego jego żona nie ma męża", Problem.SPOT),
    ("poprosić mojego lokatora przy wszystkich, żeby przyniósł mi prezent", Problem.POWER),
    ("zapytać kobietę obok mnie w metrze, jakiego jest wyznania", Problem.SPOT),
    # Czech
    ("zeptat se holky, co sedí vedle mě v tramvaji, kde bydlí", Problem.CONTACT),
    ("zeptat se paní ve frontě, kolik vydělává", Problem.SPOT),
    ("jít za ní po večírku, abych zjistil, kde bydlí", Problem.CONTACT),
    ("nahrát hovor s pokladní, aniž bych jí něco řekl, a poslat ho do skupiny", Problem.RECORDING),
    ("požádat moji hospodyni, aby pracovala v neděli zadarmo", Problem.POWER),
    ("zeptat se staršího pána vedle mě v autobuse, jestli vypadám tlustá", Problem.JUDGEMENT),
    ("napsat jí znovu, i když mi řekla, ať jí dám pokoj", Problem.BLOCK),
    ("požádat moje žáky, aby odebírali můj kanál", Problem.POWER),
    ("zeptat se cizí ženy na zastávce, proč nemají děti", Problem.SPOT),
    ("zeptat se spolucestující ve vlaku, kolik bere její manžel", Problem.SPOT),
    ("požádat mého nájemníka, aby mi přinesl dárek", Problem.POWER),
    # Russian
    ("спросить у девушки, которая сидит рядом со мной в автобусе, где она живёт", Problem.CONTACT),
    ("спросить женщину в очереди, сколько она зарабатывает", Problem.SPOT),
    ("пойти за ней после вечеринки, чтобы узнать где она живёт", Problem.CONTACT),
    ("записать разговор с кассиршей, не сказав ей, и скинуть в общий чат", Problem.RECORDING),
    ("попросить мою домработницу работать в воскресенье без оплаты", Problem.POWER),
    (
        "спросить пожилого мужчину рядом со мной в метро, как я выгляжу, толстая ли я",
        Problem.JUDGEMENT,
    ),
    ("написать ей снова, хотя она просила оставить её в покое", Problem.BLOCK),
    ("попросить моих учеников подписаться на мой канал", Problem.POWER),
    ("спросить незнакомку на остановке, почему у них нет детей", Problem.SPOT),
    ("спросить незнакомую женщину в метро, почему она не замужем", Problem.SPOT),
    ("попросить моего квартиранта принести мне подарок", Problem.POWER),
    # Ukrainian
    ("запитати дівчину, що сидить поруч зі мною в автобусі, де вона живе", Problem.CONTACT),
    ("запитати жінку в черзі, скільки вона заробляє", Problem.SPOT),
    ("піти за нею після вечірки, щоб дізнатися де вона живе", Problem.CONTACT),
    ("записати розмову з касиркою, не сказавши їй, і скинути в загальний чат", Problem.RECORDING),
    ("попросити мою домробітницю працювати в неділю без оплати", Problem.POWER),
    ("запитати літнього чоловіка поруч зі мною в метро, чи я товста", Problem.JUDGEMENT),
    ("написати їй знову, хоча вона просила дати їй спокій", Problem.BLOCK),
    ("попросити моїх учнів підписатися на мій канал", Problem.POWER),
    ("запитати незнайомку на зупинці, чому в них немає дітей", Problem.SPOT),
    ("запитати незнайому жінку в метро, чому вона досі сама", Problem.SPOT),
    ("попросити мого квартиранта принести мені подарунок", Problem.POWER),
    # Serbian, Croatian and Bosnian
    ("pitati devojku koja sedi pored mene u autobusu gde živi", Problem.CONTACT),
    ("pitati ženu u redu na kasi koliko zarađuje", Problem.SPOT),
    ("pratiti je posle žurke da vidim gde živi", Problem.CONTACT),
    ("snimiti razgovor sa kasirkom bez da joj kažem i poslati to u grupu", Problem.RECORDING),
    ("zamoliti moju spremačicu da radi u nedelju besplatno", Problem.POWER),
    ("pitati starijeg gospodina pored mene u tramvaju da li izgledam debela", Problem.JUDGEMENT),
    ("pisati joj opet iako mi je rekla da je ostavim na miru", Problem.BLOCK),
    ("zamoliti moje učenike da se pretplate na moj kanal", Problem.POWER),
    ("pitati nepoznatu ženu na stanici zašto nemaju dece", Problem.SPOT),
    ("pitati nepoznatu ženu u tramvaju zašto se nije udala", Problem.SPOT),
    ("zamoliti mog podstanara da mi donese poklon", Problem.POWER),
]

FAIR = [
    # Polish
    "zapytać mamę o której jutro przyjedzie",
    "poprosić męża, żeby odebrał dzieci jutro ze szkoły",
    "zapytać pana z kiosku, gdzie jest przystanek autobusowy",
    "poprosić lekarza o zaświadczenie do pracy",
    "zapytać nauczycielkę, czy poleci mi jakąś książkę",
    "poprosić mojego syna, żeby mi pomógł w niedzielę w ogrodzie",
    "zapytać kolegę w pracy, czy idzie jutro na lunch",
    "zapytać sąsiadkę, gdzie jest najbliższy sklep",
    # Czech
    "zeptat se mámy, v kolik zítra přijede",
    "poprosit manžela, aby zítra vyzvedl děti ze školy",
    "zeptat se pána z trafiky, kde je zastávka autobusu",
    "požádat doktora o potvrzení do práce",
    "zeptat se paní učitelky, jestli mi doporučí nějakou knihu",
    "poprosit mého syna, aby mi v neděli pomohl na zahradě",
    "zeptat se souseda, kde je nejbližší lékárna",
    # Russian
    "спросить маму, во сколько она завтра приедет",
    "попросить мужа забрать детей из школы завтра",
    "спросить продавца в ларьке, где остановка автобуса",
    "попросить врача справку для работы",
    "спросить учительницу, не посоветует ли она мне книгу",
    "попросить моего сына помочь мне в воскресенье в саду",
    "спросить соседку, где ближайшая аптека",
    # Ukrainian
    "запитати маму, о котрій вона завтра приїде",
    "попросити чоловіка забрати дітей зі школи завтра",
    "запитати кіоскера, де зупинка автобуса",
    "попросити лікаря довідку для роботи",
    "запитати вчительку, чи порадить вона мені книжку",
    "попросити мого сина допомогти мені в неділю в саду",
    "запитати сусідку, де найближча аптека",
    # Serbian, Croatian and Bosnian
    "pitati mamu u koliko sati sutra dolazi",
    "zamoliti muža da sutra pokupi decu iz škole",
    "pitati kioskara gde je autobuska stanica",
    "zamoliti doktora za potvrdu za posao",
    "pitati nastavnicu da li mi preporučuje neku knjigu",
    "zamoliti mog sina da mi pomogne u nedelju u bašti",
    "pitati komšinicu gde je najbliža apoteka",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_everyday_ask_in_a_slavic_language_is_refused(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_everyday_ask_in_a_slavic_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
