"""SAV (after-sales) and service tickets of a client, shown on the home page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.planning import (
    Disorder,
    Guarantee,
    SavKind,
    SavObservationAdded,
    SavTicketArchived,
    SavTicketMovedToClient,
    SavTicketOpened,
)

from planning.domain.errors import SavArchivedError, require_text


@dataclass(frozen=True)
class WarrantyClaim:
    """A disorder reported on a worksite and the guarantees that cover it then."""

    worksite_id: UUID
    disorder: Disorder | None
    reported_on: date
    guarantees: list[Guarantee]

    def fields(self) -> dict[str, object]:
        return {
            "worksite_id": self.worksite_id,
            "disorder": self.disorder,
            "reported_on": self.reported_on,
            "guarantees": self.guarantees,
        }


class SavTicket(es.Aggregate):
    stream_type = "sav_ticket"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.client_id: UUID | None = None
        self.client_name = ""
        self.kind: SavKind = "sav"
        self.title = ""
        self.observations: list[str] = []
        self.archived = False

    @classmethod
    def open(
        cls,
        ticket_id: UUID,
        *,
        client_id: UUID,
        client_name: str,
        title: str,
        kind: SavKind = "sav",
        observations: str = "",
        warranty: WarrantyClaim | None = None,
    ) -> SavTicket:
        """A new SAV or service ticket for a client (on an accepted worksite: classified by the
        guarantees still covering the disorder)."""
        ticket = cls(ticket_id)
        ticket.record(
            SavTicketOpened(
                ticket_id=ticket_id,
                client_id=client_id,
                client_name=client_name,
                kind=kind,
                title=require_text(title, "intitulé"),
                observations=observations.strip(),
                **(warranty.fields() if warranty else {}),
            )
        )
        return ticket

    def observe(self, observation: str, author_id: UUID | None) -> None:
        """Add an observation; an archived ticket takes none."""
        if self.archived:
            raise SavArchivedError()
        self.record(
            SavObservationAdded(
                ticket_id=self.id,
                observation=require_text(observation, "observation"),
                author_id=author_id,
            )
        )

    def archive(self) -> None:
        """Archive the ticket (archiving twice changes nothing)."""
        if not self.archived:
            self.record(SavTicketArchived(ticket_id=self.id))

    def move_to(self, client_id: UUID, client_name: str) -> None:
        """The ticket follows the record its client's duplicate was merged into (an open one)."""
        if self.archived or client_id == self.client_id:
            return
        assert self.client_id is not None
        self.record(
            SavTicketMovedToClient(
                ticket_id=self.id,
                client_id=client_id,
                previous_client_id=self.client_id,
                client_name=client_name.strip() or self.client_name,
                title=self.title,
            )
        )

    def when_SavTicketMovedToClient(self, e: SavTicketMovedToClient) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name

    def when_SavTicketOpened(self, e: SavTicketOpened) -> None:
        self.client_id = e.client_id
        self.client_name = e.client_name
        self.kind = e.kind
        self.title = e.title
        if e.observations:
            self.observations.append(e.observations)

    def when_SavObservationAdded(self, e: SavObservationAdded) -> None:
        self.observations.append(e.observation)

    def when_SavTicketArchived(self, _: SavTicketArchived) -> None:
        self.archived = True
