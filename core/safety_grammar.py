"""How a crisis phrase is written and compiled: the named word lists a phrase can use, and
`phrase`, which turns "want|wanna [TO] [just] die" into the regex `core.safety` matches.

The phrase tables themselves are data, in `core.safety_phrases`.
"""

from __future__ import annotations

import re

# Named word lists a phrase can use as a slot or inside `unless`.
_VOCABULARY = {
    "ME": "myself|my_self|myslef|mysefl|myslf|mysef|meself|mself",
    "TO": "to|2|ta",
    "INTENT": "want|wants|wanting|wanna|wana|need|going_to|gonna|ready_to|plan_to|planning_to|"
    "planning_on|thinking_about|thinking_of|thought_about|tempted_to|urge_to|urges_to|might|"
    "could|should|i'll|ill|i_will|decided_to|about_to|keep_thinking_about",
    "DESIRE": "want|wants|wanting|wanna|wana|need|ready|deserve|deserves|hope_i|wish_i_could|"
    "i_should|should_just|and_should|praying_i|pray_i",
    "HYPERBOLE": "of|from|laughing|inside|a_little|alone|happy|in_a_hole|on_this_hill|on_that_hill|"
    "on_the_hill|on$|for_a|for_some|for_one|for_that|for_this|my_hair|my_beard|my_eyebrows|"
    "my_clothes|my_shirt|my_jeans",
    "SUICIDE": "suicide|suicides|suicidal|suicidally|suicidality|suicidial|suicidle|sucide|sucidal|"
    "suicde|suiside|suiscide|suecide",
    "NO_LIFE": "live_anymore|live_any_more|live_any_longer|live_like_this_anymore|live_no_more|"
    "live_no_longer|live$|be_alive|exist_anymore|exist_any_more|exist$|be_here_anymore|"
    "be_here_any_more|be_here_any_longer|wake_up_again|wake_up_ever_again|wake_up_anymore|"
    "wake_up_tomorrow$|wake_up$|be_on_this_earth|carry_on_living|keep_living|go_on_living",
    "PILLS": "pills|tablets|meds|medication|painkillers|paracetamol|sleeping_pills",
    "PLACE": "bridge|building|roof|rooftop|cliff|balcony|train|bus|lorry|truck|car|traffic|tower|"
    "window|river|motorway|highway|tree|wall",
    "URGE": "started|start|starting|been|am|i'm|im|keep|kept|back_to|relapsed|relapse|"
    "went_back_to|relapsing_and|relapsed_and|urge_to|urges_to|want_to|wanna|wanting_to|"
    "need_to|feel_like|tempted_to|thinking_about|thought_about|craving_to|craving|itching_to",
    "ACCIDENT": "shaving|cooking|chopping|slicing|peeling|on|by_accident|accidentally|opening|"
    "while|when|making|doing|in_the_kitchen|gardening|at",
    "ATTACKER": "he|she|they|someone|somebody|a_man|a_guy|a_stranger|PARTNER|my_dad|my_father|"
    "my_stepdad|my_stepfather|my_mum|my_mom|my_mother|my_stepmum|my_stepmom|my_brother|"
    "my_sister|my_flatmate|my_roommate|my_landlord|my_uncle|my_fiance|my_fiancee|my_son|"
    "my_family",
    "PARTNER": "my_partner|my_husband|my_wife|my_boyfriend|my_girlfriend|my_bf|my_gf|my_ex",
    "THREAT": "threatened_to|threatens_to|keeps_threatening_to|has_threatened_to|"
    "'s_threatened_to|tried_to|has_tried_to|'s_tried_to|is_trying_to|'s_trying_to|wants_to",
    "FUTURE": "'ll|will|'s_going_to|is_going_to|'s_gonna|is_gonna|'re_going_to|are_going_to|might",
}
WORD_START = r"(?<![a-z0-9'])"
WORD_END = r"(?![a-z0-9'])"


def alternatives(slot: str) -> list[str]:
    words: list[str] = []
    for word in slot.split("|"):
        if word in _VOCABULARY:
            words.extend(alternatives(_VOCABULARY[word]))
        else:
            words.append(word.replace("_", " "))
    return words


_Phrase = tuple[frozenset[str], str, str]
"""The words a phrase can start with, the regex of its first slot, and of the rest."""
TOKEN = re.compile(r"[a-z0-9']+")
WORD_HEAD = re.compile(r"(?<![a-z0-9'])[a-z0-9]+")
"""A word up to its first apostrophe: the key phrases are filed under."""


def phrase(phrase: str, unless: str = "", not_after: str = "", then: str = "") -> _Phrase:
    """Compile a phrase such as "want|wanna [TO] [just] die" into a regex.

    Slots are separated by spaces; `a|b` is a choice, `[a|b]` an optional choice, `_`
    a space inside a choice, `$` the end of a sentence, an UPPER name a word list from
    `_VOCABULARY`, and a choice starting with an apostrophe joins the word before it
    ("he 'll|will" matches "he'll" and "he will"). `unless` lists what must not follow
    the phrase; `not_after` what must not come right before it; `then` is a raw regex
    appended. A phrase is only tried where one of its first words stands in the text.
    """
    first_words = frozenset(word.split(" ")[0] for word in alternatives(phrase.split(" ")[0]))
    if not all(TOKEN.fullmatch(word) for word in first_words):
        raise ValueError(f"a phrase must start with plain words: {phrase!r}")
    parts: list[str] = []
    for index, slot in enumerate(phrase.split(" ")):
        optional = slot.startswith("[")
        words = alternatives(slot.strip("[]"))
        if index:
            words = [w if w.startswith(("'", "$")) else " " + w for w in words]
        parts.append("(?:" + "|".join(words) + ")" + ("?" if optional else ""))
    guard = "".join(f"(?<!{word} )" for word in alternatives(not_after)) if not_after else ""
    tail = f"(?! (?:{'|'.join(alternatives(unless))}){WORD_END})" if unless else ""
    return first_words, guard + WORD_START + parts[0], "".join(parts[1:]) + then + WORD_END + tail
