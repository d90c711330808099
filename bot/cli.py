"""`askanyway`: one command line for running, trying and checking the bot.

It works from any working directory: content comes from the installed package and
the database from DATABASE_URL (default: var/askanyway.db under the current one).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.settings import Settings, SettingsError, load_settings


def _iso_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO time: {text!r} (try 2026-03-02T07:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="askanyway", description="Ask Anyway, the rejection-practice bot."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "run",
        help="start the bot on every platform with a token (the console chat when none is set)",
        description=(
            "Apply migrations and start the bot: Telegram and/or Discord when their tokens "
            "are set, else the console chat."
        ),
    )
    console = commands.add_parser(
        "console",
        help="chat with the bot in this terminal, with a clock you can move",
        description=(
            "The bot in the terminal, for one local user. Type /wait 1d to jump a day ahead."
        ),
    )
    console.add_argument(
        "--now", type=_iso_time, help="start the virtual clock here (ISO time, UTC if no zone)"
    )
    console.add_argument(
        "--files", type=Path, default=Path("var/console"), help="where exports are saved"
    )
    deck = commands.add_parser("deck", help="work with the challenge deck").add_subparsers(
        dest="deck_command", required=True
    )
    check = deck.add_parser(
        "check",
        help="validate deck files and print counts",
        description="Validate the deck (default: the shipped one).",
    )
    check.add_argument("path", nargs="?", type=Path, help="a folder of deck YAML files")
    db = commands.add_parser("db", help="database tasks").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser(
        "upgrade",
        help="apply every pending migration",
        description="Bring the database at DATABASE_URL up to date.",
    )
    return parser


def _settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as error:
        print(f"askanyway: configuration error: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "deck":
        from bot.deck_check import deck_check

        return deck_check(args.path, sys.stdout)
    settings = _settings()
    if args.command == "db":
        from adapters.store.migrate import upgrade

        asyncio.run(upgrade(settings.database_url))
        print("database is up to date")
        return 0
    from bot.app import TOKEN_HINT, ConsoleOptions, serve

    if args.command == "console":
        options = ConsoleOptions(start=args.now, files_dir=args.files)
    elif not settings.platforms:
        print(TOKEN_HINT, flush=True)
        options = ConsoleOptions()
    else:
        options = None
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(settings, options))
    return 0
