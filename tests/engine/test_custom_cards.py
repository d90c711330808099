"""A user's own cards: /addcard, the ethics screen, /mycards, rotation, export and delete."""

from __future__ import annotations

import json

from core.deck import Card
from core.model import Outcome
from tests.fakes.chat import Bot, ChatUser

ASK = "Ask the bookshop on my street whether they would stock my zine for a month."


async def onboarded(bot: Bot, user_id: str = "1001") -> ChatUser:
    person = bot.user(user_id)
    await person.onboard()  # strength 3: level 2
    bot.clock.advance(minutes=2)  # a fresh minute for the flood window
    return person


async def add_card(person: ChatUser, ask: str = ASK, level: str = "2", domain: str = "") -> None:
    await person.says("/addcard")
    await person.says(ask)
    await person.taps(level)
    await person.taps(domain or "Creative and submissions")
    await person.taps("Save it")


async def own_cards(bot: Bot, user_id: str = "1001") -> list[Card]:
    user = await bot.store.user_by_identity("test", user_id)
    assert user is not None
    return list(await bot.store.own_cards(user.id))


async def test_adding_a_card_asks_for_the_ask_the_level_and_the_kind(bot: Bot) -> None:
    ana = await onboarded(bot)
    replies = await ana.says("/addcard")
    assert "What's the ask?" in replies[0].text
    replies = await ana.says(ASK)
    assert [b.label for b in replies[0].buttons[0]] == ["1", "2", "3", "4", "5"]
    replies = await ana.taps("3")
    assert "Work and career" in [b.label for r in replies for row in r.buttons for b in row]
    replies = await ana.taps("Creative and submissions")
    assert ASK in replies[0].text and "level 3" in replies[0].text
    assert "a no ends the ask" in replies[0].text
    replies = await ana.taps("Save it")
    assert replies[0].text.startswith("Saved!") and "level 3" in replies[0].text
    [card] = await own_cards(bot)
    assert (card.ask, card.level, card.domain) == (ASK, 3, "creative")
    assert card.id.startswith("mine-") and card.owner_id is not None
    assert card.title == "Ask the bookshop on my street whether they would stock my…"
    assert "buttons, commands" in (await ana.says("hello"))[0].text  # the flow is over


async def test_a_restart_mid_card_resumes_at_the_same_step(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/addcard")
    await ana.says(ASK)
    bot = await bot.restarted()
    ana = bot.user()
    assert "use the buttons" in (await ana.says("and one more thing"))[0].text
    await ana.presses("mc:level:1")
    await ana.taps("Everyday and shops")
    await ana.taps("Save it")
    [card] = await own_cards(bot)
    assert (card.level, card.domain) == (1, "everyday")
    await bot.store.close()


async def test_an_ask_that_breaks_an_ethics_rule_is_refused_kindly(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/addcard")
    replies = await ana.says("Ask a stranger on the bus for some money for a coffee.")
    assert "I can't add that one" in replies[0].text
    assert "money or their things puts them on the spot" in replies[0].text
    replies = await ana.says("Ask a stranger for a hug, and keep asking until they say yes.")
    assert "A no ends the ask" in replies[0].text  # one problem named, the first
    replies = await ana.says("Ask a stranger at the bus stop whether the 12 has gone yet.")
    assert [b.label for b in replies[0].buttons[0]] == ["1", "2", "3", "4", "5"]
    assert await own_cards(bot) == []


async def test_too_long_and_too_short_asks_are_sent_back(bot: Bot) -> None:
    ana = await onboarded(bot)
    await ana.says("/addcard")
    replies = await ana.says("Ask " + "very " * 100 + "politely.")
    assert "500 characters at most, and yours has 513" in replies[0].text
    replies = await ana.says("Ask.")
    assert "say a little more" in replies[0].text
    await ana.taps("Cancel")
    assert await own_cards(bot) == []
    assert "buttons, commands" in (await ana.says("hello"))[0].text


async def test_mycards_lists_them_and_removes_one(bot: Bot) -> None:
    ana = await onboarded(bot)
    assert "haven't written any" in (await ana.says("/mycards"))[0].text
    await add_card(ana)
    await add_card(
        ana, "Ask my team lead for feedback on my last presentation.", "3", "Work and career"
    )
    replies = await ana.says("/mycards")
    assert "1. Ask the bookshop" in replies[0].text and "2. Ask my team lead" in replies[0].text
    replies = await ana.taps("Remove “Ask the bookshop on my stre…”")
    assert replies[0].edit and "“Ask the bookshop" in replies[0].text
    assert "is removed" in replies[0].text
    assert "1. Ask my team lead" in replies[0].text
    assert [c.ask for c in await own_cards(bot)] == [
        "Ask my team lead for feedback on my last presentation."
    ]


async def test_another_users_remove_button_is_refused(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    ben = await onboarded(bot, "2002")
    await add_card(ana)
    await ana.says("/mycards")
    remove = ana.button("Remove")
    replies = await ben.presses(remove)
    assert "isn't on your list" in replies[0].text
    assert len(await own_cards(bot, "1001")) == 1
    for forged in ["mc:rm:mine-abc", "mc:rm:cafe-1", "mc:rm", "mc:level:9", "mc:save"]:
        assert len(await ben.presses(forged)) == 1
    assert len(await own_cards(bot, "1001")) == 1


async def test_own_cards_come_up_in_rotation_and_never_for_anyone_else(bot: Bot) -> None:
    ana = await onboarded(bot, "1001")
    ben = await onboarded(bot, "2002")
    await add_card(ana, level="2")
    [mine] = await own_cards(bot)
    shown_on = None
    for day in range(40):
        card = (await ana.says("/card"))[0]
        bens = (await ben.says("/card"))[0]
        assert "your own card" not in bens.title
        if card.title.endswith("your own card"):
            shown_on = day
            assert card.text.startswith(ASK) and "a no ends the ask" in card.text
            assert "Why it helps" not in card.text
            break
        bot.clock.advance(days=1)
    assert shown_on is not None
    ben_user = await bot.store.user_by_identity("test", "2002")
    assert ben_user is not None
    assert all(not a.card_id.startswith("mine-") for a in await bot.store.attempts(ben_user.id))
    ana_user = await bot.store.user_by_identity("test", "1001")
    assert ana_user is not None
    assert (await bot.store.attempts(ana_user.id))[-1].card_id == mine.id


async def test_a_removed_own_card_still_renders_its_attempt(bot: Bot) -> None:
    ana = await onboarded(bot)
    await add_card(ana, level="2")
    for _day in range(40):
        if (await ana.says("/card"))[0].title.endswith("your own card"):
            break
        bot.clock.advance(days=1)
    await ana.taps("Skip the guesses")
    no = ana.button("No")
    await ana.says("/mycards")
    await ana.taps("Remove")
    assert (await ana.says("/card"))[0].title.startswith("A card you removed")
    replies = await ana.presses(no)
    assert "A no, collected" in replies[0].text and replies[0].title.startswith("A card you")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    assert (await bot.store.attempts(user.id))[-1].outcome is Outcome.NO


async def test_export_includes_own_cards_and_delete_erases_them(bot: Bot) -> None:
    ana = await onboarded(bot)
    await add_card(ana)
    [export] = await ana.says("/export")
    assert export.attachment is not None
    exported = json.loads(export.attachment.data)["data"]["custom_cards"]
    assert [row["ask"] for row in exported] == [ASK]
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    await ana.says("/delete")
    await ana.taps("Yes, erase everything")
    assert await bot.store.own_cards(user.id) == []


async def test_a_stale_step_button_outside_the_flow_changes_nothing(bot: Bot) -> None:
    ana = await onboarded(bot)
    replies = await ana.presses("mc:domain:work")
    assert "behind us" in replies[0].text
    assert await own_cards(bot) == []
