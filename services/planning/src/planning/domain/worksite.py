"""The worksite (chantier): a client's job on the planning, its start date, tasks and sheets."""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.clients import Address
from ouvrage_events.catalog.planning import (
    PlanningTaskAdded,
    SiteSheetSent,
    WorksiteClosed,
    WorksiteMovedToClient,
    WorksiteOpened,
    WorksiteScheduled,
)

from planning.domain.acceptance import Acceptance
from planning.domain.errors import (
    SheetTooLargeError,
    TaskAlreadyOnWorksiteError,
    WorksiteClosedError,
    require_text,
)

WORKSITE_STATUS = "en_cours_de_chantier"
"""The client status (« en cours de chantier ») that puts a client on the planning."""

MAX_SHEET_BASE64 = 512 * 1024
Origin = Literal["status", "manual", "quote"]


@dataclass(frozen=True)
class PlannedTask:
    task_id: UUID
    name: str
    catalog_task_id: UUID | None


@dataclass(frozen=True)
class SheetFile:
    """A rendered site sheet, ready to travel in an event."""

    filename: str
    pdf: bytes


class Worksite(Acceptance, es.Aggregate):
    stream_type = "worksite"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self._init_acceptance()
        self.client_id: UUID | None = None
        self.client_name = ""
        self.title = ""
        self.address = Address()
        self.notes = ""
        self.start_date: date | None = None
        self.provisional = False
        self.tasks: list[PlannedTask] = []
        self.closed = False

    @classmethod
    def open(
        cls,
        worksite_id: UUID,
        *,
        client_id: UUID,
        client_name: str,
        title: str = "",
        address: Address | None = None,
        origin: Origin = "manual",
        notes: str = "",
    ) -> Worksite:
        """A new worksite for a client (by hand, or because its status says so)."""
        name = client_name.strip() or "Client"
        worksite = cls(worksite_id)
        worksite.record(
            WorksiteOpened(
                worksite_id=worksite_id,
                client_id=client_id,
                client_name=name,
                title=title.strip() or f"Chantier {name}",
                address=address or Address(),
                origin=origin,
                notes=notes.strip(),
            )
        )
        return worksite

    def schedule(self, start_date: date, *, provisional: bool) -> None:
        """Set the start date, even a provisional one: the planning is ordered by it."""
        self.ensure_open()
        if start_date == self.start_date and provisional == self.provisional:
            return
        self.record(
            WorksiteScheduled(worksite_id=self.id, start_date=start_date, provisional=provisional)
        )

    def add_task(self, task_id: UUID, name: str, catalog_task_id: UUID | None) -> None:
        """Add a task of the tenant's catalog; the same catalog task only once."""
        self.ensure_open()
        cleaned = require_text(name, "tâche")
        if catalog_task_id is not None and any(
            t.catalog_task_id == catalog_task_id for t in self.tasks
        ):
            raise TaskAlreadyOnWorksiteError(cleaned)
        self.record(
            PlanningTaskAdded(
                worksite_id=self.id, task_id=task_id, name=cleaned, catalog_task_id=catalog_task_id
            )
        )

    def close(self, by_status: str | None = None) -> None:
        """Take the worksite off the planning for good (closing twice changes nothing);
        ``by_status``: the client status that ended it (« chantier terminé »)."""
        if not self.closed:
            self.record(WorksiteClosed(worksite_id=self.id, by_status=by_status))

    def move_to(self, client_id: UUID, client_name: str) -> None:
        """The worksite follows the record its client's duplicate was merged into: an open one
        moves with its tasks and interventions, a default title takes the new name."""
        if self.closed or client_id == self.client_id:
            return
        assert self.client_id is not None
        name = client_name.strip() or self.client_name
        default = self.title == f"Chantier {self.client_name}"
        self.record(
            WorksiteMovedToClient(
                worksite_id=self.id,
                client_id=client_id,
                previous_client_id=self.client_id,
                client_name=name,
                title=f"Chantier {name}" if default else self.title,
                address=self.address,
                notes=self.notes,
            )
        )

    def send_sheet(self, sheet: SheetFile, *, recipient_id: UUID, sent_by: UUID | None) -> None:
        """Record that the sheet goes to a collaborator; the event carries the PDF itself."""
        encoded = base64.b64encode(sheet.pdf).decode("ascii")
        if len(encoded) > MAX_SHEET_BASE64:
            raise SheetTooLargeError()
        self.record(
            SiteSheetSent(
                worksite_id=self.id,
                recipient_id=recipient_id,
                sent_by=sent_by,
                client_name=self.client_name,
                filename=sheet.filename,
                pdf_base64=encoded,
                sha256=hashlib.sha256(sheet.pdf).hexdigest(),
            )
        )

    def ensure_open(self) -> None:
        if self.closed:
            raise WorksiteClosedError()

    def when_WorksiteOpened(self, e: WorksiteOpened) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name
        self.title = e.title
        self.address = e.address
        self.notes = e.notes

    def when_WorksiteMovedToClient(self, e: WorksiteMovedToClient) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name
        self.title = e.title

    def when_WorksiteScheduled(self, e: WorksiteScheduled) -> None:
        self.start_date = e.start_date
        self.provisional = e.provisional

    def when_PlanningTaskAdded(self, e: PlanningTaskAdded) -> None:
        self.tasks.append(PlannedTask(e.task_id, e.name, e.catalog_task_id))

    def when_WorksiteClosed(self, _: WorksiteClosed) -> None:
        self.closed = True

    def when_SiteSheetSent(self, _: SiteSheetSent) -> None:
        return None


def sheet_filename(title: str) -> str:
    """The attachment name of a worksite's sheet: ``fiche-chantier-<title, ascii>.pdf``."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-")
    return f"fiche-chantier-{slug or 'chantier'}.pdf"
