"""`askanyway`: one command line for running, trying and checking the bot.

It works from any working directory: content comes from the installed package and
the database from DATABASE_URL (default: var/askanyway.db under the current one).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
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
    notes = commands.add_parser(
        "notes", help="review notes for the next person that are held or reported"
    ).add_subparsers(dest="notes_command", required=True)
    notes.add_parser("list", help="the notes waiting for review, oldest first")
    for action, says in (("approve", "let a note be shown"), ("hide", "show a note to nobody")):
        notes.add_parser(action, help=says).add_argument("id", type=int)
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
    saved = db.add_parser(
        "backup",
        help="copy the SQLite database, safely while the bot runs",
        description="Write a consistent copy of the SQLite database at DATABASE_URL to PATH "
        "(SQLite's online backup API); for PostgreSQL, print the pg_dump line to use.",
    )
    saved.add_argument("path", type=Path, help="the new backup file (never overwritten)")
    demo = commands.add_parser(
        "demo-chart",
        help="draw the /stats chart for a made-up user",
        description="Draw the progress chart from synthetic, seeded data (no database).",
    )
    demo.add_argument("--out", type=Path, default=Path("docs/example-chart.png"), help="PNG path")
    bench = commands.add_parser("bench", help="measure the bot's speed").add_subparsers(
        dest="bench_command", required=True
    )
    chart = bench.add_parser(
        "chart",
        help="time the /stats chart and check the event loop stays free meanwhile",
        description="Render a chart for a user with a year of data; print times, assert nothing.",
    )
    chart.add_argument("--renders", type=int, default=10, help="how many renders to time")
    weekly = bench.add_parser(
        "weekly",
        help="the CPU of a weekly-summary day's charts, and the event loop meanwhile",
        description=(
            "Draw a sample of weekly-summary charts through the chart pool, extrapolate the "
            "CPU to N users; print figures, assert nothing."
        ),
    )
    weekly.add_argument("--users", type=int, default=100_000, help="users to extrapolate to")
    weekly.add_argument("--sample", type=int, default=300, help="charts actually drawn")
    replies = bench.add_parser(
        "replies",
        help="reply latency through the real Telegram client against the fake Bot API",
        description=(
            "1, 20 and 50 users each sending /help every 1.1 s; print p50/p95/p99, assert nothing."
        ),
    )
    replies.add_argument("--seconds", type=float, default=10.0, help="how long each run lasts")
    screening = bench.add_parser(
        "screening",
        help="time the crisis screening of a 4,000-character message",
        description="Screen a long ordinary reflection many times; print times, assert nothing.",
    )
    screening.add_argument("--runs", type=int, default=200, help="how many screenings to time")
    tick = bench.add_parser(
        "tick",
        help="time the due query at a million users and the fan-out against a bare loop",
        description=(
            "Print the tick's figures on a temporary SQLite file and on PostgreSQL at "
            "127.0.0.1 (database askanyway_bench) when one answers; assert nothing. "
            "A database given with --database is emptied, so it must hold no real users."
        ),
    )
    tick.add_argument("--users", type=int, default=100_000, help="due users in the fan-out")
    tick.add_argument(
        "--population", type=int, default=1_000_000, help="users for timing the due query"
    )
    tick.add_argument("--latency-ms", type=float, default=20.0, help="simulated time per send")
    tick.add_argument("--seconds", type=float, default=60.0, help="time box per fan-out (0: none)")
    tick.add_argument(
        "--database", action="append", default=[], metavar="URL", help="measure this database"
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
    if args.command == "demo-chart":
        from bot.demo_chart import demo_chart

        return demo_chart(args.out, sys.stdout)
    if args.command == "bench" and args.bench_command == "chart":
        from bot.bench.chart import bench_chart

        return bench_chart(args.renders, sys.stdout)
    if args.command == "bench" and args.bench_command == "weekly":
        from bot.bench.weekly import bench_weekly

        return bench_weekly(args.users, args.sample, sys.stdout)
    if args.command == "bench" and args.bench_command == "replies":
        from bot.bench.replies import bench_replies

        return bench_replies(args.seconds, sys.stdout)
    if args.command == "bench" and args.bench_command == "screening":
        from bot.bench.screening import bench_screening

        return bench_screening(args.runs, sys.stdout)
    if args.command == "bench" and args.bench_command == "tick":
        from bot.bench.tick import TickBench, bench_tick

        measure = TickBench(
            args.users, args.population, args.latency_ms, args.seconds, args.database
        )
        return bench_tick(measure, sys.stdout)
    settings = _settings()
    if args.command == "notes":
        from bot.notes_cli import notes_command

        note_id = getattr(args, "id", None)
        run = notes_command(settings.database_url, args.notes_command, note_id, sys.stdout)
        return asyncio.run(run)
    if args.command == "db" and args.db_command == "backup":
        from bot.backup import BackupError, backup

        try:
            written = backup(settings.database_url, args.path)
        except BackupError as error:
            print(f"no backup: {error}", file=sys.stderr)
            return 2
        print(f"backed up to {written}")
        return 0
    if args.command == "db":
        from adapters.store.migrate import upgrade

        asyncio.run(upgrade(settings.database_url))
        print("database is up to date")
        return 0
    gc.disable()  # until the bot has started: see `bot.app.freeze_startup_objects`
    try:
        return _serve(args, settings)
    finally:
        gc.enable()


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import TOKEN_HINT, ConsoleOptions, serve
    from bot.platforms import configured

    if args.command == "console":
        options = ConsoleOptions(start=args.now, files_dir=args.files)
    elif not configured(settings):
        print(TOKEN_HINT, flush=True)
        options = ConsoleOptions()
    else:
        options = None
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(settings, options))
    return 0
