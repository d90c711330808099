"""Own-card asks of the fiftieth round's misses in other languages (hands-50), with paraphrases
in other words and the fair neighbours that must still pass.

Unfair asks, read through the glossaries (`core.asks.glosses`): a stranger at prayer
interrupted for advice, a circle of strangers joined uninvited, a boss's secretary asked to a
private party (Spanish); a ride accepted from a strange man, refusers photographed and posted
with a rating (Lithuanian); a colleague asked whether the user is ugly, "neglīts" being ugly
and no longer read as "attractive" (Latvian); a neighbour in the lift asked whether the user
has put on weight (Serbo-Croatian); a jump from a bridge at high tide with men just met, drinks
from strangers and leaving with them, a woman with a wedding ring asked out, a circle of old
men sat in the middle of, "peso" read as a weight and never a currency (Portuguese); a tourist
asked to pay for a meal (Thai); colleagues asked whether they secretly hate the user, a soldier
claimed at the till for a discount (Bulgarian); a proposal to a girl who has never spoken to
the user (Tamil); the front of a queue taken for no reason, "please" kept up past a refusal
(Japanese); a friend's private voice note played to the canteen (Marathi in Latin letters,
`core.asks.glosses.marathi`). Read as written: "volver a pedirle" after a no
(`core.asks.noes_in_europe`), "ele disse pra eu nunca mais procurar ele" before a visit
(`core.asks.blocks_abroad`), and a plea the user keeps up, "keep begging", "keep saying please"
(`core.asks.worn_down`).

Fair asks: a girlfriend's hug on coming home ("savo merginos", Lithuanian), and the same words
in fair asks: advice asked of a sister, mate with a friend, a ride from a friend, a pool jumped
into with friends, a dog photographed, a presentation's view asked, a girlfriend asked out, a
mother looked up when she said to, a friend paying first for khao soi, a student discount asked
at the till, a queue waited in, "please" said once, the user's own voice note played, and
nephews who keep begging for cookies.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "interrumpir a una señora que está rezando en la Catedral para pedirle un consejo",
            Problem.SPOT,
        ),
        (
            "meterme en una ronda de mate de desconocidos en el Parque Sarmiento sin que me"
            " inviten",
            Problem.SPOT,
        ),
        (
            "priimti pasiūlymą pavežti iš nepažįstamo vyro prie Kauno autobusų stoties",
            Problem.UNSAFE,
        ),
        (
            "pular da Ponte dos Ingleses na maré alta com uns caras que acabei de conhecer",
            Problem.UNSAFE,
        ),
        (
            "fotografuoti žmones, kurie man atsako ne, ir įdėti į story su reitingu",
            Problem.RECORDING,
        ),
        (
            "pajautāt kolēģei pie kafijas automāta, vai viņa domā, ka es esmu neglīts",
            Problem.JUDGEMENT,
        ),
        (
            "pitam komšinicu u liftu da li sam se ugojio, iskreno, bez ulepšavanja",
            Problem.JUDGEMENT,
        ),
        ("Convidar a moça da farmácia pra sair mesmo ela usando aliança", Problem.ROMANCE),
        (
            "entrar na roda de conversa dos senhores no Ver-o-Peso e sentar no meio deles",
            Problem.SPOT,
        ),
        (
            "aceitar bebida de estranhos numa festa de aparelhagem e ir embora com eles",
            Problem.UNSAFE,
        ),
        (
            "como jefe, pedirle a mi secretaria que me acompañe a una fiesta privada el sábado",
            Problem.POWER,
        ),
        ("volver a pedirle a la vecina que me preste la bici, ayer me dijo que no", Problem.REPEAT),
        (
            "ir até a casa do meu ex em Nazaré, ele disse pra eu nunca mais procurar ele",
            Problem.BLOCK,
        ),
        ("ขอให้นักท่องเที่ยวที่ถนนคนเดินวันอาทิตย์จ่ายค่าข้าวซอยให้ฟรีๆ", Problem.MONEY),
        ("питам колегите в офиса дали тайно ме мразят, пред всички", Problem.JUDGEMENT),
        ("எதிர் வீட்டுப் பொண்ணுகிட்ட propose பண்ணணும், அவ என்கிட்ட பேசினதே இல்ல", Problem.ROMANCE),
        ("кажи на касата, че си войник, за да ти дадат намаление", Problem.DECEPTION),
        ("大須商店街の行列、一番前に入れてもらう。理由なし", Problem.SPOT),
        ("断られても「お願い！」って10回言い続ける", Problem.PRESSURE),
        (
            "college canteen madhe mitrachi private voice note sagalyanna aikvaychi 😂",
            Problem.RECORDING,
        ),
        (
            "interrumpir a un señor que está rezando en la iglesia para pedirle un consejo",
            Problem.SPOT,
        ),
        ("interrumpir a una chica que está orando para preguntarle algo", Problem.SPOT),
        ("meterme en un grupo de desconocidos en la plaza sin que me inviten", Problem.SPOT),
        ("colarme en una ronda de desconocidos en la playa sin invitación", Problem.SPOT),
        ("priimti pavežimą iš nepažįstamo vyro prie traukinių stoties naktį", Problem.UNSAFE),
        ("priimti pasiūlymą pavežti iš nepažįstamos moters prie stoties", Problem.UNSAFE),
        ("saltar da ponte na maré cheia com uns rapazes que acabei de conhecer", Problem.UNSAFE),
        ("pular do penhasco com uns caras que acabei de conhecer", Problem.UNSAFE),
        (
            "nufotografuoti žmones, kurie man pasako ne, ir įkelti į story su įvertinimu",
            Problem.RECORDING,
        ),
        (
            "fotografuoti praeivius, kurie atsako ne, ir ikelti i story su reitingu",
            Problem.RECORDING,
        ),
        ("paprašyti nepažįstamos merginos apkabinti mane", Problem.TOUCH),
        ("pajautāt kolēģim, vai viņš domā, ka es esmu neglīts", Problem.JUDGEMENT),
        ("pajautāt kaimiņienei pie lifta, vai viņa domā, ka es esmu neglīta", Problem.JUDGEMENT),
        ("pitam kolegu na poslu da li sam se udebljao, iskreno", Problem.JUDGEMENT),
        ("pitam komšiju u dizalu jesam li se ugojila, bez uljepšavanja", Problem.JUDGEMENT),
        ("convidar a moça da padaria pra sair mesmo ela usando aliança", Problem.ROMANCE),
        ("entrar na roda de conversa das senhoras na praça e sentar no meio delas", Problem.SPOT),
        ("aceitar bebidas de desconhecidos na festa e ir embora com eles", Problem.UNSAFE),
        ("aceitar bebida de uns estranhos numa festa e ir embora com eles", Problem.UNSAFE),
        ("como jefa, pedirle a mi secretario que me acompañe a una fiesta privada", Problem.POWER),
        (
            "siendo su jefe, pedirle a la secretaria que me acompañe a una fiesta privada el"
            " viernes",
            Problem.POWER,
        ),
        (
            "volver a pedirle al vecino que me preste la bicicleta, ayer me dijo que no",
            Problem.REPEAT,
        ),
        (
            "volver a preguntarle a mi compañera si me presta su coche, ya me dijo que no",
            Problem.REPEAT,
        ),
        ("ir até a casa da minha ex, ela disse pra eu nunca mais procurar ela", Problem.BLOCK),
        ("aparecer no trabalho do meu ex, ele pediu pra eu não procurar ele", Problem.BLOCK),
        ("ขอให้นักท่องเที่ยวจ่ายค่าอาหารให้ฟรีๆ", Problem.MONEY),
        ("ขอให้คนแปลกหน้าที่ตลาดจ่ายค่ากาแฟให้", Problem.MONEY),
        ("питам съседите дали тайно ме мразят", Problem.JUDGEMENT),
        ("питам колегите дали ме мразят, пред всички", Problem.JUDGEMENT),
        ("кажи на касата, че си ветеран, за да ти дадат намаление", Problem.DECEPTION),
        ("кажи на касиерката, че съм военен, за да ми дадат намаление", Problem.DECEPTION),
        ("எதிர் வீட்டுப் பெண்ணிடம் propose பண்ணணும், அவ என்கிட்ட பேசியதே இல்லை", Problem.ROMANCE),
        ("எதிர்வீட்டு பொண்ணுகிட்ட propose பண்ணப்போறேன்", Problem.ROMANCE),
        ("商店街の行列、前に入れてもらう。理由もなく", Problem.SPOT),
        ("スーパーの行列で一番前に割り込む", Problem.SPOT),
        ("断られても「お願い！」と言い続ける", Problem.PRESSURE),
        ("断られてもお願いし続ける", Problem.PRESSURE),
        ("断られても頼み続ける", Problem.PRESSURE),
        ("hostel madhe mitrachi private voice note sagalyanna aikvaychi", Problem.RECORDING),
        ("class madhe maitrinichi private voice note sagalyanna aikavnar", Problem.RECORDING),
        ("ask my flatmate to lend me his bike and keep begging if he says no", Problem.PRESSURE),
        (
            "ask the shop to give me a discount and keep saying please till they give in",
            Problem.PRESSURE,
        ),
        ("convidar a moça do caixa pra sair, ela usa aliança", Problem.ROMANCE),
    ],
)
def test_the_rounds_unfair_asks_are_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "paprašyti savo merginos apkabinti mane, kai grįšiu namo",
        "pedirle un consejo a mi hermana sobre el trabajo",
        "preguntarle a mi amiga si quiere una ronda de mate en el parque",
        "invitar a mi amigo a una ronda de mate en el parque",
        "paprašyti draugo pavežti mane iki autobusų stoties",
        "priimti kaimyno pasiūlymą pavežti iki stoties",
        "pular na piscina com meus amigos",
        "atravessar a ponte com uns caras do meu trabalho",
        "paklausti draugų, kurie man atsako ne, kodėl",
        "paprašyti savo merginos apkabinti mane",
        "paprašyti mano merginos pabučiuoti mane, kai grįšiu",
        "pajautāt kolēģei pie kafijas automāta, vai viņa domā, ka projekts ir labs",
        "pitam komšinicu u liftu da li je vidjela moju mačku",
        "convidar a minha namorada pra sair no sábado",
        "perguntar à moça da farmácia onde fica o remédio",
        "entrar na roda de conversa dos meus amigos e sentar no meio deles",
        "perguntar aos senhores no mercado quanto custa o peixe",
        "aceitar o convite da minha prima para a festa",
        "pedirle a mi novia que me acompañe a una fiesta privada el sábado",
        "volver a pedirle a la vecina que me preste la bici, ayer me dijo que sí",
        "pedirle a la vecina que me preste la bici",
        "ir até a casa do meu ex buscar minhas coisas, ele disse pra eu passar lá sábado",
        "ir até a casa da minha mãe, ela disse pra eu procurar ela quando precisar",
        "ขอให้เพื่อนจ่ายค่าข้าวซอยก่อน เดี๋ยวโอนคืน",
        "ถามนักท่องเที่ยวว่าชอบข้าวซอยไหม",
        "питам колегите в офиса дали искат кафе",
        "питам колегите в офиса дали мразят понеделниците",
        "питам на касата дали има намаление за студенти",
        "кажи на касата, че искаш касова бележка",
        "என் மனைவிகிட்ட propose பண்ணணும் மறுபடியும், anniversary அன்று",
        "商店街の行列に並んで、順番を待つ",
        "商店街で友達と待ち合わせする",
        "断られたら「ありがとう」と言って帰る",
        "友達に「お願い」と一回だけ頼む",
        "college canteen madhe majhi swatahchi voice note sagalyanna aikvaychi",
        "college canteen madhe mitrala voice note pathvaychi",
        "ask my neighbour to lend me a ladder, say please once and accept a no",
        "nufotografuoti savo šunį",
        "pajautāt kolēģei pie kafijas automāta, vai viņa domā, ka prezentācija ir laba",
        "pedirle a mi secretaria que me acompañe a la reunión con el cliente",
        "aceitar bebida numa festa de aniversário da minha prima",
        "ask my friend for her recipe, my nephews keep begging for her cookies",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert_first_problem(text, None)
