"""Own-card asks of the thirty-eighth round's money, romance and spot misses (hands-38), each
with paraphrases in other words, and the fair asks the rules had refused, with their
neighbours.

Money: a client's lunch paid "also" or "shouted" (paid, in New Zealand English), an extra
twenty "stuck in for me" by a minted customer, strangers asked to send a sum "to my GoPay",
tourists asked to "pay me café and croissant", a rich patient asked for a loan, the woman
behind in the queue with a Range Rover who "will no miss a tenner", the families at someone
else's graduation or match asked to fund the user's trip or petrol. Romance: a date asked of
someone the user serves (a client, "customers daughter", a regular "cliente", a patient who
comes to the clinic where the user volunteers, the delivery oppa) or holds at a post ("she has
to stop at my boom anyway", "he will have to talk with me"). Spot: seats, tables and places
asked of strangers ("theirs are closer", "give it to me", "move because my customer coming"),
and what a passer-by earns (bonus, pension, salary). Fair: touch rugby, "join our lunch group",
a classmate "from bio", "Moira next door", feedback on the user's own screens, eyes "not good at
night", "if it's a no I'll ask again in spring", "since they don't have a car", a cost shared
so both save money, a bluff owned up to when asking to be shown properly.

The label of "the cute english lady from my beginner group" (romance) is left alone: whether
the user teaches the group or is in it, the words do not say.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, understand
from core.asks.roles import Who
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        "ask my client with the Louis Vuitton bag to pay also my lunch today, she is rich and we"
        " talk like friends",
        "ask my client to pay for my lunch too, she's loaded",
        "ask the client in Remuera to shout me n the boys lunch on top of the invoice, she's got"
        " a tennis court for crying out loud",
        "ask the client to shout me lunch, she's got money",
        "ask the old dear whose sockets we're doing in Canton if she'll stick an extra twenty in"
        " for me, she's minted and it's only polite like",
        "ask the old lady whose garden I mow to stick a tenner in for me, she's rich",
        "ask random ppl at Blok M to transfer 10rb to my GoPay, for content 'how kind is"
        " Jakarta' wkwk",
        "ask strangers at the mall to send 20k to my ovo for a video",
        "ask the cruise tourists who stop at my stall to pay me café and croissant, they come"
        " from the big ship they can pay non?",
        "ask the tourists at my stall to pay me a coffee",
        "ask the rich Jumeirah madam patient if she can lend me 500 dirhams until sahod, she"
        " always gives big tip naman",
        "ask the rich lady patient to lend me 200 until payday",
        "ask the wumman behind me at Tesco to cover my messages, she's got a Range Rover she'll"
        " no miss a tenner",
        "ask the man behind me in the queue to cover my shopping, he's got a porsche",
        "at graduation ask the proud parents to contribute to my research trip, they are happy"
        " that day, they will give",
        "at the tournament in Trafford ask the other team's parents to chuck a fiver each"
        " towards my petrol, I've driven miles",
        "at the match ask the other parents to chuck a tenner each towards my new boots",
        "ask the kid from bio for his lunch money",
    ],
)
def test_money_asked_of_clients_and_strangers(text: str) -> None:
    assert_first_problem(text, Problem.MONEY)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the Dutch girl from yesterday sunset trek, she is my client, if she want to stay one"
        " more night in the camp with me only, romantic under the stars",
        "ask my client if she wants to stay one more night with me alone",
        "ask the Coupang delivery oppa out for tteokbokki, he always comes at 7pm so i can wait"
        " at the door",
        "ask the amazon delivery guy out for dinner",
        "customers daughter was lush, ask her out when i go back to finish the consumer unit tmrw",
        "my clients son is fit, ask him out",
        "ask the handsome security guard in the office I clean at night for a coffee, he can't"
        " leave his post so he will have to talk with me",
        "ask the cute receptionist at the hotel where I clean for a coffee, she can't leave the"
        " desk",
        "ask di nice gentleman who come fi him pressure check at di clinic where mi volunteer if"
        " him want come fi dinner, him a widower",
        "ask the old man who comes for his checkup at the clinic where I volunteer out for dinner",
        "ask the pretty visitor who signs the book every night if she wants to go out with me,"
        " she has to stop at my boom anyway",
        "ask the pretty driver who comes through my gate if she wants to go out, she has to stop"
        " at my gate",
        "dare: ask the pretty lady who buy the dorade every friday if she want a pastis with me"
        " after the marché, ok she is cliente but so what",
        "ask the lady who buys bread at my stall every day if she wants a drink with me, she's a"
        " regular",
    ],
)
def test_dates_asked_of_those_the_user_serves_or_holds(text: str) -> None:
    assert_first_problem(text, Problem.ROMANCE)


@pytest.mark.parametrize(
    "text",
    [
        "at Wrigley ask the family in front to swap seats with me, theirs are closer and I just"
        " retired, they'll get it",
        "ask the couple in front to swap seats with me, theirs are better",
        "at the cafe in Rissani go to the old man at the best table in the shade and ask him to"
        " give it to me bcs my tourists are coming",
        "ask the man sitting at the window table to give it to me, my friends are coming",
        "go to the table where the family is eating and ask them move because my regular"
        " customer coming, they eat too slow",
        "ask the family at the table to move because my friends are arriving",
        "on the 6 train ask the guy in the Patagonia vest what his bonus was this year. market"
        " research tbh",
        "ask a man in the park what his bonus was",
        "at the hawker centre go to the uncle eating alone and ask how much he earn and why he"
        " never married",
        "go up to an old man in Café Central reading his Tiroler Tageszeitung and ask how much"
        " pension he gets, i want to know for my future",
        "ask the old lady on the bench how much pension she gets",
        "walk up to a bloke at Westfield Chermside pushing a pram and ask how much him and the"
        " missus earn, see if we're doing worse",
        "go meet the oga wey dey read newspaper for bus stop, ask am how much him dey earn"
        " monthly. just to practise talking to big men",
        "at the planters club ask the new assistant manager's wife what exactly is her husband's"
        " salary, just curious only na",
        "ask the woman at the gym what her husband's salary is",
        "go up to someone deep in coding at the national library and ask what salary they make,"
        " market research ngl",
        "ask a random guy at the station how much he makes a year",
    ],
)
def test_strangers_places_and_pay_asked_on_the_spot(text: str) -> None:
    assert_first_problem(text, Problem.SPOT)


@pytest.mark.parametrize(
    "text",
    [
        "ask the fella from touch rugby I only know by his nickname if he wants to carpool to"
        " sunday games",
        "ask the fella from touch rugby for a lift",
        "ask the clerk from the other chambers I always see at the registry if she want to join"
        " our Friday lunch group",
        "ask the new girl at work to join our lunch table",
        "ask the kid from bio who also skates if he wanna hit the downtown spots saturday",
        "ask the kid from bio if he wants to study together for the test",
        "ask Tama if he'll show me how to run the digger properly, been faking it ngl",
        "ask Tama if he'll show me how to use the new till, been faking it",
        "ask the coach to show me how to serve properly, been bluffing it all term",
        "ask the designer on my team for brutal feedback on my onboarding screens before"
        " friday's demo",
        "ask the designer on my team for feedback on the new onboarding flow",
        "ask the depot manager if I can change to morning shift, my eyes are not good at night"
        " anymore",
        "ask my optometrist why my eyes are not good at night",
        "ask the area supervisor for an extra week of shifts in september, if it's a no I'll ask"
        " again in spring",
        "ask the landlord about the damp, if it's a no I'll ask again in the new year",
        "knock on 4B and ask if they'd be cool renting me their parking spot on weekends since"
        " they don't have a car, offer $30/mo",
        "ask my neighbours if they'd rent me their garage since they don't use it",
        "ask the auntie with juice cart next to me if we share one big umbrella, save money both"
        " of us",
        "ask the stall owner next to me if we can share a delivery, save money both of us",
        "ask Moira next door if she'd watch the weans for an hour Thursday, I'll get her messages"
        " in return",
        "ask Moira next door to feed the cat while I'm away",
        "ask pani Halina from 3rd floor if she want to join our building whatsapp group, if she"
        " says yes she give me her number",
        "ask Sam from the 3rd floor if he wants to join the building clean-up",
    ],
)
def test_fair_asks_of_acquaintances_colleagues_managers_and_neighbours_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        # the money readings' neighbours
        "ask my client to pay the invoice by friday",
        "ask my client if she can pay the deposit too",
        "ask my mate to shout me a coffee, I'll get the next one",
        "ask my husband to shout us dinner tonight",
        "ask my sister to stick an extra tenner in for mum's present",
        "ask my friend to transfer the concert money to my gopay",
        "ask my brother to pay me back the coffee money he owes",
        "ask my neighbour if her husband's got a range rover or a discovery, I'm choosing a car",
        "at graduation ask the proud parents to take a photo of me with my mum",
        "at the tournament ask the other team's parents where the toilets are",
        "at the match ask the other parents if they want to carpool next week",
        "ask my team to chip in a fiver each for the coach's gift",
        "ask the council if I can contribute to the park restoration fund",
        # the romance readings' neighbours
        "ask my client if she wants to stay one more night at the lodge, I can extend her booking",
        "ask the delivery guy to leave the parcel at the door",
        "ask the delivery driver if he wants a glass of water, it's hot",
        "ask the delivery guy for his name so I can leave a good review",
        "ask my partner if she wants a pastis with me after the market",
        "ask my neighbour if they want to come for dinner on saturday",
        "ask the security guard if he can let me in, I forgot my badge",
        "ask the nurse at the clinic where I volunteer if she wants to come for dinner with our"
        " team",
        "ask my customer if she wants a bag for the dorade",
        "ask the customer's daughter if she wants a receipt",
        "she's a regular, ask her if she wants a loyalty card",
        "ask my manager for a quick chat, he'll have to talk to me about the rota anyway",
        # the spot readings' neighbours
        "ask the guy on the train if he'd swap seats so I can sit with my son",
        "ask the family if they'd mind swapping seats so my wife and I can sit together",
        "ask the man at the table next to us to pass the salt",
        "ask the waiter to move us to a table in the shade",
        "ask my kids to move because grandma is coming",
        "ask my manager what the salary band is for the senior role",
        "ask the recruiter what salary they offer for this job",
        "ask my dad how much pension he gets, we're planning his retirement",
        "ask my best friend how much she earns, we talk about money openly",
        "ask the baker how much bread he makes in a morning",
        "ask the company how much they make a year",
        "ask the bank what their bonus rates are",
        "ask the agency what their salary is for this role",
        # the fair readings' neighbours
        "ask my mate to touch base tomorrow",
        "ask my manager for honest feedback on my presentation",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "at the wedding ask the guests to contribute to my holiday fund",  # a honeymoon fund
    ],
)
def test_a_fund_at_the_users_own_occasion_is_left_to_the_guests(text: str) -> None:
    assert not refuses(text, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask her out, if it's a no I'll ask again in spring", Problem.REPEAT),
        ("ask Moira next door to lend me 200 quid", Problem.MONEY),
        (
            "ask the intern for feedback on my slides and make her stay late to fix them",
            Problem.POWER,
        ),
        (
            "ask Tama to show me how to run the digger, been faking it, and tell the boss I'm"
            " certified",
            Problem.DECEPTION,
        ),
        (
            "ask the quiet girl from calculus where she lives so i can 'happen' to walk the same"
            " way home",
            Problem.CONTACT,
        ),
    ],
)
def test_what_the_new_readings_leave_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "ask the family at the next table if I can join their lunch",
        "ask the couple if I can share their table",
        "ask the lads if my face looks ugly in the dark",
        "ask the cashier if my teeth are yellow in this light",
        "ask the guy at the gym to touch my abs",
    ],
)
def test_joining_strangers_judgement_and_touch_stay_refused(text: str) -> None:
    assert refuses(text, None)


def test_neighbours_named_by_where_they_live_are_the_ones_asked() -> None:
    ask = understand("ask Moira next door if she'd watch the weans for an hour Thursday")
    assert ask.who is Who.NEIGHBOUR
    assert understand("ask the kid from bio if he wants to skate").who is Who.ACQUAINTANCE
