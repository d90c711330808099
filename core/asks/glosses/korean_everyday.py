"""Everyday Korean words around an ask (people, questions, places, times, what is done), in
the English the rules read (`core.asks.gloss`); `core.asks.glosses.korean` holds the words
an ask turns on. Hangul keys match anywhere (particles are written onto the word), so a
one-syllable key carries a lookaround that keeps it from longer words."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # people
    r"옆에 앉아 있는 사람|옆에 앉아있는 사람|옆자리에 앉은 사람|옆에 앉은 여자"
    r"|옆자리 여자|옆에 앉은 분": "the person sitting next to me",
    r"짝꿍|짝궁|옆자리 친구": "my seatmate",
    r"옆자리(?:에)? 앉은 사람|옆자리에 앉아 있는 사람": "the person sitting next to me",
    r"모르는 여자애|처음 보는 여자애|모르는 분": "someone i don't know",
    r"여자애|여자 애|그 여자애": "a girl",
    r"남자애|그 남자애": "a guy",
    r"젊은 여자|젊은 여성|아가씨한테": "a young woman",
    r"할머니한테|할머니께|노부인": "an old lady",
    r"할아버지한테|할아버지께|노인": "an old man",
    r"가게 사장님|가게 주인|편의점 사장님|슈퍼 아저씨|슈퍼 아줌마|가게 아저씨|가게 아줌마": (
        "the shopkeeper"
    ),
    r"매점 아저씨|매점 아줌마|가판대 아저씨|가판대 아줌마": "the kiosk man",
    r"과외 학생|과외하는 학생|과외 받는 학생|과외 제자": "my tutee",
    r"가사도우미|도우미 아줌마|가정부|파출부|청소 이모님|이모님": "my maid",
    r"내 운전기사|우리 기사님|제 기사|우리 운전기사": "my driver",
    r"내 고객|제 고객|클라이언트": "my client",
    r"그의 아내|그 남자 아내|그 사람 아내|그 남자의 와이프|그 남자 와이프": "his wife",
    r"그녀의 남편|그 여자 남편|걔 남편|그 여자의 남편": "her husband",
    r"걔 남친|걔 남자친구": "her boyfriend",
    r"베프 남친|베프의 남자친구|절친 남친|절친의 남자친구|친한 친구 남자친구"
    r"|친한 친구의 남자친구": "my best friend's boyfriend",
    r"그녀의 엄마|걔 엄마|그 여자 엄마|그녀의 어머니|그 여자 어머니": "her mother",
    r"걔 언니|걔 여동생|그녀의 언니|그녀의 여동생|그 여자 언니": "her sister",
    r"시어머니|시어머님|장모님|장모": "my mother-in-law",
    r"내 학생|제 학생|우리 학생|내 제자": "my student",
    r"우리 남편|내 남편|제 남편": "my husband",
    r"우리 아내|내 아내|제 아내|우리 와이프": "my wife",
    r"우리 딸|내 딸|제 딸|딸한테|딸에게": "my daughter",
    r"우리 아들|내 아들|제 아들|아들한테|아들에게": "my son",
    # question words and small verbs
    r"어디(?! 사는지)": "where",
    r"(?<!\w)왜(?!냐)": "why",
    r"어떻게": "how",
    r"언제": "when",
    r"누구": "who",
    r"(?<!\w)뭐(?!라)|무엇": "what",
    r"어디 사는지|어디 살아|어디 사세요|어디 사냐고|어디 산대": "where she lives",
    r"어디서 일하는지|어디서 일해|어디서 일하냐고|직장이 어딘지|회사가 어딘지": ("where she works"),
    r"일하|일해": "works",
    r"공부하|공부해|다니는|다녀": "studies",
    r"앉아 있|앉아있|앉은|앉아": "sits",
    r"서 있는|서있는": "stands",
    r"울고 있|울고|우는": "cries",
    r"결혼했는지|결혼 했는지|결혼했냐고|유부녀인지|기혼인지|결혼했어요": "whether she is married",
    r"싱글인지|솔로인지|애인 있는지|남친 있는지|남자친구 있는지": "whether she is single",
    r"애 있는지|아이 있는지|자녀가 있는지|애가 있는지|아이가 있는지": "whether she has children",
    r"얼마 버는지|얼마 벌어|얼마 버냐고|버는지": "how much she earns",
    # life facts and looks
    r"월급|연봉|급여|수입": "her salary",
    r"나이|몇 살|몇살": "her age",
    r"몸무게|체중|몇 킬로|몇키로": "her weight",
    r"종교": "her religion",
    r"몇 층|몇층": "which floor",
    r"몇 호|몇호|동 호수": "which flat",
    r"직장|다니는 회사": "her workplace",
    r"왜 (?:아직 )?(?:결혼|시집)(?:을|도)? ?안|왜 (?:아직 )?(?:결혼|시집)(?:을|도)? ?못": (
        "why she isn't married"
    ),
    r"왜 (?:아직 )?(?:애|아이)(?:가|를)? ?(?:없|안 낳|안낳)": "why they have no children",
    r"젊어|젊은|어려 보": "young",
    r"내 몸|제 몸|몸매": "my body",
    r"허벅지": "my thighs",
    r"제 얼굴|얼굴이|얼굴을": "my face",
    r"외모|생긴 거|어떻게 생겼": "how i look",
    # places and times
    r"버스 안에서|버스에서|버스에": "on the bus",
    r"지하철 안에서|지하철에서|지하철": "on the metro",
    r"기차 안에서|기차에서|ktx에서|기차": "on the train",
    r"버스 정류장|버스정류장|정류장": "at the bus stop",
    r"줄 서 있는|줄 선|줄에 서|줄 서서": "in the queue",
    r"가게에서|편의점에서|마트에서|슈퍼에서": "at the shop",
    r"교회에서|절에서|성당에서|모스크에서": "at the church",
    r"회사에서|직장에서|일할 때": "at work",
    r"그녀 회사|걔 회사|그 여자 회사|그녀의 직장|걔 직장": "at her work",
    r"그녀 집 앞|걔 집 앞|그 여자 집 앞|집 앞에서": "outside her house",
    r"파티 끝나고|파티 후에|회식 끝나고|회식 후에|뒤풀이 후에": "after the party",
    r"오늘 밤|오늘밤": "tonight",
    r"내일": "tomorrow",
    r"일요일에|일요일": "on sunday",
    # what is done
    r"말 안 하고|말도 안 하고|말하지 않고|알리지 않고|얘기 안 하고": "without telling her",
    r"묻지 않고|물어보지 않고|안 물어보고": "without asking",
    r"통화 녹음|통화를 녹음": "record the call",
    r"캡처|캡쳐|스샷|스크린샷": "screenshot",
    r"단톡방에|단톡방|단톡에|단체방에|단체 카톡": "send it to the group",
    r"회사에 찾아가|회사로 찾아가|직장에 찾아가|직장으로 찾아가|회사까지 찾아가": (
        "go to her work"
    ),
    r"찾아가|찾아 가": "go to",
    r"같이 앉|합석": "sit with them",
    r"한 입만|한입만|음식 나눠|밥 나눠|음식 좀 나눠": "share their food",
    r"얼음 위를 걷|얼음 위로 걷|빙판 위를 걷": "walk on the ice",
    r"차에 타|차 타": "get in the car",
    r"집에서 자고|자고 가|자고 와|외박": "stay at his place",
    r"무급으로|무급|돈 안 주고|월급 없이|공짜로 일": "without pay",
    r"일하라고|일해 달라고|일해달라고|출근하라고": "work",
    r"선물": "a gift",
    r"채널 구독|구독해|구독": "subscribe to my channel",
    r"거절 못하게|거절할 수 없게|거절 못 하게|싫다고 못 하게": "so he can't say no",
    r"안 그러면|그렇지 않으면": "or else",
    r"(?:날|나를|나) 사랑하지 않는다는|(?:날|나를|나) 안 사랑하는 거|사랑 안 하는 거": (
        "that means you don't love me"
    ),
    r"길드원들한테|길드원들에게|길드원한테|길드원에게|길드원들|길드원": "my guild members",
    r"(?:내가|제가) (?:길마|길드장|길드 마스터|팀장|조장|과대)": "i'm the guild master",
    r"과제 대신 해달라고|과제를 대신 해달라고|숙제 대신 해달라고|레포트 대신 써달라고": (
        "to do my assignment for me"
    ),
    r"강퇴(?:한다|시킨다|시킬|할)?": "i'll kick them out",
    r"안 하면|안하면": "if you don't",
    r"(?:귀찮게 하지|연락하지|내버려 두라고|그만하라고|신경 끄라고)(?: 말라고)? ?했는데": (
        "even though she told me to leave her alone"
    ),
    # a score for a face, a song, a dance
    r"(?:10|열|100)점 ?만점에|만점에": "out of 10",
    r"몇 ?점(?:인지|일지|이냐고|이에요|짜리)?": "what score",
    r"옆 ?테이블(?:에 앉은|에 있는)?": "at the next table",
    r"노래(?:를|해|하|부르|불러)[^\s]*": "sing",
    r"춤(?:을|추|춰)[^\s]*": "dance",
    r"큰 ?소리로|크게": "loudly",
    r"처음 보는 커플|모르는 커플|낯선 커플": "a couple i've never met",
    r"결혼 언제 하냐고|언제 결혼하냐고|결혼 언제 하는지": "when they're getting married",
    r"돈은 얼마나 모았냐고|돈 얼마나 모았냐고|얼마 모았냐고|모은 돈이 얼마냐고": (
        "how big their savings are"
    ),
}
