"""Tenant isolation (another tenant's record answers 404) and permissions (403, nothing written)."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest

ClientsHarness = Any  # the ``clients`` fixture (conftest.py)


@pytest.fixture
async def two_tenants(clients: ClientsHarness) -> tuple[Any, Any, dict[str, Any]]:
    owner, intruder = clients.tenant(), clients.tenant()
    record = await clients.create(owner, last_name="Pavière", first_name="Robert")
    return owner, intruder, record


async def test_another_tenant_sees_nothing(
    clients: ClientsHarness, two_tenants: tuple[Any, Any, dict[str, Any]]
) -> None:
    owner, intruder, record = two_tenants
    base = f"/clients/{record['id']}"
    h = intruder.headers()
    answers = [
        await clients.http.get(base, headers=h),
        await clients.http.get(f"{base}/duplicates", headers=h),
        await clients.http.get(f"{base}/history", headers=h),
        await clients.http.patch(f"{base}/contact", json={"first_name": "X"}, headers=h),
        await clients.http.put(f"{base}/status", json={"status": "sav"}, headers=h),
        await clients.http.put(f"{base}/commercial-block", json={"reason": "x"}, headers=h),
        await clients.http.delete(f"{base}/commercial-block", headers=h),
        await clients.http.post(f"{base}/trash", headers=h),
        await clients.http.post(f"{base}/restore", headers=h),
        await clients.http.put(f"{base}/owner", json={"owner_id": None}, headers=h),
    ]

    for answer in answers:
        assert answer.status_code == 404, answer.text
        assert answer.json()["code"] == "client_not_found"
        assert answer.json()["detail"] == "Fiche client introuvable."
    found = await clients.http.get("/clients", params={"q": "paviere"}, headers=h)
    assert found.json()["items"] == []
    mine = await clients.http.get(base, headers=owner.headers())
    assert mine.json()["version"] == 1


async def test_an_unknown_id_is_a_404_too(clients: ClientsHarness) -> None:
    response = await clients.http.get(f"/clients/{uuid4()}", headers=clients.tenant().headers())
    assert response.status_code == 404
    assert response.json()["code"] == "client_not_found"


async def test_another_tenants_record_cannot_be_named_as_the_original(
    clients: ClientsHarness, two_tenants: tuple[Any, Any, dict[str, Any]]
) -> None:
    _owner, intruder, record = two_tenants
    mine = await clients.create(intruder, last_name="Pavière", first_name="Robert")

    assert mine["probable_duplicates"] == []
    response = await clients.http.post(
        f"/clients/{mine['id']}/trash",
        json={"duplicate_of": record["id"]},
        headers=intruder.headers(),
    )
    assert response.status_code == 422
    assert response.json()["code"] == "invalid_duplicate"


@pytest.mark.parametrize(
    ("method", "path", "body", "perms"),
    [
        ("PATCH", "contact", {"first_name": "A"}, ("clients.block",)),
        ("PUT", "status", {"status": "sav"}, ("clients.block",)),
        ("PUT", "owner", {"owner_id": None}, ("clients.block",)),
        ("POST", "trash", None, ("clients.block",)),
        ("PUT", "commercial-block", {"reason": "impayés"}, ("clients.write",)),
        ("DELETE", "commercial-block", None, ("clients.write",)),
    ],
)
async def test_a_missing_permission_is_a_403_and_writes_nothing(
    clients: ClientsHarness,
    two_tenants: tuple[Any, Any, dict[str, Any]],
    method: str,
    path: str,
    body: dict[str, Any] | None,
    perms: tuple[str, ...],
) -> None:
    owner, _intruder, record = two_tenants
    response = await clients.http.request(
        method, f"/clients/{record['id']}/{path}", json=body, headers=owner.headers(perms)
    )

    assert response.status_code == 403, response.text
    assert response.json()["code"] == "forbidden"
    after = await clients.http.get(f"/clients/{record['id']}", headers=owner.headers(()))
    assert after.json()["version"] == 1


async def test_creating_needs_clients_write_but_reading_needs_no_permission(
    clients: ClientsHarness, two_tenants: tuple[Any, Any, dict[str, Any]]
) -> None:
    owner, _intruder, record = two_tenants
    refused = await clients.http.post(
        "/clients", json={"last_name": "Sans Droit"}, headers=owner.headers(("clients.block",))
    )
    assert refused.status_code == 403
    reader = owner.headers((), user_id=uuid4())
    assert (await clients.http.get(f"/clients/{record['id']}", headers=reader)).status_code == 200
    listed = await clients.http.get("/clients", headers=reader)
    assert [c["id"] for c in listed.json()["items"]] == [record["id"]]
    statuses = await clients.http.post("/statuses", json={"label": "Perdu"}, headers=reader)
    assert statuses.status_code == 403
