"""The plans port and the advisor's records, on every store."""

from __future__ import annotations

from dataclasses import replace

from tests.storage.plans_support import a_plan
from tests.storage.support import T0


async def test_a_saved_plan_reads_back_whole_and_replaces_the_last(store):
    user = await store.create_user("telegram", "1", "1", T0)
    plan = a_plan(user.id, T0)

    await store.save_plan(plan)
    await store.save_plan(replace(plan, rungs=plan.rungs[:1]))

    assert await store.plan(user.id) == replace(plan, rungs=plan.rungs[:1])
    assert await store.plans([user.id, 999]) == {user.id: replace(plan, rungs=plan.rungs[:1])}


async def test_removing_a_plan_says_whether_there_was_one(store):
    user = await store.create_user("telegram", "1", "1", T0)
    await store.save_plan(a_plan(user.id, T0))

    assert await store.remove_plan(user.id) is True
    assert await store.remove_plan(user.id) is False
    assert await store.plan(user.id) is None


async def test_a_plan_for_a_user_deleted_meanwhile_is_not_saved(store):
    user = await store.create_user("telegram", "1", "1", T0)
    await store.delete_user(user.id)

    await store.save_plan(a_plan(user.id, T0))

    assert await store.plan(user.id) is None


async def test_consent_to_the_model_is_given_and_withdrawn(store):
    user = await store.create_user("telegram", "1", "1", T0)

    await store.set_advisor_consent(user.id, "llm.example.org", T0)
    assert await store.advisor_consent(user.id) == "llm.example.org"

    await store.set_advisor_consent(user.id, None, T0)
    assert await store.advisor_consent(user.id) is None


async def test_what_the_model_was_sent_and_returned_is_in_the_export(store):
    user = await store.create_user("telegram", "1", "1", T0)

    await store.add_advisor_exchange(user.id, "plan", "my goal", "a ladder", T0)

    rows = (await store.export_user(user.id))["advisor_exchanges"]
    assert [(r["purpose"], r["sent"], r["received"]) for r in rows] == [
        ("plan", "my goal", "a ladder")
    ]
