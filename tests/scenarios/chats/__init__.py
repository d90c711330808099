"""One chat, four ways in: the engine, the console, Telegram and Discord (see `base.Chat`)."""
