"""`askanyway bench replies`: runs tests/bench/replies.py from a source checkout.

The reply bench needs the fake Telegram Bot API, which is test equipment and is not
installed with the product; in a checkout (an editable install) its folder sits beside
this package's, and is put on the import path only for this command.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

CHECKOUT = Path(__file__).resolve().parents[2]


def bench_replies(seconds: float, stdout: TextIO) -> int:
    if not (CHECKOUT / "tests" / "fakes" / "telegram_api.py").is_file():
        print(
            "askanyway bench replies needs a source checkout (it uses the fake Bot API in "
            "tests/fakes); run it from one, e.g. `make bench`.",
            file=sys.stderr,
        )
        return 2
    if str(CHECKOUT) not in sys.path:
        sys.path.insert(0, str(CHECKOUT))
    from tests.bench.replies import bench_replies as run

    return run(seconds, stdout)
