"""A user's profile and preferences changed field by field over HTTP (FAQ « Outils –>
Paramètres –> Utilisateurs »: name, email, phone, the signature above the password), with the
authority rule of issue 13 and the personal fields sealed on the topic (issue 22)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conftest import IdentityHarness

SIGNATURE = "Paul Maçon\nChef de chantier\n06 12 34 56 78"


async def test_a_user_edits_their_profile_and_the_event_seals_it(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Profil&Signature-1")
    token = h.auth(await h.token(user["email"], "Profil&Signature-1"))

    r = await h.http.patch(
        f"/users/{user['id']}", headers={**token, "If-Match": '"1"'},
        json={"phone": "06 12 34 56 78", "email_signature": SIGNATURE},
    )  # fmt: skip

    assert r.status_code == 200, r.text
    assert r.headers["etag"] == '"2"'
    body = r.json()
    assert (body["phone"], body["email_signature"]) == ("06 12 34 56 78", SIGNATURE)
    assert (body["first_name"], body["email"]) == ("Paul", user["email"])  # untouched
    record = await h.reader.of_type("UserProfileChanged", uuid.UUID(user["id"]))
    sealed = h.payload(record)
    for field in ("email", "first_name", "last_name", "phone", "email_signature"):
        assert str(sealed[field]).startswith("pd1:"), field
    stale = await h.http.patch(f"/users/{user['id']}", headers={**token, "If-Match": '"1"'},
                               json={"phone": "01 02 03 04 05"})  # fmt: skip
    assert stale.status_code == 412
    bad = await h.http.patch(f"/users/{user['id']}", headers=token, json={"phone": "appelez-moi"})
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_phone"


async def test_an_administrator_changes_a_login_address(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Adresse&Change-2")
    taken = await h.add_user(company)
    admin = h.auth(company.admin_token)

    clash = await h.http.patch(f"/users/{user['id']}", headers=admin,
                               json={"email": taken["email"]})  # fmt: skip
    assert clash.status_code == 409 and clash.json()["code"] == "email_taken"
    new_email = f"Nouvelle.{uuid.uuid4().hex[:6]}@Example.fr"
    r = await h.http.patch(f"/users/{user['id']}", headers=admin,
                           json={"email": new_email, "last_name": "Plâtrier"})  # fmt: skip

    assert r.status_code == 200, r.text
    assert r.json()["email"] == new_email.lower() and r.json()["name"] == "Paul Plâtrier"
    assert (await h.login(new_email, "Adresse&Change-2")).status_code == 200
    assert (await h.login(user["email"], "Adresse&Change-2")).status_code == 401


async def test_acting_on_another_profile_needs_users_manage_and_their_permissions(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    worker = await h.add_user(company, password="Ouvrier&Simple-3")
    manager = await h.add_user(company, password="Gestion&Comptes-4", permissions=["users.manage"])
    accountant = await h.add_user(company, permissions=["sales.payment"])
    as_worker = h.auth(await h.token(worker["email"], "Ouvrier&Simple-3"))
    as_manager = h.auth(await h.token(manager["email"], "Gestion&Comptes-4"))

    other = await h.http.patch(f"/users/{manager['id']}", headers=as_worker, json={"phone": "01"})
    assert other.status_code == 403 and other.json()["code"] == "forbidden"
    stronger = await h.http.patch(f"/users/{accountant['id']}", headers=as_manager,
                                  json={"email": f"pirate.{uuid.uuid4().hex[:6]}@example.fr"})  # fmt: skip
    assert stronger.status_code == 403 and stronger.json()["code"] == "account_authority"
    weaker = await h.http.patch(f"/users/{worker['id']}", headers=as_manager,
                                json={"email_signature": "L'équipe"})  # fmt: skip
    assert weaker.status_code == 200 and weaker.json()["email_signature"] == "L'équipe"


async def test_toggling_the_sav_display_keeps_the_notification_channels(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, password="Préférences&Patch-5")
    token = h.auth(await h.token(user["email"], "Préférences&Patch-5"))
    url = f"/users/{user['id']}/preferences"
    channels = {"client_blocked": [], "action_shared": ["alert"]}
    put = await h.http.put(url, headers=token, json={"notification_channels": channels})
    assert put.status_code == 200, put.text

    r = await h.http.patch(url, headers=token, json={"show_archived_sav": True})
    assert r.status_code == 200, r.text
    assert r.json()["show_archived_sav"] is True
    assert r.json()["notification_channels"]["client_blocked"] == []
    assert r.json()["notification_channels"]["action_shared"] == ["alert"]
    one = await h.http.patch(url, headers=token,
                             json={"notification_channels": {"client_blocked": ["email"]}})  # fmt: skip
    kept = one.json()["notification_channels"]
    assert (kept["client_blocked"], kept["action_shared"]) == (["email"], ["alert"])
    security = await h.http.patch(url, headers=token,
                                  json={"notification_channels": {"security": []}})  # fmt: skip
    assert security.status_code == 422
