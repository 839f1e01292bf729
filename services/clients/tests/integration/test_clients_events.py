"""The relay publishes the record's events to Kafka as CloudEvents (binary mode), in order."""

from __future__ import annotations

from typing import Any
from uuid import UUID

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


def _headers(raw: list[tuple[str, bytes]]) -> dict[str, str]:
    return {k: v.decode() for k, v in raw}


async def test_blocked_and_trashed_reach_the_topic_as_cloudevents(
    clients: ClientsHarness, clients_read_topic: Any
) -> None:
    tenant = clients.tenant()
    original = await clients.create(tenant, last_name="Pavière", first_name="Robert")
    copy = await clients.create(tenant, last_name="Paviere", first_name="Robert")
    base = f"/clients/{copy['id']}"
    blocked = await clients.http.put(
        f"{base}/commercial-block",
        json={"reason": "impayés"},
        headers=tenant.headers(**{"traceparent": "00-" + "a" * 32 + "-" + "b" * 16 + "-01"}),
    )
    trashed = await clients.http.post(
        f"{base}/trash", json={"duplicate_of": original["id"]}, headers=tenant.headers()
    )
    assert blocked.status_code == trashed.status_code == 200

    def mine(records: list[Any]) -> list[Any]:
        return [r for r in records if r[2].aggregate_id == UUID(copy["id"])]

    records = mine(
        await clients_read_topic(clients.bootstrap, clients.topic, lambda rs: len(mine(rs)) >= 4)
    )

    assert [r[2].name for r in records] == [
        "ClientRegistered",
        "ClientBlocked",
        "ClientStatusChanged",  # « Corbeille »
        "ClientTrashed",
    ]
    assert records[2][2].payload["status"] == "corbeille"
    assert records[3][2].payload["duplicate_of"] == original["id"]
    key, raw_headers, envelope = records[1]
    headers = _headers(raw_headers)
    assert key == copy["id"].encode()
    assert headers["ce_specversion"] == "1.0"
    assert headers["ce_type"] == "ouvrage.clients.ClientBlocked"
    assert headers["ce_source"] == "/ouvrage/clients"
    assert headers["ce_subject"] == copy["id"]
    assert headers["ce_tenantid"] == str(tenant.id)
    assert headers["ce_actorid"] == str(tenant.user_id)
    assert headers["ce_sequence"] == "2"
    assert headers["content-type"] == "application/json"
    assert headers["traceparent"] == "00-" + "a" * 32 + "-" + "b" * 16 + "-01"
    assert {"ce_id", "ce_time", "ce_correlationid", "ce_schemaversion"} <= headers.keys()
    assert envelope.payload == {
        "client_id": copy["id"],
        "reason": "impayés",
        "owner_id": str(tenant.user_id),
        "display_name": "Paviere Robert",
    }

    key, raw_headers, envelope = records[3]
    headers = _headers(raw_headers)
    assert key == copy["id"].encode()
    assert headers["ce_type"] == "ouvrage.clients.ClientTrashed"
    assert headers["ce_sequence"] == "4"
    assert envelope.payload == {"client_id": copy["id"], "duplicate_of": original["id"]}


async def test_the_correlation_id_of_the_request_travels_with_the_event(
    clients: ClientsHarness, clients_read_topic: Any
) -> None:
    tenant = clients.tenant()
    correlation = "5b0f6f4e-4a4b-4c55-9a43-2f3d1f1c9e77"
    created = await clients.http.post(
        "/clients",
        json={"company_name": "Bâti Est"},
        headers=tenant.headers(**{"X-Correlation-ID": correlation}),
    )
    client_id = UUID(created.json()["id"])

    records = await clients_read_topic(
        clients.bootstrap,
        clients.topic,
        lambda rs: any(r[2].aggregate_id == client_id for r in rs),
    )

    (record,) = [r for r in records if r[2].aggregate_id == client_id]
    assert _headers(record[1])["ce_correlationid"] == correlation
    assert record[2].payload["status"] == "prospect"
    assert record[2].payload["status_label"] == "Prospect"
