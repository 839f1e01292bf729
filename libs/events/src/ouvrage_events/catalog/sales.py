"""Events of the sales service: quotes (devis), invoices (factures), credit notes, payments.

Amounts are decimals serialised as strings (« 1234.50 »), in euros, rounded to the cent.
The client's name, address, email, signature, notes and the PDFs sent to them are personal data
(``Personal``): sealed under the client's key (the quote's for a revision, which names no
client), so erasing the client erases them from the log.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from ouvrage_events.catalog.clients import Address
from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.contract.registry import event
from ouvrage_events.privacy.marks import Personal
from ouvrage_events.privacy.marks import client_name as _client_name

Unit = Literal["u", "m²", "ml", "m³", "h", "forfait"]
Money = Annotated[Decimal, Field(examples=["1234.50"])]
"""An amount, quantity, rate or percentage: a decimal, serialised as text (« 1234.50 »)."""
InvoiceKind = Literal["deposit", "progress", "final", "credit_note"]
PaymentMeans = Literal["virement", "cheque", "especes", "carte", "prelevement"]


# A revision names no client: its personal texts are sealed under the quote's key, which sales
# destroys when the quote's client is erased.
_QUOTE_PERSONAL = Personal("quote", subject="quote_id")
_QUOTE_PERSONAL_NONE = Personal("quote", subject="quote_id", erased=None)


class SalesEvent(DomainEvent):
    service: ClassVar[str] = "sales"


class QuoteLine(BaseModel):
    """One priced line of a quote: quantity × unit price excl. tax, less a discount (%)."""

    model_config = ConfigDict(frozen=True)

    designation: str
    quantity: Money
    unit: Unit = "u"
    unit_price: Money
    discount_percent: Money = Decimal("0")
    vat_rate: Money


class QuoteSection(BaseModel):
    """A heading and its lines (a subtotal is printed under it); an empty title means none."""

    model_config = ConfigDict(frozen=True)

    title: str = ""
    lines: list[QuoteLine] = Field(default_factory=list)


class VatAttestation(BaseModel):
    """The client's attestation that reduced VAT rates apply (renovation of a dwelling)."""

    model_config = ConfigDict(frozen=True)

    signed_on: date
    signed_by: str


class VatTotal(BaseModel):
    """The VAT of one rate: its base (sum of the lines excl. tax) and the tax, to the cent."""

    model_config = ConfigDict(frozen=True)

    rate: Money
    base: Money
    amount: Money


class Totals(BaseModel):
    model_config = ConfigDict(frozen=True)

    excl_tax: Money
    vat: list[VatTotal] = Field(default_factory=list)
    vat_total: Money
    incl_tax: Money


class InvoiceLine(BaseModel):
    """A line of an issued invoice (amount excl. tax already computed and rounded)."""

    model_config = ConfigDict(frozen=True)

    designation: str
    quantity: Money = Decimal("1")
    unit: Unit = "forfait"
    unit_price: Money
    vat_rate: Money
    amount: Money
    line_no: int | None = None
    cumulative_percent: Money | None = None


class CompanyMentions(BaseModel):
    """The seller's legal mentions, as printed (an issued invoice keeps the ones of its day)."""

    model_config = ConfigDict(frozen=True)

    name: str
    legal_form: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    email: str | None = None
    phone: str = ""
    siret: str = ""
    vat_number: str = ""
    insurer: str = ""
    insurance_policy: str = ""
    insurance_coverage: str = ""
    iban: str = ""
    payment_days: int = 30
    late_penalty_rate: str = ""


class Buyer(BaseModel):
    """The client as printed on an issued invoice."""

    model_config = ConfigDict(frozen=True)

    name: str
    address: Address = Field(default_factory=Address)


@event
class QuoteDrafted(SalesEvent):
    """A quote was written (draft); its number is the company's next ``D-<year>-<n>``."""

    quote_id: UUID
    client_id: UUID
    client_name: Annotated[str, _client_name()] = ""
    number: str
    revision: int = 1
    drafted_on: date | None = None
    sections: list[QuoteSection]
    valid_until: date
    vat_attestation: Annotated[VatAttestation | None, Personal("client", erased=None)] = None
    notes: Annotated[str, Personal("client")] = ""
    totals: Totals


@event
class QuoteRevised(SalesEvent):
    """The quote's content changed; a sent quote that is revised becomes a draft of a new
    revision (the sent revision stays in the history)."""

    quote_id: UUID
    revision: int
    sections: list[QuoteSection]
    valid_until: date
    vat_attestation: Annotated[VatAttestation | None, _QUOTE_PERSONAL_NONE] = None
    notes: Annotated[str, _QUOTE_PERSONAL] = ""
    totals: Totals


@event
class QuoteSent(SalesEvent):
    """A quote was emailed to the client; the event carries the exact PDF sent (base64, capped
    at 512 KiB) and what the notifier needs to send it (like planning's ``SiteSheetSent``)."""

    quote_id: UUID
    client_id: UUID
    number: str
    revision: int = 1
    recipient_email: Annotated[str, Personal("client")]
    client_name: Annotated[str, _client_name()] = ""
    company_name: str = ""
    company_email: str | None = None
    sent_by: UUID | None = None
    filename: str
    pdf_base64: Annotated[str, Personal("client")]
    sha256: str


@event
class QuoteAccepted(SalesEvent):
    """The client signed the quote « Bon pour accord » (name and date)."""

    quote_id: UUID
    client_id: UUID
    client_name: Annotated[str, _client_name()] = ""
    number: str
    revision: int = 1
    signer_name: Annotated[str, _client_name()]
    accepted_on: date
    total_excl_tax: Money


@event
class QuoteRefused(SalesEvent):
    """The client refused the quote."""

    quote_id: UUID
    client_id: UUID
    number: str
    reason: Annotated[str, Personal("client")] = ""


@event
class QuoteInvoiced(SalesEvent):
    """An invoice was issued from the quote: what it billed, so the next one bills the rest.

    ``cumulative_amounts`` are the progress amounts excl. tax per line number (situations);
    ``deposit_bases`` the deposit amounts excl. tax per VAT rate, ``deposit_deducted`` what the
    situations deducted of them so far, per VAT rate."""

    quote_id: UUID
    invoice_id: UUID
    kind: InvoiceKind
    number: str
    cumulative_percents: dict[int, Money] = Field(default_factory=dict)
    cumulative_amounts: dict[int, Money] = Field(default_factory=dict)
    deposit_bases: dict[str, Money] = Field(default_factory=dict)
    deposit_deducted: dict[str, Money] = Field(default_factory=dict)


@event
class InvoiceIssued(SalesEvent):
    """An invoice (or credit note) was issued with its ``F-<year>-<n>`` number; it never
    changes afterwards (corrections are credit notes)."""

    invoice_id: UUID
    client_id: UUID
    client_name: Annotated[str, _client_name()] = ""
    quote_id: UUID | None = None
    quote_number: str = ""
    number: str
    kind: InvoiceKind
    issued_on: date
    due_on: date
    lines: list[InvoiceLine]
    totals: Totals
    retention: Money = Decimal("0")
    net_payable: Money
    credited_invoice_id: UUID | None = None
    credited_invoice_number: str = ""
    reason: str = ""
    seller: CompanyMentions | None = None
    buyer: Annotated[Buyer | None, Personal("client", erased=None)] = None


@event
class InvoiceSent(SalesEvent):
    """An invoice was emailed to the client with its Factur-X PDF (base64, capped at 512 KiB)."""

    invoice_id: UUID
    client_id: UUID
    number: str
    kind: InvoiceKind
    recipient_email: Annotated[str, Personal("client")]
    client_name: Annotated[str, _client_name()] = ""
    company_name: str = ""
    company_email: str | None = None
    sent_by: UUID | None = None
    filename: str
    pdf_base64: Annotated[str, Personal("client")]
    sha256: str


@event
class InvoiceCredited(SalesEvent):
    """A credit note was issued against this invoice (its amount incl. tax)."""

    invoice_id: UUID
    credit_note_id: UUID
    credit_note_number: str
    amount: Money


@event
class PaymentRecorded(SalesEvent):
    """The client paid (part of) an invoice."""

    invoice_id: UUID
    client_id: UUID
    payment_id: UUID
    amount: Money
    paid_on: date
    means: PaymentMeans


@event
class RetentionReleased(SalesEvent):
    """The retention (retenue de garantie) held on an invoice became payable."""

    invoice_id: UUID
    client_id: UUID
    amount: Money
    released_on: date


@event
class InvoiceOverdue(SalesEvent):
    """An invoice was still not paid in full after its due date (recorded once)."""

    invoice_id: UUID
    client_id: UUID
    client_name: Annotated[str, _client_name()] = ""
    number: str
    due_on: date
    outstanding: Money


@event
class CompanyProfileChanged(SalesEvent):
    """The company's legal mentions printed on quotes and invoices changed."""

    mentions: CompanyMentions
