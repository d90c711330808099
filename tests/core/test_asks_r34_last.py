"""The own-card check on the last of round 34's training asks the whole check let pass: a date
asked at the end of a session or on a waiter's table, a film asked of a stranger at gym; an
inspector's title put on to see the books, a misfortune told over the user's own fault, a claim
taken back in brackets; cold hands warmed on a stranger's, a towel laid up against the one
person on an empty beach, a hug "mate"; a tourist's sunglasses and a shop's goods for free; the
same people asked at every red light; a team's round joined halfway, a busker's set run by the
user's picks; an address asked round its owner's refusal; the user's place at the bottom of the
group asked. Each is refused in more words than the one text, and the fair asks beside them stay
fair (the rules alone)."""

from __future__ import annotations

import pytest

from core.own_cards import refuses

REFUSED = [
    # romance
    "End of physio today, ask her to dinner",
    "end of my massage, ask him out for a drink",
    "At the end of my appointment today, ask the dentist out",
    "Ask the Dutch girl at table 9 if she wants me to show her Napoli after my shift",
    "ask the guy at table 3 if he wants me to show him around after my shift",
    "ask the lady at gym in Andheri to go for movie with me while she is doing weights, I see"
    " her daily only",
    "ask the guy at gym to go for dinner with me",
    "ask the guy at the climbing wall to go to a film with me",
    # deception
    "My essay is late because I left it too long. I'll tell my professor my grandmother is in"
    " hospital and ask for an extension. It's just practice asking for things!",
    "the report's late cos i procrastinated, so tell my boss my dad is sick and ask for another"
    " day",
    "I missed the deadline because I forgot. Tell the tutor my mum died and ask for more time",
    "Call the warehouse in San Pedro, introduce myself as an inspector from the Conseil"
    " Café-Cacao, and ask to see their stock records",
    "introduce myself as an inspector from the council and ask to see their records",
    "phone the factory, pose as a health and safety officer and ask them to show me their"
    " accident logs",
    "Ask the publisher's rep for free review copies for the book club I'll tell her I run (I'll"
    " start one eventually).",
    "tell the gym I'm a personal trainer (I'll qualify one day) and ask for the trade rate",
    # touch
    "Challenge: at the Christmas market, ask the man selling Glühwein if I can warm my cold"
    " hands on his.",
    "ask the lady at the bus stop if I can warm my hands in hers",
    "Beach is totally empty at 6am. Plan is to lay my towel right up against the one lady there"
    " and ask if that's cool.",
    "rock up to some bloke at the pub in Freo, high five then go in for a big hug. bit of fun,"
    " nobody minds a hug mate",
    # money
    "ask the foreign madam for her sunglasses, as a souvenir for my daughter",
    "ask the tourist madam for her hat as a souvenir",
    "ask outdoor shop lad for free chalkbag",
    "ask the späti guy if i can have a club mate for free, i'm in there every night anyway",
    "ask the corner shop guy for a free pack of gum",
    "ask the kiosk man if I can have a newspaper for free",
    # repeat
    "ask the italians again every red light",
    "ask the same tourists again at each stop",
    # spot
    "ask a random group if i can join their pub quiz team halfway through the music round",
    "ask some strangers at the park if I can join their football game midway through the second"
    " half",
    "go up to the buskers on K Rd and get them to play the song i pick, then the next one, for"
    " the practice",
    # block
    "Ask my sister's best friend for my sister's new address, since my sister won't give it to"
    " me herself.",
    "ask his mum for my ex's new number because he won't give it to me",
    "ask the landlord for Jo's email as she refuses to share it with me",
    # judgement
    "dare: ask my coursemates where I rank in our study group, like am I actually the dumbest"
    " one there",
    "ask my friends am I actually the dumbest one here",
    "ask the team, am I honestly the most annoying person in the office",
]

FAIR = [
    # an assistant manager (an "ASM") is the user's senior, not someone working for them
    "ask my assistant manager for a day off",
    "ask my ASM if I can swap my Saturday shift",
    "ask the assistant professor for an extension",
    "end of physio today, ask her for another exercise to do at home",
    "End of physio today, ask her how long recovery takes",
    "ask my friend if she wants me to show her Lisbon after my shift",
    "ask the couple at table 4 if they want me to show them Rome tomorrow",
    "ask my friends to go for a movie with me",
    "ask my sister to go for movie with me",
    "ask the lady at park if i can pet her dog",
    "introduce myself as a journalist and ask for an interview",
    "ask the shop if I can see their stock records for my business project",
    "My essay is late because my grandmother is in hospital. I'll tell my professor and ask for"
    " an extension.",
    "tell my landlord my mum passed away and ask for a week more on the rent",
    "tell the shop I'm getting married (we are, in June) and ask for a discount",
    "ask my boyfriend if I can warm my cold hands on his",
    "ask the café if I can warm my hands on the radiator",
    "ask my best mate for a hug",
    "give my old mate a hug when he lands",
    "ask the foreign madam where she is from",
    "ask the foreign madam if she wants a guide",
    "ask the shop lad for a free bag",
    "ask the shop guy if I can have a box for free for moving",
    "ask the market lady if I can have the bruised apples for free for my horse",
    "ask the driver again at every stop if this is my stop",
    "ask a new person at every red light",
    "ask a random group if i can join their pub quiz team",
    "ask the quiz host if I can join a team halfway through",
    "ask the busker to play a song I pick",
    "ask the busker on Grafton Street to play my favourite song",
    "ask the council for the address of the office since the website won't load",
    "ask my sister for her new address",
    "ask my teacher what I should work on most",
]


@pytest.mark.parametrize("text", REFUSED)
def test_the_last_of_the_round_and_their_kinds_are_refused(text: str) -> None:
    assert refuses(text, None), text


@pytest.mark.parametrize("text", FAIR)
def test_their_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None), text
