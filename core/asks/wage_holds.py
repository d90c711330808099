"""Wage holds: the user's hand on someone's pay, lessons or holy day, used for a favour.

`core.asks.dependants` and `core.asks.position_favours` read the common holds. The thirty-fourth
round's hands wrote these shapes past them:
- a cut of the person's own pay asked ("ask her for part of her first pay, I got her this
  job", "tell mi likkle helper fi lend mi some a him pay till next week");
- the user's pay named as why the person will come ("ask him back to mine after the gig, I pay
  him so he'll come");
- the user's staff asked to work on their own holy day ("ask my Balinese staff to come in on
  Galungan to deep clean");
- someone under the user asked to work their family for the user ("the kid I'm teaching
  privately ... get him to ask papa for a cheap room for me"), or to tell what their family
  says of the user ("me deckhand's only 17. ask him what his mother says about me").
Their fair neighbours stay fair: a partner asked to put part of his salary into savings (the
family and those above the user are out of reach of a hold), staff offered double pay for
Christmas Day, a friend's son asked what his mum thinks of the user's cake, the user paying a
friend back. Read into `trades_on_position` by `core.asks.slots`; fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.power import SUBORDINATE
from core.asks.roles import NO_POWER_OVER, Who
from core.asks.text import has, words

CUT_OF_PAY = words(
    r"(?:part|some|a bit|a piece|a cut|a share|half|a portion|a percentage|\d+ ?%) (?:of|a|ah)"
    r" (?:her|his|him|their|dem) (?:first |monthly |weekly |next |daily )?(?:pay|wages?|salary"
    r"|earnings|tips|paycheck|paycheque|pay packet|commission)",
)
"""A share of the person's own pay asked of them."""

PAID_SO_THEY_COME = words(
    r"i(?:'m| am)? (?:pay|paying) (?:him|her|them)\b[^.!?;]{0,20}?\bso (?:he|she|they)(?:'ll"
    r"| will|'d| would| has to| have to| must)? (?:come|say yes|agree|do it|stay|go)\b",
)
"""The user's pay named as the reason the person will say yes."""

_HOLY_DAYS = (
    r"(?:galungan|kuningan|nyepi|eid(?: al[- ]\w+)?|hari raya|diwali|deepavali|holi|vesak"
    r"|navratri|pongal|onam|thaipusam|songkran|chuseok|lunar new year|chinese new year|tet"
    r"|christmas(?: day| eve)?|easter(?: sunday)?|good friday|yom kippur|rosh hashanah|passover"
    r"|pesach|(?:his|her|their) (?:holy day|religious holiday|festival|sabbath|shabbat))"
)
HOLY_DAY_WORK = words(
    r"(?:come in|work|clean|deep clean|cook|cover|open up|do (?:the|a) \w+)\b[^.!?;]{0,30}?\bon"
    rf" {_HOLY_DAYS}\b",
)
"""Work asked on a named holy day or festival."""
_PAID_EXTRA = words(
    r"(?:double|triple|extra|holiday|bonus) pay|time and a half|paid (?:double|extra)|overtime"
    r"|(?:if|whether) (?:anyone|anybody|they|he|she) (?:wants?|would like|'d like)"
)
"""The holiday's work offered with extra pay, or left to whoever wants it."""
_MY_STAFF = words(r"(?:my|our) (?:[\w-]+ )?(?:staff|employees|workers|crew)(?! discount)")

_TAUGHT_BY_ME = words(
    r"(?:kid|boy|girl|child|student|pupil|lad|lass|tutee|teen|teenager)s? (?:(?:who|that|whom)"
    r" )?(?:i'm|i am|i've been) (?:teaching|tutoring|coaching|training)\b",
    r"(?:^|(?<=[.!?,;] ))me (?:deckhand|crewman|apprentice)s?",
)
"""Someone under the user named in the user's own words ("the kid I'm teaching privately",
"me deckhand")."""
_KIN = r"(?:papa|dad|daddy|father|mum|mom|mama|mother|parents|uncle|aunt|auntie|family)"
THROUGH_THEIR_FAMILY = words(
    rf"(?:get|have|make|ask|tell) (?:him|her|them) (?:to )?ask (?:his |her |their )?{_KIN}"
    r" (?:for|if|whether)\b",
    rf"ask (?:him|her|them) what (?:his|her|their) {_KIN} (?:says?|said|thinks?|thought)"
    r" (?:about|of) (?:me|us)\b",
)
"""Someone under the user asked to work their family for the user, or to report their talk."""


def holds_their_wage(text: str, who: Who) -> bool:
    """Whether the ask uses the user's hold on the person's pay, work or lessons: a cut of
    their pay, the pay named as why they will come, work on their holy day asked of the user's
    staff, or their family worked through them. The user's own family and those above the
    user are out of its reach; the family reached through the person is theirs, not the
    user's ("get him to ask papa")."""
    under_me = has(SUBORDINATE, text) or has(_TAUGHT_BY_ME, text)
    if under_me and has(THROUGH_THEIR_FAMILY, text):
        return True
    if who in NO_POWER_OVER:
        return False
    if has(CUT_OF_PAY, text) or has(PAID_SO_THEY_COME, text):
        return True
    return (
        has(HOLY_DAY_WORK, text)
        and not has(_PAID_EXTRA, text)
        and (under_me or has(_MY_STAFF, text))
    )
