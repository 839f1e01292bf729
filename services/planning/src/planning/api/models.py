"""Request bodies (XCreate / XUpdate); answers are the app's XPublic read models."""

from __future__ import annotations

from uuid import UUID

from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import Disorder, InterventionState, SavKind
from ouvrage_platform.inputs import BoundedAwareDatetime, BoundedDate, MultiLine, SingleLine
from pydantic import BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AddressIn(_Body):
    street: SingleLine = Field("", max_length=200)
    postal_code: SingleLine = Field("", max_length=20)
    city: SingleLine = Field("", max_length=100)
    country: SingleLine = Field("FR", max_length=2)

    def to_address(self) -> Address:
        return Address(**self.model_dump())


class WorksiteCreate(_Body):
    client_id: UUID
    title: SingleLine = Field("", max_length=200)
    start_date: BoundedDate | None = None
    provisional: bool = False
    address: AddressIn | None = None
    notes: MultiLine = Field("", max_length=4000)


class StartDateUpdate(_Body):
    start_date: BoundedDate
    provisional: bool = False


class WorksiteTaskCreate(_Body):
    catalog_task_id: UUID


class InterventionCreate(_Body):
    starts_at: BoundedAwareDatetime
    ends_at: BoundedAwareDatetime
    operator_ids: list[UUID] = Field(default_factory=list, max_length=50)
    label: SingleLine = Field("", max_length=200)
    state: InterventionState | None = None


class InterventionUpdate(_Body):
    starts_at: BoundedAwareDatetime | None = None
    ends_at: BoundedAwareDatetime | None = None
    operator_ids: list[UUID] | None = Field(None, max_length=50)


class InterventionStateUpdate(_Body):
    state: InterventionState


class SheetSend(_Body):
    user_id: UUID


class CatalogTaskCreate(_Body):
    name: SingleLine = Field(min_length=1, max_length=100)


class SavCreate(_Body):
    title: SingleLine = Field(min_length=1, max_length=200)
    observations: MultiLine = Field("", max_length=4000)
    kind: SavKind = "sav"
    worksite_id: UUID | None = None
    """An accepted worksite: the ticket is classified by the guarantees covering it."""
    disorder: Disorder | None = None
    reported_on: BoundedDate | None = None
    """The day the disorder was reported (today by default)."""


class ObservationCreate(_Body):
    text: MultiLine = Field(min_length=1, max_length=4000)
