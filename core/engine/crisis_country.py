"""Which country? Asked when someone may be in crisis and the bot does not know where they are.

The crisis reply has already given the international directory and the advice to call the
local emergency number; this question offers the lines of the person's own country, one
button per country the data has, a page at a time (Discord shows at most 25 buttons), and
"another" for everywhere else. Nothing is stored: the answer only picks what to show.
"""

from __future__ import annotations

from core.care.crisis_words import another_country, country_lines, which_country
from core.crisis import CrisisDirectory, resources_for
from core.engine import payloads as p
from core.engine.context import Ctx
from core.i18n import _
from core.messages import Reply, ReplyButton

TARGET = "cy"
PER_PAGE = 20
PER_ROW = 2
OTHER = "other"


def question(
    directory: CrisisDirectory, kind: str = "", page: int = 0, *, edit: bool = False
) -> Reply:
    """`ci:cy:<CODE>.<kind>` per country, then "more" and "another country"."""
    countries = sorted(directory.countries.values(), key=lambda entry: entry.name)
    pages = max(1, -(-len(countries) // PER_PAGE))
    page = page % pages
    shown = countries[page * PER_PAGE : (page + 1) * PER_PAGE]
    buttons = [ReplyButton(c.name, p.make(p.CHECK_IN, TARGET, f"{c.code}.{kind}")) for c in shown]
    rows = [tuple(buttons[i : i + PER_ROW]) for i in range(0, len(buttons), PER_ROW)]
    extra = []
    if pages > 1:
        more = p.make(p.CHECK_IN, TARGET, f"p{(page + 1) % pages}.{kind}")
        extra.append(ReplyButton(_("More countries"), more))
    extra.append(ReplyButton(_("Another country"), p.make(p.CHECK_IN, TARGET, OTHER)))
    return Reply(which_country(), private=True, buttons=(*rows, tuple(extra)), edit=edit)


def answer(ctx: Ctx, value: str) -> list[Reply]:
    """The lines of the chosen country, the next page of countries, or the directories."""
    choice, _dot, kind = value.partition(".")
    directory = ctx.content.crisis
    if choice.startswith("p") and choice[1:].isdecimal():
        return [question(directory, kind, int(choice[1:]), edit=True)]
    if choice in directory.countries:
        lines = country_lines(resources_for(directory, choice)[:1], kind or None)
        return [Reply(lines, private=True, edit=True)]
    return [Reply(another_country(), private=True, edit=True)]
