"""Issue 23: what a hostile or careless client sends answers a 4xx problem, never a 500."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import pytest
from ouvrage_testing.hostile import (
    LONE_SURROGATE_JSON,
    NUL,
    TAMPERED_CURSORS,
    assert_problem,
    json_with,
)

if TYPE_CHECKING:
    from conftest import ClientsHarness

JSON = {"content-type": "application/json"}


async def test_a_nul_in_a_query_parameter_is_a_422_naming_it(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    for params, field in [({"status": NUL}, "status"), ({"q": NUL}, "q")]:
        answer = await clients.http.get("/clients", params=params, headers=tenant.headers())
        problem = assert_problem(answer, 422, "validation_error", field)
        assert problem["errors"][0]["message"] == "Caractère de contrôle non autorisé."


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/statuses", {"label": NUL}, "label"),
        ("/statuses", {"label": "Relance", "code": "a\nb"}, "code"),
        ("/clients", {"last_name": NUL}, "last_name"),
        ("/clients", {"last_name": "Dupont", "notes": "ligne\u0000"}, "notes"),
        ("/clients", {"last_name": "Dupont", "emails": ["a\u0000@b.fr"]}, "0"),
        ("/clients", {"last_name": "Dupont", "address": {"city": NUL}}, "city"),
    ],
)
async def test_a_nul_in_a_body_is_a_422_naming_the_field(
    clients: ClientsHarness, path: str, body: dict[str, object], field: str
) -> None:
    answer = await clients.http.post(path, json=body, headers=clients.tenant().headers())
    assert_problem(answer, 422, "validation_error", field)


async def test_nul_in_contact_changes_and_block_reasons(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    record = await clients.create(tenant, last_name="Durand")
    base = f"/clients/{record['id']}"
    changes = await clients.http.patch(
        f"{base}/contact", json={"first_name": NUL}, headers=tenant.headers()
    )
    assert_problem(changes, 422, "validation_error", "first_name")
    block = await clients.http.put(
        f"{base}/commercial-block", json={"reason": NUL}, headers=tenant.headers()
    )
    assert_problem(block, 422, "validation_error", "reason")


async def test_lone_surrogates_in_json_are_a_422(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    for field in ("last_name", "notes"):
        raw = json_with({"last_name": "Dupont"}, field, LONE_SURROGATE_JSON)
        answer = await clients.http.post("/clients", content=raw, headers=tenant.headers(**JSON))
        assert_problem(answer, 422, "validation_error", field)
    raw = json_with({"label": "x"}, "label", LONE_SURROGATE_JSON)
    answer = await clients.http.post("/statuses", content=raw, headers=tenant.headers(**JSON))
    assert_problem(answer, 422, "validation_error", "label")


async def test_the_issue_s_surrogate_pair_is_a_character_and_is_kept(
    clients: ClientsHarness,
) -> None:
    tenant = clients.tenant()
    raw = json_with({}, "last_name", '"\\uda27\\udd00"')
    answer = await clients.http.post("/clients", content=raw, headers=tenant.headers(**JSON))
    assert answer.status_code == 201, answer.text
    assert answer.json()["contact"]["last_name"] == "\U00099d00"


@pytest.mark.parametrize("name", sorted(TAMPERED_CURSORS))
async def test_tampered_cursors_are_400_invalid_cursor(clients: ClientsHarness, name: str) -> None:
    tenant = clients.tenant()
    cursor = TAMPERED_CURSORS[name]
    for path, params in [
        ("/clients", {}),
        ("/clients", {"q": "Dupont"}),
        (f"/clients/{uuid.uuid4()}/history", {}),
        (f"/clients/{uuid.uuid4()}/duplicates", {}),
    ]:
        answer = await clients.http.get(
            path, params={**params, "cursor": cursor}, headers=tenant.headers()
        )
        assert_problem(answer, 400, "invalid_cursor")


async def test_a_cursor_of_another_list_or_tenant_path_is_refused(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    for name in ("Alpha", "Bravo", "Charlie"):
        await clients.create(tenant, last_name=name)
    first = await clients.http.get("/clients", params={"limit": 1}, headers=tenant.headers())
    cursor = first.json()["next_cursor"]
    assert cursor
    again = await clients.http.get("/clients", params={"cursor": cursor}, headers=tenant.headers())
    assert again.status_code == 200
    elsewhere = await clients.http.get(
        f"/clients/{uuid.uuid4()}/history", params={"cursor": cursor}, headers=tenant.headers()
    )
    assert_problem(elsewhere, 400, "invalid_cursor")


async def test_an_owner_must_be_an_active_user_of_the_company(clients: ClientsHarness) -> None:
    tenant, other = clients.tenant(), clients.tenant()
    colleague = await clients.user(tenant)
    gone = await clients.user(tenant, active=False)
    stranger = await clients.user(other)
    headers = tenant.headers()
    for owner, code in [
        (uuid.uuid4(), "unknown_user"),
        (stranger, "unknown_user"),
        (gone, "inactive_user"),
    ]:
        body = {"last_name": "Durand", "owner_id": str(owner)}
        created = await clients.http.post("/clients", json=body, headers=headers)
        problem = assert_problem(created, 422, code)
        assert problem["errors"][0]["loc"] == ["body", "owner_id"]
    record = await clients.create(tenant, last_name="Durand", owner_id=str(colleague))
    assert record["owner_id"] == str(colleague)
    owner_url = f"/clients/{record['id']}/owner"
    for owner, code in [(uuid.uuid4(), "unknown_user"), (stranger, "unknown_user"),
                        (gone, "inactive_user")]:  # fmt: skip
        changed = await clients.http.put(owner_url, json={"owner_id": str(owner)}, headers=headers)
        assert_problem(changed, 422, code)
    mine = await clients.http.put(
        owner_url, json={"owner_id": str(tenant.user_id)}, headers=headers
    )
    assert mine.status_code == 200, mine.text  # the caller, proved by the token


async def test_a_huge_if_match_is_a_412_not_an_overflow(clients: ClientsHarness) -> None:
    tenant = clients.tenant()
    record = await clients.create(tenant, last_name="Durand")
    answer = await clients.http.put(
        f"/clients/{record['id']}/status",
        json={"status": "client"},
        headers=tenant.headers(**{"If-Match": '"999999999999999999"'}),
    )
    assert_problem(answer, 412, "version_conflict")
