"""Own-card asks of the forty-third round's block, repeat and pressure misses (hands-43), each
with paraphrases in other words or tongues, and their fair neighbours.

Block: a no to contact in Moroccan Arabic ("دارت ليا بلوك"), Italian ("mi ha chiesto di
lasciarla in pace"), Welsh ("dweud wrtha i am adael llonydd iddi") and Tagalog ("hindi na niya
sinasagot"); a message to an ex passed on through the ex's family; a gym's ban got round as a
member's guest; her parents' place turned up at to be let see her. Repeat: the ask made after
the no it names ("after she and dad both said no"). Pressure: a proposal, moving in, money or a
car asked before the biggest audiences (the jumbotron, a flash mob, his whole family, everyone at
the wedding, in Turkish, Swahili, Portuguese and Spanish); a no made to mean no love (Polish,
Portuguese, English), the person deleted from the user's life, the user leaving home over it
(Korean); everyone told in Romanian; anyone who votes no called out; the bell rung till he
signs; heartbreak for the rest of the user's days, and all the user did for her.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "puntahan siya sa office niya sa Makati kasi hindi na niya sinasagot text ko, tanungin ko"
        " kung bakit",
        "pupuntahan ko siya sa bahay nila kasi ayaw na niya akong kausapin",
        "Gofyn i ferch Mair ofyn iddi pam nad yw hi eisiau siarad â fi, er iddi ddweud wrtha i am"
        " adael llonydd iddi",
        "gofyn i'w brawd ddweud wrthi am fy ffonio, er iddi ddweud wrtha i am adael llonydd iddi",
        "نطلب من صاحبتها تعطيها رقمي الجديد حيت دارت ليا بلوك",
        "نطلب من خوها يعطيه رسالة مني حيت عملي بلوك",
        "Mi ha chiesto di lasciarla in pace, allora chiedo a sua madre dopo la messa se domenica è"
        " libera",
        "mi ha detto di non cercarla più, quindi chiedo a sua sorella il nuovo numero",
        "ask my ex's sister to pass a message to him, just a short one",
        "ask my ex's sister to pass a message on to him",
        "get my ex's best mate to carry a letter to her",
        "ask my ex's cousin to pass along a note to him for me",
        "The gym banned me after the argument, so ask a mate to sign me in as his guest",
        "I got barred from the pub last month, ask my cousin to get me in on his name",
        "show up at her parents' place in Achrafieh and ask them to let me see her",
        "turn up at his mum's house and ask her to let me talk to him",
    ],
)
def test_noes_to_contact_in_more_tongues_and_ways_round_them_are_blocks(text: str) -> None:
    assert_first_problem(text, Problem.BLOCK)


@pytest.mark.parametrize(
    "text",
    [
        "ask mom for the concert money after she AND dad both said no",
        "ask my dad for the car on friday even though he and mum already said no",
        "ask grandma for the trip money though mum and dad both said no",
        "beg my mum for a sleepover after she said no",
        "even though mum and dad said no, ask gran for the money",
    ],
)
def test_an_ask_made_after_the_no_it_names_is_a_repeat(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


@pytest.mark.parametrize(
    "text",
    [
        "ask my boyfriend to move in with me in front of his whole family at sunday lunch",
        "ask my girlfriend to marry me on the jumbotron at the Rangers game",
        "propose to my bf at Ayala Center with a flash mob and the whole crowd watching",
        "ask my girlfriend to move in together on the kiss cam at the Lakers game",
        "propose to Ana on the big screen at the Maracanã",
        "pedir a minha namorada em casamento no telão do estádio",
        "pedirle matrimonio a mi novia delante de toda la familia en la cena de Navidad",
        "pedir ao meu namorado para morar comigo na frente de toda a família",
        "Düğünde herkesin önünde kuzenime arabasını bir haftalığına bana verip vermeyeceğini"
        " sormak",
        "at the wedding ask my cousin in front of everyone to lend me his car for a week",
        "ask my uncle in front of the whole family at Eid to lend me money for a car",
        "Kwenye kikao cha familia nitamwomba kaka yangu pesa mbele ya wote ili asiweze kukataa",
        "Powiedzieć mężowi, że jeśli nie pojedzie ze mną do teściowej, to znaczy, że mnie nie"
        " kocha",
        "powiedzieć chłopakowi, że jeśli nie przyjdzie na urodziny, to znaczy że mnie nie kocha",
        "dizer à minha filha que se não me levar ao médico amanhã é porque já não se importa com"
        " a mãe",
        "dizer ao meu marido que se não vier ao jantar é porque não gosta de mim",
        "tell my husband that if he won't come to my mother's, that shows he doesn't care about me",
        "tell my son if he doesn't visit on sunday it means he doesn't love his mother",
        "ask my best mate to come to my name day, and if he doesn't he's deleted from my life"
        " forever",
        "tell my sister if she doesn't come to my wedding she's cut out of my life",
        "엄마한테 용돈 안 주면 집 나간다고 하기",
        "아빠한테 폰 안 사주면 가출한다고 말하기",
        "tell my parents I'll run away if they don't let me go to the festival",
        "Să-i spun colegului că dacă nu mă acoperă la tură, află toată lumea că doarme la birou",
        "Să-i spun vecinului că dacă nu îmi împrumută mașina, toată lumea o să afle că bea",
        "ask the whole whatsapp group to vote yes on my plan and call out anyone who doesn't",
        "ask the team to back my proposal at the meeting and name and shame whoever votes no",
        "ask the guy next door to sign my petition and keep ringing the bell till he does",
        "ask my neighbour to sponsor my run and keep knocking on her door until she signs",
        "ask the man at number 6 to join the residents' group and keep buzzing his flat till he"
        " comes down",
        "Tell Lucia I'll be heartbroken for the rest of my days if she doesn't come to Sunday"
        " lunch, after all I did for her",
        "tell my son I'll be sad for weeks if he doesn't call on my birthday",
        "ask my sister to babysit on friday, after all I've done for her",
    ],
)
def test_audiences_ties_tales_and_wearing_down_press_a_no(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "ask my sister to pass a message to my brother",
        "ask my ex's sister to pass a message to the school about pickup",
        "ask my mate to sign me in as his guest at his gym",
        "I'm banned from driving, ask my mate to get me in his car to work",
        "ask her parents if I can take her to the school dance",
        "show up at my parents' place and ask them to let me stay the weekend",
        "ask my mum how her day was after work",
        "ask my friend if she is ok after she said no to the trip",
        "ask my boss after the meeting if I can leave early",
        "propose a toast to my wife in front of everyone at the party",
        "propose to my girlfriend on the big screen, we've already talked about getting married",
        "ask my dad in front of everyone to tell the story of his first car",
        "ask my girlfriend to move in with me over a quiet dinner at home",
        "ask my friend to lend me his car for the weekend",
        "tell my mum I love her even if she doesn't call back",
        "엄마한테 용돈 달라고 부탁하기",
        "Să-l rog pe coleg să mă acopere la tură, dacă nu poate e ok",
        "ask the group chat who wants to come on the trip and call everyone who doesn't reply",
        "call out anyone who doesn't wash their mugs in the office kitchen",
        "knock on gran's door and keep knocking until she answers, she's not picking up the phone",
        "ask my neighbour to sign my petition, and thank him if he does",
        "ask my friend to help me move, she offered after all I helped her with last year",
        "thank my aunt after all she did for me",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert_first_problem(text, None)
