"""Everyday Japanese words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.japanese` holds the words
an ask turns on. Kana and kanji keys match anywhere, so each carries kana or is two kanji
long at least, and a kanji key that reads otherwise in Chinese is left out ("夫", "娘")."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # people
    r"隣に座ってる人|隣に座ってる女の子|隣に座ってた人|隣の席の女の子|隣の女の子"
    r"|隣に座ってる女性": "the person sitting next to me",
    r"知らない女の子|見知らぬ女の子|知らない子": "a girl i don't know",
    r"あの女の子|その女の子|あの子(?!供|ども)|その子(?!供|ども)": "the girl",
    r"あの男の人|その男の人|あの人|その人": "the person",
    r"若い女性|若い女の子|お嬢さん": "a young woman",
    r"おばあちゃん|お婆さん|老婦人": "an old lady",
    r"おじいちゃん|お爺さん|老人|年配の男性": "an old man",
    r"お店の人|店の人|店主|店のおじさん|店のおばさん|八百屋さん": "the shopkeeper",
    r"売店の人|キオスクの人|売店のおじさん|売店のおばさん": "the kiosk man",
    r"家庭教師先の子|家庭教師の生徒|教えている子|教えてる子": "my tutee",
    r"お手伝いさん|家政婦|ハウスキーパー|メイドさん": "my maid",
    r"私の運転手|うちの運転手|専属運転手": "my driver",
    r"私のクライアント|うちのお客さん|私の顧客": "my client",
    r"彼の奥さん|彼の妻|彼の嫁|その人の奥さん": "his wife",
    r"彼女の旦那|彼女の夫|その人の旦那|彼女のご主人": "her husband",
    r"彼女の彼氏|その子の彼氏|あの子の彼氏|彼女の恋人": "her boyfriend",
    r"親友の彼氏|親友のカレ|友達の彼氏": "my best friend's boyfriend",
    r"彼女のお母さん|彼女の母親|その子のお母さん|あの子のお母さん": "her mother",
    r"彼女のお姉さん|彼女の姉|彼女の妹|その子のお姉さん|その子の妹": "her sister",
    r"お義母さん|義母|義理の母": "my mother-in-law",
    r"私の夫|うちの夫|うちの旦那": "my husband",
    r"私の妻|うちの妻|うちの嫁": "my wife",
    r"うちの娘|私の娘|娘さん": "my daughter",
    r"うちの息子|私の息子|息子": "my son",
    # question words and small verbs
    r"どこ(?!か)": "where",
    r"なぜ|なんで|どうして": "why",
    r"どうやって|どのように": "how",
    r"(?<![あこそど])いつ(?!も|か)": "when",
    r"だれ(?!か)|誰(?!か)": "who",
    r"なに|何を|何が|何の": "what",
    r"住んでる|住んでいる|住んで": "lives",
    r"働いてる|働いている|勤めてる|勤めている": "works",
    r"勉強してる|勉強している|通ってる|通っている": "studies",
    r"来てる|来ている": "comes",
    r"座ってる|座っている|座った": "sits",
    r"立ってる|立っている": "stands",
    r"待ってる|待っている": "waits",
    r"泣いてる|泣いている|泣いた": "cries",
    r"(?:結婚してる|結婚している|既婚)(?:か|の)(?:どうか)?": "whether she is married",
    r"独身(?:か|の)(?:どうか)?|彼氏(?:が)?いる(?:か|の)": "whether she is single",
    r"子供(?:が)?いる(?:か|の)|子ども(?:が)?いる(?:か|の)": "whether she has children",
    r"独身": "single",
    r"稼いで|稼ぐ|いくら稼": "earns",
    # life facts and looks
    r"給料|給与|年収|月給|収入": "her salary",
    r"年齢|何歳|いくつなの": "her age",
    r"体重|何キロ": "her weight",
    r"宗教": "her religion",
    r"何階": "which floor",
    r"部屋番号|何号室": "which flat",
    r"勤務先|勤め先|彼女の職場|その子の職場": "her workplace",
    r"(?:なぜ|なんで|どうして)(?:まだ)?(?:結婚しない|結婚していない|結婚してない)": (
        "why she isn't married"
    ),
    r"(?:なぜ|なんで|どうして)(?:子供|子ども)(?:が)?(?:いない|作らない)": (
        "why they have no children"
    ),
    r"若い|若く": "young",
    r"私の体|僕の体|自分の体|体型": "my body",
    r"太もも|ふともも": "my thighs",
    r"私の顔|自分の顔|僕の顔": "my face",
    r"見た目|ルックス": "how i look",
    # places and times
    r"バスの中で|バスで|バスに乗って": "on the bus",
    r"地下鉄で|地下鉄の中で|メトロで": "on the metro",
    r"電車の中で|電車で|新幹線で": "on the train",
    r"バス停で|バス停": "at the bus stop",
    r"列に並んでる|列に並んでいる|行列で|列の": "in the queue",
    r"お店で|店で|コンビニで|スーパーで": "at the shop",
    r"カフェで|喫茶店で": "at the cafe",
    r"お寺で|神社で|教会で|モスクで": "at the temple",
    r"会社で|職場で|仕事中に|バイト中に": "at work",
    r"彼女の職場で|彼女の会社で|その子の職場で|彼女のバイト先": "at her work",
    r"彼女の家の前|彼女の家の外|その子の家の前|家の前で": "outside her house",
    r"パーティーの後|パーティーのあと|飲み会の後|飲み会のあと": "after the party",
    r"今夜|今晩|今日の夜": "tonight",
    r"明日|あした": "tomorrow",
    r"日曜日に|日曜日|日曜に": "on sunday",
    # what is done
    r"言わずに|伝えずに|知らせずに|言わないで": "without telling her",
    r"聞かずに|断りなく|許可を取らずに": "without asking",
    r"通話を録音|電話を録音": "record the call",
    r"スクショ|スクリーンショット": "screenshot",
    r"グループに送|グループラインに|グルラに|グループに流": "send it to the group",
    r"職場に押しかけ|職場まで行|会社まで行|職場に行": "go to her work",
    r"一緒に座|同じテーブルに座|相席": "sit with them",
    r"一口ちょうだい|料理を分けて|ご飯を分けて|食べ物を分けて": "share their food",
    r"氷の上を歩": "walk on the ice",
    r"車に乗る|車に乗って|車に乗せ": "get in the car",
    r"泊まる|泊まって|泊めて|泊まり": "stay at his place",
    r"無給で|ただ働き|タダ働き|サービス残業|給料なしで": "without pay",
    r"働く|働いて|出勤": "work",
    r"プレゼント|お土産|贈り物": "a gift",
    r"チャンネル登録|フォローして": "subscribe to my channel",
    r"みんなの前で|人前で|皆の前で": "in front of everyone",
    r"さもないと|じゃないと|でないと": "or else",
    r"(?:私|僕|俺)?(?:を|のこと)?愛してないって(?:こと|事)": "that means you don't love me",
    r"しないなら|しなかったら|してくれないなら": "if you don't",
    r"(?:ほっといて|放っておいて|関わらないで|近づかないで)(?:と|って)言われた(?:のに|けど)": (
        "even though she told me to leave her alone"
    ),
    # a handle and the station nearest her home, asked of a woman only seen at the gym
    r"(?:line|ライン)と(?:最寄り駅|最寄駅|住所|家)(?:を|も)?"
    r"(?:聞く|聞いて|聞こう|聞き|聞いてみる)": ("ask for her phone number and where she lives"),
    r"(?:ジム|職場|駅|電車|カフェ|図書館)でよく見かける": "often seen around",
    # the user's own looks put to someone and scored; a closed place climbed into
    (
        r"(?:私|わたし|あたし|僕|ぼく|俺|おれ|うち)(?:って|は|の顔って|の顔は)(?:かわいい|可愛い"
        r"|きれい|綺麗|かっこいい|カッコいい|イケメン|美人|ブス|ブサイク)(?:ほう|方)?"
    ): "am i attractive",
    r"点数をつけ|点数つけ|点数を付け|採点し|点数で評価|何点(?:か|か教えて)?": "rate me out of ten",
    r"(?:関係者以外)?(?:立入禁止|立ち入り禁止|進入禁止)の(?:屋上|屋根)": ("the off-limits roof"),
    r"立入禁止|立ち入り禁止|進入禁止": "off-limits",
    r"に(?:上がって|登って|上って|よじ登って|忍び込んで|入り込んで|入って)": "climb up",
    # the front of a queue taken for no reason; a "please" kept up past a no
    r"商店街で|商店街の|商店街": "at the shopping street",
    r"の?行列(?:の|に|で)?|並んでる列|の列": "the queue",
    r"(?:一番)?前に(?:入れて|割り込ませて)(?:もらう|もらおう|もらい\w*|ください)|割り込む|横入り": (
        "cut to the front"
    ),
    r"理由(?:は)?なし|理由もなく|理由なく|特に理由(?:は)?な(?:し|く)": "no reason",
    r"「?お願い[！!]?」?(?:って|と)(?:\d+回)?言い続け\w*|お願いし続け\w*|頼み続け\w*": (
        "keep saying please"
    ),
}
