"""The advisor: a personal plan (a ladder of asks) built from the user's own goals.

The embedded advisor (rules and templates, no network) is the default and the fallback:
`goals` maps a goal in the user's words to a kind of ask and a level, `ladder` builds the
rungs from deck cards and bridging steps, `follow` decides which rung today's card is.
An optional language model (`core.advisor.model`, behind a port) may only ever replace a
text the embedded advisor would have written, and only after the same checks.
"""
