"""Acceptance with reserves, SAV tickets classified by the guarantees, the reminder loop and
what reaches the relay topic, on the real PostgreSQL and Kafka."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

import ouvrage_events as es
import pytest
from planning.adapters.warranty_reminders import WarrantyReminders
from planning.app.projections.own import INLINE
from planning.bootstrap import SCHEMAS

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _accepted_worksite(
    h: PlanningHarness, accepted_on: str, reserves: list[str]
) -> tuple[uuid.UUID, uuid.UUID, dict[str, str], dict[str, Any]]:
    tenant = await h.tenant()
    manager = await h.user(tenant)
    headers = h.headers(manager, tenant)
    client = await h.client_record(tenant, "Lefèvre")
    opened = await h.client.post("/worksites", headers=headers, json={"client_id": str(client)})
    assert opened.status_code == 201, opened.text
    site = opened.json()
    before = await h.client.get(f"/worksites/{site['id']}/acceptance", headers=headers)
    assert before.status_code == 200 and before.json()["accepted"] is False
    accepted = await h.client.post(
        f"/worksites/{site['id']}/acceptance",
        headers={**headers, "If-Match": f'"{site["version"]}"'},
        json={"accepted_on": accepted_on, "reserves": reserves},
    )
    assert accepted.status_code == 200, accepted.text
    return tenant, client, headers, accepted.json()


async def test_acceptance_classifies_sav_tickets_by_the_guarantees_covering_them(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant, client, headers, acceptance = await _accepted_worksite(
        h, "2024-02-29", ["Joint de carrelage fissuré"]
    )
    assert acceptance["parfait_achevement_ends_on"] == "2025-02-28"
    assert acceptance["biennale_ends_on"] == "2026-02-28"
    assert acceptance["decennale_ends_on"] == "2034-02-28"
    assert acceptance["open_reserves"] == 1 and acceptance["retention_releasable_on"] is None
    worksite = acceptance["worksite_id"]
    again = await h.client.post(
        f"/worksites/{worksite}/acceptance", headers=headers, json={"accepted_on": "2024-03-01"}
    )
    assert again.status_code == 409 and again.json()["code"] == "worksite_already_accepted"

    cases = [
        ("2025-02-28", "finition", ["parfait_achevement"]),
        ("2025-03-01", "finition", []),
        ("2026-02-28", "equipement", ["biennale"]),
        ("2026-03-01", "structure", ["decennale"]),
    ]
    for reported_on, disorder, expected in cases:
        opened = await h.client.post(
            f"/clients/{client}/sav",
            headers=headers,
            json={
                "title": f"Désordre {disorder}",
                "worksite_id": worksite,
                "disorder": disorder,
                "reported_on": reported_on,
            },
        )
        assert opened.status_code == 201, opened.text
        warranty = opened.json()["warranty"]
        assert [g["code"] for g in warranty["guarantees"]] == expected, reported_on
        assert warranty["summary"] == ("Hors garantie" if not expected else warranty["summary"])
    no_nature = await h.client.post(
        f"/clients/{client}/sav", headers=headers, json={"title": "?", "worksite_id": worksite}
    )
    assert no_nature.status_code == 422 and no_nature.json()["code"] == "disorder_required"

    home = await h.client.get("/home", headers=headers)
    classified = [i["warranty"]["summary"] for i in home.json()["items"] if i["warranty"]]
    assert "Couvert : Garantie décennale" in classified and "Hors garantie" in classified

    _, payload = await h.relayed("ouvrage.planning.WorksiteAccepted", uuid.UUID(worksite))
    assert payload["reserves"][0]["text"] == "Joint de carrelage fissuré"  # opened for readers

    user = uuid.uuid4()
    dpo = h.headers(user, tenant, ["personal_data.manage"])
    export = await h.client.get(f"/personal-data/clients/{client}", headers=dpo)
    assert export.status_code == 200, export.text
    [reserve] = export.json()["data"]["acceptance_reserves"]
    assert reserve["text"] == "Joint de carrelage fissuré"


async def test_the_reminder_comes_once_and_lifting_frees_the_retention(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant, _client, headers, acceptance = await _accepted_worksite(h, "2025-01-10", ["Plinthe"])
    worksite = uuid.UUID(acceptance["worksite_id"])
    pool = await es.create_pool(h.dsn, search_path=SCHEMAS, application_name="warranty-tests")
    try:
        factory = es.UnitOfWorkFactory(pool, projections=INLINE)
        early = WarrantyReminders(
            factory, default_zone="Europe/Paris", today=lambda _: date(2025, 12, 10), interval=60
        )
        assert await early.run_once() == 0
        due = WarrantyReminders(
            factory, default_zone="Europe/Paris", today=lambda _: date(2025, 12, 11), interval=60
        )
        assert await due.run_once() >= 1
        assert await due.run_once() == 0  # once per worksite
    finally:
        await pool.close()
    _, payload = await h.relayed("ouvrage.planning.ParfaitAchevementReminderDue", worksite)
    assert payload["ends_on"] == "2026-01-10" and payload["open_reserves"] == 1

    current = (await h.client.get(f"/worksites/{worksite}/acceptance", headers=headers)).json()
    reserve = current["reserves"][0]["id"]
    lifted = await h.client.post(
        f"/worksites/{worksite}/reserves/{reserve}/lift",
        headers={**headers, "If-Match": f'"{current["version"]}"'},
        json={"lifted_on": "2025-12-20"},
    )
    assert lifted.status_code == 200, lifted.text
    body = lifted.json()
    assert body["open_reserves"] == 0 and body["reserves"][0]["lifted_on"] == "2025-12-20"
    assert body["retention_releasable_on"] == "2026-01-10"
    assert tenant
