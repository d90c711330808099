"""The own-card check reads an ask into slots (who, what for, how) and decides from them."""

from __future__ import annotations

import pytest

from core.asks import Intrusion, Problem, Want, problems, understand
from core.asks.roles import Who
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ask a stranger for directions.", Who.STRANGER),
        ("Ask someone I don't know whether the bus has gone.", Who.STRANGER),
        ("Ask someone I've never met at the gym a question.", Who.STRANGER),
        ("Ask the barista what they'd recommend.", Who.STAFF),
        ("Ask the girl who works at the bakery which loaf is best.", Who.STAFF),
        ("Ask the library if they could order a book.", Who.ORGANISATION),
        ("Ask a friend to read my short story.", Who.FRIEND),
        ("Ask my boyfriend to plan a day out.", Who.PARTNER),
        ("Ask my sister to help me move.", Who.FAMILY),
        ("Ask a coworker to lunch.", Who.COLLEAGUE),
        ("Ask my manager for Friday afternoon off.", Who.MANAGER),
        ("Ask my landlord whether I could paint the bedroom.", Who.LANDLORD),
        ("Ask my neighbour to water my plants.", Who.NEIGHBOUR),
        ("Ask someone from my choir to get a coffee.", Who.ACQUAINTANCE),
        ("Ask my ex why we broke up.", Who.EX),
        ("Ask a kid in the park to share his ball.", Who.CHILD),
        ("Ask my intern to stay late.", Who.SUBORDINATE),
        ("Ask a junior colleague who reports to me to cover my shift.", Who.SUBORDINATE),
        ("Submit my poem to a magazine.", Who.ORGANISATION),
        ("Go for a walk without my phone.", Who.NOBODY),
        ("Go to the bakery, wait for a man buying bread and ask him the time.", Who.STRANGER),
        ("Ask the other interns whether they'd like a lunch club.", Who.COLLEAGUE),
    ],
)
def test_who_is_asked_is_read_from_the_object_of_the_ask(text: str, who: Who) -> None:
    assert understand(text).who is who


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ask a passer-by for some spare change.", Want.MONEY),
        ("Ask a stranger for their umbrella to keep.", Want.MONEY),
        ("Ask the woman on the bus for her number.", Want.CONTACT),
        ("Ask a friend whether I look good in this.", Want.JUDGEMENT),
        ("Ask my team whether they secretly dislike me.", Want.JUDGEMENT),
        ("Ask someone for a hug.", Want.TOUCH),
        ("Ask a random woman out on a date.", Want.ROMANCE),
        ("Ask the librarian where the poetry shelf is.", Want.INFORMATION),
        ("Ask a friend to help me carry a sofa.", Want.FAVOUR),
        ("Ask my manager for ten minutes on Friday.", Want.TIME),
    ],
)
def test_what_is_asked_for_is_read_from_the_request(text: str, want: Want) -> None:
    assert want in understand(text).wants


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("Ask Ana out once more, even though she turned me down.", "repeats_after_no"),
        ("Ask the barista again after she says no.", "repeats_after_no"),
        ("Message my ex from a new account.", "gets_round_block"),
        ("Call him from a different number since he blocked mine.", "gets_round_block"),
        ("Film the cashier's face when I ask for a discount.", "recorded"),
        ("Ask a stranger for a discount and post it on TikTok.", "recorded"),
        ("Pretend it's my birthday to get a free cake.", "deceives"),
        ("Ask someone at the party for some pills.", "unsafe"),
        ("Insist the café gives me a free coffee.", "demands"),
    ],
)
def test_how_it_is_asked_sets_its_slot(text: str, slot: str) -> None:
    assert getattr(understand(text), slot) is True


@pytest.mark.parametrize(
    "text",
    [
        "Ask whether they'd like to do it again next week.",
        "Post a photo of my own painting online.",
        "Record myself reading my poem.",
        "If they say no, don't ask again.",
        "Ask someone who hasn't asked me to stay away whether we could talk.",
    ],
)
def test_look_alike_words_set_no_slot(text: str) -> None:
    ask = understand(text)
    flags = (ask.repeats_after_no, ask.gets_round_block, ask.recorded, ask.deceives, ask.unsafe)
    assert not any(flags), ask


@pytest.mark.parametrize(
    ("text", "intrusion"),
    [
        ("Sit down at a table of strangers and join their conversation.", Intrusion.JOINS),
        ("Interrupt someone reading on a bench.", Intrusion.ABSORBED),
        ("Ask the person in front of me in the queue whether I could go ahead.", Intrusion.QUEUE),
        ("Ask a restaurant if I could look around their kitchen.", Intrusion.BACKSTAGE),
        ("Ask a stranger how much they earn.", Intrusion.PERSONAL),
        ("Ask my friends to buy a painting I made.", Intrusion.SELLS),
    ],
)
def test_ways_of_putting_someone_on_the_spot_are_named(text: str, intrusion: Intrusion) -> None:
    assert intrusion in understand(text).intrudes


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # the same request decided by who is asked
        ("Ask a stranger for ten dollars.", Problem.MONEY),
        ("Ask a stranger to get a coffee with me.", Problem.ROMANCE),
        ("Ask the waitress out on a date.", Problem.ROMANCE),
        ("Ask a teenager at the bus stop what music they like.", Problem.POWER),
        ("Ask a stranger for their Instagram.", Problem.CONTACT),
        ("Ask a stranger for a lift home.", Problem.UNSAFE),
        ("Ask a woman reading on the train about her book.", Problem.SPOT),
        ("At a meetup, ask a small group chatting whether you could join them.", None),
        ("Ask a friend for a lift to the station.", None),
        ("Ask my friend Jo on a date.", None),
        ("Ask the bakery for their phone number to order a cake.", None),
        ("Ask the shop for a refund on a broken kettle.", None),
        ("Ask someone I've been chatting to at my climbing club to get a coffee.", None),
        ("Ask my partner to take a photo of me by the sea.", None),
    ],
)
def test_the_decision_reads_who_together_with_what(text: str, problem: Problem | None) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "for_more"),
    [
        ("Ask a stranger what time it is.", False),
        ("Ask someone nearby to take a photo of me by the fountain.", False),
        ("Ask someone at the counter whether I could borrow a pen for a minute.", False),
        ("Ask a stranger to carry my shopping home.", True),
        ("Ask a stranger whether I could come round to their house.", True),
        ("Ask a stranger to tell me about the worst day of their life.", True),
    ],
)
def test_a_stranger_is_asked_for_a_moment_and_no_more(text: str, for_more: bool) -> None:
    ask = understand(text)
    assert ask.who is Who.STRANGER
    assert (ask.asks_a_stranger_for_more or Intrusion.PERSONAL in ask.intrudes) is for_more


def test_the_most_serious_problem_comes_first_and_each_only_once() -> None:
    found = problems(understand("Ask a stranger for a hug and keep asking until they say yes."))
    assert found[:2] == (Problem.REPEAT, Problem.TOUCH)
    assert len(found) == len(set(found))


def test_understanding_is_deterministic_and_ignores_case_and_curly_quotes() -> None:
    a = understand("Ask the barista again after she says no.")
    b = understand("ASK THE BARISTA AGAIN AFTER SHE SAYS NO.")
    c = understand("Ask the barista again after she says no.".replace("'", "’"))
    assert a == understand("Ask the barista again after she says no.")
    assert (a.who, a.wants, a.repeats_after_no) == (b.who, b.wants, b.repeats_after_no)
    assert c.repeats_after_no


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a made-up reason to get something
        (
            "Tell the gym I broke my wrist (I didn't) and ask them to freeze my membership.",
            Problem.DECEPTION,
        ),
        ("Ask the library to waive my late fee, say my cat died.", Problem.DECEPTION),
        # a hidden camera or microphone while asking
        ("Hide a mic in my jacket and ask the florist for a discount.", Problem.RECORDING),
        # intrusive questions, taking things, hours of a stranger's or staff's time
        ("Ask a man at the bus stop how much tax he pays.", Problem.SPOT),
        ("Ask the cashier to look the other way while I pocket some sweets.", Problem.UNSAFE),
        ("Ask the woman at the market stall to mind my bags all day.", Problem.SPOT),
        # a date asked of the user's own tutor; cash from someone barely known
        ("Ask my tutor if she'd like to see a film with me, just the two of us.", Problem.ROMANCE),
        ("Ask the neighbour I've met once to lend me 200 euros.", Problem.MONEY),
        # another go with an ex; leverage over a colleague
        ("Ask my ex once more if we could try again.", Problem.REPEAT),
        (
            "Ask my flatmate to cover my shift and remind him I covered his last month.",
            Problem.PRESSURE,
        ),
        # fair asks that share words with those
        ("Leave a note in the lobby asking if anyone would like to share a veg box.", None),
        ("Apply for the course again next year even if they say no this time.", None),
        ("Ask my grandad to teach me chess before I drive home.", None),
        ("Enter the poetry contest even though I don't think I'm talented enough.", None),
        ("Ask the parent I chat with at the school gate if our kids could play together.", None),
        (
            "I always say the food is fine when it isn't; today I'll ask the waiter to reheat it.",
            None,
        ),
    ],
)
def test_new_kinds_of_unfair_ask_are_understood(text: str, problem: Problem | None) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Walk over to the man who moved in upstairs and ask if he has a ladder for my sister.",
            Who.NEIGHBOUR,
        ),
        ("Call Anna and ask if she'd like to come to my picnic.", Who.FRIEND),
        ("Ask the new woman from payroll whether she'd like to join our quiz team.", Who.COLLEAGUE),
        ("Ask the guy I studied with last term for his notes.", Who.ACQUAINTANCE),
        ("Ask my nephew's football coach for a lift.", Who.STAFF),
        ("As team captain, ask the new players to carry the kit.", Who.SUBORDINATE),
    ],
)
def test_who_is_asked_follows_the_ask_not_the_words_after_it(text: str, who: Who) -> None:
    assert understand(text).who is who


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # the user's own child or little brother is family, but not for money or secrets
        ("Ask my daughter to help me water the garden.", None),
        ("Ask my little brother for a hug at the airport.", None),
        ("Ask my son to lend me his birthday money.", Problem.POWER),
        ("Ask my little sister to keep a secret from our parents.", Problem.POWER),
        # asking first whether filming is welcome is the fair way
        ("Ask my flatmate if she's happy with me filming our baking for my vlog.", None),
        ("Message a friend I met on Instagram and ask if she'd like to see a film.", None),
        ("Ask my manager whether she thinks I'm ready to lead a project.", None),
        (
            "Ask a friend whether I seem like the sort of person people would want to date.",
            Problem.JUDGEMENT,
        ),
        # the same ask decided by who is asked: cash or jewellery from someone not close
        ("Ask a coworker I barely know to lend me 300 euros.", Problem.MONEY),
        ("Ask my neighbour if I can borrow her pearl necklace for a party.", Problem.MONEY),
        ("Ask the man at the next table to pick up our bill.", Problem.MONEY),
        ("Ask the receptionist what time her shift ends.", Problem.CONTACT),
        # a refusal answered with reproach is pressure
        (
            "Ask my brother for his car, and if he says no, tell him how he never helps.",
            Problem.PRESSURE,
        ),
        ("Ask my friend how she'd feel if I lost my job because of her.", Problem.PRESSURE),
        ("My sister wants a break from me; turn up at her flat and ask to talk.", Problem.BLOCK),
        ("Phone in sick tomorrow and go to the beach.", Problem.DECEPTION),
        (
            "Return the shoes saying they came scratched, though I scratched them on the stairs.",
            Problem.DECEPTION,
        ),
        ("Ask for a discount on the scratched table in the shop.", None),
        ("Ask my friend to race me home on the motorway.", Problem.UNSAFE),
        ("Ask a stranger at the pool to keep an eye on my son while I swim.", Problem.SPOT),
        ("Ask the couple by the window to swap tables so we get the view.", Problem.SPOT),
        ("Ask the library assistant to write the conclusion of my report.", Problem.SPOT),
        ("Ask the librarian to help me find sources for my report.", None),
        ("Ask the shop and have my friend take photos from across the road.", Problem.RECORDING),
        ("Compliment a stranger's sneakers.", None),
    ],
)
def test_asks_of_family_filming_and_pressure_are_read_in_context(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask the lads at the bar who's better looking, me or my cousin", Problem.JUDGEMENT),
        ("Ask my coworkers to rate my looks against Jenny's", Problem.JUDGEMENT),
        ("Ask my mum who's taller, me or my brother", None),
        ("At the all-hands, ask the new girl out in front of everyone", Problem.ROMANCE),
        ("ask the new guy on the crew out, we're stuck together for two weeks", Problem.ROMANCE),
        ("Ask the cinema usher if she'd let me take her for a curry", Problem.ROMANCE),
        ("Ask my boyfriend out to dinner in front of all our friends", None),
        ("Ask my team in front of everyone if they want to go for lunch on Friday", None),
        ("Ask the front desk for her room number so I can surprise her", Problem.CONTACT),
        ("Ask the nurse which ward the man from the accident is staying in", Problem.CONTACT),
        ("Look up my crush's phone number in the work database and text her", Problem.CONTACT),
        ("Ask the front desk what room number I'm in, I forgot", None),
        ("Ask the shop assistant to ring my stuff through on her staff card", Problem.POWER),
        ("Ask my manager whether I get a staff discount at the other branch", None),
        ("beg the café regulars for a fiver", Problem.MONEY),
        ("Ask the backpackers at the hostel bar to buy me a beer", Problem.MONEY),
        ("Ask my client to pay the overdue invoice this week", None),
        ("Turn up at my colleague's house party without an invite", Problem.SPOT),
        ("Join my mates halfway up the queue for the club, they're holding my place", Problem.SPOT),
        ("Ask my sister if I can join her in the queue", None),
        ("Ask a family having a picnic if I can join them, my own food of course", Problem.SPOT),
    ],
)
def test_looks_contests_dates_before_others_and_borrowed_perks_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Wade across the creek while it's in flood to get to the farm.", Problem.UNSAFE),
        ("Drive through the flooded causeway to get to work on time.", Problem.UNSAFE),
        ("Ask the boatman how the village copes with the river during monsoon.", None),
        ("Ride my bicycle on the motorway to save time.", Problem.UNSAFE),
        ("Dare: drive the auto rickshaw on the toll road.", Problem.UNSAFE),
        ("Take the bus on the expressway instead of a taxi.", None),
        ("Hitch a lorry to Lahore.", Problem.UNSAFE),
        ("Jump into a passing trucker's cab for a ride to Durban.", Problem.UNSAFE),
        ("Ask my flatmate to hitch the trailer to the car.", None),
        ("Ask the woman I met on Hinge last night if I can stay at her place.", Problem.UNSAFE),
        ("Ask a driver I don't know to take me to his farm for the night.", Problem.UNSAFE),
        ("Ask my tinder match to pick me up from the station at 1am.", Problem.UNSAFE),
        ("Ask the guy I matched with to meet me at the café in town for a coffee.", None),
        ("Ask the couple I met on the train what they'd recommend in Lisbon.", None),
    ],
)
def test_unsafe_journeys_and_being_alone_with_someone_just_met(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Ask my coach again to put me in the first eleven.", Problem.REPEAT),
        ("Ask the waiter again for the bill since he forgot.", None),
        ("Ask the waiter again for water", None),
        ("Ask my friend again for the book she promised to lend me", None),
        ("Ask my crush again for a date", Problem.REPEAT),
        ("Record a voice note of my grandmother's stories, with her blessing", None),
        ("Record my grandmother's stories without telling her", Problem.RECORDING),
        ("The gym said they're not taking new members, so ring them every week.", Problem.REPEAT),
        ("Ask the café again next week if they're hiring.", None),
        ("She said she's not interested; write asking her to reconsider.", Problem.REPEAT),
        ("Ask the council to reconsider the parking fine with my receipt as proof.", None),
        ("Record the call with my landlord without letting him know.", Problem.RECORDING),
        ("Hide a camera in the staff toilets to see who leaves it messy.", Problem.RECORDING),
        ("Ask the gym whether the cameras cover the changing rooms.", None),
        ("Set my phone recording in my pocket and ask my boss for a raise.", Problem.RECORDING),
        ("Set my phone to record myself practising the pitch before I ask my boss.", None),
    ],
)
def test_repeats_on_a_schedule_and_recording_kept_from_people(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # the user's own footage and records, a how-to they make
        ("Upload my skate edit to YouTube even though the filming is wobbly.", None),
        ("Get my mate to film my run down the bowl.", None),
        ("Email the courier why my pay was short and attach screenshots from the app.", None),
        ("Post a reel showing how to tie a sari for beginners.", None),
        ("Film the line at the bank and post it on TikTok.", Problem.RECORDING),
        ("Show everyone screenshots of my ex's messages.", Problem.RECORDING),
        # a roof repaired is not a roof climbed; a break covered is no break-in
        ("Ask the landlord to repair the roof before winter.", None),
        ("Ask the caretaker whether the leak in the roof can be patched this week.", None),
        ("Ask the landlord if I can go up on the roof to fix the leak myself.", Problem.UNSAFE),
        ("Offer to cover the receptionist's break in return for a tip on angry guests.", None),
        ("Ask a stranger at the library to watch my bag for five minutes.", None),
        ("Ask a stranger to hold my baby while I pop into the shop.", Problem.UNSAFE),
        ("Ask a fan outside the stadium to take a photo of us before kick-off.", None),
        # a reason naming the user's pupils; a traveller asked where they are from
        ("Ask the librarian for a history book, since my pupils keep asking me about it.", None),
        ("Ask my intern to stay late unpaid since my deadline is tomorrow.", Problem.POWER),
        ("Ask the backpacker in my dorm where she's from.", None),
        ("Ask a woman wearing a headscarf on the bus where she's from.", Problem.SPOT),
        ("Ask the man on the train where he's really from.", Problem.SPOT),
        # people known by where the user meets them
        ("Ask seminar girl if I can borrow her notes.", None),
        ("Ask the director I met at the workshop if I could mention her name.", None),
        # a wage offered, help offered while someone is away, eligibility asked
        ("Ask my neighbour if her teenage son would like to rake my leaves for $20.", None),
        ("Ask the teen next door whether she wants to babysit on Friday for $40.", None),
        (
            "Ask the neighbour's teenage daughter to babysit for $10 and keep it secret.",
            Problem.POWER,
        ),
        ("Ask the kid next door whether he could wash my windows.", Problem.POWER),
        ("Ask a stranger to lend me $25 for the bus.", Problem.MONEY),
        ("Offer to mind the stall while he goes to prayers, and ask to store my cart there.", None),
        ("Ask the barista what time she goes home.", Problem.CONTACT),
        ("Ask the college whether someone like me without A-levels could apply.", None),
        ("Ask my date whether someone like me is attractive.", Problem.JUDGEMENT),
    ],
)
def test_fair_asks_that_look_like_unfair_ones_are_read_as_fair(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # ultimatums: the job, the friendship or the relationship held over a no
        ("Give me Saturday off or I'm walking out", Problem.PRESSURE),
        ("Either you come to my wedding or we're finished", Problem.PRESSURE),
        ("Be at my birthday or don't bother calling me again", Problem.PRESSURE),
        (
            "Ask my flatmate to cover the bills and tell her our friendship hangs on it",
            Problem.PRESSURE,
        ),
        (
            "Tell your sister you won't come to her wedding unless she lends you money.",
            Problem.PRESSURE,
        ),
        (
            "Tell my friend she's not a real friend if she won't lend me the deposit",
            Problem.PRESSURE,
        ),
        ("Ask for a lift home or I walk in the rain", None),
        ("Ask my friend whether our friendship is ok after the argument", None),
        ("Ask my friend to help me move, and if she can't, I'll hire a van myself", None),
        # veiled leverage: what the user knows about the person, the reviews they write
        (
            "Ask my neighbour to sign the petition and let her know I know where she really goes",
            Problem.PRESSURE,
        ),
        (
            "Ask my boss for the Friday off, and drop in that I know about his affair",
            Problem.PRESSURE,
        ),
        (
            "ask my classmate for her notes, she knows I know she cheated on the midterm",
            Problem.PRESSURE,
        ),
        ("Ask the B&B owner for late checkout and mention I'm a top reviewer", Problem.PRESSURE),
        (
            "Ask the guesthouse for a discount and remind them I leave reviews everywhere",
            Problem.PRESSURE,
        ),
        ("Ask my colleague to swap shifts, and say I know it's short notice", None),
        ("Tell my friend I remember our trip to Rome and ask if she wants to go again", None),
        ("Ask the cafe owner if I can write a review of her place for my blog", None),
        # an occasion made up, or used as the lever, for something free
        (
            "Claim we're honeymooners at the B&B for free champagne (married since 2015)",
            Problem.DECEPTION,
        ),
        ("Get a free dessert by telling the waiter it's my birthday", Problem.DECEPTION),
        ("Tell the bar it's my bday so they give us free shots", Problem.DECEPTION),
        ("We're on our honeymoon, ask the hotel if there's any chance of an upgrade", None),
        ("Tell the hotel it's our second honeymoon after 25 years married, ask for a view", None),
        # a ban or a block got round through someone else
        (
            "The gym banned me for a month, so ask my brother to sign me in with his membership",
            Problem.BLOCK,
        ),
        ("banned from the pub quiz, ask my mate to enter the team under his name", Problem.BLOCK),
        ("blocked? text him from my cousin's phone", Problem.BLOCK),
        ("I'm banned from driving for six months, ask my wife to drive me to work", None),
        ("Ask my cousin to register the stall under her name since she'll run it", None),
        ("Ask my boss whether I can take my annual leave in one block.", None),
        # a consequence to the user is no threat; a threat to them is
        ("Ask the driver to wait two minutes or I'll miss my train", None),
        ("Ask my mum whether everyone will know about the surprise party", None),
        ("Turn the music down or I'll call the police, tell the neighbour", Problem.PRESSURE),
        ("Give me a discount or everyone will know how you treat people", Problem.PRESSURE),
    ],
)
def test_threats_occasions_and_bans_got_round_are_read_by_their_kind(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # whether people dislike or pity the user, or find them fatter: a judgement of worth
        ("Ask my team if they only invite me because they pity me", Problem.JUDGEMENT),
        ("ask my flatmates whether they find me annoying to live with", Problem.JUDGEMENT),
        ("Ask my aunt if she thinks I've got fatter this year", Problem.JUDGEMENT),
        ("Ask my aunt if she thinks I've got taller this year", None),
        # money from the people the user serves, or from an audience
        ("ask my passenger for a bigger tip at the end of the ride", Problem.MONEY),
        ("gig crowd: send me 20 zloty each", Problem.MONEY),
        ("ask one of the diners at the next table to sponsor my course fees", Problem.MONEY),
        ("ask my passenger if the aircon is too cold", None),
        # a small thing asked straight, a favourite in American spelling, a regular face
        ("ask a woman at the bus stop can I borrow her pen for a sec", None),
        ("ask a guy at the trailhead for his favorite route around here", None),
        ("ask the woman I always see at the allotments if she wants to swap seeds", None),
        ("ask the girl from the skate park if I can skate the bowl with her crew", None),
        ("Ask someone on the bus what they're reading", None),
        # a dance at a dance class is the point; one asked of a stranger on the street is not
        ("at bachata class ask the new guy to dance with me, everyone rotates anyway", None),
        ("ask a stranger at the tram stop to dance with me", Problem.SPOT),
    ],
)
def test_dislike_pity_served_people_and_dance_classes_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a no dodged: a ban asked away, a block named, someone else's account or surname
        ("Ask the doorman to overlook my ban just this once", Problem.BLOCK),
        ("The club told me not to apply again; enter me from my teammate's account", Problem.BLOCK),
        ("She said please don't contact me. Ask her sister if she'd meet me anyway", Problem.BLOCK),
        ("Ask the steward to let me back in the ground they banned me from", Problem.BLOCK),
        # a no given and asked again straight after, or until it gives way
        (
            "Ask the clerk again the next morning after she said the visa slot is taken",
            Problem.REPEAT,
        ),
        ("Ask my landlord to lower the rent every week till yes", Problem.REPEAT),
        ("Ask the salon again after they said they're fully booked, in case", Problem.REPEAT),
        # a pretence with no lie named: a role claimed, a scare-quoted occasion, a worn return
        (
            "Ask the museum to waive my entry, say I'm a visiting curator inspector",
            Problem.DECEPTION,
        ),
        ("reserve the tasting menu as a food critic 😎", Problem.DECEPTION),
        (
            "Take back the boots after wearing them on the hike and say they pinch",
            Problem.DECEPTION,
        ),
        (
            "Ask the shop for a refund because of a fault. There's no fault but they never check",
            Problem.DECEPTION,
        ),
        # unsafe shapes: drink before the wheel, a sign passed, work not signed off
        ("Ask the bartender for another couple of beers then I drive home", Problem.UNSAFE),
        ("Ask the guide to take us past the danger sign onto the cliff path", Problem.UNSAFE),
        ("ask the foreman if I can wire the panel by myself, not certified yet", Problem.UNSAFE),
        ("Ask the boatman to take us across, we don't need life vests", Problem.UNSAFE),
        # fair: a deferral kept, a firm told the user may switch, a venue on a roof, an honest gap
        ("ask my uncle again to fix the gate, he said 'tomorrow' last week", None),
        ("Ask my nonna again for her gnocchi recipe, she laughs it off every time", None),
        ("Ask the gym for a cheaper rate, I'll switch if they say no", None),
        ("Ask the hotel if I can host a rooftop yoga session for guests", None),
        ("apply for the grant even though I don't tick every box", None),
        ("Email the league to sponsor my junior squad's kit", None),
    ],
)
def test_bans_repeats_pretences_and_hazards_by_shape(text: str, problem: Problem | None) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a partner named with no article, a peer named by trade and post, time covered
        ("ask girlfriend for a cuddle tonight", None),
        ("ask the other nurse on my ward to cover me for an hour while I see the dentist", None),
        ("Ask a fellow designer on my team to look at my slides, and offer to look at hers", None),
        ("offer free guitar lessons to the neighbour's daughter", None),
        # guilt, love withdrawn, the user's own stakes held over a favour
        ("tell my brother Mum will be so upset if he doesn't come to her party", Problem.PRESSURE),
        (
            "Ask Jo to cover my shift and remind her I never moaned when she was late",
            Problem.PRESSURE,
        ),
        ("tell my daughter if she doesn't visit, she's dead to me", Problem.PRESSURE),
        ("tell my mate I'll lose my flat if he says no to the loan", Problem.PRESSURE),
        ("Ask the landlord to lower the rent; I'll have to move out if it goes up again", None),
        # grief or confusion, someone made to wait, a surprise proposal before a crowd
        ("At the wake, ask the widower to sell me his car cheap", Problem.PRESSURE),
        ("ask grandpa to sign my form while he's in hospital and a bit muddled", Problem.PRESSURE),
        ("ask my widowed aunt if she'd like to come for Christmas lunch", None),
        ("make the taxi driver wait for my sister and don't let him pull away", Problem.PRESSURE),
        ("ask the driver if he can wait a minute for my friend", None),
        ("Propose to him on the kiss cam at the match, we've never discussed it", Problem.PRESSURE),
        (
            "Propose to my girlfriend in front of our families; we've talked about it for months",
            None,
        ),
        ("tell delivery drivers no tip means one star", Problem.PRESSURE),
        ("tell my classmate to lend me her notes or I'll tell the teacher", Problem.PRESSURE),
        # kept on at until they give, rushed, or reminded of all the user did
        ("Text my cousin over and over until he lends me his car", Problem.PRESSURE),
        ("Sit with my gran until she falls asleep", None),
        ("Stand in the doorway so the seller has to hear my offer", Problem.PRESSURE),
        ("Ask my brother to invest and tell him he must decide tonight", Problem.PRESSURE),
        ("Ask my friend to help me move, or remind her of all I've done for her", Problem.PRESSURE),
        ("Thank my mum for everything she's done for me", None),
        ("Ask the widow next door if I can take her bins out for her", None),
        ("Ask my 9-year-old niece to give me her pocket money", Problem.POWER),
        ("Ask my 7-year-old to help me set the table", None),
        # children named by a short age or a nickname, a boy selling postcards
        ("borrow a 10yo's bike at the park", Problem.POWER),
        ("Ask the little girl who sells flowers to carry my shopping", Problem.POWER),
        ("tell my lil bro (8) he must give me his sweets or I tell dad", Problem.POWER),
        # where someone sleeps or their private line; a phone recording in a pocket
        ("ask the barista which neighbourhood she lives in", Problem.CONTACT),
        ("ask the receptionist which room the workshop is in", None),
        ("get the hotel porter's private whatsapp", Problem.CONTACT),
        (
            "Record the chat on my phone in my jacket pocket while I ask for a refund",
            Problem.RECORDING,
        ),
        ("Record my own practice speech on my phone in my bag", None),
        ("find out what time the lad at the hotel front desk finishes his shift", Problem.CONTACT),
        ("ask the shop what time the sale finishes", None),
        ("Find out which road the man on my morning tram lives on", Problem.CONTACT),
        ("ask my friend which street the new bakery is on", None),
        (
            "put my phone in my coat pocket recording, then ask the cashier for a discount",
            Problem.RECORDING,
        ),
    ],
)
def test_guilt_grief_forcing_and_hidden_phones_are_read_by_their_kind(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a private moment: grief at a grave, tears, a quarrel, why someone is at a clinic
        ("Ask the man kneeling at his wife's grave who he lost.", Problem.SPOT),
        ("Ask the girl sobbing on the train platform why she's upset", Problem.SPOT),
        ("Ask the two guys having a heated row outside the chippy what it's about", Problem.SPOT),
        ("ask the lady next to me at the clinic what she's in for", Problem.SPOT),
        # other people's celebration, their chat, their stage; a crowd made to perform
        ("Ask the family at the restaurant if I can join their toast", Problem.SPOT),
        ("butt into the conversation of the old men at the bar about cricket", Problem.SPOT),
        ("Get the whole carriage to sing happy birthday to me", Problem.SPOT),
        ("Ask the street musician to stop his set so I can play my song", Problem.SPOT),
        # fair: someone close in tears, a stranger asked a plain thing, a crowd at one's own gig
        ("Ask my friend if she's okay, she was crying at lunch", None),
        ("Ask the person in the waiting room if the clinic is running late", None),
        ("Ask the crowd at my gig to sing along with the chorus", None),
        ("Ask the widow next door if she'd like to come for Sunday lunch", None),
    ],
)
def test_private_moments_celebrations_and_crowds_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a date off limits: someone's partner, those the user serves, the child's teacher
        ("Ask my friend's wife out while he's away", Problem.ROMANCE),
        ("ask out the guy in bed 12 once he's discharged", Problem.ROMANCE),
        ("Ask my kid's swim coach out for dinner", Problem.ROMANCE),
        ("ask the newlywed in the suite to meet me after my shift", Problem.ROMANCE),
        # a position traded on: errands for juniors, places for drinks, praise for what is owed
        ("Ask the apprentice to pick up my groceries on her way in", Problem.POWER),
        ("as organiser: pints for spots on the line-up", Problem.POWER),
        ("Withhold the deposit until the tenants leave me a five star review", Problem.POWER),
        ("Ask the trainee I'm mentoring to lend me her car", Problem.POWER),
        ("Ask the cashier to ring me up at the staff price, it's against policy", Problem.POWER),
        ("Ask the barman to keep pouring for us past closing time", Problem.SPOT),
        # fair: a client's bill or a business lunch, the teacher about the child, a service
        ("Ask my client to pay the invoice that's two weeks overdue", None),
        ("Ask my client out for a business lunch to go over the project", None),
        ("Ask my son's teacher how he's doing in maths", None),
        ("Ask my supervisor for a date when he will give comments on my draft", None),
        ("Ask the volunteer driver to pick up my prescription", None),
        ("Ask the café if they could stay open late for our book club launch", None),
    ],
)
def test_dates_off_limits_and_positions_traded_on_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # a ban in slang or a "not welcome back", then going back or another's name
        ("Go back into the club even though they 86'd me and ask for a table", Problem.BLOCK),
        ("The gym said I'm not welcome back, so I'll join under my brother's name", Problem.BLOCK),
        # a safeguard skipped: a prescription, a machine guard, a train door, a sealed place
        ("Ask the chemist for tramadol without a prescription", Problem.UNSAFE),
        ("ask the foreman to switch the blade guard off so we finish early", Problem.UNSAFE),
        ("ask my mates to time me hanging out of the bus door", Problem.UNSAFE),
        ("Ask the caretaker to take me into the bunker sealed since the war", Problem.UNSAFE),
        # a cover story the words take back; a role claimed to be let through
        (
            "Ask the hotel for a late checkout, saying I'm here for a conference — it's really"
            " just me on holiday",
            Problem.DECEPTION,
        ),
        (
            "Ask the taxi rank to let me skip the queue by saying I'm a nurse on call, though I'm"
            " off duty",
            Problem.DECEPTION,
        ),
        # hair tucked behind a stranger's ear; calls with someone recorded
        ("Ask the barista if I can tuck her hair behind her ear", Problem.TOUCH),
        ("Record my calls with the landlord and never tell him", Problem.RECORDING),
        # fair: a parent by a home word, a named hugger, a doubt, a partner after work, one's
        # own act filmed, a model who agrees, a question about what needs no prescription
        ("ask appa for his secret bulgogi marinade", None),
        ("ask Tomás (total hugger) for a hug before he flies home", None),
        ("apply for the senior designer job even though they'll probably say I'm too green", None),
        ("ask my wife for a foot rub after 10 hours in the van", None),
        ("Sing my own poem at the slam and record it on my phone for myself", None),
        (
            "ask my cousin to model my scarves for my shop page, only if she's comfortable being"
            " on camera",
            None,
        ),
        ("ask the pharmacist which allergy tablets need no prescription", None),
        ("ask the pharmacist for the morning-after pill without a prescription", None),
        ("take the night guard a coffee", None),
        # a loss told as it is, to ask for time: the words cannot say it is untrue
        ("Tell the bank my father died and ask to delay the loan repayment", None),
        ("tell my landlord my mum passed away and ask for a few more days on the rent", None),
        ("Claim my dad died so the landlord gives me more time, he's fine", Problem.DECEPTION),
    ],
)
def test_bans_in_slang_skipped_safeguards_and_cover_stories_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # where a third person lives or sleeps, asked of whoever knows; when a shift ends
        ("Ask the doorman which flat the new girl from the bakery is staying in", Problem.CONTACT),
        ("ask the caretaker where the lady who walks the greyhound lives", Problem.CONTACT),
        ("ask Tesco cashier when her shift ends", Problem.CONTACT),
        ("ask the courier what time she gets home and if she lives alone", Problem.CONTACT),
        # a client's or a regular's money, a gift of someone's jewellery
        ("Ask one of my regulars at the salon to cover my phone bill this month", Problem.MONEY),
        ("ask the tourists in my tuk-tuk to leave me their sunglasses", Problem.MONEY),
        ("ask the woman at the next stall to gift me one of her bangles", Problem.MONEY),
        # a moment that is theirs, a quiet floor, a crowd, someone's job, a house invited into
        ("ask the mourners leaving the cemetery if they have a second for a quiz", Problem.SPOT),
        ("Ask the couple having a tense chat on the bench to take my picture", Problem.SPOT),
        ("In the quiet carriage ask the man opposite to read my poem out loud", Problem.SPOT),
        ("get the strangers on the platform doing star jumps with me", Problem.SPOT),
        ("invite myself over to the new neighbours' for tea", Problem.SPOT),
        ("ask the bus driver to let me drive his bus round the block", Problem.POWER),
        # a judgement of the user in other words; a date with no way out; a no said before
        ("ask my mates if they think she only dates me out of pity", Problem.JUDGEMENT),
        ("ask the man stuck with me in the lift if he's free on friday", Problem.ROMANCE),
        ("Ask my neighbour about the hedge again, she gave me a flat no last week", Problem.REPEAT),
        # fair: a fellow parent, the way, a short survey, a band photo, a price match, a room
        ("Ask a dad from the under-9s team if he can share the driving to the tournament", None),
        ("ask a tourist for a group pic of us", None),
        ("ask someone at the station for the way to the castle", None),
        ("Ask shoppers to fill in my quick survey about bus times", None),
        ("ask the Halfords guy to price match Argos", None),
        ("ask reception which room the workshop is in", None),
        ("Ask my client to pay the invoice for the logo", None),
        ("ask my friends if they'd run the 10k with me for charity", None),
    ],
)
def test_whereabouts_served_people_private_moments_and_fellow_parents_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # people the user pays or houses, named by how: by the day, hired crew, a bare intern
        ("Ask the pickers we pay by the hour to weed my garden too", Problem.POWER),
        ("ask one of the casual staff we hire to babysit on Friday", Problem.POWER),
        ("get intern to fetch my dry cleaning", Problem.POWER),
        ("ask the new starter on my team to pick my daughter up from nursery", Problem.POWER),
        ("ask my brother to pick my daughter up from nursery", None),
        ("ask my Year 9s to each bring a fiver for my leaving present", Problem.POWER),
        ("Ask the woman who rents the flat from us to walk my dog every morning", Problem.POWER),
        ("As the head chef, ask the new commis to help me paint my kitchen", Problem.POWER),
        ("ask the students in the seminar I teach to like my band's page", Problem.POWER),
        # a job, a contract or a lease hanging on it; the employer's rules broken for the user
        ("Ask the cleaner to stay late, she'll want the next booking", Problem.POWER),
        ("ask the bartender to ring my large one up as a small", Problem.POWER),
        ("Ask the barista for a free refill, her manager doesn't allow it", Problem.POWER),
        ("Ask the porter to carry my mum's shopping home on his evening off", Problem.POWER),
        # leaning on the vulnerable, guilt, shame and ultimatums
        ("Ask the confused old man at the till if he'd like the premium plan", Problem.PRESSURE),
        ("ask the grieving widow to sell me her husband's tools cheap", Problem.PRESSURE),
        ("Ask my cousin for a loan and remind her who paid for her wedding", Problem.PRESSURE),
        ("wash my car or no lifts to school", Problem.PRESSURE),
        # fair: a neighbour by the floor, a joint lesson or project, help offered to the confused
        ("ask the downstairs lady if her parcel came", None),
        ("Ask the science teacher if we can run a joint project on the school garden", None),
        ("Ask the confused old man at the bus stop if he needs help finding his stop", None),
        ("Ask the shop if they'd let us do a joint stall at the fair", None),
    ],
)
def test_people_paid_or_housed_and_the_vulnerable_leaned_on_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # stunts: on the rail over a drop, a weapon in hand, an open dare, overboard, a fence
        ("get my mate to film me sitting on the balcony parapet", Problem.UNSAFE),
        ("ask the security guard at the mall if I can try holding his pistol", Problem.UNSAFE),
        ("ask the instructor at the shooting range if I can fire a rifle today", None),
        ("ask the lads at the bar to dare us anything, no matter what", Problem.UNSAFE),
        ("ask the skipper if I can dive off the boat halfway across", Problem.UNSAFE),
        ("hop the marina fence and ask the watchman for a look round", Problem.UNSAFE),
        ("ask my uncle if I can ride his quad home after a couple of pints", Problem.UNSAFE),
        # ultimatums, blackmail and the friendship priced
        ("brother lends me his car or i grass", Problem.PRESSURE),
        (
            "ask my mate to cover my rent, and if he won't I'll see what our friendship is worth",
            Problem.PRESSURE,
        ),
        (
            "tell the regular to order another round, or his boss might hear he was here",
            Problem.PRESSURE,
        ),
        (
            "tell my sister if she doesn't lend me the car, don't bother coming to my party",
            Problem.PRESSURE,
        ),
        # the confused or grieving asked to sign, to decide, or held to a promise
        ("ask my grandad with advanced dementia to sign the house over", Problem.PRESSURE),
        (
            "Ask my friend whose dad just passed to still host game night, she promised",
            Problem.PRESSURE,
        ),
        # a favour beside the user's position; a crowd waiting on the answer
        ("Ask the trainee to mow my lawn. I'm the one who marks her placement.", Problem.POWER),
        (
            "ask my boyfriend to marry me on the kiss cam with the arena waiting for his answer",
            Problem.PRESSURE,
        ),
        # fair: a partner asked by a bare word, neighbours by their surname, a hug after a
        # staff meeting, a partner's taste named
        ("hubby hold my hand at the fireworks?", None),
        ("Ask the Okafors across the road if their teenager wants to wash my car for $10", None),
        ("ask Thandi for a hug after the staff party, she loves hugs", None),
        ("Ask my wife to slow dance with me at the wedding, though she's not into dancing", None),
        ("ask my friend to take a photo of me by the railing with the river behind", None),
    ],
)
def test_stunts_ultimatums_signatures_and_bare_partners_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Call the hotel and say I'm with the city council so they give me a better rate",
            Problem.DECEPTION,
        ),
        (
            "Ask the gallery for free entry, mentioning that I'm from the national radio",
            Problem.DECEPTION,
        ),
        ("Email the archive signed as Dr Moreau and ask to see the letters", Problem.DECEPTION),
        ("Print myself a sick note so I can skip Friday's exam", Problem.DECEPTION),
        (
            "Ask for the student price, they don't need to know I graduated last year",
            Problem.DECEPTION,
        ),
        (
            "Take the jacket back saying it arrived damaged, even though I've worn it twice",
            Problem.DECEPTION,
        ),
        (
            "Tell the landlord my dad is in hospital (he's fine) so he waits for the rent",
            Problem.DECEPTION,
        ),
        ("Ask my neighbour for the same lift he already refused me yesterday", Problem.REPEAT),
        ("Ask the cashier if she wants to go out after her shift", Problem.ROMANCE),
        ("Ask the delivery driver to meet me for a drink during his break", Problem.ROMANCE),
        ("Ask my flatmates whether they only hang out with me out of pity", Problem.JUDGEMENT),
        ("Ask my coworkers if my new haircut looks better", Problem.JUDGEMENT),
        (
            "My sister told me not to call her anymore, so I'll wait outside her office",
            Problem.BLOCK,
        ),
        ("Message him from a new account since he blocked me", Problem.BLOCK),
        ("Got barred from the pub last week, go back anyway in a hat", Problem.BLOCK),
        # fair: who the user really is, an honest return, a no taken well, the user's own set
        ("Tell the front desk I'm from room 12 and ask for extra towels", None),
        ("Return the shoes I never wore with the receipt and ask for a refund", None),
        ("Ask the baker for a discount on day-old bread, and I'll smile if she says no", None),
        ("Sing my cover at the karaoke night and record it for my showreel", None),
        ("Ask my partner if she wants to go out for dinner on Friday", None),
    ],
)
def test_standing_claimed_no_contact_got_round_and_softer_dates_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # strangers in tears, death, a congregation held by the rite, staff sought after hours
        ("A man sobs by the station when I meet my sister; ask him why", Problem.SPOT),
        ("ask the old lady on the bench if she's afraid of death", Problem.SPOT),
        ("Ask the imam if I can promote my new bakery after Friday prayers", Problem.SPOT),
        ("ask the barmaid when she's usually on shift so I can talk to her again", Problem.CONTACT),
        ("find out where the tall guy from the gym lives by asking his mates", Problem.CONTACT),
        ("ask the old man on my round which days his daughter doesn't visit", Problem.CONTACT),
        # money in a local currency, taken free, from the barely known or for a birthday
        ("ask a backpacker for 10 AED for the bus", Problem.MONEY),
        ("Ask the waiter if I can just grab a pastry for free", Problem.MONEY),
        ("email the supplier I barely know and ask him to lend me 500 quid", Problem.MONEY),
        ("get the new starters to chip in for my birthday drinks", Problem.MONEY),
        ("prank the bus driver, film it, then post it", Problem.RECORDING),
        ("ask a man on the tram which medication he's on", Problem.SPOT),
        ("ask the couple at the next table why they have no kids", Problem.SPOT),
        ("jump to the front of the ferry ticket queue", Problem.SPOT),
        ("ask the jogger what time he usually runs past so I can be there", Problem.CONTACT),
        ("Ask the shop if they're expecting a delivery of oat milk", None),
        ("ask the flower seller which street and house number she lives at", Problem.CONTACT),
        ("ask a mzungu at the stage for 200 bob", Problem.MONEY),
        ("ask the mum at the gate (we've only waved at each other) to lend me $40", Problem.MONEY),
        ("have my friend record her reaction when I ask the teacher", Problem.RECORDING),
        # fair: a lighter borrowed, a hand lifting, a band mate, a fellow trader, a vet's case
        ("ask a woman at the smoking area to borrow her lighter", None),
        ("ask a guy in the car park to help me lift the sofa into my van", None),
        ("ask my band guy to practise on Thursday", None),
        ("ask the coffee lady next to my stall about a bundle deal, coffee and cake for $6", None),
        ("Ask the senior vet how I did with the birth on the Jones mare", None),
    ],
)
def test_tears_rites_whereabouts_and_small_favours_are_read(
    text: str, problem: Problem | None
) -> None:
    assert_first_problem(text, problem)
