"""`askanyway bench screening`: how long screening one 4,000-character message takes.

Every free text a person types is screened before anything else, so the time is paid on
every message. This builds a long reflection from ordinary sentences (seeded, the same
each run), screens it with the shipped screener (the word rules and the model, whole
and in sentence windows) and prints the median and the slowest of many runs and the
first run with the model's word cache cold, in wall time and in processor time (on a
shared, busy machine the two differ). It prints figures; it asserts nothing.
"""

from __future__ import annotations

import random
import statistics
import time
from typing import TextIO

from adapters.content.care_files import load_screener
from adapters.content.deck_files import shipped_data_dir

LENGTH = 4_000
BUDGET_MS = 10.0
SENTENCES = (
    "Today's card was asking the woman at the bakery whether she had yesterday's bread.",
    "She said no, kindly, and pointed me to the shelf by the door.",
    "I was hoping for a yes but honestly I expected a no.",
    "Before the ask my hands were shaking and I nearly walked out.",
    "During it I talked too fast and apologised twice for nothing.",
    "Afterwards I felt lighter than I have in weeks.",
    "My assumption was that people get annoyed when you ask them for things.",
    "Most of them don't, it turns out, and the ones who do get over it quickly.",
    "Work was long, my manager was in a mood, and the bus was late again.",
    "I asked the driver to wait for a man running behind me and he did!",
    "My sister texted to ask how the challenge is going, so I told her about the bread.",
    "Tomorrow's card looks harder: asking a stranger to take my photo by the river.",
    "I'm not sure what I learned today, except that a no is survivable.",
    "idk, it went ok i guess 😅",
)


def message(rng: random.Random) -> str:
    """About `LENGTH` characters of ordinary reflection, cut at a word."""
    parts: list[str] = []
    while sum(len(part) + 1 for part in parts) < LENGTH:
        parts.append(rng.choice(SENTENCES))
    return " ".join(parts)[:LENGTH].rsplit(" ", 1)[0]


def bench_screening(runs: int, out: TextIO) -> int:
    screener = load_screener(shipped_data_dir())
    text = message(random.Random(20261203))
    start = time.perf_counter()
    screener.screen(text)
    cold_ms = (time.perf_counter() - start) * 1000
    timings, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        screener.screen(text)
        cpu.append((time.process_time() - start_cpu) * 1000)
        timings.append((time.perf_counter() - start) * 1000)
    out.write(
        f"screening a {len(text):,}-character message ({runs} runs): "
        f"median {statistics.median(timings):.2f} ms, max {max(timings):.2f} ms, "
        f"first (cold cache) {cold_ms:.2f} ms; budget {BUDGET_MS:.0f} ms\n"
        f"  processor time: median {statistics.median(cpu):.2f} ms, least {min(cpu):.2f} ms "
        "(wall time includes waiting for a busy machine)\n"
    )
    return 0
