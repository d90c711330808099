"""Benchmarks, run on demand (`askanyway bench …`): they print figures, they never pass or fail.

They use the bot's public parts: the store's methods, its bulk seeding entry point
(`adapters.store.seeding`), the composition root's `build`, and the charts port.
"""
