"""Who can be asked: the roles an ask's other person can have, and how the rules group them.

The lexicons that recognise each role are in `core.asks.people`; finding the asked
person in a sentence is `core.asks.asked`.
"""

from __future__ import annotations

from enum import StrEnum


class Who(StrEnum):
    STRANGER = "stranger"
    STAFF = "staff"
    ORGANISATION = "organisation"
    FRIEND = "friend"
    PARTNER = "partner"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    MANAGER = "manager"
    LANDLORD = "landlord"
    NEIGHBOUR = "neighbour"
    ACQUAINTANCE = "acquaintance"
    EX = "ex"
    CHILD = "child"
    SUBORDINATE = "subordinate"
    NOBODY = "nobody"


STRANGERS = frozenset({Who.STRANGER, Who.CHILD})
"""People the user does not know: asks of them must be small, brief and easy to decline."""
CLOSE = frozenset({Who.FRIEND, Who.PARTNER, Who.FAMILY, Who.COLLEAGUE, Who.MANAGER})
"""People who know the user, for whom a favour or a personal question is ordinary."""
PRIVATE_CIRCLE = frozenset({Who.FRIEND, Who.PARTNER, Who.FAMILY})
"""The user's own people outside work: where they are, or a date with them mid-task, is no
intrusion."""
CANNOT_EASILY_REFUSE = frozenset({Who.CHILD, Who.SUBORDINATE})
NO_POWER_OVER = frozenset(
    {
        Who.FAMILY,
        Who.PARTNER,
        Who.FRIEND,
        Who.MANAGER,
        Who.ORGANISATION,
        Who.LANDLORD,
        Who.NEIGHBOUR,
    }
)
"""People the user holds no power over (a child of theirs is `Who.CHILD`, a tenant
`Who.SUBORDINATE`): a role the user names does not reach them."""
