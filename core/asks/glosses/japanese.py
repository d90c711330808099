"""Japanese words an ask turns on, in kana and kanji and in romaji, in the English the rules
read (`core.asks.gloss`). Kana and kanji keys match anywhere (Japanese is written without
spaces), so none is a single letter; romaji keys match whole words."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # object and verb together (Japanese puts the verb last, the rules read it first)
    r"(?:電話番号|携帯番号|番号|連絡先|ライン|lineのid|ラインのid|インスタ)(?:を|も)?(?:聞く|聞いて|聞こう|聞き"
    r"|教えてもら|教えて|交換|もら|ゲット)": "ask for her phone number",
    r"(?:住所|家)(?:を|も)?(?:聞く|聞いて|聞こう"
    r"|聞き|教えてもら|教えて)": "ask for her home address",
    r"お金(?:を|も)?(?:貸して|借り|ください|ちょうだい|もら|くれ|せが|ねだ)": "ask for money",
    r"(?:太って(?:る|いる|見える)|太った)(?:か(?:どうか)?)(?:を)?(?:聞|尋ね)": "ask if i look fat",
    r"(?:老けて(?:る|いる|見える)|老けた)(?:か(?:どうか)?)(?:を)?(?:聞|尋ね)": "ask if i look old",
    r"(?:ブス|不細工|ブサイク)(?:か(?:どうか)?)(?:を)?(?:聞|尋ね)": "ask if i look ugly",
    r"(?:かわいい|可愛い|きれい|綺麗|かっこいい"
    r"|イケメン)(?:か(?:どうか)?)(?:を)?(?:聞|尋ね)": "ask if i look attractive",
    # asking, telling, inviting
    r"聞く|聞いて|聞きます|聞こう|聞いてみる|聞いてみよう|尋ねる|尋ねて|質問する|きいてみる": "ask",
    r"頼む|頼んで|頼みます|頼もう|お願いする"
    r"|お願いして|お願いしよう|お願いします"
    r"|頼んでみる": "ask",
    r"ねだる|ねだって|せがむ|おねだり": "beg",
    r"伝える|伝えて|言う|言って|言おう|話す|話して|告げる": "tell",
    r"誘う|誘って|誘おう|誘います|誘ってみる|招待する|招待して": "invite",
    r"デートに誘う|デートに誘って|デートに誘おう|デートに誘い": "ask her out on a date",
    r"食事に誘う|食事に誘って|食事に誘い|ご飯に誘う|ご飯に誘って": "invite to dinner",
    r"飲みに誘う|飲みに誘って|飲みに誘い": "invite for a drink",
    r"デート|お茶しよう|お茶に誘|ナンパ|ナンパする": "out on a date",
    r"付き合って|付き合おう|付き合ってください|告白": "go out with me",
    # feelings confessed; thanks or an apology conveyed ("感謝の気持ちを伝える") is no date
    r"(?<!感謝の)(?<!お礼の)(?<!謝罪の)(?<!お詫びの)(?<!正直な)(?<!素直な)(?:気持ち|想い|好きって"
    r"|好きだと|好きなこと)(?:を)?(?:伝え|打ち明け)\w*": "go out with me",
    r"結婚してる|結婚している|既婚の|既婚者の|奥さんのいる|旦那さんのいる|妻子持ちの": "a married",
    # lending, giving, paying, borrowing
    r"貸して|貸す|貸してもらう|貸してくれ|借りる|借りて|借りたい|借金": "lend me",
    r"奢って|奢る|奢らせる|おごって|おごる|おごらせる|払ってもらう|払わせる": "pay for me",
    r"払って|払う|支払う|支払って|払います": "pay",
    r"ちょうだい|くれませんか": "give me",
    r"お金|おかね|現金|小銭|千円|万円|百円|一万円|五千円|お小遣い": "money",
    r"タダで|ただで|無料で|無料|タダ": "for free",
    r"割引|値引き|まけて|負けて|安くして|ディスカウント": "a discount",
    r"ツケで|ツケ|後払い": "on credit",
    # calling, messaging, contact details
    r"電話番号|携帯番号|番号": "phone number",
    r"連絡先|ライン|lineのid|ラインid|line id|line交換|ライン交換|連絡先交換": "her phone number",
    r"住所|家の場所|どこに住んで|家まで": "her home address",
    r"インスタ|インスタグラム|ツイッター|snsのアカウント": "her instagram",
    r"電話する|電話して|電話をかけ|電話(?!番号)": "call",
    r"メッセージ|メールする|メールして|dmする|dmして|連絡する|連絡して": "message",
    # filming, photographing, posting
    r"盗撮|隠し撮り|こっそり撮": "film without them knowing",
    r"撮影|録画|動画を撮|動画|撮って|撮る|撮ろう": "film",
    r"録音|録音する|録音して": "record",
    r"写真|写メ|自撮り|ツーショット|一緒に写真": "a photo",
    r"投稿|アップする|アップして|載せる|載せて|晒す"
    r"|晒して|さらす|拡散|配信|生配信": "post it online",
    r"こっそり|隠れて|内緒で|黙って|勝手に|無断で"
    r"|許可なく|知らないうちに|気づかれずに": "without them knowing",
    # pretending, lying
    r"ふりをする|ふりをして|ふりして|フリをして|のふり|のフリ|装って|なりすま": "pretend to be",
    r"嘘をつく|嘘をついて|嘘をつ|うそをつ|ウソをつ|嘘の|でっち上げ": "lie",
    r"偽の|ニセの|偽物|嘘の理由|言い訳": "a fake reason",
    r"秘密|内緒": "a secret",
    # blocking, following, waiting
    r"ブロックされた|ブロックされて|ブロック": "blocked me",
    r"新しいアカウント|別のアカウント|別アカ|サブ垢|裏垢|捨て垢|新しいアカ": "from a new account",
    r"後をつけ|あとをつけ|尾行|ついていく|ついて行く|付いて行": "follow",
    r"待ち伏せ|待ち構え|待って|待つ|出待ち": "wait for",
    # touch, closeness
    r"抱きしめ|抱きつ|ハグ": "a hug",
    r"キス|チュー|ほっぺにキス": "a kiss",
    r"手をつな|手を繋|手を握|手をにぎ|手つな|手ぇつな|手繋|手握": "hold hands",
    r"触る|触って|触らせて|触れる|さわる|さわって|さわらせて|ボディタッチ": "touch",
    r"マッサージ|肩もみ|肩を揉|肩揉み": "a massage",
    # meeting, going out, driving
    r"会う|会って|会おう|会いたい|待ち合わせ": "meet",
    r"遊びに行|出かけ|一緒に行": "go out",
    r"食事|ご飯|ごはん|夕食|晩ご飯|ディナー|ランチ": "dinner",
    r"飲み会|飲みに|お酒|一杯": "a drink",
    r"コーヒー|お茶|カフェ": "a coffee",
    r"運転|送って|車で送|乗せて": "drive me",
    # threats, force, pressure, begging
    r"脅す|脅して|脅迫|おどす|おどして": "threaten",
    r"無理やり|無理矢理|強引に|強制": "make them",
    r"しつこく|何度も|何回も|毎回": "again",
    r"土下座|懇願|泣きつ": "beg",
    r"断れない|断れなく|断れないように|断りにくい": "so they cannot refuse",
    # again, after a no
    r"もう一度|もう一回|再び|またお願い|また聞く|またしつこく": "again",
    r"断られた|断られても|断られたけど|断られ"
    r"|ノーと言われ|無理と言われ|ダメと言われ"
    r"|嫌と言われ": "said no",
    r"にもかかわらず|のにまた|けどまた": "even though",
    # people
    r"知らない人|見知らぬ人|他人|赤の他人"
    r"|知らない女性|知らない男性|通りすがり|通行人"
    r"|初対面の人|知らん人|知らん女の人|知らん男の人|知らん子|見ず知らずの人": "a stranger",
    r"誰か|だれか|ある人": "someone",
    r"隣の人|隣の席の人|隣に座っている人|隣に座った人": "the person next to me",
    r"女の人|女性|女の子|お姉さん|おばさん|おばあさん|美女": "a woman",
    r"男の人|男性|男の子|お兄さん|おじさん|おじいさん": "a man",
    r"子供|子ども|こども|小学生|中学生": "a child",
    r"ウェイター|ウェイトレス|店員さん|店員|スタッフ|販売員": "the shop assistant",
    r"レジの人|レジ係|レジの|レジ": "the cashier",
    r"バリスタ": "the barista",
    r"運転手|ドライバー|タクシーの運転手": "the driver",
    r"看護師|ナース": "the nurse",
    r"医者|お医者さん|医師|ドクター": "the doctor",
    r"先生|教師|講師": "the teacher",
    r"受付の人|受付|フロント": "the receptionist",
    r"警備員|ガードマン": "the guard",
    r"美容師|床屋": "the hairdresser",
    r"お客さん|お客様|顧客|常連": "the customer",
    r"クライアント|取引先": "the client",
    r"患者さん|患者": "the patient",
    r"生徒|学生|教え子": "a student",
    r"部下|従業員|バイトの子": "my employee",
    r"同僚|同期|職場の人|社員": "my colleague",
    r"上司|部長|課長|社長|店長|係長|ボス": "my boss",
    r"大家さん|大家|管理人": "my landlord",
    r"入居者|借主": "my tenant",
    r"隣人|お隣さん|近所の人|ご近所|隣の家の人": "my neighbour",
    r"友達|友だち|友人|親友|ともだち": "my friend",
    r"先輩|後輩": "my colleague",
    r"彼女|カノジョ": "my girlfriend",
    r"彼氏|カレシ|恋人": "my boyfriend",
    r"奥さん|旦那|主人|嫁さん": "my partner",
    r"元カノ|元カレ|元彼|元恋人|元妻|元夫|元嫁": "my ex",
    r"お母さん|お父さん|母親|父親|両親|おかん"
    r"|おとん|兄弟|姉妹|お兄ちゃん|お姉ちゃん|祖母"
    r"|祖父|家族": "my family",
    # looks
    r"かわいい|可愛い|カワイイ|美人|きれい|綺麗"
    r"|イケメン|かっこいい|格好いい|セクシー": "attractive",
    r"ブス|ブサイク|不細工|醜い": "ugly",
    r"太って|太った|デブ|ぽっちゃり": "fat",
    r"痩せて|痩せた|やせて|ガリガリ": "thin",
    r"老けて|老けた|年寄り|おばさんっぽ": "old",
    # when, where, how
    r"夜中|深夜|真夜中|夜遅く|夜に|終電後": "at night",
    r"一人で|ひとりで|二人きり|ふたりきり": "alone",
    r"酔って|酔っ払|酔った|飲酒運転": "drunk",
    # function words
    r"もしも|もし": "if",
    r"だから|なので": "because",
    r"なしで|ずに|ないで": "without",
    r"一緒に|いっしょに": "with",
    r"のために|ために": "for",
    r"私の|僕の|俺の|うちの|わたしの": "my",
    r"彼女の": "her",
    r"彼の": "his",
    r"わたし|ぼく|あたし|おれ": "i",
    r"あなた|きみ|お前": "you",
    r"かどうか": "whether",
    r"いいえ|だめ|ダメ|いやだ": "no",
    # romaji
    r"kiku|kiite|kiite miru|kikimasu|tanomu|tanonde|onegai(?:suru|shite|shimasu)?": "ask",
    r"sasou|sasotte|sasoimasu|deeto ni sasou|nanpa(?:suru)?": "invite",
    r"kashite|kariru|karite|shakkin": "lend me",
    r"ogotte|ogoru|haratte|harau": "pay for me",
    r"okane|o-kane|genkin|kozeni|tada de|muryou de": "money",
    r"denwa bangou|denwa bango|bangou|renrakusaki|rain aidi|line id koukan": "her phone number",
    r"tousatsu|kakushidori|satsuei|rokuga|rokuon|totte": "film",
    r"shashin": "a photo",
    r"toukou|sarasu|sarashite|appu suru": "post it online",
    r"kossori|naisho de|damatte|katte ni|mudan de": "without them knowing",
    r"uso o tsuku|uso wo tsuku|uso tsuite|usotsuki": "lie",
    r"furi o shite|furi wo shite|furi suru": "pretend to be",
    r"burokku sareta|burokku": "blocked me",
    r"busu|busaiku": "ugly",
    r"kouhai|senpai": "my colleague",
    r"dakishime(?:ru|te)|hagu": "a hug",
    r"kisu|chuu": "a kiss",
    r"sawaru|sawatte|sawarasete": "touch",
    r"massaaji|kata momi": "a massage",
    r"shiranai hito|mishiranu hito|tanin|tsuukounin": "a stranger",
    r"onna no hito|onna no ko|josei|onee-?san|oba-?san": "a woman",
    r"otoko no hito|otoko no ko|dansei|onii-?san|oji-?san": "a man",
    r"ten'?in(?:-san)?|tenin|reji no hito": "the shop assistant",
    r"joushi|buchou|kachou|shachou|tenchou|senpai": "my boss",
    r"shain|buka-?san": "my employee",
    r"douryou": "my colleague",
    r"tomodachi|yuujin": "my friend",
    r"kanojo": "my girlfriend",
    r"kareshi|koibito": "my boyfriend",
    r"motokano|motokare|moto kano|moto kare": "my ex",
    r"kawaii|bijin|kirei|ikemen": "attractive",
    r"futotte(?:ru)?|debu": "fat",
    r"mou ichido|mou ikkai|nando mo": "again",
    r"kotowarareta|kotowararete mo": "said no",
    r"yopparatte|yotte": "drunk",
    r"shinya|yonaka": "at night",
    r"hitori de|futarikiri": "alone",
}
