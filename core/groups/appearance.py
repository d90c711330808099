"""How a member appears on the board, chosen privately: by name, under an alias, or
counted in the totals without appearing.

The choice is made in the private chat (/groups), never in the group, so nobody sees
who chose what. An alias is read by the whole group, so it is screened like anything
written for others (`core.peers.words`); crisis language never gets here, because the
engine screens every text first.
"""

from __future__ import annotations

from dataclasses import replace

from core.engine import payloads as p
from core.engine.context import Ctx
from core.groups.model import Appearance, Member
from core.i18n import _
from core.messages import Reply, ReplyButton, button_rows
from core.model import User
from core.parsing import clean_text
from core.peers import words

ALIAS_STATE = "group:alias"
ALIAS_MIN, ALIAS_MAX = 2, 24
CHOOSE = "choose"


def describe(member: Member) -> str:
    """How the member appears, for their own eyes only."""
    if member.appearance is Appearance.NAME:
        return _("On the board you appear by your name.")
    if member.appearance is Appearance.ALIAS and member.alias:
        return _("On the board you appear as “{alias}”.").format(alias=member.alias)
    return _("On the board you're counted in the totals but not named.")


def choose_button(challenge_id: int) -> tuple[str, str]:
    return (_("How I appear"), p.make(p.GROUP_APPEAR, challenge_id, CHOOSE))


def _choices(challenge_id: int) -> tuple[tuple[ReplyButton, ...], ...]:
    return button_rows(
        [(_("By my name"), p.make(p.GROUP_APPEAR, challenge_id, Appearance.NAME.value))],
        [(_("Under an alias"), p.make(p.GROUP_APPEAR, challenge_id, Appearance.ALIAS.value))],
        [(_("Just count me"), p.make(p.GROUP_APPEAR, challenge_id, Appearance.HIDDEN.value))],
    )


async def press(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    cid = payload.number()
    member = await ctx.store.member(cid, user.id) if cid is not None else None
    if member is None or not member.active:
        return [Reply(_("You're not in that challenge any more."), edit=True)]
    if payload.value == CHOOSE:
        text = (
            describe(member)
            + "\n\n"
            + _(
                "How should the board show you? Whatever you choose, your attempts count in the "
                "group's totals, and nobody is told what you chose."
            )
        )
        return [Reply(text, buttons=_choices(member.challenge_id))]
    if payload.value not in {a.value for a in Appearance}:
        return [Reply(_("That button isn't one I know. /groups shows your choices."))]
    if payload.value == Appearance.ALIAS.value:
        await ctx.set_state(user, ALIAS_STATE, challenge=member.challenge_id)
        return [
            Reply(
                _(
                    "What name should the board show? Up to {n} characters, and nothing "
                    "that could help someone find or contact you."
                ).format(n=ALIAS_MAX),
                edit=True,
            )
        ]
    chosen = Appearance.NAME if payload.value == Appearance.NAME.value else Appearance.HIDDEN
    if user.state == ALIAS_STATE:
        await ctx.set_state(user)
    return [await _save(ctx, replace(member, appearance=chosen), edit=True)]


async def _save(ctx: Ctx, member: Member, *, edit: bool) -> Reply:
    await ctx.store.save_member(member)
    text = describe(member) + " " + _("You can change this any time: /groups.")
    return Reply(_("Done.") + " " + text, edit=edit)


async def alias_text(ctx: Ctx, user: User, text: str) -> list[Reply]:
    """The alias typed after "Under an alias": kept when it passes, asked again when not."""
    alias = " ".join(clean_text(text).split())
    cid = user.state_data.get("challenge")
    member = await ctx.store.member(cid, user.id) if isinstance(cid, int) else None
    if member is None or not member.active:
        await ctx.set_state(user)
        return [Reply(_("You're not in that challenge any more. /groups shows where you are."))]
    refusal = _refusal(alias)
    if refusal is not None:
        again = _("Please try another, or choose again in /groups.")
        return [Reply(f"{refusal} {again}")]
    await ctx.set_state(user)
    return [await _save(ctx, replace(member, appearance=Appearance.ALIAS, alias=alias), edit=False)]


def _refusal(alias: str) -> str | None:
    found = words.problem(alias)
    if found is words.Problem.CONTACT:
        return _("That looks like it could help someone reach you, so I can't show it.")
    if found is words.Problem.INSULT:
        return _("That has a word in it I don't show to the group.")
    if not ALIAS_MIN <= len(alias) <= ALIAS_MAX:
        return _("An alias needs {lo} to {hi} characters.").format(lo=ALIAS_MIN, hi=ALIAS_MAX)
    return None
