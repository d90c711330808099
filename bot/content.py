"""Loading the shipped content (deck, prompts, crisis and youth resources, the screening
model, the own-card check's model) into core's values.

Content is data: a broken file stops start-up with every problem named by file and
line, because running with a half-read deck would quietly give people worse cards.
"""

from __future__ import annotations

from pathlib import Path

from adapters.content.ask_files import load_ask_model
from adapters.content.care_files import load_screener
from adapters.content.crisis_files import load_crisis_directory
from adapters.content.deck_files import (
    RETIRED_FILE,
    load_deck,
    load_prompts,
    load_retired,
    shipped_data_dir,
)
from adapters.content.deck_stamps import DeckStamps
from adapters.content.youth_files import FILE_NAME as YOUTH_FILE
from adapters.content.youth_files import load_youth_directory
from core.engine import Content


class ContentError(Exception):
    """The shipped data has problems; the message lists them all."""


def load_content(data_dir: Path | None = None) -> Content:
    root = data_dir or shipped_data_dir()
    cards, problems = load_deck(root / "deck", DeckStamps.in_user_cache())
    retired, retired_problems = load_retired(root / RETIRED_FILE)
    prompts, prompt_problems = load_prompts(root / "prompts.yaml")
    found = [str(problem) for problem in (*problems, *retired_problems)] + prompt_problems
    if found:
        raise ContentError("the shipped content has problems:\n" + "\n".join(found))
    try:
        crisis = load_crisis_directory(root / "crisis_resources.yaml")
        youth = load_youth_directory(root / YOUTH_FILE)
        screener = load_screener(root)
        ask_model = load_ask_model(root)
    except ValueError as error:
        raise ContentError(str(error)) from error
    return Content(
        cards=tuple(cards),
        prompts=tuple(prompts),
        crisis=crisis,
        youth=youth,
        retired=tuple(retired),
        screener=screener,
        ask_model=ask_model,
    )
