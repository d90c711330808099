"""Footage and screenshots that are the user's own, in words that read like filming people.

"The filming is shaky" on the user's own skate part, a friend asked to "film my line" (a
run down a slope or a skatepark), "play my own song at the open mic and have my phone film
it", "the screenshots from the app" taken to a manager to
show a pay slip short: the camera is on the user or on their own records, never on
someone who did not agree. `RECORDED` in `core.asks.conduct` reads these words as filming
people ("film the line at the bank", "screenshot her texts"), so the slots read it on the
text with these spans blanked out. It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import words

RUN = (
    r"(?:line|lines|run|runs|trick|tricks|set|routine|part|ride|descent|drop|jump|landing|kickflip"
    r"|grind|wave|lap|laps|climb|attempt|solo)"
)
"""A run or a trick of the user's own, which a friend films ("film my line")."""
_OWN_ACT = (
    r"(?:song|songs|set|piece|track|poem|speech|talk|routine|number|stand-?up|monologue|solo"
    r"|spoken word|verse|part|parts|lines|harmony|aria|scales)"
)
"""What the user plays or says on a stage, then has a phone on a stand film: their own act."""
_QUALITY = (
    r"(?:is|was|isn't|wasn't|looks?|'s) (?:\w+ )?(?:shaky|wobbly|bad|rubbish|terrible|awful|mid"
    r"|amateur|rough|blurry|dark|poor|meh|not great|ok|okay)"
)
_RECORDS = (
    r"(?:app|apps|order|orders|booking|receipt|receipts|payslip|payslips|pay ?slip|wage slip|pay"
    r"|hours|timesheet|rota|shifts?|account|bank|statement|tracking|deliveries|stops|invoice"
    r"|invoices|tickets?|portal|system)"
)
"""The user's own records: screenshots of them are evidence, not someone's private words."""
_OWN_EVENT = (
    r"(?:competition|contest|gig|show|recital|race|match|game|performance|talk|speech|graduation"
    r"|exhibition|debut|fight|bout|heat|audition|tournament|concert|open mic|premiere)"
)
"""An event that is the user's own ("come to my first nail competition and film it")."""
_THING = (
    r"(?:recipes?|notes?|handwriting|lists?|receipts?|menu|letters?|documents?|forms?|patterns?"
    r"|plans?|drawings?|paintings?|sketch\w*|cake|dish|bread|garden|homework|instructions"
    r"|diagram|timetable|schedule|map)"
)
"""A thing photographed, not a person: "a photo of her paparajotes recipe"."""
_MADE_TO_RECORD = (
    r"(?:voice-?over|voice over|narration|intro|outro|jingle|track|song|vocals?|harmony|demo"
    r"|audiobook|greeting|voicemail|answerphone message|podcast intro)"
)
"""Something the person asked records in their own voice for the user ("record the voiceover
for my school project"): their own performance, made on request, not a person recorded."""

_SCENE = (
    r"(?:view|views|sunset|sunrise|skyline|scenery|landscape|waterfall|northern lights|aurora"
    r"|fireworks|city lights|storm|clouds|waves)"
)
"""A view with nobody in it: "a video of the view from the bridge"."""
_OWN_KIDS = (
    r"(?:kids|children|son|daughter|sons|daughters|boys|girls|baby|little ones|twins|toddler"
    r"|grandkids|grandchildren|grandson|granddaughter)"
)
"""The user's own children, filmed at a family moment ("when they open their presents")."""
_SOMEONE_IN_IT = (
    r"(?:into|through (?:the|their|her|his) windows?|neighbou?rs?|bedrooms?|people|strangers?"
    r"|girls|women|couples?|bath|naked|nude|changing|crying|tantrum|post|upload|share|online"
    r"|tiktok|insta\w*|youtube|friends|classmates|teachers?|nanny)"
)
"""Someone else's window or a stranger in shot, or the clip put online: no longer a view or a
family moment kept for the family."""

OWN_FOOTAGE = words(
    r"(?:film|record|video|tape)\w* (?:me|myself|us) (?:doing|giving|presenting|hosting|showing"
    r"|making|teaching|explaining|reviewing|walking)\b(?:(?!\b(?:strangers?|people|them|him|her"
    r"|someone|everyone|customers|guests|tenants|ask\w*|prank\w*)\b)[^.!?;]){0,50}?\b(?:for|on)"
    r" (?:my|our) (?:own )?(?:youtube|channel|vlog|tiktok|insta\w*|ig|page|reels?|story|stories"
    r"|portfolio|website|course)\b",
    r"(?:film|record|video|tape)\w* (?:me|myself|us) (?:sing|danc|play|cook|bak|paint)\w*"
    r"(?! (?:with|for|to|at) (?:strangers?|people|them|him|her|someone|customers))\b",
    rf"(?:the|my|our) (?:\w+ )?(?:filming|footage|camera ?work|video|editing) {_QUALITY}",
    rf"(?:film|record|video|shoot|clip)\w* (?:my|our) (?:(?:first|last|best|whole|full|new|next"
    rf"|final|big|\w+est) )?{RUN}",
    rf"(?:bring|take|show|attach|print|send|have|keep|with) (?:\w+ ){{0,2}}?screenshots? (?:from"
    rf"|of) (?:the|my|our) (?:\w+ )?{_RECORDS}",
    rf"(?:bring|take|show|attach|print|send|have|keep|with) (?:the|my|our) (?:\w+ )?{_RECORDS}"
    r" screenshots?",
    rf"(?:play|sing|perform|rap|read|do|practi[sc]e|rehearse)\w* my (?:own |new |first )?{_OWN_ACT}"
    r"\b[^.!?;]{0,80}\b(?:film|record|video|tape)\w* (?:it|me|myself)\b",
    r"(?:play|sing|perform|rap|read|do)\w* (?:\w+ ){0,3}at (?:the|an|a|my) (?:\w+ )?(?:open[- ]mic"
    r"|talent show|karaoke|gig|recital)\b[^.!?;]{0,60}\b(?:film|record|video|tape)\w* (?:it|me"
    r"|myself)\b",
    r"(?:my|our) (?:own |new |latest |first )?(?!phone|camera|dashcam|voice|pocket|bag|purse"
    r"|handbag|backpack|jacket|coat|sleeve)(?:\w+ )?"
    r"(?:recording|demo)s?(?! (?:of|them|him|her|the|people|everyone|strangers|someone)\b)",
    rf"(?:film|record|video|tape)\w* (?:me|myself)(?: on my (?:phone|camera))? (?:trying|doing"
    rf"|landing|attempting|skating|surfing|riding|jumping|practi[sc]ing|on) (?:(?:the|my|a) )?"
    rf"(?:\w+ )?{RUN}\b(?:(?:(?!strangers?|people|them|him|her|someone)[^.!?;]){{0,40}}?\b(?:for"
    r"|on) my (?:insta|instagram|ig|tiktok|story|stories|channel|page|reels?))?",
    rf"my (?:\w+ ){{0,3}}{_OWN_EVENT}\b[^.!?;]{{0,30}}\b(?:film|record|video|tape)\w* it\b",
    rf"(?:photo|picture|pic|scan|snap)s? of (?:her|his|their|my|the|your) (?:\w+ )?{_THING}",
    rf"record\w* (?:a|the|my|our|his|her|their) (?:\w+ )?{_MADE_TO_RECORD}",
    r"(?:hide|hides|hiding|hid) (?:behind|from) (?:the|my|a|any|every) (?:camera|lens)e?s?\b",
    r"(?:to|if (?:he|she|they)(?:'d| would| could| can| will)?) (?:film|record|video|tape)\w*"
    r" (?:the|a|their|his|her|a quick|a short) (?:product |quick |short )?(?:demo|demonstration)s?"
    r" of (?:the|a|this|that|how|their|it)\b",
    rf"(?:film|record|video|shoot|tape|capture|photograph|snap)\w* (?:a |the )?(?:\w+ )?(?:video"
    rf" |clip |timelapse |time-lapse |photo |picture |pic )?(?:of )?the (?:\w+ )?{_SCENE}\b"
    rf"(?![^.!?;]{{0,50}}\b{_SOMEONE_IN_IT})",
    r"(?:film|record|video|tape)\w* (?:me|myself|us) (?:dancing|singing|rapping|cooking|skating"
    r"|surfing|lifting|playing|performing|modelling|modeling|posing|walking|running|swimming"
    r"|practi[sc]ing|doing (?:my|a|the))\b(?![^.!?;]{0,40}\b(?:strangers?|people|them|him|her"
    r"|someone|everyone|ask\w*|prank\w*)\b)",
    r"(?:my|our) (?:(?:own|full|whole|bare|new|natural|everyday|glam) )?faces?\b(?!')",
    rf"(?:film|record|video|tape|photograph|snap)\w* (?:my|our) (?:own )?{_OWN_KIDS}(?:'s?)?"
    rf" (?:(?:faces?|reactions?|smiles?) )?(?:when|as|while) (?:they|he|she) (?:open|opens"
    rf"|unwrap|unwraps|see|sees|blow|blows|find|finds|meet|meets|take|takes)\b"
    rf"(?![^.!?;]{{0,60}}\b{_SOMEONE_IN_IT})",
    r"(?:stream|streaming|livestream\w*|broadcast\w*) (?:my|our) (?:own )?(?:[\w-]+ ){0,2}?"
    r"(?:games?|gaming|gameplay|matches|ranked|runs?|speedruns?|playthroughs?|coding|drawing"
    r"|painting|practice|cooking)\b(?! (?:\w+ ){0,4}?(?:with|and) (?:my|the|a|some) (?:\w+ )?"
    r"(?:friends?|mates?|sister|brother|girlfriend|boyfriend|partner|kids?|flatmates?|roommates?"
    r"|neighbou?rs?|people|strangers?|customers|guests))(?: on (?:twitch|youtube|kick|tiktok)"
    r"(?: with (?:my |the )?(?:cam|camera|face ?cam|webcam) on)?)?",
    r"(?:how to|teach me to|show me how to|help me|learn to) (?:send|record|use|play|listen to)\w*"
    r" (?:a |my )?(?:voice (?:notes?|messages?|memos?)|audio messages?)",
    r"(?:tips|advice|ideas|pointers|help|a few pointers) (?:\w+ ){0,2}?(?:for|on|about|with)"
    r" (?:my|our) (?:own )?(?:instagram|insta|ig|tiktok|channel|page|account|feed|grid|reels?"
    r"|youtube|vlog|blog|profile|photos?|photography|content)\b",
)
"""The user's own filming or records, in words the recording lexicons read as people: also a song
sung at an open mic and filmed, "my ghazal recording" sent to an open call, a friend filming the
user's own trick or the user's own event, a photo of a thing (a recipe), a voiceover recorded for
the user, "I always hide behind the camera" (the user as the one taking the photos) or "stop hiding
from the camera" (the user shy of their own photo), a shop assistant asked to film the demo of a
coffee machine on the user's phone (the machine shown, by the one holding the camera), the user
filmed dancing by whoever holds the phone, and the user's own face ("my full face transformation
reel"), and the user filmed doing a tour or a tutorial for their own channel ("film me doing the
walkthrough tour for my YouTube"), the user's own games streamed with their own camera on ("stream
my CS games on twitch with cam on"), the user learning to send a voice note, and tips asked for the
user's own account ("10 min of tips for my instagram"): the camera on the user, the channel theirs.
"""
