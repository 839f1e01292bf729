"""On the real service (PostgreSQL, Kafka): « Corbeille » is a status of the list, the planning
rules of each status are edited in the settings and travel in the status events, a prospect
becomes a client and the lists filter by kind (the « bulles » Client / Prospect / Corbeille)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


async def _ids(clients: ClientsHarness, tenant: Any, **params: str) -> set[str]:
    page = await clients.http.get("/clients", params=params, headers=tenant.headers(()))
    assert page.status_code == 200, page.text
    return {item["id"] for item in page.json()["items"]}


async def test_the_status_corbeille_trashes_and_another_status_restores(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    kept = await clients.create(tenant, last_name="Pavière", first_name="Robert")
    copy = await clients.create(tenant, last_name="Paviere", first_name="Robert")
    url = f"/clients/{copy['id']}/status"

    trashed = await clients.http.put(
        url,
        json={"status": "corbeille", "duplicate_of": kept["id"]},
        headers=tenant.headers(**{"If-Match": '"1"'}),
    )
    assert trashed.status_code == 200, trashed.text
    body = trashed.json()
    assert body["trashed"] is True and body["duplicate_of"] == kept["id"]
    assert body["status"] == {"code": "corbeille", "label": "Corbeille"}
    assert await _ids(clients, tenant, q="paviere robert") == {kept["id"]}
    assert await _ids(clients, tenant, trash="true") == {copy["id"]}

    # « rechanger le statut »: any other status takes it out of the trash.
    back = await clients.http.put(url, json={"status": "sav"}, headers=tenant.headers())
    assert back.status_code == 200, back.text
    assert back.json()["trashed"] is False and back.json()["status"]["code"] == "sav"
    assert await _ids(clients, tenant, q="paviere robert") == {kept["id"], copy["id"]}

    only_trash = await clients.http.put(
        url, json={"status": "sav", "duplicate_of": kept["id"]}, headers=tenant.headers()
    )
    assert (only_trash.status_code, only_trash.json()["code"]) == (422, "invalid_duplicate")


async def test_no_second_status_claims_to_be_the_trash(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    for body in ({"label": "Poubelle", "trash": True}, {"label": "Corbeille", "code": "bin"}):
        refused = await clients.http.post("/statuses", json=body, headers=tenant.headers())
        assert refused.status_code == 409, refused.text
        assert refused.json()["code"] == "trash_status_exists"
        assert "Corbeille" in refused.json()["detail"]
    statuses = (await clients.http.get("/statuses", headers=tenant.headers(()))).json()
    assert [s["code"] for s in statuses if s["trash"]] == ["corbeille"]


async def test_status_rules_are_edited_and_travel_in_the_status_events(
    clients: ClientsHarness, clients_read_topic: Any
) -> None:
    tenant = clients.tenant()
    configured = await clients.http.patch(
        "/statuses/devis_en_cours",
        json={"on_planning": True, "ends_worksite": False},
        headers=tenant.headers(),
    )
    reception = await clients.http.post(
        "/statuses", json={"label": "Réception", "ends_worksite": True}, headers=tenant.headers()
    )
    both = await clients.http.patch(
        "/statuses/sav", json={"on_planning": True, "ends_worksite": True}, headers=tenant.headers()
    )
    reader = await clients.http.patch(
        "/statuses/sav", json={"on_planning": True, "ends_worksite": False},
        headers=tenant.headers(("clients.write",)),
    )  # fmt: skip
    assert configured.status_code == 200, configured.text
    assert configured.json()["on_planning"] is True and configured.json()["default"] is True
    assert reception.status_code == 201 and reception.json()["ends_worksite"] is True
    assert (both.status_code, both.json()["code"]) == (422, "invalid_status")
    assert reader.status_code == 403
    statuses = await clients.http.get("/statuses", headers=tenant.headers(()))
    listed = {s["code"]: s for s in statuses.json()}
    assert listed["devis_en_cours"]["on_planning"] and listed["reception"]["ends_worksite"]

    record = await clients.create(tenant, last_name="Garnier")
    base = f"/clients/{record['id']}/status"
    await clients.http.put(base, json={"status": "devis_en_cours"}, headers=tenant.headers())
    await clients.http.put(base, json={"status": "reception"}, headers=tenant.headers())

    def mine(records: list[Any]) -> list[Any]:
        return [
            r[2] for r in records
            if r[2].aggregate_id == UUID(record["id"]) and r[2].name == "ClientStatusChanged"
        ]  # fmt: skip

    changes = mine(
        await clients_read_topic(clients.bootstrap, clients.topic, lambda rs: len(mine(rs)) >= 2)
    )
    assert [(c.payload["status"], c.payload["on_planning"], c.payload["ends_worksite"])
            for c in changes] == [("devis_en_cours", True, False), ("reception", False, True)]  # fmt: skip


async def test_a_prospect_becomes_a_client_and_lists_filter_by_kind(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    prospect = await clients.create(tenant, last_name="Blanc")
    client = await clients.create(tenant, last_name="Noir", kind="client")
    gone = await clients.create(tenant, last_name="Gris")
    await clients.http.post(f"/clients/{gone['id']}/trash", headers=tenant.headers())

    converted = await clients.http.post(
        f"/clients/{prospect['id']}/convert", headers=tenant.headers(**{"If-Match": '"1"'})
    )
    again = await clients.http.post(f"/clients/{prospect['id']}/convert", headers=tenant.headers())

    assert converted.status_code == 200, converted.text
    assert converted.json()["kind"] == "client" and converted.json()["version"] == 2
    assert (again.status_code, again.json()["code"]) == (409, "already_client")
    assert await _ids(clients, tenant, kind="client") == {prospect["id"], client["id"]}
    assert await _ids(clients, tenant, kind="prospect") == set()
    assert await _ids(clients, tenant, kind="prospect", trash="true") == {gone["id"]}
    assert await _ids(clients, tenant, kind="client", trash="true") == set()
    assert await _ids(clients, tenant, kind="client", q="noir") == {client["id"]}
    history = await clients.http.get(
        f"/clients/{prospect['id']}/history", headers=tenant.headers(())
    )
    assert history.json()["items"][-1]["label"] == "Prospect devenu client"
