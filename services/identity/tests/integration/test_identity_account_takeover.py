"""Attacks on other users' accounts by a user manager, each refused (issue 13, part 1).

On main, a holder of `users.manage` could silence an administrator's security notifications,
reset their password and log in as them, or deactivate them.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conftest import Company, IdentityHarness

MANAGER_PASSWORD = "Gérant-Chantier-8"
STOLEN = "Pris-En-Otage-2024!"


async def _manager(h: IdentityHarness, company: Company) -> tuple[dict[str, Any], dict[str, str]]:
    manager = await h.add_user(company, password=MANAGER_PASSWORD,
                               permissions=["users.manage", "clients.write"])  # fmt: skip
    return manager, h.auth(await h.token(manager["email"], MANAGER_PASSWORD))


async def test_a_manager_cannot_silence_an_administrators_security_notifications(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    _, manager = await _manager(h, company)
    r = await h.http.put(f"/users/{company.admin_id}/preferences", headers=manager,
                         json={"notification_channels": {"security": []}})  # fmt: skip
    assert r.status_code == 403 and r.json()["code"] == "account_authority"
    # Even on a weaker account, and on one's own: the security kind stays on.
    weak = await h.add_user(company)
    r = await h.http.put(f"/users/{weak['id']}/preferences", headers=manager,
                         json={"notification_channels": {"security": []}})  # fmt: skip
    assert r.status_code == 422 and r.json()["code"] == "security_notifications_required"
    assert "Sécurité de mon compte" in r.json()["detail"]


async def test_a_manager_cannot_reset_an_administrators_password_and_log_in_as_them(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    _, manager = await _manager(h, company)
    r = await h.http.put(f"/users/{company.admin_id}/password", headers=manager,
                         json={"new_password": STOLEN})  # fmt: skip
    assert r.status_code == 403 and r.json()["code"] == "account_authority"
    assert (await h.login(company.admin_email, STOLEN)).status_code == 401
    assert (await h.login(company.admin_email, h.admin_password)).status_code == 200


async def test_a_manager_cannot_act_on_a_user_holding_a_permission_they_lack(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    _, manager = await _manager(h, company)
    planner = await h.add_user(company, permissions=["planning.manage"])
    base = f"/users/{planner['id']}"
    attempts = [
        ("PUT", f"{base}/password", {"new_password": STOLEN}),
        ("PUT", f"{base}/permissions", {"permissions": ["planning.manage", "clients.write"]}),
        ("PUT", f"{base}/preferences", {"show_archived_sav": True}),
        ("POST", f"{base}/deactivate", None),
    ]
    for method, path, body in attempts:
        r = await h.http.request(method, path, json=body, headers=manager)
        assert r.status_code == 403, (path, r.text)
        assert r.json()["code"] == "account_authority"
        assert "Gérer le planning" in r.json()["detail"]
    r = await h.http.post(f"/users/{company.admin_id}/deactivate", headers=manager)
    assert r.status_code == 403 and r.json()["code"] == "account_authority"
    got = await h.http.get(base, headers=h.auth(company.admin_token))
    assert got.json()["version"] == 1 and got.json()["active"] is True


async def test_a_reset_password_must_be_replaced_at_the_next_login(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    _, manager = await _manager(h, company)
    user = await h.add_user(company, permissions=["clients.write"])
    r = await h.http.put(f"/users/{user['id']}/password", headers=manager,
                         json={"new_password": STOLEN})  # fmt: skip
    assert r.status_code == 200, r.text

    login = await h.login(user["email"], STOLEN)
    assert login.status_code == 200 and login.json()["password_change_required"] is True
    restricted = h.auth(login.json()["access_token"])
    # The token opens nothing but the user's own password...
    for method, path in [("GET", "/users"), ("GET", f"/users/{user['id']}"), ("GET", "/tenant")]:
        r = await h.http.request(method, path, headers=restricted)
        assert r.status_code == 401, (path, r.text)
    r = await h.http.put(f"/users/{company.admin_id}/password", headers=restricted,
                         json={"new_password": "Autre-Chose-2024!"})  # fmt: skip
    assert r.status_code == 403
    # ... and a refresh gives the same restricted kind of token.
    refreshed = await h.http.post("/auth/token", json={
        "grant_type": "refresh_token", "refresh_token": login.json()["refresh_token"]})  # fmt: skip
    assert refreshed.json()["password_change_required"] is True

    mine = "Mon-Propre-Secret-77"
    r = await h.http.put(f"/users/{user['id']}/password", headers=restricted,
                         json={"current_password": STOLEN, "new_password": mine})  # fmt: skip
    assert r.status_code == 200, r.text
    again = await h.login(user["email"], mine)
    assert again.status_code == 200 and again.json()["password_change_required"] is False
    ok = await h.http.get("/users", headers=h.auth(again.json()["access_token"]))
    assert ok.status_code == 200


async def test_a_deactivated_managers_token_is_refused_at_once(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    manager_row, manager = await _manager(h, company)
    victim = await h.add_user(company)
    r = await h.http.post(f"/users/{manager_row['id']}/deactivate",
                          headers=h.auth(company.admin_token))  # fmt: skip
    assert r.status_code == 200
    # The manager's token has not expired; identity refuses it all the same.
    r = await h.http.post(f"/users/{victim['id']}/deactivate", headers=manager)
    assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json"
    # Every other route: within the revocation list's refresh interval (one second).
    await asyncio.sleep(1.1)
    r = await h.http.get(f"/users/{uuid.uuid4()}", headers=manager)
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"
