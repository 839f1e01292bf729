"""Interventions: operators booked on a worksite for a time slot, with a dot and a padlock."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import ouvrage_events as es
from ouvrage_events.catalog.planning import (
    InterventionLocked,
    InterventionPlanned,
    InterventionRemoved,
    InterventionRescheduled,
    InterventionState,
    InterventionStateChanged,
    InterventionUnlocked,
)

from planning.domain.errors import (
    InterventionLockedError,
    InterventionNotFoundError,
    InterventionStateForbiddenError,
    InvalidSlotError,
    NothingToChangeError,
    UnknownOperatorError,
)


@dataclass(frozen=True)
class Slot:
    """A time slot [starts_at, ends_at), both with a time zone."""

    starts_at: datetime
    ends_at: datetime

    def __post_init__(self) -> None:
        if self.starts_at.tzinfo is None or self.ends_at.tzinfo is None:
            raise InvalidSlotError("Les dates de l'intervention doivent préciser leur fuseau.")
        if self.ends_at <= self.starts_at:
            raise InvalidSlotError()

    def overlaps(self, other: Slot) -> bool:
        return self.starts_at < other.ends_at and other.starts_at < self.ends_at


def check_operators(requested: Sequence[UUID], active: Collection[UUID]) -> list[UUID]:
    """The requested operators without duplicates, in order; all must be active users."""
    unique = list(dict.fromkeys(requested))
    missing = [o for o in unique if o not in active]
    if missing:
        raise UnknownOperatorError(missing)
    return unique


class Intervention(es.Aggregate):
    stream_type = "intervention"

    def __init__(self, aggregate_id: UUID) -> None:
        super().__init__(aggregate_id)
        self.worksite_id: UUID | None = None
        self.label = ""
        self.slot: Slot | None = None
        self.operator_ids: list[UUID] = []
        self.state: InterventionState = "a_faire"
        self.locked = False
        self.removed = False
        self.task_id: UUID | None = None

    @classmethod
    def plan(
        cls,
        intervention_id: UUID,
        *,
        worksite_id: UUID,
        slot: Slot,
        operator_ids: Sequence[UUID],
        active_operators: Collection[UUID],
        label: str = "",
        state: InterventionState | None = None,
        task_id: UUID | None = None,
    ) -> Intervention:
        """Book operators (active users of the company) on a worksite for a slot, for one of
        its tasks if ``task_id`` names it (the worksite checks it is one of its own)."""
        operators = check_operators(operator_ids, active_operators)
        initial: InterventionState = state or ("planifie" if operators else "a_faire")
        intervention = cls(intervention_id)
        intervention.record(
            InterventionPlanned(
                intervention_id=intervention_id,
                worksite_id=worksite_id,
                label=label.strip(),
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                operator_ids=operators,
                state=initial,
                task_id=task_id,
            )
        )
        return intervention

    @property
    def current_slot(self) -> Slot:
        assert self.slot is not None, "intervention not planned"
        return self.slot

    def reschedule(
        self,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        operator_ids: Sequence[UUID] | None = None,
        active_operators: Collection[UUID] = (),
    ) -> None:
        """Move the slot and/or change the operators; refused while the padlock is closed."""
        self._ensure_present()
        if starts_at is None and ends_at is None and operator_ids is None:
            raise NothingToChangeError()
        if self.locked:
            raise InterventionLockedError()
        current = self.current_slot
        slot = Slot(starts_at or current.starts_at, ends_at or current.ends_at)
        operators = self._operators(operator_ids, active_operators)
        if slot == current and operators == self.operator_ids:
            return
        self.record(
            InterventionRescheduled(
                intervention_id=self.id,
                worksite_id=self._worksite(),
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                operator_ids=operators,
                previous_operator_ids=self.operator_ids,
            )
        )

    def _operators(self, requested: Sequence[UUID] | None, active: Collection[UUID]) -> list[UUID]:
        return self.operator_ids if requested is None else check_operators(requested, active)

    def change_state(self, state: InterventionState) -> None:
        """Change the dot's colour; allowed even when locked (a locked job still gets done)."""
        self._ensure_present()
        if state != self.state:
            self.record(
                InterventionStateChanged(
                    intervention_id=self.id,
                    worksite_id=self._worksite(),
                    state=state,
                    previous_state=self.state,
                )
            )

    def mark_done_by_operator(self, operator_id: UUID) -> None:
        """An operator booked on the intervention turns its dot green (« vert fait ») without
        the planning permission; anybody else needs that permission."""
        self._ensure_present()
        if operator_id not in self.operator_ids:
            raise InterventionStateForbiddenError()
        self.change_state("fait")

    def lock(self) -> None:
        """Close the padlock: the intervention must not move (locking twice changes nothing)."""
        self._ensure_present()
        if not self.locked:
            slot = self.current_slot
            self.record(
                InterventionLocked(
                    intervention_id=self.id,
                    worksite_id=self._worksite(),
                    operator_ids=self.operator_ids,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                )
            )

    def unlock(self) -> None:
        """Open the padlock (unlocking an open padlock changes nothing)."""
        self._ensure_present()
        if self.locked:
            self.record(InterventionUnlocked(intervention_id=self.id, worksite_id=self._worksite()))

    def remove(self) -> None:
        """Take the intervention off the planning; refused while the padlock is closed."""
        self._ensure_present()
        if self.locked:
            raise InterventionLockedError()
        self.record(InterventionRemoved(intervention_id=self.id, worksite_id=self._worksite()))

    def _ensure_present(self) -> None:
        if self.removed or self.slot is None:
            raise InterventionNotFoundError()

    def _worksite(self) -> UUID:
        assert self.worksite_id is not None
        return self.worksite_id

    def when_InterventionPlanned(self, e: InterventionPlanned) -> None:
        self.worksite_id = e.worksite_id
        self.label = e.label
        self.slot = Slot(e.starts_at, e.ends_at)
        self.operator_ids = list(e.operator_ids)
        self.state = e.state
        self.task_id = e.task_id

    def when_InterventionRescheduled(self, e: InterventionRescheduled) -> None:
        self.slot = Slot(e.starts_at, e.ends_at)
        self.operator_ids = list(e.operator_ids)

    def when_InterventionStateChanged(self, e: InterventionStateChanged) -> None:
        self.state = e.state

    def when_InterventionLocked(self, _: InterventionLocked) -> None:
        self.locked = True

    def when_InterventionUnlocked(self, _: InterventionUnlocked) -> None:
        self.locked = False

    def when_InterventionRemoved(self, _: InterventionRemoved) -> None:
        self.removed = True
