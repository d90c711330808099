"""The bot's commands as Discord slash commands, and their options as `Command` arguments.

Every `CommandInfo` becomes a global slash command with its description. Four take options:
`/start code:` carries a deep-link style payload (`Command("start", code)`), `/buddy code:` a
friend's invitation code or `end` (`Command("buddy", code)`),
`/settings timezone: time:` becomes `Command("settings", "timezone Europe/Paris time 07:30")`,
naming only the options the user filled in, in that order, and `/challenge_start days: start:
time: timezone: goal: kinds:` likewise. Commands marked `private_only` are offered in direct
messages only, which is where Discord lets a bot keep things private by default;
`group_only` ones in servers only, and `admins_only` ones are shown by default to members
with Manage Server alone (a server may change that, so core checks the member's rights
again on every use).
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from core.commands import CommandInfo
from core.i18n import _
from core.messages import Command

CommandHandler = Callable[[discord.Interaction[discord.Client], Command], Awaitable[None]]
SlashCommand = app_commands.Command[Any, ..., None]

MAX_CHOICES = 25
MAX_DESCRIPTION = 100


def slash_commands(infos: Sequence[CommandInfo], handle: CommandHandler) -> list[SlashCommand]:
    return [_slash_command(info, handle) for info in infos]


def settings_args(timezone: str | None, time: str | None) -> str:
    pairs = (("timezone", timezone), ("time", time))
    return " ".join(f"{name} {value.strip()}" for name, value in pairs if value and value.strip())


def challenge_args(
    days: int | None,
    start: str | None,
    time: str | None,
    timezone: str | None,
    goal: int | None = None,
    kinds: str | None = None,
) -> str:
    pairs = (("start", start), ("time", time), ("timezone", timezone), ("kinds", kinds))
    named = [f"{name} {value.strip()}" for name, value in pairs if value and value.strip()]
    numbers = [f"days {days}"] * (days is not None) + [f"goal {goal}"] * (goal is not None)
    return " ".join(numbers + named)


def timezone_choices(typed: str) -> list[str]:
    """Up to 25 IANA zones matching what the user typed, names starting with it first."""
    needle = typed.strip().lower().replace(" ", "_")
    matches = [zone for zone in _zones() if needle in zone.lower()]
    matches.sort(key=lambda zone: not _starts_a_part(zone.lower(), needle))
    return matches[:MAX_CHOICES]


def _starts_a_part(zone: str, needle: str) -> bool:
    return any(part.startswith(needle) for part in zone.split("/"))


@functools.cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def _slash_command(info: CommandInfo, handle: CommandHandler) -> SlashCommand:
    builders = {
        "start": _start_callback,
        "buddy": _buddy_callback,
        "settings": _settings_callback,
        "challenge_start": _challenge_callback,
    }
    callback = builders.get(info.name, _plain_callback(info.name))(handle)
    contexts = None
    if info.private_only:
        contexts = app_commands.AppCommandContext(
            guild=False, dm_channel=True, private_channel=False
        )
    elif info.group_only:
        contexts = app_commands.AppCommandContext(
            guild=True, dm_channel=False, private_channel=False
        )
    command: SlashCommand = app_commands.Command(
        name=info.name,
        description=info.description[:MAX_DESCRIPTION],
        callback=callback,
        allowed_contexts=contexts,
    )
    if info.admins_only:
        command.default_permissions = discord.Permissions(manage_guild=True)
    return command


def _plain_callback(name: str) -> Callable[[CommandHandler], Any]:
    def build(handle: CommandHandler) -> Any:
        async def callback(interaction: discord.Interaction[discord.Client]) -> None:
            await handle(interaction, Command(name))

        return callback

    return build


def _start_callback(handle: CommandHandler) -> Any:
    @app_commands.describe(code=_("An invitation code, if someone gave you one"))
    async def callback(
        interaction: discord.Interaction[discord.Client], code: str | None = None
    ) -> None:
        await handle(interaction, Command("start", (code or "").strip()))

    return callback


def _buddy_callback(handle: CommandHandler) -> Any:
    @app_commands.describe(code=_("A friend's invitation code, or end to stop being buddies"))
    async def callback(
        interaction: discord.Interaction[discord.Client], code: str | None = None
    ) -> None:
        await handle(interaction, Command("buddy", (code or "").strip()))

    return callback


async def _autocomplete_timezone(
    interaction: discord.Interaction[discord.Client], current: str
) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=zone, value=zone) for zone in timezone_choices(current)]


def _settings_callback(handle: CommandHandler) -> Any:
    @app_commands.describe(
        timezone=_("Your time zone, like Europe/Paris"),
        time=_("When your daily card arrives, as HH:MM (24-hour clock)"),
    )
    @app_commands.autocomplete(timezone=_autocomplete_timezone)
    async def callback(
        interaction: discord.Interaction[discord.Client],
        timezone: str | None = None,
        time: str | None = None,
    ) -> None:
        await handle(interaction, Command("settings", settings_args(timezone, time)))

    return callback


def _challenge_callback(handle: CommandHandler) -> Any:
    @app_commands.describe(
        days=_("How many days, 7 to 100 (30 if left out)"),
        start=_("The first day: today, tomorrow, monday or a date like 2026-03-09"),
        time=_("When the group's card arrives each day, as HH:MM"),
        timezone=_("The group's time zone, like Europe/Paris"),
        goal=_("A shared goal: attempts made together, like 500"),
        kinds=_("The kinds of asks, like: social work (all if left out)"),
    )
    @app_commands.autocomplete(timezone=_autocomplete_timezone)
    async def callback(
        interaction: discord.Interaction[discord.Client],
        days: app_commands.Range[int, 7, 100] | None = None,
        start: str | None = None,
        time: str | None = None,
        timezone: str | None = None,
        goal: app_commands.Range[int, 1, 100000] | None = None,
        kinds: str | None = None,
    ) -> None:
        args = challenge_args(days, start, time, timezone, goal, kinds)
        await handle(interaction, Command("challenge_start", args))

    return callback
