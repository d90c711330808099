"""What the bot says about who sees your words is true: no other user does, and the people
running the bot could reach its database, which consent says plainly."""

from __future__ import annotations

from pathlib import Path

from tests.engine.test_practice import onboarded, record
from tests.fakes.chat import Bot


async def test_reflection_prompts_never_claim_only_you_will_see_it(bot: Bot) -> None:
    ana = await onboarded(bot)
    await record(ana)
    said = [ana.text()]
    said.append("\n".join(r.text for r in await ana.says("It went fine.")))
    said.append("\n".join(r.text for r in await ana.says("Better than I feared.")))
    everything = "\n".join(said)
    assert "only you" not in everything.lower()
    assert "No one else using the bot will see it" in said[0]
    assert "No one else using the bot will see it" in said[-1]


async def test_consent_names_the_people_who_run_the_bot(bot: Bot) -> None:
    [welcome] = await bot.user().says("/start")
    assert "No one else using the bot ever sees them" in welcome.text
    assert "runs this bot can reach its database" in welcome.text
    assert bot.ctx.config.consent_version == "2026-12-03.1"


def test_no_sentence_anywhere_claims_only_the_person_can_see() -> None:
    """The people running the bot could read its database: "only you" is never true."""
    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "core").rglob("*.py"), root / "data" / "prompts.yaml"]
    claims = [str(p) for p in sources if "only you" in p.read_text(encoding="utf-8").lower()]
    assert claims == []
