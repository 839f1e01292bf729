"""Events of the planning service: worksites, interventions, site sheets and SAV."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import BaseModel, Field

from ouvrage_events.catalog.clients import Address
from ouvrage_events.contract.base import DomainEvent
from ouvrage_events.contract.registry import event
from ouvrage_events.privacy.marks import ERASED_PERSON, Personal, client_name

InterventionState = Literal["a_faire", "planifie", "fait"]
SavKind = Literal["sav", "service"]
Disorder = Literal["finition", "equipement", "structure"]
"""The nature of a disorder reported on an accepted worksite: a finishing defect, a detachable
equipment element that fails (biennale), or damage to the structure or making the work unfit
for use (décennale)."""
Guarantee = Literal["parfait_achevement", "biennale", "decennale"]


class PlanningEvent(DomainEvent):
    service: ClassVar[str] = "planning"


@event
class WorksiteOpened(PlanningEvent):
    """A worksite (chantier) is on the planning, opened by a status change, an accepted quote
    (sales' ``QuoteAccepted``) or by hand."""

    worksite_id: UUID
    client_id: UUID
    client_name: Annotated[str, client_name()]
    title: Annotated[str, Personal("client", erased="Chantier")]
    address: Annotated[Address, Personal("client", erased={})] = Field(default_factory=Address)
    origin: Literal["status", "manual", "quote"] = "manual"
    notes: Annotated[str, Personal("client")] = ""


@event
class WorksiteClosed(PlanningEvent):
    """The worksite is finished: it leaves the planning (a later status change may open another)."""

    worksite_id: UUID
    by_status: str | None = None
    """The client status that ended it (« chantier terminé »); None when closed by hand."""


@event
class WorksiteMovedToClient(PlanningEvent):
    """The worksite follows the record it now belongs to: its client's record went to the trash
    as a duplicate of ``client_id`` (title, address and notes travel sealed under the kept
    client's key)."""

    worksite_id: UUID
    client_id: UUID
    previous_client_id: UUID
    client_name: Annotated[str, client_name()]
    title: Annotated[str, Personal("client", erased="Chantier")]
    address: Annotated[Address, Personal("client", erased={})] = Field(default_factory=Address)
    notes: Annotated[str, Personal("client")] = ""


@event
class WorksiteScheduled(PlanningEvent):
    """The worksite's start date was set (possibly provisional): the planning is ordered by it."""

    worksite_id: UUID
    start_date: date
    provisional: bool = False


@event
class TaskCatalogEntryAdded(PlanningEvent):
    """A task was added to the tenant's planning task catalog (seeded or by hand)."""

    catalog_id: UUID
    catalog_task_id: UUID
    name: str
    seeded: bool = False


@event
class PlanningTaskAdded(PlanningEvent):
    """A task from the tenant's catalog was added to a worksite."""

    worksite_id: UUID
    task_id: UUID
    name: str
    catalog_task_id: UUID | None = None


@event
class InterventionPlanned(PlanningEvent):
    """Operators were booked on a worksite for a time slot."""

    intervention_id: UUID
    worksite_id: UUID
    label: str = ""
    starts_at: datetime
    ends_at: datetime
    operator_ids: list[UUID] = Field(default_factory=list)
    state: InterventionState = "planifie"


@event
class InterventionRescheduled(PlanningEvent):
    """The intervention's slot or operators changed (the full new slot and operators)."""

    intervention_id: UUID
    worksite_id: UUID
    starts_at: datetime
    ends_at: datetime
    operator_ids: list[UUID]
    previous_operator_ids: list[UUID] = Field(default_factory=list)


@event
class InterventionStateChanged(PlanningEvent):
    """The dot changed colour: à faire (red), planifié (orange), fait (green)."""

    intervention_id: UUID
    worksite_id: UUID
    state: InterventionState
    previous_state: InterventionState


@event
class InterventionLocked(PlanningEvent):
    """The padlock was closed: the intervention must not move."""

    intervention_id: UUID
    worksite_id: UUID
    operator_ids: list[UUID] = Field(default_factory=list)
    starts_at: datetime
    ends_at: datetime


@event
class InterventionUnlocked(PlanningEvent):
    """The padlock was opened."""

    intervention_id: UUID
    worksite_id: UUID


@event
class InterventionRemoved(PlanningEvent):
    """The intervention was taken off the planning."""

    intervention_id: UUID
    worksite_id: UUID


@event
class SiteSheetSent(PlanningEvent):
    """A site sheet was sent to a collaborator by email.

    The event carries the exact PDF sent (base64, capped at 512 KiB): the notifier needs
    nothing else to send it, and the log keeps what was sent. ``pdf_base64`` is the standard
    base64 of the PDF bytes, ``sha256`` their hex digest, ``filename`` the attachment name
    (``fiche-chantier-<...>.pdf``); the notifier looks the recipient up by ``recipient_id``.
    """

    worksite_id: UUID
    recipient_id: UUID
    sent_by: UUID | None = None
    client_name: Annotated[str, Personal("worksite", subject="worksite_id", erased=ERASED_PERSON)]
    filename: str
    pdf_base64: Annotated[str, Personal("worksite", subject="worksite_id")]
    sha256: str


@event
class SavTicketOpened(PlanningEvent):
    """An after-sales (SAV) or service ticket was opened for a client."""

    ticket_id: UUID
    client_id: UUID
    client_name: Annotated[str, client_name()]
    kind: SavKind = "sav"
    title: Annotated[str, Personal("client", erased="SAV")]
    observations: Annotated[str, Personal("client")] = ""
    worksite_id: UUID | None = None
    """The accepted worksite the disorder is about, when given."""
    disorder: Disorder | None = None
    reported_on: date | None = None
    guarantees: list[Guarantee] = Field(default_factory=list)
    """The legal guarantees still covering the disorder on ``reported_on`` (empty: none)."""


@event
class SavObservationAdded(PlanningEvent):
    """An observation was added to a SAV ticket."""

    ticket_id: UUID
    observation: Annotated[str, Personal("sav_ticket", subject=None)]
    author_id: UUID | None = None


@event
class SavTicketMovedToClient(PlanningEvent):
    """The SAV ticket follows the record it now belongs to: its client's record went to the
    trash as a duplicate of ``client_id``."""

    ticket_id: UUID
    client_id: UUID
    previous_client_id: UUID
    client_name: Annotated[str, client_name()]
    title: Annotated[str, Personal("client", erased="SAV")]


@event
class SavTicketArchived(PlanningEvent):
    """The SAV ticket was archived."""

    ticket_id: UUID


class Reserve(BaseModel):
    """One reserve (réserve) written at the acceptance: a defect to put right."""

    reserve_id: UUID
    text: str


@event
class WorksiteAccepted(PlanningEvent):
    """The works were accepted (« réception des travaux »), with or without reserves: from
    ``accepted_on`` run the parfait achèvement (1 year), the biennale (2 years) and the
    décennale (10 years); each ``*_ends_on`` is the last day covered."""

    worksite_id: UUID
    client_id: UUID
    accepted_on: date
    reserves: Annotated[list[Reserve], Personal("client", erased=[])] = Field(default_factory=list)
    open_reserves: int = 0
    parfait_achevement_ends_on: date
    biennale_ends_on: date
    decennale_ends_on: date
    quote_id: UUID | None = None
    """The quote whose works were accepted, when known (sales releases its retention)."""
    retention_releasable_on: date | None = None
    """When the retention of the final invoice may be released: one year after an acceptance
    without reserves; ``None`` while reserves remain."""


@event
class ReserveLifted(PlanningEvent):
    """A reserve of the acceptance was lifted (the defect was put right)."""

    worksite_id: UUID
    client_id: UUID
    reserve_id: UUID
    lifted_on: date
    open_reserves: int
    """How many reserves remain after this one."""
    retention_releasable_on: date | None = None
    """Once the last reserve is lifted: one year after the acceptance, or today if later."""


@event
class ParfaitAchevementReminderDue(PlanningEvent):
    """The parfait achèvement ends in 30 days or less while reserves remain: the worksite's
    owner must have them lifted (recorded once per worksite)."""

    worksite_id: UUID
    client_id: UUID
    ends_on: date
    open_reserves: int
