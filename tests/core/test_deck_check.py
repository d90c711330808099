"""`deck check` passes the shipped deck and points at the exact card in a broken one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.deck_check import deck_check

GOOD_CARD = """\
  - id: everyday-001
    title: Any deals?
    ask: Ask a café whether they have any offers today.
    level: 1
    domain: everyday
    why: A small ask to start with.
    ethics: If they say no, thank them and let it go.
"""


def run(path: Path | None) -> tuple[int, str]:
    out = io.StringIO()
    code = deck_check(path, out)
    return code, out.getvalue()


def test_the_shipped_deck_passes():
    code, output = run(None)
    assert code == 0, output
    assert "ok: no problems found" in output
    assert "group-safe:" in output


def test_the_table_counts_cards_per_domain_and_level(tmp_path: Path):
    (tmp_path / "everyday.yaml").write_text("cards:\n" + GOOD_CARD, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 0, output
    lines = output.splitlines()
    assert lines[1].split() == ["domain", "L1", "L2", "L3", "L4", "L5", "total"]
    assert lines[2].split() == ["everyday", "1", "0", "0", "0", "0", "1"]


def test_a_single_file_can_be_checked(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("cards:\n" + GOOD_CARD, encoding="utf-8")
    assert run(path)[0] == 0


BROKEN = {
    "missing field": (
        GOOD_CARD.replace("    why: A small ask to start with.\n", ""),
        "missing required field 'why'",
    ),
    "duplicate id": (
        GOOD_CARD.replace("001", "000"),
        "duplicate id, first used at",
    ),
    "level 7": (GOOD_CARD.replace("level: 1", "level: 7"), "level 7 is not one of 1-5"),
    "unknown domain": (GOOD_CARD.replace("domain: everyday", "domain: cooking"), "'cooking'"),
    "ethics rule": (
        GOOD_CARD.replace("ask: Ask a café", "ask: Ask a stranger for a hug in a café"),
        "involves touch",
    ),
    "weak ethics note": (
        GOOD_CARD.replace("If they say no, thank them and let it go.", "Be polite."),
        "ethics note must make clear",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_card_is_named_by_file_line_and_id(tmp_path: Path, case: str):
    body, message = BROKEN[case]
    card_id = "everyday-000" if case == "duplicate id" else "everyday-001"
    path = tmp_path / "everyday.yaml"
    first = GOOD_CARD.replace("001", "000")
    path.write_text("# a comment\ncards:\n" + first + body, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    # The broken card starts on line 10: two header lines, then the 7-line first card.
    expected = f"{path}:10: card {card_id}: "
    assert any(line.startswith(expected) and message in line for line in output.splitlines()), (
        output
    )


def test_invalid_yaml_names_the_file_and_line(tmp_path: Path):
    path = tmp_path / "social.yaml"
    path.write_text("cards:\n" + GOOD_CARD + "  - id: [unclosed\n", encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    assert f"{path}:10: card ?: not valid YAML" in output


@pytest.mark.parametrize(
    "text", ["", "- just a list\n", "cards: 3\n", "cards: []\nextra: 1\n", "cards:\n  - plain\n"]
)
def test_a_file_of_the_wrong_shape_is_a_problem(tmp_path: Path, text: str):
    path = tmp_path / "work.yaml"
    path.write_text(text, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    assert f"{path}:" in output


def test_a_field_given_twice_is_a_problem(tmp_path: Path):
    path = tmp_path / "money.yaml"
    path.write_text("cards:\n" + GOOD_CARD + "    level: 2\n", encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    assert f"{path}:2: card everyday-001: field 'level' given twice" in output


def test_a_directory_without_deck_files_is_a_problem(tmp_path: Path):
    code, output = run(tmp_path)
    assert code == 1
    assert "no deck files" in output


def test_the_check_reports_needs_similarity_and_rubric_lines():
    code, output = run(None)
    assert code == 0, output
    assert "doable by anyone today (no needs):" in output
    assert "cells under 6 doable by anyone: none" in output
    assert "cards with needs:" in output and "  job (" in output
    assert "near-copies: content-word Jaccard above 0.40; most alike:" in output
    assert "rubric disagreements: 0" in output
    assert "retired:" in output


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("    needs: [job, pony]\n", "unknown need 'pony'"),
        ("    needs: job\n", "'needs' must be a list"),
        ("    needs: [job, job]\n", "lists a need twice"),
        ("    ethics_exemption: {rule: stranger}\n", "'ethics_exemption' must be a mapping"),
        ("    ethics_exemption: {rule: stranger, reason: ok}\n", "needs a reason"),
    ],
)
def test_a_bad_needs_or_exemption_field_is_named_by_file_and_line(
    tmp_path: Path, field: str, message: str
):
    path = tmp_path / "everyday.yaml"
    path.write_text("cards:\n" + GOOD_CARD + field, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    assert any(
        line.startswith(f"{path}:2: card everyday-001: ") and message in line
        for line in output.splitlines()
    ), output


def test_a_near_copy_fails_the_check(tmp_path: Path):
    copy = GOOD_CARD.replace("001", "002").replace("Ask a café", "Ask a café today")
    (tmp_path / "everyday.yaml").write_text("cards:\n" + GOOD_CARD + copy, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    assert "card everyday-002: a near-copy of everyday-001" in output


def test_a_level_that_disagrees_with_the_rubric_fails_the_check(tmp_path: Path):
    haggle = GOOD_CARD.replace(
        "Ask a café whether they have any offers today.",
        "At a market, offer a little less than the marked price.",
    )
    (tmp_path / "money.yaml").write_text("cards:\n" + haggle, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1
    assert "level 1, but naming your own price or negotiating belongs at levels 3-5" in output
