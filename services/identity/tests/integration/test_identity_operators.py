"""PUT /users/{id}/operator: who can be booked on interventions, changed after creation."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from ouvrage_events.contract import cloudevents

if TYPE_CHECKING:
    from conftest import IdentityHarness


async def test_an_administrator_makes_a_user_an_operator_and_the_event_is_published(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, last_name="Opérateur")
    uid = uuid.UUID(user["id"])
    admin = h.auth(company.admin_token)
    url = f"/users/{uid}/operator"
    assert user["is_operator"] is False

    stale = await h.http.put(url, json={"is_operator": True}, headers={**admin, "If-Match": '"5"'})
    assert stale.status_code == 412 and stale.json()["code"] == "version_conflict"
    ok = await h.http.put(url, json={"is_operator": True}, headers={**admin, "If-Match": '"1"'})
    assert ok.status_code == 200, ok.text
    assert ok.json()["is_operator"] is True and ok.json()["version"] == 2
    assert ok.headers["etag"] == '"2"'
    assert (await h.http.get(f"/users/{uid}", headers=admin)).json()["is_operator"] is True
    listed = (await h.http.get("/users", headers=admin)).json()["items"]
    assert [u["is_operator"] for u in listed if u["id"] == str(uid)] == [True]

    record = await h.reader.of_type("UserOperatorChanged", uid)
    assert h.header(record, "ce_specversion") == "1.0"
    assert h.header(record, "ce_source") == "/ouvrage/identity"
    assert h.header(record, "ce_tenantid") == str(company.tenant_id)
    assert h.header(record, "ce_actorid") == str(company.admin_id)
    assert record.key == str(uid).encode()
    envelope = cloudevents.decode(record.value, record.headers)
    assert envelope.type == "ouvrage.identity.UserOperatorChanged" and envelope.sequence == 2
    assert h.payload(record) == {"user_id": str(uid), "is_operator": True}

    back = await h.http.put(url, json={"is_operator": False}, headers=admin)
    assert back.status_code == 200 and back.json()["is_operator"] is False
    assert back.json()["version"] == 3


async def test_an_unchanged_flag_records_nothing(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, is_operator=True)
    r = await h.http.put(f"/users/{user['id']}/operator", json={"is_operator": True},
                         headers=h.auth(company.admin_token))  # fmt: skip
    assert r.status_code == 200 and r.json()["version"] == 1
    count = await h.identity.pool.fetchval(
        "SELECT count(*) FROM es_events WHERE stream_id = $1 AND event_type = $2",
        uuid.UUID(user["id"]), "ouvrage.identity.UserOperatorChanged",
    )  # fmt: skip
    assert count == 0


async def test_users_manage_is_required_and_another_company_user_is_404(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    target = await h.add_user(company)
    url = f"/users/{target['id']}/operator"
    worker = await h.add_user(company, password="Béton-Armé-2024")
    worker_token = h.auth(await h.token(worker["email"], "Béton-Armé-2024"))
    r = await h.http.put(url, json={"is_operator": True}, headers=worker_token)
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    got = await h.http.get(f"/users/{target['id']}", headers=worker_token)
    assert got.json()["is_operator"] is False and got.json()["version"] == 1

    manager = await h.add_user(company, password="Gérant-Chantier-8", permissions=["users.manage"])
    manager_token = h.auth(await h.token(manager["email"], "Gérant-Chantier-8"))
    r = await h.http.put(url, json={"is_operator": True}, headers=manager_token)
    assert r.status_code == 200 and r.json()["is_operator"] is True

    other = await h.company("Concurrent SARL")
    stranger = await h.add_user(other)
    r = await h.http.put(f"/users/{stranger['id']}/operator", json={"is_operator": True},
                         headers=h.auth(company.admin_token))  # fmt: skip
    assert r.status_code == 404 and r.json()["code"] == "user_not_found"
    got = await h.http.get(f"/users/{stranger['id']}", headers=h.auth(other.admin_token))
    assert got.json()["is_operator"] is False


async def test_bad_body_or_deactivated_user_is_refused(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    admin = h.auth(company.admin_token)
    user = await h.add_user(company)
    url = f"/users/{user['id']}/operator"
    for body in ({}, {"is_operator": "peut-être"}, {"is_operator": True, "extra": 1}):
        r = await h.http.put(url, json=body, headers=admin)
        assert r.status_code == 422 and r.json()["code"] == "validation_error", body
    assert (await h.http.post(f"/users/{user['id']}/deactivate", headers=admin)).status_code == 200
    r = await h.http.put(url, json={"is_operator": True}, headers=admin)
    assert r.status_code == 409 and r.json()["code"] == "user_deactivated"
    assert r.json()["detail"]
