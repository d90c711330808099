"""Marathi words an ask turns on, as typed in chat in Latin letters, in the English the rules
read (`core.asks.gloss`).

Marathi is typed the way Hinglish is, English nouns ("college canteen", "voice note") between
Marathi case endings and verbs, but its words are not Hindi's: "madhe" (in), "mitrachi" (a
friend's), "sagalyanna" (to everyone), "aikvaychi" (to play to someone), so a friend's
private voice note played to the whole canteen read as nothing at all.
"""

GLOSSES: dict[str, str] = {
    # asking, telling, playing, sending
    r"vicharaycha|vicharaychi|vichar(?:u|te|to|na|nar)|vicharun": "ask",
    r"magaycha|magaychi|mag(?:u|te|to|nar)|magun": "ask for",
    r"sangaycha|sangaychi|sang(?:u|te|to|na|nar)|sangun": "tell",
    (
        r"(?:sagalyanna|saglyanna|sagalyana|sarvanna|sagalyan(?:na)?) (?:aikv|aikav)\w*"
        r"|(?:aikv|aikav)\w* (?:sagalyanna|saglyanna|sagalyana|sarvanna)"
    ): "play to everyone",
    r"aikvaychi|aikvaycha|aikvaychya|aikavnar|aikavto|aikavte|aikvun|aikav": "play",
    r"pathvaychi|pathvaycha|pathav(?:u|to|te|nar)|pathvun|forward karaychi": "send",
    r"group var|group madhe|groupla|group la": "to the group",
    r"sagalyanna|saglyanna|sagalyana|sarvanna": "to everyone",
    # whose
    r"mitrachi|mitracha|mitrachya|maitrinichi|maitrinicha|maitrinichya": "my friend's",
    r"mitrala|maitrinila|mitra|maitrin": "my friend",
    r"majhi|majha|majhya|maza|mazi|mazya": "my",
    r"swatahchi|swatachi|swatahcha|swatacha|swatahchya": "my own",
    r"tichi|ticha|tichya": "her",
    r"tyachi|tyacha|tyachya": "his",
    # where, when
    r"madhe|madhye|mdhe": "in",
    r"udya": "tomorrow",
    r"aaj|aj": "today",
}
