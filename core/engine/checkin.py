"""The check-in: when a message may mean someone is at risk, ask them directly.

Asking plainly about suicide does not plant the idea, and it lets the person say what is
really going on, so a message that only may mean risk gets one warm, private question
with three answers instead of the full crisis reply. While the question waits, the text
they wrote is kept in their conversation state (in the database, so a restart does not
lose it; /export shows it, /delete erases it) together with where the conversation was;
once they answer, it is either handled as it would have been or erased.
"""

from __future__ import annotations

from typing import Any

from core.engine import payloads as p
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User

PENDING = "care:checkin"
"""The conversation state while a check-in waits for its answer."""

YES = "yes"
HARD = "hard"
OKAY = "ok"
FROM_GROUP = "g"
"""Value on the "I'm okay" button of a check-in about a group message: nothing to redo."""


def question(*, from_group: bool = False, again: bool = False) -> Reply:
    """The direct question, with its three answers."""
    opening = (
        _("Before we go on, I'd like to hear how you are.")
        if again
        else _(
            "Thank you for writing that. Something in it makes me want to check in with you, "
            "because you matter more than any card."
        )
    )
    text = "\n\n".join(
        [
            opening,
            _(
                "Can I ask you directly: are you having thoughts of ending your life, or of "
                "hurting yourself? Whatever the answer, it's okay to say it here. No one else "
                "using the bot can see this."
            ),
        ]
    )
    okay = p.make(p.CHECK_IN, OKAY, FROM_GROUP) if from_group else p.make(p.CHECK_IN, OKAY)
    return Reply(
        text,
        private=True,
        buttons=button_rows(
            [(_("Yes"), p.make(p.CHECK_IN, YES))],
            [(_("Not right now, but things are hard"), p.make(p.CHECK_IN, HARD))],
            [(_("No, I'm okay"), okay)],
        ),
    )


def held(user: User, text: str | None, kind: str) -> dict[str, Any]:
    """The state data of a waiting check-in: the text (if any) and where things were."""
    if user.state == PENDING:  # a second message while waiting: keep the first one
        return dict(user.state_data)
    return {"text": text, "kind": kind, "back": user.state, "back_data": dict(user.state_data)}


def held_text(user: User) -> str | None:
    text = user.state_data.get("text") if user.state == PENDING else None
    return text if isinstance(text, str) and text else None


def held_kind(user: User, default: str) -> str:
    kind = user.state_data.get("kind") if user.state == PENDING else None
    return kind if isinstance(kind, str) and kind else default


def where_it_was(user: User) -> tuple[str, dict[str, Any]]:
    """The state to go back to once the check-in is answered (the text is left behind)."""
    if user.state != PENDING:
        return user.state, dict(user.state_data)
    back, data = user.state_data.get("back", ""), user.state_data.get("back_data", {})
    return (back if isinstance(back, str) else ""), (dict(data) if isinstance(data, dict) else {})


def okay_thanks() -> Reply:
    return Reply(_("Thank you for telling me. Let's carry on."), edit=True)


def hard_times() -> str:
    return _(
        "Thank you for telling me. I'm sorry things are hard right now. There's no card you "
        "need to do today, and nothing is lost if you take a break. If you'd like to talk to "
        "someone, these people are there for exactly that:"
    )
