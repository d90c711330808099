"""Own-card asks of the forty-fourth round written in German, Dutch, Swedish, Polish, Russian,
Ukrainian and Serbian/Croatian (hands-43), read through glossaries taught their missing words,
each with variants in other words or tongues, and their fair neighbours.

The glossaries now know a trader at the market and a roll got "umsonst", the gym and when
someone trains, two people breaking up at a café, a Werkstudent, a third time and a neighbour
who "gibt schon nach", drinks before a roof; a student house, a mark from 1 to 10, curls
touched, "ze zei gisteren nee", a loyalty card "left at home" that the user has none of; a gym
mate known a month, a cashier's shift and way home, a hug at the pharmacy, an insurer claimed at
the garage, an intern's bonus; a treat "просто так", a sitter after a no, a 17-year-old
graduate, a meeting in the woods, a class's gift, a library's reading club; the girls in class,
a maths teacher asked out, a little brother's pocket money, mum told the user moves out; a
colleague's verdict without makeup, a stranger's hand on the tram, strangers' earnings, a
child photographed for stories, a husband reminded he owes; a third ask after two noes, a
neighbour's "stop bothering me", a doctor claimed at the pharmacy, a queue jumped through a
customer. The English rules read four of them as well: a card "left at home" owned up to as
none, an insurer claimed to be served sooner, goods asked "for free" of a trader or "just like
that", a couple breaking up named after a comma, and "at night alone".
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # German
        ("Am Fischmarkt den Händler fragen, ob ich ein Fischbrötchen umsonst krieg", Problem.MONEY),
        (
            "auf dem Wochenmarkt die Marktfrau fragen, ob ich einen Apfel umsonst kriege",
            Problem.MONEY,
        ),
        ("ask the trader at the fish market if i can have a fish roll for free", Problem.MONEY),
        (
            "Die Frau im Fitnessstudio fragen, wann sie normalerweise trainiert, damit ich zur"
            " gleichen Zeit komme",
            Problem.CONTACT,
        ),
        (
            "Mich im Café zu zwei Leuten setzen, die gerade Schluss machen, und fragen was los ist",
            Problem.SPOT,
        ),
        ("at the cafe ask two people, who are breaking up, what's going on", Problem.SPOT),
        (
            "Meinen Werkstudenten fragen, ob er am Wochenende beim Umzug hilft – er will ja"
            " übernommen werden",
            Problem.POWER,
        ),
        (
            "Den Nachbarn zum dritten Mal fragen, ob ich seinen Parkplatz haben kann, irgendwann"
            " gibt er schon nach",
            Problem.REPEAT,
        ),
        (
            "nach drei Spritzern den Türsteher fragen, ob er mich aufs Dach vom Lokal lässt",
            Problem.UNSAFE,
        ),
        # Dutch
        ("de jongen van de UB vragen in welk studentenhuis hij woont", Problem.CONTACT),
        (
            "mensen in de trein vragen om me een cijfer te geven van 1 tot 10, hoe knap ben ik",
            Problem.JUDGEMENT,
        ),
        ("de barista met die krullen vragen of ik even aan zijn haar mag zitten", Problem.TOUCH),
        ("de kapster vragen of ik even aan haar haar mag voelen", Problem.TOUCH),
        (
            "Sanne nog een keer vragen of ik haar fiets mag lenen, ze zei gisteren nee maar"
            " misschien heeft ze nu een betere bui",
            Problem.REPEAT,
        ),
        (
            "bij de AH zeggen dat ik mijn bonuskaart thuis heb laten liggen (heb er geen) zodat ik"
            " toch de korting krijg",
            Problem.DECEPTION,
        ),
        (
            "tell the cashier i forgot my loyalty card at home, i don't even have one, to get the"
            " discount",
            Problem.DECEPTION,
        ),
        # Polish
        (
            "poprosić kumpla z siłowni, co go znam od miesiąca, o pożyczenie 2 tysięcy na nowy"
            " telewizor",
            Problem.MONEY,
        ),
        (
            "zapytać kasjerkę z Biedronki, o której kończy zmianę i którędy wraca do domu",
            Problem.CONTACT,
        ),
        ("poprosić panią w aptece, żeby mnie przytuliła, bo mam zły dzień", Problem.TOUCH),
        (
            "trzeci raz zapytać kierownika zmiany o wolny piątek, aż w końcu się zgodzi",
            Problem.REPEAT,
        ),
        (
            "powiedzieć w warsztacie, że jestem z ubezpieczalni, żeby szybciej naprawili mi auto",
            Problem.DECEPTION,
        ),
        (
            "tell the mechanic i'm from the insurance company so they fix my car faster",
            Problem.DECEPTION,
        ),
        (
            "say at the clinic that we're with the council so they see us first",
            Problem.DECEPTION,
        ),
        (
            "poprosić praktykanta, żeby mi odpalił część swojej premii, w końcu to ja mu wystawiam"
            " ocenę",
            Problem.POWER,
        ),
        # Russian
        ("попросить у продавщицы на Баумана бесплатный чак-чак, просто так", Problem.MONEY),
        ("ask the shop assistant for a free cake, just like that", Problem.MONEY),
        (
            "снова попросить соседку посидеть с дочкой, хотя вчера она сказала, что не может, —"
            " вдруг сегодня передумает",
            Problem.REPEAT,
        ),
        (
            "пригласить на свидание выпускника, ему 17, он всегда мне улыбается на уроке",
            Problem.ROMANCE,
        ),
        (
            "пойти ночью одной на встречу с мужчиной из телеграма в лесопарк, он сам предложил",
            Problem.UNSAFE,
        ),
        ("go at night alone to meet a man from tinder in the park", Problem.UNSAFE),
        ("попросить учеников скинуться мне на подарок к 8 марта", Problem.POWER),
        # Swedish
        (
            "fråga tjejerna i klassen om dom tror att nån gillar mig typ i hemlighet",
            Problem.JUDGEMENT,
        ),
        ("fråga ut min mattelärare på en dejt lol", Problem.ROMANCE),
        ("be min lillebror (8) att ge mig sin veckopeng, han gör ju allt jag säger", Problem.POWER),
        (
            "säga till mamma att jag flyttar hemifrån om hon inte köper nya lurar till mig",
            Problem.PRESSURE,
        ),
        # Ukrainian
        (
            "Запитати колегу з сусіднього відділу, чи я, на її думку, негарна без макіяжу",
            Problem.JUDGEMENT,
        ),
        (
            "Попросити незнайомого чоловіка в трамваї потримати мене за руку, поки їдемо",
            Problem.TOUCH,
        ),
        (
            "Підійти до незнайомих людей на площі Ринок і спитати, скільки вони заробляють",
            Problem.SPOT,
        ),
        (
            "Сфоткати малого на гойдалці в парку для сторіз, він такий милий, мама ж не буде проти",
            Problem.POWER,
        ),
        (
            "Попросити чоловіка скасувати поїздку до друзів, а якщо відмовить, нагадати, що він"
            " мені винен після минулого разу",
            Problem.PRESSURE,
        ),
        # Serbian / Croatian / Bosnian
        (
            "treći put da pitam komšinicu da mi čuva psa, dvaput je rekla da ne može ali možda je"
            " smekšam",
            Problem.REPEAT,
        ),
        (
            "Комшија ми је рекао да га више не узнемиравам, али сутра ћу опет да му покуцам да"
            " питам за паркинг место",
            Problem.BLOCK,
        ),
        ("Да кажем у апотеци да сам лекар, да ми дају лек без рецепта", Problem.UNSAFE),
        ("da kažem u apoteci da sam doktor, da mi daju lek bez recepta", Problem.UNSAFE),
        (
            "da tražim od mušterije čiji auto držim u servisu da mi sredi pregled kod njenog muža"
            " doktora preko reda",
            Problem.SPOT,
        ),
    ],
)
def test_the_rounds_misses_in_europes_tongues_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "позвонить в библиотеку и спросить, можно ли вести у них бесплатный кружок чтения для"
        " детей",
        "Am Markt den Händler fragen, ob ich mit Karte zahlen kann",
        "ask the trader at the market if i can pay by card",
        "ask the baker if i can have yesterday's bread for free",
        "Ask the guy at the bike hire place if I can have the helmet for free.",
        "ask the shop assistant for a free bag, just like that",
        "попросить у продавщицы пакет, просто так",
        "de barista vragen of ik hier mag zitten",
        "Sanne vragen of ik haar fiets mag lenen, ze zei gisteren dat het kan",
        "mensen in de trein vragen of ze een leuk boek kunnen aanraden",
        "tell the cashier i left my loyalty card at home and ask if she can look it up",
        "tell the garage i'm from the insurance company's approved list and ask for a quote",
        "poprosić panią w aptece o radę, bo mam zły dzień",
        "zapytać kasjerkę, o której zamykają sklep",
        "fråga tjejerna i klassen om dom vill plugga ihop",
        "säga till mamma att jag flyttar hemifrån i höst",
        "Запитати колегу з сусіднього відділу, чи я можу допомогти з проєктом",
        "Den Nachbarn fragen, ob ich seinen Parkplatz am Samstag haben kann",
        "ask two people at the cafe, who are clearly tourists, if they want a recommendation",
    ],
)
def test_the_same_words_in_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)
