"""Offline geography: time zones of shared locations, and a zone's country."""
