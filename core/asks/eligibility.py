"""Whether someone like the user may take part, in words: a question about the rules of entry
or what a service offers ("whether someone like me without a degree could join", "what respite
there is for someone like me"), which `core.asks.judgement` must not read as the user asking to
be judged. It matches the normal form of `core.asks.text`.
"""

from __future__ import annotations

import re

ELIGIBLE = re.compile(
    r"(?:someone|somebody|people|a (?:\w+ )?\w+) like me\b(?: [\w,'-]+){0,6}? (?:could|can|may"
    r"|might"
    r"|would be able to|is allowed to|are allowed to|is eligible to|qualif(?:y|ies) to)"
    r" (?:still )?(?:join|apply|enrol|enroll|sign up|register|attend|take part|get in|study"
    r"|train|volunteer|qualify|take (?:the|a|it|part)|speak|talk|present|exhibit|compete|enter"
    r"|have a (?:say|stall|slot|vote|seat)|stand for|be heard)\b"
    r"|(?:there is|there's|there are|is there|are there|available|on offer|they offer|they have"
    r"|you offer|you have) (?:\w+ ){0,2}for (?:someone|somebody|people|carers|parents) like me\b"
)
"""Whether someone like the user could join or apply ("whether someone like me without a
degree could join next term"), or what help there is for someone like them ("ask what
respite there is for someone like me"): a question about the rules of entry or what a
service offers, not about the user."""
