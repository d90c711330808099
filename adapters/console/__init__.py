"""The console chat: the same engine in a terminal, for one local user."""
