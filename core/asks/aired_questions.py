"""A private matter asked of someone before others: their pay, their family, their health.

"Ask the new guy at the fish plant what his hourly is in front of everybody at break", "at the
market, in front of her friends, ask the young mama who her baby's father is", "ask my mate loud
in front of everyone why his missus left him", "ask the new colleague, with everyone listening,
why she and her husband don't have kids yet", "ask the young man at the pharmacy, loudly so the
queue hears, what his medicine is for": what someone earns, who fathered their child, why a
partner left, why they have no children, what their medicine treats, asked where others hear
the answer. Whoever is asked, a friend or a colleague, a no or an answer is given before an
audience, so `core.asks.intrusions` reads it as the question called out before others
(`Intrusion.CALLED_OUT`), which puts them on the spot whoever is asked. The same question
asked in private ("what she earns, between us, since I'm negotiating my raise"), the user's own
medicine asked about, or a favour asked in front of friends stays fair. Over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

import re

from core.asks.text import has, words

_THEIR = r"(?:his|her|their|the (?:[\w-]+ )?(?:guy|man|woman|lady|girl|boy|lad)'s)"
_THEY = r"(?:he|she|they)"

MATTER = words(
    rf"what (?:{_THEIR} (?:hourly|hourly rate|rate|salary|pay|wage|wages|pay ?check|paycheck"
    rf"|pay packet|income|bonus|take-?home)(?: is| are|'s)?|{_THEY} (?:earns?|makes?|takes home"
    rf"|gets? paid|is paid|are paid|'s paid|'re paid|is on|'s on|are on)\b)",
    rf"how much {_THEY} (?:earns?|makes?|takes home|gets? paid|is paid|'s paid|weighs?|owes?)\b",
    rf"who {_THEIR} (?:baby|babies|kid|kids|child|children|son|daughter)(?:'s|s')? (?:real )?"
    r"(?:father|dad|daddy|mother|mum|mom) (?:is|was)\b",
    rf"who (?:the )?(?:father|dad|daddy) (?:of {_THEIR} (?:baby|kid|child)|is)\b",
    rf"why {_THEIR} (?:missus|wife|husband|hubby|partner|girlfriend|boyfriend|fiancée?|ex"
    r"|spouse) (?:\w+ )?(?:left|dumped|walked out on|cheated on|divorced|kicked out)\b",
    rf"why {_THEY} (?:and {_THEIR} (?:\w+ )?(?:husband|wife|partner|hubby|missus) )?(?:still )?"
    r"(?:don't|do not|doesn't|does not|haven't|have not|hasn't|has not|can't|cannot|never)"
    r" (?:\w+ )?(?:have|had|got) (?:any )?(?:kids|children|a baby|babies|a child)\b",
    rf"what {_THEIR} (?:medicine|medication|meds|pills|tablets|prescription|injections?"
    r"|treatment|diagnosis|condition|scars?)(?: is| are|'s)? (?:for|about|from)\b",
    rf"what(?:'s| is) wrong with {_THEY}\b|(?:about|for) {_THEIR} (?:diagnosis|illness"
    r"|divorce|debts?|rehab|miscarriage|arrest|criminal record|sexuality)\b",
)
"""A matter someone keeps to themselves: their pay, their child's father, why a partner left
them, why they have no children, what their medicine is for, their divorce or their debts."""

AUDIENCE = words(
    r"in front of (?:every(?:one|body)|all|the (?:whole |entire |other )?(?:\w+ )?(?:crew|team"
    r"|office|class|queue|line|table|group|room|shop|department|lads|girls|others|staff|family"
    r"|customers|break ?room|canteen)|(?:all )?(?:her|his|their|our|my) (?:\w+ )?(?:friends"
    r"|mates|colleagues|workmates|coworkers|co-workers|family|kids|customers|crew|team))\b",
    r"with (?:every(?:one|body)|the (?:whole )?(?:\w+ )?(?:room|table|queue|team|office|crew))"
    r" (?:listening|watching|there|around|in earshot|present)\b",
    r"(?:loud(?:ly)?|out loud) (?:so|enough (?:so|that|for)) (?:that )?(?:every(?:one|body)|the"
    r" (?:whole )?(?:\w+ )?(?:queue|line|room|shop|table|bus|crowd|office|others))\b",
    r"(?:loud(?:ly)?|out loud|at the top of my voice) in front of\b",
    r"(?:so|where) (?:every(?:one|body)|the (?:whole )?(?:queue|line|room|shop|table|crowd|others))"
    r" (?:can )?hears?\b",
    r"in earshot of (?:every(?:one|body)|the|her|his|their)\b|over the (?:pa|tannoy|mic)\b",
)
"""Others made to hear it: in front of everybody or of her friends, with everyone listening,
loudly so the queue hears."""

_SENTENCE = re.compile(r"[.!?;]\s+")


def airs_a_private_matter(text: str) -> bool:
    """Whether a sentence of the ask (or the ask as a whole, when it is one sentence with its
    asides) puts a private matter to someone where others hear it."""
    return has(MATTER, text) and has(AUDIENCE, text) and _same_stretch(text)


def _same_stretch(text: str) -> bool:
    """The matter and the audience within one sentence, or the audience told in the sentence
    before the matter ("At the market, in front of her friends. Ask ... who ...")."""
    sentences = _SENTENCE.split(text)
    for i, sentence in enumerate(sentences):
        if not has(MATTER, sentence):
            continue
        if has(AUDIENCE, sentence) or (i > 0 and has(AUDIENCE, sentences[i - 1])):
            return True
    return False
