"""Hindi words an ask turns on, in Devanagari, in the English the rules read
(`core.asks.gloss`).

Hindi is read with the Hindustani glossaries (`READS_WITH`), which hold its commonest words
in both its scripts and in Latin letters; this module holds the Devanagari phrases that name
who is asked and what for beyond those: whoever sits at a counter ("खिड़की वाली दीदी", the
woman at the window), a place that makes a ride a risk ("जीप की छत पर", on the jeep's roof),
the user's own rank told before an ask of a junior ("मैं मैनेजर हूँ"), a tie to the other
person's family claimed ("मैं उसके मामा का दोस्त हूँ", I'm his uncle's friend), and the words
round them. Hindi puts the verb last ("ड्राइवर से ... चलाने को कहना", the driver ... to drive,
tell), which the rules read in that order too."""

READS_WITH = ("hindustani",)
"""An ask in Hindi is read with the Hindustani glossaries too (`core.asks.glosses.LANGUAGES`)."""

GLOSSES: dict[str, str] = {
    # who is asked
    (
        r"(?:टिकट )?(?:खिड़की|खिडकी|काउंटर) (?:वाली|वाले|वाला|पर बैठी|पर बैठे|पर बैठा)"
        r"(?: दीदी| भैया| आंटी| अंकल| मैडम| बहन| भाई| लड़की| लड़का)?"
    ): "the clerk at the ticket counter",
    r"(?:अपनी|अपने|मेरी|मेरे) (?:जूनियर|असिस्टेंट|सहायक|कर्मचारी)": "my junior",
    r"जूनियर": "a junior",
    # the user's own sister or mother, asked ("दीदी से", of didi): not a stallholder or a
    # nurse called "didi" as a courtesy ("सब्ज़ी वाली दीदी")
    r"(?<![^\s])(?<!वाली )(?<!वाले )(?<!नर्स )(?:मेरी |अपनी )?(?:दीदी|बहन|बहना|दी)"
    r"(?= से| को)": "my sister",
    r"(?<![^\s])(?<!वाली )(?<!वाले )(?<!नर्स )(?:मेरी |अपनी )?(?:मम्मी|माँ|मां|माता जी|अम्मा)"
    r"(?= से| को)": "my mother",
    r"मैनेजर|बॉस": "the manager",
    r"मैं (?:उसका |उसकी |उनका |उनकी )?(?:मैनेजर|बॉस|मालिक|सीनियर) (?:हूँ|हूं)": "i am the manager",
    r"(?:उसके|उनके|उसकी|उनकी) (?:मामा|चाचा|मौसी|बुआ|चाची|ताऊ|भाई|बहन|पापा|मम्मी) (?:का|की)"
    r" (?:दोस्त|सहेली|जानने वाला|जानने वाली)(?: (?:हूँ|हूं))?": "his uncle's friend",
    # what for
    r"(?:उनका|उसका|उनकी|उसकी) (?:व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप) (?:नंबर|नम्बर)": (
        "her whatsapp number"
    ),
    r"व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप": "whatsapp",
    r"(?:उनका|उसका) (?:नंबर|नम्बर)": "her phone number",
    r"(?:जीप|गाड़ी|बस|ट्रक|कार|ट्रेन|ऑटो) (?:की|के) (?:छत|छत्त) (?:पर|पे)": "on the roof",
    r"बैठ ?कर|बैठ के|बैठे बैठे": "sitting",
    r"(?:और )?(?:तेज़|तेज) (?:चलाने|चलाओ|चलाना|चलाएं|चलाए|भगाने|भगाओ)": "drive faster",
    r"(?:और )?(?:धीरे|आराम से) (?:चलाने|चलाओ|चलाना|चलाएं|चलाए)": "drive slower",
    r"(?:मेरे )?घर का काम": "my housework",
    r"(?:संडे|रविवार|इतवार) को": "on sunday",
    r"कर (?:दे|दें|दो|देना)": "do",
    r"फिर": "then",
    r"डिस्काउंट|छूट": "a discount",
}
