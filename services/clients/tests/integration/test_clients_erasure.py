"""RGPD erasure of a record: permission, idempotence, blanked card, key destroyed."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import asyncpg
from ouvrage_events import privacy
from ouvrage_platform.permissions import Permission
from ouvrage_platform.testing import TokenMinter

ERASER = {Permission.CLIENTS_WRITE.value, Permission.PERSONAL_DATA_MANAGE.value}


async def test_erasure_blanks_the_record_and_its_events_and_is_idempotent(clients: Any) -> None:
    tenant = clients.tenant()
    writer = tenant.headers({Permission.CLIENTS_WRITE.value})
    eraser = tenant.headers(ERASER)
    created = await clients.http.post(
        "/clients",
        json={"last_name": "Effaçable", "first_name": "Rose", "emails": ["rose.e@exemple.fr"]},
        headers=writer | {"Idempotency-Key": "erase-me-1"},
    )
    assert created.status_code == 201, created.text
    cid = created.json()["id"]

    refused = await clients.http.post(f"/clients/{cid}/erasure", headers=writer)
    assert refused.status_code == 403

    done = await clients.http.post(f"/clients/{cid}/erasure", headers=eraser)
    assert done.status_code == 200, done.text
    assert done.json() == {"client_id": cid, "erased": True, "recorded_now": True}
    again = await clients.http.post(f"/clients/{cid}/erasure", headers=eraser)
    assert again.json()["recorded_now"] is False

    card = (await clients.http.get(f"/clients/{cid}", headers=writer)).json()
    assert card["display_name"] == privacy.ERASED_PERSON
    assert "rose.e@exemple.fr" not in str(card)
    found = await clients.http.get("/clients", params={"q": "Effaçable"}, headers=writer)
    assert found.json()["items"] == []
    history = (await clients.http.get(f"/clients/{cid}/history", headers=writer)).json()
    assert "rose" not in str(history).lower()
    labels = [entry["label"] for entry in history["items"]]
    assert "Données personnelles effacées (demande de la personne)" in labels

    edit = await clients.http.patch(
        f"/clients/{cid}/contact", json={"last_name": "Revenu"}, headers=writer
    )
    assert edit.status_code == 409
    assert edit.json()["code"] == "client_erased"

    keys = await privacy.keystore().keys([("client", UUID(cid))])
    assert keys[("client", UUID(cid))] is None
    conn = await asyncpg.connect(clients.dsn)
    try:
        raw = await conn.fetchval(
            "SELECT string_agg(payload::text, ' ') FROM es_events WHERE stream_id = $1", UUID(cid)
        )
        stored = await conn.fetchval(
            "SELECT count(*) FROM idempotency_keys WHERE key = 'erase-me-1'"
        )
    finally:
        await conn.close()
    assert "rose.e@exemple.fr" not in raw and "Effaçable" not in raw
    assert stored == 0  # the create's stored answer quoted the record


async def test_erasing_an_unknown_or_foreign_record_answers_404(clients: Any) -> None:
    tenant = clients.tenant()
    eraser = tenant.headers(ERASER)
    missing = await clients.http.post(
        "/clients/00000000-0000-4000-8000-000000000001/erasure", headers=eraser
    )
    assert missing.status_code == 404


async def test_the_access_export_holds_the_record_and_names_unreachable_services(
    database_dsn: str, kafka_bootstrap: str, clients_topic: str, clients_running: Any
) -> None:
    # port 9 (discard) refuses: the export must say what is missing instead of failing
    async with clients_running(
        database_dsn,
        kafka_bootstrap,
        clients_topic,
        TokenMinter(kid="access-tests"),
        personal_data_sources={"actions": "http://127.0.0.1:9"},
    ) as harness:
        tenant = harness.tenant()
        created = await harness.create(
            tenant, last_name="Accès", first_name="Rose", emails=["rose.acces@exemple.fr"]
        )
        path = f"/clients/{created['id']}/personal-data"
        refused = await harness.http.get(path, headers=tenant.headers())
        assert refused.status_code == 403
        export = await harness.http.get(path, headers=tenant.headers(ERASER))
        assert export.status_code == 200, export.text
        body = export.json()
        assert body["missing"] == ["actions"]
        own = body["services"]["clients"]
        assert own["record"]["contact"]["emails"] == ["rose.acces@exemple.fr"]
        assert [entry["label"] for entry in own["history"]] == ["Fiche créée"]
