"""Whether a Discord member is an admin of their server, for core's group rules.

A member counts as an admin with the Manage Server permission (which Administrator
implies), or with one of the roles the operator names (`DISCORD_CHALLENGE_ROLES`, names or
ids), so a server can let its "Challenge host" role run challenges without handing out
Manage Server. This is checked on every event, on the bot's side: a server may well have
loosened who sees /challenge_start, and that must not be enough to use it.
"""

from __future__ import annotations

from collections.abc import Collection

import discord


def _has_role(user: discord.abc.User, roles: Collection[str]) -> bool:
    if not roles or not isinstance(user, discord.Member):
        return False
    return any(role.name in roles or str(role.id) in roles for role in user.roles)


def interaction_admin(
    interaction: discord.Interaction[discord.Client], roles: Collection[str]
) -> bool:
    """Uses the permissions Discord resolved for the interaction itself."""
    if interaction.guild_id is None:
        return False
    permissions = interaction.permissions
    return (
        permissions.manage_guild or permissions.administrator or _has_role(interaction.user, roles)
    )


def message_admin(message: discord.Message, roles: Collection[str]) -> bool:
    author = message.author
    if message.guild is None or not isinstance(author, discord.Member):
        return False
    permissions = author.guild_permissions
    return permissions.manage_guild or permissions.administrator or _has_role(author, roles)
