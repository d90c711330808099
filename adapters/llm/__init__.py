"""The optional language model over the OpenAI-compatible chat-completions API."""
