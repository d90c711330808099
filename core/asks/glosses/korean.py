"""Korean words an ask turns on, in Hangul, in the English the rules read (`core.asks.gloss`).

Korean writes its particles onto the word ("직원한테", to the clerk; "번호를", the number),
so Hangul keys match anywhere, as kana and kanji do; none is a single syllable unless a
lookahead keeps it from the middle of a longer word."""

from __future__ import annotations

GLOSSES: dict[str, str] = {
    # object and verb together (Korean puts the verb last, the rules read it first)
    (
        r"(?:전화번호|폰번호|핸드폰 번호|번호|연락처|카톡 아이디|카톡|인스타)(?:를|을|도|좀)? ?"
        r"(?:물어보|물어봐|물어볼|물어본|달라고|따|딸|받아|받을|받기|알려 달라|알려달라|주세요|줘)"
    ): "ask for her phone number",
    r"번따|헌팅": "ask for her phone number",
    r"카톡 아이디(?:를|도|좀)? ?물어(?:보|봐)": "ask for her phone number",
    r"(?:그냥 )?(?:공짜로|무료로) (?:하나 )?달라고 (?:해|하)": "ask them to give it to me for free",
    (
        r"(?:집 주소|주소|사는 곳|어디 사는지)(?:를|을|도|좀)? ?"
        r"(?:물어보|물어봐|물어볼|알아내|알려)"
    ): "ask for her home address",
    r"돈(?:을|좀| 좀)? ?(?:빌려|빌리|달라고|받아|꿔)": "ask for money",
    r"(?:뚱뚱|살쪄|살 쪄|살쪘|살 쪘)\w*(?:는지|냐고)": "ask if i look fat",
    r"(?:못생|늙어|나이 들어)\w*(?:는지|냐고)": "ask if i look old",
    r"(?:예쁜지|예쁘냐고|잘생겼는지|잘생겼냐고|매력 ?있는지)": "ask if i look attractive",
    # asking, telling, inviting
    r"물어보|물어봐|물어볼|물어본|물었|묻고|묻다|질문하|질문해": "ask",
    r"부탁하|부탁해|부탁할|부탁드|요청하|요청해|달라고 하|달라고 해|해달라고|해 달라고": "ask",
    r"조르|졸라|보채|떼쓰|애원|빌어|사정하|사정해": "beg",
    r"말하|말해|말할|전하|전해|알려주|알려 주|얘기하|얘기해|이야기하": "tell",
    r"초대하|초대해|초대할|초대": "invite",
    r"데이트 신청|데이트하자|데이트 하자|데이트 신청하|만나자고": "ask her out on a date",
    r"밥 먹자고|밥 한번|밥 한 번|저녁 먹자|식사하자|식사 하자": "invite to dinner",
    r"술 한잔|술 한 잔|술 마시자|한잔하자|한잔 하자": "invite for a drink",
    r"데이트|소개팅": "a date",
    r"사귀자|사귀어|사귈래|고백하|고백해|고백할|고백": "go out with me",
    r"작업 걸|꼬시|꼬셔|플러팅": "flirt",
    # lending, giving, paying
    r"빌려주|빌려 주|빌려줘|빌려 줘|빌려달|빌려 달|빌리|빌려|꿔 줘|꿔줘|꿔 달|꿔달": "lend me",
    r"사 달라|사달라|사 줘|사줘|쏴 달|쏘라고|쏴|한턱": "buy me",
    r"대신 내|대신 계산|계산해 달|계산해달|내 달라|내달라": "pay for me",
    r"계산하|계산해|지불|결제|내주|내 주": "pay",
    r"(?<!\w)돈|현금|용돈|만원|천원|\d+ ?(?:만 ?)?원": "money",
    r"공짜로|공짜|무료로|무료|그냥 달라|서비스로": "for free",
    r"할인|깎아|깎아 줘|싸게 해|디씨": "a discount",
    r"환불": "a refund",
    r"외상": "on credit",
    r"(?<!\w)빚|갚아|갚으라고|나한테 빚": "you owe me",
    # calling, messaging, contact details
    r"전화번호|폰번호|핸드폰 번호|휴대폰 번호|번호": "phone number",
    r"연락처|카톡 아이디|카톡|카카오톡|라인 아이디": "her phone number",
    r"집 주소|주소|사는 곳|어디 사는지|집이 어디": "her home address",
    r"인스타 아이디|인스타그램|인스타|페북|페이스북|sns": "her instagram",
    r"전화하|전화해|전화할|전화 걸": "call",
    r"문자하|문자해|문자 보내|메시지|디엠|dm 보내|연락하|연락해": "message",
    # filming, photographing, posting
    r"몰카|몰래 카메라|도촬|몰래 찍|몰래 촬영|몰래 녹화": "film without them knowing",
    r"촬영|녹화|동영상|영상 찍|영상을 찍|영상|찍어|찍을|찍고|찍기": "film",
    r"사진(?:을|좀)? ?찍어 ?(?:달라|주|줄|줘)": "take a photo of us",
    r"셀카(?:를|도)? ?(?:찍어|찍고|찍기|찍을)?|내 사진|내 얼굴": "a photo of myself",
    r"(?:인스타|인스타그램|sns|페북|유튜브|틱톡)에 (?:올리|올려|올릴)": "post it online",
    r"녹음": "record",
    r"사진|셀카|같이 사진": "a photo",
    r"올리|올려|업로드|게시|퍼뜨|유포|박제|라이브 방송|생방송": "post it online",
    r"몰래|모르게|허락 없이|허락없이|동의 없이|동의없이|들키지 않게": "without them knowing",
    # pretending, lying
    r"교수님(?:이|께서)? ?허락했다고 (?:하고|말하고|해서|말해서)": (
        "say the professor allowed it and"
    ),
    r"(?:사장님|점장님|팀장님|부장님|관장님|원장님)(?:이|께서)? ?허락했다고"
    r" (?:하고|말하고|해서|말해서)": "say the manager allowed it and",
    r"열어 ?달라고|열어 ?주세요|열어 ?줘": "ask to open",
    r"척하|척 하|척해|척 해|척을|인 척|행세|사칭|위장|변장": "pretend to be",
    r"거짓말|속이|속여|뻥치|구라|지어내": "lie",
    r"가짜|위조|핑계": "a fake",
    r"비밀": "a secret",
    r"비밀번호|비번|와이파이 비번|패스워드": "the password",
    # blocking, following, waiting
    r"차단당|차단했|차단해서|차단|차단 먹": "blocked me",
    r"새 계정|새계정|부계정|부계|다른 계정|다른 번호|새 번호|딴 계정|가계정": "from a new account",
    r"따라가|따라 가|뒤따라|미행|쫓아가|쫓아 가|스토킹": "follow",
    r"기다리|기다려|기다릴|기다렸|잠복": "wait for",
    # touch, closeness
    r"안아|안기|포옹|허그|껴안": "a hug",
    r"뽀뽀|키스|입맞춤|볼에 뽀뽀": "a kiss",
    r"손 잡|손잡|손을 잡": "hold hands",
    r"만지|만져|만질|터치|쓰다듬": "touch",
    r"마사지|안마|어깨 주물": "a massage",
    # meeting, going out, driving, coming home
    r"만나|만날|만났": "meet",
    r"같이 나가|같이 놀|놀러 가|놀러가|같이 가": "go out",
    r"영화 보러 가자고|영화 보자고|영화 같이 보자고": "ask her to go to a movie with me",
    r"(?<!\w)밥|저녁|식사|점심": "dinner",
    r"(?<!\w)술|맥주|소주|한잔|한 잔": "a drink",
    r"커피": "a coffee",
    r"카페에서|카페": "at the cafe",
    r"태워 줘|태워줘|태워 달|태워달|태워다|데려다|바래다|차 태워|얻어 타|얻어타": "a lift",
    (
        r"(?:그|그 남자|그분|그 사람)의? 차에 타|(?:그|그 남자|그분|그 사람)의? 차 타"
    ): "get in his car",
    r"우리 집에 (?:가자|와|오라고|데려|데리고)|우리집에 (?:가자|와|오라고|데려|데리고)"
    r"|집에 데려가|집에 데리고": "come home with me",
    r"운전": "drive",
    # threats, force, pressure
    r"협박|위협|겁주|겁을 주": "threaten",
    r"억지로|강제로|강요": "make them",
    r"계속|자꾸|끈질기게|될 때까지|계속해서": "insist",
    r"허락할 때까지|승낙할 때까지|좋다고 할 때까지|받아줄 때까지": "until she says yes",
    r"사람들 앞에서|모두 앞에서|다들 보는 앞에서|공개적으로": "in front of everyone",
    # again, after a no
    r"한 번만 더|한번만 더|세 번째|세번째|몇 번이고": "again",
    r"다시|한 번 더|한번 더|(?<!\w)또 (?=\w)|또다시|재차|또 한 번": "again",
    r"싫다고 했는데|싫다고 했지만|거절했는데|거절했지만|안 된다고 했는데|거절당했는데|싫다는데"
    r"|거절했어도|싫다고 해도": "even though she said no",
    r"거절당한|거절한|싫다고 한": "who said no",
    r"넘어오겠지|넘어올 때까지|넘어오겠|넘어올 거": "until she gives in",
    r"거절|싫다고|안 된다고|싫대": "said no",
    # people
    r"모르는 사람|낯선 사람|처음 보는 사람|모르는 여자|모르는 남자|낯선 여자|낯선 남자"
    r"|처음 보는 여자|처음 보는 남자|생판 남|외부인": "a stranger",
    r"지나가는 사람|지나가던 사람|행인|길 가는 사람|아무나|아무한테나": "a passer-by",
    r"누군가|어떤 사람|사람한테|사람에게": "someone",
    r"옆 사람|옆자리 사람|옆에 앉은 사람|옆에 있는 사람": "the person next to me",
    r"친구(?:의)? 여자친구|친구(?:의)? 여친": "my friend's girlfriend",
    r"친구(?:의)? 남자친구|친구(?:의)? 남친": "my friend's boyfriend",
    r"여자친구|여친": "my girlfriend",
    r"남자친구|남친": "my boyfriend",
    r"(?:그녀|그 여자|걔)의? 남자친구|(?:그녀|그 여자|걔)의? 남친": "her boyfriend",
    r"여자|여성|아가씨|아줌마|할머니|여학생|언니(?=들|한테|에게|께)": "a woman",
    r"남자|남성|아저씨|할아버지": "a man",
    r"아이(?!디|스|폰|패드)|아이들|어린이|애기|아기|꼬마|초등학생|중학생|미성년자": "a child",
    r"웨이터|웨이트리스|서버|종업원|서빙": "the waiter",
    r"편의점 알바생|편의점 알바|편의점 직원|편의점 점원": "the convenience store clerk",
    r"도서관 사서|사서 선생님|사서한테|사서에게": "the librarian",
    r"직원|점원|알바생|알바|판매원|매장 직원|가게 직원|스태프": "the shop assistant",
    r"계산원|캐셔|계산대 직원|계산하는 분": "the cashier",
    r"바리스타": "the barista",
    r"기사님|택시 기사|운전기사|버스 기사|배달 기사|대리기사": "the driver",
    r"간호사": "the nurse",
    r"의사|치과 의사|약사": "the doctor",
    r"선생님|교수님|교수|강사|과외 선생님|담임": "the teacher",
    r"안내 데스크|프런트|리셉션|접수처": "the receptionist",
    r"경비원|경비 아저씨|보안 요원|경호원": "the guard",
    r"미용사|헤어 디자이너|디자이너 선생님": "the hairdresser",
    r"손님|고객": "the customer",
    r"환자": "the patient",
    r"학생|제자|수강생": "a student",
    r"부하 직원|부하직원|우리 직원|내 직원|신입|인턴": "my employee",
    r"직장 동료|회사 동료|동료|회사 사람|같은 팀|팀원": "my colleague",
    r"선배|후배|(?<!\w)동기(?=한테|에게|랑|를|가|도|들)": "my colleague",
    r"상사|사장님|사장|부장님|과장님|팀장님|팀장|대표님|본부장|매니저|점장": "my boss",
    r"집주인|건물주|주인 아주머니|주인 아저씨": "my landlord",
    r"세입자|세들어 사는": "my tenant",
    r"이웃|옆집|윗집|아랫집|앞집": "my neighbour",
    r"친구|절친|베프|친한 친구": "my friend",
    r"전 여자친구|전여자친구|전여친|전 여친|전 남자친구|전남자친구|전남친|전 남친|전 애인|전애인"
    r"|전처|전남편|헤어진 여자친구|헤어진 남자친구": "my ex",
    r"아내|와이프|남편|애인|배우자": "my partner",
    r"엄마|아빠|어머니|아버지|부모님|친언니|친오빠|누나|남동생|여동생|할머니께|할아버지께"
    r"|우리 형|친형|형한테|형에게|이모|삼촌|고모|사촌|가족": "my family",
    # looks
    r"예쁘|예뻐|이쁘|이뻐|잘생|귀엽|섹시|매력": "attractive",
    r"못생|추하|못난": "ugly",
    r"뚱뚱|살쪄|살 쪄|살쪘|살 쪘|돼지": "fat",
    r"말랐|마른|비쩍": "thin",
    r"늙어|늙었|나이 들어": "old",
    # when, where, how
    r"밤늦게|밤 늦게|늦은 밤|한밤중|새벽|밤에|야밤|밤 \d+시|새벽 \d+시": "at night",
    r"혼자|단둘이|둘이서만|둘만": "alone",
    r"술 취한|술취한|취해|취한|취했|만취|음주": "drunk",
    # fair words
    r"월급 인상|연봉 인상|임금 인상|월급 올려|연봉 올려|월급을 올려|연봉을 올려": "a raise",
    r"휴가|연차|월차|하루 쉬|쉬는 날|조퇴": "a day off",
    r"길(?:을|좀)? ?(?:물어|묻|알려)|가는 길|어떻게 가": "ask directions",
    r"추천": "recommend",
    r"고쳐|수리|고치": "repair",
    r"도와|도움|도와줘|도와 줘|도와달": "help",
    # function words
    r"만약|만일": "if",
    r"없이": "without",
    r"같이|함께": "with",
    r"나의|우리(?= )": "my",
    r"그녀의|그 여자의": "her",
    r"그의|그 남자의": "his",
}
