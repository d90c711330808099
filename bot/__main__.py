"""`python -m bot` is the same as the `askanyway` command."""

from bot.cli import main

raise SystemExit(main())
