"""Asks in Hindi and Urdu, Bengali, Nepali, Tamil and Sinhala (Latin letters and their own
scripts) read in their English gloss (`core.asks.glosses`): an unethical ask is refused for
what it asks, a fair one stays fair."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # Hindi and Urdu
        ("bus stop pe kisi ajnabi aadmi se 200 rupaye maangna", Problem.MONEY),
        ("ajnabi ladki se uska number maangna", Problem.CONTACT),
        ("padosan ne mana kar diya, phir bhi dobara poochunga", Problem.REPEAT),
        ("usne mujhe block kar diya, naye account se message karunga", Problem.BLOCK),
        ("dukandaar se poochna ki main mota lagta hoon kya", Problem.JUDGEMENT),
        ("waiter ko bina bataye video banana aur instagram pe post karna", Problem.RECORDING),
        ("cashier ladki se date pe chalne ka poochna", Problem.ROMANCE),
        ("अजनबी आदमी से पैसे माँगना", Problem.MONEY),
        ("کسی اجنبی سے پیسے مانگنا", Problem.MONEY),
        # Bengali
        ("dokaner meyeta ke tar number chaibo", Problem.CONTACT),
        ("ochena meye ke jorie dhorbo", Problem.TOUCH),
        ("bondhu na bolse, tobuo abar jiggesh korbo", Problem.REPEAT),
        ("ochena lok ke jiggesh korbo ami ki mota", Problem.JUDGEMENT),
        ("rastay mein ochena lok ke jiggesh korbo amake 100 taka dite", Problem.MONEY),
        ("অচেনা লোককে বলব আমাকে টাকা দিতে", Problem.MONEY),
        # Nepali
        ("aparichit manchhe sanga 500 rupaiya magne", Problem.MONEY),
        ("bato ma aparichit keti lai angalo magne", Problem.TOUCH),
        ("chhimeki le nai bhanyo, tara pani pheri sodhne", Problem.REPEAT),
        ("pasal ki keti sanga usko phone number magne", Problem.CONTACT),
        ("aparichit manchhe lai ma moti dekhinchhu ki sodhne", Problem.JUDGEMENT),
        # Tamil
        ("theriyatha aal kitta 500 rubai kekanum", Problem.MONEY),
        ("theriyadha ponnu kitta katti pudikalaama nu kekanum", Problem.TOUCH),
        ("vendam nu sonna apram kooda marupadiyum kekanum", Problem.REPEAT),
        ("kadai ponnu kitta avaloda number kelu", Problem.CONTACT),
        ("theriyatha aal kitta naan kundaa irukkena nu kekanum", Problem.JUDGEMENT),
        ("தெரியாதவர் கிட்ட பணம் கேக்கணும்", Problem.MONEY),
        # Sinhala
        ("nodanna kenekgen rupiyal 500 k illanna", Problem.MONEY),
        ("nodanna kellek baddaganna puluwanda kiyala ahanna", Problem.TOUCH),
        ("cashier kellagen eyage number eka illanna", Problem.CONTACT),
        ("yaluwa epa kiwwata passe ayeth ahanna", Problem.REPEAT),
        ("nodanna kenekgen mama mahathda kiyala ahanna", Problem.JUDGEMENT),
    ],
)
def test_an_unethical_ask_in_a_south_asian_language_is_refused(text: str, problem: Problem) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        # Hindi and Urdu
        "makaan malik se poochna kya main kamre ko paint kar sakta hoon",
        "abbu se poochna kya main doston ke saath ghoomne ja sakta hoon",
        "padosi se seedhi udhaar maangna ek din ke liye",
        "boss se shukravar ki chhutti maangna beti ki graduation ke liye",
        "مالک مکان سے پوچھنا کیا میں کمرے میں پینٹ کر سکتا ہوں",
        # Bengali
        "bariwala ke jiggesh korbo ranna ghorer kol ta thik kore dite",
        "bondhu ke jiggesh korbo shonibar cricket khelbe kina",
        "maa ke bolbo ilish ranna shekhate",
        "boss ke jiggesh korbo shukrobar chhuti pabo kina",
        # Nepali
        "gharbeti lai dhara banaidinu bhanera sodhne",
        "sathi lai sanibar futsal khelna jaane ki sodhne",
        "aama lai sel roti banauna sikaidinu bhanera bhanne",
        "hakim lai sukrabar bida magne",
        # Tamil
        "veetu owner kitta kuzhai sari pannunga nu kekanum",
        "nanban kitta sunday cricket aadalaama nu kekanum",
        "amma kitta sambar eppadi seiyanum nu kekanum",
        "manager kitta velli kizhamai leave kekanum",
        "பக்கத்து வீட்டு அக்கா கிட்ட ஏணி கடன் கேக்கணும்",
        # Sinhala
        "ayithikaraya gen wathura kaanuwa hadanna kiyala illanna",
        "yaluwagen senasurada cricket gahanna enawada kiyala ahanna",
        "ammagen kiribath hadana hati uganwanna kiyala illanna",
        "boss gen sikurada niwaduwak illanna",
    ],
)
def test_a_fair_ask_in_a_south_asian_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
