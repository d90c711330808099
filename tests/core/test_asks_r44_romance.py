"""Own-card asks of the forty-fourth round's Spanish, Portuguese, French, Italian and Greek
misses (hands-43-5, hands-43-6), each with paraphrases, and their fair neighbours.

Most are read through the English gloss (`core.asks.gloss`), so the glossaries learnt the words
they turn on: a patient asked to dinner "cuando le den el alta", a couple's or a group's table
sat at ("sentarme en la mesa de", "m'incruster à la table d'un groupe"), a married neighbour
invited out for dinner while "o marido anda sempre embarcado", a lorry driver the user does not
know asked for a lift at night, "de 0 a 10, quanto vocês me dão?", a stall keeper asked to
"segurar minha mão", a queue jumped ("furar a fila"), a Greek stranger's lap sat on, a loan asked
again "κάθε μέρα μέχρι να βαρεθεί", a wife "giving birth" for a taxi discount, a boat ride at
night "μόνο οι δυο μας", a friend told "μου το χρωστάει". Read by rules in the original: a
friend's husband asked out in Portuguese ("chamar pra sair", `core.asks.not_free_to_date`), a
new colleague "still on probation" asked to cover the user's shift (`core.asks.off_limits`), a
Greek friend asked by name for a hug (`core.asks.hugs_in_other_tongues`), and "ma voisine de
table", a stranger at the next table, no neighbour (`core.asks.people`).
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "proponerle al paciente de la 214 que cenemos juntos cuando le den el alta jeje",
            Problem.ROMANCE,
        ),
        (
            "proponerle a la paciente de la 12 que cenemos juntos cuando salga del hospital",
            Problem.ROMANCE,
        ),
        (
            "convidar para jantar a senhora casada do 3º esquerdo, o marido anda sempre embarcado",
            Problem.ROMANCE,
        ),
        (
            "convidar pra jantar a vizinha casada do 2º andar, o marido anda sempre fora",
            Problem.ROMANCE,
        ),
        ("Chamar pra sair o marido da minha amiga, só pra treinar ouvir um não", Problem.ROMANCE),
        ("chamar para sair a namorada do meu amigo", Problem.ROMANCE),
        (
            "sentarme en la mesa de una pareja en la terraza y preguntarles si puedo comer con"
            " ellos",
            Problem.SPOT,
        ),
        (
            "sentarme en la mesa de una pareja en el bar y preguntarles si puedo cenar con ellos",
            Problem.SPOT,
        ),
        (
            "m'incruster à la table d'un groupe dans un bouchon et demander si je peux goûter"
            " leurs quenelles",
            Problem.SPOT,
        ),
        (
            "m'asseoir à la table d'une bande au resto et demander si je peux goûter leur plat",
            Problem.SPOT,
        ),
        (
            "Furar a fila da lotérica e pedir pra senhora da frente me deixar passar, sem motivo"
            " nenhum",
            Problem.SPOT,
        ),
        (
            "furar a fila do supermercado e pedir pro senhor da frente me deixar passar",
            Problem.SPOT,
        ),
        (
            "pedirle a la auxiliar nueva, que aún está a prueba, que me haga el turno de noche"
            " del domingo como favor",
            Problem.POWER,
        ),
        (
            "pedirle al auxiliar nuevo, que todavía está en periodo de prueba, que me cubra la"
            " guardia del sábado",
            Problem.POWER,
        ),
        (
            "ask the new hire, who is still on probation, to cover my shift on saturday",
            Problem.POWER,
        ),
        (
            "demander au petit de 12 ans à qui je donne des cours de maths de me prêter sa switch"
            " pour le week-end",
            Problem.POWER,
        ),
        (
            "demander à la petite de 10 ans à qui je donne des cours de piano de me prêter sa"
            " tablette",
            Problem.POWER,
        ),
        (
            "pedir boleia a um camionista que não conheço na A1 para ir a Lisboa, de noite",
            Problem.UNSAFE,
        ),
        ("pedir boleia a um caminhoneiro que não conheço de noite", Problem.UNSAFE),
        (
            "Stasera, dopo tre bicchieri di vino, chiedere a quei ragazzi col motorino di darmi"
            " un passaggio fino a casa.",
            Problem.UNSAFE,
        ),
        (
            "Stasera, dopo due birre, chiedere a degli sconosciuti di darmi un passaggio",
            Problem.UNSAFE,
        ),
        (
            "Να ζητήσω από έναν άγνωστο στο λιμάνι να με πάει βόλτα με τη βάρκα του βράδυ, μόνο"
            " οι δυο μας",
            Problem.UNSAFE,
        ),
        (
            "Να ζητήσω από έναν άγνωστο να με πάει βόλτα με τη βάρκα του, μόνο οι δυο μας",
            Problem.UNSAFE,
        ),
        (
            "Vou perguntar pro pessoal do ponto de ônibus: de 0 a 10, quanto vocês me dão?",
            Problem.JUDGEMENT,
        ),
        ("vou perguntar pra galera na paragem: de 0 a 10, que nota me dão?", Problem.JUDGEMENT),
        (
            "Demander à ma voisine de table au restaurant si elle me trouve encore séduisant pour"
            " mon âge",
            Problem.JUDGEMENT,
        ),
        (
            "Demander à mon voisin de table dans le train s'il me trouve séduisante pour mon âge",
            Problem.JUDGEMENT,
        ),
        ("pedir pro rapaz da barraca de tapioca segurar minha mão por um minutinho", Problem.TOUCH),
        ("pedir pra moça da sorveteria segurar minha mão um pouquinho", Problem.TOUCH),
        (
            "Να ρωτήσω μια άγνωστη στην παραλία αν μπορώ να κάτσω στα γόνατά της, για πλάκα",
            Problem.TOUCH,
        ),
        ("Να ρωτήσω έναν άγνωστο στο λεωφορείο αν μπορώ να κάτσω στα γόνατά του", Problem.TOUCH),
        (
            "Demander à la caissière du dépanneur à quelle heure elle finit son shift à soir",
            Problem.CONTACT,
        ),
        (
            "Demander au caissier de la station à quelle heure il finit son service ce soir",
            Problem.CONTACT,
        ),
        (
            "dire à ma coloc que si elle me prête pas sa voiture ce week-end je déménage, point",
            Problem.PRESSURE,
        ),
        ("dire à mon coloc que s'il me prête pas sa voiture je déménage", Problem.PRESSURE),
        (
            "Demander à mon fils de venir souper dimanche, pis s'il hésite lui rappeler tout ce"
            " que j'ai sacrifié pour lui",
            Problem.PRESSURE,
        ),
        (
            "demander à ma fille de venir souper dimanche, et si elle hésite lui rappeler tout ce"
            " que j'ai fait pour elle",
            Problem.PRESSURE,
        ),
        (
            "Να ζητήσω από τον φίλο μου να παίξει μαζί μου στο μαγαζί τζάμπα, λέγοντάς του ότι"
            " μου το χρωστάει",
            Problem.PRESSURE,
        ),
        (
            "Να ζητήσω από τη φίλη μου να με βοηθήσει στη μετακόμιση λέγοντάς της ότι μου το"
            " χρωστάει",
            Problem.PRESSURE,
        ),
        (
            "Dire al cassiere dell'Esselunga che ho la tessera del circolo anziani, anche se non"
            " ce l'ho, per avere lo sconto.",
            Problem.DECEPTION,
        ),
        (
            "Dire alla cassiera che ho la tessera fedeltà anche se non ce l'ho, per lo sconto",
            Problem.DECEPTION,
        ),
        (
            "Να πω στον ταξιτζή ότι η γυναίκα μου γεννάει, για να μου κάνει έκπτωση στη διαδρομή",
            Problem.DECEPTION,
        ),
        ("Να πω στον ταξιτζή ότι η μάνα μου γεννάει για να μου κάνει έκπτωση", Problem.DECEPTION),
        (
            "Να ζητήσω από τον φούρναρη στην Καμάρα μια μπουγάτσα τζάμπα, αφού είμαι καλός πελάτης",
            Problem.MONEY,
        ),
        ("Να ζητήσω από τον φούρναρη μια τυρόπιτα τζάμπα", Problem.MONEY),
        (
            "Η Μαρία μου είπε όχι για το αμάξι, θα την ξαναρωτάω κάθε μέρα μέχρι να πει ναι",
            Problem.REPEAT,
        ),
    ],
)
def test_misses_are_read_as_the_problem_they_are(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        # kissing is read as touch first, an inheritance jibe as a block first, looks asked of
        # staff as a date first, a loan retried daily as pressure first: all refused
        "Chiedere a una coppia che si bacia sulla panchina di spostarsi, perché voglio sedermi"
        " io proprio lì.",
        "Chiedere a una coppia che si bacia al parco di spostarsi, così mi siedo io",
        "Dire a mia figlia che se non mi porta al mare con loro quest'estate vuol dire che"
        " aspetta solo l'eredità.",
        "Dire a mio figlio che se non mi porta al mare vuol dire che aspetta solo l'eredità",
        "Chiedere alla commessa della Rinascente se secondo lei sono ancora un uomo attraente alla"
        " mia età.",
        "Chiedere al cassiere se secondo lui sono ancora una donna attraente per la mia età",
        "Ο Νίκος μου είπε όχι για τα δανεικά, θα τον ξαναρωτάω κάθε μέρα μέχρι να βαρεθεί",
    ],
)
def test_misses_read_first_as_another_problem_are_refused(text: str) -> None:
    assert refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "demander à Théo de me prendre dans ses bras sans rien dire quand j'ai une crise"
        " d'angoisse",
        "demander à Léa de me prendre dans ses bras quand je stresse",
        "Να ζητήσω από τον Γιώργο μια αγκαλιά, είχα χάλια μέρα",
        "Να ζητήσω από την Μαρία μια αγκαλιά πριν το διαγώνισμα",
        "Suonare alla signora del secondo piano e chiederle se mi presta la scala per cambiare"
        " una lampadina.",
        "Chiedere al vicino di sopra se mi presta la scala",
        "Suonare alla vicina del terzo piano e chiederle se ha del sale",
        # the same words in fair asks
        "proponerle a mi novia que cenemos juntos el viernes",
        "convidar para jantar a minha namorada no sábado",
        "chamar pra sair a minha vizinha solteira",
        "preguntarle a una pareja en la terraza si quiere que les saque una foto",
        "m'asseoir à la table de mes amis et goûter leur gâteau",
        "demander à un groupe au parc s'ils veulent que je les prenne en photo",
        "pedir pra senhora da frente na fila se ela sabe que horas o banco abre",
        "preguntarle a la auxiliar nueva, que aún está a prueba, cómo le va en su primera semana",
        "demander à ma sœur de me prêter sa switch pour le week-end",
        "pedir boleia ao meu irmão para ir a Lisboa",
        "Chiedere a mio fratello di darmi un passaggio fino a casa",
        "Να ζητήσω από τον αδερφό μου να με πάει βόλτα με τη βάρκα του",
        "perguntar pro pessoal do ponto de ônibus que horas passa o 42",
        "Demander à ma voisine si elle peut arroser mes plantes pendant mes vacances",
        "Demander à mon voisin de table de me passer le sel",
        "pedir pra minha mãe segurar minha mão no dentista",
        "Demander à la caissière à quelle heure le magasin ferme ce soir",
        "demander à mon coloc s'il peut me prêter sa voiture ce week-end",
        "Demander à mon fils de venir souper dimanche",
        "Chiedere a mia figlia se mi porta al mare con loro quest'estate",
        "Να ζητήσω από τον φίλο μου να παίξει μαζί μου στο μαγαζί",
        "Chiedere alla cassiera se posso fare la tessera fedeltà per avere lo sconto",
        "Να ρωτήσω τον ταξιτζή αν μπορεί να μου κάνει έκπτωση",
        "Να ρωτήσω τον φούρναρη τι ώρα βγαίνει η μπουγάτσα",
        "Να ξαναρωτήσω τον Νίκο για τα δανεικά, μου είπε να του το θυμίσω",
    ],
)
def test_fair_neighbours_pass(text: str) -> None:
    assert_first_problem(text, None)
