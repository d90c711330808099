"""Everyday Chinese (Mandarin) words around an ask (people, questions, places, times, what is
done), in simplified and traditional characters, in the English the rules read
(`core.asks.gloss`); `core.asks.glosses.chinese` holds the words an ask turns on."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # people
    r"坐(?:在)?我旁边的人|坐(?:在)?我旁邊的人|旁边坐的人|旁邊坐的人"
    r"|坐(?:在)?我旁边的女生|坐(?:在)?我旁邊的女生": "the person sitting next to me",
    r"同桌": "my seatmate",
    r"不认识的女生|不認識的女生|不认识的女孩|不認識的女孩": "a girl i don't know",
    r"年轻女孩|年輕女孩|小姑娘|年轻女人|年輕女人": "a young woman",
    r"老奶奶|老太太|老婆婆": "an old lady",
    r"老大爷|老大爺|老爷爷|老爺爺|老头|老頭|老人家": "an old man",
    r"小卖部老板|小賣部老闆|店老板|店老闆|老板娘|老闆娘|店主": "the shopkeeper",
    r"报亭|報亭|小卖部的|小賣部的|报刊亭|書報攤": "the kiosk man",
    r"家教学生|家教學生|补课的学生|補課的學生": "my tutee",
    r"保姆|家政|钟点工|鐘點工|佣人|傭人|菲佣|菲傭": "my maid",
    r"我的司机|我的司機|我司机|我司機": "my driver",
    r"我的客户|我的客戶": "my client",
    r"他老婆|他的老婆|他妻子|他的妻子|他太太": "his wife",
    r"她丈夫|她的丈夫|她先生": "her husband",
    r"闺蜜的男朋友|閨蜜的男朋友|好朋友的男朋友|闺蜜男友|閨蜜男友": "my best friend's boyfriend",
    r"她妈妈|她媽媽|她妈|她媽|她母亲|她母親": "her mother",
    r"她姐姐|她妹妹|她姐|她妹": "her sister",
    r"婆婆|岳母|丈母娘": "my mother-in-law",
    r"我老公|我丈夫": "my husband",
    r"我老婆|我妻子|我太太": "my wife",
    r"女儿|女兒": "my daughter",
    r"儿子|兒子": "my son",
    # question words and small verbs
    r"哪里|哪裡|哪儿|哪兒|在哪": "where",
    r"为什么|為什麼|为啥|為啥|干嘛|幹嘛": "why",
    r"怎么|怎麼|如何": "how",
    r"什么时候|什麼時候|几点|幾點": "when",
    r"谁|誰": "who",
    r"什么|什麼|啥": "what",
    r"是否|有没有|有沒有": "whether",
    r"住在": "lives in",
    r"在哪(?:儿|兒)?(?:上班|工作)|在哪里上班|在哪裡上班": "where she works",
    r"上班|工作(?!单位|單位)": "works",
    r"上学|上學|读书|讀書|念书|念書": "studies",
    r"坐在": "sits",
    r"站在": "stands",
    r"哭": "cries",
    r"(?:结婚|結婚)了?(?:没|沒|吗|嗎)|已婚": "whether she is married",
    r"单身|單身": "single",
    r"有(?:没有|沒有)?(?:孩子|小孩)": "whether she has children",
    r"挣多少|掙多少|赚多少|賺多少|挣钱|掙錢|赚钱|賺錢": "earns",
    # life facts and looks
    r"工资|工資|薪水|收入|月薪|年薪": "her salary",
    r"年龄|年齡|几岁|幾歲|多大了|多少岁|多少歲": "her age",
    r"体重|體重|多重": "her weight",
    r"宗教|信什么教|信什麼教": "her religion",
    r"几楼|幾樓|哪一层|哪一層|几层|幾層": "which floor",
    r"门牌号|門牌號|几号房|幾號房|哪个单元|哪個單元": "which flat",
    r"工作单位|工作單位|上班的地方": "her workplace",
    r"(?:为什么|為什麼|为啥|為啥|怎么|怎麼)(?:还|還)?(?:不|没|沒)(?:结婚|結婚|嫁人)": (
        "why she isn't married"
    ),
    r"(?:为什么|為什麼|为啥|為啥|怎么|怎麼)(?:还|還)?(?:不|没|沒)(?:有|要|生)(?:孩子|小孩)": (
        "why they have no children"
    ),
    r"结婚|結婚": "married",
    r"年轻|年輕": "young",
    r"我的身材|我身材|我的身体|我的身體": "my body",
    r"大腿": "my thighs",
    r"我的脸|我的臉": "my face",
    r"长得怎么样|長得怎麼樣|长相|長相|外表": "how i look",
    # places and times
    r"公交车上|公交車上|公交上|公车上|公車上|巴士上|大巴上|公交车|公車": "on the bus",
    r"地铁上|地鐵上|地铁里|地鐵裡|捷运上|捷運上|地铁|地鐵": "on the metro",
    r"火车上|火車上|高铁上|高鐵上|动车上|動車上": "on the train",
    r"公交站|公車站|车站|車站|站台": "at the bus stop",
    r"排队|排隊": "in the queue",
    r"店里|店裡|商店|超市|便利店": "at the shop",
    r"咖啡店|咖啡馆|咖啡館|咖啡厅|咖啡廳": "at the cafe",
    r"寺庙|寺廟|教堂|清真寺|庙里|廟裡": "at the temple",
    r"公司里|公司裡|在公司|在单位|在單位": "at work",
    r"她公司|她的公司|她单位|她單位|她上班的地方": "at her work",
    r"她家门口|她家門口|她家楼下|她家樓下|她家外面": "outside her house",
    r"聚会后|聚會後|聚会结束后|聚會結束後|派对后|派對後": "after the party",
    r"今晚|今天晚上": "tonight",
    r"明天": "tomorrow",
    r"星期天|星期日|周日|週日|礼拜天|禮拜天": "on sunday",
    # what is done
    r"不告诉她|不告訴她|没告诉她|沒告訴她": "without telling her",
    r"不经同意|不經同意|不打招呼|不问一声|不問一聲": "without asking",
    r"通话录音|通話錄音|录通话|錄通話|电话录音|電話錄音": "record the call",
    r"截图|截圖|截屏": "screenshot",
    r"发群里|發群裡|发到群|發到群|转发到群|轉發到群|发给群|發給群": "send it to the group",
    r"去她公司|去她单位|去她單位|到她公司|去她上班的地方": "go to her work",
    r"跟他们坐|跟他們坐|和他们坐|和他們坐|坐一起": "sit with them",
    r"分我一点|分我一點|蹭饭|蹭飯|吃他们的|吃他們的": "share their food",
    r"冰上走|走冰面|在冰面上走": "walk on the ice",
    r"上车|上車": "get in the car",
    r"住他家|住他那|在他家过夜|在他家過夜|住一晚": "stay at his place",
    r"白干|白幹|无偿加班|無償加班|不给工资|不給工資|没有工资|沒有工資|不发工资|不發工資": (
        "without pay"
    ),
    r"加班": "work overtime",
    r"礼物|禮物": "a gift",
    r"订阅我的频道|訂閱我的頻道|关注我的频道|關注我的頻道|订阅|訂閱": "subscribe to my channel",
    r"让他没法拒绝|讓他沒法拒絕|让她没法拒绝|讓她沒法拒絕|没法拒绝|沒法拒絕": "so he can't say no",
    r"否则|否則|不然": "or else",
    r"就是不爱我|就是不愛我|说明你不爱我|說明你不愛我": "that means you don't love me",
    r"如果你不|你要是不|要是你不": "if you don't",
    r"(?:她|他)?(?:叫|让|讓)我(?:别|別)(?:烦|煩|找)她|(?:叫|让|讓)我离她远点|(?:叫|讓)我離她遠點": (
        "even though she told me to leave her alone"
    ),
}
