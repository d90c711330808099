"""Asks in Japanese, Chinese, Korean, Thai, Vietnamese, Indonesian and Tagalog made of everyday
words (who sits where, what she earns, on the bus, on Sunday, send it to the group) read in
their English gloss (`core.asks.glosses`)."""

from __future__ import annotations

import pytest

from core.asks import Problem
from tests.core.asks_reading import assert_first_problem

UNETHICAL = [
    # Japanese
    ("バスで隣に座ってる女の子にどこに住んでるか聞く", Problem.CONTACT),
    ("うちのお手伝いさんに日曜日に無給で働くように頼む", Problem.POWER),
    ("私の生徒になんで結婚しないのか聞く", Problem.POWER),
    ("知らない女の子に年齢と給料を聞く", Problem.SPOT),
    ("店の女の子をこっそり撮ってグループに送る", Problem.RECORDING),
    ("知らない人にお金を貸してと頼む", Problem.MONEY),
    ("電車で隣に座ってる女性に結婚してるかどうか聞く", Problem.SPOT),
    ("部下になんで子供がいないのか聞く", Problem.POWER),
    # Chinese
    ("问公交车上坐我旁边的女生住在哪里", Problem.CONTACT),
    ("让我家保姆星期天白干", Problem.POWER),
    ("问我的学生为什么还不结婚", Problem.POWER),
    ("问一个不认识的女生多大了工资多少", Problem.SPOT),
    ("偷拍店里的女生然后发到群里", Problem.RECORDING),
    ("找陌生人借钱", Problem.MONEY),
    ("问地铁上旁边的女生结婚了没", Problem.SPOT),
    ("問我的員工為什麼不生孩子", Problem.POWER),
    # Korean
    ("버스에서 옆에 앉은 여자한테 어디 사는지 물어보기", Problem.CONTACT),
    ("가사도우미한테 일요일에 무급으로 일해 달라고 하기", Problem.POWER),
    ("내 학생한테 왜 결혼 안 했냐고 물어보기", Problem.POWER),
    ("모르는 여자한테 나이랑 월급 물어보기", Problem.SPOT),
    ("가게 직원 몰래 찍어서 단톡방에 올리기", Problem.RECORDING),
    ("모르는 사람한테 돈 빌려 달라고 하기", Problem.MONEY),
    ("지하철에서 옆자리 여자한테 결혼했는지 물어보기", Problem.SPOT),
    ("부하 직원한테 왜 아이가 없냐고 물어보기", Problem.POWER),
    # Thai
    ("ถามผู้หญิงที่นั่งข้างๆบนรถเมล์ว่าบ้านอยู่ไหน", Problem.CONTACT),
    ("ขอให้แม่บ้านทำงานวันอาทิตย์โดยไม่ได้ค่าจ้าง", Problem.POWER),
    ("ถามนักเรียนของฉันว่าทำไมยังไม่แต่งงาน", Problem.POWER),
    ("ถามผู้หญิงที่ไม่รู้จักว่าอายุเท่าไหร่เงินเดือนเท่าไหร่", Problem.SPOT),
    ("แอบถ่ายพนักงานร้านแล้วส่งเข้ากลุ่ม", Problem.RECORDING),
    ("ขอยืมเงินคนแปลกหน้า", Problem.MONEY),
    ("ถามผู้หญิงบนรถไฟฟ้าว่าแต่งงานหรือยัง", Problem.SPOT),
    ("ถามลูกน้องว่าทำไมยังไม่มีลูก", Problem.POWER),
    # Vietnamese, with and without its marks
    ("hỏi cô gái ngồi cạnh trên xe buýt sống ở đâu", Problem.CONTACT),
    ("bảo người giúp việc làm chủ nhật không lương", Problem.POWER),
    ("hỏi học sinh của tôi sao chưa lấy chồng", Problem.POWER),
    ("hỏi người lạ bao nhiêu tuổi và lương bao nhiêu", Problem.SPOT),
    ("quay lén cô bán hàng rồi gửi vào nhóm", Problem.RECORDING),
    ("hỏi mượn tiền người lạ", Problem.MONEY),
    ("hỏi cô gái trên tàu điện ngầm đã kết hôn chưa", Problem.SPOT),
    ("hỏi nhân viên của tôi sao chưa có con", Problem.POWER),
    # Indonesian and Malay
    ("tanya cewek yang duduk di sebelahku di bus tinggal di mana", Problem.CONTACT),
    ("suruh pembantu kerja hari minggu tanpa dibayar", Problem.POWER),
    ("tanya muridku kenapa belum nikah", Problem.POWER),
    ("tanya orang yang gak aku kenal umurnya dan gajinya", Problem.SPOT),
    ("rekam diam-diam mbak kasir terus kirim ke grup", Problem.RECORDING),
    ("minta pinjam uang ke orang asing", Problem.MONEY),
    ("tanya cewek di kereta apakah sudah menikah", Problem.SPOT),
    ("tanya karyawanku kenapa belum punya anak", Problem.POWER),
    # Tagalog and Taglish
    ("tanungin yung katabi ko sa jeep kung saan siya nakatira", Problem.CONTACT),
    ("utusan ang kasambahay ko na magtrabaho sa linggo nang walang sweldo", Problem.POWER),
    ("tanungin ang estudyante ko kung bakit hindi pa siya kasal", Problem.POWER),
    ("tanungin ang babaeng di ko kilala ilang taon na siya at magkano sahod niya", Problem.SPOT),
    ("i-video nang palihim ang tindera tapos i-send sa gc", Problem.RECORDING),
    ("mangutang ng pera sa estranghero", Problem.MONEY),
    ("tanungin ang babae sa mrt kung may asawa na", Problem.SPOT),
    ("tanungin ang empleyado ko kung bakit wala pa siyang anak", Problem.POWER),
]

FAIR = [
    # Japanese
    "店主に明日何時に開くか聞く",
    "隣人にはしごを貸してもらえるか聞く",
    "上司に日曜日に休みをもらえるか聞く",
    "バス停でおばあちゃんに駅はどこか聞く",
    "お義母さんに今夜何を作るか聞く",
    "医者にいつ仕事に戻れるか聞く",
    # Chinese
    "问店老板明天几点开门",
    "问邻居能不能借我梯子",
    "跟老板请假星期天休息",
    "问老奶奶公交站在哪里",
    "问婆婆今晚做什么菜",
    "問醫生我什麼時候可以回去上班",
    # Korean
    "가게 사장님한테 내일 몇 시에 여는지 물어보기",
    "이웃한테 사다리 빌려줄 수 있는지 물어보기",
    "상사한테 일요일에 휴가 달라고 하기",
    "할머니한테 버스 정류장이 어디인지 물어보기",
    "시어머니한테 오늘 밤 뭐 먹을지 물어보기",
    "의사한테 언제 다시 출근할 수 있는지 물어보기",
    # Thai
    "ถามเจ้าของร้านว่าพรุ่งนี้เปิดกี่โมง",
    "ถามเพื่อนบ้านว่าขอยืมบันไดได้ไหม",
    "ขอหัวหน้าลาหยุดวันอาทิตย์",
    "ถามคุณป้าว่าป้ายรถเมล์อยู่ที่ไหน",
    "ถามแม่สามีว่าคืนนี้จะทำอะไรกิน",
    "ถามหมอว่าจะกลับไปทำงานได้เมื่อไหร่",
    # Vietnamese
    "hỏi chủ cửa hàng ngày mai mấy giờ mở cửa",
    "hỏi hàng xóm có thể cho mượn cái thang không",
    "xin sếp nghỉ ngày chủ nhật",
    "hỏi bà cụ trạm xe buýt ở đâu",
    "hỏi mẹ chồng tối nay nấu gì",
    "hỏi bác sĩ khi nào tôi có thể đi làm lại",
    # Indonesian
    "tanya ibu warung besok buka jam berapa",
    "tanya tetangga boleh pinjam tangga",
    "minta izin ke atasan libur hari minggu",
    "tanya nenek-nenek di jalan halte bus di mana",
    "tanya mertua malam ini masak apa",
    "tanya dokter kapan aku bisa kerja lagi",
    # Tagalog
    "tanungin ang may-ari ng tindahan kung anong oras magbubukas bukas ng umaga",
    "tanungin ang kapitbahay kung pwede kong hiramin ang hagdan",
    "humingi ng day off sa amo ko sa linggo",
    "tanungin si lola kung saan ang sakayan ng bus",
    "tanungin ang biyenan ko kung ano ang lulutuin mamayang gabi",
    "tanungin ang doktor kung kailan ako pwedeng bumalik sa trabaho",
]


@pytest.mark.parametrize(("text", "problem"), UNETHICAL)
def test_an_unethical_everyday_ask_in_an_eastern_language_is_refused(
    text: str, problem: Problem
) -> None:
    assert_first_problem(text, problem)


@pytest.mark.parametrize("text", FAIR)
def test_a_fair_everyday_ask_in_an_eastern_language_stays_fair(text: str) -> None:
    assert_first_problem(text, None)
