"""Asking again after a no, and getting round a block: the two ways an ask follows someone who
has already answered. Read into the ask's `repeats` and `gets_round_block` by
`core.asks.slots`, with who is asked, since an ex's break-up is itself a no and a company's
block on the user's own account is theirs to appeal.
"""

from __future__ import annotations

from core.asks import (
    blocks_abroad,
    chore_notes,
    closed_doors,
    cut_off,
    deferrals,
    due_again,
    earlier_noes,
    explained_noes,
    first_noes,
    invited_back,
    kept_word,
    noes_abroad,
    noes_in_europe,
    noes_retried,
    persistence,
    quiet_hours,
    reworded_asks,
    stuck_on_work,
    turned_away,
    unheeded_noes,
    workarounds,
    yeses_unkept,
)
from core.asks.roles import Who
from core.asks.text import has, without


def repeats(text: str, who: Who) -> bool:
    """Asking again after a no; with an ex, the break-up was the no, so asking once more
    ("one more time if we can give it another go") is a repeat. An office chased for the fix
    it promised is held to its word, however often it is rung, and so is a landlord for a
    repair owed that no one has refused, and anyone who said yes to easing a nuisance or to
    giving back what is the user's and has not (`core.asks.kept_word`); a manager who said
    "not right now" is asked again when later has come. An application turned down may be
    made again, but not written in every day until the deadline."""
    if who is Who.ORGANISATION and has(due_again.PROMISED, text):
        return False
    text = chore_notes.without_chore_notes(text)  # a note left until the dishes are done
    owed = who in (Who.LANDLORD, Who.ORGANISATION) and has(due_again.REPAIR_OWED, text)
    if owed and not has(persistence.PRIOR_NO, text, guided=False):
        return False  # a landlord chased for the damp he has not fixed: the tenant's due
    kept = kept_word.holds_them_to_their_word(text, who)
    if kept and not has(persistence.PRIOR_NO, text, guided=False):
        return False  # "he said he would slow down and didn't": a yes, held to
    if yeses_unkept.presses_past_a_quiet_no(text, who):
        return True  # "again to give me her number, she said she would": a yes never kept
    if invited_back.invited_back(text, who) and not first_noes.asks_past_the_first_no(text):
        return False  # "said no in January but told me to check after the review"
    if has(persistence.REPEAT_STRONG, text) or reworded_asks.asks_round_a_no(text):
        return True  # or a drink knocked back, then lunch asked "instead"
    if first_noes.asks_past_the_first_no(text):
        return True  # "never accept the first no", "the same person 10 times in a row"
    if has(persistence.UNTIL_ANSWERED, text) and who not in (Who.FAMILY, Who.PARTNER):
        return True  # a worried call to mum until she answers is no pursuit
    if who is Who.EX and has(persistence.ANOTHER_GO, text):
        return True
    daily = has(persistence.DAILY_UNTIL, text)  # "email them every day till the deadline"
    if who in (Who.ORGANISATION, Who.NOBODY) and has(due_again.APPLIES, text) and not daily:
        return False  # applying again after a rejection presses nobody
    if deferrals.deferred_by_a_gatekeeper(text, who):
        return False  # "not right now" in January, asked again months on
    if deferrals.work_ask_a_season_on(text, who):
        return False  # a raise turned down in January, asked for again next quarter
    if deferrals.no_met_later(text, who):
        return False  # "if it's a no I'll ask again in spring": no no given yet
    text = deferrals.without_open_noes(text)  # "they can totally say no", "I come every day"
    if has(persistence.AGAIN, text) and has(persistence.PRIOR_NO, text, guided=False):
        return True
    if unheeded_noes.asks_past_an_unheeded_no(text):
        return True  # "dijo que no ... ask her again", "till him tired a mi"
    if noes_abroad.asks_again_past_it(text):
        return True  # "said hapana ... go back tomorrow", "tanya lagi", "eventually he breaks"
    if noes_in_europe.asks_again_past_it(text):
        return True  # "me dijo que no ... le vuelvo a preguntar", "nein gesagt ... nochmal"
    if noes_retried.asks_again_past_it(text):
        return True  # "ela disse que não ... voltar a convidar", "mana kar diya ... phir poochunga"
    return earlier_noes.asks_again_after_a_no(text) or explained_noes.explains_a_no_away(text)


def gets_round_block(text: str, who: Who) -> bool:
    """A sign someone stopped contact, or a way round it. The user's own account blocked by a
    company, taken up with that company ("email the app company to ask why my account got
    blocked"), is an appeal to whoever blocked it, not a way round them."""
    if who is Who.ORGANISATION:
        text = without(due_again.OWN_ACCOUNT_HELD, text)
    text = quiet_hours.without_hours_wish(text)  # "not to call her before nine": her hours
    text = stuck_on_work.without_stuck_work(text)  # "I'm blocked on chapter 3": stuck on work
    if persistence.gets_round_block(text) or has(workarounds.ROUND_A_BLOCK, text):
        return True
    if turned_away.turns_up_anyway(text):
        return True  # "said don't come back", and going anyway
    if blocks_abroad.closed_abroad(text):
        return True  # "인스타 차단함", "block kar diya", "said quit callin her"
    return cut_off.cuts_off(text) or closed_doors.closes_the_door(text)
