"""What a printed quote or invoice shows, assembled from the aggregates and the mentions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.sales import (
    Buyer,
    CompanyMentions,
    InvoiceIssued,
    QuoteSection,
    Totals,
    VatAttestation,
)

from sales.domain.invoice import Invoice
from sales.domain.quote import Quote
from sales.domain.standing import ClientStanding


@dataclass(frozen=True, slots=True)
class QuoteDocument:
    number: str
    revision: int
    drafted_on: date
    valid_until: date
    seller: CompanyMentions
    buyer: Buyer
    sections: list[QuoteSection]
    totals: Totals
    vat_attestation: VatAttestation | None = None
    notes: str = ""
    signer_name: str = ""
    accepted_on: date | None = None


@dataclass(frozen=True, slots=True)
class InvoiceDocument:
    content: InvoiceIssued
    seller: CompanyMentions
    buyer: Buyer
    paid: list[str] = field(default_factory=list)

    @property
    def number(self) -> str:
        return self.content.number


def buyer_of(client: ClientStanding) -> Buyer:
    street, postal_code, city = [*client.address, "", "", ""][:3]
    return Buyer(
        name=client.display_name or "Client",
        address=Address(street=street, postal_code=postal_code, city=city),
    )


def quote_document(
    quote: Quote, seller: CompanyMentions, client: ClientStanding, drafted_on: date
) -> QuoteDocument:
    return QuoteDocument(
        number=quote.number,
        revision=quote.revision,
        drafted_on=drafted_on,
        valid_until=quote.content.valid_until,
        seller=seller,
        buyer=buyer_of(client),
        sections=quote.content.sections,
        totals=quote.totals,
        vat_attestation=quote.content.vat_attestation,
        notes=quote.content.notes,
        signer_name=quote.signer_name,
        accepted_on=quote.accepted_on,
    )


def invoice_document(invoice: Invoice, seller: CompanyMentions, buyer: Buyer) -> InvoiceDocument:
    """The invoice as issued: the mentions and buyer it was issued with win over today's."""
    content = invoice.content
    return InvoiceDocument(content, content.seller or seller, content.buyer or buyer)
