"""One message in, at most one short message out, however much of it was unreadable.

An admin's `/challenge_start` followed by 2,039 unreadable words (4,095 characters, as much
as Telegram lets a person send) once drew one complaint per word: 79 messages paced over
minutes at the group's rate limit. Through the real Telegram client it now draws one.
"""

# ruff: noqa: F811 (fixtures are imported by name, then requested as arguments)

from __future__ import annotations

from tests.adapters.test_telegram_groups import ANA, GROUP, Stage, stage  # noqa: F401
from tests.fakes.telegram_html import check_html

WORDS = 2_039


async def test_a_command_full_of_unreadable_words_gets_one_short_answer(stage: Stage) -> None:
    stage.api.make_admin(GROUP, ANA)
    junk = " ".join(["q"] * (WORDS - 1) + ["qq"])
    assert len(f"/challenge_start {junk}") == 4_095

    [answer] = await stage.command(ANA, "challenge_start", GROUP, args=junk)
    [ping] = await stage.command(ANA, "board", GROUP)  # handled after everything the first sent

    text = check_html(answer.text)
    assert text.startswith("I couldn't read that as a length")
    assert f"({WORDS - 1} more settings couldn't be read either.)" in text
    assert len(text) < 400
    group_sends = [r for r in stage.seen(GROUP) if r.method == "sendMessage"]
    assert group_sends[-2:] == [answer, ping] and len(group_sends) == 2
