"""/addcard and /mycards: a user's own private cards.

Adding one is a short conversation whose steps are saved in the database (like the
reflection), so a restart resumes at the same step:

    /addcard -> mine:ask (free text, screened) -> mine:level (1-5) -> mine:domain
             -> mine:confirm (Save / Cancel)

The rules (limits, title, ethics screen) are in `core.own_cards`. Own cards join the
user's rotation through `core.engine.cards.give_card` and are never shown to anyone else.
"""

from __future__ import annotations

from core import own_cards
from core.asks.advice import Advice
from core.deck import DOMAINS, Card, domain_label
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, button_rows
from core.model import User

ADD_ASK = "mine:ask"
ADD_LEVEL = "mine:level"
ADD_DOMAIN = "mine:domain"
ADD_CONFIRM = "mine:confirm"
NEW, CANCEL, LEVEL, DOMAIN, SAVE, REMOVE = "new", "cancel", "level", "domain", "save", "rm"
REMOVE_LABEL_CHARS = 28


def is_adding(state: str) -> bool:
    return state in (ADD_ASK, ADD_LEVEL, ADD_DOMAIN, ADD_CONFIRM)


def _cancel_row() -> list[tuple[str, str]]:
    return [(_("Cancel"), p.make(p.MY_CARD, CANCEL))]


def ask_question() -> Reply:
    return Reply(
        _(
            "What's the ask? Write it the way you'd like to read it on a card, in a sentence "
            "or two (up to {limit} characters). For example: Ask the barista which drink they "
            "like best, and order it.\n\nA no always ends the ask, and a card never pressures, "
            "misleads or endangers anyone."
        ).format(limit=own_cards.MAX_ASK),
        title=_("Your own card"),
        buttons=button_rows(_cancel_row()),
    )


def level_question() -> Reply:
    levels = [(str(n), p.make(p.MY_CARD, LEVEL, n)) for n in range(1, 6)]
    return Reply(
        _("How big a step is it for you? 1 is a small, easy ask; 5 is one of your real fears."),
        buttons=button_rows(levels, _cancel_row()),
    )


def domain_question() -> Reply:
    rows = [[(domain_label(d), p.make(p.MY_CARD, DOMAIN, d))] for d in DOMAINS]
    return Reply(_("What kind of ask is it?"), buttons=button_rows(*rows, _cancel_row()))


def _preview_text(card: Card) -> str:
    return _("{title} · level {level} · {domain}\n\n{ask}\n\n{note}").format(
        title=card.title,
        level=card.level,
        domain=domain_label(card.domain),
        ask=card.ask,
        note=own_cards.own_card_note(),
    )


def confirm_question(card: Card) -> Reply:
    return Reply(
        _("Here's your card:\n\n{card}\n\nShall I add it to your rotation?").format(
            card=_preview_text(card)
        ),
        buttons=button_rows([(_("Save it"), p.make(p.MY_CARD, SAVE))], _cancel_row()),
    )


def _drafted(user: User) -> Card | None:
    """The card being written, from the saved conversation state."""
    data = user.state_data
    ask, level, domain = data.get("ask"), data.get("level", 1), data.get("domain", "everyday")
    if not isinstance(ask, str) or not isinstance(level, int) or domain not in DOMAINS:
        return None
    return own_cards.draft(ask, level, str(domain))


def question_for(user: User) -> Reply:
    """The question of the step the user is on (after a restart or odd input)."""
    drafted = _drafted(user)
    if user.state == ADD_LEVEL:
        return level_question()
    if user.state == ADD_DOMAIN:
        return domain_question()
    if user.state == ADD_CONFIRM and drafted is not None:
        return confirm_question(drafted)
    return ask_question()


async def start(ctx: Ctx, user: User) -> list[Reply]:
    if len(await ctx.store.own_cards(user.id)) >= own_cards.MAX_OWN_CARDS:
        return [
            Reply(
                _(
                    "You have {n} cards of your own, the most I keep. /mycards lets you remove "
                    "one to make room."
                ).format(n=own_cards.MAX_OWN_CARDS)
            )
        ]
    await ctx.set_state(user, ADD_ASK)
    return [ask_question()]


async def answer(ctx: Ctx, user: User, text: str) -> list[Reply]:
    """Free text while adding a card: the ask itself, or a reminder to use the buttons."""
    if user.state != ADD_ASK:
        return [
            Reply(
                _(
                    "Please use the buttons for this step. If something is weighing on you, "
                    "/help lists people you can talk to."
                )
            ),
            question_for(user),
        ]
    if len(text) > own_cards.MAX_ASK:
        return [
            Reply(
                _(
                    "That's a little long for a card: {limit} characters at most, and yours "
                    "has {length}. Could you shorten it and send it again?"
                ).format(limit=own_cards.MAX_ASK, length=len(text)),
                buttons=button_rows(_cancel_row()),
            )
        ]
    if len(text) < own_cards.MIN_ASK:
        return [
            Reply(
                _("Could you say a little more? Write the ask as a short sentence."),
                buttons=button_rows(_cancel_row()),
            )
        ]
    problem = own_cards.screen(own_cards.draft(text), ctx.content.ask_model)
    if problem is not None:
        return [refusal(problem)]
    await ctx.set_state(user, ADD_LEVEL, ask=text.strip())
    return [level_question()]


def refusal(problem: Advice) -> Reply:
    """One sentence naming the problem, and the same courage in a fair ask to try instead."""
    return Reply(
        _(
            "I can't add that one as it is. {reason}\n\n{instead}\n\nSend a new version, or Cancel."
        ).format(reason=problem.reason, instead=problem.instead),
        buttons=button_rows(_cancel_row()),
    )


async def button(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    if payload.target == NEW:
        return await start(ctx, user)
    if payload.target == REMOVE:
        return await remove(ctx, user, payload.value)
    if payload.target == CANCEL:
        if is_adding(user.state):
            await ctx.set_state(user)
        return [Reply(_("Okay, no card added."), edit=True)]
    step = {LEVEL: ADD_LEVEL, DOMAIN: ADD_DOMAIN, SAVE: ADD_CONFIRM}.get(payload.target)
    if step is None:
        return [Reply(_("That button isn't one I know. /mycards shows your cards."))]
    if user.state != step:
        return [Reply(_("That question is behind us now. /addcard starts a new card."))]
    if payload.target == LEVEL:
        level = payload.int_value(1, 5)
        if level is None:
            return [Reply(_("That button isn't one I know. Please use the buttons below."))]
        await ctx.set_state(user, ADD_DOMAIN, **{**user.state_data, "level": level})
        return [domain_question()]
    if payload.target == DOMAIN:
        if payload.value not in DOMAINS:
            return [Reply(_("That button isn't one I know. Please use the buttons below."))]
        data = {**user.state_data, "domain": payload.value}
        user = await ctx.set_state(user, ADD_CONFIRM, **data)
        return [question_for(user)]
    return await save(ctx, user)


async def save(ctx: Ctx, user: User) -> list[Reply]:
    drafted = _drafted(user)
    await ctx.set_state(user)
    if drafted is None or own_cards.screen(drafted, ctx.content.ask_model) is not None:
        return [Reply(_("Something went wrong with that card, sorry. /addcard starts again."))]
    if len(await ctx.store.own_cards(user.id)) >= own_cards.MAX_OWN_CARDS:
        return await start(ctx, user)
    card = await ctx.store.add_own_card(
        user.id, drafted.title, drafted.ask, drafted.level, drafted.domain, ctx.now()
    )
    return [
        Reply(
            _(
                "Saved! “{title}” joins your rotation at level {level}, so it can come up as "
                "your card of the day. No one else using the bot will see it. /mycards lists "
                "your cards."
            ).format(title=card.title, level=card.level),
            edit=True,
        )
    ]


def _short(title: str) -> str:
    return title if len(title) <= REMOVE_LABEL_CHARS else title[: REMOVE_LABEL_CHARS - 1] + "…"


def card_list(cards: list[Card], lead: str = "", edit: bool = False) -> Reply:
    add = [(_("Add a card"), p.make(p.MY_CARD, NEW))]
    if not cards:
        text = _("You haven't written any cards of your own yet. /addcard adds one.")
        return Reply(f"{lead}\n\n{text}".strip(), buttons=button_rows(add), edit=edit)
    lines = [
        _("{n}. {title} · level {level} · {domain}").format(
            n=i, title=c.title, level=c.level, domain=domain_label(c.domain)
        )
        for i, c in enumerate(cards, start=1)
    ]
    text = _("Your own cards come up in your rotation like any other, only for you.")
    removes = [
        [(_("Remove “{title}”").format(title=_short(c.title)), p.make(p.MY_CARD, REMOVE, c.id))]
        for c in cards
    ]
    return Reply(
        "\n\n".join(part for part in (lead, "\n".join(lines), text) if part),
        title=_("Your own cards"),
        buttons=button_rows(*removes, add),
        edit=edit,
    )


async def show(ctx: Ctx, user: User) -> list[Reply]:
    return [card_list(list(await ctx.store.own_cards(user.id)))]


async def remove(ctx: Ctx, user: User, card_id: str) -> list[Reply]:
    """Only a card on the pressing user's own list can be removed; anything else is stale."""
    mine = {c.id: c for c in await ctx.store.own_cards(user.id)}
    card = mine.get(card_id)
    if card is None or not await ctx.store.remove_own_card(user.id, card_id):
        return [
            Reply(
                _("That card isn't on your list, so nothing changed. /mycards shows yours."),
                notice=_("That button has expired."),
            )
        ]
    rest = [c for c in mine.values() if c.id != card_id]
    # The title may end with its own full stop or question mark: the sentence ends after it.
    lead = _("“{title}” is removed and won't come up again.").format(title=card.title)
    return [card_list(rest, lead, edit=True)]
