"""Buddies through the engine: an invitation both people choose, what a buddy sees (days and
counts, never outcomes, moods, guesses or words), cheers, ending without a reason, a break
that shows only as a break, erasure and export, and buddies found in a group challenge."""

from __future__ import annotations

import json

from core.messages import Reply
from core.model import UserStatus
from tests.engine.test_groups import Scene, button, onboarded, started, user_id
from tests.fakes.chat import Bot, ChatUser

PRIVATE = ("No", "mood", "felt", "30%", "expected", "shook", "crisis", "safety", "reflect")


def texts(replies: list[Reply]) -> str:
    return "\n".join(f"{r.title}\n{r.text}" for r in replies)


def code_in(replies: list[Reply]) -> str:
    words = [w for w in replies[0].text.split() if w.isalnum() and len(w) == 8 and w.isupper()]
    assert words, replies[0].text
    return words[0]


async def buddies(bot: Bot) -> tuple[ChatUser, ChatUser]:
    """Ana invites, Ben says yes; the tick tells Ana."""
    ana, ben = bot.user("1001"), bot.user("1002")
    await ana.onboard()
    await ben.onboard()
    invited = await ana.says("/buddy")
    offer = await ben.says(f"/buddy {code_in(invited)}")
    assert "user 1001 would like to be practice buddies" in offer[0].text
    assert "never how an ask went, your moods, your guesses" in offer[0].text
    [yes] = await ben.taps("Be buddies")
    assert "You're buddies with user 1001 now!" in yes.text
    await bot.deliveries.tick()
    assert "user 1002 said yes to your invitation" in texts(bot.sender.to("1001"))
    return ana, ben


async def record(person: ChatUser) -> None:
    """A full record: a guess, a no, how it felt, a mood, and a reflection."""
    await person.says("/card")
    await person.taps("30%")
    await person.taps("7")
    await person.taps("No")
    await person.taps("4")
    await person.taps("2")
    await person.says("My voice shook a little")


async def test_an_invitation_is_accepted_and_each_sees_only_days_and_counts(bot: Bot) -> None:
    ana, ben = await buddies(bot)
    await record(ana)

    [view] = await ben.says("/buddy")

    assert "You and user 1001 are buddies." in view.text
    assert "1 day with practice, 1 ask made." in view.text
    assert "Mon ✓" in view.text
    for word in PRIVATE:
        assert word not in view.text.replace("never how an ask went, moods", ""), word


async def test_a_buddy_hears_in_their_evening_that_the_other_asked_once(bot: Bot) -> None:
    ana, _ben = await buddies(bot)
    await record(ana)
    await ana.says("/card")  # a second card the same day changes nothing
    await bot.deliveries.tick()
    assert "asked today" not in texts(bot.sender.to("1002")), "not before the evening"

    bot.clock.advance(hours=13)  # 20:00 in London, Ben's reminder time
    await bot.deliveries.tick()
    await bot.deliveries.tick()

    lines = [r for r in bot.sender.to("1002") if "asked today" in r.text]
    assert [r.text for r in lines] == ["🌱 user 1001 asked today."]


async def test_a_cheer_is_delivered_once_a_day_from_the_fixed_phrases(bot: Bot) -> None:
    ana, ben = await buddies(bot)
    await ben.says("/buddy")
    await ben.taps("Send a cheer")
    [sent] = await ben.taps("Proud of you for asking anyway.")
    assert "Sent!" in sent.text
    [again] = await ben.presses(ben.button("Send a cheer", await ben.says("/buddy")))
    [refused] = await ben.presses(again.buttons[0][0].payload)
    assert "cheered user 1001 today already" in refused.text

    await bot.deliveries.tick()

    cheers = [r for r in bot.sender.to("1001") if "sent you a cheer" in r.text]
    said = "💛 user 1002 sent you a cheer: “Proud of you for asking anyway.”"
    assert [r.text for r in cheers] == [said]
    assert next(b.label for row in cheers[0].buttons for b in row) == "Cheering you on today."
    [forged] = await ana.presses("bc:1:99")
    assert "isn't one I know" in forged.text


async def test_either_side_ends_it_and_the_other_hears_only_that_it_ended(bot: Bot) -> None:
    ana, ben = await buddies(bot)
    await ben.says("/buddy")
    await ben.taps("Send a cheer")
    old_cheer = ben.button("You've got this.")
    [ended] = await ana.says("/buddy end")
    assert "not buddies any more" in ended.text

    await bot.deliveries.tick()

    [notice] = [r for r in bot.sender.to("1002") if "ended" in r.text]
    assert "Your buddy pairing has ended." in notice.text
    assert "user 1001" not in notice.text
    [stale] = await ben.presses(old_cheer)
    assert "out of date" in stale.text
    assert "invite a friend" in (await ben.says("/buddy"))[0].text
    assert "don't have a buddy" in (await ana.says("/buddy end"))[0].text


async def test_the_end_button_asks_first_and_keep_changes_nothing(bot: Bot) -> None:
    _ana, ben = await buddies(bot)
    await ben.says("/buddy")
    [asked] = await ben.taps("End buddies")
    assert "told only that it ended, never why" in asked.text
    await ben.taps("Keep it")
    assert "You and user 1001 are buddies." in (await ben.says("/buddy"))[0].text


async def test_saying_no_tells_the_inviter_nothing_and_a_code_works_once(bot: Bot) -> None:
    ana, ben, cy = bot.user("1001"), bot.user("1002"), bot.user("1003")
    for person in (ana, ben, cy):
        await person.onboard()
    code = code_in(await ana.says("/buddy"))
    assert "your own invitation" in (await ana.says(f"/start buddy-{code}"))[0].text
    await ben.says(f"/start buddy-{code}")
    [no] = await ben.taps("No thanks")
    assert "nobody is told" in no.text
    await bot.deliveries.tick()
    assert bot.sender.to("1001") == []

    await cy.says(f"/buddy {code.lower()}")
    await cy.taps("Be buddies")
    [used] = await ben.says(f"/buddy {code}")
    assert "used, withdrawn or has expired" in used.text
    [one] = await cy.says(f"/buddy {code_in(await ben.says('/buddy'))}")
    assert "You already have a buddy" in one.text


async def test_an_invitation_expires_and_can_be_withdrawn(bot: Bot) -> None:
    ana, ben = bot.user("1001"), bot.user("1002")
    await ana.onboard()
    await ben.onboard()
    code = code_in(await ana.says("/buddy"))
    await ana.taps("Withdraw the invitation")
    assert "expired" in (await ben.says(f"/buddy {code}"))[0].text
    fresh = code_in(await ana.says("/buddy"))
    assert fresh != code
    bot.clock.advance(days=8)
    assert "expired" in (await ben.says(f"/buddy {fresh}"))[0].text


async def test_someone_new_opening_an_invitation_is_set_up_first(bot: Bot) -> None:
    ana = bot.user("1001")
    await ana.onboard()
    code = code_in(await ana.says("/buddy"))
    newcomer = bot.user("1009")
    replies = await newcomer.says(f"/start buddy-{code}")
    assert f"send /buddy {code}" in replies[0].text
    await newcomer.onboard()
    await newcomer.says(f"/buddy {code}")
    [yes] = await newcomer.taps("Be buddies")
    assert "buddies with user 1001" in yes.text


async def test_a_buddy_on_a_break_after_a_crisis_shows_only_taking_a_break(bot: Bot) -> None:
    ana, ben = await buddies(bot)
    await record(ben)
    await ben.says("I want to end my life")
    paused = await bot.store.user(await user_id(bot, "1002"))
    assert paused is not None and paused.status is UserStatus.PAUSED

    [view] = await ana.says("/buddy")
    await ana.taps("Send a cheer")
    [held] = await ana.taps("You've got this.")
    bot.clock.advance(hours=13)
    await bot.deliveries.tick()

    assert "user 1002 is taking a break right now." in view.text
    assert "ask made" not in view.text and "✓" not in view.text
    assert "taking a break" in held.text
    about_ben = [r for r in bot.sender.to("1001") if "1002" in r.text]
    everything = texts([view, held, *about_ben])
    assert "asked today" not in texts(bot.sender.to("1001"))
    for word in ("crisis", "safety", "help", "life", "paused"):
        assert word not in everything, word
    assert not [r for r in bot.sender.to("1002") if "cheer" in r.text]


async def test_erasing_ends_the_pair_and_the_export_holds_only_ones_own_side(bot: Bot) -> None:
    ana, _ben = await buddies(bot)
    await ana.says("/export")
    exported = json.loads(ana.last[0].attachment.data)  # type: ignore[union-attr]
    assert [row["name"] for row in exported["data"]["buddies"]] == ["user 1001"]

    await ana.says("/delete")
    await ana.taps("Yes, erase everything")
    await bot.deliveries.tick()

    assert "Your buddy pairing has ended." in texts(bot.sender.to("1002"))
    [left] = await bot.store.pairs_of(await user_id(bot, "1002"))
    assert [side.name for side in left.sides] == ["user 1002"] and not left.together
    view = await bot.user("1002").says("/buddy")
    assert "invite a friend" in view[0].text


async def test_a_pair_survives_a_restart(bot: Bot) -> None:
    _ana, ben = await buddies(bot)
    bot = await bot.restarted()
    [view] = await bot.user("1002").says("/buddy")
    assert "You and user 1001 are buddies." in view.text
    assert ben.who.user_id == "1002"


async def _group_of_three(bot: Bot) -> Scene:
    scene = Scene(bot)
    await onboarded(bot, "1001", "1002", "1003")
    announcement = await started(scene)
    for uid in ("1001", "1002", "1003"):
        await scene.press_in_group(uid, button([announcement], "I'm in"))
    return scene


async def _opt_in(scene: Scene, uid: str) -> list[Reply]:
    dm = scene.dm(uid)
    await dm.says("/buddy")
    asked = await dm.taps("Find a buddy in Practice circle")
    assert "They would see you as" in asked[0].text
    return await dm.taps("Yes, find me a buddy")


async def test_members_who_opt_in_are_paired_and_leaving_ends_it(bot: Bot) -> None:
    scene = await _group_of_three(bot)
    [waiting] = await _opt_in(scene, "1002")
    assert "You're on the list" in waiting.text
    [matched] = await _opt_in(scene, "1003")
    assert "You have a buddy: A member of Practice circle" in matched.text
    assert "Ben" not in matched.text, "counted without appearing: no name for a buddy either"
    await bot.deliveries.tick()
    told = "You have a buddy from your group challenge: A member of Practice circle."
    assert told in texts(bot.sender.to("1002"))
    [pointer] = await scene.in_group("1002", "/buddy")
    assert "send /buddy to me in our private chat" in pointer.text
    assert "have a buddy" not in scene.group_texts() and "on the list" not in scene.group_texts()

    ben = scene.dm("1002")
    await ben.says("/buddy")
    await ben.taps("Send a cheer")
    await ben.taps("You've got this.")  # sent just before Cy leaves: it never reaches her
    cy = scene.dm("1003")
    await cy.says("/leave")
    await cy.taps("Leave")
    await bot.deliveries.tick()

    assert not [r for r in bot.sender.to("1003") if "cheer" in r.text]

    assert "Your buddy pairing has ended." in texts(bot.sender.to("1002"))
    assert "You and" not in (await scene.dm("1002").says("/buddy"))[0].text


async def test_a_member_shown_by_name_or_alias_is_seen_so_by_their_buddy(bot: Bot) -> None:
    scene = await _group_of_three(bot)
    for uid, choice in (("1002", "By my name"), ("1003", "Under an alias")):
        dm = scene.dm(uid)
        await dm.says("/groups")
        await dm.taps("How I appear")
        await dm.taps(choice)
        if choice == "Under an alias":
            await dm.says("Quiet Fox")
    await _opt_in(scene, "1002")
    [matched] = await _opt_in(scene, "1003")
    assert "You have a buddy: Ben" in matched.text
    [view] = await scene.dm("1002").says("/buddy")
    assert "You and Quiet Fox are buddies." in view.text and "Cy" not in view.text


async def test_a_group_never_pairs_two_people_again_after_an_end(bot: Bot) -> None:
    scene = await _group_of_three(bot)
    await _opt_in(scene, "1002")
    await _opt_in(scene, "1003")
    await scene.dm("1003").says("/buddy end")

    [waiting] = await _opt_in(scene, "1003")
    [again] = await _opt_in(scene, "1002")

    assert "on the list" in waiting.text and "on the list" in again.text
    await _opt_in(scene, "1001")
    [pair] = [p for p in await bot.store.pairs_of(await user_id(bot, "1001")) if p.together]
    others = {side.user_id for side in pair.sides}
    assert await user_id(bot, "1003") in others, "the oldest waiting one not met before"


async def test_buddies_on_two_platforms_each_hear_on_their_own(bot: Bot) -> None:
    """A buddy is a person of this bot, not of one platform: Ana on Telegram, Ben on
    Discord; the invitation, the cheer and the evening line reach each where they are."""
    ana, ben = bot.user("1001", platform="telegram"), bot.user("2002", platform="discord")
    await ana.onboard()
    await ben.onboard()
    offer = await ben.says(f"/buddy {code_in(await ana.says('/buddy'))}")
    assert "user 1001 would like to be practice buddies" in offer[0].text
    await ben.taps("Be buddies")
    await ben.says("/buddy")
    await ben.taps("Send a cheer")
    await ben.taps("Proud of you for asking anyway.")
    await record(ana)
    bot.clock.advance(hours=13)  # the evening, when Ben hears that Ana asked
    await bot.deliveries.tick()
    await bot.deliveries.tick()

    def heard(platform: str, chat: str) -> str:
        return texts([r for a, r in bot.sender.sent if (a.platform, a.chat_id) == (platform, chat)])

    assert "said yes to your invitation" in heard("telegram", "1001")
    assert "user 2002 sent you a cheer" in heard("telegram", "1001")
    assert "🌱 user 1001 asked today." in heard("discord", "2002")
    assert "1 day with practice, 1 ask made." in texts(await ben.says("/buddy"))
