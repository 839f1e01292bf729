"""The record's life over HTTP: create, read, edit, status, block, trash, restore."""

from __future__ import annotations

import asyncio
from typing import Any
from uuid import UUID, uuid4

import pytest

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


async def test_create_answers_201_with_the_record_version_and_location(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    response = await clients.http.post(
        "/clients",
        json={
            "last_name": "Pavière",
            "first_name": "Robert",
            "phones": ["06.12.34.56.78"],
            "emails": ["robert@example.fr"],
            "address": {"city": "Lyon", "postal_code": "69003"},
        },
        headers=tenant.headers(),
    )

    assert response.status_code == 201, response.text
    body = response.json()
    assert body["display_name"] == "Pavière Robert"
    assert body["version"] == 1
    assert body["status"] == {"code": "prospect", "label": "Prospect"}
    assert body["owner_id"] == str(tenant.user_id)
    assert body["contact"]["address"]["city"] == "Lyon"
    assert body["probable_duplicates"] == []
    assert response.headers["ETag"] == '"1"'
    assert response.headers["Location"] == f"/clients/{body['id']}"

    fetched = await clients.http.get(f"/clients/{body['id']}", headers=tenant.headers(()))
    assert fetched.status_code == 200
    assert fetched.json()["contact"]["phones"] == ["06.12.34.56.78"]
    assert fetched.headers["ETag"] == '"1"'


async def test_ready_checks_the_database_kafka_and_the_relay(clients: ClientsHarness) -> None:
    response = await clients.http.get("/ready")
    assert response.status_code == 200, response.text
    assert response.json()["checks"] == {"kafka": "ok", "postgres": "ok", "event_runtime": "ok"}


async def test_a_request_without_a_token_is_refused(clients: ClientsHarness) -> None:
    response = await clients.http.get("/clients")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_contact_edit_with_the_current_version_then_a_stale_one(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Martin", emails=["a@example.fr"])
    url = f"/clients/{created['id']}/contact"

    edited = await clients.http.patch(
        url, json={"phones": ["04 78 00 00 00"]}, headers=tenant.headers(**{"If-Match": '"1"'})
    )
    stale = await clients.http.patch(
        url, json={"first_name": "Luc"}, headers=tenant.headers(**{"If-Match": '"1"'})
    )

    assert edited.status_code == 200, edited.text
    assert edited.headers["ETag"] == '"2"'
    assert edited.json()["contact"]["emails"] == ["a@example.fr"]
    assert edited.json()["contact"]["phones"] == ["04 78 00 00 00"]
    assert stale.status_code == 412
    assert stale.json()["code"] == "version_conflict"
    assert stale.json()["current_version"] == 2
    after = (await clients.http.get(f"/clients/{created['id']}", headers=tenant.headers())).json()
    assert after["contact"]["first_name"] == ""
    assert after["version"] == 2


async def test_concurrent_edits_with_the_same_version_let_one_through(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Durand")
    url = f"/clients/{created['id']}/status"

    answers = await asyncio.gather(
        *(
            clients.http.put(
                url, json={"status": code}, headers=tenant.headers(**{"If-Match": '"1"'})
            )
            for code in ("devis_en_cours", "sav", "chantier_termine", "en_cours_de_chantier")
        )
    )

    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200, 412, 412, 412], [a.text for a in answers]
    record = (await clients.http.get(f"/clients/{created['id']}", headers=tenant.headers())).json()
    assert record["version"] == 2


async def test_a_malformed_if_match_is_a_400(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Petit")
    response = await clients.http.put(
        f"/clients/{created['id']}/status",
        json={"status": "sav"},
        headers=tenant.headers(**{"If-Match": "latest"}),
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_if_match"


async def test_status_change_and_unknown_status(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, company_name="Bâti Sud")
    url = f"/clients/{created['id']}/status"

    moved = await clients.http.put(
        url, json={"status": "en_cours_de_chantier"}, headers=tenant.headers()
    )
    unknown = await clients.http.put(url, json={"status": "perdu"}, headers=tenant.headers())

    assert moved.status_code == 200
    assert moved.json()["status"] == {
        "code": "en_cours_de_chantier",
        "label": "En cours de chantier",
    }
    assert unknown.status_code == 422
    assert unknown.json()["code"] == "unknown_status"
    assert unknown.json()["detail"] == "Statut inconnu : « perdu »."
    record = (await clients.http.get(f"/clients/{created['id']}", headers=tenant.headers())).json()
    assert record["version"] == 2


async def test_commercial_block_shows_on_the_record_until_lifted(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Leroy")
    url = f"/clients/{created['id']}/commercial-block"

    blocked = await clients.http.put(url, json={"reason": "impayés"}, headers=tenant.headers())
    shown = await clients.http.get(f"/clients/{created['id']}", headers=tenant.headers())
    lifted = await clients.http.delete(url, headers=tenant.headers(**{"If-Match": '"2"'}))

    assert blocked.status_code == 200, blocked.text
    assert shown.json()["commercial_block"]["reason"] == "impayés"
    assert shown.json()["commercial_block"]["since"] is not None
    assert lifted.status_code == 200
    assert lifted.json()["commercial_block"] is None
    assert lifted.json()["version"] == 3


async def test_a_trashed_record_refuses_every_command_but_restore_and_status(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Moreau")
    base = f"/clients/{created['id']}"
    trashed = await clients.http.post(f"{base}/trash", headers=tenant.headers())
    assert trashed.status_code == 200
    assert trashed.json()["trashed"] is True

    refused = [
        await clients.http.patch(
            f"{base}/contact", json={"first_name": "A"}, headers=tenant.headers()
        ),
        await clients.http.post(f"{base}/convert", headers=tenant.headers()),
        await clients.http.put(
            f"{base}/commercial-block", json={"reason": "impayés"}, headers=tenant.headers()
        ),
        await clients.http.delete(f"{base}/commercial-block", headers=tenant.headers()),
        await clients.http.put(f"{base}/owner", json={"owner_id": None}, headers=tenant.headers()),
        await clients.http.post(f"{base}/trash", headers=tenant.headers()),
    ]

    for response in refused:
        assert response.status_code == 409, response.text
        assert response.json()["code"] == "client_trashed"
        assert "corbeille" in response.json()["detail"]
    restored = await clients.http.post(f"{base}/restore", headers=tenant.headers())
    again = await clients.http.post(f"{base}/restore", headers=tenant.headers())
    assert restored.status_code == 200
    assert restored.json()["trashed"] is False
    assert restored.json()["status"]["code"] == "prospect"  # the status before the trash
    assert restored.json()["version"] == 5  # « Corbeille » set, trashed, restored, status back
    assert again.status_code == 409
    assert again.json()["code"] == "client_not_trashed"


async def test_bad_input_is_a_french_problem_and_writes_nothing(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    nameless = await clients.http.post(
        "/clients", json={"first_name": "Robert"}, headers=tenant.headers()
    )
    bad_email = await clients.http.post(
        "/clients", json={"last_name": "X", "emails": ["pas-un-email"]}, headers=tenant.headers()
    )
    unknown_field = await clients.http.post(
        "/clients", json={"last_name": "X", "password": "x"}, headers=tenant.headers()
    )

    assert nameless.status_code == 422
    assert nameless.json()["code"] == "invalid_contact"
    assert nameless.json()["detail"] == "Une fiche doit porter un nom ou une raison sociale."
    assert bad_email.json()["code"] == "invalid_contact"
    assert "pas-un-email" not in bad_email.text
    assert unknown_field.status_code == 422
    assert unknown_field.json()["code"] == "validation_error"
    listed = await clients.http.get("/clients", headers=tenant.headers())
    assert listed.json()["items"] == []


async def test_idempotency_key_replays_the_first_answer_and_creates_once(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    key = {"Idempotency-Key": f"create-{uuid4()}"}
    body = {"last_name": "Garnier", "phones": ["0611223344"]}

    first = await clients.http.post("/clients", json=body, headers=tenant.headers(**key))
    retry = await clients.http.post("/clients", json=body, headers=tenant.headers(**key))
    other = await clients.http.post(
        "/clients", json={"last_name": "Autre"}, headers=tenant.headers(**key)
    )

    assert first.status_code == retry.status_code == 201
    assert retry.json() == first.json()
    assert retry.headers["ETag"] == '"1"'
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    listed = await clients.http.get("/clients", headers=tenant.headers())
    assert [c["id"] for c in listed.json()["items"]] == [first.json()["id"]]


async def test_concurrent_retries_with_one_key_create_one_record(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    key = {"Idempotency-Key": f"race-{uuid4()}"}
    answers = await asyncio.gather(
        *(
            clients.http.post("/clients", json={"last_name": "Roux"}, headers=tenant.headers(**key))
            for _ in range(4)
        )
    )

    assert {a.status_code for a in answers} == {201}
    assert len({a.json()["id"] for a in answers}) == 1
    listed = await clients.http.get("/clients", headers=tenant.headers())
    assert len(listed.json()["items"]) == 1


async def test_owner_change(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Fournier")
    new_owner = await clients.user(tenant)
    response = await clients.http.put(
        f"/clients/{created['id']}/owner",
        json={"owner_id": str(new_owner)},
        headers=tenant.headers(),
    )
    assert response.status_code == 200
    assert response.json()["owner_id"] == str(new_owner)
    listed = await clients.http.get(
        "/clients", params={"owner_id": str(new_owner)}, headers=tenant.headers()
    )
    assert [c["id"] for c in listed.json()["items"]] == [created["id"]]


async def test_a_lost_race_is_a_409_without_if_match_and_a_412_with_it(
    clients: ClientsHarness,
) -> None:
    from clients.domain.client import Client
    from clients.domain.statuses import Status
    from ouvrage_events import ConcurrentUpdateError, Metadata, StaleVersionError

    tenant = clients.tenant()
    created = await clients.create(tenant, last_name="Lambert")
    pipeline = clients.app.state.container.clients.pipeline
    meta = Metadata(tenant_id=tenant.id, actor_id=tenant.user_id)
    client_id = UUID(created["id"])

    for expected, error in ((None, ConcurrentUpdateError), (2, StaleVersionError)):
        async with pipeline.command(meta) as slow, pipeline.command(meta) as fast:
            late = await slow.load(Client, client_id, expected_version=expected)
            early = await fast.load(Client, client_id)
            early.block(f"impayés {expected}")
            await fast.commit()
            late.change_status(Status("sav", "SAV"))
            with pytest.raises(error):
                await slow.commit()

    record = (await clients.http.get(f"/clients/{created['id']}", headers=tenant.headers())).json()
    assert record["version"] == 3
    assert record["status"]["code"] == "prospect"


async def test_the_list_filters_by_status(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    on_site = await clients.create(tenant, last_name="Chantier", status="en_cours_de_chantier")
    await clients.create(tenant, last_name="Prospect")

    listed = await clients.http.get(
        "/clients", params={"status": "en_cours_de_chantier"}, headers=tenant.headers(())
    )

    assert [c["id"] for c in listed.json()["items"]] == [on_site["id"]]
