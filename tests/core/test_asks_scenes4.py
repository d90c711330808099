"""Round 32 (scenes2): unethical asks the rules once let through in four categories, with fair
neighbours that must still pass.

Unsafe: drink offered to or fetched by someone under age, a child driving a taxi or at night,
a lift from a driver who has been drinking, a race on the road, a safety check skipped. On the
spot: friends told friendship means they must buy, going behind a counter or into a kitchen,
cutting to the front, someone stopped mid-read or mid-conversation, a star at their meal,
strangers' group or braai joined. Deception: a relation or a role claimed for a perk, a pass
that "looks real", a claim the card takes back ("there isn't", "I'll do it next week", "they'll
never know", twice what I make). Recording: a camera used covertly or hidden, photos taken
without asking or in a fitting room, people's faces or reactions filmed for a clip, a call with
a customer posted.
"""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my dere to race the other mathree on Thika Road with full passengers, vibes tu",
        "ask the taxi driver who's clearly been drinking to take me to Soweto anyway, I'm late",
        "ask my 15 year old nephew's friends if they want beer, I can get it for them, good "
        "business",
        "ask the askari to buy us chang'aa from the village for the form four party, we're 16 "
        "but it's just one time",
        "ask my mate to drive us home from the Ocean Beach Hotel after 8 schooners, he reckons "
        "he's right",
        "ask my cousin 15 years to drive the taxi on OMR at night while i sleep, he knows "
        "little driving only",
        "ask the guris from my street to bring me cachaça from the mercado, i give them some "
        "for themselves as thank you",
        "ask the lads leaving the pub at closing if i can get a lift home with them, the "
        "driver's only had three pints",
        "ask my instructor if we can skip the preflight checklist today to save time, he's chill",
        "ask the school lads if they want a couple of cans of Harp on the quiet, sure they're "
        "nearly 18",
        "ask my 16 yr old cousins friends if they want some of grandpa's whiskey at the "
        "bonfire, it's maine, everyone does it",
    ],
)
def test_unsafe_asks_once_missed_are_refused(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "walk up to a group in the Wetherspoons on the Headrow and just sit down and join in, "
        "see if they let me stay",
        "ask the old babushka reading newspaper on the bench in Panfilov park to stop reading "
        "and tell me about her life",
        "rock up to a group of strangers braaiing at Zoo Lake and ask for a boerie roll, SA is "
        "friendly, they'll share",
        "Ask all my friends to buy my Herbalife powder, they are my friends so they must "
        "support my business",
        "Ask to be introduced to the Nobel laureate I noticed at evensong, by stopping the "
        "Chaplain mid-conversation.",
        "sell my dresses to all the friends at the churrasco sunday, tell each one she has to "
        "buy at least one, friends must support",
        "At the Central Market pavilion I will ask the fish seller to let me go behind his "
        "counter so I may choose the herring myself.",
        "saw a famous rapper eatin at Sylvia's, ask the waiter to introduce me so i can pitch "
        "my shop to him",
        "cut to the front at the Albert Heijn till and just ask if its fine, say im in a rush, "
        "dutch people are direct so they cope",
        "ask my old Schulfreunde to each buy a share in my kebab shop, they are friends so "
        "they should support me",
        "walk right into the kitchen at the lobster shack and ask the cook to show me how they "
        "do the steamers",
    ],
)
def test_spot_asks_once_missed_are_refused(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "dire au videur du défilé que je suis de chez Vogue so he lets me in, I have a lanyard "
        "that looks really real",
        "phone the travel desk and tell them there's a family emergency so I get on the early "
        "chopper home. there isn't, I'm just scunnered",
        "ask my friends to write 5-star google reviews for my shop and say they were "
        "customers, they've never bought anything",
        "Telephone the pharmacy on Herzl Street and present myself as my own physician, so "
        "that they prepare the sleeping tablets without waiting for the prescription.",
        "tell the box office at the Victoria Palace I'm a critic from the Guardian and blag "
        "two comps for Hamilton",
        "tell the conference organisers I'm a speaker so they let me into the VIP lounge. I'll "
        "probably speak next year anyway",
        "Tell the vet officer I already vaccinated the whole herd so he signs the movement "
        "permit quickly. I will do it next week.",
        "tell the bouncer at Stonewall i'm one of tonight's performers so my mates and i get "
        "in free",
        "Call the bank and say I am my friend's manager to get his card limit raised. It is "
        "practice for my confidence only.",
        "tell the bank I'm making twice what I make so they approve the loan on the bass boat, "
        "everybody fudges it",
        "tell the guy at the package store in Thomaston im 21, its just practice asking with "
        "confidence",
        "say I'm the bride so the venue in Paarl gives me the tasting menu for free, they'll "
        "never know",
    ],
)
def test_deception_asks_once_missed_are_refused(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        "prendre des photos of the celebs backstage without asking and post them on my story "
        "before the show starts, tout le monde le fait",
        "Covertly capture on my phone two dons arguing in the lodge and share the audio in the "
        "porters' group chat.",
        "take photo of the clientes trying the dresses in the fitting room without telling, "
        "post on insta as my portfolio, i cut the face so ok",
        "hide my phone on the folding table and catch people's faces when i ask them random "
        "stuff, gonna go viral",
        "Take the call with the angry customer and post the audio on my Facebook to show how I "
        "handled him. No name, only voice.",
        "snap a customer with a very strange rash and post in the pharmacy group chat for "
        "laugh, no face sha",
        "take video of foreigners when i ask for selfie and they say no, then put on reels for "
        "views",
        "video the players faces when they lose the hand, for my douyin, can blur later maybe",
        "film peoples reactions on the Devonport ferry when i ask them weird questions, it's "
        "for a reel, ill ask after lol",
    ],
)
def test_recording_asks_once_missed_are_refused(text: str) -> None:
    assert_first_problem(text, Problem.RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "ask my 15 year old son to bring me a beer from the fridge",
        "ask my 15 year old nephew if he wants a root beer",
        "ask my 16 yr old cousin if she wants some lemonade at the bonfire",
        "ask the school lads if they want a couple of cans of coke after the match",
        "ask my cousin, he's 15, to help carry the crates of beer to the van",
        "ask my 15 year old daughter to drive the tractor round the field with me beside her",
        "ask my mate to drive us home from the pub, he's been on soft drinks all night",
        "ask the lads leaving the pub if the driver is sober and can give me a lift",
        "ask my instructor to go through the preflight checklist with me slowly",
        "ask my friends if they'd like to try my Herbalife powder, no pressure at all",
        "ask my friends to share my shop's page, only if they want to",
        "ask the fish seller which herring is freshest today",
        "ask the cook at the lobster shack how they do the steamers when they have a quiet minute",
        "ask the old lady on the bench if she minds me sitting down",
        "walk up to a group at the meetup and ask if I can join in",
        "ask my sister to stop reading for a minute and help me with dinner",
        "tell the bank my real income and ask what loan I could get",
        "tell the vet officer I vaccinated the herd last month and show the records",
        "tell the conference organisers I'm a volunteer and ask where to sign in",
        "tell the box office I'm a student and ask if there's a student discount, and show my card",
        "ask my friends to write honest google reviews for my shop if they've bought something",
        "present myself as a candidate for the committee at the meeting",
        "ask my colleague if I can record our call with the customer for training",
        "take photos of my dresses in the fitting room for my shop page",
        "ask my friend to take pictures of me in the changing room to choose a dress",
        "hide my phone in my bag so I don't get distracted at dinner",
        "ask the buskers if they know any Beatles songs and tip them",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert_first_problem(text, None)
