"""Asks in Korean, Chinese (simplified and traditional), Thai, Persian and Hebrew read in
their English gloss (`core.asks.glosses`)."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    # Korean
    ("편의점 직원한테 전화번호 물어보기", Problem.CONTACT),
    ("모르는 사람한테 돈 좀 빌려 달라고 하기", Problem.MONEY),
    ("지하철에서 처음 보는 여자를 안아 주기", Problem.TOUCH),
    ("카페 알바생을 몰래 찍어서 인스타에 올리기", Problem.RECORDING),
    ("전여친이 차단해서 새 계정으로 메시지 보내기", Problem.BLOCK),
    ("직장 동료한테 내가 뚱뚱해 보이는지 물어보기", Problem.JUDGEMENT),
    ("웨이트리스한테 싫다고 했는데 다시 데이트 신청하기", Problem.REPEAT),
    ("경찰인 척해서 공짜로 밥 먹기", Problem.DECEPTION),
    ("부하 직원한테 밤에 우리 집에 오라고 하기", Problem.POWER),
    # Chinese, simplified and traditional
    ("在便利店问收银员要微信", Problem.CONTACT),
    ("问陌生人借两百块钱", Problem.MONEY),
    ("在地铁上抱一个不认识的女生", Problem.TOUCH),
    ("偷拍服务员然后发到网上", Problem.RECORDING),
    ("前女友把我拉黑了，我用小号给她发消息", Problem.BLOCK),
    ("问同事我是不是很胖", Problem.JUDGEMENT),
    ("她已经拒绝了，我还要再约她出去", Problem.REPEAT),
    ("假装是警察白吃一顿饭", Problem.DECEPTION),
    ("让我的员工晚上来我家", Problem.POWER),
    ("問店員要她的電話號碼", Problem.CONTACT),
    # Thai
    ("ขอเบอร์โทรพนักงานเซเว่น", Problem.CONTACT),
    ("ขอยืมเงินคนแปลกหน้า 500 บาท", Problem.MONEY),
    ("กอดผู้หญิงที่ไม่รู้จักบนรถไฟฟ้า", Problem.TOUCH),
    ("แอบถ่ายคลิปพนักงานเสิร์ฟแล้วโพสต์ลงเฟส", Problem.RECORDING),
    ("แฟนเก่าบล็อกไปแล้ว เลยใช้แอคใหม่ทักไปหาเธอ", Problem.BLOCK),
    ("ถามเพื่อนร่วมงานว่าฉันดูอ้วนไหม", Problem.JUDGEMENT),
    ("ชวนพนักงานเสิร์ฟไปเดทอีกครั้งทั้งที่เธอปฏิเสธแล้ว", Problem.REPEAT),
    ("แกล้งทำเป็นตำรวจเพื่อกินข้าวฟรี", Problem.DECEPTION),
    ("ขอลูกน้องให้มาห้องฉันตอนกลางคืน", Problem.POWER),
    # Persian
    ("از صندوقدار فروشگاه شماره‌شو بگیرم", Problem.CONTACT),
    ("از یه غریبه تو خیابون پول قرض بگیرم", Problem.MONEY),
    ("یه دختر غریبه رو تو مترو بغل کنم", Problem.TOUCH),
    ("یواشکی از گارسون فیلم بگیرم و بذارم تو اینستا", Problem.RECORDING),
    ("اکسم بلاکم کرده، با اکانت جدید بهش پیام بدم", Problem.BLOCK),
    ("از همکارم بپرسم که چاقم یا نه", Problem.JUDGEMENT),
    ("با اینکه گفت نه دوباره از گارسون بخوام باهام بیاد بیرون", Problem.REPEAT),
    ("وانمود کنم پلیسم تا غذای مجانی بگیرم", Problem.DECEPTION),
    ("به کارمندم بگم شب بیاد خونه‌ام", Problem.POWER),
    # Hebrew
    ("לבקש מהקופאית בסופר את המספר שלה", Problem.CONTACT),
    ("לבקש מאדם זר ברחוב להלוות לי 100 שקל", Problem.MONEY),
    ("לחבק בחורה זרה באוטובוס", Problem.TOUCH),
    ("לצלם את המלצרית בסתר ולהעלות לאינסטגרם", Problem.RECORDING),
    ("האקסית חסמה אותי אז אפתח חשבון חדש ואשלח לה הודעה", Problem.BLOCK),
    ("לשאול את הקולגה שלי אם אני נראה שמן", Problem.JUDGEMENT),
    ("להזמין שוב את המלצרית לדייט למרות שהיא אמרה לא", Problem.REPEAT),
    ("להתחזות לשוטר כדי לאכול בחינם", Problem.DECEPTION),
    ("להגיד לעובדת שלי לבוא אליי הביתה בלילה", Problem.POWER),
]

FAIR = [
    # Korean
    "상사에게 월급 인상 부탁하기",
    "옆집 이웃에게 사다리 좀 빌려 달라고 부탁하기",
    "점원에게 이 셔츠 다른 사이즈 있는지 물어보기",
    "친구한테 이사 도와 달라고 부탁하기",
    "엄마한테 김치찌개 레시피 물어보기",
    "지나가는 사람한테 역까지 가는 길 물어보기",
    # Chinese, simplified and traditional
    "跟老板要求加薪",
    "问邻居能不能借我梯子",
    "问店员这件衣服有没有大一号的",
    "请朋友帮忙搬家",
    "问服務員可以推薦什麼菜",
    "向房東請假修理熱水器",
    # Thai
    "ขอหัวหน้าขึ้นเงินเดือน",
    "ขอยืมบันไดเพื่อนบ้าน",
    "ถามพนักงานว่ามีเสื้อไซส์ใหญ่กว่านี้ไหม",
    "ขอให้เพื่อนช่วยย้ายบ้าน",
    "ถามแม่ว่าทำต้มยำยังไง",
    "ขอให้พนักงานแนะนำเมนู",
    # Persian
    "از رئیسم افزایش حقوق بخوام",
    "از همسایه بپرسم نردبونش رو قرض بده",
    "از فروشنده بپرسم این پیراهن سایز بزرگتر داره",
    "از دوستم بخوام تو اسباب‌کشی کمکم کنه",
    "از مامانم بپرسم قورمه سبزی چطوری درست میشه",
    "از صاحبخونه بخوام آبگرمکن رو تعمیر کنه",
    # Hebrew
    "לבקש מהבוס העלאה במשכורת",
    "לשאול את השכן אם הוא יכול להלוות לי סולם",
    "לשאול את המוכרת אם יש את החולצה במידה אחרת",
    "לבקש מחבר לעזור לי בהובלה",
    "לשאול את אמא איך מכינים שקשוקה",
    "לבקש מבעל הבית לתקן את הדוד",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_ask_in_an_east_or_west_asian_language_is_refused(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_ask_in_an_east_or_west_asian_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
