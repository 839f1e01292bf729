"""Worksites over HTTP: opened by a status change or by hand, ordered by start date, tasks from
the seeded catalog, reactions to clients events, and the write rules (412, idempotency, 404,
403, 422)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import ouvrage_events as es
import pytest
from ouvrage_events.catalog.clients import Address, ClientRegistered, ClientStatusChanged, Contact
from planning.domain.catalog import DEFAULT_TASKS

if TYPE_CHECKING:
    from conftest import PlanningHarness

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _planning(
    h: PlanningHarness, headers: dict[str, str], **params: Any
) -> list[dict[str, Any]]:
    response = await h.client.get("/planning", headers=headers, params=params)
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def _open(
    h: PlanningHarness, headers: dict[str, str], client: uuid.UUID, **body: Any
) -> dict[str, Any]:
    response = await h.client.post(
        "/worksites", headers=headers, json={"client_id": str(client), **body}
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_status_en_cours_de_chantier_opens_one_worksite_and_publishes_it(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    client = await h.client_record(tenant, "Müller", city="Lyon")
    assert await _planning(h, headers) == []

    await h.client_status(tenant, client, "en_cours_de_chantier")
    await h.client_status(tenant, client, "termine")
    await h.client_status(tenant, client, "en_cours_de_chantier")

    (site,) = await _planning(h, headers)
    assert (site["client_id"], site["origin"], site["client_name"]) == (
        str(client),
        "status",
        "Müller Élise",
    )
    assert site["address"]["city"] == "Lyon"
    headers_ce, payload = await h.relayed("ouvrage.planning.WorksiteOpened", uuid.UUID(site["id"]))
    assert headers_ce["ce_source"] == "/ouvrage/planning"
    assert headers_ce["ce_tenantid"] == str(tenant)
    assert headers_ce["ce_specversion"] == "1.0"
    assert headers_ce["ce_sequence"] == "1"
    assert payload["client_id"] == str(client) and payload["origin"] == "status"

    closed = await h.client.post(f"/worksites/{site['id']}/close", headers=headers)
    assert closed.status_code == 200 and closed.json()["closed"] is True
    assert await _planning(h, headers) == []
    await h.client_status(tenant, client, "en_cours_de_chantier")
    (again,) = await _planning(h, headers)
    assert again["id"] != site["id"]


async def test_other_statuses_open_nothing(planning_harness: PlanningHarness) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    client = await h.client_record(tenant, "Bernard")
    await h.client_status(tenant, client, "devis_envoye")
    assert await _planning(h, h.headers(me, tenant)) == []


async def test_planning_is_ordered_by_start_date_undated_last_and_paginated(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    client = await h.client_record(tenant, "Petit")
    undated = await _open(h, headers, client, title="Sans date")
    late = await _open(h, headers, client, title="Tardif", start_date="2027-03-01")
    early = await _open(h, headers, client, title="Précoce")
    response = await h.client.put(
        f"/worksites/{early['id']}/start-date",
        headers=headers,
        json={"start_date": "2026-12-01", "provisional": True},
    )
    assert response.status_code == 200, response.text
    assert response.json()["provisional"] is True
    assert response.headers["ETag"] == '"2"'

    titles = [s["title"] for s in await _planning(h, headers)]
    assert titles == ["Précoce", "Tardif", "Sans date"]

    first = await h.client.get("/planning", headers=headers, params={"limit": 2})
    body = first.json()
    assert [s["title"] for s in body["items"]] == ["Précoce", "Tardif"]
    second = await h.client.get(
        "/planning", headers=headers, params={"limit": 2, "cursor": body["next_cursor"]}
    )
    assert [s["title"] for s in second.json()["items"]] == ["Sans date"]
    assert second.json()["next_cursor"] is None

    until_winter = [s["title"] for s in await _planning(h, headers, to="2027-01-31")]
    assert until_winter == ["Précoce", "Sans date"]
    bad = await h.client.get(
        "/planning", headers=headers, params={"from": "2027-02-01", "to": "2027-01-01"}
    )
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_period"
    assert undated["start_date"] is None and late["start_date"] == "2027-03-01"


async def test_tasks_come_from_the_catalog_seeded_for_the_company(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    catalog = (await h.client.get("/task-catalog", headers=headers)).json()["items"]
    assert [t["name"] for t in catalog] == list(DEFAULT_TASKS)
    assert all(t["seeded"] for t in catalog)

    added = await h.client.post("/task-catalog", headers=headers, json={"name": "Isolation"})
    assert added.status_code == 201 and added.json()["seeded"] is False
    duplicate = await h.client.post("/task-catalog", headers=headers, json={"name": "isolation"})
    assert duplicate.status_code == 409 and duplicate.json()["code"] == "task_already_in_catalog"

    site = await _open(h, headers, await h.client_record(tenant), title="Salle de bains")
    plomberie = next(t for t in catalog if t["name"] == "Plomberie")
    response = await h.client.post(
        f"/worksites/{site['id']}/tasks", headers=headers, json={"catalog_task_id": plomberie["id"]}
    )
    assert response.status_code == 201, response.text
    assert [t["name"] for t in response.json()["tasks"]] == ["Plomberie"]
    again = await h.client.post(
        f"/worksites/{site['id']}/tasks", headers=headers, json={"catalog_task_id": plomberie["id"]}
    )
    assert again.status_code == 409 and again.json()["code"] == "task_already_on_worksite"
    unknown = await h.client.post(
        f"/worksites/{site['id']}/tasks",
        headers=headers,
        json={"catalog_task_id": str(uuid.uuid4())},
    )
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_catalog_task"
    (shown,) = await _planning(h, headers)
    assert [t["name"] for t in shown["tasks"]] == ["Plomberie"]


async def test_trashed_client_leaves_the_planning_and_comes_back_with_new_contact(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    headers = h.headers(me, tenant)
    client = await h.client_record(tenant, "Lefèvre", city="Lyon")
    site = await _open(h, headers, client)
    assert site["client_name"] == "Lefèvre Élise" and site["address"]["city"] == "Lyon"

    await h.trash(tenant, client)
    assert await _planning(h, headers) == []
    kept = await h.client.get(f"/worksites/{site['id']}", headers=headers)
    assert kept.status_code == 200 and kept.json()["on_planning"] is False

    await h.client_contact(tenant, client, "Lefèvre-Roux", "Villeurbanne")
    await h.trash(tenant, client, restore=True)
    (back,) = await _planning(h, headers)
    assert back["id"] == site["id"]
    assert (back["client_name"], back["address"]["city"]) == ("Lefèvre-Roux Élise", "Villeurbanne")
    refused = await h.client.post(
        "/worksites", headers=headers, json={"client_id": str(uuid.uuid4())}
    )
    assert refused.status_code == 404 and refused.json()["code"] == "client_not_found"


async def test_write_rules_version_idempotency_tenant_and_permission(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant, other_tenant = await h.tenant(), await h.tenant()
    me, stranger = await h.user(tenant), await h.user(other_tenant)
    headers = h.headers(me, tenant)
    client = await h.client_record(tenant)

    key = {"Idempotency-Key": f"ws-{uuid.uuid4()}"}
    body = {"client_id": str(client), "title": "Véranda"}
    first = await h.client.post("/worksites", headers={**headers, **key}, json=body)
    retry = await h.client.post("/worksites", headers={**headers, **key}, json=body)
    assert first.status_code == retry.status_code == 201
    assert first.json()["id"] == retry.json()["id"]
    assert len(await _planning(h, headers)) == 1
    reused = await h.client.post(
        "/worksites", headers={**headers, **key}, json={**body, "title": "Autre"}
    )
    assert reused.status_code == 422 and reused.json()["code"] == "idempotency_key_reused"

    site_id = first.json()["id"]
    stale = await h.client.put(
        f"/worksites/{site_id}/start-date",
        headers={**headers, "If-Match": '"7"'},
        json={"start_date": "2026-12-01"},
    )
    assert stale.status_code == 412 and stale.json()["code"] == "version_conflict"
    fresh = await h.client.put(
        f"/worksites/{site_id}/start-date",
        headers={**headers, "If-Match": '"1"'},
        json={"start_date": "2026-12-01"},
    )
    assert fresh.status_code == 200 and fresh.json()["version"] == 2

    foreign = h.headers(stranger, other_tenant)
    for method, path, payload in [
        ("GET", f"/worksites/{site_id}", None),
        ("PUT", f"/worksites/{site_id}/start-date", {"start_date": "2026-12-02"}),
        ("GET", f"/worksites/{site_id}/sheet.pdf", None),
    ]:
        response = await h.client.request(method, path, headers=foreign, json=payload)
        assert response.status_code == 404, (path, response.text)
        assert response.json()["code"] == "worksite_not_found"
        assert response.json()["detail"] == "Ce chantier est introuvable."

    reader = h.headers(me, tenant, perms=[])
    forbidden = await h.client.post("/worksites", headers=reader, json=body)
    assert forbidden.status_code == 403 and forbidden.json()["code"] == "forbidden"
    assert (await h.client.get("/planning", headers=reader)).status_code == 200

    invalid = await h.client.put(
        f"/worksites/{site_id}/start-date", headers=headers, json={"start_date": "bientôt"}
    )
    assert invalid.status_code == 422 and invalid.json()["code"] == "validation_error"
    shown = (await h.client.get(f"/worksites/{site_id}", headers=headers)).json()
    assert shown["start_date"] == "2026-12-01" and shown["version"] == 2


async def test_a_burst_of_clients_events_opens_one_worksite_per_client(
    planning_harness: PlanningHarness,
) -> None:
    """Events fetched together (one consumer batch) still open exactly one worksite each."""
    h = planning_harness
    tenant = await h.tenant()
    me = await h.user(tenant)
    lasts = []
    for n in range(4):
        client = uuid.uuid4()
        contact = Contact(last_name=f"Rafale{n}", address=Address(city="Lyon"))
        events: list[es.DomainEvent] = [
            ClientRegistered(client_id=client, contact=contact, display_name=contact.display_name())
        ]
        for status in ("en_cours_de_chantier", "chantier_termine", "en_cours_de_chantier"):
            events.append(ClientStatusChanged(client_id=client, status=status, status_label=status))
        for event in events:
            envelope = await h.publish(
                h.clients_topic, event, tenant=tenant, aggregate=client, wait=False
            )
        lasts.append(envelope)
    for envelope in lasts:
        await h.applied("proj_clients_view", envelope.event_id)
    sites = await _planning(h, h.headers(me, tenant))
    assert sorted(s["client_name"] for s in sites) == [f"Rafale{n}" for n in range(4)]
    assert {s["origin"] for s in sites} == {"status"}


async def test_status_before_registration_then_late_registration_names_the_worksite(
    planning_harness: PlanningHarness,
) -> None:
    h = planning_harness
    tenant = await h.tenant()
    headers = h.headers(await h.user(tenant), tenant)
    client = uuid.uuid4()
    await h.client_status(tenant, client, "en_cours_de_chantier")
    (early,) = await _planning(h, headers)
    assert (early["client_name"], early["title"]) == ("Client", "Chantier Client")

    contact = Contact(
        last_name="Müller",
        first_name="Élise",
        address=Address(street="3 place Bellecour", postal_code="69002", city="Lyon"),
    )
    registered = ClientRegistered(
        client_id=client,
        kind="client",
        contact=contact,
        display_name=contact.display_name(),
        status="en_cours_de_chantier",
    )
    await h.publish(h.clients_topic, registered, tenant=tenant, aggregate=client)

    (site,) = await _planning(h, headers)
    assert site["id"] == early["id"]
    assert (site["client_name"], site["title"]) == ("Müller Élise", "Chantier Müller Élise")
    assert (site["address"]["street"], site["address"]["city"]) == ("3 place Bellecour", "Lyon")
    response = await h.client.get(f"/worksites/{site['id']}", headers=headers)
    assert response.json()["client_name"] == "Müller Élise"

    await h.client_contact(tenant, client, "Dupré", "Bron")
    (renamed,) = await _planning(h, headers)
    assert (renamed["title"], renamed["address"]["city"]) == ("Chantier Dupré Élise", "Bron")
    chosen = await _open(h, headers, client, title="Salle de bains")
    await h.client_contact(tenant, client, "Dupré-Vidal", "Bron")
    titles = {s["id"]: s["title"] for s in await _planning(h, headers)}
    assert titles == {site["id"]: "Chantier Dupré-Vidal Élise", chosen["id"]: "Salle de bains"}


async def test_an_accepted_quote_opens_a_worksite_unless_one_is_open(
    planning_harness: PlanningHarness,
) -> None:
    from datetime import date
    from decimal import Decimal

    from ouvrage_events.catalog.sales import QuoteAccepted

    h = planning_harness
    tenant = await h.tenant()
    headers = h.headers(await h.user(tenant), tenant)
    client = uuid.uuid4()
    contact = Contact(last_name="Devis", address=Address(city="Lyon"))
    registered = ClientRegistered(client_id=client, contact=contact, display_name="Devis")
    await h.publish(h.clients_topic, registered, tenant=tenant, aggregate=client)
    for _ in range(2):  # the second acceptance finds the worksite open: nothing more
        quote = uuid.uuid4()
        accepted = QuoteAccepted(
            quote_id=quote,
            client_id=client,
            number="D-2026-1",
            signer_name="M. Devis",
            accepted_on=date(2026, 11, 30),
            total_excl_tax=Decimal("1000"),
        )
        await h.publish(h.sales_topic, accepted, tenant=tenant, aggregate=quote)
    (site,) = await _planning(h, headers)
    assert (site["client_name"], site["origin"]) == ("Devis", "quote")
