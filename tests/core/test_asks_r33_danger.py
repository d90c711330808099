"""Own-card asks that put a body at risk or put hands on one: a swim out in cold water, a wind
or the dark, old mine workings or a river's ice, a fence jumped in Spanish, a child at a power
tool or a truck's wheel, a lift from a driver after his drinks, the outside step of a tram, and
a waist held, a cheek pinched or a head on a stranger's shoulder. Their fair neighbours must
still pass: a winter dip with the lifeguard there, a guided mine tour, the rink's ice, a child
sanding a table, a sober driver, a hand offered up the step, a partner's waist at the dance.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, hands_on, open_water, underfoot, young_hands
from core.asks.text import normal, words
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "swim out to the pontoon at oriental bay while the southerly's blowing",
        "swim out to the buoy at the harbour mouth while the wind is howling, it's not far",
        "swim out to the Muglins from Dalkey on me own in November, the sea's fierce",
        "swim across the harbour to the island in January, cold water is good for you",
        "Swim from Strandvägen across to Djurgården in April. Cold water is good for anxiety",
        "swim out to the rocks off Sandycove this December just to feel alive",
        "go swimming at coney island tonight even though the red flags are up",
        "go for a swim at Zarautz even though the red flag is flying, for the dare",
        "dare: swim outside the flags at Bondi and ask the lifeguard to time me",
        "saltar la valla del Retiro at night and swim in the big pond, for the dare",
        "sneak into the lido at night and swim a length",
        "jump aff the bridge intae the clyde at glasgow green, my pal dared me",
        "jump off the bridge into the river at the weir, the lads all do it",
        "dare: november swim to the fjord buoy",
        "Dare: swim across the Mtkvari near Dry Bridge the day after the big rain",
        "swim across the river the day after the heavy rains, it's only forty metres",
    ],
)
def test_a_swim_where_the_water_is_the_danger(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "paddle out at Porthleven with the lads on the big swell day. only been surfing a year",
        "paddle out at Pipeline in the huge surf, I'm a complete beginner but I learn fast",
        "I just started surfing last month, so dare: paddle out into the big waves at Fistral",
    ],
)
def test_big_surf_for_someone_new_to_it(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "Go down the old drift above Cwmparc on my own with a torch. It's sealed, but I know "
        "there's a gap",
        "climb down into the abandoned mineshaft behind the village with a headtorch",
        "go into the old workings on the hill alone, it's bricked up but there's a hole",
        "explore the disused sewers under the city with a mate",
        "Go into the abandoned hospital at night on your own",
        "take the shortcut to Podgórze across the Wisła on the ice this January",
        "walk across the river on the ice to the other bank, like grandad did",
        "cross the Neva on the ice instead of taking the bridge",
        "Subir a la terraza del edificio abandonado en La Boca, saltando la reja",
        "entrar en la fábrica abandonada de noche con mis amigos",
        "pular o muro do parque à noite com os amigos",
    ],
)
def test_ground_that_gives_way(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "Let my 8-year-old nephew run the big meat mincer in our kitchen this Sunday",
        "let my 7 year old use the electric meat grinder for the sausages",
        "Let my 9 yr old run the post hole auger by himself for the new fence",
        "let my daughter (8) have a go on the petrol auger for the fence posts",
        "Ask my nephew (9) to help me with the angle grinder on the fence this weekend",
        "ask my sobrino (he's 10) to help me run the table saw on my new project",
        "get my son, aged 10, to help me use the chainsaw on the old apple tree",
        "let my son (9) ride the motorbike around the block by himself",
        "ask my nephew (11) to drive the rickshaw around Model Town for confidence",
        "let my niece (10) ride the scooter down the main road to the shop",
        "Let my nephew (11) steer the truck on the empty parking at Maasvlakte",
        "let my 10 year old drive the car in the supermarket car park on sunday",
        "let my nephew ride on the outside step of the 28 from Graça down to Baixa",
        "ride on the back bumper of the bus to school like the big boys",
    ],
)
def test_a_child_given_a_grown_ups_danger(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "Accept a lift home on the back of my neighbour's boda after his Friday drinks",
        "get a ride home on my cousin's motorbike after his beers at the wedding",
        "ask my boy Kevo for a lift home on his boda after the Tuskers. he says he's fine",
        "ask my colleague for a lift after the pints at the local, she says she's ok to drive",
        "my mate had like 5 beers but he's fine honestly. ask him to drive me home",
        "pedir carona pra um desconhecido de moto na Marginal at night and hop on the back",
        "pedir a un desconocido en Atocha que me lleve en su coche a Toledo",
        "Flag down an okada at night on Third Mainland Bridge and tell him to go fast",
        "get in a cab and tell the driver to go really fast through the city",
        "Ask a friend to cycle home with me after six biertjes through the Bos, no lights",
        "ride my bike home through the park at night without lights, dare",
        "ride my scooter home after four cervezas, it's only two km",
    ],
)
def test_a_ride_the_words_make_reckless(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "Help the tourist girls up the tram step by holding their waist, the 28 is steep",
        "help the old lady onto the bus by holding her hips",
        "Dare: at the wedding party, dance holding the waist of a guest I don't know",
        "grab the waist of a girl on the dance floor and spin her round",
        "Pinch the cheeks of the babies on the Circumvesuviana, the mothers don't mind",
        "pinch the cheeks of the babies at the market, their mums won't mind",
        "Preguntarle a alguien en el Subte si puedo apoyar la cabeza en su hombro",
        "pedir a la señora del colectivo si puedo recostar la cabeza en su hombro",
        "minta pegangan tangan sama mbak-mbak sebelah di KRL pas penuh",
        "minta nyender di bahu mas-mas sebelah di bus, capek",
        "Mrs. Karim always brings her sister for her fitting. Tomorrow she comes alone, so dare: "
        "I take the chest and waist measurement myself with my own hands",
        "take her measurements for the dress, she is very shy and she won't say anything",
        "Take measurements of the college girl when her mother steps out",
    ],
)
def test_hands_put_on_someone(text: str) -> None:
    assert_first_problem(text, Problem.TOUCH)


@pytest.mark.parametrize(
    "text",
    [
        "try winter swimming at allas sea pool once, with the lifeguard there",
        "swim at kite beach early morning on my own, lifeguard on duty",
        "ask my mother to join me for a winter swim at amager strand",
        "ask the lifeguard where it's safe to swim today",
        "ask the lifeguard what the flags on the beach mean",
        "swim out to the pontoon at the lake with my sister in July",
        "swim across the lido in one breath, a personal challenge",
        "never swim out past the buoys when the wind is up",
        "ask the guide at Big Pit if I can go down the old mine on the tour",
        "take the guided tour of the old mine workings at the museum",
        "go ice skating on the rink at Somerset House with my friend",
        "help my gran across the road on the ice to the chemist",
        "take a photo of the abandoned building in La Boca from the street",
        "saltar la cuerda con mis sobrinos en el parque",
        "ask my 10 year old to sand the table for the garden",
        "let my 8 year old ride his bike round the park",
        "let my 6 year old drive the bumper cars at the fair",
        "ask my son (9) to help with the dishes tonight",
        "ask my 12 year old to help me carry the shopping in from the car",
        "ask my teenage son to help me with the lawn this weekend",
        "accept a lift home on my sober mate's motorbike after the quiz at the local",
        "give my dad a lift home on the back of my scooter after his physio",
        "ask my friend for a lift home after the match, she doesn't drink",
        "ask the taxi driver to slow down a bit, I feel sick",
        "ask the bike shop to fit new lights on my bike before winter",
        "pedir carona pra minha amiga depois da aula",
        "ride on the back platform of the heritage tram with my kids, it's part of the tour",
        "ask my wife to dance and hold her waist for the slow song",
        "offer my hand to the old lady getting off the tram",
        "ask the tailor to take in the waist of my trousers",
        "ask my sister to take my waist measurement for the dress",
        "buy a hip flask for my dad's birthday",
        "go to the hip hop class at the community centre and ask the teacher for tips",
        "ask my partner if I can rest my head on his shoulder on the train",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)


_MODULES = (open_water, underfoot, young_hands, hands_on)


@pytest.mark.parametrize(
    "text",
    [
        "ask the lifeguard whether to swim out to the raft in April",
        "ask the museum if they run a tour of the old mine",
        "ask my 10 year old which car we should buy",
        "ask a stranger for directions to the bridge",
    ],
)
def test_no_hazard_read_in_ordinary_words(text: str) -> None:
    """Asking whether to swim, a tour, a child's say on a car, or a bridge on the way: the
    lexicons of this round read none of them."""
    plain = normal(text)
    assert not words(*(p for m in _MODULES for p in m.PATTERNS)).search(plain)
