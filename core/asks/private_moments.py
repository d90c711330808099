"""Asks that walk into a moment that belongs to other people.

The older lexicons of `core.asks.manners` read an ask of someone busy (a book, a call, a
meal). These read moments that are more private than busy, and crowds asked to perform:

- someone in a private moment: grief (a widow at the grave, mourners walking back from a
  funeral, a stranger's funeral walked up to, families waiting outside intensive care), tears
  (a woman crying at a pharmacy window), a couple's quarrel or break-up talk, a couple on a
  date; any question put to them asks them to explain that moment to a stranger, however
  kindly it is meant, and any favour asks them to step out of it. So does asking a stranger
  what brings them to a clinic ("what they're in for", "if the baby was planned");
- someone's private celebration joined (walking into a couple's anniversary dinner, asking
  to join a stranger's toast): the day is theirs, and a no would spoil it;
- a strangers' table or chat butted into ("pull up a stool", "jump into their footy chat");
- a crowd, a street or the people one is driving made to clap, cheer or sing for the user:
  nobody in a crowd can say no alone;
- someone's song or set stopped so the user can play: their stage, their living.

All match the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, without, words

_SOMEONE = (
    r"(?:the|a|an|some|that|this) (?:\w+ ){0,2}?(?:woman|man|girl|guy|lady|bloke|person|stranger"
    r"|mother|mum|mom|dad|father|kid|child|boy|passenger|customer|patient|student|couple|people"
    r"|teenager|teen|widow|widower|family)|someone|somebody|people"
)
_GRAVE = r"(?:grave|graveside|graveyard|cemetery|headstone|tomb|funeral|wake|memorial service)s?"
_GRIEF = (
    r"grieving|bereaved|mourners?|in mourning",
    rf"(?:widows?|widowers?)\b[^.!?]{{0,60}}\b{_GRAVE}|{_GRAVE}\b[^.!?]{{0,40}}\bwid(?:ow|ower)s?",
    rf"(?:walking|coming|heading|going|on (?:the|their) way) (?:back |home )?from (?:the |a )?"
    rf"(?:[\w']+ )?{_GRAVE}|(?:leaving|filing out of) (?:the |a )?(?:[\w']+ )?{_GRAVE}",
    r"(?:visit|come|stand|kneel|sit|tend|lay|cry|cries|weep|pray)\w* (?:\w+ ){0,3}?(?:at|to|by"
    rf"|beside|on|over) (?:the |a |her |his |their |someone's |[\w']+'s )?(?:[\w']+ )?{_GRAVE}",
    rf"(?:(?:walk|go|wander|stroll|head|march) up to|walk into|wander into|turn up at|show up at"
    rf"|rock up at|crash) (?:a|some|a random|a stranger's|strangers') (?:[\w']+ )?{_GRAVE}\b",
    rf"(?:a|the) (?:[\w']+ )?{_GRAVE} (?:i|we) (?:wasn't|weren't|was not|were not|'m not|am not"
    r"|'re not|are not) invited to",
    r"(?:families|family|relatives|parents|people|loved ones|visitors|those|strangers|someone)"
    r" (?:\w+ ){0,2}?(?:waiting|sitting|gathered|camped|sleeping) (?:\w+ ){0,2}?(?:outside|in|at"
    r"|by|near) (?:the |a )?(?:icu|intensive care|critical care|nicu|picu|resus|hospice|morgue"
    r"|mortuary|(?:a&e|er|icu|hospital|surgery) waiting room|operating theatre|theatre doors)\b",
)
_TEARS = (
    rf"(?:{_SOMEONE}) (?:(?:who|that)(?:'s| is)? )?(?:\w+ )?(?:crying|weeping|sobbing|in tears"
    r"|tearing up|sobs|cries|weeps)\b",
    r"(?:a|the|that) (?:crying|weeping|sobbing|tearful) (?:\w+ )?(?:woman|man|girl|guy|lady"
    r"|person|stranger|mother|mum|dad|passenger|customer|patient|student|kid|child)",
    r"(?:울고|흐느끼고) (?:있는|있던) (?:\S+ )?(?:사람|분|여자|남자|아이|애|학생|아저씨"
    r"|아줌마|할머니|할아버지|손님|승객)\w*",  # Korean: someone crying
)
_QUARREL = (
    r"(?:couple|pair|two (?:people|men|women|guys|girls)|family|parents|people|they're|they are)"
    r"(?: ?,)? (?:\w+ ){0,2}?(?:arguing|quarrell?ing|fighting|bickering|rowing|having (?:a|an)"
    r" (?:\w+ )?(?:row|argument|fight|domestic|quarrel|tiff|spat|heated)|breaking up|splitting up)",
    r"(?:the|their) (?:fight|argument|row|quarrel|tiff|spat|break-?up) (?:is|was) about",
    r"having (?:what (?:looks|seems|sounds) like )?(?:a|an) (?:\w+ )?(?:break-?up|serious|heated"
    r"|tense|painful|emotional|difficult) (?:talk|conversation|chat|moment|discussion)",
    r"(?:couple|two people|pair) (?:\w+ ){0,3}?on (?:a|their) (?:first |romantic )?date",
    r"mid-? ?(?:argument|fight|row|quarrel|tiff|spat|break-?up|domestic)\b|in the (?:middle|thick)"
    r" of (?:a|an|their) (?:\w+ )?(?:argument|fight|row|quarrel|tiff|spat|break-?up|domestic)\b",
)
_VISIT = (
    r"(?:what|why) (?:they're|they are|she's|she is|he's|he is|you're) (?:\w+ )?(?:there|here"
    r"|in) for",
    r"why (?:she|he|they)(?:'s| is|'re| are) (?:seeing|visiting|at|in) (?:the |a )?(?:doctor"
    r"|clinic|hospital|gp|dentist|a&e|er|consultant|specialist|therapist)",
    r"(?:if|whether) (?:the|her|their) (?:baby|pregnancy) (?:was|is) planned",
)
PRIVATE_MOMENT = words(*_GRIEF, *_TEARS, *_QUARREL)
"""Someone grieving, in tears, quarrelling or on a date: a moment that is theirs."""
SOMEONE_IN_TEARS = words(*_TEARS)
"""Someone in tears named without the user's "my" ("a woman crying in the car park"): a
stranger, whoever else the words mention on the way ("when I visit my friend")."""
_ASKS_ABOUT_IT = words(
    r"(?:ask|asking|asks)\w* [^.!?]*?\b(?:what|why|who|how|whether|if|where)",
    r"offer (?:\w+ ){0,3}to (?:help|sort|fix|mediate|settle)",
    r"(?:ask|asking|asks)\w* [^.!?]*?\bto (?:take|give|lend|hold|watch|sign|join|dance|sing|tell"
    r"|show|move|swap|film|snap|photograph|help)\b",
    r"왜 (?:\S+ )?(?:우는지|울어|우냐|우세요|우는\w*)|(?:물어보|물어봐|묻)\w*",  # Korean: why, ask
)
_VISIT_QUESTION = words(*_VISIT)
"""Asking a stranger what brings them to a clinic: their health is theirs to tell."""


def asks_someone_in_tears(text: str) -> bool:
    """A question or favour put to a stranger in tears: on the spot whoever is named first."""
    return has(SOMEONE_IN_TEARS, text) and has(_ASKS_ABOUT_IT, text)


_HELP = r"(?:any |some |a bit of |a little |more )?(?:help|a hand|hand|support)"
HELP_OFFERED = words(
    rf"(?:if|whether) (?:she|he|they)(?:'d| would)? (?:needs?|could use|could do with|would like"
    rf"|'d like|wants?|like) {_HELP}(?: (?:with|for|in) (?:the |anything|any of the )?(?:[\w-]+"
    r"(?: and [\w-]+)? ?){1,2}| \w+ing(?: up| out| away)?)?(?= *(?:[,.!?;]|$| today| tonight"
    r"| now| later| afterwards))",
    r"(?:if|whether) (?:there's|there is) anything (?:i|we) can do(?: to help)?",
    r"(?:if|whether) (?:i|we) can (?:help|give (?:her|him|them) a hand)(?: (?:with|in) (?:the )?"
    r"(?:[\w-]+(?: and [\w-]+)? ?){1,2})?(?= *(?:[,.!?;]|$| today| tonight| now| later))",
)
"""Help offered to someone grieving ("the widow at the wake if she needs any help with the
food", "if there's anything I can do"): it asks nothing of their moment for the user. A
question about the loss, or anything asked for the user beside it, is still read."""


def intrudes_on_a_moment(text: str) -> bool:
    """A question put to someone in a private moment, or about why they are at a clinic; help
    offered to them (`HELP_OFFERED`) is no question."""
    if has(_VISIT_QUESTION, text):
        return True
    return has(PRIVATE_MOMENT, text) and has(_ASKS_ABOUT_IT, without(HELP_OFFERED, text))


_OCCASIONS = (
    r"(?:anniversary|honeymoon|engagement|proposal|birthday|wedding|hen|stag|retirement"
    r"|graduation|reunion|christening|baptism|funeral|wake|memorial|date night|romantic)"
)
_NOT_MINE = (
    r"(?:a |the |their |his |her |some |a stranger's |strangers' |other people's |another"
    r" |(?:a|the|another|some) (?:\w+ )?(?:couple|family|group|table|party)(?:'s|s'|') )"
)
CELEBRATION = words(
    rf"(?:walk|barge|burst|wander|stroll|sneak|march|waltz) into {_NOT_MINE}(?:[\w']+ ){{0,2}}?"
    rf"{_OCCASIONS}",
    rf"(?:join|crash|gatecrash|invite myself to|sit in on|tag along to) {_NOT_MINE}(?:[\w']+ )"
    rf"{{0,2}}?{_OCCASIONS}(?! (?:class|classes|club|course|group|meetup|night out))",
    rf"(?:speak|sing|play|perform|say a few words|give (?:a|the) (?:speech|toast|eulogy|reading))"
    rf" at (?:{_NOT_MINE}|(?:a )?strangers?(?:'s|s'|') )(?:[\w']+ ){{0,2}}?{_OCCASIONS}",
    r"(?:ask|asking) (?:\w+ ){0,3}?(?:to|if i could|if i can|whether i could) join (?:the|their"
    r"|his|her) (?:\w+ )?(?:toast|celebration|first dance|cake|group photo|photos?|speeches)",
)
"""Other people's private celebration joined uninvited: their day, whoever is asked."""
BUTTS_IN = words(
    r"pull up a (?:stool|seat|chair|bench)",
    r"(?:jump|butt|barge|cut|wade|muscle|horn|chime|crash)(?:s|ed|ing)? (?:in(?:to)?|in on)"
    r" (?:the |their |his |her |a |some )?(?:\w+ ){0,2}?(?:chat|conversation|convo|talk|debate"
    r"|discussion|banter|argument|game|gossip|natter)",
)
"""Sitting down uninvited among strangers or butting into their talk: joining them."""
_CROWD = (
    r"(?:(?:the|a|an|this|that|all the|all) )?(?:whole |entire |full )?(?:(?!my|our)[\w'-]+ ){0,2}?"
    r"(?:room|crowd|street|st|road|rd|square|carriage|bus|train|tram|metro|subway|tube|platform"
    r"|queue|line|riders|passengers|commuters|audience|shoppers|diners|customers|strangers"
    r"|everyone|everybody|people|ppl|passers-?by|pub|bar|café|cafe|restaurant|library|lobby"
    r"|plane|flight|cabin|lift|elevator|beach|market|mall|food court|terminal|station|punters"
    r"|tourists|travell?ers)"
    r"(?: (?:in|on|at) (?:the|this|a) (?:\w+ ){0,2}?\w+)?"
)
CROWD_PERFORMS = words(
    rf"(?:make|get|have|ask|persuade|convince|lead|start)\w* {_CROWD} (?:to |make (?:dem|them|em)"
    r" )?(?:all )?(?:clap"
    r"|applaud|cheer|chant|sing|dance|do(?:ing)? (?:squats|push-?ups|star jumps|jumping jacks"
    r"|lunges|burpees|stretches)|stand up and|bow|give me (?:a |an )?(?:\w+ )?(?:round"
    r"|clap|cheer|ovation|applause|hand)|do (?:a|the) (?:\w+ )?(?:wave|conga))\b(?! along)",
)
"""A crowd, a street or the passengers one drives made to clap or sing for the user."""
_A_CROWD_THAT_SINGS = words(
    r"(?:at|during|for|before) (?:my|our) (?:\w+ )?(?:wedding|party|birthday|gig|show|concert"
    r"|set|event|do|celebration|reception|performance|open mic|match|game)",
    r"(?:at|during) (?:the|a) (?:\w+ )?(?:match|game|gig|concert|stadium|festival|rally|karaoke)",
)
"""A crowd at the user's own party or gig, or at a match: singing and clapping is why they
came."""


def makes_a_crowd_perform(text: str) -> bool:
    """A crowd made to perform for the user, where they did not come to."""
    return has(CROWD_PERFORMS, text) and not has(_A_CROWD_THAT_SINGS, text)


STOPS_THEIR_ACT = words(
    r"(?:stop|pause|cut short|end|finish|interrupt)\w* (?:his|her|their|the) (?:\w+ )?(?:song"
    r"|set|music|playing|performance|show|act|busking|routine|tune|game)\b[^.!?]{0,30}\bso"
    r" (?:i|we) (?:can|could)",
    r"(?:let|give|lend|hand)\w* (?:me|us) (?:his|her|their) (?:pitch|spot|stage|mic|microphone"
    r"|slot) (?:so|to|for)",
    r"(?:their|his|her) (?:mic|microphone|stage|pitch|amp|spot|slot) (?:\w+ )?(?:while|when)"
    r" (?:they're|he's|she's|they are|he is|she is) (?:still )?(?:mid-?song|mid-?set|playing"
    r"|singing|performing|busking|on)\b",
)
"""Someone's song or pitch taken over so the user can play: their stage, their living."""
