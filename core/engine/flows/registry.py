"""Every flow of a private conversation, in one list: the one place a new flow is added.

(The crisis check-in's buttons and held texts are still routed by the engine before this
registry, through `safety_flow`; it moves here as a flow of its own.)
"""

from __future__ import annotations

from core.engine.flows import buddies, peers, plan, practice, preferences, reflection, simple
from core.engine.flows.base import Flows

FLOWS = Flows(
    [
        practice.FLOW,
        reflection.FLOW,
        preferences.FLOW,
        simple.OWN_CARDS,
        simple.CHALLENGE,
        simple.ERASE,
        simple.SITUATION,
        simple.GROUPS,
        plan.FLOW,
        peers.BOARD_ALIAS,
        peers.NOTES,
        buddies.FLOW,
    ]
)
