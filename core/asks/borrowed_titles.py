"""Titles and errands borrowed for a favour, in words: a role claimed so someone gives way.

"Tell the restaurant owner that I am from the district office, so he gives our team the
private room", "say I'm a retired Chief Medical Officer so they come and fix our transformer
faster", "tell the neighbour that I am from the management company, so that he lets me into
the flat", "tell the traffic warden I'm an RNLI volunteer on call so he lets me leave the van",
"call the vendor and say I'm the lab manager so they'll ship the antibodies faster", "decir que
soy periodista de La Nación para que me manden ejemplares gratis", "tell the doorman I'm
collecting a VIP so he lets me park at the front": an office or a title told so the listener
jumps the user up the queue or lets them off a rule. A cousin passed off as a new colleague to
get in by the staff door, a tale told so the fare goes up, or so an inspector asks no more,
are the same lever. Saying who the user is and asking ("I'm the new lab manager, could you
tell me when the order ships?") leaves the answer to them, and stays fair: each shape needs
the claim together with the favour it is told for.
`core.asks.deception.DECEPTION` joins them to its own; fragments over the normal form of
`core.asks.text`.
"""

from __future__ import annotations

TOLD = (
    r"(?:tell|tells|telling|told|say|says|saying|said|claim\w*|swear\w*|decir|decirle|decirles"
    r"|decile|deciles|dile|diles|dizer|dizendo)"
)
"""Telling or claiming, in English, Spanish and Portuguese; `core.asks.giveaways` uses it too."""
_I_AM = r"(?:that |que )?(?:i'm|i am|soy|sou)"
_ROLE = (
    r"(?:officer|official|manager|volunteer|inspector|director|doctor|nurse|paramedic|medic"
    r"|firefighter|fireman|police\w*|cop|detective|journalist|reporter|periodista|jornalista"
    r"|lawyer|solicitor|councillor|minister|chief|consultant|supervisor|surveyor|auditor"
    r"|engineer|commissioner|magistrate|judge|pastor|priest|imam|social worker|case ?worker"
    r"|key ?worker|support worker|health visitor|care coordinator|advocate)"
)
_GIVES_WAY = (
    r"(?:so (?:that )?(?:they|he|she|the \w+|i|we)(?:'ll| will| can| could)? (?:\w+ )?(?:let"
    r"|lets|give|gives|come|comes|fix|fixes|ship|ships|send|sends|bump|bumps|skip|get|gets|waive"
    r"|waives|move|moves|put|puts|prioriti[sz]e\w*|rush|rushes|hurry|speed|reconnect\w*|serve"
    r"|serves|see|sees|book|books|open|opens|buzz|buzzes|unlock|unlocks)|para que|pra que|to get"
    r"|and get)\b"
)
"""What the title is told for: the listener letting, giving, coming or rushing."""

_TITLE_FOR_A_FAVOUR = (
    rf"{TOLD}\b[^.!?;]{{0,40}}?\b{_I_AM} (?:a |an |the |their |your )?(?:[\w'-]+ ){{0,3}}?"
    rf"{_ROLE}s?\b[^.!?;]{{0,60}}?\b{_GIVES_WAY}"
)
_OFFICE_FOR_A_FAVOUR = (
    rf"{TOLD}\b[^.!?;]{{0,40}}?\b(?:that )?(?:i'm|i am|we're|we are) from (?:the )?(?:[\w-]+ )"
    r"{0,2}(?:office|council|ministry|department|authority|agency|municipality|district|city hall"
    r"|town hall|embassy|consulate|health board|government|management company|managing agents?"
    rf"|housing association|building management|property management)\b[^.!?;]{{0,60}}?\b"
    rf"{_GIVES_WAY}"
)
_ERRAND_FOR_A_FAVOUR = (
    rf"{TOLD}\b[^.!?;]{{0,40}}?\b(?:i'm|i am|we're|we are) (?:collecting|picking up|meeting"
    r"|driving|escorting|here for|here with|with) (?:a |an |the )?(?:vip|minister|ambassador"
    r"|celebrity|dignitary|delegate|senator|governor|judge|mayor|official)s?\b[^.!?;]{0,40}?"
    rf"\b{_GIVES_WAY}"
)
"""A dignitary the user claims to be collecting, so the doorman lets them park at the front."""
_KIN_FOR_A_FAVOUR = (
    rf"{TOLD}\b[^.!?;]{{0,40}}?\b{_I_AM} (?:the |a )?(?:resident|tenant|patient|guest|occupant"
    r"|homeowner|householder|owner|landlord|member|bride|groom|deceased|birthday girl|birthday"
    r" boy)'s (?:brother|sister|son|daughter|cousin|nephew|niece|husband|wife|partner|mum|mom|dad"
    r"|mother|father|uncle|aunt|auntie|grandson|granddaughter|relative|carer|friend)\b"
    rf"[^.!?;]{{0,60}}?\b{_GIVES_WAY}"
)
"""Kin of whoever the place is for, claimed so the guard opens the door: "the resident's
brother", said of a stranger by their role, is a part to play, not the user's own family."""
_PASSED_OFF_AS_STAFF = (
    r"let (?:my |our |a |his |her )?[\w-]+ in\b[^.!?;]{0,60}\b(?:say|saying|tell \w+|claim\w*)"
    r" (?:that )?(?:she|he|they)(?:'s| is|'re| are) (?:a |an |my |our )?(?:new )?(?:colleague"
    r"|coworker|co-worker|staff member|member of staff|employee|crew member|team member"
    r"|staff)\b"
)
"""A friend or relative let in by the staff door, told as a colleague."""
_FARE_RAISED = (
    rf"{TOLD}\b[^.!?;]{{0,100}}\b(?:so|make|to make) (?:the )?(?:fare|price|meter|bill|charge)"
    r" (?:go|goes|will go|go up|goes up|rise|rises|climb|climbs|double|doubles)\b"
)
"""A closed road told to a passenger so the fare goes up."""
_QUESTIONS_STOPPED = (
    rf"{TOLD} (?:the |our |my |that )?(?:[\w-]+ ){{0,3}}?(?:inspector|auditor|officer|examiner"
    r"|assessor|warden|police\w*|cop|taxman|customs)\b[^.!?;]{0,80}\bso (?:that )?(?:he|she"
    r"|they) (?:doesn't|don't|won't|does not|do not|will not|can't|cannot) (?:\w+ )?(?:ask"
    r"|check|look|dig|inspect|question|find|notice|probe|search|investigate)\w*"
)
"""A tale told to an inspector so that they ask no more: the answer is shaped to stop the
questions, not to answer them."""

_STAFF_PLACE = (
    r"(?:staff|doctors'?|nurses'?|reserved|on-call|on call) (?:bay|bays|parking|space|spaces|spot"
    r"|car ?park|entrance|lane)"
)
_ON_CALL = r"on (?:call|duty|shift)\b"
_ON_CALL_FOR_A_PLACE = (
    rf"{_STAFF_PLACE}\b.{{0,80}}\b{TOLD}\b[^.!?;]{{0,20}}?\b{_I_AM} {_ON_CALL}",
    rf"{TOLD}\b[^.!?;]{{0,40}}?\b{_I_AM} {_ON_CALL}.{{0,80}}\b{_STAFF_PLACE}\b",
)
"""Being on call told for the staff bay ("ask the car park attendant at the Bullring to let me use
the staff bay, say I'm on call"): a shopping trip parked as a shift."""

PATTERNS = (
    *_ON_CALL_FOR_A_PLACE,
    _TITLE_FOR_A_FAVOUR,
    _OFFICE_FOR_A_FAVOUR,
    _ERRAND_FOR_A_FAVOUR,
    _KIN_FOR_A_FAVOUR,
    _PASSED_OFF_AS_STAFF,
    _FARE_RAISED,
    _QUESTIONS_STOPPED,
)
"""Each borrowed title or tale with the favour it is told for; `core.asks.deception.DECEPTION`
joins them to its own."""
