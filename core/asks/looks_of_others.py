"""Other people's looks put to a score or a vote: more of the judgement lexicon.

"Ask the farmhands to rate my missus out of ten", "ask every lad walking past if my girlfriend
is a 10 or a 7", "rate the new grad engineer's looks out of ten while she's at the table",
"show my passengers photos of my two daughters and ask which one is prettier", "which
bridesmaid is the least pretty", "which of my grandsons is the most handsome", "vote who's the
prettiest on the flight", "who has the worst fashion sense in the team", "who put on the most
weight since Christmas, me or Jens": each puts someone's body or clothes up for a verdict they
never asked for, often in front of them, and "it's just banter" does not make the verdict
theirs to refuse. The practice refuses a judgement of the user's looks for the fear it feeds;
a judgement of someone else's looks only moves the sting to them.

Fair neighbours stay fair: rating the user's roast lamb or the partner's curry out of ten,
which of two dresses or cakes is prettier, who is the fastest runner or the fittest in the
squad, who has the prettiest garden in the street, and which of two cardigans suits the user
(a choice, not a person). Each shape needs a person named (a wife, daughters, a bridesmaid, the
crew) or asked about with "who", and a word for looks. Fragments for
`core.asks.judgement.JUDGEMENT`, over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks import looks_put_to_them

_KIN = (
    r"(?:missus|missis|wife|husband|girlfriend|boyfriend|fiancée?|partner|daughters?|sons?"
    r"|sisters?|brothers?|grand(?:sons?|daughters?|kids|children)|nieces?|nephews?|cousins?"
    r"|twins|mum|mom|mam|bride|groom|bridesmaids?|groomsmen|best man|maid of honou?r)"
)
"""People of the user's own family or wedding party, whose looks are put to others."""
_PERSON = (
    rf"(?:{_KIN}|colleagues?|co-?workers?|teachers?|nurses?|farmhands?|girls?|guys?|lads?"
    r"|lasses?|women|men|ladies|blokes|boys|students?|classmates?|flatmates?|mates?|friends?"
    r"|kids|interns?|grads?|engineers?|neighbou?rs?|waitress(?:es)?|waiters?|dancers?|drivers?"
    r"|staff|crew|hostess(?:es)?|stewardess(?:es)?|cabin crew|officers?|trainees?|members?"
    r"|players?|guests?|pis|profs?|professors?|lecturers?|tutors?|bosses|managers?|doctors?"
    r"|coaches|trainers?|teammates?|(?:lab|team|class|work|gym|house)[- ]?mates?|customers?"
    r"|clients?|passengers?|singers?|altos?|sopranos?|tenors?|people|passers-?by|receptionists?"
    r"|barmaids?|barmen|baristas?|cashiers?|(?:[\w-]+ )?(?:man|woman|girl|guy|boy|lad|lass))"
)
"""Words naming people; a dress, a cake or a garden is none."""
_LOOKS = (
    r"(?:prett(?:y|ier|iest)|handsome(?:r|st)?|beautiful|attractive|good-looking|good looking"
    r"|better[- ]looking|best[- ]looking|ugl(?:y|ier|iest)|hott(?:er|est)|cut(?:er|est)"
    r"|sex(?:y|ier|iest)|gorgeous|peng(?:er|est)?|worst[- ]dressed|fatt(?:er|est)|fanciable"
    r"|guap[oa]s?|(?:worst|ugliest|tackiest) (?:fashion sense|dress sense|style|outfits?"
    r"|clothes|hair|haircut|teeth|body|figure))"
)
"""Words for a verdict on looks or clothes; "fittest" and "best-dressed" stay out, as a
fitness test or a costume prize."""
_MORE = r"(?:(?:the )?(?:more|most|less|least) |the )?"
_AFTER = (
    rf"(?:,? (?:{_PERSON}|one|person|people))?(?=\s*(?:[.,!?;:)'\"\-]|$|(?:on|in|at|of|among"
    r"|amongst|here|there|and|or|now|today|tonight|for|out|me)\b))"
)
"""What may follow "who's the prettiest": a person, a place or the end, never a thing ("who has
the prettiest garden")."""
_OUT_OF_TEN = r"(?:(?:out|outta) (?:of )?(?:ten|10)|from (?:1|one) to (?:10|ten)|/10)"
_FEATURE = (
    r"(?:face|body|bod|figure|physique|smile|legs|bum|butt|arse|ass|booty|boobs|chest|abs|arms"
    r"|thighs|belly|beer belly|gut|tummy|skin|teeth|nose|eyes|looks|hair|haircut|hairdo"
    r"|hairstyle)"
)
"""A part of someone's body or their looks, as a vote or a contest would weigh it."""
_NOT_THE_BODY = (
    r"(?! (?:whitening|care|cream|creams|routine|products?|deals?|treatments?|doctor|clinic"
    r"|scan|wash|mask|tone|job|workout|exercises?|day|shots?|angle|salons?|dye|stylists?"
    r"|dressers?|extensions|brush|ties|clips|tips?|advice|story|stories)\b)"
)
"""A feature named as a product, a service or a day at the gym ("who has the best teeth
whitening deal", "who has the best arms workout", "who has the best hair salon"): no one's
body is weighed."""
_PLACED = (
    r"(?: (?:by|at|in|on|near|from|behind|across) (?:the |that |this )?(?:[\w'-]+ ){0,2}?"
    r"[\w'-]+)?"
)
"""Where the people weighed are ("the two girls by the window", "the cafe waitresses in Big
Timber"): they are still the ones a verdict is asked on."""
_SCORED = rf"(?:{_OUT_OF_TEN}|(?:rate|score|rank|grade|vote|poll)\w*)"
_NOT_ATHLETES = (
    r"(?:mums|moms|mams|mothers|dads|fathers|parents|wives|husbands|girlfriends|boyfriends"
    r"|waitress(?:es)?|barmaids|bridesmaids|nurses|teachers|neighbou?rs|secretaries"
    r"|receptionists|aunties|aunts|mothers-in-law)"
)
"""People no race or bleep test puts side by side: "the fittest" of them is the British
"hottest", not a fitness verdict ("which of the mums is the fittest")."""
_NOT_LOOKS = (
    r"(?! (?:at|as|in goal|for|to|on paper|prepared|placed|suited|equipped|qualified|ready"
    r"|positioned|rested|organised|organized|set|after)\b)"
)
""""Looks better" meaning likelier or readier, not prettier: "who looks better at striker",
"who looks better prepared for the debate"."""
_VERDICT = (
    r"(?:nicer|nicest|better|best|prettier|prettiest|cuter|cutest|hotter|hottest|sexier|sexiest"
    r"|worse|worst|uglier|ugliest|bigger|biggest|fatter|fattest|flabbier|flabbiest|saggier"
    r"|saggiest|hairier|hairiest|more attractive|most attractive|least attractive)"
)
"""Which way a verdict on a face or a body goes; "fitter" and "fittest" stay out, as a fitness
test."""
_PASSING = (
    r"(?:girls?|women|woman|ladies|lasses|lassies|birds|chicks|hotties|talent|guys|men|lads"
    r"|blokes|boys|fellas|people|passers-?by)"
)
"""People who happen by, whose looks a crew or a table scores as they pass."""

_BODY_EVENTS = (
    r"(?:the |our |her |his |their |(?:she|he) had (?:the )?)?(?:baby|babies|kids|twins|birth"
    r"|pregnancy|wedding|weight ?loss|gym|diet|menopause)"
)
_BEFORE_OR_AFTER = (
    rf"(?:if|whether|does|do) (?:my|our|his|her|the) (?:[\w-]+ ){{0,2}}?{_KIN}(?: looks?|'s|"
    rf" is| was) (?:\w+ )?(?:better|worse|prettier|hotter|sexier|fatter|thinner|uglier|fitter"
    rf"|nicer)\b[^.!?]{{0,20}}\b(?:now|then)?,? or (?:\w+ )?(?:before|after) {_BODY_EVENTS}\b"
)
"""A wife's or a sister's looks weighed before and after a baby or a diet ("if my wife looks
better now or before the baby"): her body put to a vote of the user's mates. "Does my sister
look better in the blue dress or the red" weighs clothes, and a nurse asked whether a patient
looks better than yesterday weighs health; neither names a before and after."""

JUDGEMENT = (
    *looks_put_to_them.JUDGEMENT,  # "whether she's gotten too old to be pretty"
    _BEFORE_OR_AFTER,
    rf"(?:rate|score|grade|mark|judge|rank)\w* (?:my|our|his|her|the|that|this|all (?:the|my))"
    rf" (?:[\w-]+ ){{0,3}}?{_KIN} {_OUT_OF_TEN}",
    rf"(?:rate|score|grade|mark|judge|rank)\w* (?:[\w'-]+ ){{0,5}}?[\w-]+'s (?:looks|face|figure"
    rf"|physique|hotness|attractiveness|sex appeal|legs|bum|butt|boobs|body) (?:\w+ )?"
    rf"{_OUT_OF_TEN}|(?:rate|score|grade|mark|judge|rank)\w* (?:[\w'-]+ ){{0,5}}?[\w-]+'s"
    r" (?:looks|figure|hotness|attractiveness|sex appeal)\b",
    rf"(?:if|whether|is) (?:my|our|his|her|the) (?:[\w-]+ ){{0,2}}?{_KIN}(?: is|'s) (?:a |an )"
    r"(?:[1-9]|10)\b(?:/10| out of| or (?:a |an )(?:[1-9]|10)\b)",  # "a 10 or a 7", not "4 or 5"
    rf"which (?:one |two )?(?:of )?(?:(?:my|our|the|his|her|these|those|all) )?(?:[\w-]+ ){{0,3}}?"
    rf"{_PERSON}{_PLACED}(?: is|'s| are| looks?| has) {_MORE}{_LOOKS}\b",
    rf"which (?:one )?of (?:(?:my|our|the|these|those|all the) )?(?:[\w-]+ ){{0,2}}?"
    rf"{_NOT_ATHLETES}{_PLACED}(?: is|'s| are) (?:the )?(?:fittest|fitter|most fit)\b"
    r"(?! (?:runners?|swimmers?|cyclists?|walkers?|rowers?|players?|at|in|on|for|over|after)\b)",
    r"who (?:\w+ ){0,2}?(?:has |have |'s )?(?:become|got|gotten|grown|gone|turned|looks?)"
    r" (?:the )?(?:more fat|most fat|fatter|fattest|chubbier|chubbiest|uglier|ugliest"
    r"|flabbier|flabbiest|saggier|older-looking)\b",
    r"(?:rank|rate|score|grade|sort)\w* (?:(?:the|all the|my|our|these|those) )?"
    rf"(?:[\w-]+ ){{0,3}}?{_PERSON} by (?:their |his |her )?(?:(?:cute|cutest|pretty|prettiest"
    r"|nice|nicest|hot|hottest|best|sexy|sexiest|ugly|ugliest) )?(?:faces?|bod(?:y|ies)|figures?"
    r"|smiles?|legs|bums?)(?! ?[a-z])",
    rf"whose (?:[\w-]+ ){{0,2}}?{_FEATURE} (?:has )?(?:changed|improved|grown|shrunk|transformed"
    r"|got (?:bigger|smaller|fatter|thinner)) (?:the )?(?:most|least)\b",
    rf"{_SCORED},? (?:[\w']+ ){{0,3}}?how (?:handsome|pretty|beautiful|attractive|hot|cute|sexy"
    rf"|ugly|fat|good-looking) (?:(?:is|are|'s) )?(?:my|our|the|his|her|that|this|each|every)"
    rf" (?:[\w-]+ ){{0,2}}?{_PERSON}\b",
    rf"\b{_PERSON}\b[^.!?]{{0,60}}\bwhich (?:one|of (?:them|the two|the \w+))(?: is|'s| looks?)"
    rf" {_MORE}{_LOOKS}\b",
    rf"who(?:'s| is| are| has| looks?|'d be| would be)? (?:[\w']+ ){{0,4}}?(?:(?:is|are|'s|has"
    rf"|have|looks?) )?{_MORE}(?:[\w-]+ (?:and|or) )?{_LOOKS}{_AFTER}",
    r"who (?:\w+ ){0,3}?(?:has |have |'s )?(?:put on|gained|piled on|packed on|got) (?:the )?"
    r"(?:most|more) (?:weight|kilos|pounds|belly)\b",
    rf"who(?:'s| has| have|'d have)? (?:got |gotten )?(?:the )?{_VERDICT} (?:[\w-]+ )?{_FEATURE}\b"
    rf"{_NOT_THE_BODY}",
    rf"whose (?:[\w-]+ ){{0,2}}?{_FEATURE}(?: is|'s| are| looks?) (?:the )?(?:{_VERDICT}|\w+est)\b",
    r"who (?:looks?|looked|'d look|would look) (?:the )?(?:better|best|worse|worst|nicer|nicest"
    rf"|prettier|prettiest|hotter|hottest|younger|older|fatter|fattest|thinner|slimmer)\b"
    rf"{_NOT_LOOKS}",
    rf"(?:rank|rate|score|grade|vote|poll|list|name|pick|choose)\w* (?:on |for )?(?:who(?:'s| is"
    rf"| are)? )?(?:[\w'-]+ ){{0,3}}?{_MORE}{_LOOKS} (?:[\w-]+ ){{0,2}}?{_PERSON}\b",
    rf"(?:rate|score|grade|mark|judge|rank)\w* (?:the |every |each |all (?:the )?|those |these "
    rf"|any |random )?(?:[\w-]+ )?{_PASSING}\b(?:(?! for\b)[^.!?;]){{0,40}}?(?: {_OUT_OF_TEN}"
    r"| walk\w* (?:past|by)| passing| going (?:past|by))",
)
"""A wife or daughters scored out of ten, someone's looks rated, "if my girlfriend is a 10 or a
7", which of the people named is the prettiest, who of those asked about is the ugliest or
worst-dressed, who has put on the most weight, who's got the nicer face or the best body, whose
beer belly is the worst, who looks better, the most attractive lecturers ranked, and the girls
walking past the site rated out of ten. Round thirty-eight: the people weighed placed where they
stand ("which of the two girls by the window is more beautiful"), who has the worst hair, who
has become more fat this year, the new girls ranked by cute face, whose body changed the most
since January, "from 1 to 10 how handsome is the delivery boy", and which of the mums is the
fittest (mums, wives or waitresses, whom no race puts side by side)."""
