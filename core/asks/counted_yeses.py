"""A yes the user counts on and says why: a hold, a guilt or a frailty that leaves no free no.

`core.asks.leverage` reads "he can't say no" and "so she'll say yes". Users also write the yes
they count on in these shapes:
- a no ruled out as the ask's effect: "he is two months late with rent so he will not refuse",
  "she owes me so she wouldn't dare decline";
- a duty not to let the user down laid on the person: "remind him I am old and sick so he must
  not disappoint me", "tell her she can't let me down after all I did";
- a guilt raised so that it buys the yes: "remind her she never came to my graduation, she'll
  feel bad and say yes", "he'll feel guilty and pay";
- a yes announced for them before they are asked: "tell her the family already announced she
  said yes".
Each says the person is meant to agree for a reason other than wanting to. Fair neighbours stay
fair: a hope ("hopefully he won't mind"), the user's own duty ("I must not disappoint my
team"), a no left open ("if she feels bad saying no, that's fine"). Read into the ask's
`demands` through `core.asks.hard_nos`; fragments over the normal form of `core.asks.text`.
"""

from __future__ import annotations

from core.asks.text import has, words

_THEY = r"(?:he|she|they|him|her|them|dem)"
_REFUSE = r"(?:refuse|decline|turn (?:me|us|it) down|object|argue)"
"""A refusal in so many words; "so she won't say no" of a waitress asked out is the date's
problem, read by the romance rules before this one could name it pressure."""

COUNTED_ON = words(
    rf"(?<!hopefully )(?<!hope )so {_THEY} (?:will not|won't|wouldn't|would not|can't|cannot"
    rf"|can not|dare not|daren't|wouldn't dare|won't dare)(?: dare)?(?: to)? {_REFUSE}\b",
    rf"(?<!i )(?<!we ){_THEY} (?:must not|mustn't|must never|can't|cannot|better not|had better"
    r" not|dare not|daren't|won't dare|shouldn't|should not) (?:\w+ )?(?:disappoint|let down"
    r"|fail) (?:me|us|mi)\b|(?<!i )(?<!we )(?:must not|mustn't|can't|cannot|better not) let"
    r" (?:me|us|mi) down\b",
    rf"{_THEY}(?:'ll| will|'d| would) (?:\w+ )?feel (?:so |very |really |too )?(?:bad|guilty"
    r"|terrible|awful|ashamed|sorry) (?:and|so|then|enough to) (?:\w+ )?(?:say yes|agree|give in"
    r"|cave|pay|lend|sign|buy)\b",
    rf"(?<!hope )(?<!hopefully ){_THEY} (?:won't|will not|wouldn't|would not|can't|cannot"
    r"|couldn't|daren't|dare not) (?:ever )?tell (?:me|us) no\b",
    r"(?:he|she|they)(?:'d| would|'ll| will)? never (?:say no|refuse|turn (?:me|us|it) down) to"
    r" (?:his|her|their) (?:own )?(?:senpai|sempai|先輩|senior|seniors|boss|coach|teacher|sensei"
    r"|captain|elders?|landlord|landlady|manager|supervisor|tl|team lead(?:er)?|sifu|guru|ustaz"
    r"|pastor|employer|trainer|mentor)\b",
    r"(?:already|went ahead and|have|has|'ve) (?:\w+ )?(?:announced|told (?:everyone|everybody"
    r"|people|all|the (?:\w+ )?(?:family|guests|group|team|church|class|village|relatives))"
    r"|confirmed|posted|put (?:it )?out) (?:to (?:\w+ ){1,2})?(?:that )?(?:she|he|they)(?:'s|'re"
    r"| is| are|'ll| will|'d| would)? (?:said yes|agreed|accepted|doing it|on board|up for it"
    r"|happy to|going to|gonna|the (?:mc|emcee|host|speaker|best man|maid of honou?r|godmother"
    r"|godfather|sponsor))\b",
)
"""A no ruled out as the point, a duty not to disappoint laid on the person, a guilt raised
to buy the yes, a no the person "won't tell me" or "would never say to his senior", or a yes
announced for them before they were asked ("tell her the family already announced she said
yes"), which a no would now take back before everyone."""


def counts_on_a_yes(text: str) -> bool:
    """Whether the ask says why the person will not be free to refuse."""
    return has(COUNTED_ON, text)
