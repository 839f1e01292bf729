"""The event contract and the event-sourcing runtime every Ouvrage service stands on.

Importing the package loads the whole v1 catalog into the process-wide ``registry``.
"""

from ouvrage_events import catalog
from ouvrage_events.aggregate import Aggregate
from ouvrage_events.contract.base import DomainEvent, Envelope, Metadata
from ouvrage_events.contract.cloudevents import dlq_topic_for, topic_for
from ouvrage_events.contract.registry import Registry, UnknownEventError, event, registry
from ouvrage_events.runtime.consumer import Consumer
from ouvrage_events.runtime.host import EventRuntime
from ouvrage_events.runtime.projection import Projection
from ouvrage_events.runtime.relay import Relay
from ouvrage_events.store.db import connect, create_pool
from ouvrage_events.store.event_store import ConcurrencyError, EventStore, Position
from ouvrage_events.store.migrations import EVENT_STORE_MIGRATIONS, migrate
from ouvrage_events.uow import AggregateNotFoundError, UnitOfWork, UnitOfWorkFactory

__all__ = [
    "EVENT_STORE_MIGRATIONS",
    "Aggregate",
    "AggregateNotFoundError",
    "ConcurrencyError",
    "Consumer",
    "DomainEvent",
    "Envelope",
    "EventRuntime",
    "EventStore",
    "Metadata",
    "Position",
    "Projection",
    "Registry",
    "Relay",
    "UnitOfWork",
    "UnitOfWorkFactory",
    "UnknownEventError",
    "catalog",
    "connect",
    "create_pool",
    "dlq_topic_for",
    "event",
    "migrate",
    "registry",
    "topic_for",
]
