"""The user's own body named as theirs, measured or seen by themselves: no verdict asked.

"Ask the trainer to measure my body fat, I want to track my own progress", "my body my choice",
"my body my look, slay", "my body my post", "just me feeling ok in my body", "ask my followers
if the cut works on my body" (the coat the user made is what is weighed), "ask my boyfriend to
film my practice so I can see how I look when I speak", "get measured for a suit and see how I
look in it": each names the user's body or looks, and none puts them to anyone for a verdict. A
number a trainer reads off calipers is a measurement the user tracks; a body claimed as the
user's own is the opposite of the fear the practice works on; seeing themselves on film or in a
mirror asks nobody anything. The judgement lexicon's "my body" and "how I look" would read the
same words as the user's looks put to someone, so `core.asks.judgement` leaves these spans out.

Whatever else the ask says is still read: "measure my body fat and tell me honestly if I'm too
fat to be the face of the front desk" asks a verdict in its second half, "whether my body is
right for this swimsuit" weighs the body, not the garment, and "ask him to film me so I can see
how I look" asks nothing of him but the filming. Fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

OWN_BODY = words(
    r"(?:measure|measured|measuring|test|tested|testing|check|checked|checking|scan|scanned"
    r"|track|tracking|calculate|record|log|weigh|take|do)\w* (?:\w+ ){0,2}?my (?:own )?body"
    r" (?:fat|mass|composition|measurements?|temperature|stats)(?: percentage| index| %)?",
    r"my (?:own )?body (?:fat|mass|composition|measurements?)(?: percentage| index)?"
    r" (?:measured|tested|checked|scanned|taken|done|tracked)",
    r"my body,? (?:my|mine) (?:choice|look|looks|rules|shape|style|way|business|call|decision"
    r"|design|vibe|pace|journey|post|posts|pic|pics|photo|photos|page|feed|story|progress"
    r"|content|choice to post)",
    r"(?:\bi (?:\w+ )?(?:decide|judge)\w*(?: for myself)?|(?:decide|judge)\w* for myself)"
    r" (?:if|whether) (?:i|i'm|i am)\b(?: [\w']+){0,4}? (?:enough|good|ready|ok|okay|right)\b",
    r"(?:feel|feels|feeling|felt|comfortable|confident|happy|ok|okay|good|safe|at home|at ease"
    r"|at peace|free|strong|proud|myself) in my (?:own )?body",
    r"(?:if|whether|how) (?:the|this|my|her|his) (?:cut|fit|pattern|design|drape|silhouette"
    r"|tailoring|seam(?:s|ing)?|hem(?:line)?|shape) (?:works|fits|sits|hangs|falls|drapes|looks)"
    r" (?:\w+ )?on my (?:own )?body",
    r"(?:so (?:that )?i can|so i could|to|and(?: then)?|then|i can|i could|i'll|let me|to let me)"
    r" (?:see|watch|check|hear|study|review) (?:for myself )?how i (?:look|sound|move|stand"
    r"|present)\b",
    r"(?:so (?:that )?i can|so i could|to|and(?: then)?|then|i can|i could|i'll|let me|to let me)"
    r" (?:see|watch|check|study|review|work on) (?:for myself )?my (?:own )?body language\b",
)
"""The user's body measured for their own tracking, claimed as theirs ("my body my choice"),
felt at home in, the cut of a garment on it, and the user seeing for themselves how they look
on film or in a fitting, or checking their own body language on film ("so I can check my body
language"), or deciding for themselves whether they look good or are bold enough ("I decide if
I look good enough", "decide for myself if I'm bold enough to wear it")."""
