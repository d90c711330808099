"""The progress chart's look: palette, words, font sizes and the helpers every panel uses.

Colours are the Okabe-Ito palette, which stays distinct for the common kinds of colour
blindness; every series is also named in words in a legend, never by colour alone. One
colour means one thing on the whole chart: orange is a yes (the week's yeses and the real
yes-rate), and the expected yes-rate is the same orange as an outline with hatching, a
yes that was only guessed. No colour of a day is also the colour of an outcome.
Titles and legends are placed at fixed distances in inches rather than by a layout
engine: the figure's size is fixed, and measuring every label each time would double
the drawing time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from matplotlib.artist import Artist
from matplotlib.axes import Axes

from core.i18n import _
from core.progress import DayKind

INK = "#222222"
MUTED = "#555555"
GRID = "#E4E4E4"
CELL_EDGE = "#BDBDBD"
DAY_COLOURS = {
    DayKind.PRACTICE: "#009E73",
    DayKind.REST: "#56B4E9",
    DayKind.FREEZE: "#CC79A7",
    DayKind.MISSED: "#D9D9D9",
    DayKind.FUTURE: "#FFFFFF",
    DayKind.BEFORE: "#F4F4F4",
}
OUTCOME_COLOURS = {
    "yes": "#E69F00",
    "partly": "#F0E442",
    "no": "#0072B2",
    "waiting": "#8C8C8C",
}
"""Asks made, so a card not tried is no bar: the bars add up to the asks the title counts."""
YES_COLOUR = OUTCOME_COLOURS["yes"]
EXPECTED_COLOUR = YES_COLOUR
EXPECTED_HATCH = "////"
REAL_COLOUR = YES_COLOUR
MOOD_COLOUR = "#D55E00"


@dataclass(frozen=True, slots=True)
class Look:
    """Font sizes in points and the room, in inches, that tick labels take under an axes."""

    text: float
    title: float
    ticks: float
    tick_room: float
    asides: bool
    """Whether panel titles carry a summing-up figure on the right (no room when small)."""


def day_labels() -> dict[DayKind, str]:
    return {
        DayKind.PRACTICE: _("Practised"),
        DayKind.REST: _("Rest day"),
        DayKind.FREEZE: _("Streak freeze"),
        DayKind.MISSED: _("No practice"),
        DayKind.FUTURE: _("Still to come"),
        DayKind.BEFORE: _("Before you joined"),
    }


def outcome_labels() -> dict[str, str]:
    return {
        "yes": _("Yes"),
        "partly": _("Partly"),
        "no": _("No"),
        "waiting": _("Still waiting"),
    }


def weekday_names() -> tuple[str, ...]:
    return (_("Mon"), _("Tue"), _("Wed"), _("Thu"), _("Fri"), _("Sat"), _("Sun"))


def short_date(day: date) -> str:
    return f"{day.day} {day:%b}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def title(ax: Axes, text: str, look: Look, aside: str = "") -> None:
    """The panel's name above it on the left; `aside`, a figure summing it up, on the right."""
    for x, words, size, weight, colour, align in (
        (0.0, text, look.title, "bold", INK, "left"),
        (1.0, aside if look.asides else "", look.ticks + 0.5, "normal", MUTED, "right"),
    ):
        if words:
            ax.annotate(
                words,
                (x, 1.0),
                xycoords="axes fraction",
                xytext=(0, 7),
                textcoords="offset points",
                ha=align,
                va="bottom",
                fontsize=size,
                fontweight=weight,
                color=colour,
            )


def legend_below(ax: Axes, handles: Sequence[Artist], look: Look, ncols: int) -> None:
    """A legend centred under the axes' tick labels, whatever the axes' height."""
    height = ax.bbox.height / ax.figure.dpi  # inches
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -look.tick_room / height),
        ncols=ncols,
        fontsize=look.ticks,
        frameon=False,
        handlelength=1.1,
        columnspacing=1.0,
        handletextpad=0.4,
        borderaxespad=0.0,
    )


def quiet(ax: Axes) -> None:
    """Only the left and bottom spines, in grey: the data is what should stand out."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(MUTED)
    ax.spines["bottom"].set_color(MUTED)


def bare(ax: Axes) -> None:
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)


def week_ticks(ax: Axes, mondays: Sequence[date], look: Look) -> None:
    """Label at most four weeks by their Monday, counting back from the current week."""
    every = max(1, math.ceil(len(mondays) / 4))
    shown = list(mondays)[::-1][::every][::-1]
    ax.set_xticks([m.toordinal() + 3.5 for m in shown])
    ax.set_xticklabels([short_date(m) for m in shown], fontsize=look.ticks, color=INK)


def note(ax: Axes, text: str, look: Look) -> None:
    """A sentence in the middle of an empty panel, saying what will appear there."""
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=look.text,
        color=MUTED,
        linespacing=1.4,
    )
