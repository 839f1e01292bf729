"""Projections: read models built from events, each in its own PostgreSQL schema.

The same projection runs inline (a service's own events, in the append transaction) or behind a
Kafka consumer (other services' events). A projection owns a schema holding its tables and its
tracking table ``es_processed``; a rebuild fills a fresh schema and swaps it in under an
exclusive advisory lock that every live application takes in shared mode.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any, TypeVar

from ouvrage_events import privacy
from ouvrage_events.contract.base import DomainEvent, Envelope
from ouvrage_events.contract.registry import Registry, UnknownEventError
from ouvrage_events.store.db import Conn

Handler = Callable[[Conn, Any, Envelope], Awaitable[None]]
H = TypeVar("H", bound=Handler)

LOCK_CLASS = 0x0E5


class Projection:
    """A named read model: its schema, its tables' DDL, and a handler per event type.

    Handlers are small async functions ``(conn, event, envelope)`` that run inside the
    projection's transaction with unqualified table names; they must be idempotent by
    construction or rely on the tracking record the runtime writes in the same transaction.
    """

    def __init__(self, name: str, *, ddl: str, schema: str | None = None) -> None:
        self.name = name
        self.schema = schema or f"proj_{name.replace('-', '_').replace('.', '_')}"
        self.ddl = ddl
        self.handlers: dict[str, Handler] = {}

    def on(self, *events: type[DomainEvent]) -> Callable[[H], H]:
        def register(fn: H) -> H:
            for event in events:
                self.handlers[event.event_type()] = fn
            return fn

        return register

    @property
    def event_types(self) -> set[str]:
        return set(self.handlers)

    def services(self) -> set[str]:
        return {t.split(".")[1] for t in self.handlers}

    async def ensure_schema(self, conn: Conn, schema: str | None = None) -> None:
        """Create the schema and its tables if missing (idempotent DDL)."""
        target = schema or self.schema
        async with conn.transaction():
            await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{target}"')
            await conn.execute(f'SET LOCAL search_path TO "{target}", public')
            if self.ddl.strip():
                await conn.execute(self.ddl)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS es_processed (event_id uuid PRIMARY KEY, "
                "processed_at timestamptz NOT NULL DEFAULT now())"
            )

    async def lock_shared(self, conn: Conn) -> None:
        await conn.execute(
            "SELECT pg_advisory_xact_lock_shared($1, hashtext($2))", LOCK_CLASS, self.name
        )

    async def lock_exclusive(self, conn: Conn) -> None:
        await conn.execute("SELECT pg_advisory_xact_lock($1, hashtext($2))", LOCK_CLASS, self.name)

    def decode(self, envelope: Envelope, registry: Registry) -> DomainEvent | None:
        """The typed event if this projection handles it and knows its version, else None."""
        if envelope.type not in self.handlers:
            return None
        try:
            return registry.decode(envelope)
        except UnknownEventError:
            return None

    async def apply_inline(
        self, conn: Conn, envelopes: Iterable[Envelope], registry: Registry
    ) -> None:
        """Apply a service's own new events in the append transaction (no tracking needed)."""
        locked = False
        for envelope in envelopes:
            event = self.decode(envelope, registry)
            if event is None:
                continue
            if not locked:
                await self.lock_shared(conn)
                locked = True
            await self.handlers[envelope.type](conn, event, envelope)

    async def apply_tracked(
        self,
        conn: Conn,
        envelope: Envelope,
        registry: Registry,
        schema: str | None = None,
    ) -> bool:
        """Apply one event with its tracking record, in the caller's transaction.

        Returns False (and does nothing) when the event was already handled. The handler runs
        before the tracking insert, so that a handler appending events makes the append the
        transaction's first write (see the event store).
        """
        if envelope.type not in self.handlers:
            return False
        envelope = await privacy.open_envelope(envelope, registry)
        event = self.decode(envelope, registry)
        if event is None:
            return False
        await self.lock_shared(conn)
        seen = await conn.fetchval(
            f"SELECT 1 FROM {self.tracking(schema)} WHERE event_id = $1", envelope.event_id
        )
        if seen:
            return False
        await self.handlers[envelope.type](conn, event, envelope)
        await self.track(conn, envelope, schema)
        return True

    def tracking(self, schema: str | None = None) -> str:
        """The qualified name of the table recording which events took effect."""
        return f'"{schema or self.schema}".es_processed'

    async def track(self, conn: Conn, envelope: Envelope, schema: str | None = None) -> None:
        await conn.execute(
            f"INSERT INTO {self.tracking(schema)} (event_id) VALUES ($1)", envelope.event_id
        )
