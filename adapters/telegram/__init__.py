"""The Telegram adapter: updates in as core events, replies out as Telegram messages."""
