"""Blocked on a piece of work: stuck, in the words `core.asks.persistence.BLOCK` reads as a
person who cut the user off.

"Ask my supervisor for help, I'm blocked on chapter 3 of my thesis", "I've been blocked by a
failing build all morning", "I'm totally blocked with this essay": the user is stuck on a task
and asks for help with it, nobody has blocked them. `core.asks.asked_again` blanks these before
a block is read, so "I'm blocked on her Instagram" or "I'm blocked on WhatsApp" still reads
as a no the person set. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import without, words

_TASK = (
    r"(?:chapter|thesis|dissertation|essay|assignment|coursework|homework|paper|draft|report"
    r"|project|task|ticket|bug|code|build|test|tests|deploy\w*|pipeline|pr|pull request|review"
    r"|proof|problem|question|exercise|equation|step|section|part|level|puzzle|script|song"
    r"|chorus|novel|story|book|manuscript|design|analysis|data|model|experiment|maths|math"
    r"|sums|work|writing|application|proposal|spreadsheet|migration|release|feature|issue)s?"
)
"""A piece of work the user is stuck on."""
STUCK = words(
    r"(?:i'm|i am|i've been|i have been|i got|i get|i feel|feeling|we're|we are|we've been)"
    r" (?:completely |totally |really |a bit |kind of |so |still |properly )?blocked"
    r" (?:on|with|by|at|in) (?:(?!(?:her|his|their|him|them)\b)[\w-]+ ){0,4}?"
    + _TASK
    # not a chat or an account named by its work: "blocked on the project chat"
    + r"\b(?! (?:chat|group|groupchat|account|channel|server|page)\b)",
    r"(?:writer's|creative|mental) block\b|creatively blocked\b",
)
"""The user stuck on a task ("blocked on chapter 3", "blocked by a failing test", "blocked with
this essay"), or a writer's block: not a person's block ("blocked on her Instagram")."""


def without_stuck_work(text: str) -> str:
    """The text with the user's work blocks blanked, for the block lexicons to read."""
    return without(STUCK, text)
