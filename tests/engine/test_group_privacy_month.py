"""A month of a group of 20, and every message any member received, read for what must
never reach another person.

Members choose every board option (by name, an alias, counted only by choice or by
default) and every answer option (sharing answers or not); eight of them, two of each board
choice, ask for a buddy in the group and are paired, and cheer their buddy every third day
and look at them every week. Each day they answer the
group's card, some guessing first, all giving how it felt and a mood, and writing a
reflection that carries a marker. Then every message the group was shown and every
message each member received in private (buddies' views, cheers and evening lines among
them) is scanned: no mood question, guess, reflection
or marker of another person, no answer of a member who does not share it, and no name of
a member who chose not to be named, anywhere but in that member's own chat; and what a
buddy received about the other holds no outcome, guess, felt fear or mood at all.
"""

from __future__ import annotations

import re
from collections import defaultdict

from core.messages import Reply
from tests.engine.test_groups import GROUP, button, card_of_the_day, onboarded
from tests.fakes.chat import Bot, ChatUser

MEMBERS = [str(2001 + n) for n in range(20)]
NAME = {uid: f"Realname{n:02d}" for n, uid in enumerate(MEMBERS)}
CHOICES = ("By my name", "Under an alias", "Just count me", None)  # None: the default
CHOICE = {uid: CHOICES[n % 4] for n, uid in enumerate(MEMBERS)}
SHARES = {uid: n % 3 == 0 for n, uid in enumerate(MEMBERS)}
PRIVATE_WORDS = ("how likely is a yes", "How scary did it actually feel", "how is your mood")
BUDDIES = MEMBERS[2:10]
"""Paired in order of asking: (2, 3), (4, 5), (6, 7), (8, 9), every board choice among them."""
ABOUT_A_BUDDY = ("are buddies", "taking a break", "asked today", "sent you a cheer")
NEVER_TO_A_BUDDY = ("Recorded", "Yes", "Partly", "A no", "30%", "/10", "/5", "🙂", "marker-")


class Month:
    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.public: list[Reply] = []
        self.private: dict[str, list[Reply]] = defaultdict(list)

    def group(self, uid: str, admin: bool = False) -> ChatUser:
        return self.bot.in_group(uid, GROUP, admin=admin, name=NAME[uid])

    def keep(self, uid: str, replies: list[Reply]) -> list[Reply]:
        for reply in replies:
            (self.private[uid] if reply.private else self.public).append(reply)
        return replies

    async def in_group(self, uid: str, payload: str) -> list[Reply]:
        return self.keep(uid, await self.group(uid).presses(payload))

    async def dm(self, uid: str, payload: str = "", text: str = "") -> list[Reply]:
        user = self.bot.user(uid)
        return self.keep(uid, await (user.says(text) if text else user.presses(payload)))

    async def day(self, card: Reply, number: int) -> None:
        for n, uid in enumerate(MEMBERS):
            outcome = ("Yes", "No", "Partly")[(n + number) % 3]
            if (n + number) % 5 == 0:
                guess = await self.in_group(uid, button([card], "Guess the odds first"))
                scary = await self.dm(uid, button(guess, "30%"))
                told = await self.dm(uid, button(scary, "6"))
                felt = await self.dm(uid, button(told, outcome))
            else:
                felt = await self.in_group(uid, button([card], outcome))
            mood = await self.dm(uid, button(felt, "4"))
            after = await self.dm(uid, button(mood, "4 🙂"))
            if any(r.title == "A moment to reflect" for r in after):
                await self.dm(uid, text=f"marker-{uid}-{number}: my hands shook, then fine")


def received_by(month: Month, uid: str) -> str:
    scheduled = [r for address, r in month.bot.sender.sent if address.chat_id in (uid, GROUP)]
    shown = [*month.public, *month.private[uid], *scheduled]
    return "\n".join(f"{r.title}\n{r.text}" for r in shown)


async def test_a_month_of_twenty_leaks_nothing_private_to_anyone(bot: Bot, report) -> None:
    month = Month(bot)
    await onboarded(bot, *MEMBERS)
    admin = month.group(MEMBERS[0], admin=True)
    [announced] = month.keep(MEMBERS[0], await admin.says("/challenge_start days 30 goal 300"))
    for uid in MEMBERS:
        await month.in_group(uid, button([announced], "I'm in"))
        label = CHOICE[uid]
        if label is not None:
            choice = await month.dm(
                uid, button(await month.dm(uid, text="/groups"), "How I appear")
            )
            chosen = await month.dm(uid, button(choice, label))
            if label == "Under an alias":
                assert "What name should the board show?" in chosen[0].text
                await month.dm(uid, text=f"Alias {uid}")
        if SHARES[uid]:
            await month.dm(uid, button(await month.dm(uid, text="/groups"), "Share my answers"))
    for uid in BUDDIES:
        offer = await month.dm(uid, text="/buddy")
        asked = await month.dm(uid, button(offer, "Find a buddy in Practice circle"))
        await month.dm(uid, button(asked, "Yes, find me a buddy"))

    bot.clock.advance(hours=25)
    for number in range(1, 31):
        card = await card_of_the_day(month)  # type: ignore[arg-type]  # needs only .bot
        await month.day(card, number)
        for uid in BUDDIES if number % 3 == 1 else ():
            choice = await month.dm(uid, button(await month.dm(uid, text="/buddy"), "Send a cheer"))
            await month.dm(uid, button(choice, "Proud of you for asking anyway."))
        if number % 7 == 0:
            month.keep(MEMBERS[1], await month.group(MEMBERS[1]).says("/board"))
        bot.clock.advance(hours=13)  # 21:00: the weekly board, or the closing summary
        await bot.deliveries.tick()
        bot.clock.advance(hours=11)

    public = "\n".join(f"{r.title}\n{r.text}" for r in [*month.public, *bot.sender.to_groups()])
    assert "Week 4 of the challenge · the board" in public and "Shared goal reached!" in public
    weekly = [r for r in bot.sender.to_groups() if r.title.endswith("· the board")]
    assert len(weekly) == 4 and all("Shared goal: " in r.text for r in weekly), "the meter, weekly"
    for words in PRIVATE_WORDS:
        assert words not in public
    assert "marker-" not in public
    unnamed = [uid for uid in MEMBERS if CHOICE[uid] != "By my name"]
    for uid in MEMBERS:
        seen = received_by(month, uid)
        for other in MEMBERS:
            if other == uid:
                continue
            assert f"marker-{other}-" not in seen, (uid, other)
            if other in unnamed:
                assert not re.search(rf"\b{NAME[other]}\b", seen), (uid, other)
            if not SHARES[other] and CHOICE[other] != "Just count me":
                shown_as = NAME[other] if CHOICE[other] == "By my name" else f"Alias {other}"
                for line in seen.splitlines():
                    if f". {shown_as} ·" in line:
                        assert "today:" not in line, line
    buddy_messages = 0
    for uid in BUDDIES:
        scheduled = [r for address, r in bot.sender.sent if address.chat_id == uid]
        about = [
            r for r in [*month.private[uid], *scheduled] if any(w in r.text for w in ABOUT_A_BUDDY)
        ]
        buddy_messages += len(about)
        assert sum("sent you a cheer" in r.text for r in about) == 10, uid
        assert sum("asked today" in r.text for r in about) >= 25, uid
        for reply in about:
            for word in NEVER_TO_A_BUDDY:
                assert word not in reply.text, (uid, word, reply.text)
    named = [uid for uid in MEMBERS if CHOICE[uid] == "By my name"]
    assert all(NAME[uid] in public for uid in named)
    report(
        f"privacy month: 20 members x 30 days, {len(month.public) + len(bot.sender.to_groups())} "
        f"group messages and {sum(map(len, month.private.values()))} private replies scanned, "
        f"{buddy_messages} messages (replies and deliveries) about a buddy among them"
    )
