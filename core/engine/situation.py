"""What applies to you: the one optional question that lets cards which need something
(a job, a car, a landlord, see `core.deck.NEEDS`) into a user's rotation.

Asked once at the end of onboarding, on the same message as "You're all set", so setting
up stays as short as it was and nobody has to answer it; changed any time from
/settings. Nothing ticked means every card is one anyone can do today, which is the
safe default for someone who skips it. Each tap saves at once and redraws the same
message with its ticks, so a restart between taps loses nothing.

Buttons are `nd:<where>:<need>`: where is `o` (the onboarding message) or `s` (the
settings screen), so the redrawn message is the one the tap came from; `nd:s:done`
closes the settings screen.
"""

from __future__ import annotations

from dataclasses import replace

from core.deck import NEEDS, need_label
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User

ONBOARDING = "o"
SETTINGS = "s"


def needs_line(user: User) -> str:
    """The user's answers in words, for /settings."""
    chosen = [need_label(n) for n in NEEDS if n in user.needs]
    return "; ".join(chosen) or _("nothing ticked (only cards anyone can do)")


def _toggles(user: User, where: str) -> list[list[tuple[str, str]]]:
    buttons = [
        (("✓ " if need in user.needs else "") + need_label(need), p.make(p.NEED, where, need))
        for need in NEEDS
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def _question() -> str:
    return _(
        "One last question, and it's optional: some cards need something not everyone "
        "has. Tap any that apply to you and those cards join your deck. With none tapped, "
        "every card is one anyone can do today."
    )


def all_set(user: User, edit: bool = False) -> Reply:
    """The end of onboarding: where and when cards come, the optional question, a card now."""
    ready = _(
        "You're all set. Your first card arrives at {time} ({zone}), starting at level "
        "{level} of 5. You can change any of this with /settings."
    ).format(time=user.delivery_time.strftime("%H:%M"), zone=user.timezone, level=user.level)
    text = f"{ready}\n\n{_question()}\n\n{_('Want a card right now?')}"
    rows = [
        *_toggles(user, ONBOARDING),
        [(_("Today's card"), p.make(p.HOME, "card"))],
        [(_("Build my own plan (optional)"), p.make(p.PLAN, "new"))],
    ]
    return Reply(text, buttons=button_rows(*rows), edit=edit)


def question(user: User, edit: bool = False) -> Reply:
    """The same question from /settings."""
    rows = [*_toggles(user, SETTINGS), [(_("Done"), p.make(p.NEED, SETTINGS, "done"))]]
    text = _(
        "Which of these apply to you? Cards that need one of them come only when it's "
        "ticked; tap again to untick."
    )
    return Reply(text, title=_("What applies to you"), buttons=button_rows(*rows), edit=edit)


async def toggle(ctx: Ctx, user: User, pressed: p.Payload) -> list[Reply]:
    """Tick or untick one answer, save it, and redraw the message it came from."""
    where, need = pressed.target, pressed.value
    if where == SETTINGS and need == "done":
        return [
            Reply(
                _("Saved. What applies to you: {needs}.").format(needs=needs_line(user)),
                edit=True,
            )
        ]
    if where not in (ONBOARDING, SETTINGS) or need not in NEEDS:
        return [Reply(_("That button isn't one I know. /settings shows your options."))]
    chosen = set(user.needs) ^ {need}
    saved = replace(user, needs=tuple(n for n in NEEDS if n in chosen))
    await ctx.store.save_user(saved)
    return [all_set(saved, edit=True) if where == ONBOARDING else question(saved, edit=True)]
