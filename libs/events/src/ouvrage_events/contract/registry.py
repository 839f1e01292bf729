"""Type name <-> class <-> schema version, with upcasters for old versions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ouvrage_events.contract.base import DomainEvent, Envelope

Payload = dict[str, Any]
Upcaster = Callable[[Payload], Payload]
E = TypeVar("E", bound=type[DomainEvent])


class UnknownEventError(LookupError):
    """The event type is not in the registry (a newer producer): consumers skip it."""


class Registry:
    """Knows every event class by its CloudEvents type and how to upcast old payloads."""

    def __init__(self, events: Iterable[type[DomainEvent]] = ()) -> None:
        self._by_type: dict[str, type[DomainEvent]] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}
        for event in events:
            self.register(event)

    def register(self, event: E) -> E:
        if not event.service:
            raise ValueError(f"{event.__name__} has no service")
        existing = self._by_type.get(event.event_type())
        if existing is not None and existing is not event:
            raise ValueError(f"{event.event_type()} is registered twice")
        self._by_type[event.event_type()] = event
        return event

    def upcaster(self, event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        """Register a function turning a payload of ``from_version`` into ``from_version + 1``."""

        def decorate(fn: Upcaster) -> Upcaster:
            self._upcasters[(event_type, from_version)] = fn
            return fn

        return decorate

    def __contains__(self, event_type: object) -> bool:
        return event_type in self._by_type

    def __iter__(self) -> Any:
        return iter(sorted(self._by_type.values(), key=lambda e: e.event_type()))

    def cls(self, event_type: str) -> type[DomainEvent]:
        try:
            return self._by_type[event_type]
        except KeyError:
            raise UnknownEventError(event_type) from None

    def upcast(self, event_type: str, version: int, payload: Payload) -> Payload:
        target = self.cls(event_type).schema_version
        if version > target:
            raise UnknownEventError(f"{event_type} v{version} is newer than v{target}")
        while version < target:
            step = self._upcasters.get((event_type, version))
            if step is None:
                raise LookupError(f"no upcaster for {event_type} v{version}")
            payload = step(payload)
            version += 1
        return payload

    def decode(self, envelope: Envelope) -> DomainEvent:
        """The typed event of an envelope, upcast to the current schema version."""
        payload = self.upcast(envelope.type, envelope.schema_version, envelope.payload)
        return self.cls(envelope.type).model_validate(payload)


registry = Registry()
"""The process-wide registry holding the whole catalog (filled by ``ouvrage_events.catalog``)."""


def event(cls: E) -> E:
    """Class decorator adding an event to the process-wide registry."""
    return registry.register(cls)
