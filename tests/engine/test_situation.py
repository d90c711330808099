"""What applies to you: asked on the last onboarding message, changed in /settings, and
the cards follow it."""

from __future__ import annotations

from core.deck import Card
from core.engine import Content
from tests.fakes.chat import Bot, shipped_content


async def test_the_last_onboarding_message_asks_what_applies_and_offers_a_card(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    [ready] = ana.last
    assert ready.text.startswith("You're all set. Your first card arrives at 08:00")
    assert "optional" in ready.text
    labels = [b.label for row in ready.buttons for b in row]
    assert "I rent my home" in labels and "Today's card" in labels


async def test_a_tap_saves_the_answer_and_ticks_it_on_the_same_message(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    [redrawn] = await ana.taps("I rent my home")
    assert redrawn.edit
    assert "✓ I rent my home" in [b.label for row in redrawn.buttons for b in row]
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.needs == ("rent",)
    await ana.taps("✓ I rent my home")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.needs == ()


async def test_settings_show_and_change_what_applies(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    [overview] = await ana.says("/settings")
    assert "What applies to you: nothing ticked" in overview.text
    await ana.taps("What applies to you")
    await ana.taps("I have a car")
    await ana.taps("I'm studying")
    [done] = await ana.taps("Done")
    assert "I'm studying; I have a car" in done.text
    [overview] = await ana.says("/settings")
    assert "What applies to you: I'm studying; I have a car" in overview.text


async def test_a_forged_need_is_refused_kindly_and_changes_nothing(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    [answer] = await ana.presses("nd:o:pony")
    assert "isn't one I know" in answer.text
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None and user.needs == ()


async def test_nobody_gets_a_card_that_needs_what_they_did_not_tick(bot: Bot) -> None:
    ana = bot.user()
    await ana.onboard()
    await ana.taps("Today's card")
    for _ in range(5):
        await ana.presses(ana.button("Swap this card"))
        await ana.taps("Just another")
    user = await bot.store.user_by_identity("test", "1001")
    assert user is not None
    given = await bot.store.attempts(user.id, bot.ctx.today(user))
    needy = {c.id for c in bot.ctx.content.cards if c.needs}
    assert given and not {a.card_id for a in given} & needy


def test_a_retired_card_still_reads_for_an_old_attempt() -> None:
    shipped = shipped_content()
    assert shipped.card("social-011") is not None
    assert shipped.card("social-011") not in shipped.cards
    gone = Card("social-011", "Old", "Ask something.", 2, "social", "Why.")
    content = Content(cards=(), prompts=(), crisis=shipped.crisis, retired=(gone,))
    assert content.card("social-011") == gone
    assert content.card("never-shipped") is None
