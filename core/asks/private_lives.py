"""A stranger's faith, politics and household: private, asked in any words.

`core.asks.manners.PERSONAL_QUESTION` reads the questions a stranger is never put on the spot
with; these are its fragments for what someone believes and who they live with ("what church
he goes to", "if she living with a man or married proper"). A church fete or a mosque's car
park is only a place. Fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

BELIEFS_AND_HOUSEHOLD = (
    r"(?:what|which) (?:\w+ )?(?:church|mosque|temple|synagogue|gurdwara|parish|congregation"
    r"|denomination|sect|party|caste|tribe) (?:\w+ ){0,2}(?:they|he|she) (?:\w+ )?(?:go|goes"
    r"|attend|attends|belong|belongs|vote|votes|support|supports|pray|prays|worship|worships"
    r"|is from|are from|comes from)",
    r"(?:if|whether) (?:they|he|she)(?:'s|'re| is| are| has| have)? (?:\w+ ){0,2}(?:married"
    r"|divorced|widowed|separated|engaged|single|a virgin|on benefits|living with (?:a|her|his"
    r"|their|someone|anyone|a man|a woman)|got (?:a|any) (?:husband|wife|boyfriend|girlfriend"
    r"|kids|children))",
    r"(?:they're|they are|he's|she's|he is|she is) (?:\w+ )?(?:divorced|widowed|separated"
    r"|engaged|a virgin|on benefits)\b|married (?:proper|properly|for real)",
    r"(?:if|whether) (?:they|he|she) (?:\w+ )?(?:go|goes|went|attend|attends|pray|prays|worship"
    r"|worships) (?:to |at |in )?(?:the |a )?(?:church|mosque|masjid|temple|synagogue|shul"
    r"|gurdwara|mass|chapel|kirk)\b(?! (?:fete|fair|festival|sale|bazaar|market|concert|caf[eé]"
    r"|car ?park|shop|hall|choir)\b)",
)
"""Faith, politics and who someone lives with: private, asked of a stranger in any words
("what church he goes to", "if she living with a man or married proper")."""
