"""Read objects of acceptances and of the warranty a SAV ticket falls under."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from ouvrage_events.catalog.planning import Disorder, Guarantee
from pydantic import BaseModel


class ReservePublic(BaseModel):
    id: UUID
    text: str
    lifted_on: date | None


class GuaranteePublic(BaseModel):
    code: Guarantee
    label: str
    ends_on: date


class AcceptancePublic(BaseModel):
    """A worksite's acceptance: its clocks, reserves, and when the retention may be released."""

    worksite_id: UUID
    client_id: UUID
    accepted: bool
    accepted_on: date | None = None
    parfait_achevement_ends_on: date | None = None
    biennale_ends_on: date | None = None
    decennale_ends_on: date | None = None
    reserves: list[ReservePublic] = []
    open_reserves: int = 0
    retention_releasable_on: date | None = None
    version: int


class SavWarrantyPublic(BaseModel):
    """The guarantees covering a SAV ticket's disorder on the day it was reported (empty: none
    covers it any more, « hors garantie »)."""

    worksite_id: UUID
    disorder: Disorder | None
    disorder_label: str | None
    reported_on: date
    guarantees: list[GuaranteePublic]
    summary: str
