"""Logging in, refreshing, revoking, lockout, password changes and deactivation over HTTP."""

from __future__ import annotations

import time
import uuid
from typing import TYPE_CHECKING, Any

import jwt
from argon2 import PasswordHasher
from ouvrage_platform.permissions import PERMISSIONS

if TYPE_CHECKING:
    from conftest import IdentityHarness

INVALID = {"code": "invalid_credentials", "detail": "Identifiants invalides.", "status": 401}


def claims(token: str) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return decoded


def problem_core(body: dict[str, Any]) -> dict[str, Any]:
    return {k: body[k] for k in ("code", "detail", "status")}


async def test_login_gives_an_rs256_token_with_the_contract_claims(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    r = await h.login(company.admin_email.upper(), h.admin_password)
    assert r.status_code == 200, r.text
    assert r.headers["cache-control"] == "no-store"
    body = r.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 900
    header = jwt.get_unverified_header(body["access_token"])
    assert header["alg"] == "RS256"
    jwks = (await h.http.get("/.well-known/jwks.json")).json()
    assert header["kid"] in {k["kid"] for k in jwks["keys"]}
    c = claims(body["access_token"])
    assert c["sub"] == str(company.admin_id) and c["tid"] == str(company.tenant_id)
    assert set(c["perms"]) == PERMISSIONS  # an administrator holds all
    assert "ouvrage-clients" in c["aud"] and "ouvrage-identity" in c["aud"]
    # iat to the millisecond (revocation compares it with event times), exp whole seconds
    assert c["exp"] - int(c["iat"]) == 900 and abs(c["iat"] - time.time()) < 120
    assert body["refresh_token"] and body["refresh_token"] != body["access_token"]


async def test_unknown_email_wrong_password_and_malformed_email_answer_the_same(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    answers = [
        await h.login(f"inconnu.{uuid.uuid4().hex}@example.fr", h.admin_password),
        await h.login(company.admin_email, "Mauvais-Mot-2024!"),
        await h.login("pas un email", "x"),
    ]
    for r in answers:
        assert r.status_code == 401
        assert problem_core(r.json()) == INVALID
    assert answers[0].json().keys() == answers[1].json().keys()


async def test_five_failures_lock_the_account_even_for_the_right_password(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    for _ in range(4):
        assert (await h.login(company.admin_email, "Mauvais-Mot-2024!")).status_code == 401
    assert (await h.login(company.admin_email, h.admin_password)).status_code == 200  # resets
    for _ in range(5):
        assert (await h.login(company.admin_email, "Mauvais-Mot-2024!")).status_code == 401
    locked = await h.login(company.admin_email, h.admin_password)
    assert locked.status_code == 401 and problem_core(locked.json()) == INVALID
    row = await h.identity.pool.fetchrow(
        "SELECT locked_until - now() AS left FROM credentials WHERE user_id = $1",
        company.admin_id,
    )
    assert 14 * 60 < row["left"].total_seconds() <= 15 * 60
    # Once the lock has passed (moved into the past here), the right password works again.
    await h.identity.pool.execute(
        "UPDATE credentials SET locked_until = now() - interval '1 second' WHERE user_id = $1",
        company.admin_id,
    )
    assert (await h.login(company.admin_email, h.admin_password)).status_code == 200


async def test_refresh_rotates_and_a_replayed_refresh_token_ends_the_session(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    first = (await h.login(company.admin_email, h.admin_password)).json()
    r = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                               "refresh_token": first["refresh_token"]})  # fmt: skip
    assert r.status_code == 200, r.text
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert claims(second["access_token"])["sub"] == str(company.admin_id)
    replay = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                                    "refresh_token": first["refresh_token"]})  # fmt: skip
    assert replay.status_code == 401 and replay.json()["code"] == "invalid_refresh_token"
    # The replay revoked the whole family, the legitimate newest token included.
    after = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                                   "refresh_token": second["refresh_token"]})  # fmt: skip
    assert after.status_code == 401


async def test_revoke_ends_a_session(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    tokens = (await h.login(company.admin_email, h.admin_password)).json()
    r = await h.http.post("/auth/revoke", json={"refresh_token": tokens["refresh_token"]})
    assert r.status_code == 204
    assert (await h.http.post("/auth/revoke", json={"refresh_token": "inconnu"})).status_code == 204
    refused = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                                     "refresh_token": tokens["refresh_token"]})  # fmt: skip
    assert refused.status_code == 401


async def test_a_token_request_without_its_fields_is_a_422_problem(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    r = await h.http.post("/auth/token", json={"email": "a@b.fr"})
    assert r.status_code == 422 and r.json()["code"] == "validation_error"
    r = await h.http.post("/auth/token", json={"grant_type": "refresh_token"})
    assert r.status_code == 422


async def test_own_password_change_needs_the_current_one_and_revokes_sessions(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Ancien-Mot-2024!")
    tokens = (await h.login(user["email"], "Ancien-Mot-2024!")).json()
    me = h.auth(tokens["access_token"])
    url = f"/users/{user['id']}/password"
    r = await h.http.put(url, headers=me, json={"new_password": "Nouveau-Mot-2024!"})
    assert r.status_code == 422 and r.json()["code"] == "current_password_required"
    r = await h.http.put(url, headers=me, json={"current_password": "Faux-Mot-2024!",
                                                "new_password": "Nouveau-Mot-2024!"})  # fmt: skip
    assert r.status_code == 403 and r.json()["code"] == "current_password_incorrect"
    r = await h.http.put(url, headers=me, json={"current_password": "Ancien-Mot-2024!",
                                                "new_password": "Ancien-Mot-2024!"})  # fmt: skip
    assert r.status_code == 422 and r.json()["failed_rules"] == ["not_current"]
    r = await h.http.put(url, headers=me, json={"current_password": "Ancien-Mot-2024!",
                                                "new_password": "Nouveau-Mot-2024!"})  # fmt: skip
    assert r.status_code == 200, r.text
    assert (await h.login(user["email"], "Ancien-Mot-2024!")).status_code == 401
    assert (await h.login(user["email"], "Nouveau-Mot-2024!")).status_code == 200
    refresh = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                                     "refresh_token": tokens["refresh_token"]})  # fmt: skip
    assert refresh.status_code == 401


async def test_an_administrator_changes_another_password_without_the_current_one(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Oublié-Mot-2024!")
    url = f"/users/{user['id']}/password"
    local = user["email"].split("@")[0]
    weak = await h.http.put(url, headers=h.auth(company.admin_token),
                            json={"new_password": f"X1!{local.upper()}"})  # fmt: skip
    assert weak.status_code == 422 and "not_email" in weak.json()["failed_rules"]
    r = await h.http.put(url, headers={**h.auth(company.admin_token), "If-Match": '"1"'},
                         json={"new_password": "Réinitialisé-2024€"})  # fmt: skip
    assert r.status_code == 200, r.text
    assert (await h.login(user["email"], "Réinitialisé-2024€")).status_code == 200
    peer = await h.add_user(company, password="Collègue-Mot-2024")
    peer_token = await h.token(peer["email"], "Collègue-Mot-2024")
    r = await h.http.put(url, headers=h.auth(peer_token), json={"new_password": "Pirate-Mot-2024!"})
    assert r.status_code == 403


async def test_a_deactivated_user_cannot_log_in_and_loses_access_at_refresh(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Départ-Prévu-2024")
    tokens = (await h.login(user["email"], "Départ-Prévu-2024")).json()
    r = await h.http.post(f"/users/{user['id']}/deactivate", headers=h.auth(company.admin_token))
    assert r.status_code == 200 and r.json()["active"] is False
    login = await h.login(user["email"], "Départ-Prévu-2024")
    assert login.status_code == 401 and problem_core(login.json()) == INVALID
    refresh = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                                     "refresh_token": tokens["refresh_token"]})  # fmt: skip
    assert refresh.status_code == 401
    again = await h.http.post(f"/users/{user['id']}/deactivate",
                              headers=h.auth(company.admin_token))  # fmt: skip
    assert again.status_code == 200  # already done: nothing more recorded
    count = await h.identity.pool.fetchval(
        "SELECT count(*) FROM es_events WHERE stream_id = $1 AND event_type LIKE '%Deactivated'",
        uuid.UUID(user["id"]),
    )
    assert count == 1


async def test_new_permissions_show_in_the_token_after_a_refresh(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Droits-Changent-24", permissions=["clients.write"])
    tokens = (await h.login(user["email"], "Droits-Changent-24")).json()
    assert claims(tokens["access_token"])["perms"] == ["clients.write"]
    await h.http.put(f"/users/{user['id']}/permissions", headers=h.auth(company.admin_token),
                     json={"permissions": ["clients.block"]})  # fmt: skip
    r = await h.http.post("/auth/token", json={"grant_type": "refresh_token",
                                               "refresh_token": tokens["refresh_token"]})  # fmt: skip
    assert claims(r.json()["access_token"])["perms"] == ["clients.block"]


async def test_a_hash_made_with_older_parameters_is_upgraded_at_login(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1).hash(h.admin_password)
    await h.identity.pool.execute(
        "UPDATE credentials SET password_hash = $2 WHERE user_id = $1", company.admin_id, weak
    )
    assert (await h.login(company.admin_email, h.admin_password)).status_code == 200
    stored = await h.identity.pool.fetchval(
        "SELECT password_hash FROM credentials WHERE user_id = $1", company.admin_id
    )
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert (await h.login(company.admin_email, h.admin_password)).status_code == 200
