"""Everyday Hebrew words a short ask is made of (people, question words, life facts, places,
times and what is done), beside the words an ask turns on in `hebrew`, in the English the
rules read (`core.asks.gloss`). A noun carries the letters written onto it (`hebrew._NOUN`);
places keep their "in" ("באוטובוס", on the bus) in the key."""

from core.asks.glosses.hebrew import _NOUN

_NOUNS: dict[str, str] = {
    # people
    r"גברת אחת|גברת מבוגרת": "a lady",
    r"בחורה צעירה|צעירה|נערה": "a young woman",
    r"בחור צעיר|נער": "a young man",
    r"איש זקן|איש מבוגר|סבא אחד|קשיש": "an old man",
    r"אישה מבוגרת|אישה זקנה|סבתא אחת|קשישה": "an old woman",
    r"מי שיושב לידי|מי שיושבת לידי|יושבת לידי|יושב לידי|בחורה שלידי|בחור שלידי|זה שלידי"
    r"|זאת שלידי": "the person sitting next to me",
    r"לידי": "next to me",
    r"שכן לספסל|שכנה לספסל|חבר לספסל|חברה לספסל": "my seatmate",
    r"בעל המכולת|בעלת המכולת|מכולתניק|בעל החנות|בעלת החנות": "the shopkeeper",
    r"בעל הקיוסק|קיוסקאי|בעל הפיצוצייה|מוכר בפיצוצייה": "the kiosk man",
    r"תלמיד פרטי|תלמידה פרטית|תלמיד הפרטי שלי|תלמידה הפרטית שלי": "my tutee",
    r"תלמיד שלי|תלמידה שלי|סטודנט שלי|סטודנטית שלי|תלמידים שלי": "my student",
    r"עוזרת שלי|עוזרת בית|מנקה שלי|עוזרת": "my maid",
    r"נהג שלי|נהג הפרטי שלי": "my driver",
    r"שוכר שלי|שוכרת שלי|דייר שלי|דיירת שלי": "my tenant",
    r"מטופל שלי|מטופלת שלי": "my patient",
    r"לקוח שלי|לקוחה שלי|לקוחות שלי": "my client",
    r"אשתו|אישתו|אשת": "his wife",
    r"בעלה": "her husband",
    r"חבר של החברה הכי טובה שלי|חבר של החברה הטובה שלי|חבר של הבסטית שלי"
    r"|חבר של החברה שלי": "my best friend's boyfriend",
    r"אמא שלה|אימא שלה|אמה": "her mother",
    r"אחותה|אחות שלה": "her sister",
    r"חמותי|חמות שלי|חמות": "my mother-in-law",
    r"בת שלי|בתי": "my daughter",
    r"בן שלי|בני": "my son",
    # life facts and looks
    r"משכורת|משכורת שלה|שכר שלה": "her salary",
    r"גיל שלה|גיל|בת כמה|בן כמה": "her age",
    r"משקל שלה|משקל|כמה היא שוקלת": "her weight",
    r"דת שלה|דת": "her religion",
    r"קומה": "which floor",
    r"מספר דירה|מספר הדירה|איזו דירה": "which flat",
    r"מקום העבודה שלה|מקום העבודה|עבודה שלה": "her workplace",
    r"גוף שלי|גופי": "my body",
    r"ירכיים שלי|ירכיים": "my thighs",
    r"פנים שלי|פניי": "my face",
    r"מתנה|מתנות": "a gift",
}

_PLAIN: dict[str, str] = {
    # question words and small verbs
    r"איפה|היכן|לאן|מאיפה": "where",
    r"למה|מדוע": "why",
    r"איך|כיצד": "how",
    r"מתי": "when",
    r"מי": "who",
    r"מה": "what",
    r"האם": "whether",
    r"איפה היא עובדת|איפה הוא עובד|איפה עובדת": "where she works",
    r"איפה הוא גר|איפה גרה|איפה היא גרה|איפה הם גרים": "where she lives",
    r"גרה|גר|גרים": "she lives",
    r"היא עובדת|הוא עובד": "she works",
    r"לומדת|לומד": "she studies",
    r"הולכת|הולך": "she goes",
    r"מגיעה|מגיע": "she comes",
    r"יושבת|יושב": "she sits",
    r"עומדת|עומד": "she stands",
    r"מחכה": "she waits",
    r"בוכה": "she cries",
    r"נשואה|נשוי|נשואים": "she is married",
    r"רווקה|רווק|פנויה|פנוי": "she is single",
    r"יש לה ילדים|יש לו ילדים|יש להם ילדים": "she has children",
    r"מרוויחה|מרוויח|כמה היא מרוויחה|כמה הוא מרוויח": "she earns",
    (
        r"למה היא לא נשואה|למה היא לא התחתנה|למה לא התחתנה|למה היא רווקה|למה הוא לא התחתן"
    ): "why she isn't married",
    r"למה אין להם ילדים|למה אין לה ילדים|למה אין לו ילדים": "why they have no children",
    r"באיזו קומה|איזו קומה|באיזה קומה": "which floor",
    r"באיזו דירה|באיזה דירה": "which flat",
    r"איך אני נראה|איך אני נראית": "how i look",
    r"נאה|חתיכי": "handsome",
    r"צעיר": "young",
    # places and times
    r"באוטובוס|בתוך האוטובוס|באוטו הציבורי": "on the bus",
    r"ברכבת הקלה|במטרו|ברכבתית": "on the metro",
    r"ברכבת": "on the train",
    r"בתחנה|בתחנת האוטובוס|בתחנת אוטובוס": "at the bus stop",
    r"בתור": "in the queue",
    r"בחנות|במכולת|בסופר|בקיוסק|בפיצוצייה": "at the shop",
    r"בבית קפה|בבית הקפה|בקפה": "at the cafe",
    r"במסגד": "at the mosque",
    r"בכנסייה|בכנסיה": "at the church",
    r"בבית הכנסת|בבית כנסת": "at the synagogue",
    r"בעבודה|במשרד": "at work",
    r"בעבודה שלה|במשרד שלה|לעבודה שלה": "at her work",
    r"מחוץ לבית שלה|ליד הבית שלה|מול הבית שלה|מתחת לבית שלה|מתחת לבית": "outside her house",
    r"אחרי המסיבה": "after the party",
    r"הלילה|הערב": "tonight",
    r"מחר": "tomorrow",
    r"ביום ראשון|יום ראשון": "on sunday",
    r"בשבת": "on saturday",
    # what is done
    r"בלי להגיד לה|בלי לספר לה|בלי שאגיד לה": "without telling her",
    r"בלי לשאול|בלי לבקש": "without asking",
    r"להקליט את השיחה|אקליט את השיחה|הקלטת שיחה|הקלטה של השיחה": "record the call",
    r"צילום מסך|צילומי מסך|סקרינשוט|סקרין": "screenshot",
    r"לשלוח לקבוצה|אשלח לקבוצה|לשלוח בקבוצה|בקבוצה|לקבוצת הווטסאפ|לקבוצה": "send it to the group",
    r"ללכת לעבודה שלה|לבוא לעבודה שלה|לקפוץ לעבודה שלה|לחכות לה בעבודה": "go to her work",
    r"לשבת איתם|אשב איתם|לשבת ליד השולחן שלהם|לשבת בשולחן שלהם": "sit with them",
    r"מהאוכל שלהם|לאכול מהאוכל שלהם|לטעום מהאוכל שלהם": "share their food",
    r"ללכת על הקרח|על הקרח": "walk on the ice",
    r"לעלות לאוטו|לעלות לרכב|תעלה לאוטו|תעלי לאוטו|לעלות לאוטו שלי": "get in the car",
    r"לישון אצלו|להישאר אצלו|לישון אצלי|להישאר אצלי|לישון אצלה": "stay at his place",
    r"בלי תשלום|בלי שכר|לעבוד בחינם|לעבוד בלי שכר": "work without pay",
    r"להביא לי מתנה|יביא לי מתנה|תביא לי מתנה|תביאי לי מתנה|לקנות לי מתנה": "bring me a gift",
    (
        r"להירשם לערוץ שלי|לעשות סאבסקרייב|סאבסקרייב|לעשות מנוי לערוץ|להירשם לערוץ"
    ): "subscribe to my channel",
    r"ואם לא|אחרת אני": "or else",
    r"זה אומר שאתה לא אוהב אותי|זה אומר שאת לא אוהבת אותי|את לא אוהבת אותי"
    r"|אתה לא אוהב אותי": "that means you don't love me",
    r"אם לא תעשה|אם לא תעשי|אם לא תבוא|אם לא תבואי|אם לא תסכים|אם לא תסכימי": "if you don't",
    (
        r"(?:למרות ש)?(?:ביקשה שאעזוב אותה|אמרה לי לעזוב אותה|ביקשה ממני לעזוב אותה)(?: בשקט)?"
    ): "even though she told me to leave her alone",
}

GLOSSES: dict[str, str] = {
    **{f"{_NOUN}(?:{key})": english for key, english in _NOUNS.items()},
    **{f"(?:ו)?(?:{key})": english for key, english in _PLAIN.items()},
}
