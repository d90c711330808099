"""The group feature in one place: shared challenges in Telegram groups and Discord servers.

`model`, `rules` and `options` are pure; the rest are its use cases (`conversation` is the
entry from the engine). A member's own practice stays theirs: the group sees only the board.
"""
