"""Request bodies (XCreate / XUpdate); answers are the app's XPublic read models."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import InterventionState, SavKind
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AddressIn(_Body):
    street: str = Field("", max_length=200)
    postal_code: str = Field("", max_length=20)
    city: str = Field("", max_length=100)
    country: str = Field("FR", max_length=2)

    def to_address(self) -> Address:
        return Address(**self.model_dump())


class WorksiteCreate(_Body):
    client_id: UUID
    title: str = Field("", max_length=200)
    start_date: date | None = None
    provisional: bool = False
    address: AddressIn | None = None
    notes: str = Field("", max_length=4000)


class StartDateUpdate(_Body):
    start_date: date
    provisional: bool = False


class WorksiteTaskCreate(_Body):
    catalog_task_id: UUID


class InterventionCreate(_Body):
    starts_at: AwareDatetime
    ends_at: AwareDatetime
    operator_ids: list[UUID] = Field(default_factory=list, max_length=50)
    label: str = Field("", max_length=200)
    state: InterventionState | None = None


class InterventionUpdate(_Body):
    starts_at: AwareDatetime | None = None
    ends_at: AwareDatetime | None = None
    operator_ids: list[UUID] | None = Field(None, max_length=50)


class InterventionStateUpdate(_Body):
    state: InterventionState


class SheetSend(_Body):
    user_id: UUID


class CatalogTaskCreate(_Body):
    name: str = Field(min_length=1, max_length=100)


class SavCreate(_Body):
    title: str = Field(min_length=1, max_length=200)
    observations: str = Field("", max_length=4000)
    kind: SavKind = "sav"


class ObservationCreate(_Body):
    text: str = Field(min_length=1, max_length=4000)
