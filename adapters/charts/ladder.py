"""The plan's picture: a ladder, rung 1 at the bottom, the user's goals at the top, the
rungs done in green, the one they are on in orange, the rest grey; each rung names its
step and the fear to expect. Drawn like the progress chart (Agg, no pyplot, a PNG)."""

from __future__ import annotations

import io

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from adapters.charts.canvas import KeptCanvas
from adapters.charts.style import INK, MUTED
from core.advisor.picture import LadderPicture, Standing
from core.i18n import _

COLOURS = {Standing.DONE: "#009E73", Standing.HERE: "#E69F00", Standing.AHEAD: "#BDBDBD"}
WIDTH = 6.4
ROW = 0.55
TITLE_CHARS = 44


def _short(text: str) -> str:
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def figure_of(ladder: LadderPicture) -> Figure:
    count = len(ladder.rungs)
    height = 1.2 + ROW * count
    figure = Figure(figsize=(WIDTH, height), dpi=150, facecolor="#FFFFFF")
    ax = figure.add_axes((0.02, 0.02, 0.96, (height - 0.9) / height))
    ax.set_xlim(0, 10)
    ax.set_ylim(0, count + 0.5)
    ax.axis("off")
    for rail in (0.6, 2.0):
        ax.plot([rail, rail], [0.2, count + 0.3], color=MUTED, linewidth=2.5)
    for rung in ladder.rungs:
        y = rung.number
        colour = COLOURS[rung.standing]
        ax.plot([0.6, 2.0], [y, y], color=colour, linewidth=6, solid_capstyle="butt")
        label = ("★ " if rung.goal else "") + _short(rung.title)
        weight = "bold" if rung.standing is Standing.HERE or rung.goal else "normal"
        ax.text(2.3, y + 0.08, label, fontsize=8.5, color=INK, va="center", weight=weight)
        fear = _("level {level} · fear {fear}/10").format(level=rung.level, fear=rung.fear)
        ax.text(2.3, y - 0.26, fear, fontsize=7, color=MUTED, va="center")
        if rung.standing is Standing.HERE:
            box = FancyBboxPatch((-0.15, y - 0.2), 0.6, 0.4, boxstyle="round,pad=0.02")
            box.set_color(colour)
            ax.add_patch(box)
    done = sum(r.standing is Standing.DONE for r in ladder.rungs)
    title = _("Your ladder: {done} of {total} rungs climbed").format(done=done, total=count)
    figure.text(0.5, 1 - 0.35 / height, title, ha="center", va="center", fontsize=11, color=INK)
    return figure


def draw_ladder(ladder: LadderPicture) -> bytes:
    """The PNG; blocking, so call it off the event loop."""
    figure = figure_of(ladder)
    KeptCanvas(figure)  # attaches itself: the figure draws with Agg, no pyplot
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=150, facecolor="#FFFFFF")
    return buffer.getvalue()
