"""The acceptance of a worksite (« réception des travaux »), its reserves and warranty clocks.

A mixin of the ``Worksite`` aggregate: the commands check, record a past-tense event, and the
state changes only in ``when_*`` (what loading replays).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from ouvrage_events import DomainEvent
from ouvrage_events.catalog.planning import (
    Disorder,
    Guarantee,
    ParfaitAchevementReminderDue,
    Reserve,
    ReserveLifted,
    WorksiteAccepted,
)

from planning.domain.errors import (
    LiftBeforeAcceptanceError,
    ReserveAlreadyLiftedError,
    ReserveNotFoundError,
    WorksiteAlreadyAcceptedError,
    WorksiteNotAcceptedError,
    require_text,
)
from planning.domain.warranty import WarrantyClocks, retention_releasable_on


@dataclass(frozen=True)
class NewReserve:
    reserve_id: UUID
    text: str


class Acceptance:
    """Acceptance state and commands, mixed into ``Worksite`` (which gives ``id``, ``record``
    and ``client_id``)."""

    id: UUID
    client_id: UUID | None

    def _init_acceptance(self) -> None:
        self.accepted_on: date | None = None
        self.reserves: dict[UUID, bool] = {}
        """Reserve id -> lifted."""
        self.last_lifted_on: date | None = None
        self.reminded = False

    if TYPE_CHECKING:  # given by the aggregate (a stub here would shadow it in the MRO)

        def record(self, event: DomainEvent) -> None: ...

    @property
    def clocks(self) -> WarrantyClocks | None:
        return WarrantyClocks(self.accepted_on) if self.accepted_on else None

    @property
    def open_reserves(self) -> int:
        return sum(1 for lifted in self.reserves.values() if not lifted)

    def accept(
        self, accepted_on: date, reserves: list[NewReserve], quote_id: UUID | None = None
    ) -> None:
        """Record the acceptance, with or without reserves; once per worksite."""
        if self.accepted_on is not None:
            raise WorksiteAlreadyAcceptedError()
        assert self.client_id is not None
        clocks = WarrantyClocks(accepted_on)
        lines = [Reserve(reserve_id=r.reserve_id, text=require_text(r.text, "réserve"))
                 for r in reserves]  # fmt: skip
        self.record(
            WorksiteAccepted(
                worksite_id=self.id,
                client_id=self.client_id,
                accepted_on=accepted_on,
                reserves=lines,
                open_reserves=len(lines),
                parfait_achevement_ends_on=clocks.parfait_achevement_ends_on,
                biennale_ends_on=clocks.biennale_ends_on,
                decennale_ends_on=clocks.decennale_ends_on,
                quote_id=quote_id,
                retention_releasable_on=retention_releasable_on(
                    clocks.parfait_achevement_ends_on, len(lines), None
                ),
            )
        )

    def lift_reserve(self, reserve_id: UUID, lifted_on: date) -> None:
        """Lift one reserve of the acceptance (the defect was put right)."""
        clocks = self._accepted()
        if reserve_id not in self.reserves:
            raise ReserveNotFoundError()
        if self.reserves[reserve_id]:
            raise ReserveAlreadyLiftedError()
        if lifted_on < clocks.accepted_on:
            raise LiftBeforeAcceptanceError()
        assert self.client_id is not None
        remaining = self.open_reserves - 1
        last = max(lifted_on, self.last_lifted_on or lifted_on)
        self.record(
            ReserveLifted(
                worksite_id=self.id,
                client_id=self.client_id,
                reserve_id=reserve_id,
                lifted_on=lifted_on,
                open_reserves=remaining,
                retention_releasable_on=retention_releasable_on(
                    clocks.parfait_achevement_ends_on, remaining, last
                ),
            )
        )

    def remind_parfait_achevement_end(self, today: date) -> bool:
        """Record the alert once, when the parfait achèvement ends within 30 days and reserves
        remain; whether it was recorded."""
        clocks = self.clocks
        if clocks is None or self.reminded or not clocks.reminder_due(today, self.open_reserves):
            return False
        assert self.client_id is not None
        self.record(
            ParfaitAchevementReminderDue(
                worksite_id=self.id,
                client_id=self.client_id,
                ends_on=clocks.parfait_achevement_ends_on,
                open_reserves=self.open_reserves,
            )
        )
        return True

    def guarantees_for(self, disorder: Disorder, reported_on: date) -> list[Guarantee]:
        """The guarantees covering a disorder reported on this worksite (none if not
        accepted)."""
        clocks = self.clocks
        return [] if clocks is None else clocks.covering(disorder, reported_on)

    def _accepted(self) -> WarrantyClocks:
        if self.clocks is None:
            raise WorksiteNotAcceptedError()
        return self.clocks

    def when_WorksiteAccepted(self, e: WorksiteAccepted) -> None:
        self.accepted_on = e.accepted_on
        self.reserves = {r.reserve_id: False for r in e.reserves}

    def when_ReserveLifted(self, e: ReserveLifted) -> None:
        self.reserves[e.reserve_id] = True
        self.last_lifted_on = max(e.lifted_on, self.last_lifted_on or e.lifted_on)

    def when_ParfaitAchevementReminderDue(self, _: ParfaitAchevementReminderDue) -> None:
        self.reminded = True
