"""The invoice aggregate (facture or avoir): issued once with its number, then never changed;
what happens to it afterwards (sent, credited, paid, overdue, retention released) is recorded
beside its content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.sales import (
    Buyer,
    CompanyMentions,
    InvoiceCredited,
    InvoiceIssued,
    InvoiceLine,
    InvoiceOverdue,
    InvoiceSent,
    PaymentMeans,
    PaymentRecorded,
    RetentionReleased,
)

from sales.domain.billing import Bill
from sales.domain.errors import InvalidInvoiceError, InvalidPaymentError, InvoiceStateError
from sales.domain.money import VAT_RATES, cents, totals_of

ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class Issue:
    """Who is billed, under which number and when (the app fills it; the bill is pure)."""

    invoice_id: UUID
    client_id: UUID
    number: str
    issued_on: date
    payment_days: int
    client_name: str = ""
    quote_id: UUID | None = None
    quote_number: str = ""
    seller: CompanyMentions | None = None
    buyer: Buyer | None = None


def _ensure_vat_number(issue: Issue, bill: Bill) -> None:
    """An invoice charging VAT names the seller's VAT number (CGI art. 242 nonies A; EN 16931
    BR-S-02)."""
    charges_vat = any(line.vat_rate > 0 for line in bill.lines)
    if charges_vat and issue.seller is not None and not issue.seller.vat_number:
        raise InvalidInvoiceError(
            "Une facture avec TVA doit porter le numéro de TVA intracommunautaire de "
            "l'entreprise : renseignez-le dans les paramètres."
        )


class Invoice(es.Aggregate):
    stream_type = "invoice"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.issued: InvoiceIssued | None = None
        self.credited = ZERO
        self.paid = ZERO
        self.retention_released = False
        self.overdue_recorded = False
        self.sent_count = 0

    @property
    def content(self) -> InvoiceIssued:
        assert self.issued is not None, "an invoice exists once issued"
        return self.issued

    @property
    def is_credit_note(self) -> bool:
        return self.content.kind == "credit_note"

    @property
    def payable(self) -> Decimal:
        """What the client owes on it in all: net to pay, plus the retention once released."""
        released = self.content.retention if self.retention_released else ZERO
        return self.content.net_payable + released

    @property
    def outstanding(self) -> Decimal:
        """What is still to be paid (zero for a credit note: it lowers its invoice's)."""
        if self.is_credit_note:
            return ZERO
        return max(self.payable - self.credited - self.paid, ZERO)

    @classmethod
    def issue(cls, issue: Issue, bill: Bill) -> Invoice:
        """Issue an invoice of a quote with its number (the number's gaplessness is the app's)."""
        _ensure_vat_number(issue, bill)
        invoice = cls(issue.invoice_id)
        invoice.record(
            InvoiceIssued(
                invoice_id=issue.invoice_id,
                client_id=issue.client_id,
                client_name=issue.client_name,
                quote_id=issue.quote_id,
                quote_number=issue.quote_number,
                number=issue.number,
                kind=bill.kind,
                issued_on=issue.issued_on,
                due_on=issue.issued_on + timedelta(days=issue.payment_days),
                lines=bill.lines,
                totals=bill.totals,
                retention=bill.retention,
                net_payable=bill.net_payable,
                seller=issue.seller,
                buyer=issue.buyer,
            )
        )
        return invoice

    def credit_bill(self, amount: Decimal | None, vat_rate: Decimal | None) -> Bill:
        """A credit note's content: the whole invoice (no amount), or ``amount`` excl. tax at
        ``vat_rate``; never more than is left to credit."""
        if self.is_credit_note:
            raise InvoiceStateError("Un avoir ne s'annule pas par un autre avoir.")
        if amount is None:
            lines = self.content.lines
        else:
            rate = vat_rate if vat_rate is not None else self.content.lines[0].vat_rate
            if rate.normalize() not in {r.normalize() for r in VAT_RATES} or amount <= 0:
                raise InvalidInvoiceError("Indiquez un montant HT positif et un taux de TVA.")
            designation = f"Avoir sur la facture {self.content.number}"
            lines = [
                InvoiceLine(
                    designation=designation,
                    unit_price=cents(amount),
                    vat_rate=rate,
                    amount=cents(amount),
                )
            ]
        totals = totals_of((line.amount, line.vat_rate) for line in lines)
        if totals.incl_tax <= 0 or totals.incl_tax > self.content.totals.incl_tax - self.credited:
            raise InvalidInvoiceError("L'avoir dépasse ce qui reste à créditer sur la facture.")
        return Bill("credit_note", list(lines), totals)

    @classmethod
    def issue_credit_note(cls, issue: Issue, credited: Invoice, bill: Bill, reason: str) -> Invoice:
        _ensure_vat_number(issue, bill)
        note = cls(issue.invoice_id)
        note.record(
            InvoiceIssued(
                invoice_id=issue.invoice_id,
                client_id=issue.client_id,
                client_name=issue.client_name,
                quote_id=credited.content.quote_id,
                quote_number=credited.content.quote_number,
                number=issue.number,
                kind="credit_note",
                issued_on=issue.issued_on,
                due_on=issue.issued_on,
                lines=bill.lines,
                totals=bill.totals,
                net_payable=bill.totals.incl_tax,
                credited_invoice_id=credited.id,
                credited_invoice_number=credited.content.number,
                reason=" ".join(reason.split())[:500],
                seller=issue.seller,
                buyer=issue.buyer,
            )
        )
        credited.record(
            InvoiceCredited(
                invoice_id=credited.id,
                credit_note_id=note.id,
                credit_note_number=issue.number,
                amount=bill.totals.incl_tax,
            )
        )
        return note

    def record_sent(self, sent: InvoiceSent) -> None:
        self.record(sent)

    def record_payment(
        self, payment_id: UUID, amount: Decimal, paid_on: date, means: PaymentMeans
    ) -> None:
        """A payment of at most what is outstanding, not before the invoice's date."""
        if self.is_credit_note:
            raise InvalidPaymentError("Un avoir ne se paie pas.")
        if amount <= 0 or amount != cents(amount):
            raise InvalidPaymentError("Le montant du paiement doit être positif, au centime.")
        if amount > self.outstanding:
            raise InvalidPaymentError("Le paiement dépasse le reste à payer de la facture.")
        if paid_on < self.content.issued_on:
            raise InvalidPaymentError("Le paiement ne peut précéder la date de la facture.")
        self.record(
            PaymentRecorded(
                invoice_id=self.id,
                client_id=self.content.client_id,
                payment_id=payment_id,
                amount=amount,
                paid_on=paid_on,
                means=means,
            )
        )

    def release_retention(self, released_on: date) -> None:
        if self.content.retention <= 0 or self.retention_released:
            raise InvoiceStateError("Aucune retenue de garantie à libérer sur cette facture.")
        self.record(
            RetentionReleased(
                invoice_id=self.id,
                client_id=self.content.client_id,
                amount=self.content.retention,
                released_on=released_on,
            )
        )

    def mark_overdue(self, today: date) -> bool:
        """Record ``InvoiceOverdue`` once, when still unpaid after its due date."""
        if self.overdue_recorded or self.outstanding <= 0 or today <= self.content.due_on:
            return False
        self.record(
            InvoiceOverdue(
                invoice_id=self.id,
                client_id=self.content.client_id,
                client_name=self.content.client_name,
                number=self.content.number,
                due_on=self.content.due_on,
                outstanding=self.outstanding,
            )
        )
        return True

    def when_InvoiceIssued(self, e: InvoiceIssued) -> None:
        self.issued = e

    def when_InvoiceSent(self, e: InvoiceSent) -> None:
        self.sent_count += 1

    def when_InvoiceCredited(self, e: InvoiceCredited) -> None:
        self.credited += e.amount

    def when_PaymentRecorded(self, e: PaymentRecorded) -> None:
        self.paid += e.amount

    def when_RetentionReleased(self, e: RetentionReleased) -> None:
        self.retention_released = True

    def when_InvoiceOverdue(self, e: InvoiceOverdue) -> None:
        self.overdue_recorded = True
