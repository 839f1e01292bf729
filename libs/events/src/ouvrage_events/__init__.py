"""The event contract and the event-sourcing runtime every Ouvrage service stands on.

Importing the package loads the whole v1 catalog into the process-wide ``registry`` and the pure
side (aggregate, contract, errors, pipeline). The runtime (store, unit of work, relay, consumers:
asyncpg and aiokafka) loads on first use of one of its names, so a service's domain and app
layers stay free of I/O libraries (``tests/unit/test_purity.py`` checks it).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ouvrage_events import catalog
from ouvrage_events.aggregate import Aggregate
from ouvrage_events.contract.base import DomainEvent, Envelope, Metadata
from ouvrage_events.contract.cloudevents import dlq_topic_for, topic_for
from ouvrage_events.contract.registry import Registry, UnknownEventError, event, registry
from ouvrage_events.errors import (
    AggregateNotFoundError,
    ConcurrencyError,
    ConcurrentUpdateError,
    IdempotencyKeyReusedError,
    StaleVersionError,
)
from ouvrage_events.pipeline import Command, Idempotency, Pipeline, Replay, fingerprint
from ouvrage_events.store.snapshot import Position

if TYPE_CHECKING:
    from ouvrage_events.runtime.consumer import Consumer
    from ouvrage_events.runtime.host import EventRuntime
    from ouvrage_events.runtime.projection import Projection
    from ouvrage_events.runtime.reaction import Reaction
    from ouvrage_events.runtime.relay import Relay
    from ouvrage_events.store.db import connect, create_pool
    from ouvrage_events.store.event_store import EventStore
    from ouvrage_events.store.migrations import EVENT_STORE_MIGRATIONS, migrate
    from ouvrage_events.uow import UnitOfWork, UnitOfWorkFactory

_LAZY = {
    "Consumer": "ouvrage_events.runtime.consumer",
    "EventRuntime": "ouvrage_events.runtime.host",
    "Projection": "ouvrage_events.runtime.projection",
    "Reaction": "ouvrage_events.runtime.reaction",
    "Relay": "ouvrage_events.runtime.relay",
    "connect": "ouvrage_events.store.db",
    "create_pool": "ouvrage_events.store.db",
    "EventStore": "ouvrage_events.store.event_store",
    "EVENT_STORE_MIGRATIONS": "ouvrage_events.store.migrations",
    "migrate": "ouvrage_events.store.migrations",
    "UnitOfWork": "ouvrage_events.uow",
    "UnitOfWorkFactory": "ouvrage_events.uow",
}


def __getattr__(name: str) -> Any:
    """The runtime's names, imported on first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ouvrage_events' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "EVENT_STORE_MIGRATIONS",
    "Aggregate",
    "AggregateNotFoundError",
    "Command",
    "ConcurrencyError",
    "ConcurrentUpdateError",
    "Consumer",
    "DomainEvent",
    "Envelope",
    "EventRuntime",
    "EventStore",
    "Idempotency",
    "IdempotencyKeyReusedError",
    "Metadata",
    "Pipeline",
    "Position",
    "Projection",
    "Reaction",
    "Registry",
    "Relay",
    "Replay",
    "StaleVersionError",
    "UnitOfWork",
    "UnitOfWorkFactory",
    "UnknownEventError",
    "catalog",
    "connect",
    "create_pool",
    "dlq_topic_for",
    "event",
    "fingerprint",
    "migrate",
    "registry",
    "topic_for",
]
