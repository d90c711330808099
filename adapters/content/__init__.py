"""Loaders for the shipped content files (deck, prompts, crisis and youth resources)."""
