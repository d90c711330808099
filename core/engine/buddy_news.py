"""What buddies see of each other and send each other: the view behind /buddy, cheers, the
evening line ("Sam asked today"), and the few messages the tick carries between them.

Every message to a buddy is a one-off delivery in the recipient's own schedule (`bcheer:`,
`bday:`, `bnew:`, `bend:` and the pair's id), so it goes out through the tick exactly once,
on whichever platform the recipient uses, and is composed only when it is sent: a pair
ended meanwhile, a person who erased their data or is taking a break, gets nothing and
causes nothing. Only `core.peers.buddies.Week` of the other's practice is ever shown.
"""

from __future__ import annotations

from datetime import timedelta

from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _, ngettext
from core.messages import Reply, button_rows
from core.model import ATTEMPTED, User, UserStatus
from core.peers import buddies as rules
from core.peers.buddies import Pair, Side
from core.schedule import occurrence

CHEER, DAY, NEW, ENDED = "bcheer", "bday", "bnew", "bend"
KINDS = frozenset({CHEER, DAY, NEW, ENDED})


def kind(head: str, pair_id: int) -> str:
    return f"{head}:{pair_id}"


def what_a_buddy_sees() -> str:
    return _(
        "A buddy is one person who keeps you company in the practice. You each see the days "
        "the other practised and how many asks they made: never how an ask went, your moods, "
        "your guesses or anything you write. Once a day you can send each other a cheer from "
        "a few warm phrases; nothing else passes between you. Either of you can end it any "
        "time with /buddy end, and the other is told only that it ended."
    )


def one_at_a_time() -> Reply:
    return Reply(
        _(
            "You already have a buddy. One at a time keeps it personal: /buddy end first if "
            "you'd like a different one."
        )
    )


async def current_pair(ctx: Ctx, user: User) -> Pair | None:
    return next((pair for pair in await ctx.store.pairs_of(user.id) if pair.together), None)


def _on_a_break(person: User | None) -> bool:
    return person is None or person.status is not UserStatus.ACTIVE


async def view(ctx: Ctx, user: User, pair: Pair) -> Reply:
    """The buddy's practice days and attempt counts, or only that they are taking a break."""
    other = pair.other(user.id)
    assert other is not None  # a pair together has both sides
    person = await ctx.store.user(other.user_id)
    lines = [_("You and {name} are buddies.").format(name=other.name)]
    if person is None or _on_a_break(person):
        lines.append(_("{name} is taking a break right now.").format(name=other.name))
    else:
        today = ctx.today(person)
        week = rules.week_of(await ctx.store.attempts(person.id, today - timedelta(days=7)), today)
        marks = " · ".join(f"{day:%a}{' ✓' if done else ''}" for day, done in week.days)
        lines.append(_("Their last 7 days: {marks}").format(marks=marks))
        days = ngettext("{n} day with practice", "{n} days with practice", week.practised)
        asks = ngettext("{n} ask made", "{n} asks made", week.attempts)
        lines.append(f"{days.format(n=week.practised)}, {asks.format(n=week.attempts)}.")
    lines.append(
        _("Buddies see only practice days and counts: never how an ask went, moods or words.")
    )
    rows = [
        [
            (_("Send a cheer"), p.make(p.BUDDY, pair.id, "cheer")),
            (_("End buddies"), p.make(p.BUDDY, pair.id, "end")),
        ]
    ]
    return Reply("\n\n".join(lines), title=_("Your buddy"), buttons=button_rows(*rows))


def _cheer_rows(pair_id: int) -> list[list[tuple[str, str]]]:
    phrases = [(text, p.make(p.BUDDY_CHEER, pair_id, n)) for n, text in enumerate(rules.cheers())]
    return [phrases[n : n + 2] for n in range(0, len(phrases), 2)]


def cheer_choice(pair: Pair, user: User) -> Reply:
    other = pair.other(user.id)
    name = other.name if other else _("your buddy")
    return Reply(
        _("Which cheer shall I send {name}?").format(name=name),
        buttons=button_rows(*_cheer_rows(pair.id)),
    )


async def cheer(ctx: Ctx, user: User, payload: p.Payload) -> list[Reply]:
    """One cheer a day to one's buddy, from the fixed phrases; none to someone on a break."""
    number = payload.int_value(0, len(rules.cheers()) - 1)
    pair_id = payload.number()
    pair = await ctx.store.pair(pair_id) if pair_id is not None else None
    if pair is None or not pair.together or number is None:
        return [Reply(_("That buddy button is out of date. /buddy shows where things are."))]
    mine, other = pair.side(user.id), pair.other(user.id)
    if mine is None or other is None:
        return [Reply(_("That buddy button is out of date. /buddy shows where things are."))]
    if _on_a_break(await ctx.store.user(other.user_id)):
        text = _("{name} is taking a break right now, so I'll hold off on cheers for now.")
        return [Reply(text.format(name=other.name))]
    today = ctx.today(user)
    if mine.cheered_on == today:
        return [
            Reply(
                _(
                    "You've cheered {name} today already. One a day keeps it special: "
                    "tomorrow you can send another."
                ).format(name=other.name)
            )
        ]
    await ctx.store.set_cheer(pair.id, user.id, number, today)
    await ctx.store.user_schedules.schedule(other.user_id, kind(CHEER, pair.id), ctx.now())
    return [
        Reply(
            _("Sent! {name} will get: “{cheer}”").format(
                name=other.name, cheer=rules.cheers()[number]
            ),
            edit=True,
            notice=_("Cheer sent."),
        )
    ]


async def after_attempt(ctx: Ctx, user: User) -> None:
    """The user made an attempt: their buddy hears of it that evening (once a day)."""
    pair = await current_pair(ctx, user)
    other = pair.other(user.id) if pair is not None else None
    buddy = await ctx.store.user(other.user_id) if other is not None else None
    if pair is None or buddy is None or _on_a_break(buddy):
        return
    zone = ctx.zone(buddy)
    evening = occurrence(ctx.today(buddy), buddy.reminder_time, zone)
    await ctx.store.user_schedules.schedule(buddy.id, kind(DAY, pair.id), max(evening, ctx.now()))


async def paired(ctx: Ctx, pair_id: int, tell: int) -> None:
    """Two people just became buddies: other waiting invitations and opt-ins of either are
    withdrawn, and `tell` (who was waiting) hears of it."""
    pair = await ctx.store.pair(pair_id)
    for side in pair.sides if pair is not None else ():
        for waiting in await ctx.store.pairs_of(side.user_id):
            if waiting.waiting:
                await ctx.store.delete_pair(waiting.id)
    await ctx.store.user_schedules.schedule(tell, kind(NEW, pair_id), ctx.now())


async def end_pair(ctx: Ctx, pair: Pair, user: User) -> None:
    """`user` ends it; the other side is told that it ended, and nothing more."""
    other = pair.other(user.id)
    if await ctx.store.end_pair(pair.id, ctx.now()) and other is not None:
        await ctx.store.user_schedules.schedule(other.user_id, kind(ENDED, pair.id), ctx.now())


async def forget(ctx: Ctx, user: User) -> None:
    """Before an erase: invitations withdrawn, a pair ended (the other told only that)."""
    for pair in await ctx.store.pairs_of(user.id):
        if pair.waiting:
            await ctx.store.delete_pair(pair.id)
        elif pair.together:
            await end_pair(ctx, pair, user)


async def one_off(ctx: Ctx, user: User, head: str, pair_id: int) -> Reply | None:
    """The buddy message `head` for `user`, composed as it is sent; None: nothing to say."""
    pair = await ctx.store.pair(pair_id)
    mine = pair.side(user.id) if pair is not None else None
    if pair is None or mine is None:
        return None
    if head == ENDED:
        return _ended() if pair.ended_at is not None else None
    other = pair.other(user.id)
    if not pair.together or other is None:
        return None
    if head == NEW:
        return _new(pair, other)
    if head == CHEER:
        said = rules.cheer_text(other.cheer)
        if said is None:
            return None
        text = _("💛 {name} sent you a cheer: “{cheer}”").format(name=other.name, cheer=said)
        return Reply(text, buttons=button_rows(*_cheer_rows(pair.id)))
    return await _their_day(ctx, pair, other) if head == DAY else None


def _new(pair: Pair, other: Side) -> Reply:
    if pair.challenge_id is None:
        text = _("{name} said yes to your invitation: you're buddies now!")
    else:
        text = _("You have a buddy from your group challenge: {name}.")
    text = text.format(name=other.name) + " " + _("/buddy shows how they're doing.")
    return Reply(text, title=_("Your buddy"))


def _ended() -> Reply:
    return Reply(
        _(
            "Your buddy pairing has ended. That happens for all sorts of reasons, and your "
            "practice carries on just the same. /buddy is there if you'd like a new buddy."
        )
    )


async def _their_day(ctx: Ctx, pair: Pair, other: Side) -> Reply | None:
    """ "Sam asked today", when Sam made an attempt in the last day and is not on a break."""
    person = await ctx.store.user(other.user_id)
    if person is None or _on_a_break(person):
        return None
    since = ctx.now() - timedelta(days=1)
    recent = await ctx.store.attempts(person.id, ctx.today(person) - timedelta(days=2))
    if not any(
        a.outcome in ATTEMPTED and a.recorded_at is not None and a.recorded_at >= since
        for a in recent
    ):
        return None
    return Reply(
        _("🌱 {name} asked today.").format(name=other.name),
        buttons=button_rows([(_("Send a cheer"), p.make(p.BUDDY, pair.id, "cheer"))]),
    )
