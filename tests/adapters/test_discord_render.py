"""The pure parts of the Discord adapter: splitting, rendering, options, backoff."""

from __future__ import annotations

import discord
from hypothesis import given
from hypothesis import strategies as st

from adapters.discord.commands import settings_args, timezone_choices
from adapters.discord.platform import Backoff
from adapters.discord.render import (
    CONTENT_LIMIT,
    DESCRIPTION_LIMIT,
    NO_MENTIONS,
    delivery_nonce,
    edit_kwargs,
    render,
    safe_filename,
    send_kwargs,
    split_text,
)
from adapters.discord.views import ButtonsView
from core.messages import Attachment, Reply, button_rows
from tests.fakes.discord_fixtures import PNG


@given(st.text(alphabet=st.sampled_from("ab \n\né"), max_size=700), st.integers(10, 120))
def test_split_text_keeps_every_character_and_respects_the_limit(text, limit):
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(len(piece) <= limit for piece in pieces)


def test_split_text_cuts_at_a_paragraph_break_when_there_is_one():
    first, second = "a" * 1500 + "\n\n", "b" * 1000
    assert split_text(first + second, CONTENT_LIMIT) == [first, second]


def test_a_long_plain_reply_becomes_several_messages_with_buttons_on_the_last():
    reply = Reply(text="word " * 1000, buttons=button_rows([("Done", "d:1")]))
    parts = render(reply)
    assert len(parts) == 3
    assert all(p.content is not None and len(p.content) <= CONTENT_LIMIT for p in parts)
    assert "".join(p.content or "" for p in parts) == reply.text
    assert [p.view is not None for p in parts] == [False, False, True]


def test_a_reply_with_a_title_is_an_embed_split_at_the_description_limit():
    parts = render(Reply(title="Your week", text="x" * (DESCRIPTION_LIMIT + 10)))
    embeds = [p.embed for p in parts]
    assert all(isinstance(e, discord.Embed) for e in embeds)
    assert [e.title for e in embeds if e] == ["Your week", None]
    assert all(p.content is None for p in parts)


def test_a_png_attachment_is_a_file_shown_inside_the_embed():
    chart = Attachment("my chart.png", PNG, "image/png")
    (part,) = render(Reply(title="Streak", text="Five days", attachment=chart))
    assert part.file is not None and part.file.filename == "my_chart.png"
    assert part.embed is not None and part.embed.image.url == "attachment://my_chart.png"


def test_a_json_export_is_a_plain_file_without_an_image():
    export = Attachment("export.json", b"{}", "application/json")
    (part,) = render(Reply(text="Here is everything", attachment=export))
    assert part.file is not None and part.embed is None


def test_every_send_and_edit_refuses_all_mentions():
    (part,) = render(Reply(text="@everyone look"))
    assert send_kwargs(part)["allowed_mentions"] is NO_MENTIONS
    assert edit_kwargs(part)["allowed_mentions"] is NO_MENTIONS
    assert NO_MENTIONS.to_dict() == {"parse": []}


def test_an_edit_clears_what_the_new_reply_does_not_have():
    (part,) = render(Reply(text="Saved"))
    kwargs = edit_kwargs(part)
    assert kwargs["embed"] is None and kwargs["view"] is None and kwargs["attachments"] == []


def test_buttons_wrap_at_five_per_row_and_use_the_payload_as_custom_id():
    row = [(f"Option {i}", f"p:{i}") for i in range(7)]
    view = ButtonsView(button_rows(row))
    ids = [(item.row, getattr(item, "custom_id", None)) for item in view.children]
    assert ids == [(0, f"p:{i}") for i in range(5)] + [(1, "p:5"), (1, "p:6")]
    assert not view.is_dispatchable()


def test_more_rows_than_discord_shows_are_packed_five_to_a_row_so_no_button_is_lost():
    one_per_row = [[(f"Fear {i}", f"d:{i}")] for i in range(6)] + [[("Done", "d:done")]]
    view = ButtonsView(button_rows(*one_per_row))
    ids = [(item.row, getattr(item, "custom_id", None)) for item in view.children]
    assert ids == [(0, f"d:{i}") for i in range(5)] + [(1, "d:5"), (1, "d:done")]


def test_a_few_short_rows_keep_their_layout():
    rows = [[("Yes", "o:1:y"), ("No", "o:1:n")], [("Swap", "k:1:menu")]]
    view = ButtonsView(button_rows(*rows))
    assert [item.row for item in view.children] == [0, 0, 1]


def test_the_nonce_is_stable_per_message_and_fits_discord():
    reply = Reply(text="Good morning")
    nonce = delivery_nonce("42", reply, 0)
    assert nonce == delivery_nonce("42", reply, 0)
    assert nonce != delivery_nonce("43", reply, 0) != delivery_nonce("42", reply, 1)
    assert len(nonce) <= 25


def test_safe_filename_keeps_only_what_attachment_urls_allow():
    assert safe_filename("week 12/report.png") == "week_12_report.png"


def test_timezone_choices_match_what_was_typed_and_stop_at_25():
    assert timezone_choices("paris") == ["Europe/Paris"]
    assert timezone_choices("new york") == ["America/New_York"]
    assert len(timezone_choices("")) == 25
    assert timezone_choices("europe/")[0].startswith("Europe/")


def test_settings_options_become_named_arguments():
    assert settings_args("Europe/Paris", None) == "timezone Europe/Paris"
    assert settings_args(None, "07:30") == "time 07:30"
    assert settings_args("Asia/Tokyo", " 21:00 ") == "timezone Asia/Tokyo time 21:00"
    assert settings_args(None, None) == ""


def test_backoff_doubles_up_to_its_ceiling():
    backoff = Backoff(first=1, factor=2, ceiling=10)
    assert [backoff.delay(n) for n in range(1, 7)] == [1, 2, 4, 8, 10, 10]
    assert backoff.delay(10_000) == 10
