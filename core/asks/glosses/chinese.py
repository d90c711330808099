"""Chinese (Mandarin) words an ask turns on, in simplified and traditional characters, in the
English the rules read (`core.asks.gloss`).

Keys match anywhere (Chinese is written without spaces), so a one-character word carries a
lookahead that keeps it from the longer words it starts ("问" but not "问题"). The Japanese
glossary's kanji keys read Chinese text too ("学生", "上司", "写真"); the keys here that
share their characters ("大家面前", "这位先生") are longer, so they are tried first."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # object and verb together (the rules read the verb first)
    r"要(?:她的|他的|人家的|对方的|對方的)?(?:电话号码|電話號碼|手机号码|手機號碼|手机号|手機號|电话|電話"
    r"|号码|號碼|微信|联系方式|聯絡方式|聯繫方式|line|ig|ins)": "ask for her phone number",
    r"加(?:她的|他的|人家的)?(?:微信|好友|line)": "ask for her phone number",
    r"(?:问|問)(?:她|他|人家)?(?:住在?哪|住哪|的地址|家在哪)": "ask for her home address",
    r"(?:借钱|借錢|要钱|要錢|讨钱|討錢|要点钱|要點錢)": "ask for money",
    r"(?:胖不胖|是不是很胖|是不是胖了|我胖吗|我胖嗎|显胖|顯胖)": "ask if i look fat",
    r"(?:老不老|是不是很老|显老|顯老)": "ask if i look old",
    r"(?:丑不丑|醜不醜|我丑吗|我醜嗎)": "ask if i look ugly",
    r"(?:好不好看|漂不漂亮|帅不帅|帥不帥)": "ask if i look attractive",
    # asking, telling, inviting
    r"(?:问|問)(?!题|題)|询问|詢問|打听|打聽|请问|請問": "ask",
    r"要求|请求|請求|拜托|拜託|求(?:她|他|人家)|恳求|懇求|麻烦|麻煩": "ask",
    r"央求|哀求|乞讨|乞討|讨饭|討飯|求求": "beg",
    r"告诉|告訴|跟(?:她|他)说|跟(?:她|他)說|说一声|說一聲": "tell",
    r"邀请|邀請": "invite",
    r"约(?:她|他|人家)?出去|約(?:她|他|人家)?出去|约(?:她|他|人家)?出來|約(?:她|他|人家)?出來"
    r"|约会|約會|约她|約她|约炮|約炮": "out on a date",
    r"表白|告白|做我女朋友|做我男朋友|跟我交往|和我交往|跟我在一起|和我在一起": "go out with me",
    r"搭讪|搭訕|撩": "flirt",
    # lending, giving, paying
    r"借(?!口)": "lend me",
    r"给我|給我": "give me",
    r"请我|請我|请客|請客": "buy me",
    r"替我付|帮我付|幫我付|帮我买单|幫我買單|买单|買單|付钱|付錢|付款": "pay for me",
    r"钱|錢|现金|現金|零钱|零錢|红包|紅包|\d+ ?(?:块|塊|元|毛)": "money",
    r"价钱|價錢|价格|價格": "the price",
    r"免费|免費|白拿|白吃|白送|不给钱|不給錢|不付钱|不付錢": "for free",
    r"打折|便宜点|便宜點|便宜一点|便宜一點|优惠|優惠|折扣|砍价|砍價": "a discount",
    r"退款|退钱|退錢|退货|退貨": "a refund",
    r"赊账|賒帳|赊帐|欠着|欠著": "on credit",
    r"你欠我|欠我的|欠我钱|欠我錢": "you owe me",
    # calling, messaging, contact details
    r"电话号码|電話號碼|手机号码|手機號碼|手机号|手機號|号码|號碼": "phone number",
    (
        r"她的(?:电话|電話|微信|号码|號碼|手机|手機)|联系方式|聯絡方式|聯繫方式|微信号|微信號"
        r"|微信"
    ): "her phone number",
    r"地址|住址|住在哪|住哪里|住哪裡|住哪儿|家在哪": "her home address",
    r"她的(?:ins|ig|抖音|小红书|小紅書|微博|脸书|臉書)": "her instagram",
    r"打电话|打電話|给她打|給她打|电话|電話": "call",
    r"发消息|發消息|发信息|發訊息|发短信|發簡訊|私信|私聊|发微信|發微信": "message",
    # filming, photographing, posting
    r"偷拍|偷录|偷錄|偷偷拍|偷偷录|偷偷錄|暗中拍|隐藏摄像|隱藏攝影": "film without them knowing",
    (
        r"录像|錄像|录视频|錄視頻|录影|錄影|拍视频|拍視頻|拍影片|视频|視頻|影片|摄像|攝影"
        r"|拍下来|拍下來|拍(?:她|他|人家|下|一段)"
    ): "film",
    r"录音|錄音": "record",
    r"拍照|照片|相片|合影|合照|自拍": "a photo",
    r"帮我拍|幫我拍|帮我们拍|幫我們拍|帮忙拍|幫忙拍": "take a photo of us",
    r"发到网上|發到網上|发朋友圈|發朋友圈|发抖音|發抖音|发微博|發微博|上传|上傳|曝光|挂到网上"
    r"|掛到網上|发到群里|發到群裡|直播": "post it online",
    r"偷偷|悄悄|背着|背著|瞒着|瞞著|不让她知道|不讓她知道|趁她不注意|没经过同意|沒經過同意"
    r"|未经允许|未經允許": "without them knowing",
    # pretending, lying
    r"假装|假裝|装成|裝成|冒充|假扮|扮成|装作|裝作": "pretend to be",
    r"撒谎|撒謊|说谎|說謊|骗|騙|编个理由|編個理由|编造|編造|谎称|謊稱": "lie",
    r"假的|假(?=证|證|身份|理由|账号|帳號)|借口|藉口": "a fake",
    r"秘密": "a secret",
    # blocking, following, waiting
    r"拉黑|屏蔽|封锁|封鎖|删了我|刪了我|把我删|把我刪|把我拉黑": "blocked me",
    (
        r"新号|新號|小号|小號|新账号|新帳號|换个号|換個號|别的号|別的號|另一个号|另一個號"
    ): "from a new account",
    r"跟踪|跟蹤|尾随|尾隨|跟着她|跟著她|跟着他|跟著他": "follow",
    r"等她|等他|蹲守|堵她|堵他": "wait for",
    # touch, closeness
    r"拥抱|擁抱|抱抱|抱(?:她|他|一下|住|紧|緊|一个|一個)": "a hug",
    r"亲(?:她|他|一下|一口|嘴|脸|臉)|親(?:她|他|一下|一口|嘴|臉)|接吻|吻|亲亲|親親": "a kiss",
    r"牵手|牽手|拉手|拉她的手|握手": "hold hands",
    r"摸|碰(?!到|面|见|見)|触摸|觸摸|抚摸|撫摸": "touch",
    r"按摩|揉肩|捏肩": "a massage",
    # meeting, going out, driving, coming home
    r"见面|見面": "meet",
    r"吃饭|吃飯|晚饭|晚飯|晚餐|午饭|午飯|一起吃": "dinner",
    r"喝酒|喝一杯|喝两杯|喝兩杯|酒吧": "a drink",
    r"咖啡|奶茶|喝茶": "a coffee",
    r"电影|電影": "a movie",
    r"开车送|開車送|送我|载我|載我|搭车|搭車|搭便车|搭便車|顺风车|順風車|捎我": "a lift",
    r"上(?:他的|她的)车|上(?:他的|她的)車|坐(?:他的|她的)车|坐(?:他的|她的)車": "get in his car",
    r"(?:回|去|来|來)我家|(?:回|去|来|來)我那|到我家": "come home with me",
    r"开车|開車": "drive",
    # threats, force, pressure
    r"威胁|威脅|恐吓|恐嚇|要挟|要挾": "threaten",
    r"强迫|強迫|逼(?:她|他|人家)|硬要|非要": "make them",
    r"死缠烂打|死纏爛打|纠缠|糾纏|缠着|纏著|一直问|一直問|一直找|软磨硬泡|軟磨硬泡": "insist",
    r"直到(?:她|他)(?:同意|答应|答應|说好|說好)|(?:她|他)(?:同意|答应|答應)为止|(?:她|他)"
    r"(?:同意|答應)為止": "until she says yes",
    (
        r"当着大家的面|當著大家的面|在大家面前|大家面前|当众|當眾|众目睽睽|眾目睽睽"
    ): "in front of everyone",
    # again, after a no
    r"再一次|又一次|再次|再(?=问|問|约|約)|又(?=问|問|约|約)|再去|再找|又找|再要|又要|重新"
    r"|一遍又一遍|一次又一次": "again",
    r"(?:虽然|雖然|尽管|儘管|即使|哪怕|明明)(?:她|他|人家)?(?:已经|已經)?(?:说了?不|說了?不"
    r"|拒绝了?|拒絕了?)": "even though she said no",
    r"拒绝|拒絕|说不要|說不要|说不行|說不行|说了不|說了不|被拒": "said no",
    # people
    r"陌生人|不认识的人?|不認識的人?|素不相识|素不相識|陌生(?:女|男)(?:人|生|子)": "a stranger",
    r"路人|过路人|過路人|行人|路过的人|路過的人|随便一个人|隨便一個人": "a passer-by",
    r"有人|某人|别人|別人": "someone",
    r"所有人|大家都|大家一起|每个人|每個人": "everyone",
    r"旁边的人|旁邊的人|邻座|鄰座|隔壁座": "the person next to me",
    r"女朋友|女友": "my girlfriend",
    r"男朋友|男友": "my boyfriend",
    r"老婆|老公|妻子|丈夫": "my partner",
    r"(?:她的?|人家的?)(?:男朋友|男友|老公)": "her boyfriend",
    r"女生|女孩子?|姑娘|美女|小姐姐|妹子|小姐|女士|女人|大妈|大媽|阿姨": "a woman",
    r"男生|男孩子?|男人|帅哥|帥哥|小哥|大叔|大爷|大爺|这位先生|這位先生|那位先生|一位先生": "a man",
    r"孩子|小孩|小朋友|儿童|兒童|未成年": "a child",
    r"服务员|服務員|服务生|服務生": "the waiter",
    r"收银员|收銀員|收银台|收銀台|收银|收銀": "the cashier",
    r"店员|店員|售货员|售貨員|营业员|營業員|柜员|櫃員|店家": "the shop assistant",
    # the convenience store's clerk ("超商店員"), read whole before "商店" (a shop) inside it
    r"(?:超商|超市|便利商店|便利店)(?:的)?(?:店员|店員|收银员|收銀員)": "the shop assistant",
    r"结账|結帳|結賬|买单|買單|收银台前|收銀台前": "at the till",
    r"咖啡师|咖啡師": "the barista",
    r"司机|司機|师傅|師傅|代驾|代駕|骑手|騎手|外卖员|外賣員|快递员|快遞員": "the driver",
    r"护士|護士": "the nurse",
    r"医生|醫生|大夫|牙医|牙醫": "the doctor",
    r"老师|老師|教授|导师|導師|班主任|家教": "the teacher",
    r"前台|接待员|接待員|櫃檯": "the receptionist",
    r"保安|门卫|門衛|警卫|警衛": "the guard",
    r"理发师|理髮師|发型师|髮型師|托尼老师|美甲师|美甲師": "the hairdresser",
    r"顾客|顧客|客人|客户|客戶": "the customer",
    r"病人|患者": "the patient",
    r"学生|學生|徒弟": "a student",
    r"下属|下屬|员工|員工|手下|实习生|實習生|我的(?:员工|員工)": "my employee",
    r"同事": "my colleague",
    r"老板|老闆|领导|領導|上司|经理|經理|主管|老大": "my boss",
    r"房东|房東|包租婆": "my landlord",
    r"租客|房客|租户|租戶": "my tenant",
    r"邻居|鄰居|隔壁": "my neighbour",
    r"朋友|闺蜜|閨蜜|兄弟们|兄弟們|哥们|哥們|好友": "my friend",
    r"前女友|前男友|前任|前妻|前夫": "my ex",
    r"妈妈|媽媽|爸爸|我妈|我媽|我爸|父母|姐姐|哥哥|妹妹|弟弟|奶奶|爷爷|爺爺|外婆|外公|表姐|表哥"
    r"|亲戚|親戚|家人": "my family",
    # looks
    r"漂亮|好看|美(?!国|國|元|食|术|術|甲)|帅|帥|可爱|可愛|性感": "attractive",
    r"丑|醜|难看|難看": "ugly",
    r"胖|肥": "fat",
    r"瘦": "thin",
    r"老了|显老|顯老": "old",
    # when, where, how
    r"晚上|半夜|深夜|凌晨|夜里|夜裡|大半夜": "at night",
    r"单独|單獨|一个人去|一個人去|独自|獨自|两个人单独|兩個人單獨": "alone",
    r"喝醉|醉了|喝多了|醉醺醺|酒后|酒後": "drunk",
    # fair words
    r"加薪|涨工资|漲工資|涨薪|漲薪": "a raise",
    r"请假|請假|休假|调休|調休|休一天": "a day off",
    r"(?:问|問)路|指路|怎么走|怎麼走|怎么去|怎麼去": "ask directions",
    r"推荐|推薦": "recommend",
    r"修理|维修|維修|修一下|修好": "repair",
    r"帮忙|幫忙|帮我|幫我|帮一下|幫一下": "help",
    # function words
    r"如果|要是": "if",
    r"因为|因為": "because",
    r"一起": "with",
    r"我的": "my",
    r"她的": "her",
    r"他的": "his",
}
