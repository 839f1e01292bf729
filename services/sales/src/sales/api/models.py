"""Request and response models of the sales API."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from ouvrage_events.catalog.sales import (
    InvoiceKind,
    InvoiceLine,
    QuoteSection,
    Totals,
    VatAttestation,
)
from pydantic import BaseModel, Field

from sales.app.retention import RetentionRelease
from sales.app.views import Balance, HistoryEntry, InvoiceRow, QuoteRow
from sales.domain.invoice import Invoice
from sales.domain.quote import Quote


class HistoryPublic(BaseModel):
    at: datetime
    event: str
    actor_id: UUID | None
    details: dict[str, object]

    @classmethod
    def of(cls, entry: HistoryEntry) -> HistoryPublic:
        return cls(at=entry.at, event=entry.event, actor_id=entry.actor_id, details=entry.details)


class QuotePublic(BaseModel):
    id: UUID
    client_id: UUID
    client_name: str
    number: str
    revision: int
    status: str
    drafted_on: date | None
    valid_until: date
    sections: list[QuoteSection]
    totals: Totals
    vat_attestation: VatAttestation | None
    notes: str
    signer_name: str
    accepted_on: date | None
    refusal_reason: str
    invoice_ids: list[UUID]
    cumulative_percents: dict[int, Decimal]
    final_invoiced: bool
    version: int
    history: list[HistoryPublic] = Field(default_factory=list)

    @classmethod
    def of(cls, q: Quote, today: date, history: list[HistoryEntry] | None = None) -> QuotePublic:
        assert q.client_id is not None
        return cls(
            id=q.id,
            client_id=q.client_id,
            client_name=q.client_name,
            number=q.number,
            revision=q.revision,
            status=q.status_on(today),
            drafted_on=q.drafted_on,
            valid_until=q.content.valid_until,
            sections=q.content.sections,
            totals=q.totals,
            vat_attestation=q.content.vat_attestation,
            notes=q.content.notes,
            signer_name=q.signer_name,
            accepted_on=q.accepted_on,
            refusal_reason=q.refusal_reason,
            invoice_ids=q.invoice_ids,
            cumulative_percents=q.cumulative_percents,
            final_invoiced=q.final_invoiced,
            version=q.version,
            history=[HistoryPublic.of(h) for h in history or []],
        )


class QuoteSummary(BaseModel):
    id: UUID
    client_id: UUID
    number: str
    revision: int
    status: str
    valid_until: date
    total_excl_tax: Decimal
    total_incl_tax: Decimal
    version: int

    @classmethod
    def of(cls, row: QuoteRow, today: date) -> QuoteSummary:
        expired = row.state == "sent" and today > row.valid_until
        return cls(
            id=row.id,
            client_id=row.client_id,
            number=row.number,
            revision=row.revision,
            status="expired" if expired else row.state,
            valid_until=row.valid_until,
            total_excl_tax=row.total_excl_tax,
            total_incl_tax=row.total_incl_tax,
            version=row.version,
        )


class RetentionReleasePublic(BaseModel):
    """When the retention may be released, from the acceptance of the works (planning):
    one year after an acceptance without reserves, or once the reserves are lifted."""

    accepted_on: date
    open_reserves: int
    releasable_on: date | None
    releasable: bool

    @classmethod
    def of(cls, release: RetentionRelease, today: date) -> RetentionReleasePublic:
        return cls(
            accepted_on=release.accepted_on,
            open_reserves=release.open_reserves,
            releasable_on=release.releasable_on,
            releasable=release.releasable(today),
        )


class InvoicePublic(BaseModel):
    id: UUID
    number: str
    kind: InvoiceKind
    client_id: UUID
    client_name: str
    quote_id: UUID | None
    quote_number: str
    issued_on: date
    due_on: date
    lines: list[InvoiceLine]
    totals: Totals
    retention: Decimal
    retention_released: bool
    net_payable: Decimal
    credited: Decimal
    paid: Decimal
    outstanding: Decimal
    overdue: bool
    credited_invoice_id: UUID | None
    credited_invoice_number: str
    reason: str
    version: int
    history: list[HistoryPublic] = Field(default_factory=list)
    retention_release: RetentionReleasePublic | None = None
    """Present when the invoice holds a retention and the works were accepted in planning."""

    @classmethod
    def of(
        cls, inv: Invoice, today: date, history: list[HistoryEntry] | None = None
    ) -> InvoicePublic:
        e = inv.content
        return cls(
            id=inv.id,
            number=e.number,
            kind=e.kind,
            client_id=e.client_id,
            client_name=e.client_name,
            quote_id=e.quote_id,
            quote_number=e.quote_number,
            issued_on=e.issued_on,
            due_on=e.due_on,
            lines=e.lines,
            totals=e.totals,
            retention=e.retention,
            retention_released=inv.retention_released,
            net_payable=e.net_payable,
            credited=inv.credited,
            paid=inv.paid,
            outstanding=inv.outstanding,
            overdue=inv.outstanding > 0 and today > e.due_on,
            credited_invoice_id=e.credited_invoice_id,
            credited_invoice_number=e.credited_invoice_number,
            reason=e.reason,
            version=inv.version,
            history=[HistoryPublic.of(h) for h in history or []],
        )


class InvoiceSummary(BaseModel):
    id: UUID
    client_id: UUID
    quote_id: UUID | None
    number: str
    kind: str
    issued_on: date
    due_on: date
    total_incl_tax: Decimal
    outstanding: Decimal
    overdue: bool

    @classmethod
    def of(cls, row: InvoiceRow, today: date) -> InvoiceSummary:
        return cls(
            id=row.id,
            client_id=row.client_id,
            quote_id=row.quote_id,
            number=row.number,
            kind=row.kind,
            issued_on=row.issued_on,
            due_on=row.due_on,
            total_incl_tax=row.total_incl_tax,
            outstanding=row.outstanding,
            overdue=row.outstanding > 0 and today > row.due_on,
        )


class BalancePublic(BaseModel):
    """The client's balance (encours) and, independently, its commercial block."""

    client_id: UUID
    invoiced: Decimal
    credited: Decimal
    paid: Decimal
    balance: Decimal
    overdue: Decimal
    retention_held: Decimal
    commercial_block: str | None

    @classmethod
    def of(cls, b: Balance, block_reason: str | None) -> BalancePublic:
        return cls(
            client_id=b.client_id,
            invoiced=b.invoiced,
            credited=b.credited,
            paid=b.paid,
            balance=b.balance,
            overdue=b.overdue,
            retention_held=b.retention_held,
            commercial_block=block_reason,
        )
