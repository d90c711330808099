"""The user's own habit or fear, said before a word of pretence: no pretence asked of anyone.

"I always say it's perfect", "I have been pretending I know for a year": a habit the user
means to break. "What am I actually scared of when I don't raise my hand in class?", "why do
I freeze when I don't know the answer": the user asking themselves what holds them back, where
"when I don't ..." is what they do, not a claim made to someone ("tell the desk I have
insurance when I don't"). `core.asks.slots` reads a pretence only where the words before it
in its sentence are neither (`OWN_HABIT_OR_FEAR`). Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

OWN_HABIT_OR_FEAR = words(
    r"i (?:always|usually|often|keep|kept|tend to|used to)|i(?:'ve| have) (?:always |often )?been",
    r"(?:what|why) (?:am i|do i|does it|makes me|stops me|holds me)(?: \w+){0,3}? (?:scared"
    r"|afraid|frightened|nervous|anxious|worried|embarrassed|ashamed|freeze|panic|feel|back)\b",
    r"(?:why|how come) (?:do|did|can't|don't) i (?:\w+ )?(?:freeze|panic|go quiet|shut down"
    r"|feel|blush|stay quiet|hold back)\b",
)
"""A habit the user describes ("I always ...", "I've been ..."), or the user asking themself
what they fear or why they freeze ("what am I actually scared of", "why do I freeze")."""
