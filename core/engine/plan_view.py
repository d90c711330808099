"""/plan once a plan exists: the ladder as a message (and a picture), removing a rung,
starting over, stopping.

Where the user stands comes from their attempts since the plan began (a rung is done
once attempted, whatever the answer; `core.advisor.follow`), so nothing is written when
a rung is climbed.
"""

from __future__ import annotations

from core.advisor.follow import done_ids, next_rung
from core.advisor.picture import ladder_picture
from core.advisor.plan import Plan, RungKind
from core.deck import domain_label
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Attachment, Reply, button_rows
from core.model import User

REMOVE, REMOVE_ONE, NEW, STOP, SHOW, ADD = "rm", "rmn", "new", "stop", "show", "add"
MOVE, MOVE_ONE = "mv", "mvn"
PICTURE_FILE = "askanyway-ladder.png"


def _line(plan: Plan, index: int, done: frozenset[str], current: int | None) -> str:
    rung = plan.rungs[index]
    mark = "✓" if rung.card_id in done else ("→" if index == current else "·")
    kind = {
        RungKind.CARD: domain_label(rung.domain),
        RungKind.STEP: _("a warm-up written for you"),
        RungKind.OWN: _("a step you added"),
        RungKind.GOAL: _("your goal"),
    }[rung.kind]
    return _("{mark} {n}. {title} · level {level} · {kind} · expected fear {fear}/10").format(
        mark=mark, n=index + 1, title=rung.title, level=rung.level, kind=kind, fear=rung.fear
    )


def plan_text(plan: Plan, done: frozenset[str], current: int | None) -> str:
    lines = [_line(plan, i, done, current) for i in range(len(plan.rungs))]
    if current is None:
        where = _("You've climbed every rung. Well done: every one of them took nerve.")
    else:
        where = _("You're on rung {n} of {total}.").format(n=current + 1, total=len(plan.rungs))
    how = _(
        "Your daily card follows this ladder. A rung is done when you try it, whatever the "
        "answer. You move up a level when your practice says you're ready, and a hard day "
        "steps you back down for a while; that's the ladder doing its job."
    )
    return "\n".join([where, "", *lines, "", how])


def plan_buttons() -> tuple[tuple[str, str], ...]:
    return (
        (_("Add a rung"), p.make(p.PLAN, ADD)),
        (_("Remove a rung"), p.make(p.PLAN, REMOVE)),
        (_("Move a rung earlier"), p.make(p.PLAN, MOVE)),
        (_("Start over"), p.make(p.PLAN, NEW)),
        (_("Stop following the plan"), p.make(p.PLAN, STOP)),
    )


async def show(ctx: Ctx, user: User, plan: Plan, lead: str = "", edit: bool = False) -> Reply:
    attempts = await ctx.store.attempts(user.id, plan.started)
    done, current = done_ids(plan, attempts), next_rung(plan, attempts)
    text = plan_text(plan, done, current)
    buttons = plan_buttons()
    picture = await ctx.charts.ladder_chart(ladder_picture(plan, done, current))
    return Reply(
        f"{lead}\n\n{text}".strip(),
        title=_("Your ladder"),
        buttons=button_rows(*([b] for b in buttons)),
        edit=edit,
        attachment=Attachment(PICTURE_FILE, picture, "image/png"),
    )


def _menu(plan: Plan, question: str, target: str, first: int = 1) -> Reply:
    count = len(plan.rungs)
    numbers = [(str(n), p.make(p.PLAN, target, n)) for n in range(first, count + 1)]
    rows = [numbers[i : i + 6] for i in range(0, len(numbers), 6)]
    back = [(_("Leave it as it is"), p.make(p.PLAN, SHOW))]
    return Reply(question, buttons=button_rows(*rows, back))


def remove_menu(plan: Plan) -> Reply:
    return _menu(plan, _("Which rung shall I take off the ladder?"), REMOVE_ONE)


def move_menu(plan: Plan) -> Reply:
    """Rung 1 is already first, so the choice starts at 2."""
    return _menu(plan, _("Which rung should come one step earlier?"), MOVE_ONE, first=2)


async def move(ctx: Ctx, user: User, plan: Plan, number: int | None) -> list[Reply]:
    """Swap a rung with the one before it. The order is the user's to choose: a rung above
    their level waits, as any rung does, until the ladder lets them climb."""
    if number is None or not 2 <= number <= len(plan.rungs):
        return [Reply(_("That rung isn't on your ladder any more. /plan shows it as it is."))]
    rungs = list(plan.rungs)
    rungs[number - 2], rungs[number - 1] = rungs[number - 1], rungs[number - 2]
    moved = Plan(plan.user_id, plan.started, plan.created_at, plan.goals, tuple(rungs))
    await ctx.store.save_plan(moved)
    lead = _("“{title}” moved one step earlier.").format(title=rungs[number - 2].title)
    return [await show(ctx, user, moved, lead, edit=True)]


async def remove(ctx: Ctx, user: User, plan: Plan, number: int | None) -> list[Reply]:
    """Take one rung off; a stale number (the ladder changed since) changes nothing."""
    if number is None or not 1 <= number <= len(plan.rungs):
        return [Reply(_("That rung isn't on your ladder any more. /plan shows it as it is."))]
    gone = plan.rungs[number - 1]
    if len(plan.rungs) == 1:
        await ctx.store.remove_plan(user.id)
        return [Reply(_("That was the last rung, so the plan is gone. /plan builds a new one."))]
    left = Plan(
        plan.user_id,
        plan.started,
        plan.created_at,
        plan.goals,
        (
            *plan.rungs[: number - 1],
            *plan.rungs[number:],
        ),
    )
    await ctx.store.save_plan(left)
    lead = _("“{title}” is off your ladder.").format(title=gone.title)
    return [await show(ctx, user, left, lead, edit=True)]


async def stop(ctx: Ctx, user: User) -> list[Reply]:
    await ctx.store.remove_plan(user.id)
    return [
        Reply(
            _(
                "Your plan is put away, and your daily cards are chosen as before. /plan "
                "builds a new one whenever you like."
            ),
            edit=True,
        )
    ]
