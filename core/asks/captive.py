"""People who cannot walk away: a congregation, mourners, a ceremony's guests, passengers.

"Announce my new gelato flavours at the end of Sunday mass, they can't leave before the
blessing": the priest is asked, but the ones put on the spot are the congregation, who came
to worship and cannot leave. The user's own wares or business pitched where people are held
by a service, a ceremony or a rite puts them all on the spot, whoever is asked for the
floor. An announcement the congregation needs (a lost child, a charity drive of the parish)
is not the user's own wares. The lexicon matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.hard_sells import PITCH_TO_THE_HELD
from core.asks.text import words

_RITES = (
    r"(?:mass|sermon|homily|liturgy|vigil|prayers?|blessing|eulogy|funeral|wake|memorial"
    r"|(?:church|sunday|morning|evening|funeral|memorial|prayer|religious|friday) service"
    r"|jummah|jumu'ah|shabbat|puja|ceremony|wedding|graduation|citizenship ceremony)"
)
_HELD = (
    rf"(?:at|during|after|before|in|end of|middle of) (?:the |a |this |next |sunday'?s? )?"
    rf"(?:[\w']+ ){{0,2}}{_RITES}\b",
    r"(?:can't|cannot|can not|won't be able to|are not allowed to|aren't allowed to) (?:\w+ )?"
    r"(?:leave|walk out|get up|go)\b|captive audience|stuck (?:there|in (?:their|the) seats)",
)
_OWN_WARES = (
    r"(?:announce|advertise|promote|plug|pitch|market|flog|sell|hawk|push|tell (?:everyone"
    r"|everybody|them|people|the (?:\w+ )?(?:congregation|guests|mourners|crowd)) about)"
    r" (?:\w+ ){0,2}?(?:my|our) (?:own )?(?:new )?(?:[\w'-]+ ){0,2}?(?:flavours?|flavors?|products?"
    r"|business|shop|stall|cafe|café|bakery|menu|range|brand|services|app|book|album|gigs?|show"
    r"|course|classes|deals?|offers?|sale|cakes?|wares|goods|page|channel|startup|company|service"
    r"|side hustle|venture|delivery)\b"
)
PITCH_TO_THE_CAPTIVE = words(
    rf"{_OWN_WARES}[^.!?]{{0,80}}?(?:{'|'.join(_HELD)})",
    rf"(?:{'|'.join(_HELD)})[^.!?]{{0,80}}?{_OWN_WARES}",
    *PITCH_TO_THE_HELD,
)
"""The user's own wares pitched to people held by a rite ("announce my new flavours at the
end of Sunday mass"), or to a crowd the words say cannot leave."""

_PERFORM = (
    r"\b(?:sing|singing|karaoke|serenad\w*|busk\w*|rap|rapping|perform\w*|recit\w*|preach\w*"
    r"|danc(?:e|ing)|chant\w*|give (?:a |an )?(?:\w+ ){0,2}(?:speech|talk|lecture|sermon"
    r"|presentation|recital|reading|performance|show)|sing-?alongs?|deliver (?:a |an )?(?:\w+ )?"
    r"(?:speech"
    r"|lecture|talk|sermon)|lead (?:a |an )?(?:\w+ ){0,2}(?:chant|sing-?along|singalong|prayer"
    r"|meditation|workout|stretch\w*|conga)|play (?:my |the |a |some )?(?:guitar|ukulele|uke"
    r"|violin|trumpet|accordion|harmonica|drums|music|songs?)|hymns?|(?:stand[- ]?up|comedy"
    r"|magic|open mic|tight five) (?:set|routine|act|show|bit)s?|lead (?:the |all the |everyone"
    r" |everybody |them |(?:my )?fellow )?(?:\w+ )?in (?:a |an |the |some )?(?:\w+ )?(?:hymn"
    r"|song|prayer|chant|sing-?along|singalong|chorus|worship|praise)s?)\b"
)
_VEHICLE = (
    r"(?:bus|tram|train|carriage|coach|subte|metro|tube|subway|underground|u-bahn|s-bahn|mrt"
    r"|lrt|ferry|plane|flight|cabin|matatu|minibus|jeepney|dolmu[sş]|elevator|lift|cable car"
    r"|gondola|chairlift|night bus|sleeper)"
)
_TO_ONESELF = (
    r"(?:to myself|under my breath|quietly|in my head|with (?:my )?headphones|silently|before"
    r" (?:the|any) (?:tourists|passengers|crowds?|commuters|customers|riders|guests|visitors"
    r"|skiers|punters|rush) (?:come|arrive|get (?:on|here|there|up)|board|start|turn up|show"
    r" up|wake)|(?:when|while) (?:nobody|no one|no-one)(?:'s| is) (?:on|aboard|there|around"
    r"|about)|(?:nobody|no one|no-one) (?:else )?(?:on|aboard|around))"
)
"""To nobody but the user: humming to oneself, or singing before any passenger is aboard."""
PERFORMS_TO_THE_HELD = words(
    rf"{_PERFORM}(?:(?!{_TO_ONESELF})[^.!?]){{0,60}}?\b(?:on|in|aboard|inside) (?:the|a|this"
    rf"|that|my|our|every) (?:[\w'ı-]+ ){{0,3}}?{_VEHICLE}\b(?![^.!?]{{0,30}}{_TO_ONESELF})",
    rf"\b(?:on|in|aboard|inside) (?:the|a|this|that|my|our) (?:[\w'ı-]+ ){{0,3}}?{_VEHICLE}\b"
    rf"(?:(?!{_TO_ONESELF})[^.!?]){{0,60}}?{_PERFORM}(?![^.!?]{{0,30}}{_TO_ONESELF})",
    rf"{_PERFORM}[^.!?]{{0,80}}?(?:captive audience|(?:nobody|no one|no-one|they|people"
    rf"|everyone) (?:can't|cannot|can not|won't be able to) (?:\w+ )?(?:leave|get off|escape"
    rf"|walk away|go anywhere))",
)
"""A song, a speech, a stand-up set or a hymn led for the passengers of a bus, a train, a
ferry or a matatu, who cannot walk away till the next stop ("sing karaoke on the tram,
captive audience", "lead the passengers in a hymn all the way into town"); humming
to oneself with headphones on asks nothing of them."""
