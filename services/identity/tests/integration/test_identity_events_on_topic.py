"""Each identity command's event appears on the real Kafka topic, in CloudEvents binary form."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from aiokafka import ConsumerRecord
from ouvrage_events import privacy
from ouvrage_events.contract import cloudevents

if TYPE_CHECKING:
    from conftest import IdentityHarness


def header(record: ConsumerRecord[bytes, bytes], name: str) -> str | None:
    return next((v.decode() for k, v in record.headers if k == name), None)


def payload(record: ConsumerRecord[bytes, bytes]) -> dict[str, Any]:
    assert record.value is not None
    body: dict[str, Any] = json.loads(record.value)
    return body


def assert_cloudevent(
    record: ConsumerRecord[bytes, bytes], name: str, subject: uuid.UUID, tenant: uuid.UUID
) -> dict[str, Any]:
    """The CloudEvents 1.0 Kafka binding, binary mode; returns the payload."""
    assert header(record, "ce_specversion") == "1.0"
    assert header(record, "ce_type") == f"ouvrage.identity.{name}"
    assert header(record, "ce_source") == "/ouvrage/identity"
    assert header(record, "content-type") == "application/json"
    assert header(record, "ce_tenantid") == str(tenant)
    assert header(record, "ce_subject") == str(subject)
    assert record.key == str(subject).encode()
    uuid.UUID(header(record, "ce_id") or "")
    envelope = cloudevents.decode(record.value, record.headers)
    assert envelope.type == f"ouvrage.identity.{name}"
    assert envelope.sequence >= 1
    return payload(record)


async def test_cli_tenant_creation_publishes_tenant_and_admin_registered(
    identity_harness: IdentityHarness,
) -> None:
    done = identity_harness.cli(
        "create-tenant", "--name", "Martin Toitures", "--admin-email", "paul.martin@example.fr",
        "--first-name", "Paul", "--last-name", "Martin", "--sender-email", "devis@martin.fr",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    tenant, admin = uuid.UUID(out["tenant_id"]), uuid.UUID(out["admin_user_id"])
    record = await identity_harness.reader.of_type("TenantRegistered", tenant)
    assert assert_cloudevent(record, "TenantRegistered", tenant, tenant) == {
        "tenant_id": str(tenant), "name": "Martin Toitures", "timezone": "Europe/Paris",
        "sender_email": "devis@martin.fr",
    }  # fmt: skip
    record = await identity_harness.reader.of_type("UserRegistered", admin)
    body = assert_cloudevent(record, "UserRegistered", admin, tenant)
    assert body["is_admin"] is True
    # personal fields travel sealed (crypto-shredding); a consumer opens them
    assert "paul.martin@example.fr" not in record.value.decode()  # type: ignore[union-attr]
    opened = await privacy.open_envelope(cloudevents.decode(record.value, record.headers))
    assert opened.payload["email"] == "paul.martin@example.fr"
    assert out["one_time_password"] not in record.value.decode()  # type: ignore[union-attr]


async def test_user_commands_publish_their_events(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    user = await h.add_user(company, permissions=["clients.write"], is_operator=True)
    uid = uuid.UUID(user["id"])
    token = h.auth(company.admin_token)
    body = assert_cloudevent(
        await h.reader.of_type("UserRegistered", uid), "UserRegistered", uid, company.tenant_id
    )
    assert body["permissions"] == ["clients.write"] and body["is_operator"] is True
    record = await h.reader.of_type("UserRegistered", uid)
    assert header(record, "ce_actorid") == str(company.admin_id)

    r = await h.http.put(f"/users/{uid}/permissions", headers=token,
                         json={"permissions": ["clients.write", "planning.manage"]})  # fmt: skip
    assert r.status_code == 200, r.text
    body = assert_cloudevent(
        await h.reader.of_type("UserPermissionsChanged", uid), "UserPermissionsChanged", uid,
        company.tenant_id,
    )  # fmt: skip
    assert body == {"user_id": str(uid), "is_admin": False,
                    "permissions": ["clients.write", "planning.manage"]}  # fmt: skip

    r = await h.http.put(f"/users/{uid}/password", headers=token,
                         json={"new_password": "Nouveau-Chantier-77"})  # fmt: skip
    assert r.status_code == 200, r.text
    body = assert_cloudevent(
        await h.reader.of_type("PasswordChanged", uid), "PasswordChanged", uid, company.tenant_id
    )
    assert body == {"user_id": str(uid), "changed_by": str(company.admin_id),
                    "by_administrator": True}  # fmt: skip

    r = await h.http.put(f"/users/{uid}/preferences", headers=token,
                         json={"show_archived_sav": True, "sav_observations_as_tooltips": False,
                               "notification_channels": {"action_due": ["email"]}})  # fmt: skip
    assert r.status_code == 200, r.text
    body = assert_cloudevent(
        await h.reader.of_type("UserPreferencesChanged", uid), "UserPreferencesChanged", uid,
        company.tenant_id,
    )  # fmt: skip
    assert body == {"user_id": str(uid), "show_archived_sav": True,
                    "sav_observations_as_tooltips": False,
                    "notification_channels": {"action_due": ["email"]}}  # fmt: skip

    r = await h.http.post(f"/users/{uid}/deactivate", headers=token)
    assert r.status_code == 200, r.text
    body = assert_cloudevent(
        await h.reader.of_type("UserDeactivated", uid), "UserDeactivated", uid, company.tenant_id
    )
    assert body == {"user_id": str(uid)}


async def test_tenant_update_publishes_profile_and_sender_changes(
    identity_harness: IdentityHarness,
) -> None:
    h = identity_harness
    company = await h.company()
    r = await h.http.put("/tenant", headers=h.auth(company.admin_token),
                         json={"name": "Dupont & Fils", "timezone": "Europe/Brussels",
                               "sender_email": "Contact@Dupont.fr"})  # fmt: skip
    assert r.status_code == 200, r.text
    tid = company.tenant_id
    sender = await h.reader.of_type("TenantSenderChanged", tid)
    assert assert_cloudevent(sender, "TenantSenderChanged", tid, tid) == {
        "tenant_id": str(tid), "sender_email": "contact@dupont.fr"
    }  # fmt: skip
    profile = await h.reader.of_type("TenantProfileChanged", tid)
    assert assert_cloudevent(profile, "TenantProfileChanged", tid, tid) == {
        "tenant_id": str(tid), "name": "Dupont & Fils", "timezone": "Europe/Brussels"
    }  # fmt: skip


async def test_a_lockout_publishes_user_locked_out_once(identity_harness: IdentityHarness) -> None:
    h = identity_harness
    company = await h.company()
    for _ in range(7):
        r = await h.login(company.admin_email, "Mauvais-Mot-2024!")
        assert r.status_code == 401
    record = await h.reader.of_type("UserLockedOut", company.admin_id)
    body = assert_cloudevent(record, "UserLockedOut", company.admin_id, company.tenant_id)
    assert body["user_id"] == str(company.admin_id) and body["until"]
    # One more, correct this time, is refused and records nothing new.
    assert (await h.login(company.admin_email, h.admin_password)).status_code == 401
    await h.http.get("/health")
    assert h.reader.count("UserLockedOut", company.admin_id) == 1
    count = await h.identity.pool.fetchval(
        "SELECT count(*) FROM es_events WHERE stream_id = $1 AND event_type = $2",
        company.admin_id, "ouvrage.identity.UserLockedOut",
    )  # fmt: skip
    assert count == 1
