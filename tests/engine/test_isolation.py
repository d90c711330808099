"""No command, button or group message shows one person's practice to another.

Ana and Ben both practise and write reflections only they should ever see; Ana also
writes a card of her own. Ben then forges every kind of payload that names Ana's
things, and both of them talk to the bot in a group.
"""

from __future__ import annotations

import json

import pytest

from core.engine import payloads as p
from core.messages import Reply, Where
from core.model import Attempt
from tests.fakes.chat import Bot, ChatUser

ANA_REFLECTION = "Ana's private thought about the bakery"
BEN_REFLECTION = "Ben's private thought about the library"
ANA_OWN_ASK = "Ask the florist which flower they would pick for a grey day"
GROUP = Where("-500", is_group=True)


async def practised(bot: Bot, user_id: str, reflection: str) -> ChatUser:
    person = bot.user(user_id)
    await person.onboard()
    await person.says("/card")
    await person.taps("30%")
    await person.taps("7")
    await person.taps("No")
    await person.taps("4")
    await person.taps("2")
    await person.says(reflection)
    return person


async def with_own_card(ana: ChatUser) -> str:
    await ana.says("/addcard")
    await ana.says(ANA_OWN_ASK)
    await ana.presses(p.make(p.MY_CARD, "level", 2))
    await ana.presses(p.make(p.MY_CARD, "domain", "everyday"))
    await ana.presses(p.make(p.MY_CARD, "save"))
    [card] = await ana.bot.store.own_cards(await user_id(ana.bot, "1001"))
    return card.id


async def user_id(bot: Bot, platform_id: str) -> int:
    user = await bot.store.user_by_identity("test", platform_id)
    assert user is not None
    return user.id


async def anas_attempt(bot: Bot) -> Attempt:
    [attempt, *_] = await bot.store.attempts(await user_id(bot, "1001"))
    return attempt


@pytest.fixture
async def two(bot: Bot) -> tuple[ChatUser, ChatUser]:
    ana = await practised(bot, "1001", ANA_REFLECTION)
    ben = await practised(bot, "2002", BEN_REFLECTION)
    return ana, ben


def shown(replies: list[Reply]) -> str:
    parts = [f"{r.title}\n{r.text}" for r in replies]
    parts += [b.label for r in replies for row in r.buttons for b in row]
    parts += [r.attachment.data.decode(errors="replace") for r in replies if r.attachment]
    return "\n".join(parts)


FORGED_ON_AN_ATTEMPT = [
    (p.PREDICT, "50"),
    (p.SCARY, "3"),
    (p.OUTCOME, "y"),
    (p.FELT, "1"),
    (p.MOOD, "5"),
    (p.REFLECT, "skip"),
    (p.SWAP, "menu"),
    (p.SWAP, "easier"),
]


@pytest.mark.parametrize(("kind", "value"), FORGED_ON_AN_ATTEMPT)
async def test_a_button_naming_someone_elses_attempt_is_refused(
    bot: Bot, two: tuple[ChatUser, ChatUser], kind: str, value: str
) -> None:
    _ana, ben = two
    before = await anas_attempt(bot)
    anas_attempts = len(await bot.store.attempts(before.user_id))
    replies = await ben.presses(p.make(kind, before.id, value))
    assert "isn't one I can use" in replies[0].text
    assert ANA_REFLECTION not in shown(replies)
    assert await bot.store.attempt(before.id) == before
    assert len(await bot.store.attempts(before.user_id)) == anas_attempts


async def test_ben_cannot_answer_into_anas_reflection(
    bot: Bot, two: tuple[ChatUser, ChatUser]
) -> None:
    ana, ben = two
    attempt = await anas_attempt(bot)
    await ben.presses(p.make(p.REFLECT, attempt.id, "skip"))
    await ben.says("words meant to land on Ana's card")
    ana_reflections = await bot.store.reflections(attempt.user_id)
    assert [r.text for r in ana_reflections] == [ANA_REFLECTION]
    [reply] = await ana.says("/export")
    assert reply.attachment is not None
    assert "words meant to land" not in reply.attachment.data.decode()


async def test_someone_elses_own_card_cannot_be_removed_or_seen(
    bot: Bot, two: tuple[ChatUser, ChatUser]
) -> None:
    ana, ben = two
    card_id = await with_own_card(ana)
    replies = await ben.presses(p.make(p.MY_CARD, "rm", card_id))
    assert "isn't on your list" in replies[0].text
    assert ANA_OWN_ASK not in shown(await ben.says("/mycards"))
    assert [c.id for c in await bot.store.own_cards(await user_id(bot, "1001"))] == [card_id]


async def test_an_export_holds_only_the_person_who_asked(
    bot: Bot, two: tuple[ChatUser, ChatUser]
) -> None:
    ana, ben = two
    await with_own_card(ana)
    [reply] = await ben.says("/export")
    assert reply.attachment is not None and reply.private
    document = json.loads(reply.attachment.data)
    ben_id = await user_id(bot, "2002")
    for table, rows in document["data"].items():
        for row in rows:
            assert row.get("user_id", row.get("id")) == ben_id, table
    text = reply.attachment.data.decode()
    assert BEN_REFLECTION in text
    assert ANA_REFLECTION not in text and ANA_OWN_ASK not in text


async def test_a_delete_button_only_ever_erases_the_person_pressing_it(
    bot: Bot, two: tuple[ChatUser, ChatUser]
) -> None:
    _ana, ben = two
    await ben.presses(p.make(p.DELETE, "yes"))
    assert await bot.store.user_by_identity("test", "2002") is None
    ana_id = await user_id(bot, "1001")
    assert [r.text for r in await bot.store.reflections(ana_id)] == [ANA_REFLECTION]


PRIVATE_MARKS = (ANA_REFLECTION, ANA_OWN_ASK, "mood", "you expected", "Europe/London")
"""What Ana wrote, felt and predicted, and where she lives: never for a group's eyes."""


def in_the_group(replies: list[Reply]) -> str:
    """What the group itself sees: private replies go to the person's own chat."""
    return shown([r for r in replies if not r.private])


@pytest.mark.parametrize("command", ["/streak", "/stats", "/export", "/card", "/mycards"])
async def test_a_command_in_a_group_answers_without_private_data(
    bot: Bot, two: tuple[ChatUser, ChatUser], command: str
) -> None:
    ana, _ben = two
    await with_own_card(ana)
    in_group = ChatUser(bot, ana.who, GROUP)
    replies = await in_group.says(command)
    assert replies, "the group gets an answer"
    assert all(r.attachment is None for r in replies), "no chart or export from a group"
    seen = in_the_group(replies)
    for private in PRIVATE_MARKS:
        assert private not in seen


async def test_text_and_buttons_in_a_group_reveal_nothing(
    bot: Bot, two: tuple[ChatUser, ChatUser]
) -> None:
    ana, ben = two
    attempt = await anas_attempt(bot)
    ben_in_group = ChatUser(bot, ben.who, GROUP)
    ana_in_group = ChatUser(bot, ana.who, GROUP)
    replies = [
        *await ben_in_group.presses(p.make(p.MOOD, attempt.id, 1)),
        *await ben_in_group.says("what did ana write?"),
        *await ana_in_group.presses(p.make(p.SWAP, attempt.id, "menu")),
        *await ana_in_group.says("/settings"),
    ]
    assert ANA_REFLECTION not in shown(replies) and BEN_REFLECTION not in shown(replies)
    for private in PRIVATE_MARKS:
        assert private not in in_the_group(replies)
    assert await bot.store.attempt(attempt.id) == attempt


async def test_crisis_care_in_a_group_goes_to_the_person_alone(
    bot: Bot, two: tuple[ChatUser, ChatUser]
) -> None:
    ana, _ben = two
    replies = await ChatUser(bot, ana.who, GROUP).says("i want to kill myself")
    assert replies and all(r.private for r in replies)
