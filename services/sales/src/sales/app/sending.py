"""The ``QuoteSent`` / ``InvoiceSent`` events: the exact PDF sent travels inside them (base64 and
sha256, like planning's ``SiteSheetSent``), so the notifier needs nothing else and the history
keeps what was sent."""

from __future__ import annotations

import base64
import hashlib
import re
from uuid import UUID

from ouvrage_events.catalog.sales import CompanyMentions, InvoiceSent, QuoteSent

from sales.app.documents import InvoiceDocument, buyer_of, quote_document
from sales.app.ports import Renderer
from sales.domain.errors import InvalidInvoiceError, NoRecipientError
from sales.domain.invoice import Invoice
from sales.domain.quote import Quote
from sales.domain.standing import ClientStanding

MAX_PDF_BASE64 = 512 * 1024


def _encoded(pdf: bytes) -> tuple[str, str]:
    encoded = base64.b64encode(pdf).decode("ascii")
    if len(encoded) > MAX_PDF_BASE64:
        raise InvalidInvoiceError("Le document est trop volumineux pour être envoyé par e-mail.")
    return encoded, hashlib.sha256(pdf).hexdigest()


def _recipient(client: ClientStanding) -> str:
    if not client.email:
        raise NoRecipientError()
    return client.email


def filename(kind: str, number: str) -> str:
    return f"{kind}-{re.sub(r'[^A-Za-z0-9-]', '', number)}.pdf"


def quote_sent(
    renderer: Renderer,
    quote: Quote,
    mentions: CompanyMentions,
    client: ClientStanding,
    sent_by: UUID | None,
) -> QuoteSent:
    assert quote.client_id is not None and quote.drafted_on is not None
    recipient = _recipient(client)
    pdf = renderer.quote_pdf(quote_document(quote, mentions, client, quote.drafted_on))
    encoded, digest = _encoded(pdf)
    return QuoteSent(
        quote_id=quote.id,
        client_id=quote.client_id,
        number=quote.number,
        revision=quote.revision,
        recipient_email=recipient,
        client_name=client.display_name,
        company_name=mentions.name,
        company_email=mentions.email,
        sent_by=sent_by,
        filename=filename("devis", quote.number),
        pdf_base64=encoded,
        sha256=digest,
    )


def invoice_sent(
    renderer: Renderer,
    invoice: Invoice,
    mentions: CompanyMentions,
    client: ClientStanding,
    sent_by: UUID | None,
) -> InvoiceSent:
    content = invoice.content
    recipient = _recipient(client)
    seller = content.seller or mentions
    document = InvoiceDocument(content, seller, content.buyer or buyer_of(client))
    encoded, digest = _encoded(renderer.invoice_pdf(document))
    kind = "avoir" if invoice.is_credit_note else "facture"
    return InvoiceSent(
        invoice_id=invoice.id,
        client_id=content.client_id,
        number=content.number,
        kind=content.kind,
        recipient_email=recipient,
        client_name=client.display_name,
        company_name=seller.name,
        company_email=seller.email,
        sent_by=sent_by,
        filename=filename(kind, content.number),
        pdf_base64=encoded,
        sha256=digest,
    )
