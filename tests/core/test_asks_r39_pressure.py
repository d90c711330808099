"""Own-card asks of the thirty-eighth round's pressure and power misses (hands-39), each with
paraphrases in other words, and their fair neighbours.

Pressure: a room counted on to stop a no, said in more ways ("in front whole family ... so she
cannot make excuse", "so she feel malu to say no", "hard for her to say no there", "he can't
say non then", "where all the other parents can hear, watch him squirm", and "no way he can say
no" no longer mistaken for a no left open); a no answered by telling on the person to whoever
they answer to ("or I tell the chief steward about his smoking", "ill tell his missus about his
tinder", "if not I tell their mom who really broke the vase", "or mi tell mommy wah him do"),
by a crew walked off after a bare "if no", by a place shut for good ("he can forget about
coming up to the cabin anymore") or by whoever refuses sent away; a yes counted on for a hold,
a duty not to disappoint or a guilt raised (`core.asks.counted_yeses`). Power: the user's role
named in more words (a leader, a captain, a team manager, the clerk whose desk holds the
person's transcript) beside a move or a car wash; money a head for the user's kin; extra credit
for buying from the user's family; a patient asked for a bargain (`core.asks.cared_for`); and
someone's paid time claimed for the user's own move or queue "since they're paid anyway"
(`core.asks.paid_anyway`). The fair neighbours are the probes each reading was checked with.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my cousin at the fa'alavelave in front of all the matai if he'll give the fine mats"
        " for our side, no way he can say no with everyone there",
        "ask Jaxon's dad for the back child support at the school assembly where all the other"
        " parents can hear, watch him squirm",
        "ask my sister in law at Tet dinner in front whole family to return the gold she borrow,"
        " so she cannot make excuse",
        "ask Dewi to lend me her kebaya for the odalan in front of our whole dance group so she"
        " feel malu to say no",
        "at the parents meeting ask Kelsey's mom in front of everyone if she'll run the 50/50"
        " table, hard for her to say no there 😏",
        "ask the dépanneur owner next door to sign the petition against the bike lane while all"
        " the rue Beaubien merchants are watching, he can't say non then",
        "at the family reunion ask my uncle in front of all the aunties to lend me his ute, no way"
        " he can say no with everyone there",
        "ask the treasurer for my reimbursement at the AGM where all the members can hear, watch"
        " her squirm",
        "ask my brother in law at Christmas dinner in front of the whole family to pay back the"
        " loan, so he can't make any excuses",
        "ask the bakery owner to sign the petition while all the other shopkeepers are watching,"
        " he can't say nein then",
        "ask my cousin at the wedding with everyone there to give us his car for the honeymoon, so"
        " he has no way out",
    ],
)
def test_a_room_counted_on_to_stop_a_no(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "tell my flatmate if he doesnt give me a lift to the Winton races ill tell his missus"
        " about his tinder, only joking... mostly",
        "tell mi likkle brother him must lend mi him PS5 fi mi son or mi tell mommy wah him do",
        "tell the dishwasher boy he helps me carry supplies on saturday or i tell the chief"
        " steward about his smoking on deck",
        "tell Johan's sister she hosts midsommar this year, if not I tell their mom who really"
        " broke the vase",
        "ask dispatch office for the airport route and tell them if no, i quit and take 3 drivers"
        " with me",
        "tell my buddy if he won't help me reshingle the garage roof he can forget about coming up"
        " to the cabin anymore",
        "tell my housemate if he doesn't drive me to the airport I'll tell his girlfriend about"
        " his dating app",
        "tell my cousin she hosts christmas this year, if not I tell grandma who really crashed"
        " the car",
        "ask my manager for the weekend shifts and if no, I quit and take the whole kitchen crew"
        " with me",
        "tell my mate if he won't help me paint the fence he can forget about borrowing my boat"
        " again",
    ],
)
def test_a_no_answered_by_telling_on_them_walking_off_or_shutting_them_out(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the young engineer at the club to review my invention, and remind him I am old and"
        " sick so he must not disappoint me",
        "ask mum to pay for my driving licence and remind her she never came to my graduation,"
        " she'll feel bad and say yes",
        "Ask the tenant on the 3rd floor to drive me to the doctor on Friday... he is two months"
        " late with rent so he will not refuse",
        "ask my neighbour to sign for my parcel, and remind her I am old and sick so she must not"
        " disappoint me",
        "ask my aunt to lend me her car and remind her I visited every week, she'll feel guilty"
        " and agree",
        "ask my flatmate to cover my bills this month, he broke my lamp so he wouldn't dare refuse",
    ],
)
def test_a_yes_counted_on_for_a_hold_a_duty_or_a_guilt(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "as new stage chairman tell the new riders each brings 2k for my sister kwanjula, who"
        " refuses leaves our stage",
        "as new stage chairman tell the new riders each brings 2k for my sister kwanjula",
        "as foreman tell the new guys everyone brings 500 shillings for my wife's medicine",
        "tell the student whose transcript i'm processing it might take weeks... unless he helps"
        " me move furniture saturday 😅",
        "tell the applicant whose visa I'm handling it could take months unless she helps me move"
        " flat",
        "ask the student whose thesis I'm marking to help me move apartment this weekend",
        "as team manager tell the U13 boys they have to help me move on saturday, its team"
        " bonding 😅",
        "as club captain tell the juniors they have to help me move house on sunday, call it team"
        " building",
        "I am the leader of the mariachi so i ask the new violinist to wash my car on sunday, is"
        " part of being in the group no?",
        "I'm the leader of the band so ask the new drummer to wash my van on saturday",
        "tell my 3rd period they get 5 points extra credit if they buy a plate at my wife's church"
        " fish fry",
        "tell my students they get bonus marks if they buy my book",
        "tell my 5th period they get extra credit if they buy a raffle ticket from my daughter",
    ],
)
def test_the_users_role_traded_for_their_move_their_car_or_their_kins_money(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "Ask Mallam Sani in bed 7 who owns a fabric shop to give me lace for Sallah at cost price,"
        " he needs my care",
        "ask mi patient who own the car mart if him can give mi a discount pon a car since mi"
        " clean him teeth so good",
        "ask the patient in bed 12 who has a furniture store to sell me a sofa at cost price, she"
        " needs my care",
        "ask my patient who owns the garage if he can give me a discount on the service since I"
        " did his fillings",
        "ask Maxime my baker to come early saturday to help me move my condo, he's on salary"
        " anyway tsé",
        "ask my sec 3 tuition kid to help me queue for the taylor swift presale during our lesson"
        " time, his mum paying anyway haha",
        "ask my receptionist to come in early to help me move house, she's on salary anyway",
        "ask my piano student to queue for my concert tickets during her lesson, her parents pay"
        " anyway",
        "ask the new guy at the shop to help me move house on sunday, he's paid anyway",
    ],
)
def test_a_patients_bargain_or_a_paid_hour_taken_for_the_users_own_errand(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "at the team meeting ask my boss in front of everyone if I can lead the new project, she"
        " can always say no",
        "ask my boss in front of the team if I can lead the project, she can say no",
        "ask my aunt at Tet dinner in front of the whole family to tell the story of how she came"
        " to Australia",
        "ask my sister to return the gold she borrowed, privately so she has no need to make"
        " excuses",
        "ask my sister to return the necklace she borrowed before Tet, so she has time to find it",
        "ask Dewi if I can borrow her kebaya for the odalan, I'll ask privately so she doesn't"
        " feel malu",
        "ask my aunt privately to return the pot she borrowed, so she doesn't feel awkward in"
        " front of everyone",
        "ask my neighbour to sign the petition, she can say no, not hard for her to say no",
        "in front of the whole dance group thank Dewi for lending me her kebaya",
        "ask my friends while everyone is there if they want to split a taxi home",
        "tell my dad at the school assembly where all the other parents can hear that I'm proud"
        " of him",
        "ask the shop owner to sign my petition while the other merchants are there, so they all"
        " see it's friendly",
        "ask the organiser in front of everyone whether the 50/50 table needs another volunteer",
        "in front of the whole family ask grandma to tell the story of how she met grandpa",
    ],
)
def test_fair_asks_before_a_room_stay_fair(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my cousin if he can drive me to his wedding, if not I'll take the bus",
        "tell him if not, no worries, ask someone else",
        "ask my son to tidy his room, if not I tell him again tomorrow",
        "ask the waiter if the fish is fresh or i tell my wife to order the chicken",
        "ask my flatmate if he can give me a lift, if he can't I'll tell my boss I'm late",
        "ask my buddy if he wants to come to the cabin, if he can't he can forget about the fishing"
        " gear, I'll bring it",
        "ask the group who refuses the cake, more for me",
        "ask the boss for the airport route and if no, I'll ask again next month",
        "ask my boss for the airport route and tell him if no, I understand and I'll ask again"
        " next season",
        "tell my flatmate if he can't give me a lift I'll get the bus, no worries",
        "tell my son if he doesn't do his homework he can forget about the PS5 tonight",
        "ask my brother if he can visit, if not I'll tell dad where he goes on holiday so dad can"
        " call him",
        "ask the new riders if they want to join the stage savings group, each brings 2k a week"
        " for their own account",
    ],
)
def test_fair_plans_after_a_no_stay_fair(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my neighbour to water my plants, hopefully he won't refuse",
        "ask my coach for extra practice, I must not disappoint my team",
        "ask my team to finish the report by friday, we must not disappoint the client",
        "ask my sister if she can come to my graduation, if she feels bad saying no that's fine",
        "ask my friend to help me move, I'll bring pizza so he won't mind",
        "tell my daughter she can't let the team down, ask her to go to practice",
        "ask my brother to apologise to mum, he'll feel bad and say sorry",
        "ask my dad to come to my play, he'll feel bad and come anyway",
        "ask the tenant on the 3rd floor if he can turn down the music after 10, he is always nice"
        " so he will not mind",
        "remind my coach I am old and sick so he should go easy on me at training",
        "ask my friend to review my CV, I must not disappoint myself this time",
        "ask the engineer to check my invention, he must not feel obliged",
        "ask mum to pay for my driving licence, I'll pay her back by Christmas",
        "ask my grandma to teach me her recipe and remind her I love her so much",
    ],
)
def test_fair_hopes_and_own_duties_stay_fair(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask the student whose transcript i'm processing if his middle name has a hyphen",
        "ask the applicant whose file I'm reviewing for her references",
        "I am the leader of the book club, ask the members if they'd like to read Dune next",
        "as the new leader of the choir ask the members if they'd like to sing at my wedding, no"
        " pressure",
        "I'm the leader of the mariachi so ask the new violinist if he knows Cielito Lindo",
        "as club president ask the members to help clean the clubhouse on sunday",
        "I'm the bandleader, ask the drummer to come early for soundcheck",
        "as new chairman ask the committee for their ideas",
        "as team manager ask the U13 parents who can drive to the away game",
        "tell my class they get extra credit if they hand in the essay early",
        "tell my class they get extra credit if they bring a can for the food drive",
        "tell my class they get extra credit if they buy tickets to the school play",
        "tell my class they get extra credit if they buy the workbook from my class's shop",
    ],
)
def test_fair_asks_of_those_under_a_role_stay_fair(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "ask my dentist for a discount since I'm paying cash",
        "ask my friend who owns a fabric shop to give me lace at cost price for the wedding",
        "ask the fabric shop owner if she'd give me a discount for buying 20 metres",
        "ask my mum, who I look after, if she wants me to get her shop discount card",
        "ask my tutor to go over the essay again, mum's paying anyway",
        "ask the cleaner to do the windows today instead of the oven, she's paid anyway",
        "ask my driver to pick up my kids after school, he's on salary anyway",
        "ask my cousin to help me move saturday, he's off work anyway",
        "ask the lad at the shop to help me carry the boxes to the van, I'll pay him",
    ],
)
def test_fair_bargains_and_paid_work_stay_fair(text: str) -> None:
    assert not refuses(text, None)
