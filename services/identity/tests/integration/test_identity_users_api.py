"""Users over HTTP: directory, creation, permissions, preferences, deactivation, isolation."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import IdentityHarness

PROBLEM = "application/problem+json"


async def test_the_directory_lists_the_company_users_by_name_with_a_cursor(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    for last in ("Zola", "Bernard", "Étienne", "Arnaud"):
        await h.add_user(company, last_name=last)
    other = await h.company("Autre Société")
    await h.add_user(other, last_name="Intrus")
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        r = await h.http.get("/users", params=params, headers=h.auth(company.admin_token))
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= 2
        seen += [item["last_name"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ["Admin", "Arnaud", "Bernard", "Étienne", "Zola"]  # French order
    first = (await h.http.get("/users", headers=h.auth(company.admin_token))).json()["items"][0]
    assert set(first) >= {"id", "name", "email", "active", "permissions", "is_operator"}
    assert first["name"] == "Jeanne Admin"


async def test_a_bad_cursor_is_a_400_problem(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    r = await h.http.get("/users", params={"cursor": "pas-un-curseur"},
                         headers=h.auth(company.admin_token))  # fmt: skip
    assert r.status_code == 400
    assert r.headers["content-type"] == PROBLEM and r.json()["code"] == "invalid_cursor"


async def test_create_user_answers_201_with_etag_and_effective_permissions(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    r = await h.http.post("/users", headers=h.auth(company.admin_token), json={
        "email": "Lucie.Renard@Example.fr", "first_name": "Lucie", "last_name": "Renard",
        "password": "Plâtre&Enduit-2024", "is_admin": True,
    })  # fmt: skip
    assert r.status_code == 201, r.text
    body = r.json()
    assert r.headers["etag"] == '"1"' and body["version"] == 1
    assert body["email"] == "lucie.renard@example.fr"
    assert "users.manage" in body["permissions"] and body["is_admin"] is True
    assert "password" not in body
    got = await h.http.get(f"/users/{body['id']}", headers=h.auth(company.admin_token))
    assert got.json() == body


async def test_idempotency_key_replays_the_first_answer_and_creates_one_user(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    body = {"email": "idem@example.fr", "first_name": "Idem", "last_name": "Potent",
            "password": "Charpente#Chêne-9"}  # fmt: skip
    headers = {**h.auth(company.admin_token), "Idempotency-Key": "create-idem-1"}
    first = await h.http.post("/users", json=body, headers=headers)
    again = await h.http.post("/users", json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    other = await h.http.post("/users", json={**body, "first_name": "Autre"}, headers=headers)
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"
    count = await h.identity.pool.fetchval(
        "SELECT count(*) FROM directory_users WHERE email = 'idem@example.fr'"
    )
    assert count == 1


async def test_a_taken_email_is_a_409_and_records_nothing(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    other = await h.company()
    before = await h.identity.pool.fetchval("SELECT count(*) FROM es_events")
    r = await h.http.post("/users", headers=h.auth(company.admin_token), json={
        "email": other.admin_email.upper(), "first_name": "A", "last_name": "B",
        "password": "Carrelage-Mural-31!",
    })  # fmt: skip
    assert r.status_code == 409 and r.json()["code"] == "email_taken"
    assert await h.identity.pool.fetchval("SELECT count(*) FROM es_events") == before


async def test_a_weak_initial_password_lists_every_failed_rule(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    r = await h.http.post("/users", headers=h.auth(company.admin_token), json={
        "email": "faible@example.fr", "first_name": "A", "last_name": "B", "password": "azerty",
    })  # fmt: skip
    assert r.status_code == 422 and r.headers["content-type"] == PROBLEM
    problem = r.json()
    assert problem["code"] == "password_policy"
    assert problem["failed_rules"] == ["min_length", "uppercase", "digit", "special", "not_common"]
    assert "au moins 10 caractères" in problem["detail"] and "majuscule" in problem["detail"]
    found = await h.identity.pool.fetchval(
        "SELECT count(*) FROM directory_users WHERE email = 'faible@example.fr'"
    )
    assert found == 0


async def test_missing_permission_is_403_and_another_company_user_is_404(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    worker = await h.add_user(company, password="Béton-Armé-2024")
    worker_token = await h.token(worker["email"], "Béton-Armé-2024")
    r = await h.http.post("/users", headers=h.auth(worker_token), json={
        "email": "x@example.fr", "first_name": "X", "last_name": "Y", "password": "Béton-Armé-2025",
    })  # fmt: skip
    assert r.status_code == 403 and r.json()["code"] == "forbidden"
    r = await h.http.put(f"/users/{company.admin_id}/permissions", headers=h.auth(worker_token),
                         json={"permissions": []})  # fmt: skip
    assert r.status_code == 403
    r = await h.http.get(f"/users/{company.admin_id}/preferences", headers=h.auth(worker_token))
    assert r.status_code == 403

    other = await h.company("Concurrent SARL")
    stranger = other.admin_id
    for method, path, body in [
        ("GET", f"/users/{stranger}", None),
        ("PUT", f"/users/{stranger}/permissions", {"permissions": []}),
        ("PUT", f"/users/{stranger}/password", {"new_password": "Volé-Compte-2024"}),
        ("GET", f"/users/{stranger}/preferences", None),
        ("PUT", f"/users/{stranger}/preferences", {"show_archived_sav": True}),
        ("POST", f"/users/{stranger}/deactivate", None),
    ]:
        r = await h.http.request(method, path, json=body, headers=h.auth(company.admin_token))
        assert r.status_code == 404, (method, path, r.text)
        assert r.json()["code"] == "user_not_found"
    assert (await h.http.get(f"/users/{uuid.uuid4()}", headers=h.auth(company.admin_token))
            ).status_code == 404  # fmt: skip


async def test_no_token_is_401(identity_harness: IdentityHarness) -> None:
    r = await identity_harness.http.get("/users")
    assert r.status_code == 401 and r.headers["content-type"] == PROBLEM


async def test_permissions_if_match_and_grant_rules(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    manager = await h.add_user(company, password="Gérant-Chantier-8",
                               permissions=["users.manage", "clients.write"])  # fmt: skip
    target = await h.add_user(company)
    url = f"/users/{target['id']}/permissions"
    admin = h.auth(company.admin_token)
    stale = await h.http.put(url, json={"permissions": ["clients.write"]},
                             headers={**admin, "If-Match": '"7"'})  # fmt: skip
    assert stale.status_code == 412 and stale.json()["code"] == "version_conflict"
    ok = await h.http.put(url, json={"permissions": ["clients.write"]},
                          headers={**admin, "If-Match": '"1"'})  # fmt: skip
    assert ok.status_code == 200 and ok.headers["etag"] == '"2"'
    assert ok.json()["permissions"] == ["clients.write"]

    unknown = await h.http.put(url, json={"permissions": ["god.mode"]}, headers=admin)
    assert unknown.status_code == 422 and unknown.json()["code"] == "unknown_permission"

    manager_token = h.auth(await h.token(manager["email"], "Gérant-Chantier-8"))
    beyond = await h.http.put(url, json={"permissions": ["settings.manage"]},
                              headers=manager_token)  # fmt: skip
    assert beyond.status_code == 403 and beyond.json()["code"] == "grant_not_allowed"
    crown = await h.http.put(url, json={"is_admin": True, "permissions": []},
                             headers=manager_token)  # fmt: skip
    assert crown.status_code == 403


async def test_the_last_administrator_can_neither_be_demoted_nor_deactivated(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    admin = h.auth(company.admin_token)
    r = await h.http.put(f"/users/{company.admin_id}/permissions", headers=admin,
                         json={"is_admin": False, "permissions": ["users.manage"]})  # fmt: skip
    assert r.status_code == 409 and r.json()["code"] == "last_administrator"
    r = await h.http.post(f"/users/{company.admin_id}/deactivate", headers=admin)
    assert r.status_code == 409 and r.json()["code"] == "self_deactivation"
    second = await h.add_user(company, password="Second-Admin-2024", is_admin=True)
    second_token = h.auth(await h.token(second["email"], "Second-Admin-2024"))
    r = await h.http.post(f"/users/{company.admin_id}/deactivate", headers=second_token)
    assert r.status_code == 200 and r.json()["active"] is False
    r = await h.http.put(f"/users/{second['id']}/permissions", headers=second_token,
                         json={"is_admin": False, "permissions": []})  # fmt: skip
    assert r.status_code == 409 and r.json()["code"] == "last_administrator"


async def test_preferences_self_service_and_validation(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Préférences-2024")
    token = h.auth(await h.token(user["email"], "Préférences-2024"))
    url = f"/users/{user['id']}/preferences"
    got = await h.http.get(url, headers=token)
    assert got.status_code == 200
    assert got.json()["show_archived_sav"] is False
    assert got.json()["sav_observations_as_tooltips"] is True
    assert got.json()["notification_channels"]["action_due"] == ["alert", "email"]
    put = await h.http.put(url, headers={**token, "If-Match": got.headers["etag"]}, json={
        "show_archived_sav": True, "notification_channels": {"client_blocked": []},
    })  # fmt: skip
    assert put.status_code == 200, put.text
    assert put.json()["notification_channels"]["client_blocked"] == []
    assert put.json()["notification_channels"]["security"] == ["alert", "email"]
    assert (await h.http.get(url, headers=token)).json() == put.json()
    bad = await h.http.put(url, headers=token, json={"notification_channels": {"météo": []}})
    assert bad.status_code == 422 and bad.json()["code"] == "unknown_notification_kind"
    sms = await h.http.put(
        url, headers=token, json={"notification_channels": {"security": ["sms"]}}
    )
    assert sms.status_code == 422 and sms.json()["code"] == "validation_error"
    other = await h.http.put(f"/users/{company.admin_id}/preferences", headers=token, json={})
    assert other.status_code == 403


async def test_tenant_read_and_update_with_settings_permission(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    admin = h.auth(company.admin_token)
    got = await h.http.get("/tenant", headers=admin)
    assert got.status_code == 200 and got.json()["timezone"] == "Europe/Paris"
    bad = await h.http.put("/tenant", headers=admin,
                           json={"name": "X", "timezone": "Mars/Olympus"})  # fmt: skip
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_timezone"
    user = await h.add_user(company, password="Sans-Droits-2024")
    token = h.auth(await h.token(user["email"], "Sans-Droits-2024"))
    assert (await h.http.get("/tenant", headers=token)).status_code == 200
    denied = await h.http.put("/tenant", headers=token,
                              json={"name": "X", "timezone": "Europe/Paris"})  # fmt: skip
    assert denied.status_code == 403
    perms = await h.http.get("/permissions", headers=token)
    assert {"code": "users.manage", "label": "Paramétrer les comptes utilisateurs"} in perms.json()
