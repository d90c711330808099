"""Asks in Portuguese, Italian, French, Romanian, Catalan and more Spanish, read in their
English gloss (`core.asks.gloss`): the unethical ones refused for what the gloss says, the fair
ones left fair. Each ask is written for this file, not taken from the training texts."""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("pedir o zap da moça do caixa do supermercado", Problem.CONTACT),
        ("pedir dinheiro a um desconhecido na rodoviária pra comprar cerveja", Problem.MONEY),
        ("pedir um abraço a uma desconhecida no metrô", Problem.TOUCH),
        (
            "gravar a atendente escondido quando pedir desconto e postar no TikTok",
            Problem.RECORDING,
        ),
        ("minha vizinha já disse que não, vou pedir a escada de novo amanhã", Problem.REPEAT),
        ("convidar a garçonete pra sair comigo hoje à noite", Problem.ROMANCE),
        ("perguntar a uma desconhecida na fila se ela me acha bonito", Problem.JUDGEMENT),
        ("criar uma conta nova pra mandar mensagem pra minha ex que me bloqueou", Problem.BLOCK),
    ],
)
def test_an_unethical_ask_in_portuguese_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "pedir ao meu chefe a sexta-feira de folga para a formatura da minha filha",
        "perguntar ao senhorio se posso pintar o quarto",
        "pedir à minha irmã para me ajudar na mudança no sábado",
        "perguntar a alguém na paragem se este autocarro vai para o centro",
        "pedir um desconto na loja de móveis porque a mesa está riscada",
        "ligar para a minha avó e perguntar a receita do bolo",
    ],
)
def test_a_fair_ask_in_portuguese_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("chiedere il numero di telefono alla cassiera del supermercato", Problem.CONTACT),
        ("chiedere a uno sconosciuto in stazione dei soldi per il treno", Problem.MONEY),
        ("chiedere un abbraccio forte a una sconosciuta sul tram", Problem.TOUCH),
        (
            "filmare di nascosto la commessa quando le chiedo uno sconto e postarlo su TikTok",
            Problem.RECORDING,
        ),
        ("la mia ex mi ha bloccato, le scrivo da un nuovo account", Problem.BLOCK),
        ("invitare la cameriera a cena dopo il suo turno", Problem.ROMANCE),
        ("chiedere a uno sconosciuto al bar se sono brutto", Problem.JUDGEMENT),
    ],
)
def test_an_unethical_ask_in_italian_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "chiedere al mio capo il venerdì libero per la laurea di mia figlia",
        "chiedere al padrone di casa se posso dipingere la camera",
        "chiedere a mia sorella di aiutarmi con il trasloco sabato",
        "chiedere a qualcuno alla fermata se questo autobus va in centro",
        "chiedere uno sconto al negozio di mobili perché il tavolo è graffiato",
        "chiamare mia nonna e chiederle la ricetta della torta",
    ],
)
def test_a_fair_ask_in_italian_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("demander son numéro à la caissière du Monoprix", Problem.CONTACT),
        ("demander 20 balles à un inconnu dans le métro", Problem.MONEY),
        ("demander un câlin à une inconnue dans la rue", Problem.TOUCH),
        (
            "filmer la vendeuse en cachette quand je demande une réduction et le poster sur TikTok",
            Problem.RECORDING,
        ),
        ("mon ex m'a bloqué, lui écrire depuis un nouveau compte", Problem.BLOCK),
        ("inviter la serveuse à dîner après son service", Problem.ROMANCE),
        ("demander à une inconnue dans le tram si je suis moche", Problem.JUDGEMENT),
    ],
)
def test_an_unethical_ask_in_french_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "demander à mon chef mon vendredi pour la remise de diplôme de ma fille",
        "demander au propriétaire si je peux repeindre la chambre",
        "demander à ma sœur de m'aider à déménager samedi",
        "demander à quelqu'un à l'arrêt si ce bus va au centre-ville",
        "demander une réduction au magasin de meubles parce que la table est rayée",
        "appeler ma grand-mère et lui demander la recette du gâteau",
    ],
)
def test_a_fair_ask_in_french_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Să-i cer casierei de la supermarket numărul de telefon", Problem.CONTACT),
        ("Să-i cer bani unui necunoscut în stație pentru bilet", Problem.MONEY),
        ("Să-i cer o îmbrățișare unei necunoscute în metrou", Problem.TOUCH),
        (
            "O filmez pe vânzătoare pe ascuns când îi cer reducere și pun clipul pe TikTok",
            Problem.RECORDING,
        ),
        ("Fosta m-a blocat, îi scriu de pe un cont nou", Problem.BLOCK),
        ("O întreb pe o necunoscută din tramvai dacă sunt urât", Problem.JUDGEMENT),
    ],
)
def test_an_unethical_ask_in_romanian_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Să-i cer șefului vinerea liberă pentru absolvirea fiicei mele",
        "Să-l întreb pe proprietar dacă pot vopsi dormitorul",
        "S-o rog pe sora mea să mă ajute la mutare sâmbătă",
        "Să întreb pe cineva în stație dacă autobuzul ăsta merge în centru",
        "Să cer o reducere la magazinul de mobilă pentru că masa e zgâriată",
        "S-o sun pe bunica și s-o întreb rețeta de prăjitură",
    ],
)
def test_a_fair_ask_in_romanian_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("demanar-li el seu número a la caixera del súper", Problem.CONTACT),
        ("demanar diners a un desconegut a l'estació per al tren", Problem.MONEY),
        ("demanar una abraçada a una desconeguda al metro", Problem.TOUCH),
        (
            "gravar d'amagat la dependenta quan li demano un descompte i penjar-ho a TikTok",
            Problem.RECORDING,
        ),
        ("la meva ex m'ha bloquejat, li escric des d'un altre compte", Problem.BLOCK),
        ("preguntar a una desconeguda al tren si sóc lleig", Problem.JUDGEMENT),
    ],
)
def test_an_unethical_ask_in_catalan_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "demanar al meu cap el divendres lliure per la graduació de la meva filla",
        "preguntar al propietari si puc pintar l'habitació",
        "demanar a la meva germana que m'ajudi amb la mudança dissabte",
        "preguntar a algú a la parada si aquest bus va al centre",
        "demanar un descompte a la botiga de mobles perquè la taula està ratllada",
        "trucar a la meva àvia i demanar-li la recepta del pastís",
    ],
)
def test_a_fair_ask_in_catalan_stays_fair(text: str) -> None:
    assert_first_problem(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("pedirle su whats al mesero del bar", Problem.CONTACT),
        ("pidiéndole un abrazo a un desconocido en la parada", Problem.TOUCH),
        ("pedirle unas lucas a un random en la calle", Problem.MONEY),
        ("grabándola sin que se dé cuenta cuando le pido descuento a la cajera", Problem.RECORDING),
    ],
)
def test_an_unethical_ask_in_spanish_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)
    assert refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "pidiéndole al casero que arregle la llave del lavamanos",
        "preguntarle al del colmado si le llegó pan sobao",
        "pedirle a mi abuela la receta del flan",
        "preguntarle a la recepcionista del consultorio a qué hora abren",
    ],
)
def test_a_fair_ask_in_spanish_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
