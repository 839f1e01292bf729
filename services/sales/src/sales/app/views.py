"""What the read side answers: rows of the lists, a client's balance, a document's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: UUID
    client_id: UUID
    number: str
    revision: int
    state: str
    valid_until: date
    total_excl_tax: Decimal
    total_incl_tax: Decimal
    version: int
    seq: int


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    id: UUID
    client_id: UUID
    quote_id: UUID | None
    number: str
    kind: str
    issued_on: date
    due_on: date
    total_incl_tax: Decimal
    outstanding: Decimal
    seq: int


@dataclass(frozen=True, slots=True)
class Balance:
    client_id: UUID
    invoiced: Decimal
    credited: Decimal
    paid: Decimal
    balance: Decimal
    overdue: Decimal
    retention_held: Decimal


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    event: str
    actor_id: UUID | None
    details: dict[str, Any]
