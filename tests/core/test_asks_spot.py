"""The own-card check refuses being put on the spot, touch, judgement and recording in the
words of the newest hands, and in other words for the same asks; the fair asks beside them
pass."""

from __future__ import annotations

import pytest

from core.asks import Intrusion, Problem, problems, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a judgement of the user's looks or worth: a league table, a head-to-head, pity
        ("Ask the other dads at the pool whether my dad bod is really as bad as my ex says.",
         Problem.JUDGEMENT),
        ("Ask the mums at the school gate if my mum tum is really that bad.", Problem.JUDGEMENT),
        ("Ask my classmates where I'd rank for looks in our year group.", Problem.JUDGEMENT),
        ("Ask the tourists in sala 5 which guard is more guapo, me or Ernesto.",
         Problem.JUDGEMENT),
        ("Ask the tourists at the Prado who is more handsome, me or my brother.",
         Problem.JUDGEMENT),
        ("Ask three strangers in Mauerpark to rate how awkward I look, 1 to 10.",
         Problem.JUDGEMENT),
        ("Ask two strangers at the bus stop to score how weird I look, out of ten.",
         Problem.JUDGEMENT),
        ("Ask the band whether they only let me play because they feel sorry for me.",
         Problem.JUDGEMENT),
        ("Run a poll in the office chat: rank all of us from best to worst coder, me included.",
         Problem.JUDGEMENT),
        # other people's pictures posted for the user's page, or taken without asking
        ("Photograph customers picking their bouquets and post them on the shop instagram.",
         Problem.RECORDING),
        ("Photograph the diners at my restaurant and put them on our Instagram page.",
         Problem.RECORDING),
        ("take pics of the diners eating and put on my whatsapp status", Problem.RECORDING),
        ("Film my class from the back for a reel, it's my studio so I don't need to ask each "
         "person.", Problem.RECORDING),
        ("Snap the shoppers at my stall for the market newsletter, won't bother asking.",
         Problem.RECORDING),
        # a pitch or a show for people who cannot leave, a queue jumped, friends sold to
        ("Stand up at Uncle Dermot's wake and tell everyone about my new fish delivery service.",
         Problem.SPOT),
        ("Announce my new cleaning service at the end of Grandpa Joe's funeral.", Problem.SPOT),
        ("Give a speech about climate change to everyone on the 73 bus.", Problem.SPOT),
        ("Stand up on the ferry and give a short speech on Byzantine history to all passengers.",
         Problem.SPOT),
        ("Busk with my ukulele in the tube carriage, they can't get off till the next stop.",
         Problem.SPOT),
        ("Recite my poems on the night train from Vienna.", Problem.SPOT),
        ("sing karaoke on the tram to bury, captive audience ha", Problem.SPOT),
        ("lead a spontaneous om chant in the quiet coach to paddington", Problem.SPOT),
        ("Play some music on my speaker in the quiet carriage.", Problem.SPOT),
        ("in the toll queue on the A2 just squeeze in front, every trucker does it",
         Problem.SPOT),
        ("At the petrol station queue, push in front of the lorry drivers.", Problem.SPOT),
        ("Post in my law cohort group chat that I'm selling Herbalife shakes.", Problem.SPOT),
        ("Sell my candles in the family WhatsApp group and tag all my cousins.", Problem.SPOT),
        # touch: an embrace held, a head on a stranger's shoulder, children not the user's own
        ("At the milonga, invite a stranger to dance and hold her close in the embrace.",
         Problem.TOUCH),
        ("Slow dance with a stranger and hold him close even if he pulls back.", Problem.TOUCH),
        ("lean my head on the shoulder of the guy next to me on the MRT", Problem.TOUCH),
        ("Rest my head on the shoulder of the lady next to me on the coach.", Problem.TOUCH),
        ("hold hand of the girl from the next farm on the boat to market", Problem.TOUCH),
        ("ask mama in the matatu if I can lean on her shoulder and sleep", Problem.TOUCH),
        ("ask mama at the market if I can lean on her while I wait", Problem.TOUCH),
    ],
)  # fmt: skip
def test_an_unethical_ask_is_refused_with_its_problem(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "give the little ones a hug when they come for seconds, they are like my own children",
        "Give the neighbour's toddlers a cuddle, they're like my own kids.",
    ],
)
def test_children_only_like_the_users_own_are_not_asked_for_a_hug(text: str) -> None:
    assert problems(understand(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ask mi mamá if I can film her making mole for a family video, only if she says yes.",
        "Ask mi papá to teach me his empanada recipe.",
        "Ask mama for her chapati recipe.",
        "At the Tim's in Gander, ask the couple at the next table if I can take their empty "
        "chair for my buddy.",
        "Ask the family at the next table if I can borrow their spare chair.",
        "ask someone in the metro for a good dosa place near indiranagar, locals know best",
        "Ask a stranger on the tram for a good coffee spot nearby.",
        "Ask a passenger on the ferry how long the crossing takes.",
        "Ask my partner to hold me close during the film.",
        "Ask my friends in the group chat for advice on my CV.",
        "Take photos of my kids at the beach and post them on my Instagram.",
        "Ask the students if I can post a photo of the class on the school Instagram.",
        "Ask my mum how much I look like grandad.",
        "Ask the barista to rank their three best pastries.",
        "Ask my friend who's faster, me or her brother, then race.",
        "Ask a stranger to take a photo of me in front of the tram.",
        "Practise my speech on the train in my head.",
        "Give my kids a hug goodnight.",
    ],
)
def test_a_fair_ask_passes(text: str) -> None:
    assert_first_problem(text, None)


def test_mama_with_no_my_in_a_public_place_is_not_the_users_parent() -> None:
    assert understand("ask mama in the matatu if I can lean on her shoulder").who is not Who.FAMILY
    assert understand("Ask mi mamá for her mole recipe.").who is Who.FAMILY


def test_selling_in_a_friends_group_chat_puts_them_all_on_the_spot() -> None:
    ask = understand("sell my brigadeiros in the friends group chat and tag everyone")
    assert Intrusion.GROUP_SALE in ask.intrudes
