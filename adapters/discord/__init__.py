"""The Discord adapter: interactions and messages in as core events, replies out as messages."""
