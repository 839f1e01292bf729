"""Quotes and invoices sent by sales go to the CLIENT's address with their PDF: From the
company's address when its SPF authorises the platform, else the platform's with a Reply-To;
the email log shows them."""

from __future__ import annotations

import base64
import hashlib
import uuid
from collections.abc import AsyncIterator
from email import policy
from email.parser import BytesParser
from typing import Any
from uuid import UUID

import pytest_asyncio
from ouvrage_events.catalog.sales import InvoiceSent, QuoteSent
from ouvrage_testing.smtp import SmtpSink

PLATFORM = "_spf.ouvrage.example"


@pytest_asyncio.fixture(loop_scope="session", scope="module")
async def h(notifier_service: Any, smtp_sink: SmtpSink) -> AsyncIterator[Any]:
    async with notifier_service(smtp_host=smtp_sink.host, smtp_port=smtp_sink.port) as harness:
        yield harness


async def company_on(h: Any, domain: str) -> UUID:
    tenant_id: UUID = await h.company("Bâti Durand", sender=f"contact@{domain}")
    await h.wait_for(lambda: h.fetchval("SELECT 1 FROM tenants WHERE tenant_id = $1", tenant_id))
    return tenant_id


def pdf_fields(pdf: bytes) -> dict[str, str]:
    return {"pdf_base64": base64.b64encode(pdf).decode(), "sha256": hashlib.sha256(pdf).hexdigest()}


async def test_a_quote_goes_to_the_client_from_the_authorised_company_address(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    domain = f"durand-{uuid.uuid4().hex[:8]}.test"
    notifier_dns.zone.spf(domain, f"v=spf1 include:{PLATFORM} -all")
    tenant_id = await company_on(h, domain)
    client = f"client-{uuid.uuid4().hex[:6]}@example.org"
    pdf = b"%PDF-1.4\n% devis\n" + uuid.uuid4().bytes + b"\n%%EOF\n"
    event = QuoteSent(
        quote_id=uuid.uuid4(),
        client_id=uuid.uuid4(),
        number="D-2026-12",
        recipient_email=client,
        client_name="Dupont Jean",
        company_name="Bâti Durand",
        filename="devis-D-2026-12.pdf",
        **pdf_fields(pdf),
    )
    await h.publish(event, tenant_id=tenant_id, aggregate_id=event.quote_id)
    message = await smtp_sink.wait_for(lambda m: client in m.rcpt_to, timeout=30)
    assert message.subject == "Bâti Durand : devis n° D-2026-12"
    assert message.from_ == f"Bâti Durand <contact@{domain}>"
    assert message.reply_to is None
    parsed = BytesParser(policy=policy.default).parsebytes(await smtp_sink.raw(message.id))
    (part,) = list(parsed.iter_attachments())
    assert (part.get_filename(), part.get_content()) == ("devis-D-2026-12.pdf", pdf)

    admin = h.auth(uuid.uuid4(), tenant_id, ("settings.manage",))
    log = (await h.client.get("/emails", headers=admin)).json()["items"]
    assert [(e["template"], e["to_address"]) for e in log] == [("sales_document", client)]


async def test_an_invoice_goes_through_the_platform_when_the_domain_does_not_authorise_it(
    h: Any, smtp_sink: SmtpSink, notifier_dns: Any
) -> None:
    domain = f"masociete-{uuid.uuid4().hex[:8]}.test"
    notifier_dns.zone.spf(domain, "v=spf1 mx ~all")
    tenant_id = await company_on(h, domain)
    client = f"client-{uuid.uuid4().hex[:6]}@example.org"
    pdf = b"%PDF-1.4\n% facture\n" + uuid.uuid4().bytes + b"\n%%EOF\n"
    event = InvoiceSent(
        invoice_id=uuid.uuid4(),
        client_id=uuid.uuid4(),
        number="F-2026-3",
        kind="deposit",
        recipient_email=client,
        company_name="Bâti Durand",
        filename="facture-F-2026-3.pdf",
        **pdf_fields(pdf),
    )
    await h.publish(event, tenant_id=tenant_id, aggregate_id=event.invoice_id)
    message = await smtp_sink.wait_for(lambda m: client in m.rcpt_to, timeout=30)
    assert message.subject == "Bâti Durand : facture d'acompte n° F-2026-3"
    assert message.from_ == "Bâti Durand via Ouvrage <notifications@ouvrage.example>"
    assert message.reply_to == f"contact@{domain}"
    assert [a.filename for a in message.attachments] == ["facture-F-2026-3.pdf"]


async def test_an_overdue_invoice_alerts_the_client_owner(h: Any) -> None:
    from datetime import date
    from decimal import Decimal

    from ouvrage_events.catalog.clients import ClientRegistered, Contact
    from ouvrage_events.catalog.sales import InvoiceOverdue

    tenant_id = await h.company("Bâti Durand")
    owner = await h.user(tenant_id, "Anne")
    client_id = uuid.uuid4()
    registered = ClientRegistered(
        client_id=client_id, contact=Contact(last_name="Roux"), display_name="Roux", owner_id=owner
    )
    await h.publish(registered, tenant_id=tenant_id, aggregate_id=client_id)
    overdue = InvoiceOverdue(
        invoice_id=uuid.uuid4(),
        client_id=client_id,
        client_name="Roux",
        number="F-2026-7",
        due_on=date(2026, 12, 30),
        outstanding=Decimal("1045.5"),
    )
    await h.publish(overdue, tenant_id=tenant_id, aggregate_id=overdue.invoice_id)
    (alert,) = await h.wait_alerts(owner, tenant_id)
    assert alert["title"] == "Facture en retard : F-2026-7"
    assert alert["body"] == "Roux – reste dû 1045,50 €, échue le 30/12/2026"
