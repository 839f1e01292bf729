"""Planning's copy of identity's users follows a change of the operator flag."""

from __future__ import annotations

from typing import TYPE_CHECKING

import ouvrage_events as es
import pytest
from ouvrage_events.catalog.identity import UserOperatorChanged, UserProfileChanged

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _is_operator(h: PlanningHarness, user: object) -> bool:
    conn = await es.connect(h.dsn)
    try:
        return bool(
            await conn.fetchval(
                "SELECT is_operator FROM proj_directory.directory_users WHERE user_id = $1", user
            )
        )
    finally:
        await conn.close()


async def test_user_operator_changed_updates_the_directory(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    user = await h.user(tenant)  # registered as an operator
    assert await _is_operator(h, user)
    await h.publish(
        h.identity_topic,
        UserOperatorChanged(user_id=user, is_operator=False),
        tenant=tenant,
        aggregate=user,
    )
    assert not await _is_operator(h, user)


async def test_a_renamed_operator_shows_under_the_new_name(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    user = await h.user(tenant, "Léo", "Girard")
    headers = h.headers(user, tenant)
    client = await h.client_record(tenant)
    site = (await h.client.post("/worksites", headers=headers,
                                json={"client_id": str(client)})).json()  # fmt: skip
    slot = {"starts_at": "2026-12-01T08:00:00+01:00", "ends_at": "2026-12-01T12:00:00+01:00"}
    planned = await h.client.post(f"/worksites/{site['id']}/interventions", headers=headers,
                                  json={**slot, "operator_ids": [str(user)]})  # fmt: skip
    renamed = UserProfileChanged(user_id=user, email="leo@example.fr", first_name="Léonard",
                                 last_name="Girard-Moreau")  # fmt: skip
    await h.publish(h.identity_topic, renamed, tenant=tenant, aggregate=user)

    shown = await h.client.get(f"/interventions/{planned.json()['id']}", headers=headers)
    assert [o["name"] for o in shown.json()["operators"]] == ["Léonard Girard-Moreau"]
