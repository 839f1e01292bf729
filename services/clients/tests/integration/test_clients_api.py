"""The record's life over HTTP: create, read, edit, status, block, trash, restore."""

from __future__ import annotations

from typing import Any

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
