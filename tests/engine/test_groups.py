"""A shared challenge in a group, through the engine: start, join, three days, board, end.

Five people are in the group "Practice circle": Ana (an admin), Ben, Cy and Dee, who use
the bot already, and Eve, who has never talked to it. Every reply the group could see and
every message the tick posts to the group is collected, to show that no guess, mood or
reflection ever reaches it.
"""

from __future__ import annotations

import json

from core.groups.model import ChallengeStatus
from core.messages import Reply
from core.model import Outcome
from tests.fakes.chat import Bot, ChatUser

GROUP = "-500"
PEOPLE = {"1001": "Ana", "1002": "Ben", "1003": "Cy", "1004": "Dee", "1005": "Eve"}
PRIVATE_WORDS = (
    "how likely is a yes",
    "How scary did it actually feel",
    "how is your mood",
    "A moment to reflect",
    "mood 3/5",
    "felt 4/10",
)


class Scene:
    """The group and its people, remembering everything the group was shown."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot
        self.seen_by_group: list[Reply] = []
        self.reflections: list[str] = []

    def dm(self, uid: str) -> ChatUser:
        return self.bot.user(uid)

    def group(self, uid: str, admin: bool = False) -> ChatUser:
        return self.bot.in_group(uid, GROUP, admin=admin, name=PEOPLE[uid])

    async def in_group(self, uid: str, text: str, admin: bool = False) -> list[Reply]:
        replies = await self.group(uid, admin).says(text)
        self.seen_by_group += [r for r in replies if not r.private]
        return replies

    async def press_in_group(self, uid: str, payload: str, admin: bool = False) -> list[Reply]:
        replies = await self.group(uid, admin).presses(payload)
        self.seen_by_group += [r for r in replies if not r.private]
        return replies

    def group_texts(self) -> str:
        shown = [*self.seen_by_group, *self.bot.sender.to_groups()]
        return "\n".join(f"{r.title}\n{r.text}" for r in shown)

    async def reflect(self, uid: str, replies: list[Reply], day: int) -> None:
        """Answer the reflection question in the private chat, with a text found nowhere else."""
        assert any(r.title == "A moment to reflect" for r in replies), [r.text for r in replies]
        words = f"Reflection {PEOPLE[uid]} day {day}: my voice shook, then it was fine"
        self.reflections.append(words)
        answer = await self.dm(uid).says(words)
        assert answer[0].private


def button(replies: list[Reply], label: str) -> str:
    for reply in reversed(replies):
        for row in reply.buttons:
            for found in row:
                if found.label == label or found.label == f"✓ {label}":
                    return found.payload
    labels = [b.label for r in replies for row in r.buttons for b in row]
    raise AssertionError(f"no {label!r} in {labels}")


async def appear_by_name(scene: Scene, *uids: str) -> None:
    """Members choose, privately, to be shown on the board by name (new members are not)."""
    for uid in uids:
        dm = scene.dm(uid)
        choice = await dm.presses(button(await dm.says("/groups"), "How I appear"))
        done = await dm.presses(button(choice, "By my name"))
        assert "appear by your name" in done[0].text


async def onboarded(bot: Bot, *uids: str) -> None:
    for uid in uids:
        await bot.user(uid).onboard()


async def started(scene: Scene, days: int = 7) -> Reply:
    """Ana sets up a challenge of `days` days from tomorrow and starts it."""
    setup = await scene.in_group("1001", "/challenge_start", admin=True)
    choice = await scene.press_in_group("1001", button(setup, str(days)), admin=True)
    start = button(choice, "Start the challenge")
    [announcement] = await scene.press_in_group("1001", start, admin=True)
    return announcement


async def user_id(bot: Bot, uid: str) -> int:
    user = await bot.store.user_by_identity("test", uid)
    assert user is not None
    return user.id


async def card_of_the_day(scene: Scene) -> Reply:
    results = await scene.bot.deliveries.tick()
    assert results["sent"] >= 1
    return scene.bot.sender.to_groups()[-1]


async def test_only_an_admin_can_start_a_challenge(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    [refusal] = await scene.in_group("1002", "/challenge_start")
    assert "Only the group's admins" in refusal.text and not refusal.private
    group = await bot.store.group_by_chat("test", GROUP)
    assert group is None or await bot.store.current_challenge(group.id) is None

    announcement = await started(scene)
    assert announcement.title == "A 7-day challenge starts tomorrow!"
    assert "08:00 (Europe/London)" in announcement.text
    assert [b.label for row in announcement.buttons for b in row] == ["I'm in"]


async def test_a_slash_command_with_options_starts_at_once(bot: Bot) -> None:
    scene = Scene(bot)
    args = "days 14 start 2026-03-09 time 7:30 timezone new york"
    [announcement] = await scene.in_group("1001", f"/challenge_start {args}", admin=True)
    assert announcement.title == "A 14-day challenge starts Mon 9 Mar!"
    group = await bot.store.group_by_chat("test", GROUP)
    assert group is not None
    challenge = await bot.store.current_challenge(group.id)
    assert challenge is not None and challenge.status is ChallengeStatus.RUNNING
    assert (challenge.timezone, challenge.delivery_time.isoformat()) == (
        "America/New_York",
        "07:30:00",
    )
    [again] = await scene.in_group("1001", "/challenge_start", admin=True)
    assert "already announced" in again.text


async def test_a_typed_setting_changes_the_draft_and_nonsense_is_explained(bot: Bot) -> None:
    scene = Scene(bot)
    await scene.in_group("1001", "/challenge_start", admin=True)
    [setup] = await scene.in_group("1001", "Tokyo", admin=True)
    assert "Time zone: Asia/Tokyo" in setup.text
    [setup] = await scene.in_group("1001", "45 days", admin=True)
    assert "Length: 45 days" in setup.text
    [problem] = await scene.in_group("1001", "whenever", admin=True)
    assert "couldn't read that" in problem.text
    [refusal] = await scene.in_group("1002", "Paris")
    assert "Only the group's admins" in refusal.text


async def test_three_days_of_a_shared_challenge_from_start_to_summary(bot: Bot, report) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002", "1003", "1004")
    announcement = await started(scene)
    join = button([announcement], "I'm in")

    for uid in ("1001", "1002", "1003", "1004"):
        [welcome] = await scene.press_in_group(uid, join)
        assert welcome.private and "You're in Practice circle's 7-day challenge" in welcome.text
    await scene.dm("1003").presses(button([welcome], "Keep them to me"))
    cy_welcome = await scene.press_in_group("1003", join)
    assert "already in" in cy_welcome[0].text
    await scene.dm("1003").presses(f"gh:{announcement.buttons[0][0].payload[3:]}:y")

    # Eve never talked to the bot: a private invitation with a link that joins in one go.
    [invitation] = await scene.press_in_group("1005", join)
    assert invitation.private
    [[link]] = invitation.buttons
    assert link.start.startswith("join-") and link.start in invitation.text
    eve = scene.dm("1005")
    first = await eve.says(f"/start {link.start}")
    assert "as soon as we're set up" in first[0].text
    await eve.taps("Yes, let's start")
    await eve.taps("I'm 18 or older")
    await eve.says("London")
    await eve.says("08:00")
    await eve.taps("Done")
    done = await eve.taps("3")
    assert any("You're in Practice circle's 7-day challenge" in r.text for r in done)
    await appear_by_name(scene, "1001", "1002", "1003", "1004", "1005")

    bot.clock.advance(hours=25)  # Tuesday 08:00 in London: day 1
    card = await card_of_the_day(scene)
    assert card.title.startswith("Day 1 of 7 · ") and not card.private
    assert len(bot.sender.to_groups()) == 1

    # Ana: a no, felt 4, mood 3, and a reflection written in her private chat.
    felt = await scene.press_in_group("1001", button([card], "No"))
    assert felt[0].private and "A no, collected" in felt[0].text
    mood = await scene.dm("1001").presses(button(felt, "4"))
    reflection = await scene.dm("1001").presses(button(mood, "3 😐"))
    await scene.reflect("1001", reflection, 1)
    # Ben guesses first, privately, then answers from his own chat.
    guess = await scene.press_in_group("1002", button([card], "Guess the odds first"))
    assert guess[0].private and "how likely is a yes" in guess[0].text
    assert "Swap this card" not in [b.label for row in guess[0].buttons for b in row]
    ben = scene.dm("1002")
    scary = await ben.presses(button(guess, "30%"))
    outcome = await ben.presses(button(scary, "6"))
    felt = await ben.presses(button(outcome, "Yes"))
    mood = await ben.presses(button(felt, "3"))
    await scene.reflect("1002", await ben.presses(button(mood, "4 🙂")), 1)
    felt = await scene.press_in_group("1003", button([card], "Partly"))
    await scene.dm("1003").presses(button(felt, "5"))
    await scene.press_in_group("1004", button([card], "Didn't try"))
    await scene.press_in_group("1005", button([card], "Waiting to hear"))
    again = await scene.press_in_group("1001", button([card], "Yes"))
    assert "recorded this card already: No" in again[0].text

    [board] = await scene.in_group("1002", "/board")
    assert not board.private
    assert "Day 1 of 7. 5 members." in board.text
    assert "Today: 4 attempts. So far: 4 attempts." in board.text
    assert "The 1 member who shares their answers has collected 0 no's." in board.text
    assert "Cy · 1 attempt · streak 1 · today: Partly" in board.text
    assert "Ana · 1 attempt · streak 1 · tried today ✓" in board.text
    assert "Dee · 0 attempts" in board.text
    assert "without appearing" not in board.text
    [soon_again] = await scene.in_group("1003", "/board")
    assert soon_again.private, "a second /board minutes later goes to the asker alone"

    # Day 2: Dee leaves; the others answer.
    bot.clock.advance(days=1)
    card = await card_of_the_day(scene)
    assert card.title.startswith("Day 2 of 7")
    assert "Yesterday: 4 attempts. Well done" in card.text
    [left] = await scene.in_group("1004", "/leave")
    assert left.private and "You've left" in left.text
    for uid, label in (("1001", "No"), ("1002", "No"), ("1003", "Yes")):
        await scene.press_in_group(uid, button([card], label))
    felt = await scene.press_in_group("1005", button([card], "No"))
    mood = await scene.dm("1005").presses(button(felt, "2"))
    await scene.reflect("1005", await scene.dm("1005").presses(button(mood, "4 🙂")), 2)
    [board] = await scene.in_group("1001", "/board")
    assert "Day 2 of 7. 4 members." in board.text and "Dee" not in board.text
    assert "Ana · 2 attempts · streak 2" in board.text

    # Day 3: only Ana and Ben find the time.
    bot.clock.advance(days=1)
    card = await card_of_the_day(scene)
    assert card.title.startswith("Day 3 of 7")
    for uid, label in (("1001", "Partly"), ("1002", "No")):
        await scene.press_in_group(uid, button([card], label))
    [board] = await scene.in_group("1002", "/board")
    assert "Day 3 of 7" in board.text and "So far: 10 attempts." in board.text
    assert board.text.index("Ana") < board.text.index("Eve"), "most consistent first"

    # The rest of the week passes; the group gets a card each morning and a summary at the end.
    for _day in range(4):
        bot.clock.advance(days=1)
        await bot.deliveries.tick()
    bot.clock.advance(hours=13)  # Monday 21:00, the last evening
    results = await bot.deliveries.tick()
    closing = bot.sender.to_groups()[-1]
    assert closing.title == "🎉 The 7-day challenge is complete!"
    assert "Together: 10 attempts by 4 members." in closing.text
    assert "The 1 member who shares their answers has collected 0 no's." in closing.text
    assert "Longest streaks: Ana 3 days · Ben 3 days · Cy 2 days" in closing.text
    summaries = {
        uid: [r for r in bot.sender.to(uid) if r.title == "Your group challenge"] for uid in PEOPLE
    }
    assert {uid: len(found) for uid, found in summaries.items()} == {
        "1001": 1, "1002": 1, "1003": 1, "1004": 0, "1005": 1,
    }  # fmt: skip
    assert "you made 3 attempts and collected 2 no's" in summaries["1001"][0].text
    assert len([r for r in bot.sender.to_groups() if r.title.startswith("Day ")]) == 7
    assert await bot.deliveries.tick() == {}

    shown = scene.group_texts()
    for words in (*scene.reflections, *PRIVATE_WORDS):
        assert words not in shown, words
    report(
        f"group challenge: {len(bot.sender.to_groups())} group posts over 7 days, "
        f"{sum(results.values())} deliveries in the closing tick, 0 private texts in the group"
    )


async def test_an_admin_can_stop_a_challenge_early_and_members_get_their_summary(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    announcement = await started(scene, days=30)
    await scene.press_in_group("1002", button([announcement], "I'm in"))
    bot.clock.advance(hours=25)
    card = await card_of_the_day(scene)
    await scene.press_in_group("1002", button([card], "No"))

    [refused] = await scene.in_group("1002", "/challenge_stop")
    assert "Only the group's admins" in refused.text
    [confirm] = await scene.in_group("1001", "/challenge_stop", admin=True)
    [refused] = await scene.press_in_group("1002", button([confirm], "Yes, stop it"))
    assert "Only the group's admins" in refused.text
    [summary] = await scene.press_in_group("1001", button([confirm], "Yes, stop it"), admin=True)
    assert summary.title == "Challenge stopped" and "day 1 of 30" in summary.text
    assert "Together: 1 attempt by 1 member." in summary.text
    assert "answers stay private unless they choose to share them" in summary.text
    await bot.deliveries.tick()
    assert [r.title for r in bot.sender.to("1002")].count("Your group challenge") == 1
    late = await scene.press_in_group("1002", button([announcement], "I'm in"))
    assert "no challenge running" in late[0].text


async def test_deleting_an_account_removes_the_person_from_every_board(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    announcement = await started(scene)
    for uid in ("1001", "1002"):
        await scene.press_in_group(uid, button([announcement], "I'm in"))
    await appear_by_name(scene, "1002")
    bot.clock.advance(hours=25)
    card = await card_of_the_day(scene)
    await scene.press_in_group("1002", button([card], "No"))
    [named] = await scene.in_group("1001", "/board")
    assert "Ben · 1 attempt" in named.text

    [exported] = await scene.dm("1002").says("/export")
    assert exported.attachment is not None
    data = json.loads(exported.attachment.data)["data"]
    ben = await user_id(bot, "1002")
    assert [row["user_id"] for row in data["challenge_members"]] == [ben]
    assert [row["challenge_id"] for row in data["attempts"]] != [None]

    ben_dm = scene.dm("1002")
    await ben_dm.says("/delete")
    await ben_dm.taps("Yes, erase everything")
    [board] = await scene.in_group("1001", "/board")
    assert "Ben" not in board.text and "1 member." in board.text


async def test_removing_the_bot_forgets_the_group_but_members_keep_their_records(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001")
    announcement = await started(scene)
    await scene.press_in_group("1001", button([announcement], "I'm in"))
    bot.clock.advance(hours=25)
    card = await card_of_the_day(scene)
    await scene.press_in_group("1001", button([card], "No"))

    await bot.engine.group_gone("test", GROUP)

    assert await bot.store.group_by_chat("test", GROUP) is None
    [attempt] = [a for a in await bot.store.attempts(await user_id(bot, "1001")) if a.outcome]
    assert (attempt.outcome, attempt.challenge_id) == (Outcome.NO, None)
    bot.clock.advance(days=1)
    await bot.deliveries.tick()
    assert len(bot.sender.to_groups()) == 1
    late = await scene.press_in_group("1001", button([card], "Yes"))
    assert "closed" in late[0].text


async def test_joining_closes_when_the_last_week_begins(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    announcement = await started(scene, days=14)
    bot.clock.advance(days=8)  # day 8 of 14: the last week
    [closed] = await scene.press_in_group("1002", button([announcement], "I'm in"))
    assert "closed to new members" in closed.text and closed.private


async def test_a_weekly_board_is_posted_on_the_seventh_evening(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001")
    announcement = await started(scene, days=14)
    await scene.press_in_group("1001", button([announcement], "I'm in"))
    bot.clock.advance(days=7, hours=14)  # Monday 21:00: the evening of day 7
    await bot.deliveries.tick()
    boards = [r for r in bot.sender.to_groups() if "the board" in r.title]
    assert [r.title for r in boards] == ["Week 1 of the challenge · the board"]
    assert "Day 7 of 14. 1 member." in boards[0].text


async def test_a_press_from_another_chat_or_a_forged_day_changes_nothing(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    announcement = await started(scene)
    bot.clock.advance(hours=25)
    card = await card_of_the_day(scene)
    cid = int(button([announcement], "I'm in").split(":")[1])

    elsewhere = bot.in_group("1002", "-999", name="Ben")
    [refused] = await elsewhere.presses(button([card], "No"))
    assert "not in this challenge" in refused.text
    [stale] = await scene.press_in_group("1002", f"go:{cid}:5-n")
    assert "closed" in stale.text
    [setup] = await scene.press_in_group("1002", f"gs:{cid}:d.14")
    assert "Only the group's admins" in setup.text
    assert await bot.store.challenge_attempts(cid) == []
    assert (await bot.store.group_challenge(cid)).days == 7  # type: ignore[union-attr]


async def test_a_member_can_answer_and_leave_from_their_private_chat(bot: Bot) -> None:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002")
    announcement = await started(scene)
    await scene.press_in_group("1002", button([announcement], "I'm in"))
    ben = scene.dm("1002")
    [before] = await ben.says("/groups")
    assert "It starts Tue 3 Mar" in before.text
    bot.clock.advance(hours=25)
    await card_of_the_day(scene)

    [mine] = await ben.says("/groups")
    assert mine.title == "Practice circle · day 1 of 7" and "Tap how it went" in mine.text
    [felt] = await ben.taps("No")
    assert "A no, collected" in felt.text and felt.private
    [attempt] = await bot.store.challenge_attempts(int(button([mine], "Leave").split(":")[1]))
    assert attempt.outcome is Outcome.NO

    [listed] = await ben.says("/leave")
    [left] = await ben.presses(button([listed], "Leave"))
    assert "You've left" in left.text
    [none] = await ben.says("/groups")
    assert "not in any group challenge" in none.text


async def test_one_person_can_be_in_the_challenges_of_two_groups(bot: Bot) -> None:
    await onboarded(bot, "1001", "1002")
    for group, title in (("-500", "Practice circle"), ("-600", "Book club")):
        admin = bot.in_group("1001", group, admin=True, title=title)
        [announcement] = await admin.says("/challenge_start days 14")
        await bot.in_group("1002", group, name="Ben", title=title).presses(
            button([announcement], "I'm in")
        )
    mine = await bot.user("1002").says("/groups")
    assert sorted(r.title for r in mine) == ["Book club", "Practice circle"]
    [again] = await bot.in_group("1001", "-500", admin=True).says("/challenge_start")
    assert "already announced" in again.text, "one challenge at a time per group"
