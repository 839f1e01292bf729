"""The deliverability loop on the real infrastructure: emails leave with their own return path
(VERP) through the shared SMTP sink; real DSNs (RFC 3464, built with the ``email`` package) are
sent back over real SMTP or LMTP to the notifier's bounce port."""

from __future__ import annotations

import base64
import hashlib
import smtplib
import uuid
from collections.abc import AsyncIterator
from typing import Any
from uuid import UUID

import pytest
import pytest_asyncio
from ouvrage_events.catalog.clients import ClientRegistered, Contact
from ouvrage_events.catalog.identity import PasswordChanged
from ouvrage_events.catalog.sales import QuoteSent
from ouvrage_testing.dsn import build_dsn, plain_email, send_dsn
from ouvrage_testing.smtp import SinkMessage, SmtpSink

BOUNCE_DOMAIN = "bounces.ouvrage.example"


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(
        smtp_host=smtp_sink.host,
        smtp_port=smtp_sink.port,
        bounce_port=0,
        bounce_retry_delay=0.2,
        bounce_soft_max=1,
    ) as harness:
        yield harness


def bounce_port(h: Any) -> int:
    port: int = h.running.bounces.port
    return port


async def quote_to_client(h: Any) -> tuple[UUID, UUID, UUID, str, SinkMessage]:
    """A company, an owner, a client record and a quote sent to the client's address."""
    tenant_id = await h.company("Bâti Durand")
    owner = await h.user(tenant_id, "Anne")
    client_id = uuid.uuid4()
    address = f"client-{uuid.uuid4().hex[:8]}@destinataire.example"
    registered = ClientRegistered(
        client_id=client_id,
        contact=Contact(last_name="Roux", emails=[address]),
        display_name="Roux",
        owner_id=owner,
    )
    await h.publish(registered, tenant_id=tenant_id, aggregate_id=client_id)
    await h.wait_for(lambda: h.fetchval("SELECT 1 FROM clients WHERE client_id = $1", client_id))
    pdf = b"%PDF-1.4\n% devis\n" + uuid.uuid4().bytes + b"\n%%EOF\n"
    quote = QuoteSent(
        quote_id=uuid.uuid4(),
        client_id=client_id,
        number="D-2026-40",
        recipient_email=address,
        client_name="Roux",
        company_name="Bâti Durand",
        filename="devis-D-2026-40.pdf",
        pdf_base64=base64.b64encode(pdf).decode(),
        sha256=hashlib.sha256(pdf).hexdigest(),
    )
    envelope = await h.publish(quote, tenant_id=tenant_id, aggregate_id=quote.quote_id)
    message = await h_sink(h).wait_for(lambda m: address in m.rcpt_to, timeout=30)
    return tenant_id, owner, client_id, str(envelope.event_id), message


def h_sink(h: Any) -> SmtpSink:
    sink: SmtpSink = h.sink
    return sink


@pytest.fixture(autouse=True)
def _sink_on_harness(h: Any, smtp_sink: SmtpSink) -> None:
    h.sink = smtp_sink


async def test_each_email_leaves_with_its_own_signed_return_path(h: Any) -> None:
    _tenant, _owner, _client, event_id, message = await quote_to_client(h)
    (row,) = await h.wait_outbox(UUID(event_id), "sent")
    local, _, domain = message.mail_from.partition("@")
    assert domain == BOUNCE_DOMAIN
    assert local.startswith(f"bounces+{row['email_id'].hex}")
    assert message.from_ == "Bâti Durand <notifications@ouvrage.example>"  # no company address


async def test_a_hard_bounce_over_smtp_records_email_bounced_once(h: Any) -> None:
    tenant_id, owner, client_id, event_id, message = await quote_to_client(h)
    (row,) = await h.wait_outbox(UUID(event_id), "sent")
    address = message.rcpt_to[0]
    dsn = build_dsn(recipient=address, original=await h_sink(h).raw(message.id))
    await send_dsn("127.0.0.1", bounce_port(h), message.mail_from, dsn)

    (bounced,) = await h.wait_notifier_event(
        "ouvrage.notifier.EmailBounced", lambda e: e.payload["email_id"] == str(row["email_id"])
    )
    assert bounced.tenant_id == tenant_id
    assert bounced.payload["recipient_kind"] == "client"
    assert bounced.payload["client_id"] == str(client_id)
    assert bounced.payload["owner_id"] == str(owner)
    assert bounced.payload["status"] == "5.1.1"
    assert bounced.payload["client_recipient"]["address"] == address
    assert "User unknown" in bounced.payload["client_recipient"]["diagnostic"]
    assert bounced.payload["user_recipient"] is None
    (logged,) = await h.wait_outbox(UUID(event_id), "bounced")
    assert logged["bounce_status"] == "5.1.1"
    assert logged["last_error"].startswith("Adresse non distribuable (5.1.1)")

    # On the wire the address is sealed under the client's key (issue 22).
    raw = [r for r in await h.read_relay_topic() if str(row["email_id"]).encode() in r.value]
    assert any(b'"client_recipient":"pd1:' in r.value for r in raw)
    assert not any(address.encode() in r.value for r in raw)

    # Mail servers retry: the same DSN again records nothing more.
    await send_dsn("127.0.0.1", bounce_port(h), message.mail_from, dsn)
    events = await h.notifier_events()
    again = [e for e in events if e.type.endswith("EmailBounced")]
    assert [e.payload["email_id"] for e in again].count(str(row["email_id"])) == 1


async def test_a_soft_bounce_is_retried_then_counts_as_undeliverable(h: Any) -> None:
    tenant_id = await h.company("Plomberie Martin")
    paul = await h.user(tenant_id, "Paul")
    address = await h.address(paul)
    changed = PasswordChanged(user_id=paul, changed_by=paul)
    envelope = await h.publish(changed, tenant_id=tenant_id, aggregate_id=paul)
    first = await h_sink(h).wait_for(lambda m: address in m.rcpt_to, timeout=30)
    full = build_dsn(
        recipient=address,
        action="delayed",
        status="4.2.2",
        diagnostic="smtp; 452 4.2.2 Mailbox full",
    )
    await send_dsn("127.0.0.1", bounce_port(h), first.mail_from, full)

    async def resent() -> list[SinkMessage]:
        found = [m for m in await h_sink(h).messages() if address in m.rcpt_to]
        return found if len(found) >= 2 else []

    second = (await h.wait_for(resent))[1]
    assert second.mail_from == first.mail_from  # the same email, the same return path
    (row,) = await h.wait_outbox(envelope.event_id, "sent")
    assert row["soft_bounces"] == 1 and row["bounce_status"] == "4.2.2"

    # Still full after the retries allowed (bounce_soft_max = 1): undeliverable, for the user.
    await send_dsn("127.0.0.1", bounce_port(h), second.mail_from, full)
    (bounced,) = await h.wait_notifier_event(
        "ouvrage.notifier.EmailBounced", lambda e: e.payload["email_id"] == str(row["email_id"])
    )
    assert bounced.payload["recipient_kind"] == "user"
    assert bounced.payload["user_id"] == str(paul)
    assert bounced.payload["after_retries"] is True
    assert bounced.payload["user_recipient"]["address"] == address


async def test_forged_and_unknown_return_paths_are_refused_and_the_server_keeps_going(
    h: Any,
) -> None:
    port = bounce_port(h)
    dsn = build_dsn(recipient="x@destinataire.example")
    genuine_looking = f"bounces+{uuid.uuid4().hex}{'0' * 20}@{BOUNCE_DOMAIN}"
    for rcpt in (genuine_looking, f"postmaster@{BOUNCE_DOMAIN}", "someone@elsewhere.example"):
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            await send_dsn("127.0.0.1", port, rcpt, dsn)
    # A signed path for an email that does not exist, and a message that is not a DSN:
    # accepted (no crash, no event).
    from notifier.domain.verp import ReturnPaths

    paths = ReturnPaths(h.settings.bounce_key(), BOUNCE_DOMAIN)
    ghost = uuid.uuid4()
    await send_dsn("127.0.0.1", port, paths.address(ghost), dsn)
    await send_dsn("127.0.0.1", port, paths.address(ghost), plain_email("x@destinataire.example"))
    assert h.running.healthy()
    events = await h.notifier_events()
    assert not [e for e in events if e.payload.get("email_id") == str(ghost)]


@pytest_asyncio.fixture(loop_scope="session")
async def lmtp(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(
        smtp_host=smtp_sink.host, smtp_port=smtp_sink.port, bounce_port=0, bounce_protocol="lmtp"
    ) as harness:
        harness.sink = smtp_sink
        yield harness


async def test_a_bounce_delivered_over_lmtp(lmtp: Any) -> None:
    _tenant, _owner, client_id, event_id, message = await quote_to_client(lmtp)
    (row,) = await lmtp.wait_outbox(UUID(event_id), "sent")
    dsn = build_dsn(
        recipient=message.rcpt_to[0], status="5.7.1", diagnostic="smtp; 550 5.7.1 Refusé"
    )
    await send_dsn("127.0.0.1", bounce_port(lmtp), message.mail_from, dsn, lmtp=True)
    (bounced,) = await lmtp.wait_notifier_event(
        "ouvrage.notifier.EmailBounced", lambda e: e.payload["email_id"] == str(row["email_id"])
    )
    assert (bounced.payload["client_id"], bounced.payload["status"]) == (str(client_id), "5.7.1")
