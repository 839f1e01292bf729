"""Retention of prospects (RGPD, CNIL: 3 years): the job erases prospects without activity for
the company's number of years and records each run in the company's history."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from clients.app.projections import clients_view
from ouvrage_events import privacy
from ouvrage_platform.permissions import Permission

MANAGER = (Permission.CLIENTS_WRITE.value, Permission.PERSONAL_DATA_MANAGE.value,
           Permission.SETTINGS_MANAGE.value)  # fmt: skip


async def _age(dsn: str, client_id: str, years: int) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(
            f'UPDATE "{clients_view.schema}".client_cards '
            "SET updated_at = now() - make_interval(years => $2) WHERE id = $1",
            UUID(client_id),
            years,
        )
    finally:
        await conn.close()


async def test_old_prospects_are_erased_and_the_run_is_in_the_history(clients: Any) -> None:
    tenant = clients.tenant()
    headers = tenant.headers(MANAGER)
    old = await clients.create(tenant, last_name="Ancien", first_name="Prospect")
    recent = await clients.create(tenant, last_name="Récent", first_name="Prospect")
    customer = await clients.create(tenant, kind="client", last_name="Fidèle", first_name="Client")
    await _age(clients.dsn, old["id"], 4)
    await _age(clients.dsn, customer["id"], 4)

    erased = await clients.app.state.container.retention.run_tenant(tenant.id)
    assert erased == [UUID(old["id"])]

    shown = (await clients.http.get(f"/clients/{old['id']}", headers=headers)).json()
    assert shown["display_name"] == privacy.ERASED_PERSON
    for kept in (recent, customer):
        card = (await clients.http.get(f"/clients/{kept['id']}", headers=headers)).json()
        assert card["display_name"] == kept["display_name"]
    history = (await clients.http.get(f"/clients/{old['id']}/history", headers=headers)).json()
    assert history["items"][-1]["label"] == (
        "Données personnelles effacées (durée de conservation dépassée)"
    )
    policy = (await clients.http.get("/settings/prospect-retention", headers=headers)).json()
    assert policy["years"] == 3
    assert [(run["years"], run["erased"]) for run in policy["history"]] == [(3, 1)]
    assert await clients.app.state.container.retention.run_tenant(tenant.id) == []  # idempotent


async def test_the_retention_is_a_setting_of_the_company(clients: Any) -> None:
    tenant = clients.tenant()
    headers = tenant.headers(MANAGER)
    path = "/settings/prospect-retention"
    refused = await clients.http.put(path, json={"years": 11}, headers=headers)
    assert refused.status_code == 422
    changed = await clients.http.put(path, json={"years": 5}, headers=headers)
    assert changed.status_code == 200, changed.text
    assert changed.json() == {"years": 5, "history": []}
    old = await clients.create(tenant, last_name="Quatre", first_name="Ans")
    await _age(clients.dsn, old["id"], 4)
    assert await clients.app.state.container.retention.run_tenant(tenant.id) == []
