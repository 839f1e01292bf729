"""Aggregates: state folded from events; command methods check invariants and record events."""

from __future__ import annotations

from typing import Any, ClassVar, Self
from uuid import UUID

from ouvrage_events.contract.base import DomainEvent


class Aggregate:
    """Base of every event-sourced aggregate.

    A command method checks its invariants, then calls ``record`` with a past-tense event; state
    changes only in ``when_<EventName>`` methods, which are also what loading replays.
    """

    stream_type: ClassVar[str] = ""
    snapshot_every: ClassVar[int | None] = None
    snapshot_version: ClassVar[int] = 1

    def __init__(self, aggregate_id: UUID) -> None:
        self.id = aggregate_id
        self.version = 0
        self._pending: list[DomainEvent] = []

    def record(self, event: DomainEvent) -> None:
        self.apply(event)
        self._pending.append(event)

    def apply(self, event: DomainEvent) -> None:
        handler = getattr(self, f"when_{type(event).__name__}", None)
        if handler is None:
            raise TypeError(f"{type(self).__name__} cannot apply {type(event).__name__}")
        handler(event)
        self.version += 1

    @property
    def pending(self) -> list[DomainEvent]:
        return list(self._pending)

    @property
    def loaded_version(self) -> int:
        """The version the store holds: what the next append expects."""
        return self.version - len(self._pending)

    def mark_saved(self) -> None:
        self._pending.clear()

    @classmethod
    def fold(cls, aggregate_id: UUID, events: list[DomainEvent]) -> Self:
        """The aggregate as it stands after ``events`` (used by loading and by unit tests)."""
        aggregate = cls(aggregate_id)
        for event in events:
            aggregate.apply(event)
        return aggregate

    # Snapshots: an aggregate that sets ``snapshot_every`` serialises its state here.
    def snapshot_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError
