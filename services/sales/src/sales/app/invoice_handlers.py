"""Invoice commands through the one pipeline: issue (deposit, progress, final), credit note,
send, record a payment, release a retention."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal
from uuid import UUID

import ouvrage_events as es
import structlog
from ouvrage_events.catalog.sales import PaymentMeans

from sales.app.documents import InvoiceDocument, buyer_of, invoice_document
from sales.app.quote_handlers import SalesPorts, commercial, company
from sales.app.sending import invoice_sent
from sales.domain import billing
from sales.domain.errors import InvoiceNotFoundError, QuoteNotFoundError
from sales.domain.invoice import Invoice, Issue
from sales.domain.numbering import INVOICES, document_number
from sales.domain.quote import Quote
from sales.domain.standing import ClientStanding, known_client

log = structlog.get_logger(__name__)
Render = Callable[[Invoice], Any]


@dataclass(frozen=True, slots=True)
class IssueInvoice:
    """What to bill from an accepted quote."""

    invoice_id: UUID
    quote_id: UUID
    kind: Literal["deposit", "progress", "final"]
    percent: Decimal | None = None
    amount: Decimal | None = None
    percents: dict[int, Decimal] = field(default_factory=dict)
    retention: bool = False


def _bill(quote: Quote, cmd: IssueInvoice) -> billing.Bill:
    if cmd.kind == "deposit":
        return billing.deposit(quote, percent=cmd.percent, amount=cmd.amount)
    if cmd.kind == "progress":
        return billing.progress(quote, cmd.percents, retention=cmd.retention)
    return billing.final(quote, retention=cmd.retention)


async def _answer(invoice: Invoice) -> Invoice:
    return invoice


def _missing() -> Exception:
    return InvoiceNotFoundError()


class InvoiceHandlers:
    def __init__(self, ports: SalesPorts) -> None:
        self.ports = ports

    async def _issue(self, run: es.Command, client: ClientStanding, invoice_id: UUID) -> Issue:
        """The next ``F-<year>-<n>`` in this transaction, with the mentions of the day."""
        mentions = (await company(run)).ready()
        today = self.ports.today()
        n = await self.ports.numbering.next(run, INVOICES, today.year)
        return Issue(
            invoice_id=invoice_id,
            client_id=client.client_id,
            number=document_number(INVOICES, today.year, n),
            issued_on=today,
            payment_days=mentions.payment_days,
            client_name=client.display_name,
            seller=mentions,
            buyer=buyer_of(client),
        )

    async def issue(
        self,
        meta: es.Metadata,
        cmd: IssueInvoice,
        idem: es.Idempotency | None = None,
        render: Render | None = None,
    ) -> Invoice | es.Replay:
        """Issue a deposit, progress or final invoice of an accepted quote."""
        async with self.ports.pipeline.command(meta, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            quote = await run.load(Quote, cmd.quote_id, missing=lambda: QuoteNotFoundError())
            assert quote.client_id is not None
            client = await commercial(self.ports, run, quote.client_id)
            bill = _bill(quote, cmd)
            issue = await self._issue(run, client, cmd.invoice_id)
            issue = replace(issue, quote_id=quote.id, quote_number=quote.number)
            invoice = Invoice.issue(issue, bill)
            quote.record_invoiced(billing.invoiced(quote, invoice.id, issue.number, bill))
            run.add(invoice)
            await run.commit(read=lambda _conn: _answer(invoice), render=render)
        log.info("invoice.issued", invoice_id=str(invoice.id), kind=cmd.kind)
        return invoice

    async def credit_note(
        self,
        meta: es.Metadata,
        invoice_id: UUID,
        note_id: UUID,
        reason: str,
        amount: Decimal | None = None,
        vat_rate: Decimal | None = None,
        idem: es.Idempotency | None = None,
        render: Render | None = None,
    ) -> Invoice | es.Replay:
        """Issue a credit note against an invoice (allowed on a blocked client)."""
        async with self.ports.pipeline.command(meta, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            invoice = await run.load(Invoice, invoice_id, missing=_missing)
            standing = await self.ports.directory.standing(run.conn, invoice.content.client_id)
            client = known_client(standing, run.tenant_id)
            bill = invoice.credit_bill(amount, vat_rate)
            issue = await self._issue(run, client, note_id)
            note = Invoice.issue_credit_note(issue, invoice, bill, reason)
            run.add(note)
            await run.commit(read=lambda _conn: _answer(note), render=render)
        log.info("invoice.credit_note_issued", invoice_id=str(invoice_id), note_id=str(note_id))
        return note

    async def send(self, meta: es.Metadata, invoice_id: UUID) -> Invoice:
        """Email the Factur-X PDF to the client (through the notifier, by ``InvoiceSent``)."""
        async with self.ports.pipeline.command(meta) as run:
            invoice = await run.load(Invoice, invoice_id, missing=_missing)
            standing = await self.ports.directory.standing(run.conn, invoice.content.client_id)
            client = known_client(standing, run.tenant_id)
            mentions = (await company(run)).ready()
            invoice.record_sent(
                invoice_sent(self.ports.renderer, invoice, mentions, client, meta.actor_id)
            )
            await run.commit()
        log.info("invoice.sent", invoice_id=str(invoice_id))
        return invoice

    async def pay(
        self,
        meta: es.Metadata,
        invoice_id: UUID,
        payment_id: UUID,
        amount: Decimal,
        paid_on: date | None,
        means: PaymentMeans,
        idem: es.Idempotency | None = None,
        render: Render | None = None,
    ) -> Invoice | es.Replay:
        """Record a payment (allowed on a blocked client)."""
        async with self.ports.pipeline.command(meta, idempotency=idem) as run:
            if (replay := await run.replay()) is not None:
                return replay
            invoice = await run.load(Invoice, invoice_id, missing=_missing)
            when = paid_on or self.ports.today()
            invoice.record_payment(payment_id, amount, when, means)
            await run.commit(read=lambda _conn: _answer(invoice), render=render)
        log.info("invoice.payment_recorded", invoice_id=str(invoice_id))
        return invoice

    async def release_retention(
        self, meta: es.Metadata, invoice_id: UUID, expected: int | None
    ) -> Invoice:
        """The retention held on the invoice becomes payable."""
        async with self.ports.pipeline.command(meta) as run:
            invoice = await run.load(
                Invoice, invoice_id, expected_version=expected, missing=_missing
            )
            invoice.release_retention(self.ports.today())
            await run.commit()
        return invoice

    async def document(self, meta: es.Metadata, invoice_id: UUID) -> InvoiceDocument:
        """What the invoice's PDF shows: as issued (its mentions and buyer of the day)."""
        async with self.ports.pipeline.command(meta) as run:
            invoice = await run.load(Invoice, invoice_id, missing=_missing)
            standing = await self.ports.directory.standing(run.conn, invoice.content.client_id)
            client = known_client(standing, run.tenant_id)
            mentions = (await company(run)).ready()
        return invoice_document(invoice, mentions, buyer_of(client))

    async def load(self, meta: es.Metadata, invoice_id: UUID) -> Invoice:
        async with self.ports.pipeline.command(meta) as run:
            return await run.load(Invoice, invoice_id, missing=_missing)
