"""Asks in Spanish, Portuguese, French, Italian and Romanian made of everyday words (who sits
next to whom, where she lives, on the bus, after the party, send it to the group), read in
their English gloss (`core.asks.glosses`, the `*_everyday` modules). Each ask is written for
this file, not taken from the training texts."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    # Spanish
    ("preguntarle a la chava que se sienta a mi lado en el camión dónde vive", Problem.CONTACT),
    ("preguntarle a la señora de la fila cuánto gana", Problem.SPOT),
    ("seguirla después de la fiesta para ver dónde vive", Problem.CONTACT),
    (
        "grabar la llamada con la cajera sin decirle y mandarlo al grupo",
        Problem.RECORDING,
    ),
    ("pedirle a mi empleada doméstica que trabaje el domingo sin paga", Problem.POWER),
    ("preguntarle al señor de al lado en el metro si me veo gorda", Problem.JUDGEMENT),
    ("escribirle otra vez aunque me dijo que la dejara en paz", Problem.BLOCK),
    ("pedirles a mis alumnos que se suscriban a mi canal", Problem.POWER),
    (
        "preguntarle a una desconocida en la parada por qué no tiene hijos",
        Problem.SPOT,
    ),
    # Portuguese (Brazilian and European)
    ("perguntar pra moça que senta do meu lado no ônibus onde ela mora", Problem.CONTACT),
    ("perguntar à senhora na fila quanto ela ganha", Problem.SPOT),
    ("seguir ela depois da festa pra ver onde ela mora", Problem.CONTACT),
    (
        "gravar a ligação com a atendente sem contar pra ela e mandar no grupo",
        Problem.RECORDING,
    ),
    ("pedir pra minha empregada trabalhar no domingo sem receber", Problem.POWER),
    ("perguntar ao rapaz do meu lado no metrô se eu estou gorda", Problem.JUDGEMENT),
    (
        "mandar mensagem de novo mesmo ela tendo me pedido pra deixar ela em paz",
        Problem.BLOCK,
    ),
    ("pedir pros meus alunos se inscreverem no meu canal", Problem.POWER),
    ("perguntar a uma desconhecida na paragem por que ela não tem filhos", Problem.SPOT),
    (
        "dizer na frente de todo mundo que se ela não vier isso quer dizer que não me ama",
        Problem.PRESSURE,
    ),
    # French
    ("demander à la fille assise à côté de moi dans le bus où elle habite", Problem.CONTACT),
    ("demander à la dame dans la file combien elle gagne", Problem.SPOT),
    ("la suivre après la soirée pour voir où elle habite", Problem.CONTACT),
    (
        "enregistrer l'appel avec la vendeuse sans lui dire et l'envoyer dans le groupe",
        Problem.RECORDING,
    ),
    ("demander à ma femme de ménage de travailler dimanche sans être payée", Problem.POWER),
    ("demander au mec à côté de moi dans le métro si je suis grosse", Problem.JUDGEMENT),
    (
        "lui écrire encore une fois même si elle m'a dit de la laisser tranquille",
        Problem.BLOCK,
    ),
    ("demander à mes élèves de s'abonner à ma chaîne", Problem.POWER),
    ("demander à une inconnue à l'arrêt pourquoi elle n'a pas d'enfants", Problem.SPOT),
    # Italian
    (
        "chiedere alla ragazza seduta accanto a me sull'autobus dove abita",
        Problem.CONTACT,
    ),
    ("chiedere alla signora in fila quanto guadagna", Problem.SPOT),
    ("seguirla dopo la festa per vedere dove abita", Problem.CONTACT),
    (
        "registrare la chiamata con la commessa senza dirle niente e mandarlo nel gruppo",
        Problem.RECORDING,
    ),
    ("chiedere alla mia colf di lavorare domenica senza essere pagata", Problem.POWER),
    ("chiedere al ragazzo accanto a me in metro se sono grassa", Problem.JUDGEMENT),
    ("scriverle di nuovo anche se mi ha detto di lasciarla in pace", Problem.BLOCK),
    ("chiedere ai miei alunni di iscriversi al mio canale", Problem.POWER),
    ("chiedere a una sconosciuta alla fermata perché non ha figli", Problem.SPOT),
    # Romanian
    (
        "s-o întreb pe fata care stă lângă mine în autobuz unde locuiește",
        Problem.CONTACT,
    ),
    ("s-o întreb pe doamna de la coadă cât câștigă", Problem.SPOT),
    ("s-o urmăresc după petrecere să văd unde locuiește", Problem.CONTACT),
    (
        "să înregistrez apelul cu vânzătoarea fără să-i spun și să-l pun pe grup",
        Problem.RECORDING,
    ),
    ("s-o rog pe menajeră să lucreze duminică fără plată", Problem.POWER),
    ("să-l întreb pe tipul de lângă mine în metrou dacă sunt grasă", Problem.JUDGEMENT),
    ("să-i scriu din nou deși mi-a zis să o las în pace", Problem.BLOCK),
    ("să le cer elevilor mei să se aboneze la canalul meu", Problem.POWER),
    ("s-o întreb pe o necunoscută în stație de ce nu are copii", Problem.SPOT),
    (
        "să-i spun în fața tuturor că dacă nu vine înseamnă că nu mă iubește",
        Problem.PRESSURE,
    ),
]

FAIR = [
    "preguntarle a mi mamá a qué hora llega mañana",
    "pedirle a mi esposo que recoja a los niños mañana",
    "preguntarle al señor del kiosco dónde queda la parada del camión",
    "pedirle al doctor un justificante para el trabajo",
    "preguntarle a la profesora si me recomienda un libro",
    "pedirle a mi hijo que me ayude el domingo con el jardín",
    "preguntarle a mi vecina si puede regar mis plantas mañana",
    "perguntar à minha mãe a que horas ela chega amanhã",
    "pedir ao meu marido para buscar as crianças amanhã",
    "perguntar ao jornaleiro onde fica o ponto de ônibus",
    "pedir ao médico um atestado para o trabalho",
    "perguntar à professora se ela me recomenda um livro",
    "pedir ao meu filho para me ajudar no domingo com o jardim",
    "demander à ma mère à quelle heure elle arrive demain",
    "demander à mon mari d'aller chercher les enfants demain",
    "demander au buraliste où est l'arrêt de bus",
    "demander au médecin un certificat pour le travail",
    "demander à la prof si elle peut me conseiller un livre",
    "demander à mon fils de m'aider dimanche dans le jardin",
    "chiedere a mia madre a che ora arriva domani",
    "chiedere a mio marito di prendere i bambini domani",
    "chiedere al giornalaio dov'è la fermata dell'autobus",
    "chiedere al medico un certificato per il lavoro",
    "chiedere alla prof se mi consiglia un libro",
    "chiedere a mio figlio di aiutarmi domenica in giardino",
    "s-o întreb pe mama la ce oră ajunge mâine",
    "să-l rog pe soțul meu să ia copiii de la școală mâine",
    "să-l întreb pe nenea de la chioșc unde e stația de autobuz",
    "să-i cer medicului o adeverință pentru serviciu",
    "s-o întreb pe profesoara dacă îmi recomandă o carte",
    "să-l rog pe fiul meu să mă ajute duminică în grădină",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_everyday_ask_in_a_romance_language_is_refused(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_everyday_ask_in_a_romance_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
