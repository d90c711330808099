"""A danger asked about, done by other people: a question, not the danger itself.

"Ask the lifeguard why people swim outside the flags", "ask the ranger how come hikers still
climb the ridge at night", "ask the instructor why so many riders skip the helmet": the user
asks someone who knows why others take the risk; nobody is asked to take it.
`core.asks.safe_senses` blanks the question before `core.asks.danger.UNSAFE` reads the ask, up
to the end of its clause, so a danger the user then takes on ("..., then swim out past the
flags myself") is still read. Only others named as a group: "ask the lifeguard if I can swim
outside the flags" or "ask him why he won't swim outside the flags with me" is the user's own
risk. Over the normal form of `core.asks.text`.
"""

from __future__ import annotations

_OTHERS = (
    r"(?:so many |some |other |the other |most |all the |all these |these |those |young |local )?"
    r"(?:people|folk|folks|tourists|visitors|surfers|swimmers|bathers|kids|children|teenagers"
    r"|teens|locals|climbers|hikers|walkers|drivers|riders|cyclists|bikers|skaters|divers"
    r"|fishermen|boaters|students|lads|guys|others)"
)
"""Others named as a group: not the user, not the person asked."""
PATTERNS = (
    rf"(?:why|how come|whether|if) {_OTHERS}\b(?: still| even| ever| keep| always"
    r"| would| do| often| sometimes)*"
    r"(?:(?! (?:then|i|i'll|i'd|i'm|we|we'll|we'd|me|us|my|our|myself|ourselves|you|your"
    r"|with)\b)[^.!?;,]){1,80}(?=[.!?;,]|$)",
)
"""The question of why others take a risk, to the end of its clause, with no word of the user or
the person asked in it ("if people would notice if we jumped", "with me"): then it is no
question about others alone, and the whole is read."""
