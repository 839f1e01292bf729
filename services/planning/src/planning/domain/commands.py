"""Commands: what a user asks the planning to do (imperative names)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import Disorder, InterventionState, SavKind


@dataclass(frozen=True)
class OpenWorksite:
    client_id: UUID
    title: str = ""
    start_date: date | None = None
    provisional: bool = False
    address: Address | None = None
    notes: str = ""


@dataclass(frozen=True)
class ScheduleWorksite:
    start_date: date
    provisional: bool = False


@dataclass(frozen=True)
class AddTask:
    catalog_task_id: UUID


@dataclass(frozen=True)
class PlanIntervention:
    starts_at: datetime
    ends_at: datetime
    operator_ids: list[UUID] = field(default_factory=list)
    label: str = ""
    state: InterventionState | None = None


@dataclass(frozen=True)
class ChangeIntervention:
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    operator_ids: list[UUID] | None = None


@dataclass(frozen=True)
class ChangeState:
    state: InterventionState


@dataclass(frozen=True)
class SendSheet:
    recipient_id: UUID


@dataclass(frozen=True)
class AddCatalogTask:
    name: str


@dataclass(frozen=True)
class OpenSav:
    title: str
    observations: str = ""
    kind: SavKind = "sav"
    worksite_id: UUID | None = None
    disorder: Disorder | None = None
    reported_on: date | None = None


@dataclass(frozen=True)
class AddObservation:
    text: str


@dataclass(frozen=True)
class AcceptWorksite:
    accepted_on: date
    reserves: list[str] = field(default_factory=list)
    quote_id: UUID | None = None


@dataclass(frozen=True)
class LiftReserve:
    lifted_on: date | None = None
