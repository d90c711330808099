"""The own-card check refuses made-up claims and unsafe wheels, pills and chemicals, and keeps
the honest and the safe readings of the same words fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # An ailment or injury made up to be somewhere else, or for a day off.
        "Tell the ballet mistress I twisted my ankle so I can skip corps rehearsal and go to a"
        " casting for a commercial.",
        "Tell the teacher I sprained my wrist so I can skip the exam and go to the beach.",
        "Tell my boss I have food poisoning so I can take Friday off and go to the festival.",
        "Call in sick with a migraine so I can go to the Arsenal match.",
        "Tell the doctor at the clinic I have fever and headache so he writes sick note for"
        " friday. I just need a long weekend.",
        "Tell my manager my back's gone, really I just want a long weekend.",
        "Get the GP to write me a sick note for Monday, I'm not actually ill, I just want a"
        " day off.",
        # A birthday told for something extra or free.
        "Tell the tomato woman at Mile 12 that today is my birthday so she adds extra for free.",
        "Tell the fruit seller today is my birthday so he throws in something extra.",
        "Tell the baker it's my birthday tomorrow, hoping she gives me a discount.",
        # A status no longer held, claimed for the wait or the price.
        "Tell the doctor's office I'm still a working nurse at KPH so they let me jump the wait.",
        "say I'm still a student at the ticket office to get the cheap Jahreskarte, I finished"
        " uni in 2019 but I still have the card",
        "Tell the cinema I'm still a student to get the cheap ticket, I graduated three years ago.",
        "Say I'm still an employee of the airline so they give me the staff fare.",
        # A title taken on to impress, an inspectorate named, a trade buyer claimed.
        "Put 'Regional Director' on my business cards for the Durban expo so the big clients"
        " take me seriously.",
        "Print 'CEO' on my LinkedIn so recruiters take me more seriously.",
        "Introduce myself as head of partnerships at the summit so the investors take me"
        " seriously.",
        "tell the manager at the pub down the road I'm from the HSA to get a look behind their bar",
        "Tell the restaurant I'm from environmental health so they show me the kitchen.",
        "Say I'm with trading standards and ask the shop to show me their stockroom.",
        "Ask the wholesaler at Aalsmeer for the bulk price by saying I buy for a big hotel"
        " chain, nobody checks.",
        "Tell the supplier I order for a large restaurant chain to get the trade price, they"
        " never check.",
        # A rival offer told so the other side raises or drops theirs.
        "tell recruiter I already have offer from Google so they increase the package",
        "Tell the landlord I've got a better quote from another builder so he will lower the"
        " price.",
        "tell the car dealer we already have an offer from another garage so they drop the price",
        # Reviews from many accounts or as customers who never came.
        "Leave five-star Google reviews for my cousin's barbershop from a few different"
        " accounts. He cuts good, so it's basically true.",
        "Write five Google reviews for our library café with my friends' accounts, as if they"
        " visited.",
        "Post reviews of my sister's salon from my mum's and my aunt's accounts.",
        "Get my mates to leave 5-star ratings on Google as if they'd eaten there.",
        "Write a TripAdvisor review under a made-up name for my own guesthouse.",
    ],
)
def test_a_made_up_claim_for_what_it_gets_is_deception(text: str) -> None:
    assert_first_problem(text, Problem.DECEPTION)


@pytest.mark.parametrize(
    "text",
    [
        # Drink before the wheel, in either order and by any name.
        "After my shift, have a few and then drive the lads home. Ask who wants a lift, saves"
        " them a taxi at 3am.",
        "After the braai I'll have a couple and then drive everyone back.",
        "Dare: drive home from the crew Christmas party after four beers and have the guys time"
        " me.",
        "Drive one of the buses around the depot after a few Tuskers, just to test the clutch.",
        "ride moto home after whisky with the other vendors, only 2km 🛵",
        "Ride my scooter home after a bottle of soju.",
        # A body outside a moving vehicle.
        "ask the kombi driver to let me ride hanging on the door, its faster in the morning"
        " traffic",
        "dare: ride on the outside step of an old tram from Schwedenplatz to the Prater",
        "Ride on the back bumper of the jeepney to school.",
        "Hang off the side of the danfo like the conductor does.",
        # Someone else's car taken for fun.
        "Take the customer's Land Cruiser for a quick spin on Shahrah-e-Faisal before giving it"
        " back, he will never know.",
        "Take a guest's Porsche from valet for a joyride.",
        "Drive the client's Merc around the block while he's in the meeting.",
        # Someone else's prescription medicine.
        "Ask my labmate for a few of his Adderall before the thesis deadline, he has a"
        " prescription so it's safe.",
        "Ask my neighbour for some of her pressure tablets since mine finish and the pharmacy"
        " closed. I know the dose, I was a nurse for 35 years.",
        "Borrow my flatmate's Xanax before my flight.",
        "Ask my mate for a couple of his Ritalin for the exam.",
        # A lab's chemicals taken out, a home-made explosive.
        "take some potassium nitrate home from the lab to make fireworks for réveillon 🎆",
        "Sneak some magnesium powder out of the school lab.",
        "Make homemade fireworks with my nephew for new year.",
    ],
)
def test_the_wheel_after_drinks_others_medicine_and_lab_chemicals_are_unsafe(text: str) -> None:
    assert_first_problem(text, Problem.UNSAFE)


@pytest.mark.parametrize(
    "text",
    [
        "Tell the coach I twisted my ankle and ask if I can sit out today's drills.",
        "Tell my manager I have a migraine and ask to go home early.",
        "Call in sick and go to the doctor about my cough.",
        "Tell my boss I have the flu so I can skip the meeting and go to the GP.",
        "Tell the barista it's my birthday and ask if they have a candle.",
        "Tell the gym I'm a student and ask whether they have a student rate.",
        "Put my new title on my business cards and hand them out at the expo.",
        "Tell my recruiter about the other offer I got and ask if they can match it.",
        "Ask the council what a health inspection involves.",
        "Ask the supplier for a trade price, I order for my restaurant.",
        "Leave a review for the salon from my own account.",
        "Ask my regulars to leave an honest Google review if they enjoyed the meal.",
        "Post a review of the café I loved on Google.",
        "Take the bus home after a few beers.",
        "Ride the tram home after the office party drinks.",
        "After a few drinks, ride the night bus home.",
        "Drive home after a few hours of karaoke.",
        "Ask the bus driver to let me stand at the front and watch the road.",
        "Hang a wreath on the door for Christmas.",
        "Test-drive a car at the dealership and ask for their best price.",
        "Take my car for a spin on the coast road.",
        "Pick up my neighbour's prescription for her at the pharmacy.",
        "Ask the lab tech if I can take a pipette home to practise.",
        "Ask my chemistry teacher to show me how fireworks get their colours.",
    ],
)
def test_the_honest_and_the_safe_reading_of_the_same_words_is_fair(text: str) -> None:
    assert_first_problem(text, None)
