"""Hausa words an ask turns on, in the English the rules read (`core.asks.gloss`).

Hausa is typed with its hooked letters (ɓ, ɗ, ƙ) or without them (b, d, k), so a key
holds both. "kudi" (money) is also Punjabi "girl" (`hindustani`), so it is written only
with its hook or its endings; the short words Hausa shares with other languages ("da",
"ta", "ko", "min") are written only inside phrases.
"""

GLOSSES: dict[str, str] = {
    # asking, telling, inviting
    r"tambaya|tambayi|tambaye|tambayar|tambayeta|tambayarta|tambaye ta|tambaye shi": "ask",
    r"roka|roki|roke|rokon|roketa|rokar|nemi|neman": "ask for",
    r"gaya mata|gaya masa|gayawa|fada mata|fada masa|fadawa|fa[dɗ]a mata": "tell",
    r"gayyata|gayyaci|gayyace|gayyaceta|gayyatar": "invite",
    r"zama budurwata|ta zama budurwata|soyayya da ni|mu yi soyayya": "be my girlfriend",
    r"mu fita|fita da ni|fita tare|zance da ita": "out on a date",
    r"gane inda|bincika|binciko": "find out",
    # lending, giving, paying, borrowing
    r"ranta min|ranta mini|ranta mani|ara min|aro min": "lend me",
    r"rance|rancen|bashi|ba ni bashi": "a loan",
    r"ba ni|ba mani": "give me",
    r"ba ni ku[dɗ]i\w*|ba mani ku[dɗ]i\w*": "give me money",
    r"biya|biyan|biya min|biya mini": "pay",
    r"saya min|saya mini|siya min|siya mini|sayo min": "buy me",
    r"kyauta|a kyauta|ba tare da biya\w*": "for free",
    r"ku[ɗ]i\w*|kudin\w*|kudade|kudina|naira|nera|dubu (?:daya|biyu|uku|biyar|goma)": "money",
    r"ragi|rangwame|ragin farashi": "a discount",
    r"mayar min da ku[dɗ]i\w*|dawo min da ku[dɗ]i\w*|mayar da ku[dɗ]ina": "a refund",
    r"ina bin (?:ka|ki|ta|shi) bashi|kana bina|kina bina|tana bina": "you owe me",
    # calling, messaging, contact details
    r"kiran|kirata|kira ta|buga mata waya|buga masa waya": "call",
    r"tura mata sako|tura masa sako|aika mata sako|sakon waya|yi mata tes": "message",
    (
        r"lambar wayarta|lambarta|nambarta|nambar wayarta|lambar waya|nambar waya|lamba"
    ): "her phone number",
    r"gidanta|inda take zaune|inda take da zama|adireshinta|adireshin gidanta": "her home address",
    r"(?:instagram|insta|facebook|tiktok|snapchat) (?:dinta|ɗinta|nata)": "her instagram",
    # filming, photographing, posting
    r"[dɗ]auki bidiyo\w*|[dɗ]aukar bidiyo\w*|[dɗ]auke ta a bidiyo|yi bidiyo\w*|na[dɗ]ar": "film",
    r"[dɗ]auki hoto|[dɗ]aukar hoto|[dɗ]auke ta hoto|hotonta|hoto": "a photo",
    (
        r"sa a intanet|saka a (?:intanet|facebook|tiktok|instagram|status)|wallafa|yada shi"
    ): "post it online",
    r"a [bɓ]oye|ba tare da saninta\w*|ba tare da saninsa\w*|ba da saninta": "without them knowing",
    # pretending, lying
    r"yi kamar ni|yi kamar|nuna kamar|nuna cewa ni|ce ni ne": "pretend to be",
    r"yi karya|yi mata karya|yaudara|yaudari|yaudare": "lie",
    r"na bogi|jabu": "fake",
    # blocking, following, waiting
    r"ta toshe ni|ya toshe ni|ta yi min block|ta block\w* ni|ta blocking ni|toshe ni": "blocked me",
    (
        r"sabon account|sabuwar account|wani account|sabon layi|wata lamba|sabuwar lamba"
    ): "from a new account",
    r"bi ta|bin ta|bibiye ta|bibiyarta|bi bayanta": "follow",
    r"jira ta|jiran ta|jirata|jirarta": "wait for",
    # touch, closeness
    r"rungume|rungumi|rungumeta|rungume ta|rungumar": "a hug",
    r"sumba|sumbace|sumbaci|sumbanta|sumbata": "a kiss",
    r"ta[bɓ]a jikinta|ta[bɓ]ata|ta[bɓ]a ta|shafa jikinta|shafa ta|shafe ta|lallaba ta": "touch",
    r"(?:ri[kƙ]e|kama) hannunta": "hold her hand",
    # meeting, going out, driving
    r"ha[dɗ]u|mu ha[dɗ]u|ganawa": "meet",
    r"abincin dare|cin abinci": "dinner",
    r"kai ni gida|[dɗ]auke ni|rage min hanya": "give me a lift",
    # threats, force, pressure, begging
    r"yi barazana|tsoratar|tsorata ta|yi mata barazana": "threaten",
    r"tilasta|tilasta mata|tilas": "make them",
    r"dage|matsa mata|matsawa|takura mata": "keep asking",
    r"lallashi|lallasa|ro[kƙ]o": "beg",
    r"har sai ta yarda|har ta yarda|har sai ta ce (?:eh|i)|har ta amince": "until she says yes",
    # again, after a no
    r"(?:in|zan|na|ya|ta) sake|sake tambaya\w*|sake kira\w*|kullum|kullun|kowace rana": "again",
    r"(?:ko da yake|duk da) (?:ta ce a'?a|ta [kƙ]i|ba ta so|bata so)": "even though she said no",
    r"ta ce a'?a|ta [kƙ]i|ta hana|ta ki amincewa": "said no",
    r"a gaban kowa|a gaban mutane|a bainar jama'?a": "in front of everyone",
    r"ta hannun kawarta|ta kawarta|ta hanyar kawarta|ta hannun abokinta": "through her friend",
    # people
    r"ba[kƙ]o|ba[kƙ]uwa|ba[kƙ]in mutum|wanda ban sani ba|wadda ban sani ba": "a stranger",
    r"mai wucewa|masu wucewa|masu tafiya a hanya": "a passer-by",
    r"namiji|wani mutum|mutumin": "a man",
    r"wata mace|wata mata|macen|matar nan": "a woman",
    r"yarinya|yarinyar|budurwa|budurwar|wata yarinya": "a girl",
    r"saurayinta|mijinta": "her boyfriend",
    r"budurwata|saurayina|matata|mijina": "my partner",
    r"yaran|[kƙ]aramin yaro|[kƙ]aramar yarinya": "a child",
    r"mai hidima|mai kawo abinci|weita": "the waiter",
    r"mai kar[bɓ]ar ku[dɗ]i|mai karbar kudi": "the cashier",
    r"mai shago|mai sayarwa|mai tireda|[dɗ]an kasuwa|yar kasuwa": "the shop assistant",
    r"direba|direban|[dɗ]an acaba|mai adaidaita sahu|mai keke napep": "the driver",
    r"mai jinya|ma['’]?aikaciyar jinya": "the nurse",
    r"likita|likitan|likitoci": "the doctor",
    r"malami|malamin|malama|malamar": "the teacher",
    r"mai gadi|maigadi": "the guard",
    r"[dɗ]an sanda|yan sanda": "a police officer",
    r"kwastoma|abokin ciniki|mai saye": "a customer",
    r"majiyyaci|mara lafiya|maras lafiya": "a patient",
    r"[dɗ]ali[bɓ]ina|[dɗ]ali[bɓ]ata": "my student",
    r"[dɗ]ali[bɓ]i|[dɗ]ali[bɓ]ai|[dɗ]ali[bɓ]a": "a student",
    r"ma['’]?aikacina|ma['’]?aikaciyata|yar aikina|yaron aikina|mai aikina": "my employee",
    r"abokin aikina|abokiyar aikina|abokan aikina": "my colleague",
    r"ogana|oga na|shugabana|manajana|oga": "my boss",
    r"mai gidan haya|mai gidana": "my landlord",
    r"[dɗ]an haya|yan haya|mai haya": "my tenant",
    r"ma[kƙ]wa[bɓ]ci\w*|ma[kƙ]wa[bɓ]ta": "my neighbour",
    r"abokina|abokiyata|kawata|aboki|abokiya": "my friend",
    r"tsohuwar budurwata|tsohon saurayina|tsohuwar matata|tsohon mijina": "my ex",
    (
        r"mahaifiyata|mahaifina|babana|mamana|innata|yayata|kanwata|[dɗ]an uwana|yar uwata"
    ): "my family",
    # looks
    r"kyakkyawa|kyakkyawar|kyau|mai kyau": "attractive",
    r"mummuna|muni": "ugly",
    r"mai [kƙ]i[bɓ]a|[kƙ]i[bɓ]a|kiba": "fat",
    r"siririya|siriri": "thin",
    r"ko na yi [kƙ]i[bɓ]a|ko ina da [kƙ]i[bɓ]a|ko ina da kiba": "if i look fat",
    # when, where, how
    r"da dare|cikin dare|tsakar dare": "at night",
    r"ni ka[dɗ]ai|ita ka[dɗ]ai|mu ka[dɗ]ai": "alone",
    r"buguwa|bugagge|ta bugu|ya bugu|tana maye|maye": "drunk",
    r"gyara|gyaran|gyara min|gyara mini": "repair",
    r"[kƙ]arin albashi|[kƙ]ara albashi": "a raise",
    r"hutu|hutun kwana|ranar hutu|izinin hutu": "a day off",
    r"hanyar zuwa|yadda zan je|yadda zan isa|nuna min hanya": "directions",
    r"ba da shawara|bada shawara|shawarci|shawara": "recommend",
    # function words
    r"idan|in dai": "if",
    r"saboda|domin": "because",
    r"tare da ni": "with me",
    r"tare da ita": "with her",
    r"tare da": "with",
    r"ita": "her",
    r"a'a": "no",
}
