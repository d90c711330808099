"""The phrases crisis screening looks for, as data: word lists and phrase tables.

Kept apart from the matching machinery in `core.safety` so the wording can be read and
extended on its own. Each table is a tuple of phrases built with `core.safety_grammar.phrase`
(how a phrase is written is documented there); see the
`core.safety` docstring for what is caught and what is deliberately left alone.
"""

from __future__ import annotations

from enum import StrEnum

from core.safety_grammar import phrase as _phrase


class CrisisKind(StrEnum):
    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    DANGER = "danger"
    """Being hurt by someone, or in danger right now."""


SUICIDE = (
    # killing oneself; effort and laughter hyperbole only in the -ing and -ed forms
    _phrase("kill|kil|kills ME"),
    _phrase(
        "killing|killin|kiling ME",
        unless="laughing|over|at|for|trying|working|studying|doing|on|to_finish|to_get|to_meet|"
        "to_keep|to_pay|to_impress|to_please",
    ),
    _phrase("killed|kiled ME", unless="laughing|falling|tripping|slipping|on_the_stairs"),
    _phrase("unalive|unalived|unaliving|unalivin ME|me"),
    _phrase("INTENT [TO] [just] unalive|unaliving"),
    _phrase("end|ending ME"),
    _phrase(
        "kms",
        not_after="[0-9]",
        unless="away|from|to|per|an_hour|a_day|long|further|more|ahead|north|south|east|west",
    ),
    _phrase(
        "i|i'll|ill|i'd|i'm|im|gonna|going_to|should|might|will|wanna|want_to|about_to|time_to|"
        "need_to|just [just|literally|actually|honestly|really|gonna|going_to] kys",
        not_after="you|u|ya",
    ),
    _phrase("end|ending|ended|take|taking|took my [own] life"),
    _phrase("end|ending|ended|ends it_all|everything", unless="with"),
    _phrase("INTENT [TO] [just] end it_all|it_tonight|it_now|it_today|it$"),
    _phrase(
        "SUICIDE",
        not_after="career|social|political|professional|financial|dating",
        unless="squad|doors?|sprints?|runs?|drills?|mission|bomb|bomber|bombing|rates?|"
        "statistics|awareness",
    ),
    # wanting to die, minus "die of embarrassment", "die inside", "the hill I'd die on"
    _phrase("DESIRE [TO] [just|really|fucking|honestly|simply|literally] die", unless="HYPERBOLE"),
    _phrase(
        "wanted TO [just] die",
        unless="HYPERBOLE|on|in|at|when|right|then|there|after|during|while|lol|lmao|haha|rofl",
    ),
    _phrase("i|i'd|id|i_would rather|sooner be_dead|die|not_exist|not_be_alive", unless="than"),
    _phrase(
        "wish|wished|wishing i|i'd [could|would|was|were|had|had_been] [just] dead|die|"
        "never_been_born|never_born|not_wake_up|never_wake_up|stop_existing|disappear_forever|"
        "go_to_sleep_forever|sleep_forever|not_exist|not_be_alive|not_be_here_anymore"
    ),
    _phrase(
        "wish|wished|wishing i wasn't_alive|weren't_alive|wasn't_born|didn't_exist|did_not_exist|"
        "wasn't_here_anymore|didn't_wake_up|hadn't_woken_up|wouldn't_wake_up"
    ),
    _phrase("better_off dead|without_me"),
    _phrase(
        "i'm|im|i_am|i'd_be|i_would_be|i'd|i [just|probably|honestly|clearly] better_off "
        "gone|not_here|not_around|not_alive|never_born|not_existing"
    ),
    _phrase("better_off not existing|being_alive|being_here|being_around"),
    _phrase(
        "better|happier|easier|relieved|better_off|lighter if_i [was|were|just] dead|gone|died|"
        "never_born|not_alive|not_around|disappeared|wasn't_here|weren't_here|killed_myself"
    ),
    _phrase("if_i was|were dead"),
    _phrase("if_i [just] died", unless="of|from|laughing|a_little|inside"),
    _phrase(
        "is|are|be [so_much|much|a_lot|way] better|happier|easier without_me", unless="on|in|at|for"
    ),
    _phrase(
        "care|cares|cared|matter|matters|notice if|whether i "
        "live_or_die|lived_or_died|am_dead_or_alive"
    ),
    _phrase(
        "nobody|no_one|noone|no1 would [even] care|notice|miss_me|mind if_i died|was_gone|"
        "were_gone|disappeared|wasn't_here|was_dead|killed_myself|wasn't_around"
    ),
    _phrase(
        "if_i died [tomorrow|today|tonight] nobody|no_one|noone would [even] care|notice|miss_me"
    ),
    _phrase("want_out_of this_life|life|my_life|living"),
    _phrase(
        "feel|feeling like_dying",
        unless="of|from|laughing|inside|a_little|when|every_time|whenever",
    ),
    _phrase(
        "my_life|living|existing|being_alive|my_existence 's|is|feels|seems "
        "[so|completely|totally|just|utterly] pointless|meaningless|worthless|not_worth_it"
    ),
    _phrase(
        "think|thinking|thought|dream|dreaming|fantasise|fantasize|fantasising|fantasizing "
        "about|of not_being_alive|not_existing|not_being_here|being_dead|ending_it|"
        "dying_every_day|dying_all_the_time|dying_constantly|dying_a_lot|dying_more_and_more"
    ),
    _phrase(
        "bother living|being_alive|staying_alive|going_on|waking_up",
        unless="in|with|here|there|abroad|together|alone|like",
    ),
    _phrase(
        "no|nothing|not_a_single|not_one|any|a_single reason|reasons [left] to|for "
        "live|living|keep_living|go_on|stay_alive|be_alive|keep_going"
    ),
    _phrase("nothing [left] to_live_for"),
    _phrase("no|lost_my|lost_the|lost_all|losing_my|losing_the will|desire|wish to_live"),
    _phrase(
        "death would_be|will_be|is|feels_like|sounds_like|seems_like [a|such_a|the] "
        "relief|better|easier|peaceful|answer|only_way_out|escape"
    ),
    _phrase(
        "what's_the|no|the|any point [in|of] "
        "living|being_alive|going_on|existing|staying_alive|carrying_on",
        unless="a|an|the|that|this|my|about|with|in|abroad|at|on|here|there|like|together|alone|"
        "holiday|dates?|trips?",
    ),
    _phrase("my_life|life|living ['s|is] not|no_longer|isn't|isnt|ain't|aint worth living|it"),
    _phrase("not_worth_living"),
    _phrase("don't|dont|do_not think|feel|believe [my] life_is_worth living|it"),
    # here the negation is the message: "don't want to be alive / live anymore"
    _phrase(
        "don't|dont|do_not|dnt|no_longer|never [really|even|honestly|just] "
        "want|wanna|wana|wish [TO] NO_LIFE"
    ),
    _phrase("not_sure i want|wanna TO live|be_alive|be_here_anymore|keep_living|go_on"),
    _phrase(
        "want|wants|wanna|wana|wish|need|just_want|should [TO] [just] stop_living|stop_existing|"
        "stop_being_alive|not_exist|not_be_alive|not_be_here_anymore|not_wake_up|be_dead|"
        "cease_to_exist|disappear_forever|be_gone_forever|be_gone$|go_to_sleep_forever|"
        "sleep_forever"
    ),
    _phrase("sleep|asleep and|n not|never wake_up"),
    _phrase("hope_i don't|dont|never wake_up"),
    _phrase(
        "want|wanna|need|wish|just_want [for] it_all|everything|my_life|this_life to "
        "end|stop|be_over"
    ),
    _phrase("can't|cant go_on anymore|any_more|any_longer|living"),
    _phrase(
        "tired|sick|exhausted|done of|with living|being_alive|existing|life|my_life",
        unless="in|at|as|on|with|like|here|there|admin|stuff",
    ),
    _phrase(
        "overdose|overdosed|overdoses|overdosing",
        unless="on_caffeine|on_coffee|on_sugar|on_chocolate|on_candy|on_sweets|on_netflix|on_tv|"
        "on_anime|on_cuteness|on_work|on_memes|on_pizza|on_cake|on_carbs|on_cheese",
    ),
    _phrase("take|took|taking|have|had a|an od"),
    _phrase(
        "took|taken|swallowed|swallowing|downed a_bunch_of|a_load_of|a_handful_of|handfuls_of|"
        "loads_of|too_many|so_many|a_lot_of|dozens_of PILLS"
    ),
    _phrase("take|taking|took|swallow|swallowed|swallowing all [of] my|the|these|those PILLS"),
    _phrase("stockpiling|saving_up|hoarding|been_saving [my|the] PILLS"),
    _phrase("PILLS saved_up|stockpiled|hoarded|hidden_away"),
    _phrase("whole bottle|packet|pack|box of PILLS"),
    _phrase(
        "ways|how|method|methods|best_way|easiest_way|painless_way|quickest_way|fastest_way to "
        "die|kill_myself|end_my_life|commit_suicide|overdose",
        unless="my_hair",
    ),
    _phrase(
        "hang|hanging|hanged|shoot|shooting|drown|drowning|poison|poisoning|gas|gassing|"
        "electrocute|suffocate|suffocating ME",
        unless="in_the_foot|for",
    ),
    _phrase(
        "slit|slitting|slash|slashing|cut|cutting|open|opening my|both_my wrists?|throat",
        unless="on|by_accident",
    ),
    _phrase(
        "INTENT [TO] [just] jump|jumping|throw_myself|throwing_myself|step|stepping|walk|walking|"
        "drive|driving|crash|crashing off|from|in_front_of|under|into [a|the|this|that|my] PLACE"
    ),
    _phrase("sewer_slide|sewerslide|sewersliding|toaster_bath"),
)

SELF_HARM = (
    _phrase(
        "self harm|harms|harmed|harming|injure|injury|injuring|injured|injuries|mutilation|"
        "mutilating"
    ),
    _phrase("selfharm|selfharms|selfharmed|selfharming|selfinjury|selfinjuring"),
    _phrase("cut|cuts|cutting|cuttin ME", unless="ACCIDENT"),
    _phrase(
        "cut|cutting|cuttin my|on_my|into_my arms?|legs?|thighs?|skin|stomach|hips?|body|wrist",
        unless="ACCIDENT",
    ),
    _phrase("cutting_again|i_cut_again"),
    _phrase("URGE cutting|cut again|myself|for|since|lately|every|more|recently|$"),
    _phrase(
        "INTENT [to] hurt|hurting|harm|harming|cut|cutting|burn|burning|punish ME",
        unless="out|shaving|cooking|chopping|skiing|lifting|running|playing|climbing|skating|"
        "cycling|falling|tripping|slipping|doing_that|doing_this|by_accident|accidentally|"
        "if_i'm_not_careful|if_i_do",
    ),
    _phrase(
        "hurt|hurts|hurting ME",
        unless="at|in|on|playing|lifting|running|skiing|skating|climbing|falling|training|while|"
        "when|during|doing|badly|trying|moving|carrying|slipping|tripping|exercising|working_out|"
        "skateboarding|cycling|dancing|cooking",
    ),
    _phrase("harm|harms|harming ME"),
    _phrase(
        "hurt|hurting|cut|cutting|burn|burning|burned|burnt|hit|hitting|punch|punching|punched|"
        "scratch|scratching|scratched|bruise|bruising|bruised|starve|starving|starved|bite|"
        "biting|bit ME on_purpose"
    ),
    # a hand or an arm hurt "on purpose", a few words later
    _phrase(
        "hurt|injured|bruised|burned|burnt|cut|smashed|punched|hit|banged|scratched|slammed my "
        "hands?|arms?|head|wrists?|legs?|skin|fists?|knuckles",
        then=r"(?![a-z0-9'])[^\n]{0,40}? on purpose",
    ),
    _phrase(
        "been|keep|kept|started|can't_stop|cant_stop|i'm|im hitting|punching|slapping|hurting|"
        "scratching|cutting|burning|starving|bruising ME"
    ),
    _phrase("starve|starving|starved ME"),
    _phrase("make|made ME throw_up|vomit|bleed|purge"),
    _phrase(
        "until|till|til i|it|they|my_knuckles|my_skin|my_arms?|my_hands?|my_legs? bled|bleed|bleeds"
    ),
)

DANGER = (
    _phrase("ATTACKER FUTURE|THREAT hurt|hit|beat|rape|choke|strangle|stab|attack|shoot me"),
    _phrase("ATTACKER THREAT kill_me"),
    _phrase("threatened_to_kill_me"),
    _phrase("threatened_me_with a|an knife|gun|weapon|bat|hammer"),
    _phrase(
        "said he|she|they 'd|would|will|'ll kill|hurt me_if_i leave|left|tell|told|go|went|call|"
        "called|report|break_up|talk|talked|speak"
    ),
    _phrase(
        "ATTACKER hits|beats|chokes|strangles|kicks|punches|slaps|rapes|abuses|assaults|attacks me"
    ),
    _phrase(
        "ATTACKER 's|is|keeps|'s_been|has_been|'re|are hitting|beating|choking|kicking|punching|"
        "slapping|abusing|hurting|attacking|raping|strangling|stalking|following me",
        unless="on|back|online",
    ),
    _phrase(
        "ATTACKER hit|beat|choked|strangled|kicked|punched|slapped|raped|assaulted|attacked|"
        "abused|stabbed me",
        unless="up|with|back|at|to|in|by|on_points",
    ),
    _phrase("ATTACKER beat_me_up"),
    _phrase(
        "i'm|im|i_am|i|i've|ive not|don't_feel|dont_feel|do_not_feel|never_feel|no_longer_feel|"
        "not_feeling safe at_home|home|in_my_home|in_my_house|in_my_flat|in_my_apartment|"
        "in_my_room|in_my_own_home|here|with_him|with_her|with_them|around_him|around_her|"
        "around_them|anymore|any_more|right_now|tonight"
    ),
    _phrase("i'm|im|i_am not_safe $|please|help|right_now|tonight"),
    _phrase(
        "home|it|my_house|my_home ['s|is] not|isn't|isnt safe for_me|at_home|here|anymore|"
        "to_go_home"
    ),
    _phrase(
        "i'm|im|i_am|we're|we_are|my_life_is|my_life's|my_kids_are|my_children_are [in] "
        "[real|serious] danger",
        unless="of",
    ),
    _phrase("afraid|scared|terrified|frightened|fear for_my life|safety"),
    _phrase(
        "afraid|scared|terrified|frightened [of] [my] husband|wife|partner|boyfriend|girlfriend"
    ),
    _phrase(
        "i'm|im|i_am|i've_been|ive_been|i_was|i_got|been|being [being] abused|raped|"
        "sexually_assaulted|assaulted|trafficked|stalked|beaten_up|held_against_my_will"
    ),
    _phrase(
        "i'm|im|i_am|i've_been|ive_been|i_was|i_got|been|being beaten",
        unless="in|to|on|by_one|by_a_point|at_chess|at_cards|at_the|at_tennis|at_poker|at_my_own",
    ),
    _phrase("ATTACKER locked_me in|up"),
    _phrase("ATTACKER ['s|is] [trying_to] break|breaking in$|into_my|in_to_my"),
    _phrase("pulled|held|pointed|holding|has|had|got a|an knife|gun on|to|at me"),
    _phrase(
        "held|holding|pointed|pointing|put|had|has a|an knife|gun to_my throat|head|neck|chest"
    ),
    _phrase(
        "scared|afraid|terrified|frightened|worried [that] he|she|they|PARTNER FUTURE kill|hurt me",
        unless="when",
    ),
)
