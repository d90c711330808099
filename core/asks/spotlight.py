"""The spotlight turned on someone else, in words: a stranger made to perform or answer before
an audience, or someone's own moment taken over.

"Ask a shy tourist to give a speech to the whole tour group", "grab someone from the crowd to
freestyle with me on stage", "make the guy in the away shirt explain himself in front of the
whole stand": the person asked did not come to perform, and a no said before a crowd costs
them face. "Jump up during someone else's set and ask the crowd to vote", "walk into a
couple's engagement shoot and ask to be in the photos": the moment belongs to someone else.
The user giving their own speech, or a friend asked to sing with them, stays fair: the
performance shapes need someone else named as the one to perform, and `core.asks.decide`
reads them only for strangers. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

_AUDIENCE = (
    r"(?:on (?:the )?stage|in front of (?:the |all |everyone|everybody|a crowd|strangers|people"
    r"|(?:\d+|hundreds of|dozens of|a hundred) (?:\w+ )?(?:people|students|guests|parents"
    r"|passengers|strangers|colleagues))"
    r"|(?:to|before|for|fi) (?:everyone|everybody|(?:the|di|da) (?:whole |entire |rest of the )?"
    r"(?:group|crowd|room|bus|tour|class|section|stand|audience|queue|line|carriage|platform"
    r"|train|pub|bar)))"
)
"""An audience the person is put before: the stage, the whole group, everyone there."""
_SOMEONE = (
    r"(?:em|them|him|her|someone|somebody|a stranger|strangers|a (?:random|shy|passing) \w+"
    r"|(?:a|the) \w+ (?:from|in) the (?:crowd|audience|queue|group))"
)
"""Someone else, picked out to perform."""
_PERFORM = (
    r"(?:rap|freestyle|sing|dance|perform|recite|do (?:a|an|some) (?:bit|routine|impression"
    r"|dance|song)|(?:give|make|deliver|do) (?:a|an) (?:\w+ )?(?:speech|toast|talk"
    r"|announcement)|say a few words)"
)

ON_SHOW = words(
    rf"{_SOMEONE} (?:to )?(?:get up and |come up and |stand up and )?{_PERFORM}\b[^.!?;]{{0,50}}"
    rf"\b{_AUDIENCE}",
    rf"{_SOMEONE} (?:in|inna|at) (?:[\w'-]+ ){{0,6}}?(?:to|fi) {_PERFORM}\b[^.!?;]{{0,50}}"
    rf"\b{_AUDIENCE}",
    rf"\w+ to (?:get up and |stand up and )?(?:give|make|deliver) (?:a|an) (?:\w+ )?(?:speech"
    rf"|toast|talk)\b[^.!?;]{{0,50}}\b{_AUDIENCE}",
    r"(?:call|pull|drag|haul|bring|get|put|push|pick|choose|make)\w* (?:up )?(?:the |a |that )?"
    r"(?:shyest|quietest|most (?:nervous|awkward|introverted|timid)|shy|timid|nervous|quiet)"
    r" (?:[\w-]+ ){1,4}?[^.!?;]{0,60}\b(?:on (?:the )?stage|up (?:to )?the front|in front of"
    r"|(?:a|the) solo|sings?|perform|dance|speech)\b",
)
"""A stranger made to perform before an audience: a speech to the tour, a rap on stage, a song
for the whole queue from someone in it ("a stranger inna di ice cream line fi sing a song fi
di whole line"), the shyest one in the room pulled up to the front to sing, "it'll help her"
or not."""

MADE_TO_ANSWER = words(
    r"make (?:him|her|them|(?:the|a|that|this) (?:[\w'-]+ ){0,5}?[\w'-]+) (?:explain|justify"
    r"|defend|account for) (?:himself|herself"
    rf"|themselves|\w+)\b[^.!?;]{{0,50}}\b{_AUDIENCE}",
    rf"{_AUDIENCE}\b[^.!?;]{{0,40}}\bmake (?:him|her|them|the \w+) (?:explain|justify|defend)\b",
    rf"(?:ask|get|make|have) (?:him|her|them|(?:the|my|a|that|this) [\w'-]+) {_AUDIENCE}\b"
    r"[^.!?;]{0,10}\bto (?:explain|justify|defend|account for)\b",
    rf"(?:who|that) (?:never|doesn't|does not|won't|always|didn't|hasn't|rarely|barely)\b[^.!?;]"
    rf"{{0,60}}\b{_AUDIENCE}\b[^.!?;]{{0,10}}\bwhy (?:he|she|they|you)\b",
)
"""Someone made to explain themselves before a crowd ("ask the prof in front of 200 people to
explain my grade", "the dad who never volunteers, in front of everybody, why he won't"): a
judgement they cannot answer freely; asked after class, the same question is fair, and so is
a treasurer asked at the meeting about the accounts, which is their office, not their
failing."""

THEIR_MOMENT = words(
    r"(?:during|in the middle of|halfway through|mid-?way through) (?:someone else's"
    r"|somebody else's|another (?:\w+ )?(?:act|comic|band|singer|performer|speaker)'s|the other"
    r" \w+'s|a stranger's) (?:\w+ ){0,2}?(?:slot|set|act|turn|performance|speech|toast|routine"
    r"|song|show|gig|reading)",
    r"(?:walk|barge|wander|stroll|jump|crash|burst|butt)\w* (?:in(?:to)?|in on|onto) (?:a"
    r" stranger's|someone's|somebody's|strangers'|a couple's|the couple's|their|his|her)"
    r" (?:\w+ ){0,2}?(?:photo ?shoot|shoot|wedding photos|engagement photos|portraits|filming"
    r"|proposal|first dance)",
    r"(?:stop|interrupt|halt|cut off|heckle)\w* (?:the |a |an |him|her|them)?(?:[\w-]+ )?mid-?"
    r"(?:reading|speech|song|sentence|set|performance|talk|show|sermon|lecture|toast|story|poem)\b",
    r"join their (?:[\w'-]+ ){0,3}?(?:team|game|match|quiz|round|set|jam"
    r"|circle)\b[^.!?;]{0,20}?\b(?:(?:halfway|half-way|mid-?way|part-?way) (?:through|into)"
    r"|in the (?:middle|thick) of)\b",
    r"(?:buskers?|band|musicians?|guitarists?|pianists?|singers?|dj)\b[^.!?;]{0,60}\bplay"
    r" (?:the|a|my|every|each) (?:\w+ )?(?:songs?|tunes?|tracks?) (?:i|we) (?:pick|choose|want"
    r"|name|request)\b[^.!?;]{0,15}\b(?:then|and) (?:the next (?:one|song|tune)|another|one more"
    r"|the one after)\b",
)
"""Someone else's slot, speech or photoshoot taken over for the user's ask, an author
stopped mid-reading for it, or a team's game joined halfway through a round ("ask a random
group if i can join their pub quiz team halfway through the music round"): a pub quiz is a
place to ask a team to join, before it starts, not in the middle of their round; and a
busker's set run by the user's picks, "the song i pick, then the next one". One request is
a busker's trade and stays fair."""

OVER_THE_PA = words(
    r"(?:use|over|on|through|grab|borrow|get on)\w* (?:the|a|their|his|her|[\w-]+'s) (?:pa|tannoy"
    r"|intercom|loudspeaker|megaphone|public address|speakers?)(?: system)?\b[^.!?;]{0,40}\b(?:ask"
    r"|announce|tell)\w*\b[^.!?;]{0,60}\b(?:(?:with|to|for) me|(?:give|buy|lend|send|bring) me)\b",
)
"""A whole ship or train asked over the PA for something for the user ("which passenger will
share their dessert with me"); a lost wallet announced asks nothing of them for the user."""
