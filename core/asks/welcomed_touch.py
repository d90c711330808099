"""Words saying that the person asked by name already welcomes the user's touch.

"Ask Helga for a massage, she always offers", "ask ondra for a foot massage, he offered last
week", "ask Aya if I can hold her hand in Namba, like before Haruto was born", "ask agnieszka
for a long hug when I come home from night shift", "ask Lupe to hold my hand during service,
we never do in church", "... a big hug in front of the kids, they always laugh at us": the
person is called only by a first name, and the check refuses touch asked of anyone it does not
know to be a partner or close family. These words say what the name alone does not:

- the person offered the touch themselves ("she always offers", "him always a offer anyway",
  "he offered last week and I said no"), not something else ("he offered to help me move");
- a life the two had before their children ("like before the kids came", "like before Haruto
  was born"), or children they share ("in front of the kids", "the kids always laugh at us");
- a home the user comes back to them at ("when I come home from night shift");
- touch the two keep out of sight, asked for once in the open ("we never do in church", "he's
  shy about that stuff in public").

`core.asks.spouses` reads the person as the user's partner on these words, only when no role
names them: a colleague, a client, a stranger, staff or someone just met who "offered" is read
by the role lexicons and the touch stays refused. Nor do the words "offer" or "the kids" say it
alone, without touch asked. Patterns match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_ONE = r"(?:she|he|him|her|they|dem|e)"

_OFFERED = words(
    rf"{_ONE}(?: always| often| usually| even| keeps?| kept| already)?(?: a)? offer(?:s|ed)?"
    r"(?! to (?!(?:rub|massage|do (?:it|that|one)|give me (?:one|a)))\w)(?! (?:me )?(?:money|cash"
    r"|a job|a lift|a ride|to pay|a loan)\b)",
    rf"{_ONE} (?:said|says|told me) (?:i can (?:have|get) one|to (?:just )?ask (?:any ?time"
    r"|whenever))",
)
"""The person offered the touch ("she always offers", "him always a offer anyway"), not a
job, money or a lift, nor another favour ("he offered to help me move")."""

_OUR_CHILDREN = words(
    r"like (?:we did |we used to |it was |in the days |back )?before (?:the |our |my )?(?:kids"
    r"|children|baby|babies|twins|little ones)",
    r"like (?:we did |we used to |it was |back )?before [a-z]+ (?:was|were|got) born",
    r"in front of (?:the|our) (?:kids|children|little ones)",
    r"(?:the|our) (?:kids|children|little ones) (?:always |will |would |all )?(?:laugh|giggle"
    r"|tease|cringe|roll their eyes)",
)
"""A life before the two had children, or the children they share."""

_HOME_TO_THEM = words(
    r"when i (?:come|get|go) (?:back )?home",
    r"(?:as soon as|once|after) i (?:come|get) (?:back )?home",
)
"""A home the user comes back to the person at."""

_KEPT_PRIVATE = words(
    r"we (?:never|don't|do not|rarely|hardly ever) (?:do (?:it|that|this) |do )?in (?:church"
    r"|public|front of (?:people|others|everyone))",
    r"(?:shy|awkward|funny|weird|private|reserved) about (?:that|it|this|pda|holding hands)"
    r"(?: stuff| kind of thing)? in (?:public|front of (?:people|others|everyone))",
)
"""Touch the two share in private, asked for once in the open."""


_MET_ELSEWHERE = words(
    r"(?:from|at) (?:work|the office|the gym|class|school|uni|college|church|the shop|the store"
    r"|the bar|the club|tinder|hinge|bumble|the app)",
    r"(?:from|at|in) the (?:next|neighbouring|neighboring|adjacent|opposite|other) (?:cubicle"
    r"|desk|workstation|office|booth|bench|counter|station|stall)\b|from (?:accounts|payroll|hr"
    r"|marketing|sales|reception|legal|finance|procurement)\b",
    r"(?:i|we) (?:just |only |recently )?met",
    r"just met|first date|second date|(?:my|our|a|the) (?:client|customer|patient|student"
    r"|colleague|coworker|co-worker|boss|intern|trainee)",
)
"""The person placed where the user knows them from, a workplace, a class or an app ("Marco
from work", "a guy I met on Saturday"): not a home shared, whatever they offered."""


def placed_elsewhere(text: str) -> bool:
    """Whether the words place the person where the user knows them from (`_MET_ELSEWHERE`)."""
    return has(_MET_ELSEWHERE, text)


def welcomes_touch(text: str) -> bool:
    """Whether the words say the person asked welcomes the user's touch (see the module)."""
    if has(_MET_ELSEWHERE, text):
        return False
    return any(
        has(pattern, text) for pattern in (_OFFERED, _OUR_CHILDREN, _HOME_TO_THEM, _KEPT_PRIVATE)
    )
