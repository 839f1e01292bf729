"""Email delivery against an SMTP server the test drives: transient failures retried, permanent
ones recorded with the server's reason, at most one email per (event, recipient, template)
across redeliveries and crashes, and the delivery log."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest_asyncio
from notifier.adapters.postgres_outbox import PostgresOutbox
from notifier.app.ports import OutboxEntry
from notifier.bootstrap import dedicated_connection
from ouvrage_events.catalog.actions import ActionAssigned
from ouvrage_events.catalog.planning import SiteSheetSent

ALERT_AT = datetime(2026, 3, 12, 8, 30, tzinfo=UTC)


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, scripted_smtp: Any) -> AsyncIterator[Any]:
    async with notifier_service(
        smtp_host="127.0.0.1",
        smtp_port=scripted_smtp.port,
        smtp_retry_attempts=3,
        send_max_attempts=3,
        send_retry_delay=0.1,
    ) as harness:
        yield harness


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def company(h: Any) -> UUID:
    tenant_id: UUID = await h.company("Plomberie Martin")  # no sender address: the platform's
    return tenant_id


def assigned(assignee: UUID, action_id: UUID | None = None) -> ActionAssigned:
    return ActionAssigned(
        action_id=action_id or uuid.uuid4(),
        assignee_id=assignee,
        client_id=uuid.uuid4(),
        client_name="Dupont Jean",
        type_name="A relancer",
        alert_at=ALERT_AT,
    )


async def send_to(h: Any, company: UUID, local_part: str) -> tuple[UUID, str, Any]:
    user = await h.user(company, "Paul", email=f"{local_part}-{uuid.uuid4().hex[:8]}@chantier.test")
    event = assigned(user)
    env = await h.publish(event, tenant_id=company, aggregate_id=event.action_id)
    return user, await h.address(user), env


def received_by(smtp: Any, address: str) -> list[Any]:
    return [e for e in smtp.received if address in e.rcpt_tos]


async def test_a_transient_failure_is_retried_until_accepted(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    _user, address, env = await send_to(h, company, "tempfail2")
    (row,) = await h.wait_outbox(env.event_id, "sent")
    assert scripted_smtp.attempts[address] == 3  # 451, 451, then 250
    assert len(received_by(scripted_smtp, address)) == 1
    assert row["from_address"] == "notifications@ouvrage.example"
    assert row["via_platform_sender"] is True


async def test_a_failure_that_stays_transient_ends_as_email_failed(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    _user, address, env = await send_to(h, company, "tempfail99")
    (row,) = await h.wait_outbox(env.event_id, "failed")
    assert row["attempts"] == 3
    assert scripted_smtp.attempts[address] == 9  # 3 tries per attempt, 3 attempts
    assert row["last_error"] == (
        "Échec après 3 tentatives : 451 4.7.1 Greylisted, please try again later"
    )
    (failed,) = await h.wait_notifier_event(
        "ouvrage.notifier.EmailFailed", lambda e: e.causation_id == env.event_id
    )
    assert failed.payload["reason"] == row["last_error"]


async def test_a_permanent_refusal_is_recorded_with_the_server_reason(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    user, address, env = await send_to(h, company, "reject")
    (row,) = await h.wait_outbox(env.event_id, "failed")
    assert scripted_smtp.attempts[address] == 1
    assert row["last_error"] == "550 5.1.1 Mailbox unavailable: recipient rejected"
    (failed,) = await h.wait_notifier_event(
        "ouvrage.notifier.EmailFailed", lambda e: e.causation_id == env.event_id
    )
    assert failed.payload == {
        "email_id": str(row["email_id"]),
        "recipient_id": str(user),
        "template": "action_assigned",
        "source_event_id": str(env.event_id),
        "reason": "550 5.1.1 Mailbox unavailable: recipient rejected",
    }


async def test_a_connection_lost_while_the_message_is_taken_is_not_sent_again(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    _user, address, env = await send_to(h, company, "drop")
    (row,) = await h.wait_outbox(env.event_id, "unconfirmed")
    assert scripted_smtp.attempts[address] == 1
    assert "il n'est pas renvoyé automatiquement" in row["last_error"]
    await h.wait_notifier_event(
        "ouvrage.notifier.EmailDeliveryUnconfirmed", lambda e: e.causation_id == env.event_id
    )


async def test_a_redelivered_event_sends_nothing_twice(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    paul = await h.user(company, "Paul")
    marker_user = await h.user(company, "Anne")
    action_id = uuid.uuid4()
    env = await h.publish(assigned(paul, action_id), tenant_id=company, aggregate_id=action_id)
    await h.wait_outbox(env.event_id, "sent")
    await h.republish(env)
    await h.republish(env)
    # Same stream, so same partition: once the marker is handled, so are the redeliveries.
    marker = await h.publish(
        assigned(marker_user, action_id), tenant_id=company, aggregate_id=action_id
    )
    await h.wait_outbox(marker.event_id, "sent")

    address = await h.address(paul)
    assert len(received_by(scripted_smtp, address)) == 1
    assert len(await h.outbox(env.event_id)) == 1
    assert len((await h.alerts(paul, company))["items"]) == 1
    sent = await h.wait_notifier_event(
        "ouvrage.notifier.EmailSent", lambda e: e.causation_id == env.event_id
    )
    assert len(sent) == 1


async def test_a_rebuild_of_the_notifications_reaction_raises_and_sends_nothing_again(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    from notifier.app.notification_reaction import notifications_reaction
    from ouvrage_events import UnitOfWorkFactory, registry
    from ouvrage_events.runtime.rebuild import rebuild_from_kafka

    paul = await h.user(company, "Paul")
    env = await h.publish(assigned(paul), tenant_id=company, aggregate_id=uuid.uuid4())
    await h.wait_outbox(env.event_id, "sent")
    emails_before = await h.fetchval("SELECT count(*) FROM email_outbox")
    alerts_before = await h.fetchval("SELECT count(*) FROM alerts")

    pool = h.running.pool
    projection = notifications_reaction(
        UnitOfWorkFactory(pool), PostgresOutbox(), "ouvrage.example"
    )
    applied = await rebuild_from_kafka(
        h.settings.database_url,
        projection,
        registry,
        bootstrap=h.bootstrap,
        topics=list(h.topics.values()),
        other_schemas=["proj_alerts", "proj_directory"],
    )
    assert applied > 0
    assert await h.fetchval("SELECT count(*) FROM email_outbox") == emails_before
    assert await h.fetchval("SELECT count(*) FROM alerts") == alerts_before
    assert len(received_by(scripted_smtp, await h.address(paul))) == 1


async def insert_in_flight(h: Any, company: UUID, recipient: UUID, status: str) -> UUID:
    """An outbox row as a worker that died would have left it (no lock holds it)."""
    email_id = uuid.uuid4()
    entry = OutboxEntry(
        email_id=email_id,
        tenant_id=company,
        source_event_id=uuid.uuid4(),
        source_type="ouvrage.actions.ActionAssigned",
        correlation_id=uuid.uuid4(),
        recipient_id=recipient,
        template="action_assigned",
        context={
            "type_name": "A relancer", "client_name": "Dupont", "when": "12/03/2026 à 09:30",
            "note": "", "actor_name": None, "first_name": "Paul", "company": "Plomberie Martin",
        },
        message_id=f"<{email_id}@ouvrage.example>",
    )  # fmt: skip
    async with h.running.pool.acquire() as conn, conn.transaction():
        await PostgresOutbox().enqueue(conn, entry)
        await conn.execute(
            "UPDATE email_outbox SET status = $2, attempts = 1 WHERE email_id = $1",
            email_id,
            status,
        )
    return email_id


async def test_recovery_marks_an_email_cut_during_transmission_unconfirmed(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    paul = await h.user(company, "Paul")
    email_id = await insert_in_flight(h, company, paul, "transmitting")
    conn = await dedicated_connection(h.settings)
    try:
        assert await h.running.workers.recover(conn) >= 1
    finally:
        await conn.close()
    status = await h.fetchval("SELECT status FROM email_outbox WHERE email_id = $1", email_id)
    assert status == "unconfirmed"
    await h.wait_notifier_event(
        "ouvrage.notifier.EmailDeliveryUnconfirmed",
        lambda e: e.payload["email_id"] == str(email_id),
    )
    assert received_by(scripted_smtp, await h.address(paul)) == []


async def test_recovery_retries_an_email_cut_before_transmission(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    paul = await h.user(company, "Paul")
    email_id = await insert_in_flight(h, company, paul, "sending")
    conn = await dedicated_connection(h.settings)
    try:
        await h.running.workers.recover(conn)
    finally:
        await conn.close()

    async def sent() -> bool:
        status = await h.fetchval("SELECT status FROM email_outbox WHERE email_id = $1", email_id)
        return bool(status == "sent")

    await h.wait_for(sent)
    (envelope,) = received_by(scripted_smtp, await h.address(paul))
    assert f"Message-ID: <{email_id}@ouvrage.example>" in envelope.content.decode()


async def test_recovery_leaves_alone_an_email_whose_worker_is_alive(h: Any, company: UUID) -> None:
    paul = await h.user(company, "Paul")
    email_id = await insert_in_flight(h, company, paul, "transmitting")
    worker = await dedicated_connection(h.settings)
    recoverer = await dedicated_connection(h.settings)
    try:
        outbox = PostgresOutbox()
        assert await outbox.try_lock(worker, email_id) is not None  # the live worker's lock
        await h.running.workers.recover(recoverer)
        status = await h.fetchval("SELECT status FROM email_outbox WHERE email_id = $1", email_id)
        assert status == "transmitting"
    finally:
        await worker.close()
        await recoverer.close()


async def test_a_corrupted_attachment_is_not_sent(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    chef = await h.user(company, "Chef")
    pdf = b"%PDF-1.4 fiche"
    event = SiteSheetSent(
        worksite_id=uuid.uuid4(),
        recipient_id=chef,
        client_name="Dupont",
        filename="fiche-chantier-dupont.pdf",
        pdf_base64=base64.b64encode(pdf + b"tronque").decode(),
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
    env = await h.publish(event, tenant_id=company, aggregate_id=event.worksite_id)
    (row,) = await h.wait_outbox(env.event_id, "failed")
    assert "SHA-256" in row["last_error"]
    assert received_by(scripted_smtp, await h.address(chef)) == []


async def test_the_delivery_log_is_paginated_confined_to_the_company_and_needs_permission(
    h: Any, company: UUID
) -> None:
    admin = uuid.uuid4()
    headers = h.auth(admin, company, ("settings.manage",))
    response = await h.client.get("/emails", params={"limit": 2}, headers=headers)
    assert response.status_code == 200
    first = response.json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    response = await h.client.get(
        "/emails", params={"limit": 2, "cursor": first["next_cursor"]}, headers=headers
    )
    second = response.json()
    assert {i["id"] for i in first["items"]}.isdisjoint({i["id"] for i in second["items"]})

    refused = await h.client.get("/emails", headers=h.auth(admin, company))
    assert refused.status_code == 403
    assert refused.json()["code"] == "forbidden"
    other = await h.client.get("/emails", headers=h.auth(admin, uuid.uuid4(), ("settings.manage",)))
    assert other.json()["items"] == []
    bad = await h.client.get("/emails", params={"cursor": "pas-un-curseur"}, headers=headers)
    assert bad.status_code == 400
    assert bad.json()["code"] == "invalid_cursor"
    assert bad.headers["content-type"].startswith("application/problem+json")


async def test_only_a_real_pdf_with_the_site_sheet_name_is_attached(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    """A forged SiteSheetSent (right digest, wrong bytes or name) sends nothing (issue 13)."""
    chef = await h.user(company, "Chef")
    forged = [
        ("fiche-chantier-dupont.pdf", b"MZ\x90\x00 an executable renamed"),
        ("facture.exe", b"%PDF-1.4 real pdf, wrong name"),
        ("fiche-chantier-dupont.pdf.exe", b"%PDF-1.4 double extension"),
        ("../../etc/fiche-chantier-x.pdf", b"%PDF-1.4 a path"),
    ]
    for filename, content in forged:
        event = SiteSheetSent(
            worksite_id=uuid.uuid4(), recipient_id=chef, client_name="Dupont",
            filename=filename, pdf_base64=base64.b64encode(content).decode(),
            sha256=hashlib.sha256(content).hexdigest(),
        )  # fmt: skip
        env = await h.publish(event, tenant_id=company, aggregate_id=event.worksite_id)
        (row,) = await h.wait_outbox(env.event_id, "failed")
        assert "fiche chantier PDF" in row["last_error"], filename
    assert received_by(scripted_smtp, await h.address(chef)) == []


async def test_a_refused_email_alerts_the_user_it_was_sent_for(
    h: Any, company: UUID, scripted_smtp: Any
) -> None:
    """An ``EmailFailed`` reaches whoever the email spoke for: here who assigned the action."""
    boss = await h.user(company, "Claire")
    paul = await h.user(company, "Paul", email=f"reject-{uuid.uuid4().hex[:8]}@chantier.test")
    event = assigned(paul)
    env = await h.publish(event, tenant_id=company, aggregate_id=event.action_id, actor_id=boss)
    (row,) = await h.wait_outbox(env.event_id, "failed")

    (alert,) = await h.wait_alerts(boss, company)
    assert alert["kind"] == "email_failed"
    assert alert["title"] == "Email non remis"
    assert alert["body"] == (
        "L'email envoyé en votre nom (l'action attribuée) a été refusé : "
        "550 5.1.1 Mailbox unavailable: recipient rejected"
    )
    assert alert["link"] == "/emails"
    assert row["on_behalf_of"] == boss
    assert [a["kind"] for a in (await h.alerts(paul, company))["items"]] == ["action_assigned"]
