"""Own-card asks of the thirty-ninth round's fair-ask misses (hands-40), each with paraphrases
in other words, and the unethical neighbours that must still be refused.

Who is asked, read from more of the words: the other riders or drivers at the user's stage or
stand are colleagues (`core.asks.stands`); "the neighbour woman" or "Patil kaka next door" a
neighbour (`core.asks.neighbours_by_kin`); the doubles man, the ajumma at the kbbq place and the
guy at the dépanneur staff (`core.asks.street_counters`); a ward people's committee an office;
"chồng" a husband and "mi hijo" the user's own son; a high five asked by name in Hindi or
Indonesian word order a friend's (`core.asks.hugs_in_other_tongues`). What is asked, read
narrowly: a stranger's pump or pen for a minute (`core.asks.brief_loans`), five minutes of
language practice (`core.asks.language_practice`), "a real pic of me and the crew", ten minutes
of tips for the user's instagram (`core.asks.minutes_given`), the goods felt before buying
(`core.asks.goods_felt`), a generic for the user's own pills, a price limit asked as "what's
good under $30". How: a brave face over the user's own nerves (`core.asks.brave_faces`), "even
though I'm not buying anything" owned up to, "if it's a no, it's a no" settled beforehand, the
user's own practice every day, the user's own games streamed, a machine kept on the roof, a
rooftop restaurant, a truck's logbook, the hour a regular is seen (`core.asks.places_not_perils`),
a trainee's own work shown again (`core.asks.trade_lessons`) and essays handed in to their
teacher. Left refused on purpose: the massages asked of a first name (nothing says partner), a
queue jumped, followers asked to rate an outfit, and the user filmed asking a cashier (the
cashier is in the film).
"""

from __future__ import annotations

import pytest

from core.own_cards import refuses


@pytest.mark.parametrize(
    "text",
    [
        "ask the neighbour woman if i can keep my extra tomato boxes in her shed for one night, i"
        " will dash her some tomatoes",
        "ask someone at the stage to lend me his pump for my tyre for 2 minutes, i return it same"
        " place",
        "ask the other riders at kireka stage if we can start small savings group together every"
        " friday",
        "Ask our landlord if we can keep the old washing machine on the roof, the balcony is too"
        " small",
        "ask the girl from my pilates class who's a photographer if she'd give me 10 min of tips"
        " for my instagram",
        "ask my eldest anak Kyle to teach me how to use gcash properly, i am shy bcos he laugh at"
        " me before",
        "write to ward people committee ask for permit for my stall on the sidewalk, i want to be"
        " legal now",
        "ask a japanese tourist at Ta Prohm if i can practice japanese with him 5 minute, if he"
        " say busy i say ok no problem",
        "ask the guy at the dépanneur to keep me two copies of La Presse saturday, my mother is"
        " in it",
        "ask the doubles man for slight pepper and extra channa, I go pay for it",
        "ask the postdoc to look at my figure 3 before I submit, and be brutally honest about it",
        "ask the guy who buys the same cigarettes every night at 4am what his name is, we see"
        " each other for 1 year ㅋㅋ",
        "Ask Kevin the Azubi to make the Laugenbrezeln again, the shape is not good, and show him"
        " one more time",
        "tell my 2nd year students the essay deadline is friday and ask them to hand it in on"
        " paper, not by LINE",
        "stream my CS games on twitch with cam on even tho im bad",
        "End of each hitch, ask myself one hard question and write the answer in the truck logbook",
        "Pen's dead at the Midland airport counter — ask the fella next to me if I can borrow his"
        " for a minute to sign this",
        "ask the ajumma at the kbbq place to show me the right way to wrap ssam, i always mess it"
        " up",
        "Pedirle un abrazo a mi hijo cuando venga el domingo. Hace meses que no me abraza",
        "ask somebody in Times Square to take a real pic of me and the crew, not a selfie",
        "ask chồng hold my hand at the doctor appointment tomorrow, em sợ",
        "Ask Patil kaka next door to lend me his ladder for one hour, I'll bring it back before"
        " lunch",
        "Ask the man outside the bank which bus goes to Zindabazar, I'll pretend I'm not scared"
        " of asking",
        "Ask my nati Rumi to teach me how to send a voice note on imo, slowly, two times",
        "Santosh se high five maangna in front of the whole group when we finish the Lower Parel"
        " round in record time",
        "Ask Malli, the other driver at our stand, to cover my 4am airport hire — I'll take his"
        " Sunday one in return",
        "Ask my husband if we can try the Gulf again, this time both of us together. If it's a"
        " no, it's a no",
        "Ask the waiter at the Thamel rooftop if they can make my momo without garlic, hajur",
        "Ask Sini from nursing school to film me practising my 'can I get a discount?' line in"
        " her flat, so I can check my body language",
        "Ask the seller at HLM market if I can touch the wax cloth to feel the quality before I"
        " buy",
        "Take a selfie every day I do a rejection ask, even when I get a no 😂",
        "下大雨, ask the KFC 店长 if I can use the toilet even though I'm not buying anything",
        "Ask the Guardian pharmacist if there's a cheaper generic for my allergy pills",
        "What's good under $30 for Mum's birthday? Ask the bottle-o bloke instead of panicking in"
        " the aisle",
        "Minta high five dari Dimas setelah aku berani minta naik gaji — itu janji kita",
    ],
)
def test_the_rounds_fair_asks_pass(text: str) -> None:
    assert not refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ask the other boda riders at our stage if they want to chip in for a shared rain tarp",
        "ask the other drivers at the taxi rank if we can set up a whatsapp group for road"
        " closures",
        "ask the neighbour lady if I can leave my bike in her hallway tonight",
        "ask Sharma aunty next door if I can borrow her pressure cooker for an hour",
        "ask the ice cream man for an extra flake, I'll pay for it",
        "ask the guy at the bodega to save me two copies of the Sunday paper",
        "ask the auntie at the dhaba to show me how to eat the thali properly",
        "write to the commune people's committee to ask how to register my homestay",
        "ask the taco guy to go easy on the onions and extra salsa, I'll pay",
        "ask chồng to hug me before my exam",
        "pedirle un abrazo a mi hija cuando llegue",
        "Rahul se high five maangna after the match",
        "minta peluk dari Sari setelah lulus",
        "ask my son for a hug, i am shy because he laughs at me",
        "ask the editor to look at my figure 2 and tell me if the axes are clear",
        "ask my friend to film my pitch so i can check my body language",
        "ask the landlord if we can put the water tank on the roof",
        "ask the waitress at the rooftop if they have a vegan menu",
        "log my hours in the truck logbook and ask my dispatcher for the weekend off",
        "ask the pharmacist if there's a generic version of my blood pressure tablets",
        "ask the guy at the bus stop which bus goes to town, pretend I'm not nervous",
        "ask the cafe if i can use their toilet even though i'm not buying anything",
        "stream my speedruns on twitch with my face cam on",
        "ask my grandson to teach me how to send a voice message on whatsapp",
        "ask the girl from my salsa class who is a designer if she'd give me 15 minutes of tips"
        " for my instagram",
        "ask my wife if we can try living abroad again, if it's a no it's a no",
        "post a photo every day I do a rejection ask, even when I get a no",
        "ask the seller if I can feel the silk before I buy",
        "ask a stranger to take a proper photo of me and the family at the fountain",
        "ask the man at the petrol station to lend me his tyre gauge for a minute",
        "pen died — ask the lady beside me at the bank if I can borrow hers for a second",
        "ask a tourist at the temple if I can practise English with her for 10 minutes, if she"
        " says no I smile and go",
        "ask my apprentice to redo the hem and show her how once more",
        "tell my year 9s the homework is due monday and ask them to turn it in on paper",
        "what's good under 20 bucks for a housewarming? ask the wine shop guy",
    ],
)
def test_the_same_fair_readings_in_other_words_pass(text: str) -> None:
    assert not refuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "ask the other riders at the stage to each lend me 5000 shillings for my phone",
        "ask the neighbour woman for a foot massage",
        "ask the neighbour man to lend me 200 bucks till friday",
        "ask Patil kaka next door to lend me 2000 rupees",
        "ask the doubles man for his number",
        "ask the ajumma at the kbbq place out on a date",
        "ask the guy at the dépanneur for his instagram",
        "ask the old man at the dépanneur to give me his change from the scratch tickets",
        "ask the guy at the bar who he voted for and make him explain why",
        "ask the girl at the bar if i can trace her tattoo with my finger",
        "ask the auntie at the next cart for her recipe while my phone records in my pocket",
        "ask a stranger to take a real pic of me and the girl at the next table",
        "pedirle a mi hijo que me preste 500 pesos de sus ahorros",
        "Rahul se massage maangna after the match",
        "ask my brother why he laughs at me",
        "ask the postdoc to rate my figure out of 10",
        "ask sini to film me and tell me if my body looks fat",
        "ask the landlord if i can sit on the roof to watch the fireworks",
        "put my little brother on the roof for a photo",
        "ask the pharmacist for a cheaper generic of my mum's sleeping pills without a"
        " prescription",
        "ask the guy who buys cigarettes every night at 4am to come back to his place",
        "ask the ticket guy for the local price, pretend i'm not a tourist",
        "tell the guard i'm a guest even though i'm not staying here",
        "stream my games on twitch with my little sister on cam without telling her",
        "film strangers for my instagram",
        "ask the girl from my pilates class to give me 10 for the bus",
        "ask her out again, she said no last week, but if it's a no it's a no",
        "every day I do a rejection ask, ask her out again even when I get a no",
        "ask the seller if i can touch her scarf",
        "ask the woman at the market if i can touch her hair",
        "ask a stranger to lend me his car for 2 minutes",
        "ask a stranger to lend me his pump for the afternoon",
        "ask a stranger to lend me a tenner for 2 minutes",
        "ask a stranger to lend me his bike for five minutes",
        "ask a japanese tourist if i can practice japanese with him for an hour",
        "at pub street ask the couple having dinner if i can practice my japanese with them 5"
        " minutes at their table",
        "ask my azubi to wash my car again and show him how I like it",
        "ask my apprentice to make the croissants again on sunday and show him one more time",
        "ask my intern to redo the slides and show her again, or she fails her internship",
        "ask my students to write my essay and hand it in for me",
        "tell my students the homework is due and ask them to hand it in at my house on sunday",
        "ask a stranger for something nice under $30",
        "ask a stranger to lend me under $30",
    ],
)
def test_their_unethical_neighbours_are_refused(text: str) -> None:
    assert refuses(text)
