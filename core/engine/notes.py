"""Notes for the next person, in the conversation: leaving one after recording a card
(/note), reading one under a card, and reporting one.

A note is anonymous to its readers: nothing about its writer is ever shown with it. It is
screened before anyone sees it (`core.peers.notes`); held notes wait for the operator
(`askanyway notes`). A note two different people reported is hidden at once. The operator
can turn notes off (`NOTES_ENABLED`): then none is written or shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import AttemptStatus, User
from core.parsing import clean_text
from core.peers import notes as rules
from core.peers.model import NoteStatus

WRITING = "note:text"


def _off() -> Reply:
    return Reply(_("Notes for the next person are turned off on this bot."))


async def start(ctx: Ctx, user: User) -> list[Reply]:
    """/note: a note on the card the user recorded most recently (within the grace days)."""
    if not ctx.config.notes_enabled:
        return [_off()]
    since = ctx.today(user) - timedelta(days=ctx.config.record_grace_days)
    recorded = [
        a
        for a in await ctx.store.attempts(user.id, since)
        if a.status is AttemptStatus.RECORDED and a.outcome is not None
    ]
    card = ctx.content.card(recorded[-1].card_id) if recorded else None
    if card is None or card.owner_id is not None:
        return [
            Reply(
                _(
                    "Once you've recorded how a card went, /note lets you leave a few words "
                    "for the next person who gets it."
                )
            )
        ]
    await ctx.set_state(user, WRITING, card=card.id)
    text = _(
        "Leave a short note for the next person who gets “{title}”: what helped, what "
        "happened, a word of courage. Up to {n} characters. It's anonymous: they'll never "
        "see who wrote it. Please leave out names, places and contact details."
    ).format(title=card.title, n=rules.MAX_NOTE)
    return [Reply(text)]


async def write(ctx: Ctx, user: User, text: str) -> list[Reply]:
    """The note's text: too long is asked again; otherwise kept, shown or held."""
    note = " ".join(clean_text(text).split())
    card_id = user.state_data.get("card")
    if not isinstance(card_id, str) or not ctx.config.notes_enabled:
        await ctx.set_state(user)
        return [_off()] if not ctx.config.notes_enabled else []
    if len(note) > rules.MAX_NOTE:
        return [
            Reply(
                _(
                    "That's {n} characters; a note can have up to {max}. Could you shorten it?"
                ).format(n=len(note), max=rules.MAX_NOTE)
            )
        ]
    status, reason = rules.screen(note, ctx.content.screener)
    await ctx.store.add_note(user.id, card_id, note, status, reason or "", ctx.now())
    await ctx.set_state(user)
    if status is NoteStatus.APPROVED:
        return [
            Reply(_("Thank you. Your note will be waiting for the next person who gets this card."))
        ]
    return [
        Reply(
            _(
                "Thank you. A person will read your note before anyone else sees it, because "
                "it may hold a name, a place, contact details or a word I don't show."
            )
        )
    ]


async def under_card(ctx: Ctx, user: User, card_id: str, reply: Reply) -> Reply:
    """The card's reply with one approved note from someone else, and a way to report it."""
    if not ctx.config.notes_enabled:
        return reply
    note = await ctx.store.note_for_card(card_id, user.id)
    if note is None:
        return reply
    shown = _("💬 A note from someone who had this card before: “{text}”").format(text=note.text)
    report = button_rows([(_("Report this note"), p.make(p.NOTE_REPORT, note.id))])
    return replace(reply, text=f"{reply.text}\n\n{shown}", buttons=reply.buttons + report)


async def report(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    """A reader's report: they never see the note again; two people's hide it for everyone."""
    note_id = payload.number()
    note = await ctx.store.note(note_id) if note_id is not None else None
    if note is None or note.user_id == user.id:
        return [Reply(_("That note isn't one I can find any more."))]
    count = await ctx.store.report_note(note.id, user.id, ctx.now())
    if count >= rules.REPORTS_TO_HIDE and note.status is NoteStatus.APPROVED:
        await ctx.store.set_note_status(note.id, NoteStatus.HIDDEN, rules.Reason.REPORTS)
    return [
        Reply(
            _(
                "Thank you for telling me. You won't see that note again, and a person will "
                "read it."
            ),
            notice=_("Reported."),
        )
    ]
