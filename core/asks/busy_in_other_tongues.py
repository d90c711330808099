"""Someone busy with their own thing, in Korean: studying, reading, eating, on a call.

"카페에서 공부하는 사람한테 가서 전공이 뭔지, 학점이 몇인지 물어보기" (go up to someone studying
in a café and ask their major and their grades): an ask of someone bent over their books has to
interrupt them, as `core.asks.their_places.BUSY` reads "una chica que lee" in Spanish. A
friend studying ("공부하는 친구") is someone the user knows and is left out. Fragments over the
normal form of `core.asks.text`.
"""

from __future__ import annotations

_PERSON = r"(?:사람|분|학생|여자|남자|손님|커플|아저씨|아줌마|언니|오빠|누나|형)\w*"
"""A person, a student, a woman or a man, with whatever particle follows ("사람한테")."""

BUSY = (
    rf"(?:공부|독서|식사|통화|작업|기도)(?:하는|중인|하고 있는|하고있는) {_PERSON}",
    rf"책(?:을|를)? (?:읽는|보는|읽고 있는) {_PERSON}|(?:자는|자고 있는|먹고 있는|먹는) {_PERSON}",
    rf"(?:이어폰|헤드폰|에어팟)(?:을|를)? ?(?:낀|끼고 있는|끼고있는) {_PERSON}",
)
"""Someone studying, reading, eating, on a call, asleep or with earphones in."""
