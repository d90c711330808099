"""The commands a user can send, with the one-line descriptions platforms show in menus."""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import _


@dataclass(frozen=True, slots=True)
class CommandInfo:
    name: str
    description: str
    private_only: bool = False
    group_only: bool = False
    admins_only: bool = False
    """Offered to group admins only (core still checks: a platform's menu is a hint)."""
    public_in_group: bool = False
    """Its answer in a group is for the whole group; every other command's answer there is
    private (Discord must choose an ephemeral acknowledgement before the engine answers)."""


def user_commands() -> tuple[CommandInfo, ...]:
    """Every command in menu order; adapters register these (setMyCommands, slash commands)."""
    return (
        CommandInfo("start", _("Begin, or pick up where you left off")),
        CommandInfo("card", _("Today's challenge card")),
        CommandInfo("skip", _("A different card: easier, harder or another kind")),
        CommandInfo("streak", _("Your streak and the no's you have collected")),
        CommandInfo("stats", _("A chart of your last 12 weeks of practice")),
        CommandInfo("challenge", _("A personal 30- or 100-day challenge")),
        CommandInfo("level", _("Choose how big your daily asks are, 1 to 5")),
        CommandInfo("addcard", _("Write a challenge card of your own")),
        CommandInfo("mycards", _("The cards you wrote, to look at or remove")),
        CommandInfo("plan", _("Your own ladder, from small asks up to your real goals")),
        CommandInfo("note", _("Leave a few words for the next person who gets your card")),
        CommandInfo("buddy", _("A practice buddy: invite a friend, cheer, or /buddy end")),
        CommandInfo("advisor", _("The optional language model: agree, or /advisor off")),
        CommandInfo("rest", _("Take today off, streak kept")),
        CommandInfo("pause", _("Stop the daily cards for now")),
        CommandInfo("resume", _("Start the daily cards again")),
        CommandInfo("settings", _("Time zone, delivery time and the fears you practise")),
        CommandInfo("export", _("Download everything the bot stores about you"), True),
        CommandInfo("delete", _("Erase everything the bot stores about you"), True),
        CommandInfo("help", _("What the bot does, and where to find help"), public_in_group=True),
        *group_commands(),
    )


def group_commands() -> tuple[CommandInfo, ...]:
    """The shared challenge's commands: most work in a group, /groups in a private chat."""
    return (
        CommandInfo(
            "challenge_start",
            _("Start a shared challenge in this group (admins)"),
            group_only=True,
            admins_only=True,
            public_in_group=True,
        ),
        CommandInfo(
            "challenge_stop",
            _("End this group's challenge early (admins)"),
            group_only=True,
            admins_only=True,
            public_in_group=True,
        ),
        CommandInfo("join", _("Join this group's challenge"), group_only=True),
        CommandInfo(
            "board", _("How everyone in the group challenge is doing"), public_in_group=True
        ),
        CommandInfo("leave", _("Leave a group challenge")),
        CommandInfo("groups", _("The group challenges you're in"), private_only=True),
    )
