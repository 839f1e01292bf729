"""Operations: migrations are idempotent, /ready checks the real database and Kafka, and a
projection rebuilt from the event store while the app runs gives back the same planning."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from planning import cli
from planning.bootstrap import migrate
from planning.settings import PlanningSettings

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_ready_and_idempotent_migrations(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    ready = await h.client.get("/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"postgres": "ok", "kafka": "ok", "events": "ok"}
    settings = PlanningSettings(database_url=h.dsn, kafka_bootstrap=h.bootstrap)
    assert await migrate(settings) == []


async def test_rebuilt_projections_give_the_same_planning(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    client = await h.client_record(tenant, "Rebâtie")
    site = await h.client.post(
        "/worksites", headers=headers, json={"client_id": str(client), "start_date": "2026-12-01"}
    )
    assert site.status_code == 201
    await h.client.post(
        f"/worksites/{site.json()['id']}/interventions",
        headers=headers,
        json={
            "starts_at": "2026-12-01T08:00:00Z",
            "ends_at": "2026-12-01T10:00:00Z",
            "operator_ids": [str(me)],
        },
    )
    before = (await h.client.get("/planning", headers=headers)).json()
    settings = PlanningSettings(database_url=h.dsn, kafka_bootstrap=h.bootstrap)
    assert await cli.CLI.rebuild(settings, "worksites_view") >= 2
    assert await cli.CLI.rebuild(settings, "interventions_view") >= 1
    assert await cli.CLI.rebuild(settings, "catalog_view") >= 1
    after = (await h.client.get("/planning", headers=headers)).json()
    assert after == before
    assert after["items"][0]["interventions"][0]["operators"][0]["id"] == str(me)
    assert await cli.CLI.parked(settings, "clients_view") == []
