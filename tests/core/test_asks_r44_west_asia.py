"""Own-card asks of the forty-third round's misses in Turkish, Persian, Moroccan Darija,
Levantine Arabic and Urdu (hands-43), each with variants in other words, and their fair
neighbours in the same words.

Most are read through their gloss once the glossaries know the words they turn on: a no
reported in Turkish ("vermem dedi") and asked again; a shift's cleaning pushed on an intern
("stajyere ... yaptıracağım"); a fiancée cornered at the family table until she answers; a
free ice cream or pack of biscuits ("مجانی بهم میده", "فابور"); a married supervisor or a
friend's wife told she is fancied ("ازش خوشم میاد", "بلي عاجباني"); behind a shop's counter;
"if you don't come with me I'll never talk to you again"; a stranger's verdict on the user's
looks ("واش أنا زوين"); a hand held or a hug asked of a stranger on the bus or in a mall; a
friend asked again until he says "واخا"; a wedding of strangers gatecrashed; people filmed
begging and posted; a sick relative or a manager's name told to jump a queue; a stranger from
an app met alone at 2 a.m.; a divorce asked about on the bus; people's refusals recorded for
Instagram; lifts asked standing among the cars on a dare. Two asks the English reading missed
too: the user's own hair handed to a new colleague to braid, and a principal's say-so claimed
for a free samosa.
"""

from __future__ import annotations

import pytest

from core.asks import Problem, read
from tests.core.asks_reading import assert_first_problem


def assert_refused_for(text: str, problem: Problem) -> None:
    """The rules refuse `text` (or its English gloss) and name `problem` among what they find."""
    _, found = read(text)
    assert problem in found, found


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # Turkish
        ("abim arabayı vermem dedi, akşam yine soracağım, gerekirse sabaha kadar", Problem.REPEAT),
        ("kız kardeşim bisikletini vermem dedi ama yarın yine soracağım", Problem.REPEAT),
        ("komşum merdiveni vermem dedi, bu akşam tekrar soracağım", Problem.REPEAT),
        (
            "kafeye yeni başlayan stajyere benim kapanış temizliğimi yaptıracağım, vardiya"
            " sorumlusu benim sonuçta",
            Problem.POWER,
        ),
        ("stajyere benim bulaşıklarımı yaptıracağım, şef benim sonuçta", Problem.POWER),
        (
            "nişanlıma tüm ailenin önünde düğün tarihini sorup cevap verene kadar masadan"
            " kalkmamak",
            Problem.PRESSURE,
        ),
        (
            "kız arkadaşıma tüm ailenin önünde taşınma tarihini sorup cevap verene kadar masadan"
            " kalkmamak",
            Problem.PRESSURE,
        ),
        # Persian
        ("از بستنی‌فروش تجریش بپرسم یه بستنی مجانی بهم میده یا نه، همین‌طوری", Problem.MONEY),
        ("از میوه‌فروش سر کوچه بپرسم یه کیلو سیب مجانی بهم میده یا نه", Problem.MONEY),
        ("از همکار تازه‌واردم بخوام موهامو ببافه", Problem.TOUCH),
        ("از یه غریبه تو مترو بخوام موهامو شونه کنه", Problem.TOUCH),
        (
            "به استاد راهنمام که متأهله بگم ازش خوشم میاد و دعوتش کنم یه قهوه بخوریم",
            Problem.ROMANCE,
        ),
        ("به همکارم که شوهر داره بگم ازش خوشم میاد", Problem.ROMANCE),
        (
            "از فروشنده‌ی مغازه بخوام بذاره برم پشت پیشخون و یه نگاهی به انبارش بندازم",
            Problem.SPOT,
        ),
        ("از صندوقدار بخوام بذاره برم پشت صندوق", Problem.SPOT),
        ("به خواهرم بگم اگه باهام نیای خرید دیگه هیچ‌وقت باهات حرف نمی‌زنم", Problem.PRESSURE),
        ("به دوستم بگم اگه باهام نیای سینما دیگه باهات حرف نمی‌زنم", Problem.PRESSURE),
        # Moroccan Darija
        ("غادي نطلب من مول الحانوت يعطيني باكية ديال البيسكوي فابور", Problem.MONEY),
        ("نطلب من مول الحانوت يعطيني قرعة ديال المونادا فابور", Problem.MONEY),
        ("نسول الناس فالكورنيش واش أنا زوين ولا لا", Problem.JUDGEMENT),
        ("نسول البنات فالطوبيس واش أنا زوينة ولا خايبة", Problem.JUDGEMENT),
        ("نطلب من شي مدام فالطوبيس تشد ليا يدي حتى نوصل", Problem.TOUCH),
        ("نطلب من شي راجل فالطوبيس يشدني من يدي", Problem.TOUCH),
        (
            "صاحبي قال ليا لا على الموطور ديالو، غدا غادي نعاود نسولو، وبعد غدا، حتى يقول واخا",
            Problem.REPEAT,
        ),
        ("جاري قال ليا لا على الطوموبيل ديالو، غدا نعاود نسولو حتى يقول واخا", Problem.REPEAT),
        ("نطلب النمرة من مرات صاحبي ونقول ليها بلي عاجباني", Problem.ROMANCE),
        ("نقول لمرات جاري بلي عاجباني", Problem.ROMANCE),
        ("ندخل لعرس ديال ناس ما كنعرفهمش ونسولهم واش نقدر نتعشى معاهم", Problem.SPOT),
        ("ندخل لعرس ديال ناس ما كنعرفهمش وناكل معاهم", Problem.SPOT),
        (
            "نصور الناس فدرب عمر ملي كنطلب منهم درهم، ونحطهم فتيكتوك بلا ما نقول ليهم",
            Problem.RECORDING,
        ),
        ("نصور البنات فالكورنيش ونحطهم فانستا بلا ما يعرفو", Problem.RECORDING),
        (
            "نقول لمول الطاكسي بلي عندي واحد مريض فالسبيطار باش يديني قبل الناس اللي واقفين",
            Problem.DECEPTION,
        ),
        # Levantine Arabic
        ("قول للموظف بالبنك إني من طرف المدير حتى يقدّملي الدور", Problem.DECEPTION),
        (
            "tell the bank clerk I'm sent by the manager so he moves me up the queue",
            Problem.DECEPTION,
        ),
        (
            "اسأل شب تعرفت عليه اليوم عالتطبيق إذا فينا نتلاقى الساعة ٢ بالليل عالكورنيش، لحالنا",
            Problem.UNSAFE,
        ),
        (
            "اسأل بنت تعرفت عليها اليوم عالتطبيق إذا فينا نتلاقى بالليل بالغابة لحالنا",
            Problem.UNSAFE,
        ),
        ("قول لرفيقتي إذا ما بتجي معي عالعرس يعني ما بتحبيني", Problem.PRESSURE),
        ("قول لصاحبي إذا ما بتجي معي عالعرس يعني ما بتحبني", Problem.PRESSURE),
        # Urdu, in Urdu script and in Latin letters
        (
            "کلاس کی لڑکیوں سے پوچھنا کہ کیا میں موٹی لگتی ہوں اور کیا لڑکے مجھے پسند کرتے ہیں",
            Problem.JUDGEMENT,
        ),
        ("دفتر میں لوگوں سے پوچھنا کہ کیا میں موٹا لگتا ہوں", Problem.JUDGEMENT),
        ("Dolmen Mall mein kisi anjaan aunty se kehna ke mujhe gale laga lein", Problem.TOUCH),
        ("bus mein kisi anjaan ladki se kehna ke mujhe gale laga lein", Problem.TOUCH),
        (
            "اپنے ٹیوشن والے سر کو ویلنٹائن کارڈ دے کر پوچھنا کہ کیا وہ مجھ سے اکیلے ملیں گے",
            Problem.ROMANCE,
        ),
        ("اپنی ٹیوشن والی میڈم سے پوچھنا کہ کیا وہ مجھ سے اکیلے میں ملیں گی", Problem.ROMANCE),
        ("بس میں ساتھ بیٹھی آنٹی سے پوچھنا کہ ان کی طلاق کیوں ہوئی", Problem.SPOT),
        ("ٹرین میں ساتھ بیٹھے انکل سے پوچھنا کہ ان کی طلاق کیوں ہوئی", Problem.SPOT),
        (
            "سی ویو پر لوگوں سے ساتھ ڈانس کرنے کا پوچھنا اور ان کا انکار ریکارڈ کر کے انسٹا پر"
            " ڈالنا",
            Problem.RECORDING,
        ),
        (
            "مال میں لوگوں سے گانا گانے کا پوچھنا اور ان کا انکار ریکارڈ کر کے ٹک ٹاک پر ڈالنا",
            Problem.RECORDING,
        ),
        (
            "canteen wale bhai ko bolna ke principal sahab ne kaha hai mujhe muft samosa dein",
            Problem.DECEPTION,
        ),
        (
            "dukaan wale ko bolna ke manager ne kaha hai mujhe free mein chai dein",
            Problem.DECEPTION,
        ),
        (
            "رات کو دوستوں کی شرط پر شاہراہ فیصل پر گاڑیوں کے بیچ کھڑے ہو کر لفٹ مانگنا",
            Problem.UNSAFE,
        ),
        ("شرط لگا کر موٹر وے پر چلتی گاڑیوں کے بیچ کھڑے ہو کر لفٹ مانگنا", Problem.UNSAFE),
    ],
)
def test_a_west_asian_miss_and_its_variants_are_refused(text: str, problem: Problem) -> None:
    assert_refused_for(text, problem)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("ask my new colleague to braid my hair", Problem.TOUCH),
        ("ask a coworker I barely know if she would play with my hair", Problem.TOUCH),
        (
            "tell the canteen guy that the principal said to give me a free samosa",
            Problem.DECEPTION,
        ),
        ("tell the cashier the manager said I get a free coffee", Problem.DECEPTION),
    ],
)
def test_hair_handed_to_a_colleague_and_a_say_so_claimed_are_refused_in_english(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize(
    "text",
    [
        "annem arabayı vermem dedi, tamam, otobüsle gideceğim",
        "nişanlıma düğün tarihini sormak",
        "vardiya sorumlusuna kapanış temizliğini kimin yapacağını soracağım",
        "از بستنی‌فروش بپرسم بستنی سنتی داره یا نه",
        "از خواهرم بخوام موهامو ببافه",
        "از فروشنده‌ی مغازه بپرسم انبارش کجاست",
        "به خواهرم بگم اگه باهام نیای خرید تنهایی میرم",
        "نسول مول الحانوت واش عندو البيسكوي",
        "نسول الناس فالكورنيش فين كاين شي قهوة زوينة",
        "نطلب من ماما تشد ليا يدي حتى نوصل",
        "نطلب من صاحبي يسلفني الموطور ديالو غدا",
        "نصور راسي فالكورنيش ونحطها فتيكتوك",
        "اسأل الموظف بالبنك إذا فينا نفتح حساب اليوم",
        "اسأل صاحبي إذا فينا نتلاقى اليوم الساعة ٥ بالمقهى",
        "قول لرفيقتي إذا ما بتجي معي عالعرس بروح لحالي",
        "کلاس کی لڑکیوں سے پوچھنا کہ کل ٹیسٹ کس وقت ہے",
        "اپنے ٹیوشن والے سر سے پوچھنا کہ کل ٹیسٹ کس وقت ہے",
        "بس میں ساتھ بیٹھی آنٹی سے پوچھنا کہ اگلا اسٹاپ کون سا ہے",
        "ammi se kehna ke mujhe gale laga lein",
        "canteen wale bhai ko bolna ke principal sahab ne kaha hai kal canteen band rahegi",
        "پٹرول پمپ پر کسی جاننے والے سے لفٹ مانگنا",
        "ask my sister to braid my hair",
        "ask my best friend to braid my hair",
        "ask the hairdresser to braid my hair for the wedding",
        "ask my colleague to braid her daughter's hair for the school play",
        "tell the canteen guy that the principal said thanks for the free samosas at sports day",
        "tell the cashier the manager said the card machine is broken",
    ],
)
def test_fair_neighbours_in_the_same_words_stay_fair(text: str) -> None:
    assert_first_problem(text, None)
