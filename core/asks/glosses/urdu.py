"""Urdu words an ask turns on, in Urdu script, in the English the rules read
(`core.asks.gloss`).

Urdu is read with the Hindustani glossaries (`READS_WITH`), which hold its Latin letters, its
Devanagari twin and the commonest Urdu words; this module holds what Urdu asks are made of
beyond those: who is asked ("ٹیوشن والے سر", the tuition teacher; "ساتھ بیٹھی آنٹی", the
auntie sitting next to me), what for ("گلے لگا لیں", to hug me; "اکیلے ملیں گے", will meet me
alone; "انکار ریکارڈ کر کے", their no recorded) and the words round them. Urdu puts the verb
last ("آنٹی سے پوچھنا کہ ...", ask the auntie whether ...), so a question is read by its
"کہ کیا" (whether) and a thing and its verb are glossed together. Keys are written in Urdu
letters ("ی", "ک", "ہ", "ے"), which the Arabic keys (written "ي", "ك") do not match; words that
are Persian as well are left to `persian`."""

READS_WITH = ("hindustani",)
"""An ask in Urdu is read with the Hindustani glossaries too (`core.asks.glosses.LANGUAGES`)."""

GLOSSES: dict[str, str] = {
    # asking and telling
    r"پوچھ(?:وں گا|وں گی| لوں| لینا| کر|نے)": "ask",
    r"کہ کیا|کہ آیا|اور کیا": "whether",
    r"(?:میرے )?ساتھ ڈانس کرنے کا|ڈانس کرنے کا|ساتھ ناچنے کا": "to dance with me",
    # people
    r"کلاس (?:کی|والی) لڑکیوں|کلاس (?:کی|والی) لڑکیاں": "the girls in class",
    r"لڑکیوں|لڑکیاں": "girls",
    r"لڑکے|لڑکوں": "boys",
    r"لوگوں|لوگ": "people",
    r"(?:اپنے |میرے )?ٹیوشن (?:والے|والی|کے) (?:سر|میڈم|ٹیچر|استاد)|ٹیوشن ٹیچر": (
        "my tuition teacher"
    ),
    r"(?:ساتھ|برابر|بغل) (?:میں |والی سیٹ پر )?(?:بیٹھی|بیٹھا|بیٹھے)": "sitting next to me",
    r"کینٹین والے(?: بھائی)?|کینٹین والا": "the canteen guy",
    # looks, liking, meeting
    r"(?:میں )?(?:موٹی|موٹا) (?:لگتی|لگتا) ہوں|(?:میں )?(?:موٹی|موٹا) ہوں": "i look fat",
    r"(?:میں )?(?:بدصورت|بری) (?:لگتی|لگتا) ہوں": "i look ugly",
    r"مجھے پسند کرت(?:ے ہیں|ا ہے|ی ہے)": "like me",
    r"(?:وہ )?مجھ سے اکیلے(?: میں)? مل(?:یں|ے|و) گ(?:ے|ا|ی)": "he will meet me alone",
    r"ویلنٹائن(?: کارڈ| ڈے)?": "a valentine card",
    r"دے کر": "giving",
    # life facts
    r"(?:ان کی |اس کی )?طلاق کیوں(?: ہوئی)?": "why she got divorced",
    r"طلاق": "divorce",
    # touch
    r"(?:مجھے )?گلے لگا (?:لیں|لو|لے|دیں|لیجیے)": "to hug me",
    # filming and posting
    r"ریکارڈ (?:کر کے|کرکے|کرنا|کروں)": "record",
    r"(?:ان کا|ان کے) انکار": "their refusal",
    r"(?:انسٹا|انسٹاگرام|ٹک ٹاک|یوٹیوب|فیس بک) پر (?:ڈالنا|ڈالوں|ڈال دوں|لگانا|اپلوڈ کرنا)": (
        "post it on instagram"
    ),
    # where, danger
    r"سی ویو پر|ساحل پر|بیچ پر|سمندر کنارے": "at the beach",
    r"(?:دوستوں کی )?شرط (?:پر|لگا کر)": "on a dare",
    r"(?:چلتی )?(?:گاڑیوں|ٹریفک) کے (?:بیچ|درمیان)(?: میں)?": "between the cars",
    r"(?:چلتی )?(?:گاڑیوں|ٹریفک) کے (?:بیچ|درمیان)(?: میں)? کھڑ(?:ے|ا|ی) ہو ?کر": (
        "standing between the cars"
    ),
    r"لفٹ مانگ(?:نا|وں)|لفٹ": "ask for a lift",
    r"(?:شاہراہ(?: فیصل)?|ہائی وے|موٹر وے)(?: پر)?": "on the highway",
    r"سڑک پر|سڑک کے بیچ": "on the road",
    # function words
    r"اور": "and",
}
