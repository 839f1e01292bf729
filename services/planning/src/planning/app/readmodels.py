"""What the planning answers with (the API's XPublic models)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from uuid import UUID

from ouvrage_events.catalog.planning import InterventionState, SavKind
from pydantic import BaseModel

from planning.app.warranty_readmodels import SavWarrantyPublic
from planning.domain.dots import Colour


class AddressPublic(BaseModel):
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"


class OperatorPublic(BaseModel):
    id: UUID
    name: str | None


class DotPublic(BaseModel):
    """The intervention's dot: its state, colour name and French label."""

    state: InterventionState
    colour: Colour
    label: str


class InterventionPublic(BaseModel):
    id: UUID
    worksite_id: UUID
    worksite_title: str
    label: str
    starts_at: datetime
    ends_at: datetime
    operators: list[OperatorPublic]
    state: InterventionState
    dot: DotPublic
    locked: bool
    version: int


class OverlapWarning(BaseModel):
    """An operator booked on two interventions at overlapping times."""

    code: Literal["operator_double_booked"] = "operator_double_booked"
    operator_id: UUID
    other_intervention_id: UUID
    message: str


class InterventionWritten(InterventionPublic):
    warnings: list[OverlapWarning]


class TaskPublic(BaseModel):
    id: UUID
    name: str
    catalog_task_id: UUID | None


class WorksitePublic(BaseModel):
    id: UUID
    client_id: UUID
    client_name: str
    title: str
    address: AddressPublic
    origin: str
    notes: str
    start_date: date | None
    provisional: bool
    closed: bool
    on_planning: bool
    tasks: list[TaskPublic]
    interventions: list[InterventionPublic]
    version: int


class PlanningPage(BaseModel):
    items: list[WorksitePublic]
    next_cursor: str | None = None


class AgendaEntry(InterventionPublic):
    client_name: str


class AgendaPublic(BaseModel):
    user_id: UUID
    name: str | None
    week: str
    first_day: date
    last_day: date
    timezone: str
    interventions: list[AgendaEntry]


class CatalogTaskPublic(BaseModel):
    id: UUID
    name: str
    seeded: bool


class CatalogPage(BaseModel):
    items: list[CatalogTaskPublic]
    next_cursor: str | None = None


class ObservationPublic(BaseModel):
    text: str
    author_id: UUID | None
    added_at: datetime


class SavPublic(BaseModel):
    id: UUID
    client_id: UUID
    client_name: str
    kind: SavKind
    title: str
    archived: bool
    opened_at: datetime
    observations: list[ObservationPublic]
    version: int
    warranty: SavWarrantyPublic | None = None
    """On an accepted worksite: the guarantees covering the disorder (see warranty_readmodels)."""


class SavPage(BaseModel):
    items: list[SavPublic]
    next_cursor: str | None = None


class HomeItem(BaseModel):
    """A SAV or service line of the home page; ``tooltip`` only if the user wants them."""

    id: UUID
    client_id: UUID
    client_name: str
    kind: SavKind
    title: str
    archived: bool
    opened_at: datetime
    tooltip: str | None
    warranty: SavWarrantyPublic | None = None


class HomePreferences(BaseModel):
    show_archived_sav: bool
    sav_observations_as_tooltips: bool


class HomePublic(BaseModel):
    preferences: HomePreferences
    items: list[HomeItem]
    next_cursor: str | None = None


class SheetSentPublic(BaseModel):
    worksite_id: UUID
    recipient_id: UUID
    filename: str
    sha256: str
    size_bytes: int
