"""What the fuzzed engine test draws from, and how it reads the replies it gets back."""

from __future__ import annotations

from hypothesis import strategies as st

from core.commands import user_commands
from core.messages import Reply
from tests.fakes.chat import FakePlaces

PEOPLE = ("1001", "2002", "3003")
MAX_TEXT = 20_000
UNKNOWN_COMMANDS = ("frobnicate", "", "CARD", "card@SomeOtherBot", "x" * 80, "délete")
COMMANDS = (*(c.name for c in user_commands()), *UNKNOWN_COMMANDS)
PLACES = tuple(FakePlaces.ZONES)
ONBOARDING = ("Yes, let's start", "I'm 18 or older", "08:00", "Done", "3")
MORNING_WORDS = ("Good morning!", "Rest day today.")
WRITE_HERE = ("A moment to reflect", "Your own card")
"""Titles of questions answered in the person's own words."""
FOLLOWED = ("card", "card", "addcard", "skip", "settings", "mycards", "challenge", "streak")
CARD_PLAYED = ("Skip the guesses", "No", "5", "3")
OWN_CARD_STEPS = ("mc:level:2", "mc:domain:everyday", "mc:save")

people = st.sampled_from(PEOPLE)
in_group = st.sampled_from([False, False, False, True])  # mostly private chats, like life
texts = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["London", "Europe/Berlin", "7:30", "skip", "yes", "  ", "\x00", "😀" * 5]),
    st.builds(
        lambda unit, times: (unit * times)[:MAX_TEXT],
        st.text(min_size=1, max_size=40),
        st.integers(min_value=1, max_value=MAX_TEXT),
    ),
)
places = st.one_of(
    st.sampled_from(PLACES),
    st.tuples(
        st.floats(min_value=-90, max_value=90, allow_nan=False),
        st.floats(min_value=-180, max_value=180, allow_nan=False),
    ),
)


def forged_payload(data: st.DataObject, who: str, offered: dict[str, list[str]]) -> str:
    """A button press nobody was shown: someone else's, random, cut short, too long, renumbered."""
    known = [payload for person in PEOPLE for payload in offered[person]]
    others = [payload for person in PEOPLE if person != who for payload in offered[person]]
    how = data.draw(st.sampled_from(["other", "random", "truncated", "oversized", "renumbered"]))
    if how == "other" and others:
        return data.draw(st.sampled_from(others))
    if how == "truncated" and known:
        payload = data.draw(st.sampled_from(known))
        return payload[: data.draw(st.integers(0, max(0, len(payload) - 1)))]
    if how == "oversized" and known:
        payload = data.draw(st.sampled_from(known)) + data.draw(st.text(min_size=1))
        return payload + "9" * data.draw(st.integers(0, 200))
    if how == "renumbered" and known:
        kind, _sep, rest = data.draw(st.sampled_from(known)).partition(":")
        number = data.draw(st.integers(-3, 10**15))
        return f"{kind}:{number}:{rest.partition(':')[2]}"
    return data.draw(st.text(max_size=120))


def seen_in(reply: Reply) -> str:
    """Everything a person can read in a reply: title, text, button labels, attachment."""
    parts = [reply.title, reply.text, *(b.label for row in reply.buttons for b in row)]
    if reply.attachment is not None:
        parts.append(reply.attachment.data.decode(errors="ignore"))
    return "\n".join(parts)


def streak_figures(text: str) -> tuple[int, int] | None:
    """(current, longest) when a reply states both, as /streak does."""
    current = number_after(text, "Current streak: ")
    longest = number_after(text, "Longest streak: ")
    return (current, longest) if current is not None and longest is not None else None


def number_after(text: str, label: str) -> int | None:
    if label not in text:
        return None
    digits = text.split(label, 1)[1].split()[0].rstrip(".")
    return int(digits) if digits.lstrip("-").isdigit() else None
