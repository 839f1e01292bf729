"""What the queries answer with: plain read-side values, free of HTTP and SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from ouvrage_events.catalog.clients import Contact

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class UndeliverableEmail:
    """An address of a record that bounced (the notifier's ``EmailBounced``)."""

    address: str
    status: str
    diagnostic: str
    bounced_at: datetime


@dataclass(frozen=True, slots=True)
class ClientCard:
    """A record as the read model holds it (what GET /clients/{id} shows)."""

    id: UUID
    tenant_id: UUID
    version: int
    kind: str
    display_name: str
    contact: Contact
    owner_id: UUID | None
    status: str
    status_label: str
    block_reason: str | None
    blocked_at: datetime | None
    trashed: bool
    trashed_at: datetime | None
    duplicate_of: UUID | None
    created_at: datetime
    updated_at: datetime
    undeliverable_emails: tuple[UndeliverableEmail, ...] = ()
    """Its addresses that bounced; filled by ``ClientQueries.get`` only."""


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """Another record that probably is the same person, and why (name, phone, email)."""

    card: ClientCard
    reasons: list[str]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of a record's timeline: who did what, when, in French."""

    sequence: int
    event_type: str
    at: datetime
    actor_id: UUID | None
    label: str


@dataclass(frozen=True, slots=True)
class Slice(Generic[T]):
    """Some items of a list, and the position after the last one (None on the last page)."""

    items: list[T]
    after: dict[str, Any] | None
