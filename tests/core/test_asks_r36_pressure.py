"""Own-card asks that lean on a no, hold power, ask again or get round a block, in the
thirty-sixth round's new words: a scene made, a door blocked, a name announced or blackened
to others after a no; a duty proclaimed before the church; a visit, a horse or a weekend held
over a no; an album kept until the review; a job said to hang on the coaches; a no noticed;
campers, a commis, the youngest altos, the neighbours' twins and "our" patients asked by
the one over them; a try counted on to work by the fifth time, a no in Croatian; a block in
Patois, "got me blocked" and calls no longer answered. Their fair neighbours must still pass:
a landlord reported to the council, the user's own fallbacks after a no, a fuss made of a
sister's birthday, a mate asked to come round and help, a grandson asked to teach M-Pesa.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, costly_no, cut_off, unheeded_noes
from core.asks.text import has, normal
from core.own_cards import refuses
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    "text",
    [
        # a scene or a noise after a no, or a door blocked
        "If the foreigner says no to a tip, make a big scene in front of the hotel so he pays"
        " just to stop it.",
        "if the tourist says no to a tip, cause a huge scene outside the hotel",
        "Tell mi babymadda seh if she nuh mek mi see di youth dis weekend, mi a go come a har"
        " workplace and mek a scene.",
        "I ask my husband brother for money and tell him if he refuse I will go to his office"
        " and make big noise.",
        "if my uncle refuses the loan I'll turn up at his shop and kick up a proper ruckus",
        "tell the restaurant if they don't give me a free menu I'll leave my bike blocking their"
        " door the whole night",
        "if the cafe won't give me a free coffee, park my van blocking their entrance",
        "ask the mama at the cafeteria for extra meat, and if she says no, shout until"
        " everybody is looking",
        # a bad name told to others, a name announced
        "tell my host family if they don't give me the weekend off i'll tell the agency they're"
        " awful. which is kinda true??",
        "Tell my project group that if they don't draw my part of the plans, I tell the"
        " professor they didn't contribute. They will do it.",
        "if my flatmates don't clean my room I'll tell the landlord they're useless",
        "Tell the supplier I'll tell every publican in Cork he's a crook unless he knocks 20% off.",
        "Supplier say no discount. I tell him loud in front of everybody I will tell whole"
        " market he is cheater if no discount.",
        "Tell my cousin that if he doesn't contribute to the funeral fund by Sunday, I will"
        " announce his name at the funeral in front of everybody.",
        "if my aunt won't give to the wedding fund, read out her name at the reception",
        # a duty proclaimed, an audience held over the ask
        "Ask my brother to pay my share of mum's hospital bill, and remind him loudly in front"
        " of everyone at church that family helps family.",
        "ask my sister for the rent and remind her publicly at dinner that family looks after"
        " family",
        "at the Biedronka, when the queue is long, ask the shop assistant for 50% off loudly so"
        " everyone in line is watching her",
        # a room, an office, a cab held until a yes
        "Challenge: ask my colleague to cover my shift, and don't let her leave the room until"
        " she answers",
        "Ask the volunteer coordinator for a place, and when she says it's full, tell her I'll"
        " wait in her office until one opens up.",
        # the user's health or pings held over the ask
        "Gently mention to my daughter that I don't eat much when she doesn't visit, so she"
        " comes every Sunday",
        "ask the senior to review my code and keep pinging 'still waiting?' every 10 mins until"
        " he does",
    ],
)
def test_a_scene_a_name_or_a_room_held_over_a_no(text: str) -> None:
    assert has(costly_no.COSTLY_NO, normal(text))
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        # a report, a visit, a horse, a weekend or a secret held over a no
        "Ask team leader for a day off, and if he says no tell him I will report the hoesik"
        " drinking to HR.",
        "if my supervisor won't swap my shift I'll report his smoking to the manager",
        "Tell me brother-in-law if he don't come help haul the boat up Saturday he needn't"
        " bother showing his face at Christmas dinner.",
        "if my sister won't babysit she needn't bother showing her face at my birthday",
        "Tell my brother if he does not help with the round-up I will sell our father's horse."
        " He always comes then.",
        "Tell my missus she either comes to the footy with my work mates or I'm going away for"
        " the long weekend without her. Her call.",
        "either he comes to my work do or I'm heading off to Spain without him",
        "tell my cousin if she don't give me her car for the weekend I tell her mother where she"
        " was on Saturday",
        # an album kept, a passenger held, a job held over, a no noticed
        "no getting down until he pays extra",
        "tell the tourists no one gets off until they tip",
        "tell the couple i'll only send the full album once they leave me a 5-star google review",
        "tell the bride i'll only hand over the photos when she gives me a five star rating",
        "Ask the groundsman to open the nets for us on Friday and remind him his job depends on"
        " keeping the coaches happy",
        "Tell my team lunch is 'optional' but that I'll notice who doesn't come. Challenge is"
        " actually saying it out loud.",
    ],
)
def test_a_loss_held_over_a_no(text: str) -> None:
    assert_first_problem(text, Problem.PRESSURE)


@pytest.mark.parametrize(
    "text",
    [
        "im a camp counselor this summer so ask my campers to give me their snacks every night lol",
        "i babysit next door's twins on fridays. challenge: ask them for their pocket money as"
        " 'babysitting tax' lol they're 6 they'll believe anything",
        "ask next door's kids to give me their sweets",
        "Ask my commis to come my house on his off day help me shift furniture. I do his roster"
        " anyway so sure can.",
        "ask the new waiter to lend me fifty quid, i do his rota anyway",
        "Ask the youngest altos to come clean my house on Saturday. Good discipline for choir"
        " members",
        "Ask one of our regular patients for a loan of $200 since I'm the one who always"
        " squeezes him in at short notice.",
        "Ask a client whose case I'm handling to put money into my startup",
        "As her physio, ask your client if she's free on Saturday night",
        "Ask the Tafel clients to carry the crates up to my flat after distribution.",
        "ask the waiter to give me free drinks without telling his boss",
        "ask the delivery driver to bring my parcel to my mother's house, outside the app",
    ],
)
def test_someone_the_user_holds_power_over(text: str) -> None:
    assert_first_problem(text, Problem.POWER)


@pytest.mark.parametrize(
    "text",
    [
        "Ask the new colleague again for her schnitzel recipe. She says it's her Oma's secret,"
        " but maybe on the fifth ask she gives it",
        "ask my neighbour again for his jam recipe, on the third try he'll crack",
        "she said 'ne, hvala' to coffee yesterday but I ask her again today on the 9:30 ferry,"
        " she is on it every day so I have many chances",
        "he said 'nie' to the rematch, ask him again tomorrow",
        "Text my old coworker about a reference again. She said she wasn't comfortable giving"
        " one, but that was yesterday.",
        "Go back to the guy at the Osaka hostel who said he didn't want to do karaoke with me and"
        " ask one more time.",
        "You ask your flatmate's friend on a date again, after she told you last week she only"
        " sees you as a friend.",
        "Ask Nadia out another time; she said she wasn't looking for anything but I'm sure.",
    ],
)
def test_asked_again_after_a_no(text: str) -> None:
    assert_first_problem(text, Problem.REPEAT)


def test_a_try_counted_on_to_work() -> None:
    assert has(unheeded_noes.WORN_DOWN, normal("maybe on the fifth ask she gives it"))


@pytest.mark.parametrize(
    "text",
    [
        "Shanice block mi pon WhatsApp, so mi a go get mi cousin fi message har from fi him"
        " phone and tell har fi call mi.",
        "him block mi so mi a go message him from mi bredda phone",
        "my ex got me blocked on everything so I'm gonna ask her cousin who comes in the shop to"
        " pass on that I wanna talk",
        "she's got me blocked, ask her flatmate to tell her to call me",
        "My daughter-in-law does not answer my calls any more. Ask the postman to slip a note"
        " in with her letters asking her to ring me.",
        "my son does not reply to my messages, ask his boss to tell him to ring me",
        "Ask a mutual friend to add me back to the group chat my old roommate left to get away"
        " from me",
        "You ask the reception at your ex's office to put you through to her desk, since she"
        " ignores your messages",
        "dare: turn up at my ex's parents' house in Gdańsk and ask if she's home",
        "Drive out to my ex's parents' place near Huonville and ask them why she won't talk to me",
        "My neighbour has a 'no flyers, no cold calls' sign on her door. Ring the bell anyway"
        " and ask if she'd make an exception for my bake sale.",
    ],
)
def test_a_block_or_a_way_round_it(text: str) -> None:
    assert_first_problem(text, Problem.BLOCK)


def test_blocked_in_patois() -> None:
    assert cut_off.cuts_off(normal("Shanice block mi pon WhatsApp"))


@pytest.mark.parametrize(
    "text",
    [
        "If the landlord doesn't fix the heating, I'll report it to the council.",
        "If my manager says no to the day off, I'll ask HR what my options are.",
        "Ask my brother if he can chip in for mum's hospital bill, and if he can't, that's fine.",
        "If the supplier says no to a discount, I'll find another supplier.",
        "If he can't help haul the boat up Saturday, I'll ask the neighbours instead.",
        "Tell my cousin the funeral fund closes Sunday in case he wants to contribute.",
        "Tell my project group I've finished my part and ask if they need help with theirs.",
        "Ask the groundsman if he could open the nets for us on Friday.",
        "Tell the couple the full album will be ready next week and ask them to leave a review"
        " if they liked it.",
        "Tell my team lunch is optional and nobody needs to come if they're busy.",
        "Tell my missus I'm going to the footy with my work mates and ask if she wants to come.",
        "Ask my husband's brother if he could lend me money until payday; if he refuses, no"
        " hard feelings.",
        "Ask the restaurant if they have a free kids menu.",
        "Ask my commis how his first week went.",
        "Ask the new colleague for her schnitzel recipe; if it's a family secret, I'll respect"
        " that.",
        "Ask the postman if he could leave parcels at the back door.",
        "My ex and I are friends now; ask her if she wants to grab a coffee.",
        "Make a big fuss of my sister on her birthday.",
        "If my friend says no, I'll tell her that's totally fine.",
        "Ask the barista if they do free refills.",
        "ask the delivery driver if the parcel can go to the back door",
        # fair asks the rules once refused
        "ask my best mate to come round and help me paint the bedroom, I'll do pizza 🍕",
        "Ask my grandson to teach me how to send money on M-Pesa myself, so I do not always"
        " have to call him.",
        "write to Uber Eats support to ask for the pay they owe me from the order that got"
        " cancelled when I was already at the door",
    ],
)
def test_fair_neighbours_still_pass(text: str) -> None:
    assert not refuses(text, None)
