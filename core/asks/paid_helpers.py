"""Helpers the user pays, coaches or cares for, named in words the power lexicon lacked.

"The teenage girl I pay to watch the twins", "my kayayo" (a head porter paid per load, in
Ghana), "the chhotu who helps on my route", "la muchacha que me cuida, que le pago yo" (the
girl who looks after me, whom I pay), "one of my U-14 boys", "my youngest player", "the middle
schoolers in my Sunday school class", "the new roustabout on my crew", "my youngest deckhand",
"my 部下" (Japanese: my subordinate), "I'm TL ... one of my agents", "tenant kos saya" (the
tenant of my boarding house, in Indonesian), "Mr. Dawson in 12 ... while I'm doing his meds":
each works for the user, plays for them, is taught or cared for by them, or rents from them,
and cannot easily refuse them. Joined to `core.asks.power.SUBORDINATE`, so the power rule reads
every ask of them as it reads one of "my intern".

Each name needs the user's hold in its own words: "the chhotu at the tea stall" serves the user
at someone else's stall, "the girls in my pottery class" are classmates, "my best player's dad"
is a parent, "my youngest" is a child of the user's own, and "Mrs Kaur in 12" is a neighbour
until the user is doing her meds.

Work asked of anyone with "free of charge" or ", no extra" is unpaid work
(`UNPAID_EXTRAS`, joined to `core.asks.leverage.UNPAID_LABOUR`). Fragments over the normal
form of `core.asks.text`.
"""

from __future__ import annotations

_HELPER = (
    r"(?:girl|boy|lad|lass|kid|teen|teenager|youngster|woman|man|lady|guy|helper|sitter"
    r"|babysitter|nanny|carer|cleaner|maid)"
)
_CARE_DUTY = (
    r"(?:doing|giving|bringing|handing out|sorting|changing|checking|do|give|bring|sort|change"
    r"|check) (?:his|her|their) (?:meds|medication|medicines?|pills|insulin|dressings?|obs"
    r"|vitals|catheter|injections?|bed bath|wash)\b"
)
"""A carer's round: the user doing the person's meds or dressings."""
_MY_RANK = (
    r"(?:i'm|i am|as|now i'm|now i am)(?: (?:the|a|new|now|their))* (?:tl|team lead(?:er)?"
    r"|supervisor|foreman|forewoman|crew boss|shift lead(?:er)?)\b(?: na)?"
)
"""The user's rank over a team, "I'm TL na" in Filipino English."""
_MORE_THAN_PAID_FOR = (
    r"[^.!?]{0,80}\b(?:also|too|as well|on top|extra|while (?:she|he|they)(?:'s| is|'re| are)"
    r" (?:at it|here|there))\b"
)
"""Something on top of the work the helper is paid for ("if she'd also clean out my garage"):
asked only to swap Thursday for Friday, the babysitter the user pays is asked about her job."""

PATTERNS = (
    rf"(?:the|a|an|my|our) (?:[\w-]+ ){{0,2}}?{_HELPER} (?:(?:who|that|whom) )?(?:i|we) pay"
    rf"(?= (?:to|by|per|each|every|cash|weekly|monthly|daily|an?)\b)(?={_MORE_THAN_PAID_FOR})",
    r"(?:my|our) (?:kayayo|kayayei|chhotu|chotu|empleada|muchacha|cuidadora|ayudante)\b",
    r"(?:la|el|una?|mi) (?:muchacha|muchacho|chica|chico|señora|senora|joven|mujer|niña|nina)"
    r" que me cuida\b|que le pago yo\b|a quien (?:yo )?le pago\b",
    r"(?:who|that) (?:helps?|works?) (?:me )?(?:on|at|with) my (?:\w+ )?(?:route|round|rounds"
    r"|rig|pitch|deliveries|delivery run|milk run|paper round|plot|fields?)\b",
    r"(?:(?:one|some|two|a couple) of (?:my|our) (?:u|you|under)|(?:my|our) (?:u|you))[- ]?"
    r"\d{1,2}s? (?:boys|girls|lads|lasses|kids|players|team|squad|side)\b",
    r"(?:my|our) (?:youngest|newest|best|top|star|fastest|smallest|weakest) (?:[\w-]+ )?(?:player"
    r"|players|swimmer|runner|gymnast|dancer|deckhand|deckhands|hand|worker|crew member"
    r"|apprentice|trainee|cook|waiter|waitress|cashier|picker|agent)\b(?!'|s')",
    r"(?:the|some|a few|two|one of the) (?:[\w-]+ )?(?:kids|children|middle schoolers|high"
    r" schoolers|schoolers|teens|teenagers|youngsters) (?:in|from) my (?:[\w-]+ ){0,2}?(?:class"
    r"|youth group|troop|cell group|confirmation group)\b",
    r"(?:the|a|an|one of the) (?:new|newest|youngest|green|junior) [\w-]+ on my (?:crew|rig|boat"
    r"|shift|line|site|gang)\b",
    r"(?:my|our) 部下",
    rf"{_MY_RANK}[^.!?;]{{0,40}}?\b(?:one of |some of |two of |a couple of )?my (?:agents"
    r"|reps|associates|analysts|advisors|advisers)\b",
    r"(?:tenant|anak|penghuni|penyewa) (?:kos|kost|kamar|rumah) saya\b|(?:karyawan|pegawai"
    r"|anak buah|pembantu) saya\b",
    rf"(?:mr|mrs|ms|miss|mister)\.? \w+ (?:in|from) (?:room |bed |bay |flat |unit |no\.? )?\d+"
    rf"\b(?=[^.!?]{{0,120}}\b{_CARE_DUTY})",
)
"""The person asked, whom the user pays, coaches, teaches, leads, houses or cares for ("u-14"
reads "you-14" in the normal form, which spells out text-speak). A whole squad spelt out ("my
under-15 boys") asked for a verdict on the coach is read by the judgement rule first, as before;
one boy singled out of it is the coach's to command."""

UNPAID_EXTRAS = (
    r"(?:to|and|would|could|can|will)(?: \w+)? (?:cook|cater|clean|babysit|mind|watch|wash|iron"
    r"|paint|mow|weed|tidy|drive|carry|serve|work|help|sew|fix|decorate|bake) (?:[\w',]+ ){0,8}?"
    r"(?:free of charge|at no (?:extra )?"
    r"cost|without charge)",
    r"(?:,|-|—) ?no extra(?: (?:pay|money|cash|charge))?(?=[.,!?;)]|$)",
)
"""Work asked "free of charge" ("to come and cook for my party ..., free of charge"; not
whether a caterer's delivery is), or the helper's extra chore with ", no extra"."""
