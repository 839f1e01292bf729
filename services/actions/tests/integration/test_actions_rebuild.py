"""``ouvrage-actions rebuild <projection>``: every read model rebuilt from the log, identical,
while the app keeps answering; replaying the reactions records nothing new."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from actions.cli import CLI

TABLES = {
    "actions_view": "SELECT * FROM actions ORDER BY id",
    "action_types_view": "SELECT * FROM action_types ORDER BY id",
    "tenants": "SELECT * FROM tenants ORDER BY id",
    "users": "SELECT * FROM directory_users ORDER BY id",
    "clients": "SELECT * FROM known_clients ORDER BY id",
}


async def _history(stack: Any) -> None:
    """A bit of everything: seeded types, users (one deactivated), clients (one trashed),
    actions assigned, shared, pending, answered, cancelled by the trash, flagged."""
    tenant = await stack.new_tenant()
    alice, bob = await stack.new_user(tenant), await stack.new_user(tenant)
    kept, trashed = await stack.new_client(tenant, "Gardé"), await stack.new_client(tenant, "Jeté")
    headers = stack.auth(alice, tenant)
    types = (await stack.http.get("/action-types", headers=headers)).json()["items"]
    type_id = next(t["id"] for t in types if t["name"] == "A relancer")
    for client, body in [
        (kept, {"assignee_id": str(bob), "share_with": [str(alice)]}),
        (trashed, {"assignee_id": str(alice)}),
        (uuid.uuid4(), {}),
    ]:
        made = await stack.http.post(
            f"/clients/{client}/actions",
            json={"action_type_id": type_id, "alert_at": "2030-04-04T10:00:00", **body},
            headers=headers,
        )
        assert made.status_code == 201, made.text
    first = made.json()["id"]
    await stack.http.post(
        f"/actions/{first}/answer", json={"response": "Intéressé"}, headers=headers
    )
    await stack.trash_client(tenant, trashed)
    await stack.deactivate_user(tenant, bob)
    await stack.eventually("SELECT count(*) = 1 FROM actions WHERE needs_reassignment")
    await stack.eventually("SELECT count(*) = 1 FROM actions WHERE status = 'cancelled'")


@pytest.mark.parametrize("projection", list(TABLES))
async def test_rebuild_gives_the_same_read_model(actions_stack: Any, projection: str) -> None:
    if not await actions_stack.pool.fetchval("SELECT count(*) FROM actions"):
        await _history(actions_stack)
    before = [dict(r) for r in await actions_stack.pool.fetch(TABLES[projection])]
    events_before = await actions_stack.pool.fetchval("SELECT count(*) FROM es_events")

    applied = await CLI.rebuild(actions_stack.settings, projection)

    after = [dict(r) for r in await actions_stack.pool.fetch(TABLES[projection])]
    assert applied > 0
    assert after == before
    assert await actions_stack.pool.fetchval("SELECT count(*) FROM es_events") == events_before
    tenant = before[0]["tenant_id"] if "tenant_id" in before[0] else before[0]["id"]
    listed = await actions_stack.http.get(
        "/actions", headers=actions_stack.auth(uuid.uuid4(), tenant)
    )
    assert listed.status_code == 200
