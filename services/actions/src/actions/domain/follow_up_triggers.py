"""What the follow-up engine reads in other services' events: the quote or invoice (or worksite)
a follow-up is about, who caused it, when its delay starts, and what cancels it.

Pure: given an event and the company's time zone, plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from uuid import UUID
from zoneinfo import ZoneInfo

from ouvrage_events import DomainEvent
from ouvrage_events.catalog.planning import WorksiteAccepted
from ouvrage_events.catalog.sales import (
    InvoiceIssued,
    PaymentRecorded,
    QuoteAccepted,
    QuoteRefused,
    QuoteSent,
)

DAY_STARTS_AT = time(9, 0)
"""A delay counted from a date (a due date, an acceptance) starts at 09:00, company time."""

TRIGGERS = (QuoteSent, InvoiceIssued, WorksiteAccepted)
CANCELLERS = (QuoteAccepted, QuoteRefused, PaymentRecorded)


@dataclass(frozen=True)
class Triggered:
    """One triggering event as the engine sees it."""

    trigger: str
    subject_id: UUID
    client_id: UUID
    actor_id: UUID | None
    starts_at: datetime
    amount_due: Decimal | None = None
    label: str = ""


@dataclass(frozen=True)
class Cancelling:
    """An event that may cancel the follow-ups of ``subject_id``."""

    event: str
    subject_id: UUID
    amount_paid: Decimal | None = None


def _morning(day: date, zone: str) -> datetime:
    return datetime.combine(day, DAY_STARTS_AT, tzinfo=ZoneInfo(zone))


def triggered(
    event: DomainEvent, at: datetime, actor_id: UUID | None, zone: str
) -> Triggered | None:
    """The follow-up start an event gives (``None``: it starts none, e.g. a credit note)."""
    if isinstance(event, QuoteSent):
        return Triggered("QuoteSent", event.quote_id, event.client_id,
                         event.sent_by or actor_id, at, label=f"Devis {event.number}")  # fmt: skip
    if isinstance(event, InvoiceIssued):
        if event.kind == "credit_note" or event.net_payable <= 0:
            return None
        return Triggered("InvoiceIssued", event.invoice_id, event.client_id, actor_id,
                         _morning(event.due_on, zone), event.net_payable,
                         label=f"Facture {event.number}")  # fmt: skip
    if isinstance(event, WorksiteAccepted):
        start = _morning(event.accepted_on, zone)
        return Triggered("WorksiteAccepted", event.worksite_id, event.client_id, actor_id,
                         start, label="Chantier réceptionné")  # fmt: skip
    return None


def cancelling(event: DomainEvent) -> Cancelling | None:
    if isinstance(event, QuoteAccepted | QuoteRefused):
        return Cancelling(type(event).__name__, event.quote_id)
    if isinstance(event, PaymentRecorded):
        return Cancelling("PaymentRecorded", event.invoice_id, event.amount)
    return None


def settles(amount_due: Decimal | None, amount_paid: Decimal | None) -> bool:
    """Whether what was paid so far settles what the invoice asked (a follow-up on a quote has
    no amount: its cancelling event cancels outright)."""
    if amount_due is None:
        return True
    return amount_paid is not None and amount_paid >= amount_due
